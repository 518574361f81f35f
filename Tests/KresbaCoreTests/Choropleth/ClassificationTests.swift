import Testing

@testable import KresbaCore

/// Class breaks equal mapclassify's on real columns (fixtures from scripts/mapclassify-fixtures.py).
@Suite struct ClassificationTests {
    @Test(arguments: MapclassifyFixture.all.map(\.name))
    func breaksEqualMapclassify(_ name: String) throws {
        let fixture = try #require(MapclassifyFixture.all.first { $0.name == name })
        for (k, bins) in fixture.quantiles {
            #expect(Classifier.quantiles(fixture.values, k: k).bins == bins, "Quantiles k=\(k) of \(name)")
        }
        for (k, bins) in fixture.equalInterval {
            #expect(
                Classifier.equalInterval(fixture.values, k: k).bins == bins, "EqualInterval k=\(k) of \(name)"
            )
        }
        for (k, bins) in fixture.fisherJenks {
            #expect(
                Classifier.fisherJenks(fixture.values, k: k).bins == bins, "FisherJenks k=\(k) of \(name)")
        }
    }

    @Test func classIndexFollowsUpperBounds() {
        let c = Classification(minimum: 0, bins: [10, 20, 30])
        #expect(c.classIndex(of: 0) == 0)
        #expect(c.classIndex(of: 10) == 0)
        #expect(c.classIndex(of: 10.01) == 1)
        #expect(c.classIndex(of: 30) == 2)
        #expect(c.classIndex(of: 99) == 2)
    }

    @Test func roundedBreaksAreReadable() {
        let c = Classifier.rounded(Classification(minimum: 3.2, bins: [8.73, 14.46, 21.9, 27.5]))
        #expect(c.bins == [9, 14, 22, 27.5])
    }

    @Test func customBreaksEndAtTheMaximum() {
        let c = Classifier.custom([1, 5, 12, 40], breaks: [10, 20])
        #expect(c.bins == [10, 20, 40])
        #expect(c.minimum == 1)
    }
}

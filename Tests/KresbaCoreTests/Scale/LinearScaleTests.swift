import Testing

@testable import KresbaCore

@Suite struct LinearScaleTests {
    @Test func mapsAndInverts() {
        let scale = LinearScale(domain: 0...100, range: (0, 500))
        #expect(scale(0) == 0)
        #expect(scale(50) == 250)
        #expect(scale(100) == 500)
        #expect(scale(120) == 600, "extrapolates unless clamped")
        #expect(scale.invert(250) == 50)
        #expect(scale.invert(-50) == -10)
    }

    @Test func reversedRangeForAYAxis() {
        let scale = LinearScale(domain: 0...10, range: (300, 0))
        #expect(scale(0) == 300)
        #expect(scale(10) == 0)
        #expect(scale(2.5) == 225)
        #expect(scale.invert(75) == 7.5)
    }

    @Test func reversedDomain() {
        let scale = LinearScale(domain: (10, 0), range: (0, 100))
        #expect(scale(10) == 0)
        #expect(scale(0) == 100)
        #expect(scale(7) == 30)
        #expect(scale.invert(30) == 7)
        #expect(scale.ticks(count: 5) == [10, 8, 6, 4, 2, 0])
        #expect(scale.tickStep(count: 5) == -2)
    }

    @Test func rangeEndsAreExact() {
        let scale = LinearScale(domain: (0.1, 0.7), range: (13.3, 987.1))
        #expect(scale(0.1) == 13.3)
        #expect(scale(0.7) == 987.1)
    }

    @Test func clamping() {
        let scale = LinearScale(domain: 0...10, range: (0, 100), clamped: true)
        #expect(scale(-5) == 0)
        #expect(scale(15) == 100)
        #expect(scale.invert(150) == 10)
    }

    @Test func degenerateDomainAndRangeMapToTheMiddle() {
        #expect(LinearScale(domain: (5, 5), range: (0, 100))(5) == 50)
        #expect(LinearScale(domain: (5, 5), range: (0, 100))(123) == 50)
        #expect(LinearScale(domain: (0, 10), range: (40, 40)).invert(40) == 5)
    }

    @Test func domainAndRangeAccessors() {
        var scale = LinearScale(domain: 0...1)
        #expect(scale.range == (0, 1))
        scale.domain = (2, 4)
        scale.range = (10, 20)
        #expect(scale(3) == 15)
    }

    /// Expected domains are d3-scale's `linear.nice` results.
    @Test(arguments: [
        (1.1, 10.9, 10, 1.0, 11.0),
        (10.9, 1.1, 10, 11, 1),
        (0.7, 11.001, 10, 0, 12),
        (123.1, 6.7, 10, 130, 0),
        (0, 0.49, 10, 0, 0.5),
        (0.201479, 0.996679, 10, 0.2, 1),
        (12, 87, 5, 0, 100),
        (12, 87, 10, 10, 90),
        (12, 87, 100, 12, 87),
        (0, 15, 5, 0, 20),
        (-37, 12, 10, -40, 15),
        (0.001, 0.0037, 10, 0.001, 0.0038),
        (5, 5, 10, 5, 5),
    ])
    func nice(_ lo: Double, _ hi: Double, _ count: Int, _ niceLo: Double, _ niceHi: Double) {
        let scale = LinearScale(domain: (lo, hi), range: (0, 1)).niced(count: count)
        #expect(scale.domainStart == niceLo)
        #expect(scale.domainEnd == niceHi)
    }

    @Test func niceIsMutatingVariantToo() {
        var scale = LinearScale(domain: 0...98765, range: (0, 400))
        scale.nice()
        #expect(scale.domain == (0, 100_000))
        #expect(scale.rangeEnd == 400, "the range is untouched")
        #expect(scale.ticks(count: 5) == [0, 20000, 40000, 60000, 80000, 100_000])
    }

    @Test func tickFormatHasJustEnoughDecimals() {
        let scale = LinearScale(domain: 0...1)
        #expect(scale.tickFormat(count: 10) == .fixed(decimals: 1))
        #expect(scale.tickFormat(count: 20) == .fixed(decimals: 2))
        #expect(LinearScale(domain: 0...98765).tickFormat() == .fixed(decimals: 0))
    }
}

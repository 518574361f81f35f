import Foundation
import Testing

@testable import KresbaCore

/// The validity checks `kresba data` runs on geometry.
@Suite("Geometry checks")
struct GeoValidationTests {
    private let p = GeoTestSupport.p

    @Test("A bow-tie crosses itself; a square, a touching ring and repeated positions do not")
    func crossings() {
        var budget = 1_000
        let bowTie = [p(0, 0), p(2, 2), p(2, 0), p(0, 2), p(0, 0)]
        #expect(GeoValidation.crossesItself(bowTie, budget: &budget) == true)
        let square = [p(0, 0), p(0, 1), p(1, 1), p(1, 0), p(0, 0)]
        #expect(GeoValidation.crossesItself(square, budget: &budget) == false)
        // Two lobes meeting at one vertex touch but do not cross.
        let touching = [p(0, 0), p(1, 1), p(2, 0), p(3, 0), p(1, 1), p(0, 2), p(0, 0)]
        #expect(GeoValidation.crossesItself(touching, budget: &budget) == false)
        var small = 0
        let big = (0..<100).map { p(Double($0), Double($0 % 2)) } + [p(0, 0)]
        #expect(GeoValidation.crossesItself(big, budget: &small) == nil)
    }

    @Test("The report counts crossing rings per feature and repeated positions")
    func report() throws {
        let layer = try GeoTestSupport.read(
            """
            {"type": "FeatureCollection", "features": [
             {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[0,0],[0,1],[0,1],[1,1],[1,0],[0,0]]]}},
             {"type": "Feature", "properties": {}, "geometry": {"type": "Polygon", "coordinates": [[[0,0],[2,2],[2,0],[0,2],[0,0]]]}}]}
            """)
        let report = GeoValidation.check(layer)
        #expect(report.selfCrossingRings == 1)
        #expect(report.selfCrossingFeatures == [1])
        #expect(report.repeatedPositions == 1)
        #expect(report.uncheckedRings == 0)
    }

    @Test(
        "The RIS3 kraje cross themselves where the shared data says",
        .enabled(if: GeoTestSupport.sharedAvailable))
    func sharedInvalid() throws {
        let report = GeoValidation.check(try GeoTestSupport.shared("cz_kraje_ris3.geojson"))
        #expect(report.selfCrossingRings == 8)
        #expect(report.repeatedPositions == 65)
        let valid = GeoValidation.check(try GeoTestSupport.shared("cz_kraje.geojson"))
        #expect(valid.selfCrossingRings == 0 && valid.repeatedPositions == 0)
    }
}

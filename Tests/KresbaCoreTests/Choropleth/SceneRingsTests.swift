import KresbaScene
import Testing

@testable import KresbaCore

@Suite("Scene rings")
struct SceneRingsTests {
    /// Three features: two rings, none, one ring.
    let features: [[[Point]]] = [
        [[Point(0, 0), Point(1, 0), Point(1, 1), Point(0, 0)], [Point(5, 5), Point(6, 5), Point(5, 5)]],
        [],
        [[Point(9, 9), Point(8, 9), Point(9, 8), Point(9, 9)]],
    ]

    @Test("One buffer gives back each feature's rings, empty features included")
    func roundTrip() {
        let rings = SceneRings(features)
        #expect(rings.count == 3)
        #expect(rings.points.count == 11)
        #expect((0..<3).map { rings[$0] } == features)
        #expect(rings.ringIndices(of: 1).isEmpty)
        #expect(rings.span(of: 0) == 0..<7)
        #expect(rings.span(of: 1) == 0..<0)
        #expect(rings.span(of: 2) == 7..<11)
        var seen: [[Point]] = []
        rings.forEachRing(of: 0) { seen.append(Array($0)) }
        #expect(seen == features[0])
    }

    @Test("Paths, bounds and containment read the buffer as the arrays were read")
    func geometryQueries() {
        let geometry = MapGeometry(
            rings: SceneRings(features), inner: [], outer: [], scale: 1,
            frame: Rect(x: 0, y: 0, width: 10, height: 10),
            projection: .make(.identity, bounds: GeoBounds(GeoPoint(x: 0, y: 0))),
            toScene: { Point($0.x, $0.y) })
        #expect(geometry.bounds(of: 0) == Rect(x: 0, y: 0, width: 6, height: 5))
        #expect(geometry.bounds(of: 1) == nil)
        #expect(geometry.path(of: 0).elements.count == 4 + 1 + 3 + 1)
        #expect(geometry.path(of: 1).elements.isEmpty)
        #expect(geometry.contains(Point(0.8, 0.5), feature: 0))
        #expect(!geometry.contains(Point(0.2, 0.5), feature: 0))
        #expect(!geometry.contains(Point(0.8, 0.5), feature: 2))
    }
}

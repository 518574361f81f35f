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

    @Test("A layer whose rings share one storage fits exactly as one read feature by feature")
    func sharedRingsFitAsFeatures() throws {
        // Polygons with a hole, a multipolygon, a point, no geometry and an unclosed ring, so that
        // features without rings and rings the reader closes fall between the others.
        let features = [
            #"{"type":"Polygon","coordinates":[[[14,50],[15,50],[15,51],[14,51],[14,50]],"#
                + #"[[14.2,50.2],[14.4,50.2],[14.4,50.4],[14.2,50.2]]]}"#,
            #"{"type":"Point","coordinates":[14.5,50.5]}"#,
            "null",
            #"{"type":"MultiPolygon","coordinates":[[[[15,50],[16,50],[16,51],[15,51]]],"#
                + #"[[[16,50],[17,50],[16.5,51],[16,50]]]]}"#,
            #"{"type":"Polygon","coordinates":[[[14,49],[15,49],[15,50],[14,50],[14,49]]]}"#,
        ].map { #"{"type":"Feature","properties":{"v":1},"geometry":\#($0)}"# }
        let bytes = Array(
            #"{"type":"FeatureCollection","features":[\#(features.joined(separator: ","))]}"#.utf8)
        let fast = try GeoReader.read(bytes, sourceName: "g.geojson")
        let context = GeoContext(text: bytes, sourceName: "g.geojson", limits: GeoLimits())
        let general = try GeoReader.readGenerally(bytes, context: context, object: nil, byteOrderMark: false)
        #expect(fast.sharedRings != nil)
        #expect(general.sharedRings == nil)
        #expect(fast == general)
        for choice in [ProjectionChoice.equirectangular, .krovak] {
            let projection = MapProjection.make(choice, bounds: try #require(fast.bounds))
            let box = Rect(x: 0, y: 0, width: 400, height: 300)
            let a = MapGeometry.fit(fast, projection: projection, box: box)
            let b = MapGeometry.fit(general, projection: projection, box: box)
            #expect(a.rings.points == b.rings.points)
            #expect(a.rings.ringEnds == b.rings.ringEnds)
            #expect(a.rings.featureEnds == b.rings.featureEnds)
            #expect(a.inner == b.inner)
            #expect(a.outer == b.outer)
            #expect(a.frame == b.frame)
            #expect((0..<5).map { a.rings.ringIndices(of: $0).count } == [2, 0, 0, 2, 1])
        }
    }
}

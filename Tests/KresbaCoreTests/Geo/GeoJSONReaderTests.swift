import Foundation
import Testing

@testable import KresbaCore

/// GeoJSON decoding from small fixtures written here.
@Suite("GeoJSON reader")
struct GeoJSONReaderTests {
    private let p = GeoTestSupport.p

    /// A square with a square hole, the outer ring clockwise (as in the Czech files) and the hole
    /// counter-clockwise; a point; and a feature without geometry.
    static let collection = """
        {"type": "FeatureCollection", "features": [
          {"type": "Feature", "id": 7, "properties": {"KOD": "CZ0513", "nazev": "Liberec", "obyv": 175465,
            "mesic": "2024-01", "tagy": ["a", "b"]},
           "geometry": {"type": "Polygon", "coordinates": [
             [[0, 0], [0, 10], [10, 10], [10, 0], [0, 0]],
             [[2, 2], [4, 2], [4, 4], [2, 4], [2, 2]]]}},
          {"type": "Feature", "properties": {"obyv": 90198, "KOD": "CZ0512", "podil": 0.5, "mesic": "2024-02"},
           "geometry": {"type": "Point", "coordinates": [15.06, 50.77, 374.0]}},
          {"type": "Feature", "id": "x", "properties": null, "geometry": null}
        ]}
        """

    @Test("A FeatureCollection: geometries, holes, ids, and properties joined 1:1 in first-seen key order")
    func featureCollection() throws {
        let layer = try GeoTestSupport.read(Self.collection)
        #expect(layer.features.count == 3)
        #expect(layer.properties.rowCount == 3)
        #expect(layer.properties.fieldNames == ["KOD", "nazev", "obyv", "mesic", "tagy", "podil"])
        #expect(layer.properties.typeOf("KOD") == .text)
        #expect(layer.properties.typeOf("obyv") == .integer)
        #expect(layer.properties.typeOf("mesic") == .date)
        #expect(layer.properties.valuesOf("tagy") == [.text("[\"a\",\"b\"]"), .missing, .missing])
        #expect(layer.properties.valuesOf("podil") == [.missing, .number(0.5), .missing])
        #expect(layer.properties.format.kind == .geojson)
        #expect(layer.properties.location(ofRow: 1).pointer == "/features/1")

        let polygon = try #require(layer.features[0].geometry?.polygons.first)
        #expect(polygon.exterior == [p(0, 0), p(0, 10), p(10, 10), p(10, 0), p(0, 0)])
        #expect(polygon.holes == [[p(2, 2), p(4, 2), p(4, 4), p(2, 4), p(2, 2)]])
        #expect(layer.features[0].id == "7")
        #expect(layer.features[0].bounds == GeoBounds(minX: 0, minY: 0, maxX: 10, maxY: 10))
        #expect(layer.features[1].geometry == .point(p(15.06, 50.77)))  // altitude ignored
        #expect(layer.features[2].geometry == nil)
        #expect(layer.features[2].id == "x")
        #expect(layer.bounds == GeoBounds(minX: 0, minY: 0, maxX: 15.06, maxY: 50.77))
        #expect(layer.format.positionCount == 11)
        #expect(layer.format.notes == ["1 feature(s) have no geometry and will not be drawn"])
        #expect(layer.crs == GeoCRSInfo(crs: .wgs84, source: .assumed))
        #expect(layer.mesh == nil)
        #expect(layer.geometryTypeCounts.map(\.type) == ["Polygon", "Point", "null"])
    }

    @Test("Either winding gives the same rings: the first ring is the outer one whatever its direction")
    func winding() throws {
        let clockwise = "[[0,0],[0,1],[1,1],[1,0],[0,0]]"
        let counter = "[[0,0],[1,0],[1,1],[0,1],[0,0]]"
        for (outer, hole) in [(clockwise, counter), (counter, clockwise), (counter, counter)] {
            let layer = try GeoTestSupport.read(
                #"{"type": "Polygon", "coordinates": [\#(outer), \#(hole)]}"#)
            let polygon = try #require(layer.features.first?.geometry?.polygons.first)
            #expect(polygon.holes.count == 1)
            #expect(Set(polygon.exterior) == [p(0, 0), p(0, 1), p(1, 1), p(1, 0)])
        }
    }

    @Test("A single Feature and every bare geometry type")
    func singleFeatureAndBareGeometries() throws {
        let feature = try GeoTestSupport.read(
            #"{"type": "Feature", "properties": {"a": 1}, "geometry": {"type": "LineString", "coordinates": [[0,0],[1,1]]}}"#
        )
        #expect(feature.features.count == 1)
        #expect(feature.properties.valuesOf("a") == [.number(1)])
        #expect(feature.features[0].geometry == .lineString([p(0, 0), p(1, 1)]))

        let shapes: [(String, GeoGeometry)] = [
            (#"{"type": "Point", "coordinates": [1, 2]}"#, .point(p(1, 2))),
            (#"{"type": "MultiPoint", "coordinates": [[1, 2], [3, 4]]}"#, .multiPoint([p(1, 2), p(3, 4)])),
            (
                #"{"type": "MultiLineString", "coordinates": [[[0,0],[1,0]], [[2,2],[3,3],[4,4]]]}"#,
                .multiLineString([[p(0, 0), p(1, 0)], [p(2, 2), p(3, 3), p(4, 4)]])
            ),
            (
                #"{"type": "MultiPolygon", "coordinates": [[[[0,0],[1,0],[1,1],[0,0]]], [[[5,5],[6,5],[6,6],[5,5]]]]}"#,
                .multiPolygon([
                    GeoPolygon(exterior: [p(0, 0), p(1, 0), p(1, 1), p(0, 0)]),
                    GeoPolygon(exterior: [p(5, 5), p(6, 5), p(6, 6), p(5, 5)]),
                ])
            ),
            (
                #"{"type": "GeometryCollection", "geometries": [{"type": "Point", "coordinates": [1, 2]}]}"#,
                .collection([.point(p(1, 2))])
            ),
            (#"{"type": "MultiPolygon", "coordinates": []}"#, .multiPolygon([])),
        ]
        for (text, expected) in shapes {
            let layer = try GeoTestSupport.read(text)
            #expect(layer.features.map(\.geometry) == [expected], "\(text)")
            #expect(layer.properties.rowCount == 1)
            #expect(layer.properties.fields.isEmpty)
        }
    }

    @Test("An unclosed ring is closed and reported")
    func unclosedRing() throws {
        let layer = try GeoTestSupport.read(
            #"{"type": "Polygon", "coordinates": [[[0,0],[0,1],[1,1],[1,0]]]}"#)
        #expect(layer.features[0].geometry?.polygons.first?.exterior.count == 5)
        #expect(layer.format.notes == ["1 ring(s) did not end where they started; the reader closed them"])
    }

    @Test(
        "The crs member is recognised in its usual spellings",
        arguments: [
            ("EPSG:4326", GeoCRS.wgs84),
            ("urn:ogc:def:crs:OGC:1.3:CRS84", .wgs84),
            ("urn:ogc:def:crs:EPSG::5514", .sjtsk),
            ("EPSG:102067", .sjtsk),
            ("http://www.opengis.net/def/crs/EPSG/0/3857", .webMercator),
            ("urn:ogc:def:crs:EPSG:6.6:3857", .webMercator),
            ("EPSG:5513", .other("EPSG:5513")),
        ])
    func crsNames(name: String, crs: GeoCRS) throws {
        let layer = try GeoTestSupport.read(
            #"{"type": "FeatureCollection", "crs": {"type": "name", "properties": {"name": "\#(name)"}}, "features": []}"#
        )
        #expect(layer.crs == GeoCRSInfo(crs: crs, source: .declared(name)))
        #expect(layer.features.isEmpty)
        #expect(layer.bounds == nil)
    }

    @Test("Without a crs member, the system is assumed or guessed from the coordinate ranges")
    func crsInference() throws {
        func crs(_ x: Double, _ y: Double) throws -> GeoCRSInfo {
            try GeoTestSupport.read(#"{"type": "Point", "coordinates": [\#(x), \#(y)]}"#).crs
        }
        #expect(try crs(15.06, 50.77) == GeoCRSInfo(crs: .wgs84, source: .assumed))
        #expect(try crs(-688_088.55, -974_040.2) == GeoCRSInfo(crs: .sjtsk, source: .inferred))
        #expect(try crs(1_676_000, 6_577_000) == GeoCRSInfo(crs: .webMercator, source: .inferred))
        #expect(try crs(1e9, 1e9) == GeoCRSInfo(crs: .unknown, source: .inferred))
        #expect(
            GeoCRSInfo(crs: .sjtsk, source: .inferred).summary
                == "EPSG:5514 (S-JTSK / Krovak East North, metres), guessed from the coordinate ranges: the "
                + "file has no crs member")
    }

    @Test("A byte order mark is accepted and reported")
    func byteOrderMark() throws {
        let layer = try GeoReader.read(
            [0xEF, 0xBB, 0xBF] + Array(#"{"type": "Point", "coordinates": [1, 2]}"#.utf8),
            sourceName: "a.geojson")
        #expect(layer.format.byteOrderMark)
        #expect(layer.features.count == 1)
    }
}

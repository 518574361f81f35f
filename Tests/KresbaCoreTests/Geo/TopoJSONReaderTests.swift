import Foundation
import Testing

@testable import KresbaCore

/// TopoJSON decoding from small fixtures written here.
@Suite("TopoJSON reader")
struct TopoJSONReaderTests {
    private let p = GeoTestSupport.p

    /// Two unit squares side by side sharing arc 0, quantized on a grid of 0.5 × 0.25 from (10, 50):
    /// square A is arcs [0, 1], square B is [2, ~0] (arc 0 reversed). A second object holds a point.
    static let topology = """
        {"type": "Topology",
         "transform": {"scale": [0.5, 0.25], "translate": [10, 50]},
         "objects": {
           "ctverce": {"type": "GeometryCollection", "geometries": [
             {"type": "Polygon", "arcs": [[0, 1]], "id": "A", "properties": {"KOD": "A1", "n": 1}},
             {"type": "Polygon", "arcs": [[2, -1]], "properties": {"KOD": "B2", "n": 2}},
             {"type": null, "properties": {"KOD": "C3"}}
           ]},
           "body": {"type": "GeometryCollection", "geometries": [
             {"type": "Point", "coordinates": [4, 4], "properties": {"nazev": "roh"}},
             {"type": "MultiPoint", "coordinates": [[0, 0], [2, 4]]}
           ]}
         },
         "arcs": [
           [[2, 0], [0, 4]],
           [[2, 4], [-2, 0], [0, -4], [2, 0]],
           [[2, 0], [2, 0], [0, 4], [-2, 0]]
         ]}
        """

    @Test("Quantized arcs are delta-decoded and scaled; rings join arcs, reversed ones backwards")
    func quantizedPolygons() throws {
        let layer = try GeoTestSupport.read(Self.topology, name: "geo/test.topojson", object: "ctverce")
        #expect(layer.features.count == 3)
        #expect(layer.format.kind == .topojson)
        #expect(layer.format.objectName == "ctverce")
        #expect(layer.format.objectNames == ["ctverce", "body"])
        #expect(layer.format.arcCount == 3)
        #expect(layer.format.quantized)
        let a = try #require(layer.features[0].geometry?.polygons.first)
        #expect(a.exterior == [p(11, 50), p(11, 51), p(10, 51), p(10, 50), p(11, 50)])
        let b = try #require(layer.features[1].geometry?.polygons.first)
        #expect(b.exterior == [p(11, 50), p(12, 50), p(12, 51), p(11, 51), p(11, 50)])
        #expect(layer.features[0].id == "A")
        #expect(layer.features[2].geometry == nil)
        #expect(layer.properties.fieldNames == ["KOD", "n"])
        #expect(layer.properties.valuesOf("KOD") == [.text("A1"), .text("B2"), .text("C3")])
        #expect(layer.properties.location(ofRow: 1).pointer == "/objects/ctverce/geometries/1")
        #expect(layer.bounds == GeoBounds(minX: 10, minY: 50, maxX: 12, maxY: 51))
        #expect(layer.crs == GeoCRSInfo(crs: .wgs84, source: .assumed))
    }

    @Test("The mesh: the shared arc is the one inner border, the others the outline")
    func mesh() throws {
        let layer = try GeoTestSupport.read(Self.topology, object: "ctverce")
        let mesh = try #require(layer.mesh)
        #expect(mesh.inner.map(\.index) == [0])
        #expect(mesh.inner.first?.features == [0, 1])
        #expect(mesh.inner.first?.points == [p(11, 50), p(11, 51)])
        #expect(mesh.outer.map(\.index) == [1, 2])
        #expect(mesh.outer.map(\.features) == [[0], [1]])
    }

    @Test("Points are scaled but not delta-decoded; the object must be named when there are several")
    func pointsAndObjectChoice() throws {
        let layer = try GeoTestSupport.read(Self.topology, object: "body")
        #expect(layer.features.map(\.geometry) == [.point(p(12, 51)), .multiPoint([p(10, 50), p(11, 51)])])
        #expect(layer.mesh == GeoMesh(inner: [], outer: []))
        #expect(
            GeoTestSupport.error(Self.topology)
                == "geo/test.geojson:3:13: error: the topology has 2 objects; name the one to read; the "
                + "objects are \"ctverce\", \"body\"")
        #expect(
            GeoTestSupport.error(Self.topology, object: "ctverec")
                == "geo/test.geojson:3:13: error: the topology has no object \"ctverec\"; did you mean "
                + "\"ctverce\"? (objects: \"ctverce\", \"body\")")
    }

    @Test("Unquantized arcs, a lone object, a single geometry object, lines and multipolygons")
    func unquantized() throws {
        let text = """
            {"type": "Topology", "objects": {"jen": {"type": "MultiPolygon", "arcs": [[[0]], [[1]]]}},
             "arcs": [[[0,0],[1,0],[1,1],[0,0]], [[5,5],[6,5],[6,6],[5,5]]]}
            """
        let layer = try GeoTestSupport.read(text)
        #expect(layer.format.objectName == "jen")
        #expect(!layer.format.quantized)
        #expect(layer.features.count == 1)
        #expect(layer.properties.rowCount == 1)
        #expect(layer.features[0].geometry?.polygons.count == 2)
        #expect(layer.mesh?.outer.count == 2)

        let lines = """
            {"type": "Topology", "objects": {"reky": {"type": "GeometryCollection", "geometries": [
               {"type": "LineString", "arcs": [0, 1]}, {"type": "MultiLineString", "arcs": [[-2], [0]]}]}},
             "arcs": [[[0,0],[1,0]], [[1,0],[2,1],[3,1]]]}
            """
        let rivers = try GeoTestSupport.read(lines)
        #expect(rivers.features[0].geometry == .lineString([p(0, 0), p(1, 0), p(2, 1), p(3, 1)]))
        #expect(
            rivers.features[1].geometry
                == .multiLineString([[p(3, 1), p(2, 1), p(1, 0)], [p(0, 0), p(1, 0)]]))
        #expect(rivers.mesh?.inner.map(\.index) == [0, 1])
    }
}

import Foundation
import Testing

@testable import KresbaCore

/// The fast GeoJSON path must read exactly what the general reader reads, and leave every file it
/// does not handle, and every error, to the general reader.
@Suite("GeoJSON stream reader")
struct GeoJSONStreamReaderTests {
    /// The fast reader's layer, or nil when it gives up.
    private func fast(_ text: String, limits: GeoLimits = .init()) -> GeoLayer? {
        let bytes = Array(text.utf8)
        let context = GeoContext(text: bytes, sourceName: "geo/test.geojson", limits: limits)
        return GeoJSONStreamReader.read(bytes, context: context, byteOrderMark: false)
    }

    /// The general reader's layer.
    private func general(_ text: String, limits: GeoLimits = .init()) throws -> GeoLayer {
        let bytes = Array(text.utf8)
        let context = GeoContext(text: bytes, sourceName: "geo/test.geojson", limits: limits)
        return try GeoReader.readGenerally(bytes, context: context, object: nil, byteOrderMark: false)
    }

    /// A FeatureCollection of the given features.
    private func collection(_ features: String...) -> String {
        #"{"type": "FeatureCollection", "features": ["# + features.joined(separator: ",\n") + "]}"
    }

    private func feature(_ geometry: String, properties: String = "{}", extra: String = "") -> String {
        #"{"type": "Feature"\#(extra), "properties": \#(properties), "geometry": \#(geometry)}"#
    }

    @Test(
        "Reads the same layer as the general reader",
        arguments: [
            // A square with a hole, counter-clockwise outside and clockwise inside.
            #"{"type": "Polygon", "coordinates": [[[0,0],[10,0],[10,10],[0,10],[0,0]], "#
                + #"[[2,2],[2,4],[4,4],[4,2],[2,2]]]}"#,
            // The same square wound clockwise, written with whitespace and line breaks everywhere.
            "{ \"coordinates\" : [ [ [ 0 , 0 ] ,\n [ 0 , 10 ] , [ 10 , 10 ] , [ 10 , 0 ] , [ 0 , 0 ] ] ] ,\r\n"
                + " \"type\" : \"Polygon\" }",
            // Two polygons, the second with two holes; exponents, negative zero and many digits.
            #"{"type": "MultiPolygon", "coordinates": [[[[1e1,2E-1],[3.5e+2,-0.0],[4,5],[1e1,2E-1]]], "#
                + #"[[[0,0],[9,0],[9,9],[0,0]], [[1,1],[2,1],[2,2],[1,1]], "#
                + #"[[5,5],[6,5],[6,6],[5,5]]]]}"#,
            #"{"type": "Polygon", "coordinates": [[[14.123456789012345678,50.1],[-0.000001,1e-320],"#
                + #"[179.99999999999999999,-89.5],[14.123456789012345678,50.1]]]}"#,
            // An unclosed ring, which both close and report.
            #"{"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,1]]]}"#,
            // Altitudes, dropped.
            #"{"type": "Polygon", "coordinates": [[[0,0,100],[1,0,101.5],[1,1,-3e2],[0,0,100]]]}"#,
            #"{"type": "Point", "coordinates": [15.06, 50.77]}"#,
            #"{"type": "MultiPoint", "coordinates": [[15.06, 50.77], [16, 49]]}"#,
            #"{"type": "LineString", "coordinates": [[15.06, 50.77], [16, 49], [17, 48]]}"#,
            #"{"type": "MultiLineString", "coordinates": [[[1, 2], [3, 4]], [[5, 6], [7, 8], [9, 10]]]}"#,
            // Foreign members and a bbox.
            #"{"type": "Polygon", "bbox": [0, 0, 1, 1], "name": {"a": [1, 2]}, "#
                + #""coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}"#,
            "null",
        ])
    func sameLayer(geometry: String) throws {
        let text = collection(
            feature(
                geometry,
                properties:
                    #"{"kod": "CZ0513", "n": 1.5, "x": null, "nested": {"a": [1]}, "n\u00e1zev": "\"A\""}"#
            ),
            feature(geometry, properties: "null", extra: #", "id": 19"#),
            feature(geometry, extra: #", "id": "CZ\u0030", "bbox": [1, 2, 3, 4]"#))
        let layer = try #require(fast(text))
        #expect(layer == (try general(text)))
    }

    @Test(
        "Escaped names, properties that differ between features and every kind of value",
        arguments: [
            // Member and type names with escapes are the same names.
            #"{"typ\u0065": "Feat\u0075re", "properties": {"a": 1}, "geometry": "#
                + #"{"type": "P\u006flygon", "co\u006Frdinates": [[[0,0],[1,0],[1,1],[0,0]]]}}"#,
            // Numbers the parser converts (exponents, many digits, negative zero) and texts with escapes.
            #"{"type": "Feature", "id": -1.5e3, "properties": {"n": 12345678901234567890, "m": -0, "#
                + #""e": 2.5E-3, "t": "\"uvozovky\" a \u00e1", "b": true, "f": false, "z": null, "#
                + #""list": [1, "a", {"b": null}], "p\u0159\u00edjmen\u00ed": "Nov\u00e1k"}, "#
                + #""geometry": {"type": "Point", "coordinates": [1e-5, 14.000000000000001]}}"#,
            #"{"type": "Feature", "id": "\u0041\u0042", "properties": {}, "geometry": null}"#,
        ])
    func escapesAndValues(first: String) throws {
        let point = #"{"type": "Point", "coordinates": [1, 2]}"#
        // The features after the first list their properties in other orders, with new and missing
        // ones, non-ASCII names among them.
        let text = collection(
            first,
            feature(point, properties: #"{"b": 3, "a": 4, "název": "Liberec"}"#, extra: #", "id": 7"#),
            feature(point, properties: #"{"a": 5, "c": "x", "název": " "}"#),
            feature(point, properties: #"{"a": 6, "b": 7}"#))
        let layer = try #require(fast(text))
        #expect(layer == (try general(text)))
    }

    @Test("Numbers of every length convert to the general reader's doubles, to the bit")
    func numbersOfEveryLength() throws {
        // Integer and fraction parts of 1 to 20 and 0 to 24 digits: on both sides of the fast path's
        // limits (15 significant digits, 10^22), with signs, leading zeros and a number near the end.
        var numbers: [String] = []
        let digits = Array("9071234568")
        for whole in 1...20 {
            for fraction in 0...24 {
                let w = String((0..<whole).map { digits[($0 * 7 + whole) % 10] }).replacing(
                    /^0+(?=\d)/, with: "")
                let f = String((0..<fraction).map { digits[($0 * 3 + fraction) % 10] })
                let text = fraction == 0 ? w : w + "." + f
                numbers.append((whole + fraction) % 3 == 0 ? "-" + text : text)
            }
        }
        numbers += ["0", "-0", "0.5", "0.000000001", "0.00000000000000000000123", "1.000000000000000000"]
        var positions: [String] = []
        for k in stride(from: 0, to: numbers.count - 1, by: 2) {
            positions.append("[\(numbers[k]),\(numbers[k + 1])]")
        }
        let text = collection(
            feature(#"{"type": "MultiPoint", "coordinates": ["# + positions.joined(separator: ",") + "]}"),
            #"{"type":"Feature","properties":null,"geometry":{"type":"Point","coordinates":[1.2345678,9]}}"#)
        let layer = try #require(fast(text))
        let expected = try general(text)
        #expect(layer == expected)
        let bits = { (layer: GeoLayer) in
            layer.features.flatMap { $0.geometry?.points ?? [] }.flatMap {
                [$0.x.bitPattern, $0.y.bitPattern]
            }
        }
        #expect(bits(layer) == bits(expected))
        #expect(bits(layer).count == numbers.count / 2 * 2 + 2)
    }

    @Test(
        "Gives up at duplicate names, however they are written",
        arguments: [
            #"{"type": "Feature", "typ\u0065": "Feature"}"#,
            // The same name composed and decomposed: equal strings, different bytes.
            #"{"type": "Feature", "properties": {"n\u00e1zev": 1, "na\u0301zev": 2}}"#,
            #"{"type": "Feature", "properties": {"název": 1, "název": 2}}"#,
            // Malformed numbers in properties.
            #"{"type": "Feature", "properties": {"a": 01}}"#,
            #"{"type": "Feature", "properties": {"a": 1.}}"#,
            #"{"type": "Feature", "properties": {"a": -}}"#,
        ])
    func duplicatesAndMalformedValues(feature: String) {
        #expect(fast(collection(feature)) == nil)
    }

    @Test("A crs member and foreign members at the top level")
    func topLevelMembers() throws {
        let text = #"""
            {"name": "okresy", "crs": {"type": "name", "properties": {"name": "EPSG:5514"}},
             "features": [{"geometry": {"coordinates": [[[-700000, -1000000], [-690000, -1000000],
             [-690000, -990000], [-700000, -1000000]]], "type": "Polygon"}, "type": "Feature"}],
             "type": "FeatureCollection", "bbox": [0, 0, 1, 1]}
            """#
        let layer = try #require(fast(text))
        #expect(layer == (try general(text)))
        #expect(layer.crs.crs == .sjtsk)
        let empty = #"{"type": "FeatureCollection", "features": []}"#
        #expect(try #require(fast(empty)) == (try general(empty)))
    }

    @Test(
        "Leaves other shapes, mistakes and limits to the general reader",
        arguments: [
            #"{"type": "Topology", "objects": {}, "arcs": []}"#,
            #"{"type": "Feature", "properties": {}, "geometry": null}"#,
            #"{"type": "Point", "coordinates": [1, 2]}"#,
            #"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": "#
                + #"{"type": "GeometryCollection", "geometries": []}}]}"#,
            // Empty coordinates, too few positions, wrong nesting, strings for numbers.
            #"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": "#
                + #"{"type": "MultiPolygon", "coordinates": []}}]}"#,
            #"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": "#
                + #"{"type": "Polygon", "coordinates": [[[0,0],[1,1],[0,0]]]}}]}"#,
            #"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": "#
                + #"{"type": "Polygon", "coordinates": [[0,0],[1,1],[1,0],[0,0]]}}]}"#,
            #"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": "#
                + #"{"type": "Point", "coordinates": ["15.06", 50.77]}}]}"#,
            #"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": "#
                + #"{"type": "Point", "coordinates": [15.06, 50.77, "high"]}}]}"#,
            #"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": "#
                + #"{"type": "Point", "coordinates": [[1, 2], [[3, 4]]]}}]}"#,
            // Broken JSON, a duplicate key, a wrong type name, text after the end.
            #"{"type": "FeatureCollection", "features": [{"type": "Feature", "geometry": "#
                + #"{"type": "Point", "coordinates": [1.e5, 2]}}]}"#,
            #"{"type": "FeatureCollection", "features": [{"type": "Feature", "type": "Feature"}]}"#,
            #"{"type": "FeatureCollection", "features": [{"type": "feature"}]}"#,
            #"{"type": "FeatureCollection", "features": [], }"#,
            #"{"type": "FeatureCollection", "features": []} []"#,
            #"{"type": "FeatureCollection"}"#,
        ])
    func givesUp(text: String) {
        #expect(fast(text) == nil)
    }

    @Test("Gives up at the limits, which the general reader then reports")
    func limits() {
        let text = collection(
            feature(#"{"type": "Polygon", "coordinates": [[[0,0],[1,0],[1,1],[0,0]]]}"#),
            feature(#"{"type": "Point", "coordinates": [0, 0]}"#))
        var limits = GeoLimits()
        limits.maxPositions = 4
        #expect(fast(text, limits: limits) == nil)
        limits = GeoLimits()
        limits.maxFeatures = 1
        #expect(fast(text, limits: limits) == nil)
        limits = GeoLimits()
        limits.maxDepth = 6  // the positions of a Polygon in a FeatureCollection are at 7
        #expect(fast(text, limits: limits) == nil)
        #expect(fast(text) != nil)
    }

    @Test("Errors in a FeatureCollection still name line, column and pointer")
    func errorsThroughGeoReader() {
        let text = """
            {"type": "FeatureCollection", "features": [
            {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [1, 2]}},
            {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [1, 2e]}}
            ]}
            """
        #expect(
            GeoTestSupport.error(text)
                == "geo/test.geojson:3:88: error: invalid number: the exponent has no digits")
    }

    @Test("Every shared GeoJSON file reads the same both ways")
    func sharedFiles() throws {
        guard let folder = GeoTestSupport.sharedGeo else {
            print("skipped: ../shared/data/geo is not there")
            return
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".geojson")
        }.sorted()
        #expect(!names.isEmpty)
        for name in names {
            let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
            let context = GeoContext(text: bytes, sourceName: "geo/\(name)", limits: GeoLimits())
            let layer = try #require(
                GeoJSONStreamReader.read(bytes, context: context, byteOrderMark: false), "\(name)")
            let general = try GeoReader.readGenerally(
                bytes, context: context, object: nil, byteOrderMark: false)
            #expect(layer == general, "\(name)")
        }
    }
}

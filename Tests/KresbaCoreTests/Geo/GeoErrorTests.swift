import Foundation
import Testing

@testable import KresbaCore

/// Pinned messages for bad geometry files, the input limits, and a little fuzzing.
@Suite("Geometry errors and limits")
struct GeoErrorTests {
    /// A FeatureCollection whose second feature has the given geometry, on a line of its own.
    private func collection(_ geometry: String) -> String {
        """
        {"type": "FeatureCollection", "features": [
        {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [1, 2]}},
        {"type": "Feature", "properties": {}, "geometry": \(geometry)}
        ]}
        """
    }

    @Test("A ring with fewer than 4 positions")
    func shortRing() {
        #expect(
            GeoTestSupport.error(collection(#"{"type": "Polygon", "coordinates": [[[0,0],[1,1],[0,0]]]}"#))
                == "geo/test.geojson:3:87: error: ring \"/features/1/geometry/coordinates/0\" has 3 positions; a "
                + "polygon ring needs at least 4, the last repeating the first")
        #expect(
            GeoTestSupport.error(collection(#"{"type": "LineString", "coordinates": [[0,0]]}"#))
                == "geo/test.geojson:3:89: error: line \"/features/1/geometry/coordinates\" has 1 position; a line "
                + "needs at least 2")
        #expect(
            GeoTestSupport.error(collection(#"{"type": "Polygon", "coordinates": []}"#))
                == "geo/test.geojson:3:86: error: polygon \"/features/1/geometry/coordinates\" has no rings; it "
                + "needs at least an outer ring")
    }

    @Test("Non-numeric coordinates and wrong nesting")
    func badCoordinates() {
        #expect(
            GeoTestSupport.error(collection(#"{"type": "Point", "coordinates": ["15.06", 50.77]}"#))
                == "geo/test.geojson:3:85: error: coordinate \"/features/1/geometry/coordinates/0\" is a string, "
                + "not a number; write coordinates as JSON numbers, without quotes")
        #expect(
            GeoTestSupport.error(collection(#"{"type": "Point", "coordinates": [[15.06, 50.77]]}"#))
                == "geo/test.geojson:3:85: error: coordinate \"/features/1/geometry/coordinates/0\" is an array, "
                + "not a number; the coordinates are nested one level too deep for the geometry type")
        #expect(
            GeoTestSupport.error(
                collection(#"{"type": "Polygon", "coordinates": [[0,0],[1,1],[1,0],[0,0]]}"#))
                == "geo/test.geojson:3:87: error: coordinates \"/features/1/geometry/coordinates/0\" are one "
                + "position where a list of positions belongs; the coordinates are nested one level too shallow for "
                + "the geometry type")
        #expect(
            GeoTestSupport.error(collection(#"{"type": "Point", "coordinates": [15]}"#))
                == "geo/test.geojson:3:84: error: position \"/features/1/geometry/coordinates\" has 1 coordinate; "
                + "a position needs x and y")
        #expect(
            GeoTestSupport.error(collection(#"{"type": "Point"}"#))
                == "geo/test.geojson:3:51: error: the Point \"/features/1/geometry\" has no \"coordinates\" member"
        )
    }

    @Test("Unknown and miscapitalised types")
    func unknownTypes() {
        #expect(
            GeoTestSupport.error(collection(#"{"type": "Polygn", "coordinates": []}"#))
                == "geo/test.geojson:3:60: error: unknown geometry type \"Polygn\" at "
                + "\"/features/1/geometry/type\"; did you mean \"Polygon\"?")
        #expect(
            GeoTestSupport.error(collection(#"{"type": "polygon", "coordinates": []}"#))
                == "geo/test.geojson:3:60: error: unknown geometry type \"polygon\" at "
                + "\"/features/1/geometry/type\"; did you mean \"Polygon\"?")
        #expect(
            GeoTestSupport.error(collection(#"{"type": "Circle", "coordinates": []}"#))
                == "geo/test.geojson:3:60: error: unknown geometry type \"Circle\" at "
                + "\"/features/1/geometry/type\"; the types are Point, MultiPoint, LineString, MultiLineString, "
                + "Polygon, MultiPolygon and GeometryCollection")
        #expect(
            GeoTestSupport.error(#"{"type": "FeatureColection", "features": []}"#)
                == "geo/test.geojson:1:10: error: unknown top-level type \"FeatureColection\"; this is neither "
                + "GeoJSON nor TopoJSON; did you mean \"FeatureCollection\"?")
        #expect(
            GeoTestSupport.error(#"{"features": []}"#)
                == "geo/test.geojson:1:1: error: the top-level object has no \"type\" member")
        #expect(
            GeoTestSupport.error(#"[{"a": 1}]"#)
                == "geo/test.geojson:1:1: error: the top-level value is an array, not a GeoJSON or TopoJSON "
                + "object; a geometry file is an object such as {\"type\": \"FeatureCollection\", …}; an array "
                + "of records is read as a JSON table")
        #expect(
            GeoTestSupport.error(#"{"type": "FeatureCollection", "features": [{"type": "Polygon"}]}"#)
                == "geo/test.geojson:1:44: error: feature \"/features/0\" has type \"Polygon\", not \"Feature\"; "
                + "wrap the geometry: {\"type\": \"Feature\", \"geometry\": …}")
        #expect(
            GeoTestSupport.error(#"{"type": "Feature", "properties": [1], "geometry": null}"#)
                == "geo/test.geojson:1:35: error: \"properties\" of \"\" is an array, not an object; properties "
                + "are an object such as {\"KOD_LAU1\": \"CZ0513\"}, or null")
    }

    @Test("Broken JSON is reported by the JSON parser with its position")
    func brokenJSON() {
        #expect(
            GeoTestSupport.error("{\"type\": \"Point\",\n \"coordinates\": [1, 2],}")
                == "geo/test.geojson:2:24: error: a trailing comma before \"}\" is not allowed in JSON")
        #expect(GeoTestSupport.error("") == "geo/test.geojson: error: file is empty")
        #expect(
            GeoTestSupport.error(bytes: [0x7B, 0xFF], name: "x.geojson")
                == "x.geojson:1:2: error: byte 0xFF is not valid UTF-8; GeoJSON and TopoJSON must be UTF-8; "
                + "convert the file, e.g. iconv -f windows-1250 -t utf-8")
    }

    @Test("TopoJSON: arc index out of range, rings too short once joined, bad transforms")
    func topologyErrors() {
        func topology(_ arcs: String, transform: String = "") -> String {
            """
            {"type": "Topology",\(transform) "objects": {"o": {"type": "GeometryCollection", "geometries": [
            {"type": "Polygon", "arcs": \(arcs)}]}},
             "arcs": [[[0,0],[1,0],[1,1],[0,0]], [[0,0],[1,0]]]}
            """
        }
        #expect(
            GeoTestSupport.error(topology("[[0, 2]]"))
                == "geo/test.geojson:2:34: error: arc index 2 at \"/objects/o/geometries/0/arcs/0/1\" is out of "
                + "range: the topology has 2 arcs (0…1, or -1…-2 for an arc reversed)")
        #expect(
            GeoTestSupport.error(topology("[[-3]]"))
                == "geo/test.geojson:2:31: error: arc index -3 at \"/objects/o/geometries/0/arcs/0/0\" is out of "
                + "range: the topology has 2 arcs (0…1, or -1…-2 for an arc reversed)")
        #expect(
            GeoTestSupport.error(topology("[[1.5]]"))
                == "geo/test.geojson:2:31: error: arc index \"/objects/o/geometries/0/arcs/0/0\" is not a whole "
                + "number, not an arc index; arc references are whole numbers: i for arc i, -i-1 for arc i reversed"
        )
        #expect(
            GeoTestSupport.error(topology("[[1]]"))
                == "geo/test.geojson:2:30: error: ring \"/objects/o/geometries/0/arcs/0\" has 2 positions once its "
                + "arcs are joined; a polygon ring needs at least 4, the last repeating the first")
        #expect(
            GeoTestSupport.error(topology("[[0]]", transform: #" "transform": {"scale": [1]},"#))
                == "geo/test.geojson:1:45: error: \"transform\" needs \"scale\" as two numbers; e.g. \"scale\": "
                + "[0.0002, 0.0001]")
        #expect(
            GeoTestSupport.error(#"{"type": "Topology", "objects": {}, "arcs": []}"#)
                == "geo/test.geojson:1:33: error: the topology has no objects; a topology is {\"type\": "
                + "\"Topology\", \"objects\": {\"name\": …}, \"arcs\": […]}")
    }

    @Test("Limits: features, positions, depth and size fail fast with clear messages")
    func limits() {
        let three =
            #"{"type": "FeatureCollection", "features": [\#(Array(repeating: #"{"type": "Feature", "properties": null, "geometry": null}"#, count: 3).joined(separator: ","))]}"#
        #expect(
            GeoTestSupport.error(three, limits: GeoLimits(maxFeatures: 2))
                == "geo/test.geojson:1:43: error: the file has 3 features, more than the limit of 2; split or "
                + "filter the layer, or raise the limit")
        #expect(
            GeoTestSupport.error(
                #"{"type": "MultiPoint", "coordinates": [[0,0],[1,1],[2,2],[3,3],[4,4],[5,5],[6,6],[7,7],[8,8]]}"#,
                limits: GeoLimits(maxPositions: 8))
                == "geo/test.geojson:1:39: error: the geometry has more than 8 positions, the limit; simplify the "
                + "geometry (e.g. mapshaper -simplify) or raise the limit")
        let many =
            #"{"type": "MultiPoint", "coordinates": [\#(Array(repeating: "[0,0]", count: 13).joined(separator: ","))]}"#
        #expect(
            GeoTestSupport.error(many, limits: GeoLimits(maxPositions: 10))
                == "geo/test.geojson:1:106: error: the file has more than 12 JSON arrays, too many for the limit of "
                + "10 positions (each position is an array); simplify the geometry (e.g. mapshaper -simplify) or "
                + "raise the limit")
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        #expect(
            GeoTestSupport.error(#"{"type": "Point", "coordinates": \#(deep)}"#)
                == "geo/test.geojson:1:97: error: values are nested more than 64 levels deep")
        #expect(
            GeoTestSupport.error(String(repeating: " ", count: 101), limits: GeoLimits(maxBytes: 100))
                == "geo/test.geojson: error: the file has 101 bytes, more than the limit of 100 bytes; aggregate "
                + "or filter the data before charting it")
    }

    @Test("A topology that reuses one long arc endlessly hits the position limit instead of hanging")
    func arcBomb() throws {
        // 10 000 rings each using a 2 000-position arc: 20 million positions from a 50 kB file.
        let arc = (0..<2_000).map { "[\($0 % 7),\($0 % 5)]" }.joined(separator: ",")
        let rings = Array(repeating: "[0]", count: 10_000).joined(separator: ",")
        let text =
            #"{"type": "Topology", "objects": {"o": {"type": "Polygon", "arcs": [\#(rings)]}}, "arcs": [[\#(arc)]]}"#
        let started = ContinuousClock.now
        let message = try #require(GeoTestSupport.error(text))
        #expect(message.contains("the geometry has more than 2000000 positions, the limit"))
        #expect(ContinuousClock.now - started < .seconds(20))
    }

    @Test("Fuzz: mutated and truncated files never crash; they read or fail with a located message")
    func fuzz() {
        let seeds = [GeoJSONReaderTests.collection, TopoJSONReaderTests.topology]
        var generator = SplitMix64(seed: 0x4B52_4553_4241)
        let alphabet = Array(#"{}[],:"-0123456789.eE tnfaul\"#.utf8)
        var outcomes = (read: 0, failed: 0)
        for round in 0..<3_000 {
            var bytes = Array(seeds[round % seeds.count].utf8)
            for _ in 0..<(1 + Int(generator.next() % 4)) {
                let index = Int(generator.next() % UInt64(bytes.count))
                switch generator.next() % 4 {
                case 0: bytes[index] = alphabet[Int(generator.next() % UInt64(alphabet.count))]
                case 1: bytes.remove(at: index)
                case 2: bytes.insert(alphabet[Int(generator.next() % UInt64(alphabet.count))], at: index)
                default: bytes = Array(bytes[..<max(1, index)])
                }
            }
            do {
                _ = try GeoReader.read(
                    bytes, sourceName: "fuzz.json", object: round % 2 == 1 ? "ctverce" : nil)
                outcomes.read += 1
            } catch {
                outcomes.failed += 1
                #expect(error.description.hasPrefix("fuzz.json"))
                #expect(!error.message.isEmpty)
            }
        }
        #expect(outcomes.read > 0 && outcomes.failed > 0)
    }
}

/// A small deterministic random number generator, so that a fuzz failure can be replayed.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

import Foundation
import KresbaScene
import Testing

@testable import KresbaCore

/// Geometry parsed by one render is reused by the next only while the file's bytes are the same,
/// and a compiler that reuses it draws exactly what a fresh one draws.
@Suite struct GeometryCacheTests {
    static let square = """
        {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"v":1},"geometry":
        {"type":"Polygon","coordinates":[[[15,50],[15,51],[16,51],[16,50],[15,50]]]}}]}
        """

    @Test func sameBytesAreParsedOnceAndChangedBytesAgain() throws {
        let cache = GeometryCache()
        var parses = 0
        func load(_ text: String) throws -> LoadedGeoLayer {
            let bytes = Array(text.utf8)
            return try cache.layer("geo.geojson\u{0}", bytes: bytes) { () throws(DataError) in
                parses += 1
                return try GeoReader.read(bytes, sourceName: "geo.geojson")
            }
        }
        let first = try load(Self.square)
        let second = try load(Self.square)
        #expect(parses == 1)
        #expect(first.derived === second.derived)
        let edited = try load(Self.square.replacingOccurrences(of: "[16,51]", with: "[17,51]"))
        #expect(parses == 2)
        #expect(edited.layer != first.layer)
        #expect(edited.derived !== first.derived)
    }

    @Test func theLeastRecentlyUsedGoFirst() throws {
        let cache = GeometryCache(entryLimit: 2)
        let bytes = Array(Self.square.utf8)
        for key in ["a", "b", "a", "c"] {
            _ = try cache.layer(key, bytes: bytes) { () throws(DataError) in
                try GeoReader.read(bytes, sourceName: key)
            }
        }
        #expect(cache.count == 2)
        var parsed = false
        _ = try cache.layer("a", bytes: bytes) { () throws(DataError) in
            parsed = true
            return try GeoReader.read(bytes, sourceName: "a")
        }
        #expect(!parsed, "\"a\" was used after \"b\", so \"b\" went")
    }

    @Test func derivedValuesAreKeptPerKey() {
        let derived = LayerDerivations(limit: 2)
        var made = 0
        func value(_ key: Int) -> Int {
            derived.value(for: key) { () -> Int in
                made += 1
                return key * 10
            }
        }
        #expect(value(1) == 10 && value(1) == 10 && made == 1)
        #expect(value(2) == 20 && value(3) == 30 && made == 3)
        #expect(value(1) == 10 && made == 4, "the oldest value was dropped")
    }

    /// A compiler renders a map, the file changes, the same compiler renders it again: the second
    /// scene is the one a fresh compiler makes from the new file, not the cached one.
    @Test func aCompilerSeesTheFileChange() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kresba-geometry-cache-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("geo.geojson")
        let spec = Array(
            "type: choropleth\ndata: geo.geojson\nvalue: v\nsize: {width: 300, height: 200}\n".utf8)
        let shared = ChartCompiler()
        func scene(_ compiler: ChartCompiler) throws -> Scene {
            try compiler.compile(spec, file: "m.yaml", baseURL: folder, measurer: FixedAdvanceMeasurer())
                .scene
        }
        try Self.square.write(to: file, atomically: true, encoding: .utf8)
        let before = try scene(shared)
        #expect(try scene(shared) == before)
        try Self.square.replacingOccurrences(of: "[16,51]", with: "[17,51.5]").write(
            to: file, atomically: true, encoding: .utf8)
        let after = try scene(shared)
        #expect(after != before)
        #expect(after == (try scene(ChartCompiler())))
    }
}

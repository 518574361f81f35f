import Foundation
import Kresba
import KresbaCairo
import KresbaTestSupport
import Testing

@testable import KresbaCore

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// The Gallery is the visual test suite: every entry must render without unexpected warnings,
/// match its reviewed golden PNG, and produce SVG and PDF that parse, all byte-reproducibly.
@Suite struct GalleryTests {
    static let renderer: Renderer = {
        do {
            return try Renderer(options: RenderOptions(fontDirectories: [GalleryEntry.fonts]))
        } catch {
            fatalError("cannot create the renderer: \(error)")
        }
    }()

    /// `Gallery/build.yaml` (what scripts/render-gallery.sh builds) names every Gallery chart.
    @Test func theBuildManifestCoversEveryChart() throws {
        let url = GalleryEntry.root.appendingPathComponent("build.yaml")
        let manifest = try BuildManifest.read([UInt8](try Data(contentsOf: url)), file: "build.yaml")
        let built = PathPattern.files(in: GalleryEntry.root, matching: manifest.charts)
        let prefix = GalleryEntry.root.standardizedFileURL.path + "/"
        let entries = GalleryEntry.all.map {
            String($0.spec.standardizedFileURL.path.dropFirst(prefix.count))
        }
        #expect(built == entries.sorted())
    }

    @Test func galleryHasEnoughBarCharts() {
        #expect(GalleryEntry.all.filter { $0.kind == "bar" }.count >= 8)
    }

    @Test(arguments: GalleryEntry.all)
    func rendersAsItsGolden(_ entry: GalleryEntry) throws {
        let results = try Self.renderer.render(specAt: entry.spec, as: [.png(scale: 2), .svg, .pdf])
        let warnings = results[0].warnings.map(\.description)
        let expected =
            (try? String(contentsOf: entry.expectedWarnings, encoding: .utf8))?
            .split(separator: "\n").map(String.init) ?? []
        #expect(warnings == expected, "unexpected warnings for \(entry)")

        let golden = GoldenImage.compare(actual: results[0].bytes, goldenURL: entry.golden, name: "\(entry)")
        #expect(golden.passed, "\(golden.message)")

        // SVG: well-formed XML, accessible, with the title and alt text.
        let svg = String(decoding: results[1].bytes, as: UTF8.self)
        let parser = XMLParser(data: Data(results[1].bytes))
        #expect(parser.parse(), "\(entry).svg does not parse: \(parser.parserError.map { "\($0)" } ?? "")")
        #expect(svg.contains("role=\"img\""))
        #expect(svg.contains("<title"))
        #expect(svg.contains("<desc"))
        #expect(!results[1].altText.isEmpty)

        // PDF: a PDF with every font embedded.
        let pdf = results[2].bytes
        #expect(pdf.starts(with: Array("%PDF-".utf8)))
        #expect(Tools.pdfFontsAllEmbedded(pdf), "\(entry).pdf has fonts that are not embedded")
    }

    @Test(arguments: GalleryEntry.all.prefix(3))
    func outputIsByteIdenticalAcrossRenders(_ entry: GalleryEntry) throws {
        let formats: [OutputFormat] = [.png(scale: 1), .svg, .pdf]
        let first = try Self.renderer.render(specAt: entry.spec, as: formats).map(\.bytes)
        // Another chart in between must not change anything (cairo numbers SVG ids process-wide).
        _ = try Self.renderer.render(specAt: GalleryEntry.all[GalleryEntry.all.count - 1].spec, as: formats)
        let second = try Self.renderer.render(specAt: entry.spec, as: formats).map(\.bytes)
        #expect(first == second)
    }

    @Test func gallerySpecsMatchTheJSONSchema() throws {
        let specs = GalleryEntry.all.map(\.spec.path)
        let result = try Tools.checkSchema(specs)
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("checked \(specs.count) spec(s), 0 problem(s)"))
    }

    @Test func schemaRejectsUnknownKeys() throws {
        let spec = GalleryEntry.root.appendingPathComponent("invalid/unknown-keys.yaml").path
        let result = try Tools.checkSchema([spec])
        #expect(result.status != 0)
        #expect(result.output.contains("titel"))
    }

    @Test func galleryIndexIsCurrent() throws {
        let url = GalleryEntry.root.appendingPathComponent("README.md")
        let expected = GalleryIndex.markdown(GalleryEntry.all)
        let current = try? String(contentsOf: url, encoding: .utf8)
        if current != expected, ProcessInfo.processInfo.environment["RECORD_GOLDENS"] == "1",
            ProcessInfo.processInfo.environment["CI"] == nil
        {
            try expected.write(to: url, atomically: true, encoding: .utf8)
            Issue.record("rewrote Gallery/README.md; review it and run again")
            return
        }
        #expect(
            current == expected,
            "Gallery/README.md is stale; run RECORD_GOLDENS=1 swift test --filter galleryIndex")
    }
}

/// Rendering through the public API from several threads at once gives the same bytes as one
/// at a time, and options such as a transparent background reach the output.
@Suite struct RendererTests {
    @Test func concurrentRendersMatchSerialOnes() throws {
        let entries = Array(GalleryEntry.all.prefix(6))
        let renderer = GalleryTests.renderer
        let serial = try entries.map {
            try renderer.render(specAt: $0.spec, as: [.png(scale: 1), .svg, .pdf]).map(\.bytes)
        }
        let results = ResultBox(count: entries.count * 2)
        DispatchQueue.concurrentPerform(iterations: entries.count * 2) { i in
            let entry = entries[i % entries.count]
            results.set(
                i, try? renderer.render(specAt: entry.spec, as: [.png(scale: 1), .svg, .pdf]).map(\.bytes))
        }
        for i in 0..<(entries.count * 2) {
            #expect(
                results.get(i) == serial[i % entries.count],
                "\(entries[i % entries.count]) differs when rendered in parallel")
        }
    }

    /// A renderer keeps font maps and pixel memory from one render to the next; what it draws
    /// must not depend on what it drew before, whatever the sizes.
    @Test func reusedResourcesDrawWhatFreshOnesDraw() throws {
        let entries = Array(GalleryEntry.all.prefix(3))
        let formats: [[OutputFormat]] = [[.png(scale: 2)], [.png(scale: 1), .svg], [.png(scale: 3), .pdf]]
        let shared = try Renderer(options: RenderOptions(fontDirectories: [GalleryEntry.fonts]))
        for round in 0..<2 {
            for (entry, formats) in zip(entries, round == 0 ? formats : formats.reversed()) {
                let fresh = try Renderer(options: RenderOptions(fontDirectories: [GalleryEntry.fonts]))
                #expect(
                    try shared.render(specAt: entry.spec, as: formats).map(\.bytes)
                        == fresh.render(specAt: entry.spec, as: formats).map(\.bytes),
                    "\(entry) at \(formats) differs after other renders")
            }
        }
    }

    @Test func transparentBackgroundLeavesCornersClear() throws {
        let renderer = try Renderer(
            options: RenderOptions(fontDirectories: [GalleryEntry.fonts], transparentBackground: true))
        let spec = GalleryEntry.root.appendingPathComponent("bar/okresy-obyvatele.yaml")
        let png = try renderer.render(specAt: spec, as: .png(scale: 1)).bytes
        let image = try RGBAImage.decodePNG(png)
        #expect(image.pixel(x: 2, y: 2).alpha == 0)
        let opaque = try RGBAImage.decodePNG(
            try GalleryTests.renderer.render(specAt: spec, as: .png(scale: 1)).bytes)
        #expect(opaque.pixel(x: 2, y: 2) == RGBAImage.Pixel(red: 255, green: 255, blue: 255))
    }

    @Test func specBytesRenderWithABaseURL() throws {
        let yaml = "type: bar\ndata: data/lbk-okresy-obyvatele-2020.csv\nx: okres\ny: obyvatel\n"
        let base = GalleryEntry.root.appendingPathComponent("bar")
        let rendering = try GalleryTests.renderer.render(
            spec: Data(yaml.utf8), name: "inline.yaml", baseURL: base, as: .svg)
        #expect(rendering.warnings.isEmpty)
        #expect(rendering.altText.contains("Liberec"))
        #expect(throws: KresbaError.self) {
            try GalleryTests.renderer.render(
                spec: Data(yaml.utf8), name: "inline.yaml", baseURL: URL(fileURLWithPath: "/tmp"), as: .svg)
        }
    }
}

/// Results written from concurrent iterations, each slot by one iteration.
final class ResultBox: @unchecked Sendable {
    private var slots: [[[UInt8]]?]
    private let lock = NSLock()
    init(count: Int) { slots = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ value: [[UInt8]]?) {
        lock.lock()
        slots[i] = value
        lock.unlock()
    }
    func get(_ i: Int) -> [[UInt8]]? {
        lock.lock()
        defer { lock.unlock() }
        return slots[i]
    }
}

/// The JSON Schema and the spec reader must accept the same keys, or one of them is lying.
@Suite struct SchemaDriftTests {
    @Test func schemaKeysMatchTheReader() throws {
        let url = GalleryEntry.root.deletingLastPathComponent().appendingPathComponent(
            "docs/kresba.schema.json")
        let schema = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let common = try #require(schema["properties"] as? [String: Any]).keys.sorted()
        #expect(common == ChartSpec.commonKeys.sorted())
        let defs = try #require(schema["$defs"] as? [String: Any])
        for type in ChartSpec.chartTypes {
            let def = try #require(defs[type.name] as? [String: Any], "schema has no $defs/\(type.name)")
            let keys = try #require(def["properties"] as? [String: Any]).keys.sorted()
            #expect(keys == type.keys.sorted(), "schema keys of \(type.name) differ from the reader's")
        }
        let typeEnum = try #require((schema["properties"] as? [String: Any])?["type"] as? [String: Any])
        #expect((typeEnum["enum"] as? [String])?.sorted() == ChartSpec.chartTypes.map(\.name).sorted())
    }
}

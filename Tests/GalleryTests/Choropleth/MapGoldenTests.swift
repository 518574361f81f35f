import Foundation
import Kresba
import KresbaCairo
import KresbaScene
import KresbaTestSupport
import Testing

@testable import KresbaCore

/// Maps of the real Czech boundaries in `../shared/data` (not part of the repository): each spec in
/// `Tests/MapGoldens` renders as its golden PNG beside it, with its warnings pinned, and no label
/// overlaps another text. Skipped, visibly, where the shared folder is absent.
@Suite struct MapGoldenTests {
    static let folder = GoldenImage.packageRoot.appendingPathComponent("Tests/MapGoldens")
    static let shared: URL? = {
        let url = GoldenImage.packageRoot.deletingLastPathComponent().appendingPathComponent(
            "shared/data/geo")
        return FileManager.default.fileExists(atPath: url.path) ? url.deletingLastPathComponent() : nil
    }()
    static let specs: [String] =
        ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
        .filter { $0.hasSuffix(".yaml") }.sorted()

    static let renderer: Renderer? = {
        guard let shared else { return nil }
        return try? Renderer(
            options: RenderOptions(fontDirectories: [GalleryEntry.fonts], dataRoots: [shared]))
    }()

    @Test func reportAvailability() {
        if Self.shared == nil {
            print("SKIPPED: choropleth map goldens: ../shared/data not found next to the package")
        }
        #expect(Self.specs.count >= 6)
    }

    @Test(.enabled(if: shared != nil), arguments: specs)
    func rendersAsItsGolden(_ name: String) throws {
        let renderer = try #require(Self.renderer)
        let spec = Self.folder.appendingPathComponent(name)
        let results = try renderer.render(specAt: spec, as: [.png(scale: 1), .svg])
        let base = spec.deletingPathExtension()
        let warnings = results[0].warnings.map(\.description).joined(separator: "\n") + "\n"
        let pinned = base.appendingPathExtension("warnings.txt")
        let env = ProcessInfo.processInfo.environment
        let expected = try? String(contentsOf: pinned, encoding: .utf8)
        if expected != warnings, env["RECORD_GOLDENS"] == "1", env["CI"] == nil {
            try warnings.write(to: pinned, atomically: true, encoding: .utf8)
            Issue.record("recorded \(pinned.lastPathComponent); review it and run again")
        } else {
            #expect(expected == warnings, "warnings of \(name) changed:\n\(warnings)")
        }
        let golden = GoldenImage.compare(
            actual: results[0].bytes, goldenURL: base.appendingPathExtension("png"), name: "map-\(name)")
        #expect(golden.passed, "\(golden.message)")
        #expect(!results[1].altText.isEmpty)
    }

    @Test(.enabled(if: shared != nil), arguments: specs)
    func textNeverOverlaps(_ name: String) throws {
        let shared = try #require(Self.shared)
        let fonts = try FontLibrary(directories: [GalleryEntry.fonts])
        let measurer = try PangoTextMeasurer(fonts: fonts)
        let spec = Self.folder.appendingPathComponent(name)
        let output = try ChartCompiler(dataRoots: [shared]).compile(
            [UInt8](Data(contentsOf: spec)), file: name, baseURL: Self.folder, measurer: measurer)
        let texts = try LayoutChecks.placedTexts(in: output.scene, measurer: measurer)
        let canvas = Rect(x: 0, y: 0, width: output.scene.width, height: output.scene.height)
        func shrunk(_ r: Rect) -> Rect {
            Rect(x: r.x + 0.5, y: r.y + 0.5, width: r.width - 1, height: r.height - 1)
        }
        for (i, a) in texts.enumerated() {
            #expect(canvas.contains(a.box, tolerance: 0.5), "\(name): \"\(a.text)\" leaves the canvas")
            for b in texts[(i + 1)...] {
                #expect(
                    !shrunk(a.box).intersects(shrunk(b.box)), "\(name): \"\(a.text)\" overlaps \"\(b.text)\"")
            }
        }
    }
}

import Foundation
import Testing

/// `kresba build`: a manifest's charts in every size, and only what changed rendered again.
@Suite struct BuildCommandTests {
    typealias CLI = CLITests

    /// A project folder with two specs sharing a data file and a manifest with two sizes.
    private func project() throws -> URL {
        let root = try CLI.temporaryFolder()
        let charts = root.appendingPathComponent("grafy/kraj", isDirectory: true)
        try FileManager.default.createDirectory(at: charts, withIntermediateDirectories: true)
        let csv =
            "okres,obyvatel\nČeská Lípa,102998\nJablonec nad Nisou,90198\nLiberec,175465\nSemily,73815\n"
        try csv.write(to: root.appendingPathComponent("grafy/okresy.csv"), atomically: true, encoding: .utf8)
        try "type: bar\ndata: ../okresy.csv\nx: obyvatel\ny: okres\n".write(
            to: charts.appendingPathComponent("okresy.yaml"), atomically: true, encoding: .utf8)
        try "type: bar\ndata: okresy.csv\nx: okres\ny: obyvatel\n".write(
            to: root.appendingPathComponent("grafy/sloupce.yaml"), atomically: true, encoding: .utf8)
        try """
        charts: [grafy/**/*.yaml]
        out: web
        formats: [png, svg]
        sizes: { mobil: 360x480, tisk: 120x80mm@192dpi }
        """.write(to: root.appendingPathComponent("build.yaml"), atomically: true, encoding: .utf8)
        return root
    }

    @Test func buildsEverySizeThenOnlyWhatChanged() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let manifest = root.appendingPathComponent("build.yaml").path
        let first = try CLI.kresba(["build", manifest])
        #expect(first.status == 0, "\(first.stderr)")
        #expect(first.stdout.hasSuffix("4 rendered, 0 up to date, 0 failed\n"))
        let web = root.appendingPathComponent("web")
        for size in ["mobil", "tisk"] {
            for file in ["grafy/kraj/okresy", "grafy/sloupce"] {
                for ext in ["png", "svg"] {
                    let path = web.appendingPathComponent("\(size)/\(file).\(ext)").path
                    #expect(FileManager.default.fileExists(atPath: path), "\(path)")
                }
            }
        }
        // The print size: 120 x 80 mm at 192 dpi is 907.1 px wide, rounded up to whole pixels.
        let png = try [UInt8](Data(contentsOf: web.appendingPathComponent("tisk/grafy/sloupce.png")))
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 908)

        let second = try CLI.kresba(["build", manifest])
        #expect(second.status == 0)
        #expect(second.stdout == "0 rendered, 4 up to date, 0 failed\n")
        // The index a portal embeds the images with, kept whole by a build that rendered nothing.
        let index = try JSONSerialization.jsonObject(
            with: Data(contentsOf: web.appendingPathComponent("index.json")))
        let entries = try #require(index as? [[String: Any]])
        #expect(
            entries.map { "\($0["chart"] ?? "")@\($0["size"] ?? "")" } == [
                "grafy/kraj/okresy.yaml@mobil", "grafy/kraj/okresy.yaml@tisk", "grafy/sloupce.yaml@mobil",
                "grafy/sloupce.yaml@tisk",
            ])
        #expect(
            entries[0]["files"] as? [String] == [
                "mobil/grafy/kraj/okresy.png", "mobil/grafy/kraj/okresy.svg",
            ])
        #expect((entries[0]["alt"] as? String)?.hasPrefix("Pruhový graf") == true)

        // A touched file with the same content changes nothing; new content renders its charts.
        let csv = root.appendingPathComponent("grafy/okresy.csv")
        try FileManager.default.setAttributes(
            [.modificationDate: Date(timeIntervalSinceNow: 60)], ofItemAtPath: csv.path)
        #expect(try CLI.kresba(["build", manifest]).stdout == "0 rendered, 4 up to date, 0 failed\n")
        try (try String(contentsOf: csv, encoding: .utf8) + "Praha,1397880\n").write(
            to: csv, atomically: true, encoding: .utf8)
        let third = try CLI.kresba(["build", manifest, "--quiet"])
        #expect(third.status == 0)
        #expect(try CLI.kresba(["build", manifest]).stdout == "0 rendered, 4 up to date, 0 failed\n")

        // Only the edited spec, in both sizes; a deleted output is drawn again; --force redraws all.
        let spec = root.appendingPathComponent("grafy/sloupce.yaml")
        try "type: bar\ndata: okresy.csv\nx: okres\ny: obyvatel\ntitle: Obyvatelé\n".write(
            to: spec, atomically: true, encoding: .utf8)
        let edited = try CLI.kresba(["build", manifest])
        #expect(edited.stdout.hasSuffix("2 rendered, 2 up to date, 0 failed\n"))
        #expect(!edited.stdout.contains("okresy.png"))
        try FileManager.default.removeItem(at: web.appendingPathComponent("mobil/grafy/kraj/okresy.svg"))
        #expect(try CLI.kresba(["build", manifest]).stdout.hasSuffix("1 rendered, 3 up to date, 0 failed\n"))
        #expect(
            try CLI.kresba(["build", manifest, "--force"]).stdout.hasSuffix(
                "4 rendered, 0 up to date, 0 failed\n"))
    }

    @Test func filesOfChartsSizesAndFormatsNoLongerAskedForAreRemoved() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let manifest = root.appendingPathComponent("build.yaml")
        let web = root.appendingPathComponent("web")
        #expect(try CLI.kresba(["build", manifest.path]).status == 0)
        // A file of the user's own in the output folder, which no build made.
        let own = web.appendingPathComponent("mobil/poznamky.txt")
        try "moje".write(to: own, atomically: true, encoding: .utf8)

        // One chart, one size and one format fewer.
        try """
        charts: [grafy/kraj/*.yaml]
        out: web
        formats: [png]
        sizes: { mobil: 360x480 }
        """.write(to: manifest, atomically: true, encoding: .utf8)
        let run = try CLI.kresba(["build", manifest.path])
        #expect(run.status == 0, "\(run.stderr)")
        let removed = run.stdout.split(separator: "\n").filter { $0.hasPrefix("removed ") }.map {
            String($0.dropFirst("removed ".count).dropFirst(web.path.count + 1))
        }
        #expect(
            removed == [
                "mobil/grafy/kraj/okresy.svg", "mobil/grafy/sloupce.png", "mobil/grafy/sloupce.svg",
                "tisk/grafy/kraj/okresy.png", "tisk/grafy/kraj/okresy.svg", "tisk/grafy/sloupce.png",
                "tisk/grafy/sloupce.svg",
            ])
        #expect(run.stdout.hasSuffix("1 rendered, 0 up to date, 0 failed\n"))
        let fm = FileManager.default
        #expect(fm.fileExists(atPath: web.appendingPathComponent("mobil/grafy/kraj/okresy.png").path))
        #expect(fm.fileExists(atPath: own.path))
        // Folders the removed files leave empty go too; the output folder stays.
        #expect(!fm.fileExists(atPath: web.appendingPathComponent("tisk").path))
        #expect(fm.fileExists(atPath: web.appendingPathComponent("mobil/grafy/kraj").path))
        #expect(
            try fm.contentsOfDirectory(atPath: web.appendingPathComponent("mobil/grafy").path) == ["kraj"])
        // Nothing is left to remove the next time.
        #expect(try CLI.kresba(["build", manifest.path]).stdout == "0 rendered, 1 up to date, 0 failed\n")
    }

    @Test func aFailingChartIsReportedOnceAndTriedAgain() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        let manifest = root.appendingPathComponent("build.yaml").path
        let spec = root.appendingPathComponent("grafy/sloupce.yaml")
        try "type: bar\ndata: okresy.csv\nx: okres\ny: obyvatele\n".write(
            to: spec, atomically: true, encoding: .utf8)
        let run = try CLI.kresba(["build", manifest])
        #expect(run.status != 0)
        #expect(run.stdout.hasSuffix("2 rendered, 0 up to date, 2 failed\n"))
        let errors = run.stderr.split(separator: "\n").filter { $0.contains("error:") }
        #expect(
            errors == [
                "grafy/sloupce.yaml#/y: error: unknown field \"obyvatele\"; did you mean \"obyvatel\"? (fields: okres, obyvatel)"
            ])
        // The other chart stays up to date; the failed one is tried again.
        let again = try CLI.kresba(["build", manifest])
        #expect(again.stdout.hasSuffix("0 rendered, 2 up to date, 2 failed\n"))
    }

    @Test func theManifestAndCatalogsAreNoCharts() throws {
        let root = try project()
        defer { try? FileManager.default.removeItem(at: root) }
        try "okresy: { url: grafy/okresy.csv, source: ČSÚ }\n".write(
            to: root.appendingPathComponent("datasets.yaml"), atomically: true, encoding: .utf8)
        let manifest = root.appendingPathComponent("build.yaml")
        try "charts: [\"**/*.yaml\"]\nout: web\n".write(to: manifest, atomically: true, encoding: .utf8)
        let run = try CLI.kresba(["build", manifest.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix("2 rendered, 0 up to date, 0 failed\n"))
        #expect(
            FileManager.default.fileExists(
                atPath: root.appendingPathComponent("web/grafy/kraj/okresy.png").path))
        // A JSON spec beside a YAML one of the same name would overwrite its files.
        try #"{"type": "bar", "data": "okresy.csv", "x": "okres", "y": "obyvatel"}"#.write(
            to: root.appendingPathComponent("grafy/sloupce.json"), atomically: true, encoding: .utf8)
        try "charts: [grafy/*.yaml, grafy/*.json]\nout: web\n".write(
            to: manifest, atomically: true, encoding: .utf8)
        let clash = try CLI.kresba(["build", manifest.path])
        #expect(clash.status != 0)
        #expect(
            clash.stderr.contains("grafy/sloupce.yaml: error: writes the same files as grafy/sloupce.json"))
    }

    @Test func manifestErrorsNameTheirPlace() throws {
        let root = try CLI.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: root) }
        let manifest = root.appendingPathComponent("build.yaml")
        try "charts: [../grafy/*.yaml]\nformats: [png, svd]\nsizes: { mobil: 360x }\nscle: 2\n".write(
            to: manifest, atomically: true, encoding: .utf8)
        let run = try CLI.kresba(["build", manifest.path])
        #expect(run.status != 0)
        let lines = run.stderr.split(separator: "\n").filter { !$0.hasPrefix("    -->") }.map(String.init)
        #expect(
            lines.map { $0.replacingOccurrences(of: manifest.path, with: "build.yaml") } == [
                "build.yaml#/charts/0: error: \"../grafy/*.yaml\" leaves the manifest's folder; chart patterns are relative to it, without \"..\"",
                "build.yaml#/formats/1: error: unknown format \"svd\"; did you mean \"svg\"? (formats: png, svg, pdf)",
                "build.yaml#/sizes/mobil: error: expected a size such as 800x500 (CSS pixels), 170x110mm or 170x110mm@300dpi",
                "build.yaml#/scle: error: unknown key \"scle\"; did you mean \"scale\"? (keys: charts, out, formats, scale, sizes)",
            ])
        try "charts: [nic/*.yaml]\n".write(to: manifest, atomically: true, encoding: .utf8)
        let none = try CLI.kresba(["build", manifest.path])
        #expect(none.status != 0)
        #expect(none.stderr.contains("#/charts: error: no spec file matches \"nic/*.yaml\""))
    }
}

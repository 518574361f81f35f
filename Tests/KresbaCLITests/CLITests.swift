import Foundation
import Testing

/// End-to-end tests of the `kresba` binary: arguments, batches, exit codes, atomic output,
/// and finding the bundled fonts from the checkout and from an installed layout.
@Suite struct CLITests {
    static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let gallery = packageRoot.appendingPathComponent("Gallery")

    /// The `kresba` binary built next to the test bundle.
    static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for folder in [beside, beside.deletingLastPathComponent()] {
            let candidate = folder.appendingPathComponent("kresba")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return packageRoot.appendingPathComponent(".build/debug/kresba")
    }()

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func kresba(_ arguments: [String], executable: URL = binary, environment: [String: String]? = nil)
        throws
        -> Run
    {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        // Read both pipes before waiting, so a chatty process never blocks on a full pipe.
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        let errData = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kresba-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func helpListsTheCommandsAndOptions() throws {
        let top = try Self.kresba(["--help"])
        #expect(top.status == 0)
        #expect(top.stdout.contains("render"))
        #expect(top.stdout.contains("validate"))
        let render = try Self.kresba(["render", "--help"])
        for option in [
            "--out", "--format", "--scale", "--dpi", "--jobs", "--fonts", "--data-root", "--strict",
        ] {
            #expect(render.stdout.contains(option), "render --help lacks \(option)")
        }
    }

    @Test func jobsDefaultIsSaidOnceAndInWords() throws {
        // The help names the default without this machine's core count, so it reads the same (and
        // the generated manual is the same) everywhere; zero jobs is refused.
        for command in ["render", "build"] {
            let help = try Self.kresba([command, "--help"]).stdout
            let flat = help.split(whereSeparator: \.isWhitespace).joined(separator: " ")
            #expect(flat.contains("Charts rendered at once (default: the number of cores)."), "\(command)")
            #expect(!flat.contains("cores). (default:"), "\(command) repeats the default")
            let zero = try Self.kresba([command, "--jobs", "0"] + (command == "render" ? ["x.yaml"] : []))
            #expect(zero.status != 0)
            #expect(zero.stderr.contains("--jobs must be at least 1"), "\(command)")
        }
    }

    @Test func batchRendersEveryGoodSpecAndFailsForTheBadOne() throws {
        let out = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let good = Self.gallery.appendingPathComponent("bar/okresy-obyvatele.yaml").path
        let bad = Self.gallery.appendingPathComponent("invalid/unknown-field.yaml").path
        let good2 = Self.gallery.appendingPathComponent("bar/hdp-roky.json").path
        let run = try Self.kresba(["render", good, bad, good2, "--out", out.path, "--format", "png,svg,pdf"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("unknown-field.yaml#/y/field: error: unknown field \"obyvatele\""))
        #expect(run.stderr.contains("1 of 3 spec(s) failed"))
        let files = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(
            files == [
                "hdp-roky.pdf", "hdp-roky.png", "hdp-roky.svg", "okresy-obyvatele.pdf",
                "okresy-obyvatele.png",
                "okresy-obyvatele.svg",
            ])
        // Nothing but diagnostics on stderr: no fontconfig or Pango warnings.
        let unexpected = run.stderr.split(separator: "\n").filter {
            !$0.contains("unknown-field.yaml") && !$0.hasPrefix("    -->") && !$0.contains("spec(s) failed")
        }
        #expect(unexpected.isEmpty, "unexpected stderr: \(unexpected)")
    }

    @Test func scaleAndDpiReachThePNG() throws {
        let out = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let spec = Self.gallery.appendingPathComponent("bar/okresy-obyvatele.yaml").path
        let run = try Self.kresba([
            "render", spec, "--out", out.path, "--scale", "2", "--dpi", "192", "--quiet",
        ])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.isEmpty)
        let png = try [UInt8](Data(contentsOf: out.appendingPathComponent("okresy-obyvatele.png")))
        // IHDR width and height, big-endian, at bytes 16..<24.
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }
        let height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 1280 && height == 840)
        #expect(png.windowContains(Array("pHYs".utf8)))
    }

    @Test func validateChecksWithoutWriting() throws {
        let ok = try Self.kresba([
            "validate", Self.gallery.appendingPathComponent("bar/orp-obyvatele.yaml").path,
        ])
        #expect(ok.status == 0)
        #expect(ok.stdout.contains("orp-obyvatele.yaml: ok"))
        let bad = try Self.kresba([
            "validate", Self.gallery.appendingPathComponent("invalid/ragged-row.yaml").path,
        ])
        #expect(bad.status != 0)
        #expect(bad.stderr.contains("data/ragged.csv:3:26: error:"))
    }

    @Test func badOptionsAreRejected() throws {
        let spec = Self.gallery.appendingPathComponent("bar/okresy-obyvatele.yaml").path
        let run = try Self.kresba(["render", spec, "--format", "gif"])
        #expect(run.status != 0)
        #expect(run.stderr.contains("unknown format \"gif\""))
    }

    @Test func failedRenderLeavesNoFileBehind() throws {
        let out = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: out) }
        let bad = Self.gallery.appendingPathComponent("invalid/text-values.yaml").path
        let run = try Self.kresba(["render", bad, "--out", out.path, "--format", "png,pdf"])
        #expect(run.status != 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).isEmpty)
    }

    @Test func installedLayoutFindsItsFonts() throws {
        let prefix = try Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: prefix) }
        let fm = FileManager.default
        try fm.createDirectory(at: prefix.appendingPathComponent("bin"), withIntermediateDirectories: true)
        try fm.createDirectory(
            at: prefix.appendingPathComponent("share/kresba"), withIntermediateDirectories: true)
        let installed = prefix.appendingPathComponent("bin/kresba")
        try fm.copyItem(at: Self.binary, to: installed)
        let spec = Self.gallery.appendingPathComponent("bar/okresy-obyvatele.yaml").path
        var environment = ProcessInfo.processInfo.environment
        environment["KRESBA_FONTS"] = nil

        // Without fonts beside it the binary says so clearly instead of using system fonts.
        let missing = try Self.kresba(["validate", spec], executable: installed, environment: environment)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("cannot find the bundled fonts"))

        try fm.copyItem(
            at: Self.packageRoot.appendingPathComponent("Fonts"),
            to: prefix.appendingPathComponent("share/kresba/Fonts"))
        let run = try Self.kresba(
            ["render", spec, "--out", prefix.appendingPathComponent("out").path], executable: installed,
            environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr.isEmpty)
    }
}

extension Array where Element == UInt8 {
    func windowContains(_ needle: [UInt8]) -> Bool {
        guard count >= needle.count else { return false }
        return (0...(count - needle.count)).contains { Array(self[$0..<($0 + needle.count)]) == needle }
    }
}

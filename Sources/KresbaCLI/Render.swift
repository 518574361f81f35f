import ArgumentParser
import Dispatch
import Foundation
import Kresba

/// `kresba render`: specs in, files out; one failing spec never stops the others.
struct Render: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render specs to PNG, SVG and/or PDF files.",
        discussion: """
            Writes OUT/<spec name>.<ext> for every spec and format (the spec name is the file name \
            without .yaml/.yml/.json). Files are written atomically: a failed render never leaves a \
            partial file. Errors and warnings go to standard error; the exit status is non-zero when \
            any spec failed.
            """)

    @Argument(help: ArgumentHelp("Spec files (.yaml, .yml or .json).", valueName: "spec"))
    var specs: [String]

    @Option(name: .shortAndLong, help: ArgumentHelp("Output folder (created if missing).", valueName: "dir"))
    var out: String = "."

    @Option(help: ArgumentHelp("Comma-separated formats: png, svg, pdf.", valueName: "formats"))
    var format: String = "png"

    @Option(help: ArgumentHelp("PNG pixels per CSS pixel: 1, 2, 3 … (default 1).", valueName: "n"))
    var scale: Double = 1

    @Option(help: ArgumentHelp("Resolution to record in PNG files (pHYs), e.g. 300.", valueName: "dpi"))
    var dpi: Double?

    @Flag(help: "Leave the background transparent (PNG, SVG).")
    var transparent = false

    @OptionGroup var parallel: JobsOption

    @OptionGroup var common: CommonOptions

    func validate() throws {
        guard (0.1...10).contains(scale) else { throw ValidationError("--scale must be between 0.1 and 10") }
        if let dpi, !(1...10_000).contains(dpi) { throw ValidationError("--dpi must be between 1 and 10000") }
        _ = try formats()
    }

    func formats() throws -> [OutputFormat] {
        var result: [OutputFormat] = []
        for name in format.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() })
        {
            switch name {
            case "png": result.append(.png(scale: scale, dpi: dpi))
            case "svg": result.append(.svg)
            case "pdf": result.append(.pdf)
            default: throw ValidationError("unknown format \"\(name)\"; expected png, svg or pdf")
            }
        }
        guard !result.isEmpty else { throw ValidationError("--format names no format") }
        return result
    }

    func run() throws {
        let renderer: Renderer
        do {
            renderer = try common.makeRenderer(transparent: transparent)
        } catch {
            printError("\(error)")
            throw ExitCode.failure
        }
        let formats = try formats()
        let outURL = URL(fileURLWithPath: out, isDirectory: true)
        do {
            try FileManager.default.createDirectory(at: outURL, withIntermediateDirectories: true)
        } catch {
            printError("\(out): error: cannot create the output folder: \(error.localizedDescription)")
            throw ExitCode.failure
        }
        let names = specs.map(SpecName.of)
        if let clash = SpecName.clash(specs: specs, names: names) {
            printError(clash)
            throw ExitCode.failure
        }

        // Each spec is rendered independently; results are printed in argument order.
        let results = ParallelMap.run(specs.count, jobs: parallel.count) { i -> SpecOutcome in
            renderOne(specs[i], name: names[i], renderer: renderer, formats: formats, outURL: outURL)
        }
        var failed = 0
        for outcome in results {
            for line in outcome.messages { printError(line) }
            if !common.quiet { for file in outcome.written { print(file) } }
            if outcome.failed { failed += 1 }
        }
        if failed > 0 {
            printError("\(failed) of \(specs.count) spec(s) failed")
            throw ExitCode.failure
        }
    }

    private func renderOne(
        _ path: String, name: String, renderer: Renderer, formats: [OutputFormat], outURL: URL
    ) -> SpecOutcome {
        var outcome = SpecOutcome()
        _ = SpecFiles.render(
            URL(fileURLWithPath: path), label: path, renderer: renderer, formats: formats,
            targets: formats.map { outURL.appendingPathComponent("\(name).\($0.fileExtension)") },
            strict: common.strict, into: &outcome)
        return outcome
    }
}

/// What happened to one spec in a batch.
struct SpecOutcome: Sendable {
    var messages: [String] = []
    var written: [String] = []
    var failed = false
}

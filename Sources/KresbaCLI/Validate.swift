import ArgumentParser
import Foundation
import Kresba

/// `kresba validate`: checks specs and their data without writing anything.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check specs and their data without rendering.",
        discussion: "Reads each spec and its data and lays the chart out; prints every problem found.")

    @Argument(help: ArgumentHelp("Spec files (.yaml, .yml or .json).", valueName: "spec"))
    var specs: [String]

    @OptionGroup var common: CommonOptions

    func run() throws {
        let renderer: Renderer
        do {
            renderer = try common.makeRenderer()
        } catch {
            printError("\(error)")
            throw ExitCode.failure
        }
        var failed = 0
        for path in specs {
            do {
                let warnings = try renderer.validate(specAt: URL(fileURLWithPath: path))
                for w in warnings { printError(SpecName.relabel(w, path: path)) }
                if common.strict && !warnings.isEmpty {
                    failed += 1
                } else if !common.quiet {
                    print("\(path): ok")
                }
            } catch let error as KresbaError {
                for d in error.diagnostics { printError(SpecName.relabel(d, path: path)) }
                failed += 1
            } catch {
                printError("\(path): error: \(error)")
                failed += 1
            }
        }
        if failed > 0 {
            printError("\(failed) of \(specs.count) spec(s) failed")
            throw ExitCode.failure
        }
    }
}

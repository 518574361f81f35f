import ArgumentParser
import Foundation
import Kresba

/// Options shared by every subcommand that reads specs.
struct CommonOptions: ParsableArguments {
    @Option(
        name: .customLong("fonts"),
        help: ArgumentHelp(
            "A folder of fonts to use instead of the bundled Fonts/ (repeatable).", valueName: "dir"))
    var fontDirectories: [String] = []

    @Option(
        name: .customLong("data-root"),
        help: ArgumentHelp(
            "Another folder data files may be read from, besides each spec's folder (repeatable).",
            valueName: "dir"))
    var dataRoots: [String] = []

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .customLong("quiet"), help: "Print only errors and warnings, not the files written.")
    var quiet = false

    func makeRenderer(transparent: Bool = false) throws -> Renderer {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let fonts =
            fontDirectories.isEmpty ? nil : fontDirectories.map { URL(fileURLWithPath: $0, relativeTo: cwd) }
        return try Renderer(
            options: RenderOptions(
                fontDirectories: fonts,
                dataRoots: dataRoots.map { URL(fileURLWithPath: $0, relativeTo: cwd) },
                transparentBackground: transparent))
    }
}

/// Writes to standard error (diagnostics never go to standard output).
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

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

    @Option(
        name: .customLong("catalog"),
        help: ArgumentHelp(
            "A dataset catalog (datasets.yaml) for data: {dataset: id}, after the one beside the spec "
                + "(repeatable).", valueName: "file"))
    var catalogs: [String] = []

    @Option(
        name: .customLong("cache-dir"),
        help: ArgumentHelp(
            "Where data from http(s) URLs are cached (default: $KRESBA_CACHE, else ~/.cache/kresba).",
            valueName: "dir"))
    var cacheDirectory: String?

    @Flag(help: "Use only data already in the download cache; never go to the network.")
    var offline = false

    @Option(help: ArgumentHelp("Seconds a download may take.", valueName: "seconds"))
    var timeout: Double = 30

    @Flag(help: "Treat warnings as errors.")
    var strict = false

    @Flag(name: .customLong("quiet"), help: "Print only errors and warnings, not the files written.")
    var quiet = false

    func validate() throws {
        guard timeout > 0 && timeout <= 3600 else {
            throw ValidationError("--timeout must be more than 0 and at most 3600 seconds")
        }
        for catalog in catalogs where !FileManager.default.fileExists(atPath: catalog) {
            throw ValidationError("--catalog \(catalog): no such file")
        }
    }

    /// - Parameter dataRoots: folders data may be read from besides `--data-root`'s (a build's project).
    func makeRenderer(transparent: Bool = false, dataRoots extraRoots: [URL] = []) throws -> Renderer {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath, isDirectory: true)
        let fonts =
            fontDirectories.isEmpty ? nil : fontDirectories.map { URL(fileURLWithPath: $0, relativeTo: cwd) }
        return try Renderer(
            options: RenderOptions(
                fontDirectories: fonts,
                dataRoots: dataRoots.map { URL(fileURLWithPath: $0, relativeTo: cwd) } + extraRoots,
                transparentBackground: transparent,
                catalogs: catalogs.map { URL(fileURLWithPath: $0, relativeTo: cwd).standardizedFileURL },
                cacheDirectory: cacheDirectory.map { URL(fileURLWithPath: $0, relativeTo: cwd) },
                offline: offline, downloadTimeout: timeout))
    }
}

/// Writes to standard error (diagnostics never go to standard output).
func printError(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
}

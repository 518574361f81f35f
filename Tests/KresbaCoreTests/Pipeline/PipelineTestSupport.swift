import Foundation
import Testing

@testable import KresbaCore

/// A folder tree in the temporary directory for loader and pipeline tests.
///
/// Tests remove it with `defer { tree.remove() }`: that also keeps it alive to the end of the test
/// (Swift may release an object right after its last use, which would delete the files too early).
final class TemporaryTree {
    /// The tree's root, with symlinks resolved (on some systems /tmp itself is a link).
    let root: URL

    init() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kresba-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        root = url.resolvingSymlinksInPath()
    }

    /// Deletes the tree.
    func remove() { try? FileManager.default.removeItem(at: root) }

    /// The URL of a path below the root.
    func url(_ path: String) -> URL { root.appendingPathComponent(path) }

    /// Writes a text file, creating its folders.
    @discardableResult
    func write(_ path: String, _ text: String) throws -> URL {
        let file = url(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(text.utf8).write(to: file)
        return file
    }

    /// Makes `path` a symbolic link to `destination` (absolute, or relative to the link's folder).
    func link(_ path: String, to destination: String) throws {
        let file = url(path)
        try FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: file.path, withDestinationPath: destination)
    }
}

enum PipelineTestSupport {
    static let okresyCSV = """
        kod,okres,obyvatel
        CZ0511,Česká Lípa,102998
        CZ0512,Jablonec nad Nisou,90198
        CZ0513,Liberec,175465
        CZ0514,Semily,73815
        """

    /// Runs the whole pipeline on a spec written in the test, as if saved at `folder/graf.yaml`.
    static func compile(_ yaml: String, in folder: URL, compiler: ChartCompiler = ChartCompiler())
        throws(KresbaError) -> ChartCompiler.Output
    {
        try compiler.compile(
            Array(yaml.utf8), file: "graf.yaml", baseURL: folder, measurer: FixedAdvanceMeasurer())
    }

    /// The messages compiling fails with, or an empty list when it succeeds.
    static func errors(_ yaml: String, in folder: URL, compiler: ChartCompiler = ChartCompiler()) -> [String]
    {
        do {
            _ = try compile(yaml, in: folder, compiler: compiler)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    /// A loader for a spec in `folder`.
    static func load(
        _ reference: DataReference, in folder: URL, roots: [URL] = [], catalogs: [URL] = [],
        downloads: DownloadCache? = nil
    ) throws(KresbaError) -> LoadedData {
        try DataLoader(baseURL: folder, allowedRoots: roots, catalogs: catalogs, downloads: downloads)
            .loadData(reference, specFile: "graf.yaml")
    }

    static func loadError(_ reference: DataReference, in folder: URL, roots: [URL] = [], catalogs: [URL] = [])
        -> String?
    {
        do {
            _ = try load(reference, in: folder, roots: roots, catalogs: catalogs)
            return nil
        } catch {
            return error.description
        }
    }

    static func file(_ path: String) -> DataReference {
        .file(path: path, hints: DataHints(), specPath: SpecPath(["data"]))
    }

    static func dataset(_ id: String, hints: DataHints = DataHints()) -> DataReference {
        .dataset(id: id, hints: hints, specPath: SpecPath(["data"]))
    }
}

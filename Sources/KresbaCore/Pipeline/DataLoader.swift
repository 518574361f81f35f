import Foundation

/// Stage ② of the pipeline: finds and reads the table a spec refers to.
///
/// Paths are relative to the spec's folder and confined to it and the folders the caller allows
/// (so a spec from elsewhere cannot read `../../etc/passwd`, directly or through a symlink).
package struct DataLoader: Sendable {
    /// The folder relative paths start from (the spec's folder).
    package var baseURL: URL
    /// Folders data may be read from, besides `baseURL`.
    package var allowedRoots: [URL]
    /// Files larger than this are refused before reading.
    package var maxBytes: Int = 50_000_000

    /// Creates a loader.
    package init(baseURL: URL, allowedRoots: [URL] = []) {
        self.baseURL = baseURL
        self.allowedRoots = allowedRoots
    }

    /// Loads the table for a spec's data reference.
    package func load(_ reference: DataReference, specFile: String) throws(KresbaError) -> DataTable {
        switch reference {
        case .values(let rows, _):
            return DataTable(records: rows, sourceName: "\(specFile) (inline values)")
        case .file(let path, let hints, let specPath):
            return try loadFile(path, hints: hints, specPath: specPath, specFile: specFile)
        }
    }

    private func loadFile(_ path: String, hints: DataHints, specPath: SpecPath, specFile: String)
        throws(KresbaError) -> DataTable
    {
        func fail(_ message: String) -> KresbaError {
            KresbaError(Diagnostic(.error, message, file: specFile, path: specPath))
        }
        if path.hasPrefix("http://") || path.hasPrefix("https://") {
            throw fail("data from URLs is not supported yet; download \"\(path)\" and name the file")
        }
        let url = URL(fileURLWithPath: path, relativeTo: baseURL).standardizedFileURL
        let resolved = url.resolvingSymlinksInPath()
        let roots = ([baseURL] + allowedRoots).map { $0.standardizedFileURL.resolvingSymlinksInPath().path }
        guard
            roots.contains(where: {
                resolved.path == $0 || resolved.path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/")
            })
        else {
            throw fail(
                "data file \"\(path)\" is outside the spec's folder and the allowed data folders; "
                    + "move it next to the spec or allow its folder with --data-root")
        }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isDirectory) else {
            var message = "data file \"\(path)\" does not exist"
            let folder = resolved.deletingLastPathComponent()
            if let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path),
                let hint = Suggestion.closest(to: resolved.lastPathComponent, in: names.sorted())
            {
                let folderPart = (path as NSString).deletingLastPathComponent
                message += "; did you mean \"\(folderPart.isEmpty ? hint : folderPart + "/" + hint)\"?"
            }
            throw fail(message)
        }
        guard !isDirectory.boolValue else { throw fail("data path \"\(path)\" is a folder, not a file") }
        let size = (try? FileManager.default.attributesOfItem(atPath: resolved.path)[.size] as? Int) ?? 0
        guard size <= maxBytes else {
            throw fail(
                "data file \"\(path)\" is \(size / 1_000_000) MB; the limit is \(maxBytes / 1_000_000) MB")
        }
        guard let data = FileManager.default.contents(atPath: resolved.path) else {
            throw fail("cannot read data file \"\(path)\"")
        }
        let bytes = [UInt8](data)
        let format = hints.format ?? formatFromExtension(resolved.pathExtension)
        do {
            switch format {
            case "json":
                return try JSONRecordsReader.read(bytes, sourceName: path, path: hints.property)
            default:
                var options = CSVOptions()
                options.delimiter = hints.delimiter ?? (format == "tsv" ? "\t" : nil)
                options.decimal = hints.decimal
                options.encoding = hints.encoding.flatMap(TextEncoding.init(name:))
                options.fieldTypes = Dictionary(hints.types, uniquingKeysWith: { _, last in last })
                options.maxBytes = maxBytes
                return try CSVReader.read(bytes, sourceName: path, options: options)
            }
        } catch {
            throw KresbaError(
                Diagnostic(
                    .error, error.message + (error.suggestion.map { "; \($0)" } ?? ""), file: specFile,
                    path: specPath, dataLocation: error.location.description))
        }
    }

    private func formatFromExtension(_ ext: String) -> String {
        switch ext.lowercased() {
        case "json": "json"
        case "tsv", "tab": "tsv"
        default: "csv"
        }
    }
}

import Foundation

extension DataLoader {
    /// The catalogs a spec sees, nearest first: `datasets.yaml` (`.yml`, `.json`) beside the spec,
    /// then in its `data/` folder, then the caller's catalog files.
    func catalogFiles() -> [URL] {
        var seen: Set<String> = []
        return (DatasetCatalog.nearby(baseURL) + catalogs).filter {
            seen.insert($0.standardizedFileURL.resolvingSymlinksInPath().path).inserted
        }
    }

    /// The entry for `id` in the first catalog that has it.
    /// - Throws: when there is no catalog, a catalog has problems, or no catalog knows the id
    ///   (with the closest id suggested).
    func findDataset(_ id: String, specFile: String, specPath: SpecPath) throws(KresbaError) -> DatasetEntry {
        func fail(_ message: String) -> KresbaError {
            KresbaError(Diagnostic(.error, message, file: specFile, path: specPath.appending("dataset")))
        }
        let files = catalogFiles()
        guard !files.isEmpty else {
            throw fail(
                "no dataset catalog for \"\(id)\": put datasets.yaml beside the spec or in its data/ folder, "
                    + "or name a catalog with --catalog")
        }
        var ids: [String] = []
        var names: [String] = []
        for file in files {
            let name = catalogName(file)
            let isCallers = isCallersCatalog(file)
            if !isCallers && !isAllowed(file) {
                throw fail(
                    "the dataset catalog \(name) is a link to outside the spec's folder and the data folders")
            }
            inputs.read(file: file)
            let catalog = try DatasetCatalog.load(file, name: name)
            if let entry = catalog.entry(id) { return entry }
            ids += catalog.entries.map(\.id)
            names.append(name)
        }
        var message = "unknown dataset \"\(id)\""
        if let hint = Suggestion.closest(to: id, in: ids) { message += "; did you mean \"\(hint)\"?" }
        message += " (datasets in \(names.joined(separator: ", ")): \(ids.joined(separator: ", ")))"
        throw fail(message)
    }

    /// Whether the caller named this catalog (rather than it lying beside the spec).
    func isCallersCatalog(_ file: URL) -> Bool {
        catalogs.contains { $0.standardizedFileURL.path == file.standardizedFileURL.path }
    }

    /// A catalog's name in messages: its path from the spec's folder, or the full path.
    func catalogName(_ file: URL) -> String {
        let base = baseURL.standardizedFileURL.path
        let full = file.standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }

    /// Whether a file lies below the spec's folder or an allowed folder once symlinks are resolved.
    func isAllowed(_ file: URL, extraRoots: [URL] = []) -> Bool {
        let resolved = file.standardizedFileURL.resolvingSymlinksInPath().path
        return ([baseURL] + allowedRoots + extraRoots).contains { root in
            let r = root.standardizedFileURL.resolvingSymlinksInPath().path
            return resolved == r || resolved.hasPrefix(r.hasSuffix("/") ? r : r + "/")
        }
    }
}

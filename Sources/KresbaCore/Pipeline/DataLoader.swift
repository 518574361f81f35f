import Foundation

/// A table with what is known about where it came from.
package struct LoadedData: Sendable {
    /// The rows.
    package var table: DataTable
    /// The catalog entry, when the reference named a dataset.
    package var dataset: DatasetEntry?
    /// Survivable problems met while loading (an old cached copy used because the server was down).
    package var warnings: [Diagnostic]
}

/// Stage ② of the pipeline: finds and reads the table a spec refers to.
///
/// A reference is a path relative to the spec, an http(s) URL (downloaded through the
/// ``DownloadCache``), a dataset id from a catalog file, or inline values. Local paths are confined
/// to the spec's folder and the folders the caller allows (so a spec from elsewhere cannot read
/// `../../etc/passwd`, directly or through a symlink).
package struct DataLoader: Sendable {
    /// The folder relative paths start from (the spec's folder).
    package var baseURL: URL
    /// Folders data may be read from, besides `baseURL`.
    package var allowedRoots: [URL]
    /// Files larger than this are refused before reading.
    package var maxBytes: Int = 50_000_000
    /// Catalog files the caller names; a catalog beside the spec is looked up first. Data a
    /// caller's catalog names may also be read from the catalog's own folder.
    package var catalogs: [URL]
    /// Fetches http(s) data; `nil` refuses URLs.
    package var downloads: DownloadCache?
    /// Geometry parsed earlier in the same render (shared by the loaders of one compile).
    package var geoLayers = GeoLayerMemo()
    /// Where the files and URLs read are recorded (shared by the loaders of one compile).
    package var inputs = InputLog()

    /// Creates a loader.
    package init(
        baseURL: URL, allowedRoots: [URL] = [], catalogs: [URL] = [], downloads: DownloadCache? = nil
    ) {
        self.baseURL = baseURL
        self.allowedRoots = allowedRoots
        self.catalogs = catalogs
        self.downloads = downloads
    }

    /// Loads the table for a spec's data reference.
    package func load(_ reference: DataReference, specFile: String) throws(KresbaError) -> DataTable {
        try loadData(reference, specFile: specFile).table
    }

    /// Loads the table for a data reference, with its catalog entry and any warnings.
    package func loadData(_ reference: DataReference, specFile: String) throws(KresbaError) -> LoadedData {
        switch reference {
        case .values(let rows, _):
            let table = DataTable(records: rows, sourceName: "\(specFile) (inline values)")
            return LoadedData(table: table, dataset: nil, warnings: [])
        case .file(let path, let hints, let specPath):
            let place = Place(
                specFile: specFile, specPath: specPath, base: baseURL, extraRoots: [], label: nil)
            return try loadLocation(path, hints: hints, place: place, dataset: nil)
        case .dataset(let id, let hints, let specPath):
            let entry = try findDataset(id, specFile: specFile, specPath: specPath)
            let folder = entry.catalogURL.deletingLastPathComponent()
            let callerCatalog = isCallersCatalog(entry.catalogURL)
            let place = Place(
                specFile: specFile, specPath: specPath, base: folder,
                extraRoots: callerCatalog ? [folder] : [],
                label: "dataset \"\(id)\" of \(entry.catalogName)")
            return try loadLocation(
                entry.url, hints: entry.hints.overridden(by: hints), place: place, dataset: entry)
        }
    }

    /// Where a reference was written and what it is relative to.
    struct Place {
        var specFile: String
        var specPath: SpecPath
        /// The folder a relative path starts from (the spec's or the catalog's).
        var base: URL
        /// More folders that may be read (a caller's catalog folder).
        var extraRoots: [URL]
        /// Says which dataset a message is about.
        var label: String?

        func error(_ message: String) -> KresbaError {
            KresbaError(
                Diagnostic(
                    .error, label.map { "\($0): \(message)" } ?? message, file: specFile, path: specPath))
        }
    }

    private func loadLocation(_ location: String, hints: DataHints, place: Place, dataset: DatasetEntry?)
        throws(KresbaError) -> LoadedData
    {
        let lower = location.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            return try loadRemote(location, hints: hints, place: place, dataset: dataset)
        }
        if let scheme = location.split(separator: ":", maxSplits: 1).first, location.contains("://") {
            throw place.error(
                "cannot read \"\(location)\": only files and http(s) URLs are supported, not \(scheme):")
        }
        let (bytes, resolved, name) = try readFile(location, place: place)
        let table = try parse(
            bytes, name: name, format: hints.format ?? Self.format(ofPath: resolved.path), hints: hints,
            place: place)
        return LoadedData(table: table, dataset: dataset, warnings: [])
    }

    private func loadRemote(_ location: String, hints: DataHints, place: Place, dataset: DatasetEntry?)
        throws(KresbaError) -> LoadedData
    {
        guard let url = URL(string: location), url.host != nil else {
            throw place.error("cannot read the URL \"\(location)\"")
        }
        guard let downloads else {
            throw place.error(
                "data from URLs is not enabled here; download \"\(location)\" and name the file")
        }
        let download: DownloadCache.Download
        do {
            inputs.read(url: url.absoluteString)
            download = try downloads.fetch(url)
        } catch {
            throw place.error(error.message)
        }
        let format = hints.format ?? Self.format(ofPath: url.path, contentType: download.contentType)
        let table = try parse(download.bytes, name: location, format: format, hints: hints, place: place)
        let warnings = download.warning.map {
            [Diagnostic(.warning, $0, file: place.specFile, path: place.specPath)]
        }
        return LoadedData(table: table, dataset: dataset, warnings: warnings ?? [])
    }

    /// Reads a local file after checking it lies below an allowed folder (symlinks resolved).
    /// - Returns: the bytes, the resolved file, and its name for messages.
    private func readFile(_ path: String, place: Place) throws(KresbaError) -> ([UInt8], URL, String) {
        let (resolved, name) = try resolveFile(path, place: place)
        return (try readBytes(resolved, path: path, place: place), resolved, name)
    }

    /// The bytes of the resolved file `path` names.
    private func readBytes(_ resolved: URL, path: String, place: Place) throws(KresbaError) -> [UInt8] {
        inputs.read(file: resolved)
        switch FileBytes.contents(of: resolved.path, maxBytes: maxBytes) {
        case .success(let bytes):
            return bytes
        case .failure(.tooLarge(let size)):
            throw place.error(
                "data file \"\(path)\" is \(size / 1_000_000) MB; the limit is \(maxBytes / 1_000_000) MB")
        case .failure(.unreadable):
            throw place.error("cannot read data file \"\(path)\"")
        }
    }

    /// The file `path` names, checked to be an allowed, existing file, and its name in messages.
    private func resolveFile(_ path: String, place: Place) throws(KresbaError) -> (URL, String) {
        // The base must read as a folder, or relative resolution would replace its last component.
        let base = URL(fileURLWithPath: place.base.path, isDirectory: true)
        let url = URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL
        let resolved = url.resolvingSymlinksInPath()
        guard isAllowed(url, extraRoots: place.extraRoots) else {
            throw place.error(
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
            throw place.error(message)
        }
        guard !isDirectory.boolValue else {
            throw place.error("data path \"\(path)\" is a folder, not a file")
        }
        return (resolved, displayName(path, resolved: url, place: place))
    }

    /// The name data messages use: as the spec wrote it, or for a catalog's file its path from the
    /// spec's folder (`data/okresy.csv`), so the user can find it.
    private func displayName(_ path: String, resolved: URL, place: Place) -> String {
        guard place.label != nil else { return path }
        let base = baseURL.standardizedFileURL.path
        let full = resolved.standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return full.hasPrefix(prefix) ? String(full.dropFirst(prefix.count)) : full
    }

    private func parse(_ bytes: [UInt8], name: String, format: String, hints: DataHints, place: Place)
        throws(KresbaError) -> DataTable
    {
        do {
            switch format {
            case "geojson":
                // A geometry file as the table: one row per feature with its properties.
                return try geoLayers.layer(name + "\u{0}", bytes: bytes) { () throws(DataError) in
                    try GeoReader.read(bytes, sourceName: name)
                }.layer.properties
            case "json" where Self.looksLikeGeometry(bytes):
                return try geoLayers.layer(name + "\u{0}", bytes: bytes) { () throws(DataError) in
                    try GeoReader.read(bytes, sourceName: name)
                }.layer.properties
            case "json":
                return try JSONRecordsReader.read(bytes, sourceName: name, path: hints.property)
            default:
                var options = CSVOptions()
                options.delimiter = hints.delimiter ?? (format == "tsv" ? "\t" : nil)
                options.decimal = hints.decimal
                options.encoding = hints.encoding.flatMap(TextEncoding.init(name:))
                options.fieldTypes = Dictionary(hints.types, uniquingKeysWith: { _, last in last })
                options.maxBytes = maxBytes
                return try CSVReader.read(bytes, sourceName: name, options: options)
            }
        } catch {
            throw KresbaError(
                Diagnostic(
                    .error, error.message + (error.suggestion.map { "; \($0)" } ?? ""), file: place.specFile,
                    path: place.specPath, dataLocation: error.location.description))
        }
    }

    /// Whether JSON bytes start like GeoJSON or TopoJSON (a `type` naming a collection or topology
    /// near the top), so a `.json` geometry file can be the data of a map.
    static func looksLikeGeometry(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(400), as: UTF8.self)
        return head.contains("\"FeatureCollection\"") || head.contains("\"Topology\"")
    }

    /// Reads a GeoJSON or TopoJSON file a map names (`geo: {url, object}`), with the same folder
    /// rules as data files.
    package func loadGeo(_ path: String, object: String?, specFile: String, specPath: SpecPath)
        throws(KresbaError) -> LoadedGeoLayer
    {
        let place = Place(specFile: specFile, specPath: specPath, base: baseURL, extraRoots: [], label: nil)
        let bytes: [UInt8]
        let name: String
        let lower = path.lowercased()
        if lower.hasPrefix("http://") || lower.hasPrefix("https://") {
            guard let url = URL(string: path), url.host != nil else {
                throw place.error("cannot read the URL \"\(path)\"")
            }
            guard let downloads else {
                throw place.error(
                    "data from URLs is not enabled here; download \"\(path)\" and name the file")
            }
            do {
                inputs.read(url: url.absoluteString)
                bytes = try downloads.fetch(url).bytes
            } catch {
                throw place.error(error.message)
            }
            name = path
        } else {
            // A map whose data file is its geometry: the table was read from the same file moments
            // ago in this render, so it is neither read nor compared again.
            let resolved: URL
            (resolved, name) = try resolveFile(path, place: place)
            if let layer = geoLayers.known(name + "\u{0}" + (object ?? "")) { return layer }
            bytes = try readBytes(resolved, path: path, place: place)
        }
        do {
            return try geoLayers.layer(name + "\u{0}" + (object ?? ""), bytes: bytes) {
                () throws(DataError) in
                try GeoReader.read(bytes, sourceName: name, object: object)
            }
        } catch {
            throw KresbaError(
                Diagnostic(
                    .error, error.message + (error.suggestion.map { "; \($0)" } ?? ""), file: specFile,
                    path: specPath, dataLocation: error.location.description))
        }
    }

    /// The format from a file extension, else from a server's content type; CSV when neither says.
    static func format(ofPath path: String, contentType: String? = nil) -> String {
        switch (path as NSString).pathExtension.lowercased() {
        case "geojson", "topojson": return "geojson"
        case "json": return "json"
        case "tsv", "tab": return "tsv"
        case "csv", "txt": return "csv"
        default: break
        }
        let type = contentType?.lowercased() ?? ""
        if type.contains("json") { return "json" }
        if type.contains("tab-separated") { return "tsv" }
        return "csv"
    }
}

import Foundation

/// A dataset named in a catalog file, so specs can write `data: {dataset: covid-okresy}` and a
/// portal keeps the location, reading hints and attribution of its data in one place.
package struct DatasetEntry: Sendable, Equatable {
    /// The id specs use.
    package var id: String
    /// A path relative to the catalog file, or an http(s) URL.
    package var url: String
    /// How to read the file; a spec's own hints override these.
    package var hints: DataHints
    /// A human name of the dataset.
    package var title: String?
    /// What the data are.
    package var description: String?
    /// Attribution ("ČSÚ"); fills the chart's source line when the spec gives none.
    package var source: String?
    /// The licence the data are published under ("CC BY 4.0").
    package var licence: String?
    /// The date the data refer to or were published, as written.
    package var date: String?
    /// The catalog file.
    package var catalogURL: URL
    /// The catalog's name in messages.
    package var catalogName: String
}

/// A catalog file: `datasets.yaml` (or `.yml`, `.json`) mapping ids to datasets.
///
/// ```yaml
/// covid-okresy-mesicne:
///   url: covid/lbk_okresy_covid_mesicne.csv     # relative to this file, or https://…
///   title: Nové případy covidu-19 po měsících
///   source: MZČR
///   licence: CC BY 4.0
///   date: 2021-06-13
/// okresy: okresy.csv                            # just the location
/// ```
package struct DatasetCatalog: Sendable, Equatable {
    /// The file names looked for beside a spec and in its `data/` folder.
    package static let fileNames = ["datasets.yaml", "datasets.yml", "datasets.json"]
    /// Keys of an entry besides the reading hints.
    static let describingKeys = ["url", "title", "description", "source", "licence", "date"]

    /// The catalog file.
    package var url: URL
    /// The entries in file order.
    package var entries: [DatasetEntry]

    /// The entry with this id.
    package func entry(_ id: String) -> DatasetEntry? {
        entries.first { $0.id == id }
    }

    /// The catalog files a spec in `folder` sees, nearest first: beside the spec, then in its
    /// `data/` folder (where the data usually are). Only existing files are returned.
    package static func nearby(_ folder: URL) -> [URL] {
        let places = [folder, folder.appendingPathComponent("data", isDirectory: true)]
        return places.flatMap { place in fileNames.map { place.appendingPathComponent($0) } }
            .filter { FileManager.default.fileExists(atPath: $0.path) }
    }

    /// Reads a catalog file.
    /// - Parameters:
    ///   - url: the file.
    ///   - name: the file's name in messages (relative to the spec when it is beside it).
    /// - Throws: ``KresbaError`` with every problem in the file.
    package static func load(_ url: URL, name: String) throws(KresbaError) -> DatasetCatalog {
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw KresbaError(Diagnostic(.error, "cannot read the dataset catalog", file: name))
        }
        return try read([UInt8](data), url: url, name: name)
    }

    /// Reads a catalog from its bytes.
    package static func read(_ bytes: [UInt8], url: URL, name: String) throws(KresbaError) -> DatasetCatalog {
        let root = try SpecParser.parse(bytes, file: name)
        let reader = SpecReader(file: name)
        guard case .object(let members) = root.value else {
            throw KresbaError(
                Diagnostic(
                    .error,
                    "expected an object of dataset ids, e.g. {okresy: {url: okresy.csv, source: ČSÚ}}",
                    file: name, path: .root, position: root.position))
        }
        var entries: [DatasetEntry] = []
        let keys = describingKeys + ChartSpec.dataHintKeys
        for member in members where member.key != "$schema" {
            let path = SpecPath([member.key])
            var entry = DatasetEntry(
                id: member.key, url: "", hints: DataHints(), catalogURL: url, catalogName: name)
            if case .string(let location) = member.value.value {
                entry.url = location
                entries.append(entry)
                continue
            }
            guard let object = reader.object(member.value, at: path, keys: keys) else { continue }
            guard let location = object.string("url") else {
                if !object.has("url") {
                    reader.error(
                        "missing key \"url\": the file (relative to the catalog) or an http(s) URL", at: path,
                        member.value.position)
                }
                continue
            }
            entry.url = location
            entry.hints = ChartSpec.readHints(object)
            entry.title = object.string("title")
            entry.description = object.string("description")
            entry.source = object.string("source")
            entry.licence = object.string("licence")
            entry.date = object.string("date")
            entries.append(entry)
        }
        if reader.hasErrors { throw KresbaError(Diagnostic.inReadingOrder(reader.diagnostics)) }
        return DatasetCatalog(url: url, entries: entries)
    }
}

extension DataHints {
    /// These hints with every one that `other` gives replacing ours; declared types are merged,
    /// `other`'s winning for the same field.
    package func overridden(by other: DataHints) -> DataHints {
        var result = self
        result.delimiter = other.delimiter ?? delimiter
        result.decimal = other.decimal ?? decimal
        result.encoding = other.encoding ?? encoding
        result.format = other.format ?? format
        result.property = other.property ?? property
        let names = Set(other.types.map(\.0))
        result.types = types.filter { !names.contains($0.0) } + other.types
        return result
    }
}

import Foundation
import KresbaScene

/// Reading a ``ChartSpec`` from a parsed document, reporting every problem with its pointer.
extension ChartSpec {
    /// Keys every chart type accepts.
    static let commonKeys = [
        "$schema", "type", "title", "subtitle", "description", "source", "notes", "locale", "size", "theme",
        "data", "transform",
    ]
    /// The chart types: each names its own keys and reads them into a ``ChartKind``.
    /// Adding a chart type means adding a row here (and a case to ``ChartKind``).
    static let chartTypes: [ChartType] = [
        ChartType(name: "bar", keys: barKeys, read: { readBar($0).map(ChartKind.bar) }),
        ChartType(name: "line", keys: lineKeys, read: { readLine($0).map(ChartKind.line) }),
        ChartType(
            name: "pictogram", keys: pictogramKeys, read: { readPictogram($0).map(ChartKind.pictogram) }),
    ]
    /// Chart types announced in the docs but not implemented yet.
    static let plannedTypes = ["choropleth"]

    /// One chart type's name, keys and reader.
    struct ChartType: Sendable {
        var name: String
        var keys: [String]
        var read: @Sendable (SpecObject) -> ChartKind?
    }

    /// Reads a spec, or throws every problem found.
    /// - Parameters:
    ///   - root: the parsed document.
    ///   - file: the spec's name for messages.
    /// - Returns: the spec and any warnings.
    package static func read(_ root: SpecNode, file: String) throws(KresbaError) -> (ChartSpec, [Diagnostic])
    {
        let reader = SpecReader(file: file)
        let spec = read(root, reader: reader)
        guard let spec, !reader.hasErrors else {
            throw KresbaError(Diagnostic.inReadingOrder(reader.diagnostics))
        }
        return (spec, reader.diagnostics)
    }

    private static func read(_ root: SpecNode, reader: SpecReader) -> ChartSpec? {
        // Learn the type first so unknown keys are judged against the right list.
        let names = chartTypes.map(\.name)
        var chartType: ChartType?
        if case .object(let members) = root.value,
            let typeNode = members.first(where: { $0.key == "type" })?.value
        {
            let path = SpecPath(["type"])
            if case .string(let t) = typeNode.value {
                chartType = chartTypes.first { $0.name == t }
                if chartType == nil && plannedTypes.contains(t) {
                    reader.error(
                        "chart type \"\(t)\" is not available yet in this version (available: "
                            + "\(names.joined(separator: ", ")))", at: path, typeNode.position)
                } else if chartType == nil {
                    var message = "unknown value \"\(t)\""
                    if let hint = Suggestion.closest(to: t, in: names + plannedTypes) {
                        message += "; did you mean \"\(hint)\"?"
                    }
                    reader.error(
                        message + " (expected one of: \(names.joined(separator: ", ")))", at: path,
                        typeNode.position)
                }
            } else {
                reader.error(
                    "expected a chart type (\(names.joined(separator: ", "))), found \(typeNode.kindDescription)",
                    at: path, typeNode.position)
            }
        } else if case .object = root.value {
            reader.error(
                "missing key \"type\" (expected one of: \(names.joined(separator: ", ")))", at: .root,
                root.position)
        }
        // An unusable type still gets its keys checked, against the union of all types' keys.
        let keys = commonKeys + (chartType?.keys ?? chartTypes.flatMap(\.keys).uniqued())
        guard let object = reader.object(root, at: .root, keys: keys) else { return nil }

        var locale = ChartLocale.cs
        if let id = object.string("locale") {
            if let l = ChartLocale.named(id) {
                locale = l
            } else if let n = object.node("locale") {
                object.reportBadChoice(id, key: "locale", options: ["cs", "en"], node: n)
            }
        }
        var theme = Theme.default
        if let name = object.string("theme"), let n = object.node("theme") {
            if let t = Theme.builtIn.first(where: { $0.name == name }) {
                theme = t
            } else {
                object.reportBadChoice(name, key: "theme", options: Theme.builtIn.map(\.name), node: n)
            }
        }
        let size = readSize(object)
        let data = readData(object)
        let transforms = TransformReader.read(object)
        let kind = chartType?.read(object)
        let notes = object.strings("notes") ?? []
        if object.node("data") == nil {
            reader.error(
                "missing key \"data\": name a data file or give inline values", at: .root, root.position)
        }
        guard let kind else { return nil }
        return ChartSpec(
            file: reader.file, title: object.string("title"), subtitle: object.string("subtitle"),
            description: object.string("description"), source: object.string("source"), notes: notes,
            locale: locale, size: size, theme: theme, data: data, kind: kind, transforms: transforms)
    }

    // MARK: - Size

    /// `size: {width: 800, height: 500}`, `size: 800x500`, or lengths with units: `{width: 170mm, height: 110mm}`.
    private static func readSize(_ object: SpecObject) -> ChartSize {
        guard let node = object.node("size") else { return .default }
        if case .string(let s) = node.value {
            let parts = s.lowercased().split(separator: "x", maxSplits: 1).map(String.init)
            if parts.count == 2, let w = Length.parse(parts[0]), let h = Length.parse(parts[1]) {
                return validated(ChartSize(width: w, height: h), object: object, node: node)
            }
            object.reader.error(
                "cannot read size \"\(s)\"; write it as 800x500, 170mmx110mm or {width: 800, height: 500}",
                at: object.path("size"), node.position)
            return .default
        }
        guard let size = object.object("size", keys: ["width", "height"]) else { return .default }
        func length(_ key: String, _ fallback: Double) -> Double {
            guard let n = size.node(key) else {
                object.reader.error("missing key \"\(key)\"", at: size.path, size.node.position)
                return fallback
            }
            switch n.value {
            case .number(let d): return d
            case .string(let s):
                if let d = Length.parse(s) { return d }
                object.reader.error(
                    "cannot read length \"\(s)\"; use a number of pixels or a unit: px, mm, cm, in, pt",
                    at: size.path(key), n.position)
                return fallback
            default:
                size.mismatch(key, expected: "a length", found: n)
                return fallback
            }
        }
        let result = ChartSize(
            width: length("width", ChartSize.default.width),
            height: length("height", ChartSize.default.height))
        return validated(result, object: object, node: node)
    }

    private static func validated(_ size: ChartSize, object: SpecObject, node: SpecNode) -> ChartSize {
        let limits = 100.0...10_000.0
        if !limits.contains(size.width) || !limits.contains(size.height) {
            object.reader.error(
                "size \(Int(size.width))x\(Int(size.height)) px is out of range; each side must be 100 to 10000 px",
                at: object.path("size"), node.position)
            return .default
        }
        return size
    }

    // MARK: - Data

    /// Keys that say how to read a file, shared by the spec's `data` and catalog entries.
    static let dataHintKeys = ["format", "delimiter", "decimal", "encoding", "property", "types"]
    private static let dataKeys = ["url", "dataset", "values"] + dataHintKeys

    /// Reads `data` of `object`: the spec's root, or the `from` of a lookup transform.
    static func readData(_ object: SpecObject) -> DataReference? {
        guard let node = object.node("data") else { return nil }
        let path = object.path("data")
        if case .string(let file) = node.value {
            return .file(path: file, hints: DataHints(), specPath: path)
        }
        guard let data = object.object("data", keys: dataKeys) else { return nil }
        let given = ["url", "dataset", "values"].filter(data.has)
        if given.count > 1 {
            object.reader.error(
                "give one of \"url\", \"dataset\" or \"values\", not \(given.joined(separator: " and "))",
                at: path,
                node.position)
        }
        if let values = data.node("values") {
            return readInlineValues(values, path: data.path("values"), reader: object.reader)
        }
        if data.has("dataset") {
            guard let id = data.string("dataset") else { return nil }
            return .dataset(id: id, hints: readHints(data), specPath: path)
        }
        guard let url = data.string("url") else {
            object.reader.error(
                "missing key \"url\", \"dataset\" or \"values\": name a data file, a dataset of the "
                    + "catalog, or give inline rows", at: path, node.position)
            return nil
        }
        return .file(path: url, hints: readHints(data), specPath: path)
    }

    /// The reading hints of a `data` object or catalog entry.
    static func readHints(_ data: SpecObject) -> DataHints {
        var hints = DataHints()
        hints.format = data.string("format")
        if let f = hints.format, !["csv", "tsv", "json"].contains(f), let n = data.node("format") {
            data.reportBadChoice(f, key: "format", options: ["csv", "tsv", "json"], node: n)
        }
        hints.delimiter = singleCharacter(data, "delimiter", allowed: [",", ";", "\t", "|"])
        hints.decimal = singleCharacter(data, "decimal", allowed: [",", "."])
        if let e = data.string("encoding"), let n = data.node("encoding") {
            let known = ["utf-8", "windows-1250", "iso-8859-2"]
            if known.contains(e.lowercased()) {
                hints.encoding = e.lowercased()
            } else {
                data.reportBadChoice(e, key: "encoding", options: known, node: n)
            }
        }
        hints.property = data.string("property")
        if let typesNode = data.node("types"), case .object(let members) = typesNode.value {
            for member in members {
                guard case .string(let t) = member.value.value, let type = FieldType(rawValue: t) else {
                    data.reader.error(
                        "unknown field type; expected one of: number, integer, text, boolean, date",
                        at: data.path("types").appending(member.key), member.value.position)
                    continue
                }
                hints.types.append((member.key, type))
            }
        } else if let typesNode = data.node("types") {
            data.mismatch("types", expected: "an object of field: type", found: typesNode)
        }
        return hints
    }

    private static func singleCharacter(_ object: SpecObject, _ key: String, allowed: [String]) -> Character?
    {
        guard var s = object.string(key), let n = object.node(key) else { return nil }
        if s == "\\t" || s == "tab" { s = "\t" }
        guard allowed.contains(s), let c = s.first else {
            object.reportBadChoice(s, key: key, options: allowed.map { $0 == "\t" ? "tab" : $0 }, node: n)
            return nil
        }
        return c
    }

    private static func readInlineValues(_ node: SpecNode, path: SpecPath, reader: SpecReader)
        -> DataReference?
    {
        guard case .array(let items) = node.value else {
            reader.error("expected a list of rows, found \(node.kindDescription)", at: path, node.position)
            return nil
        }
        var rows: [[(String, DataValue)]] = []
        for (i, item) in items.enumerated() {
            guard case .object(let members) = item.value else {
                reader.error(
                    "expected a row object like {okres: Liberec, obyvatel: 175000}, found \(item.kindDescription)",
                    at: path.appending(i), item.position)
                continue
            }
            var row: [(String, DataValue)] = []
            for m in members {
                switch m.value.value {
                case .number(let d): row.append((m.key, .number(d)))
                case .string(let s): row.append((m.key, .text(s)))
                case .bool(let b): row.append((m.key, .bool(b)))
                case .null: row.append((m.key, .missing))
                default:
                    reader.error(
                        "expected a number, text, true/false or null, found \(m.value.kindDescription)",
                        at: path.appending(i).appending(m.key), m.value.position)
                }
            }
            rows.append(row)
        }
        if items.isEmpty { reader.error("the list of rows is empty", at: path, node.position) }
        return .values(rows, specPath: path)
    }
}

/// Lengths with units, converted to CSS pixels (96 per inch).
enum Length {
    /// Parses "800", "800px", "170mm", "17cm", "6.5in" or "480pt".
    static func parse(_ text: String) -> Double? {
        let s = text.trimmingCharacters(in: .whitespaces).lowercased()
        let units: [(String, Double)] = [
            ("px", 1), ("mm", 96 / 25.4), ("cm", 96 / 2.54), ("in", 96), ("pt", 96 / 72),
        ]
        for (unit, factor) in units where s.hasSuffix(unit) {
            return Double(s.dropLast(unit.count).trimmingCharacters(in: .whitespaces)).map { $0 * factor }
        }
        return Double(s)
    }
}

/// Reads a spec's `transform` list into ``TransformStep``s, reporting every problem with its pointer.
///
/// Each list item is an object whose kind is the one key from ``TransformOperation/kinds`` it holds
/// (`{filter: …}`, `{aggregate: […], groupby: […]}`); its other keys are that kind's options, checked
/// like every other key of a spec. Fields are only checked against the data when the transforms run.
enum TransformReader {
    /// The keys each kind accepts beside its own name.
    static let optionKeys: [String: [String]] = [
        "filter": [], "sort": [], "aggregate": ["groupby"], "fold": ["as"],
        "pivot": ["value", "groupby", "op"],
        "calculate": ["field", "fields", "per", "minus", "from", "scale", "as"],
        "share": ["as", "groupby"], "top": ["by", "category", "other", "groupby"], "lookup": ["from", "as"],
    ]

    /// Reads `transform` from the spec's root object; an absent key is an empty list.
    static func read(_ root: SpecObject) -> [TransformStep] {
        guard let node = root.node("transform") else { return [] }
        let path = root.path("transform")
        guard case .array(let items) = node.value else {
            root.mismatch("transform", expected: "a list of transforms", found: node)
            return []
        }
        return items.enumerated().compactMap { i, item in
            readStep(item, path: path.appending(i), reader: root.reader)
        }
    }

    private static func readStep(_ node: SpecNode, path: SpecPath, reader: SpecReader) -> TransformStep? {
        let kinds = TransformOperation.kinds
        guard case .object(let members) = node.value else {
            reader.error(
                "expected a transform such as {filter: {field: okres, equal: Liberec}}, found "
                    + node.kindDescription, at: path, node.position)
            return nil
        }
        let named = members.map(\.key).filter { kinds.contains($0) }
        guard let kind = named.first else {
            var message = "a transform needs one of the keys: \(kinds.joined(separator: ", "))"
            if let key = members.first?.key, let hint = Suggestion.closest(to: key, in: kinds) {
                message =
                    "unknown transform \"\(key)\"; did you mean \"\(hint)\"? (transforms: "
                    + "\(kinds.joined(separator: ", ")))"
            }
            reader.error(message, at: path, node.position)
            return nil
        }
        if named.count > 1 {
            reader.error(
                "one transform per list item: found both \"\(named[0])\" and \"\(named[1])\"; "
                    + "write them as two items", at: path, node.position)
            return nil
        }
        guard let object = reader.object(node, at: path, keys: [kind] + (optionKeys[kind] ?? [])) else {
            return nil
        }
        let operation: TransformOperation?
        switch kind {
        case "filter": operation = readFilter(object).map(TransformOperation.filter)
        case "sort": operation = readSort(object).map(TransformOperation.sort)
        case "aggregate": operation = readAggregate(object).map(TransformOperation.aggregate)
        case "fold": operation = readFold(object).map(TransformOperation.fold)
        case "pivot": operation = readPivot(object).map(TransformOperation.pivot)
        case "calculate": operation = readCalculate(object).map(TransformOperation.calculate)
        case "share": operation = readShare(object).map(TransformOperation.share)
        case "top": operation = readTop(object).map(TransformOperation.top)
        default: operation = readLookup(object).map(TransformOperation.lookup)
        }
        return operation.map { TransformStep(operation: $0, path: path, position: node.position) }
    }

    // MARK: - Shared pieces

    /// A field name under `key`; reports a missing one when `required`.
    static func field(_ object: SpecObject, _ key: String, required: Bool = true, what: String = "a field")
        -> FieldRef?
    {
        guard let node = object.node(key) else {
            if required {
                object.reader.error(
                    "missing key \"\(key)\" (\(what))", at: object.path, object.node.position)
            }
            return nil
        }
        guard let name = object.string(key) else { return nil }
        return FieldRef(name: name, path: object.path(key), position: node.position)
    }

    /// A list of field names under `key`; a single name is a list of one.
    static func fields(_ object: SpecObject, _ key: String) -> [FieldRef]? {
        guard let node = object.node(key) else { return nil }
        if case .array(let items) = node.value {
            var refs: [FieldRef] = []
            for (i, item) in items.enumerated() {
                guard let name = scalarText(item) else {
                    object.reader.error(
                        "expected a field name, found \(item.kindDescription)",
                        at: object.path(key).appending(i), item.position)
                    continue
                }
                refs.append(
                    FieldRef(name: name, path: object.path(key).appending(i), position: item.position))
            }
            return refs
        }
        guard let name = object.string(key) else { return nil }
        return [FieldRef(name: name, path: object.path(key), position: node.position)]
    }

    /// A new field's name under `key`, required.
    static func newName(_ object: SpecObject, _ key: String = "as") -> String? {
        guard object.has(key) else {
            object.reader.error(
                "missing key \"\(key)\": name the new field", at: object.path, object.node.position)
            return nil
        }
        guard let name = object.string(key) else { return nil }
        if name.isEmpty {
            object.reader.error(
                "the new field needs a name", at: object.path(key), object.node(key)?.position)
            return nil
        }
        return name
    }

    /// Text for a scalar; numbers are written as in the data (`2020`, `1.5`).
    static func scalarText(_ node: SpecNode) -> String? {
        switch node.value {
        case .string(let s): s
        case .number(let d): DataTable.text(of: d)
        default: nil
        }
    }

    /// A spec scalar as a data value, for comparisons.
    static func scalarValue(_ node: SpecNode) -> DataValue? {
        switch node.value {
        case .string(let s): .text(s)
        case .number(let d): .number(d)
        case .bool(let b): .bool(b)
        default: nil
        }
    }

    // MARK: - Sort

    private static func readSort(_ object: SpecObject) -> [SortKey]? {
        guard let node = object.node("sort") else { return nil }
        let path = object.path("sort")
        func key(_ node: SpecNode, _ path: SpecPath) -> SortKey? {
            if let name = scalarText(node) {
                return SortKey(
                    field: FieldRef(name: name, path: path, position: node.position), descending: false)
            }
            guard let key = object.reader.object(node, at: path, keys: ["field", "order"]) else { return nil }
            guard let field = field(key, "field") else { return nil }
            var descending = false
            if let order = key.string("order"), let orderNode = key.node("order") {
                switch order {
                case "ascending": descending = false
                case "descending": descending = true
                default:
                    key.reportBadChoice(
                        order, key: "order", options: ["ascending", "descending"], node: orderNode)
                }
            }
            return SortKey(field: field, descending: descending)
        }
        if case .array(let items) = node.value {
            if items.isEmpty {
                object.reader.error("the list of sort fields is empty", at: path, node.position)
            }
            return items.enumerated().compactMap { i, item in key(item, path.appending(i)) }
        }
        return key(node, path).map { [$0] }
    }
}

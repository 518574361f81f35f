/// Reading of each transform kind's options.
extension TransformReader {
    /// Words people bring from SQL, pandas or spreadsheets, mapped to the op Kresba spells.
    static let opHints = ["avg": "mean", "average": "mean", "total": "sum", "n": "count", "size": "count"]

    // MARK: - Filter

    static func readFilter(_ object: SpecObject) -> FilterPredicate? {
        guard let node = object.node("filter") else { return nil }
        return predicate(node, path: object.path("filter"), reader: object.reader)
    }

    private static func predicate(_ node: SpecNode, path: SpecPath, reader: SpecReader) -> FilterPredicate? {
        let tests = FilterTest.Kind.allCases.map(\.rawValue)
        guard let object = reader.object(node, at: path, keys: ["field"] + tests + ["not"]) else {
            return nil
        }
        if let inner = object.node("not") {
            if object.members.count > 1 {
                reader.error(
                    "write \"not\" alone, around the condition: {not: {field: kraj, equal: Praha}}", at: path,
                    node.position)
                return nil
            }
            return predicate(inner, path: object.path("not"), reader: reader).map(FilterPredicate.not)
        }
        let field = field(object, "field")
        var found: [FilterTest] = []
        for kind in FilterTest.Kind.allCases {
            guard let n = object.node(kind.rawValue) else { continue }
            let at = object.path(kind.rawValue)
            var values: [DataValue] = []
            switch kind {
            case .valid:
                guard let b = object.bool(kind.rawValue) else { continue }
                values = [.bool(b)]
            case .range, .oneOf:
                let items: [SpecNode]
                if case .array(let list) = n.value { items = list } else { items = [n] }
                for (i, item) in items.enumerated() {
                    guard let v = scalarValue(item) else {
                        reader.error(
                            "expected a number or text, found \(item.kindDescription)", at: at.appending(i),
                            item.position)
                        continue
                    }
                    values.append(v)
                }
                if kind == .range && items.count != 2 {
                    reader.error("expected [min, max], two values", at: at, n.position)
                    continue
                }
                if kind == .oneOf && items.isEmpty {
                    reader.error("the list of values is empty", at: at, n.position)
                    continue
                }
            default:
                guard let v = scalarValue(n) else {
                    object.mismatch(kind.rawValue, expected: "a number or text", found: n)
                    continue
                }
                values = [v]
            }
            found.append(FilterTest(kind: kind, values: values, path: at, position: n.position))
        }
        // Only when nothing else explains it: a misspelt comparison is already an unknown key.
        let known = ["field"] + tests
        if found.isEmpty && !tests.contains(where: object.has)
            && object.members.allSatisfy({ known.contains($0.key) })
        {
            reader.error(
                "missing a comparison: \(tests.joined(separator: ", ")) (e.g. {field: okres, equal: Liberec})",
                at: path, node.position)
        }
        guard let field, !found.isEmpty else { return nil }
        return .field(field, found)
    }

    // MARK: - Aggregate

    static func readAggregate(_ object: SpecObject) -> AggregateSpec? {
        guard let node = object.node("aggregate") else { return nil }
        let path = object.path("aggregate")
        let items: [SpecNode]
        var single = false  // one measure may be written without the list
        switch node.value {
        case .array(let list): items = list
        case .object:
            items = [node]
            single = true
        default:
            object.mismatch("aggregate", expected: "a list like [{op: sum, field: pocet}]", found: node)
            return nil
        }
        if items.isEmpty { object.reader.error("the list of aggregates is empty", at: path, node.position) }
        var measures: [AggregateSpec.Measure] = []
        for (i, item) in items.enumerated() {
            let at = single ? path : path.appending(i)
            guard let m = object.reader.object(item, at: at, keys: ["op", "field", "as"]) else { continue }
            guard let op = op(m, required: true) else { continue }
            let field = field(m, "field", required: op != .count, what: "the field to \(op.rawValue)")
            if op != .count && field == nil { continue }
            let name = m.string("as") ?? field?.name ?? "count"
            measures.append(
                AggregateSpec.Measure(op: op, field: field, name: name, path: at, position: item.position))
        }
        guard measures.count == items.count, !items.isEmpty else { return nil }
        return AggregateSpec(measures: measures, groupby: fields(object, "groupby") ?? [])
    }

    /// An aggregate op under `op`, with hints for other tools' words.
    private static func op(_ object: SpecObject, required: Bool) -> AggregateSpec.Op? {
        guard let node = object.node("op") else {
            if required {
                object.reader.error(
                    "missing key \"op\" (\(AggregateSpec.Op.allCases.map(\.rawValue).joined(separator: ", ")))",
                    at: object.path, object.node.position)
            }
            return nil
        }
        if case .string(let s) = node.value, let hint = opHints[s.lowercased()] {
            object.reader.error(
                "unknown value \"\(s)\"; did you mean \"\(hint)\"? (expected one of: "
                    + "\(AggregateSpec.Op.allCases.map(\.rawValue).joined(separator: ", ")))",
                at: object.path("op"), node.position)
            return nil
        }
        return object.choice("op", AggregateSpec.Op.self)
    }

    // MARK: - Fold and pivot

    static func readFold(_ object: SpecObject) -> FoldSpec? {
        guard let fields = fields(object, "fold") else { return nil }
        if fields.isEmpty {
            object.reader.error("the list of fields to fold is empty", at: object.path("fold"), nil)
            return nil
        }
        var names = ["key", "value"]
        if let asNode = object.node("as") {
            let given = object.strings("as") ?? []
            guard given.count == 2 else {
                object.reader.error(
                    "expected two names, [key, value]: the field for the old field names and the one for "
                        + "their values", at: object.path("as"), asNode.position)
                return nil
            }
            names = given
        }
        return FoldSpec(fields: fields, keyName: names[0], valueName: names[1])
    }

    static func readPivot(_ object: SpecObject) -> PivotSpec? {
        let pivot = field(object, "pivot")
        let value = field(object, "value", what: "the field whose values fill the new fields")
        let groupby = fields(object, "groupby")
        let op = object.has("op") ? op(object, required: false) : nil
        guard let pivot, let value else { return nil }
        return PivotSpec(pivot: pivot, value: value, groupby: groupby, op: op)
    }

    // MARK: - Derived fields

    static func readCalculate(_ object: SpecObject) -> CalculateSpec? {
        guard let op = object.choice("calculate", CalculateSpec.Op.self) else { return nil }
        let operandKeys: [CalculateSpec.Op: [String]] = [
            .per: ["field", "per"], .sum: ["fields"], .difference: ["field", "minus"],
            .change: ["field", "from"],
        ]
        let wanted = operandKeys[op] ?? []
        for key in ["field", "fields", "per", "minus", "from"] where object.has(key) && !wanted.contains(key)
        {
            object.reader.error(
                "\"\(key)\" does not apply to calculate: \(op.rawValue) (it takes "
                    + "\((wanted + ["scale", "as"]).joined(separator: ", ")))", at: object.path(key),
                object.node(key)?.position)
        }
        var operands: [FieldRef] = []
        var complete = true
        for key in wanted {
            if key == "fields" {
                let list = fields(object, "fields") ?? []
                if list.isEmpty {
                    object.reader.error(
                        "missing key \"fields\" (the fields to add up)", at: object.path, object.node.position
                    )
                    complete = false
                }
                operands += list
            } else if let f = field(object, key) {
                operands.append(f)
            } else {
                complete = false
            }
        }
        let scale = object.number("scale") ?? 1
        let name = newName(object)
        guard complete, let name else { return nil }
        return CalculateSpec(op: op, operands: operands, scale: scale, name: name)
    }

    static func readShare(_ object: SpecObject) -> ShareSpec? {
        let field = field(object, "share")
        let name = newName(object)
        guard let field, let name else { return nil }
        return ShareSpec(field: field, name: name, groupby: fields(object, "groupby") ?? [])
    }

    static func readTop(_ object: SpecObject) -> TopSpec? {
        var count: Int?
        if let n = object.number("top", in: 1...100_000) {
            if n == n.rounded() {
                count = Int(n)
            } else {
                object.reader.error(
                    "expected a whole number of categories", at: object.path("top"),
                    object.node("top")?.position)
            }
        }
        let by = field(object, "by", what: "the numeric field that ranks the categories")
        let category = field(object, "category", what: "the field whose values are ranked")
        var other: String?
        if let n = object.node("other") {
            switch n.value {
            case .bool(let b): other = b ? nil : ""
            default: other = object.string("other")
            }
        }
        guard let count, let by, let category else { return nil }
        return TopSpec(
            count: count, by: by, category: category, otherLabel: other,
            groupby: fields(object, "groupby") ?? [])
    }

    // MARK: - Lookup

    static func readLookup(_ object: SpecObject) -> LookupSpec? {
        let key = field(object, "lookup")
        guard object.has("from") else {
            object.reader.error(
                "missing key \"from\": the table to look up, as {data: file, key: field, fields: [...]}",
                at: object.path, object.node.position)
            return nil
        }
        guard let from = object.object("from", keys: ["data", "key", "fields"]) else { return nil }
        if !from.has("data") {
            object.reader.error(
                "missing key \"data\": the other table, a file, {dataset: id} or inline values",
                at: from.path,
                from.node.position)
        }
        let data = ChartSpec.readData(from)
        let otherKey = field(from, "key", required: false)
        let fields = fields(from, "fields")
        var names: [String]?
        if let asNode = object.node("as") {
            names = object.strings("as")
            if fields == nil {
                object.reader.error(
                    "\"as\" renames the fields listed in from.fields; list them there first",
                    at: object.path("as"),
                    asNode.position)
            } else if let names, let fields, names.count != fields.count {
                object.reader.error(
                    "expected \(fields.count) name(s), one per field in from.fields, found \(names.count)",
                    at: object.path("as"), asNode.position)
            }
        }
        guard let key, let data else { return nil }
        return LookupSpec(
            key: key, data: data,
            otherKey: otherKey ?? FieldRef(name: key.name, path: key.path, position: key.position),
            fields: fields, names: names)
    }
}

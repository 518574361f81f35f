/// `lookup`: adds fields from another table to each row whose key matches (a left join).
///
/// Keys are compared as text, exactly: `"0513"` and `"513"` are different codes on purpose, because
/// Czech codes (okres, ORP, obec) carry meaningful leading zeros and a file that lost them should be
/// noticed, not silently matched. Rows without a match keep the new fields empty, and their keys are
/// listed in a warning.
enum LookupTransform {
    static func apply(_ spec: LookupSpec, other: DataTable, _ context: TransformContext) -> DataTable? {
        let key = context.field(spec.key)
        let otherKey = context.field(spec.otherKey, in: other)
        var taken: [DataField] = []
        if let refs = spec.fields {
            let found = refs.map { context.field($0, in: other) }
            guard found.allSatisfy({ $0 != nil }) else { return nil }
            taken = found.compactMap { $0 }
        } else if let otherKey {
            taken = other.fields.filter { $0.name != otherKey.name }
        }
        guard let key, let otherKey else { return nil }
        let names = spec.names ?? taken.map(\.name)
        guard names.count == taken.count else { return nil }
        for (i, name) in names.enumerated() where context.table.field(named: name) != nil {
            let at = spec.names != nil ? "as" : "lookup"
            context.error(
                "the field \"\(name)\" of \(other.sourceName) is already in the chart's data; "
                    + (spec.fields == nil
                        ? "list the fields to take in from.fields"
                        : "rename it with as: [...] (item \(i + 1))"),
                key: at)
            return nil
        }

        var index: [String: Int] = [:]
        var repeats: [String] = []
        for row in 0..<other.rowCount {
            guard let k = otherKey.values[row].keyText else { continue }
            if index[k] == nil {
                index[k] = row
            } else if !repeats.contains(k) {
                repeats.append(k)
            }
        }
        if !repeats.isEmpty {
            context.warning(
                "\(repeats.count) key(s) of \"\(otherKey.name)\" appear more than once in \(other.sourceName): "
                    + "\(TransformContext.list(repeats)); the first row of each is used", key: "from")
        }

        let matches = key.values.map { v in v.keyText.flatMap { index[$0] } }
        var unmatched: [String] = []
        var seen: Set<String> = []
        for (row, match) in matches.enumerated() where match == nil {
            let text = key.values[row].keyText ?? ""
            if seen.insert(text).inserted { unmatched.append(text) }
        }
        if !unmatched.isEmpty {
            var message =
                "\(unmatched.count) key(s) of \"\(key.name)\" have no match in \"\(otherKey.name)\" of "
                + "\(other.sourceName) (keys are compared as text, so \"0513\" and \"513\" differ): "
                + TransformContext.list(unmatched)
            if key.type.isNumeric != otherKey.type.isNumeric {
                let numeric = key.type.isNumeric ? key.name : otherKey.name
                message +=
                    "; \"\(numeric)\" was read as numbers, which drops leading zeros: read it as text with "
                    + "types: {\(numeric): text}"
            }
            context.reader.warning(message, at: spec.key.path, spec.key.position)
        }

        var table = context.table
        for (field, name) in zip(taken, names) {
            let values = matches.map { m in m.map { field.values[$0] } ?? .missing }
            table.fields.append(DataField(name: name, type: field.type, values: values))
        }
        return table
    }
}

/// `aggregate`: one row per group of `groupby` values (groups in first-seen order), with the group
/// fields first and then one field per measure.
enum AggregateTransform {
    static func apply(_ spec: AggregateSpec, _ context: TransformContext) -> DataTable? {
        let groupFields = context.fields(spec.groupby)
        var inputs: [DataField?] = []
        var ok = groupFields != nil
        for m in spec.measures {
            guard let ref = m.field else {
                inputs.append(nil)
                continue
            }
            let f = m.op == .count ? context.field(ref) : context.numericField(ref, for: m.op.rawValue)
            if f == nil { ok = false }
            inputs.append(f)
        }
        var names = Set(spec.groupby.map(\.name))
        for m in spec.measures where !names.insert(m.name).inserted {
            context.reader.error(
                "the field \"\(m.name)\" would be made twice; give this one another name with \"as\"",
                at: m.path,
                m.position)
            ok = false
        }
        guard ok, let groupFields else { return nil }

        let groups = RowGroups(rowCount: context.table.rowCount, by: groupFields).groups
        var fields = groupFields.map { f in
            DataField(name: f.name, type: f.type, values: groups.map { f.values[$0[0]] })
        }
        for (m, input) in zip(spec.measures, inputs) {
            let values = groups.map { rows -> Double? in
                guard let input else { return Double(rows.count) }
                if m.op == .count { return Double(rows.count { !input.values[$0].isMissing }) }
                return reduce(m.op, rows.compactMap { input.values[$0].numberValue })
            }
            fields.append(DataTable.numericField(m.name, values))
        }
        return context.table.replacing(fields: fields, rowCount: groups.count)
    }

    /// Reduces the numbers of one group; missing values were left out before, and a group with no
    /// numbers has no value (rather than a sum of 0 that would draw as a real zero).
    static func reduce(_ op: AggregateSpec.Op, _ numbers: [Double]) -> Double? {
        if op == .count { return Double(numbers.count) }
        guard !numbers.isEmpty else { return nil }
        switch op {
        case .sum: return numbers.reduce(0, +)
        case .mean: return numbers.reduce(0, +) / Double(numbers.count)
        case .median:
            let sorted = numbers.sorted()
            let mid = sorted.count / 2
            return sorted.count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
        case .min: return numbers.min()
        case .max: return numbers.max()
        case .count: return Double(numbers.count)
        }
    }
}

/// `fold` (wide to long) and `pivot` (long to wide).
enum ReshapeTransform {
    /// Every row becomes one row per folded field: the other fields repeated, the folded field's
    /// name under the key field and its value under the value field.
    static func fold(_ spec: FoldSpec, _ context: TransformContext) -> DataTable? {
        guard let folded = context.fields(spec.fields) else { return nil }
        let foldedNames = Set(folded.map(\.name))
        let kept = context.table.fields.filter { !foldedNames.contains($0.name) }
        for name in [spec.keyName, spec.valueName] where kept.contains(where: { $0.name == name }) {
            context.error(
                "the field \"\(name)\" already exists; choose other names with as: [key, value]", key: "as")
            return nil
        }
        if spec.keyName == spec.valueName {
            context.error("the key and value fields need different names", key: "as")
            return nil
        }
        let n = context.table.rowCount
        let rowCount = n * folded.count
        var fields = kept.map { f in
            DataField(
                name: f.name, type: f.type,
                values: (0..<rowCount).map { f.values[$0 / folded.count] })
        }
        fields.append(
            DataField(
                name: spec.keyName, type: .text,
                values: (0..<rowCount).map { .text(folded[$0 % folded.count].name) }))
        let values = (0..<rowCount).map { folded[$0 % folded.count].values[$0 / folded.count] }
        let types = Set(folded.map(\.type.rawValue))
        if folded.allSatisfy(\.type.isNumeric) {
            fields.append(DataTable.numericField(spec.valueName, values.map(\.numberValue)))
        } else if types.count == 1, let type = folded.first?.type {
            fields.append(DataField(name: spec.valueName, type: type, values: values))
        } else {
            // Mixed kinds (numbers with text): text keeps every value as written.
            let texts = values.map { v in v.keyText.map(DataValue.text) ?? .missing }
            fields.append(DataField(name: spec.valueName, type: .text, values: texts))
        }
        return context.table.replacing(fields: fields, rowCount: rowCount)
    }

    /// One row per combination of the `groupby` values, with one new field per value of the pivot
    /// field (first-seen order) holding the value field's numbers.
    static func pivot(_ spec: PivotSpec, _ context: TransformContext) -> DataTable? {
        let pivot = context.field(spec.pivot)
        let value = context.field(spec.value)
        let explicit = spec.groupby.map { context.fields($0) }
        guard let pivot, let value, explicit.map({ $0 != nil }) ?? true else { return nil }
        let groupFields =
            explicit.flatMap { $0 }
            ?? context.table.fields.filter { $0.name != pivot.name && $0.name != value.name }
        if spec.op != nil && !value.type.isNumeric {
            context.reader.error(
                "field \"\(value.name)\" holds \(TransformContext.describe(value.type)); op needs numbers",
                at: spec.value.path, spec.value.position)
            return nil
        }
        var columns: [String] = []
        var columnIndex: [String: Int] = [:]
        var skipped = 0
        for row in 0..<context.table.rowCount {
            guard let name = pivot.values[row].keyText else {
                skipped += 1
                continue
            }
            if columnIndex[name] == nil {
                columnIndex[name] = columns.count
                columns.append(name)
            }
        }
        if let clash = columns.first(where: { name in groupFields.contains { $0.name == name } }) {
            context.error(
                "the value \"\(clash)\" of \"\(pivot.name)\" would become a field, but that field already exists; "
                    + "filter or rename first", key: "pivot")
            return nil
        }
        let groups = RowGroups(rowCount: context.table.rowCount, by: groupFields).groups
        var cells = Array(
            repeating: Array(repeating: [DataValue](), count: columns.count), count: groups.count)
        for (g, rows) in groups.enumerated() {
            for row in rows {
                guard let name = pivot.values[row].keyText, let c = columnIndex[name] else { continue }
                if !value.values[row].isMissing { cells[g][c].append(value.values[row]) }
            }
        }
        let repeated = cells.reduce(0) { $0 + $1.reduce(0) { $0 + max(0, $1.count - 1) } }
        if repeated > 0 && spec.op == nil {
            let combination = (groupFields.map(\.name) + [pivot.name]).joined(separator: ", ")
            context.warning(
                "\(repeated) row(s) repeat a combination of \(combination); "
                    + (value.type.isNumeric
                        ? "their values were added up (set op to choose how)" : "the first value was kept"))
        }
        if skipped > 0 {
            context.warning("\(skipped) row(s) have no \"\(pivot.name)\" and were left out", key: "pivot")
        }
        var fields = groupFields.map { f in
            DataField(name: f.name, type: f.type, values: groups.map { f.values[$0[0]] })
        }
        for (c, name) in columns.enumerated() {
            if value.type.isNumeric {
                let op = spec.op ?? .sum
                fields.append(
                    DataTable.numericField(
                        name, cells.map { AggregateTransform.reduce(op, $0[c].compactMap(\.numberValue)) }))
            } else {
                fields.append(
                    DataField(name: name, type: value.type, values: cells.map { $0[c].first ?? .missing }))
            }
        }
        return context.table.replacing(fields: fields, rowCount: groups.count)
    }
}

/// Derived fields: `calculate` works within a row, `share` against a column total.
///
/// Either writes a new field, or replaces the field of the same name where it stands. A row with a
/// missing operand, or a division by zero, gets no value rather than a made-up one.
enum DeriveTransform {
    static func calculate(_ spec: CalculateSpec, _ context: TransformContext) -> DataTable? {
        let purpose = "calculate: \(spec.op.rawValue)"
        let found = spec.operands.map { context.numericField($0, for: purpose) }
        let operands = found.compactMap { $0 }
        guard operands.count == spec.operands.count else { return nil }
        var divisionsByZero = 0
        let values = (0..<context.table.rowCount).map { row -> Double? in
            let numbers = operands.map { $0.values[row].numberValue }
            guard numbers.allSatisfy({ $0 != nil }) else { return nil }
            let x = numbers.compactMap { $0 }
            let result: Double?
            switch spec.op {
            case .sum: result = x.reduce(0, +)
            case .difference: result = x[0] - x[1]
            case .per, .change:
                if x[1] == 0 {
                    divisionsByZero += 1
                    result = nil
                } else {
                    result = spec.op == .per ? x[0] / x[1] : (x[0] - x[1]) / x[1]
                }
            }
            return result.map { $0 * spec.scale }
        }
        if divisionsByZero > 0, spec.operands.count > 1 {
            let divisor = spec.operands[1]
            context.reader.warning(
                "\(divisionsByZero) row(s) have \"\(divisor.name)\" = 0 and get no value of \"\(spec.name)\"",
                at: divisor.path, divisor.position)
        }
        return context.table.setting(DataTable.numericField(spec.name, values))
    }

    /// Each value divided by the total of its field (within its `groupby` group): a fraction from 0
    /// to 1, which the number format `0.0 %` shows as a percentage.
    static func share(_ spec: ShareSpec, _ context: TransformContext) -> DataTable? {
        let field = context.numericField(spec.field, for: "share")
        let groupFields = context.fields(spec.groupby)
        guard let field, let groupFields else { return nil }
        var values = [Double?](repeating: nil, count: context.table.rowCount)
        var zeroTotals = 0
        for rows in RowGroups(rowCount: context.table.rowCount, by: groupFields).groups {
            let total = rows.reduce(0.0) { $0 + (field.values[$1].numberValue ?? 0) }
            guard total != 0 else {
                zeroTotals += 1
                continue
            }
            for row in rows { values[row] = field.values[row].numberValue.map { $0 / total } }
        }
        if zeroTotals > 0 {
            context.warning(
                groupFields.isEmpty
                    ? "the total of \"\(field.name)\" is 0, so there are no shares"
                    : "\(zeroTotals) group(s) have a total of 0 and get no share")
        }
        return context.table.setting(DataTable.numericField(spec.name, values))
    }
}

/// `top`: keeps the `count` categories with the largest totals of `by`, largest first, and adds up
/// the rest into one row labelled "ostatní" ("other"), or one per `groupby` combination.
enum TopTransform {
    static func apply(_ spec: TopSpec, _ context: TransformContext) -> DataTable? {
        let by = context.numericField(spec.by, for: "top")
        let category = context.field(spec.category)
        let groupFields = context.fields(spec.groupby)
        guard let by, let category, let groupFields else { return nil }
        if let clash = spec.groupby.first(where: { $0.name == category.name || $0.name == by.name }) {
            context.reader.error(
                "\"\(clash.name)\" is already the ranked or the ranking field; groupby names series fields",
                at: clash.path, clash.position)
            return nil
        }
        let table = context.table
        let categories = RowGroups(rowCount: table.rowCount, by: [category]).groups
        let totals = categories.map { rows in rows.reduce(0.0) { $0 + (by.values[$1].numberValue ?? 0) } }
        // Ties keep first-seen order, so the result does not depend on the sort algorithm.
        let ranked = categories.indices.sorted {
            totals[$0] != totals[$1] ? totals[$0] > totals[$1] : $0 < $1
        }
        let kept = ranked.prefix(spec.count).flatMap { categories[$0] }
        let rest = ranked.dropFirst(spec.count).flatMap { categories[$0] }.sorted()
        var result = table.selectingRows(kept)
        let label = spec.remainderLabel(locale: context.locale)
        guard !rest.isEmpty, !label.isEmpty else { return result }

        let groupNames = Set(groupFields.map(\.name))
        let restGroups = RowGroups(
            rowCount: rest.count,
            by: groupFields.map { f in
                DataField(name: f.name, type: f.type, values: rest.map { f.values[$0] })
            }
        ).groups.map { $0.map { rest[$0] } }
        var fields: [DataField] = []
        for f in result.fields {
            var values = f.values
            var type = f.type
            for rows in restGroups {
                if f.name == category.name {
                    values.append(.text(label))
                } else if groupNames.contains(f.name) {
                    values.append(table.field(named: f.name)?.values[rows[0]] ?? .missing)
                } else if f.type.isNumeric, let source = table.field(named: f.name) {
                    let numbers = rows.compactMap { source.values[$0].numberValue }
                    values.append(numbers.isEmpty ? .missing : .number(numbers.reduce(0, +)))
                } else {
                    values.append(.missing)
                }
            }
            if f.name == category.name && f.type != .text {
                // A numeric category (a year) becomes text so it can hold the label.
                type = .text
                values = values.map { v in v.keyText.map(DataValue.text) ?? .missing }
            }
            if f.type.isNumeric && f.name != category.name {
                fields.append(DataTable.numericField(f.name, values.map(\.numberValue)))
            } else {
                fields.append(DataField(name: f.name, type: type, values: values))
            }
        }
        result.fields = fields
        result.rowCount += restGroups.count
        result.rowLines = []
        return result
    }
}

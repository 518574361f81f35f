/// The rows of a pictogram reduced to what is drawn: categories, their numbers and icons.
struct PictogramData {
    /// Category names in display order (empty strings when the spec names no category field).
    var categories: [String]
    /// The value of each category.
    var values: [Double]
    /// Each category's own total (`total: {field}`), or `nil`.
    var totals: [Double]?
    /// The icon of each category.
    var icons: [Icon]

    /// Resolves the spec's fields against the table, adds up repeated categories and sorts.
    /// - Throws: ``KresbaError`` for unknown fields, text where numbers belong and unknown icons.
    static func resolve(_ p: PictogramSpec, table: DataTable, reader: SpecReader) throws(KresbaError)
        -> PictogramData
    {
        func field(_ ref: FieldRef) -> DataField? { table.field(ref, reader: reader) }
        let valueField = field(p.value)
        let categoryField = p.category.flatMap(field)
        var iconField: DataField?
        if case .field(let ref) = p.icon { iconField = field(ref) }
        var totalField: DataField?
        if case .field(let ref) = p.total { totalField = field(ref) }
        guard let valueField, p.category == nil || categoryField != nil else {
            throw KresbaError(reader.diagnostics)
        }
        if reader.hasErrors { throw KresbaError(reader.diagnostics) }

        var order = FirstSeenOrder()
        var values: [Int: Double] = [:]
        var totals: [Int: Double] = [:]
        var iconNames: [Int: (String, Int)] = [:]
        var duplicates = 0
        for row in 0..<table.rowCount {
            let name = categoryField.map { $0.values[row].categoryText } ?? ""
            // Without a category field every row is its own (unnamed) category.
            let c = categoryField == nil ? order.index(of: "\u{0}\(row)") : order.index(of: name)
            guard let v = try number(valueField, row: row, ref: p.value, table: table, reader: reader) else {
                continue
            }
            if values[c] != nil { duplicates += 1 }
            values[c, default: 0] += v
            if let totalField, case .field(let ref) = p.total,
                let t = try number(totalField, row: row, ref: ref, table: table, reader: reader)
            {
                totals[c, default: 0] += t
            }
            if let iconField, iconNames[c] == nil { iconNames[c] = (iconField.values[row].categoryText, row) }
        }
        if duplicates > 0, let ref = p.category {
            reader.warning(
                "\(duplicates) row(s) repeat a category; their values were added up", at: ref.path,
                ref.position)
        }
        let names = categoryField == nil ? order.values.map { _ in "" } : order.values
        let kept = names.indices.filter { values[$0] != nil }
        if kept.isEmpty {
            reader.error("the data has no rows with a number to draw", at: p.value.path, p.value.position)
            throw KresbaError(reader.diagnostics)
        }
        let icons = kept.map { c in icon(for: p, name: iconNames[c], table: table, reader: reader) }
        if reader.hasErrors { throw KresbaError(reader.diagnostics) }
        var data = PictogramData(
            categories: kept.map { names[$0] }, values: kept.map { values[$0] ?? 0 },
            totals: totalField == nil ? nil : kept.map { totals[$0] ?? 0 }, icons: icons.compactMap { $0 })
        data.sort(p.sort, byShare: p.layout == .single && totalField != nil, reader: reader)
        return data
    }

    /// The number in `field` at `row`; missing values are skipped, negative ones and text are errors.
    private static func number(
        _ field: DataField, row: Int, ref: FieldRef, table: DataTable, reader: SpecReader
    ) throws(KresbaError) -> Double? {
        let line = row < table.rowLines.count ? " on line \(table.rowLines[row])" : " in row \(row + 1)"
        switch field.values[row] {
        case .number(let v) where v >= 0 && v.isFinite: return v
        case .number(let v):
            reader.error(
                "field \"\(field.name)\" has the negative value \(v)\(line) of \(table.sourceName); icons can only "
                    + "count amounts of zero or more", at: ref.path, ref.position)
            throw KresbaError(reader.diagnostics)
        case .missing: return nil
        case .text(let t):
            reader.error(
                "field \"\(field.name)\" must hold numbers, but \"\(t)\"\(line) of \(table.sourceName) is not a number",
                at: ref.path, ref.position)
            throw KresbaError(reader.diagnostics)
        case .bool, .date:
            reader.error(
                "field \"\(field.name)\" must hold numbers, but \(field.values[row].categoryText)\(line) of "
                    + "\(table.sourceName) is not a number",
                at: ref.path, ref.position)
            throw KresbaError(reader.diagnostics)
        }
    }

    /// The icon a category draws: the spec's icon, or the one its row names.
    private static func icon(
        for p: PictogramSpec, name: (String, Int)?, table: DataTable, reader: SpecReader
    ) -> Icon? {
        func lookup(_ n: String) -> Icon? { p.customIcons.first { $0.name == n } ?? BuiltInIcons.named(n) }
        switch p.icon {
        case .named(let n): return lookup(n)
        case .field(let ref):
            guard let (n, row) = name else { return BuiltInIcons.named("person") }
            if let icon = lookup(n) { return icon }
            let line = row < table.rowLines.count ? " on line \(table.rowLines[row])" : " in row \(row + 1)"
            let known = p.customIcons.map(\.name) + BuiltInIcons.names
            var message = "unknown icon \"\(n)\"\(line) of \(table.sourceName)"
            if let hint = Suggestion.closest(to: n, in: known) { message += "; did you mean \"\(hint)\"?" }
            message += " (icons: \(known.joined(separator: ", ")))"
            reader.error(message, at: ref.path, ref.position)
            return nil
        }
    }

    /// Sorts by value, or for icons filled to a share of their own totals, by that share.
    private mutating func sort(_ sort: SortOrder, byShare: Bool, reader: SpecReader) {
        let indices = Array(categories.indices)
        let values = byShare ? indices.map { self.values[$0] / max(totals?[$0] ?? 1, 1e-300) } : self.values
        let order: [Int]
        switch sort {
        case .data: return
        // Ties keep data order so that the output is the same on every run.
        case .descending:
            order = indices.sorted { values[$0] != values[$1] ? values[$0] > values[$1] : $0 < $1 }
        case .ascending:
            order = indices.sorted { values[$0] != values[$1] ? values[$0] < values[$1] : $0 < $1 }
        case .explicit(let list):
            let listed = list.compactMap { categories.firstIndex(of: $0) }.uniqued()
            for name in list where !categories.contains(name) {
                var message = "sort lists \"\(name)\", which is not a category"
                if let hint = Suggestion.closest(to: name, in: categories) {
                    message += "; did you mean \"\(hint)\"?"
                }
                reader.warning(message, at: SpecPath(["sort"]), nil)
            }
            order = listed + indices.filter { !listed.contains($0) }
        }
        categories = order.map { categories[$0] }
        self.values = order.map { self.values[$0] }
        totals = totals.map { t in order.map { t[$0] } }
        icons = order.map { icons[$0] }
    }
}

/// The rows of a bar chart reduced to what is drawn: categories × series → value.
struct BarData: Equatable {
    /// Bars run up (categories on x) or across (categories on y).
    enum Orientation: Equatable { case vertical, horizontal }

    /// Orientation derived from which channel holds the categories.
    var orientation: Orientation
    /// Categories in display order.
    var categories: [String]
    /// Series names in data order; one empty name when there is no series field.
    var series: [String]
    /// `values[category][series]`; `nil` where the data has no value.
    var values: [[Double?]]
    /// The channel of the categories.
    var categoryChannel: ChannelSpec
    /// The channel of the values.
    var valueChannel: ChannelSpec
    /// The category a `top` transform made of the rest ("ostatní"): drawn muted and kept last.
    var remainder: String? = nil

    /// Whether the chart has a series field.
    var hasSeries: Bool { series.count > 1 || series.first?.isEmpty == false }

    /// Resolves the spec's fields against the table and aggregates the rows.
    /// - Throws: ``KresbaError`` naming the spec pointer of an unknown or unusable field.
    /// `remainders` maps a field to the label a `top` transform gave the rest of its categories.
    static func resolve(
        _ bar: BarSpec, table: DataTable, locale: ChartLocale, remainders: [String: String] = [:],
        reader: SpecReader
    ) throws(KresbaError) -> BarData {
        func field(_ ref: FieldRef) -> DataField? { table.field(ref, reader: reader) }
        let xField = field(bar.x.field)
        let yField = field(bar.y.field)
        let colorField = bar.color?.field.flatMap { field($0) }
        guard let xField, let yField, bar.color?.field == nil || colorField != nil else {
            throw KresbaError(reader.diagnostics)
        }

        let orientation = try orientationOf(bar, xField: xField, yField: yField, reader: reader)
        let (categoryField, valueField, valueChannel) =
            orientation == .vertical ? (xField, yField, bar.y) : (yField, xField, bar.x)
        let categoryChannel = orientation == .vertical ? bar.x : bar.y

        var categoryOrder = FirstSeenOrder()
        var seriesOrder = FirstSeenOrder()
        var cells: [Int: [Int: Double]] = [:]
        var duplicates = 0
        var nonNumeric: (Int, String)?
        for row in 0..<table.rowCount {
            // Dates are named as a reader writes them ("leden 2024"), everything else as in the data.
            func display(_ value: DataValue) -> String {
                value.dateValue?.label(locale) ?? value.categoryText
            }
            let category = display(categoryField.values[row])
            let name = colorField.map { display($0.values[row]) } ?? ""
            let c = categoryOrder.index(of: category)
            let s = seriesOrder.index(of: name)
            switch valueField.values[row] {
            case .number(let v):
                if let old = cells[c]?[s] {
                    cells[c, default: [:]][s] = old + v
                    duplicates += 1
                } else {
                    cells[c, default: [:]][s] = v
                }
            case .text(let t):
                // In a column read as text, point at a value that is really not a number, not
                // at the first row (which made the whole column text only with the others).
                if nonNumeric == nil
                    && Double(
                        t.replacingOccurrences(of: ",", with: ".")
                            .filter { !$0.isWhitespace && $0 != "\u{A0}" }) == nil
                {
                    nonNumeric = (row, t)
                }
            case .date(let d):
                if nonNumeric == nil { nonNumeric = (row, d.description) }
            case .bool, .missing: break
            }
        }
        if nonNumeric == nil, valueField.type == .text,
            let row = valueField.values.firstIndex(where: { if case .text = $0 { true } else { false } }),
            case .text(let t) = valueField.values[row]
        {
            nonNumeric = (row, t)
        }
        if let (row, t) = nonNumeric {
            let line = row < table.rowLines.count ? " on line \(table.rowLines[row])" : ""
            reader.error(
                "field \"\(valueField.name)\" must hold numbers for the bar lengths, but \"\(t)\"\(line) of "
                    + "\(table.sourceName) is not a number", at: valueChannel.field.path,
                valueChannel.field.position)
            throw KresbaError(reader.diagnostics)
        }
        let categories = categoryOrder.values
        let series = seriesOrder.values
        if categories.isEmpty {
            reader.error(
                "the data has no rows to draw", at: valueChannel.field.path, valueChannel.field.position)
            throw KresbaError(reader.diagnostics)
        }
        if duplicates > 0 {
            reader.warning(
                "\(duplicates) row(s) repeat a category\(colorField == nil ? "" : " and series"); their values were added up",
                at: categoryChannel.field.path, categoryChannel.field.position)
        }
        var values = categories.indices.map { c in series.indices.map { s in cells[c]?[s] } }
        let remainder = remainders[categoryField.name].flatMap { categories.contains($0) ? $0 : nil }
        var order = sortedOrder(bar.sort, categories: categories, values: values, reader: reader)
        // The rest of a top N is no rank of its own: it stays below (after) the ranked bars however
        // they are sorted, unless the spec lists an order itself.
        if let remainder, bar.sort == .ascending || bar.sort == .descending {
            order =
                order.filter { categories[$0] != remainder } + order.filter { categories[$0] == remainder }
        }
        let sortedCategories = order.map { categories[$0] }
        values = order.map { values[$0] }
        return BarData(
            orientation: orientation, categories: sortedCategories, series: series, values: values,
            categoryChannel: categoryChannel, valueChannel: valueChannel, remainder: remainder)
    }

    /// The category channel is the one with text (nominal) data, or the one declared nominal.
    private static func orientationOf(
        _ bar: BarSpec, xField: DataField, yField: DataField, reader: SpecReader
    ) throws(KresbaError) -> Orientation {
        func isNumeric(_ f: DataField) -> Bool { f.type == .number || f.type == .integer }
        // For bars, ordered and time categories are categories too (one bar per year or month).
        if bar.x.type == .quantitative || bar.y.type.map({ $0 != .quantitative }) == true {
            return .horizontal
        }
        if bar.x.type.map({ $0 != .quantitative }) == true || bar.y.type == .quantitative { return .vertical }
        switch (isNumeric(xField), isNumeric(yField)) {
        case (false, true): return .vertical
        case (true, false): return .horizontal
        case (true, true): return .vertical  // e.g. years on x: categories by convention on x
        case (false, false):
            reader.error(
                "neither \"\(xField.name)\" nor \"\(yField.name)\" holds numbers; one of x and y must be the value "
                    + "(numeric) field", at: bar.y.field.path, bar.y.field.position)
            throw KresbaError(reader.diagnostics)
        }
    }

    private static func sortedOrder(
        _ sort: SortOrder, categories: [String], values: [[Double?]], reader: SpecReader
    ) -> [Int] {
        let totals = values.map { $0.reduce(0) { $0 + ($1 ?? 0) } }
        let indices = Array(categories.indices)
        switch sort {
        case .data: return indices
        // Ties keep data order: the sort must be stable for byte-identical output.
        case .descending:
            return indices.sorted { totals[$0] != totals[$1] ? totals[$0] > totals[$1] : $0 < $1 }
        case .ascending:
            return indices.sorted { totals[$0] != totals[$1] ? totals[$0] < totals[$1] : $0 < $1 }
        case .explicit(let list):
            let listed = list.compactMap { name in categories.firstIndex(of: name) }
            for name in list where !categories.contains(name) {
                var message = "sort lists \"\(name)\", which is not a category"
                if let hint = Suggestion.closest(to: name, in: categories) {
                    message += "; did you mean \"\(hint)\"?"
                }
                reader.warning(message, at: SpecPath(["sort"]), nil)
            }
            return listed + indices.filter { !listed.contains($0) }
        }
    }
}

/// Distinct values in the order they first appear, with their indices (for categories and
/// series, whose order must follow the data, never a hash).
struct FirstSeenOrder {
    private(set) var values: [String] = []
    private var indices: [String: Int] = [:]

    /// The index of `value`, appending it when new.
    mutating func index(of value: String) -> Int {
        if let i = indices[value] { return i }
        values.append(value)
        indices[value] = values.count - 1
        return values.count - 1
    }
}

import Foundation

/// The order of values for filters and sorts: numbers by value, text alphabetically in the chart's
/// language (Czech puts "Ch" after "H" and "Č" after "C"), `false` before `true`.
struct ValueOrder {
    private let locale: Locale

    init(_ chartLocale: ChartLocale) {
        locale = Locale(identifier: chartLocale.identifier == "cs" ? "cs_CZ" : "en_GB")
    }

    /// Compares two values of the same kind; `nil` when they cannot be ordered (different kinds,
    /// or a missing value).
    func compare(_ a: DataValue, _ b: DataValue) -> ComparisonResult? {
        if let x = a.numberValue, let y = b.numberValue {
            return x < y ? .orderedAscending : x > y ? .orderedDescending : .orderedSame
        }
        if let x = a.textValue, let y = b.textValue { return compareText(x, y) }
        if let x = a.dateValue, let y = b.dateValue {
            return x < y ? .orderedAscending : y < x ? .orderedDescending : .orderedSame
        }
        // A date in the data against a date written in the spec ("2020-10" is text there).
        if let x = a.dateValue, let t = b.textValue, let y = DateParsing.parse(t)?.date {
            return compare(.date(x), .date(y))
        }
        if let t = a.textValue, let x = DateParsing.parse(t)?.date, let y = b.dateValue {
            return compare(.date(x), .date(y))
        }
        if let x = a.boolValue, let y = b.boolValue {
            return x == y ? .orderedSame : (!x ? .orderedAscending : .orderedDescending)
        }
        return nil
    }

    func compareText(_ x: String, _ y: String) -> ComparisonResult {
        let r = x.compare(y, options: [], range: nil, locale: locale)
        // Collation may call different texts equal (case, some punctuation); fall back to code
        // points so the order is total and output does not depend on the input order.
        return r == .orderedSame && x != y ? (x < y ? .orderedAscending : .orderedDescending) : r
    }

    /// Ranks of the distinct texts of a column, so a sort compares integers instead of calling the
    /// collator for every pair of rows.
    func textRanks(_ values: [DataValue]) -> [String: Int] {
        let distinct = Set(values.compactMap(\.textValue))
        let sorted = distinct.sorted { compareText($0, $1) == .orderedAscending }
        return Dictionary(uniqueKeysWithValues: sorted.enumerated().map { ($1, $0) })
    }
}

/// `filter`: keeps the rows for which the predicate holds; missing values pass no comparison
/// (only `valid: false` keeps them).
enum FilterTransform {
    static func apply(_ predicate: FilterPredicate, _ context: TransformContext) -> DataTable? {
        let order = ValueOrder(context.locale)
        guard let test = compile(predicate, context, order) else { return nil }
        let rows = (0..<context.table.rowCount).filter(test)
        if rows.isEmpty && context.table.rowCount > 0 {
            context.warning("no row passes this filter")
        }
        return context.table.selectingRows(rows)
    }

    /// Checks the predicate against the table once, then returns a test per row.
    private static func compile(
        _ predicate: FilterPredicate, _ context: TransformContext, _ order: ValueOrder
    )
        -> ((Int) -> Bool)?
    {
        switch predicate {
        case .not(let inner):
            guard let test = compile(inner, context, order) else { return nil }
            return { !test($0) }
        case .field(let ref, let tests):
            guard let field = context.field(ref) else { return nil }
            guard tests.allSatisfy({ check($0, field: field, context) }) else { return nil }
            return { row in
                tests.allSatisfy { holds($0, value: field.values[row], order) }
            }
        }
    }

    /// Ordering comparisons need a value of the field's kind; equality compares any value as text.
    private static func check(_ test: FilterTest, field: DataField, _ context: TransformContext) -> Bool {
        switch test.kind {
        case .lt, .lte, .gt, .gte, .range:
            let numeric = field.type.isNumeric
            let isText = field.type == .text
            for value in test.values {
                if numeric && value.numberValue == nil {
                    context.reader.error(
                        "field \"\(field.name)\" holds numbers; compare it with a number, not \"\(value.keyText ?? "")\"",
                        at: test.path, test.position)
                    return false
                }
                if isText && value.textValue == nil {
                    context.reader.error(
                        "field \"\(field.name)\" holds text, which compares in alphabetical order; write the value "
                            + "as text (\"\(value.keyText ?? "")\") or read the field as a number with "
                            + "types: {\(field.name): number}", at: test.path, test.position)
                    return false
                }
                if field.type == .boolean {
                    context.reader.error(
                        "field \"\(field.name)\" holds \(TransformContext.describe(field.type)), which have no "
                            + "order; use equal or oneOf", at: test.path, test.position)
                    return false
                }
            }
            return true
        case .equal, .oneOf, .valid:
            return true
        }
    }

    private static func holds(_ test: FilterTest, value: DataValue, _ order: ValueOrder) -> Bool {
        if test.kind == .valid { return value.isMissing != (test.values.first?.boolValue ?? true) }
        if value.isMissing { return false }
        func compared(_ other: DataValue) -> ComparisonResult? { order.compare(value, other) }
        switch test.kind {
        case .equal: return same(value, test.values[0])
        case .oneOf: return test.values.contains { same(value, $0) }
        case .lt: return compared(test.values[0]) == .orderedAscending
        case .lte: return compared(test.values[0]).map { $0 != .orderedDescending } ?? false
        case .gt: return compared(test.values[0]) == .orderedDescending
        case .gte: return compared(test.values[0]).map { $0 != .orderedAscending } ?? false
        case .range:
            return (compared(test.values[0]).map { $0 != .orderedAscending } ?? false)
                && (compared(test.values[1]).map { $0 != .orderedDescending } ?? false)
        case .valid: return true
        }
    }

    /// Numbers equal by value (`2020` and `2020.0`); anything else by its text (`equal: 2020` finds
    /// the text "2020", and a code "0513" is not the number 513).
    static func same(_ a: DataValue, _ b: DataValue) -> Bool {
        if let x = a.numberValue, let y = b.numberValue { return x == y }
        // "2020-10" in the spec equals the month 2020-10 in the data, however the data wrote it.
        if let x = a.dateValue, let t = b.textValue, let y = DateParsing.parse(t)?.date { return x == y }
        return a.keyText == b.keyText
    }
}

/// `sort`: orders rows by one or more fields; stable, with missing values last in either direction.
enum SortTransform {
    static func apply(_ keys: [SortKey], _ context: TransformContext) -> DataTable? {
        guard let fields = context.fields(keys.map(\.field)) else { return nil }
        let order = ValueOrder(context.locale)
        let ranks = fields.map { $0.type == .text ? order.textRanks($0.values) : [:] }
        let rows = (0..<context.table.rowCount).sorted { a, b in
            for (k, field) in fields.enumerated() {
                let (x, y) = (field.values[a], field.values[b])
                if x.isMissing != y.isMissing { return y.isMissing }
                let result: ComparisonResult?
                if let s = x.textValue, let t = y.textValue, let r = ranks[k][s], let q = ranks[k][t] {
                    result = r < q ? .orderedAscending : r > q ? .orderedDescending : .orderedSame
                } else {
                    result = order.compare(x, y)
                }
                guard let result, result != .orderedSame else { continue }
                return (result == .orderedAscending) != keys[k].descending
            }
            return a < b  // stable: equal rows keep their order
        }
        return context.table.selectingRows(rows)
    }
}

/// One cell of a ``DataTable``.
///
/// Dates are ``CalendarDate`` values (a day, a month or a year), never instants, so no time zone can move
/// them; see ``DateParsing`` for the formats read.
package enum DataValue: Sendable, Equatable {
    case number(Double)
    case text(String)
    case bool(Bool)
    case date(CalendarDate)
    case missing

    /// True for ``missing``; every other case carries a value.
    package var isMissing: Bool {
        if case .missing = self { return true }
        return false
    }

    /// The number, or nil when the value is not a number.
    package var numberValue: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// The text, or nil when the value is not text.
    package var textValue: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    /// The date, or nil when the value is not a date.
    package var dateValue: CalendarDate? {
        if case .date(let value) = self { return value }
        return nil
    }

    /// The boolean, or nil when the value is not a boolean.
    package var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }

    /// The value as a category or series name: text as is, whole numbers without decimals, dates
    /// in ISO form at their precision, and "–" for a missing value.
    package var categoryText: String {
        switch self {
        case .text(let s): s
        case .number(let d): DataTable.text(of: d)
        case .bool(let b): b ? "true" : "false"
        case .date(let d): d.description
        case .missing: "–"
        }
    }
}

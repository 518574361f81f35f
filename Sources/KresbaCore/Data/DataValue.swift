/// One cell of a ``DataTable``.
///
/// Dates are not a case yet: they arrive as text and a later stage parses them, so that the reader
/// never guesses a date format on its own.
package enum DataValue: Sendable, Equatable {
    case number(Double)
    case text(String)
    case bool(Bool)
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

    /// The boolean, or nil when the value is not a boolean.
    package var boolValue: Bool? {
        if case .bool(let value) = self { return value }
        return nil
    }
}

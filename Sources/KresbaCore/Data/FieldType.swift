/// The type of a column, inferred by the readers or declared by the user.
///
/// The raw values are the spellings a spec uses (`type: integer`), so the spec layer can map them directly.
package enum FieldType: String, Sendable, Equatable, CaseIterable {
    /// Real numbers; values are ``DataValue/number(_:)``.
    case number
    /// Whole numbers; values are ``DataValue/number(_:)`` holding integral doubles.
    case integer
    /// Anything else, including codes such as `"0513"` or `"CZ051"`; values are ``DataValue/text(_:)``.
    case text
    /// `true`/`false`/`ano`/`ne`; values are ``DataValue/bool(_:)``.
    case boolean
    /// Calendar dates (`2024-01-05`, `5. 1. 2024`, `leden 2024`, …); values are ``DataValue/date(_:)``.
    /// Detected when every value of a column is a date in one ``DateFormat`` other than a bare year.
    case date

    /// True for ``number`` and ``integer``: the types whose values are ``DataValue/number(_:)``.
    package var isNumeric: Bool { self == .number || self == .integer }
}

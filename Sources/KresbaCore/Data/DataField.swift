/// One column of a ``DataTable``: its name, its type and one value per row.
///
/// Every value matches the type (numbers for ``FieldType/number`` and ``FieldType/integer``, text for
/// ``FieldType/text``, booleans for ``FieldType/boolean``, dates for ``FieldType/date``) or is
/// ``DataValue/missing``.
package struct DataField: Sendable, Equatable {
    /// The column name: a CSV header cell with its whitespace collapsed, or a JSON key as written.
    package var name: String
    package var type: FieldType
    package var values: [DataValue]
    /// How the dates of a ``FieldType/date`` column were written, when they were all written one way
    /// (nil for other types, for dates built in code, and for a declared column mixing formats).
    package var dateFormat: DateFormat?

    package init(name: String, type: FieldType, values: [DataValue], dateFormat: DateFormat? = nil) {
        self.name = name
        self.type = type
        self.values = values
        self.dateFormat = dateFormat
    }
}

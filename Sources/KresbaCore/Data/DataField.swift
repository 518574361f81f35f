/// One column of a ``DataTable``: its name, its type and one value per row.
///
/// Every value matches the type (numbers for ``FieldType/number`` and ``FieldType/integer``, text for
/// ``FieldType/text``, booleans for ``FieldType/boolean``) or is ``DataValue/missing``.
package struct DataField: Sendable, Equatable {
    /// The column name: a CSV header cell with its whitespace collapsed, or a JSON key as written.
    package var name: String
    package var type: FieldType
    package var values: [DataValue]

    package init(name: String, type: FieldType, values: [DataValue]) {
        self.name = name
        self.type = type
        self.values = values
    }
}

/// A rectangular table read from a CSV/TSV file, a JSON document or inline spec values.
///
/// Stored column-wise because charts read whole columns (a scale domain, a stacked series) far more often
/// than whole rows.
package struct DataTable: Sendable, Equatable {
    /// The columns in file order (CSV header order, or first-seen key order for JSON records).
    package var fields: [DataField]
    /// Number of data rows; every field has exactly this many values.
    package var rowCount: Int
    /// The file name as the user wrote it, used as the prefix of every message.
    package var sourceName: String
    /// The 1-based line where each record starts, so later stages can point at a row in the file.
    /// Empty for JSON and inline tables.
    package var rowLines: [Int]
    /// What the reader detected (encoding, delimiter, decimal mark, …), for `kresba data`.
    package var format: DataFormatInfo

    package init(
        fields: [DataField],
        rowCount: Int,
        sourceName: String,
        rowLines: [Int] = [],
        format: DataFormatInfo
    ) {
        self.fields = fields
        self.rowCount = rowCount
        self.sourceName = sourceName
        self.rowLines = rowLines
        self.format = format
    }

    /// The first field with exactly this name (names are unique in tables built by the readers).
    package func field(named name: String) -> DataField? {
        fields.first { $0.name == name }
    }

    /// The column names in order.
    package var fieldNames: [String] { fields.map(\.name) }

    /// The location of a data row (0-based `index`) for messages from later stages.
    package func location(ofRow index: Int, fieldName: String? = nil) -> DataLocation {
        let line = rowLines.indices.contains(index) ? rowLines[index] : nil
        let pointer = rowLines.isEmpty ? format.recordsPointer.map { "\($0)/\(index)" } : nil
        return DataLocation(
            file: sourceName, line: line, record: index + 1, fieldName: fieldName, pointer: pointer)
    }
}

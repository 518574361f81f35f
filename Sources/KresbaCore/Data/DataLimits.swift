/// Bounds that keep a hostile or accidental input (a 2 GB log, a line of a million commas) from
/// exhausting memory. Every reader checks them early and fails with a clear message instead.
package struct DataLimits: Sendable, Equatable {
    /// Default largest input, 50 MB.
    package static let defaultMaxBytes = 50 * 1024 * 1024
    /// Default largest number of data rows or records.
    package static let defaultMaxRows = 1_000_000
    /// Default largest number of columns.
    package static let defaultMaxColumns = 10_000
    /// Default largest number of cells (rows × columns); a cell costs about 24 bytes once read.
    package static let defaultMaxCells = 10_000_000
    /// Default deepest JSON nesting; the JSON parser is recursive, so this also bounds its stack use.
    package static let defaultMaxDepth = 200

    package var maxBytes: Int
    package var maxRows: Int
    package var maxColumns: Int
    package var maxCells: Int
    package var maxDepth: Int

    package init(
        maxBytes: Int = DataLimits.defaultMaxBytes,
        maxRows: Int = DataLimits.defaultMaxRows,
        maxColumns: Int = DataLimits.defaultMaxColumns,
        maxCells: Int = DataLimits.defaultMaxCells,
        maxDepth: Int = DataLimits.defaultMaxDepth
    ) {
        self.maxBytes = maxBytes
        self.maxRows = maxRows
        self.maxColumns = maxColumns
        self.maxCells = maxCells
        self.maxDepth = maxDepth
    }

    /// The error for an input larger than ``maxBytes``.
    package func tooLarge(_ byteCount: Int, sourceName: String) -> DataError {
        DataError(
            message: "the file has \(Self.describe(bytes: byteCount)), more than the limit of "
                + Self.describe(bytes: maxBytes),
            location: DataLocation(file: sourceName),
            suggestion: "aggregate or filter the data before charting it"
        )
    }

    static func describe(bytes: Int) -> String {
        let megabyte = 1024 * 1024
        if bytes >= megabyte && bytes % megabyte == 0 { return "\(bytes / megabyte) MB" }
        if bytes >= megabyte {
            let tenths = (bytes * 10 + megabyte / 2) / megabyte
            return "\(tenths / 10).\(tenths % 10) MB"
        }
        return "\(bytes) bytes"
    }
}

/// How to read a CSV/TSV file. Every `nil` means "detect it".
package struct CSVOptions: Sendable, Equatable {
    /// The default missing-value markers: ČSÚ's `-` (nothing happened), `.` (not available),
    /// `x` (not applicable), `i.d.` (confidential), `…` (not yet available), plus dashes and the `NA`/`N/A`
    /// that R and spreadsheets write. They count as missing only in columns that are otherwise numeric
    /// (or boolean); in text columns they stay text. The empty cell is always missing.
    package static let defaultMissingMarkers = [
        "-", "\u{2013}", "\u{2014}", ".", "x", "i.d.", "i. d.", "\u{2026}", "...", "NA", "N/A", "n/a",
    ]

    /// One ASCII character; detected among `,` `;` tab `|` when nil.
    package var delimiter: Character?
    /// Detected (UTF-8, else Windows-1250 or ISO-8859-2) when nil.
    package var encoding: TextEncoding?
    /// `","` or `"."`; detected from the values when nil.
    package var decimal: Character?
    /// Replaces ``defaultMissingMarkers`` when set. Compared with the cell after trimming whitespace.
    package var missingMarkers: [String]?
    /// Declared column types by header name; they override inference, and a value that does not fit is an
    /// error. A declared `number`/`integer` also accepts a trailing `%` (the number is kept as written).
    package var fieldTypes: [String: FieldType]
    /// Largest accepted file, in bytes (default 50 MB).
    package var maxBytes: Int
    /// Largest accepted number of data rows (default 1 000 000).
    package var maxRows: Int
    /// Largest accepted number of columns (default 10 000).
    package var maxColumns: Int
    /// Largest accepted number of cells (default 10 000 000).
    package var maxCells: Int

    package init(
        delimiter: Character? = nil,
        encoding: TextEncoding? = nil,
        decimal: Character? = nil,
        missingMarkers: [String]? = nil,
        fieldTypes: [String: FieldType] = [:],
        maxBytes: Int = DataLimits.defaultMaxBytes,
        maxRows: Int = DataLimits.defaultMaxRows,
        maxColumns: Int = DataLimits.defaultMaxColumns,
        maxCells: Int = DataLimits.defaultMaxCells
    ) {
        self.delimiter = delimiter
        self.encoding = encoding
        self.decimal = decimal
        self.missingMarkers = missingMarkers
        self.fieldTypes = fieldTypes
        self.maxBytes = maxBytes
        self.maxRows = maxRows
        self.maxColumns = maxColumns
        self.maxCells = maxCells
    }

    var limits: DataLimits {
        DataLimits(maxBytes: maxBytes, maxRows: maxRows, maxColumns: maxColumns, maxCells: maxCells)
    }
}

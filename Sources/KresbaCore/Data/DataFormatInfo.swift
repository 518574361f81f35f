/// Where a table came from.
package enum DataSourceKind: String, Sendable, Equatable {
    case csv
    case json
    /// Values written inline in a spec.
    case inline
    /// The properties of GeoJSON features (see ``GeoLayer``).
    case geojson
    /// The properties of the geometries of a TopoJSON object (see ``GeoLayer``).
    case topojson
}

/// The line ending seen outside quoted fields of a CSV file.
package enum LineEnding: String, Sendable, Equatable {
    case lf = "LF"
    case crlf = "CRLF"
    case cr = "CR"
    /// More than one kind appears; the reader accepts that, but `kresba data` can mention it.
    case mixed
}

/// What a reader detected or was told about a file, kept so that `kresba data` can explain how it was read
/// and so that messages can suggest the right option when detection went wrong.
package struct DataFormatInfo: Sendable, Equatable {
    package var kind: DataSourceKind
    /// The text encoding (nil for inline tables).
    package var encoding: TextEncoding?
    /// True when the file started with a UTF-8 byte order mark (removed before parsing).
    package var byteOrderMark: Bool
    /// The field delimiter (CSV only).
    package var delimiter: Character?
    /// The line ending outside quoted fields (CSV only; nil for a file without any line break).
    package var lineEnding: LineEnding?
    /// The decimal mark in effect, `","` or `"."` (CSV only).
    package var decimalMark: Character?
    /// The thousands separator seen most often in numeric columns: space, U+00A0, U+202F, `"."` or `","`.
    package var thousandsSeparator: Character?
    /// Missing-value markers that were actually read as missing, in first-seen order (column by column).
    /// The empty cell is always missing and is not listed.
    package var missingMarkers: [String]
    /// The JSON Pointer of the records array (JSON only), e.g. `""` for the root or `"/data/rows"`; for
    /// geometry files the array of features (`"/features"`, `"/objects/kraje/geometries"`).
    package var recordsPointer: String?
    /// One sentence per noteworthy decision, e.g. why a column of digits was kept as text.
    package var notes: [String]

    package init(
        kind: DataSourceKind,
        encoding: TextEncoding? = nil,
        byteOrderMark: Bool = false,
        delimiter: Character? = nil,
        lineEnding: LineEnding? = nil,
        decimalMark: Character? = nil,
        thousandsSeparator: Character? = nil,
        missingMarkers: [String] = [],
        recordsPointer: String? = nil,
        notes: [String] = []
    ) {
        self.kind = kind
        self.encoding = encoding
        self.byteOrderMark = byteOrderMark
        self.delimiter = delimiter
        self.lineEnding = lineEnding
        self.decimalMark = decimalMark
        self.thousandsSeparator = thousandsSeparator
        self.missingMarkers = missingMarkers
        self.recordsPointer = recordsPointer
        self.notes = notes
    }
}

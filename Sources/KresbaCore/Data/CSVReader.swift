/// Reads CSV and TSV files as written by ČSÚ, ministries, spreadsheets and scripts.
///
/// The steps: check the size, decode the text (``TextDecoding``), pick the delimiter (``CSVDialect``),
/// split records (``CSVTokenizer``) checking every row against the header, pick the decimal mark
/// (``DecimalMarkDetection``), then type and convert each column (``CSVColumnBuilder``,
/// ``TypeInference``).
///
/// Decisions worth knowing:
/// * Header names have runs of whitespace (including line breaks inside quoted ČSÚ headers) collapsed to
///   one space and are trimmed. An empty or repeated name is an error, except one empty name at the very
///   end when every line ends with a delimiter.
/// * A row may have one extra empty field (a trailing delimiter); any other difference from the header's
///   field count is an error naming the line, the row and both counts.
/// * Blank lines and lines of empty fields (`;;;`) are skipped. Unquoted values are trimmed; quoted values
///   are kept as written except that their line breaks become LF. A value that is empty after trimming is
///   missing in every column type.
/// * A column whose values are all quoted numbers is text when the file leaves other numbers unquoted:
///   the writer quoted it on purpose (ČSÚ code lists quote codes but not counts).
/// * A `%` suffix makes a value text unless the column is declared `number`/`integer`; then `12,5 %`
///   reads as 12.5 (percentage points, not 0.125).
package enum CSVReader {
    /// Reads `bytes` (the whole file) into a table; `sourceName` is the name shown in messages.
    package static func read(
        _ bytes: [UInt8],
        sourceName: String,
        options: CSVOptions = .init()
    ) throws(DataError) -> DataTable {
        let limits = options.limits
        guard bytes.count <= limits.maxBytes else {
            throw limits.tooLarge(bytes.count, sourceName: sourceName)
        }
        let explicitDelimiter = try validatedDelimiter(options.delimiter, sourceName: sourceName)
        let explicitDecimal = try validatedDecimal(options.decimal, sourceName: sourceName)
        let decoded = try TextDecoding.decode(bytes, sourceName: sourceName, encoding: options.encoding)
        let text = decoded.utf8
        // Cells store offsets as UInt32; only reachable when maxBytes is raised far beyond the default.
        guard text.count < Int(UInt32.max) else { throw limits.tooLarge(text.count, sourceName: sourceName) }
        guard text.contains(where: { !isBlank($0) }) else {
            throw DataError(message: "file is empty", location: DataLocation(file: sourceName))
        }

        let delimiter = explicitDelimiter ?? CSVDialect.detectDelimiter(in: text, sourceName: sourceName)
        var tokenizer = CSVTokenizer(
            text: text, delimiter: delimiter, sourceName: sourceName, maxColumns: limits.maxColumns)
        var cells: [CSVCell] = []
        guard let headerRecord = try tokenizer.nextRecord(into: &cells) else {
            throw DataError(message: "file is empty", location: DataLocation(file: sourceName))
        }
        let header = try Header(record: headerRecord, cells: cells, tokenizer: tokenizer)

        var records: [CSVRecord] = []
        while let record = try tokenizer.nextRecord(into: &cells) {
            if isEmptyRecord(record, cells: cells, text: text) {
                // Spreadsheets leave `;;;` lines below the data; they carry nothing, like blank lines.
                cells.removeLast(record.cellCount)
                continue
            }
            if records.count == limits.maxRows {
                throw DataError(
                    message: "file has more than \(limits.maxRows) data rows, the row limit",
                    location: DataLocation(file: sourceName, line: record.line, record: records.count + 1),
                    suggestion: "aggregate or filter the data before charting it, or raise the limit"
                )
            }
            if cells.count > limits.maxCells {
                throw DataError(
                    message: "file has more than \(limits.maxCells) cells, the cell limit",
                    location: DataLocation(file: sourceName, line: record.line, record: records.count + 1),
                    suggestion: "aggregate or filter the data before charting it, or raise the limit"
                )
            }
            try header.check(record, row: records.count + 1, cells: cells, tokenizer: tokenizer)
            records.append(record)
        }
        guard !records.isEmpty else {
            throw DataError(
                message: "file has a header but no data rows",
                location: DataLocation(file: sourceName, line: headerRecord.line)
            )
        }
        for name in options.fieldTypes.keys.sorted() where !header.names.contains(name) {
            throw DataError(
                message:
                    "a type is declared for column \(Quoting.quoted(name)), which the file does not have",
                location: DataLocation(file: sourceName),
                suggestion: "the columns are "
                    + header.names.prefix(30).map(Quoting.quoted).joined(separator: ", ")
            )
        }

        let evidence = DecimalMarkDetection.evidence(
            cells: cells, skipping: headerRecord.cellCount, in: text)
        let decimalMark = explicitDecimal ?? DecimalMarkDetection.decide(evidence, delimiter: delimiter)
        var builder = CSVColumnBuilder(
            text: text,
            cells: cells,
            records: records,
            decimalMark: decimalMark,
            markers: options.missingMarkers ?? CSVOptions.defaultMissingMarkers,
            quotingMeansText: evidence.unquotedNumberSeen,
            sourceName: sourceName
        )
        var fields: [DataField] = []
        fields.reserveCapacity(header.names.count)
        for (column, name) in header.names.enumerated() {
            fields.append(try builder.build(column: column, name: name, declared: options.fieldTypes[name]))
        }

        let separator = GroupSeparator.allCases
            .filter { builder.separatorCounts[$0, default: 0] > 0 }
            .max { builder.separatorCounts[$0, default: 0] < builder.separatorCounts[$1, default: 0] }
        let format = DataFormatInfo(
            kind: .csv,
            encoding: decoded.encoding,
            byteOrderMark: decoded.byteOrderMark,
            delimiter: Character(Unicode.Scalar(delimiter)),
            lineEnding: tokenizer.lineEnding,
            decimalMark: Character(Unicode.Scalar(decimalMark)),
            thousandsSeparator: separator?.character,
            missingMarkers: builder.markersSeen,
            notes: builder.notes
        )
        return DataTable(
            fields: fields,
            rowCount: records.count,
            sourceName: sourceName,
            rowLines: records.map(\.line),
            format: format
        )
    }

    // MARK: - Private

    /// True when every field of the record is empty after trimming (quoted empty fields included).
    private static func isEmptyRecord(_ record: CSVRecord, cells: [CSVCell], text: [UInt8]) -> Bool {
        guard record.cellCount > 1 else { return false }
        for cell in cells[record.firstCell..<record.firstCell + record.cellCount] {
            let content = CSVCellContent.contentRange(of: cell, in: text).range
            if !ValueParsing.trimmed(content, in: text).isEmpty { return false }
        }
        return true
    }

    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == ASCII.lineFeed || byte == ASCII.carriageReturn || byte == ASCII.space || byte == ASCII.tab
    }

    private static func validatedDelimiter(_ delimiter: Character?, sourceName: String) throws(DataError)
        -> UInt8?
    {
        guard let delimiter else { return nil }
        guard let ascii = delimiter.asciiValue, ascii != ASCII.quote, ascii != ASCII.lineFeed,
            ascii != ASCII.carriageReturn, ascii != 0
        else {
            throw DataError(
                message: "the delimiter \(Quoting.quoted(String(delimiter))) cannot be used",
                location: DataLocation(file: sourceName),
                suggestion:
                    "use one ASCII character other than a quote or a line break, such as \",\" \";\" \"|\" "
                    + "or a tab"
            )
        }
        return ascii
    }

    private static func validatedDecimal(_ decimal: Character?, sourceName: String) throws(DataError)
        -> UInt8?
    {
        guard let decimal else { return nil }
        switch decimal {
        case ",": return ASCII.comma
        case ".": return ASCII.dot
        default:
            throw DataError(
                message: "the decimal mark \(Quoting.quoted(String(decimal))) cannot be used",
                location: DataLocation(file: sourceName),
                suggestion: "use \",\" or \".\""
            )
        }
    }
}

/// The header row: column names and the rule for how many fields a data row may have.
private struct Header {
    let names: [String]
    /// The header ended with a delimiter, leaving one empty name that was dropped.
    let hadTrailingDelimiter: Bool
    let delimiter: UInt8

    /// Longest accepted column name in bytes; a longer "name" means the first line is not a header
    /// (and normalizing a huge one would be slow).
    static let maxNameBytes = 1_000

    init(record: CSVRecord, cells: [CSVCell], tokenizer: CSVTokenizer) throws(DataError) {
        let headerCells = Array(cells[record.firstCell..<record.firstCell + record.cellCount])
        for (index, cell) in headerCells.enumerated() where Int(cell.end - cell.start) > Self.maxNameBytes {
            throw tokenizer.error(
                "the name of column \(index + 1) is longer than \(Self.maxNameBytes) bytes",
                at: Int(cell.start), record: record,
                suggestion: "the first line must be a header row with the column names")
        }
        var names = headerCells.map { Self.normalize(CSVCellContent.text(of: $0, in: tokenizer.text)) }
        hadTrailingDelimiter = names.count > 1 && names.last == ""
        if hadTrailingDelimiter { names.removeLast() }
        delimiter = tokenizer.delimiter
        var firstColumn: [String: Int] = [:]
        for (index, name) in names.enumerated() {
            let offset = Int(headerCells[index].start)
            if name.isEmpty {
                let looksLikeTitle =
                    names.count > 1 && !names[0].isEmpty && names.dropFirst().allSatisfy(\.isEmpty)
                throw tokenizer.error(
                    "column \(index + 1) has no name", at: offset, record: record,
                    suggestion: looksLikeTitle
                        ? "the first line looks like a title; the file must start with the column names"
                        : "write a name in the header row for every column")
            }
            if let first = firstColumn[name] {
                throw tokenizer.error(
                    "column name \(Quoting.quoted(name)) is used twice, for columns \(first + 1) and "
                        + "\(index + 1)",
                    at: offset, record: record, suggestion: "rename one of the columns")
            }
            firstColumn[name] = index
        }
        self.names = names
    }

    /// Checks that a data row has as many fields as the header (plus at most a trailing empty one).
    func check(_ record: CSVRecord, row: Int, cells: [CSVCell], tokenizer: CSVTokenizer) throws(DataError) {
        let expected = names.count
        let found = record.cellCount
        if found == expected { return }
        let lastCell = cells[record.firstCell + found - 1]
        let lastIsEmpty = ValueParsing.trimmed(
            Int(lastCell.start)..<Int(lastCell.end), in: tokenizer.text
        ).isEmpty
        if found == expected + 1 && lastIsEmpty { return }
        let delimiterName = CSVDialect.describe(delimiter)
        var error: DataError
        if found > expected {
            let extra = cells[record.firstCell + expected]
            if hadTrailingDelimiter && found == expected + 1 {
                error = tokenizer.error(
                    "row \(row) has a value in column \(found), which has no name in the header",
                    at: Int(extra.start), record: record,
                    suggestion: "write a name for the column in the header row")
            } else {
                error = tokenizer.error(
                    "row \(row) has \(fields(found)), but the header has \(expected)",
                    at: Int(extra.start), record: record,
                    suggestion: "a value that contains \(delimiterName) must be quoted")
            }
        } else {
            error = tokenizer.error(
                "row \(row) has \(fields(found)), but the header has \(expected)",
                at: Int(lastCell.end), record: record,
                suggestion: "check for a missing \(delimiterName) or a line break inside an unquoted value")
        }
        error.location.record = row
        throw error
    }

    private func fields(_ count: Int) -> String {
        count == 1 ? "1 field" : "\(count) fields"
    }

    /// Collapses whitespace runs (line breaks in ČSÚ headers, double spaces, no-break spaces) to one space.
    static func normalize(_ name: String) -> String {
        name.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

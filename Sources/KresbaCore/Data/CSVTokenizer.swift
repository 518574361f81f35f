/// One field of a CSV record as a byte range of the decoded text, quotes included.
///
/// Cells stay ranges until their column's type is known, so a million-row file costs 8 bytes per cell
/// here instead of a `String` each.
struct CSVCell: Sendable {
    var start: UInt32
    var end: UInt32
}

/// Where a record starts and which cells belong to it.
struct CSVRecord: Sendable {
    /// Byte offset of the record's first character.
    var start: Int
    /// 1-based line of that character.
    var line: Int
    /// Index of the record's first cell in the shared cell array.
    var firstCell: Int
    var cellCount: Int
}

/// Splits decoded UTF-8 text into records and fields following RFC 4180, one record per call.
///
/// Accepted beyond the RFC: LF and lone CR line ends, spaces before an opening quote and spaces after a
/// closing quote (hand-edited files), a quote inside an unquoted field (taken literally). Blank lines are
/// skipped. Rejected: a quote that is never closed and text after a closing quote, because both mean the
/// rest of the file would be split wrongly.
struct CSVTokenizer {
    let text: [UInt8]
    let delimiter: UInt8
    let sourceName: String
    let maxColumns: Int

    private(set) var position = 0
    private(set) var line = 1
    private(set) var lineFeedCount = 0
    private(set) var crlfCount = 0
    private(set) var carriageReturnCount = 0

    init(text: [UInt8], delimiter: UInt8, sourceName: String, maxColumns: Int) {
        self.text = text
        self.delimiter = delimiter
        self.sourceName = sourceName
        self.maxColumns = maxColumns
    }

    /// The line ending seen outside quoted fields so far.
    var lineEnding: LineEnding? {
        let kinds = [lineFeedCount, crlfCount, carriageReturnCount].filter { $0 > 0 }.count
        if kinds > 1 { return .mixed }
        if crlfCount > 0 { return .crlf }
        if lineFeedCount > 0 { return .lf }
        if carriageReturnCount > 0 { return .cr }
        return nil
    }

    /// Appends the next record's cells to `cells` and describes the record, or returns nil at the end.
    mutating func nextRecord(into cells: inout [CSVCell]) throws(DataError) -> CSVRecord? {
        let count = text.count
        skipBlankLines()
        guard position < count else { return nil }
        let record = CSVRecord(start: position, line: line, firstCell: cells.count, cellCount: 0)
        var fieldCount = 0
        while true {
            let fieldStart = position
            var index = position
            while index < count && text[index] == ASCII.space && delimiter != ASCII.space { index += 1 }
            if index < count && text[index] == ASCII.quote {
                index = try skipQuotedField(openingAt: index, record: record)
            } else {
                index = WordScan.firstOf(
                    delimiter, ASCII.lineFeed, ASCII.carriageReturn, in: text, from: fieldStart)
            }
            cells.append(CSVCell(start: UInt32(fieldStart), end: UInt32(index)))
            fieldCount += 1
            if fieldCount > maxColumns {
                throw error(
                    "the record has more than \(maxColumns) fields, the column limit",
                    at: fieldStart, record: record,
                    suggestion: "check that the file is really a table, or raise the limit"
                )
            }
            position = index
            if position < count && text[position] == delimiter {
                position += 1
                continue
            }
            consumeLineEnd()
            break
        }
        var finished = record
        finished.cellCount = fieldCount
        return finished
    }

    /// The error for a problem at byte `offset` of `record`, with line and column filled in.
    func error(_ message: String, at offset: Int, record: CSVRecord, suggestion: String? = nil) -> DataError {
        let where_ = TextPosition.locate(offset: offset, in: text, from: record.start, startLine: record.line)
        return DataError(
            message: message,
            location: DataLocation(file: sourceName, line: where_.line, column: where_.column),
            suggestion: suggestion
        )
    }

    // MARK: - Private

    /// Skips a quoted field whose opening quote is at `quote`; returns the offset just after it
    /// (after any trailing spaces), which must be a delimiter, a line end or the end of the text.
    private mutating func skipQuotedField(openingAt quote: Int, record: CSVRecord) throws(DataError) -> Int {
        let count = text.count
        var index = quote + 1
        while true {
            guard index < count else {
                throw error(
                    "this quote is never closed", at: quote, record: record,
                    suggestion: "close the quoted value, and write a quote inside it as two quotes (\"\")"
                )
            }
            let byte = text[index]
            if byte == ASCII.quote {
                if index + 1 < count && text[index + 1] == ASCII.quote {
                    index += 2
                    continue
                }
                index += 1
                break
            }
            // Line breaks inside quotes are part of the value but still advance the line count.
            if byte == ASCII.lineFeed {
                line += 1
            } else if byte == ASCII.carriageReturn {
                line += 1
                if index + 1 < count && text[index + 1] == ASCII.lineFeed { index += 1 }
            }
            index += 1
        }
        while index < count
            && (text[index] == ASCII.space || (text[index] == ASCII.tab && delimiter != ASCII.tab))
            && text[index] != delimiter
        {
            index += 1
        }
        if index < count {
            let byte = text[index]
            if byte != delimiter && byte != ASCII.lineFeed && byte != ASCII.carriageReturn {
                throw error(
                    "unexpected text after the closing quote of a value", at: index, record: record,
                    suggestion: "write a quote inside a quoted value as two quotes (\"\")"
                )
            }
        }
        return index
    }

    private mutating func consumeLineEnd() {
        let count = text.count
        guard position < count else { return }
        if text[position] == ASCII.carriageReturn {
            position += 1
            if position < count && text[position] == ASCII.lineFeed {
                position += 1
                crlfCount += 1
            } else {
                carriageReturnCount += 1
            }
            line += 1
        } else if text[position] == ASCII.lineFeed {
            position += 1
            lineFeedCount += 1
            line += 1
        }
    }

    private mutating func skipBlankLines() {
        while position < text.count,
            text[position] == ASCII.lineFeed || text[position] == ASCII.carriageReturn
        {
            consumeLineEnd()
        }
    }
}

/// Reading the content of a cell range.
enum CSVCellContent {
    /// The bytes that carry the value: inside the quotes for a quoted cell, the whole range otherwise.
    /// A quoted cell may still contain doubled quotes; ``text(of:in:)`` undoes them.
    static func contentRange(of cell: CSVCell, in text: [UInt8]) -> (range: Range<Int>, quoted: Bool) {
        let start = Int(cell.start)
        let end = Int(cell.end)
        var first = start
        while first < end && text[first] == ASCII.space { first += 1 }
        guard first < end, text[first] == ASCII.quote else { return (start..<end, false) }
        var last = end - 1
        while last > first && text[last] != ASCII.quote { last -= 1 }
        return (first + 1..<max(first + 1, last), true)
    }

    /// The cell's value as a string: quoted content with `""` turned into `"` and CR LF / CR into LF;
    /// unquoted content trimmed of surrounding whitespace.
    static func text(of cell: CSVCell, in text: [UInt8]) -> String {
        let (range, quoted) = contentRange(of: cell, in: text)
        guard quoted else {
            let trimmed = ValueParsing.trimmed(range, in: text)
            return String(decoding: text[trimmed], as: UTF8.self)
        }
        var needsRewrite = false
        for index in range where text[index] == ASCII.quote || text[index] == ASCII.carriageReturn {
            needsRewrite = true
            break
        }
        guard needsRewrite else { return String(decoding: text[range], as: UTF8.self) }
        var bytes: [UInt8] = []
        bytes.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = text[index]
            if byte == ASCII.quote && index + 1 < range.upperBound && text[index + 1] == ASCII.quote {
                bytes.append(ASCII.quote)
                index += 2
                continue
            }
            if byte == ASCII.carriageReturn {
                bytes.append(ASCII.lineFeed)
                if index + 1 < range.upperBound && text[index + 1] == ASCII.lineFeed { index += 1 }
            } else {
                bytes.append(byte)
            }
            index += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }
}

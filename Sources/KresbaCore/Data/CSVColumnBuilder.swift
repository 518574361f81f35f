/// Turns the cell ranges of one CSV column into a typed ``DataField``.
///
/// An undeclared column is scanned once to pick its type (``TypeInference``); the scan keeps the values
/// it parses, so a column that comes out numeric, boolean or date is done in that one pass. A text column
/// (the scan stops at its first text value) and a declared column get a second, converting pass. Parsing
/// twice there is cheaper than keeping a `String` or a parsed value for every cell of a large file.
struct CSVColumnBuilder {
    let text: [UInt8]
    let cells: [CSVCell]
    let records: [CSVRecord]
    let decimalMark: UInt8
    let markers: [String]
    let quotingMeansText: Bool
    let sourceName: String

    /// Markers that turned a cell into a missing value, in first-seen order.
    private(set) var markersSeen: [String] = []
    /// How often each thousands separator occurred in numeric columns.
    private(set) var separatorCounts: [GroupSeparator: Int] = [:]
    /// Explanations of non-obvious type decisions, for ``DataFormatInfo/notes``.
    private(set) var notes: [String] = []

    private let markerSet: MissingMarkers

    init(
        text: [UInt8],
        cells: [CSVCell],
        records: [CSVRecord],
        decimalMark: UInt8,
        markers: [String],
        quotingMeansText: Bool,
        sourceName: String
    ) {
        self.text = text
        self.cells = cells
        self.records = records
        self.decimalMark = decimalMark
        self.markers = markers
        self.quotingMeansText = quotingMeansText
        self.sourceName = sourceName
        self.markerSet = MissingMarkers(markers)
    }

    /// Builds column `column` (0-based) named `name`, with a declared type or an inferred one.
    mutating func build(column: Int, name: String, declared: FieldType?) throws(DataError) -> DataField {
        let type: FieldType
        if let declared {
            type = declared
        } else {
            let scan = scan(column: column)
            let inferred = TypeInference.inferType(
                scan.summary, name: name, quotingMeansText: quotingMeansText)
            type = inferred.type
            if let reason = inferred.reason { notes.append(note(for: reason, name: name, column: column)) }
            if type != .text {
                // Every present cell was parsed as this type (or was a marker) by the scan, exactly as the
                // converting pass would parse it, so its values and side findings are the column's.
                for index in scan.markerIndices where !markersSeen.contains(markers[index]) {
                    markersSeen.append(markers[index])
                }
                separatorCounts.merge(scan.separatorCounts, uniquingKeysWith: +)
                return DataField(
                    name: name, type: type, values: scan.values,
                    dateFormat: type == .date ? scan.summary.dateFormat : nil)
            }
        }
        var values: [DataValue] = []
        values.reserveCapacity(records.count)
        // A declared date column may mix formats; the field reports one only when all agree.
        var dateFormats = DateFormatTally()
        for row in records.indices {
            values.append(
                try value(
                    row: row, column: column, name: name, type: type, declared: declared != nil,
                    dateFormats: &dateFormats))
        }
        return DataField(name: name, type: type, values: values, dateFormat: dateFormats.single)
    }

    // MARK: - Private

    /// What one pass over an undeclared column found: the counts for type inference, and the values as
    /// parsed so far (complete unless the scan stopped at a text value).
    private struct ColumnScan {
        var summary = TypeInference.ColumnSummary()
        var values: [DataValue] = []
        /// Indices into the markers of the markers met, in first-seen order.
        var markerIndices: [Int] = []
        var separatorCounts: [GroupSeparator: Int] = [:]
    }

    private func contentRange(row: Int, column: Int) -> (range: Range<Int>, trimmed: Range<Int>, quoted: Bool)
    {
        let cell = cells[records[row].firstCell + column]
        let (range, quoted) = CSVCellContent.contentRange(of: cell, in: text)
        return (range, ValueParsing.trimmed(range, in: text), quoted)
    }

    private func scan(column: Int) -> ColumnScan {
        var scan = ColumnScan()
        scan.values.reserveCapacity(records.count)
        for row in records.indices {
            let (_, trimmed, quoted) = contentRange(row: row, column: column)
            if trimmed.isEmpty {
                scan.values.append(.missing)
                continue
            }
            scan.summary.present += 1
            if quoted { scan.summary.quotedPresent += 1 }
            if let index = markerSet.index(of: trimmed, in: text) {
                scan.summary.markers += 1
                if !scan.markerIndices.contains(index) { scan.markerIndices.append(index) }
                scan.values.append(.missing)
            } else if let number = ValueParsing.parseNumber(
                trimmed, in: text, decimalMark: decimalMark, allowPercent: false)
            {
                scan.summary.numbers += 1
                if !number.isIntegral { scan.summary.nonIntegralNumbers += 1 }
                if number.hasLeadingZero { scan.summary.leadingZeros += 1 }
                if number.isInexactInteger { scan.summary.inexactIntegers += 1 }
                if let separator = number.groupSeparator { scan.separatorCounts[separator, default: 0] += 1 }
                scan.values.append(.number(number.value))
            } else if let flag = ValueParsing.parseBool(
                trimmed, in: text, words: ValueParsing.inferredBooleanWords)
            {
                scan.summary.booleans += 1
                scan.values.append(.bool(flag))
            } else if let (date, format) = DateParsing.parse(trimmed, in: text), format.isDetected,
                scan.summary.dateFormat == nil || scan.summary.dateFormat == format
            {
                scan.summary.dates += 1
                scan.summary.dateFormat = format
                scan.values.append(.date(date))
            } else {
                scan.summary.texts += 1
                break  // one text value settles the type
            }
        }
        return scan
    }

    private mutating func value(
        row: Int,
        column: Int,
        name: String,
        type: FieldType,
        declared: Bool,
        dateFormats: inout DateFormatTally
    ) throws(DataError) -> DataValue {
        let (_, trimmed, _) = contentRange(row: row, column: column)
        if trimmed.isEmpty { return .missing }
        if type == .text {
            return .text(CSVCellContent.text(of: cells[records[row].firstCell + column], in: text))
        }
        if let index = markerSet.index(of: trimmed, in: text) {
            if !markersSeen.contains(markers[index]) { markersSeen.append(markers[index]) }
            return .missing
        }
        switch type {
        case .number, .integer:
            if let number = ValueParsing.parseNumber(
                trimmed, in: text, decimalMark: decimalMark, allowPercent: declared),
                type == .number || number.value.rounded(.towardZero) == number.value
            {
                if let separator = number.groupSeparator { separatorCounts[separator, default: 0] += 1 }
                return .number(number.value)
            }
        case .boolean:
            let words = declared ? ValueParsing.declaredBooleanWords : ValueParsing.inferredBooleanWords
            if let flag = ValueParsing.parseBool(trimmed, in: text, words: words) { return .bool(flag) }
        case .date:
            if let (date, format) = DateParsing.parse(trimmed, in: text) {
                dateFormats.add(format)
                return .date(date)
            }
        case .text:
            break
        }
        throw mismatch(row: row, column: column, name: name, type: type)
    }

    private func mismatch(row: Int, column: Int, name: String, type: FieldType) -> DataError {
        let cell = cells[records[row].firstCell + column]
        let (_, trimmed, quoted) = contentRange(row: row, column: column)
        let raw = CSVCellContent.text(of: cell, in: text)
        // Point at the opening quote of a quoted value, at the first character otherwise.
        let offset =
            quoted ? CSVCellContent.contentRange(of: cell, in: text).range.lowerBound - 1 : trimmed.lowerBound
        let record = records[row]
        let position = TextPosition.locate(
            offset: offset, in: text, from: record.start, startLine: record.line)
        let expected: String
        var suggestion = "fix the value, add it to the missing markers, or declare the column as text"
        switch type {
        case .integer:
            expected = "an integer"
        case .boolean:
            expected = "a boolean (true/false, ano/ne, yes/no, 1/0)"
        case .date:
            expected = "a date"
            suggestion =
                "write dates as 2024-01-05, 2024-01, 2024, 5. 1. 2024, 1/2024 or leden 2024; fix the value, "
                + "add it to the missing markers, or declare the column as text"
        case .number, .text:
            expected = "a number"
        }
        if type.isNumeric {
            let other: UInt8 = decimalMark == ASCII.comma ? ASCII.dot : ASCII.comma
            if ValueParsing.parseNumber(trimmed, in: text, decimalMark: other, allowPercent: true) != nil {
                let mark = Character(Unicode.Scalar(decimalMark))
                let otherMark = Character(Unicode.Scalar(other))
                suggestion =
                    "the file is read with \"\(mark)\" as the decimal mark; set decimal to \"\(otherMark)\""
            }
        }
        return DataError(
            message: "value \(Quoting.quoted(raw)) in column \(Quoting.quoted(name)) (\(column + 1)) "
                + "is not \(expected)",
            location: DataLocation(
                file: sourceName, line: position.line, column: position.column, record: row + 1,
                fieldName: name),
            suggestion: suggestion
        )
    }

    private func note(for reason: TypeInference.CodeReason, name: String, column: Int) -> String {
        let why: String
        switch reason {
        case .name: why = "its name marks a code"
        case .leadingZero:
            let example = records.indices.lazy.compactMap { row -> String? in
                let (_, trimmed, _) = contentRange(row: row, column: column)
                let number = ValueParsing.parseNumber(
                    trimmed, in: text, decimalMark: decimalMark, allowPercent: false)
                guard number?.hasLeadingZero == true else { return nil }
                return String(decoding: text[trimmed], as: UTF8.self)
            }.first
            why = "values such as \(Quoting.quoted(example ?? "0…")) have leading zeros"
        case .inexactInteger: why = "some whole numbers are too long to be stored exactly"
        case .quoted: why = "every value is quoted while other numbers in the file are not"
        }
        return "column \(Quoting.quoted(name)) is read as text although its values are numbers: \(why)"
    }
}

/// The date formats of a column's values: one, or none when they differ or there are no dates.
///
/// Stands in for a `Set<DateFormat>`, whose hashing (of the raw-value strings) cost more than the
/// date parsing itself.
private struct DateFormatTally {
    private var first: DateFormat?
    private var mixed = false

    mutating func add(_ format: DateFormat) {
        if first == nil {
            first = format
        } else if first != format {
            mixed = true
        }
    }

    /// The format every value had, or nil.
    var single: DateFormat? { mixed ? nil : first }
}

/// Quoting values for messages.
enum Quoting {
    /// Longest value shown in a message; longer ones are cut with an ellipsis.
    static let maxShown = 40

    /// `"value"` with control characters made visible and long values shortened, so a message stays one
    /// readable line whatever the file contains.
    static func quoted(_ value: String) -> String {
        var shown = ""
        var count = 0
        for scalar in value.unicodeScalars {
            if count == maxShown {
                shown += "…"
                break
            }
            switch scalar {
            case "\n": shown += "\\n"
            case "\r": shown += "\\r"
            case "\t": shown += "\\t"
            case "\"": shown += "\\\""
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) {
                    shown += "\\u{\(String(scalar.value, radix: 16))}"
                } else {
                    shown.unicodeScalars.append(scalar)
                }
            }
            count += 1
        }
        return "\"\(shown)\""
    }
}

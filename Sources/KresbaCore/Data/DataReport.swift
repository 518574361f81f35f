/// What `kresba data` prints: a readable description of how a file was read, or the same as one JSON
/// object with keys in a fixed order (`file`, `format`, `encoding`, …, `rows`, `columns`, `notes`).
///
/// Numbers are shown as read (`17.27573662` for the cell `17,27573662`), dates in ISO form, so that a
/// wrong decimal mark or date format is visible at a glance.
package enum DataReport {
    /// Column names longer than this get a line of their own in the text table.
    static let nameColumnWidth = 36

    // MARK: - Tables

    /// The text description of a CSV or JSON table, with `samples` sample values per column.
    package static func text(_ table: DataTable, samples: Int = 3) -> String {
        let format = table.format
        var facts: [(String, String)] = [("format", format.kind == .csv ? "CSV" : "JSON records")]
        if let encoding = format.encoding {
            facts.append(
                ("encoding", encoding.name + (format.byteOrderMark ? " with a byte order mark" : "")))
        }
        if let delimiter = format.delimiter { facts.append(("delimiter", shown(delimiter))) }
        if let decimal = format.decimalMark { facts.append(("decimal", shown(decimal))) }
        if format.kind == .csv {
            facts.append(("thousands", format.thousandsSeparator.map(shown) ?? "none seen"))
            facts.append(("line ends", format.lineEnding?.rawValue ?? "none (one line)"))
            let markers = format.missingMarkers.map { "\"\($0)\"" } + ["empty cells"]
            facts.append(("missing", markers.joined(separator: ", ")))
        }
        if let pointer = format.recordsPointer {
            facts.append(("records at", pointer.isEmpty ? "/" : pointer))
        }
        facts.append(("rows", String(table.rowCount)))
        facts.append(("columns", String(table.fields.count)))
        let lines = [table.sourceName] + aligned(facts) + columnLines(table, samples: samples)
        return (lines + notes(format.notes + advice(for: table))).joined(separator: "\n")
    }

    /// The JSON description of a CSV or JSON table.
    package static func json(_ table: DataTable, samples: Int = 3) -> String {
        let format = table.format
        let object: [(String, JSONOutput)] = [
            ("file", .string(table.sourceName)),
            ("format", .string(format.kind.rawValue)),
            ("encoding", .string(format.encoding?.name)),
            ("byteOrderMark", .bool(format.byteOrderMark)),
            ("delimiter", .string(format.delimiter.map(String.init))),
            ("decimal", .string(format.decimalMark.map(String.init))),
            ("thousands", .string(format.thousandsSeparator.map(String.init))),
            ("lineEnding", .string(format.lineEnding?.rawValue)),
            ("missingMarkers", .array(format.missingMarkers.map(JSONOutput.string))),
            ("recordsPointer", .string(format.recordsPointer)),
            ("rows", .integer(table.rowCount)),
            ("columns", columnsJSON(table, samples: samples)),
            ("notes", .array((format.notes + advice(for: table)).map(JSONOutput.string))),
        ]
        return JSONOutput.object(object).rendered()
    }

    /// Hints about likely misreadings that the reader itself cannot call errors: one column whose name
    /// holds another delimiter, and date-times (which stay text because Kresba reads calendar dates).
    package static func advice(for table: DataTable) -> [String] {
        var advice: [String] = []
        if table.format.kind == .csv, table.fields.count == 1, let name = table.fields.first?.name {
            let others = [";", ",", "\t", "|"].filter {
                name.contains($0) && Character($0) != table.format.delimiter
            }
            if let other = others.first {
                advice.append(
                    "the file reads as one column whose name contains \(other == "\t" ? "a tab" : "\"\(other)\""); "
                        + "is the delimiter wrong?")
            }
        }
        for field in table.fields where field.type == .text {
            guard case .text(let value)? = field.values.first(where: { !$0.isMissing }),
                DateParsing.looksLikeDateTime(value)
            else { continue }
            advice.append(
                "column \(Quoting.quoted(field.name)) holds dates with a time of day (\(Quoting.quoted(value))); "
                    + "Kresba reads calendar dates without times, so it is text")
        }
        return advice
    }

    // MARK: - Shared with geometry

    /// The column table: number, name, type (with the date format), missing count, sample values.
    static func columnLines(_ table: DataTable, samples: Int) -> [String] {
        guard !table.fields.isEmpty else { return [] }
        let summaries = table.fields.map { FieldSummary($0, sampleCount: samples) }
        let typeNames = summaries.map { summary in
            summary.type.rawValue + (summary.dateFormat.map { " \($0.rawValue)" } ?? "")
        }
        let fitting = summaries.map(\.name.count).filter { $0 <= nameColumnWidth }
        let nameWidth = max(6, fitting.max() ?? 0)
        let typeWidth = max(4, typeNames.map(\.count).max() ?? 0)
        var lines = [
            "",
            "  #  " + padded("column", nameWidth) + "  " + padded("type", typeWidth) + "  missing  values",
        ]
        for (index, summary) in summaries.enumerated() {
            let number = padded(String(index + 1), 3, left: true)
            let rest =
                "\(padded(typeNames[index], typeWidth))  \(padded(String(summary.missing), 7, left: true))  "
                + values(summary)
            if summary.name.count > nameColumnWidth {
                // Long ČSÚ headers in full, so they can be copied into a spec.
                lines.append("\(number)  \(summary.name)")
                lines.append("     \(padded("", nameWidth))  \(rest)")
            } else {
                lines.append("\(number)  \(padded(summary.name, nameWidth))  \(rest)")
            }
        }
        return lines
    }

    /// Samples, then the range of numbers and dates or the number of distinct texts.
    static func values(_ summary: FieldSummary) -> String {
        var text = summary.samples.map(FieldSummary.display).joined(separator: ", ")
        if let low = summary.minimum, let high = summary.maximum, summary.distinct > 1 {
            text +=
                (text.isEmpty ? "" : "; ") + "\(FieldSummary.display(low)) … \(FieldSummary.display(high))"
        } else if summary.distinct > summary.samples.count {
            let count =
                summary.distinct >= FieldSummary.distinctLimit
                ? "\(summary.distinct)+" : "\(summary.distinct)"
            text += (text.isEmpty ? "" : "; ") + "\(count) distinct"
        }
        return text.isEmpty ? "(all missing)" : text
    }

    static func columnsJSON(_ table: DataTable, samples: Int) -> JSONOutput {
        .array(
            table.fields.map { field in
                let summary = FieldSummary(field, sampleCount: samples)
                return .object([
                    ("name", .string(summary.name)),
                    ("type", .string(summary.type.rawValue)),
                    ("dateFormat", .string(summary.dateFormat?.rawValue)),
                    ("missing", .integer(summary.missing)),
                    ("distinct", .integer(summary.distinct)),
                    ("samples", .array(summary.samples.map(JSONOutput.value))),
                    ("min", summary.minimum.map(JSONOutput.value) ?? .null),
                    ("max", summary.maximum.map(JSONOutput.value) ?? .null),
                ])
            })
    }

    /// `  label  value` lines with the values aligned.
    static func aligned(_ facts: [(String, String)]) -> [String] {
        let width = facts.map(\.0.count).max() ?? 0
        return facts.map { "  \(padded($0.0, width))  \($0.1)" }
    }

    static func notes(_ notes: [String]) -> [String] {
        notes.isEmpty ? [] : ["", "notes:"] + notes.map { "  - \($0)" }
    }

    // MARK: - Private

    private static func shown(_ character: Character) -> String {
        switch character {
        case "\t": "tab"
        case " ": "space"
        case "\u{A0}": "no-break space"
        case "\u{202F}": "narrow no-break space"
        default: "\"\(character)\""
        }
    }

    private static func padded(_ text: String, _ width: Int, left: Bool = false) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? padding + text : text + padding
    }
}

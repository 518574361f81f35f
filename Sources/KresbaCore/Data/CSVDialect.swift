/// Choosing the field delimiter of a CSV file.
enum CSVDialect {
    /// The delimiters tried by detection, in the order that breaks ties: a tab almost never occurs inside
    /// a value by accident, and a semicolon wins over a comma because Czech files use the comma as a
    /// decimal mark.
    static let candidates: [UInt8] = [ASCII.tab, ASCII.semicolon, ASCII.comma, ASCII.pipe]
    /// How many records detection looks at.
    static let sampleRecords = 50

    /// The delimiter that splits the first records into the most consistent number of fields (more than
    /// one). Quotes are respected, so a `;` inside a quoted value does not count. Among equally
    /// consistent candidates the one giving more fields wins, then the order of ``candidates``. A file in
    /// which no candidate gives more than one field is a single column, read with `,`.
    static func detectDelimiter(in text: [UInt8], sourceName: String) -> UInt8 {
        var best: (delimiter: UInt8, matching: Int, fields: Int)?
        for candidate in candidates {
            let sample = sampleShapes(in: text, delimiter: candidate, sourceName: sourceName)
            guard let header = sample.first, header.fields > 1 else { continue }
            var matching = 0
            for shape in sample.dropFirst() where fits(shape, header: header) { matching += 1 }
            if let current = best, (current.matching, current.fields) >= (matching, header.fields) {
                continue
            }
            best = (candidate, matching, header.fields)
        }
        return best?.delimiter ?? ASCII.comma
    }

    /// The number of fields of a record and whether its last field is empty.
    private struct Shape {
        var fields: Int
        var lastIsEmpty: Bool
    }

    /// Whether a data record fits the header, allowing for the trailing delimiter that some exporters add
    /// to every line (to the data lines only, or to the header too).
    private static func fits(_ shape: Shape, header: Shape) -> Bool {
        shape.fields == header.fields
            || (shape.fields == header.fields + 1 && shape.lastIsEmpty)
            || (shape.fields == header.fields - 1 && header.lastIsEmpty)
    }

    /// Shapes of the first ``sampleRecords`` records; stops early at a quoting error, which the full read
    /// will report if this delimiter wins.
    private static func sampleShapes(in text: [UInt8], delimiter: UInt8, sourceName: String) -> [Shape] {
        var tokenizer = CSVTokenizer(
            text: text, delimiter: delimiter, sourceName: sourceName, maxColumns: DataLimits.defaultMaxColumns
        )
        var cells: [CSVCell] = []
        var shapes: [Shape] = []
        while shapes.count < sampleRecords {
            cells.removeAll(keepingCapacity: true)
            do {
                guard let record = try tokenizer.nextRecord(into: &cells), let last = cells.last else {
                    break
                }
                shapes.append(Shape(fields: record.cellCount, lastIsEmpty: last.start == last.end))
            } catch {
                break
            }
        }
        return shapes
    }

    /// The display form of a delimiter byte: `","`, `";"`, `"|"` or `tab`.
    static func describe(_ delimiter: UInt8) -> String {
        delimiter == ASCII.tab ? "tab" : "\"\(Character(Unicode.Scalar(delimiter)))\""
    }
}

/// Choosing the decimal mark of a CSV file from its values.
enum DecimalMarkDetection {
    /// What the cells say about the decimal mark.
    struct Evidence: Equatable {
        /// Cells that are numbers only with a decimal comma (`17,27573662`, `0,5`, `1.234,5`).
        var comma = 0
        /// Cells that are numbers only with a decimal point (`474.8015855`, `0.5`, `1,234.5`).
        var point = 0
        /// Cells that are numbers either way but with different values: `1,234` (1.234 or 1234).
        var ambiguousComma = 0
        /// Likewise `1.234` (1.234 or 1234).
        var ambiguousPoint = 0
        /// Whether some unquoted cell is a number under either mark; see ``CSVReader`` on quoted codes.
        var unquotedNumberSeen = false
    }

    /// Collects evidence from every data cell.
    static func evidence(cells: [CSVCell], skipping headerCells: Int, in text: [UInt8]) -> Evidence {
        var evidence = Evidence()
        for cell in cells.dropFirst(headerCells) {
            let (range, quoted) = CSVCellContent.contentRange(of: cell, in: text)
            let trimmed = ValueParsing.trimmed(range, in: text)
            // Cheap rejection of the many text cells: a number starts with a digit or a sign.
            guard let first = trimmed.first.map({ text[$0] }),
                ASCII.isDigit(first) || first == ASCII.minus || first == ASCII.plus || first == 0xE2
            else { continue }
            // Without a comma or a point both marks read the cell alike: no vote, at most one parse.
            if !text[trimmed].contains(where: { $0 == ASCII.comma || $0 == ASCII.dot }) {
                if !quoted && !evidence.unquotedNumberSeen
                    && ValueParsing.parseNumber(
                        trimmed, in: text, decimalMark: ASCII.dot, allowPercent: false) != nil
                {
                    evidence.unquotedNumberSeen = true
                }
                continue
            }
            let asComma = ValueParsing.parseNumber(
                trimmed, in: text, decimalMark: ASCII.comma, allowPercent: false)
            let asPoint = ValueParsing.parseNumber(
                trimmed, in: text, decimalMark: ASCII.dot, allowPercent: false)
            if !quoted && (asComma != nil || asPoint != nil) { evidence.unquotedNumberSeen = true }
            switch (asComma, asPoint) {
            case (.some, nil): evidence.comma += 1
            case (nil, .some): evidence.point += 1
            case (.some(let comma), .some(let point)) where comma.value != point.value:
                if text[trimmed].contains(ASCII.comma) {
                    evidence.ambiguousComma += 1
                } else {
                    evidence.ambiguousPoint += 1
                }
            default: break
            }
        }
        return evidence
    }

    /// The decimal mark the evidence points to.
    ///
    /// Unambiguous cells decide by majority. Without them, a comma-delimited file uses the point (there
    /// `1,234` can only be a quoted English thousands group), and otherwise the majority of ambiguous
    /// cells decides. With no evidence at all the Czech convention is assumed for `;` files (decimal
    /// comma) and the point elsewhere; it then matters only for reading `1.234`-style groups.
    static func decide(_ evidence: Evidence, delimiter: UInt8) -> UInt8 {
        let fallback = delimiter == ASCII.semicolon ? ASCII.comma : ASCII.dot
        if evidence.comma + evidence.point > 0 {
            if evidence.comma == evidence.point { return fallback }
            return evidence.comma > evidence.point ? ASCII.comma : ASCII.dot
        }
        if delimiter == ASCII.comma { return ASCII.dot }
        if evidence.ambiguousComma == evidence.ambiguousPoint { return fallback }
        return evidence.ambiguousComma > evidence.ambiguousPoint ? ASCII.comma : ASCII.dot
    }
}

/// A thousands separator found inside a number.
package enum GroupSeparator: Sendable, Equatable, Hashable, CaseIterable {
    case space
    case noBreakSpace
    case narrowNoBreakSpace
    case dot
    case comma

    package var character: Character {
        switch self {
        case .space: " "
        case .noBreakSpace: "\u{00A0}"
        case .narrowNoBreakSpace: "\u{202F}"
        case .dot: "."
        case .comma: ","
        }
    }
}

/// A number read from a cell, with the facts type inference needs.
struct ParsedNumber: Sendable, Equatable {
    var value: Double
    /// The value is a whole number that a Double holds exactly.
    var isIntegral: Bool
    /// Written with two or more integer digits starting with 0 (`0513`): a code, not a quantity.
    var hasLeadingZero: Bool
    /// Written as a whole number too large for a Double to hold exactly (a long identifier).
    var isInexactInteger: Bool
    var groupSeparator: GroupSeparator?
}

/// Reading numbers, booleans and missing markers from cell bytes.
///
/// Number syntax: optional whitespace, a sign (`-`, `+` or U+2212 minus), integer digits optionally in
/// groups of three separated by one kind of thousands separator (space, U+00A0, U+202F, or the other
/// one of `.`/`,` than the decimal mark), an optional decimal mark with digits, an optional exponent
/// (`1,5e3`), optionally (only when asked) a `%` suffix. Groups must be exactly three digits, which is
/// what keeps `1.5` from being read as 15 when the decimal mark is a comma.
package enum ValueParsing {
    /// Largest integer a Double represents exactly (2^53).
    static let exactIntegerLimit = 9_007_199_254_740_992.0
    /// Longer cells are never numbers; keeps the rare string conversion small.
    static let maxNumberLength = 64

    /// Parses `text` as a number with the given decimal mark (`","` or `"."`); nil when it is not one.
    package static func number(_ text: String, decimalMark: Character, allowPercent: Bool = false) -> Double?
    {
        let bytes = Array(text.utf8)
        let mark = decimalMark == "," ? ASCII.comma : ASCII.dot
        return parseNumber(bytes.indices, in: bytes, decimalMark: mark, allowPercent: allowPercent)?.value
    }

    /// Parses the bytes in `range` of `text`; see the type documentation for the syntax.
    static func parseNumber(
        _ range: Range<Int>,
        in text: [UInt8],
        decimalMark: UInt8,
        allowPercent: Bool
    ) -> ParsedNumber? {
        var trimmedRange = trimmed(range, in: text)
        if allowPercent, let last = trimmedRange.last, text[last] == ASCII.percent {
            trimmedRange = trimmed(trimmedRange.lowerBound..<last, in: text)
        }
        guard !trimmedRange.isEmpty, trimmedRange.count <= maxNumberLength else { return nil }
        return text.withUnsafeBufferPointer { bytes in
            parseTrimmed(trimmedRange, in: bytes, decimalMark: decimalMark)
        }
    }

    /// Checks the syntax and gathers the digits as an integer significand and a power of ten in one
    /// scan; the Double comes from ``ExactDecimal`` when that is exact, from `Double(String)` otherwise.
    private static func parseTrimmed(
        _ range: Range<Int>,
        in text: UnsafeBufferPointer<UInt8>,
        decimalMark: UInt8
    ) -> ParsedNumber? {
        var index = range.lowerBound
        let end = range.upperBound
        var negative = false
        if text[index] == ASCII.minus || text[index] == ASCII.plus {
            negative = text[index] == ASCII.minus
            index += 1
        } else if index + 2 < end, text[index] == 0xE2, text[index + 1] == 0x88, text[index + 2] == 0x92 {
            negative = true
            index += 3
        }

        // All digits, fraction included, in the order written; exact while there are at most 19.
        var significand: UInt64 = 0
        var digitCount = 0
        // Integer part: a first run of digits, then groups of exactly three behind one kind of separator.
        let integerStart = index
        while index < end && ASCII.isDigit(text[index]) {
            significand = significand &* 10 &+ UInt64(text[index] &- ASCII.zero)
            index += 1
        }
        let firstRun = index - integerStart
        guard firstRun > 0 else { return nil }
        digitCount = firstRun
        var separator: GroupSeparator?
        while index < end {
            guard let (kind, width) = groupSeparator(at: index, in: text, end: end, decimalMark: decimalMark),
                separator == nil || separator == kind
            else { break }
            let groupStart = index + width
            guard groupStart + 3 <= end,
                ASCII.isDigit(text[groupStart]), ASCII.isDigit(text[groupStart + 1]),
                ASCII.isDigit(text[groupStart + 2]),
                groupStart + 3 == end || !ASCII.isDigit(text[groupStart + 3])
            else { return nil }
            if separator == nil && (firstRun > 3 || text[integerStart] == ASCII.zero) { return nil }
            separator = kind
            for digitIndex in groupStart..<groupStart + 3 {
                significand = significand &* 10 &+ UInt64(text[digitIndex] &- ASCII.zero)
            }
            digitCount += 3
            index = groupStart + 3
        }
        let hasLeadingZero = separator == nil && firstRun >= 2 && text[integerStart] == ASCII.zero

        var power = 0
        var hasFraction = false
        if index < end && text[index] == decimalMark {
            index += 1
            let fractionStart = index
            while index < end && ASCII.isDigit(text[index]) {
                significand = significand &* 10 &+ UInt64(text[index] &- ASCII.zero)
                index += 1
            }
            guard index > fractionStart else { return nil }
            digitCount += index - fractionStart
            power = fractionStart - index
            hasFraction = true
        }
        var hasExponent = false
        if index < end && (text[index] == 0x65 || text[index] == 0x45) {
            index += 1
            var exponentNegative = false
            if index < end && (text[index] == ASCII.minus || text[index] == ASCII.plus) {
                exponentNegative = text[index] == ASCII.minus
                index += 1
            }
            let exponentStart = index
            var exponent = 0
            while index < end && ASCII.isDigit(text[index]) {
                // Clamped: anything this large is far outside the exact range anyway.
                exponent = min(exponent * 10 + Int(text[index] - ASCII.zero), 100_000)
                index += 1
            }
            guard index > exponentStart else { return nil }
            power += exponentNegative ? -exponent : exponent
            hasExponent = true
        }
        guard index == end else { return nil }

        let value: Double
        if digitCount <= ExactDecimal.maxDigits,
            let magnitude = ExactDecimal.value(significand: significand, power: power)
        {
            value = negative ? -magnitude : magnitude
        } else {
            guard let parsed = convertSlowly(range, in: text, decimalMark: decimalMark), parsed.isFinite
            else { return nil }
            value = parsed
        }
        // At 2^53 and beyond, neighbouring integers share a Double: 9007199254740993 reads as …992.
        let isExact = abs(value) < exactIntegerLimit
        return ParsedNumber(
            value: value,
            isIntegral: isExact && value.rounded(.towardZero) == value,
            hasLeadingZero: hasLeadingZero,
            isInexactInteger: !isExact && !hasFraction && !hasExponent,
            groupSeparator: separator
        )
    }

    /// The value of a number that ``parseTrimmed(_:in:decimalMark:)`` has found well-formed, through its
    /// plain ASCII form (`-1234.5e3`: no group separators, `.` as the mark) and `Double(String)`.
    private static func convertSlowly(
        _ range: Range<Int>,
        in text: UnsafeBufferPointer<UInt8>,
        decimalMark: UInt8
    ) -> Double? {
        var ascii: [UInt8] = []
        ascii.reserveCapacity(range.count + 1)
        var index = range.lowerBound
        if text[index] == ASCII.minus || text[index] == ASCII.plus {
            if text[index] == ASCII.minus { ascii.append(ASCII.minus) }
            index += 1
        } else if text[index] == 0xE2 {  // U+2212 minus, the only other byte a number can start with
            ascii.append(ASCII.minus)
            index += 3
        }
        while index < range.upperBound {
            let byte = text[index]
            if ASCII.isDigit(byte) {
                ascii.append(byte)
            } else if byte == decimalMark {
                ascii.append(ASCII.dot)
            } else if byte == 0x65 || byte == 0x45 {
                // The exponent and its sign are the rest of the number.
                ascii.append(contentsOf: text[index..<range.upperBound])
                break
            }
            // Anything else is a byte of a group separator.
            index += 1
        }
        return Double(String(decoding: ascii, as: UTF8.self))
    }

    /// Words read as booleans when inferring a column's type: English and Czech, any letter case.
    static let inferredBooleanWords: [String: Bool] = [
        "true": true, "false": false, "ano": true, "ne": false,
    ]
    /// Words accepted for a column declared `boolean`: the inferred ones plus yes/no and 1/0.
    static let declaredBooleanWords: [String: Bool] = inferredBooleanWords.merging(
        ["yes": true, "no": false, "1": true, "0": false], uniquingKeysWith: { first, _ in first })

    /// Parses a boolean word (case-insensitive) from `range`; nil when it is not one of `words`.
    static func parseBool(_ range: Range<Int>, in text: [UInt8], words: [String: Bool]) -> Bool? {
        let trimmedRange = trimmed(range, in: text)
        guard trimmedRange.count <= 5, !trimmedRange.isEmpty else { return nil }
        var word = ""
        for index in trimmedRange {
            let byte = text[index]
            guard byte < 0x80 else { return nil }
            word.unicodeScalars.append(Unicode.Scalar(byte >= 0x41 && byte <= 0x5A ? byte + 0x20 : byte))
        }
        return words[word]
    }

    /// `range` without leading and trailing spaces, tabs, U+00A0 and U+202F.
    @inline(__always)
    static func trimmed(_ range: Range<Int>, in text: [UInt8]) -> Range<Int> {
        // Nearly every cell neither starts nor ends with a byte of those characters; this is checked
        // inline, before the call that does the trimming.
        guard !range.isEmpty else { return range }
        let first = text[range.lowerBound]
        let last = text[range.upperBound - 1]
        if first > ASCII.space && first != 0xC2 && first != 0xE2 && last > ASCII.space && last != 0xA0
            && last != 0xAF
        {
            return range
        }
        return trimmedWhitespace(range, in: text)
    }

    private static func trimmedWhitespace(_ range: Range<Int>, in text: [UInt8]) -> Range<Int> {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end {
            let width = whitespaceWidth(at: start, in: text, end: end)
            if width == 0 { break }
            start += width
        }
        while end > start {
            let byte = text[end - 1]
            if byte == ASCII.space || byte == ASCII.tab {
                end -= 1
            } else if end - 2 >= start, text[end - 2] == 0xC2, byte == 0xA0 {
                end -= 2
            } else if end - 3 >= start, text[end - 3] == 0xE2, text[end - 2] == 0x80, byte == 0xAF {
                end -= 3
            } else {
                break
            }
        }
        return start..<end
    }

    // MARK: - Private

    /// The width in bytes of the whitespace character at `index`, or 0.
    private static func whitespaceWidth(at index: Int, in text: [UInt8], end: Int) -> Int {
        let byte = text[index]
        if byte == ASCII.space || byte == ASCII.tab { return 1 }
        if byte == 0xC2, index + 1 < end, text[index + 1] == 0xA0 { return 2 }
        if byte == 0xE2, index + 2 < end, text[index + 1] == 0x80, text[index + 2] == 0xAF { return 3 }
        return 0
    }

    /// The thousands separator starting at `index`, if any: spaces always, and `.` or `,` when it is
    /// not the decimal mark.
    @inline(__always)
    private static func groupSeparator(
        at index: Int,
        in text: UnsafeBufferPointer<UInt8>,
        end: Int,
        decimalMark: UInt8
    ) -> (GroupSeparator, Int)? {
        let byte = text[index]
        switch byte {
        case ASCII.space: return (.space, 1)
        case ASCII.dot where decimalMark != ASCII.dot: return (.dot, 1)
        case ASCII.comma where decimalMark != ASCII.comma: return (.comma, 1)
        case 0xC2 where index + 1 < end && text[index + 1] == 0xA0: return (.noBreakSpace, 2)
        case 0xE2 where index + 2 < end && text[index + 1] == 0x80 && text[index + 2] == 0xAF:
            return (.narrowNoBreakSpace, 3)
        default: return nil
        }
    }
}

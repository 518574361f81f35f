import Foundation

/// The ways of writing a date that the readers understand.
///
/// The raw value is the pattern shown to users (`kresba data`, messages). Every format reads to exactly
/// one ``DatePrecision``, and no text matches two formats, so a column's format is never ambiguous.
package enum DateFormat: String, Sendable, Equatable, Hashable, CaseIterable {
    /// `2024-01-05` (also `2024-1-5`).
    case isoDay = "YYYY-MM-DD"
    /// `2024-01`.
    case isoMonth = "YYYY-MM"
    /// `2024`. Never detected, only read in a column declared `date`: a column of years is far more often
    /// a number to plot or a category (`rok`) than a time axis, and bar charts rely on that.
    case year = "YYYY"
    /// `5. 1. 2024`, `5.1.2024`, `05.01.2024`: Czech day, month, year.
    case czechDay = "D. M. YYYY"
    /// `1/2024`: Czech month and year.
    case czechMonth = "M/YYYY"
    /// `leden 2024`, `ledna 2024`, `Leden 2024`, `unor 2024`: a Czech month name in the nominative or
    /// genitive, with or without diacritics, and a year.
    case czechMonthName = "měsíc YYYY"
    /// `5. ledna 2024`: day, Czech month name and year.
    case czechDayMonthName = "D. měsíce YYYY"
    /// `2024-Q1`, `2024Q1`, `2024 Q1`: Eurostat's and ISO 8601-2's quarter after the year.
    case isoQuarter = "YYYY-Qn"
    /// `Q1 2024`, `Q1/2024`, `1Q 2024`, `1Q2024`: the quarter before the year.
    case quarterYear = "Qn YYYY"
    /// `1. čtvrtletí 2024` (also without diacritics): ČSÚ's quarter.
    case czechQuarter = "n. čtvrtletí YYYY"
    /// `I/2024` … `IV/2024`: the Roman quarter of ČNB and ČSÚ tables.
    case romanQuarter = "I/YYYY"

    /// The precision every date in this format has.
    package var precision: DatePrecision {
        switch self {
        case .isoDay, .czechDay, .czechDayMonthName: .day
        case .isoMonth, .czechMonth, .czechMonthName: .month
        case .isoQuarter, .quarterYear, .czechQuarter, .romanQuarter: .quarter
        case .year: .year
        }
    }

    /// Whether a column may be detected as dates in this format without being declared.
    package var isDetected: Bool { self != .year }

    /// A sample value, for messages and `kresba data`.
    package var example: String {
        switch self {
        case .isoDay: "2024-01-05"
        case .isoMonth: "2024-01"
        case .year: "2024"
        case .czechDay: "5. 1. 2024"
        case .czechMonth: "1/2024"
        case .czechMonthName: "leden 2024"
        case .czechDayMonthName: "5. ledna 2024"
        case .isoQuarter: "2024-Q1"
        case .quarterYear: "Q1 2024"
        case .czechQuarter: "1. čtvrtletí 2024"
        case .romanQuarter: "I/2024"
        }
    }
}

/// Reading dates from cell text; see ``DateFormat`` for what is accepted.
///
/// Works on UTF-8 bytes so that CSV columns are checked without making a `String` per cell. Years have
/// exactly four digits, days and months one or two; whitespace after the dots of Czech dates is
/// optional. A value with a time (`2021-03-05 12:00`, `3/5/2021 12:00:00 AM`) is not a date.
package enum DateParsing {
    /// Parses `text` (surrounding whitespace allowed); nil when it is not a date in any format.
    package static func parse(_ text: String) -> (date: CalendarDate, format: DateFormat)? {
        let bytes = Array(text.utf8)
        return parse(bytes.indices, in: bytes)
    }

    /// Parses the bytes in `range` of `text`.
    static func parse(_ range: Range<Int>, in text: [UInt8]) -> (date: CalendarDate, format: DateFormat)? {
        let trimmed = ValueParsing.trimmed(range, in: text)
        // Longer than "30. listopadu 2024" with generous spaces: not a date; keeps the scan cheap.
        guard !trimmed.isEmpty, trimmed.count <= 40 else { return nil }
        // The scanner borrows the bytes: holding the array would retain and release it for every cell.
        let scanned = text.withUnsafeBufferPointer {
            bytes -> (year: Int, month: Int?, day: Int?, format: DateFormat)? in
            var scanner = Scanner(text: bytes, index: trimmed.lowerBound, end: trimmed.upperBound)
            let result: (year: Int, month: Int?, day: Int?, format: DateFormat)?
            if let first = scanner.digits(1...4) {
                result = scanner.afterLeadingNumber(first)
            } else if scanner.take(0x51) || scanner.take(0x71) {  // Q1 2024, Q1/2024
                result = scanner.digits(1...1).flatMap { quarter in
                    scanner.quarterYearSeparator()
                        ? scanner.year().map { ($0, quarter.value, nil, .quarterYear) } : nil
                }
            } else if let quarter = scanner.romanQuarter() {
                result =
                    scanner.take(ASCII.slash) ? scanner.year().map { ($0, quarter, nil, .romanQuarter) } : nil
            } else if let month = scanner.monthName() {
                result =
                    scanner.spaces(required: true)
                    ? scanner.year().map { ($0, month, nil, .czechMonthName) } : nil
            } else {
                result = nil
            }
            return scanner.atEnd ? result : nil
        }
        guard let result = scanned else { return nil }
        // Quarter formats carry the quarter where the others carry the month.
        let date =
            result.format.precision == .quarter
            ? result.month.flatMap { CalendarDate(year: result.year, quarter: $0) }
            : CalendarDate(year: result.year, month: result.month, day: result.day)
        guard let date else { return nil }
        return (date, result.format)
    }

    /// Whether `text` looks like a date followed by a time of day (`2021-03-05T10:00`, `3/5/2021 12:00:00
    /// AM`, `5. 3. 2021 10:00`), which Kresba does not read as a date; for hints only.
    package static func looksLikeDateTime(_ text: String) -> Bool {
        let characters = Array(text.trimmingCharacters(in: .whitespaces))
        guard characters.count <= 40, let colon = characters.firstIndex(of: ":") else { return false }
        // The hour: one or two digits before the first colon, after a space or a "T".
        var hourStart = colon
        while hourStart > 0 && characters[hourStart - 1].isASCII && characters[hourStart - 1].isNumber {
            hourStart -= 1
        }
        guard (1...2).contains(colon - hourStart), hourStart > 0,
            characters[hourStart - 1] == " " || characters[hourStart - 1] == "T"
        else { return false }
        let datePart = String(characters[..<(hourStart - 1)]).trimmingCharacters(in: .whitespaces)
        if parse(datePart)?.format.precision == .day { return true }
        // Numeric dates in other orders (US "3/5/2021"): digits with two separators.
        let separators = datePart.filter { $0 == "-" || $0 == "/" || $0 == "." }.count
        return separators == 2 && datePart.allSatisfy { $0.isASCII && ($0.isNumber || "-/. ".contains($0)) }
    }

    /// Lowercased month names (nominative and genitive, with and without diacritics) → month number,
    /// taken from ``ChartLocale/cs`` so that reading and writing use the same words.
    static let czechMonths: [String: Int] = {
        var months: [String: Int] = [:]
        let locale = ChartLocale.cs
        for (index, names) in zip(locale.monthNames, locale.monthNamesGenitive).enumerated() {
            for name in [names.0, names.1] {
                months[name] = index + 1
                months[withoutDiacritics(name)] = index + 1
            }
        }
        return months
    }()

    /// Czech letters without their háček, čárka or kroužek; other characters unchanged.
    static func withoutDiacritics(_ word: String) -> String {
        let plain: [Character: Character] = [
            "á": "a", "č": "c", "ď": "d", "é": "e", "ě": "e", "í": "i", "ň": "n", "ó": "o", "ř": "r",
            "š": "s", "ť": "t", "ú": "u", "ů": "u", "ý": "y", "ž": "z",
        ]
        return String(word.map { plain[$0] ?? $0 })
    }
}

/// A cursor over the bytes of one value.
private struct Scanner {
    let text: UnsafeBufferPointer<UInt8>
    var index: Int
    let end: Int

    var atEnd: Bool { index == end }

    /// After a leading run of digits: an ISO date, a Czech numeric date, a month/year or a year.
    mutating func afterLeadingNumber(_ first: (value: Int, count: Int)) -> (
        year: Int, month: Int?, day: Int?, format: DateFormat
    )? {
        if atEnd { return first.count == 4 ? (first.value, nil, nil, .year) : nil }
        // 2024-Q1, 2024Q1, 2024 Q1.
        if first.count == 4 {
            let start = index
            if !take(ASCII.minus) { _ = spaces(required: false) }
            if take(0x51) || take(0x71), let quarter = digits(1...1) {
                return (first.value, quarter.value, nil, .isoQuarter)
            }
            index = start
        }
        // 1Q 2024, 1Q2024, 1Q/2024.
        if first.count == 1, take(0x51) || take(0x71) {
            guard quarterYearSeparator(optional: true) else { return nil }
            return year().map { ($0, first.value, nil, .quarterYear) }
        }
        switch text[index] {
        case ASCII.minus where first.count == 4:
            index += 1
            guard let month = digits(1...2) else { return nil }
            if atEnd { return (first.value, month.value, nil, .isoMonth) }
            guard take(ASCII.minus), let day = digits(1...2) else { return nil }
            return (first.value, month.value, day.value, .isoDay)
        case ASCII.slash where first.count <= 2:
            index += 1
            return year().map { ($0, first.value, nil, .czechMonth) }
        case ASCII.dot where first.count <= 2:
            index += 1
            _ = spaces(required: false)
            if let month = digits(1...2) {
                guard take(ASCII.dot) else { return nil }
                _ = spaces(required: false)
                return year().map { ($0, month.value, first.value, .czechDay) }
            }
            if first.count == 1, quarterWord() {
                guard spaces(required: true) else { return nil }
                return year().map { ($0, first.value, nil, .czechQuarter) }
            }
            guard let month = monthName(), spaces(required: true) else { return nil }
            return year().map { ($0, month, first.value, .czechDayMonthName) }
        default:
            return nil
        }
    }

    /// A run of ASCII digits whose length is in `counts`; nil (and nothing consumed) otherwise.
    mutating func digits(_ counts: ClosedRange<Int>) -> (value: Int, count: Int)? {
        var value = 0
        var count = 0
        var scan = index
        while scan < end && ASCII.isDigit(text[scan]) && count <= counts.upperBound {
            value = value * 10 + Int(text[scan] - ASCII.zero)
            count += 1
            scan += 1
        }
        guard counts.contains(count) else { return nil }
        index = scan
        return (value, count)
    }

    /// Exactly four digits.
    mutating func year() -> Int? { digits(4...4)?.value }

    /// What stands between a quarter and its year: spaces, or a slash; nothing too when `optional`
    /// (1Q2024).
    mutating func quarterYearSeparator(optional: Bool = false) -> Bool {
        if take(ASCII.slash) { return true }
        return spaces(required: !optional)
    }

    /// "čtvrtletí" (any case, with or without diacritics); nothing consumed when it is not there.
    mutating func quarterWord() -> Bool {
        var scan = index
        while scan < end && text[scan] != ASCII.space && text[scan] != ASCII.tab && text[scan] != 0xC2
            && text[scan] != 0xE2
        {
            scan += 1
        }
        guard scan > index, scan - index <= 12 else { return false }
        let word = DateParsing.withoutDiacritics(
            String(decoding: text[index..<scan], as: UTF8.self).lowercased())
        guard word == "ctvrtleti" else { return false }
        index = scan
        return true
    }

    /// I, II, III or IV before a slash; nothing consumed otherwise.
    mutating func romanQuarter() -> Int? {
        var scan = index
        while scan < end && (text[scan] == 0x49 || text[scan] == 0x56) { scan += 1 }
        let numeral = String(decoding: text[index..<scan], as: UTF8.self)
        guard let quarter = ["I": 1, "II": 2, "III": 3, "IV": 4][numeral], scan < end,
            text[scan] == ASCII.slash
        else { return nil }
        index = scan
        return quarter
    }

    mutating func take(_ byte: UInt8) -> Bool {
        guard index < end, text[index] == byte else { return false }
        index += 1
        return true
    }

    /// Skips spaces, tabs and no-break spaces; false when `required` and there were none.
    mutating func spaces(required: Bool) -> Bool {
        let start = index
        while index < end {
            if text[index] == ASCII.space || text[index] == ASCII.tab {
                index += 1
            } else if text[index] == 0xC2, index + 1 < end, text[index + 1] == 0xA0 {
                index += 2
            } else if text[index] == 0xE2, index + 2 < end, text[index + 1] == 0x80, text[index + 2] == 0xAF {
                index += 3
            } else {
                break
            }
        }
        return !required || index > start
    }

    /// A Czech month name up to the next space; nil (and nothing consumed) when it is not one.
    mutating func monthName() -> Int? {
        var scan = index
        while scan < end && text[scan] != ASCII.space && text[scan] != ASCII.tab && text[scan] != 0xC2
            && text[scan] != 0xE2 && !ASCII.isDigit(text[scan])
        {
            scan += 1
        }
        // "prosince" is the longest name: 8 letters, at most 16 bytes with diacritics.
        guard scan > index, scan - index <= 16 else { return nil }
        let word = String(decoding: text[index..<scan], as: UTF8.self).lowercased()
        guard let month = DateParsing.czechMonths[word] else { return nil }
        index = scan
        return month
    }
}

/// How much of a ``CalendarDate`` is known: a whole year, a quarter, a month, or a single day.
package enum DatePrecision: String, Sendable, Equatable, Hashable, Comparable, CaseIterable {
    case year
    case quarter
    case month
    case day

    private var rank: Int {
        switch self {
        case .year: 0
        case .quarter: 1
        case .month: 2
        case .day: 3
        }
    }

    package static func < (lhs: DatePrecision, rhs: DatePrecision) -> Bool { lhs.rank < rhs.rank }
}

/// A date on the proleptic Gregorian calendar as the data wrote it: a year, a quarter or a month of
/// a year, or a day — never an instant.
///
/// Statistics are reported per calendar day, month or year, not per moment; turning `2024-01-05` into a
/// midnight instant would let a time zone shift it to the 4th. So there is no time and no zone here, and
/// the day count is computed arithmetically (no Foundation `Calendar`), the same on every machine.
package struct CalendarDate: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// 1…9999.
    package let year: Int
    /// 1…12, nil for a whole year.
    package let month: Int?
    /// 1…(days in the month), nil for a whole month or year; never set without ``month``.
    package let day: Int?
    /// Whether the date is a quarter of ``year`` (ČSÚ's "1. čtvrtletí 2024", Eurostat's "2024-Q1");
    /// then ``month`` is the quarter's first month: 1, 4, 7 or 10.
    package let isQuarter: Bool

    /// Creates a date, or nil when the parts do not name one (month 13, 30 February, a day without a
    /// month, a year outside 1…9999).
    package init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month {
            guard (1...12).contains(month) else { return nil }
            if let day {
                guard day >= 1 && day <= Self.daysInMonth(year: year, month: month) else { return nil }
            }
        } else if day != nil {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
        self.isQuarter = false
    }

    /// The quarter `quarter` (1…4) of `year`, or nil when there is no such quarter.
    package init?(year: Int, quarter: Int) {
        guard (1...9999).contains(year), (1...4).contains(quarter) else { return nil }
        self.year = year
        self.month = 3 * quarter - 2
        self.day = nil
        self.isQuarter = true
    }

    /// 1…4 for a quarter, else nil.
    package var quarter: Int? {
        guard isQuarter, let month else { return nil }
        return (month - 1) / 3 + 1
    }

    /// The day `ordinal` days after 1970-01-01 (negative before it), with day precision; nil outside
    /// the years 1…9999.
    package init?(daysSince1970 ordinal: Int) {
        let (year, month, day) = Self.civil(daysSince1970: ordinal)
        self.init(year: year, month: month, day: day)
    }

    /// Whether the date is a year, a month or a day.
    package var precision: DatePrecision {
        if day != nil { return .day }
        if isQuarter { return .quarter }
        return month != nil ? .month : .year
    }

    /// Days from 1970-01-01 to the first day of the date (so a month or a year counts from its first
    /// day). A sortable, zone-free number for scales: consecutive days differ by exactly 1.
    package var daysSince1970: Int {
        Self.daysSince1970(year: year, month: month ?? 1, day: day ?? 1)
    }

    /// Days from 1970-01-01 to the last day the date covers: the day itself, the month's last day, or
    /// 31 December.
    package var lastDaySince1970: Int {
        switch precision {
        case .day: return daysSince1970
        case .month, .quarter:
            let last = (month ?? 1) + (isQuarter ? 2 : 0)
            return Self.daysSince1970(year: year, month: last, day: Self.daysInMonth(year: year, month: last))
        case .year: return Self.daysSince1970(year: year, month: 12, day: 31)
        }
    }

    /// ISO 8601 at the date's precision: `2024`, `2024-01` or `2024-01-05`; a quarter as Eurostat
    /// and ISO 8601-2 write it, `2024-Q1`.
    package var description: String {
        if let quarter { return Self.padded(year, 4) + "-Q\(quarter)" }
        var text = Self.padded(year, 4)
        if let month { text += "-" + Self.padded(month, 2) }
        if let day { text += "-" + Self.padded(day, 2) }
        return text
    }

    /// Earlier first; a coarser date sorts before a finer one that starts on the same day
    /// (`2024` < `2024-Q1` < `2024-01` < `2024-01-01`), so sorting is total and deterministic.
    package static func < (lhs: CalendarDate, rhs: CalendarDate) -> Bool {
        let (left, right) = (lhs.daysSince1970, rhs.daysSince1970)
        if left != right { return left < right }
        return lhs.precision < rhs.precision
    }

    /// 28…31.
    package static func daysInMonth(year: Int, month: Int) -> Int {
        switch month {
        case 2: return isLeapYear(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Gregorian rule: every fourth year, except centuries not divisible by 400.
    package static func isLeapYear(_ year: Int) -> Bool {
        year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
    }

    /// Year, month and day of a day number, for any year: Howard Hinnant's civil_from_days shifts
    /// to a year starting 1 March, so that the leap day is the last day of the year, then splits
    /// the days into 400-year eras of 146 097 days.
    package static func civil(daysSince1970 ordinal: Int) -> (year: Int, month: Int, day: Int) {
        let z = ordinal + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    // MARK: - Private

    /// Howard Hinnant's days_from_civil (see ``init(daysSince1970:)``); valid for any year, so
    /// time axes can step through months with plain integers.
    package static func daysSince1970(year: Int, month: Int, day: Int) -> Int {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}

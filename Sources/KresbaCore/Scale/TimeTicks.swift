/// Tick placement for time axes, on a scale of days since 1970-01-01 (civil dates, no time
/// zones: a date never shifts, whatever the machine's zone).
///
/// Ticks fall where a reader expects them: on month starts (every 1, 2, 3 or 6 months) or on
/// year starts (every 1, 2, 5, 10 … years), or on days for short spans. Month ticks are labelled
/// with the short month name, and the year is written once under January (and under the first
/// tick), as newsroom charts do. Quarterly data get quarter ticks: I, II, III, IV in Czech (as ČNB
/// and ČSÚ charts write quarters), Q1 … Q4 in English, the year under the first quarter.
package struct TimeTicks: Sendable, Equatable {
    /// One tick.
    package struct Tick: Sendable, Equatable {
        /// Days since 1970-01-01.
        package var day: Double
        /// First label line ("led", "2021", "5. 1.").
        package var label: String
        /// Optional second line (the year under January).
        package var sublabel: String?
    }

    /// The ticks, in order.
    package var ticks: [Tick]

    /// The interval between ticks.
    package enum Interval: Sendable, Equatable {
        case days(Int)
        case months(Int)
        /// Quarters, for quarterly data: on the first days of January, April, July and October.
        case quarters(Int)
        case years(Int)
    }
    /// The chosen interval.
    package var interval: Interval

    /// Chooses ticks for days `lo...hi` drawn over `length` pixels, at least `spacing` pixels
    /// apart (the caller passes the width a label needs).
    /// - Parameter finest: ticks no finer than the data (monthly data never gets day ticks):
    ///   `.days(1)`, `.months(1)`, `.quarters(1)` or `.years(1)`.
    package static func make(
        lo: Double, hi: Double, length: Double, spacing: Double, locale: ChartLocale,
        finest: Interval = .days(1)
    ) -> TimeTicks {
        let span = max(1, hi - lo)
        let maxTicks = max(1, Int(length / max(spacing, 1)))
        let years: [Interval] = [
            .years(1), .years(2), .years(5), .years(10), .years(20), .years(50), .years(100),
        ]
        let candidates: [Interval]
        if case .quarters = finest {
            candidates = [.quarters(1), .quarters(2)] + years
        } else {
            candidates =
                [.days(1), .days(2), .days(7), .days(14), .months(1), .months(2), .months(3), .months(6)]
                + years
        }
        // The finest interval whose ticks do not crowd; day intervals only for short spans, so a
        // long daily series gets month ticks.
        let allowed = candidates.drop { interval in
            switch (interval, finest) {
            case (.days, .months), (.days, .years), (.months, .years), (.quarters, .years): return true
            default: return false
            }
        }
        let chosen =
            allowed.first { interval in
                if case .days = interval, span > 92 { return false }
                return Double(count(interval, lo: lo, hi: hi)) <= Double(maxTicks)
            } ?? .years(100)
        return TimeTicks(ticks: ticks(chosen, lo: lo, hi: hi, locale: locale), interval: chosen)
    }

    private static func count(_ interval: Interval, lo: Double, hi: Double) -> Int {
        tickDays(interval, lo: lo, hi: hi).count
    }

    /// The days of the ticks of an interval within `lo...hi`.
    static func tickDays(_ interval: Interval, lo: Double, hi: Double) -> [Int] {
        let first = Int(lo.rounded(.up))
        let last = Int(hi.rounded(.down))
        guard first <= last else { return [] }
        var days: [Int] = []
        switch interval {
        case .days(let n) where n == 7 || n == 14:
            // Weekly ticks fall on Mondays (1970-01-05 was a Monday).
            var d = first + ((4 - first) % n + n) % n
            while d <= last {
                days.append(d)
                d += n
            }
        case .days(let n):
            // Every n-th day of each month, starting on the 1st, so ticks line up with months.
            for d in first...last
            where (CalendarDate.civil(daysSince1970: d).2 - 1) % n == 0
                && CalendarDate.civil(daysSince1970: d).2 + n - 1 <= 31
            {
                days.append(d)
            }
        case .quarters(let n):
            return tickDays(.months(3 * n), lo: lo, hi: hi)
        case .months(let n):
            var (y, m, _) = CalendarDate.civil(daysSince1970: first)
            if CalendarDate.daysSince1970(year: y, month: m, day: 1) < first {
                (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1)
            }
            while (m - 1) % n != 0 { (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1) }
            while CalendarDate.daysSince1970(year: y, month: m, day: 1) <= last {
                days.append(CalendarDate.daysSince1970(year: y, month: m, day: 1))
                for _ in 0..<n { (y, m) = m == 12 ? (y + 1, 1) : (y, m + 1) }
            }
        case .years(let n):
            var (y, _, _) = CalendarDate.civil(daysSince1970: first)
            if CalendarDate.daysSince1970(year: y, month: 1, day: 1) < first { y += 1 }
            y += ((n - y % n) % n)
            while CalendarDate.daysSince1970(year: y, month: 1, day: 1) <= last {
                days.append(CalendarDate.daysSince1970(year: y, month: 1, day: 1))
                y += n
            }
        }
        return days
    }

    private static func ticks(_ interval: Interval, lo: Double, hi: Double, locale: ChartLocale) -> [Tick] {
        let days = tickDays(interval, lo: lo, hi: hi)
        var result: [Tick] = []
        for (i, day) in days.enumerated() {
            let (y, m, d) = CalendarDate.civil(daysSince1970: day)
            switch interval {
            case .years:
                result.append(Tick(day: Double(day), label: String(y), sublabel: nil))
            case .quarters:
                let quarter = (m - 1) / 3
                let label = locale.identifier == "cs" ? ["I", "II", "III", "IV"][quarter] : "Q\(quarter + 1)"
                result.append(
                    Tick(day: Double(day), label: label, sublabel: quarter == 0 || i == 0 ? String(y) : nil))
            case .months:
                // The year is written once per year: under January, and under the first tick.
                let showYear = m == 1 || i == 0
                result.append(
                    Tick(
                        day: Double(day), label: locale.shortMonthNames[m - 1],
                        sublabel: showYear ? String(y) : nil))
            case .days:
                let label =
                    locale.identifier == "cs" ? "\(d). \(m)." : "\(d) \(locale.shortMonthNames[m - 1])"
                let newMonth = i == 0 || CalendarDate.civil(daysSince1970: days[i - 1]).1 != m
                result.append(
                    Tick(
                        day: Double(day), label: label,
                        sublabel: newMonth && (i == 0 || m == 1) ? String(y) : nil))
            }
        }
        return result
    }
}

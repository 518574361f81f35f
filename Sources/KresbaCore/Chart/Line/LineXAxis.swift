import Foundation
import KresbaScene

/// The x axis of a line chart: where its domain starts and ends, its ticks and their labels.
struct LineXAxis {
    /// The domain in x units (days for time, numbers, or category indices).
    var lo: Double
    var hi: Double
    /// Tick positions in x units, with a label and an optional second line (the year).
    var ticks: [(x: Double, label: String, sublabel: String?)]
    /// Category names, for ordinal axes (annotations are resolved against them).
    var categories: [String]

    /// Whether any tick has a second label line.
    var hasSublabels: Bool { ticks.contains { $0.sublabel != nil } }

    /// Maps an x value to a position between `r0` and `r1`.
    func position(_ x: Double, _ r0: Double, _ r1: Double) -> Double {
        hi == lo ? (r0 + r1) / 2 : r0 + (x - lo) / (hi - lo) * (r1 - r0)
    }

    /// Builds the axis for the data over `length` pixels.
    static func make(
        _ data: LineData, length: Double, font: Font, locale: ChartLocale, measurer: any TextMeasurer,
        extendBy: Double = 0
    ) throws -> LineXAxis {
        let (dataLo, lastX) = data.xExtent ?? (0, 1)
        let dataHi = lastX + extendBy
        switch data.xKind {
        case .temporal(let precision):
            // A label needs room for "led" or "2021" plus a gap.
            let spacing = try measurer.measure("2000", font: font).width + 18
            let finest: TimeTicks.Interval =
                switch precision {
                case .day: .days(1)
                case .month: .months(1)
                case .quarter: .quarters(1)
                case .year: .years(1)
                }
            let t = TimeTicks.make(
                lo: dataLo, hi: dataHi, length: length, spacing: spacing, locale: locale, finest: finest)
            return LineXAxis(
                lo: dataLo, hi: dataHi, ticks: t.ticks.map { ($0.day, $0.label, $0.sublabel) }, categories: []
            )
        case .ordinal(let categories):
            // Label every k-th category so labels keep apart.
            let widest = try categories.map { try measurer.measure($0, font: font).width }.max() ?? 0
            let step = length / Double(max(1, categories.count - 1))
            let every = max(1, Int(ceil((widest + 12) / max(step, 1))))
            let ticks = categories.enumerated().filter { $0.offset % every == 0 }.map {
                (Double($0.offset), $0.element, String?.none)
            }
            return LineXAxis(
                lo: 0, hi: Double(max(1, categories.count - 1)), ticks: ticks, categories: categories)
        case .quantitative(let years):
            let format = data.xChannel.format ?? (years ? (try? NumberFormat(pattern: "0")) : nil)
            let sample = (format ?? NumberFormat.automatic(forStep: 1)).string(dataHi, locale: locale)
            let spacing = max(48, try measurer.measure(sample, font: font).width + 24)
            if years {
                // Whole years only, and the domain is the data's, not widened to round numbers.
                let room = max(1, length / spacing)
                let step =
                    [1.0, 2, 5, 10, 20, 50, 100, 200, 500].first { (dataHi - dataLo) / $0 <= room } ?? 1000
                let first = (dataLo / step).rounded(.up) * step
                let ticks = stride(from: first, through: dataHi, by: step).map {
                    ($0, format?.string($0, locale: locale) ?? "\(Int($0))", String?.none)
                }
                return LineXAxis(lo: dataLo, hi: dataHi, ticks: ticks, categories: [])
            }
            let axis = ValueAxis.make(
                dataLo: dataLo, dataHi: dataHi, explicit: data.xChannel.domain, length: length,
                spacing: spacing,
                format: format, locale: locale, includeZero: false)
            return LineXAxis(
                lo: axis.lo, hi: axis.hi, ticks: zip(axis.ticks, axis.labels).map { ($0, $1, nil) },
                categories: [])
        }
    }

    /// Resolves an annotation's x value (a number, a date or a category name) to x units.
    func resolve(_ value: AxisValue, kind: LineData.XKind) -> Double? {
        switch (value, kind) {
        case (.number(let d), .quantitative): return d
        case (.number(let d), .temporal):
            return Double(CalendarDate.daysSince1970(year: Int(d), month: 1, day: 1))
        case (.number(let d), .ordinal):
            return categories.firstIndex(of: d == d.rounded() ? String(Int(d)) : String(d)).map(Double.init)
        case (.text(let s), .temporal): return (DateParsing.parse(s)?.date.daysSince1970).map(Double.init)
        case (.text(let s), .ordinal): return categories.firstIndex(of: s).map(Double.init)
        case (.text(let s), .quantitative): return Double(s)
        }
    }
}

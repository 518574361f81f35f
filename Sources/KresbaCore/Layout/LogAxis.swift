import Foundation

/// A logarithmic value axis: the domain widened to whole decades, ticks at 1, 2 and 5 times
/// powers of ten when there are few decades, at powers of ten only when there are many.
struct LogAxis {
    /// log10 of the domain's ends.
    var logLo: Double
    var logHi: Double
    /// Tick values.
    var ticks: [Double]
    /// Tick labels.
    var labels: [String]

    /// The axis for positive data in `dataLo...dataHi`.
    static func make(
        dataLo: Double, dataHi: Double, length: Double, format: NumberFormat?, locale: ChartLocale
    )
        -> LogAxis
    {
        let lo = floor(log10(max(dataLo, .leastNormalMagnitude)))
        var hi = ceil(log10(max(dataHi, .leastNormalMagnitude)))
        if hi <= lo { hi = lo + 1 }
        let decades = Int(hi - lo)
        let multiples: [Double] = length / Double(decades) > 120 ? [1, 2, 5] : [1]
        var ticks: [Double] = []
        for e in Int(lo)...Int(hi) {
            for m in multiples {
                let v = m * pow(10, Double(e))
                if v <= pow(10, hi) * 1.000_001 { ticks.append(v) }
            }
        }
        let f = format ?? NumberFormat.automatic(forStep: max(1e-12, ticks.first ?? 1))
        return LogAxis(logLo: lo, logHi: hi, ticks: ticks, labels: ticks.map { f.string($0, locale: locale) })
    }

    /// Maps a positive value to a position between `r0` and `r1`.
    func position(_ value: Double, _ r0: Double, _ r1: Double) -> Double {
        let t = (log10(max(value, .leastNormalMagnitude)) - logLo) / (logHi - logLo)
        return r0 + t * (r1 - r0)
    }
}

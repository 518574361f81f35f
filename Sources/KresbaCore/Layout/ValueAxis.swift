import KresbaScene

/// A continuous axis: a nice domain (including zero unless told otherwise: bars and areas must
/// start at zero), tick values, and their formatted labels.
struct ValueAxis {
    /// The lower end of the domain.
    var lo: Double
    /// The upper end of the domain.
    var hi: Double
    /// Tick values, ascending.
    var ticks: [Double]
    /// Tick label texts, one per tick.
    var labels: [String]

    /// Builds the axis for data spanning `dataLo...dataHi` drawn over `length` pixels.
    /// - Parameters:
    ///   - explicit: a domain from the spec, used as is (only zero is added if missing).
    ///   - spacing: the wanted distance between ticks in pixels.
    ///   - format: the label format; an automatic one fits the tick step when `nil`.
    static func make(
        dataLo: Double, dataHi: Double, explicit: (Double, Double)?, length: Double, spacing: Double,
        format: NumberFormat?, locale: ChartLocale, includeZero: Bool = true
    ) -> ValueAxis {
        var lo = explicit?.0 ?? dataLo
        var hi = explicit?.1 ?? dataHi
        if includeZero {
            lo = min(0, lo)
            hi = max(0, hi)
        }
        if lo == hi {
            // A flat series still needs an axis around its value.
            let pad = lo == 0 ? 1 : abs(lo) * 0.1
            (lo, hi) = includeZero && lo >= 0 ? (lo, hi + pad) : (lo - pad, hi + pad)
        }
        let count = max(2, Int((length / spacing).rounded()))
        var scale = LinearScale(domain: (lo, hi), range: (0, length))
        if explicit == nil {
            // With room for only two or three ticks, d3-style nicing overshoots (−1.5…5.9 becomes
            // −10…10); nicing to a finer step keeps the bars long and the ticks stay few.
            scale.nice(count: count <= 3 ? count * 2 : count)
            lo = scale.domain.0
            hi = scale.domain.1
        }
        let ticks = scale.ticks(count: count)
        let step = ticks.count > 1 ? ticks[1] - ticks[0] : (hi - lo)
        let f = format ?? NumberFormat.automatic(forStep: step)
        return ValueAxis(lo: lo, hi: hi, ticks: ticks, labels: ticks.map { f.string($0, locale: locale) })
    }

    /// Maps a value to a position between `r0` (for `lo`) and `r1` (for `hi`).
    func position(_ value: Double, _ r0: Double, _ r1: Double) -> Double {
        r0 + (value - lo) / (hi - lo) * (r1 - r0)
    }

    /// The widest label.
    func maxLabelWidth(font: Font, measurer: any TextMeasurer) throws -> Double {
        try labels.map { try measurer.measure($0, font: font).width }.max() ?? 0
    }
}

/// Crisp hairlines: a 1 px line drawn on a pixel boundary is blurred over two pixels, so
/// positions of thin horizontal and vertical lines are moved to pixel centres.
func crisp(_ v: Double, width: Double = 1) -> Double {
    let w = width.rounded()
    return Int(w) % 2 == 1 ? v.rounded(.down) + 0.5 : v.rounded()
}

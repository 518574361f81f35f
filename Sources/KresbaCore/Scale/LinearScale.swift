/// Maps a continuous domain linearly onto a range of positions, like d3's `scaleLinear`.
///
/// Either end pair may be reversed: a domain (100, 0) or a range (height, 0) for a y axis both
/// just flip the direction. A degenerate domain maps every value to the middle of the range
/// (and a degenerate range inverts to the middle of the domain), as d3 does.
package struct LinearScale: Sendable, Equatable {
    /// The domain value mapped to `rangeStart`.
    package var domainStart: Double
    /// The domain value mapped to `rangeEnd`.
    package var domainEnd: Double
    /// The output for `domainStart`.
    package var rangeStart: Double
    /// The output for `domainEnd`.
    package var rangeEnd: Double
    /// Whether values outside the domain are pinned to the range ends instead of extrapolated.
    package var clamped: Bool

    /// Creates a scale over an increasing domain.
    package init(domain: ClosedRange<Double>, range: (Double, Double) = (0, 1), clamped: Bool = false) {
        self.init(domain: (domain.lowerBound, domain.upperBound), range: range, clamped: clamped)
    }

    /// Creates a scale; `domain.0` maps to `range.0` and `domain.1` to `range.1`, in any order.
    package init(domain: (Double, Double), range: (Double, Double) = (0, 1), clamped: Bool = false) {
        domainStart = domain.0
        domainEnd = domain.1
        rangeStart = range.0
        rangeEnd = range.1
        self.clamped = clamped
    }

    /// The domain as (start, end).
    package var domain: (Double, Double) {
        get { (domainStart, domainEnd) }
        set { (domainStart, domainEnd) = newValue }
    }

    /// The range as (start, end).
    package var range: (Double, Double) {
        get { (rangeStart, rangeEnd) }
        set { (rangeStart, rangeEnd) = newValue }
    }

    /// The position of a domain value.
    package func callAsFunction(_ value: Double) -> Double {
        Self.map(value, from: (domainStart, domainEnd), to: (rangeStart, rangeEnd), clamped: clamped)
    }

    /// The domain value at a position (the inverse mapping).
    package func invert(_ position: Double) -> Double {
        Self.map(position, from: (rangeStart, rangeEnd), to: (domainStart, domainEnd), clamped: clamped)
    }

    /// Extends the domain outward to multiples of the step `ticks(count:)` would use.
    ///
    /// Repeats until the step stops changing (at most 10 times), like d3's `linear.nice`, because
    /// widening the domain can change the step; if it never settles the domain is left alone.
    /// Non-finite, equal or unsteppable domains are left unchanged.
    package mutating func nice(count: Int = 10) {
        let reversed = domainEnd < domainStart
        var start = min(domainStart, domainEnd)
        var stop = max(domainStart, domainEnd)
        var previous: TickIncrement?
        for _ in 0..<10 {
            guard let step = tickIncrement(start, stop, count: count) else { return }
            if step == previous {
                (domainStart, domainEnd) = reversed ? (stop, start) : (start, stop)
                return
            }
            start = step.tick(step.floorIndex(start))
            stop = step.tick(step.ceilIndex(stop))
            guard start.isFinite, stop.isFinite else { return }
            previous = step
        }
    }

    /// A copy with the domain extended to nice values; see ``nice(count:)``.
    package func niced(count: Int = 10) -> LinearScale {
        var copy = self
        copy.nice(count: count)
        return copy
    }

    /// About `count` round values within the domain, in domain order; see ``niceTicks(_:_:count:)``.
    package func ticks(count: Int = 10) -> [Double] {
        niceTicks(domainStart, domainEnd, count: count)
    }

    /// The signed distance between the values `ticks(count:)` returns.
    package func tickStep(count: Int = 10) -> Double {
        KresbaCore.tickStep(domainStart, domainEnd, count: count)
    }

    /// A label format with just enough decimals for `ticks(count:)`.
    package func tickFormat(count: Int = 10) -> NumberFormat {
        .automatic(forStep: tickStep(count: count))
    }

    private static func map(
        _ value: Double, from: (Double, Double), to: (Double, Double), clamped: Bool
    ) -> Double {
        let span = from.1 - from.0
        var t = span == 0 ? 0.5 : (value - from.0) / span
        if clamped { t = min(1, max(0, t)) }
        // This form returns both range ends exactly for t = 0 and t = 1.
        return to.0 * (1 - t) + to.1 * t
    }
}

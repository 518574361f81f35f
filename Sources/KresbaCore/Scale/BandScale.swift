/// Places categories in equal bands along a range, like d3's `scaleBand`.
///
/// The range is divided into `n` steps; each band is `step × (1 − paddingInner)` wide, with
/// `paddingOuter` steps of space before the first and after the last band, and `align` deciding
/// where leftover space goes (0 low end, 0.5 centre, 1 high end). The first category always
/// sits at `rangeStart`'s end, so a reversed range such as (height, 0) puts it at the bottom,
/// as in d3; positions are always a band's lower coordinate.
package struct BandScale: Sendable, Equatable {
    /// The categories in order; duplicates are dropped, keeping the first occurrence.
    package var domain: [String] {
        get { categories }
        set { setDomain(newValue) }
    }
    /// The end of the range where the first category sits.
    package var rangeStart: Double
    /// The other end of the range.
    package var rangeEnd: Double
    /// Space between bands as a fraction of the step, clamped to 0...1.
    package var paddingInner: Double
    /// Space before the first and after the last band, in steps, at least 0.
    package var paddingOuter: Double
    /// Where unused space goes, 0...1; 0.5 centres the bands.
    package var align: Double
    /// Whether step, band starts and bandwidth are whole pixels (crisp edges, but the bands may
    /// not fill the range). Off by default: backends antialias and exact sizes compare better.
    package var round: Bool

    private var categories: [String] = []
    private var indices: [String: Int] = [:]

    /// Creates a band scale.
    package init(
        domain: [String], range: (Double, Double) = (0, 1), paddingInner: Double = 0,
        paddingOuter: Double = 0, align: Double = 0.5, round: Bool = false
    ) {
        rangeStart = range.0
        rangeEnd = range.1
        self.paddingInner = paddingInner
        self.paddingOuter = paddingOuter
        self.align = align
        self.round = round
        setDomain(domain)
    }

    /// The range as (start, end).
    package var range: (Double, Double) {
        get { (rangeStart, rangeEnd) }
        set { (rangeStart, rangeEnd) = newValue }
    }

    /// Sets inner and outer padding to the same value.
    package mutating func setPadding(_ padding: Double) {
        paddingInner = padding
        paddingOuter = padding
    }

    /// Distance between the starts of neighbouring bands.
    package var step: Double { layout().step }

    /// Width of each band.
    package var bandwidth: Double { layout().bandwidth }

    /// The start (lower coordinate) of the category's band, or `nil` for an unknown category.
    package func position(of category: String) -> Double? {
        guard let index = indices[category] else { return nil }
        let layout = layout()
        let slot = rangeEnd < rangeStart ? categories.count - 1 - index : index
        return layout.start + layout.step * Double(slot)
    }

    /// Same as ``position(of:)``.
    package func callAsFunction(_ category: String) -> Double? {
        position(of: category)
    }

    /// The middle of the category's band, or `nil` for an unknown category.
    package func center(of category: String) -> Double? {
        position(of: category).map { $0 + bandwidth / 2 }
    }

    /// The category's place in the domain.
    package func index(of category: String) -> Int? {
        indices[category]
    }

    private mutating func setDomain(_ values: [String]) {
        categories = []
        indices = [:]
        for value in values where indices[value] == nil {
            indices[value] = categories.count
            categories.append(value)
        }
    }

    /// d3's `rescale`: the first band's start, the step and the bandwidth.
    private func layout() -> (start: Double, step: Double, bandwidth: Double) {
        let count = Double(categories.count)
        let inner = min(1, max(0, paddingInner))
        let outer = max(0, paddingOuter)
        let alignment = min(1, max(0, align))
        let low = min(rangeStart, rangeEnd)
        let high = max(rangeStart, rangeEnd)
        var step = (high - low) / max(1, count - inner + outer * 2)
        if round { step = step.rounded(.down) }
        var start = low + (high - low - step * (count - inner)) * alignment
        var bandwidth = step * (1 - inner)
        if round {
            // JavaScript's Math.round (half up), so rounded layouts match d3 pixel for pixel.
            start = (start + 0.5).rounded(.down)
            bandwidth = (bandwidth + 0.5).rounded(.down)
        }
        return (start, step, bandwidth)
    }
}

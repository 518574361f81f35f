import Foundation
import KresbaScene

/// Values to colours: classes with one colour each, or a continuous ramp.
struct MapScale {
    enum Kind {
        /// Stepped classes.
        case classed(Classification, [Color])
        /// Unclassed: the ramp's stops spread over the domain; a diverging ramp puts its middle at `mid`.
        case continuous(low: Double, high: Double, mid: Double?, stops: [Color])
    }

    var kind: Kind

    /// The colour of a value.
    func color(_ v: Double) -> Color {
        switch kind {
        case .classed(let c, let colors): return colors[min(colors.count - 1, c.classIndex(of: v))]
        case .continuous(let lo, let hi, let mid, let stops):
            return ColorSchemes.interpolate(stops, Self.position(v, lo, hi, mid))
        }
    }

    /// The fill for each value, for thousands of regions: ``color(_:)`` takes the scale apart at every
    /// call (copying its breaks and colours), this once.
    func paints() -> (Double) -> Paint {
        switch kind {
        case .classed(let classes, let colors):
            let paints = colors.map { Paint.solid($0) }
            return { paints[min(paints.count - 1, classes.classIndex(of: $0))] }
        case .continuous(let lo, let hi, let mid, let stops):
            return { .solid(ColorSchemes.interpolate(stops, Self.position($0, lo, hi, mid))) }
        }
    }

    /// Where a value sits on a continuous ramp (0...1); with a midpoint each side gets half the ramp.
    static func position(_ v: Double, _ lo: Double, _ hi: Double, _ mid: Double?) -> Double {
        guard hi > lo else { return 0.5 }
        guard let mid, mid > lo, mid < hi else { return (v - lo) / (hi - lo) }
        return v < mid ? 0.5 * (v - lo) / (mid - lo) : 0.5 + 0.5 * (v - mid) / (hi - mid)
    }

    /// The scale for the values a map shows.
    static func make(_ map: ChoroplethSpec, values: [Double]) -> MapScale {
        let colors = map.colors
        let schemeName = colors.scheme ?? (colors.midpoint != nil ? "rdbu" : "blues")
        let diverging = ColorSchemes.named(schemeName) == .diverging
        let lo = values.min() ?? 0
        let hi = values.max() ?? 1
        if map.classes.method == .unclassed {
            var stops = colors.list.isEmpty ? ColorSchemes.ramp(schemeName) : colors.list
            // ColorBrewer's RdBu and friends run from the "low" colour; keep that unless reversed.
            if colors.reverse { stops.reverse() }
            return MapScale(
                kind: .continuous(low: lo, high: hi, mid: diverging ? colors.midpoint : nil, stops: stops))
        }
        var c = classification(map.classes, values: values)
        if map.classes.round && map.classes.method != .custom { c = Classifier.rounded(c) }
        let k = max(1, c.count)
        var palette: [Color]
        if !colors.list.isEmpty {
            palette = (0..<k).map {
                ColorSchemes.interpolate(colors.list, k == 1 ? 1 : Double($0) / Double(k - 1))
            }
            if colors.list.count == k { palette = colors.list }
        } else if diverging, let mid = colors.midpoint {
            palette = divergingColors(schemeName, classification: c, midpoint: mid)
        } else {
            palette = ColorSchemes.colors(schemeName, count: k)
        }
        if colors.reverse { palette.reverse() }
        return MapScale(kind: .classed(c, palette))
    }

    /// The classification the spec asks for, with no more classes than distinct values.
    static func classification(_ spec: ClassesSpec, values: [Double]) -> Classification {
        let distinct = Set(values).count
        let k = max(1, min(spec.count, distinct))
        switch spec.method {
        case .quantile: return Classifier.quantiles(values, k: k)
        case .equal: return Classifier.equalInterval(values, k: k)
        case .jenks: return Classifier.fisherJenks(values, k: k)
        case .custom: return Classifier.custom(values, breaks: spec.breaks)
        case .unclassed: return Classifier.equalInterval(values, k: k)
        }
    }

    /// Diverging colours centred on `midpoint`: classes below it take the scheme's low side, classes
    /// above its high side, a class containing it the neutral middle; each side as deep as the longer
    /// side needs, so equal distances from the midpoint look equally strong.
    static func divergingColors(_ name: String, classification c: Classification, midpoint: Double) -> [Color]
    {
        let k = c.count
        let below = (0..<k).filter { c.range(of: $0).1 <= midpoint }.count
        let above = (0..<k).filter { c.range(of: $0).0 >= midpoint }.count
        let straddle = k - below - above
        let side = max(below, above, 1)
        let n = 2 * side + (straddle > 0 ? 1 : 0)
        var full = ColorSchemes.colors(name, count: max(3, n))
        // Two classes, one each side: the scheme's two ends, not an end and the neutral middle.
        if n == 2 { full = [full[0], full[2]] }
        let start = side - below
        return (0..<k).map { full[min(full.count - 1, start + $0)] }
    }
}

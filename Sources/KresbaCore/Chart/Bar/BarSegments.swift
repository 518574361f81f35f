/// Where each bar starts and ends in data units, after stacking or normalising.
struct BarSegment: Equatable {
    /// Category index.
    var category: Int
    /// Series index.
    var series: Int
    /// The value as in the data (before normalising), for labels.
    var value: Double
    /// Start of the bar along the value axis.
    var start: Double
    /// End of the bar along the value axis.
    var end: Double
}

extension BarData {
    /// The segments of all bars, in drawing order (category by category, series in order).
    ///
    /// Stacked bars stack positive values upwards and negative values downwards from zero, as
    /// Vega-Lite does, so a diverging stacked bar reads correctly.
    func segments(_ stack: StackMode) -> [BarSegment] {
        var result: [BarSegment] = []
        for (c, row) in values.enumerated() {
            let total = row.reduce(0) { $0 + abs($1 ?? 0) }
            var up = 0.0
            var down = 0.0
            for (s, value) in row.enumerated() {
                guard let value else { continue }
                switch stack {
                case .none:
                    result.append(BarSegment(category: c, series: s, value: value, start: 0, end: value))
                case .zero, .normalize:
                    let v = stack == .normalize ? (total > 0 ? value / total : 0) : value
                    if v >= 0 {
                        result.append(
                            BarSegment(category: c, series: s, value: value, start: up, end: up + v))
                        up += v
                    } else {
                        result.append(
                            BarSegment(category: c, series: s, value: value, start: down, end: down + v))
                        down += v
                    }
                }
            }
        }
        return result
    }
}

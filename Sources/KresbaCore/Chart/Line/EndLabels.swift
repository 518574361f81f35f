/// Direct labels at the ends of lines, moved apart vertically so that none overlap.
///
/// Labels keep their order and move as little as possible: a downward pass pushes each label
/// below the one above it, an upward pass pulls the stack back inside the plot.
enum EndLabels {
    /// The label baselines' offsets: for wanted centre positions `wanted` (pixels, any order)
    /// and a label height, the resolved centres in the same order, all within `top...bottom`.
    static func resolve(_ wanted: [Double], height: Double, top: Double, bottom: Double) -> [Double] {
        let order = wanted.indices.sorted { wanted[$0] != wanted[$1] ? wanted[$0] < wanted[$1] : $0 < $1 }
        var placed = order.map { wanted[$0] }
        for i in placed.indices {
            let floor = i == 0 ? top + height / 2 : placed[i - 1] + height
            placed[i] = max(placed[i], floor)
        }
        for i in placed.indices.reversed() {
            let ceiling = i == placed.count - 1 ? bottom - height / 2 : placed[i + 1] - height
            placed[i] = min(placed[i], ceiling)
        }
        var result = wanted
        for (k, index) in order.enumerated() { result[index] = placed[k] }
        return result
    }

    /// Whether labels of `height` can all be shown in `top...bottom` without moving any of them
    /// further than `tolerance` from its line end.
    static func fit(_ wanted: [Double], height: Double, top: Double, bottom: Double, tolerance: Double)
        -> Bool
    {
        guard Double(wanted.count) * height <= bottom - top else { return false }
        let placed = resolve(wanted, height: height, top: top, bottom: bottom)
        return zip(placed, wanted).allSatisfy { abs($0 - $1) <= tolerance }
    }
}

import Foundation
import KresbaScene

/// Proportional circles: area, not radius, proportional to the value, so a town twice as large
/// gets a circle of twice the area; drawn largest first so small circles stay visible on top.
struct MapSymbols {
    var centres: [Point]
    var values: [Double]
    var maxValue: Double
    var maxRadius: Double
    var color: Color

    /// The radius for a value.
    func radius(_ v: Double) -> Double { maxValue > 0 ? maxRadius * (max(0, v) / maxValue).squareRoot() : 0 }

    /// The circles, largest first.
    func nodes() -> [Node] {
        let order = values.indices.sorted { values[$0] > values[$1] }
        return order.compactMap { i in
            let r = radius(values[i])
            guard r > 0.3 else { return nil }
            return .path(
                PathNode(
                    path: .circle(center: centres[i], radius: r), fill: .solid(color.withAlpha(0.72)),
                    stroke: Stroke(color: .white, width: 0.8)))
        }
    }
}

/// The size key of proportional circles: nested circles for a few round values.
struct SymbolLegend {
    var title: String?
    var symbols: MapSymbols
    var format: NumberFormat

    func layout(theme: Theme, locale: ChartLocale, measurer: any TextMeasurer, maxWidth: Double) throws
        -> (width: Double, height: Double, draw: (Point) -> [Node])
    {
        let font = theme.legend
        let metrics = try measurer.measure("Ág", font: font)
        var y = 0.0
        var titleNodes: (Point) -> [Node] = { _ in [] }
        var width = 0.0
        if let title, !title.isEmpty {
            let block = try TextWrapper(measurer: measurer).block(
                title, font: theme.axisTitle, maxWidth: maxWidth, maxLines: 3,
                lineHeight: theme.axisTitle.size * theme.lineHeight)
            titleNodes = { o in block.nodes(x: o.x, top: o.y, anchor: .start, color: theme.text) }
            y = block.height + 8
            width = block.width
        }
        // The maximum rounded down to a readable number, then a half and a tenth of it.
        let top = Self.roundDown(symbols.maxValue)
        // A value whose label would touch the one above it (circles close in size) is left out.
        var values: [Double] = []
        for v in [top, Self.roundDown(top / 2), Self.roundDown(top / 10)] where v > 0 {
            if let last = values.last, 2 * (symbols.radius(last) - symbols.radius(v)) < metrics.height + 1 {
                continue
            }
            values.append(v)
        }
        let rMax = symbols.radius(values.first ?? 0)
        let labels = values.map { format.string($0, locale: locale) }
        let labelWidth = try labels.map { try measurer.measure($0, font: font).width }.max() ?? 0
        width = max(width, 2 * rMax + 10 + labelWidth)
        let circleTop = y
        let height = y + 2 * rMax + 2
        let symbols = symbols
        return (
            width, height,
            { o in
                var nodes = titleNodes(o)
                let cx = o.x + rMax
                let bottom = o.y + circleTop + 2 * rMax
                for (v, label) in zip(values, labels) {
                    let r = symbols.radius(v)
                    nodes.append(
                        .path(
                            PathNode(
                                path: .circle(center: Point(cx, bottom - r), radius: r),
                                stroke: Stroke(color: theme.mutedText, width: 0.8))))
                    nodes.append(
                        .path(
                            PathNode(
                                path: .line(
                                    from: Point(cx, bottom - 2 * r), to: Point(cx + rMax + 6, bottom - 2 * r)),
                                stroke: Stroke(color: theme.mutedText, width: 0.6, dash: [2, 2]))))
                    nodes.append(
                        .text(
                            TextNode(
                                text: label, font: font, color: theme.text,
                                position: Point(
                                    cx + rMax + 8, bottom - 2 * r + metrics.ascent - metrics.height / 2))))
                }
                return nodes
            }
        )
    }

    /// The largest number with one or two significant digits (1, 2, 2.5, 5 × 10ⁿ) not above `v`.
    static func roundDown(_ v: Double) -> Double {
        guard v > 0 else { return 0 }
        let p = pow(10, floor(log10(v)))
        let m = [5, 2.5, 2, 1].first { $0 * p <= v } ?? 1
        return m * p
    }
}

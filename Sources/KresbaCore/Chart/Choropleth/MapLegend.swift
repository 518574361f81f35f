import Foundation
import KresbaScene

/// The legend of a map: the value title, stepped classes with their ranges or a gradient with ticks,
/// the no-data hatch, and the circle sizes of proportional symbols, stacked in one block.
struct MapLegend {
    /// The block's size.
    var size: (width: Double, height: Double)
    /// Draws the block with its top-left corner at a point.
    var draw: (Point) -> [Node]

    /// The hatch that marks regions without data, here and on the map.
    static func noDataHatch(_ color: Color?) -> Paint {
        .hatch(
            Hatch(
                color: color ?? Color(rgb: 0x9A9A9A), background: Color(rgb: 0xF4F4F4), spacing: 4,
                lineWidth: 0.8))
    }

    /// Formats a class range once with its unit: "10,5–20,0 %", not "10,5 %–20,0 %".
    static func range(_ a: Double, _ b: Double, format: NumberFormat, locale: ChartLocale) -> String {
        let x = format.string(a, locale: locale)
        let y = format.string(b, locale: locale)
        // A class that holds a single value (the 1958 founders) reads as that value, not "1958–1958".
        if x == y { return x }
        let suffix = String(y.reversed().prefix { !$0.isNumber }.reversed())
        let head = !suffix.isEmpty && x.hasSuffix(suffix) ? String(x.dropLast(suffix.count)) : x
        // A signed bound needs spaces around the dash, or "−1,5–−1,0" reads as one number.
        let signed = [x, y].contains { $0.hasPrefix("−") || $0.hasPrefix("+") || $0.hasPrefix("-") }
        return signed ? "\(head)\u{00A0}– \(y)" : "\(head)–\(y)"
    }

    /// The format of legend numbers: the spec's, or enough decimals for the spread of the values.
    /// Whole numbers stay whole when the values and the class bounds all are.
    static func defaultFormat(_ lo: Double, _ hi: Double, wholeNumbers: Bool = false) -> NumberFormat {
        if wholeNumbers { return .fixed(decimals: 0) }
        let span = max(abs(hi - lo), 1e-9)
        let decimals = max(0, min(3, 2 - Int(floor(log10(span)))))
        return .fixed(decimals: decimals)
    }

    /// Builds the legend block.
    static func make(
        title: String, scale: MapScale, format: NumberFormat, showNoData: Bool, noDataLabel: String,
        noDataPaint: Paint, symbols: SymbolLegend?, theme: Theme, locale: ChartLocale,
        measurer: any TextMeasurer,
        maxWidth: Double, horizontal: Bool = false
    ) throws -> MapLegend {
        let font = theme.legend
        let titleFont = theme.axisTitle
        let metrics = try measurer.measure("Ág", font: font)
        let swatch = (w: 22.0, h: 14.0)
        let rowHeight = max(swatch.h, metrics.height) + 4
        var nodes: [(Point) -> [Node]] = []
        var y = 0.0
        var width = 0.0

        let titleBlock = try TextWrapper(measurer: measurer).block(
            title, font: titleFont, maxWidth: maxWidth, maxLines: 3,
            lineHeight: titleFont.size * theme.lineHeight)
        if !title.isEmpty {
            let top = y
            nodes.append { o in titleBlock.nodes(x: o.x, top: o.y + top, anchor: .start, color: theme.text) }
            y += titleBlock.height + 8
            width = max(width, titleBlock.width)
        }
        let baseline = (rowHeight - metrics.height) / 2 + metrics.ascent
        // Horizontal legends (under the map) flow their entries left to right, wrapping.
        var x = 0.0
        func row(_ paint: Paint, _ label: String, stroke: Stroke? = nil) throws {
            let w = try measurer.measure(label, font: font).width
            let itemWidth = swatch.w + 8 + w
            if horizontal && x > 0 && x + itemWidth > maxWidth {
                x = 0
                y += rowHeight
            }
            let top = y
            let left = horizontal ? x : 0
            width = max(width, left + itemWidth)
            if horizontal { x += itemWidth + 18 }
            nodes.append { origin -> [Node] in
                let o = Point(origin.x + left, origin.y)
                return [
                    .path(
                        PathNode(
                            path: .rect(
                                Rect(
                                    x: o.x, y: o.y + top + (rowHeight - swatch.h) / 2, width: swatch.w,
                                    height: swatch.h)),
                            fill: paint, stroke: stroke)),
                    .text(
                        TextNode(
                            text: label, font: font, color: theme.text,
                            position: Point(o.x + swatch.w + 8, o.y + top + baseline))),
                ]
            }
            if !horizontal { y += rowHeight }
        }
        switch scale.kind {
        case .classed(let c, let colors):
            for i in 0..<c.count {
                let (a, b) = c.range(of: i)
                try row(.solid(colors[min(i, colors.count - 1)]), range(a, b, format: format, locale: locale))
            }
        case .continuous(let lo, let hi, let mid, let stops):
            // A vertical ramp, low at the bottom as on a thermometer, with nice ticks beside it.
            let barHeight = 130.0
            let top = y
            let ticks = niceTicks(lo, hi, count: 5).filter { $0 >= lo && $0 <= hi }
            let labels = ticks.map { format.string($0, locale: locale) }
            let labelWidth = try labels.map { try measurer.measure($0, font: font).width }.max() ?? 0
            width = max(width, swatch.w + 8 + labelWidth)
            nodes.append { o in
                var out: [Node] = []
                let steps = 64
                for s in 0..<steps {
                    let t0 = Double(s) / Double(steps)
                    let v = lo + (hi - lo) * (1 - (t0 + 0.5 / Double(steps)))
                    let color = ColorSchemes.interpolate(stops, MapScale.position(v, lo, hi, mid))
                    out.append(
                        .path(
                            PathNode(
                                path: .rect(
                                    Rect(
                                        x: o.x, y: o.y + top + barHeight * t0, width: swatch.w,
                                        height: barHeight / Double(steps) + 0.3)),
                                fill: .solid(color))))
                }
                for (tick, label) in zip(ticks, labels) {
                    let ty = o.y + top + barHeight * (1 - (tick - lo) / max(hi - lo, 1e-12))
                    out.append(
                        .path(
                            PathNode(
                                path: .line(
                                    from: Point(o.x + swatch.w, ty), to: Point(o.x + swatch.w + 4, ty)),
                                stroke: Stroke(color: theme.mutedText, width: 1))))
                    out.append(
                        .text(
                            TextNode(
                                text: label, font: font, color: theme.text,
                                position: Point(o.x + swatch.w + 8, ty + metrics.ascent - metrics.height / 2))
                        ))
                }
                return out
            }
            y += barHeight + metrics.height / 2 + 4
        }
        if showNoData {
            if !horizontal { y += 4 }
            try row(noDataPaint, noDataLabel)
        }
        if horizontal && x > 0 {
            y += rowHeight
            x = 0
        }
        if let symbols {
            y += 10
            let top = y
            let block = try symbols.layout(
                theme: theme, locale: locale, measurer: measurer, maxWidth: maxWidth)
            nodes.append { o in block.draw(Point(o.x, o.y + top)) }
            y += block.height
            width = max(width, block.width)
        }
        return MapLegend(size: (min(width, maxWidth), y), draw: { o in nodes.flatMap { $0(o) } })
    }
}

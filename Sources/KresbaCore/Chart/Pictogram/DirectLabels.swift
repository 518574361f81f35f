import KresbaScene

/// Labels beside an icon grid, one per category: the category's icon in its colour, its number
/// and its name, each at the height of the category's icons where the fill order allows, moved
/// apart just enough never to overlap.
struct DirectLabels {
    struct Label {
        var number: String?
        var name: TextBlock
        var icon: Icon
        var color: Color
        var iconHeight: Double
        var numberMetrics: TextMetrics

        var textX: Double { iconHeight * icon.aspectRatio + 6 }
        var width: Double { textX + max(name.width, numberMetrics.width) }
        var height: Double {
            (number == nil ? 0 : numberMetrics.height + 2) + (name.lines.isEmpty ? 0 : name.height)
        }
    }

    var labels: [Label]
    var numberFont: Font
    var textColor: Color
    var nameColor: Color

    /// The height of all labels stacked with `gap` between them.
    func height(gap: Double) -> Double {
        labels.map(\.height).reduce(0, +) + gap * Double(max(0, labels.count - 1))
    }

    /// The widest label.
    var width: Double { labels.map(\.width).max() ?? 0 }

    /// Measures the labels; names wrap to at most two lines within 35 % of the body's width.
    static func make(context c: PictogramContext, shares: [Double], colors: [Color], body: Rect) throws
        -> DirectLabels
    {
        let theme = c.theme
        let numberFont = Font(
            family: theme.valueLabel.family, size: (theme.valueLabel.size * 1.2).rounded(), weight: .bold)
        let numberMetrics = try c.measurer.measure("0", font: numberFont)
        let content = c.p.labels?.content ?? .share
        let format = content == .share ? c.shareFormat(shares) : c.valueFormat()
        let maxWidth = max(80, body.width * 0.35)
        let lineHeight = TextBlock.defaultLineHeight(for: theme.axisLabel)
        var labels: [Label] = []
        for i in c.data.categories.indices {
            let number: String? =
                switch content {
                case .share: format.string(shares[i], locale: c.locale)
                case .value: format.string(c.data.values[i], locale: c.locale)
                case .category: nil
                }
            var metrics = numberMetrics
            if let number { metrics.width = try c.measurer.measure(number, font: numberFont).width }
            let name = try TextWrapper(measurer: c.measurer).block(
                c.data.categories[i], font: theme.axisLabel, maxWidth: maxWidth, maxLines: 2,
                lineHeight: lineHeight)
            labels.append(
                Label(
                    number: number, name: name, icon: c.data.icons[i], color: colors[i],
                    iconHeight: (numberMetrics.height * 0.9).rounded(),
                    numberMetrics: number == nil ? TextMetrics(width: 0, ascent: 0, descent: 0) : metrics))
        }
        return DirectLabels(
            labels: labels, numberFont: numberFont, textColor: theme.text, nameColor: theme.mutedText)
    }

    /// The tops of the labels: each centred on its wanted centre (or after the previous one),
    /// pushed down past the one before and then up to stay above `bottom`.
    static func tops(heights: [Double], centres: [Double?], top: Double, bottom: Double, gap: Double)
        -> [Double]
    {
        var tops: [Double] = []
        var next = top
        for (h, centre) in zip(heights, centres) {
            let wanted = centre.map { $0 - h / 2 } ?? next
            let t = max(wanted, next, top)
            tops.append(t)
            next = t + h + gap
        }
        var limit = bottom
        for i in tops.indices.reversed() {
            tops[i] = max(top, min(tops[i], limit - heights[i]))
            limit = tops[i] - gap
        }
        return tops
    }

    /// The nodes of the labels starting at `x`, between `top` and `bottom`.
    func nodes(x: Double, top: Double, bottom: Double, centres: [Double?]) -> [Node] {
        // Labels go down the page in the order of their wanted positions.
        let order = labels.indices.sorted { a, b in
            switch (centres[a], centres[b]) {
            case let (ca?, cb?): ca != cb ? ca < cb : a < b
            default: a < b
            }
        }
        let placed = Self.tops(
            heights: order.map { labels[$0].height }, centres: order.map { centres[$0] }, top: top,
            bottom: bottom,
            gap: 10)
        var nodes: [Node] = []
        for (k, i) in order.enumerated() {
            let label = labels[i]
            var y = placed[k]
            let iconTop =
                y
                + (label.number == nil
                    ? (label.name.ascent - label.iconHeight) / 2 + 1
                    : (label.numberMetrics.height - label.iconHeight) / 2)
            if let icon = IconDrawing.node(
                label.icon, origin: Point(x, iconTop), height: label.iconHeight, pieces: [.whole(0)],
                colors: [label.color], empty: nil, direction: .right)
            {
                nodes.append(icon)
            }
            if let number = label.number {
                nodes.append(
                    .text(
                        TextNode(
                            text: number, font: numberFont, color: textColor,
                            position: Point(x + label.textX, y + label.numberMetrics.ascent))))
                y += label.numberMetrics.height + 2
            }
            nodes += label.name.nodes(
                x: x + label.textX, top: y, anchor: .start, color: label.number == nil ? textColor : nameColor
            )
        }
        return nodes
    }
}

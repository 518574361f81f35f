import KresbaScene

/// The legend of a pictogram: each category's icon in its colour with its name, then the unit
/// key ("1 ikona = 10 000 obyvatel"), flowing across and wrapping onto more rows when needed.
struct PictogramLegend {
    /// One category.
    struct Entry {
        var label: String
        var icon: Icon
        var color: Color
    }

    var title: String?
    var entries: [Entry]
    /// The unit key, drawn after the entries with the icon it explains.
    var unitKey: (text: String, icon: Icon, color: Color)?
    var theme: Theme

    /// Whether the legend has anything to show.
    var isEmpty: Bool { entries.isEmpty && unitKey == nil && (title ?? "").isEmpty }

    /// The legend's height for a width, and a function that draws it with its top-left corner at a point.
    func layout(width: Double, measurer: any TextMeasurer) throws -> (height: Double, draw: (Point) -> [Node])
    {
        let font = theme.legend
        let metrics = try measurer.measure("Ág", font: font)
        // Icons stand as tall as a capital plus descender, so they read as part of the line.
        let iconHeight = (metrics.height * 1.1).rounded()
        let rowHeight = max(iconHeight, metrics.height) + 6
        let gap = 6.0
        let spacing = 18.0
        var x = 0.0
        var y = 0.0
        var nodes: [(Point) -> [Node]] = []
        let baseline = (max(iconHeight, metrics.height) - metrics.height) / 2 + metrics.ascent
        let iconTop = (max(iconHeight, metrics.height) - iconHeight) / 2

        func place(_ itemWidth: Double) -> Point {
            if x > 0 && x + itemWidth > width {
                x = 0
                y += rowHeight
            }
            let p = Point(x, y)
            x += itemWidth + spacing
            return p
        }
        if let title, !title.isEmpty {
            let w = try measurer.measure(title, font: theme.axisTitle).width
            let p = place(w)
            nodes.append { o in
                [
                    .text(
                        TextNode(
                            text: title, font: theme.axisTitle, color: theme.text,
                            position: Point(o.x + p.x, o.y + p.y + baseline)))
                ]
            }
        }
        var items = entries.map { ($0.label, $0.icon, $0.color, theme.text) }
        if let unitKey { items.append((unitKey.text, unitKey.icon, unitKey.color, theme.mutedText)) }
        for (label, icon, color, textColor) in items {
            let iconWidth = iconHeight * icon.aspectRatio
            let w = try measurer.measure(label, font: font).width
            let p = place(iconWidth + gap + w)
            nodes.append { o in
                let drawn = IconDrawing.node(
                    icon, origin: Point(o.x + p.x, o.y + p.y + iconTop), height: iconHeight,
                    pieces: [.whole(0)], colors: [color], empty: nil, direction: .right)
                return (drawn.map { [$0] } ?? [])
                    + [
                        .text(
                            TextNode(
                                text: label, font: font, color: textColor,
                                position: Point(o.x + p.x + iconWidth + gap, o.y + p.y + baseline)))
                    ]
            }
        }
        let height = nodes.isEmpty ? 0 : y + rowHeight - 6
        return (height, { origin in nodes.flatMap { $0(origin) } })
    }
}

import Foundation
import KresbaScene

/// A horizontal legend of colour swatches with labels, wrapping onto more rows when needed.
struct Legend {
    /// One entry.
    struct Entry {
        var label: String
        var color: Color
    }

    var title: String?
    var entries: [Entry]
    var theme: Theme

    /// The legend's height for a width, and a function that draws it with its top-left corner at a point.
    func layout(width: Double, measurer: any TextMeasurer) throws -> (height: Double, draw: (Point) -> [Node])
    {
        let font = theme.legend
        let swatch = round(font.size * 0.9)
        let gap = 6.0
        let spacing = 16.0
        let metrics = try measurer.measure("Ág", font: font)
        let rowHeight = max(swatch, metrics.height) + 6
        var items: [(Point, Entry?, String, Double)] = []  // (offset, entry or title, text, text width)
        var x = 0.0
        var y = 0.0
        if let title, !title.isEmpty {
            let w = try measurer.measure(title, font: theme.axisTitle).width
            items.append((Point(0, 0), nil, title, w))
            x = w + spacing
        }
        for entry in entries {
            let w = try measurer.measure(entry.label, font: font).width
            let itemWidth = swatch + gap + w
            if x > 0 && x + itemWidth > width {
                x = 0
                y += rowHeight
            }
            items.append((Point(x, y), entry, entry.label, w))
            x += itemWidth + spacing
        }
        let height = y + rowHeight - 6
        let textColor = theme.text
        let titleFont = theme.axisTitle
        let baselineOffset = (max(swatch, metrics.height) - metrics.height) / 2 + metrics.ascent
        return (
            height,
            { origin in
                var nodes: [Node] = []
                for (offset, entry, text, _) in items {
                    let p = Point(origin.x + offset.x, origin.y + offset.y)
                    guard let entry else {
                        nodes.append(
                            .text(
                                TextNode(
                                    text: text, font: titleFont, color: textColor,
                                    position: Point(p.x, p.y + baselineOffset))))
                        continue
                    }
                    let top = p.y + (max(swatch, metrics.height) - swatch) / 2
                    nodes.append(
                        .path(
                            PathNode(
                                path: .roundedRect(
                                    Rect(x: p.x, y: top, width: swatch, height: swatch), radius: 2),
                                fill: .solid(entry.color))))
                    nodes.append(
                        .text(
                            TextNode(
                                text: text, font: font, color: textColor,
                                position: Point(p.x + swatch + gap, p.y + baselineOffset))))
                }
                return nodes
            }
        )
    }
}

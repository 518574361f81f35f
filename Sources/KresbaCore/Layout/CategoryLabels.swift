import KresbaScene

/// Category labels under vertical bars: horizontal and wrapped when every label fits its band,
/// rotated by 45° only when some word is wider than a band.
struct CategoryLabels {
    /// The wrapped or truncated lines of each label.
    var blocks: [TextBlock]
    /// Whether the labels are rotated.
    var rotated: Bool

    /// Height the labels need below the axis.
    var height: Double {
        if rotated {
            let w = blocks.map(\.width).max() ?? 0
            let a = blocks.first?.ascent ?? 0
            return (w + a) * 0.7072
        }
        return blocks.map(\.height).max() ?? 0
    }

    /// How far a rotated label reaches left of its anchor, to keep it on the canvas.
    var leftReach: Double {
        rotated ? (blocks.first?.width ?? 0) * 0.7072 : (blocks.first?.width ?? 0) / 2
    }

    /// Lays out labels for bands `step` pixels wide.
    static func layout(
        _ categories: [String], step: Double, maxRotatedWidth: Double, theme: Theme,
        measurer: any TextMeasurer
    ) throws -> CategoryLabels {
        let font = theme.axisLabel
        let lineHeight = font.size * 1.25
        let available = max(step - 6, 1)
        var fits = true
        for category in categories {
            for word in category.split(separator: " ")
            where try measurer.measure(String(word), font: font).width > available {
                fits = false
            }
        }
        if fits {
            let blocks = try categories.map {
                try TextWrapper(measurer: measurer).block(
                    $0, font: font, maxWidth: available, lineHeight: lineHeight)
            }
            if blocks.allSatisfy({ $0.lines.count <= 3 }) {
                return CategoryLabels(blocks: blocks, rotated: false)
            }
        }
        let blocks = try categories.map {
            try TextWrapper(measurer: measurer).block(
                $0, font: font, maxWidth: maxRotatedWidth, maxLines: 1, lineHeight: lineHeight)
        }
        return CategoryLabels(blocks: blocks, rotated: true)
    }

    /// Nodes for the label of a band centred at `x`, hanging from `top`.
    func nodes(_ index: Int, x: Double, top: Double, color: Color) -> [Node] {
        let block = blocks[index]
        if rotated {
            return [
                .text(
                    TextNode(
                        text: block.lines.first ?? "", font: block.font, color: color,
                        position: Point(x + block.ascent * 0.35, top + block.ascent * 0.35), anchor: .end,
                        rotation: -45))
            ]
        }
        return block.nodes(x: x, top: top, anchor: .middle, color: color)
    }
}

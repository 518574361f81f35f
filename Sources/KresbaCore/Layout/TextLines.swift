import KresbaScene

/// Measured lines of text stacked top to bottom: the unit layout places and converts to nodes.
struct TextLines {
    /// The lines, already wrapped.
    var lines: [String]
    /// Width of each line.
    var widths: [Double]
    /// The font.
    var font: Font
    /// Distance between baselines.
    var lineHeight: Double
    /// Height above the first baseline.
    var ascent: Double
    /// Depth below the last baseline.
    var descent: Double

    /// Total height from the top of the first line to the bottom of the last.
    var height: Double { lines.isEmpty ? 0 : ascent + Double(lines.count - 1) * lineHeight + descent }
    /// Width of the widest line.
    var width: Double { widths.max() ?? 0 }

    /// Wraps `text` to `maxWidth` and measures every line.
    init(
        _ text: String, font: Font, maxWidth: Double, lineHeight: Double, maxLines: Int? = nil,
        measurer: any TextMeasurer
    ) throws {
        let wrapper = TextWrapper(measurer: measurer)
        var lines = try wrapper.wrap(text, font: font, maxWidth: maxWidth)
        if let maxLines, lines.count > maxLines {
            lines = try wrapper.wrap(text, font: font, maxWidth: maxWidth, maxLines: maxLines)
        }
        try self.init(lines: lines, font: font, lineHeight: lineHeight, measurer: measurer)
    }

    /// Measures lines that are already broken.
    init(lines: [String], font: Font, lineHeight: Double, measurer: any TextMeasurer) throws {
        self.lines = lines
        self.font = font
        self.lineHeight = lineHeight
        var widths: [Double] = []
        var ascent = font.size * 0.8
        var descent = font.size * 0.2
        for (i, line) in lines.enumerated() {
            let m = try measurer.measure(line, font: font)
            widths.append(m.width)
            if i == 0 { ascent = m.ascent }
            if i == lines.count - 1 { descent = m.descent }
        }
        self.widths = widths
        self.ascent = ascent
        self.descent = descent
    }

    /// Text nodes with the top of the block at `top`, aligned on `x` by `anchor`.
    func nodes(x: Double, top: Double, anchor: TextAnchor, color: Color, halo: Stroke? = nil) -> [Node] {
        lines.enumerated().map { i, line in
            .text(
                TextNode(
                    text: line, font: font, color: color,
                    position: Point(x, top + ascent + Double(i) * lineHeight), anchor: anchor, halo: halo))
        }
    }
}

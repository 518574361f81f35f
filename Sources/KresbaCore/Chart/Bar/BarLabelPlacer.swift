import KresbaScene

/// Places value labels on bars: each label tries its candidate positions in order (outside the
/// bar end, inside it) and takes the first where it fits its bar and touches no other bar or
/// label, so labels never overlap and never sit on a neighbour's bar.
struct BarLabelPlacer {
    /// Bars run up (true) or across.
    var vertical: Bool
    /// Stacked segments only ever take labels inside, centred.
    var stacked: Bool
    /// The spec's preference.
    var preference: LabelSpec.Position
    /// The label font and its line metrics.
    var font: Font
    var metrics: TextMetrics
    /// Area outside labels must stay in.
    var bounds: Rect
    /// Every bar's rectangle, in drawing order.
    var bars: [Rect]
    /// Lines an outside label must not cross (reference lines run under the bars, so inside
    /// labels may).
    var obstacles: [Rect]
    /// Labels placed so far.
    private(set) var placed: [Rect] = []
    /// Labels that fit nowhere.
    private(set) var omitted = 0

    init(
        vertical: Bool, stacked: Bool, preference: LabelSpec.Position, font: Font, metrics: TextMetrics,
        bounds: Rect, bars: [Rect], avoiding: [Rect] = [], obstacles: [Rect] = []
    ) {
        self.placed = avoiding
        self.obstacles = obstacles
        self.vertical = vertical
        self.stacked = stacked
        self.preference = preference
        self.font = font
        self.metrics = metrics
        self.bounds = bounds
        self.bars = bars
    }

    private enum Spot { case inside, outside }

    /// The label for bar `index`, or `nil` when it fits nowhere (counted in ``omitted``).
    mutating func place(
        _ text: String, width: Double, bar index: Int, negative: Bool, fill: Color, theme: Theme
    ) -> TextNode? {
        let rect = bars[index]
        let spots: [Spot]
        switch (stacked, preference) {
        case (true, _): spots = [.inside]
        case (false, .auto): spots = [.outside, .inside]
        case (false, .inside): spots = [.inside, .outside]
        case (false, .outside): spots = [.outside]
        }
        for spot in spots {
            var (position, anchor) = anchorPoint(spot, rect: rect, negative: negative)
            var box = labelBox(width: width, at: position, anchor: anchor)
            if spot == .outside && vertical {
                // A label wider than the first or last bar may slide inwards, as long as it
                // still covers the bar's centre.
                let shift = max(0, bounds.x - box.x) - max(0, box.maxX - bounds.maxX)
                if abs(shift) < width / 2 {
                    position.x += shift
                    box.x += shift
                }
            }
            guard fits(box, spot: spot, bar: index) else { continue }
            placed.append(box)
            let color = spot == .inside ? ColorScheme.readableText(on: fill, dark: theme.text) : theme.text
            // Outside labels get a halo in the background colour, so a gridline or reference
            // line running through them never hurts legibility.
            let halo =
                spot == .outside ? Stroke(color: theme.background ?? .white, width: 3, join: .round) : nil
            return TextNode(
                text: text, font: font, color: color, position: position, anchor: anchor, halo: halo)
        }
        omitted += 1
        return nil
    }

    private func anchorPoint(_ spot: Spot, rect: Rect, negative: Bool) -> (Point, TextAnchor) {
        let gap = 5.0
        if vertical {
            let x = rect.x + rect.width / 2
            if stacked {
                return (Point(x, rect.y + rect.height / 2 + (metrics.ascent - metrics.descent) / 2), .middle)
            }
            switch (spot, negative) {
            case (.outside, false): return (Point(x, rect.y - gap - metrics.descent), .middle)
            case (.outside, true): return (Point(x, rect.maxY + gap - 1 + metrics.ascent), .middle)
            case (.inside, false): return (Point(x, rect.y + gap + metrics.ascent), .middle)
            case (.inside, true): return (Point(x, rect.maxY - gap - metrics.descent), .middle)
            }
        }
        let baseline = rect.y + rect.height / 2 + (metrics.ascent - metrics.descent) / 2
        if stacked { return (Point(rect.x + rect.width / 2, baseline), .middle) }
        switch (spot, negative) {
        case (.outside, false): return (Point(rect.maxX + gap, baseline), .start)
        case (.outside, true): return (Point(rect.x - gap, baseline), .end)
        case (.inside, false): return (Point(rect.maxX - gap, baseline), .end)
        case (.inside, true): return (Point(rect.x + gap, baseline), .start)
        }
    }

    private func labelBox(width: Double, at p: Point, anchor: TextAnchor) -> Rect {
        let x: Double
        switch anchor {
        case .start: x = p.x
        case .middle: x = p.x - width / 2
        case .end: x = p.x - width
        }
        return Rect(x: x, y: p.y - metrics.ascent, width: width, height: metrics.height)
    }

    private func fits(_ box: Rect, spot: Spot, bar index: Int) -> Bool {
        let padded = Rect(x: box.x - 1, y: box.y, width: box.width + 2, height: box.height)
        if placed.contains(where: { $0.intersects(padded) }) { return false }
        switch spot {
        case .inside:
            let inner = Rect(
                x: bars[index].x + 2, y: bars[index].y + 1, width: bars[index].width - 4,
                height: bars[index].height - 2)
            // Inside a bar only the ink matters: numbers have no descenders, and the line box
            // (ascent + descent) of a serif font is a third taller than its digits.
            let ink = Rect(
                x: box.x, y: box.maxY - metrics.descent - font.size * 0.75, width: box.width,
                height: font.size * 0.75)
            return inner.width > 0 && inner.height > 0 && inner.contains(ink)
        case .outside:
            guard bounds.contains(box), !obstacles.contains(where: { $0.intersects(padded) }) else {
                return false
            }
            return !bars.enumerated().contains { $0.offset != index && $0.element.intersects(padded) }
        }
    }
}

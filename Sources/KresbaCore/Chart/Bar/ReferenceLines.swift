import KresbaScene

/// Dashed reference lines (an average, a target) with their labels.
///
/// A label tries the line's ends, above then below it, and takes the first spot that covers no
/// bar; value labels placed later avoid the boxes returned here.
struct ReferenceLines {
    /// The dashed lines, drawn under the bars so they never cross a bar or an inside label.
    var lines: [Node] = []
    /// The labels, drawn on top.
    var labels: [Node] = []
    /// Boxes of the placed labels.
    var labelBoxes: [Rect] = []
    /// Thin boxes around the lines, for value labels to keep clear of.
    var lineBoxes: [Rect] = []

    init(
        _ references: [BarLayout.ResolvedReference], position: (Double) -> Double, plot: Rect, vertical: Bool,
        bars: [Rect], theme: Theme, measurer: any TextMeasurer
    ) {
        let font = theme.valueLabel
        let halo = Stroke(color: theme.background ?? .white, width: 3, join: .round)
        let dash = Stroke(color: theme.reference, width: 1, dash: [4, 3])
        let metrics =
            (try? measurer.measure(references.first?.label ?? "0", font: font))
            ?? TextMetrics(width: 0, ascent: font.size * 0.8, descent: font.size * 0.2)
        for reference in references {
            let p = crisp(position(reference.value))
            let width = (try? measurer.measure(reference.label, font: font).width) ?? 0
            var candidates: [(Point, TextAnchor)]
            lineBoxes.append(
                vertical
                    ? Rect(x: plot.x, y: p - 1, width: plot.width, height: 2)
                    : Rect(x: p - 1, y: plot.y, width: 2, height: plot.height))
            if vertical {
                lines.append(
                    .path(
                        PathNode(path: .line(from: Point(plot.x, p), to: Point(plot.maxX, p)), stroke: dash)))
                let above = p - 5 - metrics.descent
                let below = p + 4 + metrics.ascent
                candidates = [
                    (Point(plot.maxX, above), .end), (Point(plot.x + 4, above), .start),
                    (Point(plot.maxX, below), .end), (Point(plot.x + 4, below), .start),
                ]
            } else {
                lines.append(
                    .path(
                        PathNode(path: .line(from: Point(p, plot.y), to: Point(p, plot.maxY)), stroke: dash)))
                // Above the plot, in the room layout reserved for it.
                let anchor: TextAnchor = p + width > plot.maxX ? .end : .start
                candidates = [(Point(anchor == .end ? p + 3 : p - 3, plot.y - 6 - metrics.descent), anchor)]
            }
            let boxes = candidates.map { point, anchor in
                let x = anchor == .end ? point.x - width : point.x
                return Rect(x: x, y: point.y - metrics.ascent, width: width, height: metrics.height)
            }
            let free = boxes.firstIndex { box in
                !bars.contains { $0.intersects(box) } && !labelBoxes.contains { $0.intersects(box) }
            }
            let chosen = free ?? 0
            labelBoxes.append(boxes[chosen])
            labels.append(
                .text(
                    TextNode(
                        text: reference.label, font: font, color: theme.reference,
                        position: candidates[chosen].0, anchor: candidates[chosen].1, halo: halo)))
        }
    }
}

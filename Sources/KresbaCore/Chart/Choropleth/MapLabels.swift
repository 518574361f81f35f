import Foundation
import KresbaScene

/// Labels on regions: centred on the pole of inaccessibility, with a white halo, placed largest
/// region first; a label that would overlap a placed one, the legend or leave the map is left out.
enum MapLabels {
    /// One candidate label.
    struct Candidate {
        var lines: [String]
        var anchor: Point
        /// Larger is placed first (the region's inner radius).
        var priority: Double
        /// The region's fill, which decides the text colour; nil for hatched or grey regions.
        var fill: Color?
    }

    /// Places labels; returns the nodes and the rectangles they occupy.
    static func place(
        _ candidates: [Candidate], avoid: [Rect], bounds: Rect, max: Int?, theme: Theme,
        measurer: any TextMeasurer
    ) throws -> (nodes: [Node], boxes: [Rect]) {
        let font = Font(family: theme.valueLabel.family, size: 11.5, weight: .medium)
        let metrics = try measurer.measure("Ág", font: font)
        let lineHeight = metrics.height
        var placed: [Rect] = []
        var nodes: [Node] = []
        for c in candidates.sorted(by: { $0.priority > $1.priority }) {
            if let max, placed.count >= max { break }
            let widths = try c.lines.map { try measurer.measure($0, font: font).width }
            let w = (widths.max() ?? 0) + 2
            let h = lineHeight * Double(c.lines.count)
            let box = Rect(x: c.anchor.x - w / 2, y: c.anchor.y - h / 2, width: w, height: h)
            guard bounds.contains(box), !placed.contains(where: { $0.intersects(box) }),
                !avoid.contains(where: { $0.intersects(box) })
            else { continue }
            placed.append(box)
            // Dark text with a white halo on light fills; on dark fills white text with a faint dark
            // halo, which keeps it legible where it crosses a border without boxing it in.
            let color = ColorScheme.readableText(on: c.fill ?? .white)
            let halo =
                color == .white
                ? Stroke(color: Color(rgb: 0x000000, alpha: 0.3), width: 2.5, join: .round)
                : Stroke(color: Color(rgb: 0xFFFFFF, alpha: 0.8), width: 3, join: .round)
            for (i, line) in c.lines.enumerated() {
                nodes.append(
                    .text(
                        TextNode(
                            text: line, font: font, color: color,
                            position: Point(c.anchor.x, box.y + Double(i) * lineHeight + metrics.ascent),
                            anchor: .middle,
                            halo: halo)))
            }
        }
        return (nodes, placed)
    }
}

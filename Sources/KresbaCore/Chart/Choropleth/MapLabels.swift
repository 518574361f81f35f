import Foundation
import KresbaScene

/// Labels on regions: centred on the pole of inaccessibility, with a white halo, placed largest
/// region first; a label that would overlap a placed one, the legend or leave the map is left out.
///
/// Proportional symbols are obstacles too: a label that would cover a circle moves just below it,
/// else just above it (the usual cartographic offset of a label from its point symbol), inside its
/// region where that fits, else spilling over a neighbour as labels of small regions do; where
/// neither fits it is left out. Dots smaller than ``Circle/minimumObstacle`` do not count: a label's
/// halo covers them, and on a map of every obec they would leave no room for any label.
enum MapLabels {
    /// One candidate label.
    struct Candidate {
        var lines: [String]
        var anchor: Point
        /// Larger is placed first (the region's inner radius).
        var priority: Double
        /// The region's fill, which decides the text colour; nil for hatched or grey regions.
        var fill: Color?
        /// Whether a point lies in the label's region: where a label moved off a symbol may go.
        var contains: (Point) -> Bool = { _ in false }
    }

    /// A proportional symbol, which labels keep clear of.
    struct Circle {
        var centre: Point
        var radius: Double

        /// The radius from which a symbol keeps labels off.
        static let minimumObstacle = 5.0

        /// Whether the circle reaches into `box`.
        func overlaps(_ box: Rect) -> Bool {
            let x = min(max(centre.x, box.x), box.x + box.width)
            let y = min(max(centre.y, box.y), box.y + box.height)
            let (dx, dy) = (centre.x - x, centre.y - y)
            return dx * dx + dy * dy < radius * radius
        }
    }

    /// Places labels; returns the nodes and the rectangles they occupy.
    static func place(
        _ candidates: [Candidate], avoid: [Rect], circles: [Circle] = [], bounds: Rect, max: Int?,
        theme: Theme, measurer: any TextMeasurer
    ) throws -> (nodes: [Node], boxes: [Rect]) {
        let font = Font(family: theme.valueLabel.family, size: 11.5, weight: .medium)
        let metrics = try measurer.measure("Ág", font: font)
        let lineHeight = metrics.height
        let obstacles = circles.filter { $0.radius >= Circle.minimumObstacle }
        var placed: [Rect] = []
        var nodes: [Node] = []
        for c in candidates.sorted(by: { $0.priority > $1.priority }) {
            if let max, placed.count >= max { break }
            let widths = try c.lines.map { try measurer.measure($0, font: font).width }
            let w = (widths.max() ?? 0) + 2
            let h = lineHeight * Double(c.lines.count)
            func box(at anchor: Point) -> Rect {
                Rect(x: anchor.x - w / 2, y: anchor.y - h / 2, width: w, height: h)
            }
            func fits(_ box: Rect) -> Bool {
                bounds.contains(box) && !placed.contains { $0.intersects(box) }
                    && !avoid.contains { $0.intersects(box) } && !obstacles.contains { $0.overlaps(box) }
            }
            var anchors = [c.anchor]
            if let symbol = obstacles.first(where: { $0.overlaps(box(at: c.anchor)) }) {
                let gap = 2.0
                let offsets = [
                    Point(c.anchor.x, symbol.centre.y + symbol.radius + gap + h / 2),
                    Point(c.anchor.x, symbol.centre.y - symbol.radius - gap - h / 2),
                ]
                anchors = offsets.filter(c.contains) + offsets.filter { !c.contains($0) }
            }
            guard let anchor = anchors.first(where: { fits(box(at: $0)) }) else { continue }
            let labelBox = box(at: anchor)
            placed.append(labelBox)
            // Dark text with a white halo on light fills; on dark fills white text with a faint dark
            // halo, which keeps it legible where it crosses a border without boxing it in. A label
            // that reaches out of its region (moved off a symbol, or wider than the region) lies on
            // other colours too: dark text with a white halo reads on all of them.
            let corners = [
                Point(labelBox.x, labelBox.y), Point(labelBox.x + labelBox.width, labelBox.y),
                Point(labelBox.x, labelBox.y + labelBox.height),
                Point(labelBox.x + labelBox.width, labelBox.y + labelBox.height),
            ]
            let within = corners.allSatisfy(c.contains)
            let color = within ? ColorScheme.readableText(on: c.fill ?? .white) : ColorScheme.darkText
            let halo =
                color == .white
                ? Stroke(color: Color(rgb: 0x000000, alpha: 0.3), width: 2.5, join: .round)
                : Stroke(color: Color(rgb: 0xFFFFFF, alpha: 0.8), width: 3, join: .round)
            for (i, line) in c.lines.enumerated() {
                nodes.append(
                    .text(
                        TextNode(
                            text: line, font: font, color: color,
                            position: Point(anchor.x, labelBox.y + Double(i) * lineHeight + metrics.ascent),
                            anchor: .middle,
                            halo: halo)))
            }
        }
        return (nodes, placed)
    }
}

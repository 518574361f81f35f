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
            func size(_ lines: [String]) throws -> (width: Double, height: Double) {
                let widths = try lines.map { try measurer.measure($0, font: font).width }
                return ((widths.max() ?? 0) + 2, lineHeight * Double(lines.count))
            }
            func within(_ box: Rect) -> Bool {
                [
                    Point(box.x, box.y), Point(box.x + box.width, box.y), Point(box.x, box.y + box.height),
                    Point(box.x + box.width, box.y + box.height),
                ].allSatisfy(c.contains)
            }
            func fits(_ box: Rect) -> Bool {
                bounds.contains(box) && !placed.contains { $0.intersects(box) }
                    && !avoid.contains { $0.intersects(box) } && !obstacles.contains { $0.overlaps(box) }
            }
            var lines = c.lines
            var (w, h) = try size(lines)
            var start = c.anchor
            func box(at anchor: Point, _ w: Double, _ h: Double) -> Rect {
                Rect(x: anchor.x - w / 2, y: anchor.y - h / 2, width: w, height: h)
            }
            // A label that would reach out of its region moves a little off the pole, and a name of
            // several words goes on two lines ("Liberecký" over "kraj"), where that keeps it inside,
            // as atlases set them; else it stays at the pole and reaches over (see below).
            if !within(box(at: start, w, h)) {
                var layouts = [(lines, w, h)]
                if let split = Self.twoLines(lines, measurer: measurer, font: font) {
                    let (w2, h2) = try size(split)
                    layouts.append((split, w2, h2))
                }
                search: for (layoutLines, lw, lh) in layouts {
                    for (dx, dy) in Self.nudges {
                        let anchor = Point(c.anchor.x + dx * lw, c.anchor.y + dy * lh)
                        let candidate = box(at: anchor, lw, lh)
                        if within(candidate) && fits(candidate) {
                            (lines, w, h, start) = (layoutLines, lw, lh, anchor)
                            break search
                        }
                    }
                }
            }
            func box(at anchor: Point) -> Rect { box(at: anchor, w, h) }
            var anchors = [start]
            if let symbol = obstacles.first(where: { $0.overlaps(box(at: start)) }) {
                let gap = 2.0
                let offsets = [
                    Point(start.x, symbol.centre.y + symbol.radius + gap + h / 2),
                    Point(start.x, symbol.centre.y - symbol.radius - gap - h / 2),
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
            let color =
                within(labelBox) ? ColorScheme.readableText(on: c.fill ?? .white) : ColorScheme.darkText
            let halo =
                color == .white
                ? Stroke(color: Color(rgb: 0x000000, alpha: 0.3), width: 2.5, join: .round)
                : Stroke(color: Color(rgb: 0xFFFFFF, alpha: 0.8), width: 3, join: .round)
            for (i, line) in lines.enumerated() {
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

    /// Where a label may move from the pole to stay inside its region, in label widths and heights:
    /// the pole first, then up and down, then sideways.
    static let nudges: [(Double, Double)] = [
        (0, 0), (0, -0.5), (0, 0.5), (0, -1), (0, 1), (-0.25, 0), (0.25, 0), (-0.25, -0.5), (0.25, -0.5),
        (-0.25, 0.5), (0.25, 0.5),
    ]

    /// The label with its widest line of several words broken in two, at the space that makes the
    /// longer half shortest; nil when no line has a space.
    static func twoLines(_ lines: [String], measurer: any TextMeasurer, font: Font) -> [String]? {
        let widths = lines.map { (try? measurer.measure($0, font: font).width) ?? 0 }
        guard let widest = widths.indices.max(by: { widths[$0] < widths[$1] }),
            lines[widest].contains(" ")
        else { return nil }
        let words = lines[widest].split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard words.count > 1 else { return nil }
        var best: (first: String, second: String, width: Double)?
        for cut in 1..<words.count {
            let first = words[..<cut].joined(separator: " ")
            let second = words[cut...].joined(separator: " ")
            let width = max(
                (try? measurer.measure(first, font: font).width) ?? 0,
                (try? measurer.measure(second, font: font).width) ?? 0)
            if best.map({ width < $0.width }) ?? true { best = (first, second, width) }
        }
        guard let best else { return nil }
        var result = lines
        result.replaceSubrange(widest...widest, with: [best.first, best.second])
        return result
    }
}

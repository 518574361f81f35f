import KresbaScene

/// Annotations on a line chart: shaded date ranges and rules behind the data, notes and rule
/// labels in front. Labels of rules and ranges sit in a lane above the data, so they never
/// cover it; notes at points choose the side that keeps clear of the lines.
struct LineAnnotations {
    let layout: LineLayout
    let xAxis: LineXAxis
    let plot: Rect
    let laneBottom: Double
    let xPos: (Double) -> Double
    let yPos: (Double) -> Double

    private var theme: Theme { layout.theme }

    /// An annotation resolved to pixels.
    private enum Resolved {
        case xRule(Double, String?)
        case yRule(Double, String?)
        case xRange(Double, Double, String?)
        case point(Point, String?)
    }

    private var resolved: [Resolved] {
        layout.line.annotations.compactMap { a in
            func x(_ v: AxisValue) -> Double? {
                guard let value = xAxis.resolve(v, kind: layout.data.xKind) else {
                    let shown: String
                    switch v {
                    case .number(let d): shown = "\(d)"
                    case .text(let s): shown = s
                    }
                    layout.reader.warning(
                        "annotation at \"\(shown)\" is not on the x axis and was left out", at: a.path, nil)
                    return nil
                }
                return xPos(value)
            }
            switch a.kind {
            case .xRule(let v): return x(v).map { .xRule($0, a.text) }
            case .yRule(let y): return .yRule(yPos(y), a.text)
            case .xRange(let from, let to):
                guard let x0 = x(from), let x1 = x(to) else { return nil }
                return .xRange(min(x0, x1), max(x0, x1), a.text)
            case .point(let v, let y): return x(v).map { .point(Point($0, yPos(y)), a.text) }
            }
        }
    }

    /// Shaded ranges and rules, drawn under the data.
    var backgroundNodes: [Node] {
        var nodes: [Node] = []
        let dash = Stroke(color: theme.reference, width: 1, dash: [4, 3])
        for r in resolved {
            switch r {
            case .xRange(let x0, let x1, _):
                let a = max(plot.x, x0)
                let b = min(plot.maxX, x1)
                if b > a {
                    nodes.append(
                        .path(
                            PathNode(
                                path: .rect(
                                    Rect(x: a, y: laneBottom, width: b - a, height: plot.maxY - laneBottom)),
                                fill: .solid(theme.grid.withAlpha(0.6)))))
                }
            case .xRule(let x, _):
                let p = crisp(x)
                nodes.append(
                    .path(
                        PathNode(
                            path: .line(from: Point(p, laneBottom - 2), to: Point(p, plot.maxY)), stroke: dash
                        )))
            case .yRule(let y, _):
                let p = crisp(y)
                nodes.append(
                    .path(
                        PathNode(path: .line(from: Point(plot.x, p), to: Point(plot.maxX, p)), stroke: dash)))
            case .point: break
            }
        }
        return nodes
    }

    /// Labels of rules and ranges, and notes at points, drawn over the data.
    func foregroundNodes(avoiding lines: [[Point]]) throws -> [Node] {
        let font = theme.valueLabel
        let metrics = try layout.measurer.measure("Ág", font: font)
        let halo = Stroke(color: theme.background ?? .white, width: 3, join: .round)
        var placed: [Rect] = []
        var nodes: [Node] = []
        func box(_ p: Point, _ width: Double, _ anchor: TextAnchor) -> Rect {
            let x = anchor == .start ? p.x : anchor == .end ? p.x - width : p.x - width / 2
            return Rect(x: x, y: p.y - metrics.ascent, width: width, height: metrics.height)
        }
        func crossesLine(_ box: Rect) -> Bool {
            let r = Rect(x: box.x - 3, y: box.y - 2, width: box.width + 6, height: box.height + 4)
            return lines.contains { points in
                zip(points, points.dropFirst()).contains { a, b in segment(a, b, intersects: r) }
            }
        }
        for r in resolved {
            switch r {
            case .xRule(let x, let text?), .xRange(let x, _, let text?):
                let width = try layout.measurer.measure(text, font: font).width
                // The lane has as many rows as labels need (at most two); the lower row first.
                var candidates: [(Point, TextAnchor)] = []
                for row in 0..<Self.laneRows(layout.line) {
                    let baseline = laneBottom - 6 - metrics.descent - Double(row) * (metrics.height + 2)
                    if case .xRange(let x0, let x1, _) = r, x1 - x0 > width + 8 {
                        candidates.append((Point((x0 + x1) / 2, baseline), .middle))
                    }
                    candidates += [(Point(x + 4, baseline), .start), (Point(x - 4, baseline), .end)]
                }
                // Other rules run up into the lane; a label must not sit on one.
                let rules = resolved.compactMap { other -> Double? in
                    if case .xRule(let rx, _) = other, rx != x { return rx }
                    return nil
                }
                let inside =
                    candidates.first { c in
                        let b = box(c.0, width, c.1)
                        return b.x >= plot.x - 1 && b.maxX <= plot.maxX + 1
                            && !placed.contains { $0.intersects(b) }
                            && !rules.contains { $0 > b.x - 3 && $0 < b.maxX + 3 }
                    } ?? candidates[0]
                placed.append(box(inside.0, width, inside.1))
                nodes.append(
                    .text(
                        TextNode(
                            text: text, font: font, color: theme.reference, position: inside.0,
                            anchor: inside.1, halo: halo)))
            case .yRule(let y, let text?):
                let width = try layout.measurer.measure(text, font: font).width
                let candidates: [(Point, TextAnchor)] = [
                    (Point(plot.maxX, y - 5 - metrics.descent), .end),
                    (Point(plot.x + 4, y - 5 - metrics.descent), .start),
                    (Point(plot.maxX, y + 4 + metrics.ascent), .end),
                    (Point(plot.x + 4, y + 4 + metrics.ascent), .start),
                ]
                let chosen =
                    candidates.first { c in
                        let b = box(c.0, width, c.1)
                        return !crossesLine(b) && !placed.contains { $0.intersects(b) }
                    } ?? candidates[0]
                placed.append(box(chosen.0, width, chosen.1))
                nodes.append(
                    .text(
                        TextNode(
                            text: text, font: font, color: theme.reference, position: chosen.0,
                            anchor: chosen.1, halo: halo)))
            case .point(let p, let text):
                nodes.append(
                    .path(
                        PathNode(
                            path: .circle(center: p, radius: 4.5),
                            stroke: Stroke(color: theme.text, width: 1.5))))
                guard let text else { continue }
                let width = try layout.measurer.measure(text, font: font).width
                // Beside the point first, then diagonal spots further out; the first inside the
                // plot that covers no line wins. The third element is where a leader line ends
                // (nil: the text sits right next to the point and needs none).
                let mid = p.y + (metrics.ascent - metrics.descent) / 2
                var spots: [(Point, TextAnchor, Point?)] = [
                    (Point(p.x + 9, mid), .start, nil), (Point(p.x - 9, mid), .end, nil),
                ]
                for d in [28.0, 52.0] {
                    spots += [
                        (Point(p.x + d, p.y - d), .start, Point(p.x + d - 3, p.y - d + 3)),
                        (Point(p.x - d, p.y - d), .end, Point(p.x - d + 3, p.y - d + 3)),
                        (Point(p.x + d, p.y + d + metrics.ascent), .start, Point(p.x + d - 3, p.y + d)),
                        (Point(p.x - d, p.y + d + metrics.ascent), .end, Point(p.x - d + 3, p.y + d)),
                    ]
                }
                let fits = { (s: (Point, TextAnchor, Point?)) -> Bool in
                    let b = box(s.0, width, s.1)
                    return Rect(x: plot.x, y: laneBottom, width: plot.width, height: plot.maxY - laneBottom)
                        .contains(b)
                        && !placed.contains { $0.intersects(b) }
                }
                let chosen =
                    spots.first { fits($0) && !crossesLine(box($0.0, width, $0.1)) } ?? spots.first(
                        where: fits) ?? spots[0]
                placed.append(box(chosen.0, width, chosen.1))
                if let end = chosen.2 {
                    nodes.append(
                        .path(
                            PathNode(
                                path: .line(
                                    from: Point(p.x + (end.x > p.x ? 4 : -4), p.y + (end.y > p.y ? 4 : -4)),
                                    to: end),
                                stroke: Stroke(color: theme.text, width: 1))))
                }
                nodes.append(
                    .text(
                        TextNode(
                            text: text, font: font, color: theme.text, position: chosen.0, anchor: chosen.1,
                            halo: halo)))
            default:
                break
            }
        }
        return nodes
    }

    /// Whether the segment a–b passes through the rectangle (tested by sampling, enough for labels).
    private func segment(_ a: Point, _ b: Point, intersects r: Rect) -> Bool {
        let steps = max(1, Int(max(abs(b.x - a.x), abs(b.y - a.y)) / 2))
        return (0...steps).contains { i in
            let t = Double(i) / Double(steps)
            let x = a.x + (b.x - a.x) * t
            let y = a.y + (b.y - a.y) * t
            return x >= r.x && x <= r.maxX && y >= r.y && y <= r.maxY
        }
    }

    /// Rows of the label lane above the plot: one per rule or range label, at most two.
    static func laneRows(_ line: LineSpec) -> Int {
        let count = line.annotations.filter { a in
            switch a.kind {
            case .xRule, .xRange: return a.text != nil
            default: return false
            }
        }.count
        return min(2, count)
    }
}

import KresbaScene

/// Series values stacked on each other (stacked areas), on the union of all x values; a
/// series missing at an x adds nothing there.
struct StackedValues {
    /// The x values, ascending.
    var xs: [Double]
    /// For each series, the lower and upper edge at each x.
    var bottoms: [[Double]]
    var tops: [[Double]]

    init(_ data: LineData, mode: StackMode) {
        xs = Array(Set(data.series.flatMap { $0.points.map(\.x) })).sorted()
        let lookup = data.series.map { s in
            Dictionary(s.points.map { ($0.x, $0.y ?? 0) }, uniquingKeysWith: +)
        }
        var running = Array(repeating: 0.0, count: xs.count)
        let totals = xs.map { x in lookup.reduce(0) { $0 + max(0, $1[x] ?? 0) } }
        bottoms = []
        tops = []
        for series in lookup {
            let bottom = running
            for (i, x) in xs.enumerated() {
                var v = max(0, series[x] ?? 0)
                if mode == .normalize { v = totals[i] > 0 ? v / totals[i] : 0 }
                running[i] += v
            }
            bottoms.append(bottom)
            tops.append(running)
        }
    }
}

/// The drawn series: lines (broken at gaps), areas, steps, points and bands.
struct LineMarks {
    /// The nodes, muted series first so the emphasised ones lie on top.
    var nodes: [Node] = []
    /// Where each series ends (its last drawn point), for direct labels.
    var ends: [Point?] = []
    /// Every drawn line as pixel polylines, for annotations to keep clear of.
    var polylines: [[Point]] = []

    init(
        layout: LineLayout, colors: [Color], xPos: (Double) -> Double, yPos: (Double) -> Double,
        baseline: Double,
        stacks: StackedValues?, stepWidth: Double? = nil
    ) {
        let line = layout.line
        let theme = layout.theme
        let order = layout.data.series.indices.sorted { a, b in
            let (ea, eb) = (layout.isEmphasised(a), layout.isEmphasised(b))
            return ea != eb ? !ea : a < b
        }
        ends = Array(repeating: nil, count: layout.data.series.count)
        var seriesNodes = Array(repeating: [Node](), count: layout.data.series.count)
        for s in order {
            let series = layout.data.series[s]
            let color = colors[s]
            var group: [Node] = []
            // The band sits under its line.
            if !series.band.isEmpty {
                let upper = series.band.map { Point(xPos($0.x), yPos($0.hi)) }
                let lower = series.band.reversed().map { Point(xPos($0.x), yPos($0.lo)) }
                group.append(
                    .path(PathNode(path: polygon(upper + lower), fill: .solid(color.withAlpha(0.2)))))
            }
            // Runs of points without gaps; stacked areas use the stack's edges instead.
            var runs: [[(Point, Double)]] = []  // (point on the line, baseline y)
            if let stacks {
                let run = stacks.xs.indices.map { i in
                    (Point(xPos(stacks.xs[i]), yPos(stacks.tops[s][i])), yPos(stacks.bottoms[s][i]))
                }
                runs = [run]
            } else {
                var current: [(Point, Double)] = []
                for p in series.points {
                    if let y = p.y {
                        current.append((Point(xPos(p.x), yPos(y)), baseline))
                    } else if !current.isEmpty {
                        runs.append(current)
                        current = []
                    }
                }
                if !current.isEmpty { runs.append(current) }
            }
            let stroke = Stroke(
                color: color, width: layout.isEmphasised(s) ? 2.25 : 1.5, cap: .round, join: .round)
            for run in runs {
                var points = line.mark == .step ? steps(run.map(\.0)) : run.map(\.0)
                // Each value holds for its whole interval, the last one too.
                if line.mark == .step, let stepWidth, let last = points.last {
                    points.append(Point(last.x + stepWidth, last.y))
                }
                if line.mark == .area {
                    let bottoms = line.mark == .step ? [] : run.map { Point($0.0.x, $0.1) }.reversed()
                    group.append(
                        .path(
                            PathNode(
                                path: polygon(points + bottoms),
                                fill: .solid(color.withAlpha(stacks == nil ? 0.25 : 0.85)))))
                }
                if run.count == 1 {
                    // A lone point (a single value, or one between gaps) shows as a dot.
                    group.append(
                        .path(PathNode(path: .circle(center: run[0].0, radius: 3), fill: .solid(color))))
                } else {
                    group.append(.path(PathNode(path: polyline(points), stroke: stroke)))
                }
                polylines.append(points)
            }
            if line.points {
                for p in runs.flatMap({ $0.map(\.0) }) {
                    group.append(
                        .path(
                            PathNode(
                                path: .circle(center: p, radius: 3), fill: .solid(color),
                                stroke: Stroke(color: theme.background ?? .white, width: 1))))
                }
            }
            ends[s] = runs.last?.last?.0
            seriesNodes[s] = group
        }
        nodes = order.map { .group(Group(children: seriesNodes[$0], role: "series")) }
    }

    private func steps(_ points: [Point]) -> [Point] {
        guard var previous = points.first else { return [] }
        var result = [previous]
        for p in points.dropFirst() {
            result.append(Point(p.x, previous.y))
            result.append(p)
            previous = p
        }
        return result
    }

    private func polyline(_ points: [Point]) -> Path {
        Path(points.enumerated().map { $0.offset == 0 ? .move($0.element) : .line($0.element) })
    }

    private func polygon(_ points: [Point]) -> Path {
        var path = polyline(points)
        path.elements.append(.close)
        return path
    }
}

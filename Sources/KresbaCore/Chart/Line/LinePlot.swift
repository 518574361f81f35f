import Foundation
import KresbaScene

/// The measured plot of a line chart, turned into scene nodes.
struct LinePlot {
    /// Every node of the chart (frame included).
    var nodes: [Node]
    /// Whether direct labels stayed next to their lines (for choosing a legend instead).
    var endLabelsFit: Bool

    /// Lays out axes, marks, labels and annotations inside the frame's body.
    static func make(layout: LineLayout, frame: ChartFrame, naming: LineLayout.Naming, colors: [Color]) throws
        -> LinePlot
    {
        let spec = layout.spec
        let line = layout.line
        let data = layout.data
        let theme = layout.theme
        let measurer = layout.measurer
        let body = frame.body
        let axisFont = theme.axisLabel
        let lineHeight = axisFont.size * 1.25
        let stacks = line.stack != .none ? StackedValues(data, mode: line.stack) : nil

        // The value range: points, band edges, stack totals and annotated values.
        var values = data.series.flatMap { $0.points.compactMap(\.y) }
        values += data.series.flatMap { $0.band.flatMap { [$0.lo, $0.hi] } }
        if let stacks { values += stacks.tops.flatMap { $0 } }
        for a in line.annotations {
            switch a.kind {
            case .yRule(let y), .point(_, let y): values.append(y)
            default: break
            }
        }
        if line.yScale == .log {
            values = values.filter { $0 > 0 }
            if values.isEmpty {
                layout.reader.error(
                    "a log scale needs values above zero", at: line.y.field.path, line.y.field.position)
                throw KresbaError(layout.reader.diagnostics)
            }
        }
        let dataLo = values.min() ?? 0
        let dataHi = values.max() ?? 1
        let yFormat = line.y.format ?? (line.stack == .normalize ? try? NumberFormat(pattern: "0 %") : nil)

        // Room at the top for the value axis title and for annotation labels.
        let showTitle = !line.y.titleHidden
        let yTitle = line.y.title ?? line.y.field.name
        let titleHeight =
            showTitle
            ? try measurer.measure(yTitle, font: theme.axisTitle).height + 6 + axisFont.size * 0.5 : 0
        let labelMetrics = try measurer.measure("Ág", font: theme.valueLabel)
        let laneRows = LineAnnotations.laneRows(line)
        let lane = laneRows > 0 ? Double(laneRows) * (labelMetrics.height + 2) + 4 : 0

        // Direct labels at the line ends take a column on the right.
        // With a highlight only the emphasised series are named; the grey ones are context.
        let names = data.series.indices.filter { layout.isEmphasised($0) }.map { data.series[$0].name }
        let endWidth =
            naming == .endLabels
            ? (try names.map { try measurer.measure($0, font: theme.legend).width }.max() ?? 0) + 10 : 0

        // A step line holds its last value for one more interval, so the x axis runs that far.
        let stepExtension = line.mark == .step ? data.medianXStep : 0
        var plot = Rect(
            x: body.x, y: body.y + titleHeight, width: body.width, height: body.height - titleHeight)
        var yAxis = YAxis.make(
            line: line, dataLo: dataLo, dataHi: dataHi, length: plot.height - lane - 30, format: yFormat,
            locale: layout.locale)
        var xAxis = try LineXAxis.make(
            data, length: plot.width, font: axisFont, locale: layout.locale, measurer: measurer,
            extendBy: stepExtension)
        for _ in 0..<2 {
            let tickWidth = try yAxis.labels.map { try measurer.measure($0, font: axisFont).width }.max() ?? 0
            plot.x = body.x + tickWidth + 8
            // The last x tick label is centred on its tick; keep it on the canvas.
            let lastLabel = try measurer.measure(xAxis.ticks.last?.label ?? "", font: axisFont).width / 2
            plot.width = body.maxX - plot.x - max(endWidth, lastLabel)
            xAxis = try LineXAxis.make(
                data, length: plot.width, font: axisFont, locale: layout.locale, measurer: measurer,
                extendBy: stepExtension)
            let xLabelsHeight = (xAxis.hasSublabels ? 2 : 1) * lineHeight + 9
            plot.height = body.maxY - plot.y - xLabelsHeight
            yAxis = YAxis.make(
                line: line, dataLo: dataLo, dataHi: dataHi, length: plot.height - lane, format: yFormat,
                locale: layout.locale)
        }
        let yRange = (plot.maxY, plot.y + lane)
        let xPos = { (x: Double) in xAxis.position(x, plot.x, plot.maxX) }
        let yPos = { (y: Double) in yAxis.position(y, yRange.0, yRange.1) }

        var nodes = frame.nodes
        nodes.append(
            .group(
                Group(
                    children: axisNodes(
                        plot: plot, yAxis: yAxis, yPos: yPos, xAxis: xAxis, xPos: xPos,
                        yTitle: showTitle ? yTitle : nil,
                        lineHeight: lineHeight, theme: theme), role: "axes")))

        let annotations = LineAnnotations(
            layout: layout, xAxis: xAxis, plot: plot, laneBottom: plot.y + lane, xPos: xPos, yPos: yPos)
        nodes.append(.group(Group(children: annotations.backgroundNodes, role: "annotation-ranges")))

        let marks = LineMarks(
            layout: layout, colors: colors, xPos: xPos, yPos: yPos,
            baseline: yPos(line.yScale == .log ? yAxis.lowest : 0),
            stacks: stacks,
            stepWidth: stepExtension > 0
                ? xPos((data.xExtent?.1 ?? 0) + stepExtension) - xPos(data.xExtent?.1 ?? 0) : nil)
        nodes.append(.group(Group(children: marks.nodes, role: "marks")))

        var fit = true
        if naming == .endLabels {
            let (labelNodes, ok) = try endLabelNodes(
                layout: layout, colors: colors, marks: marks, plot: plot, laneBottom: plot.y + lane)
            fit = ok
            nodes.append(.group(Group(children: labelNodes, role: "series-labels")))
        }
        nodes.append(
            .group(
                Group(
                    children: try annotations.foregroundNodes(avoiding: marks.polylines), role: "annotations")
            ))
        _ = spec
        return LinePlot(nodes: nodes, endLabelsFit: fit)
    }

    /// Gridlines, tick labels, the value axis title and the baseline.
    private static func axisNodes(
        plot: Rect, yAxis: YAxis, yPos: (Double) -> Double, xAxis: LineXAxis, xPos: (Double) -> Double,
        yTitle: String?, lineHeight: Double, theme: Theme
    ) -> [Node] {
        var nodes: [Node] = []
        let font = theme.axisLabel
        for (tick, label) in zip(yAxis.ticks, yAxis.labels) {
            let p = crisp(yPos(tick))
            let isZero = tick == 0 && !yAxis.isLog
            nodes.append(
                .path(
                    PathNode(
                        path: .line(from: Point(plot.x, p), to: Point(plot.maxX, p)),
                        stroke: Stroke(color: isZero ? theme.axis : theme.grid))))
            nodes.append(
                .text(
                    TextNode(
                        text: label, font: font, color: theme.mutedText,
                        position: Point(plot.x - 8, yPos(tick) + font.size * 0.36),
                        anchor: .end)))
        }
        // The x axis line at the bottom when zero is not on the axis (log scales, lines that do not start at zero).
        if !yAxis.ticks.contains(0) || yAxis.isLog || yAxis.lowest > 0 {
            let p = crisp(plot.maxY)
            nodes.append(
                .path(
                    PathNode(
                        path: .line(from: Point(plot.x, p), to: Point(plot.maxX, p)),
                        stroke: Stroke(color: theme.axis))))
        }
        for tick in xAxis.ticks {
            let x = crisp(xPos(tick.x))
            nodes.append(
                .path(
                    PathNode(
                        path: .line(from: Point(x, plot.maxY), to: Point(x, plot.maxY + 5)),
                        stroke: Stroke(color: theme.axis))))
            nodes.append(
                .text(
                    TextNode(
                        text: tick.label, font: font, color: theme.mutedText,
                        position: Point(xPos(tick.x), plot.maxY + 9 + font.size),
                        anchor: .middle)))
            if let sub = tick.sublabel {
                nodes.append(
                    .text(
                        TextNode(
                            text: sub, font: font, color: theme.text,
                            position: Point(xPos(tick.x), plot.maxY + 9 + font.size + lineHeight),
                            anchor: .middle)))
            }
        }
        if let yTitle {
            nodes.append(
                .text(
                    TextNode(
                        text: yTitle, font: theme.axisTitle, color: theme.mutedText,
                        position: Point(theme.padding, plot.y - 10 - font.size * 0.5), anchor: .start)))
        }
        return nodes
    }

    /// Series names at the right of the line ends, moved apart where they would collide.
    private static func endLabelNodes(
        layout: LineLayout, colors: [Color], marks: LineMarks, plot: Rect, laneBottom: Double
    ) throws -> ([Node], Bool) {
        let theme = layout.theme
        let font = theme.legend
        let metrics = try layout.measurer.measure("Ág", font: font)
        var wanted: [Double] = []
        var indices: [Int] = []
        for (i, end) in marks.ends.enumerated() where layout.isEmphasised(i) {
            guard let end else { continue }
            wanted.append(end.y)
            indices.append(i)
        }
        let height = metrics.height + 2
        let placed = EndLabels.resolve(wanted, height: height, top: laneBottom, bottom: plot.maxY)
        let fit = EndLabels.fit(
            wanted, height: height, top: laneBottom, bottom: plot.maxY, tolerance: height * 1.5)
        var nodes: [Node] = []
        for (k, i) in indices.enumerated() {
            let name = layout.data.series[i].name
            let x = plot.maxX + 8
            let y = placed[k] + (metrics.ascent - metrics.descent) / 2
            let color = layout.isEmphasised(i) ? colors[i] : theme.mutedText
            // A short leader when the label had to move away from its line's end.
            if abs(placed[k] - wanted[k]) > 2, let end = marks.ends[i] {
                nodes.append(
                    .path(
                        PathNode(
                            path: Path([.move(Point(end.x + 2, end.y)), .line(Point(x - 2, placed[k]))]),
                            stroke: Stroke(color: theme.muted, width: 1))))
            }
            nodes.append(
                .text(
                    TextNode(
                        text: name,
                        font: layout.isEmphasised(i)
                            ? Font(family: font.family, size: font.size, weight: .semibold) : font,
                        color: color.luminance > 0.6 ? theme.mutedText : color, position: Point(x, y))))
        }
        return (nodes, fit)
    }
}

/// The value axis of a line chart: linear (with or without zero) or logarithmic.
struct YAxis {
    var ticks: [Double]
    var labels: [String]
    var isLog: Bool
    /// The smallest value on the axis.
    var lowest: Double
    private var linear: ValueAxis?
    private var log: LogAxis?

    static func make(
        line: LineSpec, dataLo: Double, dataHi: Double, length: Double, format: NumberFormat?,
        locale: ChartLocale
    ) -> YAxis {
        if line.yScale == .log {
            let axis = LogAxis.make(
                dataLo: dataLo, dataHi: dataHi, length: length, format: format, locale: locale)
            return YAxis(
                ticks: axis.ticks, labels: axis.labels, isLog: true, lowest: pow(10, axis.logLo), linear: nil,
                log: axis)
        }
        let axis = ValueAxis.make(
            dataLo: dataLo, dataHi: dataHi, explicit: line.y.domain, length: length, spacing: 45,
            format: format,
            locale: locale, includeZero: line.yZero)
        return YAxis(
            ticks: axis.ticks, labels: axis.labels, isLog: false, lowest: axis.lo, linear: axis, log: nil)
    }

    func position(_ value: Double, _ r0: Double, _ r1: Double) -> Double {
        if let log { return log.position(value, r0, r1) }
        return linear?.position(value, r0, r1) ?? r0
    }
}

import KresbaScene

/// The measured plot of a bar chart, turned into scene nodes.
struct BarPlot {
    /// The plot rectangle (without tick labels).
    var plot: Rect
    /// The value axis.
    var axis: ValueAxis
    /// Pixel positions of the axis's `lo` and `hi` along the value direction.
    var range: (Double, Double)
    /// Labels under vertical bars.
    var categoryLabels: CategoryLabels
    /// Labels left of horizontal bars.
    var rowLabels: [TextBlock]
    /// Formatted value of each bar, `[category][series]`.
    var labelTexts: [[String?]]
    /// Value axis title, if shown.
    var valueTitle: String?
    /// Bars run up (true) or across.
    var vertical: Bool

    private func v(_ value: Double) -> Double { axis.position(value, range.0, range.1) }

    /// All nodes of the plot.
    func nodes(
        segments: [BarSegment], colors: [Color], layout: BarLayout, references: [BarLayout.ResolvedReference]
    ) -> [Node] {
        let theme = layout.spec.theme
        let data = layout.data
        let seriesCount = layout.bar.stack == .none ? data.series.count : 1
        let band = BandScale(
            domain: data.categories, range: vertical ? (plot.x, plot.maxX) : (plot.y, plot.maxY),
            paddingInner: data.hasSeries && seriesCount > 1 ? 0.25 : 0.2, paddingOuter: 0.1)
        let slot = band.bandwidth / Double(seriesCount)
        let barGap = seriesCount > 1 ? min(2, slot * 0.1) : 0

        var grid: [Node] = []
        var ticks: [Node] = []
        let tickFont = theme.axisLabel
        for (tick, label) in zip(axis.ticks, axis.labels) {
            let p = crisp(v(tick))
            let lineColor = tick == 0 ? theme.axis : theme.grid
            if vertical {
                if layout.data.valueChannel.grid || tick == 0 {
                    grid.append(
                        .path(
                            PathNode(
                                path: .line(from: Point(plot.x, p), to: Point(plot.maxX, p)),
                                stroke: Stroke(color: lineColor))))
                }
                ticks.append(
                    .text(
                        TextNode(
                            text: label, font: tickFont, color: theme.mutedText,
                            position: Point(plot.x - 8, v(tick) + tickFont.size * 0.36), anchor: .end)))
            } else {
                if layout.data.valueChannel.grid || tick == 0 {
                    grid.append(
                        .path(
                            PathNode(
                                path: .line(from: Point(p, plot.y), to: Point(p, plot.maxY)),
                                stroke: Stroke(color: lineColor))))
                }
                ticks.append(
                    .text(
                        TextNode(
                            text: label, font: tickFont, color: theme.mutedText,
                            position: Point(v(tick), plot.maxY + 6 + tickFont.size), anchor: .middle)))
            }
        }
        if let valueTitle {
            if vertical {
                // Above the tick labels, starting at the chart's left edge, read horizontally.
                ticks.append(
                    .text(
                        TextNode(
                            text: valueTitle, font: theme.axisTitle, color: theme.mutedText,
                            position: Point(layout.spec.theme.padding, plot.y - 10 - tickFont.size * 0.5),
                            anchor: .start)))
            } else {
                ticks.append(
                    .text(
                        TextNode(
                            text: valueTitle, font: theme.axisTitle, color: theme.mutedText,
                            position: Point(plot.maxX, plot.maxY + 6 + tickFont.size * 2.4), anchor: .end)))
            }
        }

        var bars: [Node] = []
        var labels: [Node] = []
        var rects: [Rect] = []
        var fills: [Color] = []
        for segment in segments {
            let bandStart = band.position(of: data.categories[segment.category]) ?? 0
            let offset = layout.bar.stack == .none ? Double(segment.series) * slot : 0
            let a = bandStart + offset + barGap / 2
            let thickness = (layout.bar.stack == .none ? slot : band.bandwidth) - barGap
            let p0 = v(segment.start)
            let p1 = v(segment.end)
            let rect =
                vertical
                ? Rect(x: a, y: min(p0, p1), width: thickness, height: abs(p1 - p0))
                : Rect(x: min(p0, p1), y: a, width: abs(p1 - p0), height: thickness)
            let color = layout.fill(segment, colors: colors)
            rects.append(rect)
            fills.append(color)
            bars.append(.path(PathNode(path: .rect(rect), fill: .solid(color))))
        }
        let referenceLines = ReferenceLines(
            references, position: v, plot: plot, vertical: vertical, bars: rects, theme: theme,
            measurer: layout.measurer)
        var omitted = 0
        if let labelSpec = layout.bar.labels {
            let valueFont = theme.valueLabel
            let metrics =
                (try? layout.measurer.measure("0", font: valueFont))
                ?? TextMetrics(
                    width: valueFont.size * 0.6, ascent: valueFont.size * 0.8, descent: valueFont.size * 0.2)
            // Outside labels may use the headroom reserved above (or beside) the plot.
            let bounds =
                vertical
                ? Rect(x: plot.x, y: plot.y - 2, width: plot.width, height: plot.height + 2)
                : Rect(x: plot.x, y: plot.y, width: plot.width + 2, height: plot.height)
            var placer = BarLabelPlacer(
                vertical: vertical, stacked: layout.bar.stack != .none && data.hasSeries,
                preference: labelSpec.position, font: valueFont, metrics: metrics, bounds: bounds,
                bars: rects,
                avoiding: referenceLines.labelBoxes, obstacles: referenceLines.lineBoxes)
            for (i, segment) in segments.enumerated() {
                guard let text = labelTexts[segment.category][segment.series] else { continue }
                let width = (try? layout.measurer.measure(text, font: valueFont).width) ?? 0
                if let node = placer.place(
                    text, width: width, bar: i, negative: segment.end < segment.start, fill: fills[i],
                    theme: theme)
                {
                    labels.append(.text(node))
                }
            }
            omitted = placer.omitted
        }
        if omitted > 0 {
            layout.reader.warning(
                "\(omitted) value label(s) did not fit their bars and were left out; make the chart larger or "
                    + "the labels shorter with a format", at: SpecPath(["labels"]), nil)
        }

        var categoryNodes: [Node] = []
        for (i, category) in data.categories.enumerated() {
            guard let start = band.position(of: category) else { continue }
            let center = start + band.bandwidth / 2
            let color = layout.bar.highlight.contains(category) ? theme.text : theme.mutedText
            if vertical {
                categoryNodes += categoryLabels.nodes(i, x: center, top: plot.maxY + 8, color: color)
            } else {
                let block = rowLabels[i]
                categoryNodes += block.nodes(
                    x: plot.x - 10, top: center - block.height / 2, anchor: .end, color: color)
            }
        }

        // The zero line sits on top of the bars so it is never hidden by them.
        let zero = crisp(v(0))
        let zeroLine: Node =
            vertical
            ? .path(
                PathNode(
                    path: .line(from: Point(plot.x, zero), to: Point(plot.maxX, zero)),
                    stroke: Stroke(color: theme.axis)))
            : .path(
                PathNode(
                    path: .line(from: Point(zero, plot.y), to: Point(zero, plot.maxY)),
                    stroke: Stroke(color: theme.axis)))
        return [
            .group(Group(children: grid, role: "grid")),
            .group(Group(children: ticks, role: "value-axis")),
            .group(Group(children: referenceLines.lines, role: "reference-lines")),
            .group(Group(children: bars + [zeroLine], role: "bars")),
            .group(Group(children: categoryNodes, role: "category-axis")),
            .group(Group(children: referenceLines.labels, role: "reference-labels")),
            .group(Group(children: labels, role: "value-labels")),
        ]
    }
}

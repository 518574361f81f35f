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
    var rowLabels: [TextLines]
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
                    grid.append(.path(PathNode(path: .line(from: Point(plot.x, p), to: Point(plot.maxX, p)),
                        stroke: Stroke(color: lineColor))))
                }
                ticks.append(.text(TextNode(text: label, font: tickFont, color: theme.mutedText,
                    position: Point(plot.x - 8, v(tick) + tickFont.size * 0.36), anchor: .end)))
            } else {
                if layout.data.valueChannel.grid || tick == 0 {
                    grid.append(.path(PathNode(path: .line(from: Point(p, plot.y), to: Point(p, plot.maxY)),
                        stroke: Stroke(color: lineColor))))
                }
                ticks.append(.text(TextNode(text: label, font: tickFont, color: theme.mutedText,
                    position: Point(v(tick), plot.maxY + 6 + tickFont.size), anchor: .middle)))
            }
        }
        if let valueTitle {
            if vertical {
                // Above the tick labels, starting at the chart's left edge, read horizontally.
                ticks.append(.text(TextNode(text: valueTitle, font: theme.axisTitle, color: theme.mutedText,
                    position: Point(layout.spec.theme.padding, plot.y - 10), anchor: .start)))
            } else {
                ticks.append(.text(TextNode(text: valueTitle, font: theme.axisTitle, color: theme.mutedText,
                    position: Point(plot.maxX, plot.maxY + 6 + tickFont.size * 2.4), anchor: .end)))
            }
        }

        var bars: [Node] = []
        var labels: [Node] = []
        let valueFont = theme.valueLabel
        let labelMetrics = (try? layout.measurer.measure("0", font: valueFont)) ?? TextMetrics(width: 7, ascent: 10, descent: 3)
        var omitted = 0
        for segment in segments {
            guard let bandStart = band.position(of: data.categories[segment.category]) else { continue }
            let offset = layout.bar.stack == .none ? Double(segment.series) * slot : 0
            let a = bandStart + offset + barGap / 2
            let thickness = (layout.bar.stack == .none ? slot : band.bandwidth) - barGap
            let p0 = v(segment.start)
            let p1 = v(segment.end)
            let rect = vertical
                ? Rect(x: a, y: min(p0, p1), width: thickness, height: abs(p1 - p0))
                : Rect(x: min(p0, p1), y: a, width: abs(p1 - p0), height: thickness)
            let color = layout.fill(segment, colors: colors)
            bars.append(.path(PathNode(path: .rect(rect), fill: .solid(color))))

            guard let labelSpec = layout.bar.labels,
                let text = labelTexts[segment.category][segment.series]
            else { continue }
            let width = (try? layout.measurer.measure(text, font: valueFont).width) ?? 0
            let height = labelMetrics.height
            let length = vertical ? rect.height : rect.width
            let across = vertical ? rect.width : rect.height
            let fitsInside = (vertical ? (width + 4 <= across && height + 6 <= length)
                : (width + 10 <= length && height + 2 <= across))
            // Outside a vertical bar a label may use the gap to the next band, never a neighbour's slot.
            let outsideRoom = seriesCount == 1 ? band.step - 4 : slot
            let fitsOutside = layout.bar.stack == .none && (!vertical || width <= outsideRoom)
            var inside: Bool
            switch labelSpec.position {
            case .inside: inside = fitsInside || !fitsOutside
            case .outside: inside = false
            case .auto: inside = layout.bar.stack != .none || !fitsOutside
            }
            if inside ? !fitsInside : !fitsOutside {
                omitted += 1
                continue
            }
            let negative = segment.end < segment.start
            let textColor = inside ? ColorScheme.readableText(on: color, dark: theme.text) : theme.text
            if vertical {
                let x = rect.x + rect.width / 2
                let baseline: Double
                if layout.bar.stack != .none {
                    baseline = rect.y + rect.height / 2 + labelMetrics.ascent / 2 - 1
                } else if inside {
                    baseline = negative ? rect.maxY - 5 - labelMetrics.descent : rect.y + 5 + labelMetrics.ascent
                } else {
                    baseline = negative ? rect.maxY + 4 + labelMetrics.ascent : rect.y - 5 - labelMetrics.descent
                }
                labels.append(.text(TextNode(text: text, font: valueFont, color: textColor,
                    position: Point(x, baseline), anchor: .middle)))
            } else {
                let baseline = rect.y + rect.height / 2 + (labelMetrics.ascent - labelMetrics.descent) / 2
                let (x, anchor): (Double, TextAnchor)
                if layout.bar.stack != .none {
                    (x, anchor) = (rect.x + rect.width / 2, .middle)
                } else if inside {
                    (x, anchor) = negative ? (rect.x + 5, .start) : (rect.maxX - 5, .end)
                } else {
                    (x, anchor) = negative ? (rect.x - 5, .end) : (rect.maxX + 5, .start)
                }
                labels.append(.text(TextNode(text: text, font: valueFont, color: textColor,
                    position: Point(x, baseline), anchor: anchor)))
            }
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
                categoryNodes += block.nodes(x: plot.x - 10, top: center - block.height / 2, anchor: .end, color: color)
            }
        }

        var referenceNodes: [Node] = []
        let halo = Stroke(color: theme.background ?? .white, width: 3, join: .round)
        for reference in references {
            let p = crisp(v(reference.value))
            let dash = Stroke(color: theme.reference, width: 1, dash: [4, 3])
            if vertical {
                referenceNodes.append(.path(PathNode(path: .line(from: Point(plot.x, p), to: Point(plot.maxX, p)), stroke: dash)))
                referenceNodes.append(.text(TextNode(text: reference.label, font: valueFont, color: theme.reference,
                    position: Point(plot.maxX, p - 5), anchor: .end, halo: halo)))
            } else {
                referenceNodes.append(.path(PathNode(path: .line(from: Point(p, plot.y), to: Point(p, plot.maxY)), stroke: dash)))
                referenceNodes.append(.text(TextNode(text: reference.label, font: valueFont, color: theme.reference,
                    position: Point(p, plot.y - 6), anchor: p > plot.x + plot.width * 0.7 ? .end : .start, halo: halo)))
            }
        }

        // The zero line sits on top of the bars so it is never hidden by them.
        let zero = crisp(v(0))
        let zeroLine: Node = vertical
            ? .path(PathNode(path: .line(from: Point(plot.x, zero), to: Point(plot.maxX, zero)), stroke: Stroke(color: theme.axis)))
            : .path(PathNode(path: .line(from: Point(zero, plot.y), to: Point(zero, plot.maxY)), stroke: Stroke(color: theme.axis)))
        return [
            .group(Group(children: grid, role: "grid")),
            .group(Group(children: ticks, role: "value-axis")),
            .group(Group(children: bars + [zeroLine], role: "bars")),
            .group(Group(children: categoryNodes, role: "category-axis")),
            .group(Group(children: referenceNodes, role: "references")),
            .group(Group(children: labels, role: "value-labels")),
        ]
    }
}

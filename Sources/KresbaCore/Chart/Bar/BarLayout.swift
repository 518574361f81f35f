import Foundation
import KresbaScene

/// Stage ④–⑤ for bar charts: scales, axes, bars, labels and reference lines, as scene nodes.
struct BarLayout {
    let spec: ChartSpec
    let bar: BarSpec
    let data: BarData
    let measurer: any TextMeasurer
    let reader: SpecReader

    private var theme: Theme { spec.theme }
    private var locale: ChartLocale { spec.locale }
    private var vertical: Bool { data.orientation == .vertical }
    private var stack: StackMode { data.hasSeries ? bar.stack : .none }

    /// Builds the whole scene.
    func scene() throws -> Scene {
        let segments = data.segments(stack)
        let colors = seriesColors()
        var legend: Legend?
        if data.hasSeries && bar.legend.position != .none {
            legend = Legend(
                title: bar.legend.title ?? bar.color?.title,
                entries: data.series.enumerated().map { Legend.Entry(label: $1, color: colors[$0]) },
                theme: theme)
        }
        let frame = try ChartFrame.layout(
            spec: spec,
            legend: legend.map { l in { width in try l.layout(width: width, measurer: measurer) } },
            legendAtBottom: bar.legend.position == .bottom, measurer: measurer)

        let references = resolvedReferences(segments)
        let ends = segments.flatMap { [$0.start, $0.end] } + references.map(\.value)
        let valueFormat =
            data.valueChannel.format ?? (stack == .normalize ? try? NumberFormat(pattern: "0 %") : nil)
        let labelFormat = bar.labels?.format ?? data.valueChannel.format ?? defaultLabelFormat()
        let plot = try plotLayout(
            body: frame.body, ends: ends, valueFormat: valueFormat, labelFormat: labelFormat,
            references: references)

        var nodes = frame.nodes
        nodes += plot.nodes(segments: segments, colors: colors, layout: self, references: references)
        return Scene(
            width: spec.size.width, height: spec.size.height, background: theme.background, nodes: nodes,
            metadata: SceneMetadata(
                title: spec.title ?? "", description: spec.description ?? AltText.bar(spec: spec, data: data),
                language: locale.identifier, author: spec.source ?? ""))
    }

    // MARK: - Colours

    /// The colour of each series (or the single colour of a one-series chart).
    func seriesColors() -> [Color] {
        if let value = bar.color?.value { return data.series.map { _ in value } }
        let palette = (bar.color?.colors.isEmpty == false ? bar.color?.colors : nil) ?? theme.palette
        return data.series.indices.map { palette[$0 % palette.count] }
    }

    /// The fill of one bar, after highlighting and the diverging colour for negative values.
    func fill(_ segment: BarSegment, colors: [Color]) -> Color {
        let category = data.categories[segment.category]
        if !bar.highlight.isEmpty && !bar.highlight.contains(category) { return theme.muted }
        if category == data.remainder && !bar.highlight.contains(category) { return theme.muted }
        if !data.hasSeries && bar.color == nil && segment.value < 0 { return theme.negative }
        return colors[segment.series]
    }

    // MARK: - Formats and references

    private func defaultLabelFormat() -> NumberFormat {
        if stack == .normalize, let f = try? NumberFormat(pattern: "0 %") { return f }
        return NumberFormat.fitting(data.values.flatMap { $0.compactMap { $0 } })
    }

    /// A reference line resolved to a number.
    struct ResolvedReference {
        var value: Double
        var label: String
    }

    private func resolvedReferences(_ segments: [BarSegment]) -> [ResolvedReference] {
        let totals = data.values.map { row in row.reduce(0) { $0 + ($1 ?? 0) } }
        let plotted = data.hasSeries && stack == .none ? segments.map(\.value) : totals
        let format = data.valueChannel.format ?? defaultLabelFormat()
        return bar.references.compactMap { ref in
            let value: Double
            switch ref.value {
            case .number(let d): value = d
            case .mean: value = plotted.reduce(0, +) / Double(max(1, plotted.count))
            case .median:
                let sorted = plotted.sorted()
                let n = sorted.count
                value = n == 0 ? 0 : (n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2)
            }
            if stack == .normalize {
                reader.warning("reference lines are not drawn on 100 % stacked bars", at: ref.path, nil)
                return nil
            }
            let text = format.string(value, locale: locale)
            return ResolvedReference(value: value, label: ref.label.map { "\($0): \(text)" } ?? text)
        }
    }
}

extension BarLayout {
    /// Computes the plot rectangle, the axes and the label placement for the body area.
    func plotLayout(
        body: Rect, ends: [Double], valueFormat: NumberFormat?, labelFormat: NumberFormat,
        references: [ResolvedReference]
    ) throws -> BarPlot {
        let axisFont = theme.axisLabel
        let lineHeight = axisFont.size * 1.25
        let dataLo = ends.min() ?? 0
        let dataHi = ends.max() ?? 1
        // 100 % stacked bars label each segment with its share of the category's total.
        let labelTexts = data.values.map { row in
            let total = row.reduce(0) { $0 + abs($1 ?? 0) }
            return row.map { value in
                value.map {
                    labelFormat.string(
                        stack == .normalize ? (total > 0 ? $0 / total : 0) : $0, locale: locale)
                }
            }
        }
        let valueLabelHeight = try measurer.measure("0", font: theme.valueLabel).height
        let maxValueLabelWidth =
            try labelTexts.flatMap { $0 }.compactMap { $0 }.map {
                try measurer.measure($0, font: theme.valueLabel).width
            }
            .max() ?? 0
        let showTitle = !data.valueChannel.titleHidden
        let valueTitle = data.valueChannel.title ?? data.valueChannel.field.name
        // Above a vertical value axis the title also leaves room for the top tick label's upper half.
        let titleGap = vertical ? 6 + axisFont.size * 0.5 : 6
        let titleHeight =
            showTitle ? try measurer.measure(valueTitle, font: theme.axisTitle).height + titleGap : 0
        let referenceRoom = references.isEmpty || vertical ? 0 : valueLabelHeight + 6
        let outsideLabels = bar.labels != nil && stack == .none

        if vertical {
            // Outside value labels need room beyond the longest bar.
            let headroom = outsideLabels ? valueLabelHeight + 6 : 0
            var plot = Rect(
                x: body.x, y: body.y + titleHeight, width: body.width, height: body.height - titleHeight)
            var axis = ValueAxis.make(
                dataLo: dataLo, dataHi: dataHi, explicit: data.valueChannel.domain, length: plot.height,
                spacing: 45,
                format: valueFormat, locale: locale)
            var categoryLabels = CategoryLabels(blocks: [], rotated: false)
            for _ in 0..<2 {
                let tickWidth = try axis.maxLabelWidth(font: axisFont, measurer: measurer)
                plot.x = body.x + tickWidth + 8
                plot.width = body.maxX - plot.x
                let step = plot.width / Double(max(1, data.categories.count))
                categoryLabels = try CategoryLabels.layout(
                    data.categories, step: step, maxRotatedWidth: body.height * 0.5, theme: theme,
                    measurer: measurer)
                if categoryLabels.rotated {
                    // A rotated first label reaches left of its band; keep it on the canvas.
                    let reach = categoryLabels.leftReach - step / 2 - (plot.x - body.x)
                    if reach > 0 {
                        plot.x += reach
                        plot.width -= reach
                    }
                }
                plot.height = body.maxY - plot.y - categoryLabels.height - 8
                axis = ValueAxis.make(
                    dataLo: dataLo, dataHi: dataHi, explicit: data.valueChannel.domain,
                    length: plot.height - (dataLo < 0 ? headroom : 0) - (dataHi > 0 ? headroom : 0),
                    spacing: 45, format: valueFormat, locale: locale)
            }
            let range = (
                plot.maxY - (dataLo < 0 ? headroom : 0), plot.y + (dataHi > 0 ? headroom : 0)
            )
            return BarPlot(
                plot: plot, axis: axis, range: range, categoryLabels: categoryLabels, rowLabels: [],
                labelTexts: labelTexts, valueTitle: showTitle ? valueTitle : nil, vertical: true)
        }

        // Horizontal: category labels on the left, values along the bottom.
        let n = Double(max(1, data.categories.count))
        let tickHeight = lineHeight + 6
        var plot = Rect(
            x: body.x, y: body.y + referenceRoom, width: body.width,
            height: body.height - tickHeight - titleHeight - referenceRoom)
        let bandHeight = plot.height / n
        let maxLines = max(1, min(3, Int((bandHeight * 0.95) / lineHeight)))
        let naturalWidth =
            try data.categories.map { try measurer.measure($0, font: axisFont).width }.max() ?? 0
        let labelWidth = min(naturalWidth, body.width * 0.35)
        let rowLabels = try data.categories.map {
            try TextWrapper(measurer: measurer).block(
                $0, font: axisFont, maxWidth: labelWidth, maxLines: maxLines, lineHeight: lineHeight)
        }
        let usedWidth = rowLabels.map(\.width).max() ?? 0
        plot.x = body.x + usedWidth + 10
        let room = outsideLabels ? maxValueLabelWidth + 6 : 0
        let roomLeft = dataLo < 0 ? room : 0
        let roomRight = dataHi > 0 ? room : 0
        // Ticks are spaced by how wide their labels are, so narrow (phone) charts still get
        // several ticks and the domain does not overshoot the data.
        let sample = [dataLo, dataHi].map {
            (valueFormat ?? NumberFormat.automatic(forStep: 1)).string($0, locale: locale)
        }
        let spacing = max(
            48, (try sample.map { try measurer.measure($0, font: axisFont).width }.max() ?? 0) + 28)
        var axis = ValueAxis.make(
            dataLo: dataLo, dataHi: dataHi, explicit: data.valueChannel.domain,
            length: body.maxX - plot.x - roomLeft - roomRight, spacing: spacing, format: valueFormat,
            locale: locale)
        for _ in 0..<2 {
            // The last tick label is centred on the range's end; keep it inside the canvas.
            let lastTick = try measurer.measure(axis.labels.last ?? "", font: axisFont).width / 2
            plot.width = body.maxX - plot.x - max(0, lastTick - roomRight)
            axis = ValueAxis.make(
                dataLo: dataLo, dataHi: dataHi, explicit: data.valueChannel.domain,
                length: plot.width - roomLeft - roomRight, spacing: spacing, format: valueFormat,
                locale: locale)
        }
        let range = (plot.x + roomLeft, plot.maxX - roomRight)
        return BarPlot(
            plot: plot, axis: axis, range: range, categoryLabels: CategoryLabels(blocks: [], rotated: false),
            rowLabels: rowLabels, labelTexts: labelTexts, valueTitle: showTitle ? valueTitle : nil,
            vertical: false)
    }
}

import Foundation
import KresbaScene

/// Stage ④–⑤ for line and area charts: axes, lines, areas, direct labels and annotations.
struct LineLayout {
    let spec: ChartSpec
    let line: LineSpec
    let data: LineData
    let measurer: any TextMeasurer
    let reader: SpecReader

    var theme: Theme { spec.theme }
    var locale: ChartLocale { spec.locale }

    /// How the series are named in one layout attempt.
    enum Naming { case none, legend, endLabels }

    /// Builds the scene, choosing direct labels or a legend as the spec asks.
    func scene() throws -> Scene {
        let named = data.hasSeries
        var plot: LinePlot
        switch (named, line.labels) {
        case (false, _), (_, .none): plot = try layout(.none)
        case (true, .legend): plot = try layout(.legend)
        case (true, .end): plot = try layout(.endLabels)
        case (true, .auto):
            // Direct labels when they sit next to their lines; a legend when they would have to move away.
            plot = try layout(.endLabels)
            if !plot.endLabelsFit { plot = try layout(.legend) }
        }
        return Scene(
            width: spec.size.width, height: spec.size.height, background: theme.background, nodes: plot.nodes,
            metadata: SceneMetadata(
                title: spec.title ?? "",
                description: spec.description ?? AltText.line(spec: spec, data: data),
                language: locale.identifier, author: spec.source ?? ""))
    }

    /// The colour of each series: palette colours, or grey for series not highlighted.
    func seriesColors() -> [Color] {
        if let value = line.color?.value { return data.series.map { _ in value } }
        let palette = (line.color?.colors.isEmpty == false ? line.color?.colors : nil) ?? theme.palette
        var next = 0
        return data.series.map { series in
            if !line.highlight.isEmpty && !line.highlight.contains(series.name) { return theme.muted }
            defer { next += 1 }
            return palette[next % palette.count]
        }
    }

    /// Whether a series is drawn in colour.
    func isEmphasised(_ index: Int) -> Bool {
        line.highlight.isEmpty || line.highlight.contains(data.series[index].name)
    }

    /// One complete layout with the given way of naming series.
    func layout(_ naming: Naming) throws -> LinePlot {
        let colors = seriesColors()
        var legend: Legend?
        var entries: [Legend.Entry] = []
        if naming == .legend {
            entries = data.series.enumerated().filter { isEmphasised($0.offset) }.map {
                Legend.Entry(label: $0.element.name, color: colors[$0.offset])
            }
        }
        // A labelled band is explained in the legend whatever names the lines.
        if let label = line.band?.label, let first = colors.first, line.legend.position != .none {
            entries.append(Legend.Entry(label: label, color: first.withAlpha(0.25)))
        }
        if !entries.isEmpty && line.legend.position != .none {
            legend = Legend(title: line.legend.title ?? line.color?.title, entries: entries, theme: theme)
        }
        let frame = try ChartFrame.layout(
            spec: spec,
            legend: legend.map { l in { width in try l.layout(width: width, measurer: measurer) } },
            legendAtBottom: line.legend.position == .bottom, measurer: measurer)
        return try LinePlot.make(layout: self, frame: frame, naming: naming, colors: colors)
    }
}

extension Color {
    /// The same colour with another opacity.
    func withAlpha(_ alpha: Double) -> Color {
        Color(red: red, green: green, blue: blue, alpha: alpha)
    }
}

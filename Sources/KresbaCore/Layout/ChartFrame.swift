import KresbaScene

/// The parts around every chart: title, subtitle and an optional legend on top; notes and the
/// source line at the bottom. What is left in between is the plot area.
struct ChartFrame {
    /// Nodes of the header and footer.
    var nodes: [Node]
    /// The space left for the chart itself (axes included).
    var body: Rect

    /// Lays out the frame of a chart.
    /// - Parameters:
    ///   - legend: a block placed under the subtitle (or above the footer), given its available width.
    static func layout(
        spec: ChartSpec, legend: ((Double) throws -> (height: Double, draw: (Point) -> [Node]))?,
        legendAtBottom: Bool, measurer: any TextMeasurer
    ) throws -> ChartFrame {
        let theme = spec.theme
        let pad = theme.padding
        let width = spec.size.width - 2 * pad
        var nodes: [Node] = []
        var top = pad
        var header: [Node] = []

        if let title = spec.title, !title.isEmpty {
            let block = try TextWrapper(measurer: measurer).block(
                title, font: theme.title, maxWidth: width, maxLines: 3, lineHeight: theme.title.size * 1.2)
            header += block.nodes(x: pad, top: top, anchor: .start, color: theme.text)
            top += block.height + 6
        }
        if let subtitle = spec.subtitle, !subtitle.isEmpty {
            let block = try TextWrapper(measurer: measurer).block(
                subtitle, font: theme.subtitle, maxWidth: width, maxLines: 3,
                lineHeight: theme.subtitle.size * theme.lineHeight)
            header += block.nodes(x: pad, top: top, anchor: .start, color: theme.mutedText)
            top += block.height + 4
        }
        if !header.isEmpty {
            nodes.append(.group(Group(children: header, role: "header")))
            top += 12
        }

        var bottom = spec.size.height - pad
        var footer: [Node] = []
        // The source line sits at the very bottom, the notes stack up above it.
        var paragraphs: [(String, Font, Int)] =
            spec.source.map { [(sourceLine($0, locale: spec.locale), theme.source, 2)] } ?? []
        paragraphs += spec.notes.reversed().filter { !$0.isEmpty }.map { ($0, theme.note, 4) }
        for (text, font, maxLines) in paragraphs {
            let block = try TextWrapper(measurer: measurer).block(
                text, font: font, maxWidth: width, maxLines: maxLines,
                lineHeight: font.size * theme.lineHeight)
            bottom -= block.height
            footer += block.nodes(x: pad, top: bottom, anchor: .start, color: theme.mutedText)
            bottom -= 4
        }
        if !footer.isEmpty {
            nodes.append(.group(Group(children: footer, role: "footer")))
            bottom -= 10
        }

        if let legend {
            let (height, draw) = try legend(width)
            if height > 0 {
                if legendAtBottom {
                    bottom -= height
                    nodes.append(.group(Group(children: draw(Point(pad, bottom)), role: "legend")))
                    bottom -= 10
                } else {
                    nodes.append(.group(Group(children: draw(Point(pad, top)), role: "legend")))
                    top += height + 12
                }
            }
        }
        return ChartFrame(
            nodes: nodes, body: Rect(x: pad, y: top, width: width, height: max(0, bottom - top)))
    }

    /// "Zdroj: ČSÚ" / "Source: ČSÚ", unless the author already wrote the word.
    static func sourceLine(_ source: String, locale: ChartLocale) -> String {
        let prefix = locale.identifier == "cs" ? "Zdroj" : "Source"
        let lower = source.lowercased()
        if lower.hasPrefix("zdroj") || lower.hasPrefix("source") || lower.hasPrefix("zdroje") {
            return source
        }
        return "\(prefix): \(source)"
    }
}

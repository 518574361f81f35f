import Foundation
import KresbaScene

/// Isotype rows: one row per category, one icon per unit, the last icon cut to the fraction,
/// with the category's name before the row and its value after it. All rows share one unit and
/// one cell width, so their lengths compare.
struct RowsPictogram {
    let c: PictogramContext

    init(_ context: PictogramContext) {
        c = context
    }

    /// The most icons a row may have.
    static let maxIcons = 1000

    /// The spec's unit, or the 1-2-5 number that gives the longest row 8 to 20 icons.
    static func automaticUnit(forMaximum maximum: Double) -> Double {
        guard maximum > 0 else { return 1 }
        var magnitude = pow(10, (log10(maximum / 20)).rounded(.down))
        while true {
            for step in [1.0, 2, 5] where maximum / (step * magnitude) <= 20 + 1e-9 {
                return step * magnitude
            }
            magnitude *= 10
        }
    }

    /// The unit in use.
    func unit() throws(KresbaError) -> Double {
        let maximum = c.data.values.max() ?? 0
        let unit = c.p.unit?.value ?? Self.automaticUnit(forMaximum: maximum)
        if maximum / unit > Double(Self.maxIcons) {
            c.reader.error(
                "at 1 icon = \(c.unitAmount(unit)) the longest row needs \(Int((maximum / unit).rounded(.up))) icons, "
                    + "more than \(Self.maxIcons); choose a larger unit", at: SpecPath(["unit"]), nil)
            throw KresbaError(c.reader.diagnostics)
        }
        return unit
    }

    /// The icon height at which every row, its gap and its value label fit in `width`, no
    /// taller than `maximum`.
    static func iconHeight(
        counts: [Int], valueWidths: [Double], width: Double, aspect: Double, spacing: Double, maximum: Double
    ) -> Double {
        var h = maximum
        for (count, valueWidth) in zip(counts, valueWidths) where count > 0 {
            let room = width - (valueWidth > 0 ? valueWidth + 8 : 0)
            h = min(h, room / (Double(count) * aspect + Double(count - 1) * spacing))
        }
        return max(0, h)
    }

    /// The scene nodes and the generated alt text.
    func nodes() throws -> ([Node], String) {
        let data = c.data
        let theme = c.theme
        let unit = try unit()
        let exact = c.p.partial ?? true
        let colors = c.colors(perCategory: false)
        let unitKey = c.unitText(c.unitAmount(unit))
        let legend = PictogramLegend(
            title: c.p.legend.title, entries: [], unitKey: (unitKey, c.keyIcon, theme.mutedText),
            theme: theme)
        let frame = try c.frame(legend: legend)
        let body = frame.body

        let n = data.categories.count
        let band = body.height / Double(n)
        let labelFont = theme.axisLabel
        let lineHeight = TextBlock.defaultLineHeight(for: labelFont)
        if band < lineHeight {
            c.reader.warning(
                "\(n) rows leave \(Int(band)) px each, too little for their labels; make the chart taller or show "
                    + "fewer categories", at: c.p.category?.path ?? c.p.value.path, c.p.category?.position)
        }
        let names = try data.categories.map {
            try TextWrapper(measurer: c.measurer).block(
                $0, font: labelFont, maxWidth: body.width * 0.3,
                maxLines: max(1, min(2, Int(band / lineHeight))), lineHeight: lineHeight)
        }
        let labelColumn = names.map(\.width).max() ?? 0
        let x0 = body.x + (labelColumn > 0 ? labelColumn + 12 : 0)

        let sum = data.values.reduce(0, +)
        let showValues = c.labelsShown(default: true) && c.p.labels?.content != .category
        let content = c.p.labels?.content ?? .value
        let format =
            content == .share ? c.shareFormat(data.values.map { $0 / max(sum, 1e-300) }) : c.valueFormat()
        let valueTexts = data.values.map { v in
            showValues ? format.string(content == .share ? v / sum : v, locale: c.locale) : ""
        }
        let valueFont = theme.valueLabel
        let valueWidths = try valueTexts.map {
            $0.isEmpty ? 0 : try c.measurer.measure($0, font: valueFont).width
        }
        let rows = data.values.indices.map {
            IconAllocation.rowPieces(amount: data.values[$0] / unit, category: $0, exact: exact)
        }
        let aspect = c.cellAspect
        let spacing = c.p.spacing ?? 0.15
        let h = Self.iconHeight(
            counts: rows.map(\.count), valueWidths: valueWidths, width: body.maxX - x0, aspect: aspect,
            spacing: spacing, maximum: min(band * 0.75, 96))

        var icons: [Node] = []
        var texts: [Node] = []
        let metrics = try c.measurer.measure("0", font: valueFont)
        for i in 0..<n {
            let centre = body.y + band * (Double(i) + 0.5)
            let icon = data.icons[i]
            for (k, pieces) in rows[i].enumerated() {
                let x = x0 + Double(k) * h * (aspect + spacing) + (aspect - icon.aspectRatio) * h / 2
                if let node = IconDrawing.node(
                    icon, origin: Point(x, centre - h / 2), height: h, pieces: pieces, colors: colors,
                    empty: c.p.empty, direction: .right)
                {
                    icons.append(node)
                }
            }
            texts += names[i].nodes(
                x: x0 - 12, top: centre - names[i].height / 2, anchor: .end, color: theme.text)
            if !valueTexts[i].isEmpty {
                let end =
                    x0 + IconFit.rowWidth(count: rows[i].count, height: h, aspect: aspect, spacing: spacing)
                texts.append(
                    .text(
                        TextNode(
                            text: valueTexts[i], font: valueFont, color: theme.text,
                            position: Point(
                                end + (rows[i].isEmpty ? 0 : 8),
                                centre + (metrics.ascent - metrics.descent) / 2))))
            }
        }
        let nodes =
            frame.nodes + [
                .group(Group(children: icons, role: "icons")), .group(Group(children: texts, role: "labels")),
            ]
        let valueFormat = c.valueFormat()
        let parts = data.values.indices.map {
            c.named($0, valueFormat.string(data.values[$0], locale: c.locale))
        }
        let alt =
            c.altTextOpening(("Piktogram, řady ikon", "Pictogram, rows of icons")) + " \(unitKey). "
            + parts.joined(separator: "; ") + "." + c.altTextSource
        return (nodes, alt)
    }
}

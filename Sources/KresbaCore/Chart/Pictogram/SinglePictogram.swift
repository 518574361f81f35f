import KresbaScene

/// One icon per category, filled from the bottom to the category's share of its total (a
/// person 62 % filled); several categories make small multiples in a grid of panels.
struct SinglePictogram {
    let c: PictogramContext

    init(_ context: PictogramContext) {
        c = context
    }

    /// Each category's share of its total, checked to lie between 0 and 1.
    func shares() throws(KresbaError) -> [Double] {
        let data = c.data
        var fixed = 100.0
        if case .number(let t)? = c.p.total { fixed = t }
        let shares = data.values.indices.map { i in data.values[i] / (data.totals?[i] ?? fixed) }
        for (i, share) in shares.enumerated() where !(share <= 1 + 1e-9) {
            let total = data.totals?[i] ?? fixed
            let name = data.categories[i].isEmpty ? "" : " of \"\(data.categories[i])\""
            if total <= 0, case .field(let ref)? = c.p.total {
                c.reader.error(
                    "the total\(name) is zero; an icon can only be filled to a share of more than nothing",
                    at: ref.path, ref.position)
                continue
            }
            c.reader.error(
                "the value \(c.unitAmount(data.values[i]))\(name) is more than its total \(c.unitAmount(total)); "
                    + "an icon can be filled at most once", at: c.p.value.path, c.p.value.position)
        }
        if c.reader.hasErrors { throw KresbaError(c.reader.diagnostics) }
        if c.p.total == nil, data.values.allSatisfy({ $0 <= 1 }), data.values.contains(where: { $0 > 0 }) {
            c.reader.warning(
                "every value is at most 1, so every icon is at most 1 % full; if the values are fractions of one, "
                    + "add total: 1 (the default total is 100)", at: c.p.value.path, c.p.value.position)
        }
        return shares.map { min(1, $0) }
    }

    /// A panel layout: how many panels across and how tall the icons are.
    struct Panels: Equatable {
        var columns: Int
        var iconHeight: Double
    }

    /// The number of columns that makes the icons largest, given each column count's label height.
    static func panels(
        count: Int, width: Double, height: Double, aspect: Double, labelHeight: (Double) throws -> Double
    ) rethrows -> Panels {
        var best = Panels(columns: 1, iconHeight: 0)
        for columns in 1...max(1, count) {
            let rows = (count + columns - 1) / columns
            let panelWidth = (width - Double(columns - 1) * 16) / Double(columns)
            let panelHeight = (height - Double(rows - 1) * 12) / Double(rows)
            let h = min(panelHeight - (try labelHeight(panelWidth)) - 8, panelWidth * 0.9 / aspect)
            if h > best.iconHeight + 1e-9 { best = Panels(columns: columns, iconHeight: h) }
        }
        return best
    }

    /// The scene nodes and the generated alt text.
    func nodes() throws -> ([Node], String) {
        let data = c.data
        let theme = c.theme
        let shares = try shares()
        let colors = c.colors(perCategory: false)
        let frame = try c.frame(legend: nil)
        let body = frame.body
        let content = c.p.labels?.content ?? .share
        let showNumbers = c.labelsShown(default: true) && content != .category
        // Names always show: without them nothing tells the small multiples apart.
        let showNames = data.categories.contains { !$0.isEmpty }
        let format = content == .share ? c.shareFormat(shares) : c.valueFormat()
        let numbers = data.values.indices.map { i in
            showNumbers ? format.string(content == .share ? shares[i] : data.values[i], locale: c.locale) : ""
        }
        let nameFont = theme.axisLabel
        let lineHeight = TextBlock.defaultLineHeight(for: nameFont)
        let aspect = c.cellAspect
        var icons: [Node] = []
        var texts: [Node] = []
        func draw(_ i: Int, x: Double, y: Double, h: Double) {
            let icon = data.icons[i]
            let pieces =
                shares[i] >= 1 - IconAllocation.tolerance
                ? [IconPiece.whole(0)]
                : [
                    IconPiece(category: 0, start: 0, end: shares[i]),
                    IconPiece(category: nil, start: shares[i], end: 1),
                ]
            let node = IconDrawing.node(
                icon, origin: Point(x + (aspect - icon.aspectRatio) * h / 2, y), height: h, pieces: pieces,
                colors: [colors[i]], empty: c.p.empty, direction: .up)
            if let node { icons.append(node) }
        }

        if data.categories.count == 1 {
            // One icon: as tall as the body, its number large beside it.
            let bigFont = Font(
                family: theme.title.family, size: (theme.title.size * 2).rounded(), weight: .bold)
            let big = try c.measurer.measure(numbers[0].isEmpty ? "0" : numbers[0], font: bigFont)
            let h = min(body.height, body.width * 0.5 / aspect)
            draw(0, x: body.x, y: body.y, h: h)
            let textX = body.x + h * aspect + 24
            let name = try TextWrapper(measurer: c.measurer).block(
                data.categories[0], font: theme.subtitle, maxWidth: body.maxX - textX, maxLines: 4)
            let blockHeight = (numbers[0].isEmpty ? 0 : big.height + 4) + name.height
            var y = body.y + (h - blockHeight) / 2
            if !numbers[0].isEmpty {
                texts.append(
                    .text(
                        TextNode(
                            text: numbers[0], font: bigFont, color: colors[0],
                            position: Point(textX, y + big.ascent))))
                y += big.height + 4
            }
            if showNames { texts += name.nodes(x: textX, top: y, anchor: .start, color: theme.text) }
        } else {
            let numberFont = Font(
                family: theme.valueLabel.family, size: (theme.valueLabel.size * 1.2).rounded(), weight: .bold)
            let numberMetrics = try c.measurer.measure("0", font: numberFont)
            let numberHeight = showNumbers ? numberMetrics.height + 2 : 0
            func names(_ width: Double) throws -> [TextBlock] {
                try data.categories.map {
                    try TextWrapper(measurer: c.measurer).block(
                        $0, font: nameFont, maxWidth: max(1, width), maxLines: 2, lineHeight: lineHeight)
                }
            }
            let panels = try Self.panels(
                count: data.categories.count, width: body.width, height: body.height, aspect: aspect
            ) { width in
                numberHeight + (showNames ? (try names(width).map(\.height).max() ?? 0) : 0)
            }
            let columns = panels.columns
            let rows = (data.categories.count + columns - 1) / columns
            let panelWidth = (body.width - Double(columns - 1) * 16) / Double(columns)
            let panelHeight = (body.height - Double(rows - 1) * 12) / Double(rows)
            let blocks = try names(panelWidth)
            let h = panels.iconHeight
            for i in data.categories.indices {
                let left = body.x + Double(i % columns) * (panelWidth + 16)
                let top = body.y + Double(i / columns) * (panelHeight + 12)
                let centre = left + panelWidth / 2
                draw(i, x: centre - h * aspect / 2, y: top, h: h)
                var y = top + h + 6
                if showNumbers {
                    texts.append(
                        .text(
                            TextNode(
                                text: numbers[i], font: numberFont, color: theme.text,
                                position: Point(centre, y + numberMetrics.ascent), anchor: .middle)))
                    y += numberHeight
                }
                if showNames {
                    texts += blocks[i].nodes(x: centre, top: y, anchor: .middle, color: theme.mutedText)
                }
            }
        }
        let nodes =
            frame.nodes + [
                .group(Group(children: icons, role: "icons")), .group(Group(children: texts, role: "labels")),
            ]
        let percent = c.shareFormat(shares)
        let parts = shares.indices.map { c.named($0, percent.string(shares[$0], locale: c.locale)) }
        let alt =
            c.altTextOpening(("Piktogram, ikony vyplněné podle podílu", "Pictogram, icons filled to a share"))
            + " " + parts.joined(separator: "; ") + "." + c.altTextSource
        return (nodes, alt)
    }
}

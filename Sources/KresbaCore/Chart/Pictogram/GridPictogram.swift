import KresbaScene

/// An icon array: one grid of icons split among the categories, in whole icons by the largest-
/// remainder method or exactly, with a partly filled icon where a category ends.
struct GridPictogram {
    let c: PictogramContext

    init(_ context: PictogramContext) {
        c = context
    }

    /// How many icons the grid has and what each stands for.
    struct Plan {
        var columns: Int
        var rows: Int
        /// What the whole grid (or the counted icons) stand for.
        var base: Double
        /// The amount per icon when the spec gives a unit; `nil` for a grid of shares.
        var unit: Double?
        /// The pieces of every icon, in fill order.
        var pieces: [[IconPiece]]
    }

    /// Works out the grid: its size, and which category each icon (or part of one) shows.
    func plan() throws(KresbaError) -> Plan {
        let p = c.p
        let reader = c.reader
        let values = c.data.values
        let sum = values.reduce(0, +)
        let exact = p.partial ?? false
        var base = sum
        switch p.total {
        case .number(let t)?:
            if t < sum * (1 - 1e-12) {
                reader.error(
                    "the values add up to \(c.unitAmount(sum)), more than the total \(c.unitAmount(t))",
                    at: SpecPath(["total"]), nil)
                throw KresbaError(reader.diagnostics)
            }
            base = t
        case .field(let ref)?:
            reader.error(
                "a total field applies to layout single; a grid needs one number as its total", at: ref.path,
                ref.position)
            throw KresbaError(reader.diagnostics)
        case nil: break
        }
        guard base > 0 else {
            reader.error(
                "the values add up to zero; there is nothing to draw", at: c.p.value.path, c.p.value.position)
            throw KresbaError(reader.diagnostics)
        }
        let columns = p.grid.columns
        if let unit = p.unit?.value {
            let wanted = base / unit
            let icons = Int((exact ? IconAllocation.snapped(wanted).rounded(.up) : wanted.rounded()))
            let rows = p.grid.rows ?? max(1, Int((Double(icons) / Double(columns)).rounded(.up)))
            if icons > columns * rows || icons > 10_000 {
                let message =
                    icons > 10_000
                    ? "at 1 icon = \(c.unitAmount(unit)) the values need \(icons) icons, more than 10 000; "
                        + "choose a larger unit"
                    : "the grid of \(columns) x \(rows) icons holds \(columns * rows), but the values need \(icons) "
                        + "at 1 icon = \(c.unitAmount(unit)); add rows or choose a larger unit"
                reader.error(message, at: SpecPath(icons > 10_000 ? ["unit"] : ["grid", "rows"]), nil)
                throw KresbaError(reader.diagnostics)
            }
            let pieces =
                exact
                ? IconAllocation.exactPieces(amounts: values.map { $0 / unit }, icons: columns * rows)
                : IconAllocation.wholePieces(
                    counts: Array(
                        IconAllocation.largestRemainder(values + [base - sum], seats: icons).dropLast()),
                    icons: columns * rows)
            return Plan(columns: columns, rows: rows, base: base, unit: unit, pieces: pieces)
        }
        let rows = p.grid.rows ?? 10
        let cells = columns * rows
        let pieces =
            exact
            ? IconAllocation.exactPieces(amounts: values.map { $0 / base * Double(cells) }, icons: cells)
            : IconAllocation.wholePieces(
                counts: Array(
                    IconAllocation.largestRemainder(values + [base - sum], seats: cells).dropLast()),
                icons: cells)
        return Plan(columns: columns, rows: rows, base: base, unit: nil, pieces: pieces)
    }

    /// The scene nodes and the generated alt text.
    func nodes() throws -> ([Node], String) {
        let plan = try plan()
        let data = c.data
        let theme = c.theme
        let colors = c.colors(perCategory: true)
        let labelsShown = c.labelsShown(default: false)
        let unitKeyText: String
        if let unit = plan.unit {
            unitKeyText = c.unitText(c.unitAmount(unit))
        } else {
            let share = (try? NumberFormat(pattern: "0.## %"))?.string(
                1 / Double(plan.columns * plan.rows), locale: c.locale)
            unitKeyText = c.unitText(share ?? "")
        }
        let named = data.categories.count > 1 || data.categories.first?.isEmpty == false
        let legend = PictogramLegend(
            title: c.p.legend.title,
            entries: labelsShown || !named
                ? []
                : data.categories.indices.map {
                    PictogramLegend.Entry(label: data.categories[$0], icon: data.icons[$0], color: colors[$0])
                },
            unitKey: (unitKeyText, c.keyIcon, theme.mutedText), theme: theme)
        let frame = try c.frame(legend: legend)
        let body = frame.body

        // Direct labels take a column right of the grid; the grid gets the rest.
        let shares = data.values.map { $0 / plan.base }
        let labels =
            try labelsShown ? DirectLabels.make(context: c, shares: shares, colors: colors, body: body) : nil
        if let labels, labels.height(gap: 10) > body.height {
            c.reader.warning(
                "the labels of \(data.categories.count) categories do not fit beside the grid; make the chart taller "
                    + "or use the legend (labels: false)", at: SpecPath(["labels"]), nil)
        }
        let gridWidth = body.width - (labels.map { $0.width + 20 } ?? 0)
        let aspect = c.cellAspect
        let spacing = c.p.spacing ?? 0.25
        let h = IconFit.iconHeight(
            columns: plan.columns, rows: plan.rows, aspect: aspect, spacing: spacing, width: gridWidth,
            height: body.height)
        let order = IconGridOrder(
            columns: plan.columns, rows: plan.rows, order: c.p.grid.order, start: c.p.grid.start)
        var icons: [Node] = []
        var previous = 0
        var rowSpans = Array(
            repeating: (lo: Double.infinity, hi: -Double.infinity), count: data.categories.count)
        for (index, pieces) in plan.pieces.enumerated() {
            let (row, column) = order.cell(index)
            let cellX = body.x + Double(column) * h * (aspect + spacing)
            let y = body.y + Double(row) * h * (1 + spacing)
            // The icon of the category that fills most of the cell; a narrower icon is centred.
            let main = pieces.filter { $0.category != nil }.max { $0.end - $0.start < $1.end - $1.start }?
                .category
            // An empty cell shows the icon before it, so a grid of several icons ends in kind.
            let icon = data.icons[main ?? previous]
            previous = main ?? previous
            let x = cellX + (aspect - icon.aspectRatio) * h / 2
            if let node = IconDrawing.node(
                icon, origin: Point(x, y), height: h, pieces: pieces, colors: colors, empty: c.p.empty,
                direction: order.fillDirection)
            {
                icons.append(node)
            }
            for piece in pieces {
                if let k = piece.category {
                    rowSpans[k] = (min(rowSpans[k].lo, y), max(rowSpans[k].hi, y + h))
                }
            }
        }
        var nodes = frame.nodes + [.group(Group(children: icons, role: "icons"))]
        if let labels {
            let gridRight = body.x + Double(plan.columns) * h * (aspect + spacing) - h * spacing
            // Labels sit beside their category's rows when the grid fills by rows, else in order.
            let targets = data.categories.indices.map { k in
                c.p.grid.order == .rows && rowSpans[k].lo.isFinite
                    ? (rowSpans[k].lo + rowSpans[k].hi) / 2 : nil
            }
            nodes.append(
                .group(
                    Group(
                        children: labels.nodes(
                            x: gridRight + 20, top: body.y, bottom: body.maxY, centres: targets),
                        role: "labels")))
        }
        return (nodes, altText(plan: plan, unitKey: unitKeyText, shares: shares))
    }

    private func altText(plan: Plan, unitKey: String, shares: [Double]) -> String {
        let values = c.valueFormat()
        let percent = c.shareFormat(shares)
        let parts = c.data.values.indices.map { i in
            c.named(
                i,
                "\(values.string(c.data.values[i], locale: c.locale)) (\(percent.string(shares[i], locale: c.locale)))"
            )
        }
        let grid =
            c.czech
            ? "Mřížka \(plan.columns) × \(plan.rows) ikon, \(unitKey)."
            : "A grid of \(plan.columns) × \(plan.rows) icons, \(unitKey)."
        return c.altTextOpening(("Piktogram", "Pictogram")) + " " + grid + " " + parts.joined(separator: "; ")
            + "."
            + c.altTextSource
    }
}

import KresbaScene

extension ChartSpec {
    /// Keys of a pictogram.
    static let pictogramKeys = [
        "layout", "category", "value", "icon", "icons", "grid", "unit", "total", "partial", "color", "empty",
        "legend", "labels", "sort", "spacing",
    ]
    /// Keys of a custom icon.
    static let customIconKeys = ["path", "viewBox", "fillRule"]
    /// The name an icon written inline under `icon` gets (no spec can write it as a key).
    static let inlineIconName = "(icon)"

    /// Reads the pictogram's own keys.
    static func readPictogram(_ object: SpecObject) -> PictogramSpec? {
        let reader = object.reader
        let layout = object.choice("layout", PictogramSpec.Layout.self) ?? .grid
        let category = object.fieldRef("category")
        let value = object.fieldRef("value")
        if !object.has("value") {
            reader.error(
                "missing key \"value\" (the field with the numbers the icons show)", at: .root,
                object.node.position)
        }
        var customIcons = readCustomIcons(object)
        let icon = readIcon(object, custom: &customIcons)
        let grid = readGrid(object)
        let unit = readUnit(object)
        var total: TotalSpec?
        if let node = object.node("total") {
            switch node.value {
            case .number(let d) where d > 0: total = .number(d)
            case .number:
                reader.error("the total must be more than zero", at: object.path("total"), node.position)
            case .string: total = object.fieldRef("total").map(TotalSpec.field)
            default: object.mismatch("total", expected: "a number or a field name", found: node)
            }
        }
        var empty: Color? = PictogramSpec.defaultEmpty
        if let node = object.node("empty") {
            switch node.value {
            case .bool(let shown): empty = shown ? PictogramSpec.defaultEmpty : nil
            default: empty = color(object, "empty", node)
            }
        }
        let legend = readLegend(object)
        let spec = PictogramSpec(
            layout: layout, category: category, value: value ?? FieldRef(name: "", path: .root),
            icon: icon, customIcons: customIcons, grid: grid, unit: unit, total: total,
            partial: object.bool("partial"), colors: readColors(object), empty: empty, legend: legend,
            labels: readLabels(object), sort: readSort(object), spacing: object.number("spacing", in: 0...1))
        warnAboutUnusedKeys(spec, object)
        return value == nil ? nil : spec
    }

    /// Keys that the chosen layout does not use are warnings: the author expected them to matter.
    private static func warnAboutUnusedKeys(_ spec: PictogramSpec, _ object: SpecObject) {
        var unused: [(String, String)] = []
        if spec.layout != .grid { unused.append(("grid", "grid")) }
        if spec.layout == .single { unused += [("unit", "grid and rows"), ("partial", "grid and rows")] }
        if spec.layout == .rows { unused.append(("total", "grid and single")) }
        for (key, layouts) in unused {
            guard let node = object.node(key) else { continue }
            object.reader.warning(
                "\"\(key)\" applies to layout \(layouts), not \(spec.layout.rawValue); it is ignored",
                at: object.path(key), node.position)
        }
    }

    private static func color(_ object: SpecObject, _ key: String, _ node: SpecNode) -> Color? {
        guard case .string(let s) = node.value else {
            object.mismatch(key, expected: "a colour like \"#0072B2\"", found: node)
            return nil
        }
        guard let c = Color(hex: s) else {
            object.reader.error(
                "cannot read colour \"\(s)\"; write it as #rrggbb", at: object.path(key), node.position)
            return nil
        }
        return c
    }

    /// `color: "#0072B2"` for every category, or a list of colours in category order.
    private static func readColors(_ object: SpecObject) -> [Color] {
        guard let node = object.node("color") else { return [] }
        if case .string = node.value { return color(object, "color", node).map { [$0] } ?? [] }
        guard case .array(let items) = node.value else {
            object.mismatch("color", expected: "a colour or a list of colours", found: node)
            return []
        }
        return items.enumerated().compactMap { i, item in
            guard case .string(let s) = item.value, let c = Color(hex: s) else {
                object.reader.error(
                    "expected a colour like \"#0072B2\"", at: object.path("color").appending(i), item.position
                )
                return nil
            }
            return c
        }
    }

    // MARK: - Grid, unit, labels

    private static func readGrid(_ object: SpecObject) -> GridSpec {
        var grid = GridSpec.default
        guard let g = object.object("grid", keys: ["columns", "rows", "order", "start"]) else { return grid }
        func count(_ key: String) -> Int? {
            guard let d = g.number(key, in: 1...100), let n = g.node(key) else { return nil }
            guard d == d.rounded() else {
                object.reader.error("expected a whole number of icons", at: g.path(key), n.position)
                return nil
            }
            return Int(d)
        }
        grid.columns = count("columns") ?? grid.columns
        grid.rows = count("rows")
        grid.order = g.choice("order", GridOrder.self) ?? grid.order
        grid.start = g.choice("start", GridCorner.self) ?? grid.start
        return grid
    }

    /// `unit: 1000` or `unit: {value: 1000, label: obyvatel}`.
    private static func readUnit(_ object: SpecObject) -> UnitSpec? {
        guard let node = object.node("unit") else { return nil }
        var unit = UnitSpec(value: nil, label: nil)
        var valueNode: SpecNode?
        var valuePath = object.path("unit")
        if case .number(let d) = node.value {
            unit.value = d
            valueNode = node
        } else if let u = object.object("unit", keys: ["value", "label"]) {
            unit.label = u.string("label")
            unit.value = u.number("value")
            valueNode = u.node("value")
            valuePath = u.path("value")
        }
        if let v = unit.value, v <= 0, let valueNode {
            object.reader.error("one icon must stand for more than zero", at: valuePath, valueNode.position)
            unit.value = nil
        }
        return unit
    }

    /// `labels: true`, `labels: false` or `labels: {content: value | share | category, format}`.
    private static func readLabels(_ object: SpecObject) -> PictogramLabels? {
        guard let node = object.node("labels") else { return nil }
        if case .bool(let b) = node.value { return PictogramLabels(shown: b, content: nil, format: nil) }
        guard let l = object.object("labels", keys: ["content", "format"]) else { return nil }
        return PictogramLabels(
            shown: true, content: l.choice("content", PictogramLabels.Content.self),
            format: readFormat(l, "format"))
    }

    /// `sort: descending | ascending | none` or a list of categories.
    private static func readSort(_ object: SpecObject) -> SortOrder {
        guard let node = object.node("sort") else { return .data }
        switch node.value {
        case .array: return .explicit(object.strings("sort") ?? [])
        case .string("descending"): return .descending
        case .string("ascending"): return .ascending
        case .string("none"), .string("data"): return .data
        case .string(let s):
            object.reportBadChoice(s, key: "sort", options: ["descending", "ascending", "none"], node: node)
        default:
            object.mismatch(
                "sort", expected: "descending, ascending, none or a list of categories", found: node)
        }
        return .data
    }
}

import KresbaScene

extension ChartSpec {
    /// Keys of a choropleth map.
    static let choroplethKeys = [
        "geo", "join", "value", "projection", "classes", "colors", "missing", "highlight", "context",
        "labels",
        "symbols", "legend",
    ]

    /// Reads the choropleth's own keys.
    static func readChoropleth(_ object: SpecObject) -> ChoroplethSpec? {
        let reader = object.reader
        let (geo, geoKey) = readGeo(object)
        var join: JoinSpec?
        if let j = object.object("join", keys: ["data", "geo"]) {
            let data = j.fieldRef("data")
            if data == nil && !j.has("data") {
                reader.error(
                    "missing key \"data\" (the table's field with the region codes)", at: j.path,
                    j.node.position)
            }
            join = data.map { JoinSpec(data: $0, geo: j.fieldRef("geo") ?? geoKey) }
            if let join, join.geo == nil {
                reader.error(
                    "missing key \"geo\": name the geometry property the codes are compared with, here or as geo.key",
                    at: j.path, j.node.position)
            }
        }
        if join == nil, !object.has("join"), geo != .data, object.has("geo") {
            reader.error(
                "missing key \"join\": say which table field matches which geometry property, e.g. "
                    + "join: {data: kod, geo: KOD_ORP}", at: .root, object.node.position)
        }
        let value = readMapValue(object)
        let projection = object.choice("projection", ProjectionChoice.self)
        let classes = readClasses(object)
        let colors = readMapColors(object)
        var missing = MissingSpec(label: nil, color: nil)
        if let m = object.object("missing", keys: ["label", "color"]) {
            missing.label = m.string("label")
            if let n = m.node("color") { missing.color = mapColor(m, "color", n) }
        }
        var labels: MapLabelsSpec?
        if let node = object.node("labels") {
            if case .bool(let b) = node.value {
                labels = b ? MapLabelsSpec(field: geoKey, values: false, max: nil) : nil
            } else if case .string = node.value {
                labels = MapLabelsSpec(field: object.fieldRef("labels"), values: false, max: nil)
            } else if let l = object.object("labels", keys: ["field", "values", "max"]) {
                labels = MapLabelsSpec(
                    field: l.fieldRef("field"), values: l.bool("values") ?? false,
                    max: l.number("max", in: 1...10_000).map { Int($0) })
            }
        }
        var legend = MapLegendSpec(position: .auto)
        if let node = object.node("legend") {
            if case .bool(let b) = node.value {
                legend.position = b ? .auto : .none
            } else if let l = object.object("legend", keys: ["position"]) {
                legend.position = l.choice("position", MapLegendSpec.Position.self) ?? .auto
            }
        }
        guard let geo, let value else {
            if object.node("value") == nil {
                reader.error(
                    "missing key \"value\" (the field whose numbers colour the regions)", at: .root,
                    object.node.position)
            }
            return nil
        }
        return ChoroplethSpec(
            geo: geo, geoKey: geoKey, join: join, value: value, projection: projection, classes: classes,
            colors: colors, missing: missing, highlight: object.strings("highlight") ?? [],
            context: object.strings("context") ?? [], labels: labels, symbols: readSymbols(object),
            legend: legend)
    }

    /// `geo: {url, object, key}`, `geo: {basemap: cz-kraje, key}`, `geo: file.topo.json`; absent: the data file.
    private static func readGeo(_ object: SpecObject) -> (GeoSourceSpec?, FieldRef?) {
        guard let node = object.node("geo") else { return (.data, nil) }
        if case .string(let url) = node.value {
            return (.file(url: url, object: nil, specPath: object.path("geo")), nil)
        }
        guard let g = object.object("geo", keys: ["url", "object", "key", "basemap"]) else {
            return (nil, nil)
        }
        let key = g.fieldRef("key")
        if let name = g.string("basemap") {
            if g.has("url") {
                reader(g).error("give \"url\" or \"basemap\", not both", at: g.path, g.node.position)
            }
            return (.basemap(name: name, specPath: g.path("basemap")), key)
        }
        guard let url = g.string("url") else {
            reader(g).error(
                "missing key \"url\" or \"basemap\": name a GeoJSON/TopoJSON file or a built-in basemap",
                at: g.path, g.node.position)
            return (nil, key)
        }
        return (.file(url: url, object: g.string("object"), specPath: g.path("url")), key)
    }

    private static func reader(_ object: SpecObject) -> SpecReader { object.reader }

    /// `value: podil` or `value: {field: podil, format: "0.0 %", title: …}`.
    private static func readMapValue(_ object: SpecObject) -> MapValueSpec? {
        guard let node = object.node("value") else { return nil }
        if case .string = node.value { return object.fieldRef("value").map { MapValueSpec(field: $0) } }
        guard let v = object.object("value", keys: ["field", "format", "title"]) else { return nil }
        guard let field = v.fieldRef("field") else {
            if !v.has("field") { v.reader.error("missing key \"field\"", at: v.path, v.node.position) }
            return nil
        }
        return MapValueSpec(field: field, format: readFormat(v, "format"), title: v.string("title"))
    }

    /// `classes: jenks`, `classes: {method, count, breaks, round}`.
    private static func readClasses(_ object: SpecObject) -> ClassesSpec {
        var classes = ClassesSpec.default
        guard let node = object.node("classes") else { return classes }
        if case .string = node.value {
            classes.method = object.choice("classes", ClassesSpec.Method.self) ?? classes.method
            return classes
        }
        guard let c = object.object("classes", keys: ["method", "count", "breaks", "round"]) else {
            return classes
        }
        classes.method =
            c.choice("method", ClassesSpec.Method.self) ?? (c.has("breaks") ? .custom : classes.method)
        if let n = c.number("count", in: 2...9), let countNode = c.node("count") {
            if n == n.rounded() {
                classes.count = Int(n)
            } else {
                c.reader.error("expected a whole number of classes", at: c.path("count"), countNode.position)
            }
        }
        classes.round = c.bool("round") ?? false
        if let b = c.node("breaks") {
            guard case .array(let items) = b.value else {
                c.mismatch("breaks", expected: "a list of numbers", found: b)
                return classes
            }
            for (i, item) in items.enumerated() {
                guard case .number(let d) = item.value else {
                    c.reader.error("expected a number", at: c.path("breaks").appending(i), item.position)
                    continue
                }
                classes.breaks.append(d)
            }
            if zip(classes.breaks, classes.breaks.dropFirst()).contains(where: { $0 >= $1 }) {
                c.reader.error("breaks must be in ascending order", at: c.path("breaks"), b.position)
            }
            if classes.breaks.isEmpty || classes.breaks.count > 8 {
                c.reader.error("give 1 to 8 breaks (2 to 9 classes)", at: c.path("breaks"), b.position)
            }
        }
        if classes.method == .custom && classes.breaks.isEmpty && !c.has("breaks") {
            c.reader.error("method custom needs \"breaks\": [10, 20, 30]", at: c.path, c.node.position)
        }
        if classes.method != .custom && c.has("breaks"), let b = c.node("breaks") {
            c.reader.warning(
                "\"breaks\" applies to method custom, not \(classes.method.rawValue); it is ignored",
                at: c.path("breaks"), b.position)
        }
        return classes
    }

    /// `colors: blues`, `colors: ["#…", …]` or `colors: {scheme, colors, midpoint, reverse}`.
    private static func readMapColors(_ object: SpecObject) -> MapColorsSpec {
        var colors = MapColorsSpec(scheme: nil, list: [], midpoint: nil, reverse: false)
        guard let node = object.node("colors") else { return colors }
        var schemeNode: (SpecObject, String)?
        switch node.value {
        case .string(let s):
            colors.scheme = s.lowercased()
            schemeNode = (object, "colors")
        case .array:
            colors.list = mapColorList(object, "colors")
        default:
            guard let c = object.object("colors", keys: ["scheme", "colors", "midpoint", "reverse"]) else {
                return colors
            }
            colors.scheme = c.string("scheme")?.lowercased()
            if c.has("scheme") { schemeNode = (c, "scheme") }
            if c.has("colors") { colors.list = mapColorList(c, "colors") }
            colors.midpoint = c.number("midpoint")
            colors.reverse = c.bool("reverse") ?? false
            if c.has("scheme") && c.has("colors") {
                c.reader.error("give \"scheme\" or \"colors\", not both", at: c.path, c.node.position)
            }
        }
        if let (o, key) = schemeNode, let name = colors.scheme, let n = o.node(key),
            ColorSchemes.named(name) == nil
        {
            o.reportBadChoice(name, key: key, options: ColorSchemes.names, node: n)
            colors.scheme = nil
        }
        return colors
    }

    private static func mapColorList(_ object: SpecObject, _ key: String) -> [Color] {
        guard let node = object.node(key), case .array(let items) = node.value else {
            if let node = object.node(key) {
                object.mismatch(key, expected: "a list of colours", found: node)
            }
            return []
        }
        let list: [Color] = items.enumerated().compactMap { i, item in
            guard case .string(let s) = item.value, let c = Color(hex: s) else {
                object.reader.error(
                    "expected a colour like \"#0072B2\"", at: object.path(key).appending(i), item.position)
                return nil
            }
            return c
        }
        if items.count < 2 {
            object.reader.error("give at least 2 colours", at: object.path(key), node.position)
        }
        return list
    }

    /// `symbols: {url?, field, max, title, color, format}`.
    private static func readSymbols(_ object: SpecObject) -> SymbolsSpec? {
        guard let s = object.object("symbols", keys: ["url", "field", "max", "title", "color", "format"])
        else {
            return nil
        }
        guard let field = s.fieldRef("field") else {
            if !s.has("field") {
                s.reader.error("missing key \"field\" (the sizes)", at: s.path, s.node.position)
            }
            return nil
        }
        return SymbolsSpec(
            url: s.string("url"), field: field, maxRadius: s.number("max", in: 2...200) ?? 24,
            title: s.string("title"), color: s.node("color").flatMap { mapColor(s, "color", $0) },
            format: readFormat(s, "format"))
    }

    private static func mapColor(_ object: SpecObject, _ key: String, _ node: SpecNode) -> Color? {
        guard case .string(let s) = node.value, let c = Color(hex: s) else {
            object.reader.error("expected a colour like \"#0072B2\"", at: object.path(key), node.position)
            return nil
        }
        return c
    }
}

extension MapValueSpec {
    init(field: FieldRef) { self.init(field: field, format: nil, title: nil) }
}

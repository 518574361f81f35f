import KresbaScene

extension ChartSpec {
    /// Keys of a bar chart.
    static let barKeys = ["x", "y", "color", "stack", "sort", "labels", "highlight", "reference", "legend"]
    static let channelKeys = ["field", "title", "type", "format", "domain", "grid"]

    /// Reads the bar chart's own keys.
    static func readBar(_ object: SpecObject) -> BarSpec? {
        let reader = object.reader
        let x = readChannel(object, "x")
        let y = readChannel(object, "y")
        if !object.has("x") {
            reader.error("missing key \"x\" (the category or value field)", at: .root, object.node.position)
        }
        if !object.has("y") {
            reader.error("missing key \"y\" (the category or value field)", at: .root, object.node.position)
        }

        var color: ColorChannelSpec?
        if let node = object.node("color") {
            color = readColor(object, node)
        }
        var stack = StackMode.none
        if let node = object.node("stack") {
            switch node.value {
            case .bool(let b): stack = b ? .zero : .none
            default: stack = object.choice("stack", StackMode.self) ?? .none
            }
        }
        var sort = SortOrder.data
        if let node = object.node("sort") {
            switch node.value {
            case .array: sort = .explicit(object.strings("sort") ?? [])
            case .string(let s):
                switch s {
                case "descending": sort = .descending
                case "ascending": sort = .ascending
                case "none", "data": sort = .data
                default:
                    object.reportBadChoice(
                        s, key: "sort", options: ["descending", "ascending", "none"], node: node)
                }
            default:
                object.mismatch(
                    "sort", expected: "descending, ascending, none or a list of categories", found: node)
            }
        }
        var labels: LabelSpec?
        if let node = object.node("labels") {
            if case .bool(let b) = node.value {
                labels = b ? LabelSpec(position: .auto, format: nil) : nil
            } else if let l = object.object("labels", keys: ["position", "format"]) {
                labels = LabelSpec(
                    position: l.choice("position", LabelSpec.Position.self) ?? .auto,
                    format: readFormat(l, "format"))
            }
        }
        let highlight = object.strings("highlight") ?? []
        let references = readReferences(object)
        let legend = readLegend(object)
        guard let x, let y else { return nil }
        return BarSpec(
            x: x, y: y, color: color, stack: stack, sort: sort, labels: labels, highlight: highlight,
            references: references, legend: legend)
    }

    /// `legend: false` or `legend: {position: top | bottom | none, title: …}`.
    static func readLegend(_ object: SpecObject) -> LegendSpec {
        var legend = LegendSpec(position: .top, title: nil)
        if let node = object.node("legend") {
            if case .bool(let b) = node.value {
                legend.position = b ? .top : .none
            } else if let l = object.object("legend", keys: ["position", "title"]) {
                legend.position = l.choice("position", LegendSpec.Position.self) ?? .top
                legend.title = l.string("title")
            }
        }
        return legend
    }

    /// `x: okres` or `x: {field: okres, title: …, format: …, domain: [0, 100], grid: true}`.
    static func readChannel(_ object: SpecObject, _ key: String) -> ChannelSpec? {
        readChannel(object, key, extraKeys: [])?.channel
    }

    /// Reads a channel that may carry chart-specific `extraKeys`; returns the channel's object
    /// (when written as one) so the caller can read those.
    static func readChannel(_ object: SpecObject, _ key: String, extraKeys: [String])
        -> (channel: ChannelSpec, object: SpecObject?)?
    {
        guard let node = object.node(key) else { return nil }
        let path = object.path(key)
        if case .string(let name) = node.value {
            let channel = ChannelSpec(
                field: FieldRef(name: name, path: path, position: node.position), title: nil,
                titleHidden: false,
                type: nil, format: nil, formatPath: nil, domain: nil, grid: true)
            return (channel, nil)
        }
        guard let channel = object.object(key, keys: channelKeys + extraKeys) else { return nil }
        guard let fieldNode = channel.node("field"), let name = channel.string("field") else {
            object.reader.error("missing key \"field\" (the data field to plot)", at: path, node.position)
            return nil
        }
        var domain: (Double, Double)?
        if let d = channel.node("domain") {
            if case .array(let items) = d.value, items.count == 2, case .number(let lo) = items[0].value,
                case .number(let hi) = items[1].value, lo < hi
            {
                domain = (lo, hi)
            } else {
                object.reader.error(
                    "expected a domain like [0, 100] with the smaller number first",
                    at: channel.path("domain"),
                    d.position)
            }
        }
        let title = channel.string("title")
        let spec = ChannelSpec(
            field: FieldRef(name: name, path: channel.path("field"), position: fieldNode.position),
            title: title?.isEmpty == true ? nil : title, titleHidden: title?.isEmpty == true,
            type: channel.choice("type", ChannelType.self), format: readFormat(channel, "format"),
            formatPath: channel.has("format") ? channel.path("format") : nil, domain: domain,
            grid: channel.bool("grid") ?? true)
        return (spec, channel)
    }

    /// A number format pattern, reported with its pointer when invalid.
    static func readFormat(_ object: SpecObject, _ key: String) -> NumberFormat? {
        guard let pattern = object.string(key), let node = object.node(key) else { return nil }
        do {
            return try NumberFormat(pattern: pattern)
        } catch {
            object.reader.error("\(error)", at: object.path(key), node.position)
            return nil
        }
    }

    /// `color: rok`, `color: "#0072B2"` or `color: {field: rok, colors: [...], title: …}`.
    static func readColor(_ object: SpecObject, _ node: SpecNode) -> ColorChannelSpec? {
        let path = object.path("color")
        if case .string(let s) = node.value {
            if s.hasPrefix("#") {
                guard let c = Color(hex: s) else {
                    object.reader.error(
                        "cannot read colour \"\(s)\"; write it as #rrggbb", at: path, node.position)
                    return nil
                }
                return ColorChannelSpec(field: nil, value: c, colors: [], title: nil)
            }
            return ColorChannelSpec(
                field: FieldRef(name: s, path: path, position: node.position), value: nil, colors: [],
                title: nil)
        }
        guard let color = object.object("color", keys: ["field", "value", "colors", "title"]) else {
            return nil
        }
        var spec = ColorChannelSpec(field: nil, value: nil, colors: [], title: color.string("title"))
        if let name = color.string("field"), let n = color.node("field") {
            spec.field = FieldRef(name: name, path: color.path("field"), position: n.position)
        }
        if let v = color.string("value"), let n = color.node("value") {
            if let c = Color(hex: v) {
                spec.value = c
            } else {
                object.reader.error(
                    "cannot read colour \"\(v)\"; write it as #rrggbb", at: color.path("value"), n.position)
            }
        }
        if let list = color.strings("colors") {
            for (i, s) in list.enumerated() {
                if let c = Color(hex: s) {
                    spec.colors.append(c)
                } else {
                    object.reader.error(
                        "cannot read colour \"\(s)\"; write it as #rrggbb",
                        at: color.path("colors").appending(i),
                        color.node("colors")?.position)
                }
            }
        }
        if spec.field == nil && spec.value == nil {
            object.reader.error("expected \"field\" or \"value\" in color", at: path, node.position)
        }
        return spec
    }

    /// `reference: 45.3`, `reference: {value: mean, label: Průměr kraje}` or a list of them.
    private static func readReferences(_ object: SpecObject) -> [ReferenceSpec] {
        guard let node = object.node("reference") else { return [] }
        let path = object.path("reference")
        let items: [(SpecNode, SpecPath)]
        if case .array(let list) = node.value {
            items = list.enumerated().map { ($1, path.appending($0)) }
        } else {
            items = [(node, path)]
        }
        var result: [ReferenceSpec] = []
        for (item, itemPath) in items {
            if case .number(let d) = item.value {
                result.append(ReferenceSpec(value: .number(d), label: nil, path: itemPath))
                continue
            }
            guard let r = object.reader.object(item, at: itemPath, keys: ["value", "label"]) else { continue }
            guard let v = r.node("value") else {
                object.reader.error(
                    "missing key \"value\" (a number, mean or median)", at: itemPath, item.position)
                continue
            }
            var value: ReferenceSpec.Value?
            switch v.value {
            case .number(let d): value = .number(d)
            case .string("mean"): value = .mean
            case .string("median"): value = .median
            case .string(let s): r.reportBadChoice(s, key: "value", options: ["mean", "median"], node: v)
            default: r.mismatch("value", expected: "a number, mean or median", found: v)
            }
            if let value {
                result.append(ReferenceSpec(value: value, label: r.string("label"), path: itemPath))
            }
        }
        return result
    }
}

import KresbaScene

extension ChartSpec {
    /// Keys of a line chart.
    static let lineKeys = [
        "x", "y", "color", "mark", "points", "stack", "band", "highlight", "labels", "legend", "annotations",
    ]

    /// Reads the line chart's own keys.
    static func readLine(_ object: SpecObject) -> LineSpec? {
        let reader = object.reader
        let x = readChannel(object, "x")
        // A list of fields is a wide table: one series per column.
        var wideFields: [FieldRef] = []
        var yRead: (channel: ChannelSpec, object: SpecObject?)?
        if let node = object.node("y"), case .array(let items) = node.value {
            for (i, item) in items.enumerated() {
                guard case .string(let name) = item.value else {
                    reader.error(
                        "expected a field name, found \(item.kindDescription)",
                        at: object.path("y").appending(i),
                        item.position)
                    continue
                }
                wideFields.append(
                    FieldRef(name: name, path: object.path("y").appending(i), position: item.position))
            }
            if let first = wideFields.first {
                yRead = (
                    ChannelSpec(
                        field: first, title: nil, titleHidden: true, type: nil, format: nil, formatPath: nil,
                        domain: nil,
                        grid: true), nil
                )
            } else {
                reader.error("the list of value fields is empty", at: object.path("y"), node.position)
            }
            if object.has("color") {
                reader.error(
                    "a list of y fields already makes one series per field; remove color",
                    at: object.path("color"), object.node("color")?.position)
            }
        } else {
            yRead = readChannel(object, "y", extraKeys: ["scale", "zero"])
        }
        for key in ["x", "y"] where !object.has(key) {
            reader.error(
                "missing key \"\(key)\" (the \(key == "x" ? "time or category" : "value") field)", at: .root,
                object.node.position)
        }
        let mark = object.choice("mark", LineMark.self) ?? .line
        var stack = StackMode.none
        if let node = object.node("stack") {
            if case .bool(let b) = node.value {
                stack = b ? .zero : .none
            } else {
                stack = object.choice("stack", StackMode.self) ?? .none
            }
            if stack != .none && mark != .area {
                reader.error(
                    "only areas stack; add mark: area or remove stack", at: object.path("stack"),
                    node.position)
            }
        }
        let yScale = yRead?.object?.choice("scale", ValueScaleType.self) ?? .linear
        let zero = yRead?.object?.bool("zero")
        var yZero = zero ?? (mark == .area)
        if mark == .area && zero == false, let node = yRead?.object?.node("zero") {
            reader.error(
                "an area must start at zero; remove zero: false or use mark: line",
                at: object.path("y").appending("zero"), node.position)
            yZero = true
        }
        if yScale == .log && (mark == .area || stack != .none), let node = object.node("y") {
            reader.error(
                "a log scale cannot show areas (they start at zero)", at: object.path("y"), node.position)
        }
        if yScale == .log { yZero = false }

        var labels = SeriesLabels.auto
        if let node = object.node("labels") {
            if case .bool(let b) = node.value {
                labels = b ? .end : .legend
            } else {
                labels = object.choice("labels", SeriesLabels.self) ?? .auto
            }
        }
        guard let x, let y = yRead?.channel else { return nil }
        var spec = LineSpec(
            x: x, y: y, yScale: yScale, yZero: yZero,
            color: object.node("color").flatMap { readColor(object, $0) },
            mark: mark, points: object.bool("points") ?? false, stack: stack, band: readBand(object),
            highlight: object.strings("highlight") ?? [], labels: labels, legend: readLegend(object),
            annotations: readAnnotations(object))
        spec.wideFields = wideFields
        return spec
    }

    /// `band: {from: dolni_mez, to: horni_mez, label: interval spolehlivosti}`.
    private static func readBand(_ object: SpecObject) -> BandSpec? {
        guard let band = object.object("band", keys: ["from", "to", "label"]) else { return nil }
        func field(_ key: String) -> FieldRef? {
            guard let name = band.string(key), let node = band.node(key) else {
                object.reader.error("missing key \"\(key)\" (a field)", at: band.path, band.node.position)
                return nil
            }
            return FieldRef(name: name, path: band.path(key), position: node.position)
        }
        guard let from = field("from"), let to = field("to") else { return nil }
        return BandSpec(from: from, to: to, label: band.string("label"))
    }

    /// A list of `{x: 2020-10, text: …}` (a vertical rule), `{y: 100, text: …}` (a horizontal
    /// rule), `{from: 2020-12, to: 2021-04, text: …}` (a shaded range) or `{x: …, y: …, text: …}`
    /// (a note at a data point).
    private static func readAnnotations(_ object: SpecObject) -> [AnnotationSpec] {
        guard let node = object.node("annotations") else { return [] }
        let path = object.path("annotations")
        guard case .array(let items) = node.value else {
            object.mismatch("annotations", expected: "a list of annotations", found: node)
            return []
        }
        var result: [AnnotationSpec] = []
        for (i, item) in items.enumerated() {
            let itemPath = path.appending(i)
            guard let a = object.reader.object(item, at: itemPath, keys: ["x", "y", "from", "to", "text"])
            else {
                continue
            }
            func axisValue(_ key: String) -> AxisValue? {
                guard let n = a.node(key) else { return nil }
                switch n.value {
                case .number(let d): return .number(d)
                case .string(let s): return .text(s)
                default:
                    a.mismatch(key, expected: "a number or a date", found: n)
                    return nil
                }
            }
            let x = axisValue("x")
            let y = a.number("y")
            let from = axisValue("from")
            let to = axisValue("to")
            let kind: AnnotationSpec.Kind?
            switch (x, y, from, to) {
            case let (x?, y?, nil, nil): kind = .point(x, y)
            case let (x?, nil, nil, nil): kind = .xRule(x)
            case let (nil, y?, nil, nil): kind = .yRule(y)
            case let (nil, nil, from?, to?): kind = .xRange(from, to)
            default:
                object.reader.error(
                    "an annotation needs x (a rule at a date), y (a horizontal rule), x and y (a note at a point), "
                        + "or from and to (a shaded range)", at: itemPath, item.position)
                kind = nil
            }
            if let kind { result.append(AnnotationSpec(kind: kind, text: a.string("text"), path: itemPath)) }
        }
        return result
    }
}

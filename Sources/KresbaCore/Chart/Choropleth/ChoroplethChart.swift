import Foundation
import KresbaScene

/// Stages ③–⑤ for choropleth maps: join the table to the regions, classify, project, fit, draw.
enum ChoroplethChart {
    /// The scene of a map.
    /// - Throws: ``KresbaError`` for unusable geometry, fields or values; errors of the text measurer.
    static func scene(
        spec: ChartSpec, map: ChoroplethSpec, table: DataTable, loader: DataLoader,
        measurer: any TextMeasurer,
        reader: SpecReader
    ) throws -> Scene {
        let data = try MapData.resolve(spec: spec, map: map, table: table, loader: loader, reader: reader)
        let values = data.values.compactMap { $0 }
        guard let lo = values.min(), let hi = values.max() else {
            throw KresbaError(
                Diagnostic(
                    .error,
                    "no region has a value of \"\(map.value.field.name)\"; check the join and the field",
                    file: spec.file, path: map.value.field.path, position: map.value.field.position))
        }
        let theme = spec.theme
        let czech = spec.locale.identifier == "cs"
        let scale = MapScale.make(map, values: values)
        var bounds = values
        if case .classed(let c, _) = scale.kind { bounds += c.bins }
        let whole = bounds.allSatisfy { $0 == $0.rounded() && abs($0) < 1e15 }
        let format = map.value.format ?? MapLegend.defaultFormat(lo, hi, wholeNumbers: whole)
        let noData = data.values.indices.contains { data.values[$0] == nil && !data.context.contains($0) }
        let noDataPaint = MapLegend.noDataHatch(map.missing.color)
        let projection = MapGeometry.projection(for: map, layer: data.layer, reader: reader)

        // Symbol values first: the size legend needs the largest before anything is placed.
        let symbolSource = try symbolValues(
            spec: spec, map: map, data: data, table: table, loader: loader, reader: reader)
        let symbolColor = map.symbols?.color ?? Color(rgb: 0xD55E00)
        var symbols = symbolSource.map { s in
            MapSymbols(
                centres: [], values: s.values, maxValue: s.values.max() ?? 0,
                maxRadius: map.symbols?.maxRadius ?? 24,
                color: symbolColor)
        }
        let symbolLegend = symbols.map { sym in
            SymbolLegend(
                title: map.symbols?.title ?? map.symbols?.field.name, symbols: sym,
                format: map.symbols?.format ?? .fixed(decimals: 0))
        }

        let frame = try ChartFrame.layout(spec: spec, legend: nil, legendAtBottom: false, measurer: measurer)
        let body = frame.body
        let legend = try MapLegend.make(
            title: map.value.title ?? map.value.field.name, scale: scale, format: format, showNoData: noData,
            noDataLabel: map.missing.label ?? (czech ? "bez dat" : "no data"), noDataPaint: noDataPaint,
            symbols: symbolLegend, theme: theme, locale: spec.locale, measurer: measurer,
            maxWidth: map.legend.position == .bottom ? body.width : min(220, body.width * 0.4),
            horizontal: map.legend.position == .bottom)
        let (geometry, legendOrigin) = place(
            map.legend.position, legend: legend, body: body, data: data, projection: projection)

        var nodes = frame.nodes
        // The regions as one node over the fitted rings' buffer, not a path (and an array) each.
        let contextPaint = Paint.solid(Color(rgb: 0xE3E3E3))
        let paint = scale.paints()
        let hasContext = !data.context.isEmpty
        let fills = data.layer.features.indices.map { i in
            hasContext && data.context.contains(i) ? contextPaint : data.values[i].map(paint) ?? noDataPaint
        }
        let regions = ShapeSet(
            points: geometry.rings.points, ringEnds: geometry.rings.ringEnds,
            shapeEnds: geometry.rings.featureEnds, fills: fills)
        nodes.append(.group(Group(children: [.shapes(regions)], role: "regions")))
        var borders: [Node] = [
            .path(
                PathNode(
                    path: MapGeometry.linesPath(geometry.inner),
                    stroke: Stroke(color: .white, width: 0.7, cap: .round, join: .round))),
            .path(
                PathNode(
                    path: MapGeometry.linesPath(geometry.outer),
                    stroke: Stroke(color: Color(rgb: 0x5C5C5C), width: 1, cap: .round, join: .round))),
        ]
        for i in data.highlighted.sorted() {
            var path = geometry.path(of: i)
            path.evenOddFill = false
            borders.append(
                .path(
                    PathNode(
                        path: path, stroke: Stroke(color: ColorScheme.darkText, width: 2.2, join: .round))))
        }
        nodes.append(.group(Group(children: borders, role: "borders")))

        var avoid: [Rect] = []
        if let legendOrigin {
            avoid.append(
                Rect(
                    x: legendOrigin.x, y: legendOrigin.y, width: legend.size.width, height: legend.size.height
                ))
            nodes.append(.group(Group(children: legend.draw(legendOrigin), role: "legend")))
        }
        if var sym = symbols, let source = symbolSource {
            sym.centres = source.centres(geometry)
            symbols = sym
            nodes.append(.group(Group(children: sym.nodes(), role: "symbols")))
        }
        if let labels = map.labels {
            let candidates = labelCandidates(
                labels, map: map, data: data, table: table, geometry: geometry, scale: scale, format: format,
                locale: spec.locale)
            let circles =
                symbols.map { sym in
                    sym.values.indices.map {
                        MapLabels.Circle(centre: sym.centres[$0], radius: sym.radius(sym.values[$0]))
                    }
                } ?? []
            let placed = try MapLabels.place(
                candidates, avoid: avoid, circles: circles, bounds: body, max: labels.max, theme: theme,
                measurer: measurer)
            nodes.append(.group(Group(children: placed.nodes, role: "labels")))
        }
        return Scene(
            width: spec.size.width, height: spec.size.height, background: theme.background, nodes: nodes,
            metadata: SceneMetadata(
                title: spec.title ?? "",
                description: spec.description ?? altText(spec: spec, map: map, data: data, format: format),
                language: spec.locale.identifier, author: spec.source ?? ""))
    }

    /// Fits the map and finds the legend's place: a free corner of the body (auto), else beside it.
    static func place(
        _ position: MapLegendSpec.Position, legend: MapLegend, body: Rect, data: MapData,
        projection: MapProjection
    ) -> (MapGeometry, Point?) {
        let (w, h) = legend.size
        let gap = 16.0
        switch position {
        case .none:
            return (data.fitted(projection, box: body), nil)
        case .auto:
            let geometry = data.fitted(projection, box: body)
            let corners = [
                Point(body.maxX - w, body.y), Point(body.x, body.y), Point(body.maxX - w, body.maxY - h),
                Point(body.x, body.maxY - h),
            ]
            for c in corners {
                let r = Rect(x: c.x - 4, y: c.y - 4, width: w + 8, height: h + 8)
                if w < body.width && h < body.height && !geometry.covers(r) { return (geometry, c) }
            }
            fallthrough
        case .right:
            let box = Rect(x: body.x, y: body.y, width: max(50, body.width - w - gap), height: body.height)
            let geometry = data.fitted(projection, box: box)
            return (
                geometry,
                Point(min(geometry.frame.maxX + gap, body.maxX - w), body.y + max(0, (body.height - h) / 2))
            )
        case .bottom:
            let box = Rect(x: body.x, y: body.y, width: body.width, height: max(50, body.height - h - gap))
            let geometry = data.fitted(projection, box: box)
            return (geometry, Point(body.x, body.maxY - h))
        }
    }

    /// Names and/or values at each region's pole of inaccessibility.
    static func labelCandidates(
        _ labels: MapLabelsSpec, map: ChoroplethSpec, data: MapData, table: DataTable, geometry: MapGeometry,
        scale: MapScale,
        format: NumberFormat, locale: ChartLocale
    ) -> [MapLabels.Candidate] {
        let props = data.layer.properties
        let nameProp = labels.field.flatMap { props.field(named: $0.name) }
        let nameColumn = labels.field.flatMap { table.field(named: $0.name) }
        return data.layer.features.indices.compactMap { i in
            guard !data.context.contains(i),
                let (pole, radius) = PoleOfInaccessibility.find(geometry.rings[i])
            else {
                return nil
            }
            var lines: [String] = []
            if let nameProp {
                lines.append(nameProp.values[i].categoryText)
            } else if let nameColumn, let row = data.rows[i] {
                lines.append(nameColumn.values[row].categoryText)
            }
            if labels.values, let v = data.values[i] { lines.append(format.string(v, locale: locale)) }
            guard !lines.isEmpty, radius >= 3 else { return nil }
            return MapLabels.Candidate(
                lines: lines, anchor: pole, priority: radius, fill: data.values[i].map(scale.color),
                contains: { geometry.contains($0, feature: i) })
        }
    }

    /// The generated alt text: what the map shows, its range and the extremes.
    static func altText(spec: ChartSpec, map: ChoroplethSpec, data: MapData, format: NumberFormat) -> String {
        let czech = spec.locale.identifier == "cs"
        let valued = data.values.indices.compactMap { i in data.values[i].map { (i, $0) } }
        let lowest = valued.min { $0.1 < $1.1 }
        let highest = valued.max { $0.1 < $1.1 }
        let nameField = map.labels?.field.flatMap { data.layer.properties.field(named: $0.name) }
        func name(_ i: Int) -> String { nameField?.values[i].categoryText ?? data.keys[i] }
        var text = czech ? "Kartogram" : "Choropleth map"
        if let title = spec.title { text += ": \(title)" }
        text += czech ? ". \(valued.count) území s hodnotou" : ". \(valued.count) regions with a value"
        if let lowest, let highest {
            let lo = format.string(lowest.1, locale: spec.locale)
            let hi = format.string(highest.1, locale: spec.locale)
            text +=
                czech
                ? ", nejnižší \(name(lowest.0)) (\(lo)), nejvyšší \(name(highest.0)) (\(hi))"
                : ", lowest \(name(lowest.0)) (\(lo)), highest \(name(highest.0)) (\(hi))"
        }
        text += "."
        if let source = spec.source { text += " " + ChartFrame.sourceLine(source, locale: spec.locale) + "." }
        return text
    }
}

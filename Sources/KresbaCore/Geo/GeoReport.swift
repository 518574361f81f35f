extension DataReport {
    /// The text description of a GeoJSON or TopoJSON layer: format, features by geometry type, coordinate
    /// system, bounds, arcs, validity checks, then the properties like a table's columns.
    package static func text(_ layer: GeoLayer, samples: Int = 3) -> String {
        let format = layer.format
        var facts: [(String, String)] = []
        var kind = format.kind.rawValue
        if let name = format.objectName {
            let others = format.objectNames.filter { $0 != name }
            kind +=
                ", object \"\(name)\"" + (others.isEmpty ? "" : " (also: \(others.joined(separator: ", ")))")
            kind += format.quantized ? ", quantized" : ", not quantized"
        }
        facts.append(("format", kind))
        facts.append(("encoding", "UTF-8" + (format.byteOrderMark ? " with a byte order mark" : "")))
        let types = layer.geometryTypeCounts.map { "\($0.type) \($0.count)" }.joined(separator: ", ")
        facts.append(("features", "\(layer.features.count)" + (types.isEmpty ? "" : ": \(types)")))
        facts.append(("crs", layer.crs.summary))
        if let bounds = layer.bounds {
            facts.append(
                (
                    "bounds",
                    "x \(number(bounds.minX)) … \(number(bounds.maxX)), y \(number(bounds.minY)) … "
                        + number(bounds.maxY)
                ))
        }
        facts.append(("positions", String(format.positionCount)))
        if let arcs = format.arcCount, let mesh = layer.mesh {
            facts.append(
                ("arcs", "\(arcs): \(mesh.inner.count) inner borders, \(mesh.outer.count) on the outline"))
        }
        let ids = layer.features.filter { $0.id != nil }.count
        facts.append(
            ("ids", ids == 0 ? "none" : ids == layer.features.count ? "every feature" : "\(ids) features"))
        let check = GeoValidation.check(layer)
        facts.append(("checks", checkSummary(check, layer: layer)))
        facts.append(("properties", "\(layer.properties.fields.count) columns, one row per feature"))
        var lines = [layer.sourceName] + aligned(facts)
        lines += columnLines(layer.properties, samples: samples)
        var notes = format.notes
        if check.selfCrossingRings > 0 {
            notes.append(
                "shapes that cross themselves are drawn, but their areas and point-in-polygon tests are unreliable; "
                    + "repair them with mapshaper -clean or QGIS \"Fix geometries\"")
        }
        lines += Self.notes(notes + crsAdvice(layer))
        return lines.joined(separator: "\n")
    }

    /// The JSON description of a layer: the table keys (`delimiter` and `decimal` null, `rows` the
    /// feature count, `columns` the properties) plus a `geometry` object.
    package static func json(_ layer: GeoLayer, samples: Int = 3) -> String {
        let format = layer.format
        let check = GeoValidation.check(layer)
        var crs: [(String, JSONOutput)] = [
            ("code", .string(layer.crs.crs.code)), ("name", .string(layer.crs.crs.title)),
        ]
        switch layer.crs.source {
        case .declared(let name): crs += [("source", .string("declared")), ("declared", .string(name))]
        case .assumed: crs += [("source", .string("assumed")), ("declared", .null)]
        case .inferred: crs += [("source", .string("inferred")), ("declared", .null)]
        }
        let bounds = layer.bounds.map {
            JSONOutput.array([$0.minX, $0.minY, $0.maxX, $0.maxY].map(JSONOutput.number))
        }
        let geometry: [(String, JSONOutput)] = [
            ("features", .integer(layer.features.count)),
            ("types", .object(layer.geometryTypeCounts.map { ($0.type, .integer($0.count)) })),
            ("crs", .object(crs)),
            ("bounds", bounds ?? .null),
            ("positions", .integer(format.positionCount)),
            ("object", .string(format.objectName)),
            ("objects", .array(format.objectNames.map(JSONOutput.string))),
            ("arcs", format.arcCount.map(JSONOutput.integer) ?? .null),
            ("quantized", .bool(format.quantized)),
            (
                "mesh",
                layer.mesh.map {
                    .object([("inner", .integer($0.inner.count)), ("outer", .integer($0.outer.count))])
                } ?? .null
            ),
            ("ids", .integer(layer.features.filter { $0.id != nil }.count)),
            (
                "checks",
                .object([
                    ("selfCrossingRings", .integer(check.selfCrossingRings)),
                    ("selfCrossingFeatures", .array(check.selfCrossingFeatures.map { .integer($0) })),
                    ("repeatedPositions", .integer(check.repeatedPositions)),
                    ("uncheckedRings", .integer(check.uncheckedRings)),
                ])
            ),
        ]
        let object: [(String, JSONOutput)] = [
            ("file", .string(layer.sourceName)),
            ("format", .string(format.kind == .geojson ? "geojson" : "topojson")),
            ("encoding", .string("UTF-8")),
            ("byteOrderMark", .bool(format.byteOrderMark)),
            ("delimiter", .null),
            ("decimal", .null),
            ("rows", .integer(layer.properties.rowCount)),
            ("columns", columnsJSON(layer.properties, samples: samples)),
            ("geometry", .object(geometry)),
            ("notes", .array((format.notes + crsAdvice(layer)).map(JSONOutput.string))),
        ]
        return JSONOutput.object(object).rendered()
    }

    /// A warning when a file says longitude/latitude but has coordinates that cannot be degrees.
    private static func crsAdvice(_ layer: GeoLayer) -> [String] {
        guard layer.crs.crs == .wgs84, case .declared = layer.crs.source, let bounds = layer.bounds,
            GeoCRS.inferred(from: bounds) != .wgs84
        else { return [] }
        return [
            "the crs member says longitude/latitude, but the coordinates are too large for degrees; they look like "
                + GeoCRS.inferred(from: bounds).code
        ]
    }

    /// Bounds rounded for reading: centimetres for projected metres, 7 decimals for degrees.
    private static func number(_ value: Double) -> String {
        let scale = abs(value) >= 1_000 ? 100.0 : 10_000_000.0
        return FieldSummary.display(.number((value * scale).rounded() / scale))
    }

    private static func checkSummary(_ check: GeoValidation.Report, layer: GeoLayer) -> String {
        var parts: [String] = []
        let hasPolygons = layer.features.contains { !($0.geometry?.polygons.isEmpty ?? true) }
        if !hasPolygons {
            parts.append("no polygons to check")
        } else if check.selfCrossingRings == 0 {
            parts.append("no ring crosses itself")
        } else {
            let rows = check.selfCrossingFeatures.prefix(8).map { String($0 + 1) }.joined(separator: ", ")
            let more = check.selfCrossingFeatures.count > 8 ? ", …" : ""
            parts.append(
                "\(check.selfCrossingRings) ring(s) cross themselves, in \(check.selfCrossingFeatures.count) "
                    + "feature(s) (rows \(rows)\(more))")
        }
        if check.repeatedPositions > 0 { parts.append("\(check.repeatedPositions) repeated positions") }
        if check.uncheckedRings > 0 { parts.append("\(check.uncheckedRings) rings too large to check") }
        return parts.joined(separator: "; ")
    }
}

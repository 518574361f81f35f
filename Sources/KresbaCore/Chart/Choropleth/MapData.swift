import Foundation
import KresbaScene

/// The regions of a map with what each one shows: its value (or none), its key and name, and
/// whether it is context or highlighted.
struct MapData {
    /// The layer as read.
    var layer: GeoLayer
    /// What is computed from the layer alone, kept with it across renders (see ``fitted(_:box:)``).
    var derived: LayerDerivations
    /// One value per feature; nil for no data.
    var values: [Double?]
    /// The key of each feature (the join's geo property, else `geo.key`, else the feature id).
    var keys: [String]
    /// Features drawn in grey without a value.
    var context: Set<Int>
    /// Features outlined strongly.
    var highlighted: Set<Int>
    /// The joined table row of each feature, for labels and symbols read from the table.
    var rows: [Int?]

    /// Loads the geometry and joins the table to it.
    static func resolve(
        spec: ChartSpec, map: ChoroplethSpec, table: DataTable, loader: DataLoader, reader: SpecReader
    ) throws(KresbaError) -> MapData {
        let loaded = try loadLayer(spec: spec, map: map, loader: loader)
        let layer = loaded.layer
        let props = layer.properties
        // Without a join the features carry their own values.
        let ownValues = map.join == nil
        // Transforms on geometry-as-data (a calculated share) keep one row per feature unless they
        // filter or aggregate; then rows no longer line up with features and a join must say how.
        let rowPreserving = spec.transforms.allSatisfy { step in
            switch step.operation {
            case .calculate, .share, .lookup: true
            default: false
            }
        }
        if ownValues && !spec.transforms.isEmpty && (!rowPreserving || table.rowCount != layer.features.count)
        {
            throw KresbaError(
                Diagnostic(
                    .error,
                    "transforms that filter, sort or reshape rows need a join to find each row's region "
                        + "(\(table.rowCount) rows for \(layer.features.count) regions), e.g. join: {data: KOD, geo: KOD}",
                    file: spec.file,
                    path: SpecPath(["transform"])))
        }
        let valueTable = ownValues ? (spec.transforms.isEmpty ? props : table) : table

        let keyRef = map.join?.geo ?? map.geoKey
        var keyField: DataField?
        if let keyRef {
            keyField = props.field(keyRef, reader: reader, what: "geometry property", namingSource: true)
        }
        let valueField = valueTable.field(map.value.field, reader: reader, what: "field", namingSource: true)
        var dataKeyField: DataField?
        if let join = map.join {
            dataKeyField = table.field(join.data, reader: reader, what: "field", namingSource: true)
        }
        if reader.hasErrors { throw KresbaError(Diagnostic.inReadingOrder(reader.diagnostics)) }
        guard let valueField else { throw KresbaError(Diagnostic.inReadingOrder(reader.diagnostics)) }

        let n = layer.features.count
        let keys = (0..<n).map { i in
            keyField.map { $0.values[i].categoryText } ?? layer.features[i].id ?? String(i + 1)
        }
        var rows = [Int?](repeating: nil, count: n)
        if let join = map.join, let dataKeyField {
            var featureByKey: [String: Int] = [:]
            for (i, k) in keys.enumerated() where featureByKey[k] == nil { featureByKey[k] = i }
            var unmatchedData: [String] = []
            for row in 0..<table.rowCount {
                let code = dataKeyField.values[row].categoryText
                if let f = featureByKey[code] {
                    if rows[f] == nil { rows[f] = row }
                } else if !dataKeyField.values[row].isMissing {
                    unmatchedData.append(code)
                }
            }
            if !unmatchedData.isEmpty {
                let hint = propertyHolding(unmatchedData, in: props, except: keyRef?.name).map {
                    "; the geometry's property \($0) has all of them: set key: \($0) in geo"
                }
                reader.warning(
                    "\(unmatchedData.count) of \(table.rowCount) rows match no region by "
                        + "\(join.data.name) = \(keyRef?.name ?? "id"): \(listed(unmatchedData))"
                        + (hint ?? ""), at: join.data.path, join.data.position)
            }
        } else {
            for i in 0..<n { rows[i] = i }
        }
        let nameField = map.labels?.field.flatMap { props.field(named: $0.name) }
        func matches(_ i: Int, _ names: [String]) -> Bool {
            names.contains(keys[i]) || (nameField.map { names.contains($0.values[i].categoryText) } ?? false)
                || names.contains(layer.features[i].id ?? "\u{0}")
        }
        // Most maps name no region (each test below walks every feature).
        let context = map.context.isEmpty ? [] : Set((0..<n).filter { matches($0, map.context) })
        let highlighted = map.highlight.isEmpty ? [] : Set((0..<n).filter { matches($0, map.highlight) })
        for (key, names) in [("highlight", map.highlight), ("context", map.context)] where !names.isEmpty {
            let found = Set((0..<n).filter { matches($0, names) }.flatMap { [keys[$0]] })
            let missing = names.filter { name in
                !found.contains(name) && !(0..<n).contains { matches($0, [name]) }
            }
            if !missing.isEmpty {
                reader.warning(
                    "no region is \(listed(missing)); \(key) names a region by its key"
                        + (keyRef.map { " (\($0.name))" } ?? "") + " or its label", at: SpecPath([key]), nil)
            }
        }

        var values = [Double?](repeating: nil, count: n)
        var unmatchedRegions: [String] = []
        var textValues = 0
        for i in 0..<n where !context.contains(i) {
            guard let row = rows[i] else {
                unmatchedRegions.append(keys[i])
                continue
            }
            switch valueField.values[row] {
            case .number(let d) where d.isFinite: values[i] = d
            case .missing: break
            default: textValues += 1
            }
        }
        // A spec that labels its missing regions ("mimo EU") expects some; rows that match no
        // region are still reported, since those are usually typos in the codes.
        if map.join != nil, !unmatchedRegions.isEmpty, map.missing.label == nil, let join = map.join {
            reader.warning(
                "\(unmatchedRegions.count) of \(n) regions have no row in the data (drawn as no data): "
                    + listed(unmatchedRegions), at: join.geo?.path ?? join.data.path, join.geo?.position)
        }
        if textValues > 0 && values.allSatisfy({ $0 == nil }) {
            let samples = (0..<valueTable.rowCount).lazy.map { valueField.values[$0] }.filter {
                !$0.isMissing
            }
            .prefix(3).map(\.categoryText)
            throw KresbaError(
                Diagnostic(
                    .error,
                    "\"\(valueField.name)\" holds text (\(samples.joined(separator: ", ")), …), not numbers; a map "
                        + "colours regions by a numeric field", file: spec.file, path: map.value.field.path,
                    position: map.value.field.position))
        }
        if textValues > 0 {
            reader.warning(
                "\(textValues) values of \"\(valueField.name)\" are not numbers; their regions are drawn as no data",
                at: map.value.field.path, map.value.field.position)
        }
        return MapData(
            layer: layer, derived: loaded.derived, values: values, keys: keys, context: context,
            highlighted: highlighted, rows: rows)
    }

    /// The geometry the spec names: a file, the data file itself, or a built-in basemap.
    static func loadLayer(spec: ChartSpec, map: ChoroplethSpec, loader: DataLoader) throws(KresbaError)
        -> LoadedGeoLayer
    {
        switch map.geo {
        case .file(let url, let object, let path):
            return try loader.loadGeo(url, object: object, specFile: spec.file, specPath: path)
        case .basemap(let name, let path):
            do {
                return LoadedGeoLayer(
                    layer: try BuiltInBasemap.layer(named: name),
                    derived: BuiltInBasemap.derivations(named: name))
            } catch {
                throw KresbaError(
                    Diagnostic(
                        .error,
                        error.message
                            + (error.suggestion.map { $0.hasPrefix("(") ? " \($0)" : "; \($0)" } ?? ""),
                        file: spec.file,
                        path: path))
            }
        case .data:
            guard case .file(let url, _, let path) = spec.data else {
                throw KresbaError(
                    Diagnostic(
                        .error,
                        "missing key \"geo\": a map needs geometry; name a GeoJSON or TopoJSON file with "
                            + "geo: {url: …}, or make the data file itself GeoJSON", file: spec.file,
                        path: .root))
            }
            return try loader.loadGeo(url, object: nil, specFile: spec.file, specPath: path)
        }
    }

    /// "CZ0511, CZ0512 and 3 more": the first ten codes, then how many were left out.
    /// The geometry property, other than `current`, in which every one of `codes` is a value: the
    /// key the data's codes were written in (ISO 3166 alpha-3 instead of alpha-2, Eurostat's country
    /// codes instead of ISO's). Nil when none holds them all.
    static func propertyHolding(_ codes: [String], in properties: DataTable, except current: String?)
        -> String?
    {
        let wanted = Set(codes)
        for field in properties.fields where field.name != current {
            let values = Set(field.values.map(\.categoryText))
            if wanted.isSubset(of: values) { return field.name }
        }
        return nil
    }

    static func listed(_ codes: [String]) -> String {
        let shown = codes.prefix(10).joined(separator: ", ")
        return codes.count > 10 ? "\(shown) and \(codes.count - 10) more" : shown
    }
}

extension MapData {
    /// The regions projected and fitted into `box` (``MapGeometry/fit(_:projection:box:padding:)``),
    /// computed once per layer, projection and box: the projection follows from its kind and the
    /// layer, so those say everything the fit depends on.
    func fitted(_ projection: MapProjection, box: Rect) -> MapGeometry {
        derived.value(for: FitKey(projection: projection.kind, box: box)) {
            MapGeometry.fit(layer, projection: projection, box: box)
        }
    }

    private struct FitKey: Hashable, Sendable {
        var projection: ProjectionChoice
        var box: Rect
    }
}

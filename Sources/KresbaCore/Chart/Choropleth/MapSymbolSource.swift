import Foundation
import KresbaScene

/// Where proportional circles sit and what they show: points of their own file, or region centres.
struct SymbolSource {
    var values: [Double]
    /// Source positions (point file), or nil for region centres of `features`.
    var points: [GeoPoint]?
    /// For region centres: the feature of each value.
    var features: [Int]

    /// The circle centres in the scene.
    func centres(_ geometry: MapGeometry) -> [Point] {
        if let points { return points.map(geometry.toScene) }
        return features.map { f in
            PoleOfInaccessibility.find(geometry.rings[f])?.0
                ?? geometry.bounds(of: f).map { Point($0.x + $0.width / 2, $0.y + $0.height / 2) }
                ?? Point(0, 0)
        }
    }
}

extension ChoroplethChart {
    /// Reads the values of `symbols`: from its point file, else per region from the geometry's
    /// properties or the joined table.
    static func symbolValues(
        spec: ChartSpec, map: ChoroplethSpec, data: MapData, table: DataTable, loader: DataLoader,
        reader: SpecReader
    ) throws(KresbaError) -> SymbolSource? {
        guard let s = map.symbols else { return nil }
        if let url = s.url {
            let layer = try loader.loadGeo(
                url, object: nil, specFile: spec.file, specPath: SpecPath(["symbols", "url"])
            ).layer
            guard
                let field = layer.properties.field(
                    s.field, reader: reader, what: "property", namingSource: true)
            else {
                throw KresbaError(Diagnostic.inReadingOrder(reader.diagnostics))
            }
            var values: [Double] = []
            var points: [GeoPoint] = []
            for (i, feature) in layer.features.enumerated() {
                guard
                    let p = feature.geometry?.points.first
                        ?? feature.bounds.map({
                            GeoPoint(x: ($0.minX + $0.maxX) / 2, y: ($0.minY + $0.maxY) / 2)
                        }),
                    let v = field.values[i].numberValue
                else { continue }
                values.append(v)
                points.append(p)
            }
            if layer.crs.crs != data.layer.crs.crs {
                reader.warning(
                    "the symbols are in \(layer.crs.crs.code) but the regions in \(data.layer.crs.crs.code); "
                        + "they will not line up", at: SpecPath(["symbols", "url"]), nil)
            }
            return SymbolSource(values: values, points: points, features: [])
        }
        let props = data.layer.properties
        let own = props.field(named: s.field.name)
        let column =
            own == nil ? table.field(s.field, reader: reader, what: "field", namingSource: true) : nil
        if own == nil && column == nil { throw KresbaError(Diagnostic.inReadingOrder(reader.diagnostics)) }
        var values: [Double] = []
        var features: [Int] = []
        for i in data.layer.features.indices {
            let v: Double? =
                if let own { own.values[i].numberValue } else {
                    data.rows[i].flatMap { column?.values[$0].numberValue }
                }
            guard let v else { continue }
            values.append(v)
            features.append(i)
        }
        return SymbolSource(values: values, points: nil, features: features)
    }
}

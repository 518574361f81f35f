import KresbaScene

/// The options of a choropleth map: regions coloured by a value joined from a table.
///
/// ```yaml
/// type: choropleth
/// data: data/orp-nezamestnanost.csv
/// geo: { url: geo/cz_orp.topo.json, object: orp, key: KOD_ORP }   # or { basemap: cz-kraje }
/// join: { data: kod, geo: KOD_ORP }
/// value: { field: podil, format: "0.0 %", title: Podíl nezaměstnaných }
/// classes: { method: jenks, count: 5 }
/// colors: { scheme: blues }
/// projection: krovak
/// ```
package struct ChoroplethSpec: Sendable, Equatable {
    /// Where the regions come from.
    package var geo: GeoSourceSpec
    /// The geometry property that names a region (used for joins, highlight and context).
    package var geoKey: FieldRef?
    /// How rows of the table find their region; `nil` colours regions from their own properties.
    package var join: JoinSpec?
    /// The value that colours each region.
    package var value: MapValueSpec
    /// How coordinates become the plane; `nil` chooses from the layer's coordinate system.
    package var projection: ProjectionChoice?
    /// How values are grouped into colour classes.
    package var classes: ClassesSpec
    /// The colours of the classes.
    package var colors: MapColorsSpec
    /// How regions without a value are drawn and explained.
    package var missing: MissingSpec
    /// Regions outlined more strongly (keys or names), e.g. Liberecký kraj.
    package var highlight: [String]
    /// Regions drawn in grey as context, without a value (keys or names).
    package var context: [String]
    /// Names and/or values written on the regions.
    package var labels: MapLabelsSpec?
    /// Circles sized by a value, at points or region centres.
    package var symbols: SymbolsSpec?
    /// Where the legend goes.
    package var legend: MapLegendSpec
}

/// Where a map's regions come from.
package enum GeoSourceSpec: Sendable, Equatable {
    /// A GeoJSON or TopoJSON file (TopoJSON: the object to read, optional with a single object).
    case file(url: String, object: String?, specPath: SpecPath)
    /// A built-in basemap by name (`cz-kraje`, `europe`).
    case basemap(name: String, specPath: SpecPath)
    /// The `data` file itself is the geometry (GeoJSON with properties).
    case data
}

/// The fields compared to join a table to regions; codes are compared as text.
package struct JoinSpec: Sendable, Equatable {
    /// The table's field.
    package var data: FieldRef
    /// The geometry's property; the `geo.key` when absent.
    package var geo: FieldRef?
}

/// The value channel of a map.
package struct MapValueSpec: Sendable, Equatable {
    /// The field with the numbers.
    package var field: FieldRef
    /// Number format of the legend and labels.
    package var format: NumberFormat?
    /// Legend title; the field name when absent.
    package var title: String?
}

/// A projection named in a spec.
package enum ProjectionChoice: String, Sendable, Equatable, CaseIterable {
    /// Coordinates drawn as they are (already projected: S-JTSK, Web Mercator).
    case identity
    /// Spherical Mercator.
    case mercator
    /// Plate carrée, scaled so that shapes at the layer's mid latitude keep their proportions.
    case equirectangular
    /// Lambert conformal conic, standard parallels from the layer's latitudes.
    case conic
    /// Albers equal-area conic, standard parallels from the layer's latitudes.
    case albers
    /// Krovak East North (EPSG:5514) on the Bessel ellipsoid, with the WGS 84 → S-JTSK datum shift.
    case krovak
}

/// How values become colour classes.
package struct ClassesSpec: Sendable, Equatable {
    /// The method.
    package enum Method: String, Sendable, Equatable, CaseIterable {
        case quantile, equal, jenks, custom
        /// No classes: a continuous colour ramp.
        case unclassed
    }

    package var method: Method
    /// Number of classes (ignored for custom and unclassed).
    package var count: Int
    /// Inner break values for `custom`, ascending.
    package var breaks: [Double]
    /// Whether computed breaks are rounded to readable numbers.
    package var round: Bool

    /// Five quantile classes: every class holds about as many regions.
    package static let `default` = ClassesSpec(method: .quantile, count: 5, breaks: [], round: false)
}

/// The colours of a map.
package struct MapColorsSpec: Sendable, Equatable {
    /// A named scheme (`blues`, `rdbu`, `viridis`); the default sequential one when nil and no list.
    package var scheme: String?
    /// Explicit colours, lowest class first.
    package var list: [Color]
    /// For diverging schemes: the value at the neutral middle colour.
    package var midpoint: Double?
    /// Whether the scheme runs the other way.
    package var reverse: Bool
}

/// How regions without a value look.
package struct MissingSpec: Sendable, Equatable {
    /// The legend label; "bez dat" / "no data" when nil.
    package var label: String?
    /// The hatch's line colour.
    package var color: Color?
}

/// Labels written on regions.
package struct MapLabelsSpec: Sendable, Equatable {
    /// The property or field with names; none when nil.
    package var field: FieldRef?
    /// Whether the value is written (under the name).
    package var values: Bool
    /// At most this many labels, largest regions first.
    package var max: Int?
}

/// Proportional circles.
package struct SymbolsSpec: Sendable, Equatable {
    /// A point file (GeoJSON); region centres when nil.
    package var url: String?
    /// The field sized by (area proportional to value).
    package var field: FieldRef
    /// The largest circle's radius in pixels.
    package var maxRadius: Double
    /// The size legend's title.
    package var title: String?
    /// Fill colour.
    package var color: Color?
    /// Number format of the size legend.
    package var format: NumberFormat?
}

/// Where a map's legend goes.
package struct MapLegendSpec: Sendable, Equatable {
    package enum Position: String, Sendable, Equatable, CaseIterable {
        /// A free corner of the map, else beside it.
        case auto
        case right, bottom, none
    }

    package var position: Position
}

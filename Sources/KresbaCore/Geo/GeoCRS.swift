/// The coordinate reference system of a geometry file, among the ones Czech data comes in.
package enum GeoCRS: Sendable, Hashable {
    /// EPSG:4326 / OGC CRS84: longitude and latitude in degrees, longitude first (the GeoJSON default).
    case wgs84
    /// EPSG:5514, S-JTSK / Krovak East North: metres, both coordinates negative in Czechia. The system of
    /// ČÚZK and most Czech public-sector GIS data.
    case sjtsk
    /// EPSG:3857, Web Mercator: metres, as written by web-map tooling.
    case webMercator
    /// A system named by the file that Kresba does not know; the name as written.
    case other(String)
    /// No `crs` member, and coordinates that cannot be longitude and latitude nor look like a known system.
    case unknown

    /// `EPSG:4326`, `EPSG:5514`, `EPSG:3857`, the name as written, or `unknown`.
    package var code: String {
        switch self {
        case .wgs84: "EPSG:4326"
        case .sjtsk: "EPSG:5514"
        case .webMercator: "EPSG:3857"
        case .other(let name): name
        case .unknown: "unknown"
        }
    }

    /// A human name for messages and `kresba data`.
    package var title: String {
        switch self {
        case .wgs84: "WGS 84, longitude/latitude in degrees"
        case .sjtsk: "S-JTSK / Krovak East North, metres"
        case .webMercator: "Web Mercator, metres"
        case .other: "not known to Kresba"
        case .unknown: "not stated, not recognised from the coordinates"
        }
    }

    /// The system a `crs` name denotes: `EPSG:4326`, `urn:ogc:def:crs:EPSG::5514`,
    /// `urn:ogc:def:crs:OGC:1.3:CRS84`, `http://www.opengis.net/def/crs/EPSG/0/3857`, ESRI's 102067 (an
    /// alias of 5514) and 102100 (of 3857), …; ``other(_:)`` for anything else.
    package static func named(_ name: String) -> GeoCRS {
        let lower = name.lowercased()
        if lower.hasSuffix("crs84") || lower.hasSuffix("crs:84") { return .wgs84 }
        // The code is the last run of digits after "epsg" or "esri" (URNs put a version before it).
        guard lower.contains("epsg") || lower.contains("esri"),
            let code = Int(String(lower.reversed().prefix(while: \.isNumber).reversed()))
        else { return .other(name) }
        switch code {
        case 4326: return .wgs84
        case 5514, 102067: return .sjtsk
        case 3857, 900913, 102100, 102113: return .webMercator
        default: return .other(name)
        }
    }

    /// The system coordinates within `bounds` most likely use, for files without a `crs` member:
    /// longitude/latitude when they fit in ±180° × ±90°; S-JTSK when both are in the negative ranges
    /// Krovak East North gives Czechia and Slovakia; Web Mercator when within its square; else unknown.
    package static func inferred(from bounds: GeoBounds) -> GeoCRS {
        if bounds.minX >= -180 && bounds.maxX <= 180 && bounds.minY >= -90 && bounds.maxY <= 90 {
            return .wgs84
        }
        if bounds.minX >= -1_000_000 && bounds.maxX <= -300_000 && bounds.minY >= -1_400_000
            && bounds.maxY <= -900_000
        {
            return .sjtsk
        }
        let mercatorLimit = 20_037_508.35
        if bounds.minX >= -mercatorLimit && bounds.maxX <= mercatorLimit && bounds.minY >= -mercatorLimit
            && bounds.maxY <= mercatorLimit
        {
            return .webMercator
        }
        return .unknown
    }
}

/// The coordinate system of a file and how Kresba knows it.
package struct GeoCRSInfo: Sendable, Equatable {
    /// How the system was determined.
    package enum Source: Sendable, Equatable {
        /// From the file's `crs` member; the name as written there.
        case declared(String)
        /// No `crs` member and longitude/latitude-sized coordinates: the GeoJSON default (RFC 7946).
        case assumed
        /// No `crs` member and coordinates too large for degrees: guessed from their ranges.
        case inferred
    }

    package var crs: GeoCRS
    package var source: Source

    package init(crs: GeoCRS, source: Source) {
        self.crs = crs
        self.source = source
    }

    /// One line for `kresba data`: `EPSG:5514 (S-JTSK / Krovak East North, metres), from the crs member
    /// "urn:ogc:def:crs:EPSG::5514"`.
    package var summary: String {
        let base = crs == .unknown ? crs.code : "\(crs.code) (\(crs.title))"
        switch source {
        case .declared(let name):
            if case .other = crs { return "\(name) (not known to Kresba), from the crs member" }
            return "\(base), from the crs member \(Quoting.quoted(name))"
        case .assumed: return "\(base), the GeoJSON default: the file has no crs member"
        case .inferred:
            if crs == .unknown { return "unknown: no crs member, and the coordinates are not degrees" }
            return "\(base), guessed from the coordinate ranges: the file has no crs member"
        }
    }

    /// Determines the system from the `crs` member's name (nil when absent) and the data's bounds.
    static func determine(declaredName: String?, bounds: GeoBounds?) -> GeoCRSInfo {
        if let declaredName { return GeoCRSInfo(crs: .named(declaredName), source: .declared(declaredName)) }
        guard let bounds else { return GeoCRSInfo(crs: .wgs84, source: .assumed) }
        let guess = GeoCRS.inferred(from: bounds)
        return GeoCRSInfo(crs: guess, source: guess == .wgs84 ? .assumed : .inferred)
    }
}

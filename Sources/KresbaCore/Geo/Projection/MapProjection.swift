import Foundation

/// A map projection: source coordinates to a plane with x growing east and y growing north.
///
/// Projections are chosen once per map, from the spec or from the layer's coordinate system, and
/// conic ones take their standard parallels from the layer's latitudes so that any region is drawn
/// with little distortion.
package struct MapProjection: Sendable {
    /// Which projection this is.
    package var kind: ProjectionChoice
    private let forward: @Sendable (GeoPoint) -> GeoPoint

    /// Creates a projection from its forward function.
    init(kind: ProjectionChoice, forward: @escaping @Sendable (GeoPoint) -> GeoPoint) {
        self.kind = kind
        self.forward = forward
    }

    /// Projects one position.
    package func project(_ point: GeoPoint) -> GeoPoint { forward(point) }

    /// The projection `choice` for longitude/latitude data within `bounds` (degrees).
    package static func make(_ choice: ProjectionChoice, bounds: GeoBounds) -> MapProjection {
        let rad = Double.pi / 180
        switch choice {
        case .identity:
            return MapProjection(kind: .identity) { $0 }
        case .mercator:
            return MapProjection(kind: .mercator) { p in
                let lat = max(-85, min(85, p.y)) * rad
                return GeoPoint(x: p.x * rad, y: log(tan(.pi / 4 + lat / 2)))
            }
        case .equirectangular:
            // Scaled by the cosine of the middle latitude: Czechia looks as wide as it is.
            let k = cos((bounds.minY + bounds.maxY) / 2 * rad)
            return MapProjection(kind: .equirectangular) { p in GeoPoint(x: p.x * rad * k, y: p.y * rad) }
        case .conic:
            let (phi1, phi2, phi0, lambda0) = parallels(bounds)
            return lambertConformalConic(phi1: phi1, phi2: phi2, phi0: phi0, lambda0: lambda0)
        case .albers:
            let (phi1, phi2, phi0, lambda0) = parallels(bounds)
            return albersEqualArea(phi1: phi1, phi2: phi2, phi0: phi0, lambda0: lambda0)
        case .krovak:
            return MapProjection(kind: .krovak) { p in
                let (e, n) = Krovak.project(longitude: p.x, latitude: p.y)
                return GeoPoint(x: e, y: n)
            }
        }
    }

    /// Standard parallels at 1/6 and 5/6 of the latitude range (the usual rule of thumb, which for
    /// Czechia gives about 49.1° and 50.6° N), the origin in the middle, in radians.
    static func parallels(_ b: GeoBounds) -> (Double, Double, Double, Double) {
        let rad = Double.pi / 180
        var span = b.maxY - b.minY
        if span < 1 { span = 1 }  // a single town: keep the cone well defined
        let mid = (b.minY + b.maxY) / 2
        let phi1 = (mid - span / 3) * rad
        let phi2 = (mid + span / 3) * rad
        return (phi1, phi2, mid * rad, (b.minX + b.maxX) / 2 * rad)
    }

    /// Lambert conformal conic on the sphere (Snyder, Map Projections – A Working Manual, eq. 15-1).
    static func lambertConformalConic(phi1: Double, phi2: Double, phi0: Double, lambda0: Double)
        -> MapProjection
    {
        let rad = Double.pi / 180
        @Sendable func t(_ phi: Double) -> Double { tan(.pi / 4 + phi / 2) }
        let n =
            abs(phi1 - phi2) < 1e-9 ? sin(phi1) : log(cos(phi1) / cos(phi2)) / log(t(phi2) / t(phi1))
        let f = cos(phi1) * pow(t(phi1), n) / n
        let rho0 = f / pow(t(phi0), n)
        return MapProjection(kind: .conic) { p in
            let phi = max(-89, min(89, p.y)) * rad
            let rho = f / pow(t(phi), n)
            let theta = n * (p.x * rad - lambda0)
            return GeoPoint(x: rho * sin(theta), y: rho0 - rho * cos(theta))
        }
    }

    /// Albers equal-area conic on the sphere (Snyder eq. 14-1).
    static func albersEqualArea(phi1: Double, phi2: Double, phi0: Double, lambda0: Double) -> MapProjection {
        let rad = Double.pi / 180
        let n = (sin(phi1) + sin(phi2)) / 2
        let c = cos(phi1) * cos(phi1) + 2 * n * sin(phi1)
        let rho0 = (c - 2 * n * sin(phi0)).squareRoot() / n
        return MapProjection(kind: .albers) { p in
            let phi = p.y * rad
            let rho = max(0, c - 2 * n * sin(phi)).squareRoot() / n
            let theta = n * (p.x * rad - lambda0)
            return GeoPoint(x: rho * sin(theta), y: rho0 - rho * cos(theta))
        }
    }
}

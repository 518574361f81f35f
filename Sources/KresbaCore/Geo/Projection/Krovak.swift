import Foundation

/// WGS 84 longitude/latitude to S-JTSK / Krovak East North (EPSG:5514), as PROJ does it by default.
///
/// Two steps, both from the EPSG dataset: the datum shift WGS 84 → S-JTSK, the inverse of the
/// 7-parameter Helmert transformation "S-JTSK to WGS 84 (5)" (coordinate frame convention, stated
/// accuracy 1 m, the one PROJ picks for Czechia); then the oblique conformal conic Krovak projection
/// on the Bessel 1841 ellipsoid (EPSG guidance note 7-2, method 9819), negated to East North so that
/// x grows eastwards and y northwards (both negative in Czechia).
package enum Krovak {
    /// Bessel 1841: semi-major axis and flattening.
    static let besselA = 6_377_397.155
    static let besselF = 1 / 299.152_812_8
    /// WGS 84.
    static let wgs84A = 6_378_137.0
    static let wgs84F = 1 / 298.257_223_563

    /// "S-JTSK to WGS 84 (5)", EPSG:5239: translations (m), rotations (arc seconds, coordinate
    /// frame), scale (ppm).
    static let shift = (tx: 572.213, ty: 85.334, tz: 461.94, rx: -4.9732, ry: -1.529, rz: -5.2484, s: 3.5378)

    /// Krovak parameters of EPSG:5514.
    static let latC = 49.5 * .pi / 180
    static let lon0 = (24 + 50.0 / 60) * .pi / 180
    static let alphaC = (30 + 17.0 / 60 + 17.303_11 / 3600) * .pi / 180
    static let latP = 78.5 * .pi / 180
    static let kP = 0.9999

    /// Projects WGS 84 longitude and latitude (degrees) to EPSG:5514 East and North (metres).
    package static func project(longitude: Double, latitude: Double) -> (east: Double, north: Double) {
        let (lon, lat) = wgs84ToSJTSK(longitude: longitude * .pi / 180, latitude: latitude * .pi / 180)
        let (southing, westing) = krovak(longitude: lon, latitude: lat)
        return (-westing, -southing)
    }

    /// The datum shift: WGS 84 geodetic → geocentric → inverse Helmert → Bessel geodetic (radians).
    /// The height is taken as 0 and dropped afterwards, as PROJ's `push v_3`/`pop v_3` does.
    static func wgs84ToSJTSK(longitude: Double, latitude: Double) -> (Double, Double) {
        let e2w = wgs84F * (2 - wgs84F)
        let n = wgs84A / (1 - e2w * sin(latitude) * sin(latitude)).squareRoot()
        let x = n * cos(latitude) * cos(longitude)
        let y = n * cos(latitude) * sin(longitude)
        let z = n * (1 - e2w) * sin(latitude)
        // Forward (S-JTSK → WGS 84): X' = T + (1 + s) R X with the small-angle coordinate frame
        // matrix R; PROJ inverts it with the transpose of R, and so do we.
        let arc = Double.pi / 180 / 3600
        let (rx, ry, rz) = (shift.rx * arc, shift.ry * arc, shift.rz * arc)
        let scale = 1 + shift.s * 1e-6
        let dx = (x - shift.tx) / scale
        let dy = (y - shift.ty) / scale
        let dz = (z - shift.tz) / scale
        // R = [[1, rz, -ry], [-rz, 1, rx], [ry, -rx, 1]]; R^T:
        let xs = dx - rz * dy + ry * dz
        let ys = rz * dx + dy - rx * dz
        let zs = -ry * dx + rx * dy + dz
        return geodetic(x: xs, y: ys, z: zs, a: besselA, f: besselF)
    }

    /// Geocentric to geodetic longitude and latitude on an ellipsoid, iterated to below 1e-12 rad.
    static func geodetic(x: Double, y: Double, z: Double, a: Double, f: Double) -> (Double, Double) {
        let e2 = f * (2 - f)
        let p = (x * x + y * y).squareRoot()
        var lat = atan2(z, p * (1 - e2))
        for _ in 0..<10 {
            let n = a / (1 - e2 * sin(lat) * sin(lat)).squareRoot()
            let h = p / cos(lat) - n
            let next = atan2(z, p * (1 - e2 * n / (n + h)))
            if abs(next - lat) < 1e-13 {
                lat = next
                break
            }
            lat = next
        }
        return (atan2(y, x), lat)
    }

    /// The Krovak projection (EPSG method 9819) on Bessel: southing and westing in metres.
    static func krovak(longitude: Double, latitude: Double) -> (southing: Double, westing: Double) {
        let e2 = besselF * (2 - besselF)
        let e = e2.squareRoot()
        let sinC = sin(latC)
        let a = besselA * (1 - e2).squareRoot() / (1 - e2 * sinC * sinC)
        let b = (1 + e2 * pow(cos(latC), 4) / (1 - e2)).squareRoot()
        let gamma0 = asin(sinC / b)
        let t0 =
            tan(.pi / 4 + gamma0 / 2) * pow((1 + e * sinC) / (1 - e * sinC), e * b / 2)
            / pow(tan(.pi / 4 + latC / 2), b)
        let n = sin(latP)
        let r0 = kP * a / tan(latP)

        let sinLat = sin(latitude)
        let u =
            2
            * (atan(
                t0 * pow(tan(latitude / 2 + .pi / 4), b) / pow((1 + e * sinLat) / (1 - e * sinLat), e * b / 2)
            )
                - .pi / 4)
        let v = b * (lon0 - longitude)
        let t = asin(cos(alphaC) * sin(u) + sin(alphaC) * cos(u) * cos(v))
        let d = asin(cos(u) * sin(v) / cos(t))
        let theta = n * d
        let r = r0 * pow(tan(.pi / 4 + latP / 2), n) / pow(tan(t / 2 + .pi / 4), n)
        return (r * cos(theta), r * sin(theta))
    }
}

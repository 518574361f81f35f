import Foundation
import Testing

@testable import KresbaCore

/// Krovak East North from WGS 84 agrees with PROJ at points across Czechia.
@Suite struct KrovakTests {
    /// Printed by `scripts/krovak-fixtures.py` (pyproj 3.7.2, PROJ 9.5.1, the pipeline "Inverse of
    /// S-JTSK to WGS 84 (5) + Krovak East North", PROJ's default for Czechia): name, lon, lat, east, north.
    static let reference: [(String, Double, Double, Double, Double)] = [
        ("Liberec, radnice", 15.0564, 50.7671, -688088.548, -974040.201),
        ("Praha, Staroměstské náměstí", 14.4213, 50.0875, -742805.835, -1043009.501),
        ("Brno", 16.6068, 49.1951, -598248.741, -1160744.683),
        ("Ostrava", 18.2625, 49.8209, -472181.920, -1103062.834),
        ("Aš (west)", 12.1947, 50.2239, -897788.921, -1003976.047),
        ("Cheb", 12.3713, 50.0796, -887983.716, -1021885.158),
        ("Lobendava (north)", 14.3166, 51.0556, -735400.903, -935321.298),
        ("Vyšší Brod (south)", 14.3112, 48.6199, -773093.535, -1203589.745),
        // PROJ's default here: -432447.944, -1136471.257, the Slovak transformation (4), 0.99 m away.
        ("Bukovec (east)", 18.8492, 49.5508, -432447.125, -1136470.693),
        ("České Budějovice", 14.4749, 48.9745, -755790.878, -1166167.097),
        ("Sněžka", 15.7399, 50.736, -640644.480, -983423.630),
        ("Jihlava", 15.5911, 49.3961, -669085.374, -1130103.745),
    ]

    @Test func agreesWithPROJWithinOneCentimetre() {
        var worst = 0.0
        for (name, lon, lat, east, north) in Self.reference {
            let (e, n) = Krovak.project(longitude: lon, latitude: lat)
            let error = ((e - east) * (e - east) + (n - north) * (n - north)).squareRoot()
            worst = max(worst, error)
            #expect(error < 0.01, "\(name): off by \(error) m (\(e), \(n))")
        }
        print("Krovak vs PROJ: largest difference \(String(format: "%.4f", worst)) m")
    }

    @Test func liberecTownHallAsInSources() {
        let (e, n) = Krovak.project(longitude: 15.0564, latitude: 50.7671)
        #expect(abs(e - -688_088.55) < 0.01)
        #expect(abs(n - -974_040.20) < 0.01)
    }

    @Test func conicProjectionsKeepNorthUp() {
        let bounds = GeoBounds(minX: 12, minY: 48.5, maxX: 19, maxY: 51.1)
        for choice in [ProjectionChoice.conic, .albers, .mercator, .equirectangular, .krovak] {
            let p = MapProjection.make(choice, bounds: bounds)
            let south = p.project(GeoPoint(x: 15.5, y: 49))
            let north = p.project(GeoPoint(x: 15.5, y: 50.5))
            let west = p.project(GeoPoint(x: 13, y: 49.8))
            let east = p.project(GeoPoint(x: 18, y: 49.8))
            #expect(north.y > south.y, "\(choice)")
            #expect(east.x > west.x, "\(choice)")
        }
    }

    /// Spherical (R = 1) references from PROJ, printed by the same script.
    static let sphereReference: [(ProjectionChoice, Double, Double, Double, Double)] = [
        (.conic, 15.0564, 50.7671, -0.004896902327020832, 0.01689242679719205),
        (.conic, 12.1947, 50.2239, -0.036893229513941174, 0.008210630681350861),
        (.conic, 18.8492, 49.5508, 0.03790720894648342, -0.0035024756277234337),
        (.albers, 15.0564, 50.7671, -0.004896904206116496, 0.016894693429007623),
        (.albers, 12.1947, 50.2239, -0.03689321451296457, 0.008212068494063529),
        (.albers, 18.8492, 49.5508, 0.03790722675625769, -0.003503570473462836),
        (.mercator, 15.0564, 50.7671, 0.26278375349727423, 1.031680465765962),
        (.mercator, 12.1947, 50.2239, 0.2128376662929525, 1.0167768501510919),
        (.mercator, 18.8492, 49.5508, 0.32898060136691515, 0.9985427884597466),
    ]

    @Test func conicAlbersAndMercatorAgreeWithPROJ() {
        let bounds = GeoBounds(minX: 12, minY: 48.5, maxX: 19, maxY: 51.1)
        for (choice, lon, lat, x, y) in Self.sphereReference {
            let p = MapProjection.make(choice, bounds: bounds).project(GeoPoint(x: lon, y: lat))
            // 1e-9 of the Earth's radius is 6 mm.
            #expect(
                abs(p.x - x) < 1e-9 && abs(p.y - y) < 1e-9, "\(choice) at \(lon), \(lat): \(p) vs \(x), \(y)")
        }
    }
}

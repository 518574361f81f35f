import Testing

@testable import KresbaCore

/// The generated basemaps decode through `GeoReader` and hold what their README promises.
@Suite("Built-in basemaps")
struct BuiltInBasemapTests {
    static let kraje: [(code: String, name: String)] = [
        ("CZ010", "Hlavní město Praha"), ("CZ020", "Středočeský kraj"), ("CZ031", "Jihočeský kraj"),
        ("CZ032", "Plzeňský kraj"), ("CZ041", "Karlovarský kraj"), ("CZ042", "Ústecký kraj"),
        ("CZ051", "Liberecký kraj"), ("CZ052", "Královéhradecký kraj"), ("CZ053", "Pardubický kraj"),
        ("CZ063", "Kraj Vysočina"), ("CZ064", "Jihomoravský kraj"), ("CZ071", "Olomoucký kraj"),
        ("CZ072", "Zlínský kraj"), ("CZ080", "Moravskoslezský kraj"),
    ]

    /// The countries the Europe basemap must have: the EU, EFTA, the UK, the Balkans, the east.
    static let countries = [
        "AD", "AL", "AT", "BA", "BE", "BG", "BY", "CH", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FO", "FR",
        "GB", "GG", "GI", "GR", "HR", "HU", "IE", "IM", "IS", "IT", "JE", "LI", "LT", "LU", "LV", "MC", "MD",
        "ME", "MK", "MT", "NL", "NO", "PL", "PT", "RO", "RS", "RU", "SE", "SI", "SK", "SM", "TR", "UA", "XK",
    ]

    @Test("The names are listed, and each has its info")
    func names() {
        #expect(BuiltInBasemap.names == ["cz-kraje", "europe"])
        #expect(BuiltInBasemap.info(named: "cz-kraje")?.keyField == "KOD_CZNUTS3")
        #expect(BuiltInBasemap.info(named: "europe")?.nameField == "NAZEV")
        #expect(BuiltInBasemap.info(named: "world") == nil)
    }

    @Test("cz-kraje: 14 kraje with their NUTS 3 codes, Czech names and Natural Earth names")
    func kraje() throws {
        let layer = try BuiltInBasemap.layer(named: "cz-kraje")
        #expect(layer.features.count == 14)
        #expect(layer.properties.fieldNames == ["KOD_CZNUTS3", "NAZ_CZNUTS3", "NE_NAME"])
        #expect(layer.properties.valuesOf("KOD_CZNUTS3") == Self.kraje.map { .text($0.code) })
        #expect(layer.properties.valuesOf("NAZ_CZNUTS3") == Self.kraje.map { .text($0.name) })
        #expect(layer.properties.valuesOf("NE_NAME").first == .text("Prague"))
        #expect(layer.features.map(\.id) == Self.kraje.map(\.code))
        #expect(layer.features.allSatisfy { !($0.geometry?.polygons.isEmpty ?? true) })
        #expect(layer.crs == GeoCRSInfo(crs: .wgs84, source: .assumed))
        #expect(layer.format.kind == .topojson)
        #expect(layer.format.quantized)
        #expect(layer.format.objectName == "cz-kraje")
        #expect(layer.sourceName == "built-in basemap cz-kraje")

        // Czechia spans about 12.09–18.86° E and 48.55–51.06° N.
        let bounds = try #require(layer.bounds)
        #expect(bounds.minX > 12.0 && bounds.minX < 12.2)
        #expect(bounds.maxX > 18.7 && bounds.maxX < 18.9)
        #expect(bounds.minY > 48.5 && bounds.minY < 48.6)
        #expect(bounds.maxY > 50.9 && bounds.maxY < 51.1)
    }

    /// Natural Earth models Praha as a hole in Středočeský kraj, not as an overlapping enclave.
    @Test("Praha is a hole in Středočeský kraj, and the ring they share is one inner border")
    func prahaHole() throws {
        let layer = try BuiltInBasemap.layer(named: "cz-kraje")
        let praha = try #require(layer.features[0].geometry?.polygons)
        let stredocesky = try #require(layer.features[1].geometry?.polygons)
        #expect(praha.count == 1 && praha[0].holes.isEmpty)
        #expect(stredocesky.count == 1)
        #expect(stredocesky[0].holes.count == 1)
        // The hole is Praha's outline (the same positions, in the other direction).
        #expect(Set(stredocesky[0].holes[0]) == Set(praha[0].exterior))

        let prahaBounds = try #require(layer.features[0].bounds)
        let stredoceskyBounds = try #require(layer.features[1].bounds)
        #expect(stredoceskyBounds.minX < prahaBounds.minX && prahaBounds.maxX < stredoceskyBounds.maxX)
        #expect(stredoceskyBounds.minY < prahaBounds.minY && prahaBounds.maxY < stredoceskyBounds.maxY)

        // The Old Town Square lies in Praha and, because of the hole, not in Středočeský kraj.
        let staromak = GeoPoint(x: 14.4213, y: 50.0875)
        #expect(Self.contains(praha, staromak))
        #expect(!Self.contains(stredocesky, staromak))
        #expect(Self.contains(stredocesky, GeoPoint(x: 14.7825, y: 50.0961)))  // Český Brod

        let mesh = try #require(layer.mesh)
        #expect(mesh.inner.contains { $0.features == [0, 1] })
        #expect(!mesh.outer.contains { $0.features == [0] })
    }

    @Test("cz-kraje: every kraj borders another; the mesh has the inner borders and the state border")
    func krajeMesh() throws {
        let layer = try BuiltInBasemap.layer(named: "cz-kraje")
        let mesh = try #require(layer.mesh)
        let bordering = Set(mesh.inner.flatMap(\.features))
        #expect(bordering == Set(0..<14))
        // Liberecký (6) and Královéhradecký kraj (7) share a border; Praha (0) and Zlínský (12) do not.
        #expect(mesh.inner.contains { $0.features == [6, 7] })
        #expect(!mesh.inner.contains { $0.features == [0, 12] })
        // Every kraj but Praha, Středočeský and Vysočina lies on the state border.
        let outline = Set(mesh.outer.flatMap(\.features))
        #expect(outline == Set(0..<14).subtracting([0, 1, 9]))
    }

    @Test("europe: the countries with ISO codes, English and Czech names")
    func europe() throws {
        let layer = try BuiltInBasemap.layer(named: "europe")
        #expect(layer.properties.fieldNames == ["ISO_A2", "ISO_A3", "EU_CODE", "NAME", "NAZEV", "NE_NAME"])
        // Eurostat's codes: ISO's but for Greece and the United Kingdom.
        let eurostat = Self.countries.map { $0 == "GR" ? "EL" : $0 == "GB" ? "UK" : $0 }
        #expect(layer.properties.valuesOf("EU_CODE") == eurostat.map { .text($0) })
        #expect(layer.properties.valuesOf("ISO_A2") == Self.countries.map { .text($0) })
        #expect(layer.features.map(\.id) == Self.countries)
        #expect(layer.features.allSatisfy { !($0.geometry?.polygons.isEmpty ?? true) })
        let row = try #require(Self.countries.firstIndex(of: "CZ"))
        #expect(layer.properties.valuesOf("ISO_A3")[row] == .text("CZE"))
        #expect(layer.properties.valuesOf("NAME")[row] == .text("Czechia"))
        #expect(layer.properties.valuesOf("NAZEV")[row] == .text("Česko"))
        let kosovo = try #require(Self.countries.firstIndex(of: "XK"))
        #expect(layer.properties.valuesOf("ISO_A3")[kosovo] == .text("XKX"))
        let names = layer.properties.valuesOf("NAZEV").map { "\($0)" }
        #expect(names.count == Set(names).count)
        #expect(layer.crs.crs == .wgs84)
    }

    @Test("europe frames Europe: Iceland to Cyprus, Russia cut at 45° E")
    func europeBounds() throws {
        let layer = try BuiltInBasemap.layer(named: "europe")
        let bounds = try #require(layer.bounds)
        #expect(bounds.minX > -25 && bounds.minX < -24)  // Iceland's west cape
        #expect(bounds.maxX <= 45 && bounds.maxX > 44.9)  // the cut through Russia
        #expect(bounds.minY >= 34.5 && bounds.minY < 35)  // Cyprus, Crete
        #expect(bounds.maxY <= 71.5 && bounds.maxY > 70.5)  // the North Cape

        func feature(_ iso: String) throws -> [GeoPolygon] {
            let index = try #require(Self.countries.firstIndex(of: iso))
            return try #require(layer.features[index].geometry?.polygons)
        }
        #expect(Self.contains(try feature("CZ"), GeoPoint(x: 14.42, y: 50.09)))  // Praha
        #expect(Self.contains(try feature("FI"), GeoPoint(x: 19.94, y: 60.10)))  // Mariehamn, Åland
        #expect(Self.contains(try feature("CY"), GeoPoint(x: 33.70, y: 35.25)))  // Northern Cyprus, inland
        #expect(Self.contains(try feature("UA"), GeoPoint(x: 34.10, y: 44.95)))  // Simferopol
        #expect(!Self.contains(try feature("RU"), GeoPoint(x: 34.10, y: 44.95)))
        #expect(Self.contains(try feature("RU"), GeoPoint(x: 37.62, y: 55.75)))  // Moskva
        #expect(Self.contains(try feature("RU"), GeoPoint(x: 20.51, y: 54.71)))  // Kaliningrad
        // French Guiana and the Canaries lie outside the frame.
        #expect(try feature("FR").allSatisfy { $0.exterior.allSatisfy { $0.x > -6 && $0.y > 41 } })
        #expect(try feature("ES").allSatisfy { $0.exterior.allSatisfy { $0.y > 35 } })
    }

    @Test("europe: shared borders are inner arcs, each drawn once")
    func europeMesh() throws {
        let layer = try BuiltInBasemap.layer(named: "europe")
        let mesh = try #require(layer.mesh)
        let index = { (iso: String) in Self.countries.firstIndex(of: iso) ?? -1 }
        func borders(_ a: String, _ b: String) -> Bool {
            mesh.inner.contains { $0.features == [index(a), index(b)].sorted() }
        }
        #expect(borders("CZ", "SK"))
        #expect(borders("CZ", "DE"))
        #expect(borders("CZ", "PL"))
        #expect(borders("CZ", "AT"))
        #expect(borders("FR", "ES"))
        #expect(borders("UA", "RU"))
        #expect(!borders("CZ", "HU"))
        #expect(mesh.inner.count > 80)
        #expect(Set(mesh.inner.map(\.index)).isDisjoint(with: mesh.outer.map(\.index)))
    }

    @Test("cz-kraje is valid: no ring crosses itself, no position repeats")
    func krajeValid() throws {
        let report = GeoValidation.check(try BuiltInBasemap.layer(named: "cz-kraje"))
        #expect(report == GeoValidation.Report())
    }

    /// Snapping to the 700 m grid makes a few fjord and island coasts touch or cross themselves
    /// before any simplification (the generator then keeps those rings no worse); simplification
    /// itself makes no ring cross. Drawn with the even-odd rule, the crossings are far below a pixel.
    @Test("europe: only a few coastal rings cross themselves, and only where the grid made them")
    func europeValid() throws {
        let report = GeoValidation.check(try BuiltInBasemap.layer(named: "europe"))
        let crossing = Set(report.selfCrossingFeatures.map { Self.countries[$0] })
        #expect(crossing.isSubset(of: ["DE", "DK", "FR", "IS", "NO"]))
        #expect(report.selfCrossingRings <= 6)
        #expect(report.repeatedPositions == 0)
        #expect(report.uncheckedRings == 0)
    }

    @Test("The TopoJSON stays compact: tens of kilobytes")
    func compact() {
        #expect(BuiltInBasemap.czKrajeTopoJSON.utf8.count < 20_000)
        #expect(BuiltInBasemap.europeTopoJSON.utf8.count < 100_000)
    }

    @Test("A layer is decoded once and then shared")
    func cached() throws {
        let first = try BuiltInBasemap.layer(named: "europe")
        let second = try BuiltInBasemap.layer(named: "europe")
        #expect(first == second)
    }

    @Test("An unknown name is an error with the closest name and the list")
    func unknownName() {
        #expect(
            Self.error("evropa")
                == "built-in basemaps: error: there is no built-in basemap \"evropa\"; did you mean "
                + "\"europe\"? (basemaps: \"cz-kraje\", \"europe\")")
        #expect(
            Self.error("kraje")
                == "built-in basemaps: error: there is no built-in basemap \"kraje\"; did you mean "
                + "\"cz-kraje\"? (basemaps: \"cz-kraje\", \"europe\")")
        #expect(
            Self.error("world")
                == "built-in basemaps: error: there is no built-in basemap \"world\"; "
                + "(basemaps: \"cz-kraje\", \"europe\")")
    }

    // MARK: - Helpers

    static func error(_ name: String) -> String? {
        do {
            _ = try BuiltInBasemap.layer(named: name)
            return nil
        } catch {
            return error.description
        }
    }

    /// Even-odd point in polygon over all rings, so holes exclude whatever their winding.
    static func contains(_ polygons: [GeoPolygon], _ point: GeoPoint) -> Bool {
        polygons.contains { polygon in
            var inside = false
            for ring in polygon.rings {
                for (a, b) in zip(ring, ring.dropFirst())
                where (a.y > point.y) != (b.y > point.y)
                    && point.x < a.x + (point.y - a.y) * (b.x - a.x) / (b.y - a.y)
                {
                    inside.toggle()
                }
            }
            return inside
        }
    }
}

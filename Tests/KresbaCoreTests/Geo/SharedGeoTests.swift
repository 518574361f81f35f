import Foundation
import Testing

@testable import KresbaCore

/// Reads the real Czech boundaries in `../shared/data/geo` (see its SOURCES.md). The folder is not part of
/// the repository, so these tests are skipped, visibly, where it is absent.
@Suite("Shared Czech boundary files")
struct SharedGeoTests {
    /// Features per file, from the tables in SOURCES.md.
    static let expectedFeatures: [String: Int] = [
        "cz_kraje.topo.json": 14, "cz_kraje.geojson": 14, "cz_kraje_epsg3857.geojson": 14,
        "cz_kraje_ris3.geojson": 14, "cz_okresy.topo.json": 77, "cz_okresy.geojson": 77,
        "cz_okresy_epsg3857.geojson": 77, "cz_okresy_ris3.geojson": 77, "cz_orp.topo.json": 206,
        "cz_orp.geojson": 206, "cz_orp_epsg3857.geojson": 206, "cz_orp_ruian_sldb2021.geojson": 206,
        "lbk_kraj.geojson": 1, "lbk_okresy.geojson": 4, "lbk_orp.geojson": 10,
        "lbk_orp_ruian_sldb2021.geojson": 10,
        "lbk_obce.geojson": 215, "lbk_obce_body.geojson": 215, "lbk_orp_z_obci.geojson": 10,
        "lbk_okresy_z_obci.geojson": 4, "lbk_kraj_z_obci.geojson": 1, "lbk_obce_sjtsk.geojson": 215,
        "lbk_orp_z_obci_sjtsk.geojson": 10, "lbk_okresy_z_obci_sjtsk.geojson": 4,
        "lbk_kraj_z_obci_sjtsk.geojson": 1,
        "lbk_okresy_sjtsk.geojson": 4,
    ]

    @Test("Report whether the shared boundaries are present")
    func reportAvailability() {
        if let folder = GeoTestSupport.sharedGeo {
            print("Shared geometry tests use \(folder.path)")
        } else {
            print("SKIPPED: shared geometry tests: ../shared/data/geo not found next to the package")
        }
    }

    @Test(
        "Every file reads with the feature count SOURCES.md states and the right coordinate system",
        .enabled(if: GeoTestSupport.sharedAvailable))
    func everyFile() throws {
        let folder = try #require(GeoTestSupport.sharedGeo)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(names.count == Self.expectedFeatures.count)
        for name in names {
            let layer = try GeoTestSupport.shared(name)
            #expect(layer.features.count == Self.expectedFeatures[name], "\(name)")
            #expect(layer.properties.rowCount == layer.features.count, "\(name)")
            #expect(layer.features.allSatisfy { $0.geometry != nil }, "\(name)")
            let expected: GeoCRS =
                name.contains("sjtsk") ? .sjtsk : name.contains("epsg3857") ? .webMercator : .wgs84
            #expect(layer.crs.crs == expected, "\(name)")
        }
    }

    @Test(
        "Kraje, okresy and ORP TopoJSON: objects, arcs and the shared-border mesh",
        .enabled(if: GeoTestSupport.sharedAvailable),
        arguments: [
            ("cz_kraje.topo.json", "kraje", 40, 27, 13, false),
            ("cz_okresy.topo.json", "okresy", 230, 192, 38, false),
            ("cz_orp.topo.json", "orp", 627, 565, 62, true),
        ])
    func topologies(name: String, object: String, arcs: Int, inner: Int, outer: Int, quantized: Bool) throws {
        let layer = try GeoTestSupport.shared(name)
        #expect(layer.format.objectName == object)
        #expect(layer.format.arcCount == arcs)
        #expect(layer.format.quantized == quantized)
        let mesh = try #require(layer.mesh)
        #expect(mesh.inner.count == inner)
        #expect(mesh.outer.count == outer)
        #expect(mesh.inner.allSatisfy { $0.features.count == 2 })
        #expect(layer.crs == GeoCRSInfo(crs: .wgs84, source: .assumed))
    }

    @Test(
        "Decoding the TopoJSON gives the positions of the GeoJSON derived from it (to its 6 decimals)",
        .enabled(if: GeoTestSupport.sharedAvailable),
        arguments: [
            ("cz_kraje.topo.json", "cz_kraje.geojson"), ("cz_okresy.topo.json", "cz_okresy.geojson"),
            ("cz_orp.topo.json", "cz_orp.geojson"),
        ])
    func topologyMatchesGeoJSON(topology: String, geojson: String) throws {
        let decoded = try GeoTestSupport.shared(topology)
        let reference = try GeoTestSupport.shared(geojson)
        #expect(decoded.features.count == reference.features.count)
        var largest = 0.0
        for (ours, theirs) in zip(decoded.features, reference.features) {
            let ourRings = ours.geometry?.polygons.flatMap(\.rings) ?? []
            let theirRings = theirs.geometry?.polygons.flatMap(\.rings) ?? []
            #expect(ourRings.map(\.count) == theirRings.map(\.count))
            for (ourRing, theirRing) in zip(ourRings, theirRings) {
                for (a, b) in zip(ourRing, theirRing) {
                    largest = max(largest, abs(a.x - b.x), abs(a.y - b.y))
                }
            }
        }
        #expect(largest <= 0.5e-6 + 1e-12)
        // The derived GeoJSON keeps the topology's properties (and the ORP file adds some).
        let differing = decoded.properties.fieldNames.filter {
            decoded.properties.valuesOf($0) != reference.properties.valuesOf($0)
        }
        #expect(differing.isEmpty)
        #expect(!decoded.properties.fields.isEmpty)
    }

    @Test(
        "Praha is a hole in Středočeský kraj, and Praha's own polygon fills it",
        .enabled(if: GeoTestSupport.sharedAvailable), arguments: ["cz_kraje.geojson", "cz_kraje.topo.json"])
    func prahaHole(name: String) throws {
        let layer = try GeoTestSupport.shared(name)
        let names = layer.properties.valuesOf("NAZ_CZNUTS3")
        let stredocesky = try #require(names.firstIndex(of: .text("Středočeský kraj")))
        let praha = try #require(names.firstIndex(of: .text("Hlavní město Praha")))
        let polygon = try #require(layer.features[stredocesky].geometry?.polygons.first)
        #expect(polygon.holes.count == 1)
        #expect(polygon.exterior.count == 137)
        let hole = try #require(polygon.holes.first)
        let prahaRing = try #require(layer.features[praha].geometry?.polygons.first?.exterior)
        #expect(GeoBounds(hole) == GeoBounds(prahaRing))
        #expect(Set(hole) == Set(prahaRing))
        // Winding is not normalised: whatever the file says stays.
        #expect(layer.properties.valuesOf("KOD_CZNUTS3")[stredocesky] == .text("CZ020"))
    }

    @Test(
        "Liberec obce: one enclave, codes stay text, S-JTSK twin with negative metres",
        .enabled(if: GeoTestSupport.sharedAvailable))
    func liberecObce() throws {
        let obce = try GeoTestSupport.shared("lbk_obce.geojson")
        #expect(
            obce.features.filter { !($0.geometry?.polygons.allSatisfy(\.holes.isEmpty) ?? true) }.count == 1)
        #expect(obce.properties.typeOf("KOD_OBEC") == .text)
        #expect(obce.properties.typeOf("KOD_LAU1") == .text)
        #expect(obce.properties.typeOf("POCET_OBYV_2020") == .integer)
        let total = obce.properties.valuesOf("POCET_OBYV_2020").compactMap(\.numberValue).reduce(0, +)
        #expect(total == 442_476)
        #expect(obce.bounds == GeoBounds(minX: 14.34321, minY: 50.47381, maxX: 15.632692, maxY: 51.022828))

        let sjtsk = try GeoTestSupport.shared("lbk_obce_sjtsk.geojson")
        #expect(sjtsk.crs == GeoCRSInfo(crs: .sjtsk, source: .declared("urn:ogc:def:crs:EPSG::5514")))
        #expect(
            sjtsk.bounds
                == GeoBounds(minX: -739_604.24, minY: -1_008_823.4, maxX: -650_976.06, maxY: -945_554.65))
        #expect(sjtsk.format.positionCount == obce.format.positionCount)

        let points = try GeoTestSupport.shared("lbk_obce_body.geojson")
        #expect(points.geometryTypeCounts.map(\.type) == ["Point"])
    }

    @Test(
        "Projected and declared systems: EPSG:3857 guessed, EPSG:4326 and CRS84 declared",
        .enabled(if: GeoTestSupport.sharedAvailable))
    func systems() throws {
        let mercator = try GeoTestSupport.shared("cz_kraje_epsg3857.geojson")
        #expect(mercator.crs == GeoCRSInfo(crs: .webMercator, source: .inferred))
        let census = try GeoTestSupport.shared("cz_orp_ruian_sldb2021.geojson")
        #expect(census.crs == GeoCRSInfo(crs: .wgs84, source: .declared("EPSG:4326")))
        #expect(census.format.positionCount == 73_520)
        #expect(census.properties.fields.count > 60)
        #expect(census.features.allSatisfy { $0.id != nil })
        let crs84 = try GeoTestSupport.shared("lbk_orp_ruian_sldb2021.geojson")
        #expect(crs84.crs == GeoCRSInfo(crs: .wgs84, source: .declared("urn:ogc:def:crs:OGC:1.3:CRS84")))
    }

    @Test(
        "The self-intersecting RIS3 layers still load: invalid shapes are drawable, not unreadable",
        .enabled(if: GeoTestSupport.sharedAvailable))
    func invalidButReadable() throws {
        let kraje = try GeoTestSupport.shared("cz_kraje_ris3.geojson")
        #expect(kraje.properties.fieldNames == ["nazev", "nutslau", "kod", "populace_2021"])
        #expect(kraje.properties.valuesOf("nazev").first == .text("Hl. m. Praha"))
        let okresy = try GeoTestSupport.shared("cz_okresy_ris3.geojson")
        #expect(okresy.geometryTypeCounts.map(\.count).reduce(0, +) == 77)
    }
}

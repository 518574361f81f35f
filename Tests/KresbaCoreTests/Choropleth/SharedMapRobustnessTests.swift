import Foundation
import KresbaScene
import Testing

@testable import KresbaCore

/// Every file in `../shared/data/geo` becomes a map without a crash: valid and self-intersecting
/// polygons, holes in either winding, S-JTSK and Web Mercator with and without a `crs` member, points.
@Suite struct SharedMapRobustnessTests {
    static let files: [String] =
        GeoTestSupport.sharedGeo.flatMap { try? FileManager.default.contentsOfDirectory(atPath: $0.path) }?
        .filter { $0.hasSuffix(".json") || $0.hasSuffix(".geojson") }.sorted() ?? []

    @Test func reportAvailability() {
        if GeoTestSupport.sharedGeo == nil {
            print("SKIPPED: shared map robustness tests: ../shared/data/geo not found next to the package")
        }
    }

    @Test(.enabled(if: GeoTestSupport.sharedAvailable), arguments: files)
    func everyFileRendersAsAMap(_ name: String) throws {
        let folder = try #require(GeoTestSupport.sharedGeo)
        let bytes = try [UInt8](Data(contentsOf: folder.appendingPathComponent(name)))
        let layer = try GeoReader.read(bytes, sourceName: name)
        // A value every region has: the feature's row number, so each file shows all its regions.
        let geo = "{ url: \"\(folder.appendingPathComponent(name).path)\", key: \(Self.key(layer)) }"
        let rows =
            layer.properties.field(named: Self.key(layer))?.values.enumerated()
            .map { "{ k: \"\($0.element.categoryText)\", v: \($0.offset) }" } ?? []
        let yaml = """
            type: choropleth
            title: \(name)
            data: { values: [ \(rows.joined(separator: ", ")) ] }
            geo: \(geo)
            join: { data: k }
            value: v
            classes: { method: jenks, count: 5 }
            labels: { field: \(Self.key(layer)) }

            """
        let output = try ChartCompiler(dataRoots: [folder]).compile(
            Array(yaml.utf8), file: "\(name).yaml", baseURL: folder, measurer: FixedAdvanceMeasurer())
        let regions = output.scene.nodes.compactMap { node -> Group? in
            if case .group(let g) = node, g.role == "regions" { return g }
            return nil
        }
        guard case .shapes(let shapes)? = regions.first?.children.first else {
            Issue.record("no regions in the scene")
            return
        }
        #expect(shapes.count == layer.features.count)
        // Every coordinate drawn is finite and on the canvas.
        #expect(
            shapes.points.allSatisfy { q in
                q.x.isFinite && q.y.isFinite && q.x >= 0 && q.y >= 0 && q.x <= 800 && q.y <= 500
            })
    }

    /// The first property whose values are all different (a code), else the first property.
    static func key(_ layer: GeoLayer) -> String {
        let fields = layer.properties.fields
        return fields.first { Set($0.values.map(\.categoryText)).count == layer.features.count }?.name
            ?? fields.first?.name ?? "id"
    }
}

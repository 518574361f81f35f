import Foundation
import KresbaScene
import Testing

@testable import KresbaCore

/// Maps compiled end to end from geometry written in the test: joins and their warnings, holes,
/// borders drawn once, projections chosen from the coordinate system, labels that never overlap.
@Suite struct MapChartTests {
    /// Two unit squares side by side (A, B) and a square C with a hole, in longitude/latitude near Liberec;
    /// C's outer ring and hole wind the same way, as files sometimes do.
    static let geojson = """
        {"type":"FeatureCollection","features":[
        {"type":"Feature","properties":{"kod":"A","nazev":"Alfa"},"geometry":{"type":"Polygon","coordinates":
          [[[15.0,50.0],[15.0,50.5],[15.5,50.5],[15.5,50.0],[15.0,50.0]]]}},
        {"type":"Feature","properties":{"kod":"B","nazev":"Beta"},"geometry":{"type":"Polygon","coordinates":
          [[[15.5,50.0],[15.5,50.5],[16.0,50.5],[16.0,50.0],[15.5,50.0]]]}},
        {"type":"Feature","properties":{"kod":"C","nazev":"Gama"},"geometry":{"type":"Polygon","coordinates":
          [[[14.0,50.0],[14.0,50.5],[14.5,50.5],[14.5,50.0],[14.0,50.0]],
           [[14.2,50.2],[14.2,50.3],[14.3,50.3],[14.3,50.2],[14.2,50.2]]]}}
        ]}
        """

    /// Compiles `yaml` in a temporary folder holding `geo.geojson`.
    static func compile(_ yaml: String, geo: String = geojson) throws -> ChartCompiler.Output {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kresba-map-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try geo.write(to: folder.appendingPathComponent("geo.geojson"), atomically: true, encoding: .utf8)
        return try ChartCompiler().compile(
            Array(yaml.utf8), file: "m.yaml", baseURL: folder, measurer: FixedAdvanceMeasurer())
    }

    static func group(_ role: String, in scene: Scene) -> [Node] {
        for case .group(let g) in scene.nodes where g.role == role { return g.children }
        return []
    }

    /// The regions: one shape set in the "regions" group.
    static func regions(in scene: Scene) -> ShapeSet {
        let nodes = group("regions", in: scene)
        guard nodes.count == 1, case .shapes(let shapes) = nodes[0] else {
            Issue.record("the regions are not one shape set: \(nodes)")
            return ShapeSet(points: [], ringEnds: [], shapeEnds: [], fills: [])
        }
        return shapes
    }

    @Test func joinWarnsAboutUnmatchedCodesOnBothSides() throws {
        let output = try Self.compile(
            """
            type: choropleth
            data: { values: [ { k: A, v: 1 }, { k: B, v: 2 }, { k: X, v: 3 }, { k: Y, v: 4 } ] }
            geo: { url: geo.geojson, key: kod }
            join: { data: k }
            value: v

            """)
        let warnings = output.warnings.map(\.message)
        #expect(warnings.contains("2 of 4 rows match no region by k = kod: X, Y"))
        #expect(warnings.contains("1 of 3 regions have no row in the data (drawn as no data): C"))
        // C has no value: hatched, and the legend explains the hatch.
        let fills = Self.regions(in: output.scene).fills
        #expect(fills.count == 3)
        if case .hatch = fills[2] {} else { Issue.record("region without data is not hatched: \(fills[2])") }
        let legendTexts = Self.group("legend", in: output.scene).compactMap { node -> String? in
            if case .text(let t) = node { return t.text }
            return nil
        }
        #expect(legendTexts.contains("bez dat"))
    }

    @Test func unmatchedCodesNameThePropertyThatHasThem() throws {
        // Eurostat writes Greece EL and the United Kingdom UK; the europe basemap has them in EU_CODE.
        func spec(_ key: String) -> String {
            "type: choropleth\n"
                + "data: { values: [ { geo: CZ, v: 1 }, { geo: EL, v: 2 }, { geo: UK, v: 3 }, { geo: DE, v: 4 } ] }\n"
                + "geo: { basemap: europe, key: \(key) }\njoin: { data: geo }\nvalue: v\nmissing: { label: mimo data }\n"
        }
        let iso = try Self.compile(spec("ISO_A2")).warnings.map(\.message)
        #expect(
            iso == [
                "2 of 4 rows match no region by geo = ISO_A2: EL, UK; the geometry's property EU_CODE has "
                    + "all of them: set key: EU_CODE in geo"
            ])
        #expect(try Self.compile(spec("EU_CODE")).warnings.isEmpty)
        // Codes that no property has get no hint.
        let typo = try Self.compile(
            "type: choropleth\ndata: { values: [ { k: A, v: 1 }, { k: Q, v: 2 } ] }\n"
                + "geo: { url: geo.geojson, key: kod }\njoin: { data: k }\nvalue: v\nmissing: { label: x }\n"
        ).warnings.map(\.message)
        #expect(typo == ["1 of 2 rows match no region by k = kod: Q"])
    }

    @Test func codesAreComparedAsText() throws {
        let geo = Self.geojson.replacingOccurrences(of: "\"kod\":\"A\"", with: "\"kod\":\"0513\"")
        let output = try Self.compile(
            "type: choropleth\ndata: { values: [ { k: \"0513\", v: 1 } ] }\ngeo: { url: geo.geojson, key: kod }\n"
                + "join: { data: k }\nvalue: v\n", geo: geo)
        #expect(!output.warnings.contains { $0.message.contains("rows match no region") })
    }

    @Test func holesStayHolesWhateverTheWinding() throws {
        let geo = Self.geojson.replacingOccurrences(of: "\"nazev\"", with: "\"v\":1,\"nazev\"")
        let output = try Self.compile("type: choropleth\ndata: geo.geojson\nvalue: v\n", geo: geo)
        let regions = Self.regions(in: output.scene)
        let paths = (0..<regions.count).map(regions.path(of:))
        #expect(paths.count == 3)
        #expect(paths.allSatisfy { $0.evenOddFill })
        // Gama: two closed subpaths, the hole included.
        #expect(paths[2].elements.filter { $0 == .close }.count == 2)
    }

    @Test func sharedBordersAreDrawnOnce() throws {
        let layer = try GeoReader.read(Array(Self.geojson.utf8), sourceName: "g.geojson")
        let (inner, outer) = MapGeometry.derivedMesh(layer) { Point($0.x, $0.y) }
        // A and B share one edge; everything else is outline (C's hole too).
        #expect(inner.count == 1)
        #expect(
            inner[0] == [Point(15.5, 50.0), Point(15.5, 50.5)]
                || inner[0] == [Point(15.5, 50.5), Point(15.5, 50.0)])
        #expect(outer.joined().count >= 12)
    }

    @Test func evenOddContainmentKeepsTheHoleEmpty() throws {
        let layer = try GeoReader.read(Array(Self.geojson.utf8), sourceName: "g.geojson")
        let projection = MapProjection.make(
            .identity, bounds: layer.bounds ?? GeoBounds(minX: 0, minY: 0, maxX: 1, maxY: 1))
        let geometry = MapGeometry.fit(
            layer, projection: projection, box: Rect(x: 0, y: 0, width: 400, height: 100), padding: 0)
        let hole = geometry.toScene(GeoPoint(x: 14.25, y: 50.25))
        let ring = geometry.toScene(GeoPoint(x: 14.1, y: 50.1))
        #expect(!geometry.contains(hole, feature: 2))
        #expect(geometry.contains(ring, feature: 2))
        // The label point of Gama avoids its hole.
        let (pole, _) = try #require(PoleOfInaccessibility.find(geometry.rings[2]))
        #expect(geometry.contains(pole, feature: 2))
    }

    @Test func wgs84InCzechiaDefaultsToKrovakAndProjectedDataIsDrawnAsItIs() throws {
        let reader = SpecReader(file: "m.yaml")
        let layer = try GeoReader.read(Array(Self.geojson.utf8), sourceName: "g.geojson")
        let (spec, _) = try ChartSpec.read(
            try SpecParser.parse(Array("type: choropleth\ndata: g.geojson\nvalue: v\n".utf8), file: "m.yaml"),
            file: "m.yaml")
        guard case .choropleth(let map) = spec.kind else { return }
        #expect(MapGeometry.projection(for: map, layer: layer, reader: reader).kind == .krovak)
        let sjtsk = """
            {"type":"FeatureCollection","features":[{"type":"Feature","properties":{"v":1},"geometry":{"type":"Polygon",
            "coordinates":[[[-700000,-1000000],[-690000,-1000000],[-690000,-990000],[-700000,-1000000]]]}}]}
            """
        let projected = try GeoReader.read(Array(sjtsk.utf8), sourceName: "s.geojson")
        #expect(MapGeometry.projection(for: map, layer: projected, reader: reader).kind == .identity)
        // North up: the larger northing is drawn higher.
        let geometry = MapGeometry.fit(
            projected, projection: .make(.identity, bounds: try #require(projected.bounds)),
            box: Rect(x: 0, y: 0, width: 100, height: 100))
        #expect(
            geometry.toScene(GeoPoint(x: -695000, y: -990000)).y
                < geometry.toScene(GeoPoint(x: -695000, y: -1000000)).y)
    }

    @Test func labelsNeverOverlapAndTheLargestWins() throws {
        let candidates = [
            MapLabels.Candidate(lines: ["Malá"], anchor: Point(100, 100), priority: 5, fill: nil),
            MapLabels.Candidate(lines: ["Velká obec"], anchor: Point(110, 104), priority: 20, fill: nil),
            MapLabels.Candidate(lines: ["Daleko"], anchor: Point(300, 100), priority: 1, fill: nil),
        ]
        let placed = try MapLabels.place(
            candidates, avoid: [], bounds: Rect(x: 0, y: 0, width: 400, height: 200), max: nil,
            theme: .default,
            measurer: FixedAdvanceMeasurer())
        let texts = placed.nodes.compactMap { node -> String? in
            if case .text(let t) = node { return t.text }
            return nil
        }
        #expect(texts == ["Velká obec", "Daleko"])
        for (i, a) in placed.boxes.enumerated() {
            for b in placed.boxes[(i + 1)...] { #expect(!a.intersects(b)) }
        }
    }

    @Test func labelsThatWouldReachOutMoveOrBreakToStayInside() throws {
        let bounds = Rect(x: 0, y: 0, width: 400, height: 200)
        func place(_ text: String, at anchor: Point, in region: Rect) throws -> (
            lines: [String], boxes: [Rect]
        ) {
            let placed = try MapLabels.place(
                [
                    MapLabels.Candidate(
                        lines: [text], anchor: anchor, priority: 1, fill: nil,
                        contains: { p in
                            p.x >= region.x && p.x <= region.x + region.width && p.y >= region.y
                                && p.y <= region.y + region.height
                        })
                ],
                avoid: [], bounds: bounds, max: nil, theme: .default, measurer: FixedAdvanceMeasurer())
            let lines = placed.nodes.compactMap { node -> String? in
                if case .text(let t) = node { return t.text }
                return nil
            }
            return (lines, placed.boxes)
        }
        // Too wide on one line (about 93 px in a 70 px region): "Liberecký" over "kraj", inside.
        let narrow = Rect(x: 65, y: 60, width: 70, height: 80)
        let broken = try place("Liberecký kraj", at: Point(100, 100), in: narrow)
        #expect(broken.lines == ["Liberecký", "kraj"])
        #expect(broken.boxes.allSatisfy { narrow.contains($0) })
        // Near the region's top edge: moved down half a line, still one line.
        let wide = Rect(x: 100, y: 100, width: 200, height: 60)
        let moved = try place("Liberecký kraj", at: Point(200, 104), in: wide)
        #expect(moved.lines == ["Liberecký kraj"])
        #expect(moved.boxes.allSatisfy { wide.contains($0) })
        // Where nothing fits, the label stays at its pole on one line, reaching over.
        let tiny = Rect(x: 95, y: 95, width: 10, height: 10)
        let over = try place("Liberecký kraj", at: Point(100, 100), in: tiny)
        #expect(over.lines == ["Liberecký kraj"])
        #expect(abs((over.boxes.first.map { $0.x + $0.width / 2 } ?? 0) - 100) < 1e-9)
    }

    @Test func labelsMoveOffSymbolsAndStayInTheirRegion() throws {
        let inside = Rect(x: 0, y: 0, width: 400, height: 200)
        let circle = MapLabels.Circle(centre: Point(100, 100), radius: 20)
        func place(_ contains: @escaping (Point) -> Bool) throws -> [Rect] {
            try MapLabels.place(
                [
                    MapLabels.Candidate(
                        lines: ["Liberec"], anchor: Point(100, 100), priority: 1, fill: nil,
                        contains: contains)
                ],
                avoid: [], circles: [circle], bounds: inside, max: nil, theme: .default,
                measurer: FixedAdvanceMeasurer()
            ).boxes
        }
        // Below the circle when the region reaches there, with a gap of 2.
        let below = try #require(try place { _ in true }.first)
        #expect(abs(below.y - 122) < 1e-9)
        #expect(!circle.overlaps(below))
        // Above it when below leaves the region.
        let above = try #require(try place { $0.y < 100 }.first)
        #expect(abs(above.y + above.height - 78) < 1e-9)
        // Below it still when neither is in the region (a small region's label spills over).
        #expect(try place { _ in false }.first?.y == below.y)
        // Left out when neither fits on the map.
        let low = MapLabels.Circle(centre: Point(100, 100), radius: 90)
        let none = try MapLabels.place(
            [MapLabels.Candidate(lines: ["Liberec"], anchor: Point(100, 100), priority: 1, fill: nil)],
            avoid: [], circles: [low], bounds: inside, max: nil, theme: .default,
            measurer: FixedAdvanceMeasurer())
        #expect(none.boxes.isEmpty)
        // Dots too small to hide a label are no obstacle.
        let dot = MapLabels.Circle(centre: Point(100, 100), radius: MapLabels.Circle.minimumObstacle - 1)
        let over = try MapLabels.place(
            [MapLabels.Candidate(lines: ["Liberec"], anchor: Point(100, 100), priority: 1, fill: nil)],
            avoid: [], circles: [dot], bounds: inside, max: nil, theme: .default,
            measurer: FixedAdvanceMeasurer())
        #expect(over.boxes.map { $0.y + $0.height / 2 } == [100])
        // A label clear of every circle stays where it is.
        let clear = try MapLabels.place(
            [MapLabels.Candidate(lines: ["Děčín"], anchor: Point(300, 100), priority: 1, fill: nil)],
            avoid: [], circles: [circle], bounds: inside, max: nil, theme: .default,
            measurer: FixedAdvanceMeasurer())
        #expect(clear.boxes.map { $0.x + $0.width / 2 } == [300])
    }

    @Test func basemapsSayNotYet() {
        #expect(throws: KresbaError.self) {
            _ = try Self.compile(
                "type: choropleth\ndata: geo.geojson\ngeo: { basemap: cz-kraje, key: kod }\njoin: { data: kod }\nvalue: v\n"
            )
        }
    }

    @Test func transformsOnGeometryAsDataKeepRowsInLine() throws {
        let geo = Self.geojson.replacingOccurrences(of: "\"nazev\"", with: "\"a\":2,\"b\":4,\"nazev\"")
        let ok = try Self.compile(
            "type: choropleth\ndata: geo.geojson\ntransform:\n  - { calculate: per, field: a, per: b, as: podil }\n"
                + "value: podil\n", geo: geo)
        #expect(ok.warnings.isEmpty)
        do {
            _ = try Self.compile(
                "type: choropleth\ndata: geo.geojson\ntransform:\n  - filter: { field: a, gte: 1 }\nvalue: a\n",
                geo: geo)
            Issue.record("a filter without a join should fail")
        } catch let error as KresbaError {
            #expect(error.description.contains("need a join to find each row's region"), "\(error)")
        }
    }

    @Test func legendTakesACornerThatCoversNoRegion() throws {
        let layer = try GeoReader.read(Array(Self.geojson.utf8), sourceName: "g.geojson")
        let data = MapData(
            layer: layer, derived: LayerDerivations(), values: [1, 2, 3], keys: ["A", "B", "C"], context: [],
            highlighted: [],
            rows: [0, 1, 2])
        let projection = MapProjection.make(.identity, bounds: try #require(layer.bounds))
        let legend = MapLegend(size: (120, 80), draw: { _ in [] })
        // A tall box: the wide map leaves room above and below it.
        let body = Rect(x: 0, y: 0, width: 400, height: 400)
        let (geometry, origin) = ChoroplethChart.place(
            .auto, legend: legend, body: body, data: data, projection: projection)
        let corner = try #require(origin)
        #expect(!geometry.covers(Rect(x: corner.x, y: corner.y, width: 120, height: 80)))
        #expect(geometry.frame.width > 390)  // the map kept the full width
        // A box the map fills: no corner is free, so the legend goes beside the map.
        let (beside, at) = ChoroplethChart.place(
            .auto, legend: legend, body: Rect(x: 0, y: 0, width: 400, height: 50), data: data,
            projection: projection)
        #expect(try #require(at).x >= beside.frame.maxX)
    }

    @Test func aTextFieldIsAnErrorThatShowsSomeValues() {
        do {
            _ = try Self.compile("type: choropleth\ndata: geo.geojson\nvalue: nazev\n")
            Issue.record("a text value should fail")
        } catch let error as KresbaError {
            #expect(
                error.description.hasPrefix(
                    "m.yaml#/value: error: \"nazev\" holds text (Alfa, Beta, Gama, …), not numbers"),
                "\(error)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

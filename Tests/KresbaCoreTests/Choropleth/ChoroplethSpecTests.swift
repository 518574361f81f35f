import Foundation
import KresbaScene
import Testing

@testable import KresbaCore

/// Reading choropleth specs: the vocabulary, defaults, and the exact messages of mistakes.
@Suite struct ChoroplethSpecTests {
    private func read(_ yaml: String) throws(KresbaError) -> (ChartSpec, [Diagnostic]) {
        let root = try SpecParser.parse(Array(yaml.utf8), file: "m.yaml")
        return try ChartSpec.read(root, file: "m.yaml")
    }

    private func messages(_ yaml: String) -> [String] {
        do {
            return try read(yaml).1.map(\.description)
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func theFullVocabularyReads() throws {
        let (spec, warnings) = try read(
            """
            type: choropleth
            data: data/orp.csv
            geo: { url: geo/orp.topo.json, object: orp, key: KOD_ORP }
            join: { data: kod }
            value: { field: podil, format: "0.0", title: Podíl (%) }
            classes: { method: jenks, count: 6, round: true }
            colors: { scheme: RdBu, midpoint: 10 }
            projection: krovak
            missing: { label: bez údajů }
            highlight: ["5105"]
            context: [CZ0100]
            labels: { field: NAZ_ORP, values: true, max: 12 }
            symbols: { field: obyvatel, max: 30 }
            legend: { position: right }

            """)
        #expect(warnings.isEmpty)
        guard case .choropleth(let map) = spec.kind else {
            Issue.record("not a map")
            return
        }
        #expect(
            map.geo == .file(url: "geo/orp.topo.json", object: "orp", specPath: SpecPath(["geo", "url"])))
        #expect(map.join?.data.name == "kod")
        #expect(map.join?.geo?.name == "KOD_ORP")
        #expect(map.classes == ClassesSpec(method: .jenks, count: 6, breaks: [], round: true))
        #expect(map.colors.scheme == "rdbu" && map.colors.midpoint == 10)
        #expect(map.projection == .krovak)
        #expect(map.highlight == ["5105"] && map.context == ["CZ0100"])
        #expect(map.labels == MapLabelsSpec(field: map.labels?.field, values: true, max: 12))
        #expect(map.symbols?.maxRadius == 30)
        #expect(map.legend.position == .right)
    }

    @Test func geometryAsTheDataNeedsNoJoin() throws {
        let (spec, _) = try read("type: choropleth\ndata: geo/kraje.geojson\nvalue: obyvatel\n")
        guard case .choropleth(let map) = spec.kind else {
            Issue.record("not a map")
            return
        }
        #expect(map.geo == .data)
        #expect(map.join == nil)
        #expect(map.classes == .default)
    }

    @Test func mistakesArePinned() {
        #expect(
            messages("type: choropleth\ndata: a.csv\ngeo: g.geojson\nvalue: v\n") == [
                "m.yaml#: error: missing key \"join\": say which table field matches which geometry property, "
                    + "e.g. join: {data: kod, geo: KOD_ORP}\n    --> m.yaml:1:1"
            ])
        #expect(
            messages("type: choropleth\ndata: a.geojson\nvalue: v\nclasses: { method: jenk }\n") == [
                "m.yaml#/classes/method: error: unknown value \"jenk\"; did you mean \"jenks\"? (expected one of: "
                    + "quantile, equal, jenks, custom, unclassed)\n    --> m.yaml:4:20"
            ])
        let scheme = messages("type: choropleth\ndata: a.geojson\nvalue: v\ncolors: blue\n")
        #expect(
            scheme.first?.hasPrefix("m.yaml#/colors: error: unknown value \"blue\"; did you mean \"blues\"?")
                == true)
        #expect(
            messages("type: choropleth\ndata: a.geojson\nvalue: v\nclasses: { method: custom }\n") == [
                "m.yaml#/classes: error: method custom needs \"breaks\": [10, 20, 30]\n    --> m.yaml:4:10"
            ])
        #expect(
            messages("type: choropleth\ndata: a.geojson\nvalue: v\nclasses: { breaks: [3, 1] }\n") == [
                "m.yaml#/classes/breaks: error: breaks must be in ascending order\n    --> m.yaml:4:20"
            ])
        let typo = messages("type: choropleth\ndata: a.geojson\nvalue: v\nprojektion: krovak\n")
        #expect(
            typo.first?.hasPrefix(
                "m.yaml#/projektion: error: unknown key \"projektion\"; did you mean \"projection\"?") == true
        )
        #expect(
            messages("type: choropleth\ndata: a.geojson\n") == [
                "m.yaml#: error: missing key \"value\" (the field whose numbers colour the regions)\n    --> m.yaml:1:1"
            ])
    }
}

import Foundation
import KresbaScene
import Testing

@testable import KresbaCore

/// Whole pictograms laid out with a fake measurer: how many icons, which are clipped and where,
/// that icons stay in the chart, and the errors that only the data can reveal.
@Suite struct PictogramChartTests {
    private func compile(_ yaml: String) throws -> ChartCompiler.Output {
        try ChartCompiler().compile(
            Array(yaml.utf8), file: "p.yaml", baseURL: URL(fileURLWithPath: "/nonexistent"),
            measurer: FixedAdvanceMeasurer())
    }

    private func errors(_ yaml: String) -> [String] {
        do {
            _ = try compile(yaml)
            return []
        } catch let error as KresbaError {
            return error.diagnostics.map { $0.description.components(separatedBy: "\n")[0] }
        } catch {
            return ["\(error)"]
        }
    }

    /// The icons of a scene: each icon group with its placement transform.
    private func icons(_ scene: Scene) -> [Group] {
        for case .group(let g) in scene.nodes where g.role == "icons" {
            return g.children.compactMap { if case .group(let icon) = $0 { icon } else { nil } }
        }
        return []
    }

    /// The clip rectangles inside one icon.
    private func clips(_ icon: Group) -> [Rect] {
        icon.children.compactMap { if case .group(let g) = $0 { g.clip } else { nil } }
    }

    /// An icon's box on the canvas (its 24-unit-tall view box, transformed).
    private func frame(_ icon: Group, width: Double) -> Rect {
        let t = icon.transform
        return Rect(x: t.tx, y: t.ty, width: width * t.a, height: 24 * t.d)
    }

    static let twoCategories = """
        data:
          values:
            - { kategorie: třídí, podil: 70.4 }
            - { kategorie: netřídí, podil: 29.6 }
        category: kategorie
        value: podil

        """

    @Test func roundedGridHasOneHundredWholeIcons() throws {
        let output = try compile("type: pictogram\n" + Self.twoCategories)
        let icons = icons(output.scene)
        #expect(icons.count == 100)
        #expect(icons.allSatisfy { clips($0).isEmpty })
        #expect(output.warnings.isEmpty)
        #expect(output.scene.metadata.description.contains("třídí: 70,4 (70,4\u{A0}%)"))
    }

    @Test func exactGridSplitsTheSeventyFirstIcon() throws {
        let output = try compile("type: pictogram\npartial: true\n" + Self.twoCategories)
        let icons = icons(output.scene)
        #expect(icons.count == 100)
        let split = icons.filter { !clips($0).isEmpty }
        #expect(split.count == 1)
        // The person icon's view box is 10 wide: 40 % of it is 4 units.
        #expect(split.first.map { abs((clips($0).first?.maxX ?? 0) - 4) < 1e-9 } == true)
        // It is the 71st icon: row 7 (from 0), column 0 of a 10 x 10 grid filled from the top left.
        let first = frame(icons[0], width: 10)
        let seventyFirst = frame(try #require(split.first), width: 10)
        #expect(abs(seventyFirst.x - first.x) < 1e-9 && seventyFirst.y > first.y)
    }

    @Test func iconsStayVectors() throws {
        // Partial icons are outlines under a clip rectangle: no raster anywhere in the scene.
        func images(_ nodes: [Node]) -> Int {
            nodes.reduce(0) { n, node in
                switch node {
                case .group(let g): n + images(g.children)
                case .image: n + 1
                default: n
                }
            }
        }
        for layout in ["grid", "rows", "single"] {
            let scene = try compile(
                "type: pictogram\npartial: true\nlayout: \(layout)\n" + Self.twoCategories
            ).scene
            #expect(images(scene.nodes) == 0)
            #expect(!icons(scene).isEmpty)
        }
    }

    @Test func gridIconsStayInsideTheChart() throws {
        for size in ["300x200", "800x500", "400x900"] {
            let scene = try compile(
                "type: pictogram\ntitle: Odpad\nsize: \(size)\nlabels: true\n" + Self.twoCategories
            )
            .scene
            for icon in icons(scene) {
                let f = frame(icon, width: 10)
                #expect(f.x >= 0 && f.y >= 0 && f.maxX <= scene.width + 1e-9 && f.maxY <= scene.height + 1e-9)
            }
        }
    }

    @Test func isotypeRowsCutTheLastIconInProportion() throws {
        let output = try compile(
            """
            type: pictogram
            layout: rows
            data:
              values:
                - { orp: Liberec, obyvatel: 144998 }
                - { orp: Železný Brod, obyvatel: 11702 }
            category: orp
            value: obyvatel
            unit: { value: 10000, label: obyvatel }
            """)
        let icons = icons(output.scene)
        #expect(icons.count == 15 + 2)
        let partial = icons.filter { !clips($0).isEmpty }
        #expect(partial.count == 2)
        #expect(abs((clips(partial[0]).first?.maxX ?? 0) - 4.998) < 1e-9)
        #expect(abs((clips(partial[1]).first?.maxX ?? 0) - 1.702) < 1e-9)
        #expect(output.scene.metadata.description.contains("1 ikona = 10\u{A0}000 obyvatel"))
        let labels = texts(output.scene)
        #expect(labels.contains("144\u{A0}998") && labels.contains("Železný Brod"))
        for icon in icons {
            #expect(frame(icon, width: 10).maxX <= output.scene.width - 20 + 1e-9)
        }
    }

    @Test func singleIconFillsUpToItsShare() throws {
        let output = try compile(
            """
            type: pictogram
            layout: single
            data: { values: [{ skupina: senioři, obyvatel: 91158, celkem: 435220 }] }
            category: skupina
            value: obyvatel
            total: celkem
            icon: senior
            """)
        let icon = try #require(icons(output.scene).first)
        let clip = try #require(clips(icon).first)
        // Filled from the bottom: the clip starts at 24 × (1 − share) in the view box.
        #expect(abs(clip.y - 24 * (1 - 91158.0 / 435220)) < 1e-9)
        #expect(texts(output.scene).contains("20,9\u{A0}%"))
    }

    @Test func englishUnitKeyAndNumbers() throws {
        let output = try compile(
            "type: pictogram\nlocale: en\nlayout: rows\nunit: { value: 1000, label: people }\n"
                + "data: { values: [{ a: x, n: 12345 }] }\ncategory: a\nvalue: n\n")
        #expect(texts(output.scene).contains("1 icon = 1,000 people"))
        #expect(texts(output.scene).contains("12,345"))
    }

    private func texts(_ scene: Scene) -> [String] {
        var result: [String] = []
        func walk(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .group(let g): walk(g.children)
                case .text(let t): result.append(t.text)
                default: break
                }
            }
        }
        walk(scene.nodes)
        return result
    }

    // MARK: - Errors the data reveals

    @Test func unknownFieldsSuggestTheNearestOne() {
        #expect(
            errors("type: pictogram\ndata: { values: [{ a: x, n: 1 }] }\ncategory: b\nvalue: mn\n") == [
                "p.yaml#/value: error: unknown field \"mn\"; did you mean \"n\"? (fields: a, n)",
                "p.yaml#/category: error: unknown field \"b\"; did you mean \"a\"? (fields: a, n)",
            ])
    }

    @Test func negativeAndTextValues() {
        #expect(
            errors("type: pictogram\ndata: { values: [{ a: x, n: -1 }] }\ncategory: a\nvalue: n\n") == [
                "p.yaml#/value: error: field \"n\" has the negative value -1.0 in row 1 of p.yaml (inline values); "
                    + "icons can only count amounts of zero or more"
            ])
        #expect(
            errors("type: pictogram\ndata: { values: [{ a: x, n: hodně }] }\ncategory: a\nvalue: n\n") == [
                "p.yaml#/value: error: field \"n\" must hold numbers, but \"hodně\" in row 1 of p.yaml (inline values) "
                    + "is not a number"
            ])
    }

    @Test func totalSmallerThanTheValues() {
        #expect(
            errors("type: pictogram\ntotal: 90\n" + Self.twoCategories) == [
                "p.yaml#/total: error: the values add up to 100, more than the total 90"
            ])
    }

    @Test func gridTooSmallForTheUnit() {
        #expect(
            errors("type: pictogram\nunit: 1\ngrid: { columns: 10, rows: 5 }\n" + Self.twoCategories) == [
                "p.yaml#/grid/rows: error: the grid of 10 x 5 icons holds 50, but the values need 100 at 1 icon = 1; "
                    + "add rows or choose a larger unit"
            ])
    }

    @Test func unknownIconInTheData() {
        #expect(
            errors(
                "type: pictogram\nicon: { field: i }\ndata: { values: [{ a: x, n: 1, i: hause }] }\ncategory: a\nvalue: n\n"
            )
            .first?.hasPrefix(
                "p.yaml#/icon/field: error: unknown icon \"hause\" in row 1 of p.yaml (inline values); did you mean "
                    + "\"house\"?") == true)
    }

    @Test func shareAboveTheTotal() {
        #expect(
            errors(
                "type: pictogram\nlayout: single\ndata: { values: [{ a: x, n: 120 }] }\ncategory: a\nvalue: n\n"
            ) == [
                "p.yaml#/value: error: the value 120 of \"x\" is more than its total 100; an icon can be filled at most once"
            ])
    }

    @Test func zeroTotalOfASingleIcon() {
        #expect(
            errors(
                "type: pictogram\nlayout: single\ntotal: t\ndata: { values: [{ a: x, n: 0, t: 0 }] }\ncategory: a\nvalue: n\n"
            )
                == [
                    "p.yaml#/total: error: the total of \"x\" is zero; an icon can only be filled to a share of more than nothing"
                ])
    }

    @Test func crowdedLabelsAreWarnings() throws {
        let rows = (1...40).map { "{ a: obec \($0), n: \($0) }" }.joined(separator: ", ")
        let many = try compile(
            "type: pictogram\nlayout: rows\nsize: 400x300\ndata: { values: [\(rows)] }\ncategory: a\nvalue: n\n"
        )
        #expect(
            many.warnings.map(\.message).first?.hasPrefix(
                "40 rows leave ") == true)
        #expect(many.warnings.first?.message.contains("px each, too little for their labels") == true)
        let grid = try compile(
            "type: pictogram\nlabels: true\nsize: 400x200\ndata: { values: [\(rows)] }\ncategory: a\nvalue: n\n"
        )
        #expect(
            grid.warnings.map(\.message) == [
                "the labels of 40 categories do not fit beside the grid; make the chart taller or use the legend "
                    + "(labels: false)"
            ])
    }

    @Test func rowsNeedingTooManyIcons() {
        #expect(
            errors(
                "type: pictogram\nlayout: rows\nunit: 1\ndata: { values: [{ a: x, n: 5000 }] }\ncategory: a\nvalue: n\n"
            )
                == [
                    "p.yaml#/unit: error: at 1 icon = 1 the longest row needs 5000 icons, more than 1000; choose a larger unit"
                ])
    }
}

/// The pictogram Gallery covers every form the chart type has.
@Suite struct PictogramGalleryCoverageTests {
    @Test func everyFormHasAGalleryEntry() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent(
                "Gallery/pictogram")
        let specs = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter {
            $0.hasSuffix(".yaml")
        }
        #expect(specs.count >= 8)
        let texts = try specs.map {
            try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
        for needle in [
            "layout: rows", "layout: single", "partial: true", "icons:", "locale: en", "labels: true",
            "order: columns", "start: top-right", "icon: { field:",
        ] {
            #expect(texts.contains { $0.contains(needle) }, "no Gallery pictogram has \(needle)")
        }
        #expect(texts.contains { !$0.contains("layout:") || $0.contains("layout: grid") })
    }
}

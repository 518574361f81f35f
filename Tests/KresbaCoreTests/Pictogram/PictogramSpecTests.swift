import Foundation
import KresbaScene
import Testing

@testable import KresbaCore

/// Reading pictogram specs: defaults, and the exact messages of mistakes, with their pointers.
@Suite struct PictogramSpecTests {
    static let data = """
        data:
          values:
            - { kategorie: třídí, podil: 70.4 }
            - { kategorie: netřídí, podil: 29.6 }
        category: kategorie
        value: podil

        """

    private func read(_ yaml: String) throws(KresbaError) -> (ChartSpec, [Diagnostic]) {
        let root = try SpecParser.parse(Array(yaml.utf8), file: "p.yaml")
        return try ChartSpec.read(root, file: "p.yaml")
    }

    /// Every message of a spec that must fail, or the warnings of one that reads.
    private func messages(_ yaml: String) -> [String] {
        do {
            return try read(yaml).1.map(\.description)
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func theSketchFromTheDesignReads() throws {
        let (spec, warnings) = try read(
            "type: pictogram\nlayout: grid\ngrid: { columns: 10, rows: 10 }\nicon: household\npartial: true\n"
                + Self.data)
        #expect(warnings.isEmpty)
        guard case .pictogram(let p) = spec.kind else {
            Issue.record("not a pictogram")
            return
        }
        #expect(p.layout == .grid)
        #expect(p.grid == GridSpec(columns: 10, rows: 10, order: .rows, start: .topLeft))
        #expect(p.icon == .named("household"))
        #expect(p.partial == true)
        #expect(p.category?.name == "kategorie" && p.value.name == "podil")
        #expect(p.empty == PictogramSpec.defaultEmpty)
    }

    @Test func defaults() throws {
        let (spec, _) = try read("type: pictogram\n" + Self.data)
        guard case .pictogram(let p) = spec.kind else { return }
        #expect(p.layout == .grid && p.icon == .named("person") && p.partial == nil && p.unit == nil)
        #expect(p.labels == nil && p.legend.position == .top && p.sort == .data && p.colors.isEmpty)
    }

    @Test func unknownIconSuggestsTheNearestName() {
        let m = messages("type: pictogram\nicon: persn\n" + Self.data)
        #expect(m.count == 1)
        #expect(
            m.first?.hasPrefix(
                "p.yaml#/icon: error: unknown icon \"persn\"; did you mean \"person\"? (icons: person, man,")
                == true)
        #expect(m.first?.hasSuffix("or define one under \"icons\")\n    --> p.yaml:2:7") == true)
    }

    @Test func malformedCustomPathNamesThePointerAndTheCharacter() {
        let m = messages(
            """
            type: pictogram
            icons:
              klic: { path: "M2 2 L 10 x 4", viewBox: "0 0 24 24" }
            icon: klic

            """ + Self.data)
        #expect(
            m == [
                "p.yaml#/icons/klic/path: error: malformed path data at character 11: expected a number for \"L\", "
                    + "found \"x\"\n    --> p.yaml:3:17"
            ])
    }

    @Test func inlineCustomIconNeedsAViewBox() {
        let m = messages(
            "type: pictogram\nicon: { path: \"M0 0 L1 1 Z\", viewbox: \"0 0 1 1\" }\n" + Self.data)
        #expect(m.count == 2)
        #expect(m[0].hasPrefix("p.yaml#/icon: error: missing key \"viewBox\" (the area the path is drawn in"))
        #expect(
            m[1].hasPrefix("p.yaml#/icon/viewbox: error: unknown key \"viewbox\"; did you mean \"viewBox\"?"))
    }

    @Test func badViewBox() {
        let m = messages(
            "type: pictogram\nicon: { path: \"M0 0 L1 1 Z\", viewBox: \"0 0 -1 1\" }\n" + Self.data)
        #expect(
            m.first?.hasPrefix(
                "p.yaml#/icon/viewBox: error: expected a view box of four numbers, min-x min-y width height, with a "
                    + "positive width and height, like \"0 0 24 24\"") == true)
    }

    @Test func gridSizesAreWholeNumbersInRange() {
        let m = messages("type: pictogram\ngrid: { columns: 0, rows: 2.5, start: topleft }\n" + Self.data)
        #expect(m.count == 3)
        #expect(
            m[0].hasPrefix("p.yaml#/grid/columns: error: 0 is out of range; expected a number from 1 to 100"))
        #expect(m[1].hasPrefix("p.yaml#/grid/rows: error: expected a whole number of icons"))
        #expect(
            m[2].hasPrefix(
                "p.yaml#/grid/start: error: unknown value \"topleft\"; did you mean \"top-left\"? (expected one of: "
                    + "top-left, top-right, bottom-left, bottom-right)"))
    }

    @Test func layoutTypoAndMissingValue() {
        let m = messages("type: pictogram\nlayout: row\ndata: a.csv\ncategory: orp\n")
        #expect(m.count == 2)
        // Messages come in reading order; the missing key belongs to the document's start.
        #expect(
            m[0].hasPrefix(
                "p.yaml#: error: missing key \"value\" (the field with the numbers the icons show)"))
        #expect(m[1].hasPrefix("p.yaml#/layout: error: unknown value \"row\"; did you mean \"rows\"?"))
    }

    @Test func keysTheLayoutDoesNotUseAreWarnings() {
        let m = messages("type: pictogram\nlayout: single\ngrid: { columns: 5 }\nunit: 1000\n" + Self.data)
        #expect(
            m.map { $0.components(separatedBy: "\n")[0] } == [
                "p.yaml#/grid: warning: \"grid\" applies to layout grid, not single; it is ignored",
                "p.yaml#/unit: warning: \"unit\" applies to layout grid and rows, not single; it is ignored",
            ])
    }

    @Test func unitAndTotalMustBePositive() {
        let m = messages("type: pictogram\nunit: { value: 0, label: obyvatel }\ntotal: -5\n" + Self.data)
        #expect(m.count == 2)
        #expect(m[0].hasPrefix("p.yaml#/unit/value: error: one icon must stand for more than zero"))
        #expect(m[1].hasPrefix("p.yaml#/total: error: the total must be more than zero"))
    }

    @Test func colorsAndLabels() throws {
        let (spec, _) = try read(
            "type: pictogram\ncolor: [\"#0072B2\", \"#E69F00\"]\nempty: false\nlabels: { content: value, format: \"0.0\" }\n"
                + Self.data)
        guard case .pictogram(let p) = spec.kind else { return }
        #expect(p.colors == [Color(rgb: 0x0072B2), Color(rgb: 0xE69F00)])
        #expect(p.empty == nil)
        #expect(p.labels?.content == .value && p.labels?.shown == true)
        let m = messages(
            "type: pictogram\ncolor: [\"#0072B2\", blue]\nlabels: { content: podil }\n" + Self.data)
        #expect(m.count == 2)
        #expect(m[0].hasPrefix("p.yaml#/color/1: error: expected a colour like \"#0072B2\""))
        #expect(m[1].hasPrefix("p.yaml#/labels/content: error: unknown value \"podil\""))
    }

    @Test func pictogramIsNoLongerAPlannedType() {
        #expect(!ChartSpec.plannedTypes.contains("pictogram"))
        #expect(ChartSpec.chartTypes.map(\.name).contains("pictogram"))
    }
}

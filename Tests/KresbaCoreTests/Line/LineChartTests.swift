import Foundation
import KresbaScene
import Testing

@testable import KresbaCore

/// Line charts laid out with a fixed-advance measurer: no Cairo needed.
@Suite struct LineChartTests {
    private func scene(_ yaml: String) throws -> (Scene, [Diagnostic]) {
        let output = try ChartCompiler().compile(
            Array(yaml.utf8), file: "t.yaml", baseURL: URL(fileURLWithPath: "/nonexistent"),
            measurer: FixedAdvanceMeasurer())
        return (output.scene, output.warnings)
    }

    private func marks(_ scene: Scene) -> [PathNode] {
        func collect(_ nodes: [Node], inMarks: Bool) -> [PathNode] {
            nodes.flatMap { node -> [PathNode] in
                switch node {
                case .group(let g): return collect(g.children, inMarks: inMarks || g.role == "marks")
                case .path(let p): return inMarks ? [p] : []
                default: return []
                }
            }
        }
        return collect(scene.nodes, inMarks: false)
    }

    private func texts(_ scene: Scene) -> [String] {
        func collect(_ nodes: [Node]) -> [String] {
            nodes.flatMap { node -> [String] in
                switch node {
                case .group(let g): return collect(g.children)
                case .text(let t): return [t.text]
                default: return []
                }
            }
        }
        return collect(scene.nodes)
    }

    @Test func missingValuesBreakTheLineAndALonePointIsADot() throws {
        let (scene, warnings) = try scene(
            """
            type: line
            data: { values: [ {m: "2024-01", v: 1}, {m: "2024-02", v: null}, {m: "2024-03", v: 3}, {m: "2024-04", v: 4} ] }
            x: m
            y: v
            """)
        #expect(warnings.isEmpty)
        let paths = marks(scene)
        let dots = paths.filter { $0.fill != nil && $0.stroke == nil }
        let lines = paths.filter { $0.stroke != nil }
        #expect(dots.count == 1)
        #expect(lines.count == 1)
        // The line runs from March to April only: two points, never down to zero in February.
        #expect(lines.first?.path.elements.count == 2)
    }

    @Test func monthsOnTheAxisAreCzechAndTheYearAppearsOnce() throws {
        let (scene, _) = try scene(
            """
            type: line
            data: { values: [ {m: "2023-11", v: 1}, {m: "2023-12", v: 2}, {m: "2024-01", v: 3}, {m: "2024-02", v: 4} ] }
            x: m
            y: v
            size: 800x400
            """)
        let labels = texts(scene)
        #expect(labels.contains("lis"))
        #expect(labels.contains("led"))
        #expect(labels.filter { $0 == "2024" }.count == 1)
        #expect(labels.filter { $0 == "2023" }.count == 1)
    }

    @Test func seriesGetDirectLabelsWhenTheyFit() throws {
        let (scene, _) = try scene(
            """
            type: line
            data: { values: [ {r: 2020, s: A, v: 1}, {r: 2021, s: A, v: 2}, {r: 2020, s: B, v: 10}, {r: 2021, s: B, v: 20} ] }
            x: r
            y: v
            color: s
            """)
        func group(_ role: String, _ nodes: [Node]) -> Group? {
            for node in nodes {
                if case .group(let g) = node {
                    if g.role == role { return g }
                    if let inner = group(role, g.children) { return inner }
                }
            }
            return nil
        }
        let names = group("series-labels", scene.nodes)?.children.compactMap { node -> String? in
            if case .text(let t) = node { return t.text }
            return nil
        }
        #expect(names == ["A", "B"])
        #expect(group("legend", scene.nodes) == nil)
        // Years on the axis are written without a thousands separator.
        #expect(texts(scene).contains("2020"))
    }

    @Test func specProblemsAreReportedWithPointers() {
        func errors(_ yaml: String) -> [String] {
            do {
                _ = try scene(yaml)
                return []
            } catch let error as KresbaError {
                return error.diagnostics.map(\.description)
            } catch {
                return ["\(error)"]
            }
        }
        let stacked = errors("type: line\ndata: { values: [ {a: 1, b: 2} ] }\nx: a\ny: b\nstack: zero\n")
        #expect(stacked.first?.hasPrefix("t.yaml#/stack: error: only areas stack") == true)
        let annotation = errors(
            "type: line\ndata: { values: [ {a: 1, b: 2} ] }\nx: a\ny: b\nannotations: [ {text: hi} ]\n")
        #expect(annotation.first?.hasPrefix("t.yaml#/annotations/0: error: an annotation needs x") == true)
        let log = errors(
            "type: line\ndata: { values: [ {a: 1, b: 2} ] }\nx: a\ny: {field: b, scale: logarithmic}\n")
        #expect(log.first?.hasPrefix("t.yaml#/y/scale: error: unknown value \"logarithmic\"") == true)
        let textValues = errors("type: line\ndata: { values: [ {a: 1, b: x} ] }\nx: a\ny: b\n")
        #expect(textValues.first?.contains("must hold numbers") == true)
    }

    @Test func annotationsOffTheAxisAreWarnings() throws {
        let (_, warnings) = try scene(
            """
            type: line
            data: { values: [ {m: "2024-01", v: 1}, {m: "2024-02", v: 2} ] }
            x: m
            y: v
            annotations: [ {x: "leden", text: začátek} ]
            """)
        #expect(warnings.map(\.description).first?.contains("is not on the x axis") == true)
    }

    @Test func aWideTableMakesOneSeriesPerField() throws {
        let (scene, warnings) = try scene(
            """
            type: line
            data: { values: [ {rok: 2020, Liberec: 1, Semily: 3}, {rok: 2021, Liberec: 2, Semily: 2} ] }
            x: rok
            y: [Liberec, Semily]
            """)
        #expect(warnings.isEmpty)
        #expect(texts(scene).contains("Liberec"))
        #expect(texts(scene).contains("Semily"))
        #expect(marks(scene).filter { $0.stroke != nil }.count == 2)
    }
}

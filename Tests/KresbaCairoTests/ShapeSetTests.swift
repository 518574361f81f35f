import Foundation
import KresbaScene
import Testing

@testable import KresbaCairo

/// A shape set draws exactly what a filled path node per shape draws, in every format.
@Suite("Shape sets")
struct ShapeSetTests {
    /// Three shapes: a square with a hole (wound the same way), a shape with a two-point ring that
    /// draws nothing and a triangle, and an empty shape; solid, hatched and translucent fills.
    static let shapes = ShapeSet(
        points: [
            Point(10, 10), Point(90, 10), Point(90, 90), Point(10, 90), Point(10, 10),
            Point(30, 30), Point(70, 30), Point(70, 70), Point(30, 70), Point(30, 30),
            Point(100, 10), Point(120, 10),
            Point(100, 20), Point(150, 60), Point(110, 90), Point(100, 20),
        ],
        ringEnds: [5, 10, 12, 16],
        shapeEnds: [2, 4, 4],
        fills: [
            .solid(Color(rgb: 0x2166AC)),
            .hatch(
                Hatch(
                    color: Color(rgb: 0x444444), background: Color(rgb: 0xEEEEEE), spacing: 4, lineWidth: 1,
                    angle: 45)),
            .solid(Color(rgb: 0xB2182B, alpha: 0.5)),
        ])

    func scene(_ nodes: [Node]) -> Scene {
        var scene = Scene(width: 160, height: 100)
        scene.nodes = [.group(Group(children: nodes, role: "regions"))]
        return scene
    }

    @Test("Paths, rings and bounds of each shape")
    func geometry() {
        let shapes = Self.shapes
        #expect(shapes.count == 3)
        #expect(shapes.path(of: 0).elements.filter { $0 == .close }.count == 2)
        #expect(shapes.path(of: 0).evenOddFill)
        // The two-point ring draws nothing; the triangle does.
        #expect(shapes.path(of: 1).elements.count == 5)
        #expect(shapes.path(of: 2).elements.isEmpty)
        #expect(shapes.bounds(of: 1) == Rect(x: 100, y: 20, width: 50, height: 70))
        #expect(shapes.bounds(of: 2) == nil)
    }

    @Test("The same bytes as a path node per shape, in PNG, SVG and PDF")
    func sameAsPathNodes() throws {
        let shapes = Self.shapes
        let paths: [Node] = (0..<shapes.count).map {
            .path(PathNode(path: shapes.path(of: $0), fill: shapes.fills[$0]))
        }
        let backend = try Fixtures.backend
        let a = scene([.shapes(shapes)])
        let b = scene(paths)
        #expect(try backend.png(a, scale: 2) == backend.png(b, scale: 2))
        #expect(try backend.svg(a) == backend.svg(b))
        let date = Date(timeIntervalSince1970: 0)
        #expect(try backend.pdf(a, creationDate: date) == backend.pdf(b, creationDate: date))
    }
}

import Foundation
import KresbaCairo
import KresbaCore
import KresbaScene
import Testing

/// Reader-level checks on every Gallery scene, measured with the real fonts: no text is clipped
/// by the canvas and no two lines of text overlap.
@Suite struct LayoutChecks {
    /// A line of text with the box it covers on the canvas.
    struct PlacedText {
        var text: String
        var corners: [Point]
        var box: Rect
        var rotated: Bool
    }

    static func placedTexts(in scene: Scene, measurer: PangoTextMeasurer) throws -> [PlacedText] {
        var result: [PlacedText] = []
        func walk(_ nodes: [Node], _ transform: KresbaScene.AffineTransform) throws {
            for node in nodes {
                switch node {
                case .group(let g): try walk(g.children, transform.concatenating(g.transform))
                case .text(let t):
                    let m = try measurer.measure(t.text, font: t.font)
                    let x0: Double
                    switch t.anchor {
                    case .start: x0 = 0
                    case .middle: x0 = -m.width / 2
                    case .end: x0 = -m.width
                    }
                    let angle = t.rotation * .pi / 180
                    let local = [
                        Point(x0, -m.ascent), Point(x0 + m.width, -m.ascent), Point(x0 + m.width, m.descent),
                        Point(x0, m.descent),
                    ]
                    let corners = local.map { p in
                        transform.apply(
                            Point(
                                t.position.x + p.x * cos(angle) - p.y * sin(angle),
                                t.position.y + p.x * sin(angle) + p.y * cos(angle)))
                    }
                    let xs = corners.map(\.x)
                    let ys = corners.map(\.y)
                    let box = Rect(
                        x: xs.min() ?? 0, y: ys.min() ?? 0, width: (xs.max() ?? 0) - (xs.min() ?? 0),
                        height: (ys.max() ?? 0) - (ys.min() ?? 0))
                    result.append(
                        PlacedText(text: t.text, corners: corners, box: box, rotated: t.rotation != 0))
                case .path, .shapes, .image: break
                }
            }
        }
        try walk(scene.nodes, .identity)
        return result
    }

    static func scene(_ entry: GalleryEntry) throws -> (Scene, PangoTextMeasurer) {
        let fonts = try FontLibrary(directories: [GalleryEntry.fonts])
        let measurer = try PangoTextMeasurer(fonts: fonts)
        let bytes = try [UInt8](Data(contentsOf: entry.spec))
        let output = try ChartCompiler().compile(
            bytes, file: entry.spec.lastPathComponent, baseURL: entry.spec.deletingLastPathComponent(),
            measurer: measurer)
        return (output.scene, measurer)
    }

    @Test(arguments: GalleryEntry.all)
    func textStaysOnTheCanvas(_ entry: GalleryEntry) throws {
        let (scene, measurer) = try Self.scene(entry)
        let canvas = Rect(x: 0, y: 0, width: scene.width, height: scene.height)
        let texts = try Self.placedTexts(in: scene, measurer: measurer)
        #expect(!texts.isEmpty)
        for t in texts {
            #expect(
                canvas.contains(t.box, tolerance: 0.5), "\(entry): \"\(t.text)\" leaves the canvas: \(t.box)")
        }
    }

    @Test(arguments: GalleryEntry.all)
    func textNeverOverlaps(_ entry: GalleryEntry) throws {
        let (scene, measurer) = try Self.scene(entry)
        let texts = try Self.placedTexts(in: scene, measurer: measurer)
        // Line boxes include the font's leading; half a pixel of touching is not an overlap.
        func shrunk(_ r: Rect) -> Rect {
            Rect(x: r.x + 0.5, y: r.y + 0.5, width: r.width - 1, height: r.height - 1)
        }
        for i in texts.indices where !texts[i].rotated {
            for j in texts.indices where j > i && !texts[j].rotated {
                #expect(
                    !shrunk(texts[i].box).intersects(shrunk(texts[j].box)),
                    "\(entry): \"\(texts[i].text)\" overlaps \"\(texts[j].text)\"")
            }
        }
        // Rotated labels are parallel: compare them along their shared direction.
        let rotated = texts.filter(\.rotated).sorted { $0.box.x < $1.box.x }
        for (a, b) in zip(rotated, rotated.dropFirst()) {
            // Distance between the parallel baselines, measured perpendicular to them.
            let dx = b.corners[3].x - a.corners[3].x
            let dy = b.corners[3].y - a.corners[3].y
            let along = (a.corners[1].x - a.corners[0].x, a.corners[1].y - a.corners[0].y)
            let length = (along.0 * along.0 + along.1 * along.1).squareRoot()
            let normal = (-along.1 / length, along.0 / length)
            let height =
                ((a.corners[3].x - a.corners[0].x) * normal.0 + (a.corners[3].y - a.corners[0].y) * normal.1)
            #expect(
                abs(dx * normal.0 + dy * normal.1) >= abs(height) - 1,
                "\(entry): rotated \"\(a.text)\" overlaps \"\(b.text)\"")
        }
    }

    @Test func overlapsAndClippingAreDetected() throws {
        let fonts = try FontLibrary(directories: [GalleryEntry.fonts])
        let measurer = try PangoTextMeasurer(fonts: fonts)
        let font = Font(family: "Inter", size: 12)
        let scene = Scene(
            width: 100, height: 50,
            nodes: [
                .text(TextNode(text: "Česká Lípa", font: font, color: .black, position: Point(10, 20))),
                .text(TextNode(text: "Semily", font: font, color: .black, position: Point(30, 24))),
                .text(
                    TextNode(text: "Jablonec nad Nisou", font: font, color: .black, position: Point(90, 45))),
            ])
        let texts = try Self.placedTexts(in: scene, measurer: measurer)
        #expect(texts[0].box.intersects(texts[1].box))
        #expect(!texts[0].box.intersects(texts[2].box))
        #expect(!Rect(x: 0, y: 0, width: 100, height: 50).contains(texts[2].box))
    }
}

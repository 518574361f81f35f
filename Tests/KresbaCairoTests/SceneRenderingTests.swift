import Foundation
import KresbaScene
import Testing

@testable import KresbaCairo

@Suite struct SceneRenderingTests {
    typealias Pixel = RGBAImage.Pixel
    let white = Pixel(red: 255, green: 255, blue: 255)
    let blue = Pixel(red: 0x1F, green: 0x77, blue: 0xB4)

    func render(_ nodes: [Node], width: Double = 200, height: Double = 100, scale: Double = 1) throws
        -> RGBAImage
    {
        let png = try Fixtures.backend.png(Scene(width: width, height: height, nodes: nodes), scale: scale)
        if let valid = try Fixtures.pngcheck(png) { #expect(valid, "pngcheck rejected the output") }
        return try RGBAImage.decodePNG(png)
    }

    @Test func rectangleFillAndStroke() throws {
        let image = try render([
            .path(
                PathNode(
                    path: .rect(Rect(x: 20, y: 20, width: 100, height: 50)),
                    fill: .solid(Color(rgb: 0x1F77B4)),
                    stroke: Stroke(color: .black, width: 4)))
        ])
        #expect(image.width == 200 && image.height == 100)
        #expect(image.pixel(x: 70, y: 45) == blue)
        #expect(image.pixel(x: 20, y: 45) == Pixel(red: 0, green: 0, blue: 0))  // on the stroke
        #expect(image.pixel(x: 150, y: 45) == white)
        #expect(image.pixel(x: 5, y: 5) == white)
    }

    @Test func circleIsRound() throws {
        let image = try render([
            .path(
                PathNode(
                    path: .circle(center: Point(100, 50), radius: 40), fill: .solid(Color(rgb: 0x1F77B4))))
        ])
        #expect(image.pixel(x: 100, y: 50) == blue)
        #expect(image.pixel(x: 100, y: 12) == blue)  // just inside the top
        #expect(image.pixel(x: 64, y: 14) == white)  // bounding-box corner is outside the circle
        #expect(image.pixel(x: 136, y: 86) == white)
    }

    @Test func evenOddFillLeavesTheHole() throws {
        let outer = Path.rect(Rect(x: 10, y: 10, width: 80, height: 80)).elements
        let inner = Path.rect(Rect(x: 30, y: 30, width: 40, height: 40)).elements
        let fill = Paint.solid(Color(rgb: 0x1F77B4))
        let image = try render([
            .path(PathNode(path: Path(outer + inner, evenOddFill: true), fill: fill)),
            .path(PathNode(path: Path((outer + inner).map(shifted(100)), evenOddFill: false), fill: fill)),
        ])
        #expect(image.pixel(x: 20, y: 50) == blue)
        #expect(image.pixel(x: 50, y: 50) == white)  // even-odd: hole
        #expect(image.pixel(x: 150, y: 50) == blue)  // non-zero with same winding: filled
    }

    private func shifted(_ dx: Double) -> (Path.Element) -> Path.Element {
        { element in
            switch element {
            case .move(let p): return .move(Point(p.x + dx, p.y))
            case .line(let p): return .line(Point(p.x + dx, p.y))
            case .curve(let a, let b, let p):
                return .curve(Point(a.x + dx, a.y), Point(b.x + dx, b.y), Point(p.x + dx, p.y))
            case .close: return .close
            }
        }
    }

    @Test func dashedStrokeHasGaps() throws {
        let image = try render([
            .path(
                PathNode(
                    path: .line(from: Point(0, 50), to: Point(200, 50)),
                    stroke: Stroke(color: .black, width: 4, dash: [10, 10])))
        ])
        #expect(image.pixel(x: 5, y: 50) == Pixel(red: 0, green: 0, blue: 0))
        #expect(image.pixel(x: 15, y: 50) == white)
        #expect(image.pixel(x: 25, y: 50) == Pixel(red: 0, green: 0, blue: 0))
    }

    @Test func invalidDashIsACairoError() throws {
        let error = #expect(throws: BackendError.self) {
            try render([
                .path(
                    PathNode(
                        path: .line(from: Point(0, 0), to: Point(10, 10)),
                        stroke: Stroke(color: .black, dash: [-1, 2])))
            ])
        }
        #expect(error?.description == "cairo error: invalid value for a dash setting while drawing a path")
    }

    @Test func textWithHaloDrawsOutlineAndGlyphs() throws {
        let image = try render([
            .path(
                PathNode(
                    path: .rect(Rect(x: 0, y: 0, width: 200, height: 100)), fill: .solid(Color(rgb: 0x1F77B4))
                )),
            .text(
                TextNode(
                    text: "Ř", font: Fixtures.inter(60, .bold), color: .white, position: Point(100, 80),
                    anchor: .middle,
                    halo: Stroke(color: .black, width: 6))),
        ])
        var whiteCount = 0, blackCount = 0
        for y in 0..<100 {
            for x in 0..<200 {
                let p = image.pixel(x: x, y: y)
                if p == white { whiteCount += 1 }
                if p == Pixel(red: 0, green: 0, blue: 0) { blackCount += 1 }
            }
        }
        #expect(whiteCount > 100, "glyph fill is drawn on top of the halo")
        #expect(blackCount > 100, "halo is visible around the glyph")
        // Centred on x = 100: the ink is balanced around the anchor.
        let ink = try #require(Fixtures.inkBounds(image, background: blue))
        #expect(abs(Double(ink.minX + ink.maxX) / 2 - 100) < 3)
        // Baseline at y = 80: a capital's ink (plus the halo) ends there.
        #expect(abs(ink.maxY - 83) <= 2, "ink bottom \(ink.maxY)")
    }

    @Test func rotatedTextRunsUpwardsFromItsAnchor() throws {
        let font = Fixtures.inter(16)
        let text = "Počet obyvatel"
        let width = try PangoTextMeasurer(fonts: try Fixtures.library).measure(text, font: font).width
        let image = try render(
            [.text(TextNode(text: text, font: font, color: .black, position: Point(50, 150), rotation: -90))],
            width: 100, height: 200)
        let ink = try #require(Fixtures.inkBounds(image))
        // Turned 90° counter-clockwise: the line goes up from y = 150, glyphs stand left of x = 50.
        #expect(ink.maxY <= 151 && ink.maxY >= 146)
        #expect(
            abs(Double(150 - ink.minY) - width) < 3, "vertical extent \(150 - ink.minY) vs width \(width)")
        #expect(ink.maxX <= 54 && ink.minX >= 50 - 17)
    }

    @Test func endAnchorPutsTheLineBeforeThePoint() throws {
        let image = try render([
            .text(
                TextNode(
                    text: "Kč 1 234,5", font: Fixtures.inter(16), color: .black, position: Point(150, 60),
                    anchor: .end))
        ])
        let ink = try #require(Fixtures.inkBounds(image))
        #expect(ink.maxX <= 150 && ink.maxX >= 146)
    }

    @Test func hatchDrawsLinesOnTheBackgroundInsideTheShapeOnly() throws {
        let red = Pixel(red: 255, green: 0, blue: 0)
        let cream = Pixel(red: 255, green: 238, blue: 221)
        let image = try render([
            .path(
                PathNode(
                    path: .rect(Rect(x: 20, y: 20, width: 60, height: 60)),
                    fill: .hatch(
                        Hatch(
                            color: Color(rgb: 0xFF0000), background: Color(rgb: 0xFFEEDD), spacing: 10,
                            lineWidth: 3))))
        ])
        var reds = 0, creams = 0, outside = 0
        for y in 0..<100 {
            for x in 0..<200 {
                let p = image.pixel(x: x, y: y)
                let inside = (20..<80).contains(x) && (20..<80).contains(y)
                if inside, p == red { reds += 1 }
                if inside, p == cream { creams += 1 }
                if !inside, p != white { outside += 1 }
            }
        }
        #expect(reds > 300 && creams > 1000, "reds \(reds), creams \(creams)")
        #expect(outside == 0)
        // 45°, rising to the right: a falling diagonal crosses every line, a rising one none.
        func changes(_ point: (Int) -> (x: Int, y: Int)) -> Int {
            let lineColoured = (0..<60).map { t -> Bool in
                let p = image.pixel(x: point(t).x, y: point(t).y)
                return p.green < 128
            }
            return zip(lineColoured, lineColoured.dropFirst()).filter { $0 != $1 }.count
        }
        #expect(changes { (20 + $0, 20 + $0) } >= 10)
        #expect(changes { (20 + $0, 79 - $0) } <= 2)
        let svg = String(
            decoding: try Fixtures.backend.svg(
                Scene(
                    width: 100, height: 100,
                    nodes: [
                        .path(
                            PathNode(
                                path: .rect(Rect(x: 0, y: 0, width: 50, height: 50)),
                                fill: .hatch(Hatch(color: .black))))
                    ])), as: UTF8.self)
        #expect(!svg.contains("<image"), "hatching must stay vector in SVG")
        #expect(svg.contains("clip-path"))
    }

    @Test func hatchTooDenseToDrawIsPaintedInItsAverageColour() throws {
        let image = try render([
            .path(
                PathNode(
                    path: .rect(Rect(x: 0, y: 0, width: 100, height: 100)),
                    fill: .hatch(Hatch(color: .black, background: .white, spacing: 1e-6, lineWidth: 5e-7)))),
            .path(
                PathNode(
                    path: .rect(Rect(x: 100, y: 0, width: 100, height: 100)),
                    fill: .hatch(Hatch(color: .black, spacing: 2, lineWidth: 3)))),
        ])
        #expect(
            Fixtures.close(image.pixel(x: 50, y: 50), Pixel(red: 128, green: 128, blue: 128), tolerance: 1))
        #expect(image.pixel(x: 150, y: 50) == Pixel(red: 0, green: 0, blue: 0))
    }

    @Test func groupOpacityAppliesToTheGroupAsAWholeAndClips() throws {
        let green = Color(rgb: 0x00AA00)
        let image = try render([
            .group(
                Group(
                    transform: .translation(20, 10), clip: Rect(x: 0, y: 0, width: 120, height: 60),
                    opacity: 0.5,
                    children: [
                        .path(
                            PathNode(
                                path: .rect(Rect(x: 0, y: 0, width: 80, height: 80)), fill: .solid(green))),
                        .path(
                            PathNode(
                                path: .rect(Rect(x: 40, y: 20, width: 200, height: 80)), fill: .solid(green))),
                    ]))
        ])
        let half = image.pixel(x: 30, y: 15)
        #expect(Fixtures.close(half, Pixel(red: 128, green: 212, blue: 128), tolerance: 2), "\(half)")
        // Where the two children overlap the group is no darker: opacity is not per child.
        #expect(image.pixel(x: 80, y: 50) == half)
        #expect(image.pixel(x: 150, y: 50) == white)  // clipped at x = 20 + 120
        #expect(image.pixel(x: 80, y: 75) == white)  // clipped at y = 10 + 60
        #expect(image.pixel(x: 10, y: 15) == white)  // before the translation
    }

    @Test func imageIsScaledIntoItsFrame() throws {
        var source = RGBAImage(width: 2, height: 2, fill: Pixel(red: 255, green: 0, blue: 0))
        source.setPixel(x: 1, y: 0, Pixel(red: 0, green: 255, blue: 0))
        source.setPixel(x: 0, y: 1, Pixel(red: 0, green: 0, blue: 255))
        source.setPixel(x: 1, y: 1, Pixel(red: 0, green: 0, blue: 0, alpha: 0))
        let image = try render([
            .image(ImageNode(png: try source.encodePNG(), frame: Rect(x: 100, y: 0, width: 100, height: 100)))
        ])
        // Upscaled with bilinear filtering: only the exact centre of each source pixel keeps its
        // colour unblended, and device pixel centres fall a hair beside it.
        #expect(Fixtures.close(image.pixel(x: 125, y: 25), Pixel(red: 255, green: 0, blue: 0), tolerance: 4))
        #expect(Fixtures.close(image.pixel(x: 175, y: 25), Pixel(red: 0, green: 255, blue: 0), tolerance: 4))
        #expect(Fixtures.close(image.pixel(x: 125, y: 75), Pixel(red: 0, green: 0, blue: 255), tolerance: 4))
        #expect(image.pixel(x: 175, y: 75) == white)  // transparent image pixel shows the background
        #expect(image.pixel(x: 50, y: 50) == white)
        #expect(image.pixel(x: 100, y: 1) == Pixel(red: 255, green: 0, blue: 0))  // padded edge, not blended
    }

    @Test func invalidImageBytesAreAnError() {
        #expect(throws: BackendError.self) {
            try Fixtures.backend.png(
                Scene(
                    width: 10, height: 10,
                    nodes: [
                        .image(ImageNode(png: [1, 2, 3], frame: Rect(x: 0, y: 0, width: 5, height: 5)))
                    ]))
        }
    }

    @Test func missingFontInASceneIsAnError() {
        #expect(throws: BackendError.self) {
            try Fixtures.backend.svg(
                Scene(
                    width: 10, height: 10,
                    nodes: [
                        .text(
                            TextNode(
                                text: "x", font: Font(family: "Comic Sans MS", size: 10), color: .black,
                                position: Point(0, 8)))
                    ]))
        }
    }
}

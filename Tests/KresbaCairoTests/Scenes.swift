import Foundation
import KresbaCairo
import KresbaScene

/// Hand-built scenes shared by the output and concurrency tests.
enum Scenes {
    /// A little of everything: shapes, hatching, text (halo, rotation, two families), a
    /// translucent clipped group and an image, so every kind of generated SVG id appears.
    static func sampler(
        title: String = "Obyvatelé & <kraje>", description: String = "Sloupce \"počtu\" obyvatel"
    )
        throws -> Scene
    {
        var icon = RGBAImage(width: 2, height: 2, fill: .init(red: 200, green: 30, blue: 30))
        icon.setPixel(x: 1, y: 1, .init(red: 0, green: 0, blue: 255, alpha: 128))
        return Scene(
            width: 500, height: 300,
            nodes: [
                .path(
                    PathNode(
                        path: .roundedRect(Rect(x: 20, y: 20, width: 200, height: 120), radius: 8),
                        fill: .solid(Color(rgb: 0x1F77B4)), stroke: Stroke(color: .black, width: 2))),
                .path(
                    PathNode(
                        path: .circle(center: Point(330, 80), radius: 60),
                        fill: .hatch(
                            Hatch(
                                color: Color(rgb: 0xAA3333), background: Color(rgb: 0xFFEEDD), spacing: 8,
                                lineWidth: 2)),
                        stroke: Stroke(color: .black, width: 1, dash: [4, 2], cap: .round, join: .round))),
                .text(
                    TextNode(
                        text: "Česká Lípa – žluťoučký kůň", font: Fixtures.inter(16), color: .black,
                        position: Point(20, 180))),
                .text(
                    TextNode(
                        text: "Ústí nad Labem", font: Font(family: "Noto Serif", size: 24, weight: .bold),
                        color: .white,
                        position: Point(120, 80), anchor: .middle, halo: Stroke(color: .black, width: 3))),
                .text(
                    TextNode(
                        text: "Počet obyvatel", font: Fixtures.inter(14, .semibold),
                        color: Color(rgb: 0x333333),
                        position: Point(470, 150), anchor: .middle, rotation: -90)),
                .group(
                    Group(
                        transform: .translation(20, 200), clip: Rect(x: 0, y: 0, width: 150, height: 60),
                        opacity: 0.5,
                        children: [
                            .path(
                                PathNode(
                                    path: .rect(Rect(x: 0, y: 0, width: 100, height: 100)),
                                    fill: .solid(Color(rgb: 0x00AA00)))),
                            .text(
                                TextNode(
                                    text: "Průhledně", font: Fixtures.inter(12, italic: true), color: .black,
                                    position: Point(5, 20))),
                        ], role: "bars")),
                .image(
                    ImageNode(png: try icon.encodePNG(), frame: Rect(x: 300, y: 200, width: 60, height: 60))),
            ],
            metadata: SceneMetadata(
                title: title, description: description, language: "cs", author: "Kresba tests"))
    }

    /// Many lines of text in every font, size, weight and angle: stresses shaping and font loading.
    static func textHeavy() -> Scene {
        let words = [
            "Liberec", "Jablonec nad Nisou", "Česká Lípa", "Semily", "Frýdlant", "Turnov", "Železný Brod",
            "Hrádek nad Nisou", "Nový Bor", "Tanvald", "Chrastava", "Jilemnice", "Žďár", "Ústí", "Kč 1 234,5",
        ]
        let families = ["Inter", "Noto Serif"]
        var nodes: [Node] = []
        for i in 0..<240 {
            let font = Font(
                family: families[i % 2], size: Double(9 + i % 17), weight: FontWeight.allCases[i % 4],
                italic: i % 5 == 0)
            nodes.append(
                .text(
                    TextNode(
                        text: "\(words[i % words.count]) \(i)", font: font,
                        color: Color(rgb: UInt32(i * 40_503) & 0xFFFFFF),
                        position: Point(Double(i % 6) * 130 + 10, Double(i / 6) * 12.5 + 14),
                        anchor: [TextAnchor.start, .middle, .end][i % 3], rotation: i % 7 == 0 ? -30 : 0,
                        halo: i % 4 == 0 ? Stroke(color: .white, width: 2) : nil)))
        }
        return Scene(width: 800, height: 520, nodes: nodes)
    }
}

import Foundation
import KresbaScene
import Testing

@testable import KresbaCairo

@Suite struct TextMeasurementTests {
    let measurer: PangoTextMeasurer

    init() throws {
        measurer = try PangoTextMeasurer(fonts: try Fixtures.library)
    }

    @Test func czechTextHasPlausibleMetrics() throws {
        let metrics = try measurer.measure("Česká Lípa", font: Fixtures.inter(16))
        // Ten characters of a 16 px sans: roughly half an em each.
        #expect(metrics.width > 70 && metrics.width < 100, "width \(metrics.width)")
        #expect(metrics.ascent > 12 && metrics.ascent < 18, "ascent \(metrics.ascent)")
        #expect(metrics.descent > 2 && metrics.descent < 6, "descent \(metrics.descent)")
        #expect(try measurer.measure("", font: Fixtures.inter(16)).width == 0)
    }

    @Test func widthScalesLinearlyWithSize() throws {
        // No hinting and no rounding: a 32 px line is exactly twice a 16 px line.
        let small = try measurer.measure("Počet obyvatel 2024", font: Fixtures.inter(16))
        let large = try measurer.measure("Počet obyvatel 2024", font: Fixtures.inter(32))
        #expect(abs(large.width - 2 * small.width) < 0.01)
    }

    @Test func kerningIsApplied() throws {
        let font = Fixtures.inter(16)
        let pair = try measurer.measure("AV", font: font).width
        let apart = try measurer.measure("A", font: font).width + measurer.measure("V", font: font).width
        #expect(pair < apart - 0.5, "AV \(pair) vs A+V \(apart)")
    }

    @Test func weightAndFamilyChangeTheWidth() throws {
        let regular = try measurer.measure("Liberecký kraj", font: Fixtures.inter(14))
        let bold = try measurer.measure("Liberecký kraj", font: Fixtures.inter(14, .bold))
        let serif = try measurer.measure("Liberecký kraj", font: Font(family: "Noto Serif", size: 14))
        #expect(bold.width > regular.width)
        #expect(serif.width != regular.width)
    }

    @Test func measurersAgreeWithEachOther() throws {
        let other = try PangoTextMeasurer(fonts: try Fixtures.library)
        let font = Fixtures.inter(13, .medium)
        #expect(
            try measurer.measure("Hustota zalidnění", font: font)
                == other.measure("Hustota zalidnění", font: font))
    }

    /// The drawn text is as wide as measured at every scale: ink width at 3x, divided by 3, equals
    /// the ink width at 1x within the one pixel Cairo 1.16 may round glyph origins to, for a line
    /// long enough that hinted or rounded advances would drift by several pixels.
    @Test func drawnWidthIsIndependentOfScale() throws {
        let text = "Česká Lípa, Jablonec nad Nisou, Frýdlant v Čechách"
        let font = Fixtures.inter(16)
        let measured = try measurer.measure(text, font: font).width
        let scene = Scene(
            width: measured + 40, height: 40,
            nodes: [.text(TextNode(text: text, font: font, color: .black, position: Point(20, 28)))])
        var inkWidths: [Double] = []
        for scale in [1.0, 3.0] {
            let image = try RGBAImage.decodePNG(try Fixtures.backend.png(scene, scale: scale))
            let ink = try #require(Fixtures.inkBounds(image, threshold: 60))
            inkWidths.append(Double(ink.maxX - ink.minX + 1) / scale)
            // The ink starts at the anchor (plus the first glyph's side bearing) at every scale.
            #expect(abs(Double(ink.minX) / scale - 20) < 2.5, "ink starts at \(Double(ink.minX) / scale)")
        }
        #expect(abs(inkWidths[0] - inkWidths[1]) <= 1.0, "ink widths \(inkWidths)")
        // Ink is narrower than the advance width only by the side bearings of the end glyphs.
        for width in inkWidths {
            #expect(width <= measured && width > measured - 3, "ink \(width), measured \(measured)")
        }
    }
}

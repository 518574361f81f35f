import KresbaScene
import Testing

@testable import KresbaCore

@Suite struct ColorSchemeTests {
    @Test func okabeItoOrder() {
        #expect(
            ColorScheme.categorical.map(\.hex)
                == ["#0072b2", "#e69f00", "#009e73", "#d55e00", "#56b4e9", "#cc79a7", "#f0e442", "#4d4d4d"])
    }

    @Test func categoricalColorsRepeat() {
        #expect(ColorScheme.categorical(0) == Color(rgb: 0x0072B2))
        #expect(ColorScheme.categorical(8) == ColorScheme.categorical(0))
        #expect(ColorScheme.categorical(9) == Color(rgb: 0xE69F00))
        #expect(ColorScheme.categorical(-1) == ColorScheme.categorical(7))
    }

    @Test func mutedGreyIsLighterThanEveryPaletteColourButYellow() {
        for color in ColorScheme.categorical where color != Color(rgb: 0xF0E442) {
            #expect(ColorScheme.muted.luminance > color.luminance, "\(color.hex)")
        }
    }

    @Test func contrastRatio() {
        #expect(abs(ColorScheme.contrastRatio(.black, .white) - 21) < 1e-9)
        #expect(ColorScheme.contrastRatio(.white, .white) == 1)
        #expect(ColorScheme.contrastRatio(.white, .black) == ColorScheme.contrastRatio(.black, .white))
        // The documented figure for the first palette colour.
        #expect(abs(ColorScheme.contrastRatio(Color(rgb: 0x0072B2), .white) - 5.2) < 0.05)
    }

    @Test func readableTextColour() {
        #expect(ColorScheme.readableText(on: .black) == .white)
        #expect(ColorScheme.readableText(on: .white) == ColorScheme.darkText)
        #expect(ColorScheme.readableText(on: Color(rgb: 0x0072B2)) == .white)
        #expect(ColorScheme.readableText(on: Color(rgb: 0xF0E442)) == ColorScheme.darkText)
        #expect(ColorScheme.readableText(on: Color(rgb: 0xE69F00)) == ColorScheme.darkText)
        #expect(ColorScheme.readableText(on: Color(rgb: 0x4D4D4D)) == .white)
        for fill in ColorScheme.categorical + [ColorScheme.muted] {
            let chosen = ColorScheme.readableText(on: fill)
            let other = chosen == .white ? ColorScheme.darkText : .white
            #expect(ColorScheme.contrastRatio(fill, chosen) >= ColorScheme.contrastRatio(fill, other))
        }
    }

    @Test func translucentFillIsJudgedOverItsBackground() {
        let faintBlack = Color(red: 0, green: 0, blue: 0, alpha: 0.1)
        #expect(ColorScheme.readableText(on: faintBlack) == ColorScheme.darkText)
        #expect(ColorScheme.readableText(on: faintBlack, background: .black) == .white)
        #expect(ColorScheme.readableText(on: Color(red: 0, green: 0, blue: 0, alpha: 0.9)) == .white)
    }

    @Test func customTextColours() {
        let navy = Color(rgb: 0x001F3F)
        let cream = Color(rgb: 0xFFF8E7)
        #expect(ColorScheme.readableText(on: .white, dark: navy, light: cream) == navy)
        #expect(ColorScheme.readableText(on: .black, dark: navy, light: cream) == cream)
    }
}

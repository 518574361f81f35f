import KresbaScene
import Testing

@testable import KresbaCore

private let font = Font(family: "Test", size: 10)
private var wrapper: TextWrapper { TextWrapper(measurer: FixedAdvanceMeasurer()) }

@Suite struct TextBlockTests {
    @Test func measuresWrappedLines() throws {
        let block = try wrapper.block("Obyvatelé v krajích", font: font, maxWidth: 70)
        #expect(block.lines == ["Obyvatelé", "v krajích"])
        #expect(block.widths == [54, 51])
        #expect(block.width == 54)
        #expect(block.ascent == 8)
        #expect(block.descent == 2)
        #expect(block.lineHeight == 12.5, "1.25 × the font size")
        #expect(block.height == 8 + 12.5 + 2)
        #expect(block.baseline(ofLine: 0) == 8, "the first baseline is at the ascent")
        #expect(block.baseline(ofLine: 1) == 20.5)
        #expect(block.font == font)
    }

    @Test func singleLineIsAscentPlusDescent() throws {
        let block = try wrapper.block("Titulek", font: Font(family: "Test", size: 20), maxWidth: 500)
        #expect(block.height == 20)
        #expect(block.width == 84)
    }

    @Test func emptyTextHasNoSize() throws {
        let block = try wrapper.block("  ", font: font, maxWidth: 100)
        #expect(block.lines.isEmpty)
        #expect(block.width == 0)
        #expect(block.height == 0)
    }

    @Test func customLineHeightAndMaxLines() throws {
        let block = try wrapper.block(
            "Jedna dva tři čtyři pět šest", font: font, maxWidth: 60, maxLines: 2, lineHeight: 15)
        #expect(block.lines == ["Jedna dva", "tři čtyři…"])
        #expect(block.widths == [51, 57])
        #expect(block.height == 8 + 15 + 2)
    }
}

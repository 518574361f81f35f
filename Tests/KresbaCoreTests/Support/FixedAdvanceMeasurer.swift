import KresbaScene

/// A fake measurer with fixed advances, so layout tests need no fonts.
///
/// Every grapheme cluster is 0.6 × the font size wide, except whitespace (including no-break
/// spaces), which is 0.3 × size; ascent is 0.8 × size and descent 0.2 × size.
struct FixedAdvanceMeasurer: TextMeasurer {
    func measure(_ text: String, font: Font) throws -> TextMetrics {
        let width = text.reduce(0.0) { sum, character in
            sum + (character.isWhitespace ? 0.3 : 0.6) * font.size
        }
        return TextMetrics(width: width, ascent: 0.8 * font.size, descent: 0.2 * font.size)
    }
}

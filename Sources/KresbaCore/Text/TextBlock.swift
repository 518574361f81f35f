import KresbaScene

/// Wrapped, measured lines of one font, ready to be stacked by layout (titles, notes, labels).
///
/// The block's top is the first line's ascent line: the first baseline is at `ascent`, each
/// further baseline `lineHeight` lower, and the block ends `descent` below the last baseline.
package struct TextBlock: Sendable, Equatable {
    /// The lines, top to bottom; none contains a newline.
    package var lines: [String]
    /// The font every line is drawn with.
    package var font: Font
    /// Distance between consecutive baselines.
    package var lineHeight: Double
    /// The measured width of each line.
    package var widths: [Double]
    /// The font's ascent as measured (largest over the lines).
    package var ascent: Double
    /// The font's descent as measured (largest over the lines).
    package var descent: Double

    /// Creates a block from lines that were already measured.
    package init(
        lines: [String], font: Font, lineHeight: Double, widths: [Double], ascent: Double, descent: Double
    ) {
        self.lines = lines
        self.font = font
        self.lineHeight = lineHeight
        self.widths = widths
        self.ascent = ascent
        self.descent = descent
    }

    /// The widest line's width; 0 without lines.
    package var width: Double { widths.max() ?? 0 }

    /// From the first line's ascent to the last line's descent; 0 without lines.
    package var height: Double {
        lines.isEmpty ? 0 : ascent + Double(lines.count - 1) * lineHeight + descent
    }

    /// The baseline of line `index`, measured from the block's top.
    package func baseline(ofLine index: Int) -> Double {
        ascent + Double(index) * lineHeight
    }

    /// The usual line height for a font: 1.25 × its size, loose enough for Czech diacritics on
    /// capitals (Č, Ř, Ž) not to touch the descenders of the line above.
    package static func defaultLineHeight(for font: Font) -> Double {
        1.25 * font.size
    }
}

/// A font request: family, weight, style and size. Backends must resolve exactly this family
/// from the bundled fonts or fail; they never fall back silently.
public struct Font: Sendable, Equatable, Hashable {
    /// Family name as fontconfig knows it, e.g. "Inter" or "Noto Serif".
    public var family: String
    /// Size in CSS pixels (the em size).
    public var size: Double
    /// Weight.
    public var weight: FontWeight
    /// Upright or italic.
    public var italic: Bool

    /// Creates a font request.
    public init(family: String, size: Double, weight: FontWeight = .regular, italic: Bool = false) {
        self.family = family
        self.size = size
        self.weight = weight
        self.italic = italic
    }
}

/// Font weights with their CSS / OpenType numeric values.
public enum FontWeight: Int, Sendable, Equatable, Hashable, CaseIterable {
    case regular = 400
    case medium = 500
    case semibold = 600
    case bold = 700
}

/// The measured extent of one line of text.
public struct TextMetrics: Sendable, Equatable {
    /// Advance width of the line.
    public var width: Double
    /// Distance from the baseline up to the top of the line box.
    public var ascent: Double
    /// Distance from the baseline down to the bottom of the line box.
    public var descent: Double

    /// Creates metrics.
    public init(width: Double, ascent: Double, descent: Double) {
        self.width = width
        self.ascent = ascent
        self.descent = descent
    }

    /// Full line height (ascent + descent).
    public var height: Double { ascent + descent }
}

/// Measures single lines of text exactly as the backend will draw them.
///
/// Layout depends only on this protocol; the Cairo module implements it with Pango, and tests
/// can use a fixed-advance fake. Implementations are used from one render at a time.
public protocol TextMeasurer {
    /// Measures one line (no newlines) in the given font.
    /// - Throws: when the font family is not available.
    func measure(_ text: String, font: Font) throws -> TextMetrics
}

import CPangoCairo
import KresbaScene

/// Measures text with Pango exactly as the Cairo backend draws it.
///
/// Each measurer owns its own Pango font map and context over the shared ``FontLibrary``
/// configuration, so measurers on different threads share nothing mutable. It is not `Sendable`:
/// make one per render (or per layout pass) and use it from one thread.
///
/// The context is fixed, independent of any output: grey antialiasing, no hinting, hint metrics
/// off and unrounded glyph positions. So a line has the same width whether it is drawn into a
/// 1x PNG, a 3x PNG, an SVG or a PDF, and the widths that layout measured are the widths drawn.
public final class PangoTextMeasurer: TextMeasurer {
    /// The library the font map resolves against; kept alive because the font map uses its FcConfig.
    public let fonts: FontLibrary
    /// Owned PangoCairo font map (unreferenced in `deinit`).
    private let fontMap: UnsafeMutablePointer<PangoFontMap>
    /// Owned Pango context created from `fontMap` (unreferenced in `deinit`).
    let context: OpaquePointer
    /// The one layout every measurement and every drawn line goes through: reusing it saves a
    /// GObject per line, and sharing it guarantees that drawing shapes text exactly as measuring did.
    private let scratch: PangoLine
    /// Resolved and verified font descriptions, owned (freed in `deinit`).
    private var descriptions: [Font: OpaquePointer] = [:]

    /// Creates a measurer drawing from `fonts`.
    /// - Parameter language: the language Pango shapes for (affects locale-specific glyphs and
    ///   line-breaking rules); Kresba's charts are Czech by default.
    public init(fonts: FontLibrary, language: String = "cs") throws {
        self.fonts = fonts
        // Everything that can fail is created before any stored property is set, and cleaned up by
        // hand on failure: a throwing initialiser does not run `deinit`.
        guard let options = cairo_font_options_create() else {
            throw BackendError.cairo("could not create font options")
        }
        defer { cairo_font_options_destroy(options) }
        cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
        cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
        cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
        try checkStatus(cairo_font_options_status(options), "setting font options")

        // A font map of its own (not pango_cairo_font_map_get_default, which is per-thread and
        // backed by the system configuration), pointed at the library's private FcConfig.
        guard let map = pango_cairo_font_map_new_for_font_type(CAIRO_FONT_TYPE_FT) else {
            throw BackendError.pango("could not create a FreeType font map")
        }
        guard let fcMap = kresba_fc_font_map(map) else {
            kresba_unref_font_map(map)
            throw BackendError.pango("the FreeType font map is not a fontconfig font map")
        }
        pango_fc_font_map_set_config(fcMap, fonts.config)
        guard let context = pango_font_map_create_context(map) else {
            kresba_unref_font_map(map)
            throw BackendError.pango("could not create a Pango context")
        }
        pango_cairo_context_set_font_options(context, options)
        // Rounded positions would snap every advance to whole device units of the context, and
        // the width of a line would then depend on the scale it is drawn at.
        pango_context_set_round_glyph_positions(context, 0)
        pango_context_set_language(context, pango_language_from_string(language))
        guard let scratch = PangoLine(context: context) else {
            kresba_unref_context(context)
            kresba_unref_font_map(map)
            throw BackendError.pango("could not create a Pango layout")
        }
        fontMap = map
        self.context = context
        self.scratch = scratch
    }

    deinit {
        for description in descriptions.values { pango_font_description_free(description) }
        kresba_unref_context(context)
        kresba_unref_font_map(fontMap)
    }

    /// Measures one line of text.
    /// - Returns: the logical width, and ascent / descent around the baseline, in CSS pixels.
    /// - Throws: ``BackendError/missingFont(requested:resolved:available:)`` for a family the
    ///   library does not hold.
    public func measure(_ text: String, font: Font) throws -> TextMetrics {
        let key = MeasuredText(text: text, font: font)
        if let known = measured[key] { return known }
        let metrics = try shape(text, font: font).metrics
        // Bounded, so a long-lived measurer does not grow with every label it ever saw.
        if measured.count >= Self.measuredLimit { measured.removeAll(keepingCapacity: true) }
        measured[key] = metrics
        return metrics
    }

    /// Forgets measured lines (not fonts), so that what follows measures its text afresh (the
    /// benchmarks' stage timings).
    public func forgetMeasurements() {
        measured.removeAll(keepingCapacity: true)
    }

    /// A line and the font it was measured in.
    private struct MeasuredText: Hashable {
        var text: String
        var font: Font
    }

    /// Lines measured since ``forgetMeasurements()``: layout measures the same words many times
    /// (line breaking tries each candidate line, collision checks re-measure labels), and charts
    /// drawn by one renderer share most of their words.
    private var measured: [MeasuredText: TextMetrics] = [:]
    private static let measuredLimit = 4096

    /// `text` laid out in `font`, for measuring or drawing. The line is reused by the next call,
    /// so draw it before shaping anything else.
    func shape(_ text: String, font: Font) throws -> PangoLine {
        scratch.set(text, description: try description(for: font))
        return scratch
    }

    /// The Pango description of `font`, checked once that Pango really loads the requested family.
    ///
    /// Pango never fails to load a font: for an unknown family fontconfig substitutes its best
    /// match ("Arial" becomes "Inter"). Comparing the family of the loaded font with the request
    /// turns that silent substitution into an error.
    func description(for font: Font) throws -> OpaquePointer {
        if let cached = descriptions[font] { return cached }
        // Pango treats a size of 0 as "unset" and would silently use its default.
        guard font.size > 0, font.size.isFinite else {
            throw BackendError.invalidScene(
                "font size must be a positive number, got \(font.size) for \"\(font.family)\"")
        }
        guard let description = pango_font_description_new() else {
            throw BackendError.pango("could not create a font description")
        }
        pango_font_description_set_family(description, font.family)
        pango_font_description_set_absolute_size(description, font.size * Double(PANGO_SCALE))
        pango_font_description_set_weight(description, PangoWeight(rawValue: UInt32(font.weight.rawValue)))
        pango_font_description_set_style(description, font.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL)

        let resolved = resolvedFamily(description)
        guard let resolved, resolved.caseInsensitiveCompare(font.family) == .orderedSame else {
            pango_font_description_free(description)
            throw BackendError.missingFont(
                requested: font.family, resolved: resolved ?? "", available: fonts.families)
        }
        descriptions[font] = description
        return description
    }

    /// The family of the font Pango actually loads for `description`, or `nil` if it loads none.
    func resolvedFamily(_ description: OpaquePointer) -> String? {
        guard let font = pango_font_map_load_font(fontMap, context, description) else { return nil }
        defer { kresba_unref_font(font) }
        guard let loaded = pango_font_describe(font) else { return nil }
        defer { pango_font_description_free(loaded) }
        return pango_font_description_get_family(loaded).map { String(cString: $0) }
    }
}

import CPangoCairo
import KresbaScene

/// One line of text laid out by Pango: the unit both measuring and drawing work with.
///
/// Owns its `PangoLayout` (unreferenced in `deinit`). Created only by ``PangoTextMeasurer``, so
/// every line shares the measurer's context and font options.
final class PangoLine {
    /// The owned layout.
    let layout: OpaquePointer

    /// A layout on `context`, or `nil` if Pango cannot create one.
    init?(context: OpaquePointer) {
        guard let layout = pango_layout_new(context) else { return nil }
        self.layout = layout
        // Scene text is one line by contract; should a newline slip through, draw it as a glyph
        // on the same line rather than silently growing a second line layout never measured.
        pango_layout_set_single_paragraph_mode(layout, 1)
    }

    deinit {
        kresba_unref_layout(layout)
    }

    /// Replaces the text and font.
    func set(_ text: String, description: OpaquePointer) {
        pango_layout_set_font_description(layout, description)
        pango_layout_set_text(layout, text, -1)
    }

    /// The logical extent of the line in CSS pixels: the advance width, and the line box above
    /// and below the baseline (from the font's ascent and descent, not from the inked glyphs).
    var metrics: TextMetrics {
        var logical = PangoRectangle()
        pango_layout_get_extents(layout, nil, &logical)
        let baseline = pango_units_to_double(pango_layout_get_baseline(layout))
        return TextMetrics(
            width: pango_units_to_double(logical.width), ascent: baseline,
            descent: pango_units_to_double(logical.height) - baseline)
    }
}

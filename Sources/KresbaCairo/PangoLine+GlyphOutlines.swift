import CPangoCairo
import KresbaScene

extension PangoLine {
    /// Adds the outlines of the line's glyphs to the current path, as `pango_cairo_layout_path`
    /// would with the layout's top-left corner at `origin`, but only of the glyphs whose inked
    /// box, grown by `reach`, meets one of `regions` (in the same coordinates); every glyph when
    /// `regions` is `nil`.
    ///
    /// A halo needs only the glyphs a gridline or a bar passes under: stroking or writing out the
    /// outlines of all of them made halos the most expensive part of a bar chart's PDF.
    /// - Returns: `false`, having added nothing, when the line holds a glyph Pango draws in its
    ///   own way (a missing character's hex box); the caller then paths the whole layout.
    func appendGlyphOutlines(
        to cr: OpaquePointer, origin: (x: Double, y: Double), reach: Double, within regions: [Rect]?
    ) -> Bool {
        guard let iterator = pango_layout_get_iter(layout) else { return false }
        defer { pango_layout_iter_free(iterator) }
        var runs: [(font: UnsafeMutablePointer<PangoFont>, glyphs: [cairo_glyph_t])] = []
        repeat {
            // The end of a line is a run of its own with no glyph item.
            guard let run = pango_layout_iter_get_run_readonly(iterator) else { continue }
            guard let font = run.pointee.item.pointee.analysis.font else { return false }
            var logical = PangoRectangle()
            pango_layout_iter_get_run_extents(iterator, nil, &logical)
            let baseline = origin.y + pango_units_to_double(pango_layout_iter_get_baseline(iterator))
            var x = origin.x + pango_units_to_double(logical.x)
            let string = run.pointee.glyphs.pointee
            var selected: [cairo_glyph_t] = []
            for info in UnsafeBufferPointer(start: string.glyphs, count: Int(string.num_glyphs)) {
                defer { x += pango_units_to_double(info.geometry.width) }
                if info.glyph == PANGO_GLYPH_EMPTY { continue }
                if info.glyph & PANGO_GLYPH_UNKNOWN_FLAG != 0 { return false }
                let glyphX = x + pango_units_to_double(info.geometry.x_offset)
                let glyphY = baseline + pango_units_to_double(info.geometry.y_offset)
                if let regions {
                    var ink = PangoRectangle()
                    pango_font_get_glyph_extents(font, info.glyph, &ink, nil)
                    let box = Rect(
                        x: glyphX + pango_units_to_double(ink.x) - reach,
                        y: glyphY + pango_units_to_double(ink.y) - reach,
                        width: pango_units_to_double(ink.width) + 2 * reach,
                        height: pango_units_to_double(ink.height) + 2 * reach)
                    guard regions.contains(where: { $0.intersects(box) }) else { continue }
                }
                selected.append(cairo_glyph_t(index: UInt(info.glyph), x: glyphX, y: glyphY))
            }
            if !selected.isEmpty { runs.append((font, selected)) }
        } while pango_layout_iter_next_run(iterator) != 0
        for run in runs {
            guard let scaled = kresba_scaled_font(run.font) else { return false }
            cairo_set_scaled_font(cr, scaled)
            cairo_glyph_path(cr, run.glyphs, Int32(run.glyphs.count))
        }
        return true
    }
}

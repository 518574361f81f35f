import CPangoCairo
import Foundation
import KresbaScene

extension SceneDrawer {
    /// Fills the current path with hatching: the area is clipped to the path and crossed by
    /// parallel strokes. Real lines rather than a raster tile keep SVG and PDF output vector and
    /// sharp at any zoom; lines are anchored at the origin of the current coordinate system so
    /// hatching in neighbouring shapes (map regions) lines up across their borders.
    func fillWithHatch(_ hatch: Hatch) {
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_clip(cr)
        if let background = hatch.background {
            setSource(background)
            cairo_paint(cr)
        }
        guard hatch.spacing > 0, hatch.lineWidth > 0 else { return }
        var x1 = 0.0, y1 = 0.0, x2 = 0.0, y2 = 0.0
        cairo_clip_extents(cr, &x1, &y1, &x2, &y2)
        guard x2 > x1, y2 > y1 else { return }

        // Direction along the lines ("rising to the right" with y pointing down) and the normal
        // across them; line k passes through k * spacing * normal.
        let angle = hatch.angle * .pi / 180
        let direction = (x: cos(angle), y: -sin(angle))
        let normal = (x: sin(angle), y: cos(angle))
        let corners = [(x1, y1), (x2, y1), (x1, y2), (x2, y2)]
        let across = corners.map { $0.0 * normal.x + $0.1 * normal.y }
        let along = corners.map { $0.0 * direction.x + $0.1 * direction.y }
        guard let acrossMin = across.min(), let acrossMax = across.max(),
            let alongMin = along.min(), let alongMax = along.max()
        else { return }
        // Lines as wide as their spacing cover everything; lines too dense to count cannot be
        // told apart at any zoom. Both are painted in their average colour, which also keeps the
        // line count (and the Int conversions below) within sane bounds.
        let lineCount = (acrossMax - acrossMin) / hatch.spacing
        guard hatch.lineWidth < hatch.spacing, lineCount < 100_000 else {
            var average = hatch.color
            average.alpha *= min(1, hatch.lineWidth / hatch.spacing)
            setSource(average)  // over the background painted above
            cairo_paint(cr)
            return
        }
        let first = Int((acrossMin / hatch.spacing).rounded(.down)) - 1
        let last = Int((acrossMax / hatch.spacing).rounded(.up)) + 1
        let start = alongMin - hatch.lineWidth, end = alongMax + hatch.lineWidth

        cairo_new_path(cr)
        for k in first...last {
            let offset = Double(k) * hatch.spacing
            let base = (x: offset * normal.x, y: offset * normal.y)
            cairo_move_to(cr, base.x + start * direction.x, base.y + start * direction.y)
            cairo_line_to(cr, base.x + end * direction.x, base.y + end * direction.y)
        }
        setSource(hatch.color)
        cairo_set_line_width(cr, hatch.lineWidth)
        cairo_set_dash(cr, nil, 0, 0)
        cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        cairo_stroke(cr)
    }
}

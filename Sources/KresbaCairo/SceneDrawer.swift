import CPangoCairo
import Foundation
import KresbaScene

/// Walks a ``Scene`` onto a Cairo context. The same code draws PNG, SVG and PDF; only the
/// surface behind the context and the initial scale differ.
struct SceneDrawer {
    /// The context to draw on; its current transform maps scene pixels to the output.
    let context: CairoContext
    /// Shapes text with the same context and font options that measured it during layout.
    let measurer: PangoTextMeasurer
    /// Whether the target is a raster image (lets image edges use padding, which the PDF and SVG
    /// surfaces could only honour by rasterising the image region).
    let raster: Bool
    /// Images decoded so far in this render, by their PNG bytes: a logo used twice is decoded
    /// once, and the SVG and PDF surfaces then embed it once (they deduplicate by surface).
    private let images = ImageCache()

    /// Creates a drawer for one render.
    init(context: CairoContext, measurer: PangoTextMeasurer, raster: Bool) {
        self.context = context
        self.measurer = measurer
        self.raster = raster
    }

    var cr: OpaquePointer { context.raw }

    /// Paints the background, then every node in order.
    func draw(_ scene: Scene) throws {
        if let background = scene.background {
            setSource(background)
            cairo_paint(cr)
            try context.check("painting the background")
        }
        for node in scene.nodes { try draw(node) }
    }

    /// Draws one node and checks that Cairo accepted it.
    func draw(_ node: Node) throws {
        switch node {
        case .group(let group):
            try draw(group)
        case .path(let path):
            try draw(path)
            try context.check("drawing a path")
        case .shapes(let shapes):
            try draw(shapes)
        case .text(let line):
            try draw(line)
            try context.check("drawing the text \"\(line.text)\"")
        case .image(let image):
            try draw(image)
            try context.check("drawing an image")
        }
    }

    // MARK: Groups

    private func draw(_ group: Group) throws {
        // A fully transparent group contributes nothing; skipping it also avoids a useless
        // intermediate surface.
        guard group.opacity > 0, !group.children.isEmpty else { return }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        var matrix = cairo_matrix_t(
            xx: group.transform.a, yx: group.transform.b, xy: group.transform.c, yy: group.transform.d,
            x0: group.transform.tx, y0: group.transform.ty)
        cairo_transform(cr, &matrix)
        if let clip = group.clip {
            cairo_rectangle(cr, clip.x, clip.y, clip.width, clip.height)
            cairo_clip(cr)
        }
        let name = group.role.map { "the group \"\($0)\"" } ?? "a group"
        try context.check("setting up \(name)")
        // Opacity applies to the group as a whole (overlapping children must not show through
        // each other), so the children are composed on their own surface first. Only when needed:
        // the intermediate surface costs memory and, in PDF/SVG, a transparency group.
        let translucent = group.opacity < 1
        if translucent { cairo_push_group(cr) }
        for child in group.children { try draw(child) }
        if translucent {
            cairo_pop_group_to_source(cr)
            cairo_paint_with_alpha(cr, group.opacity)
        }
        try context.check("composing \(name)")
    }

    // MARK: Paths

    private func draw(_ node: PathNode) throws {
        let stroke = node.stroke.flatMap { $0.width > 0 ? $0 : nil }
        // Whether the outline is still the current path, so the stroke need not rebuild it
        // (thousands of polygons on a map make that worth it).
        var pathIsCurrent = false
        if let fill = node.fill {
            append(node.path)
            cairo_set_fill_rule(
                cr, node.path.evenOddFill ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
            switch fill {
            case .solid(let color):
                setSource(color)
                if stroke != nil {
                    cairo_fill_preserve(cr)
                    pathIsCurrent = true
                } else {
                    cairo_fill(cr)
                }
            case .hatch(let hatch):
                fillWithHatch(hatch)
            }
        }
        if let stroke {
            if !pathIsCurrent { append(node.path) }
            apply(stroke)
            cairo_stroke(cr)
        }
    }

    /// Fills each shape on its own, with the same calls as a filled path node each.
    private func draw(_ shapes: ShapeSet) throws {
        try shapes.points.withUnsafeBufferPointer { points in
            for shape in 0..<shapes.count {
                cairo_new_path(cr)
                for ring in shapes.rings(of: shape) {
                    let range = shapes.range(ofRing: ring)
                    guard range.count >= 3 else { continue }
                    cairo_move_to(cr, points[range.lowerBound].x, points[range.lowerBound].y)
                    for k in range.dropFirst() { cairo_line_to(cr, points[k].x, points[k].y) }
                    cairo_close_path(cr)
                }
                cairo_set_fill_rule(cr, CAIRO_FILL_RULE_EVEN_ODD)
                switch shapes.fills[shape] {
                case .solid(let color):
                    setSource(color)
                    cairo_fill(cr)
                case .hatch(let hatch):
                    fillWithHatch(hatch)
                }
                try context.check("drawing a shape")
            }
        }
    }

    /// Replaces the current path with `path`.
    private func append(_ path: Path) {
        cairo_new_path(cr)
        for element in path.elements {
            switch element {
            case .move(let p): cairo_move_to(cr, p.x, p.y)
            case .line(let p): cairo_line_to(cr, p.x, p.y)
            case .curve(let c1, let c2, let p): cairo_curve_to(cr, c1.x, c1.y, c2.x, c2.y, p.x, p.y)
            case .close: cairo_close_path(cr)
            }
        }
    }

    /// Sets colour, width, dash, caps and joins for the next stroke.
    private func apply(_ stroke: Stroke) {
        setSource(stroke.color)
        cairo_set_line_width(cr, stroke.width)
        stroke.dash.withUnsafeBufferPointer { cairo_set_dash(cr, $0.baseAddress, Int32($0.count), 0) }
        switch stroke.cap {
        case .butt: cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT)
        case .round: cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
        case .square: cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE)
        }
        switch stroke.join {
        case .miter: cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER)
        case .round: cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
        case .bevel: cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL)
        }
    }

    // MARK: Text

    private func draw(_ node: TextNode) throws {
        let line = try measurer.shape(node.text, font: node.font)
        let metrics = line.metrics
        let shift: Double
        switch node.anchor {
        case .start: shift = 0
        case .middle: shift = -metrics.width / 2
        case .end: shift = -metrics.width
        }
        // Pango places the layout by its top-left corner; the scene gives the baseline.
        let origin = (x: shift, y: -metrics.ascent)
        func place() {
            cairo_translate(cr, node.position.x, node.position.y)
            // Positive angles turn x towards y, which with y pointing down is clockwise.
            if node.rotation != 0 { cairo_rotate(cr, node.rotation * .pi / 180) }
            cairo_move_to(cr, origin.x, origin.y)
        }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        if let halo = node.halo, halo.width > 0 {
            // The outline goes first so the glyphs are painted on top of it.
            cairo_save(cr)
            if raster, let regions = node.haloRegions {
                // Stroking glyph outlines is costly, and Cairo skips what lies outside the clip.
                // The regions are in the coordinates the node is placed in.
                for region in regions { cairo_rectangle(cr, region.x, region.y, region.width, region.height) }
                cairo_clip(cr)
            }
            place()
            cairo_new_path(cr)
            // Only the glyphs the halo can matter for: a glyph farther from every region than the
            // halo reaches (half its width, and a pixel of antialiasing) would add nothing.
            let toLine = node.placement.inverted() ?? .identity
            let regions = node.haloRegions.map { $0.map { $0.transformed(by: toLine) } }
            if !line.appendGlyphOutlines(to: cr, origin: origin, reach: halo.width / 2 + 1, within: regions) {
                cairo_move_to(cr, origin.x, origin.y)
                pango_cairo_layout_path(cr, line.layout)
            }
            apply(halo)
            // Round joins keep sharp glyph corners from spiking out of the halo.
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND)
            cairo_stroke(cr)
            cairo_restore(cr)
        }
        place()
        setSource(node.color)
        // The layout was shaped in the measurer's fixed context, not re-shaped for this target:
        // what is drawn has exactly the width layout measured, at any output scale.
        pango_cairo_show_layout(cr, line.layout)
    }

    // MARK: Images

    private func draw(_ node: ImageNode) throws {
        guard node.frame.width > 0, node.frame.height > 0 else { return }
        let image = try images.surface(for: node.png)
        let width = Double(cairo_image_surface_get_width(image.raw))
        let height = Double(cairo_image_surface_get_height(image.raw))
        guard width > 0, height > 0 else { return }
        cairo_save(cr)
        defer { cairo_restore(cr) }
        cairo_translate(cr, node.frame.x, node.frame.y)
        cairo_scale(cr, node.frame.width / width, node.frame.height / height)
        cairo_set_source_surface(cr, image.raw, 0, 0)
        if raster, let pattern = cairo_get_source(cr) {
            // Padding stops the scaled image's edge pixels blending with the transparency around
            // it; the rectangle then limits the padded source to the frame.
            cairo_pattern_set_extend(pattern, CAIRO_EXTEND_PAD)
            cairo_rectangle(cr, 0, 0, width, height)
            cairo_fill(cr)
        } else {
            // In SVG and PDF a plain paint becomes one image element / XObject with a transform
            // (viewers scale it themselves); a filled rectangle would become a tiling pattern.
            cairo_paint(cr)
        }
    }

    // MARK: Colours

    func setSource(_ color: Color) {
        cairo_set_source_rgba(cr, color.red, color.green, color.blue, color.alpha)
    }
}

/// Decoded images of one render, keyed by their encoded bytes.
private final class ImageCache {
    private var surfaces: [[UInt8]: CairoSurface] = [:]

    func surface(for png: [UInt8]) throws -> CairoSurface {
        if let cached = surfaces[png] { return cached }
        let surface = try decodePNGSurface(png)
        surfaces[png] = surface
        return surface
    }
}

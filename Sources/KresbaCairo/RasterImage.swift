import CPangoCairo
import KresbaScene

/// A scene drawn into pixels but not yet encoded, so that drawing and encoding can be timed
/// apart and the same pixels encoded in several ways (the benchmarks' encoder study).
///
/// Not public API; ``CairoBackend/png(_:scale:dpi:)`` is what renders use.
package final class RasterImage {
    let surface: CairoSurface

    init(_ surface: CairoSurface) {
        self.surface = surface
    }

    /// The PNG bytes written by `writer`.
    package func png(writer: PNGWriter, dpi: Double? = nil) throws -> [UInt8] {
        try PNGEncoder.encode(surface, dpi: dpi, writer: writer)
    }

    /// The filtered scanlines an encoder compresses (to try other compressors on them).
    package func scanlines(filter: PNGRowFilter) throws -> PNGScanlines {
        try PNGScanlines(surface, filter: filter)
    }
}

extension CairoBackend {
    /// `scene` drawn at `scale`, as ``png(_:scale:dpi:)`` draws it before encoding.
    package func raster(_ scene: Scene, scale: Double) throws -> RasterImage {
        RasterImage(try rasterize(scene, scale: scale))
    }
}

extension CairoBackend {
    /// An experiment for the benchmarks, not used by renders: ``raster(_:scale:)`` drawing with a
    /// measurer (Pango font map and context) that the caller keeps across renders, instead of a
    /// new one per render. Shows what warm font and glyph caches would save.
    package func raster(_ scene: Scene, scale: Double, reusing measurer: PangoTextMeasurer) throws
        -> RasterImage
    {
        let width = Int32((scene.width * scale - 1e-9).rounded(.up))
        let height = Int32((scene.height * scale - 1e-9).rounded(.up))
        let surface = try CairoSurface(
            cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height),
            "creating a \(width)x\(height) image")
        let context = try CairoContext(surface: surface)
        cairo_scale(context.raw, scale, scale)
        try SceneDrawer(context: context, measurer: measurer, raster: true).draw(scene)
        try context.check("drawing the scene")
        cairo_surface_flush(surface.raw)
        return RasterImage(surface)
    }
}

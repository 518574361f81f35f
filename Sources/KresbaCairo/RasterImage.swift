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

    /// The PNG bytes written by `writer`, reusing `buffers` for scanlines and stream if given
    /// (never its pixels: those of this image are already drawn).
    package func png(writer: PNGWriter, dpi: Double? = nil, buffers: RasterBuffers? = nil) throws -> [UInt8] {
        try PNGEncoder.encode(surface, dpi: dpi, writer: writer, buffers: buffers)
    }

    /// The filtered scanlines an encoder compresses (to try other compressors on them).
    package func scanlines(filter: PNGRowFilter) throws -> PNGScanlines {
        try PNGScanlines(surface, filter: filter)
    }
}

extension CairoBackend {
    /// `scene` drawn at `scale` as ``png(_:scale:dpi:measurer:buffers:)`` draws it before encoding:
    /// with the layout's `measurer` (a new one when `nil`), into memory kept in `buffers` if given
    /// (valid until the buffers draw again).
    package func raster(
        _ scene: Scene, scale: Double, measurer: PangoTextMeasurer? = nil, buffers: RasterBuffers? = nil
    ) throws -> RasterImage {
        RasterImage(try rasterize(scene, scale: scale, measurer: measurer, buffers: buffers))
    }
}

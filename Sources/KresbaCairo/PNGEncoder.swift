import CPangoCairo

/// Encodes a finished image surface as PNG.
///
/// The one place that chooses the encoder: today Cairo's (libpng, zlib level 6, adaptive
/// filters), which costs most of a raster render's time; a faster encoder can replace this file
/// without touching the drawing code.
enum PNGEncoder {
    /// The PNG bytes of `surface`, with a pHYs chunk when `dpi` is given.
    static func encode(_ surface: CairoSurface, dpi: Double?) throws -> [UInt8] {
        cairo_surface_flush(surface.raw)
        let sink = ByteSink()
        let status = sink.withClosure { cairo_surface_write_to_png_stream(surface.raw, ByteSink.write, $0) }
        try checkStatus(status, "encoding the png")
        guard let dpi else { return sink.bytes }
        guard
            let withDensity = PNGChunks.insertingAfterHeader(
                PNGChunks.physicalDimensions(dpi: dpi), into: sink.bytes)
        else { throw BackendError.cairo("the png encoder wrote no IHDR chunk") }
        return withDensity
    }
}

import CLibDeflate
import CPangoCairo
import Foundation

/// Encodes a finished image surface as PNG.
///
/// The one place that chooses the encoder. By default Kresba writes the PNG itself: Cairo's
/// premultiplied pixels are turned into straight 8-bit RGB (when every pixel is opaque, as Cairo's
/// own writer decides) or RGBA, rows are left unfiltered, and the image data is compressed in one
/// call with libdeflate at level 6. On Kresba's charts that is several times faster than Cairo's
/// writer (libpng, zlib level 6, adaptive filters) and gives smaller files; `Benchmarks/README.md`
/// has the measurements behind the choice. Cairo's writer stays available as ``PNGWriter/cairo``
/// for comparisons.
///
/// The output is deterministic: the same pixels give the same bytes.
enum PNGEncoder {
    /// The PNG bytes of `surface`, with a pHYs chunk when `dpi` is given.
    static func encode(_ surface: CairoSurface, dpi: Double?) throws -> [UInt8] {
        try encode(surface, dpi: dpi, writer: PNGWriter.current)
    }

    /// The PNG bytes of `surface` written by `writer`.
    /// - Parameters:
    ///   - buffers: memory to reuse for the scanlines and the compressed stream (a render's own
    ///     when `nil`).
    ///   - consumingPixels: whether the surface is no longer needed, so that an opaque image's
    ///     scanlines may be written over its pixels instead of into a buffer of their own.
    static func encode(
        _ surface: CairoSurface, dpi: Double?, writer: PNGWriter, buffers: RasterBuffers? = nil,
        consumingPixels: Bool = false
    ) throws -> [UInt8] {
        cairo_surface_flush(surface.raw)
        switch writer {
        case .cairo:
            return try encodeWithCairo(surface, dpi: dpi)
        case .libdeflate(let level, let filter):
            let buffers = buffers ?? RasterBuffers()
            let inPlace = consumingPixels ? PNGScanlines.overwrite(surface, filter: filter) : nil
            let (shape, lines) =
                try inPlace ?? PNGScanlines.write(surface, filter: filter, into: buffers.scanlines)
            let stream = try compress(lines, level: level, buffers: buffers)
            return PNGFile.assemble(
                width: shape.width, height: shape.height, hasAlpha: shape.hasAlpha, zlibStream: stream,
                dpi: dpi)
        }
    }

    /// `bytes` as a zlib stream (the content of a PNG's IDAT chunks), compressed by libdeflate.
    static func compress(_ bytes: [UInt8], level: Int) throws -> [UInt8] {
        let buffers = RasterBuffers()
        return try bytes.withUnsafeBytes { [UInt8](try compress($0, level: level, buffers: buffers)) }
    }

    /// `bytes` compressed into `buffers.compressed` (valid until the buffers are reused).
    private static func compress(_ bytes: UnsafeRawBufferPointer, level: Int, buffers: RasterBuffers) throws
        -> UnsafeRawBufferPointer
    {
        let compressor = try buffers.compressor(level: level)
        let bound = libdeflate_zlib_compress_bound(compressor, bytes.count)
        let output = buffers.compressed.reserve(bound)
        let count = libdeflate_zlib_compress(compressor, bytes.baseAddress, bytes.count, output, bound)
        // The bound is an upper limit for any input, so this only fails if libdeflate is broken.
        guard count > 0 else { throw BackendError.cairo("libdeflate could not compress the image") }
        return UnsafeRawBufferPointer(start: output, count: count)
    }

    /// Cairo's own writer: libpng with zlib level 6 and adaptive filtering.
    private static func encodeWithCairo(_ surface: CairoSurface, dpi: Double?) throws -> [UInt8] {
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

/// Which PNG writer renders use, and how it compresses.
///
/// Not public API: the benchmarks (same package) switch writers to compare them.
package enum PNGWriter: Sendable, Equatable, CustomStringConvertible {
    /// Kresba's writer: the given PNG row filter, then libdeflate at `level` (1 fastest … 12 smallest).
    case libdeflate(level: Int, filter: PNGRowFilter)
    /// Cairo's `cairo_surface_write_to_png_stream` (libpng, zlib level 6, adaptive filters).
    case cairo

    /// What Kresba uses: chosen by measuring Kresba's own charts (see `Benchmarks/README.md`).
    package static let standard = PNGWriter.libdeflate(level: 6, filter: .none)

    /// The writer every render uses; `standard` unless a benchmark changed it.
    package static var current: PNGWriter {
        get { setting.withLock { $0 } }
        set { setting.withLock { $0 = newValue } }
    }

    private static let setting = LockedValue(PNGWriter.standard)

    package var description: String {
        switch self {
        case .libdeflate(let level, let filter): "libdeflate \(level), filter \(filter)"
        case .cairo: "cairo (libpng, zlib 6, adaptive)"
        }
    }
}

/// A value behind a lock.
private final class LockedValue<Value>: @unchecked Sendable {
    // @unchecked: every access to `value` holds `lock`.
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<T>(_ body: (inout Value) -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}

/// PNG's per-row filters (PNG spec section 9), plus the adaptive choice libpng makes.
package enum PNGRowFilter: String, Sendable, CaseIterable, CustomStringConvertible {
    /// Bytes as they are (filter type 0).
    case none
    /// Difference to the byte one pixel to the left (type 1).
    case sub
    /// Difference to the byte above (type 2).
    case up
    /// Difference to the mean of left and above (type 3).
    case average
    /// Difference to the Paeth predictor of left, above and upper left (type 4).
    case paeth
    /// Per row, the filter whose output has the smallest sum of absolute values (libpng's heuristic).
    case adaptive

    package var description: String { rawValue }
}

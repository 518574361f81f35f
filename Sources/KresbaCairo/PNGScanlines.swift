import CPangoCairo

/// A Cairo image surface turned into PNG scanlines: each row a filter-type byte followed by the
/// filtered 8-bit RGB or RGBA samples, ready to be compressed into IDAT.
///
/// Colours are un-premultiplied exactly as Cairo's own PNG writer does it
/// (`(c * 255 + a / 2) / a`, fully transparent pixels become 0, 0, 0, 0), so reading the file back
/// with Cairo gives the very pixels that were drawn, as with Cairo's writer. The alpha channel is
/// dropped when every pixel is opaque (also Cairo's rule), which makes a chart with a background
/// 25 % smaller to compress.
package struct PNGScanlines {
    /// Pixels per row.
    package let width: Int
    /// Rows.
    package let height: Int
    /// RGBA samples (colour type 6) when some pixel is not fully opaque, else RGB (colour type 2).
    package let hasAlpha: Bool
    /// `height * (1 + width * channels)` bytes.
    package let bytes: [UInt8]

    /// Reads `surface` (ARGB32 or RGB24, already flushed) and filters its rows with `filter`.
    init(_ surface: CairoSurface, filter: PNGRowFilter) throws {
        let memory = ReusableMemory()
        let (shape, lines) = try Self.write(surface, filter: filter, into: memory)
        width = shape.width
        height = shape.height
        hasAlpha = shape.hasAlpha
        bytes = [UInt8](lines)
    }

    /// The size and colour type of an image's scanlines.
    struct Shape {
        var width: Int
        var height: Int
        var hasAlpha: Bool
    }

    /// Writes the scanlines of `surface` (ARGB32 or RGB24, already flushed), filtered with
    /// `filter`, into `memory`, which renders reuse (see ``RasterBuffers``).
    /// - Returns: the image's shape, and the scanlines (valid until `memory` is reused).
    static func write(_ surface: CairoSurface, filter: PNGRowFilter, into memory: ReusableMemory) throws
        -> (Shape, UnsafeRawBufferPointer)
    {
        let image = try SurfacePixels(surface)
        let channels = image.shape.hasAlpha ? 4 : 3
        let count = (1 + image.shape.width * channels) * image.shape.height
        let out = memory.reserve(count).bindMemory(to: UInt8.self, capacity: count)
        scanlines(
            image.pixels, image.shape.width, image.shape.height, image.stride, channels: channels,
            filter: filter,
            into: out)
        return (image.shape, UnsafeRawBufferPointer(start: out, count: count))
    }

    /// Writes an opaque image's unfiltered RGB scanlines over the surface's own pixels, which
    /// needs no second buffer (4.8 MB for a 1600 x 1000 chart) and destroys the drawing.
    ///
    /// A scanline (1 + 3 x width bytes) is shorter than a row of pixels (4 x width bytes), so row y
    /// starts y x (width - 1) bytes before that row's pixels, and within a row pixel x is written
    /// to bytes that precede pixel x + 1. Going down the rows and along each row, every pixel is
    /// read before anything is written over it (the first row's filter byte only after its first
    /// pixel is read).
    /// - Returns: `nil` when the image has transparency or `filter` is not `.none`: those
    ///   scanlines are as long as the pixel rows or need the row above, so they go to a buffer.
    static func overwrite(_ surface: CairoSurface, filter: PNGRowFilter) -> (Shape, UnsafeRawBufferPointer)? {
        guard filter == .none, let image = try? SurfacePixels(surface), !image.shape.hasAlpha,
            image.stride >= 4 * image.shape.width
        else { return nil }
        let (width, height, stride) = (image.shape.width, image.shape.height, image.stride)
        let pixels = image.pixels
        let lineBytes = 1 + 3 * width
        for y in 0..<height {
            let source = pixels + y * stride
            let line = (pixels + y * lineBytes).assumingMemoryBound(to: UInt8.self)
            for x in 0..<width {
                let word = source.load(fromByteOffset: 4 * x, as: UInt32.self)
                if x == 0 { line[0] = 0 }
                let t = line + 1 + 3 * x
                t[0] = UInt8(truncatingIfNeeded: word >> 16)
                t[1] = UInt8(truncatingIfNeeded: word >> 8)
                t[2] = UInt8(truncatingIfNeeded: word)
            }
        }
        cairo_surface_mark_dirty(surface.raw)
        return (image.shape, UnsafeRawBufferPointer(start: pixels, count: lineBytes * height))
    }

    /// The pixels of an ARGB32 or RGB24 image surface (already flushed), and whether any of them
    /// is not fully opaque.
    private struct SurfacePixels {
        var shape: Shape
        var stride: Int
        var pixels: UnsafeMutableRawPointer

        init(_ surface: CairoSurface) throws {
            let format = cairo_image_surface_get_format(surface.raw)
            guard format == CAIRO_FORMAT_ARGB32 || format == CAIRO_FORMAT_RGB24 else {
                throw BackendError.cairo("the png encoder needs an ARGB32 or RGB24 image surface")
            }
            let width = Int(cairo_image_surface_get_width(surface.raw))
            let height = Int(cairo_image_surface_get_height(surface.raw))
            stride = Int(cairo_image_surface_get_stride(surface.raw))
            guard width > 0, height > 0, let data = cairo_image_surface_get_data(surface.raw) else {
                throw BackendError.cairo("the image surface has no pixels")
            }
            pixels = UnsafeMutableRawPointer(data)
            let hasAlpha =
                format == CAIRO_FORMAT_ARGB32 && !PNGScanlines.isOpaque(pixels, width, height, stride)
            shape = Shape(width: width, height: height, hasAlpha: hasAlpha)
        }
    }

    /// Whether every pixel of an ARGB32 image has alpha 255.
    fileprivate static func isOpaque(_ pixels: UnsafeRawPointer, _ width: Int, _ height: Int, _ stride: Int)
        -> Bool
    {
        for y in 0..<height {
            let row = (pixels + y * stride).assumingMemoryBound(to: UInt32.self)
            var all: UInt32 = 0xFFFF_FFFF
            for x in 0..<width { all &= row[x] }
            if all >> 24 != 0xFF { return false }
        }
        return true
    }

    private static func scanlines(
        _ pixels: UnsafeRawPointer, _ width: Int, _ height: Int, _ stride: Int, channels: Int,
        filter: PNGRowFilter, into out: UnsafeMutablePointer<UInt8>
    ) {
        let rowBytes = width * channels
        let lineBytes = rowBytes + 1
        if filter == .none {
            // The common case writes straight into the output, no intermediate rows.
            for y in 0..<height {
                let line = out + y * lineBytes
                line[0] = 0
                convertRow(pixels + y * stride, width, channels, into: line + 1)
            }
            return
        }
        let rows = UnsafeMutablePointer<UInt8>.allocate(capacity: 2 * rowBytes)
        let scratch = UnsafeMutablePointer<UInt8>.allocate(capacity: rowBytes)
        defer {
            rows.deallocate()
            scratch.deallocate()
        }
        var previous = rows, current = rows + rowBytes
        previous.initialize(repeating: 0, count: rowBytes)  // the row above the first is zeros
        for y in 0..<height {
            convertRow(pixels + y * stride, width, channels, into: current)
            let line = out + y * lineBytes
            let rowFilter: PNGRowFilter
            if filter == .adaptive {
                rowFilter = bestFilter(current, previous, rowBytes, channels, scratch: scratch)
            } else {
                rowFilter = filter
            }
            line[0] = rowFilter.typeByte
            apply(rowFilter, current, previous, rowBytes, channels, into: line + 1)
            swap(&previous, &current)
        }
    }

    /// One row of ARGB32 / RGB24 words as straight RGB or RGBA bytes.
    @inline(__always)
    private static func convertRow(
        _ source: UnsafeRawPointer, _ width: Int, _ channels: Int, into target: UnsafeMutablePointer<UInt8>
    ) {
        let words = source.assumingMemoryBound(to: UInt32.self)
        if channels == 3 {
            for x in 0..<width {
                let word = words[x]
                let t = target + 3 * x
                t[0] = UInt8(truncatingIfNeeded: word >> 16)
                t[1] = UInt8(truncatingIfNeeded: word >> 8)
                t[2] = UInt8(truncatingIfNeeded: word)
            }
            return
        }
        for x in 0..<width {
            let word = words[x]
            let a = word >> 24
            let t = target + 4 * x
            switch a {
            case 255:
                t[0] = UInt8(truncatingIfNeeded: word >> 16)
                t[1] = UInt8(truncatingIfNeeded: word >> 8)
                t[2] = UInt8(truncatingIfNeeded: word)
                t[3] = 255
            case 0:
                t[0] = 0
                t[1] = 0
                t[2] = 0
                t[3] = 0
            default:
                // Cairo's unpremultiply_data in cairo-png.c, to the bit.
                t[0] = UInt8(truncatingIfNeeded: ((word >> 16 & 0xFF) * 255 + a / 2) / a)
                t[1] = UInt8(truncatingIfNeeded: ((word >> 8 & 0xFF) * 255 + a / 2) / a)
                t[2] = UInt8(truncatingIfNeeded: ((word & 0xFF) * 255 + a / 2) / a)
                t[3] = UInt8(truncatingIfNeeded: a)
            }
        }
    }

    /// The filter libpng's heuristic picks: the smallest sum of the filtered bytes read as signed.
    private static func bestFilter(
        _ row: UnsafeMutablePointer<UInt8>, _ above: UnsafeMutablePointer<UInt8>, _ count: Int, _ bpp: Int,
        scratch: UnsafeMutablePointer<UInt8>
    ) -> PNGRowFilter {
        var best = PNGRowFilter.none
        var bestSum = Int.max
        for candidate in [PNGRowFilter.none, .sub, .up, .average, .paeth] {
            apply(candidate, row, above, count, bpp, into: scratch)
            var sum = 0
            for i in 0..<count { sum += abs(Int(Int8(bitPattern: scratch[i]))) }
            if sum < bestSum {
                bestSum = sum
                best = candidate
            }
        }
        return best
    }

    /// Writes `row` filtered with `filter` (not adaptive) to `target`.
    private static func apply(
        _ filter: PNGRowFilter, _ row: UnsafeMutablePointer<UInt8>, _ above: UnsafeMutablePointer<UInt8>,
        _ count: Int, _ bpp: Int, into target: UnsafeMutablePointer<UInt8>
    ) {
        switch filter {
        case .none, .adaptive:
            target.update(from: row, count: count)
        case .sub:
            for i in 0..<count { target[i] = row[i] &- (i >= bpp ? row[i - bpp] : 0) }
        case .up:
            for i in 0..<count { target[i] = row[i] &- above[i] }
        case .average:
            for i in 0..<count {
                let left = i >= bpp ? Int(row[i - bpp]) : 0
                target[i] = row[i] &- UInt8((left + Int(above[i])) / 2)
            }
        case .paeth:
            for i in 0..<count {
                let a = i >= bpp ? Int(row[i - bpp]) : 0
                let b = Int(above[i])
                let c = i >= bpp ? Int(above[i - bpp]) : 0
                let p = a + b - c
                let pa = abs(p - a), pb = abs(p - b), pc = abs(p - c)
                let predictor = pa <= pb && pa <= pc ? a : (pb <= pc ? b : c)
                target[i] = row[i] &- UInt8(predictor)
            }
        }
    }
}

extension PNGRowFilter {
    /// The filter-type byte that starts a scanline.
    var typeByte: UInt8 {
        switch self {
        case .none, .adaptive: 0
        case .sub: 1
        case .up: 2
        case .average: 3
        case .paeth: 4
        }
    }
}

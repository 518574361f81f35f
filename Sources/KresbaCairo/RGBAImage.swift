import CPangoCairo

/// A decoded raster image with straight (not premultiplied) 8-bit RGBA pixels, row by row from
/// the top left: for tests, golden-image comparison and diff pictures.
public struct RGBAImage: Sendable, Equatable {
    /// Width in pixels.
    public var width: Int
    /// Height in pixels.
    public var height: Int
    /// `width * height * 4` bytes: red, green, blue, alpha for each pixel.
    public var pixels: [UInt8]

    /// One pixel's channels.
    public struct Pixel: Sendable, Equatable, CustomStringConvertible {
        public var red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8

        /// Creates a pixel.
        public init(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8 = 255) {
            self.red = red
            self.green = green
            self.blue = blue
            self.alpha = alpha
        }

        /// `rgba(r, g, b, a)`, for test failure messages.
        public var description: String { "rgba(\(red), \(green), \(blue), \(alpha))" }
    }

    /// Creates an image; `pixels` must hold `width * height * 4` bytes.
    public init(width: Int, height: Int, pixels: [UInt8]) {
        precondition(width >= 0 && height >= 0 && pixels.count == width * height * 4, "pixel count mismatch")
        self.width = width
        self.height = height
        self.pixels = pixels
    }

    /// A `width` x `height` image filled with one colour.
    public init(width: Int, height: Int, fill: Pixel) {
        self.init(
            width: width, height: height,
            pixels: Array(repeating: [fill.red, fill.green, fill.blue, fill.alpha], count: width * height)
                .flatMap { $0 })
    }

    /// The pixel at column `x`, row `y` (both from 0, top left).
    public func pixel(x: Int, y: Int) -> Pixel {
        precondition(
            (0..<width).contains(x) && (0..<height).contains(y), "pixel (\(x), \(y)) outside the image")
        let i = (y * width + x) * 4
        return Pixel(red: pixels[i], green: pixels[i + 1], blue: pixels[i + 2], alpha: pixels[i + 3])
    }

    /// Sets the pixel at column `x`, row `y`.
    public mutating func setPixel(x: Int, y: Int, _ pixel: Pixel) {
        precondition(
            (0..<width).contains(x) && (0..<height).contains(y), "pixel (\(x), \(y)) outside the image")
        let i = (y * width + x) * 4
        pixels.replaceSubrange(i..<i + 4, with: [pixel.red, pixel.green, pixel.blue, pixel.alpha])
    }

    /// Decodes PNG bytes (any colour type Cairo reads: grey, RGB, palette, with or without alpha).
    /// - Throws: ``BackendError/invalidImage(_:)`` for bytes that are not a readable PNG.
    public static func decodePNG(_ bytes: [UInt8]) throws -> RGBAImage {
        let decoded = try decodePNGSurface(bytes)
        // Cairo gives ARGB32 or RGB24 depending on the file; drawing onto an ARGB32 surface
        // gives one memory layout to read.
        let width = cairo_image_surface_get_width(decoded.raw)
        let height = cairo_image_surface_get_height(decoded.raw)
        let surface = try CairoSurface(
            cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height),
            "creating a \(width)x\(height) image")
        let context = try CairoContext(surface: surface)
        cairo_set_operator(context.raw, CAIRO_OPERATOR_SOURCE)
        cairo_set_source_surface(context.raw, decoded.raw, 0, 0)
        cairo_paint(context.raw)
        try context.check("converting a decoded png")
        cairo_surface_flush(surface.raw)
        return try read(surface)
    }

    /// Encodes the image as a PNG (via Cairo, so 8-bit RGBA or RGB).
    public func encodePNG() throws -> [UInt8] {
        let surface = try CairoSurface(
            cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height)),
            "creating a \(width)x\(height) image")
        cairo_surface_flush(surface.raw)
        guard let data = cairo_image_surface_get_data(surface.raw) else {
            throw BackendError.cairo("image surface has no pixel data")
        }
        let stride = Int(cairo_image_surface_get_stride(surface.raw))
        let target = UnsafeMutableRawPointer(data)
        pixels.withUnsafeBufferPointer { source in
            for y in 0..<height {
                for x in 0..<width {
                    let i = (y * width + x) * 4
                    let a = UInt32(source[i + 3])
                    // Cairo stores premultiplied alpha in a native-endian 32-bit word, 0xAARRGGBB.
                    let r = (UInt32(source[i]) * a + 127) / 255
                    let g = (UInt32(source[i + 1]) * a + 127) / 255
                    let b = (UInt32(source[i + 2]) * a + 127) / 255
                    target.storeBytes(
                        of: a << 24 | r << 16 | g << 8 | b, toByteOffset: y * stride + x * 4, as: UInt32.self)
                }
            }
        }
        cairo_surface_mark_dirty(surface.raw)
        return try PNGEncoder.encode(surface, dpi: nil)
    }

    /// Reads an ARGB32 surface into straight RGBA.
    static func read(_ surface: CairoSurface) throws -> RGBAImage {
        guard cairo_image_surface_get_format(surface.raw) == CAIRO_FORMAT_ARGB32 else {
            throw BackendError.cairo("expected an ARGB32 image surface")
        }
        let width = Int(cairo_image_surface_get_width(surface.raw))
        let height = Int(cairo_image_surface_get_height(surface.raw))
        let stride = Int(cairo_image_surface_get_stride(surface.raw))
        guard width > 0, height > 0 else { return RGBAImage(width: width, height: height, pixels: []) }
        guard let data = cairo_image_surface_get_data(surface.raw) else {
            throw BackendError.cairo("image surface has no pixel data")
        }
        let source = UnsafeRawPointer(data)
        var pixels = [UInt8](repeating: 0, count: width * height * 4)
        pixels.withUnsafeMutableBufferPointer { target in
            for y in 0..<height {
                for x in 0..<width {
                    let word = source.load(fromByteOffset: y * stride + x * 4, as: UInt32.self)
                    let a = word >> 24
                    guard a > 0 else { continue }  // fully transparent stays (0, 0, 0, 0)
                    let i = (y * width + x) * 4
                    target[i] = UInt8(min(255, ((word >> 16 & 0xFF) * 255 + a / 2) / a))
                    target[i + 1] = UInt8(min(255, ((word >> 8 & 0xFF) * 255 + a / 2) / a))
                    target[i + 2] = UInt8(min(255, ((word & 0xFF) * 255 + a / 2) / a))
                    target[i + 3] = UInt8(a)
                }
            }
        }
        return RGBAImage(width: width, height: height, pixels: pixels)
    }
}

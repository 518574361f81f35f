import CPangoCairo
import Foundation
import KresbaScene

/// Renders scenes to PNG, SVG and PDF with Cairo and Pango.
///
/// The backend is a cheap value holding the shared ``FontLibrary``. Every render creates its own
/// text measurer (font map and Pango context), surface and context, so renders may run on any
/// number of threads at once.
public struct CairoBackend: Sendable {
    /// The fonts every render draws with.
    public let fonts: FontLibrary

    /// PDF user space is in points (1/72 in); scenes are in CSS pixels (1/96 in).
    static let pointsPerPixel = 0.75

    /// Creates a backend drawing with `fonts`.
    public init(fonts: FontLibrary) {
        self.fonts = fonts
    }

    /// A measurer that gives exactly the widths this backend draws, for laying out scenes.
    public func makeMeasurer() throws -> PangoTextMeasurer {
        try PangoTextMeasurer(fonts: fonts)
    }

    /// Renders `scene` as a PNG image of `ceil(width * scale)` x `ceil(height * scale)` pixels.
    /// - Parameters:
    ///   - scale: device pixels per scene pixel (2 for a "retina" image).
    ///   - dpi: if given, written into the file (pHYs chunk) so print software sizes it correctly.
    ///   - measurer: the measurer the scene was laid out with, reused so its font map and glyph
    ///     caches are not built twice; a new one when `nil`.
    ///   - buffers: pixel and encoder memory kept from earlier renders (see ``RasterBuffers``);
    ///     fresh memory when `nil`. The output does not depend on it.
    public func png(
        _ scene: Scene, scale: Double = 1, dpi: Double? = nil, measurer: PangoTextMeasurer? = nil,
        buffers: RasterBuffers? = nil
    ) throws -> [UInt8] {
        if let dpi, !(dpi > 0 && dpi.isFinite) {
            throw BackendError.invalidScene("dpi must be a positive number, got \(dpi)")
        }
        let surface = try rasterize(scene, scale: scale, measurer: measurer, buffers: buffers)
        return try PNGEncoder.encode(
            surface, dpi: dpi, writer: PNGWriter.current, buffers: buffers, consumingPixels: true)
    }

    /// Renders `scene` as an SVG document in CSS pixels, with the scene's title and description
    /// as accessible `<title>` / `<desc>`, and ids that do not depend on earlier renders.
    public func svg(_ scene: Scene, measurer: PangoTextMeasurer? = nil) throws -> [UInt8] {
        try checkSize(scene, scale: 1)
        let sink = ByteSink()
        try sink.withClosure { closure in
            let surface = try CairoSurface(
                cairo_svg_surface_create_for_stream(ByteSink.write, closure, scene.width, scene.height),
                "creating an svg surface")
            cairo_svg_surface_set_document_unit(surface.raw, CAIRO_SVG_UNIT_PX)
            try draw(scene, on: surface, scale: 1, raster: false, measurer: measurer)
            try surface.finish()
        }
        return SVGPostProcessor.process(sink.bytes, metadata: scene.metadata)
    }

    /// Renders `scene` as a one-page PDF (page size in points, fonts embedded as subsets).
    ///
    /// The file is byte-for-byte reproducible: creation and modification dates come from
    /// `creationDate`, else from the `SOURCE_DATE_EPOCH` environment variable, else are fixed
    /// at 2000-01-01T00:00:00Z.
    public func pdf(_ scene: Scene, creationDate: Date? = nil, measurer: PangoTextMeasurer? = nil) throws
        -> [UInt8]
    {
        try checkSize(scene, scale: 1)
        let date = DocumentDate.iso8601(try DocumentDate.resolve(explicit: creationDate))
        let sink = ByteSink()
        try sink.withClosure { closure in
            let surface = try CairoSurface(
                cairo_pdf_surface_create_for_stream(
                    ByteSink.write, closure, scene.width * Self.pointsPerPixel,
                    scene.height * Self.pointsPerPixel),
                "creating a pdf surface")
            let metadata: [(cairo_pdf_metadata_t, String)] = [
                (CAIRO_PDF_METADATA_TITLE, scene.metadata.title),
                (CAIRO_PDF_METADATA_AUTHOR, scene.metadata.author),
                (CAIRO_PDF_METADATA_SUBJECT, scene.metadata.description),
                (CAIRO_PDF_METADATA_CREATOR, "Kresba"),
                (CAIRO_PDF_METADATA_CREATE_DATE, date),
                (CAIRO_PDF_METADATA_MOD_DATE, date),
            ]
            for (key, value) in metadata where !value.isEmpty {
                cairo_pdf_surface_set_metadata(surface.raw, key, value)
            }
            try checkStatus(cairo_surface_status(surface.raw), "setting pdf metadata")
            try draw(scene, on: surface, scale: Self.pointsPerPixel, raster: false, measurer: measurer)
            try surface.finish()
        }
        return sink.bytes
    }

    /// Draws `scene` into a new ARGB32 image surface (premultiplied alpha), `scale` device
    /// pixels per scene pixel; transparent where the scene has no background.
    func rasterize(
        _ scene: Scene, scale: Double, measurer: PangoTextMeasurer? = nil, buffers: RasterBuffers? = nil
    ) throws -> CairoSurface {
        let (width, height) = try checkSize(scene, scale: scale)
        let surface: CairoSurface
        if let buffers {
            let stride = cairo_format_stride_for_width(CAIRO_FORMAT_ARGB32, width)
            let count = Int(stride) * Int(height)
            let pixels = buffers.pixels.reserve(count).initializeMemory(
                as: UInt8.self, repeating: 0, count: count)
            // Cleared as a new surface is (transparent black), so reused memory draws the same pixels.
            surface = try CairoSurface(
                cairo_image_surface_create_for_data(pixels, CAIRO_FORMAT_ARGB32, width, height, stride),
                "creating a \(width)x\(height) image")
        } else {
            surface = try CairoSurface(
                cairo_image_surface_create(CAIRO_FORMAT_ARGB32, width, height),
                "creating a \(width)x\(height) image")
        }
        try draw(scene, on: surface, scale: scale, raster: true, measurer: measurer)
        cairo_surface_flush(surface.raw)
        return surface
    }

    /// Draws `scene` onto `surface` with scene pixels scaled by `scale`.
    private func draw(
        _ scene: Scene, on surface: CairoSurface, scale: Double, raster: Bool,
        measurer: PangoTextMeasurer? = nil
    ) throws {
        let context = try CairoContext(surface: surface)
        cairo_scale(context.raw, scale, scale)
        let drawer = SceneDrawer(context: context, measurer: try measurer ?? makeMeasurer(), raster: raster)
        try drawer.draw(scene)
        try context.check("drawing the scene")
        try checkStatus(cairo_surface_status(surface.raw), "drawing the scene")
    }

    /// The device size of `scene` at `scale`, rejecting sizes Cairo cannot make.
    @discardableResult
    private func checkSize(_ scene: Scene, scale: Double) throws -> (Int32, Int32) {
        guard scale > 0, scale.isFinite else {
            throw BackendError.invalidScene("scale must be a positive number, got \(scale)")
        }
        // A hair of tolerance so 800 * 1.1 (= 880.0000000000001) gives 880 pixels, not 881.
        let width = (scene.width * scale - 1e-9).rounded(.up)
        let height = (scene.height * scale - 1e-9).rounded(.up)
        // Cairo's limit for image surfaces; vector surfaces accept more but no viewer does.
        let limit = 32_767.0
        guard scene.width > 0, scene.height > 0, width <= limit, height <= limit else {
            throw BackendError.invalidScene(
                "size must be positive and at most \(Int(limit)) px at scale \(scale), got \(scene.width) x \(scene.height)"
            )
        }
        return (Int32(width), Int32(height))
    }
}

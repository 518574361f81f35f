import Foundation
import KresbaCairo
import KresbaCore
import KresbaScene

/// Renders chart specs to PNG, SVG or PDF.
///
/// A renderer is `Sendable`: create one and call it from as many threads as you like. Each call
/// draws on its own Cairo surface with a Pango font map no other call is using at the same time;
/// font maps and pixel memory are kept for the renderer's next calls, which makes a portal's
/// long-running renderer faster than one made per chart (see `RenderResourcePool`).
///
/// ```swift
/// let renderer = try Renderer()
/// let png = try renderer.render(specAt: URL(fileURLWithPath: "okresy.yaml"), as: .png(scale: 2))
/// try Data(png.bytes).write(to: URL(fileURLWithPath: "okresy.png"))
/// ```
public struct Renderer: Sendable {
    /// The options the renderer was made with.
    public let options: RenderOptions
    private let fonts: FontLibrary
    private let compiler: ChartCompiler
    private let resources: RenderResourcePool

    /// Creates a renderer, loading the fonts once.
    /// - Throws: ``KresbaError`` when no font folder is found or it holds no fonts.
    public init(options: RenderOptions = RenderOptions()) throws {
        self.options = options
        guard !options.fontDirectories.isEmpty else {
            throw KresbaError(
                Diagnostic(
                    .error, "cannot find the bundled fonts; set KRESBA_FONTS or pass a font folder (--fonts)",
                    file: "<fonts>"))
        }
        do {
            fonts = try FontLibrary(directories: options.fontDirectories)
        } catch {
            throw KresbaError(Diagnostic(.error, "\(error)", file: "<fonts>"))
        }
        // One cache for the renderer's lifetime, so parallel renders share its downloads.
        let downloads = DownloadCache(
            settings: DownloadSettings(
                cacheDirectory: options.cacheDirectory ?? DownloadSettings.defaultCacheDirectory,
                offline: options.offline, timeout: options.downloadTimeout))
        compiler = ChartCompiler(
            dataRoots: options.dataRoots, catalogs: options.catalogs, downloads: downloads)
        resources = RenderResourcePool(fonts: fonts)
    }

    /// Forgets the geometry kept from earlier renders, so the next render reads its map files as
    /// for the first time (for benchmarks; fonts and memory stay).
    package func forgetGeometry() { compiler.geometry.removeAll() }

    /// Renders a spec given as bytes.
    /// - Parameters:
    ///   - spec: the YAML or JSON text.
    ///   - name: the spec's name in messages (e.g. its file name).
    ///   - baseURL: the folder relative data paths start from.
    ///   - format: the output format.
    /// - Throws: ``KresbaError`` with every problem found.
    public func render(spec: Data, name: String = "<spec>", baseURL: URL, as format: OutputFormat) throws
        -> Rendering
    {
        try render(spec: spec, name: name, baseURL: baseURL, as: [format])[0]
    }

    /// Renders a spec file; relative data paths start from its folder.
    public func render(specAt url: URL, as format: OutputFormat) throws -> Rendering {
        try render(specAt: url, as: [format])[0]
    }

    /// Renders a spec file to several formats, reading and laying it out once.
    /// - Parameter size: width and height in CSS pixels that replace the spec's `size` (one chart
    ///   drawn for several places, as a build's sizes do).
    public func render(specAt url: URL, as formats: [OutputFormat], size: RenderSize? = nil) throws
        -> [Rendering]
    {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw KresbaError(Diagnostic(.error, "cannot read the spec file", file: url.lastPathComponent))
        }
        return try render(
            spec: data, name: url.lastPathComponent, baseURL: url.deletingLastPathComponent(), as: formats,
            size: size)
    }

    /// Renders spec bytes to several formats, reading and laying them out once.
    public func render(
        spec: Data, name: String, baseURL: URL, as formats: [OutputFormat], size: RenderSize? = nil
    ) throws -> [Rendering] {
        try withResources(file: name) { resources in
            try render(spec: spec, name: name, baseURL: baseURL, as: formats, size: size, with: resources)
        }
    }

    private func render(
        spec: Data, name: String, baseURL: URL, as formats: [OutputFormat], size: RenderSize?,
        with resources: RenderResourcePool.Resources
    ) throws -> [Rendering] {
        let measurer = resources.measurer
        var output = try compiler.compile(
            [UInt8](spec), file: name, baseURL: baseURL, measurer: measurer,
            size: size.map { ChartSize(width: $0.width, height: $0.height) })
        if options.transparentBackground { output.scene.background = nil }
        do {
            // After the background is settled: over a transparent one every halo stays visible.
            try output.scene.dropHalosOverBackground(measurer: measurer)
        } catch {
            throw KresbaError(Diagnostic(.error, "cannot lay out the chart: \(error)", file: name))
        }
        let backend = CairoBackend(fonts: fonts)
        return try formats.map { format in
            let bytes: [UInt8]
            do {
                switch format {
                // The layout's measurer draws too: one font map and one set of glyph caches per render.
                case .png(let scale, let dpi):
                    bytes = try backend.png(
                        output.scene, scale: scale, dpi: dpi, measurer: measurer, buffers: resources.buffers)
                case .svg: bytes = try backend.svg(output.scene, measurer: measurer)
                case .pdf:
                    bytes = try backend.pdf(
                        output.scene, creationDate: options.pdfCreationDate, measurer: measurer)
                }
            } catch {
                throw KresbaError(Diagnostic(.error, "cannot draw the chart: \(error)", file: name))
            }
            return Rendering(
                bytes: bytes, warnings: output.warnings, altText: output.scene.metadata.description,
                title: output.scene.metadata.title, inputFiles: output.inputs.files,
                inputURLs: output.inputs.urls)
        }
    }

    /// Runs `body` with resources no other call is using, reporting a font map that cannot be
    /// made as an error about `file`.
    private func withResources<T>(file: String, _ body: (RenderResourcePool.Resources) throws -> T) throws
        -> T
    {
        do {
            return try resources.withResources(body)
        } catch let error as KresbaError {
            throw error
        } catch {
            throw KresbaError(Diagnostic(.error, "\(error)", file: file))
        }
    }

    /// Checks a spec and its data without drawing; returns the warnings.
    /// - Throws: ``KresbaError`` with every problem found.
    public func validate(specAt url: URL) throws -> [Diagnostic] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw KresbaError(Diagnostic(.error, "cannot read the spec file", file: url.lastPathComponent))
        }
        // Laying out also checks that every font the theme names exists.
        return try withResources(file: url.lastPathComponent) { resources in
            try compiler.compile(
                [UInt8](data), file: url.lastPathComponent, baseURL: url.deletingLastPathComponent(),
                measurer: resources.measurer
            ).warnings
        }
    }
}

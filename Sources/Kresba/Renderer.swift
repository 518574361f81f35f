import Foundation
import KresbaCairo
import KresbaCore
import KresbaScene

/// Renders chart specs to PNG, SVG or PDF.
///
/// A renderer is immutable and `Sendable`: create one and call it from as many threads as you
/// like. Each call builds its own Cairo surface and Pango font map; only the read-only font
/// configuration is shared.
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
    }

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
    public func render(specAt url: URL, as formats: [OutputFormat]) throws -> [Rendering] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw KresbaError(Diagnostic(.error, "cannot read the spec file", file: url.lastPathComponent))
        }
        return try render(
            spec: data, name: url.lastPathComponent, baseURL: url.deletingLastPathComponent(), as: formats)
    }

    /// Renders spec bytes to several formats, reading and laying them out once.
    public func render(spec: Data, name: String, baseURL: URL, as formats: [OutputFormat]) throws
        -> [Rendering]
    {
        let measurer: PangoTextMeasurer
        do {
            measurer = try PangoTextMeasurer(fonts: fonts)
        } catch {
            throw KresbaError(Diagnostic(.error, "\(error)", file: name))
        }
        var output = try compiler.compile([UInt8](spec), file: name, baseURL: baseURL, measurer: measurer)
        if options.transparentBackground { output.scene.background = nil }
        let backend = CairoBackend(fonts: fonts)
        return try formats.map { format in
            let bytes: [UInt8]
            do {
                switch format {
                // The layout's measurer draws too: one font map and one set of glyph caches per render.
                case .png(let scale, let dpi):
                    bytes = try backend.png(output.scene, scale: scale, dpi: dpi, measurer: measurer)
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
                title: output.scene.metadata.title)
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
        let measurer: PangoTextMeasurer
        do {
            measurer = try PangoTextMeasurer(fonts: fonts)
        } catch {
            throw KresbaError(Diagnostic(.error, "\(error)", file: url.lastPathComponent))
        }
        // Laying out also checks that every font the theme names exists.
        return try compiler.compile(
            [UInt8](data), file: url.lastPathComponent, baseURL: url.deletingLastPathComponent(),
            measurer: measurer
        ).warnings
    }
}

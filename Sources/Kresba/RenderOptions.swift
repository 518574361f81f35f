import Foundation

/// How a ``Renderer`` finds fonts and data, and what it writes into documents.
public struct RenderOptions: Sendable {
    /// Folders with the fonts charts may use. Only these are visible (never the system's fonts),
    /// so output is the same on every machine. Defaults to the bundled `Fonts/` folder.
    public var fontDirectories: [URL]
    /// Folders data files may be read from, besides each spec's own folder.
    public var dataRoots: [URL]
    /// Creation date written into PDFs; defaults to `SOURCE_DATE_EPOCH`, else 2000-01-01.
    public var pdfCreationDate: Date?
    /// Draws without the theme's background (transparent PNG and SVG).
    public var transparentBackground: Bool
    /// Dataset catalog files (`datasets.yaml`) for `data: {dataset: id}`, consulted after a catalog
    /// beside the spec or in its `data/` folder. Files a catalog names may be read from its folder.
    public var catalogs: [URL]
    /// Where data named by http(s) URL are cached; `nil` means `$KRESBA_CACHE`, else
    /// `$XDG_CACHE_HOME/kresba`, else `~/.cache/kresba`.
    public var cacheDirectory: URL?
    /// Uses only data already in the cache; a URL that is not cached is an error.
    public var offline: Bool
    /// Seconds a download may take.
    public var downloadTimeout: Double

    /// Creates options; with no font folders given, the bundled fonts are located automatically.
    public init(
        fontDirectories: [URL]? = nil, dataRoots: [URL] = [], pdfCreationDate: Date? = nil,
        transparentBackground: Bool = false, catalogs: [URL] = [], cacheDirectory: URL? = nil,
        offline: Bool = false, downloadTimeout: Double = 30
    ) {
        self.fontDirectories = fontDirectories ?? BundledFonts.directory.map { [$0] } ?? []
        self.dataRoots = dataRoots
        self.pdfCreationDate = pdfCreationDate
        self.transparentBackground = transparentBackground
        self.catalogs = catalogs
        self.cacheDirectory = cacheDirectory
        self.offline = offline
        self.downloadTimeout = downloadTimeout
    }
}

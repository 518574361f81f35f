/// What a render produces.
public enum OutputFormat: Sendable, Equatable, Hashable {
    /// A PNG image: `scale` device pixels per CSS pixel (2 for high-density screens), and an
    /// optional resolution written into the file (pHYs) for print workflows.
    case png(scale: Double = 1, dpi: Double? = nil)
    /// An accessible SVG document (`role="img"`, `<title>`, `<desc>`), text as outlines.
    case svg
    /// A PDF page with embedded fonts and a fixed creation date.
    case pdf

    /// The usual file extension.
    public var fileExtension: String {
        switch self {
        case .png: "png"
        case .svg: "svg"
        case .pdf: "pdf"
        }
    }
}

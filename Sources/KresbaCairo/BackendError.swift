/// Everything the Cairo backend can refuse or fail at, with messages meant for the person who wrote
/// the chart spec (lower case, naming the thing that was wrong and what would have been accepted).
public enum BackendError: Error, CustomStringConvertible, Equatable, Sendable {
    /// A font directory given to ``FontLibrary`` does not exist or is not a directory.
    case fontDirectoryMissing(path: String)
    /// A font directory exists but fontconfig found no usable font files in it.
    case noFontsInDirectory(path: String)
    /// A font family was requested that the library does not hold; `resolved` is what fontconfig
    /// would have substituted silently.
    case missingFont(requested: String, resolved: String, available: [String])
    /// Cairo reported an error status; the text is Cairo's own description plus what was being done.
    case cairo(String)
    /// Pango or fontconfig failed to create an object (out of memory or a broken installation).
    case pango(String)
    /// Bytes that should have been a PNG image could not be decoded.
    case invalidImage(String)
    /// A scene or output parameter Cairo cannot draw (a size that is zero, negative or not finite).
    case invalidScene(String)
    /// `SOURCE_DATE_EPOCH` is set but is not a whole number of seconds.
    case invalidSourceDateEpoch(String)

    /// A one-line, lower-case message.
    public var description: String {
        switch self {
        case .fontDirectoryMissing(let path):
            return "font directory \"\(path)\" does not exist or is not a directory"
        case .noFontsInDirectory(let path):
            return "font directory \"\(path)\" holds no usable fonts (.otf, .ttf)"
        case .missingFont(let requested, let resolved, let available):
            let list = available.isEmpty ? "none" : available.joined(separator: ", ")
            let substitute = resolved.isEmpty ? "" : " (pango would have substituted \"\(resolved)\")"
            return "font family \"\(requested)\" is not available; available families: \(list)\(substitute)"
        case .cairo(let text):
            return "cairo error: \(text)"
        case .pango(let text):
            return "pango error: \(text)"
        case .invalidImage(let text):
            return "invalid png image: \(text)"
        case .invalidScene(let text):
            return "invalid scene: \(text)"
        case .invalidSourceDateEpoch(let value):
            return "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970, got \"\(value)\""
        }
    }
}

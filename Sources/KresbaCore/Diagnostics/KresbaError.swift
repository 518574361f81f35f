/// A chart could not be rendered; carries every problem found, not just the first.
public struct KresbaError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The problems, errors first in the order found, then any warnings gathered so far.
    public var diagnostics: [Diagnostic]

    /// Creates an error from diagnostics (at least one should be an error).
    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// Creates an error with one diagnostic.
    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    /// All diagnostics, one per paragraph.
    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

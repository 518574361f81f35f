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

extension Diagnostic {
    /// Errors before warnings, each in the order they appear in the file (by line and column),
    /// so a reader can fix them top to bottom; those without a position keep their order at the end.
    public static func inReadingOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.severity != y.severity { return x.severity == .error }
            switch (x.position, y.position) {
            case let (p?, q?) where p != q: return (p.line, p.column) < (q.line, q.column)
            case (_?, nil): return true
            case (nil, _?): return false
            default: return a.offset < b.offset
            }
        }.map(\.element)
    }
}

import Foundation

/// A JSON Pointer (RFC 6901) into a chart spec, e.g. `/y/field` or `/reference/0/value`.
///
/// Every spec diagnostic carries one, so a message names the exact place to fix whether the
/// spec was written in YAML or JSON.
public struct SpecPath: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// The reference tokens, unescaped.
    public var tokens: [String]

    /// Creates a pointer from unescaped reference tokens.
    public init(_ tokens: [String] = []) {
        self.tokens = tokens
    }

    /// The document root (`""`).
    public static let root = SpecPath()

    /// The pointer extended by an object key.
    public func appending(_ key: String) -> SpecPath {
        SpecPath(tokens + [key])
    }

    /// The pointer extended by an array index.
    public func appending(_ index: Int) -> SpecPath {
        SpecPath(tokens + [String(index)])
    }

    /// The pointer text: `/a/b~1c` (`~` is written `~0`, `/` is written `~1`).
    public var description: String {
        tokens.map {
            "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        }
        .joined()
    }
}

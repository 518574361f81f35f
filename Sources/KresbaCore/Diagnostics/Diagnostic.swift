/// One problem found while reading, checking or rendering a chart.
///
/// Rendered like a compiler message:
/// ```
/// okresy.yaml#/y/field: error: unknown field "obyvatele"; did you mean "obyvatel"? (fields: okres, obyvatel, rok)
///     --> okresy.yaml:7:10
/// ```
public struct Diagnostic: Sendable, Equatable, CustomStringConvertible {
    /// How serious the problem is.
    public enum Severity: String, Sendable, Equatable {
        /// The chart cannot be rendered.
        case error
        /// The chart renders, but something the author wrote was ignored or adjusted.
        case warning
    }

    /// Error or warning.
    public var severity: Severity
    /// What is wrong, lower-case, values quoted, the expectation stated.
    public var message: String
    /// The spec file as the user named it (or `<spec>` for specs passed as bytes).
    public var file: String
    /// Where in the spec, as a JSON Pointer; `nil` for problems with the file as a whole.
    public var path: SpecPath?
    /// Line and column in the spec file, when known.
    public var position: SourcePosition?
    /// The data file and place in it, for problems in referenced data.
    public var dataLocation: String?

    /// Creates a diagnostic.
    public init(
        _ severity: Severity, _ message: String, file: String, path: SpecPath? = nil,
        position: SourcePosition? = nil, dataLocation: String? = nil
    ) {
        self.severity = severity
        self.message = message
        self.file = file
        self.path = path
        self.position = position
        self.dataLocation = dataLocation
    }

    /// The compiler-style text: the headline, then where to look.
    public var description: String {
        var head: String
        if let dataLocation {
            head = "\(dataLocation): \(severity.rawValue): \(message)"
            if let path { head += "\n    referenced from \(file)#\(path)" }
            return head
        }
        guard let path else {
            // Syntax errors have no pointer yet: the line and column lead, as in a compiler.
            let at = position.map { ":\($0.line):\($0.column)" } ?? ""
            return "\(file)\(at): \(severity.rawValue): \(message)"
        }
        head = "\(file)#\(path): \(severity.rawValue): \(message)"
        if let position { head += "\n    --> \(file):\(position.line):\(position.column)" }
        return head
    }
}

/// A 1-based line and column in a text file.
public struct SourcePosition: Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Line, from 1.
    public var line: Int
    /// Column in Unicode scalars, from 1.
    public var column: Int

    /// Creates a position.
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// `line:column`.
    public var description: String { "\(line):\(column)" }
}

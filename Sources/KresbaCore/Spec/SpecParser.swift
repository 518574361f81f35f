import Foundation
import Yams

/// Turns the bytes of a YAML or JSON spec into a ``SpecNode`` tree with positions.
///
/// Scalars are typed by a JSON-compatible subset of the YAML 1.2 core schema: only `true`/`false`,
/// `null`/`~` and numbers are special, so a Czech `ne`, a Norwegian `no` or a code `0513` stay text.
/// Quoted scalars are always text.
package enum SpecParser {
    /// Parses a document.
    /// - Parameter file: the name used in diagnostics.
    /// - Throws: ``KresbaError`` with the line and column of a syntax error.
    package static func parse(_ bytes: [UInt8], file: String) throws(KresbaError) -> SpecNode {
        guard var text = String(validating: bytes, as: UTF8.self) else {
            throw KresbaError(Diagnostic(.error, "the spec is not valid UTF-8 text", file: file))
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        if text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            throw KresbaError(Diagnostic(.error, "the spec is empty", file: file))
        }
        let root: Node?
        do {
            // The basic resolver: Kresba types scalars itself (`typed`), so Yams need not match every
            // scalar against its regular expressions (compiling them costs a millisecond per process).
            root = try Yams.compose(yaml: text, .basic)
        } catch let error as YamlError {
            throw KresbaError(syntaxDiagnostic(error, file: file))
        } catch {
            throw KresbaError(Diagnostic(.error, "cannot read the spec: \(error)", file: file))
        }
        guard let root else { throw KresbaError(Diagnostic(.error, "the spec is empty", file: file)) }
        return try convert(root, file: file, path: .root)
    }

    private static func position(_ mark: Mark?) -> SourcePosition? {
        mark.map { SourcePosition(line: $0.line, column: $0.column) }
    }

    private static func convert(_ node: Node, file: String, path: SpecPath) throws(KresbaError) -> SpecNode {
        switch node {
        case .scalar(let scalar):
            return SpecNode(typed(scalar), position: position(scalar.mark))
        case .sequence(let sequence):
            var items: [SpecNode] = []
            for (index, item) in sequence.enumerated() {
                items.append(try convert(item, file: file, path: path.appending(index)))
            }
            return SpecNode(.array(items), position: position(sequence.mark))
        case .mapping(let mapping):
            var members: [SpecMember] = []
            var seen: Set<String> = []
            for (keyNode, valueNode) in mapping {
                guard case .scalar(let keyScalar) = keyNode else {
                    throw KresbaError(
                        Diagnostic(
                            .error, "object keys must be plain text", file: file, path: path,
                            position: position(keyNode.mark)))
                }
                let key = keyScalar.string
                if !seen.insert(key).inserted {
                    throw KresbaError(
                        Diagnostic(
                            .error, "key \"\(key)\" appears twice in the same object", file: file,
                            path: path.appending(key), position: position(keyScalar.mark)))
                }
                let value = try convert(valueNode, file: file, path: path.appending(key))
                members.append(SpecMember(key: key, keyPosition: position(keyScalar.mark), value: value))
            }
            return SpecNode(.object(members), position: position(mapping.mark))
        }
    }

    private static func typed(_ scalar: Node.Scalar) -> SpecValue {
        let s = scalar.string
        guard scalar.style == .plain || scalar.style == .any else { return .string(s) }
        switch s {
        case "true", "True", "TRUE": return .bool(true)
        case "false", "False", "FALSE": return .bool(false)
        case "null", "Null", "NULL", "~", "": return .null
        default: break
        }
        if let number = jsonNumber(s) { return .number(number) }
        return .string(s)
    }

    /// A number written as JSON writes it (optionally with a leading `+`); codes with a
    /// leading zero such as `0513` are not numbers.
    private static func jsonNumber(_ s: String) -> Double? {
        var body = Substring(s)
        if body.first == "-" || body.first == "+" { body = body.dropFirst() }
        guard let first = body.first, first.isASCII, first.isNumber || first == "." else { return nil }
        let integerPart = body.prefix { $0.isASCII && $0.isNumber }
        if integerPart.count > 1 && integerPart.first == "0" { return nil }
        guard body.allSatisfy({ $0.isASCII && ($0.isNumber || ".eE+-".contains($0)) }) else { return nil }
        guard let value = Double(s), value.isFinite else { return nil }
        return value
    }

    private static func syntaxDiagnostic(_ error: YamlError, file: String) -> Diagnostic {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
            .composer(let context, let problem, let mark, _):
            var message = "syntax error: \(problem)"
            if let context { message += " (\(context.text) at line \(context.mark.line))" }
            return Diagnostic(.error, message, file: file, position: position(mark))
        case .reader(let problem, let offset, _, _):
            let at = offset.map { " at byte \($0)" } ?? ""
            return Diagnostic(.error, "cannot read the spec\(at): \(problem)", file: file)
        default:
            return Diagnostic(.error, "cannot read the spec: \(error)", file: file)
        }
    }
}

/// Walks a ``SpecNode`` tree, collecting every problem instead of stopping at the first.
///
/// Each accessor knows the JSON Pointer of what it reads, so messages name the exact place.
/// Unknown keys are errors with a "did you mean" hint, never silently ignored.
package final class SpecReader {
    /// The spec file name used in messages.
    package let file: String
    /// Problems found so far, in the order found.
    package private(set) var diagnostics: [Diagnostic] = []

    /// Creates a reader for one spec file.
    package init(file: String) {
        self.file = file
    }

    /// Hints for Vega-Lite habits whose concept Kresba spells more simply.
    static let vegaLiteHints = [
        "axis": "write the axis options (title, format, grid) directly on the channel",
        "scale": "write the domain directly on the channel: {field: …, domain: [0, 100]}",
        "mark": "the chart type is \"type\": bar, line, choropleth or pictogram",
        "encoding": "write x, y and color at the top level of the spec",
        "width": "the size is \"size\": {width: 800, height: 500}",
        "height": "the size is \"size\": {width: 800, height: 500}",
    ]

    /// Whether any error (not just warnings) has been reported.
    package var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Records an error at a spec location.
    package func error(_ message: String, at path: SpecPath, _ position: SourcePosition?) {
        diagnostics.append(Diagnostic(.error, message, file: file, path: path, position: position))
    }

    /// Records a warning at a spec location.
    package func warning(_ message: String, at path: SpecPath, _ position: SourcePosition?) {
        diagnostics.append(Diagnostic(.warning, message, file: file, path: path, position: position))
    }

    /// Records a diagnostic made elsewhere (e.g. by the data stage).
    package func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Views `node` as an object whose keys must come from `keys`.
    /// - Returns: `nil` (after reporting) when the node is not an object.
    package func object(_ node: SpecNode, at path: SpecPath, keys: [String]) -> SpecObject? {
        guard case .object(let members) = node.value else {
            error("expected an object, found \(node.kindDescription)", at: path, node.position)
            return nil
        }
        for member in members where !keys.contains(member.key) {
            var message = "unknown key \"\(member.key)\""
            if let hint = Suggestion.closest(to: member.key, in: keys) {
                message += "; did you mean \"\(hint)\"?"
            } else if let hint = Self.vegaLiteHints[member.key] {
                message += "; \(hint)"
            }
            message += " (keys: \(keys.joined(separator: ", ")))"
            error(message, at: path.appending(member.key), member.keyPosition)
        }
        return SpecObject(reader: self, path: path, node: node, members: members)
    }
}

/// An object in the spec, read key by key with type checks.
package struct SpecObject {
    /// The reader collecting problems.
    package let reader: SpecReader
    /// Where the object is.
    package let path: SpecPath
    /// The object node itself.
    package let node: SpecNode
    let members: [SpecMember]

    /// The raw node under `key`, or `nil` when absent (an explicit `null` counts as absent).
    package func node(_ key: String) -> SpecNode? {
        guard let member = members.first(where: { $0.key == key }) else { return nil }
        if case .null = member.value.value { return nil }
        return member.value
    }

    /// Whether the key is present.
    package func has(_ key: String) -> Bool { node(key) != nil }

    /// Reports a type mismatch for `key`.
    package func mismatch(_ key: String, expected: String, found node: SpecNode) {
        reader.error(
            "expected \(expected), found \(node.kindDescription)", at: path.appending(key), node.position)
    }

    /// A text value; numbers are accepted and written as text (a title "2024" is fine).
    package func string(_ key: String) -> String? {
        guard let n = node(key) else { return nil }
        switch n.value {
        case .string(let s): return s
        case .number(let d): return d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        default:
            mismatch(key, expected: "text", found: n)
            return nil
        }
    }

    /// A number, optionally checked against a range.
    package func number(_ key: String, in range: ClosedRange<Double>? = nil) -> Double? {
        guard let n = node(key) else { return nil }
        guard case .number(let d) = n.value else {
            mismatch(key, expected: "a number", found: n)
            return nil
        }
        if let range, !range.contains(d) {
            reader.error(
                "\(format(d)) is out of range; expected a number from \(format(range.lowerBound)) to "
                    + "\(format(range.upperBound))", at: path.appending(key), n.position)
            return nil
        }
        return d
    }

    /// A boolean.
    package func bool(_ key: String) -> Bool? {
        guard let n = node(key) else { return nil }
        guard case .bool(let b) = n.value else {
            mismatch(key, expected: "true or false", found: n)
            return nil
        }
        return b
    }

    /// One text or a list of texts.
    package func strings(_ key: String) -> [String]? {
        guard let n = node(key) else { return nil }
        switch n.value {
        case .string(let s): return [s]
        case .number: return string(key).map { [$0] }
        case .array(let items):
            var result: [String] = []
            for (i, item) in items.enumerated() {
                switch item.value {
                case .string(let s): result.append(s)
                case .number(let d): result.append(d == d.rounded() ? String(Int(d)) : String(d))
                default:
                    reader.error(
                        "expected text, found \(item.kindDescription)", at: path.appending(key).appending(i),
                        item.position)
                }
            }
            return result
        default:
            mismatch(key, expected: "text or a list of texts", found: n)
            return nil
        }
    }

    /// A value from a closed set, with a did-you-mean for typos.
    package func choice<T: RawRepresentable & CaseIterable>(_ key: String, _ type: T.Type) -> T?
    where T.RawValue == String {
        guard let n = node(key) else { return nil }
        guard case .string(let s) = n.value else {
            mismatch(key, expected: "one of \(T.allCases.map(\.rawValue).joined(separator: ", "))", found: n)
            return nil
        }
        if let value = T(rawValue: s) { return value }
        reportBadChoice(s, key: key, options: T.allCases.map(\.rawValue), node: n)
        return nil
    }

    /// Reports a value that is not one of `options`.
    package func reportBadChoice(_ value: String, key: String, options: [String], node: SpecNode) {
        var message = "unknown value \"\(value)\""
        if let hint = Suggestion.closest(to: value, in: options) { message += "; did you mean \"\(hint)\"?" }
        message += " (expected one of: \(options.joined(separator: ", ")))"
        reader.error(message, at: path.appending(key), node.position)
    }

    /// A nested object under `key`, with its own allowed keys.
    package func object(_ key: String, keys: [String]) -> SpecObject? {
        guard let n = node(key) else { return nil }
        return reader.object(n, at: path.appending(key), keys: keys)
    }

    /// A field name under `key`, remembering where it is written; `nil` (after reporting) when
    /// it is not text.
    package func fieldRef(_ key: String) -> FieldRef? {
        guard let node = node(key) else { return nil }
        guard case .string(let name) = node.value else {
            mismatch(key, expected: "a field name", found: node)
            return nil
        }
        return FieldRef(name: name, path: path(key), position: node.position)
    }

    /// The pointer of a key inside this object.
    package func path(_ key: String) -> SpecPath { path.appending(key) }

    private func format(_ d: Double) -> String {
        d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
    }
}

extension Array where Element: Hashable {
    /// The elements without repeats, in first-seen order.
    func uniqued() -> [Element] {
        var seen: Set<Element> = []
        return filter { seen.insert($0).inserted }
    }
}

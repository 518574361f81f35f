import Foundation

/// Finding the records array inside a JSON document.
///
/// Two spellings: a JSON Pointer (`/data/rows`, RFC 6901, with `~1` for `/` and `~0` for `~`) or a dotted
/// path (`data.rows`). In both, a segment that is a non-negative integer indexes an array.
enum JSONPath {
    /// The segments of a pointer or dotted path; the empty path (the root) has none.
    static func segments(of path: String) -> [String] {
        if path.isEmpty { return [] }
        if path.hasPrefix("/") {
            return path.dropFirst().split(separator: "/", omittingEmptySubsequences: false).map {
                $0.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            }
        }
        return path.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
    }

    /// The JSON Pointer spelling of `segments`.
    static func pointer(_ segments: [String]) -> String {
        segments.map {
            "/" + $0.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
        }.joined()
    }

    /// Follows `path` from `root`; the error names the first segment that does not resolve.
    static func resolve(
        _ path: String,
        in root: JSONNode,
        text: [UInt8],
        sourceName: String
    ) throws(DataError) -> (node: JSONNode, pointer: String) {
        var node = root
        var walked: [String] = []
        for segment in segments(of: path) {
            let here = pointer(walked)
            switch node.value {
            case .object(let members):
                guard let member = members.first(where: { $0.key == segment }) else {
                    let keys = members.prefix(20).map { Quoting.quoted($0.key) }.joined(separator: ", ")
                    throw error(
                        "path \(Quoting.quoted(path)): the object at \(Quoting.quoted(here)) has no key "
                            + Quoting.quoted(segment),
                        at: node, text: text, sourceName: sourceName, pointer: here,
                        suggestion: keys.isEmpty ? "the object is empty" : "its keys are \(keys)")
                }
                node = member.value
            case .array(let elements):
                guard let position = Int(segment), position >= 0, position < elements.count,
                    String(position) == segment
                else {
                    throw error(
                        "path \(Quoting.quoted(path)): the array at \(Quoting.quoted(here)) has no element "
                            + Quoting.quoted(segment),
                        at: node, text: text, sourceName: sourceName, pointer: here,
                        suggestion: "it has \(elements.count) elements, numbered from 0")
                }
                node = elements[position]
            default:
                throw error(
                    "path \(Quoting.quoted(path)): the value at \(Quoting.quoted(here)) is "
                        + "\(node.kindDescription), "
                        + "so it has no \(Quoting.quoted(segment))",
                    at: node, text: text, sourceName: sourceName, pointer: here, suggestion: nil)
            }
            walked.append(segment)
        }
        return (node, pointer(walked))
    }

    /// Dotted paths to arrays of objects in `root` (at most three levels down), for suggestions when the
    /// user did not say where the records are.
    static func recordArrays(in root: JSONNode, depth: Int = 3) -> [String] {
        var found: [String] = []
        func visit(_ node: JSONNode, _ path: [String], _ remaining: Int) {
            guard found.count < 5 else { return }
            switch node.value {
            case .array(let elements):
                if !path.isEmpty, let first = elements.first, case .object = first.value {
                    found.append(path.joined(separator: "."))
                }
            case .object(let members) where remaining > 0:
                for member in members { visit(member.value, path + [member.key], remaining - 1) }
            default:
                break
            }
        }
        visit(root, [], depth)
        return found
    }

    static func error(
        _ message: String,
        at node: JSONNode,
        text: [UInt8],
        sourceName: String,
        pointer: String,
        suggestion: String?,
        record: Int? = nil,
        fieldName: String? = nil
    ) -> DataError {
        let position = TextPosition.locate(offset: node.offset, in: text)
        return DataError(
            message: message,
            location: DataLocation(
                file: sourceName, line: position.line, column: position.column, record: record,
                fieldName: fieldName, pointer: pointer),
            suggestion: suggestion
        )
    }
}

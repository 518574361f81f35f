/// JSON to write, with object keys in the order given, so that output meant for scripts (`kresba data
/// --json`) is byte-for-byte the same on every run; Foundation's encoder sorts or hashes keys instead.
package indirect enum JSONOutput: Sendable {
    case object([(String, JSONOutput)])
    case array([JSONOutput])
    case string(String)
    case number(Double)
    case integer(Int)
    case bool(Bool)
    case null

    /// A string, or null when nil.
    package static func string(_ value: String?) -> JSONOutput { value.map(JSONOutput.string) ?? .null }

    /// A table cell: numbers, booleans and null as such, dates as ISO text.
    package static func value(_ value: DataValue) -> JSONOutput {
        switch value {
        case .number(let number): .number(number)
        case .text(let text): .string(text)
        case .bool(let flag): .bool(flag)
        case .date(let date): .string(date.description)
        case .missing: .null
        }
    }

    /// The JSON text, indented by two spaces per level; arrays of scalars stay on one line.
    package func rendered(indent: Int = 0) -> String {
        let inner = String(repeating: "  ", count: indent + 1)
        let outer = String(repeating: "  ", count: indent)
        switch self {
        case .object(let members):
            if members.isEmpty { return "{}" }
            let lines = members.map { "\(inner)\(Self.quoted($0.0)): \($0.1.rendered(indent: indent + 1))" }
            return "{\n" + lines.joined(separator: ",\n") + "\n\(outer)}"
        case .array(let elements):
            if elements.isEmpty { return "[]" }
            if elements.allSatisfy(\.isScalar) {
                return "[" + elements.map { $0.rendered() }.joined(separator: ", ") + "]"
            }
            let lines = elements.map { inner + $0.rendered(indent: indent + 1) }
            return "[\n" + lines.joined(separator: ",\n") + "\n\(outer)]"
        case .string(let text): return Self.quoted(text)
        case .number(let number):
            guard number.isFinite else { return "null" }
            return DataTable.text(of: number)
        case .integer(let number): return String(number)
        case .bool(let flag): return flag ? "true" : "false"
        case .null: return "null"
        }
    }

    /// A JSON string literal.
    package static func quoted(_ string: String) -> String {
        var result = "\""
        for scalar in string.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }

    private var isScalar: Bool {
        switch self {
        case .object, .array: false
        case .string, .number, .integer, .bool, .null: true
        }
    }
}

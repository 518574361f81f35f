/// Reads a JSON array of objects (records) into a table.
///
/// The array is the whole document or sits at `path` (`data.rows` or `/data/rows`). Columns come in
/// first-seen key order; values may be strings, numbers, booleans or null (missing). Everything else —
/// invalid JSON, a record that is not an object, a nested object or array as a value — is an error with
/// line, column and JSON Pointer. See ``DataTable/init(records:sourceName:)`` for how types are chosen;
/// JSON strings are never parsed as numbers, because JSON already says which values are numbers.
package enum JSONRecordsReader {
    package static func read(
        _ bytes: [UInt8],
        sourceName: String,
        path: String? = nil,
        limits: DataLimits = .init()
    ) throws(DataError) -> DataTable {
        guard bytes.count <= limits.maxBytes else {
            throw limits.tooLarge(bytes.count, sourceName: sourceName)
        }
        let decoded = try TextDecoding.decode(bytes, sourceName: sourceName, encoding: .utf8)
        let text = decoded.utf8
        let root = try JSONParser.parse(text, sourceName: sourceName, maxDepth: limits.maxDepth)
        let (node, pointer) = try JSONPath.resolve(path ?? "", in: root, text: text, sourceName: sourceName)

        guard case .array(let elements) = node.value else {
            var suggestion: String?
            if path == nil || path == "" {
                let candidates = JSONPath.recordArrays(in: root)
                if !candidates.isEmpty {
                    suggestion =
                        "give the path of the records, e.g. "
                        + candidates.map(Quoting.quoted).joined(separator: " or ")
                }
            }
            let place = pointer.isEmpty ? "the top-level value" : "the value at \(Quoting.quoted(pointer))"
            throw JSONPath.error(
                "\(place) is \(node.kindDescription), not an array of records",
                at: node, text: text, sourceName: sourceName, pointer: pointer,
                suggestion: suggestion ?? "the data must be an array of objects, one object per row")
        }
        guard !elements.isEmpty else {
            throw JSONPath.error(
                "the array of records is empty", at: node, text: text, sourceName: sourceName,
                pointer: pointer, suggestion: nil)
        }
        if elements.count > limits.maxRows {
            throw JSONPath.error(
                "the array has \(elements.count) records, more than the limit of \(limits.maxRows)",
                at: node, text: text, sourceName: sourceName, pointer: pointer,
                suggestion: "aggregate or filter the data before charting it, or raise the limit")
        }

        var records: [[(String, DataValue)]] = []
        records.reserveCapacity(elements.count)
        var keys: Set<String> = []
        var cells = 0
        for (index, element) in elements.enumerated() {
            let elementPointer = "\(pointer)/\(index)"
            guard case .object(let members) = element.value else {
                throw JSONPath.error(
                    "record \(Quoting.quoted(elementPointer)) is \(element.kindDescription), not an object",
                    at: element, text: text, sourceName: sourceName, pointer: elementPointer,
                    suggestion:
                        "every element of the array must be an object such as {\"name\": …, \"value\": …}",
                    record: index + 1)
            }
            var record: [(String, DataValue)] = []
            record.reserveCapacity(members.count)
            for member in members {
                let value: DataValue
                switch member.value.value {
                case .string(let string): value = .text(string)
                case .number(let number): value = .number(number)
                case .bool(let flag): value = .bool(flag)
                case .null: value = .missing
                case .object, .array:
                    let memberPointer = elementPointer + JSONPath.pointer([member.key])
                    throw JSONPath.error(
                        "value \(Quoting.quoted(memberPointer)) is \(member.value.kindDescription); "
                            + "a column value must be a string, number, boolean or null",
                        at: member.value, text: text, sourceName: sourceName, pointer: memberPointer,
                        suggestion: "flatten the records, or point the path at the nested array",
                        record: index + 1, fieldName: member.key)
                }
                record.append((member.key, value))
            }
            keys.formUnion(members.map(\.key))
            cells += members.count
            if keys.count > limits.maxColumns || cells > limits.maxCells {
                throw JSONPath.error(
                    keys.count > limits.maxColumns
                        ? "the records have more than \(limits.maxColumns) different keys, the column limit"
                        : "the records have more than \(limits.maxCells) values, the cell limit",
                    at: element, text: text, sourceName: sourceName, pointer: elementPointer,
                    suggestion: "aggregate or filter the data before charting it, or raise the limit",
                    record: index + 1)
            }
            records.append(record)
        }
        let format = DataFormatInfo(
            kind: .json, encoding: .utf8, byteOrderMark: decoded.byteOrderMark, recordsPointer: pointer)
        return DataTable(records: records, sourceName: sourceName, format: format)
    }
}

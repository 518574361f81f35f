/// The attribute side of geometry files: feature properties as table rows, and the `crs` member.
enum GeoProperties {
    /// The cells of one feature's `properties` (an object, null or absent), in document order.
    static func record(_ node: JSONNode?, pointer: String, context: GeoContext) throws(DataError)
        -> [(String, DataValue)]
    {
        guard let node else { return [] }
        switch node.value {
        case .null: return []
        case .object(let members): return members.map { ($0.key, context.cell($0.value)) }
        default:
            throw context.error(
                "\"properties\" of \(Quoting.quoted(pointer)) is \(node.kindDescription), not an object",
                at: node, pointer: pointer + "/properties",
                suggestion: "properties are an object such as {\"KOD_LAU1\": \"CZ0513\"}, or null")
        }
    }

    /// The table of all features' properties, checked against the column and cell limits.
    static func table(
        _ records: [[(String, DataValue)]],
        sourceName: String,
        kind: DataSourceKind,
        recordsPointer: String,
        byteOrderMark: Bool,
        limits: GeoLimits,
        root: JSONNode,
        text: [UInt8]
    ) throws(DataError) -> DataTable {
        var columns = RecordColumns()
        for record in records {
            columns.add(record)
            // Checked as the records come, before a column of every row is made for each new key.
            if exceedsLimits(columns, limits) {
                throw JSONPath.error(
                    columns.columnCount > limits.maxColumns
                        ? "the features have more than \(limits.maxColumns) different properties, the column limit"
                        : "the features have more than \(limits.maxCells) property values, the cell limit",
                    at: root, text: text, sourceName: sourceName, pointer: recordsPointer,
                    suggestion: "drop properties that are not needed, or raise the limit")
            }
        }
        return table(
            columns, sourceName: sourceName, kind: kind, recordsPointer: recordsPointer,
            byteOrderMark: byteOrderMark)
    }

    /// Whether the properties so far have more columns or cells than the limits allow.
    static func exceedsLimits(_ columns: RecordColumns, _ limits: GeoLimits) -> Bool {
        columns.columnCount > limits.maxColumns || columns.cellCount > limits.maxCells
    }

    /// The table of properties gathered in `columns` (within the limits).
    static func table(
        _ columns: RecordColumns, sourceName: String, kind: DataSourceKind, recordsPointer: String,
        byteOrderMark: Bool
    ) -> DataTable {
        let format = DataFormatInfo(
            kind: kind, encoding: .utf8, byteOrderMark: byteOrderMark, recordsPointer: recordsPointer)
        return columns.table(sourceName: sourceName, format: format)
    }

    /// The name in a `crs` member (`{"type": "name", "properties": {"name": "EPSG:5514"}}`, or a bare
    /// string, which some tools write); nil when there is none or it is null. A `link` CRS is named by
    /// its `href`.
    static func crsName(_ root: JSONNode, context: GeoContext) throws(DataError) -> String? {
        guard let crs = root.child("crs") else { return nil }
        switch crs.value {
        case .null: return nil
        case .string(let name): return name
        case .object:
            let properties = crs.child("properties")
            for key in ["name", "href", "code"] {
                if case .string(let name)? = properties?.child(key)?.value { return name }
                if case .number(let code)? = properties?.child(key)?.value {
                    return "EPSG:\(DataTable.text(of: code))"
                }
            }
            fallthrough
        default:
            throw context.error(
                "the \"crs\" member names no coordinate system", at: crs, pointer: "/crs",
                suggestion:
                    "write {\"type\": \"name\", \"properties\": {\"name\": \"EPSG:5514\"}}, or leave it out "
                    + "for longitude/latitude")
        }
    }
}

/// Small building blocks the transforms share, kept outside ``DataTable`` itself so the readers'
/// type stays as it is.
extension DataTable {
    /// The table with only the given rows, in the given order; field types stay as they were.
    ///
    /// Line numbers follow their rows, so a later message can still name the line in the file.
    func selectingRows(_ rows: [Int]) -> DataTable {
        var copy = self
        copy.fields = fields.map { field in
            DataField(name: field.name, type: field.type, values: rows.map { field.values[$0] })
        }
        copy.rowCount = rows.count
        copy.rowLines = rowLines.count == rowCount ? rows.map { rowLines[$0] } : []
        return copy
    }

    /// A table with new columns and rows but this table's name and format, for transforms whose
    /// rows no longer match lines of the file (so no line numbers are kept).
    func replacing(fields: [DataField], rowCount: Int) -> DataTable {
        DataTable(
            fields: fields, rowCount: rowCount, sourceName: sourceName, rowLines: [], format: format)
    }

    /// The table with `field` replacing the field of the same name, or appended when there is none.
    func setting(_ field: DataField) -> DataTable {
        var copy = self
        if let i = fields.firstIndex(where: { $0.name == field.name }) {
            copy.fields[i] = field
        } else {
            copy.fields.append(field)
        }
        return copy
    }

    /// A numeric column: `integer` when every value is whole, `number` otherwise; `nil` is missing.
    static func numericField(_ name: String, _ values: [Double?]) -> DataField {
        let whole = values.allSatisfy { v in
            guard let v else { return true }
            return abs(v) < ValueParsing.exactIntegerLimit && v.rounded(.towardZero) == v
        }
        return DataField(
            name: name, type: whole ? .integer : .number,
            values: values.map { $0.map(DataValue.number) ?? .missing })
    }
}

extension DataValue {
    /// The value as text for keys, labels and comparisons with text: numbers as the data writes
    /// them (`513`, `1.5`), booleans as `true`/`false`, dates in ISO form, `nil` for missing.
    var keyText: String? { isMissing ? nil : categoryText }
}

/// What every transform needs: the table so far, where to report, and the chart's language.
struct TransformContext {
    var table: DataTable
    let reader: SpecReader
    let locale: ChartLocale
    let step: TransformStep

    /// The field a reference names, or `nil` after reporting it as unknown with a did-you-mean.
    func field(_ ref: FieldRef, in other: DataTable? = nil) -> DataField? {
        let table = other ?? self.table
        if let f = table.field(named: ref.name) { return f }
        var message = "unknown field \"\(ref.name)\""
        if other != nil { message += " in \(table.sourceName)" }
        if let hint = Suggestion.closest(to: ref.name, in: table.fieldNames) {
            message += "; did you mean \"\(hint)\"?"
        }
        message += " (fields: \(table.fieldNames.joined(separator: ", ")))"
        reader.error(message, at: ref.path, ref.position)
        return nil
    }

    /// The field if it holds numbers; otherwise reports what `purpose` needs.
    func numericField(_ ref: FieldRef, for purpose: String) -> DataField? {
        guard let f = field(ref) else { return nil }
        guard f.type.isNumeric else {
            var message = "field \"\(f.name)\" holds \(Self.describe(f.type)); \(purpose) needs numbers"
            if let sample = f.values.lazy.compactMap(\.keyText).first { message += " (e.g. \"\(sample)\")" }
            reader.error(message, at: ref.path, ref.position)
            return nil
        }
        return f
    }

    /// The fields of a list, or `nil` when any is unknown (all unknown ones are reported).
    func fields(_ refs: [FieldRef]) -> [DataField]? {
        let found = refs.map { field($0) }
        let all = found.compactMap { $0 }
        return all.count == refs.count ? all : nil
    }

    /// Reports an error at the step itself or one of its keys.
    func error(_ message: String, key: String? = nil) {
        reader.error(message, at: key.map { step.path.appending($0) } ?? step.path, step.position)
    }

    /// Reports a warning at the step itself or one of its keys.
    func warning(_ message: String, key: String? = nil) {
        reader.warning(message, at: key.map { step.path.appending($0) } ?? step.path, step.position)
    }

    /// "text", "true/false values", … for messages.
    static func describe(_ type: FieldType) -> String {
        switch type.rawValue {
        case "boolean": "true/false values"
        case "number", "integer": "numbers"
        default: type.rawValue
        }
    }

    /// Up to `limit` quoted values, then how many more.
    static func list(_ values: [String], limit: Int = 10) -> String {
        var text = values.prefix(limit).map { "\"\($0)\"" }.joined(separator: ", ")
        if values.count > limit { text += " and \(values.count - limit) more" }
        return text
    }
}

/// Indices of rows grouped by the text of some fields, groups in first-seen order.
struct RowGroups {
    /// The first row of each group, then all its rows.
    private(set) var groups: [[Int]] = []
    private var index: [[String?]: Int] = [:]

    init(rowCount: Int, by fields: [DataField]) {
        for row in 0..<rowCount {
            let key = fields.map { $0.values[row].keyText }
            if let g = index[key] {
                groups[g].append(row)
            } else {
                index[key] = groups.count
                groups.append([row])
            }
        }
    }
}

extension DataTable {
    /// Builds a table from records given as ordered key/value pairs: inline `values` in a spec, or JSON.
    ///
    /// Columns appear in first-seen key order over all records. A key missing from a record is a missing
    /// value; a key repeated within one record keeps its last value. Column types follow the values:
    /// all numbers → `integer` when every one is whole (and exactly representable), else `number`; all
    /// booleans → `boolean`; all texts dates in one ``DateFormat`` other than a bare year → `date`;
    /// anything else → `text`, with numbers, booleans and dates written out as text (`1.5`, `true`,
    /// `2024-01`) so that nothing is lost. Text that is empty or only whitespace is missing, as in CSV.
    package init(records: [[(String, DataValue)]], sourceName: String) {
        self.init(records: records, sourceName: sourceName, format: DataFormatInfo(kind: .inline))
    }

    init(records: [[(String, DataValue)]], sourceName: String, format: DataFormatInfo) {
        var columns = RecordColumns()
        for record in records { columns.add(record) }
        self = columns.table(sourceName: sourceName, format: format)
    }

    /// The field of a column's values, typed as the records' values say (see above).
    static func typedField(name: String, values: [DataValue]) -> DataField {
        var numbers = 0
        var wholeNumbers = 0
        var booleans = 0
        var texts = 0
        var dates = 0
        for value in values {
            switch value {
            case .number(let number):
                numbers += 1
                if abs(number) < ValueParsing.exactIntegerLimit && number.rounded(.towardZero) == number {
                    wholeNumbers += 1
                }
            case .bool: booleans += 1
            case .text: texts += 1
            case .date: dates += 1
            case .missing: break
            }
        }
        if numbers == 0 && booleans == 0 && texts + dates > 0,
            let dated = datedField(name: name, values: values, texts: texts)
        {
            return dated
        }
        if numbers > 0 && booleans == 0 && texts == 0 && dates == 0 {
            return DataField(name: name, type: numbers == wholeNumbers ? .integer : .number, values: values)
        }
        if booleans > 0 && numbers == 0 && texts == 0 && dates == 0 {
            return DataField(name: name, type: .boolean, values: values)
        }
        if numbers == 0 && booleans == 0 && dates == 0 {
            return DataField(name: name, type: .text, values: values)
        }
        let asText = values.map { value -> DataValue in
            switch value {
            case .number(let number): .text(Self.text(of: number))
            case .bool(let flag): .text(flag ? "true" : "false")
            case .date(let date): .text(date.description)
            case .text, .missing: value
            }
        }
        return DataField(name: name, type: .text, values: asText)
    }

    /// The field as dates when every text parses as a date in one detected format (JSON has no date type,
    /// so dates arrive as strings); values that are already dates count as any format.
    private static func datedField(name: String, values: [DataValue], texts: Int) -> DataField? {
        var format: DateFormat?
        var converted = values
        for (index, value) in values.enumerated() {
            guard case .text(let text) = value else { continue }
            guard let (date, valueFormat) = DateParsing.parse(text), valueFormat.isDetected,
                format == nil || format == valueFormat
            else { return nil }
            format = valueFormat
            converted[index] = .date(date)
        }
        return DataField(name: name, type: .date, values: converted, dateFormat: format)
    }

    /// `3` for whole numbers, the shortest round-tripping form otherwise (`1.5`, `1e+20`).
    static func text(of number: Double) -> String {
        if abs(number) < 1e15 && number.rounded(.towardZero) == number {
            return String(Int64(number))
        }
        return String(number)
    }
}

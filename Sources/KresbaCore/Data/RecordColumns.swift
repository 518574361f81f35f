/// The columns of a table built from records one cell at a time, as ``DataTable/init(records:sourceName:)``
/// describes: columns in first-seen key order, a key missing from a record a missing value, a key
/// repeated within one record keeping its last value.
///
/// Readers that stream records (the GeoJSON fast path reads 6,000 features' properties) put each cell
/// straight into its column, instead of building an array of pairs per record to be sorted into columns
/// afterwards.
struct RecordColumns {
    /// The column names, in first-seen order.
    private(set) var names: [String] = []
    private var columnOfName: [String: Int] = [:]
    /// Each column's values up to the last record that had the key; padded with missing values when
    /// the table is made.
    private var columns: [[DataValue]] = []
    /// Records started so far; the current one is `recordCount - 1`.
    private(set) var recordCount = 0
    /// Cells given so far, repeated keys included (what the cell limits count).
    private(set) var cellCount = 0

    init() {}

    /// The number of columns so far.
    var columnCount: Int { names.count }

    /// Starts the next record; cells then go to it.
    mutating func startRecord() { recordCount += 1 }

    /// The column for `name`, made when it is new. `position` is the key's place in its record:
    /// records mostly list the same keys in the same order, and then the column at that position
    /// is the one, with no hashing.
    mutating func column(named name: String, position: Int) -> Int {
        if position < names.count && names[position] == name { return position }
        if let existing = columnOfName[name] { return existing }
        columnOfName[name] = names.count
        names.append(name)
        columns.append([])
        return names.count - 1
    }

    /// Sets the current record's cell in `column`.
    mutating func set(_ value: DataValue, column: Int) {
        cellCount += 1
        let row = recordCount - 1
        // Blank text becomes missing, so that an empty string in a numeric JSON column does not
        // make it text.
        var cell = value
        if case .text(let text) = value, text.allSatisfy(\.isWhitespace) { cell = .missing }
        if columns[column].count == row + 1 {
            columns[column][row] = cell
            return
        }
        if columns[column].count < row {
            if columns[column].isEmpty { columns[column].reserveCapacity(row + 1) }
            columns[column].append(contentsOf: repeatElement(.missing, count: row - columns[column].count))
        }
        columns[column].append(cell)
    }

    /// Adds one record of key/value pairs.
    mutating func add(_ record: [(String, DataValue)]) {
        startRecord()
        for (position, (name, value)) in record.enumerated() {
            set(value, column: column(named: name, position: position))
        }
    }

    /// The typed table of everything added.
    func table(sourceName: String, format: DataFormatInfo) -> DataTable {
        let fields = names.indices.map { index in
            var values = columns[index]
            if values.count < recordCount {
                values.append(contentsOf: repeatElement(.missing, count: recordCount - values.count))
            }
            return DataTable.typedField(name: names[index], values: values)
        }
        return DataTable(
            fields: fields, rowCount: recordCount, sourceName: sourceName, rowLines: [], format: format)
    }
}

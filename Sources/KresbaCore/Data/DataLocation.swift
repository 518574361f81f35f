/// A place in a data file, as precise as the reader knows it.
///
/// `line` and `column` are 1-based; `column` counts Unicode scalars from the start of the line (what most
/// editors show). `record` is the 1-based data record: for CSV the data row not counting the header, for
/// JSON the array index plus one. `pointer` is a JSON Pointer (`/data/rows/3`) for JSON sources.
package struct DataLocation: Sendable, Equatable, CustomStringConvertible {
    package var file: String
    package var line: Int?
    package var column: Int?
    package var record: Int?
    package var fieldName: String?
    package var pointer: String?

    package init(
        file: String,
        line: Int? = nil,
        column: Int? = nil,
        record: Int? = nil,
        fieldName: String? = nil,
        pointer: String? = nil
    ) {
        self.file = file
        self.line = line
        self.column = column
        self.record = record
        self.fieldName = fieldName
        self.pointer = pointer
    }

    /// `file:line:column`, shortened to `file:line` or `file` when less is known — the form compilers use,
    /// so editors and terminals can jump to it.
    package var description: String {
        var text = file
        if let line {
            text += ":\(line)"
            if let column { text += ":\(column)" }
        }
        return text
    }
}

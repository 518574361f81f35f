extension DataTable {
    /// The field a spec names, or `nil` after reporting an unknown field at the spec's pointer with
    /// a did-you-mean and the list of the table's fields.
    func field(_ ref: FieldRef, reader: SpecReader) -> DataField? {
        if let f = field(named: ref.name) { return f }
        var message = "unknown field \"\(ref.name)\""
        if let hint = Suggestion.closest(to: ref.name, in: fieldNames) {
            message += "; did you mean \"\(hint)\"?"
        }
        message += " (fields: \(fieldNames.joined(separator: ", ")))"
        reader.error(message, at: ref.path, ref.position)
        return nil
    }
}

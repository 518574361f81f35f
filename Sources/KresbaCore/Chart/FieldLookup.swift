extension DataTable {
    /// The field a spec names, or `nil` after reporting an unknown field at the spec's pointer with
    /// a did-you-mean and the list of the table's fields.
    /// - Parameters:
    ///   - what: how messages call the field ("field", "geometry property", …).
    ///   - namingSource: list the fields as "<file> has: …" (when several tables are in play) instead
    ///     of "fields: …".
    func field(_ ref: FieldRef, reader: SpecReader, what: String = "field", namingSource: Bool = false)
        -> DataField?
    {
        if let f = field(named: ref.name) { return f }
        var message = "unknown \(what) \"\(ref.name)\""
        if let hint = Suggestion.closest(to: ref.name, in: fieldNames) {
            message += "; did you mean \"\(hint)\"?"
        }
        let list = fieldNames.joined(separator: ", ")
        message += namingSource ? " (\(sourceName) has: \(list))" : " (fields: \(list))"
        reader.error(message, at: ref.path, ref.position)
        return nil
    }
}

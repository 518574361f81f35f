/// A problem with a data file or with the options used to read it.
///
/// Thrown by the readers with typed throws; the message names the place and the offending value so the
/// user can fix the file without a debugger.
package struct DataError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What is wrong, without the location prefix.
    package var message: String
    package var location: DataLocation
    /// How to fix it, when there is a likely fix.
    package var suggestion: String?

    package init(message: String, location: DataLocation, suggestion: String? = nil) {
        self.message = message
        self.location = location
        self.suggestion = suggestion
    }

    /// `data/okresy.csv:42:7: error: <message>` plus `; <suggestion>` when there is one.
    package var description: String {
        var text = "\(location): error: \(message)"
        if let suggestion { text += "; \(suggestion)" }
        return text
    }
}

/// A number format pattern that cannot be parsed, with the pattern and the reason.
package struct NumberFormatError: Error, CustomStringConvertible, Equatable {
    /// The pattern exactly as given.
    package var pattern: String
    /// What is wrong, e.g. "more than one decimal point".
    package var reason: String

    /// Creates an error.
    package init(pattern: String, reason: String) {
        self.pattern = pattern
        self.reason = reason
    }

    /// For example `invalid number format "0..0": more than one decimal point`.
    package var description: String { "invalid number format \"\(pattern)\": \(reason)" }
}

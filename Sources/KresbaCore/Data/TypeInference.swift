import Foundation

/// Deciding a column's type from what its cells look like.
///
/// The rules, in order:
/// 1. Any cell that is not a number, a boolean word, a date, a missing marker or empty makes the column
///    text.
/// 2. Numbers, boolean words and dates mixed make it text, and so do dates in more than one
///    ``DateFormat``.
/// 3. Numbers (plus missing markers) make it numeric unless it looks like a code: a value with a leading
///    zero (`0513`), a whole number too long for a Double (`8594000000001234567`), a name that marks a
///    code (``isCodeName(_:)``), or every value quoted in a file that leaves other numbers unquoted.
///    A numeric column is `integer` when every value is whole, `number` otherwise.
/// 4. Boolean words (plus missing markers) make it `boolean`.
/// 5. Dates in one format (plus missing markers) make it `date`. A bare year (`2024`) is a number here,
///    so a `rok` column stays `integer` unless it is declared `date`.
/// 6. A column with nothing but missing markers and empty cells is text.
package enum TypeInference {
    /// Counts gathered over one column.
    struct ColumnSummary: Equatable {
        var numbers = 0
        var nonIntegralNumbers = 0
        var leadingZeros = 0
        var inexactIntegers = 0
        var booleans = 0
        var dates = 0
        /// The format of every date seen so far (summaries stop at a second format).
        var dateFormat: DateFormat?
        var markers = 0
        var texts = 0
        var present = 0
        var quotedPresent = 0
    }

    /// Why a column that could have been numeric was kept as text; nil when it was not.
    enum CodeReason: Equatable {
        case name
        case leadingZero
        case inexactInteger
        case quoted
    }

    /// The inferred type of a column with this summary and name, and why numbers were kept as text.
    static func inferType(
        _ summary: ColumnSummary,
        name: String,
        quotingMeansText: Bool
    ) -> (type: FieldType, reason: CodeReason?) {
        if summary.texts > 0 { return (.text, nil) }
        if summary.numbers > 0 && summary.booleans > 0 { return (.text, nil) }
        if summary.dates > 0 {
            return (summary.numbers == 0 && summary.booleans == 0 ? .date : .text, nil)
        }
        if summary.numbers > 0 {
            if isCodeName(name) { return (.text, .name) }
            if summary.leadingZeros > 0 { return (.text, .leadingZero) }
            if summary.inexactIntegers > 0 { return (.text, .inexactInteger) }
            if quotingMeansText && summary.quotedPresent == summary.present { return (.text, .quoted) }
            return (summary.nonIntegralNumbers > 0 ? .number : .integer, nil)
        }
        if summary.booleans > 0 { return (.boolean, nil) }
        return (.text, nil)
    }

    /// Whole words that mark a code column: `id`, `ičo` (company number), `zuj` (ČSÚ municipality unit),
    /// `psč` (postcode), `lau`, `nuts`.
    private static let codeWords: Set<String> = ["id", "ico", "zuj", "psc", "lau", "nuts"]

    /// True when a column name says the column holds codes: a word (split at non-letters and at
    /// lower-to-upper case changes, diacritics ignored) that is one of ``codeWords`` or that starts or ends
    /// with `kod`/`code` — so `KOD_OBEC`, `kód SOORP`, `Kód KRAJ_NUTS`, `obec_kod`, `spravniobeckod`,
    /// `ZUJ`, `IČO`, `obecId`, `KOD_LAU1` and `postcode` all do. Trailing digits are ignored (`LAU1`).
    package static func isCodeName(_ name: String) -> Bool {
        for word in words(of: name) {
            let letters = String(word.reversed().drop(while: \.isNumber).reversed())
            if codeWords.contains(letters) { return true }
            for stem in ["kod", "code"] where word.hasPrefix(stem) || word.hasSuffix(stem) { return true }
        }
        return false
    }

    /// Lowercased, diacritic-free words of a name.
    private static func words(of name: String) -> [String] {
        var words: [String] = []
        var current = ""
        var previousWasLower = false
        for character in name {
            guard character.isLetter || character.isNumber else {
                if !current.isEmpty { words.append(current) }
                current = ""
                previousWasLower = false
                continue
            }
            if character.isUppercase && previousWasLower && !current.isEmpty {
                words.append(current)
                current = ""
            }
            previousWasLower = character.isLowercase
            current.append(character)
        }
        if !current.isEmpty { words.append(current) }
        return words.map { $0.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil) }
    }
}

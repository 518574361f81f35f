/// The language conventions a chart is labelled with: number punctuation, signs and month names.
///
/// Only the two languages Kresba publishes in are supported. The values are fixed here rather than
/// taken from Foundation's `Locale` so that output is identical on every machine and ICU version.
package struct ChartLocale: Sendable, Equatable {
    /// The language code, "cs" or "en".
    package var identifier: String
    /// Separates the integer part from the fraction: "," in Czech, "." in English.
    package var decimalSeparator: String
    /// Separates thousands groups: a no-break space (U+00A0) in Czech, "," in English.
    package var groupingSeparator: String
    /// The sign printed before negative numbers.
    ///
    /// Both languages use the typographic minus U+2212: a hyphen is too short and too high next
    /// to lining figures, and it would line up badly against a "+" in change labels.
    package var minusSign: String
    /// Printed between a number and a following "%" or "‰": a no-break space in Czech
    /// ("12,5 %", per ČSN 01 6910), nothing in English ("12.5%").
    package var percentSpacing: String
    /// How many digits must stand before the first grouping separator for grouping to happen.
    ///
    /// CLDR lets some languages leave four-digit numbers ungrouped, but Czech style guides and
    /// the Czech Statistical Office group them ("1 234"), as does English ("1,234"), so both are 1.
    package var minimumGroupingDigits: Int
    /// Month names as they stand alone, January first ("leden", "January").
    package var monthNames: [String]
    /// Month names in the genitive used after a day number, January first ("1. ledna").
    /// English has no separate form, so it repeats `monthNames`.
    package var monthNamesGenitive: [String]
    /// Abbreviated month names, January first ("led", "Jan").
    package var shortMonthNames: [String]
    /// Suffixes for compact numbers: thousands, millions, billions (10⁹), trillions (10¹²).
    ///
    /// Czech abbreviations are separated from the number by a no-break space ("1,2 tis.");
    /// English letters are attached ("1.2K").
    package var compactSuffixes: [String]

    /// Czech.
    package static let cs = ChartLocale(
        identifier: "cs",
        decimalSeparator: ",",
        groupingSeparator: "\u{00A0}",
        minusSign: "\u{2212}",
        percentSpacing: "\u{00A0}",
        minimumGroupingDigits: 1,
        monthNames: [
            "leden", "únor", "březen", "duben", "květen", "červen",
            "červenec", "srpen", "září", "říjen", "listopad", "prosinec",
        ],
        monthNamesGenitive: [
            "ledna", "února", "března", "dubna", "května", "června",
            "července", "srpna", "září", "října", "listopadu", "prosince",
        ],
        // CLDR's abbreviated forms; "čvn" and "čvc" keep June and July apart.
        shortMonthNames: [
            "led", "úno", "bře", "dub", "kvě", "čvn", "čvc", "srp", "zář", "říj", "lis", "pro",
        ],
        compactSuffixes: ["\u{00A0}tis.", "\u{00A0}mil.", "\u{00A0}mld.", "\u{00A0}bil."]
    )

    /// English, used for both British and American texts: the two differ only in date order,
    /// which is the date formatter's business.
    package static let en = ChartLocale(
        identifier: "en",
        decimalSeparator: ".",
        groupingSeparator: ",",
        minusSign: "\u{2212}",
        percentSpacing: "",
        minimumGroupingDigits: 1,
        monthNames: englishMonths,
        monthNamesGenitive: englishMonths,
        shortMonthNames: [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ],
        compactSuffixes: ["K", "M", "B", "T"]
    )

    private static let englishMonths = [
        "January", "February", "March", "April", "May", "June",
        "July", "August", "September", "October", "November", "December",
    ]

    /// The locale for a language tag such as "cs", "cs-CZ", "cs_CZ", "en-GB" or "en-US".
    ///
    /// Only the language subtag matters and case is ignored; returns `nil` for other languages.
    package static func named(_ id: String) -> ChartLocale? {
        let language = id.split(
            maxSplits: 1, omittingEmptySubsequences: false, whereSeparator: { $0 == "-" || $0 == "_" }
        ).first.map { $0.lowercased() }
        switch language {
        case "cs": return .cs
        case "en": return .en
        default: return nil
        }
    }
}

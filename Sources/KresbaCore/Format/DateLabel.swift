extension CalendarDate {
    /// The date as a reader of the locale writes it on an axis or in a legend: "2024",
    /// "1. čtvrtletí 2024" (as ČSÚ writes quarters), "leden 2024" (the nominative, as a name stands
    /// alone), "5. 1. 2024"; in English "2024", "Q1 2024", "January 2024", "5 Jan 2024".
    package func label(_ locale: ChartLocale) -> String {
        if let quarter {
            return locale.identifier == "cs" ? "\(quarter). čtvrtletí \(year)" : "Q\(quarter) \(year)"
        }
        guard let month else { return String(year) }
        guard let day else { return "\(locale.monthNames[month - 1]) \(year)" }
        if locale.identifier == "cs" { return "\(day). \(month). \(year)" }
        return "\(day) \(locale.shortMonthNames[month - 1]) \(year)"
    }

    /// The date in running text, e.g. in alt text: "5. ledna 2024" (the genitive after a day),
    /// "leden 2024", "2024"; in English "5 January 2024".
    package func phrase(_ locale: ChartLocale) -> String {
        guard let month, let day else { return label(locale) }
        if locale.identifier == "cs" { return "\(day). \(locale.monthNamesGenitive[month - 1]) \(year)" }
        return "\(day) \(locale.monthNames[month - 1]) \(year)"
    }
}

import Foundation

/// The creation date written into PDF metadata, chosen so that output is reproducible.
///
/// A PDF normally records when it was made, which makes two renders of the same chart differ.
/// Kresba records a date that depends only on the inputs: the caller's, else the
/// `SOURCE_DATE_EPOCH` convention (https://reproducible-builds.org/specs/source-date-epoch/),
/// else a fixed constant.
enum DocumentDate {
    /// 2000-01-01T00:00:00Z: used when neither the caller nor the environment supplies a date.
    static let fallback = Date(timeIntervalSince1970: 946_684_800)

    /// Picks the date: `explicit` if given, else `SOURCE_DATE_EPOCH` from `environment`, else
    /// ``fallback``. The environment is a parameter so tests need not mutate the process's.
    /// - Throws: ``BackendError/invalidSourceDateEpoch(_:)`` when the variable is set, not empty,
    ///   and not a non-negative whole number (the spec asks tools to fail rather
    ///   than silently use a different date).
    static func resolve(
        explicit: Date?, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> Date {
        if let explicit { return explicit }
        // Set but empty counts as unset, as `SOURCE_DATE_EPOCH= kresba ...` is meant to clear it.
        guard let raw = environment["SOURCE_DATE_EPOCH"], !raw.isEmpty else { return fallback }
        let trimmed = raw.trimmingCharacters(in: .whitespaces)
        guard let seconds = Int64(trimmed), seconds >= 0 else {
            throw BackendError.invalidSourceDateEpoch(raw)
        }
        return Date(timeIntervalSince1970: TimeInterval(seconds))
    }

    /// The date as Cairo's PDF metadata expects it: ISO 8601 in UTC, whole seconds,
    /// e.g. "2000-01-01T00:00:00Z".
    ///
    /// Written out by hand: the date is always UTC and whole seconds, and Foundation's
    /// ISO8601DateFormatter goes through ICU, which cost a PDF render a quarter of a millisecond.
    static func iso8601(_ date: Date) -> String {
        let seconds = Int64(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = Int(seconds - days * 86_400)
        let (year, month, day) = civilDate(daysSince1970: days)
        func two(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }
        var yearText = String(year)
        while yearText.count < 4 { yearText = "0" + yearText }
        return "\(yearText)-\(two(month))-\(two(day))T\(two(secondOfDay / 3600)):"
            + "\(two(secondOfDay / 60 % 60)):\(two(secondOfDay % 60))Z"
    }

    /// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
    static func civilDate(daysSince1970 days: Int64) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (Int(year), Int(month), Int(day))
    }
}

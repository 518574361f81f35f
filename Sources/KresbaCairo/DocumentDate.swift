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
    static func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(secondsFromGMT: 0)
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}

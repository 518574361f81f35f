import Foundation

/// "Did you mean …?" hints for misspelt keys, field names and option values.
enum Suggestion {
    /// The candidate closest to `word`, if it is close enough to be a plausible typo.
    ///
    /// Closeness is the Levenshtein distance on lower-cased, diacritics-folded text; the limit
    /// grows with the word's length so that "obyvatele" finds "obyvatel" but "x" finds nothing.
    static func closest(to word: String, in candidates: [String]) -> String? {
        let folded = fold(word)
        var best: (String, Int)?
        for candidate in candidates {
            let d = distance(folded, fold(candidate))
            if best == nil || d < (best?.1 ?? .max) { best = (candidate, d) }
        }
        guard let (candidate, d) = best else { return nil }
        let limit = max(1, min(3, folded.count / 3))
        return d <= limit ? candidate : nil
    }

    private static func fold(_ s: String) -> [Character] {
        Array(s.lowercased().folding(options: .diacriticInsensitive, locale: nil))
    }

    /// Edit distance with insertions, deletions, substitutions and adjacent transpositions.
    static func distance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous2 = [Int](repeating: 0, count: b.count + 1)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    current[j] = min(current[j], previous2[j - 2] + 1)
                }
            }
            (previous2, previous, current) = (previous, current, previous2)
        }
        return previous[b.count]
    }
}

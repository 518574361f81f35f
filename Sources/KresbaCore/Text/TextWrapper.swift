import KresbaScene

/// Breaks text into lines no wider than a limit, following Czech typographic rules.
///
/// Rules, in order of precedence:
/// - The whole text is trimmed; each newline inside it starts a new line (blank lines stay).
/// - Lines break only at ordinary spaces; runs of spaces collapse into one. No-break spaces
///   (U+00A0, U+202F, U+2007) never break, so "1 234" and "12,5 %" as written by
///   ``NumberFormat`` stay whole.
/// - A one-letter preposition or conjunction (v, k, s, z, o, u, a, i, either case) never ends a
///   line: it is glued to the next word, as Czech typography requires (ČSN 01 6910). The rule
///   is applied to any text because an English "a" or "I" at a line end is poor style too.
/// - A number is glued to a following unit, symbol or abbreviation ("12,5 %", "50 km",
///   "3,4 mil.", "5 let": the next word has at most four characters, or at most six ending in
///   "."), and to a following three-digit group when the thousands were separated by ordinary
///   spaces ("1 234 567").
/// - Glue is dropped only when a glued group is wider than a line on its own.
/// - A word wider than a line breaks after a hyphen, en dash or slash if that helps, otherwise
///   between grapheme clusters (never inside a letter with combining accents), without adding a
///   hyphen. Czech would repeat the hyphen on the next line, but the wrapper does not know the
///   language, and a label broken like this is a last resort anyway.
///
/// Lines are filled greedily. Every candidate line is measured whole with the measurer, because
/// kerning and the space's width make the sum of word widths wrong. No line is wider than
/// `maxWidth` unless it is a single grapheme cluster that is wider on its own; a `maxWidth` of
/// NaN or infinity means no limit.
package struct TextWrapper {
    /// Measures candidate lines exactly as the backend will draw them.
    package var measurer: any TextMeasurer

    /// Creates a wrapper.
    package init(measurer: any TextMeasurer) {
        self.measurer = measurer
    }

    /// The lines of `text` in `font`, each at most `maxWidth` wide.
    /// - Throws: whatever the measurer throws (e.g. an unavailable font).
    package func wrap(_ text: String, font: Font, maxWidth: Double) throws -> [String] {
        let breaker = LineBreaker(measurer: measurer, font: font, maxWidth: maxWidth)
        let trimmed = text.trimmingWhitespace()
        guard !trimmed.isEmpty else { return [] }
        var lines: [String] = []
        for paragraph in trimmed.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline) {
            lines += try breaker.wrap(paragraph: paragraph)
        }
        return lines
    }

    /// At most `maxLines` lines; if the text needs more, the last kept line ends with "…".
    ///
    /// Words are dropped from the end of that line until the ellipsis fits, along with trailing
    /// punctuation and a one-letter preposition left at its end ("v…" would read oddly).
    /// A `maxLines` below 1 gives no lines.
    /// - Throws: whatever the measurer throws.
    package func wrap(_ text: String, font: Font, maxWidth: Double, maxLines: Int) throws -> [String] {
        guard maxLines >= 1 else { return [] }
        var lines = try wrap(text, font: font, maxWidth: maxWidth)
        guard lines.count > maxLines else { return lines }
        lines.removeLast(lines.count - maxLines)
        let breaker = LineBreaker(measurer: measurer, font: font, maxWidth: maxWidth)
        lines[maxLines - 1] = try breaker.truncate(lines[maxLines - 1])
        return lines
    }

    /// Wraps and measures `text` into a block for layout.
    ///
    /// `lineHeight` defaults to ``TextBlock/defaultLineHeight(for:)`` (1.25 × the font size).
    /// - Throws: whatever the measurer throws.
    package func block(
        _ text: String, font: Font, maxWidth: Double, maxLines: Int? = nil, lineHeight: Double? = nil
    ) throws -> TextBlock {
        let lines =
            if let maxLines {
                try wrap(text, font: font, maxWidth: maxWidth, maxLines: maxLines)
            } else {
                try wrap(text, font: font, maxWidth: maxWidth)
            }
        var widths: [Double] = []
        var ascent = 0.0
        var descent = 0.0
        for line in lines {
            let metrics = try measurer.measure(line, font: font)
            widths.append(metrics.width)
            ascent = max(ascent, metrics.ascent)
            descent = max(descent, metrics.descent)
        }
        return TextBlock(
            lines: lines, font: font, lineHeight: lineHeight ?? TextBlock.defaultLineHeight(for: font),
            widths: widths, ascent: ascent, descent: descent)
    }
}

/// The greedy line filler for one font and width.
private struct LineBreaker {
    let measurer: any TextMeasurer
    let font: Font
    let maxWidth: Double

    init(measurer: any TextMeasurer, font: Font, maxWidth: Double) {
        self.measurer = measurer
        self.font = font
        self.maxWidth = maxWidth.isNaN ? .infinity : maxWidth
    }

    /// Whether `line` fits; the tolerance absorbs rounding in measurers that sum advances.
    func fits(_ line: String) throws -> Bool {
        guard maxWidth < .infinity else { return true }
        let width = try measurer.measure(line, font: font).width
        return width <= maxWidth + 1e-9 * max(1, maxWidth.magnitude)
    }

    /// The lines of one paragraph (no newlines inside); a blank paragraph is one empty line.
    func wrap(paragraph: Substring) throws -> [String] {
        let words = paragraph.split(whereSeparator: TextRules.isBreakableSpace).map(String.init)
        var lines: [String] = []
        var line = ""
        for unit in TextRules.gluedUnits(words) {
            let unitText = unit.joined(separator: " ")
            if try fits(line.isEmpty ? unitText : line + " " + unitText) {
                line = line.isEmpty ? unitText : line + " " + unitText
                continue
            }
            if !line.isEmpty {
                lines.append(line)
                line = ""
            }
            if try fits(unitText) {
                line = unitText
                continue
            }
            // The glued group is wider than a line: place its words one by one.
            for word in unit {
                if try fits(line.isEmpty ? word : line + " " + word) {
                    line = line.isEmpty ? word : line + " " + word
                    continue
                }
                if !line.isEmpty, try fits(word) {
                    lines.append(line)
                    line = word
                    continue
                }
                // The word alone is too wide. A non-empty line here holds only words glued to
                // it, so the split continues that line instead of stranding a preposition.
                var pieces = try split(word, after: line)
                line = pieces.removeLast()
                lines += pieces
            }
        }
        lines.append(line)
        return lines
    }

    /// Breaks a word wider than a line; `lead` is text already on the line (possibly empty).
    ///
    /// Returns the finished lines followed by the still open last line.
    private func split(_ word: String, after lead: String) throws -> [String] {
        var lines: [String] = []
        var line = lead.isEmpty ? "" : lead + " "
        // Ending the line right after `lead` would strand the glued word, so at first only a
        // grapheme split may move on to a new line.
        var mayBreak = false
        func finishLine() {
            // Only the space after `lead` can trail; no-break spaces inside the word stay.
            lines.append(line.hasSuffix(" ") ? String(line.dropLast()) : line)
            line = ""
        }
        for segment in TextRules.hyphenSegments(word) {
            if try fits(line + segment) {
                line += segment
                mayBreak = true
                continue
            }
            if mayBreak, try fits(segment) {
                finishLine()
                line = segment
                continue
            }
            var rest = Substring(segment)
            while !rest.isEmpty {
                var count = try longestFittingPrefix(of: rest, after: line)
                if count == 0 {
                    guard line.isEmpty else {
                        finishLine()
                        continue
                    }
                    count = 1  // A single grapheme wider than the line has to overflow.
                }
                line += rest.prefix(count)
                rest = rest.dropFirst(count)
                mayBreak = true
                if !rest.isEmpty { finishLine() }
            }
        }
        lines.append(line)
        return lines
    }

    /// How many leading grapheme clusters of `text` fit between `line` and `suffix`.
    ///
    /// Binary search: widths grow with every added cluster (kerning cannot undo a whole glyph),
    /// and it needs O(log n) measurements instead of one per character.
    private func longestFittingPrefix(
        of text: Substring, after line: String, suffix: String = ""
    ) throws -> Int {
        let characters = Array(text)
        var low = 0
        var high = characters.count
        while low < high {
            let middle = (low + high + 1) / 2
            if try fits(line + String(characters[..<middle]) + suffix) {
                low = middle
            } else {
                high = middle - 1
            }
        }
        return low
    }

    /// `line` shortened as needed and ended with an ellipsis that fits.
    func truncate(_ line: String) throws -> String {
        let ellipsis = "…"
        var words = line.split(separator: " ").map(String.init)
        while words.count > 1 {
            let candidate = TextRules.trimmedForEllipsis(words.joined(separator: " ")) + ellipsis
            if try fits(candidate) { return candidate }
            words.removeLast()
            while words.count > 1, let last = words.last, TextRules.isGluingWord(last) {
                words.removeLast()
            }
        }
        let word = TextRules.trimmedForEllipsis(words.first ?? "")
        let count = try longestFittingPrefix(of: Substring(word), after: "", suffix: ellipsis)
        return TextRules.trimmedForEllipsis(String(word.prefix(count))) + ellipsis
    }
}

/// Where text may break, as pure functions of the words.
enum TextRules {
    /// Spaces that never break a line.
    private static let noBreakSpaces: Set<Character> = ["\u{00A0}", "\u{202F}", "\u{2007}"]

    /// One-letter Czech prepositions and conjunctions that must not end a line.
    private static let gluingLetters: Set<Character> = [
        "v", "k", "s", "z", "o", "u", "a", "i", "V", "K", "S", "Z", "O", "U", "A", "I",
    ]

    /// Whether a line may break at this character (ordinary whitespace, not a newline).
    static func isBreakableSpace(_ character: Character) -> Bool {
        character.isWhitespace && !noBreakSpaces.contains(character)
    }

    /// Whether the word is a one-letter preposition or conjunction.
    static func isGluingWord(_ word: String) -> Bool {
        word.count == 1 && word.first.map(gluingLetters.contains) == true
    }

    /// Groups words that must stay on one line; each group is joined by single spaces.
    static func gluedUnits(_ words: [String]) -> [[String]] {
        var units: [[String]] = []
        var current: [String] = []
        for (index, word) in words.enumerated() {
            current.append(word)
            if index + 1 < words.count && gluesToNext(word, words[index + 1]) { continue }
            units.append(current)
            current = []
        }
        return units
    }

    /// Whether a break between `word` and `next` is forbidden.
    static func gluesToNext(_ word: String, _ next: String) -> Bool {
        if isGluingWord(word) { return true }
        if isThousandsLead(word) && isThousandsGroup(next) { return true }
        return isNumber(word) && isUnit(next)
    }

    /// Digits with an optional sign, grouping or decimal marks: "12,5", "−3", "1 234", "2010–2020".
    static func isNumber(_ word: String) -> Bool {
        let body = word.drop(while: { "+-−±~≈(".contains($0) })
        guard let first = body.first, let last = body.last, first.isWholeNumber, last.isWholeNumber
        else { return false }
        return body.allSatisfy { $0.isWholeNumber || ".,'’\u{00A0}\u{202F}–-".contains($0) }
    }

    /// A short word after a number: a unit, symbol or abbreviation ("%", "km", "mil.", "let").
    private static func isUnit(_ word: String) -> Bool {
        let core = word.trimmingTrailing(",;:!?)]")
        guard !core.isEmpty, !isNumber(core) else { return false }
        return core.count <= 4 || (core.hasSuffix(".") && core.count <= 6)
    }

    /// One to three digits, optionally signed: the start of "1 234" typed with a plain space.
    private static func isThousandsLead(_ word: String) -> Bool {
        let digits = word.drop(while: { "+-−".contains($0) })
        return (1...3).contains(digits.count) && digits.allSatisfy(\.isASCIIDigit)
    }

    /// Exactly three digits, optionally followed by a decimal part and punctuation.
    private static func isThousandsGroup(_ word: String) -> Bool {
        let core = word.trimmingTrailing(",;:!?)]")
        let group = core.prefix(3)
        guard group.count == 3, group.allSatisfy(\.isASCIIDigit) else { return false }
        let rest = core.dropFirst(3)
        guard let mark = rest.first else { return true }
        let decimals = rest.dropFirst()
        return (mark == "," || mark == ".") && !decimals.isEmpty && decimals.allSatisfy(\.isASCIIDigit)
    }

    /// The word split after each inner hyphen, en dash or slash, keeping the mark on the left.
    static func hyphenSegments(_ word: String) -> [String] {
        var segments: [String] = []
        var current = ""
        for character in word {
            current.append(character)
            if "-‐–/".contains(character) && current.count > 1 {
                segments.append(current)
                current = ""
            }
        }
        if current.isEmpty, let last = segments.popLast() {
            current = last  // A trailing mark is no break opportunity.
        } else if current.isEmpty {
            return [word]
        }
        return segments + [current]
    }

    /// The text without trailing spaces and punctuation that would clash with an ellipsis.
    static func trimmedForEllipsis(_ text: String) -> String {
        String(text.trimmingTrailing(" \u{00A0},;:.-–—/(").trimmingWhitespace())
    }
}

extension Character {
    /// Whether this is one of the ASCII digits 0–9.
    fileprivate var isASCIIDigit: Bool { isASCII && isWholeNumber }
}

extension StringProtocol {
    /// Without leading and trailing whitespace and newlines.
    fileprivate func trimmingWhitespace() -> String {
        let start = firstIndex(where: { !$0.isWhitespace }) ?? endIndex
        let end = lastIndex(where: { !$0.isWhitespace }).map { index(after: $0) } ?? start
        return String(self[start..<Swift.max(start, end)])
    }

    /// Without trailing characters from `characters`.
    fileprivate func trimmingTrailing(_ characters: String) -> String {
        var end = endIndex
        while end > startIndex {
            let previous = index(before: end)
            guard characters.contains(self[previous]) else { break }
            end = previous
        }
        return String(self[startIndex..<end])
    }
}

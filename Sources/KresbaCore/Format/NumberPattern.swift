/// One piece of a prefix or suffix of a number pattern.
enum AffixToken: Sendable, Equatable {
    /// Text printed as is.
    case literal(String)
    /// "%": the value is multiplied by 100 and the locale decides the spacing.
    case percent
    /// "‰": the value is multiplied by 1000.
    case perMille
    /// "+": an explicit plus sign.
    case plus
    /// "-" or "−": the locale's minus sign.
    case minus
}

/// One subpattern (positive, negative or zero) of a number format, ready to render.
struct NumberSection: Sendable, Equatable {
    /// Tokens printed before the digits.
    var prefix: [AffixToken]
    /// Tokens printed after the digits.
    var suffix: [AffixToken]
    /// Integer digits always shown, padding with zeros (at least 1).
    var minimumIntegerDigits: Int
    /// Fraction digits always shown.
    var minimumFractionDigits: Int
    /// Fraction digits shown at most; digits between the two limits are dropped when zero.
    var maximumFractionDigits: Int
    /// Digits per group, or `nil` for no grouping.
    var groupingSize: Int?
    /// Power of ten the value is multiplied by: 2 for percent, 3 for per mille.
    var scale: Int

    /// The magnitude rounded for this section, with optional trailing zeros dropped.
    func round(_ value: DecimalDigits) -> (integer: [UInt8], fraction: [UInt8]) {
        var result = value.shifted(by: scale).rounded(fractionDigits: maximumFractionDigits)
        while result.fraction.count > minimumFractionDigits && result.fraction.last == 0 {
            result.fraction.removeLast()
        }
        return result
    }

    /// The formatted text for already rounded digits.
    func render(integer: [UInt8], fraction: [UInt8], locale: ChartLocale) -> String {
        var text = ""
        Self.append(prefix, to: &text, locale: locale, afterNumber: false)
        text += groupedInteger(
            integer, minimumDigits: minimumIntegerDigits, groupingSize: groupingSize, locale: locale)
        if !fraction.isEmpty {
            text += locale.decimalSeparator
            text += digitString(fraction)
        }
        Self.append(suffix, to: &text, locale: locale, afterNumber: true)
        return text
    }

    private static func append(
        _ tokens: [AffixToken], to text: inout String, locale: ChartLocale, afterNumber: Bool
    ) {
        for (index, token) in tokens.enumerated() {
            switch token {
            case .literal(let string): text += string
            case .plus: text += "+"
            case .minus: text += locale.minusSign
            case .percent, .perMille:
                // Only a sign right after the digits is spaced: "12,5 %" in Czech, "12.5%" in English.
                if afterNumber && index == 0 { text += locale.percentSpacing }
                text += token == .percent ? "%" : "‰"
            }
        }
    }
}

/// The digits as ASCII text.
func digitString(_ digits: [UInt8]) -> String {
    String(decoding: digits.map { $0 + UInt8(ascii: "0") }, as: UTF8.self)
}

/// Integer digits padded to `minimumDigits` and grouped with the locale's separator.
func groupedInteger(
    _ digits: [UInt8], minimumDigits: Int, groupingSize: Int?, locale: ChartLocale
) -> String {
    var padded = digits
    if padded.count < minimumDigits {
        padded.insert(contentsOf: [UInt8](repeating: 0, count: minimumDigits - padded.count), at: 0)
    }
    guard let size = groupingSize, size > 0,
        padded.count >= size + max(1, locale.minimumGroupingDigits)
    else { return digitString(padded) }
    var text = ""
    let firstGroup = padded.count % size == 0 ? size : padded.count % size
    var start = 0
    var end = firstGroup
    while start < padded.count {
        if start > 0 { text += locale.groupingSeparator }
        text += digitString(Array(padded[start..<end]))
        start = end
        end += size
    }
    return text
}

/// Parses ICU/Excel-style number patterns such as "#,##0.0#", "0.0 %" or "+0.0;−0.0;0".
///
/// Grammar: up to three subpatterns (positive;negative;zero) separated by unquoted ";". Each is
/// a prefix, a number part made of "#", "0", "," and ".", and a suffix. In the affixes "%" and
/// "‰" scale the value, "+" is a plus sign, "-" and "−" are the locale's minus, text in single
/// quotes is literal ("''" is an apostrophe), and any other character except the digits 1–9 is
/// literal. Unquoted digits are rejected because ICU would read them as rounding increments,
/// which are not supported, and silently printing them would hide the mistake.
struct NumberPatternParser {
    /// The pattern being parsed, for error messages.
    let pattern: String

    private enum Lexeme: Equatable {
        case char(Character)
        case quoted(String)
    }

    private enum Phase { case prefix, number, suffix }

    /// The positive, negative (implicit when omitted) and optional zero subpatterns.
    func parse() throws(NumberFormatError) -> (NumberSection, NumberSection, NumberSection?) {
        let sections = try lex()
        guard sections.count <= 3 else {
            throw fail("more than three subpatterns (positive;negative;zero)")
        }
        let names = ["pattern", "negative subpattern", "zero subpattern"]
        var parsed: [NumberSection] = []
        for (index, lexemes) in sections.enumerated() {
            guard !lexemes.isEmpty else { throw fail("empty \(names[index])") }
            // Errors in the first subpattern need no context; later ones say which part is wrong.
            parsed.append(try parseSection(lexemes, context: index == 0 ? "" : names[index] + ": "))
        }
        let positive = parsed[0]
        let negative = parsed.count > 1 ? parsed[1] : Self.implicitNegative(of: positive)
        return (positive, negative, parsed.count > 2 ? parsed[2] : nil)
    }

    /// ICU's rule: a "+" in the positive pattern becomes the minus, otherwise the minus leads.
    private static func implicitNegative(of positive: NumberSection) -> NumberSection {
        var negative = positive
        if positive.prefix.contains(.plus) || positive.suffix.contains(.plus) {
            negative.prefix = positive.prefix.map { $0 == .plus ? .minus : $0 }
            negative.suffix = positive.suffix.map { $0 == .plus ? .minus : $0 }
        } else {
            negative.prefix = [.minus] + positive.prefix
        }
        return negative
    }

    private func fail(_ reason: String) -> NumberFormatError {
        NumberFormatError(pattern: pattern, reason: reason)
    }

    /// Splits the pattern into subpatterns of unquoted characters and quoted strings.
    private func lex() throws(NumberFormatError) -> [[Lexeme]] {
        let chars = Array(pattern)
        var sections: [[Lexeme]] = [[]]
        var index = 0
        while index < chars.count {
            let char = chars[index]
            if char == ";" {
                sections.append([])
                index += 1
            } else if char == "'" {
                var text = ""
                var cursor = index + 1
                var closed = false
                while cursor < chars.count {
                    if chars[cursor] == "'" {
                        if cursor + 1 < chars.count && chars[cursor + 1] == "'" {
                            text.append("'")
                            cursor += 2
                            continue
                        }
                        closed = true
                        break
                    }
                    text.append(chars[cursor])
                    cursor += 1
                }
                guard closed else { throw fail("unterminated quote") }
                // "''" outside a quoted run is an apostrophe, like ICU.
                sections[sections.count - 1].append(.quoted(text.isEmpty ? "'" : text))
                index = cursor + 1
            } else {
                sections[sections.count - 1].append(.char(char))
                index += 1
            }
        }
        return sections
    }

    private func parseSection(
        _ lexemes: [Lexeme], context: String
    ) throws(NumberFormatError) -> NumberSection {
        var phase = Phase.prefix
        var prefix: [AffixToken] = []
        var suffix: [AffixToken] = []
        var number: [Character] = []
        for (index, lexeme) in lexemes.enumerated() {
            switch lexeme {
            case .quoted(let text):
                if phase == .prefix {
                    prefix.append(.literal(text))
                } else {
                    phase = .suffix
                    suffix.append(.literal(text))
                }
            case .char(let char):
                switch phase {
                case .prefix:
                    let next = index + 1 < lexemes.count ? lexemes[index + 1] : nil
                    if char == "#" || char == "0"
                        || (char == "." && (next == .char("#") || next == .char("0")))
                    {
                        phase = .number
                        number.append(char)
                    } else {
                        prefix.append(try affixToken(char, context: context))
                    }
                case .number:
                    if "#0,.".contains(char) {
                        number.append(char)
                    } else {
                        phase = .suffix
                        suffix.append(try affixToken(char, context: context))
                    }
                case .suffix:
                    if char == "#" || char == "0" {
                        throw fail(
                            context + "unexpected '\(char)' after the number (quote literal text with ')")
                    }
                    suffix.append(try affixToken(char, context: context))
                }
            }
        }
        guard !number.isEmpty else { throw fail(context + "no digit placeholder (0 or #)") }
        var section = try parseNumber(number, context: context)
        let signs = (prefix + suffix).filter { $0 == .percent || $0 == .perMille }
        guard signs.count <= 1 else { throw fail(context + "more than one percent or per-mille sign") }
        section.scale = signs.first == .percent ? 2 : signs.first == .perMille ? 3 : 0
        (section.prefix, section.suffix) = Self.normalize(prefix: prefix, suffix: suffix)
        return section
    }

    private func affixToken(_ char: Character, context: String) throws(NumberFormatError) -> AffixToken {
        switch char {
        case "%": return .percent
        case "‰": return .perMille
        case "+": return .plus
        case "-", "\u{2212}": return .minus
        case "1"..."9":
            throw fail(
                context + "unquoted digit '\(char)' (rounding increments are not supported; "
                    + "quote literal digits with ')")
        default: return .literal(String(char))
        }
    }

    /// Reads "#,##0.00#"-style number parts.
    private func parseNumber(
        _ chars: [Character], context: String
    ) throws(NumberFormatError) -> NumberSection {
        let parts = chars.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2 else { throw fail(context + "more than one decimal point") }
        let integer = parts[0]
        let fraction = parts.count == 2 ? parts[1] : []
        if parts.count == 2 && fraction.isEmpty {
            throw fail(context + "decimal point without fraction digits")
        }
        guard !fraction.contains(",") else {
            throw fail(context + "grouping separator in the fraction part")
        }
        var seenZero = false
        for char in integer where char != "," {
            if char == "0" {
                seenZero = true
            } else if seenZero {
                throw fail(context + "'#' after '0' in the integer part")
            }
        }
        var groupingSize: Int?
        if let lastComma = integer.lastIndex(of: ",") {
            let size = integer.distance(from: lastComma, to: integer.endIndex) - 1
            let groups = integer.split(separator: ",", omittingEmptySubsequences: false)
            guard size > 0, !groups.dropFirst().contains(where: \.isEmpty) else {
                throw fail(context + "grouping separator must be followed by digit placeholders")
            }
            groupingSize = size
        }
        var minimumFraction = 0
        var seenHash = false
        for char in fraction {
            if char == "#" {
                seenHash = true
            } else if seenHash {
                throw fail(context + "'0' after '#' in the fraction part")
            } else {
                minimumFraction += 1
            }
        }
        return NumberSection(
            prefix: [], suffix: [],
            // A lone "#" still prints "0": ".5" is unreadable on an axis.
            minimumIntegerDigits: max(1, integer.filter { $0 == "0" }.count),
            minimumFractionDigits: minimumFraction,
            maximumFractionDigits: fraction.count,
            groupingSize: groupingSize,
            scale: 0)
    }

    /// Merges literals and keeps numbers and their units together.
    ///
    /// Whitespace between the digits and a "%" or "‰" is dropped because the locale decides that
    /// spacing (patterns are locale-neutral). Spaces touching the digits become no-break spaces:
    /// a formatted value such as "1 234 Kč" is one unit that the text wrapper must not split.
    private static func normalize(
        prefix: [AffixToken], suffix: [AffixToken]
    ) -> ([AffixToken], [AffixToken]) {
        var prefix = mergeLiterals(prefix)
        var suffix = mergeLiterals(suffix)
        if suffix.count > 1, case .literal(let text) = suffix[0], text.allSatisfy(isSpace),
            suffix[1] == .percent || suffix[1] == .perMille
        {
            suffix.removeFirst()
        }
        if case .literal(let text) = suffix.first {
            let spaces = text.prefix(while: isSpace).count
            suffix[0] = .literal(String(repeating: "\u{00A0}", count: spaces) + text.dropFirst(spaces))
        }
        if case .literal(let text) = prefix.last {
            let spaces = text.reversed().prefix(while: isSpace).count
            prefix[prefix.count - 1] = .literal(
                text.dropLast(spaces) + String(repeating: "\u{00A0}", count: spaces))
        }
        return (prefix, suffix)
    }

    private static func isSpace(_ char: Character) -> Bool { char == " " || char == "\u{00A0}" }

    private static func mergeLiterals(_ tokens: [AffixToken]) -> [AffixToken] {
        var merged: [AffixToken] = []
        for token in tokens {
            if case .literal(let text) = token, case .literal(let previous)? = merged.last {
                merged[merged.count - 1] = .literal(previous + text)
            } else {
                merged.append(token)
            }
        }
        return merged
    }
}

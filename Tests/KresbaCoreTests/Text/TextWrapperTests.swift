import KresbaScene
import Testing

@testable import KresbaCore

/// 10 px: letters are 6 px wide, spaces 3 px.
private let font = Font(family: "Test", size: 10)
private var wrapper: TextWrapper { TextWrapper(measurer: FixedAdvanceMeasurer()) }

private func wrap(_ text: String, _ maxWidth: Double) throws -> [String] {
    try wrapper.wrap(text, font: font, maxWidth: maxWidth)
}

private func width(_ line: String) throws -> Double {
    try FixedAdvanceMeasurer().measure(line, font: font).width
}

@Suite struct TextWrapperTests {
    @Test func greedyFill() throws {
        #expect(try wrap("Jedna dva tři čtyři pět šest", 60) == ["Jedna dva", "tři čtyři", "pět šest"])
        #expect(try wrap("Jedna dva tři", 1000) == ["Jedna dva tři"])
        #expect(try wrap("Jedna dva", 51) == ["Jedna dva"], "a line exactly as wide as the limit fits")
        #expect(try wrap("Jedna dva", 50.9) == ["Jedna", "dva"])
    }

    @Test func onePrepositionNeverEndsALine() throws {
        // "Obyvatelé v" (63 px) would fit in 70 px, but the "v" must move down with its noun.
        #expect(try wrap("Obyvatelé v krajích", 70) == ["Obyvatelé", "v krajích"])
        #expect(try wrap("Vývoj cen a mezd", 40) == ["Vývoj", "cen", "a mezd"])
        #expect(
            try wrap("Pes a kočka", 30) == ["Pes", "a", "kočka"],
            "a glued group wider than the line is broken as a last resort")
    }

    @Test(arguments: Array(stride(from: 70.0, through: 250, by: 7)))
    func noLineEndsWithAOneLetterWord(_ maxWidth: Double) throws {
        let text =
            "Podíl obyvatel v krajích a v okresech s více než 5 tisíci obyvateli k 1. lednu "
            + "i u menších obcí, o nichž Z dat víme málo, A přesto"
        let lines = try wrap(text, maxWidth)
        #expect(lines.count > 1)
        for line in lines.dropLast() {
            let last = line.split(separator: " ").last.map(String.init) ?? ""
            #expect(!TextRules.isGluingWord(last), "line \"\(line)\" at \(maxWidth) px")
        }
        for line in lines {
            #expect(try width(line) <= maxWidth)
        }
    }

    @Test func numberStaysWithItsUnit() throws {
        // "Podíl 12,5" would fit in 60 px, leaving "%" to start the next line.
        #expect(try wrap("Podíl 12,5 % obyvatel", 60) == ["Podíl", "12,5 %", "obyvatel"])
        #expect(try wrap("Cena 250 Kč za kus", 45) == ["Cena", "250 Kč", "za kus"])
        #expect(try wrap("Dluh 3,4 mil. korun", 70) == ["Dluh", "3,4 mil.", "korun"])
    }

    @Test func noBreakSpacesNeverBreak() throws {
        // "Celkem 1" would fit in 50 px if the no-break space were a break opportunity.
        #expect(try wrap("Celkem 1\u{00A0}234 obyvatel", 50) == ["Celkem", "1\u{00A0}234", "obyvatel"])
        #expect(try wrap("Podíl 12,5\u{00A0}%", 50) == ["Podíl", "12,5\u{00A0}%"])
        #expect(
            try wrap("Celkem 1 234 567 obyvatel", 50) == ["Celkem", "1 234 567", "obyvatel"],
            "thousands typed with plain spaces stay together too")
    }

    @Test func longWordIsSplitBetweenCharacters() throws {
        #expect(try wrap("Supercalifragilistic", 60) == ["Supercalif", "ragilistic"])
        #expect(
            try wrap("Slovo Supercalifragilistic", 60) == ["Slovo", "Supercalif", "ragilistic"],
            "a long word starts on a new line, as CSS break-word does")
        #expect(try wrap("Abcdefghijklm", 30) == ["Abcde", "fghij", "klm"])
    }

    @Test func longWordBreaksAfterHyphenOrSlashFirst() throws {
        #expect(try wrap("Frýdek-Místek-Nádraží", 60) == ["Frýdek-", "Místek-", "Nádraží"])
        #expect(try wrap("osobní/nákladní/ostatní", 60) == ["osobní/", "nákladní/", "ostatní"])
        #expect(
            try wrap("Aš-Cheb-Plzeň-Supercalifragilistic", 60) == [
                "Aš-Cheb-", "Plzeň-Supe", "rcalifragi", "listic",
            ])
        #expect(
            try wrap("Praha-Supercalifragilistic", 60) == ["Praha-Supe", "rcalifragi", "listic"],
            "a segment too long even for its own line fills the rest of the line")
    }

    @Test func gluedPrepositionContinuesIntoASplitWord() throws {
        // "v Supercalifragilistic" cannot fit anywhere; "v" must not be left alone on a line.
        #expect(try wrap("v Supercalifragilistic", 60) == ["v Supercal", "ifragilist", "ic"])
    }

    @Test func combiningSequencesAreNeverSplit() throws {
        let decomposed = String(repeating: "e\u{0301}", count: 6)
        let lines = try wrap(decomposed, 12)
        #expect(lines.count == 3)
        for line in lines {
            #expect(line.unicodeScalars.count == 4)
            #expect(line.unicodeScalars.first == "e")
        }
        let flags = try wrap("🇨🇿🇨🇿🇨🇿", 12)
        #expect(flags == ["🇨🇿🇨🇿", "🇨🇿"])
    }

    @Test func singleGraphemeWiderThanTheLineOverflows() throws {
        #expect(try wrap("ab", 5) == ["a", "b"])
        #expect(try wrap("ab cd", 0) == ["a", "b", "c", "d"])
    }

    @Test func explicitNewlines() throws {
        #expect(try wrap("První řádek\nDruhý", 1000) == ["První řádek", "Druhý"])
        #expect(try wrap("A\n\nB", 1000) == ["A", "", "B"], "blank lines are kept")
        #expect(try wrap("A\r\nB", 1000) == ["A", "B"])
        #expect(try wrap("Titulek\n", 1000) == ["Titulek"], "trailing newlines (YAML |) are dropped")
        #expect(try wrap("Obyvatelé v krajích\nČR", 70) == ["Obyvatelé", "v krajích", "ČR"])
    }

    @Test func whitespaceCollapses() throws {
        #expect(try wrap("  Hello    world \t again  ", 1000) == ["Hello world again"])
        #expect(try wrap("", 100) == [])
        #expect(try wrap(" \n ", 100) == [])
    }

    @Test func unlimitedWidth() throws {
        #expect(try wrap("Jedna dva tři čtyři", .nan) == ["Jedna dva tři čtyři"])
        #expect(try wrap("Jedna dva tři čtyři", .infinity) == ["Jedna dva tři čtyři"])
    }

    @Test func maxLinesEndsWithEllipsis() throws {
        let text = "Jedna dva tři čtyři pět šest"
        #expect(try wrapper.wrap(text, font: font, maxWidth: 60, maxLines: 2) == ["Jedna dva", "tři čtyři…"])
        #expect(
            try wrapper.wrap(text, font: font, maxWidth: 54, maxLines: 2) == ["Jedna dva", "tři…"],
            "words are dropped until the ellipsis fits")
        #expect(
            try wrapper.wrap(text, font: font, maxWidth: 60, maxLines: 3) == [
                "Jedna dva", "tři čtyři", "pět šest",
            ])
        #expect(try wrapper.wrap(text, font: font, maxWidth: 60, maxLines: 9).count == 3)
        #expect(try wrapper.wrap(text, font: font, maxWidth: 60, maxLines: 0) == [])
    }

    @Test func ellipsisDropsPunctuationAndStrandedPrepositions() throws {
        #expect(
            try wrapper.wrap("Praha, Brno, Ostrava", font: font, maxWidth: 72, maxLines: 1) == [
                "Praha, Brno…"
            ])
        #expect(
            try wrapper.wrap("Počty v krajích a dalších", font: font, maxWidth: 88, maxLines: 1) == ["Počty…"]
        )
        #expect(
            try wrapper.wrap("Supercalifragilistic expialidocious", font: font, maxWidth: 60, maxLines: 1)
                == ["Supercali…"])
        #expect(try wrapper.wrap("Abc def", font: font, maxWidth: 3, maxLines: 1) == ["…"])
    }

    @Test func linesNeverExceedTheWidthAndNoTextIsLost() throws {
        let texts = [
            "Obyvatelé v krajích České republiky k 31. 12. 2023",
            "Meziroční změna HDP (%) podle odvětví a regionů soudržnosti NUTS 2",
            "Nejdelšíslovovtomtotitulkunepůjdezalomitjinakneždoprostřed a pak normálně",
            "Zdroj: ČSÚ, Eurostat/OECD; výpočty autorů – předběžné údaje 12,5 % a 1\u{00A0}234 Kč",
            "a i o u v z s k A I O U V Z S K",
        ]
        for text in texts {
            for maxWidth in stride(from: 6.0, through: 300, by: 11) {
                let lines = try wrap(text, maxWidth)
                for line in lines {
                    #expect(try width(line) <= maxWidth || line.count == 1, "\"\(line)\" at \(maxWidth)")
                    #expect(line == line.trimmingCharacters(in: " "), "no leading or trailing spaces")
                }
                let original = text.filter { !$0.isWhitespace || $0 == "\u{00A0}" }
                let wrapped = lines.joined().filter { !$0.isWhitespace || $0 == "\u{00A0}" }
                #expect(wrapped == original, "at \(maxWidth)")
            }
        }
    }

    @Test func wholeCandidateLinesAreMeasured() throws {
        // 10 px of side bearing per measured string: summing words would count it once per word
        // (22 + 3 + 22 = 47 px) while the drawn line "aa bb" is 37 px and fits in 40.
        let bearing = TextWrapper(measurer: SideBearingMeasurer())
        #expect(try bearing.wrap("aa bb", font: font, maxWidth: 40) == ["aa bb"])
        #expect(try bearing.wrap("aa bb", font: font, maxWidth: 36) == ["aa", "bb"])
    }

    @Test func measurerErrorsPropagate() {
        let failing = TextWrapper(measurer: FailingMeasurer())
        #expect(throws: FailingMeasurer.Missing.self) {
            try failing.wrap("Ahoj světe", font: font, maxWidth: 50)
        }
    }

    @Test func ruleHelpers() {
        #expect(TextRules.isNumber("12,5"))
        #expect(TextRules.isNumber("\u{2212}3"))
        #expect(TextRules.isNumber("1\u{00A0}234"))
        #expect(TextRules.isNumber("2010–2020"))
        #expect(!TextRules.isNumber("1."))
        #expect(!TextRules.isNumber("abc"))
        #expect(!TextRules.isNumber("%"))
        #expect(TextRules.gluesToNext("12,5", "%"))
        #expect(TextRules.gluesToNext("5", "mil."))
        #expect(!TextRules.gluesToNext("5", "obyvatel"))
        #expect(!TextRules.gluesToNext("rok", "2020"))
        #expect(TextRules.gluesToNext("V", "Praze"))
        #expect(!TextRules.gluesToNext("Ve", "městě"))
        #expect(!TextRules.gluesToNext("2019", "250"), "four digits cannot start a thousands group")
        #expect(TextRules.hyphenSegments("a-b/c") == ["a-", "b/", "c"])
        #expect(TextRules.hyphenSegments("-5") == ["-5"])
        #expect(TextRules.hyphenSegments("ab-") == ["ab-"])
    }
}

/// Adds a fixed 10 px to every measured string, like a font's side bearings would.
private struct SideBearingMeasurer: TextMeasurer {
    func measure(_ text: String, font: Font) throws -> TextMetrics {
        var metrics = try FixedAdvanceMeasurer().measure(text, font: font)
        metrics.width += 10
        return metrics
    }
}

/// Fails like a backend whose font is missing.
private struct FailingMeasurer: TextMeasurer {
    struct Missing: Error {}

    func measure(_ text: String, font: Font) throws -> TextMetrics {
        throw Missing()
    }
}

extension String {
    fileprivate func trimmingCharacters(in set: Character) -> String {
        String(drop(while: { $0 == set }).reversed().drop(while: { $0 == set }).reversed())
    }
}

import Testing

@testable import KresbaCore

@Suite struct ChartLocaleTests {
    @Test(arguments: ["cs", "CS", "cs-CZ", "cs_CZ", "cs-cz"])
    func czechTags(_ tag: String) {
        #expect(ChartLocale.named(tag) == .cs)
    }

    @Test(arguments: ["en", "en-GB", "en-US", "en_US", "EN"])
    func englishTags(_ tag: String) {
        #expect(ChartLocale.named(tag) == .en)
    }

    @Test(arguments: ["", "de", "sk", "cz", "-cs", "czech", "english"])
    func unknownTags(_ tag: String) {
        #expect(ChartLocale.named(tag) == nil)
    }

    @Test func czechPunctuation() {
        let cs = ChartLocale.cs
        #expect(cs.identifier == "cs")
        #expect(cs.decimalSeparator == ",")
        #expect(cs.groupingSeparator == "\u{00A0}")
        #expect(cs.minusSign == "\u{2212}")
        #expect(cs.percentSpacing == "\u{00A0}")
        #expect(cs.minimumGroupingDigits == 1)
    }

    @Test func englishPunctuation() {
        let en = ChartLocale.en
        #expect(en.identifier == "en")
        #expect(en.decimalSeparator == ".")
        #expect(en.groupingSeparator == ",")
        #expect(en.minusSign == "\u{2212}")
        #expect(en.percentSpacing == "")
    }

    @Test func monthNames() {
        for locale in [ChartLocale.cs, .en] {
            #expect(locale.monthNames.count == 12)
            #expect(locale.monthNamesGenitive.count == 12)
            #expect(locale.shortMonthNames.count == 12)
            #expect(Set(locale.shortMonthNames).count == 12, "short names must tell months apart")
        }
        #expect(ChartLocale.cs.monthNames[0] == "leden")
        #expect(ChartLocale.cs.monthNamesGenitive[0] == "ledna")
        #expect(ChartLocale.cs.monthNames[6] == "červenec")
        #expect(ChartLocale.cs.monthNamesGenitive[6] == "července")
        #expect(ChartLocale.cs.shortMonthNames[5] == "čvn")
        #expect(ChartLocale.en.monthNames[8] == "September")
        #expect(ChartLocale.en.shortMonthNames[8] == "Sep")
    }
}

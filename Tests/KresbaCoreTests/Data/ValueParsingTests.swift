import Testing

@testable import KresbaCore

@Suite("Value parsing")
struct ValueParsingTests {
    @Test(
        "Numbers with a decimal comma",
        arguments: [
            ("17,27573662", 17.27573662), ("-41", -41), ("\u{2212}3,5", -3.5), ("+2", 2), ("1 234", 1234),
            ("1\u{00A0}234,5", 1234.5), ("1\u{202F}234\u{202F}567", 1_234_567), ("1.234,5", 1234.5),
            ("12.345.678", 12_345_678), (" 7 ", 7), ("0,5", 0.5), ("1,5e3", 1500), ("0", 0), ("-0,0", 0),
        ])
    func decimalComma(text: String, value: Double) {
        #expect(ValueParsing.number(text, decimalMark: ",") == value)
    }

    @Test(
        "Numbers with a decimal point",
        arguments: [
            ("474.801585500000", 474.8015855), ("1,234.5", 1234.5), ("1 234.5", 1234.5), ("-1e-3", -0.001),
            ("2020", 2020), ("1.234", 1.234),
        ])
    func decimalPoint(text: String, value: Double) {
        #expect(ValueParsing.number(text, decimalMark: ".") == value)
    }

    @Test(
        "Not numbers",
        arguments: [
            "", " ", "-", "1,5x", "1 5", "1.5", "12 34", "1234 567", "1.23.4", ",5", "5,", "1e", "e5", "--1",
            "0x10", "nan", "inf", "1e999", "CZ051", "3/5/2021", "01.01.2003", "2020-03-01", "12,5 %",
            "1 234.567,5",
            "0 123", "5 000,", "1\u{00A0}234 567",
        ])
    func notNumbers(text: String) {
        #expect(ValueParsing.number(text, decimalMark: ",") == nil, "\(text)")
    }

    @Test("A percent suffix only when allowed")
    func percent() {
        #expect(ValueParsing.number("12,5 %", decimalMark: ",", allowPercent: true) == 12.5)
        #expect(ValueParsing.number("9%", decimalMark: ",", allowPercent: true) == 9)
        #expect(ValueParsing.number("%", decimalMark: ",", allowPercent: true) == nil)
    }

    @Test("Leading zeros and long integers are flagged for code detection")
    func flags() {
        func parse(_ text: String) -> ParsedNumber? {
            let bytes = Array(text.utf8)
            return ValueParsing.parseNumber(
                bytes.indices, in: bytes, decimalMark: ASCII.comma, allowPercent: false)
        }
        #expect(parse("0513")?.hasLeadingZero == true)
        #expect(parse("0")?.hasLeadingZero == false)
        #expect(parse("0,5")?.hasLeadingZero == false)
        #expect(parse("9007199254740993")?.isInexactInteger == true)
        #expect(parse("9007199254740991")?.isInexactInteger == false)
        #expect(parse("9007199254740991")?.isIntegral == true)
        #expect(parse("1 234")?.groupSeparator == .space)
        #expect(parse("1.234")?.groupSeparator == .dot)
    }

    @Test("Decimal mark votes")
    func decimalVotes() throws {
        func decide(_ cells: [String], delimiter: UInt8 = ASCII.semicolon) -> Character {
            let text = Array(cells.joined().utf8)
            var offset = 0
            var ranges: [CSVCell] = []
            for cell in cells {
                let length = cell.utf8.count
                ranges.append(CSVCell(start: UInt32(offset), end: UInt32(offset + length)))
                offset += length
            }
            let evidence = DecimalMarkDetection.evidence(cells: ranges, skipping: 0, in: text)
            return Character(Unicode.Scalar(DecimalMarkDetection.decide(evidence, delimiter: delimiter)))
        }
        #expect(decide(["1,5", "2"]) == ",")
        #expect(decide(["1.5", "2"]) == ".")
        #expect(decide(["1.234", "0,5"]) == ",")  // the unambiguous cell wins
        #expect(decide(["1.234"]) == ".")  // only ambiguous: majority of ambiguous
        #expect(decide(["1,234"]) == ",")
        #expect(decide(["\"1,234\""], delimiter: ASCII.comma) == ".")  // English thousands in a comma file
        #expect(decide(["12"]) == ",")  // no evidence: Czech convention for ";" files
        #expect(decide(["12"], delimiter: ASCII.tab) == ".")
    }

    @Test("Text positions count lines and Unicode scalars")
    func positions() {
        let text = Array("ab\r\nčd\ne\rf".utf8)
        #expect(TextPosition.locate(offset: 0, in: text) == (1, 1))
        #expect(TextPosition.locate(offset: 4, in: text) == (2, 1))
        #expect(TextPosition.locate(offset: 6, in: text) == (2, 2))  // after the two bytes of "č"
        #expect(TextPosition.locate(offset: 8, in: text) == (3, 1))
        #expect(TextPosition.locate(offset: 10, in: text) == (4, 1))
    }

    @Test("Messages quote values safely")
    func quoting() {
        #expect(Quoting.quoted("a\"b\nc") == "\"a\\\"b\\nc\"")
        #expect(
            Quoting.quoted(String(repeating: "x", count: 50)) == "\"" + String(repeating: "x", count: 40)
                + "…\"")
        #expect(Quoting.quoted("\u{1}") == "\"\\u{1}\"")
    }
}

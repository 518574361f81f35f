import Foundation
import Testing

@testable import KresbaCore

/// The shortcuts the CSV reader takes for speed: numbers converted without `strtod`, whole-word scans,
/// marker matching, and column values kept from type inference. Each must agree with the slow way.
@Suite("Fast parsing paths")
struct FastParsingTests {
    private func parse(_ text: String, mark: UInt8 = ASCII.comma) -> ParsedNumber? {
        let bytes = Array(text.utf8)
        return ValueParsing.parseNumber(bytes.indices, in: bytes, decimalMark: mark, allowPercent: false)
    }

    @Test(
        "Numbers with separators, signs and exponents, decimal comma",
        arguments: [
            ("-1 234,5", -1234.5), ("1.234,5", 1234.5), ("1.234.567,25", 1_234_567.25), ("1e3", 1000),
            ("1E3", 1000), ("1,5e-3", 0.0015), ("1\u{00A0}234\u{00A0}567", 1_234_567),
            ("\u{2212}1 234", -1234),
            ("+0,5", 0.5), ("0,000001", 0.000_001), ("12,345678901234567", 12.345678901234567),
            ("1234567890123456789", 1_234_567_890_123_456_789), ("9007199254740993", 9_007_199_254_740_992),
            ("0,1", 0.1), ("0e999", 0), ("1e-400", 0), ("17,27573662", 17.27573662),
        ])
    func commaNumbers(text: String, value: Double) throws {
        let number = try #require(parse(text), "\(text)")
        #expect(number.value == value, "\(text)")
    }

    @Test("Negative zero keeps its sign, as strtod gives it")
    func negativeZero() throws {
        let zero = try #require(parse("-0,0"))
        #expect(zero.value == 0 && zero.value.sign == .minus)
        #expect(try #require(parse("-0")).value.sign == .minus)
    }

    @Test("Leading zeros are flagged, so such columns stay text")
    func leadingZeros() throws {
        #expect(parse("00123")?.hasLeadingZero == true)
        #expect(parse("0123,5")?.hasLeadingZero == true)
        #expect(parse("0,5")?.hasLeadingZero == false)
        #expect(parse("0 123") == nil)  // a group after a leading zero is not a number
        let table = try DataTestSupport.csv("kod;n\n00123;1\n04567;2\n")
        #expect(table.typeOf("kod") == .text)
        #expect(table.valuesOf("kod") == [.text("00123"), .text("04567")])
    }

    @Test(
        "Malformed numbers are rejected",
        arguments: ["1e", "1e+", "1,", ",5", "1 23", "1.23,4.5", "--1", "1e3e3"])
    func malformed(text: String) {
        #expect(parse(text) == nil, "\(text)")
    }

    @Test("Overflow to infinity is not a number; beyond 19 digits the slow conversion agrees")
    func slowPath() throws {
        #expect(parse("1e309") == nil)
        #expect(parse("1,7976931348623157e308")?.value == Double.greatestFiniteMagnitude)
        #expect(parse("0,00000000000000000000012345")?.value == 1.2345e-22)
        #expect(parse("123456789012345678901")?.value == 123_456_789_012_345_678_901)
        #expect(parse("1.234.567.890.123.456.789.012")?.value == 1_234_567_890_123_456_789_012)
        #expect(parse("-1 234 567 890 123 456 789,5e-3")?.value == -1_234_567_890_123_456_789.5e-3)
        #expect(parse("\u{2212}1,5e25")?.value == -1.5e25)
    }

    @Test("The exact conversion gives the same Double as Double(String) on random decimals")
    func exactAgreesWithStrtod() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<20_000 {
            let integerDigits = Int.random(in: 1...10, using: &generator)
            let fractionDigits = Int.random(in: 0...9, using: &generator)
            var text = String(
                UInt64.random(in: 0..<UInt64(pow(10, Double(integerDigits))), using: &generator))
            if fractionDigits > 0 {
                text += "."
                for _ in 0..<fractionDigits { text += String(Int.random(in: 0...9, using: &generator)) }
            }
            if Bool.random(using: &generator) { text += "e\(Int.random(in: -30...30, using: &generator))" }
            let expected = try #require(Double(text))
            #expect(parse(text, mark: ASCII.dot)?.value == expected, "\(text)")
        }
    }

    @Test("Word scans find the first NUL and a non-ASCII byte at any position")
    func wordScans() {
        // Past 64 bytes: the scans step 32 bytes, then 8, then 1.
        for length in 0..<80 {
            for position in 0...length {
                var bytes = [UInt8](repeating: 0x41, count: length)
                if position < length { bytes[position] = 0 }
                #expect(WordScan.firstZero(in: bytes) == (position < length ? position : nil))
                // A two-byte letter (valid) and a lone 0xFF (invalid) at the same place.
                if position + 1 < length {
                    bytes[position] = 0xC5
                    bytes[position + 1] = 0xA1
                    #expect(TextDecoding.firstInvalidUTF8(in: bytes) == nil)
                    let skipped = WordScan.skipASCII(in: bytes, from: 0)
                    #expect(skipped <= position && (skipped + 8 > length || position - skipped < 8))
                }
                if position < length {
                    bytes = [UInt8](repeating: 0x41, count: length)
                    bytes[position] = 0xFF
                    #expect(TextDecoding.firstInvalidUTF8(in: bytes) == position)
                }
            }
        }
        // Field ends: every position, and neighbours that trip a naive zero-byte test (";" + 1, 0x80+).
        for length in 0..<20 {
            for position in 0...length {
                var bytes = [UInt8](repeating: ASCII.semicolon &+ 1, count: length)
                for index in stride(from: 1, to: length, by: 3) { bytes[index] = 0xBB }
                if position < length { bytes[position] = ASCII.semicolon }
                if position + 1 < length { bytes[position + 1] = ASCII.lineFeed }
                let end = WordScan.firstOf(
                    ASCII.semicolon, ASCII.lineFeed, ASCII.carriageReturn, in: bytes, from: 0)
                #expect(end == position)
            }
        }
        let row = Array("ab;cdefghijkl\r\n".utf8)
        #expect(
            WordScan.firstOf(ASCII.semicolon, ASCII.lineFeed, ASCII.carriageReturn, in: row, from: 3) == 13)
        var text = Array("abcdefghijklmnop".utf8)
        #expect(TextDecoding.firstInvalidUTF8(in: text) == nil)
        text[11] = 0xFF
        #expect(TextDecoding.firstInvalidUTF8(in: text) == 11)
        text = Array("abcdefghčťžýáíé0123456789".utf8)
        #expect(TextDecoding.firstInvalidUTF8(in: text) == nil)
        #expect(TextDecoding.firstInvalidUTF8(in: Array(text.dropLast(17))) == 14)  // cut inside "ý"
    }

    @Test("Missing markers match whole trimmed cells only")
    func markers() {
        let markers = MissingMarkers(CSVOptions.defaultMissingMarkers)
        func index(_ cell: String) -> Int? {
            let bytes = Array(cell.utf8)
            return markers.index(of: bytes.indices, in: bytes)
        }
        #expect(index("-") == 0)
        #expect(index(" \u{2013} ") == 1)
        #expect(index("i. d.") == 6)
        #expect(index("n/a") == 11)
        #expect(index("--") == nil)
        #expect(index("") == nil)
        #expect(index("N/a") == nil)
        let long = MissingMarkers([String(repeating: "?", count: 70)])
        let bytes = Array(String(repeating: "?", count: 70).utf8)
        #expect(long.index(of: bytes.indices, in: bytes) == 0)
    }

    @Test("Trimming removes spaces, tabs, U+00A0 and U+202F at both ends only")
    func trimming() {
        func trimmed(_ text: String) -> String {
            let bytes = Array(text.utf8)
            return String(decoding: bytes[ValueParsing.trimmed(bytes.indices, in: bytes)], as: UTF8.self)
        }
        #expect(trimmed("\u{00A0} a b\t\u{202F}") == "a b")
        #expect(trimmed("a") == "a")
        #expect(trimmed("\n a") == "\n a")  // a line break is content
        #expect(trimmed("\u{00A0}") == "")
        #expect(trimmed("č") == "č")
    }

    @Test("Column values kept from inference equal a declared read of the same type")
    func inferredEqualsDeclared() throws {
        let csv = """
            n;i;d;b;m
            1,5;1 000;2024-01-05;ano;-
            -;2 000;i.d.;ne;x
            2,25;;2024-02-01;NE;NA
            """
        let inferred = try DataTestSupport.csv(csv)
        #expect(inferred.fields.map(\.type) == [.number, .integer, .date, .boolean, .text])
        var options = CSVOptions()
        options.fieldTypes = ["n": .number, "i": .integer, "d": .date, "b": .boolean, "m": .text]
        let declared = try DataTestSupport.csv(csv, options: options)
        #expect(inferred.fields == declared.fields)
        #expect(inferred.format.missingMarkers == ["-", "i.d."])
        #expect(inferred.format.missingMarkers == declared.format.missingMarkers)
        #expect(inferred.format.thousandsSeparator == " ")
        #expect(inferred.field(named: "d")?.dateFormat == .isoDay)
    }
}

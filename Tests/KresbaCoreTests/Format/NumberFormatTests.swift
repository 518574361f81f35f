import Testing

@testable import KresbaCore

/// No-break space, as printed by the Czech locale.
private let nb = "\u{00A0}"
/// Typographic minus.
private let minus = "\u{2212}"

private func cs(_ pattern: String, _ value: Double) throws -> String {
    try NumberFormat(pattern: pattern).string(value, locale: .cs)
}

private func en(_ pattern: String, _ value: Double) throws -> String {
    try NumberFormat(pattern: pattern).string(value, locale: .en)
}

@Suite struct NumberFormatTests {
    @Test func groupingAndDecimals() throws {
        #expect(try cs("#,##0.0", 1234.5) == "1\(nb)234,5")
        #expect(try en("#,##0.0", 1234.5) == "1,234.5")
        #expect(try cs("#,##0", 1234) == "1\(nb)234", "four-digit numbers are grouped in Czech")
        #expect(try en("#,##0", 1234) == "1,234")
        #expect(try cs("#,##0", 123) == "123")
        #expect(try cs("#,##0", 1_234_567) == "1\(nb)234\(nb)567")
        #expect(try en("#,##0", 1_234_567) == "1,234,567")
        #expect(try cs("#,##0", 123_456_789) == "123\(nb)456\(nb)789")
        #expect(try cs("0", 1234) == "1234", "no grouping without a comma in the pattern")
        #expect(try cs("#,##0", 1e20) == "100\(nb)000\(nb)000\(nb)000\(nb)000\(nb)000\(nb)000")
        #expect(try cs("#,####", 123_456) == "12\(nb)3456", "group size comes from the pattern")
    }

    @Test func minusSign() throws {
        #expect(try cs("0", -3) == "\(minus)3")
        #expect(try en("0", -3) == "\(minus)3")
        #expect(try cs("#,##0.00", -1234.5) == "\(minus)1\(nb)234,50")
    }

    @Test func percentAndPerMille() throws {
        #expect(try cs("0.0%", 0.125) == "12,5\(nb)%")
        #expect(try en("0.0%", 0.125) == "12.5%")
        #expect(try cs("0.0 %", 0.125) == "12,5\(nb)%", "the locale decides the percent spacing")
        #expect(try en("0.0 %", 0.125) == "12.5%")
        #expect(try cs("0%", -0.5) == "\(minus)50\(nb)%")
        #expect(try cs("0.0‰", 0.0125) == "12,5\(nb)‰")
        #expect(try en("0.0‰", 0.0125) == "12.5‰")
        #expect(try cs("#,##0%", 12.5) == "1\(nb)250\(nb)%")
    }

    @Test func percentScalesTheDecimalNotTheBinaryValue() throws {
        // 0.285 * 100 is 28.499999999999996 in binary; the data said 28.5, which rounds up.
        #expect(try cs("0%", 0.285) == "29\(nb)%")
        #expect(try cs("0.0%", 0.07) == "7,0\(nb)%")
    }

    @Test func roundingHalfAwayFromZeroOnTheDecimalValue() throws {
        #expect(try cs("0.00", 2.675) == "2,68", "binary 2.67499999… must not round down")
        #expect(try cs("0.00", 1.005) == "1,01")
        #expect(try cs("0", 0.5) == "1")
        #expect(try cs("0", 1.5) == "2")
        #expect(try cs("0", 2.5) == "3", "not banker's rounding")
        #expect(try cs("0", -0.5) == "\(minus)1")
        #expect(try cs("0", -2.5) == "\(minus)3")
        #expect(try cs("0.0", 0.04999) == "0,0")
        #expect(try cs("#,##0.0", 999_999.96) == "1\(nb)000\(nb)000,0", "carry adds a digit and a group")
        #expect(try cs("0.00", 0.1 + 0.2) == "0,30")
        #expect(try cs("0.000000", 1e-5) == "0,000010")
        #expect(try cs("0.00", .leastNonzeroMagnitude) == "0,00")
        #expect(try cs("0", 0.49999999999999994) == "0")
    }

    @Test func zeroNeverHasAMinus() throws {
        #expect(try cs("0.00", -0.004) == "0,00")
        #expect(try cs("0.00", -0.0) == "0,00")
        #expect(try cs("0", -0.4) == "0")
        #expect(try cs("0%", -0.001) == "0\(nb)%")
        #expect(NumberFormat.compact().string(-0.01, locale: .cs) == "0")
    }

    @Test func optionalFractionDigits() throws {
        #expect(try cs("0.0#", 2) == "2,0")
        #expect(try cs("0.0#", 1.5) == "1,5")
        #expect(try cs("0.0#", 1.25) == "1,25")
        #expect(try cs("0.0#", 1.255) == "1,26")
        #expect(try cs("#,##0.##", 1234) == "1\(nb)234")
        #expect(try cs("0.##", 0.999) == "1")
        #expect(try cs("#.##", 0.5) == "0,5", "a lone # still prints the integer zero")
        #expect(try cs("00.0", 5) == "05,0")
        #expect(try cs(".00", 0.5) == "0,50")
    }

    @Test func literalAffixes() throws {
        #expect(try cs("#,##0 Kč", 1234) == "1\(nb)234\(nb)Kč")
        #expect(try cs("#,##0 Kč", -1234) == "\(minus)1\(nb)234\(nb)Kč")
        #expect(try cs("0.0 'mil.'", 12.5) == "12,5\(nb)mil.")
        #expect(try en("0.0' mil.'", 12.5) == "12.5\(nb)mil.")
        #expect(try cs("0 'obyvatel na km²'", 85) == "85\(nb)obyvatel na km²", "only the space at the number")
        #expect(try en("$#,##0", 5) == "$5")
        #expect(try en("$#,##0", -5) == "\(minus)$5", "the implicit minus leads the whole prefix")
        #expect(try en("'#'0", 5) == "#5")
        #expect(try en("0 'm''s'", 5) == "5\(nb)m's")
        #expect(try en("0''", 5) == "5'")
        #expect(try en("'2020: '0", 5) == "2020:\(nb)5")
        #expect(try cs("ca. 0", 5) == "ca.\(nb)5")
    }

    @Test func signSubpatterns() throws {
        #expect(try cs("+0.0;−0.0", 1.25) == "+1,3")
        #expect(try cs("+0.0;−0.0", -1.25) == "\(minus)1,3")
        #expect(try cs("+0.0;-0.0", -1.25) == "\(minus)1,3", "ASCII hyphen maps to the locale minus")
        #expect(try cs("+0.0;−0.0", 0) == "+0,0", "like Excel, zero uses the positive section")
        #expect(try cs("+0.0;−0.0;0.0", 0) == "0,0")
        #expect(try cs("+0.0;−0.0;0.0", -0.01) == "0,0", "rounding to zero picks the zero section")
        #expect(try cs("+0.0;−0.0;0.0", 0.04) == "0,0")
        #expect(try cs("+0.0", 2) == "+2,0")
        #expect(try cs("+0.0", -2) == "\(minus)2,0", "the minus replaces the plus")
        #expect(try cs("+0%", -0.1) == "\(minus)10\(nb)%")
        #expect(try en("0;(0)", -5) == "(5)", "an explicit negative section adds no minus")
        #expect(try en("0;(0)", 5) == "5")
        #expect(try en("0.0;-0", -1.26) == "\(minus)1", "each section has its own decimals")
    }

    @Test func nonFiniteValues() throws {
        let format = try NumberFormat(pattern: "#,##0.0 Kč")
        #expect(format.string(.nan, locale: .cs) == "\u{2013}")
        #expect(format.string(.infinity, locale: .cs) == "∞")
        #expect(format.string(-.infinity, locale: .cs) == "\(minus)∞")
        #expect(NumberFormat.compact().string(.nan, locale: .en) == "\u{2013}")
    }

    @Test func compact() {
        let format = NumberFormat.compact(decimals: 1)
        #expect(format.string(1234, locale: .cs) == "1,2\(nb)tis.")
        #expect(format.string(3_400_000, locale: .cs) == "3,4\(nb)mil.")
        #expect(format.string(5_600_000_000, locale: .cs) == "5,6\(nb)mld.")
        #expect(format.string(7.2e12, locale: .cs) == "7,2\(nb)bil.")
        #expect(format.string(1234, locale: .en) == "1.2K")
        #expect(format.string(3_400_000, locale: .en) == "3.4M")
        #expect(format.string(5_600_000_000, locale: .en) == "5.6B")
        #expect(format.string(7.2e12, locale: .en) == "7.2T")
        #expect(format.string(-1500, locale: .cs) == "\(minus)1,5\(nb)tis.")
        #expect(format.string(999, locale: .cs) == "999")
        #expect(format.string(12.34, locale: .cs) == "12,3")
        #expect(format.string(1000, locale: .cs) == "1\(nb)tis.", "trailing zeros are trimmed")
        #expect(format.string(999_950, locale: .cs) == "1\(nb)mil.", "rounding moves to the next unit")
        #expect(format.string(999.96, locale: .en) == "1K")
        #expect(format.string(1.5e18, locale: .cs) == "1\(nb)500\(nb)000\(nb)bil.")
        #expect(format.string(0.25, locale: .cs) == "0,3")
        #expect(
            NumberFormat.compact(decimals: 1, trimmingZeros: false).string(1000, locale: .cs)
                == "1,0\(nb)tis.")
        #expect(NumberFormat.compact(decimals: 0).string(2_500_000, locale: .en) == "3M")
    }

    @Test func automaticForStep() {
        #expect(NumberFormat.automatic(forStep: 0.25).string(0.5, locale: .cs) == "0,50")
        #expect(NumberFormat.automatic(forStep: 0.5).string(2.5, locale: .cs) == "2,5")
        #expect(NumberFormat.automatic(forStep: 5).string(1234, locale: .cs) == "1\(nb)234")
        #expect(NumberFormat.automatic(forStep: 5) == .fixed(decimals: 0))
        #expect(NumberFormat.automatic(forStep: 0.25) == .fixed(decimals: 2))
        #expect(NumberFormat.automatic(forStep: 0.1 + 0.2) == .fixed(decimals: 1), "float noise is ignored")
        #expect(NumberFormat.automatic(forStep: 0.00001) == .fixed(decimals: 5))
        #expect(NumberFormat.automatic(forStep: -0.2) == .fixed(decimals: 1))
        #expect(NumberFormat.automatic(forStep: 2e9) == .fixed(decimals: 0))
        #expect(NumberFormat.automatic(forStep: 0) == .fixed(decimals: 0))
        #expect(NumberFormat.automatic(forStep: .nan) == .fixed(decimals: 0))
        #expect(
            NumberFormat.fixed(decimals: 2, grouping: false).string(-1234.5, locale: .en) == "\(minus)1234.50"
        )
    }

    @Test(arguments: [
        ("0..0", "more than one decimal point"),
        ("", "empty pattern"),
        ("0;", "empty negative subpattern"),
        ("0;0;0;0", "more than three subpatterns (positive;negative;zero)"),
        ("0 'Kč", "unterminated quote"),
        ("Kč", "no digit placeholder (0 or #)"),
        ("0;Kč", "negative subpattern: no digit placeholder (0 or #)"),
        ("0#", "'#' after '0' in the integer part"),
        ("0.#0", "'0' after '#' in the fraction part"),
        ("0.", "decimal point without fraction digits"),
        ("0.0,0", "grouping separator in the fraction part"),
        ("#,##0,", "grouping separator must be followed by digit placeholders"),
        ("#,,##0", "grouping separator must be followed by digit placeholders"),
        ("0%%", "more than one percent or per-mille sign"),
        ("0%‰", "more than one percent or per-mille sign"),
        ("0.0E0", "unexpected '0' after the number (quote literal text with ')"),
        ("0 0", "unexpected '0' after the number (quote literal text with ')"),
        ("0.05", "unquoted digit '5' (rounding increments are not supported; quote literal digits with ')"),
    ])
    func patternErrors(_ pattern: String, _ reason: String) {
        #expect(throws: NumberFormatError(pattern: pattern, reason: reason)) {
            try NumberFormat(pattern: pattern)
        }
    }

    @Test func errorDescriptionNamesPatternAndProblem() {
        let error = NumberFormatError(pattern: "0..0", reason: "more than one decimal point")
        #expect(error.description == #"invalid number format "0..0": more than one decimal point"#)
    }

    @Test func decimalDigitsOfShortestRepresentation() throws {
        let digits = try #require(DecimalDigits(2.675))
        #expect(digits.digits == [2, 6, 7, 5])
        #expect(digits.exponent == 1)
        #expect(DecimalDigits(1e-5)?.exponent == -4)
        #expect(DecimalDigits(1.2345e20)?.digits == [1, 2, 3, 4, 5])
        #expect(DecimalDigits(1.2345e20)?.exponent == 21)
        #expect(DecimalDigits(-0.0)?.isZero == true)
        #expect(DecimalDigits(-0.0)?.isNegative == true)
        #expect(DecimalDigits(100)?.digits == [1])
        #expect(DecimalDigits(100)?.exponent == 3)
        #expect(DecimalDigits(.nan) == nil)
    }
}

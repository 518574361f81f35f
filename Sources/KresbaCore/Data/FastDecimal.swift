/// The digits of a decimal number gathered as an integer significand and a power of ten, so that the
/// usual cell (`474.801585500000`, `-41`, `1 234,5`) becomes a Double without building a string for
/// `strtod`.
///
/// Exact by Clinger's fast path: a significand up to 2^53 and a power of ten up to 10^22 are both
/// Doubles without rounding, so one multiplication or division rounds once and gives the correctly
/// rounded value, the same Double `strtod` gives. A whole number needs no power at all (the conversion
/// from UInt64 rounds correctly too). Anything else (more than 19 significant digits, a larger power)
/// has no ``exactValue`` and the caller falls back to `Double(String)`.
struct FastDecimal {
    /// The significant digits read so far, leading zeros dropped.
    private(set) var significand: UInt64 = 0
    /// The power of ten the significand is multiplied by.
    var exponent = 0
    private var digitCount = 0
    /// More than 19 significant digits: the significand no longer holds them all.
    private var overflowed = false

    private static let maxDigits = 19  // 9_999_999_999_999_999_999 < UInt64.max
    private static let maxExactSignificand: UInt64 = 1 << 53
    private static let powersOfTen: [Double] = [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16,
        1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ]

    /// Adds an ASCII digit of the integer part.
    mutating func append(_ digit: UInt8) {
        let value = UInt64(digit &- ASCII.zero)
        if overflowed || (significand == 0 && value == 0) { return }
        guard digitCount < Self.maxDigits else {
            overflowed = true
            return
        }
        significand = significand &* 10 &+ value
        digitCount += 1
    }

    /// Adds an ASCII digit after the decimal mark.
    mutating func appendFraction(_ digit: UInt8) {
        append(digit)
        exponent -= 1
    }

    /// The value when the fast path gives it exactly; nil otherwise.
    var exactValue: Double? {
        if overflowed { return nil }
        if significand == 0 { return 0 }
        if exponent == 0 { return Double(significand) }
        guard significand <= Self.maxExactSignificand, exponent >= -22, exponent <= 22 else { return nil }
        return exponent > 0
            ? Double(significand) * Self.powersOfTen[exponent]
            : Double(significand) / Self.powersOfTen[-exponent]
    }
}

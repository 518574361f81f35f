/// Turning a decimal number, read as an integer significand and a power of ten, into a Double without
/// building a string for `strtod`: the usual cell (`474.801585500000`, `-41`, `1 234,5`) takes this way.
///
/// Exact by Clinger's fast path: a significand up to 2^53 and a power of ten up to 10^22 are both
/// Doubles without rounding, so one multiplication or division rounds once and gives the correctly
/// rounded value, the same Double `strtod` gives. A whole number needs no power at all (the conversion
/// from UInt64 rounds correctly too). Anything else has no exact value here, and callers fall back to
/// `Double(String)`.
enum ExactDecimal {
    /// The most digits a significand may have been read from: 19 nines still fit a UInt64.
    static let maxDigits = 19

    private static let maxExactSignificand: UInt64 = 1 << 53
    private static let maxExactPower = 22

    /// `significand` × 10^`power` when the fast path gives it exactly; nil otherwise.
    @inline(__always)
    static func value(significand: UInt64, power: Int) -> Double? {
        if significand == 0 { return 0 }
        if power == 0 { return Double(significand) }
        guard significand <= maxExactSignificand, power >= -maxExactPower, power <= maxExactPower else {
            return nil
        }
        return power > 0
            ? Double(significand) * powerOfTen(power)
            : Double(significand) / powerOfTen(-power)
    }

    /// 10^`exponent` for 1…22, each written out so that it is exact.
    private static func powerOfTen(_ exponent: Int) -> Double {
        switch exponent {
        case 1: 1e1
        case 2: 1e2
        case 3: 1e3
        case 4: 1e4
        case 5: 1e5
        case 6: 1e6
        case 7: 1e7
        case 8: 1e8
        case 9: 1e9
        case 10: 1e10
        case 11: 1e11
        case 12: 1e12
        case 13: 1e13
        case 14: 1e14
        case 15: 1e15
        case 16: 1e16
        case 17: 1e17
        case 18: 1e18
        case 19: 1e19
        case 20: 1e20
        case 21: 1e21
        default: 1e22
        }
    }
}

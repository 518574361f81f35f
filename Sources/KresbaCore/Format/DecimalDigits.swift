/// A finite `Double` as the decimal digits of its shortest round-trip representation.
///
/// Formatting rounds these digits, not the binary value. The shortest representation is the
/// decimal the data most likely contained: the literal 2.675 is stored as
/// 2.67499999999999982236431605997495353221893310546875, and rounding that exact binary value
/// (as `%.2f` does) prints "2.67" where every reader of the source data expects "2.68".
/// Swift's `description` of a `Double` is guaranteed to be the shortest string that parses back
/// to the same value, independent of locale, so it is the digit source. Scaling by powers of ten
/// (percent, per mille, compact units) shifts the exponent instead of multiplying, so
/// 0.285 as a percentage is exactly 28.5 rather than the binary product 28.499999999999996.
struct DecimalDigits: Equatable {
    /// Significant digits, each 0...9, with no leading or trailing zeros; empty for zero.
    var digits: [UInt8]
    /// Decimal exponent such that the magnitude is 0.d₁d₂d₃… × 10^exponent.
    var exponent: Int
    /// Whether the sign bit was set (true for -0.0 as well).
    var isNegative: Bool

    /// The digits of `value`, or `nil` for NaN and infinities.
    init?(_ value: Double) {
        guard value.isFinite else { return nil }
        isNegative = value.sign == .minus
        // The description looks like "2.675", "1e-05", "1.2345e+20" or "0.0".
        var all: [UInt8] = []
        var pointIndex: Int?
        var exponentText = ""
        var inExponent = false
        for byte in value.magnitude.description.utf8 {
            if inExponent {
                exponentText.unicodeScalars.append(Unicode.Scalar(byte))
            } else if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                all.append(byte - UInt8(ascii: "0"))
            } else if byte == UInt8(ascii: ".") {
                pointIndex = all.count
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                inExponent = true
            }
        }
        let leadingZeros = all.prefix(while: { $0 == 0 }).count
        let trailingZeros = all.reversed().prefix(while: { $0 == 0 }).count
        if leadingZeros == all.count {
            digits = []
            exponent = 0
            return
        }
        digits = Array(all[leadingZeros..<(all.count - trailingZeros)])
        exponent = (pointIndex ?? all.count) - leadingZeros + (Int(exponentText) ?? 0)
    }

    /// Whether the value is zero.
    var isZero: Bool { digits.isEmpty }

    /// The same digits multiplied by 10^places (exact: only the exponent changes).
    func shifted(by places: Int) -> DecimalDigits {
        var copy = self
        if !copy.digits.isEmpty { copy.exponent += places }
        return copy
    }

    /// The magnitude rounded half away from zero to `fractionDigits` places.
    ///
    /// Returns the integer digits (at least one, no leading zeros) and exactly `fractionDigits`
    /// fraction digits; negative `fractionDigits` are treated as zero.
    func rounded(fractionDigits: Int) -> (integer: [UInt8], fraction: [UInt8]) {
        let places = max(0, fractionDigits)
        // The first significant digit has place value 10^(exponent - 1); below 10^-(places + 1)
        // it cannot reach the rounding digit, so the result is zero. This also keeps 5e-324 cheap.
        guard !digits.isEmpty, exponent >= -places else {
            return ([0], [UInt8](repeating: 0, count: places))
        }
        // `kept` is the magnitude × 10^places, truncated to an integer.
        let keep = exponent + places
        var kept = Array(digits.prefix(keep))
        if kept.count < keep { kept += [UInt8](repeating: 0, count: keep - kept.count) }
        // Looking only at the next digit is exact half-away-from-zero rounding: any digit ≥ 5
        // means the discarded tail is at least one half of the last kept unit.
        if keep < digits.count && digits[keep] >= 5 {
            var index = kept.count - 1
            while index >= 0 && kept[index] == 9 {
                kept[index] = 0
                index -= 1
            }
            if index >= 0 {
                kept[index] += 1
            } else {
                kept.insert(1, at: 0)
            }
        }
        if kept.count <= places {
            kept.insert(contentsOf: [UInt8](repeating: 0, count: places + 1 - kept.count), at: 0)
        }
        var integer = Array(kept[..<(kept.count - places)])
        let fraction = Array(kept[(kept.count - places)...])
        let leading = min(integer.prefix(while: { $0 == 0 }).count, integer.count - 1)
        integer.removeFirst(leading)
        return (integer, fraction)
    }
}

import Foundation

/// Round tick values between `lo` and `hi`, about `count` of them, as d3-array's `ticks` does.
///
/// Steps are 1, 2 or 5 × 10^k; ticks are the step's multiples inside the domain (both ends
/// included when they are multiples). A reversed domain gives descending ticks, equal ends give
/// `[lo]`, and non-finite ends or `count < 1` give no ticks (d3 returns none for a count of 0
/// either). Counts above 10 000 are treated as 10 000 so a bad spec cannot allocate billions.
///
/// Each tick is rebuilt from its integer multiple and the step's decimal exponent as the
/// `Double` nearest to the exact decimal value, so 0.1 × 3 is the literal 0.3, never
/// 0.30000000000000004, and very large or small steps stay exact too (d3 only does this for
/// steps below 1).
package func niceTicks(_ lo: Double, _ hi: Double, count: Int) -> [Double] {
    guard count >= 1, lo.isFinite, hi.isFinite else { return [] }
    if lo == hi { return [lo] }
    let reverse = hi < lo
    let clamped = Double(min(count, maxTickCount))
    guard let spec = TickSpec.make(start: min(lo, hi), stop: max(lo, hi), count: clamped),
        spec.first <= spec.last
    else { return [] }
    let indices = stride(from: spec.first, through: spec.last, by: 1).map { $0 }
    return (reverse ? indices.reversed() : indices).map { spec.increment.tick($0) }
}

/// The signed distance between ticks `niceTicks(lo, hi, count:)` would produce.
///
/// Negative when `hi < lo`; 0 when there is no step (equal or non-finite ends, `count < 1`).
package func tickStep(_ lo: Double, _ hi: Double, count: Int) -> Double {
    guard count >= 1, let increment = tickIncrement(lo, hi, count: count) else { return 0 }
    return hi < lo ? -increment.value : increment.value
}

/// The step d3's `tickIncrement` picks for the domain in either order, or `nil` if none.
func tickIncrement(_ lo: Double, _ hi: Double, count: Int) -> TickIncrement? {
    guard count >= 1, lo.isFinite, hi.isFinite else { return nil }
    let clamped = Double(min(count, maxTickCount))
    return TickSpec.make(start: min(lo, hi), stop: max(lo, hi), count: clamped)?.increment
}

/// More ticks than any axis can show; guards the array size against absurd counts.
private let maxTickCount = 10_000

/// A tick step mantissa × 10^exponent with mantissa 1, 2 or 5, chosen as d3's `tickIncrement`.
struct TickIncrement: Equatable {
    /// 1, 2 or 5.
    var mantissa: Int
    /// The decimal exponent of the step.
    var exponent: Int
    /// d3's power of ten before a factor of 10 was folded into the exponent; its branch
    /// (power < 0) decides how indices are computed, which keeps results identical to d3.
    private var power: Int
    private var factor: Double

    /// The step for about `count` ticks over `start...stop` (`start < stop`), or `nil` if none.
    init?(start: Double, stop: Double, count: Double) {
        let step = (stop - start) / max(0, count)
        guard step.isFinite, step > 0 else { return nil }
        power = Int(floor(log10(step)))
        // Subnormal steps (domains narrower than about 1e-307) would need 10^308 and beyond.
        guard pow(10, Double(-power)).isFinite else { return nil }
        let error = step / pow(10, Double(power))
        // Thresholds are the geometric means of neighbouring steps, as in d3.
        factor =
            error >= 50.0.squareRoot()
            ? 10 : error >= 10.0.squareRoot() ? 5 : error >= 2.0.squareRoot() ? 2 : 1
        if factor == 10 {
            mantissa = 1
            exponent = power + 1
        } else {
            mantissa = Int(factor)
            exponent = power
        }
    }

    /// The step as the `Double` nearest to its decimal value.
    var value: Double { exactDecimal(Double(mantissa), exponent) }

    /// The largest multiple index whose tick is at most `x`, computed as d3 does.
    func floorIndex(_ x: Double) -> Double { floor(scaled(x)) }

    /// The smallest multiple index whose tick is at least `x`, computed as d3 does.
    func ceilIndex(_ x: Double) -> Double { ceil(scaled(x)) }

    /// The nearest multiple index of `x` (half away from zero; the callers correct for it).
    func roundIndex(_ x: Double) -> Double { scaled(x).rounded() }

    /// `x` divided by the step. Below 1 d3 multiplies by the (integer) inverse, which is exact
    /// where dividing by an inexact 0.1 is not.
    private func scaled(_ x: Double) -> Double {
        if power < 0 {
            return x * (pow(10, Double(-power)) / factor)
        }
        return x / (pow(10, Double(power)) * factor)
    }

    /// The tick `index` × step as the `Double` nearest to the exact decimal product.
    func tick(_ index: Double) -> Double {
        exactDecimal(index * Double(mantissa), exponent)
    }
}

/// The step and the first and last multiple index inside a domain, as d3's `tickSpec`.
struct TickSpec {
    /// Index of the first tick; greater than `last` when no multiple lies in the domain.
    var first: Double
    /// Index of the last tick.
    var last: Double
    /// The step.
    var increment: TickIncrement

    /// The spec for `start < stop`; `nil` when no step exists.
    static func make(start: Double, stop: Double, count: Double) -> TickSpec? {
        guard let increment = TickIncrement(start: start, stop: stop, count: count) else { return nil }
        var first = increment.roundIndex(start)
        var last = increment.roundIndex(stop)
        // Comparing the exactly rebuilt ticks keeps an end that is itself a multiple.
        if increment.tick(first) < start { first += 1 }
        if increment.tick(last) > stop { last -= 1 }
        // d3 retries a count of 1 with 2 when no multiple of the step falls inside the domain.
        if last < first && 0.5 <= count && count < 2 {
            return make(start: start, stop: stop, count: count * 2)
        }
        return TickSpec(first: first, last: last, increment: increment)
    }
}

/// Exact powers of ten as doubles (10^22 is the largest that is exactly representable).
private let exactPowersOfTen: [Double] = (0...22).reduce(into: []) { powers, k in
    powers.append(k == 0 ? 1 : powers[k - 1] * 10)
}

/// The `Double` nearest to `integer` × 10^`exponent`, where `integer` is an integral value.
///
/// IEEE multiplication and division are correctly rounded, so with both operands exact (an
/// integer below 2^53 and 10^k for k ≤ 22) the one operation lands on the nearest double.
/// Outside that range the decimal string is parsed, which is also correctly rounded.
func exactDecimal(_ integer: Double, _ exponent: Int) -> Double {
    if integer == 0 { return 0 }
    let limit = 9_007_199_254_740_992.0  // 2^53
    guard integer.magnitude < limit else { return integer * pow(10, Double(exponent)) }
    if exponent >= 0 && exponent <= 22 { return integer * exactPowersOfTen[exponent] }
    if exponent < 0 && exponent >= -22 { return integer / exactPowersOfTen[-exponent] }
    return Double("\(Int64(integer))e\(exponent)") ?? integer * pow(10, Double(exponent))
}

import Foundation

/// Turns numbers into label text, from a locale-neutral ICU/Excel-style pattern.
///
/// Patterns use "." for the decimal point and "," for grouping whatever the output language;
/// ``ChartLocale`` supplies the printed separators, minus sign and percent spacing:
///
/// | Pattern            | Value   | Czech          | English      |
/// |--------------------|---------|----------------|--------------|
/// | `#,##0.0`          | 1234.5  | `1 234,5`      | `1,234.5`    |
/// | `0.0%`             | 0.125   | `12,5 %`       | `12.5%`      |
/// | `0.0#`             | 2.5     | `2,5`          | `2.5`        |
/// | `#,##0 Kč`         | -1234   | `−1 234 Kč`    | `−1,234 Kč`  |
/// | `+0.0;−0.0;0.0`    | 0.04    | `0,0`          | `0.0`        |
///
/// Rules a reader should know:
/// - Rounding is half away from zero on the shortest decimal representation of the value
///   (see ``DecimalDigits``), so 2.675 rounds to 2.68 and 0.5 with `0` to 1.
/// - Sections are positive;negative;zero as in Excel. A value that rounds to zero (including
///   -0.0 and -0.004 with `0.00`) uses the zero section if there is one, otherwise the positive
///   section, so it never shows a minus; with `+0.0` it prints "+0,0" like Excel and d3.
/// - Without a negative section the minus replaces a "+" of the positive section, or else goes
///   in front of the whole positive prefix ("−$5").
/// - "%" and "‰" multiply by 100 and 1000 by shifting the decimal exponent (exact), and the
///   locale decides the space before them, whatever the pattern has there. Other spaces that
///   touch the digits ("#,##0 Kč") print as no-break spaces so the value never wraps apart.
/// - NaN prints "–" (en dash, the "no value" mark of Czech and English statistical tables) and
///   infinities print "∞" / "−∞", all without prefix or suffix, since neither is a quantity the
///   affixes (units, "%") could apply to.
package struct NumberFormat: Sendable, Equatable {
    private enum Style: Sendable, Equatable {
        case sections(positive: NumberSection, negative: NumberSection, zero: NumberSection?)
        case compact(minimumFractionDigits: Int, maximumFractionDigits: Int)
    }

    private var style: Style

    /// The text printed for NaN.
    package static let notANumberText = "\u{2013}"
    /// The text printed for positive infinity (the locale's minus precedes it for negative).
    package static let infinityText = "∞"

    private init(style: Style) {
        self.style = style
    }

    /// Parses a pattern such as "#,##0.0", "0.0%", "0.0 'mil.'" or "+0.0;−0.0".
    /// - Throws: ``NumberFormatError`` naming the pattern and what is wrong with it.
    package init(pattern: String) throws(NumberFormatError) {
        let (positive, negative, zero) = try NumberPatternParser(pattern: pattern).parse()
        style = .sections(positive: positive, negative: negative, zero: zero)
    }

    /// A grouped (or ungrouped) format with exactly `decimals` fraction digits, like "#,##0.00".
    package static func fixed(decimals: Int, grouping: Bool = true) -> NumberFormat {
        let section = NumberSection(
            prefix: [], suffix: [], minimumIntegerDigits: 1,
            minimumFractionDigits: max(0, decimals), maximumFractionDigits: max(0, decimals),
            groupingSize: grouping ? 3 : nil, scale: 0)
        var negative = section
        negative.prefix = [.minus]
        return NumberFormat(style: .sections(positive: section, negative: negative, zero: nil))
    }

    /// Abbreviated large numbers: Czech "1,2 tis.", "3,4 mil.", "5,6 mld.", English "1.2K", "3.4M".
    ///
    /// The unit is the largest of thousands, millions, billions and trillions not above the
    /// value, chosen after rounding so that 999 950 becomes "1 mil." rather than "1 000,0 tis.".
    /// Values below 1000 print without a unit. With `trimmingZeros` (the default) `decimals` is a
    /// maximum and trailing zeros go ("1 tis.", "1,5 tis."), which reads better in running text
    /// and data labels; turn it off for tick labels that should share one number of decimals.
    package static func compact(decimals: Int = 1, trimmingZeros: Bool = true) -> NumberFormat {
        let places = max(0, decimals)
        return NumberFormat(
            style: .compact(minimumFractionDigits: trimmingZeros ? 0 : places, maximumFractionDigits: places))
    }

    /// A grouped format with just enough fixed decimals to tell apart ticks `step` apart.
    ///
    /// Step 5 gives "#,##0", 0.5 gives "#,##0.0", 0.25 gives "#,##0.00". The step is first rounded
    /// to 12 significant digits so that floating-point noise (0.30000000000000004) does not ask
    /// for 17 decimals. A zero or non-finite step gives no decimals.
    package static func automatic(forStep step: Double) -> NumberFormat {
        guard let digits = DecimalDigits(step), !digits.isZero else { return fixed(decimals: 0) }
        var fraction = digits.rounded(fractionDigits: 12 - digits.exponent).fraction
        while fraction.last == 0 { fraction.removeLast() }
        return fixed(decimals: fraction.count)
    }

    /// Formats `value` with the locale's separators and signs.
    package func string(_ value: Double, locale: ChartLocale) -> String {
        guard let digits = DecimalDigits(value) else {
            if value.isNaN { return Self.notANumberText }
            return value < 0 ? locale.minusSign + Self.infinityText : Self.infinityText
        }
        switch style {
        case .sections(let positive, let negative, let zero):
            var section = digits.isNegative ? negative : positive
            var rounded = section.round(digits)
            if Self.isZero(rounded) {
                let zeroSection = zero ?? positive
                if zeroSection != section {
                    section = zeroSection
                    rounded = section.round(digits)
                }
            }
            return section.render(integer: rounded.integer, fraction: rounded.fraction, locale: locale)
        case .compact(let minimumFraction, let maximumFraction):
            return Self.compactString(
                digits, minimumFraction: minimumFraction, maximumFraction: maximumFraction, locale: locale)
        }
    }

    private static func isZero(_ rounded: (integer: [UInt8], fraction: [UInt8])) -> Bool {
        rounded.integer.allSatisfy { $0 == 0 } && rounded.fraction.allSatisfy { $0 == 0 }
    }

    private static func compactString(
        _ digits: DecimalDigits, minimumFraction: Int, maximumFraction: Int, locale: ChartLocale
    ) -> String {
        let maxTier = locale.compactSuffixes.count
        // The leading digit's place is 10^(exponent - 1); each tier is a factor of 1000.
        var tier = digits.isZero ? 0 : min(maxTier, max(0, (digits.exponent - 1) / 3))
        var rounded = digits.shifted(by: -3 * tier).rounded(fractionDigits: maximumFraction)
        if rounded.integer.count > 3 && tier < maxTier {
            tier += 1
            rounded = digits.shifted(by: -3 * tier).rounded(fractionDigits: maximumFraction)
        }
        while rounded.fraction.count > minimumFraction && rounded.fraction.last == 0 {
            rounded.fraction.removeLast()
        }
        var text = digits.isNegative && !isZero(rounded) ? locale.minusSign : ""
        // Grouping only shows beyond a thousand trillions, where no larger unit is left.
        text += groupedInteger(rounded.integer, minimumDigits: 1, groupingSize: 3, locale: locale)
        if !rounded.fraction.isEmpty {
            text += locale.decimalSeparator + digitString(rounded.fraction)
        }
        if tier > 0 { text += locale.compactSuffixes[tier - 1] }
        return text
    }
}

extension NumberFormat {
    /// A grouped format with as many decimals as the values need, at most two: whole counts
    /// print as "1 234", shares such as 12.5 as "12,5".
    package static func fitting(_ values: [Double]) -> NumberFormat {
        var decimals = 0
        for v in values where v.isFinite {
            let needed = (0...2).first { d in
                let scaled = v * pow(10, Double(d))
                return abs(scaled - scaled.rounded()) < 1e-6 * max(1, abs(scaled))
            }
            decimals = max(decimals, needed ?? 2)
        }
        return .fixed(decimals: decimals)
    }
}

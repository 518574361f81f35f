import Testing

@testable import KresbaCore

/// Expected values are d3-array 3.x `ticks` / `tickStep` outputs for the same arguments.
@Suite struct TicksTests {
    @Test func unitInterval() {
        #expect(niceTicks(0, 1, count: 10) == [0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1])
        #expect(niceTicks(0, 1, count: 5) == [0, 0.2, 0.4, 0.6, 0.8, 1])
        #expect(niceTicks(0, 1, count: 2) == [0, 0.5, 1])
        #expect(niceTicks(0, 1, count: 1) == [0, 1])
    }

    @Test func largeRoundDomain() {
        #expect(
            niceTicks(0, 98765, count: 10)
                == [0, 10000, 20000, 30000, 40000, 50000, 60000, 70000, 80000, 90000])
        #expect(niceTicks(0, 98765, count: 5) == [0, 20000, 40000, 60000, 80000])
    }

    @Test func negativeDomains() {
        #expect(niceTicks(-37, 12, count: 10) == [-35, -30, -25, -20, -15, -10, -5, 0, 5, 10])
        #expect(niceTicks(-1, 0, count: 5) == [-1, -0.8, -0.6, -0.4, -0.2, 0])
        #expect(niceTicks(-10, -1, count: 5) == [-10, -8, -6, -4, -2])
    }

    @Test func smallMagnitudes() {
        #expect(
            niceTicks(0.001, 0.0037, count: 10)
                == [
                    0.001, 0.0012, 0.0014, 0.0016, 0.0018, 0.002, 0.0022, 0.0024, 0.0026, 0.0028,
                    0.003, 0.0032, 0.0034, 0.0036,
                ])
        #expect(niceTicks(1e-12, 5e-12, count: 4) == [1e-12, 2e-12, 3e-12, 4e-12, 5e-12])
    }

    @Test func valuesAreTheExactDecimals() {
        // 3 × 0.1 is 0.30000000000000004 in binary arithmetic.
        #expect(niceTicks(0, 0.3, count: 3) == [0, 0.1, 0.2, 0.3])
        #expect(niceTicks(0.1, 0.7, count: 6).contains(0.3))
        #expect(niceTicks(0.1, 0.7, count: 6).allSatisfy { $0.description.count <= 3 })
        #expect(niceTicks(1.1, 1.4, count: 3) == [1.1, 1.2, 1.3, 1.4])
        // Beyond 10^22 a decimal is no longer an exact double; each tick must still be the
        // double nearest to n × 10^k, i.e. what the literal parses to.
        #expect(niceTicks(0, 1e300, count: 5) == [0, 2e299, 4e299, 6e299, 8e299, 1e300])
        #expect(niceTicks(0, 1e-300, count: 5) == [0, 2e-301, 4e-301, 6e-301, 8e-301, 1e-300])
    }

    @Test func reversedDomainGivesDescendingTicks() {
        #expect(niceTicks(1, 0, count: 5) == [1, 0.8, 0.6, 0.4, 0.2, 0])
        #expect(niceTicks(12, -37, count: 10) == [10, 5, 0, -5, -10, -15, -20, -25, -30, -35])
    }

    @Test func degenerateInputs() {
        #expect(niceTicks(5, 5, count: 10) == [5])
        #expect(niceTicks(0, 1, count: 0) == [])
        #expect(niceTicks(0, 1, count: -3) == [])
        #expect(niceTicks(.nan, 1, count: 5) == [])
        #expect(niceTicks(0, .infinity, count: 5) == [])
        #expect(niceTicks(-1e308, 1e308, count: 5) == [], "the span overflows to infinity")
        #expect(niceTicks(0, 1e-320, count: 10) == [], "subnormal steps are not attempted")
        #expect(niceTicks(0, 1, count: Int.max).count == 10_001, "counts are capped at 10 000")
        // No multiple of the count-1 step (10) lies in [1.5, 9.5], so d3 retries with count 2.
        #expect(niceTicks(1.5, 9.5, count: 1) == [5])
    }

    @Test func stepSizes() {
        #expect(tickStep(0, 1, count: 10) == 0.1)
        #expect(tickStep(0, 1, count: 5) == 0.2)
        #expect(tickStep(0, 98765, count: 10) == 10000)
        #expect(tickStep(-37, 12, count: 10) == 5)
        #expect(tickStep(0.001, 0.0037, count: 10) == 0.0002)
        #expect(tickStep(1, 0, count: 5) == -0.2)
        #expect(tickStep(5, 5, count: 5) == 0)
        #expect(tickStep(0, 1, count: 0) == 0)
    }

    @Test func ticksStayInsideTheDomainAndUseOneTwoFiveSteps() {
        let domains: [(Double, Double)] = [
            (0, 1), (0.2, 0.97), (-5.5, 1234.5), (3, 7), (1e6, 3e9), (-0.003, 0.004), (17, 17.5),
        ]
        for (lo, hi) in domains {
            for count in [1, 2, 3, 5, 7, 10, 20] {
                let ticks = niceTicks(lo, hi, count: count)
                #expect(!ticks.isEmpty)
                #expect(ticks.allSatisfy { $0 >= lo && $0 <= hi }, "\(lo)…\(hi) count \(count): \(ticks)")
                #expect(ticks == ticks.sorted())
                let step = tickStep(lo, hi, count: count)
                let mantissa = step / pow10(floorLog10(step))
                #expect([1.0, 2, 5].contains { abs(mantissa - $0) < 1e-9 }, "step \(step)")
            }
        }
    }
}

private func floorLog10(_ x: Double) -> Int {
    var power = 0
    var value = x
    while value >= 10 {
        value /= 10
        power += 1
    }
    while value < 1 {
        value *= 10
        power -= 1
    }
    return power
}

private func pow10(_ power: Int) -> Double {
    power >= 0
        ? (0..<power).reduce(1.0) { value, _ in value * 10 }
        : (0..<(-power)).reduce(1.0) { value, _ in value / 10 }
}

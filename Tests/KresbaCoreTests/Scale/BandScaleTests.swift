import Testing

@testable import KresbaCore

/// Expected positions follow d3-scale's `scaleBand` for the same settings.
@Suite struct BandScaleTests {
    @Test func noPadding() {
        let scale = BandScale(domain: ["a", "b", "c"], range: (0, 120))
        #expect(scale.step == 40)
        #expect(scale.bandwidth == 40)
        #expect(scale.position(of: "a") == 0)
        #expect(scale.position(of: "b") == 40)
        #expect(scale.position(of: "c") == 80)
        #expect(scale.position(of: "d") == nil)
        #expect(scale("b") == 40)
        #expect(scale.center(of: "c") == 100)
    }

    @Test func paddingInnerAndOuter() {
        var scale = BandScale(domain: ["a", "b", "c"], range: (0, 120))
        scale.setPadding(0.2)
        #expect(scale.step == 37.5)
        #expect(scale.bandwidth == 30)
        #expect(scale.position(of: "a") == 7.5)
        #expect(scale.position(of: "b") == 45)
        #expect(scale.position(of: "c") == 82.5)
    }

    @Test func reversedRangeStartsAtTheRangeStart() {
        let scale = BandScale(domain: ["a", "b", "c"], range: (120, 0), paddingInner: 0.2, paddingOuter: 0.2)
        #expect(scale.position(of: "a") == 82.5)
        #expect(scale.position(of: "b") == 45)
        #expect(scale.position(of: "c") == 7.5)
        #expect(scale.bandwidth == 30)
    }

    @Test func alignment() {
        let start = BandScale(domain: ["a", "b"], range: (0, 100), paddingOuter: 0.5, align: 0)
        // step = 100 / (2 + 1) ; all leftover space (one step) goes after the bands.
        #expect(start.position(of: "a") == 0)
        let end = BandScale(domain: ["a", "b"], range: (0, 100), paddingOuter: 0.5, align: 1)
        #expect(abs((end.position(of: "b") ?? 0) + end.bandwidth - 100) < 1e-9)
        let centred = BandScale(domain: ["a", "b"], range: (0, 100), paddingOuter: 0.5)
        #expect(abs((centred.position(of: "a") ?? 0) - 100.0 / 6) < 1e-9)
    }

    @Test func rounding() {
        let scale = BandScale(
            domain: ["a", "b", "c"], range: (0, 100), paddingInner: 0.1, paddingOuter: 0.1, round: true)
        #expect(scale.step == 32)
        #expect(scale.bandwidth == 29)
        #expect(scale.position(of: "a") == 4)
        #expect(scale.position(of: "b") == 36)
        #expect(scale.position(of: "c") == 68)
        let unrounded = BandScale(
            domain: ["a", "b", "c"], range: (0, 100), paddingInner: 0.1, paddingOuter: 0.1)
        #expect(abs(unrounded.step - 100 / 3.1) < 1e-9)
    }

    @Test func duplicatesKeepTheFirstOccurrence() {
        var scale = BandScale(domain: ["a", "b", "a", "c"], range: (0, 300))
        #expect(scale.domain == ["a", "b", "c"])
        #expect(scale.index(of: "c") == 2)
        #expect(scale.position(of: "c") == 200)
        scale.domain = ["x", "y"]
        #expect(scale.position(of: "a") == nil)
        #expect(scale.position(of: "y") == 150)
    }

    @Test func paddingIsClamped() {
        let scale = BandScale(domain: ["a", "b"], range: (0, 100), paddingInner: 1.5, paddingOuter: -1)
        #expect(scale.bandwidth == 0)
        #expect(scale.step == 100)
    }

    @Test func emptyDomain() {
        let scale = BandScale(domain: [], range: (0, 100))
        #expect(scale.step == 100)
        #expect(scale.position(of: "a") == nil)
    }
}

import Foundation
import KresbaScene
import Testing

@testable import KresbaCore

/// SVG path data: every command, absolute and relative, implicit repeats, number syntax, and
/// errors that name the character where the data goes wrong.
@Suite struct SVGPathParserTests {
    private func parse(_ d: String) throws -> [Path.Element] {
        try SVGPathParser.parse(d).elements
    }

    private func error(_ d: String) -> SVGPathError? {
        do {
            _ = try SVGPathParser.parse(d)
            return nil
        } catch {
            return error
        }
    }

    /// The end point of every element.
    private func ends(_ elements: [Path.Element]) -> [Point?] {
        elements.map {
            switch $0 {
            case .move(let p), .line(let p), .curve(_, _, let p): p
            case .close: nil
            }
        }
    }

    private func near(_ a: Point, _ b: Point, _ tolerance: Double = 1e-9) -> Bool {
        abs(a.x - b.x) < tolerance && abs(a.y - b.y) < tolerance
    }

    @Test func movesLinesAndClose() throws {
        #expect(
            try parse("M1 2 L3 4 H5 V6 Z")
                == [.move(Point(1, 2)), .line(Point(3, 4)), .line(Point(5, 4)), .line(Point(5, 6)), .close])
    }

    @Test func relativeCommandsMatchAbsoluteOnes() throws {
        let absolute = try parse("M10 10 L15 10 H20 V30 C20 35 25 35 25 30 Q30 20 35 30 Z")
        let relative = try parse("m10 10 l5 0 h5 v20 c0 5 5 5 5 0 q5 -10 10 0 z")
        #expect(absolute == relative)
    }

    @Test func numbersAfterAMoveAreLines() throws {
        #expect(
            try parse("M0 0 10 0 10 10") == [.move(Point(0, 0)), .line(Point(10, 0)), .line(Point(10, 10))])
        #expect(try parse("m1 1 2 0 0 2") == [.move(Point(1, 1)), .line(Point(3, 1)), .line(Point(3, 3))])
    }

    @Test func otherCommandsRepeatImplicitly() throws {
        #expect(try parse("M0 0 L1 1 2 2") == [.move(Point(0, 0)), .line(Point(1, 1)), .line(Point(2, 2))])
        #expect(
            try parse("M0 0 h1 2 v3") == [
                .move(Point(0, 0)), .line(Point(1, 0)), .line(Point(3, 0)), .line(Point(3, 3)),
            ])
        #expect(try parse("M0 0 C1 1 2 2 3 3 4 4 5 5 6 6").count == 3)
    }

    @Test func numberSyntax() throws {
        // Signs and dots start new numbers; exponents; commas and no separators at all.
        #expect(try parse("M-1-2L.5.5") == [.move(Point(-1, -2)), .line(Point(0.5, 0.5))])
        #expect(try parse("M1e1,2E-1 L+3,-.5e1") == [.move(Point(10, 0.2)), .line(Point(3, -5))])
        #expect(try parse("  M 1 , 2\n\tL\r3 4  ") == [.move(Point(1, 2)), .line(Point(3, 4))])
    }

    @Test func smoothCubicReflectsThePreviousControlPoint() throws {
        let e = try parse("M0 0 C0 10 10 10 10 0 S20 -10 20 0")
        #expect(e[2] == .curve(Point(10, -10), Point(20, -10), Point(20, 0)))
        // After a command that is not a cubic, the first control point is the current point.
        #expect(try parse("M0 0 L5 5 S10 10 15 5")[2] == .curve(Point(5, 5), Point(10, 10), Point(15, 5)))
    }

    @Test func relativeSmoothCurvesAndArcsMatchAbsoluteOnes() throws {
        #expect(
            try parse("M0 0 c0 10 10 10 10 0 s10 -10 10 0")
                == (try parse("M0 0 C0 10 10 10 10 0 S20 -10 20 0")))
        #expect(
            try parse("M5 5 a5 5 0 0 1 10 0 5 5 0 0 1 -10 0")
                == (try parse("M5 5 A5 5 0 0 1 15 5 A5 5 0 0 1 5 5")))
    }

    @Test func quadraticsBecomeExactCubics() throws {
        let e = try parse("M0 0 Q3 6 6 0")
        #expect(e[1] == .curve(Point(2, 4), Point(4, 4), Point(6, 0)))
        // T reflects the quadratic control point (3, 6) about (6, 0) to (9, -6).
        let t = try parse("M0 0 Q3 6 6 0 T12 0")
        #expect(t[2] == .curve(Point(8, -4), Point(10, -4), Point(12, 0)))
        #expect(try parse("M0 0 q3 6 6 0 t6 0") == t)
    }

    @Test func arcsBecomeCubicsOnTheCircle() throws {
        // A half circle of radius 5 from (0, 0) to (10, 0) through (5, 5) (sweep 1 is clockwise on screen).
        let e = try parse("M0 0 A5 5 0 0 1 10 0")
        #expect(e.count == 3)  // move and two quarter arcs
        #expect(ends(e).last == Point(10, 0))
        guard case .curve(_, _, let middle) = e[1] else { Issue.record("expected a curve"); return }
        #expect(near(middle, Point(5, -5)) || near(middle, Point(5, 5)))
        // The opposite sweep goes round the other side.
        guard case .curve(_, _, let other) = try parse("M0 0 A5 5 0 0 0 10 0")[1] else { return }
        #expect(near(other, Point(middle.x, -middle.y)))
    }

    @Test func arcFlagsAndRadii() throws {
        // Flags written without separators; relative end point.
        let packed = try parse("M0 0a5 5 0 0110 0")
        #expect(packed == (try parse("M0 0 A5 5 0 0 1 10 0")))
        // The large arc of a circle through two points 10 apart with radius 10 takes more pieces.
        #expect(try parse("M0 0 A10 10 0 1 1 10 0").count > (try parse("M0 0 A10 10 0 0 1 10 0")).count)
        // Radii too small are scaled up: the arc still ends at the end point.
        #expect(ends(try parse("M0 0 A1 1 0 0 1 10 0")).last == Point(10, 0))
        // A zero radius is a straight line; the same start and end draws nothing.
        #expect(try parse("M0 0 A0 5 0 0 1 10 0") == [.move(Point(0, 0)), .line(Point(10, 0))])
        #expect(try parse("M3 3 A5 5 0 0 1 3 3") == [.move(Point(3, 3))])
    }

    @Test func rotatedEllipticalArcPassesThroughItsEnds() throws {
        let e = try parse("M10 10 A20 10 30 0 1 40 25")
        #expect(ends(e).last == Point(40, 25))
        for element in e {
            if case .curve(_, _, let p) = element { #expect(p.x.isFinite && p.y.isFinite) }
        }
    }

    @Test func aSegmentAfterCloseStartsAtTheSubpathStart() throws {
        #expect(
            try parse("M1 1 L5 1 Z L1 5")
                == [.move(Point(1, 1)), .line(Point(5, 1)), .close, .move(Point(1, 1)), .line(Point(1, 5))])
        // Relative commands after Z are relative to the subpath's start.
        #expect(ends(try parse("M1 1 l4 0 z l0 4")).last == Point(1, 5))
    }

    // MARK: - Errors

    @Test func emptyData() {
        #expect(error("") == SVGPathError(offset: 0, reason: "the path data is empty"))
        #expect(error("   ")?.reason == "the path data is empty")
    }

    @Test func mustStartWithAMove() {
        #expect(
            error("L1 2")
                == SVGPathError(
                    offset: 0, reason: "the path must start with a move command (M or m), found \"L\""))
        #expect(error("  10 10")?.offset == 2)
    }

    @Test func missingAndMalformedNumbers() {
        #expect(
            error("M1 2 L3 x")
                == SVGPathError(offset: 8, reason: "expected a number for \"L\", found \"x\""))
        #expect(error("M1 2 L3")?.reason == "expected a number for \"L\", found the end of the path data")
        #expect(error("M1 2 C1 2 3 4 5")?.offset == 15)
        #expect(
            error("M1e 2")
                == SVGPathError(offset: 2, reason: "expected the digits of an exponent after \"e\""))
        #expect(error("M1 2 L3,,4")?.offset == 8)
        #expect(error("M1 2 L1e999 0")?.reason == "the number 1e999 is too large")
    }

    @Test func badArcFlags() {
        #expect(
            error("M0 0 A5 5 0 2 1 10 0")
                == SVGPathError(offset: 12, reason: "expected an arc flag 0 or 1 for \"A\", found \"2\""))
    }

    @Test func unknownCommandsAndNumbersAfterClose() {
        #expect(
            error("M0 0 X 5")
                == SVGPathError(
                    offset: 5,
                    reason:
                        "unknown command \"X\" (commands are M L H V C S Q T A Z and their lower-case forms)")
        )
        #expect(error("M0 0 Z 5")?.reason == "\"Z\" takes no numbers, found \"5\"")
    }

    @Test func offsetsCountCharactersNotBytes() {
        // "č" is two bytes in UTF-8 but one character: the offset must point at it.
        #expect(error("M0 0 L1 č")?.offset == 8)
        #expect(error("M0 0 L1 č")?.description.hasPrefix("malformed path data at character 9:") == true)
    }
}

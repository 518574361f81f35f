import Foundation
import KresbaScene

/// A problem in SVG path data, with the place where reading stopped.
package struct SVGPathError: Error, Equatable, CustomStringConvertible {
    /// Where the problem starts: the index of the character (Unicode scalar) from 0.
    package var offset: Int
    /// What is wrong, e.g. `expected a number, found "x"`.
    package var reason: String

    /// Creates an error.
    package init(offset: Int, reason: String) {
        self.offset = offset
        self.reason = reason
    }

    /// "malformed path data at character 13: expected a number, found "x"" (characters count from 1,
    /// as columns in an editor do).
    package var description: String { "malformed path data at character \(offset + 1): \(reason)" }
}

/// Reads SVG path data (the `d` attribute of `<path>`) into a scene ``Path``.
///
/// The whole SVG 1.1 / SVG 2 path grammar is accepted: every command (`M L H V C S Q T A Z`) in
/// absolute and relative (lower-case) form, implicit repeats (`L 1 2 3 4` draws two lines; extra
/// pairs after `M` are lines), numbers such as `-.5e2`, `1.5.5` (two numbers) and flags written
/// without separators (`a1 1 0 01 5 5`). Quadratic curves become exact cubics and elliptical arcs
/// become cubics of at most 90° each, because the scene (and every backend) knows only lines and
/// cubics. Anything else stops with an ``SVGPathError`` naming the character where it went wrong,
/// since a browser's habit of drawing the path up to the error would hide the mistake.
package struct SVGPathParser {
    private let scalars: [Unicode.Scalar]
    private var index = 0

    /// Parses path data into a path (non-zero fill rule, as in SVG).
    package static func parse(_ text: String) throws(SVGPathError) -> Path {
        var parser = SVGPathParser(scalars: Array(text.unicodeScalars))
        return try parser.parse()
    }

    private init(scalars: [Unicode.Scalar]) {
        self.scalars = scalars
    }

    private mutating func parse() throws(SVGPathError) -> Path {
        var builder = PathBuilder()
        skipSeparators(commas: false)
        guard index < scalars.count else { throw SVGPathError(offset: 0, reason: "the path data is empty") }
        var command: Unicode.Scalar?
        while true {
            skipSeparators(commas: false)
            guard index < scalars.count else { break }
            let c = scalars[index]
            if Self.commands.contains(c) {
                if command == nil && c != "M" && c != "m" {
                    throw SVGPathError(
                        offset: index,
                        reason: "the path must start with a move command (M or m), found \"\(c)\"")
                }
                command = c
                index += 1
                try arguments(of: c, into: &builder)
            } else if let current = command, startsNumber(c) {
                // Numbers after a command's arguments repeat it; after a move they are lines.
                let repeated: Unicode.Scalar = current == "M" ? "L" : current == "m" ? "l" : current
                if current == "Z" || current == "z" {
                    throw SVGPathError(
                        offset: index, reason: "\"\(current)\" takes no numbers, found \(found(index))")
                }
                try arguments(of: repeated, into: &builder)
            } else if command == nil {
                throw SVGPathError(
                    offset: index, reason: "the path must start with a move command (M or m), found \"\(c)\"")
            } else {
                throw SVGPathError(
                    offset: index,
                    reason:
                        "unknown command \"\(c)\" (commands are M L H V C S Q T A Z and their lower-case forms)"
                )
            }
        }
        return builder.path
    }

    private static let commands = Set("MmLlHhVvCcSsQqTtAaZz".unicodeScalars)

    /// Reads the arguments of one command (one repetition) and adds its segment.
    private mutating func arguments(
        of command: Unicode.Scalar, into builder: inout PathBuilder
    ) throws(SVGPathError) {
        let relative = command.properties.isLowercase
        let start = builder.current
        func point(_ x: Double, _ y: Double) -> Point {
            relative ? Point(start.x + x, start.y + y) : Point(x, y)
        }
        switch command {
        case "M", "m":
            let p = try numbers(2, command)
            builder.move(point(p[0], p[1]))
        case "L", "l":
            let p = try numbers(2, command)
            builder.line(point(p[0], p[1]))
        case "H", "h":
            let x = try numbers(1, command)[0]
            builder.line(Point(relative ? start.x + x : x, start.y))
        case "V", "v":
            let y = try numbers(1, command)[0]
            builder.line(Point(start.x, relative ? start.y + y : y))
        case "C", "c":
            let p = try numbers(6, command)
            builder.cubic(point(p[0], p[1]), point(p[2], p[3]), point(p[4], p[5]))
        case "S", "s":
            let p = try numbers(4, command)
            builder.cubic(builder.reflectedCubicControl, point(p[0], p[1]), point(p[2], p[3]))
        case "Q", "q":
            let p = try numbers(4, command)
            builder.quadratic(point(p[0], p[1]), point(p[2], p[3]))
        case "T", "t":
            let p = try numbers(2, command)
            builder.quadratic(builder.reflectedQuadraticControl, point(p[0], p[1]))
        case "A", "a":
            let radii = try numbers(2, command)
            let rotation = try numbers(1, command)[0]
            let large = try flag(command)
            let sweep = try flag(command)
            let end = try numbers(2, command)
            builder.arc(
                radii: (radii[0], radii[1]), rotation: rotation, large: large, sweep: sweep,
                to: point(end[0], end[1]))
        default:  // Z or z
            builder.close()
        }
    }

    // MARK: - Tokens

    private func startsNumber(_ c: Unicode.Scalar) -> Bool {
        c == "+" || c == "-" || c == "." || ("0"..."9").contains(c)
    }

    private func isSpace(_ c: Unicode.Scalar) -> Bool {
        c == " " || c == "\t" || c == "\n" || c == "\r" || c == "\u{0C}"
    }

    /// Skips white space and, where allowed, one comma between arguments.
    private mutating func skipSeparators(commas: Bool) {
        var sawComma = !commas
        while index < scalars.count {
            let c = scalars[index]
            if isSpace(c) {
                index += 1
            } else if c == "," && !sawComma {
                sawComma = true
                index += 1
            } else {
                break
            }
        }
    }

    private func found(_ at: Int) -> String {
        at < scalars.count ? "\"\(scalars[at])\"" : "the end of the path data"
    }

    /// Reads `count` numbers, each optionally preceded by white space and a comma.
    private mutating func numbers(_ count: Int, _ command: Unicode.Scalar) throws(SVGPathError) -> [Double] {
        var result: [Double] = []
        for i in 0..<count {
            skipSeparators(commas: i > 0)
            result.append(try number(command))
        }
        skipSeparators(commas: true)
        return result
    }

    private mutating func number(_ command: Unicode.Scalar) throws(SVGPathError) -> Double {
        let begin = index
        var text = ""
        func take() {
            text.unicodeScalars.append(scalars[index])
            index += 1
        }
        func digits() -> Int {
            var n = 0
            while index < scalars.count, ("0"..."9").contains(scalars[index]) {
                take()
                n += 1
            }
            return n
        }
        if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" { take() }
        var count = digits()
        if index < scalars.count, scalars[index] == "." {
            take()
            count += digits()
        }
        guard count > 0 else {
            index = begin
            throw SVGPathError(
                offset: begin, reason: "expected a number for \"\(command)\", found \(found(begin))")
        }
        if index < scalars.count, scalars[index] == "e" || scalars[index] == "E" {
            let e = index
            take()
            if index < scalars.count, scalars[index] == "+" || scalars[index] == "-" { take() }
            guard digits() > 0 else {
                throw SVGPathError(offset: e, reason: "expected the digits of an exponent after \"e\"")
            }
        }
        guard let value = Double(text), value.isFinite else {
            throw SVGPathError(offset: begin, reason: "the number \(text) is too large")
        }
        return value
    }

    /// An arc flag: a single 0 or 1, which may touch the next flag or number ("01").
    private mutating func flag(_ command: Unicode.Scalar) throws(SVGPathError) -> Bool {
        guard index < scalars.count, scalars[index] == "0" || scalars[index] == "1" else {
            throw SVGPathError(
                offset: index, reason: "expected an arc flag 0 or 1 for \"\(command)\", found \(found(index))"
            )
        }
        let value = scalars[index] == "1"
        index += 1
        skipSeparators(commas: true)
        return value
    }
}

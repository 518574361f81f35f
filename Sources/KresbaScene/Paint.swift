import Foundation

/// An sRGB colour with straight (not premultiplied) alpha, each channel 0...1.
public struct Color: Sendable, Equatable, Hashable {
    public var red: Double, green: Double, blue: Double, alpha: Double

    /// Creates a colour from channels in 0...1.
    public init(red: Double, green: Double, blue: Double, alpha: Double = 1) {
        self.red = red
        self.green = green
        self.blue = blue
        self.alpha = alpha
    }

    /// Creates a colour from a 24-bit value, e.g. `0x1F77B4`.
    public init(rgb: UInt32, alpha: Double = 1) {
        self.init(
            red: Double((rgb >> 16) & 0xFF) / 255, green: Double((rgb >> 8) & 0xFF) / 255,
            blue: Double(rgb & 0xFF) / 255, alpha: alpha)
    }

    /// Parses `#rgb`, `#rrggbb` or `#rrggbbaa`; returns `nil` for anything else.
    public init?(hex: String) {
        var s = Substring(hex)
        guard s.first == "#" else { return nil }
        s = s.dropFirst()
        guard s.allSatisfy(\.isHexDigit) else { return nil }
        switch s.count {
        case 3:
            let digits = s.map { String([$0, $0]) }.joined()
            guard let v = UInt32(digits, radix: 16) else { return nil }
            self.init(rgb: v)
        case 6:
            guard let v = UInt32(s, radix: 16) else { return nil }
            self.init(rgb: v)
        case 8:
            guard let v = UInt32(s, radix: 16) else { return nil }
            self.init(rgb: v >> 8, alpha: Double(v & 0xFF) / 255)
        default:
            return nil
        }
    }

    /// The colour as `#rrggbb` (alpha ignored).
    public var hex: String {
        func h(_ v: Double) -> String {
            let i = Int((max(0, min(1, v)) * 255).rounded())
            let s = String(i, radix: 16)
            return s.count == 1 ? "0" + s : s
        }
        return "#" + h(red) + h(green) + h(blue)
    }

    /// Mixes this colour with another; `t` = 0 gives self, 1 gives `other`.
    public func mixed(with other: Color, _ t: Double) -> Color {
        Color(
            red: red + (other.red - red) * t, green: green + (other.green - green) * t,
            blue: blue + (other.blue - blue) * t, alpha: alpha + (other.alpha - alpha) * t)
    }

    /// Relative luminance per WCAG 2 (0 black ... 1 white).
    public var luminance: Double {
        func lin(_ c: Double) -> Double { c <= 0.039_28 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4) }
        return 0.2126 * lin(red) + 0.7152 * lin(green) + 0.0722 * lin(blue)
    }

    public static let white = Color(rgb: 0xFFFFFF)
    public static let black = Color(rgb: 0x000000)
}

/// How an area is filled.
public enum Paint: Sendable, Equatable {
    /// A flat colour.
    case solid(Color)
    /// Diagonal hatching (e.g. "no data" on maps): lines of `color` on `background`.
    case hatch(Hatch)
}

/// Parallel lines used as a fill pattern.
public struct Hatch: Sendable, Equatable {
    /// Line colour.
    public var color: Color
    /// Colour between the lines, `nil` for transparent.
    public var background: Color?
    /// Distance between lines, in scene pixels.
    public var spacing: Double
    /// Line width, in scene pixels.
    public var lineWidth: Double
    /// Line angle in degrees (45 = rising to the right).
    public var angle: Double

    /// Creates a hatch.
    public init(
        color: Color, background: Color? = nil, spacing: Double = 6, lineWidth: Double = 1, angle: Double = 45
    ) {
        self.color = color
        self.background = background
        self.spacing = spacing
        self.lineWidth = lineWidth
        self.angle = angle
    }
}

/// How an outline is stroked.
public struct Stroke: Sendable, Equatable {
    /// Stroke colour.
    public var color: Color
    /// Width in scene pixels.
    public var width: Double
    /// Dash lengths (on, off, ...); empty for a solid line.
    public var dash: [Double]
    /// Line ends.
    public var cap: LineCap
    /// Corners.
    public var join: LineJoin

    /// Creates a stroke.
    public init(
        color: Color, width: Double = 1, dash: [Double] = [], cap: LineCap = .butt, join: LineJoin = .miter
    ) {
        self.color = color
        self.width = width
        self.dash = dash
        self.cap = cap
        self.join = join
    }
}

/// Line end style.
public enum LineCap: Sendable, Equatable { case butt, round, square }
/// Line corner style.
public enum LineJoin: Sendable, Equatable { case miter, round, bevel }

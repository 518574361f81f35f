import Foundation
import KresbaScene

/// Collects path segments while SVG path data is read, keeping the state the commands depend
/// on: the current point, the start of the subpath (for `Z`) and the last control point (for
/// the smooth `S` and `T`).
struct PathBuilder {
    private(set) var elements: [Path.Element] = []
    /// The current point.
    private(set) var current = Point(0, 0)
    private var subpathStart = Point(0, 0)
    /// Whether a subpath is open (a segment after `Z` must first move back to its start).
    private var open = false
    private var lastCubicControl: Point?
    private var lastQuadraticControl: Point?

    /// The finished path.
    var path: Path { Path(elements) }

    mutating func move(_ p: Point) {
        elements.append(.move(p))
        current = p
        subpathStart = p
        open = true
        forgetControls()
    }

    mutating func line(_ p: Point) {
        ensureOpen()
        elements.append(.line(p))
        current = p
        forgetControls()
    }

    mutating func cubic(_ c1: Point, _ c2: Point, _ p: Point) {
        ensureOpen()
        elements.append(.curve(c1, c2, p))
        current = p
        lastCubicControl = c2
        lastQuadraticControl = nil
    }

    /// A quadratic Bézier, written as the cubic with the same curve (control points two thirds
    /// of the way from each end towards the quadratic control).
    mutating func quadratic(_ q: Point, _ p: Point) {
        ensureOpen()
        let p0 = current
        let c1 = Point(p0.x + 2 / 3 * (q.x - p0.x), p0.y + 2 / 3 * (q.y - p0.y))
        let c2 = Point(p.x + 2 / 3 * (q.x - p.x), p.y + 2 / 3 * (q.y - p.y))
        elements.append(.curve(c1, c2, p))
        current = p
        lastQuadraticControl = q
        lastCubicControl = nil
    }

    mutating func close() {
        if open { elements.append(.close) }
        open = false
        current = subpathStart
        forgetControls()
    }

    /// The first control point of `S`: the previous `C`/`S` control mirrored about the current
    /// point, or the current point itself after any other command.
    var reflectedCubicControl: Point {
        lastCubicControl.map { Point(2 * current.x - $0.x, 2 * current.y - $0.y) } ?? current
    }

    /// The control point of `T`, mirrored likewise from a previous `Q`/`T`.
    var reflectedQuadraticControl: Point {
        lastQuadraticControl.map { Point(2 * current.x - $0.x, 2 * current.y - $0.y) } ?? current
    }

    private mutating func forgetControls() {
        lastCubicControl = nil
        lastQuadraticControl = nil
    }

    /// After `Z` the next segment starts a new subpath at the closed one's start (SVG's rule);
    /// the scene's paths need that move written out.
    private mutating func ensureOpen() {
        if !open {
            elements.append(.move(current))
            subpathStart = current
            open = true
        }
    }

    // MARK: - Arcs

    /// An elliptical arc to `end`, following the SVG implementation notes (B.2.4 and B.2.5):
    /// radii that are too small are scaled up, a zero radius draws a line, and the same start and
    /// end point draw nothing.
    mutating func arc(radii: (Double, Double), rotation: Double, large: Bool, sweep: Bool, to end: Point) {
        let start = current
        if start == end {
            forgetControls()
            return
        }
        var rx = abs(radii.0)
        var ry = abs(radii.1)
        if rx == 0 || ry == 0 {
            line(end)
            return
        }
        ensureOpen()
        let phi = rotation * .pi / 180
        let (sinPhi, cosPhi) = (sin(phi), cos(phi))
        // Step 1: the start point in the ellipse's own axes, relative to the chord's midpoint.
        let dx = (start.x - end.x) / 2
        let dy = (start.y - end.y) / 2
        let x1 = cosPhi * dx + sinPhi * dy
        let y1 = -sinPhi * dx + cosPhi * dy
        // Radii too small to reach the end point grow just enough.
        let lambda = (x1 * x1) / (rx * rx) + (y1 * y1) / (ry * ry)
        if lambda > 1 {
            rx *= lambda.squareRoot()
            ry *= lambda.squareRoot()
        }
        // Step 2: the centre in the ellipse's axes.
        let numerator = max(0, rx * rx * ry * ry - rx * rx * y1 * y1 - ry * ry * x1 * x1)
        let denominator = rx * rx * y1 * y1 + ry * ry * x1 * x1
        var factor = denominator > 0 ? (numerator / denominator).squareRoot() : 0
        if large == sweep { factor = -factor }
        let cx1 = factor * rx * y1 / ry
        let cy1 = -factor * ry * x1 / rx
        // Step 3: the centre in path coordinates.
        let cx = cosPhi * cx1 - sinPhi * cy1 + (start.x + end.x) / 2
        let cy = sinPhi * cx1 + cosPhi * cy1 + (start.y + end.y) / 2
        // Step 4: start angle and sweep.
        func angle(_ ux: Double, _ uy: Double, _ vx: Double, _ vy: Double) -> Double {
            atan2(ux * vy - uy * vx, ux * vx + uy * vy)
        }
        let theta1 = angle(1, 0, (x1 - cx1) / rx, (y1 - cy1) / ry)
        var delta = angle((x1 - cx1) / rx, (y1 - cy1) / ry, (-x1 - cx1) / rx, (-y1 - cy1) / ry)
        if !sweep && delta > 0 { delta -= 2 * .pi }
        if sweep && delta < 0 { delta += 2 * .pi }

        // Cubics of at most a quarter turn each keep the error below 0.03 % of the radius.
        let pieces = max(1, Int((abs(delta) / (.pi / 2) - 1e-9).rounded(.up)))
        let step = delta / Double(pieces)
        let k = 4 / 3 * tan(step / 4)
        func onEllipse(_ t: Double) -> (Point, Point) {
            let (c, s) = (cos(t), sin(t))
            let point = Point(cx + rx * c * cosPhi - ry * s * sinPhi, cy + rx * c * sinPhi + ry * s * cosPhi)
            let tangent = Point(-rx * s * cosPhi - ry * c * sinPhi, -rx * s * sinPhi + ry * c * cosPhi)
            return (point, tangent)
        }
        var t = theta1
        for i in 0..<pieces {
            let (p0, d0) = onEllipse(t)
            let (p1raw, d1) = onEllipse(t + step)
            // The last piece ends exactly on the given end point, not a rounded copy of it.
            let p1 = i == pieces - 1 ? end : p1raw
            elements.append(
                .curve(
                    Point(p0.x + k * d0.x, p0.y + k * d0.y), Point(p1.x - k * d1.x, p1.y - k * d1.y), p1))
            t += step
        }
        current = end
        forgetControls()
    }
}

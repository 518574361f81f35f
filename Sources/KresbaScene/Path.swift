/// An outline made of straight and cubic Bézier segments, possibly with several subpaths.
public struct Path: Sendable, Equatable {
    /// One drawing command.
    public enum Element: Sendable, Equatable {
        /// Starts a new subpath.
        case move(Point)
        /// A straight segment to the point.
        case line(Point)
        /// A cubic Bézier segment with two control points.
        case curve(Point, Point, Point)
        /// Closes the current subpath.
        case close
    }

    /// The commands in order.
    public var elements: [Element]
    /// How overlapping subpaths are filled: even-odd keeps holes whatever the ring winding.
    public var evenOddFill: Bool

    /// Creates a path from elements.
    public init(_ elements: [Element] = [], evenOddFill: Bool = false) {
        self.elements = elements
        self.evenOddFill = evenOddFill
    }

    /// A rectangle as a closed subpath.
    public static func rect(_ r: Rect) -> Path {
        Path([
            .move(Point(r.x, r.y)), .line(Point(r.maxX, r.y)), .line(Point(r.maxX, r.maxY)),
            .line(Point(r.x, r.maxY)), .close,
        ])
    }

    /// A straight line between two points (for rules, ticks and gridlines).
    public static func line(from a: Point, to b: Point) -> Path {
        Path([.move(a), .line(b)])
    }

    /// A circle approximated by four cubic Béziers (error below 0.03 % of the radius).
    public static func circle(center c: Point, radius r: Double) -> Path {
        let k = 0.552_284_749_8 * r
        return Path([
            .move(Point(c.x + r, c.y)),
            .curve(Point(c.x + r, c.y + k), Point(c.x + k, c.y + r), Point(c.x, c.y + r)),
            .curve(Point(c.x - k, c.y + r), Point(c.x - r, c.y + k), Point(c.x - r, c.y)),
            .curve(Point(c.x - r, c.y - k), Point(c.x - k, c.y - r), Point(c.x, c.y - r)),
            .curve(Point(c.x + k, c.y - r), Point(c.x + r, c.y - k), Point(c.x + r, c.y)),
            .close,
        ])
    }

    /// A rectangle with rounded corners; radii larger than half a side are reduced to fit.
    public static func roundedRect(_ r: Rect, radius: Double) -> Path {
        let rr = max(0, min(radius, r.width / 2, r.height / 2))
        if rr == 0 { return rect(r) }
        let k = 0.552_284_749_8 * rr
        return Path([
            .move(Point(r.x + rr, r.y)),
            .line(Point(r.maxX - rr, r.y)),
            .curve(Point(r.maxX - rr + k, r.y), Point(r.maxX, r.y + rr - k), Point(r.maxX, r.y + rr)),
            .line(Point(r.maxX, r.maxY - rr)),
            .curve(
                Point(r.maxX, r.maxY - rr + k), Point(r.maxX - rr + k, r.maxY), Point(r.maxX - rr, r.maxY)),
            .line(Point(r.x + rr, r.maxY)),
            .curve(Point(r.x + rr - k, r.maxY), Point(r.x, r.maxY - rr + k), Point(r.x, r.maxY - rr)),
            .line(Point(r.x, r.y + rr)),
            .curve(Point(r.x, r.y + rr - k), Point(r.x + rr - k, r.y), Point(r.x + rr, r.y)),
            .close,
        ])
    }
}

extension Path {
    /// Rings `rings` of a flat buffer (ring `r` is `points[ringEnds[r - 1]..<ringEnds[r]]`, from 0
    /// for the first), each of three points or more closed, filled even-odd so that holes stay holes
    /// whatever way the rings wind: a map region as ``ShapeSet`` and the map's outlines store it.
    public init(rings: Range<Int>, of points: [Point], ringEnds: [Int]) {
        func range(_ ring: Int) -> Range<Int> { (ring == 0 ? 0 : ringEnds[ring - 1])..<ringEnds[ring] }
        var elements: [Element] = []
        elements.reserveCapacity(rings.reduce(0) { $0 + range($1).count + 1 })
        for ring in rings {
            let span = range(ring)
            guard span.count >= 3 else { continue }
            elements.append(.move(points[span.lowerBound]))
            for k in span.dropFirst() { elements.append(.line(points[k])) }
            elements.append(.close)
        }
        self.init(elements, evenOddFill: true)
    }
}

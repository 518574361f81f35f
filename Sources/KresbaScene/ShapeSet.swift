/// Many filled shapes whose points share one buffer: a map's regions.
///
/// Shape `s` is the rings `shapeEnds[s - 1]..<shapeEnds[s]` (from 0 for the first), ring `r` the
/// points `ringEnds[r - 1]..<ringEnds[r]`; rings of fewer than three points draw nothing. Each shape
/// is filled on its own with the even-odd rule (holes stay holes whatever way the rings wind) in
/// `fills[s]`, in order, as a path node each would be. One node instead of thousands: a path node
/// per region made an array per region, which cost more than drawing them.
public struct ShapeSet: Sendable, Equatable {
    public var points: [Point]
    public var ringEnds: [Int]
    public var shapeEnds: [Int]
    public var fills: [Paint]

    /// Shapes from the buffers described above; `fills` has one paint per shape.
    public init(points: [Point], ringEnds: [Int], shapeEnds: [Int], fills: [Paint]) {
        precondition(fills.count == shapeEnds.count, "one fill per shape")
        precondition(ringEnds.last ?? 0 <= points.count && shapeEnds.last ?? 0 <= ringEnds.count)
        self.points = points
        self.ringEnds = ringEnds
        self.shapeEnds = shapeEnds
        self.fills = fills
    }

    /// The number of shapes.
    public var count: Int { shapeEnds.count }

    /// The rings of shape `shape`, as indices into ``ringEnds``.
    public func rings(of shape: Int) -> Range<Int> {
        (shape == 0 ? 0 : shapeEnds[shape - 1])..<shapeEnds[shape]
    }

    /// Where ring `ring` lies in ``points``.
    public func range(ofRing ring: Int) -> Range<Int> {
        (ring == 0 ? 0 : ringEnds[ring - 1])..<ringEnds[ring]
    }

    /// Shape `shape` as a path: each ring of three points or more closed, filled even-odd.
    public func path(of shape: Int) -> Path {
        Path(rings: rings(of: shape), of: points, ringEnds: ringEnds)
    }

    /// The smallest rectangle around shape `shape`'s drawn rings; nil when it draws nothing.
    public func bounds(of shape: Int) -> Rect? {
        let drawn = rings(of: shape).filter { range(ofRing: $0).count >= 3 }
        return Rect(bounding: drawn.lazy.flatMap { self.points[self.range(ofRing: $0)] })
    }
}

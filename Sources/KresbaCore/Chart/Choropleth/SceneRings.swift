import KresbaScene

/// Every feature's rings in scene coordinates, in one buffer: the positions of all rings one after
/// another, where each ring ends, and where each feature's rings end.
///
/// An array per ring and per feature would cost two allocations for every region of a map, which
/// for 6,000 regions is more than projecting and placing them; the callers that want arrays (pole
/// of inaccessibility, labels) ask for one feature's at a time.
struct SceneRings: Sendable {
    /// All positions, ring after ring.
    private(set) var points: [Point] = []
    /// `ringEnds[r]`: where ring r ends in `points` (it starts where ring r - 1 ends).
    private(set) var ringEnds: [Int] = []
    /// `featureEnds[f]`: where feature f's rings end in `ringEnds`.
    private(set) var featureEnds: [Int] = []

    init() {}

    init(points: [Point], ringEnds: [Int], featureEnds: [Int]) {
        self.points = points
        self.ringEnds = ringEnds
        self.featureEnds = featureEnds
    }

    /// Features with arrays of rings, as ``init(points:ringEnds:featureEnds:)`` stores them.
    init(_ features: [[[Point]]]) {
        for rings in features {
            for ring in rings {
                points.append(contentsOf: ring)
                ringEnds.append(points.count)
            }
            featureEnds.append(ringEnds.count)
        }
    }

    /// The number of features.
    var count: Int { featureEnds.count }
    var indices: Range<Int> { 0..<count }

    /// The rings of `feature`, as indices into ``ringEnds``.
    func ringIndices(of feature: Int) -> Range<Int> {
        (feature == 0 ? 0 : featureEnds[feature - 1])..<featureEnds[feature]
    }

    /// Where ring `ring` lies in ``points``.
    func range(ofRing ring: Int) -> Range<Int> {
        (ring == 0 ? 0 : ringEnds[ring - 1])..<ringEnds[ring]
    }

    /// Where all of `feature`'s positions lie in ``points`` (its rings are consecutive).
    func span(of feature: Int) -> Range<Int> {
        let rings = ringIndices(of: feature)
        guard let first = rings.first, let last = rings.last else { return 0..<0 }
        return range(ofRing: first).lowerBound..<range(ofRing: last).upperBound
    }

    /// The rings of `feature` as arrays.
    subscript(feature: Int) -> [[Point]] {
        ringIndices(of: feature).map { Array(points[range(ofRing: $0)]) }
    }

    /// Calls `body` with each ring of `feature`, without copying it out.
    func forEachRing(of feature: Int, _ body: (ArraySlice<Point>) -> Void) {
        for ring in ringIndices(of: feature) { body(points[range(ofRing: ring)]) }
    }
}

/// Checks that find shapes which draw but are not valid polygons, for `kresba data`.
///
/// Such files are common (coordinates rounded too coarsely, hand edits): the RIS3 kraje and okresy in the
/// shared data cross themselves in several places. They are still drawn, with the even-odd rule, but
/// areas, centroids and point-in-polygon tests on them are unreliable, so a user should hear about it.
package enum GeoValidation {
    /// What the checks found.
    package struct Report: Sendable, Equatable {
        /// Rings with two edges that properly cross (not merely touch).
        package var selfCrossingRings = 0
        /// The features (indices) those rings belong to, in order.
        package var selfCrossingFeatures: [Int] = []
        /// Positions equal to the one before them in the same ring or line.
        package var repeatedPositions = 0
        /// Rings too large to check within the work budget.
        package var uncheckedRings = 0
    }

    /// Checks every ring of every feature, doing at most `budget` segment comparisons in all.
    package static func check(_ layer: GeoLayer, budget: Int = 20_000_000) -> Report {
        var report = Report()
        var remaining = budget
        for (index, feature) in layer.features.enumerated() {
            guard let geometry = feature.geometry else { continue }
            for line in geometry.lines {
                for position in 1..<max(1, line.count) where line[position] == line[position - 1] {
                    report.repeatedPositions += 1
                }
            }
            var crossed = false
            for polygon in geometry.polygons {
                for ring in polygon.rings {
                    switch crossesItself(ring, budget: &remaining) {
                    case true?:
                        report.selfCrossingRings += 1
                        crossed = true
                    case false?: break
                    case nil: report.uncheckedRings += 1
                    }
                }
            }
            if crossed { report.selfCrossingFeatures.append(index) }
        }
        return report
    }

    /// Whether two non-adjacent edges of a closed ring cross; nil when the budget ran out first.
    ///
    /// A sweep along x: edges sorted by their left end, each compared only with the edges still open at
    /// that x, so a typical boundary costs about n log n rather than n².
    static func crossesItself(_ ring: [GeoPoint], budget: inout Int) -> Bool? {
        let edgeCount = ring.count - 1
        guard edgeCount >= 4 else { return false }
        let lefts = (0..<edgeCount).map { min(ring[$0].x, ring[$0 + 1].x) }
        let rights = (0..<edgeCount).map { max(ring[$0].x, ring[$0 + 1].x) }
        let order = (0..<edgeCount).sorted { lefts[$0] < lefts[$1] }
        var open: [Int] = []
        for edge in order {
            let left = lefts[edge]
            open.removeAll { rights[$0] < left }
            for other in open {
                budget -= 1
                if budget < 0 { return nil }
                let gap = abs(edge - other)
                if gap <= 1 || gap == edgeCount - 1 { continue }  // neighbours share an end
                if properlyCross(ring[edge], ring[edge + 1], ring[other], ring[other + 1]) { return true }
            }
            open.append(edge)
        }
        return false
    }

    /// True when segment ab and segment cd cross at a point inside both.
    private static func properlyCross(_ a: GeoPoint, _ b: GeoPoint, _ c: GeoPoint, _ d: GeoPoint) -> Bool {
        func side(_ p: GeoPoint, _ q: GeoPoint, _ r: GeoPoint) -> Double {
            let value = (q.x - p.x) * (r.y - p.y) - (q.y - p.y) * (r.x - p.x)
            return value > 0 ? 1 : value < 0 ? -1 : 0
        }
        return side(a, b, c) * side(a, b, d) < 0 && side(c, d, a) * side(c, d, b) < 0
    }
}

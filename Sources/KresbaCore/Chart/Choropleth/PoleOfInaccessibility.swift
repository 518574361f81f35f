import Foundation
import KresbaScene

/// The point inside a shape farthest from its edges (Mapbox's "polylabel" search): where a label or a
/// symbol sits best, unlike the centroid, which can fall outside a C-shaped region or into a hole.
enum PoleOfInaccessibility {
    /// The pole of the even-odd shape made by `rings` and its distance to the nearest edge, to within
    /// `precision`; nil when the rings enclose nothing.
    static func find(_ rings: [[Point]], precision: Double = 1) -> (Point, Double)? {
        guard let box = Rect(bounding: rings.joined()) else { return nil }
        let (minX, minY, maxX, maxY, width, height) = (
            box.x, box.y, box.maxX, box.maxY, box.width, box.height
        )
        let cellSize = min(width, height)
        guard cellSize > 0 else { return nil }

        struct Cell {
            var x: Double, y: Double, h: Double, d: Double
            var max: Double { d + h * 2.squareRoot() }
        }
        func cell(_ x: Double, _ y: Double, _ h: Double) -> Cell {
            Cell(x: x, y: y, h: h, d: signedDistance(Point(x, y), rings))
        }
        var queue: [Cell] = []
        var h = cellSize / 2
        var x = minX
        while x < maxX {
            var y = minY
            while y < maxY {
                queue.append(cell(x + h, y + h, h))
                y += cellSize
            }
            x += cellSize
        }
        var best = cell(minX + width / 2, minY + height / 2, 0)
        for c in queue where c.d > best.d { best = c }
        var iterations = 0
        while !queue.isEmpty && iterations < 20_000 {
            iterations += 1
            // The most promising cell first (a linear scan: queues here stay small).
            guard let i = queue.indices.max(by: { queue[$0].max < queue[$1].max }) else { break }
            let c = queue.remove(at: i)
            if c.d > best.d { best = c }
            if c.max - best.d <= precision { continue }
            h = c.h / 2
            for (dx, dy) in [(-h, -h), (h, -h), (-h, h), (h, h)] { queue.append(cell(c.x + dx, c.y + dy, h)) }
        }
        return best.d > 0 ? (Point(best.x, best.y), best.d) : nil
    }

    /// Distance to the nearest edge, positive inside (even-odd), negative outside.
    static func signedDistance(_ p: Point, _ rings: [[Point]]) -> Double {
        var inside = false
        var minDist = Double.infinity
        for ring in rings where ring.count >= 2 {
            var j = ring.count - 1
            for i in 0..<ring.count {
                let a = ring[i]
                let b = ring[j]
                if (a.y > p.y) != (b.y > p.y), p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x {
                    inside.toggle()
                }
                minDist = min(minDist, segmentDistanceSquared(p, a, b))
                j = i
            }
        }
        return (inside ? 1 : -1) * minDist.squareRoot()
    }

    static func segmentDistanceSquared(_ p: Point, _ a: Point, _ b: Point) -> Double {
        var x = a.x
        var y = a.y
        let dx = b.x - x
        let dy = b.y - y
        if dx != 0 || dy != 0 {
            let t = ((p.x - x) * dx + (p.y - y) * dy) / (dx * dx + dy * dy)
            if t > 1 {
                x = b.x
                y = b.y
            } else if t > 0 {
                x += dx * t
                y += dy * t
            }
        }
        return (p.x - x) * (p.x - x) + (p.y - y) * (p.y - y)
    }
}

import KresbaScene

/// Joins the border edges of a map into polylines: following the rings as they were read, as
/// before, and also straight on wherever an edge continues a line exactly in line.
///
/// Stroked with round caps, a border is the same shape however its edges are grouped into lines,
/// but Cairo's cost is per cap: the borders of a 6,000-cell grid, read as lines of one or two edges,
/// took 12 ms to stroke, and 2 ms as lines running straight across. Going straight on only where the
/// next edge is exactly in line keeps real boundaries, where that hardly happens, grouped as they were
/// (Cairo's approximations of joins and caps differ in the last bits of antialiasing, so a different
/// grouping would change pixels).
enum BorderChains {
    /// One edge between vertices `from` and `to` (ids of ``EdgeCounter``), at `a` and `b` in the scene.
    struct Edge {
        var from: Int
        var to: Int
        var a: Point
        var b: Point
    }

    /// The polylines covering every edge once, each started at the first unused edge of `edges`
    /// (distinct edges in the order first read).
    static func lines(_ edges: [Edge], vertexCount: Int) -> [[Point]] {
        // The edges at each vertex: incident[first[v]..<first[v + 1]].
        var first = [Int](repeating: 0, count: vertexCount + 1)
        for edge in edges {
            first[edge.from + 1] += 1
            first[edge.to + 1] += 1
        }
        for v in 0..<vertexCount { first[v + 1] += first[v] }
        var incident = [Int](repeating: 0, count: 2 * edges.count)
        var next = first
        for (index, edge) in edges.enumerated() {
            incident[next[edge.from]] = index
            next[edge.from] += 1
            incident[next[edge.to]] = index
            next[edge.to] += 1
        }
        var used = [Bool](repeating: false, count: edges.count)

        /// Walks on from edge `current`, the end of `line` (at least two points), which is at vertex `v`
        /// and point `p`, appending the points it passes: straight on where an unused edge is exactly in line, else
        /// (`inOrder`) to the next edge read when it starts at `p`.
        func extend(_ line: inout [Point], after current: Int, vertex v: Int, at p: Point, inOrder: Bool) {
            var (current, v, p) = (current, v, p)
            let before = line[line.count - 2]
            var d = Point(p.x - before.x, p.y - before.y)
            while true {
                var step: (edge: Int, there: Point, vertex: Int)?
                for slot in first[v]..<first[v + 1] {
                    let index = incident[slot]
                    guard !used[index] else { continue }
                    let edge = edges[index]
                    let (here, there, far) =
                        edge.from == v ? (edge.a, edge.b, edge.to) : (edge.b, edge.a, edge.from)
                    let e = Point(there.x - here.x, there.y - here.y)
                    if here == p, d.x * e.y - d.y * e.x == 0, d.x * e.x + d.y * e.y > 0 {
                        step = (index, there, far)
                        break
                    }
                }
                if step == nil, inOrder, current + 1 < edges.count, !used[current + 1],
                    edges[current + 1].a == p
                {
                    step = (current + 1, edges[current + 1].b, edges[current + 1].to)
                }
                guard let step else { return }
                used[step.edge] = true
                line.append(step.there)
                d = Point(step.there.x - p.x, step.there.y - p.y)
                (current, v, p) = (step.edge, step.vertex, step.there)
            }
        }

        var lines: [[Point]] = []
        for index in edges.indices where !used[index] {
            used[index] = true
            let edge = edges[index]
            var forward = [edge.a, edge.b]
            extend(&forward, after: index, vertex: edge.to, at: edge.b, inOrder: true)
            // Backwards only straight on: going back in reading order would take edges already used.
            var backward = [edge.b, edge.a]
            extend(&backward, after: index, vertex: edge.from, at: edge.a, inOrder: false)
            let line = backward.count == 2 ? forward : backward.dropFirst(2).reversed() + forward
            lines.append(droppingStraightPoints(line))
        }
        return lines
    }

    /// `line` without the points where it goes exactly straight on (the same direction before and
    /// after, to the bit). The stroke covers the same ground, but Cairo's stroker works at every
    /// point: the borders of a 6,000-cell grid have 11,682 such points on 158 straight lines.
    static func droppingStraightPoints(_ line: [Point]) -> [Point] {
        guard line.count > 2 else { return line }
        var kept = [line[0]]
        kept.reserveCapacity(line.count)
        for k in 1..<line.count - 1 {
            let a = kept[kept.count - 1]
            let (p, b) = (line[k], line[k + 1])
            let d = Point(p.x - a.x, p.y - a.y)
            let e = Point(b.x - p.x, b.y - p.y)
            if d.x * e.y - d.y * e.x == 0 && d.x * e.x + d.y * e.y > 0 { continue }
            kept.append(p)
        }
        kept.append(line[line.count - 1])
        return kept
    }
}

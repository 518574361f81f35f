/// Counts the edges of a map's rings by their quantized end points, either direction alike, to tell
/// the borders two regions share from the outline (see ``MapGeometry/derivedMesh(_:sceneRings:)``).
///
/// Vertices get small integer ids, and edges are counted by the pair of ids, both in open-addressing
/// tables with a multiplicative hash: a 6,000-region map has about 30,000 positions and 24,000 edges,
/// and a `Dictionary` of structs of four `Int64`s, hashed with SipHash, cost several milliseconds.
struct EdgeCounter {
    /// A position on the quantized grid.
    struct Vertex: Equatable {
        var x: Int64
        var y: Int64
    }

    private var vertices = Table()
    private var edges = Table()
    /// How often each distinct edge was added, by edge index.
    private var counts: [Int] = []

    /// A counter for rings with `positions` positions in all. Neighbours share most vertices and
    /// edges, so the tables start at a quarter and a half of that and grow when needed: tables sized
    /// for every position cost more in cache misses than the few doublings they avoid.
    init(positions: Int) {
        vertices = Table(capacity: positions / 4)
        edges = Table(capacity: positions / 2)
        counts.reserveCapacity(positions / 2)
    }

    /// The number of distinct vertices so far; ids run from 0 to one less.
    var vertexCount: Int { vertices.count }

    /// The id of `vertex`, a new one when it is first seen.
    mutating func id(of vertex: Vertex) -> Int {
        vertices.insert(UInt64(bitPattern: vertex.x), UInt64(bitPattern: vertex.y)).index
    }

    /// Counts the edge between the vertices with ids `p` and `q` (which differ); returns its index, in
    /// order of first addition, and whether this was its first addition.
    mutating func add(_ p: Int, _ q: Int) -> (index: Int, isNew: Bool) {
        let (index, isNew) = edges.insert(UInt64(min(p, q)), UInt64(max(p, q)))
        if isNew { counts.append(1) } else { counts[index] += 1 }
        return (index, isNew)
    }

    /// How often the edge with `index` was added.
    func count(of index: Int) -> Int { counts[index] }

    /// A set of pairs of integers, each numbered in order of insertion.
    private struct Table {
        /// A pair and its number; the number is -1 in an empty slot. Pairs sit in the slots
        /// themselves, so that a lookup touches one cache line, not a slot and then a list.
        private struct Slot {
            var a: UInt64
            var b: UInt64
            var index: Int
        }

        /// A power of two in size, at most half full.
        private var slots: [Slot]
        private var mask: Int
        private(set) var count = 0

        init(capacity: Int = 8) {
            var size = 16
            while size < 2 * capacity { size *= 2 }
            slots = [Slot](repeating: Slot(a: 0, b: 0, index: -1), count: size)
            mask = size - 1
        }

        /// The number of the pair, and whether it was new.
        mutating func insert(_ a: UInt64, _ b: UInt64) -> (index: Int, isNew: Bool) {
            var slot = Self.hash(a, b) & mask
            while slots[slot].index >= 0 {
                if slots[slot].a == a && slots[slot].b == b { return (slots[slot].index, false) }
                slot = (slot + 1) & mask
            }
            slots[slot] = Slot(a: a, b: b, index: count)
            count += 1
            if 2 * count > slots.count { grow() }
            return (count - 1, true)
        }

        /// Doubles the slots and places every pair again.
        private mutating func grow() {
            let old = slots
            slots = [Slot](repeating: Slot(a: 0, b: 0, index: -1), count: old.count * 2)
            mask = slots.count - 1
            for entry in old where entry.index >= 0 {
                var slot = Self.hash(entry.a, entry.b) & mask
                while slots[slot].index >= 0 { slot = (slot + 1) & mask }
                slots[slot] = entry
            }
        }

        /// Mixes both halves; the high bits of the product depend on every input bit, so they are
        /// folded down before the mask keeps the low ones.
        private static func hash(_ a: UInt64, _ b: UInt64) -> Int {
            let h = ((a &* 0x9E37_79B9_7F4A_7C15) ^ b) &* 0xC2B2_AE3D_27D4_EB4F
            return Int(truncatingIfNeeded: h ^ (h >> 29))
        }
    }
}

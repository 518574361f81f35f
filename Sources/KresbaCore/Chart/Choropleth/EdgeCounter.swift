/// Counts the edges of a map's rings by their quantized end points, either direction alike, to tell
/// the borders two regions share from the outline (see ``MapGeometry/derivedMesh(_:)``).
///
/// Vertices get small integer ids, and edges are counted by the pair of ids, both in open-addressing
/// tables keyed by one 64-bit word with a multiplicative hash: a 6,000-region map has about 30,000
/// positions and 24,000 edges, and a `Dictionary` of structs of four `Int64`s, hashed with SipHash,
/// cost several milliseconds. One-word keys in 16-byte slots keep both tables within the core's L2
/// cache, where two-word keys in 24-byte slots did not.
struct EdgeCounter {
    /// A position on the quantized grid, both coordinates packed into one word.
    struct Vertex: Equatable {
        fileprivate var key: UInt64

        /// The grid position (x, y); both must lie in 0..<2^31.
        init(x: Int64, y: Int64) {
            precondition(x >= 0 && x < 1 << 31 && y >= 0 && y < 1 << 31, "grid position out of range")
            key = UInt64(x) << 32 | UInt64(y)
        }

        private init(key: UInt64) { self.key = key }

        /// The vertex of every position that is not finite (no finite one has it).
        static let nonFinite = Vertex(key: .max)
    }

    private var vertices = Table()
    private var edges = Table()
    /// How often each distinct edge was added, by edge index.
    private var counts: [Int32] = []

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
        vertices.insert(vertex.key).index
    }

    /// Counts the edge between the vertices with ids `p` and `q` (which differ); returns its index, in
    /// order of first addition, and whether this was its first addition.
    mutating func add(_ p: Int, _ q: Int) -> (index: Int, isNew: Bool) {
        let (index, isNew) = edges.insert(UInt64(min(p, q)) << 32 | UInt64(max(p, q)))
        if isNew { counts.append(1) } else { counts[index] += 1 }
        return (index, isNew)
    }

    /// How often the edge with `index` was added.
    func count(of index: Int) -> Int { Int(counts[index]) }

    /// A set of 64-bit keys, each numbered in order of insertion (at most 2^31 of them).
    private struct Table {
        /// A key and its number; the number is -1 in an empty slot. Keys sit in the slots
        /// themselves, so that a lookup touches one cache line, not a slot and then a list.
        private struct Slot {
            var key: UInt64
            var index: Int32
        }

        /// A power of two in size, at most half full.
        private var slots: [Slot]
        /// 64 less the base-2 logarithm of the size: the hash's top bits pick the slot.
        private var shift: UInt64
        private(set) var count = 0

        init(capacity: Int = 8) {
            var size = 16
            while size < 2 * capacity { size *= 2 }
            slots = [Slot](repeating: Slot(key: 0, index: -1), count: size)
            shift = UInt64(64 - size.trailingZeroBitCount)
        }

        /// The number of the key, and whether it was new.
        mutating func insert(_ key: UInt64) -> (index: Int, isNew: Bool) {
            let mask = slots.count - 1
            var slot = hash(key)
            while slots[slot].index >= 0 {
                if slots[slot].key == key { return (Int(slots[slot].index), false) }
                slot = (slot + 1) & mask
            }
            slots[slot] = Slot(key: key, index: Int32(truncatingIfNeeded: count))
            count += 1
            if 2 * count > slots.count { grow() }
            return (count - 1, true)
        }

        /// Doubles the slots and places every key again.
        private mutating func grow() {
            let old = slots
            slots = [Slot](repeating: Slot(key: 0, index: -1), count: old.count * 2)
            shift -= 1
            let mask = slots.count - 1
            for entry in old where entry.index >= 0 {
                var slot = hash(entry.key)
                while slots[slot].index >= 0 { slot = (slot + 1) & mask }
                slots[slot] = entry
            }
        }

        /// Fibonacci hashing: the top bits of the product depend on every bit of the key.
        private func hash(_ key: UInt64) -> Int {
            Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> shift)
        }
    }
}

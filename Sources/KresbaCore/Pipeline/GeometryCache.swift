import Foundation

/// Geometry parsed by earlier renders of the same compiler, kept while its file stays the same.
///
/// A portal draws many maps on the same boundaries: every ORP indicator is coloured on one ORP
/// file, and every data update renders each map again in several sizes. Parsing a 6,000-feature
/// GeoJSON is most of such a render. A layer is reused only when the file's bytes are exactly
/// those it was parsed from (compared in full, which costs a fraction of a millisecond), so an
/// edited file is always parsed again, whatever its modification time says.
///
/// Bounded: at most ``entryLimit`` files and ``byteLimit`` bytes of source, the least recently
/// used going first. Thread-safe; renders on several threads share one cache.
package final class GeometryCache: @unchecked Sendable {
    // @unchecked: `entries` and `clock` are only touched under `lock`.
    private struct Entry {
        var bytes: [UInt8]
        var loaded: LoadedGeoLayer
        var lastUse: Int
    }

    private var entries: [String: Entry] = [:]
    private var clock = 0
    private let lock = NSLock()
    /// Files kept at most.
    package let entryLimit: Int
    /// Source bytes kept at most (the parsed layers take a few times as much).
    package let byteLimit: Int

    package init(entryLimit: Int = 16, byteLimit: Int = 64 << 20) {
        self.entryLimit = entryLimit
        self.byteLimit = byteLimit
    }

    /// The layer parsed from exactly `bytes` under `key`, with what was derived from it, or the
    /// one `make` parses (then kept).
    package func layer(_ key: String, bytes: [UInt8], make: () throws(DataError) -> GeoLayer)
        throws(DataError)
        -> LoadedGeoLayer
    {
        lock.lock()
        clock += 1
        if var entry = entries[key], Self.same(entry.bytes, bytes) {
            entry.lastUse = clock
            entries[key] = entry
            lock.unlock()
            return entry.loaded
        }
        lock.unlock()
        let layer = LoadedGeoLayer(layer: try make(), derived: LayerDerivations())
        guard bytes.count <= byteLimit else { return layer }
        lock.lock()
        defer { lock.unlock() }
        entries[key] = Entry(bytes: bytes, loaded: layer, lastUse: clock)
        var total = entries.values.reduce(0) { $0 + $1.bytes.count }
        while entries.count > entryLimit || total > byteLimit,
            let oldest = entries.min(by: { $0.value.lastUse < $1.value.lastUse })
        {
            total -= oldest.value.bytes.count
            entries[oldest.key] = nil
        }
        return layer
    }

    /// Forgets every kept file, so the next render of each parses it again (for benchmarks that
    /// time a first read).
    package func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        entries.removeAll()
    }

    /// Whether two files have the same bytes, compared with `memcmp` (the generic `==` goes byte by
    /// byte: half a millisecond for a 1 MB file).
    private static func same(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        return a.withUnsafeBytes { x in
            b.withUnsafeBytes { y in
                guard let p = x.baseAddress, let q = y.baseAddress else { return true }  // both empty
                return memcmp(p, q, x.count) == 0
            }
        }
    }

    /// How many files are kept (for tests).
    package var count: Int {
        lock.lock()
        defer { lock.unlock() }
        return entries.count
    }
}

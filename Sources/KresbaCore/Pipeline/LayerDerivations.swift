import Foundation

/// Values computed from one parsed geometry layer (a map's projected and fitted regions, its
/// shared borders), kept with the layer so that charts drawn on the same geometry at the same
/// size compute them once: twenty ORP indicators on one ORP file, or one map rendered again after
/// its data changed.
///
/// A value is found by a key that must say everything it depends on besides the layer (for a
/// fitted map: projection and box). At most ``limit`` values are kept, the oldest going first.
/// Thread-safe; a value is computed outside the lock, so two renders may both compute it.
package final class LayerDerivations: @unchecked Sendable {
    // @unchecked: `values` and `order` are only touched under `lock`.
    private var values: [AnyHashable: any Sendable] = [:]
    private var order: [AnyHashable] = []
    private let lock = NSLock()
    /// Values kept at most.
    package let limit: Int

    package init(limit: Int = 8) {
        self.limit = limit
    }

    /// The value stored under `key`, or the one `make` returns (then stored).
    package func value<Key: Hashable & Sendable, Value: Sendable>(for key: Key, make: () -> Value) -> Value {
        let key = AnyHashable(key)
        lock.lock()
        let known = values[key] as? Value
        lock.unlock()
        if let known { return known }
        let value = make()
        lock.lock()
        defer { lock.unlock() }
        if values.updateValue(value, forKey: key) == nil { order.append(key) }
        while order.count > limit { values[order.removeFirst()] = nil }
        return value
    }
}

/// A parsed geometry layer and the store for what is computed from it.
package struct LoadedGeoLayer: Sendable {
    package var layer: GeoLayer
    package var derived: LayerDerivations
}

import Foundation

/// Geometry already parsed during one render, so a map whose data file is also its geometry
/// reads and parses that file once, not once for the table and again for the shapes; and,
/// through the compiler's ``GeometryCache``, geometry earlier renders parsed from the same bytes.
package final class GeoLayerMemo: @unchecked Sendable {
    // @unchecked: the dictionary is only touched under the lock.
    private var layers: [String: LoadedGeoLayer] = [:]
    private let lock = NSLock()

    private let shared: GeometryCache?

    package init(shared: GeometryCache? = nil) {
        self.shared = shared
    }

    /// The layer this render stored under `key`, if any.
    package func known(_ key: String) -> LoadedGeoLayer? {
        lock.lock()
        defer { lock.unlock() }
        return layers[key]
    }

    /// The layer stored under `key`, else the one earlier renders parsed from the same `bytes`,
    /// else the one `make` returns (then stored).
    package func layer(_ key: String, bytes: [UInt8], make: () throws(DataError) -> GeoLayer)
        throws(DataError)
        -> LoadedGeoLayer
    {
        lock.lock()
        let known = layers[key]
        lock.unlock()
        if let known { return known }
        let layer: LoadedGeoLayer
        if let shared {
            layer = try shared.layer(key, bytes: bytes, make: make)
        } else {
            layer = LoadedGeoLayer(layer: try make(), derived: LayerDerivations())
        }
        lock.lock()
        layers[key] = layer
        lock.unlock()
        return layer
    }
}

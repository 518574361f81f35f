import Foundation

/// Geometry already parsed during one render, so a map whose data file is also its geometry
/// reads and parses that file once, not once for the table and again for the shapes.
package final class GeoLayerMemo: @unchecked Sendable {
    // @unchecked: the dictionary is only touched under the lock.
    private var layers: [String: GeoLayer] = [:]
    private let lock = NSLock()

    package init() {}

    /// The layer stored under `key`, or the one `make` returns (then stored).
    package func layer(_ key: String, make: () throws(DataError) -> GeoLayer) throws(DataError) -> GeoLayer {
        lock.lock()
        let known = layers[key]
        lock.unlock()
        if let known { return known }
        let layer = try make()
        lock.lock()
        layers[key] = layer
        lock.unlock()
        return layer
    }
}

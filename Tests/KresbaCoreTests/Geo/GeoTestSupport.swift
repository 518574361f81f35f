import Foundation
import Testing

@testable import KresbaCore

/// Helpers shared by the geometry tests.
enum GeoTestSupport {
    /// `../shared/data/geo` next to the package, when that checkout of the shared test data exists.
    static let sharedGeo: URL? = {
        guard let root = DataTestSupport.packageRoot else { return nil }
        let geo = root.deletingLastPathComponent().appendingPathComponent("shared/data/geo")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: geo.path, isDirectory: &isFolder), isFolder.boolValue
        else { return nil }
        return geo
    }()

    static var sharedAvailable: Bool { sharedGeo != nil }

    /// Reads geometry text written in the test.
    static func read(
        _ text: String,
        name: String = "geo/test.geojson",
        object: String? = nil,
        limits: GeoLimits = .init()
    ) throws(DataError) -> GeoLayer {
        try GeoReader.read(Array(text.utf8), sourceName: name, object: object, limits: limits)
    }

    /// The error reading `text` produces (its full compiler-style description), or nil when it reads.
    static func error(
        _ text: String,
        name: String = "geo/test.geojson",
        object: String? = nil,
        limits: GeoLimits = .init()
    ) -> String? {
        do {
            _ = try read(text, name: name, object: object, limits: limits)
            return nil
        } catch {
            return error.description
        }
    }

    static func error(bytes: [UInt8], name: String) -> String? {
        do {
            _ = try GeoReader.read(bytes, sourceName: name)
            return nil
        } catch {
            return error.description
        }
    }

    /// Reads a file from `../shared/data/geo`, named in messages as `geo/<name>`.
    static func shared(_ name: String, object: String? = nil) throws -> GeoLayer {
        let folder = try #require(sharedGeo)
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(name)))
        return try GeoReader.read(bytes, sourceName: "geo/\(name)", object: object)
    }

    static func p(_ x: Double, _ y: Double) -> GeoPoint { GeoPoint(x: x, y: y) }
}

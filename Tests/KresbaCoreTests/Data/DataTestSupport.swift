import Foundation
import Testing

@testable import KresbaCore

/// Helpers shared by the data-reading tests.
enum DataTestSupport {
    /// `Tests/KresbaCoreTests/Data/Fixtures`, found from this file's path so tests run from any folder.
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures")

    /// The package root: the nearest folder above this file that holds `Package.swift`.
    static let packageRoot: URL? = {
        var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while folder.path != "/" {
            if FileManager.default.fileExists(atPath: folder.appendingPathComponent("Package.swift").path) {
                return folder
            }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }()

    /// `../shared/data/stats` next to the package, when that checkout of the shared test data exists.
    static let sharedStats: URL? = {
        guard let root = packageRoot else { return nil }
        let stats = root.deletingLastPathComponent().appendingPathComponent("shared/data/stats")
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: stats.path, isDirectory: &isFolder), isFolder.boolValue
        else { return nil }
        return stats
    }()

    static func fixtureBytes(_ name: String) throws -> [UInt8] {
        [UInt8](try Data(contentsOf: fixtures.appendingPathComponent(name)))
    }

    /// Reads CSV text written in the test (UTF-8).
    static func csv(
        _ text: String,
        name: String = "data/test.csv",
        options: CSVOptions = .init()
    ) throws(DataError) -> DataTable {
        try CSVReader.read(Array(text.utf8), sourceName: name, options: options)
    }

    /// The error reading `text` produces, or nil when it reads fine.
    static func csvError(
        _ text: String,
        name: String = "data/test.csv",
        options: CSVOptions = .init()
    ) -> DataError? {
        csvError(bytes: Array(text.utf8), name: name, options: options)
    }

    static func csvError(bytes: [UInt8], name: String = "data/test.csv", options: CSVOptions = .init())
        -> DataError?
    {
        do {
            _ = try CSVReader.read(bytes, sourceName: name, options: options)
            return nil
        } catch {
            return error
        }
    }

    static func jsonError(_ text: String, name: String = "data/test.json", path: String? = nil) -> DataError?
    {
        do {
            _ = try JSONRecordsReader.read(Array(text.utf8), sourceName: name, path: path)
            return nil
        } catch {
            return error
        }
    }

    /// Windows-1250 bytes for a string of Czech text, built from the reader's own table inverted, so
    /// fixtures can be written as readable Swift strings.
    static func windows1250(_ text: String) -> [UInt8] {
        encode(text, table: CodePages.windows1250)
    }

    static func iso88592(_ text: String) -> [UInt8] {
        encode(text, table: CodePages.iso88592)
    }

    private static func encode(_ text: String, table: [UInt16]) -> [UInt8] {
        var inverse: [UInt32: UInt8] = [:]
        for (index, scalar) in table.enumerated() where scalar != CodePages.undefined {
            inverse[UInt32(scalar)] = UInt8(0x80 + index)
        }
        return text.unicodeScalars.map { scalar in
            scalar.value < 0x80 ? UInt8(scalar.value) : inverse[scalar.value] ?? UInt8(ascii: "?")
        }
    }
}

extension DataTable {
    /// The values of a column, or an empty array when it does not exist (the test then fails on content).
    func valuesOf(_ name: String) -> [DataValue] {
        field(named: name)?.values ?? []
    }

    func typeOf(_ name: String) -> FieldType? {
        field(named: name)?.type
    }
}

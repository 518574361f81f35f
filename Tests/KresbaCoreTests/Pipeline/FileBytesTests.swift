import Foundation
import Testing

@testable import KresbaCore

/// Whole files read with open, fstat and read: the bytes as they are, a size limit checked before
/// reading, and a clear failure for what cannot be read.
@Suite struct FileBytesTests {
    @Test func readsTheBytesAndChecksTheLimitFirst() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
            "kresba-filebytes-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("data.csv")
        let bytes = (0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31) }
        try Data(bytes).write(to: file)
        #expect(FileBytes.contents(of: file.path, maxBytes: 1_000_000) == .success(bytes))
        #expect(FileBytes.contents(of: file.path, maxBytes: 299_999) == .failure(.tooLarge(300_000)))
        let empty = folder.appendingPathComponent("empty.csv")
        try Data().write(to: empty)
        #expect(FileBytes.contents(of: empty.path, maxBytes: 10) == .success([]))
        #expect(
            FileBytes.contents(of: folder.appendingPathComponent("missing").path, maxBytes: 10)
                == .failure(.unreadable))
        // A folder opens but cannot be read.
        #expect(FileBytes.contents(of: folder.path, maxBytes: 1 << 30) == .failure(.unreadable))
    }
}

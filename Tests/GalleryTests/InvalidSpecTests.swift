import Foundation
import Kresba
import KresbaTestSupport
import Testing

/// Specs that must fail, with their messages pinned in `<name>.diagnostics.txt`.
@Suite struct InvalidSpecTests {
    @Test func thereAreInvalidSpecs() {
        #expect(GalleryEntry.invalid.count >= 8)
    }

    @Test(arguments: GalleryEntry.invalid)
    func failsWithPinnedMessages(_ spec: URL) throws {
        let pinned = spec.deletingPathExtension().appendingPathExtension("diagnostics.txt")
        var actual: String
        do {
            let warnings = try GalleryTests.renderer.validate(specAt: spec)
            actual = "(no error)\n" + warnings.map(\.description).joined(separator: "\n")
        } catch let error as KresbaError {
            actual = error.description
        }
        actual += "\n"
        let env = ProcessInfo.processInfo.environment
        let expected = try? String(contentsOf: pinned, encoding: .utf8)
        if expected != actual, env["RECORD_DIAGNOSTICS"] == "1", env["CI"] == nil {
            try actual.write(to: pinned, atomically: true, encoding: .utf8)
            Issue.record("recorded \(pinned.lastPathComponent); review it and run again")
            return
        }
        #expect(expected == actual, "messages of \(spec.lastPathComponent) changed:\n\(actual)")
        #expect(!actual.hasPrefix("(no error)"), "\(spec.lastPathComponent) should fail")
    }
}

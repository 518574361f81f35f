import Foundation
import Testing

@testable import KresbaCore

/// Data may be read only below the spec's folder and the folders the caller allows, however the
/// path is written and whatever symlinks lie on the way.
@Suite struct ConfinementTests {
    typealias T = PipelineTestSupport

    static let outside =
        "graf.yaml#/data: error: data file \"%@\" is outside the spec's folder and the allowed data folders; "
        + "move it next to the spec or allow its folder with --data-root"

    private func outsideMessage(_ path: String) -> String {
        Self.outside.replacingOccurrences(of: "%@", with: path)
    }

    @Test func parentPathsAreRefused() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("grafy/data/a.csv", T.okresyCSV)
        try tree.write("tajne.csv", T.okresyCSV)
        let folder = tree.url("grafy")
        #expect(
            T.loadError(T.file("../../../../../../etc/passwd"), in: folder)
                == outsideMessage("../../../../../../etc/passwd"))
        #expect(T.loadError(T.file("../tajne.csv"), in: folder) == outsideMessage("../tajne.csv"))
        #expect(
            T.loadError(T.file("data/../../tajne.csv"), in: folder) == outsideMessage("data/../../tajne.csv"))
        let absolute = tree.url("tajne.csv").path
        #expect(T.loadError(T.file(absolute), in: folder) == outsideMessage(absolute))
        #expect(try T.load(T.file("data/../data/a.csv"), in: folder).table.rowCount == 4)
    }

    @Test func aSymlinkedFileThatLeadsOutIsRefused() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("tajne.csv", T.okresyCSV)
        try tree.link("grafy/data/odkaz.csv", to: tree.url("tajne.csv").path)
        #expect(
            T.loadError(T.file("data/odkaz.csv"), in: tree.url("grafy")) == outsideMessage("data/odkaz.csv"))
    }

    @Test func aSymlinkedFolderThatLeadsOutIsRefused() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("jinde/tajne.csv", T.okresyCSV)
        try tree.write("grafy/graf.yaml", "")
        try tree.link("grafy/data", to: "../jinde")
        #expect(
            T.loadError(T.file("data/tajne.csv"), in: tree.url("grafy")) == outsideMessage("data/tajne.csv"))
    }

    @Test func aSymlinkThatStaysInsideIsFine() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("grafy/data/2020/okresy.csv", T.okresyCSV)
        try tree.link("grafy/data/aktualni.csv", to: "2020/okresy.csv")
        #expect(try T.load(T.file("data/aktualni.csv"), in: tree.url("grafy")).table.rowCount == 4)
    }

    @Test func dataRootsAllowOtherFolders() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        try tree.write("spolecna/okresy.csv", T.okresyCSV)
        try tree.link("grafy/data/odkaz.csv", to: tree.url("spolecna/okresy.csv").path)
        let folder = tree.url("grafy")
        let roots = [tree.url("spolecna")]
        #expect(try T.load(T.file("../spolecna/okresy.csv"), in: folder, roots: roots).table.rowCount == 4)
        #expect(try T.load(T.file("data/odkaz.csv"), in: folder, roots: roots).table.rowCount == 4)
    }

    @Test func otherSchemesThanHTTPAreRefused() throws {
        let tree = try TemporaryTree()
        defer { tree.remove() }
        #expect(
            T.loadError(T.file("ftp://example.org/a.csv"), in: tree.root)
                == "graf.yaml#/data: error: cannot read \"ftp://example.org/a.csv\": only files and http(s) URLs are "
                + "supported, not ftp:")
        #expect(
            T.loadError(T.file("https://example.org/a.csv"), in: tree.root)
                == "graf.yaml#/data: error: data from URLs is not enabled here; download "
                + "\"https://example.org/a.csv\" and name the file")
    }
}

import Foundation
import KresbaTestSupport

/// One spec in `Gallery/<kind>/`, found through the file system so recording can write back.
struct GalleryEntry: CustomStringConvertible, Sendable {
    /// The spec file.
    var spec: URL
    /// `bar`, `line`, …
    var kind: String

    /// The entry's name: the file name without extension.
    var name: String { spec.deletingPathExtension().lastPathComponent }
    /// The golden PNG beside the spec.
    var golden: URL { spec.deletingPathExtension().appendingPathExtension("png") }
    /// Expected warnings, one per line, if the entry has any.
    var expectedWarnings: URL { spec.deletingPathExtension().appendingPathExtension("warnings.txt") }
    var description: String { "\(kind)/\(name)" }

    static let root = GoldenImage.packageRoot.appendingPathComponent("Gallery")
    static let fonts = GoldenImage.packageRoot.appendingPathComponent("Fonts")

    /// Spec files (`.yaml`, `.yml`, `.json`) of a folder, sorted by name.
    static func specs(in folder: URL) -> [URL] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { ["yaml", "yml", "json"].contains(URL(fileURLWithPath: $0).pathExtension) }
            .sorted().map { folder.appendingPathComponent($0) }
    }

    /// Every chart kind's entries; `invalid/` and data folders are not entries.
    static let all: [GalleryEntry] = {
        let kinds = ((try? FileManager.default.contentsOfDirectory(atPath: root.path)) ?? []).sorted()
        return kinds.filter { $0 != "invalid" && !$0.hasPrefix(".") }.flatMap { kind -> [GalleryEntry] in
            var isFolder: ObjCBool = false
            let folder = root.appendingPathComponent(kind)
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder),
                isFolder.boolValue
            else { return [] }
            return specs(in: folder).map { GalleryEntry(spec: $0, kind: kind) }
        }
    }()

    /// The invalid specs whose messages are pinned.
    static let invalid: [URL] = specs(in: root.appendingPathComponent("invalid"))
}

import Foundation

/// Path patterns as build manifests write them: `grafy/*.yaml`, `mapy/**/*.yaml`.
///
/// A pattern is matched folder by folder: `*`, `?` and `[…]` within one name (POSIX `fnmatch`),
/// and `**` for any number of folders, none included. Names starting with a dot are matched only
/// by patterns that start with a dot, as shells do.
package enum PathPattern {
    /// Whether `path` (relative, `/`-separated) matches `pattern`.
    package static func matches(_ pattern: String, _ path: String) -> Bool {
        let p = pattern.split(separator: "/").map(String.init)
        let s = path.split(separator: "/").map(String.init)
        return match(p[...], s[...])
    }

    private static func match(_ pattern: ArraySlice<String>, _ path: ArraySlice<String>) -> Bool {
        guard let head = pattern.first else { return path.isEmpty }
        if head == "**" {
            // Zero folders, or one more and try again.
            if match(pattern.dropFirst(), path) { return true }
            guard let first = path.first, !first.hasPrefix(".") else { return false }
            return match(pattern, path.dropFirst())
        }
        guard let name = path.first else { return false }
        return fnmatch(head, name, FNM_PERIOD) == 0 && match(pattern.dropFirst(), path.dropFirst())
    }

    /// Whether the pattern stays inside the folder it is relative to (no absolute path, no `..`).
    package static func staysInside(_ pattern: String) -> Bool {
        !pattern.hasPrefix("/") && !pattern.split(separator: "/").contains("..")
    }

    /// The files under `folder` matching any of `patterns`, as paths relative to it, sorted; folders
    /// named in `skipping` (relative paths, e.g. the output folder) and hidden folders are not entered.
    package static func files(in folder: URL, matching patterns: [String], skipping: [String] = [])
        -> [String]
    {
        guard
            let enumerator = FileManager.default.enumerator(
                at: folder, includingPropertiesForKeys: [.isDirectoryKey], options: [.skipsHiddenFiles])
        else { return [] }
        let base = folder.standardizedFileURL.path
        let prefix = base.hasSuffix("/") ? base : base + "/"
        var found: [String] = []
        for case let url as URL in enumerator {
            let full = url.standardizedFileURL.path
            guard full.hasPrefix(prefix) else { continue }
            let relative = String(full.dropFirst(prefix.count))
            let isFolder = (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true
            if isFolder {
                if skipping.contains(relative) || relative == ".build" { enumerator.skipDescendants() }
                continue
            }
            if patterns.contains(where: { matches($0, relative) }) { found.append(relative) }
        }
        return found.sorted()
    }
}

import Foundation

/// The files and URLs one render read: the spec's data, catalogs, lookup tables, geometry and
/// symbol files. A build that knows them can skip a chart none of whose inputs changed.
package final class InputLog: @unchecked Sendable {
    // @unchecked: the lists are only touched under `lock`.
    private var fileList: [String] = []
    private var urlList: [String] = []
    private let lock = NSLock()

    package init() {}

    /// Records a local file (its resolved path), once.
    package func read(file url: URL) {
        let path = url.standardizedFileURL.path
        lock.lock()
        defer { lock.unlock() }
        if !fileList.contains(path) { fileList.append(path) }
    }

    /// Records a download, once.
    package func read(url: String) {
        lock.lock()
        defer { lock.unlock() }
        if !urlList.contains(url) { urlList.append(url) }
    }

    /// The files read, in the order first read.
    package var files: [String] {
        lock.lock()
        defer { lock.unlock() }
        return fileList
    }

    /// The URLs fetched, in the order first fetched.
    package var urls: [String] {
        lock.lock()
        defer { lock.unlock() }
        return urlList
    }
}

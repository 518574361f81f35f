import Foundation

/// How data named by an http(s) URL are fetched and kept.
package struct DownloadSettings: Sendable, Equatable {
    /// The folder downloaded files are kept in.
    package var cacheDirectory: URL
    /// Use only the cache; a URL that is not in it is an error.
    package var offline: Bool
    /// Seconds a request may take, connection included.
    package var timeout: Double
    /// Largest accepted download, in bytes.
    package var maxBytes: Int
    /// Seconds during which a copy that was just downloaded or confirmed is used without asking the
    /// server again, so a batch of charts on one dataset costs one request.
    package var maxAge: Double

    /// Creates settings; the defaults suit a build that renders many charts at once.
    package init(
        cacheDirectory: URL = DownloadSettings.defaultCacheDirectory, offline: Bool = false,
        timeout: Double = 30, maxBytes: Int = DataLimits.defaultMaxBytes, maxAge: Double = 60
    ) {
        self.cacheDirectory = cacheDirectory
        self.offline = offline
        self.timeout = timeout
        self.maxBytes = maxBytes
        self.maxAge = maxAge
    }

    /// `$KRESBA_CACHE`, else `$XDG_CACHE_HOME/kresba`, else `~/.cache/kresba`.
    package static var defaultCacheDirectory: URL {
        let env = ProcessInfo.processInfo.environment
        if let dir = env["KRESBA_CACHE"], !dir.isEmpty { return URL(fileURLWithPath: dir, isDirectory: true) }
        if let dir = env["XDG_CACHE_HOME"], !dir.isEmpty {
            return URL(fileURLWithPath: dir, isDirectory: true).appendingPathComponent(
                "kresba", isDirectory: true)
        }
        return FileManager.default.homeDirectoryForCurrentUser
            .appendingPathComponent(".cache/kresba", isDirectory: true)
    }
}

/// Downloaded data in an on-disk cache keyed by URL, revalidated with the server's ETag and
/// Last-Modified (a conditional GET answered by 304 costs no body).
///
/// Each URL has two files in the cache folder: `<name>-<hash>.data` with the body and
/// `<name>-<hash>.json` with the URL, validators and times. Both are written to a temporary name
/// and renamed, so parallel renders never see half a file. One object serialises its own
/// downloads, so charts rendered in parallel on one dataset download it once.
package final class DownloadCache: @unchecked Sendable {
    /// The settings it was made with.
    package let settings: DownloadSettings
    private let lock = NSLock()

    /// Creates a cache; the folder is created on the first download.
    package init(settings: DownloadSettings) {
        self.settings = settings
    }

    /// A fetched body.
    package struct Download: Sendable {
        /// The bytes.
        package var bytes: [UInt8]
        /// The server's `Content-Type`, for telling JSON from CSV.
        package var contentType: String?
        /// Said when an old copy had to be used (the server could not be reached).
        package var warning: String?
        /// Whether the bytes came from the cache without a download.
        package var fromCache: Bool
    }

    /// What the cache remembers about a URL.
    struct Metadata: Codable, Equatable {
        var url: String
        var etag: String?
        var lastModified: String?
        var contentType: String?
        /// When the body was downloaded, seconds since 1970.
        var downloaded: Double
        /// When the server last confirmed it, seconds since 1970.
        var checked: Double
        var size: Int
    }

    /// The body of `url`: from the cache when it is fresh or confirmed, else downloaded.
    /// - Throws: a message for the user when there is neither a download nor a usable copy.
    package func fetch(_ url: URL) throws(DownloadError) -> Download {
        lock.lock()
        defer { lock.unlock() }
        let cached = cachedCopy(of: url)
        if settings.offline {
            guard let cached else {
                throw DownloadError(
                    "\(url.absoluteString) is not in the download cache (\(settings.cacheDirectory.path)) and "
                        + "offline mode allows no downloads; render once online to fetch it")
            }
            return Download(bytes: cached.1, contentType: cached.0.contentType, warning: nil, fromCache: true)
        }
        let now = Date().timeIntervalSince1970
        if let (meta, bytes) = cached, now - meta.checked < settings.maxAge, now >= meta.checked {
            return Download(bytes: bytes, contentType: meta.contentType, warning: nil, fromCache: true)
        }
        var headers: [String: String] = [:]
        if let meta = cached?.0 {
            headers["If-None-Match"] = meta.etag
            headers["If-Modified-Since"] = meta.lastModified
        }
        func fallback(_ problem: String) throws(DownloadError) -> Download {
            guard let (meta, bytes) = cached else {
                throw DownloadError("cannot download \(url.absoluteString): \(problem)")
            }
            let date = ISO8601DateFormatter().string(from: Date(timeIntervalSince1970: meta.downloaded))
            return Download(
                bytes: bytes, contentType: meta.contentType,
                warning:
                    "cannot download \(url.absoluteString) (\(problem)); using the copy downloaded \(date)",
                fromCache: true)
        }
        switch HTTPFetch.get(url, headers: headers, timeout: settings.timeout, maxBytes: settings.maxBytes) {
        case .failure(.tooLarge):
            throw DownloadError(
                "\(url.absoluteString) is larger than the download limit of "
                    + DataLimits.describe(bytes: settings.maxBytes))
        case .failure(.timedOut):
            return try fallback("no answer within \(Self.seconds(settings.timeout)) s")
        case .failure(.transport(let message)):
            return try fallback(message)
        case .success(let response) where response.status == 304:
            guard var meta = cached?.0, let bytes = cached?.1 else {
                return try fallback("the server answered 304 to a request that was not conditional")
            }
            meta.checked = now
            write(meta, bytes: nil, for: url)
            return Download(bytes: bytes, contentType: meta.contentType, warning: nil, fromCache: true)
        case .success(let response) where (200..<300).contains(response.status):
            let meta = Metadata(
                url: url.absoluteString, etag: response.header("ETag"),
                lastModified: response.header("Last-Modified"), contentType: response.header("Content-Type"),
                downloaded: now, checked: now, size: response.body.count)
            write(meta, bytes: response.body, for: url)
            return Download(
                bytes: response.body, contentType: meta.contentType, warning: nil, fromCache: false)
        case .success(let response):
            return try fallback("the server answered \(Self.status(response.status))")
        }
    }

    // MARK: - Files

    /// `okresy.csv-1a2b3c4d5e6f7a8b`: readable in a listing, unique by a hash of the whole URL.
    func key(for url: URL) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325  // FNV-1a, 64 bit: stable across runs and machines
        for byte in url.absoluteString.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3
        }
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        let stem = String(url.lastPathComponent.filter(allowed.contains).prefix(40))
        let hex = String(hash, radix: 16)
        return (stem.isEmpty ? "data" : stem) + "-" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    private func files(for url: URL) -> (data: URL, meta: URL) {
        let base = settings.cacheDirectory.appendingPathComponent(key(for: url))
        return (base.appendingPathExtension("data"), base.appendingPathExtension("json"))
    }

    /// The cached body and its metadata, when both exist and belong to this URL.
    func cachedCopy(of url: URL) -> (Metadata, [UInt8])? {
        let (dataFile, metaFile) = files(for: url)
        guard let metaBytes = FileManager.default.contents(atPath: metaFile.path),
            let meta = try? JSONDecoder().decode(Metadata.self, from: metaBytes),
            meta.url == url.absoluteString,
            let body = FileManager.default.contents(atPath: dataFile.path), body.count == meta.size
        else { return nil }
        return (meta, [UInt8](body))
    }

    /// Writes the body (when given) before the metadata, so metadata never describe a missing body.
    /// A cache that cannot be written is not an error: the download is still used.
    private func write(_ meta: Metadata, bytes: [UInt8]?, for url: URL) {
        let (dataFile, metaFile) = files(for: url)
        try? FileManager.default.createDirectory(
            at: settings.cacheDirectory, withIntermediateDirectories: true)
        if let bytes {
            guard (try? Data(bytes).write(to: dataFile, options: .atomic)) != nil else { return }
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        if let json = try? encoder.encode(meta) {
            try? json.write(to: metaFile, options: .atomic)
        }
    }

    /// The status with its usual reason phrase, fixed here so messages do not depend on the platform.
    private static func status(_ code: Int) -> String {
        let phrases = [
            400: "Bad Request", 401: "Unauthorized", 403: "Forbidden", 404: "Not Found", 410: "Gone",
            429: "Too Many Requests", 500: "Internal Server Error", 502: "Bad Gateway",
            503: "Service Unavailable", 504: "Gateway Timeout",
        ]
        return phrases[code].map { "\(code) \($0)" } ?? String(code)
    }

    private static func seconds(_ value: Double) -> String {
        value == value.rounded() ? String(Int(value)) : String(value)
    }
}

/// A download that failed with no cached copy to fall back on.
package struct DownloadError: Error, Sendable, Equatable {
    /// What happened, for the user.
    package var message: String

    init(_ message: String) {
        self.message = message
    }
}

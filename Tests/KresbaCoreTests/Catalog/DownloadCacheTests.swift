import Foundation
import Testing

@testable import KresbaCore

/// The download cache against a server on 127.0.0.1: first download, 304 revalidation, offline use,
/// size limit, timeout and falling back to an old copy.
@Suite struct DownloadCacheTests {
    static let csv = Array("okres,obyvatel\nLiberec,175465\nSemily,73815\n".utf8)

    /// A fresh cache folder per test, removed by the caller.
    static func temporaryFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("kresba-cache-\(UUID().uuidString)")
    }

    private func cache(
        _ folder: URL, offline: Bool = false, maxAge: Double = 0, maxBytes: Int = 1_000_000,
        timeout: Double = 5
    )
        -> DownloadCache
    {
        DownloadCache(
            settings: DownloadSettings(
                cacheDirectory: folder, offline: offline, timeout: timeout, maxBytes: maxBytes, maxAge: maxAge
            ))
    }

    private func failure(_ body: () throws(DownloadError) -> DownloadCache.Download) -> String? {
        do {
            _ = try body()
            return nil
        } catch {
            return error.message
        }
    }

    @Test func firstDownloadIsStoredAndA304KeepsTheCopy() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        server.route("/okresy.csv", .init(body: Self.csv, etag: "\"v1\""))
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let downloads = cache(folder)

        let first = try downloads.fetch(server.url("/okresy.csv"))
        #expect(first.bytes == Self.csv)
        #expect(!first.fromCache)
        #expect(first.contentType == "text/csv; charset=utf-8")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        #expect(files.count == 2)
        #expect(files.allSatisfy { $0.hasPrefix("okresy.csv-") })

        let second = try downloads.fetch(server.url("/okresy.csv"))
        #expect(second.bytes == Self.csv)
        #expect(second.fromCache)
        let requests = server.requests
        #expect(requests.count == 2)
        #expect(requests[0].headers["if-none-match"] == nil)
        #expect(requests[1].headers["if-none-match"] == "\"v1\"")
        #expect(requests[1].notModified)
    }

    @Test func lastModifiedIsSentBackWhenThereIsNoETag() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let date = "Sun, 13 Jun 2021 00:00:00 GMT"
        server.route("/a.csv", .init(body: Self.csv, lastModified: date))
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let downloads = cache(folder)
        _ = try downloads.fetch(server.url("/a.csv"))
        let again = try downloads.fetch(server.url("/a.csv"))
        #expect(again.fromCache)
        #expect(server.requests.last?.headers["if-modified-since"] == date)
        #expect(server.requests.last?.notModified == true)
    }

    @Test func aChangedFileReplacesTheCopy() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        server.route("/a.csv", .init(body: Self.csv, etag: "\"v1\""))
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let downloads = cache(folder)
        _ = try downloads.fetch(server.url("/a.csv"))
        let changed = Array("okres,obyvatel\nLiberec,176000\n".utf8)
        server.route("/a.csv", .init(body: changed, etag: "\"v2\""))
        let second = try downloads.fetch(server.url("/a.csv"))
        #expect(second.bytes == changed)
        #expect(!second.fromCache)
        // A new cache object (a later run) finds the new version on disk.
        let later = try cache(folder, offline: true).fetch(server.url("/a.csv"))
        #expect(later.bytes == changed)
    }

    @Test func aFreshCopyIsUsedWithoutAskingTheServer() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        server.route("/a.csv", .init(body: Self.csv, etag: "\"v1\""))
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let downloads = cache(folder, maxAge: 300)
        _ = try downloads.fetch(server.url("/a.csv"))
        let second = try downloads.fetch(server.url("/a.csv"))
        #expect(second.fromCache)
        #expect(server.requests.count == 1)
    }

    @Test func offlineUsesTheCacheAndNeverTheNetwork() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        server.route("/a.csv", .init(body: Self.csv, etag: "\"v1\""))
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try cache(folder).fetch(server.url("/a.csv"))
        let offline = cache(folder, offline: true)
        let hit = try offline.fetch(server.url("/a.csv"))
        #expect(hit.bytes == Self.csv)
        #expect(hit.fromCache)
        #expect(server.requests.count == 1)

        let missing = server.url("/b.csv")
        let message = failure { () throws(DownloadError) in try offline.fetch(missing) }
        #expect(
            message
                == "\(missing.absoluteString) is not in the download cache (\(folder.path)) and offline mode "
                + "allows no downloads; render once online to fetch it")
        #expect(server.requests.count == 1)
    }

    @Test(arguments: [false, true])
    func aDownloadOverTheLimitIsRefused(streamed: Bool) throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let big = [UInt8](repeating: UInt8(ascii: "x"), count: 50_000)
        server.route("/big.csv", .init(body: big, omitLength: streamed))
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let downloads = cache(folder, maxBytes: 1_000)
        let url = server.url("/big.csv")
        let message = failure { () throws(DownloadError) in try downloads.fetch(url) }
        #expect(message == "\(url.absoluteString) is larger than the download limit of 1000 bytes")
        #expect(!FileManager.default.fileExists(atPath: folder.path))
    }

    @Test func aSlowServerTimesOut() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        server.route("/slow.csv", .init(body: Self.csv, delay: 4))
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let downloads = cache(folder, timeout: 0.5)
        let url = server.url("/slow.csv")
        let start = Date()
        let message = failure { () throws(DownloadError) in try downloads.fetch(url) }
        #expect(message == "cannot download \(url.absoluteString): no answer within 0.5 s")
        #expect(Date().timeIntervalSince(start) < 3.5)
    }

    @Test func aServerErrorFallsBackToTheOldCopyWithAWarning() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        server.route("/a.csv", .init(body: Self.csv, etag: "\"v1\""))
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let downloads = cache(folder)
        _ = try downloads.fetch(server.url("/a.csv"))
        server.route("/a.csv", .init(status: 500, body: Array("oops".utf8)))
        let fallback = try downloads.fetch(server.url("/a.csv"))
        #expect(fallback.bytes == Self.csv)
        let warning = try #require(fallback.warning)
        #expect(
            warning.hasPrefix(
                "cannot download \(server.url("/a.csv").absoluteString) (the server answered 500 Internal Server "
                    + "Error); using the copy downloaded 20"))
    }

    @Test func aMissingFileWithoutACopyIsAnError() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let folder = Self.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = server.url("/nowhere.csv")
        let message = failure { () throws(DownloadError) in try cache(folder).fetch(url) }
        #expect(message == "cannot download \(url.absoluteString): the server answered 404 Not Found")
    }

    @Test func cacheKeysAreReadableAndStable() {
        let downloads = cache(Self.temporaryFolder())
        let a = downloads.key(
            for: URL(string: "https://example.org/data/okresy.csv?v=1") ?? URL(fileURLWithPath: "/"))
        let b = downloads.key(
            for: URL(string: "https://example.org/data/okresy.csv?v=2") ?? URL(fileURLWithPath: "/"))
        #expect(a.hasPrefix("okresy.csv-"))
        #expect(a.count == "okresy.csv-".count + 16)
        #expect(a != b)
        #expect(
            a
                == downloads.key(
                    for: URL(string: "https://example.org/data/okresy.csv?v=1") ?? URL(fileURLWithPath: "/")))
    }
}

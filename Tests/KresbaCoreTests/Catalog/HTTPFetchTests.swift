import Dispatch
import Foundation
import Testing

@testable import KresbaCore

/// HTTPFetch (libcurl opened at run time) against a server on 127.0.0.1: redirects, statuses and
/// headers as they arrive, parallel first use, and the message when libcurl is missing.
@Suite struct HTTPFetchTests {
    private func get(_ url: URL, headers: [String: String] = [:], library: String = HTTPFetch.defaultLibrary)
        -> Result<HTTPFetch.Response, HTTPFetch.Failure>
    {
        HTTPFetch.get(url, headers: headers, timeout: 5, maxBytes: 1_000_000, library: library)
    }

    @Test func aMissingLibcurlIsAMessageNotACrash() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        server.route("/a.csv", .init(body: DownloadCacheTests.csv))
        let result = get(server.url("/a.csv"), library: "libkresba-no-such-curl.so.4")
        #expect(result == .failure(.transport("downloading URLs needs libcurl (Debian package libcurl4)")))
        #expect(server.requests.isEmpty)
        // A missing library is not remembered for the real one.
        #expect(try get(server.url("/a.csv")).get().body == DownloadCacheTests.csv)
    }

    @Test func redirectsAreFollowedAndTheLastResponseCounts() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        server.route("/old.csv", .init(status: 301, etag: "\"old\"", location: "/new.csv"))
        server.route("/new.csv", .init(body: DownloadCacheTests.csv, etag: "\"new\""))
        let response = try get(server.url("/old.csv")).get()
        #expect(response.status == 200)
        #expect(response.body == DownloadCacheTests.csv)
        #expect(response.header("etag") == "\"new\"")
        #expect(response.header("Content-Type") == "text/csv; charset=utf-8")
        #expect(server.requests.map(\.path) == ["/old.csv", "/new.csv"])
    }

    @Test func aRedirectLoopEnds() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        server.route("/loop", .init(status: 302, location: "/loop"))
        #expect(get(server.url("/loop")) == .failure(.transport("more than 10 redirects")))
        #expect(server.requests.count == 11)
    }

    @Test func requestHeadersAreSentAndErrorStatusesReturned() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        let response = try get(server.url("/none"), headers: ["If-None-Match": "\"v1\""]).get()
        #expect(response.status == 404)
        #expect(response.body == Array("not found".utf8))
        let request = try #require(server.requests.first)
        #expect(request.headers["if-none-match"] == "\"v1\"")
        #expect(request.headers["user-agent"] == "Kresba")
    }

    @Test func aClosedPortCannotBeConnectedTo() {
        // Port 1 (tcpmux) has no listener on a test machine.
        let url = URL(string: "http://127.0.0.1:1/a.csv") ?? URL(fileURLWithPath: "/")
        #expect(get(url) == .failure(.transport("cannot connect to the server")))
    }

    @Test func parallelFirstDownloadsAllSucceed() throws {
        let server = try LocalHTTPServer()
        defer { server.stop() }
        server.route("/a.csv", .init(body: DownloadCacheTests.csv))
        let url = server.url("/a.csv")
        let count = 8
        let results = Results(count: count)
        DispatchQueue.concurrentPerform(iterations: count) { index in
            results.set(
                index, (try? HTTPFetch.get(url, headers: [:], timeout: 5, maxBytes: 1_000).get())?.body)
        }
        #expect(results.all.allSatisfy { $0 == DownloadCacheTests.csv })
    }

    /// Bodies collected from several threads.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var values: [[UInt8]?]

        init(count: Int) {
            values = Array(repeating: nil, count: count)
        }

        func set(_ index: Int, _ value: [UInt8]?) {
            lock.lock()
            values[index] = value
            lock.unlock()
        }

        var all: [[UInt8]?] {
            lock.lock()
            defer { lock.unlock() }
            return values
        }
    }
}

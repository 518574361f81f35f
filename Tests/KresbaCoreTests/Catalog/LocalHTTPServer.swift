import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A tiny HTTP/1.1 server on 127.0.0.1 and an ephemeral port, so the download tests never touch
/// the internet. It answers GETs from a table of routes, honours `If-None-Match` and
/// `If-Modified-Since` with 304, can answer slowly (timeouts) or without a length (size limits
/// while streaming), and logs every request.
///
/// It stops when ``stop()`` is called, when it is released, or by itself after `lifetime`
/// seconds, so a failed test can never leave it running.
final class LocalHTTPServer: @unchecked Sendable {
    /// What the server answers for one path.
    struct Route {
        var status = 200
        var body: [UInt8] = []
        var etag: String?
        var lastModified: String?
        var contentType: String? = "text/csv; charset=utf-8"
        /// Seconds to wait before answering.
        var delay: Double = 0
        /// Leave out Content-Length and end the body by closing the connection.
        var omitLength = false
        /// A `Location` header, for redirects.
        var location: String?
    }

    /// One request as received.
    struct Request {
        var path: String
        var headers: [String: String]
        /// Whether the server answered 304.
        var notModified: Bool
    }

    /// The port it listens on.
    let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var routes: [String: Route] = [:]
    private var received: [Request] = []
    private var stopped = false

    /// Starts listening.
    init(lifetime: Double = 60) throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw POSIXError(.EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { p in
                bind(fd, p, length) == 0 && listen(fd, 16) == 0 && getsockname(fd, p, &length) == 0
            }
        }
        guard bound else {
            close(fd)
            throw POSIXError(.EADDRINUSE)
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        let deadline = Date().addingTimeInterval(lifetime)
        Thread.detachNewThread { [self] in acceptLoop(until: deadline) }
    }

    deinit { stop() }

    /// Stops accepting connections; the listening socket closes within a tenth of a second.
    func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    /// `http://127.0.0.1:<port><path>`.
    func url(_ path: String) -> URL {
        URL(string: "http://127.0.0.1:\(port)\(path)") ?? URL(fileURLWithPath: "/invalid")
    }

    /// Sets what `path` answers.
    func route(_ path: String, _ route: Route) {
        lock.lock()
        routes[path] = route
        lock.unlock()
    }

    /// The requests received so far.
    var requests: [Request] {
        lock.lock()
        defer { lock.unlock() }
        return received
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    private func acceptLoop(until deadline: Date) {
        defer { close(listener) }
        while !isStopped && Date() < deadline {
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 100) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            Thread.detachNewThread { [self] in serve(client) }
        }
    }

    private func serve(_ client: Int32) {
        defer { close(client) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var data: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !data.contains(subsequence: Array("\r\n\r\n".utf8)) && data.count < 65_536 {
            let n = recv(client, &buffer, buffer.count, 0)
            guard n > 0 else { return }
            data += buffer[0..<n]
        }
        let lines = String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines.first?.split(separator: " ") ?? []
        guard parts.count >= 2 else { return }
        let path = String(parts[1])
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(
                in: .whitespaces)
        }
        lock.lock()
        let route = routes[path] ?? Route(status: 404, body: Array("not found".utf8))
        lock.unlock()
        if route.delay > 0 { Thread.sleep(forTimeInterval: route.delay) }

        let notModified =
            route.status == 200
            && ((route.etag != nil && headers["if-none-match"] == route.etag)
                || (route.etag == nil && route.lastModified != nil
                    && headers["if-modified-since"] == route.lastModified))
        lock.lock()
        received.append(Request(path: path, headers: headers, notModified: notModified))
        lock.unlock()

        let status = notModified ? 304 : route.status
        let reason =
            [
                200: "OK", 301: "Moved Permanently", 302: "Found", 304: "Not Modified", 404: "Not Found",
                500: "Internal Server Error",
            ][status]
            ?? "Status"
        var head = "HTTP/1.1 \(status) \(reason)\r\nConnection: close\r\n"
        if let etag = route.etag { head += "ETag: \(etag)\r\n" }
        if let date = route.lastModified { head += "Last-Modified: \(date)\r\n" }
        if let location = route.location { head += "Location: \(location)\r\n" }
        if let type = route.contentType, !notModified { head += "Content-Type: \(type)\r\n" }
        let body = notModified ? [] : route.body
        if !route.omitLength || notModified { head += "Content-Length: \(body.count)\r\n" }
        write(Array((head + "\r\n").utf8) + body, to: client)
    }

    /// Sends everything; a client that gave up (a timeout test) just ends the send, without the
    /// SIGPIPE that would kill the test process.
    private func write(_ bytes: [UInt8], to client: Int32) {
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { raw in
                send(client, raw.baseAddress, raw.count, Int32(MSG_NOSIGNAL))
            }
            guard n > 0 else { return }
            offset += n
        }
    }
}

extension Array where Element == UInt8 {
    fileprivate func contains(subsequence: [UInt8]) -> Bool {
        guard count >= subsequence.count else { return false }
        return (0...(count - subsequence.count)).contains {
            self[$0..<($0 + subsequence.count)].elementsEqual(subsequence)
        }
    }
}

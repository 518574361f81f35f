import CCurl
import Foundation

/// One HTTP GET, synchronous, with a timeout and a size limit, made with libcurl. The pipeline is
/// synchronous, and a render waits for its data anyway.
///
/// libcurl is opened with dlopen() on the first download (see Sources/CCurl), not linked: linking
/// it, as URLSession did, made every kresba process load curl and the ~27 libraries it needs
/// although almost no render downloads anything. A machine without libcurl renders everything
/// but URLs, which fail with a message saying what to install.
enum HTTPFetch {
    /// What came back.
    struct Response: Equatable {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]

        /// A header, by case-insensitive name.
        func header(_ name: String) -> String? {
            headers.first { $0.key.caseInsensitiveCompare(name) == .orderedSame }?.value
        }
    }

    /// Why there is no response.
    enum Failure: Error, Equatable {
        case timedOut
        case tooLarge
        case transport(String)
    }

    /// The shared library opened for downloads.
    #if canImport(Darwin)
        static let defaultLibrary = "libcurl.4.dylib"
    #else
        static let defaultLibrary = "libcurl.so.4"
    #endif

    /// The failure when libcurl cannot be opened.
    static let missingLibrary = "downloading URLs needs libcurl (Debian package libcurl4)"

    /// Redirects followed before giving up.
    static let maxRedirects = 10

    /// Gets `url`, sending `headers`; `library` is the libcurl to open (tests name a missing one).
    static func get(
        _ url: URL, headers: [String: String], timeout: Double, maxBytes: Int,
        library: String = defaultLibrary
    ) -> Result<Response, Failure> {
        guard let curlLibrary = kresba_curl_load(library) else { return .failure(.transport(missingLibrary)) }
        // curl writes a detailed message here when a transfer fails; it must outlive the handle.
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(KRESBA_CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(KRESBA_CURL_ERROR_SIZE))
        defer { errorBuffer.deallocate() }
        guard let curl = kresba_curl_easy_init(curlLibrary) else {
            return .failure(.transport("libcurl cannot start a transfer"))
        }
        defer { kresba_curl_easy_cleanup(curl) }

        let transfer = Transfer(maxBytes: maxBytes)
        return withExtendedLifetime(transfer) { () -> Result<Response, Failure> in
            let context = Unmanaged.passUnretained(transfer).toOpaque()
            // The first option curl refuses, if any.
            var refused: Int32 = 0
            func check(_ code: Int32) { if refused == 0 { refused = code } }
            func set(_ option: Int, _ value: Int) {
                check(kresba_curl_setopt_long(curl, Int32(option), value))
            }
            func set(_ option: Int, _ value: String) {
                check(kresba_curl_setopt_string(curl, Int32(option), value))
            }
            func set(_ option: Int, pointer: UnsafeMutableRawPointer) {
                check(kresba_curl_setopt_pointer(curl, Int32(option), pointer))
            }

            set(KRESBA_CURLOPT_URL, url.absoluteString)
            set(KRESBA_CURLOPT_ERRORBUFFER, pointer: errorBuffer)
            // No signals: renders run on several threads, and curl's DNS timeout would use SIGALRM.
            set(KRESBA_CURLOPT_NOSIGNAL, 1)
            set(KRESBA_CURLOPT_FOLLOWLOCATION, 1)
            set(KRESBA_CURLOPT_MAXREDIRS, maxRedirects)
            // The whole request, connection included, as URLSession's resource timeout was (0: none).
            let milliseconds =
                timeout.isFinite && timeout > 0 ? Int(min(timeout * 1000, 1e12).rounded(.up)) : 0
            set(KRESBA_CURLOPT_TIMEOUT_MS, milliseconds)
            set(KRESBA_CURLOPT_CONNECTTIMEOUT_MS, milliseconds)
            // Refused at once when the server announces a larger body; the write callback stops the rest.
            check(kresba_curl_setopt_offset(curl, Int32(KRESBA_CURLOPT_MAXFILESIZE_LARGE), Int64(maxBytes)))
            set(KRESBA_CURLOPT_USERAGENT, "Kresba")
            // "": every encoding this libcurl can decode (gzip, deflate...), as URLSession asked for.
            set(KRESBA_CURLOPT_ACCEPT_ENCODING, "")
            // Data come over HTTP(S) only, redirects included (no file://, ftp://...). Curls before
            // 7.85 lack these options and refuse them, which is not an error: callers pass http(s).
            _ = kresba_curl_setopt_string(curl, Int32(KRESBA_CURLOPT_PROTOCOLS_STR), "http,https")
            _ = kresba_curl_setopt_string(curl, Int32(KRESBA_CURLOPT_REDIR_PROTOCOLS_STR), "http,https")

            // Closures without captures, so that they convert to C function pointers; the transfer
            // comes back through the context pointer.
            check(
                kresba_curl_setopt_callback(curl, Int32(KRESBA_CURLOPT_WRITEFUNCTION)) {
                    data, size, count, context in
                    guard let context else { return 0 }
                    return Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue().receiveBody(
                        data, size * count)
                })
            set(KRESBA_CURLOPT_WRITEDATA, pointer: context)
            check(
                kresba_curl_setopt_callback(curl, Int32(KRESBA_CURLOPT_HEADERFUNCTION)) {
                    data, size, count, context in
                    guard let context else { return 0 }
                    return Unmanaged<Transfer>.fromOpaque(context).takeUnretainedValue().receiveHeader(
                        data, size * count)
                })
            set(KRESBA_CURLOPT_HEADERDATA, pointer: context)
            // Sorted so the request is the same on every run; a line break would inject a header.
            for (name, value) in headers.sorted(by: { $0.key < $1.key })
            where !(name + value).contains(where: \.isNewline) {
                // "Name;" is curl's way to send a header with an empty value.
                guard kresba_curl_add_header(curl, value.isEmpty ? "\(name);" : "\(name): \(value)") != 0
                else {
                    return .failure(.transport("out of memory"))
                }
            }
            if refused != 0 {
                return .failure(.transport(describe(refused, curl: curl, errorBuffer: errorBuffer)))
            }

            let code = kresba_curl_perform(curl)
            if transfer.tooLarge || Int(code) == KRESBA_CURLE_FILESIZE_EXCEEDED { return .failure(.tooLarge) }
            if Int(code) == KRESBA_CURLE_OPERATION_TIMEDOUT { return .failure(.timedOut) }
            guard code == 0 else {
                return .failure(.transport(describe(code, curl: curl, errorBuffer: errorBuffer)))
            }
            let status = kresba_curl_response_code(curl)
            guard status > 0 else { return .failure(.transport("no response")) }
            return .success(Response(status: status, headers: transfer.headers, body: transfer.body))
        }
    }

    /// A failed transfer in words: the common cases in Kresba's own, the rest in curl's.
    private static func describe(
        _ code: Int32, curl: OpaquePointer, errorBuffer: UnsafeMutablePointer<CChar>
    ) -> String {
        switch Int(code) {
        case KRESBA_CURLE_COULDNT_CONNECT: return "cannot connect to the server"
        case KRESBA_CURLE_COULDNT_RESOLVE_HOST: return "cannot find the server"
        case KRESBA_CURLE_COULDNT_RESOLVE_PROXY: return "cannot find the proxy server"
        case KRESBA_CURLE_SSL_CONNECT_ERROR, KRESBA_CURLE_PEER_FAILED_VERIFICATION,
            KRESBA_CURLE_SSL_CERTPROBLEM,
            KRESBA_CURLE_SSL_CACERT_BADFILE, KRESBA_CURLE_SSL_ISSUER_ERROR:
            return "the secure connection failed"
        case KRESBA_CURLE_TOO_MANY_REDIRECTS: return "more than \(maxRedirects) redirects"
        case KRESBA_CURLE_UNSUPPORTED_PROTOCOL: return "only http and https URLs can be downloaded"
        case KRESBA_CURLE_GOT_NOTHING: return "the server closed the connection without an answer"
        default:
            let detail = String(cString: errorBuffer)
            if !detail.isEmpty { return detail }
            return kresba_curl_strerror(curl, code).map { String(cString: $0) } ?? "libcurl error \(code)"
        }
    }

    /// What the callbacks collect during one transfer. Used on the calling thread only: curl runs
    /// the callbacks inside kresba_curl_perform.
    private final class Transfer {
        let maxBytes: Int
        var headers: [String: String] = [:]
        var body: [UInt8] = []
        var tooLarge = false

        init(maxBytes: Int) {
            self.maxBytes = maxBytes
        }

        /// Appends body bytes; returning 0 when the body passes the limit makes curl stop.
        func receiveBody(_ data: UnsafeMutablePointer<CChar>?, _ length: Int) -> Int {
            guard length > 0, let data else { return length }
            guard body.count + length <= maxBytes else {
                tooLarge = true
                return 0
            }
            body.append(contentsOf: UnsafeRawBufferPointer(start: data, count: length))
            return length
        }

        /// One header line ("Name: value\r\n") or a status line, which starts a new response: the
        /// headers kept are those of the last response, after redirects and "100 Continue".
        func receiveHeader(_ data: UnsafeMutablePointer<CChar>?, _ length: Int) -> Int {
            guard length > 0, let data else { return length }
            let line = String(decoding: UnsafeRawBufferPointer(start: data, count: length), as: UTF8.self)
            if line.hasPrefix("HTTP/") {
                headers = [:]
                return length
            }
            guard let colon = line.firstIndex(of: ":") else { return length }
            let name = String(line[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { return length }
            // A repeated header is one list, comma-separated (RFC 9110, 5.3), as URLSession gave it.
            if let previous = headers[name] {
                headers[name] = previous + ", " + value
            } else {
                headers[name] = value
            }
            return length
        }
    }
}

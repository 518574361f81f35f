import Dispatch
import Foundation

#if canImport(FoundationNetworking)
    import FoundationNetworking
#endif

/// One HTTP GET, synchronous, with a timeout and a size limit, made with URLSession (libcurl on
/// Linux). The pipeline is synchronous, and a render waits for its data anyway.
enum HTTPFetch {
    /// What came back.
    struct Response {
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

    /// Gets `url`, sending `headers`.
    static func get(_ url: URL, headers: [String: String], timeout: Double, maxBytes: Int) -> Result<
        Response, Failure
    > {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        // Our own cache decides; URLSession must neither store nor answer from its own.
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        let delegate = Delegate(maxBytes: maxBytes)
        let session = URLSession(configuration: configuration, delegate: delegate, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        var request = URLRequest(url: url, timeoutInterval: timeout)
        request.setValue("Kresba", forHTTPHeaderField: "User-Agent")
        for (name, value) in headers { request.setValue(value, forHTTPHeaderField: name) }
        let task = session.dataTask(with: request)
        task.resume()
        // URLSession enforces the timeout; this wait only guards against a task that never ends.
        if delegate.done.wait(timeout: .now() + timeout + 5) == .timedOut {
            task.cancel()
            return .failure(.timedOut)
        }
        return delegate.result()
    }

    /// Collects the response, stopping as soon as the body passes the limit.
    private final class Delegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
        let maxBytes: Int
        let done = DispatchSemaphore(value: 0)
        // Written on URLSession's delegate queue, read after `done` is signalled.
        private var response: HTTPURLResponse?
        private var body: [UInt8] = []
        private var error: (any Error)?
        private var tooLarge = false

        init(maxBytes: Int) {
            self.maxBytes = maxBytes
        }

        func urlSession(
            _ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
            completionHandler: @escaping (URLSession.ResponseDisposition) -> Void
        ) {
            self.response = response as? HTTPURLResponse
            if response.expectedContentLength > Int64(maxBytes) {
                tooLarge = true
                completionHandler(.cancel)
                return
            }
            completionHandler(.allow)
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
            guard !tooLarge else { return }
            body.append(contentsOf: data)
            if body.count > maxBytes {
                tooLarge = true
                dataTask.cancel()
            }
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?)
        {
            self.error = error
            done.signal()
        }

        func result() -> Result<Response, Failure> {
            if tooLarge { return .failure(.tooLarge) }
            if let error {
                if let urlError = error as? URLError, urlError.code == .timedOut {
                    return .failure(.timedOut)
                }
                return .failure(.transport(Self.describe(error)))
            }
            guard let response else { return .failure(.transport("no response")) }
            var headers: [String: String] = [:]
            for (name, value) in response.allHeaderFields {
                if let name = name as? String, let value = value as? String { headers[name] = value }
            }
            return .success(Response(status: response.statusCode, headers: headers, body: body))
        }

        private static func describe(_ error: any Error) -> String {
            guard let urlError = error as? URLError else { return error.localizedDescription }
            switch urlError.code {
            case .cannotConnectToHost: return "cannot connect to the server"
            case .cannotFindHost, .dnsLookupFailed: return "cannot find the server"
            case .notConnectedToInternet, .networkConnectionLost: return "the network is not available"
            case .secureConnectionFailed, .serverCertificateUntrusted, .serverCertificateHasBadDate:
                return "the secure connection failed"
            default: return urlError.localizedDescription
            }
        }
    }
}

import AsyncHTTPClient
import Foundation
import Logging
import NIOCore

/// GETs with async-http-client: a timeout per request, retries with exponential backoff for
/// network errors and HTTP 429/5xx, `Retry-After` honoured, bodies streamed to a file.
public final class HTTPFetcher: Sendable {
    /// A response whose body is in a temporary file (removed by the caller).
    public struct Response: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var bodyPath: String
        public var bytes: Int

        /// The body as text (for error messages), at most `limit` bytes.
        public func text(limit: Int = 400) -> String {
            guard let handle = FileHandle(forReadingAtPath: bodyPath) else { return "" }
            defer { try? handle.close() }
            let data = (try? handle.read(upToCount: limit)) ?? Data()
            return String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    private let client: HTTPClient
    public let policy: RetryPolicy
    private let logger: Logger
    /// The `User-Agent` sent with every request.
    public static let userAgent = "tradecheck/0.2 (trade statistics fact-checker)"

    public init(policy: RetryPolicy = RetryPolicy(), logger: Logger = Logger(label: "tradecheck.fetch")) {
        var configuration = HTTPClient.Configuration()
        configuration.redirectConfiguration = .follow(max: 5, allowCycles: false)
        configuration.timeout = .init(connect: .seconds(15), read: Self.timeAmount(policy.timeout))
        self.client = HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
        self.policy = policy
        self.logger = logger
    }

    /// Closes the connections. Call once when done.
    public func shutdown() async throws {
        try await client.shutdown()
    }

    /// GETs `url`, retrying as the policy says, and returns the final response (which may be an
    /// HTTP error other than 429/5xx: those are the caller's to interpret).
    ///
    /// - Parameters:
    ///   - label: the query as shown in messages (never containing a key).
    ///   - deadline: the time allowed for the whole transfer (default: the policy's timeout);
    ///     the policy's timeout still bounds each wait for data.
    ///   - onBytes: called as the body arrives, with bytes so far and the expected total.
    public func get(
        _ url: String, headers: [(String, String)] = [], source: String, label: String, temporaryDirectory: String,
        deadline: Duration? = nil, onBytes: (@Sendable (Int, Int?) -> Void)? = nil
    ) async throws -> Response {
        var attempt = 0
        var lastError = ""
        var rateLimited = false
        while true {
            attempt += 1
            var retryAfter: Duration?
            do {
                let response = try await once(
                    url, headers: headers, temporaryDirectory: temporaryDirectory,
                    deadline: deadline ?? policy.timeout, onBytes: onBytes)
                if response.status == 429 || [500, 502, 503, 504].contains(response.status) {
                    rateLimited = response.status == 429
                    retryAfter = RetryPolicy.retryAfter(response.headers["retry-after"])
                    lastError = "HTTP \(response.status) \(response.text(limit: 200))"
                    if attempt >= policy.attempts {
                        if rateLimited {
                            try? FileManager.default.removeItem(atPath: response.bodyPath)
                            throw ConnectError.rateLimited(source: source, attempts: attempt)
                        }
                        return response
                    }
                    try? FileManager.default.removeItem(atPath: response.bodyPath)
                } else {
                    return response
                }
            } catch let error as ConnectError {
                throw error
            } catch is CancellationError {
                throw CancellationError()
            } catch {
                lastError = String(describing: error)
                if attempt >= policy.attempts {
                    throw ConnectError.network(source: source, query: label, reason: lastError)
                }
            }
            let wait = policy.wait(beforeRetry: attempt, retryAfter: retryAfter)
            logger.info(
                "retrying",
                metadata: [
                    "source": "\(source)", "query": "\(label)", "attempt": "\(attempt)", "wait": "\(wait)",
                    "reason": "\(lastError)",
                ])
            try await Task.sleep(for: wait)
        }
    }

    private func once(
        _ url: String, headers: [(String, String)], temporaryDirectory: String, deadline: Duration,
        onBytes: (@Sendable (Int, Int?) -> Void)?
    ) async throws -> Response {
        var request = HTTPClientRequest(url: url)
        request.method = .GET
        request.headers.add(name: "User-Agent", value: Self.userAgent)
        for (name, value) in headers { request.headers.add(name: name, value: value) }
        let response = try await client.execute(request, timeout: Self.timeAmount(deadline))
        var headerValues: [String: String] = [:]
        for header in response.headers { headerValues[header.name.lowercased()] = header.value }
        let expected = headerValues["content-length"].flatMap { Int($0) }
        try FileManager.default.createDirectory(atPath: temporaryDirectory, withIntermediateDirectories: true)
        let path = (temporaryDirectory as NSString).appendingPathComponent(".download-\(UUID().uuidString)")
        guard FileManager.default.createFile(atPath: path, contents: nil),
            let handle = FileHandle(forWritingAtPath: path)
        else {
            throw ConnectError.network(source: url, query: url, reason: "cannot write to \(temporaryDirectory)")
        }
        var bytes = 0
        do {
            defer { try? handle.close() }
            for try await buffer in response.body {
                try handle.write(contentsOf: Data(buffer.readableBytesView))
                bytes += buffer.readableBytes
                onBytes?(bytes, expected)
            }
        } catch {
            try? FileManager.default.removeItem(atPath: path)
            throw error
        }
        if let expected, expected != bytes {
            try? FileManager.default.removeItem(atPath: path)
            throw TruncatedBody(expected: expected, received: bytes)
        }
        return Response(status: Int(response.status.code), headers: headerValues, bodyPath: path, bytes: bytes)
    }

    private struct TruncatedBody: Error, CustomStringConvertible {
        var expected: Int
        var received: Int
        var description: String { "the body broke off after \(received) of \(expected) bytes" }
    }

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}

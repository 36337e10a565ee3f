import Foundation

/// How often and how patiently a request is retried.
public struct RetryPolicy: Sendable, Hashable {
    /// Attempts in all, the first included.
    public var attempts: Int
    /// The wait before the first retry; doubled for each further one.
    public var initialBackoff: Duration
    /// The longest wait between attempts, also for a server's `Retry-After`.
    public var maximumWait: Duration
    /// The time allowed for one request, from connecting to the last byte.
    public var timeout: Duration

    public init(
        attempts: Int = 4, initialBackoff: Duration = .seconds(1), maximumWait: Duration = .seconds(120),
        timeout: Duration = .seconds(120)
    ) {
        self.attempts = max(1, attempts)
        self.initialBackoff = initialBackoff
        self.maximumWait = maximumWait
        self.timeout = timeout
    }

    /// The wait before retry number `retry` (1 for the first retry): the server's `Retry-After`
    /// when it sent one, else exponential backoff; never longer than ``maximumWait``.
    public func wait(beforeRetry retry: Int, retryAfter: Duration?) -> Duration {
        let backoff = initialBackoff * (1 << min(max(retry - 1, 0), 16))
        return min(retryAfter ?? backoff, maximumWait)
    }

    /// Parses a `Retry-After` header: a number of seconds or an HTTP date.
    public static func retryAfter(_ header: String?, now: Date = Date()) -> Duration? {
        guard let text = header?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        if let seconds = Int(text) { return .seconds(max(0, seconds)) }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        guard let date = formatter.date(from: text) else { return nil }
        return .milliseconds(max(0, Int(date.timeIntervalSince(now) * 1000)))
    }
}

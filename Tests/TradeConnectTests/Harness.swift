import Foundation
import TradeConnect
import TradeModel
import TradeStore

/// An in-memory store, a fresh cache folder and an HTTP client with short waits, for one test.
struct Harness {
    let database: TradeDatabase
    let cache: ResponseCache
    let http: HTTPFetcher

    var fetcher: SourceFetcher { SourceFetcher(database: database, cache: cache, http: http) }

    /// Retries quickly so tests stay fast; `Retry-After` is still honoured up to 5 s.
    static let fastPolicy = RetryPolicy(
        attempts: 3, initialBackoff: .milliseconds(10), maximumWait: .seconds(5), timeout: .seconds(10))

    /// Files in the cache folder of a source (without the `.empty` markers' suffix stripped).
    func cachedFiles(_ source: String) -> [String] {
        let folder = (cache.directory as NSString).appendingPathComponent(source)
        return ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { !$0.hasPrefix(".") }
            .sorted()
    }

    /// The import log: (file name, format, dataset, rows).
    func importLog() throws -> [ImportRecord] {
        try database.coverage().imports
    }
}

/// Runs `body` with a fresh harness and shuts its HTTP client down afterwards.
func withHarness<T>(
    policy: RetryPolicy = Harness.fastPolicy, database: TradeDatabase? = nil, _ body: (Harness) async throws -> T
) async throws -> T {
    let directory = (NSTemporaryDirectory() as NSString).appendingPathComponent("tradecheck-test-\(UUID().uuidString)")
    let harness = Harness(
        database: try database ?? TradeDatabase.inMemory(), cache: ResponseCache(directory: directory),
        http: HTTPFetcher(policy: policy))
    defer { try? FileManager.default.removeItem(atPath: directory) }
    do {
        let result = try await body(harness)
        try await harness.http.shutdown()
        return result
    } catch {
        try? await harness.http.shutdown()
        throw error
    }
}

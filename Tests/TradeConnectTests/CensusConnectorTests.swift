import Foundation
import Testing
import TradeConnect
import TradeModel
import TradeStore

/// The Census connector against a loopback server answering like `api.census.gov`.
@Suite struct CensusConnectorTests {
    /// Answers exports and imports of Russia (CTY_CODE 4621) in 2021, and 204 for anything else.
    static let census: @Sendable (ReplayServer.Seen, Int) async -> ReplayServer.Reply = { seen, _ in
        guard seen.query["key"] == "good-key" else {
            return .fixture("census_invalid_key.html", contentType: "text/html")
        }
        guard seen.query["CTY_CODE"] == "4621", seen.query["time"] == "from+2021-01+to+2021-12" else {
            return ReplayServer.Reply(status: 204, body: [])
        }
        if seen.query["COMM_LVL"] == "HS4" {
            return seen.path.hasSuffix("/exports/hs")
                ? .fixture("census_exports_4621_2021_hs4.json") : ReplayServer.Reply(status: 204, body: [])
        }
        return .fixture(
            seen.path.hasSuffix("/exports/hs") ? "census_exports_4621_2021.json" : "census_imports_4621_2021.json")
    }

    func connector(_ server: ReplayServer, key: String? = "good-key") -> CensusConnector {
        CensusConnector(baseURL: server.baseURL + "/data/timeseries/intltrade", key: key)
    }

    @Test func fetchesMonthlyTotalsOfBothFlowsAndRecordsEachQuery() async throws {
        try await withReplayServer(Self.census) { server in
            try await withHarness { harness in
                let queries = try connector(server).queries(
                    partner: "RUS", from: .month(2021, 1), to: .month(2021, 12), level: .total)
                let report = try await harness.fetcher.run(queries)
                #expect(report.fetched == 2)
                #expect(report.rows == 24)
                let summary = try harness.database.trade(reporter: "USA", partner: "RUS", period: .year(2021))
                #expect(summary.exports.value == 6_388_172_965)
                #expect(summary.imports.value == 29_638_331_711)
                #expect(summary.exports.isComplete)
                let seen = await server.requests
                #expect(
                    seen.map(\.path).sorted() == [
                        "/data/timeseries/intltrade/exports/hs", "/data/timeseries/intltrade/imports/hs",
                    ])
                #expect(seen.allSatisfy { $0.query["get"]?.hasPrefix("CTY_CODE,CTY_NAME,") == true })
                #expect(seen.contains { $0.query["get"]?.contains("ALL_VAL_MO") == true })
                #expect(seen.contains { $0.query["get"]?.contains("GEN_VAL_MO") == true })
                let log = try harness.importLog()
                #expect(log.count == 2)
                #expect(
                    log.allSatisfy { $0.format == "census-api" && $0.rows == 12 && $0.dataset.hasPrefix("census-api ") }
                )
                #expect(log.contains { $0.fileName.hasPrefix("exports_total_cty4621_2021-01_2021-12") })
                // The key is never written to the cache or the log.
                #expect(!harness.cachedFiles("census").joined().contains("good-key"))
                #expect(!log.map(\.fileName).joined().contains("good-key"))
            }
        }
    }

    @Test func progressIsReportedForEveryQuery() async throws {
        let seen = ProgressLog()
        try await withReplayServer(Self.census) { server in
            try await withHarness { harness in
                let queries = try connector(server).queries(
                    partner: "RUS", from: .month(2021, 1), to: .month(2021, 12), level: .total)
                _ = try await harness.fetcher.run(queries) { progress in seen.add(progress) }
            }
        }
        let events = seen.events
        #expect(events.first?.done == 0)
        #expect(events.last?.done == 2)
        #expect(events.allSatisfy { $0.total == 2 })
        #expect(events.contains { $0.label.hasPrefix("imports TOTAL partner 4621") })
        #expect(events.contains { $0.bytes > 0 })
    }

    @Test func aSecondRunReadsTheCacheAndFetchesNothing() async throws {
        try await withReplayServer(Self.census) { server in
            try await withHarness { harness in
                let queries = try connector(server).queries(
                    partner: "RUS", from: .month(2021, 1), to: .month(2021, 12), level: .total)
                _ = try await harness.fetcher.run(queries)
                let again = try await harness.fetcher.run(queries)
                let log = try harness.cache.runLog()
                #expect(log.map(\.outcome) == [.fetched, .fetched, .cached, .cached])
                #expect(log.map(\.rows) == [12, 12, 0, 0])
                #expect(log.allSatisfy { $0.source == "census" && $0.dataset?.hasPrefix("census-api@") == true })
                #expect(log[0].url.contains("/exports/hs?get=") && !log[0].url.contains("good-key"))
                #expect(again.fetched == 0)
                #expect(again.cached == 2)
                #expect(again.rows == 0)
                #expect(again.imports.allSatisfy { $0.alreadyImported })
                #expect(await server.requests.count == 2)
            }
        }
    }

    @Test func splitsLongRangesByYearAndAsksForTheLevel() throws {
        let census = CensusConnector(baseURL: "http://127.0.0.1:9/x", key: "k")
        let queries = try census.queries(partner: "Russland", from: .month(2013, 1), to: .month(2025, 6), level: .hs4)
        #expect(queries.count == 26)  // 13 years × 2 flows
        let last = try #require(queries.last)
        #expect(last.url.contains("time=from+2025-01+to+2025-06"))
        #expect(last.url.contains("COMM_LVL=HS4"))
        #expect(last.url.contains("I_COMMODITY"))
        #expect(last.url.contains("CTY_CODE=4621"))
        #expect(!last.url.contains("key="))
    }

    @Test func hs4RowsAreStoredAtLevelFour() async throws {
        try await withReplayServer(Self.census) { server in
            try await withHarness { harness in
                let queries = try connector(server).queries(
                    partner: "RUS", from: .month(2021, 1), to: .month(2021, 12), level: .hs4, flows: [.exports])
                let report = try await harness.fetcher.run(queries)
                #expect(report.rows == 6)
                let ranking = try harness.database.topProducts(
                    reporter: "USA", partner: "RUS", flow: .exports, period: .year(2021), level: 4)
                #expect(ranking.items.first?.code == "8411")
                #expect(ranking.items.first?.value.value == 119_234_678)
            }
        }
    }

    @Test func missingKeyFailsBeforeAnyRequest() throws {
        #expect(throws: ConnectError.self) {
            try CensusConnector(key: nil).queries(
                partner: "RUS", from: .month(2021, 1), to: .month(2021, 2), level: .total)
        }
        #expect {
            try CensusConnector(key: "").queries(
                partner: "RUS", from: .month(2021, 1), to: .month(2021, 2), level: .total)
        } throws: { error in
            (error as? ConnectError)?.errorDescription?.contains("TRADECHECK_CENSUS_KEY") == true
        }
    }

    @Test func anInvalidKeyPageAfterARedirectIsABadKeyError() async throws {
        // The API redirects a bad key to an HTML page that is served with status 200.
        let handler: @Sendable (ReplayServer.Seen, Int) async -> ReplayServer.Reply = { seen, _ in
            if seen.path == "/data/invalid_key.html" {
                return .fixture("census_invalid_key.html", contentType: "text/html")
            }
            return ReplayServer.Reply(status: 302, headers: [("Location", "/data/invalid_key.html")], body: [])
        }
        try await withReplayServer(handler) { server in
            try await withHarness { harness in
                let queries = try connector(server, key: "wrong").queries(
                    partner: "RUS", from: .month(2021, 1), to: .month(2021, 12), level: .total)
                await #expect {
                    try await harness.fetcher.run(queries)
                } throws: { error in
                    guard case .badKey(_, let variable, _, let message) = error as? ConnectError else { return false }
                    return variable == "TRADECHECK_CENSUS_KEY" && message == "invalid key"
                }
                let nothingStored = try harness.database.isEmpty()
                #expect(nothingStored)
                #expect(harness.cachedFiles("census").isEmpty)
            }
        }
    }

    @Test func noContentForEveryQueryIsAnEmptyResult() async throws {
        try await withReplayServer(Self.census) { server in
            try await withHarness { harness in
                let queries = try connector(server).queries(
                    partner: "RUS", from: .month(1999, 1), to: .month(1999, 12), level: .total)
                await #expect {
                    try await harness.fetcher.run(queries)
                } throws: { error in
                    guard case .emptyResult(let source, let labels) = error as? ConnectError else { return false }
                    return source == "census" && labels.count == 2
                }
                // Empty answers are remembered: a second run asks nothing.
                _ = try? await harness.fetcher.run(queries)
                #expect(await server.requests.count == 2)
                let outcomes = try harness.cache.runLog().map(\.outcome)
                #expect(outcomes == [.empty, .empty, .empty, .empty])
            }
        }
    }

    @Test func aTruncatedBodyIsNeitherCachedNorImportedAndARerunRecovers() async throws {
        let full = Fixtures.data("census_exports_4621_2021.json")
        let handler: @Sendable (ReplayServer.Seen, Int) async -> ReplayServer.Reply = { seen, earlier in
            earlier == 0
                ? ReplayServer.Reply(body: Array(full.prefix(full.count / 2)))
                : ReplayServer.Reply(body: Array(full))
        }
        try await withReplayServer(handler) { server in
            try await withHarness { harness in
                let queries = try connector(server).queries(
                    partner: "RUS", from: .month(2021, 1), to: .month(2021, 12), level: .total, flows: [.exports])
                await #expect {
                    try await harness.fetcher.run(queries)
                } throws: { error in
                    guard case .changedFormat(_, _, let reason) = error as? ConnectError else { return false }
                    return reason.contains("cut short")
                }
                let nothingStored = try harness.database.isEmpty()
                #expect(nothingStored)
                #expect(harness.cachedFiles("census").isEmpty)
                let report = try await harness.fetcher.run(queries)
                #expect(report.rows == 12)
            }
        }
    }

    @Test func aBodyShorterThanItsContentLengthIsRetriedThenReported() async throws {
        let full = Fixtures.data("census_exports_4621_2021.json")
        let handler: @Sendable (ReplayServer.Seen, Int) async -> ReplayServer.Reply = { _, _ in
            ReplayServer.Reply(headers: [("Content-Length", String(full.count))], body: Array(full.prefix(100)))
        }
        let policy = RetryPolicy(attempts: 2, initialBackoff: .milliseconds(10), timeout: .seconds(1))
        try await withReplayServer(handler) { server in
            try await withHarness(policy: policy) { harness in
                let queries = try connector(server).queries(
                    partner: "RUS", from: .month(2021, 1), to: .month(2021, 12), level: .total, flows: [.exports])
                await #expect {
                    try await harness.fetcher.run(queries)
                } throws: { error in
                    if case .network = error as? ConnectError { return true }
                    return false
                }
                #expect(await server.requests.count == 2)
                #expect(harness.cachedFiles("census").isEmpty)
                let nothingStored = try harness.database.isEmpty()
                #expect(nothingStored)
            }
        }
    }

    @Test func retriesAfter429HonouringRetryAfter() async throws {
        let handler: @Sendable (ReplayServer.Seen, Int) async -> ReplayServer.Reply = { seen, earlier in
            if earlier == 0 {
                return ReplayServer.Reply(status: 429, headers: [("Retry-After", "1")], text: "Too Many Requests")
            }
            return await Self.census(seen, earlier)
        }
        try await withReplayServer(handler) { server in
            try await withHarness { harness in
                let queries = try connector(server).queries(
                    partner: "RUS", from: .month(2021, 1), to: .month(2021, 12), level: .total, flows: [.exports])
                let clock = ContinuousClock()
                let start = clock.now
                let report = try await harness.fetcher.run(queries)
                #expect(clock.now - start >= .seconds(1))
                #expect(report.rows == 12)
                #expect(await server.requests.count == 2)
            }
        }
    }

    @Test func serverErrorsAreRetriedWithBackoffThenReported() async throws {
        let handler: @Sendable (ReplayServer.Seen, Int) async -> ReplayServer.Reply = { _, _ in
            ReplayServer.Reply(status: 503, text: "Service Unavailable")
        }
        try await withReplayServer(handler) { server in
            try await withHarness { harness in
                let queries = try connector(server).queries(
                    partner: "RUS", from: .month(2021, 1), to: .month(2021, 12), level: .total, flows: [.exports])
                await #expect {
                    try await harness.fetcher.run(queries)
                } throws: { error in
                    guard case .httpStatus(_, let status, _, _) = error as? ConnectError else { return false }
                    return status == 503
                }
                #expect(await server.requests.count == Harness.fastPolicy.attempts)
            }
        }
    }
}

/// Progress reports collected from the fetcher's callback.
final class ProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var collected: [SourceFetcher.Progress] = []

    func add(_ progress: SourceFetcher.Progress) {
        lock.lock()
        defer { lock.unlock() }
        collected.append(progress)
    }

    var events: [SourceFetcher.Progress] {
        lock.lock()
        defer { lock.unlock() }
        return collected
    }
}

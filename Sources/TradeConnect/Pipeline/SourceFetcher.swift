import Foundation
import Logging
import TradeImport
import TradeModel
import TradeStore

/// Runs queries through one pipeline: cache or HTTP → judge the response → cache it → import
/// it (one transaction per response) → record it in the import log.
///
/// A query found in the cache is not fetched again and a response already imported is not
/// imported again, so running the same command twice, or again after an interruption, only
/// fetches what is missing. A response that cannot be read is neither cached nor imported.
public struct SourceFetcher: Sendable {
    public let database: TradeDatabase
    public let cache: ResponseCache
    public let http: HTTPFetcher

    /// How far a run is.
    public struct Progress: Sendable {
        /// Queries finished, of ``total``.
        public var done: Int
        public var total: Int
        /// The query being worked on.
        public var label: String
        /// Bytes of the current download so far and expected (when the server says).
        public var bytes: Int
        public var expectedBytes: Int?
    }

    /// What a run did.
    public struct Report: Sendable {
        public var source: String
        public var queries: Int
        /// Queries fetched over the network in this run.
        public var fetched: Int
        /// Queries answered from the cache.
        public var cached: Int
        /// Queries that returned no data.
        public var empty: [String]
        /// One summary per imported response.
        public var imports: [TradeImporter.Summary]

        /// Rows written in this run.
        public var rows: Int { imports.reduce(0) { $0 + $1.rows } }
    }

    public init(database: TradeDatabase, cache: ResponseCache, http: HTTPFetcher) {
        self.database = database
        self.cache = cache
        self.http = http
    }

    /// Runs the queries in order. Throws ``ConnectError/emptyResult(source:queries:)`` when
    /// none of them returned data.
    public func run(_ queries: [FetchQuery], progress: (@Sendable (Progress) -> Void)? = nil) async throws -> Report {
        var report = Report(
            source: queries.first?.source ?? "", queries: queries.count, fetched: 0, cached: 0, empty: [], imports: [])
        for (index, query) in queries.enumerated() {
            progress?(Progress(done: index, total: queries.count, label: query.label, bytes: 0, expectedBytes: nil))
            let cachedBefore = report.cached
            let path: String
            let fetched: String
            switch cache.entry(source: query.source, name: query.cacheName) {
            case .empty:
                report.cached += 1
                report.empty.append(query.label)
                try log(query, .empty, dataset: nil, rows: 0)
                continue
            case .file(let cachedPath, let date):
                report.cached += 1
                (path, fetched) = (cachedPath, date)
            case .missing:
                let response = try await http.get(
                    query.requestURL, headers: query.headers, source: query.source, label: query.label,
                    temporaryDirectory: cache.folder(query.source), deadline: query.deadline
                ) { bytes, expected in
                    progress?(
                        Progress(
                            done: index, total: queries.count, label: query.label, bytes: bytes,
                            expectedBytes: expected))
                }
                report.fetched += 1
                let verdict: FetchQuery.Verdict
                do {
                    verdict = try query.interpret(response)
                } catch {
                    try? FileManager.default.removeItem(atPath: response.bodyPath)
                    throw error
                }
                if verdict == .empty {
                    try? FileManager.default.removeItem(atPath: response.bodyPath)
                    try cache.storeEmpty(source: query.source, name: query.cacheName)
                    report.empty.append(query.label)
                    try log(query, .empty, dataset: nil, rows: 0)
                    continue
                }
                path = try cache.store(response.bodyPath, source: query.source, name: query.cacheName)
                fetched = ResponseCache.day(Date())
            }
            var dataset = query.dataset
            if query.vintageIsFetchDate { dataset.source.vintage = fetched }
            let wasCached = report.cached > cachedBefore
            do {
                var rows = 0
                for file in try query.unpack?(path) ?? [path] {
                    let summary = try await TradeImporter(database: database).importInBackground(
                        at: file, format: query.format, dataset: dataset)
                    report.imports.append(summary)
                    rows += summary.rows
                }
                try log(
                    query, wasCached ? .cached : .fetched, dataset: "\(dataset.name)@\(dataset.source.vintage)",
                    rows: rows)
            } catch let error as ImportError {
                // Not what the format says: forget the response so a later run fetches it anew.
                cache.remove(source: query.source, name: query.cacheName)
                throw ConnectError.changedFormat(
                    source: query.source, query: query.label, reason: error.errorDescription ?? "\(error)")
            }
        }
        progress?(Progress(done: queries.count, total: queries.count, label: "", bytes: 0, expectedBytes: nil))
        if report.imports.isEmpty, !report.empty.isEmpty {
            throw ConnectError.emptyResult(source: report.source, queries: report.empty)
        }
        return report
    }

    /// Appends a line to the fetch log in the cache folder.
    private func log(_ query: FetchQuery, _ outcome: RunLogEntry.Outcome, dataset: String?, rows: Int) throws {
        try RunLog(path: cache.runLogPath).append(
            RunLogEntry(
                source: query.source, query: query.label, url: query.url, outcome: outcome, dataset: dataset,
                rows: rows, at: ISO8601DateFormatter().string(from: Date())))
    }
}

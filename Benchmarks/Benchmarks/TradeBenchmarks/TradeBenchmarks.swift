import Benchmark
import ClaimCheck
import Foundation
import GRDB
import TradeImport
import TradeModel
import TradeStore

// BACI import throughput and query latency on the imported store.
//
// The file is a BACI-shaped CSV (t,i,j,k,v,q) written once by scripts/gen-baci.py and cached
// in /tmp/tradecheck-bench, the same file scripts/bench.sh gives tradecheck and the sqlite3
// CLI. BENCH_ROWS picks its size (default 1,000,000).

let benchmarks: @Sendable () -> Void = {
    let rows = BenchFile.rows
    let million = rows % 1_000_000 == 0 ? "\(rows / 1_000_000)M" : "\(rows)"

    Benchmark(
        "BACI import \(million) rows",
        configuration: .init(
            metrics: [
                .wallClock, .cpuTotal, .throughput, .peakMemoryResident, .peakMemoryResidentDelta,
                .mallocCountTotal, BenchMetric.rowsPerSecond,
            ],
            timeUnits: .milliseconds,
            warmupIterations: 0,
            maxDuration: .seconds(120),
            maxIterations: rows > 2_000_000 ? 1 : 3
        )
    ) { benchmark in
        let path = try BenchFile.path()
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("tradecheck-bench-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: directory) }
        let database = try TradeDatabase.open(path: directory + "/trade.sqlite")
        let importer = TradeImporter(database: database)
        let clock = ContinuousClock()
        benchmark.startMeasurement()
        let start = clock.now
        let summary = try importer.importFile(at: path, format: .baci)
        let elapsed = clock.now - start
        benchmark.stopMeasurement()
        precondition(summary.rows >= rows, "imported \(summary.rows) rows, expected at least \(rows)")
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        benchmark.measurement(BenchMetric.rowsPerSecond, Int(Double(rows) / seconds))
    }

    let queryConfiguration = Benchmark.Configuration(
        metrics: [.wallClock, .cpuTotal, .throughput, .mallocCountTotal],
        timeUnits: .microseconds,
        warmupIterations: 10,
        maxDuration: .seconds(2),
        maxIterations: 2_000
    )

    // Each query twice: on a store whose query cache is off (the first time a question is
    // asked; every iteration reads SQLite), and on the normal store (asked again).
    for cached in [false, true] {
        let suffix = cached ? " (asked again)" : " (first ask)"
        func database(_ store: QueryStore.Loaded) -> TradeDatabase { cached ? store.database : store.uncached }

        Benchmark("peak query" + suffix, configuration: queryConfiguration) { benchmark in
            let store = try QueryStore.shared.get()
            let subject = TradeSubject(reporter: store.reporter, partner: store.partner, flow: .exports)
            blackHole(try database(store).peak(subject, frequency: .annual))
        } setup: {
            _ = try QueryStore.shared.get()
        }

        Benchmark("top partners query" + suffix, configuration: queryConfiguration) { benchmark in
            let store = try QueryStore.shared.get()
            blackHole(
                try database(store).topPartners(
                    reporter: store.reporter, flow: .exports, period: .year(store.year), limit: 10))
        } setup: {
            _ = try QueryStore.shared.get()
        }

        Benchmark("top products query (HS6)" + suffix, configuration: queryConfiguration) { benchmark in
            let store = try QueryStore.shared.get()
            blackHole(
                try database(store).topProducts(
                    reporter: store.reporter, partner: store.partner, flow: .exports, period: .year(store.year),
                    level: 6, limit: 10))
        } setup: {
            _ = try QueryStore.shared.get()
        }
    }

    Benchmark(
        "check 5,000-character article",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .mallocCountTotal], timeUnits: .milliseconds, warmupIterations: 3,
            maxDuration: .seconds(5), maxIterations: 200)
    ) { benchmark in
        let (checker, article) = try CheckFixture.shared.get()
        blackHole(checker.check(article, language: .en, date: PublicationDate(year: 2024, month: 3, day: 20)))
    } setup: {
        _ = try CheckFixture.shared.get()
    }

    // The same article through the claim finder alone: what reading the text costs apart from the store.
    Benchmark(
        "check.find claims in 5,000-character article",
        configuration: .init(
            metrics: [.wallClock, .cpuTotal, .mallocCountTotal], timeUnits: .milliseconds, warmupIterations: 3,
            maxDuration: .seconds(5), maxIterations: 200)
    ) { benchmark in
        let (_, article) = try CheckFixture.shared.get()
        blackHole(
            CheckFixture.finder.claims(in: article, language: .en, date: PublicationDate(year: 2024, month: 3, day: 20))
        )
    } setup: {
        _ = try CheckFixture.shared.get()
    }

}

/// The bundled data in memory and a 5,000-character article made of articles of the realistic corpus
/// (many figures per sentence, relative periods, rankings and records).
final class CheckFixture: @unchecked Sendable {
    static let shared = CheckFixture()
    /// One finder for all runs, as a checker keeps one (its word cache warm).
    static let finder = ClaimFinder()

    private let lock = NSLock()
    private var loaded: (ClaimChecker, String)?

    func get() throws -> (ClaimChecker, String) {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let database = try TradeDatabase.inMemory()
        try BundledData.install(into: database)
        let corpus = BenchFile.root.appendingPathComponent("Tests/ClaimCheckTests/Fixtures/realistic")
        var article = ""
        for name in [
            "en_d_thinktank_mexico_nearshoring.txt", "en_c_wire_mexico_first_half_2024.txt",
            "en_d_thinktank_china_decoupling_2022.txt",
        ] {
            article += try String(contentsOf: corpus.appendingPathComponent(name), encoding: .utf8) + "\n\n"
            if article.count >= 5_000 { break }
        }
        let result = (ClaimChecker(database: database), String(article.prefix(5_000)))
        loaded = result
        return result
    }
}

enum BenchMetric {
    /// Rows of the file imported per second (the file's rows, not counting derived totals).
    static let rowsPerSecond = BenchmarkMetric.custom("rows/s", polarity: .prefersLarger, useScalingFactor: false)
}

/// The generated BACI file, made on first use.
enum BenchFile {
    static var rows: Int {
        ProcessInfo.processInfo.environment["BENCH_ROWS"].flatMap { Int($0) } ?? 1_000_000
    }

    static var directory: String {
        ProcessInfo.processInfo.environment["BENCH_DIR"] ?? "/tmp/tradecheck-bench"
    }

    /// The repository root: this file is Benchmarks/Benchmarks/TradeBenchmarks/TradeBenchmarks.swift.
    static var root: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
    }

    /// The path of the cached file, generating it with scripts/gen-baci.py when missing.
    static func path() throws -> String {
        let path = "\(directory)/BACI_HS17_V202501_bench_\(rows).csv"
        if FileManager.default.fileExists(atPath: path) { return path }
        let generator = Process()
        generator.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        generator.arguments = ["python3", root.appendingPathComponent("scripts/gen-baci.py").path, path, String(rows)]
        try generator.run()
        generator.waitUntilExit()
        guard generator.terminationStatus == 0, FileManager.default.fileExists(atPath: path) else {
            throw BenchError("scripts/gen-baci.py failed (status \(generator.terminationStatus))")
        }
        return path
    }
}

struct BenchError: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// A store holding the imported file, shared by the query benchmarks and reused across runs
/// (kept next to the file as `store-ROWS.sqlite`).
final class QueryStore: @unchecked Sendable {
    static let shared = QueryStore()

    struct Loaded: Sendable {
        var database: TradeDatabase
        /// The same file opened with the query cache off.
        var uncached: TradeDatabase
        /// The exporter and importer (catalog codes) with the most HS6 rows in `year`.
        var reporter: String
        var partner: String
        var year: Int
    }

    private let lock = NSLock()
    private var loaded: Loaded?

    func get() throws -> Loaded {
        lock.lock()
        defer { lock.unlock() }
        if let loaded { return loaded }
        let file = try BenchFile.path()
        let path = "\(BenchFile.directory)/store-\(BenchFile.rows).sqlite"
        let database = try TradeDatabase.open(path: path)
        let imported = try database.writer.read { db in
            try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM import_log") ?? 0
        }
        if imported == 0 {  // an import is one transaction: an interrupted run left nothing behind
            _ = try TradeImporter(database: database).importFile(at: file, format: .baci)
        }
        let year = 2022
        let pair = try database.writer.read { db in
            try Row.fetchOne(
                db,
                sql: """
                    SELECT reporter, partner FROM trade WHERE level = 6 AND year = ? AND flow = 1
                    GROUP BY reporter, partner ORDER BY COUNT(*) DESC, reporter, partner LIMIT 1
                    """,
                arguments: [year])
        }
        guard let pair else { throw BenchError("the store at \(path) holds no HS6 rows for \(year)") }
        let result = Loaded(
            database: database, uncached: try TradeDatabase.open(path: path, queryCacheCapacity: 0),
            reporter: pair["reporter"], partner: pair["partner"], year: year)
        loaded = result
        return result
    }
}

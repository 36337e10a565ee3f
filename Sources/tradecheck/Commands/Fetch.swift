import ArgumentParser
import Foundation
import TradeConnect
import TradeImport
import TradeModel
import TradeStore

extension CensusConnector.Level: ExpressibleByArgument {
    public init?(argument: String) { self.init(rawValue: argument.uppercased()) }
}

extension TradeCheck {
    struct Fetch: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Fetch official statistics from the Census API, UN Comtrade, CEPII BACI or Eurostat Comext.",
            discussion: """
                Each response is cached on disk (--cache, $TRADECHECK_CACHE) and imported in one \
                transaction; a query already fetched is not fetched again, so an interrupted run resumes \
                when repeated. Every response is recorded in the import log (`tradecheck coverage`).
                """,
            subcommands: [Census.self, Comtrade.self, BACI.self, Comext.self])
    }
}

/// Options every fetch shares: the cache, retries and the time allowed per request.
/// `--from` and `--to` as months (YYYY-MM), for the monthly sources.
struct MonthRangeOptions: ParsableArguments {
    @Option(help: "First month, YYYY-MM.")
    var from: String
    @Option(help: "Last month, YYYY-MM.")
    var to: String

    func validate() throws {
        for (name, value) in [("--from", from), ("--to", to)] where Period(parsing: value)?.isMonth != true {
            throw ValidationError("\(name) must be a month such as 2013-01 (got \(value)).")
        }
    }

    var first: Period { Period(parsing: from)! }
    var last: Period { Period(parsing: to)! }
}

struct FetchOptions: ParsableArguments {
    @Option(
        help: ArgumentHelp(
            "Folder for raw responses (default: $TRADECHECK_CACHE or ~/.cache/tradecheck).", valueName: "path"))
    var cache: String?
    @Option(help: "Attempts per request (network errors, HTTP 429 and 5xx are retried with backoff).")
    var attempts: Int = 4
    @Option(help: "Seconds allowed per request.")
    var timeout: Int = 120

    func validate() throws {
        if attempts < 1 { throw ValidationError("--attempts must be at least 1.") }
        if timeout < 1 { throw ValidationError("--timeout must be at least 1 second.") }
    }

    /// `--base-url`, else the environment variable, else the public host.
    static func baseURL(_ option: String?, variable: String, default fallback: String) -> String {
        if let option, !option.isEmpty { return option }
        if let value = ProcessInfo.processInfo.environment[variable], !value.isEmpty { return value }
        return fallback
    }

    static func environment(_ name: String) -> String? {
        ProcessInfo.processInfo.environment[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// Runs the queries into the store and prints what happened.
    func run(_ queries: [FetchQuery], store: StoreOptions) async throws {
        let database = try store.open()
        let http = HTTPFetcher(
            policy: RetryPolicy(attempts: attempts, timeout: .seconds(timeout)))
        let fetcher = SourceFetcher(
            database: database, cache: ResponseCache(directory: cache ?? ResponseCache.defaultDirectory()), http: http)
        let bar = ProgressBar()
        let report: SourceFetcher.Report
        do {
            report = try await fetcher.run(queries) { bar.show($0) }
            bar.clear()
            try await http.shutdown()
        } catch {
            bar.clear()
            try? await http.shutdown()
            throw error
        }
        let written = report.imports.filter { !$0.alreadyImported }
        var line =
            "\(report.source): \(report.queries) quer\(report.queries == 1 ? "y" : "ies") (\(report.fetched) fetched, \(report.cached) from the cache"
        if !report.empty.isEmpty { line += ", \(report.empty.count) without data" }
        line += "); \(report.rows.formatted()) rows imported"
        if let dataset = written.first?.dataset ?? report.imports.first?.dataset { line += " into \(dataset)" }
        print(line + ".")
        for summary in report.imports {
            for note in summary.notes { print("note: \(summary.file): \(note)") }
        }
    }
}

/// A progress bar on standard error, drawn only when it is a terminal.
final class ProgressBar: @unchecked Sendable {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var drawn = false

    func show(_ progress: SourceFetcher.Progress) {
        guard isTerminal else { return }
        lock.lock()
        defer { lock.unlock() }
        let width = 24
        let filled = progress.total == 0 ? width : progress.done * width / progress.total
        var text =
            "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
            + "\(progress.done)/\(progress.total) \(progress.label)"
        if progress.bytes > 0 {
            text += " " + ByteCountFormatter.string(fromByteCount: Int64(progress.bytes), countStyle: .file)
            if let expected = progress.expectedBytes, expected > 0 {
                text += " of " + ByteCountFormatter.string(fromByteCount: Int64(expected), countStyle: .file)
            }
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + String(text.prefix(120))).utf8))
        drawn = true
    }

    func clear() {
        lock.lock()
        defer { lock.unlock() }
        if isTerminal && drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
    }
}

extension TradeCheck.Fetch {
    struct Census: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "U.S. exports and imports by partner, monthly, from the Census international trade API.",
            discussion: """
                Key: $TRADECHECK_CENSUS_KEY (https://api.census.gov/data/key_signup.html). \
                Host: --base-url or $TRADECHECK_CENSUS_URL (default \(CensusConnector.defaultBaseURL)). \
                One query per flow and calendar year.
                Example: tradecheck fetch census --partner RUS --from 2013-01 --to 2025-06 --level HS4
                """)

        @Option(help: "The partner (ISO code or name); all partners when left out.")
        var partner: String?
        @OptionGroup var months: MonthRangeOptions
        @Option(help: "TOTAL, HS2, HS4 or HS6.")
        var level: CensusConnector.Level = .total
        @Option(help: "exports, imports or both.")
        var flow: String = "both"
        @Option(name: .customLong("base-url"), help: "Another host for the API (a mirror or proxy).")
        var baseURL: String?
        @OptionGroup var options: FetchOptions
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if !["exports", "imports", "both"].contains(flow) {
                throw ValidationError("--flow must be exports, imports or both (got \(flow)).")
            }
        }

        func run() async throws {
            let connector = CensusConnector(
                baseURL: FetchOptions.baseURL(
                    baseURL, variable: CensusConnector.baseURLVariable, default: CensusConnector.defaultBaseURL),
                key: FetchOptions.environment(CensusConnector.keyVariable))
            let flows: [Flow] = flow == "both" ? [.exports, .imports] : flow == "exports" ? [.exports] : [.imports]
            let queries = try connector.queries(
                partner: partner, from: months.first, to: months.last, level: level, flows: flows)
            try await options.run(queries, store: store)
        }
    }

    struct Comtrade: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A reporter's trade with a partner as the reporter states it, from UN Comtrade (API v1).",
            discussion: """
                With $TRADECHECK_COMTRADE_KEY the keyed endpoint data/v1/get is used (twelve periods per \
                call); without, the public preview (500 records per call; one period, one flow and at most 100 codes per call). \
                Host: --base-url or $TRADECHECK_COMTRADE_URL (default \(ComtradeConnector.defaultBaseURL)). \
                --mirror also fetches the partner's side.
                Example: tradecheck fetch comtrade --reporter USA --partner RUS --from 2013 --to 2024 --mirror
                """)

        @Option(help: "The reporting country (ISO code or name; sent as Comtrade's code, USA = 842).")
        var reporter: String
        @Option(help: "The partner; the World (0) when left out.")
        var partner: String?
        @Option(help: "First year.")
        var from: Int
        @Option(help: "Last year.")
        var to: Int
        @Flag(help: "Monthly periods instead of annual ones.")
        var monthly = false
        @Option(help: "Commodity codes, comma-separated: TOTAL, HS codes, or AG2/AG4/AG6 for every code of a level.")
        var cmd: String = "TOTAL"
        @Flag(help: "Also fetch the partner's statements about the reporter.")
        var mirror = false
        @Option(name: .customLong("base-url"), help: "Another host for the API (a mirror or proxy).")
        var baseURL: String?
        @OptionGroup var options: FetchOptions
        @OptionGroup var store: StoreOptions

        func validate() throws {
            guard (1962...2100).contains(from), from <= to, to <= 2100 else {
                throw ValidationError("--from and --to must be years, the first not after the last.")
            }
            if mirror && partner == nil { throw ValidationError("--mirror needs --partner.") }
        }

        func run() async throws {
            let connector = ComtradeConnector(
                baseURL: FetchOptions.baseURL(
                    baseURL, variable: ComtradeConnector.baseURLVariable, default: ComtradeConnector.defaultBaseURL),
                key: FetchOptions.environment(ComtradeConnector.keyVariable))
            let commodities = cmd.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }
            var queries = try connector.queries(
                reporter: reporter, partner: partner, years: from...to, frequency: monthly ? .monthly : .annual,
                commodities: commodities)
            if mirror, let partner {
                queries += try connector.queries(
                    reporter: partner, partner: reporter, years: from...to, frequency: monthly ? .monthly : .annual,
                    commodities: commodities)
            }
            try await options.run(queries, store: store)
        }
    }

    struct BACI: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "baci",
            abstract: "Download a CEPII BACI release (zip, unpacked with /usr/bin/unzip) or a BACI CSV and import it.",
            discussion: """
                The file is streamed to the cache, then streamed through the BACI importer (values in \
                thousands of USD, stored as USD). Host: --base-url or $TRADECHECK_BACI_URL \
                (default \(BACIConnector.defaultBaseURL)).
                Examples: tradecheck fetch baci --release V202501 --nomenclature HS92
                          tradecheck fetch baci --url https://mirror.example/BACI_HS92_Y2021_V202501.csv
                """)

        @Option(help: "The release, e.g. V202501 (downloads BASE/BACI_<nomenclature>_<release>.zip).")
        var release: String?
        @Option(help: "HS92, HS96, HS02, HS07, HS12, HS17 or HS22.")
        var nomenclature: String = "HS92"
        @Option(help: "A full URL of a .zip release or a .csv file, instead of --release.")
        var url: String?
        @Option(name: .customLong("base-url"), help: "Another host for the releases (a mirror).")
        var baseURL: String?
        @OptionGroup var options: FetchOptions
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if (release == nil) == (url == nil) { throw ValidationError("Give either --release or --url.") }
        }

        func run() async throws {
            let connector = BACIConnector(
                baseURL: FetchOptions.baseURL(
                    baseURL, variable: BACIConnector.baseURLVariable, default: BACIConnector.defaultBaseURL))
            let query =
                try url.map { try connector.query(url: $0) }
                ?? connector.query(release: release ?? "", nomenclature: nomenclature)
            try await options.run([query], store: store)
        }
    }

    struct Comext: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "An EU member's monthly trade with a partner from Eurostat Comext (DS-045409), in EUR.",
            discussion: """
                Values are stored in euros as their own release and are never added to dollar figures; \
                read them with --vintage comext. Host: --base-url or $TRADECHECK_COMEXT_URL \
                (default \(ComextConnector.defaultBaseURL)).
                Example: tradecheck fetch comext --reporter DE --partner RU --from 2021-01 --to 2024-12
                """)

        @Option(help: "The EU reporter (ISO code or name; EU for the Union).")
        var reporter: String
        @Option(help: "The partner (ISO code or name).")
        var partner: String
        @OptionGroup var months: MonthRangeOptions
        @Option(help: "TOTAL or an HS code (2, 4 or 6 digits).")
        var product: Product = .total
        @Option(name: .customLong("base-url"), help: "Another host for the API (a mirror or proxy).")
        var baseURL: String?
        @OptionGroup var options: FetchOptions
        @OptionGroup var store: StoreOptions

        func run() async throws {
            let connector = ComextConnector(
                baseURL: FetchOptions.baseURL(
                    baseURL, variable: ComextConnector.baseURLVariable, default: ComextConnector.defaultBaseURL))
            let queries = try connector.queries(
                reporter: reporter, partner: partner, from: months.first, to: months.last,
                product: product)
            try await options.run(queries, store: store)
        }
    }
}

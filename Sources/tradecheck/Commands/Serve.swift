import ArgumentParser
import Foundation
import Logging
import TradeStore
import TradeWeb

extension TradeCheck {
    struct Serve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Run the web app and the JSON API.",
            discussion: """
                Pages: / (pair search and article checker), /pair/USA/RUS, /check. \
                API: /api/trade, /api/series, /api/peak, /api/change, /api/share, /api/top/partners, \
                /api/top/products, POST /api/check; described at /openapi.json.
                The server opens the database read-only and binds to 127.0.0.1 unless --host says otherwise.
                Example: tradecheck serve --port 8080
                """)

        @Option(help: "The address to listen on; 0.0.0.0 to listen on every interface.")
        var host = "127.0.0.1"
        @Option(help: "The port to listen on.")
        var port = 8080
        @Option(help: "The largest article accepted, in KiB.")
        var maxArticleKib = 256
        @Option(help: "The year articles are read against (\"last year\"); default: the current year.")
        var year: Int?
        @Option(help: "How many encoded API answers to keep until the next import; 0 turns the cache off.")
        var responseCache = 4096
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if !(0...65535).contains(port) { throw ValidationError("--port must be 0–65535 (got \(port)).") }
            if responseCache < 0 { throw ValidationError("--response-cache must be 0 or more.") }
            if maxArticleKib < 1 { throw ValidationError("--max-article-kib must be at least 1.") }
        }

        func run() async throws {
            _ = try store.open()  // builds the store on first use
            let database = try TradeDatabase.open(path: store.resolvedPath, readOnly: true)
            var logger = Logger(label: "tradecheck.web")
            logger.logLevel = .info
            let app = buildApplication(
                database: database,
                configuration: .init(
                    host: host, port: port, maxBodyBytes: maxArticleKib * 1024, referenceYear: year,
                    responseCacheSize: responseCache),
                logger: logger)
            FileHandle.standardError.write(
                Data("tradecheck serving \(store.resolvedPath) at http://\(host):\(port)/\n".utf8))
            try await app.runService()
        }
    }
}

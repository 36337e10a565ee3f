import ArgumentParser
import Foundation
import TradeImport
import TradeStore

/// Where the database lives, shared by every command that reads or writes it.
struct StoreOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "The SQLite database file.",
            discussion:
                "Default: $TRADECHECK_DATABASE, else $XDG_DATA_HOME/tradecheck/trade.sqlite, else ~/.local/share/tradecheck/trade.sqlite.",
            valueName: "path"))
    var database: String?

    /// The database path after applying the flag, the environment and the XDG default.
    var resolvedPath: String {
        let environment = ProcessInfo.processInfo.environment
        if let database, !database.isEmpty { return database }
        if let path = environment["TRADECHECK_DATABASE"], !path.isEmpty { return path }
        let dataHome =
            environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".local/share")
        return (dataHome as NSString).appendingPathComponent("tradecheck/trade.sqlite")
    }

    /// Opens the database, building it from the bundled data on first use.
    func open() throws -> TradeDatabase {
        let database = try TradeDatabase.open(path: resolvedPath)
        if try database.isEmpty() {
            try Self.build(database, path: resolvedPath, reason: "first run")
        }
        return database
    }

    /// Imports the bundled data, with a progress line on standard error.
    static func build(_ database: TradeDatabase, path: String, reason: String) throws {
        let start = Date()
        let progress = ProgressLine()
        progress.update("Building the trade database from the bundled data (\(reason)) at \(path)")
        let summaries = try BundledData.install(into: database) { index, count, file in
            progress.update("Building the trade database (\(reason)): [\(index)/\(count)] \(file.name)")
        }
        let rows = summaries.reduce(0) { $0 + $1.rows }
        progress.finish(
            "Built the trade database: \(summaries.count) files, \(rows.formatted()) rows in "
                + String(format: "%.1f s", Date().timeIntervalSince(start)) + " (\(path))")
    }
}

/// One status line on standard error, rewritten in place on a terminal.
final class ProgressLine: @unchecked Sendable {
    private let isTerminal = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var lastLength = 0

    func update(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        if isTerminal {
            let pad = String(repeating: " ", count: max(0, lastLength - text.count))
            FileHandle.standardError.write(Data(("\r" + text + pad).utf8))
            lastLength = text.count
        } else {
            FileHandle.standardError.write(Data((text + "\n").utf8))
        }
    }

    func finish(_ text: String) {
        if isTerminal {
            update(text)
            FileHandle.standardError.write(Data("\n".utf8))
        } else {
            update(text)
        }
    }
}

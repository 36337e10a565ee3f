import Foundation
import GRDB
import TradeModel

/// The trade store: an SQLite database (through GRDB) holding official trade figures, the
/// releases they come from and the log of imported files.
///
/// `TradeDatabase` owns the database connection and its migrations. Every write runs in one
/// transaction, so an import either lands whole or leaves nothing behind. Reads are safe from
/// any task.
public final class TradeDatabase: Sendable {
    /// The GRDB connection (a pool for files, a queue in memory).
    public let writer: any DatabaseWriter
    /// The countries and groups the store's codes refer to.
    public let countries: CountryCatalog
    /// The HS nomenclature used to name products.
    public let products: ProductCatalog
    /// Recent answers' cells, valid until the next import.
    let cache: QueryCache
    /// Entries the query cache holds by default.
    public static let defaultQueryCacheCapacity = 1024
    /// Every code of the catalog as an SQL list (`'AFG','ALB',…`): the partners a ranking seeks.
    let partnerList: String

    /// Wraps a GRDB connection and brings its schema up to date (or, for a read-only
    /// connection, checks that it is). `queryCacheCapacity` 0 makes every question read the
    /// store (for measuring first answers).
    public init(
        _ writer: any DatabaseWriter, countries: CountryCatalog = .bundled, products: ProductCatalog = .bundled,
        readOnly: Bool = false, queryCacheCapacity: Int = defaultQueryCacheCapacity
    ) throws {
        self.writer = writer
        self.cache = QueryCache(capacity: queryCacheCapacity)
        self.countries = countries
        self.products = products
        self.partnerList = countries.all
            .map { "'" + $0.code.replacingOccurrences(of: "'", with: "''") + "'" }
            .joined(separator: ",")
        if readOnly {
            let current = try writer.read { db in try Self.migrator.hasCompletedMigrations(db) }
            guard current else {
                throw StoreError.cannotOpen(
                    path: writer.path, reason: "its schema is older than this tradecheck; open it once for writing")
            }
        } else {
            try Self.migrator.migrate(writer)
        }
    }

    /// Opens (or creates) the store at a file path, creating missing parent folders.
    /// With `readOnly`, the file must exist and SQLite refuses every write (the web server's mode).
    public static func open(
        path: String, readOnly: Bool = false, queryCacheCapacity: Int = defaultQueryCacheCapacity
    ) throws -> TradeDatabase {
        let directory = (path as NSString).deletingLastPathComponent
        if !directory.isEmpty {
            do {
                try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            } catch {
                throw StoreError.cannotOpen(path: path, reason: error.localizedDescription)
            }
        }
        var configuration = Configuration()
        configuration.readonly = readOnly
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA cache_size = -65536")
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        do {
            return try TradeDatabase(
                DatabasePool(path: path, configuration: configuration), readOnly: readOnly,
                queryCacheCapacity: queryCacheCapacity)
        } catch let error as DatabaseError {
            throw StoreError.cannotOpen(path: path, reason: error.message ?? error.description)
        }
    }

    /// An empty store in memory (for tests and one-off work).
    public static func inMemory() throws -> TradeDatabase {
        try TradeDatabase(DatabaseQueue())
    }

    /// Whether the store holds no trade data yet.
    public func isEmpty() throws -> Bool {
        try writer.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM dataset") ?? 0 } == 0
    }

    /// Deletes every dataset, row and import log entry (used by `setup` to rebuild).
    public func eraseAll() throws {
        try writer.write { db in
            try db.execute(sql: "DELETE FROM trade; DELETE FROM import_log; DELETE FROM dataset;")
        }
    }
}

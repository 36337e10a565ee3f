import Foundation
import GRDB
import TradeModel

/// Remembers the cells of recent questions, the dataset table and whole rankings, so that
/// checking an article with thirty claims about one pair reads that pair's cells once.
///
/// Entries are tied to the store's version: the id of the newest import (ids are never
/// reused), so any import, by this process or another one, makes old entries unreachable.
final class QueryCache: Sendable {
    struct Key: Hashable {
        var reporter: String
        var partner: String
        var flow: Int
        var product: String
        var filter: String
    }

    /// Everything remembered for the current version, by a key that names the question.
    private let entries: VersionedCache<AnyHashable, any Sendable>

    /// A cache of up to `capacity` entries; 0 turns it off (every question reads the store).
    init(capacity: Int) {
        entries = VersionedCache(capacity: capacity)
    }

    /// The store's version as seen by this connection.
    static func version(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT COALESCE(MAX(id), 0) FROM import_log")) ?? 0
    }

    /// The cells of one flow of a pair.
    func cells(_ key: Key, version: Int64, load: () throws -> CellValues) rethrows -> CellValues {
        try value(AnyHashable(key), version: version, load: load)
    }

    /// The dataset table.
    func sources(version: Int64, load: () throws -> [Int64: SourceInfo]) rethrows -> [Int64: SourceInfo] {
        try value(AnyHashable("sources"), version: version, load: load)
    }

    /// A whole answer (a ranking), under a key that names the question.
    func answer<T: Sendable>(_ key: String, version: Int64, load: () throws -> T) rethrows -> T {
        try value(AnyHashable("answer|" + key), version: version, load: load)
    }

    /// The remembered value for `key` at `version`, or `load()`'s, remembered.
    private func value<T: Sendable>(_ key: AnyHashable, version: Int64, load: () throws -> T) rethrows -> T {
        let found = try entries.value(for: key, version: version) { try load() }
        guard let value = found as? T else { return try load() }  // keys name their type; never taken
        return value
    }
}

extension TradeDatabase {
    /// The store's version: the id of the newest import. It changes with every import, by this
    /// process or another, so callers can keep answers until it does (one indexed read).
    public func dataVersion() throws -> Int64 {
        try writer.unsafeReentrantRead { db in try QueryCache.version(db) }
    }
}

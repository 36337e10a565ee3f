import Foundation
import GRDB
import TradeModel

/// Remembers the cells of recent questions and the dataset table, so that checking an article
/// with thirty claims about one pair reads that pair's cells once.
///
/// Entries are tied to the store's version: the id of the newest import (ids are never
/// reused), so any import, by this process or another one, makes old entries unreachable.
final class QueryCache: @unchecked Sendable {
    struct Key: Hashable {
        var reporter: String
        var partner: String
        var flow: Int
        var product: String
        var filter: String
    }

    private let lock = NSLock()
    private var version: Int64 = -1
    private var cells: [Key: CellValues] = [:]
    private var sources: [Int64: SourceInfo]?
    private var answers: [String: any Sendable] = [:]
    private let capacity = 512

    /// The store's version as seen by this connection.
    static func version(_ db: Database) throws -> Int64 {
        try Int64.fetchOne(db, sql: "SELECT COALESCE(MAX(id), 0) FROM import_log") ?? 0
    }

    func cells(_ key: Key, version: Int64, load: () throws -> CellValues) rethrows -> CellValues {
        lock.lock()
        if version == self.version, let hit = cells[key] {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let loaded = try load()
        lock.lock()
        defer { lock.unlock() }
        if version != self.version {
            self.version = version
            cells.removeAll()
            sources = nil
            answers.removeAll()
        }
        if cells.count >= capacity { cells.removeAll(keepingCapacity: true) }
        cells[key] = loaded
        return loaded
    }

    func sources(version: Int64, load: () throws -> [Int64: SourceInfo]) rethrows -> [Int64: SourceInfo] {
        lock.lock()
        if version == self.version, let sources {
            lock.unlock()
            return sources
        }
        lock.unlock()
        let loaded = try load()
        lock.lock()
        defer { lock.unlock() }
        if version != self.version {
            self.version = version
            cells.removeAll()
            answers.removeAll()
        }
        sources = loaded
        return loaded
    }

    /// A whole answer (a ranking), remembered under a key that names the question.
    func answer<T: Sendable>(_ key: String, version: Int64, load: () throws -> T) rethrows -> T {
        lock.lock()
        if version == self.version, let hit = answers[key] as? T {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let loaded = try load()
        lock.lock()
        defer { lock.unlock() }
        if version != self.version {
            self.version = version
            cells.removeAll()
            sources = nil
            answers.removeAll()
        }
        if answers.count >= capacity { answers.removeAll(keepingCapacity: true) }
        answers[key] = loaded
        return loaded
    }
}

import Foundation
import Hummingbird
import TradeStore

/// Remembers the encoded bodies of recent answers (API JSON by exact URI, pair pages by
/// language and path) for as long as the store's version (the newest import) stays the same.
/// They depend only on that key and the data, so a repeated question costs one version read
/// instead of queries, rendering and encoding.
final class ResponseCache: @unchecked Sendable {
    private let lock = NSLock()
    private var version: Int64 = -1
    private var entries: [String: ByteBuffer] = [:]
    private let capacity: Int

    /// A cache holding up to `capacity` answers; 0 turns it off.
    init(capacity: Int) { self.capacity = capacity }

    /// The remembered body for `uri`, or `produce()`'s, remembered when it succeeds.
    func body(for uri: String, database: TradeDatabase, produce: () throws -> ByteBuffer) throws -> ByteBuffer {
        guard capacity > 0 else { return try produce() }
        let version = try database.dataVersion()
        lock.lock()
        if version == self.version, let hit = entries[uri] {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let body = try produce()
        lock.lock()
        defer { lock.unlock() }
        if version != self.version || entries.count >= capacity {
            entries.removeAll(keepingCapacity: true)
            self.version = version
        }
        entries[uri] = body
        return body
    }
}

import Hummingbird
import TradeStore

/// Remembers the encoded bodies of recent answers (API JSON by exact URI, pair pages by
/// language and path) for as long as the store's version (the newest import) stays the same.
/// They depend only on that key and the data, so a repeated question costs one version read
/// instead of queries, rendering and encoding.
final class ResponseCache: Sendable {
    private let bodies: VersionedCache<String, ByteBuffer>?

    /// A cache holding up to `capacity` bodies; 0 turns it off.
    init(capacity: Int) { bodies = capacity > 0 ? VersionedCache(capacity: capacity) : nil }

    /// The remembered body for `key`, or `produce()`'s, remembered when it succeeds.
    func body(for key: String, database: TradeDatabase, produce: () throws -> ByteBuffer) throws -> ByteBuffer {
        guard let bodies else { return try produce() }
        return try bodies.value(for: key, version: try database.dataVersion(), load: produce)
    }
}

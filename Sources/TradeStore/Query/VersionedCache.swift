import Foundation

/// Values remembered for one version of the store: when a lookup names a newer version (after
/// any import), everything older is dropped. The store's own query cache and the web app's
/// cache of encoded answers both sit on it.
public final class VersionedCache<Key: Hashable, Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var version: Int64 = -1
    private var entries: [Key: Value] = [:]
    private let capacity: Int

    /// A cache of up to `capacity` values (it starts over when full); 0 remembers nothing.
    public init(capacity: Int) { self.capacity = max(0, capacity) }

    /// The value remembered for `key` at `version`, or `load()`'s, remembered when it succeeds.
    public func value(for key: Key, version: Int64, load: () throws -> Value) rethrows -> Value {
        guard capacity > 0 else { return try load() }
        lock.lock()
        if version == self.version, let hit = entries[key] {
            lock.unlock()
            return hit
        }
        lock.unlock()
        let loaded = try load()
        lock.lock()
        defer { lock.unlock() }
        if version != self.version || entries.count >= capacity {
            self.version = version
            entries.removeAll(keepingCapacity: true)
        }
        entries[key] = loaded
        return loaded
    }
}

import Foundation
import TradeStore

/// Hands parsed rows from the thread that reads a file to the one that writes the store, a
/// batch at a time, with at most `capacity` batches waiting: reading and writing overlap on
/// two cores while memory stays bounded whatever the file's size.
///
/// The reading side calls ``send(_:)`` for each batch and ``finish(_:)`` exactly once, last.
/// The writing side calls ``receive()`` until it returns `nil`, then reads ``end``. If the
/// writing side gives up, ``cancel()`` makes the next ``send(_:)`` return `false` so the
/// reading side stops; ``waitForEnd()`` returns once it has.
final class RowChannel: @unchecked Sendable {
    /// Rows in file order, and how far into the file the reader was after them.
    struct Batch: Sendable {
        var rows: [TradeRow]
        var bytesRead: Int
    }

    /// How the reading side ended.
    enum End: Sendable {
        /// The whole file was read; `diagnostics` holds any bad rows.
        case finished(diagnostics: Diagnostics, notes: [String])
        /// Reading stopped with an error (or because the writing side cancelled).
        case failed(any Error)
    }

    private let condition = NSCondition()
    private let capacity: Int
    // Guarded by `condition`.
    private var waiting: [Batch] = []
    private var ended: End?
    private var cancelled = false

    init(capacity: Int = 4) {
        precondition(capacity > 0)
        self.capacity = capacity
    }

    /// Queues a batch, waiting while `capacity` batches are queued. Returns `false`, without
    /// queuing, once the writing side has cancelled.
    func send(_ batch: Batch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= capacity && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        waiting.append(batch)
        condition.broadcast()
        return true
    }

    /// Records how reading ended; the reading side's last call.
    func finish(_ end: End) {
        condition.lock()
        defer { condition.unlock() }
        ended = end
        condition.broadcast()
    }

    /// The next batch, waiting for one; `nil` once reading has ended and every batch was taken.
    func receive() -> Batch? {
        condition.lock()
        defer { condition.unlock() }
        while waiting.isEmpty && ended == nil { condition.wait() }
        guard !waiting.isEmpty else { return nil }
        let batch = waiting.removeFirst()
        condition.broadcast()
        return batch
    }

    /// How reading ended (`nil` while it goes on).
    var end: End? {
        condition.lock()
        defer { condition.unlock() }
        return ended
    }

    /// Stops the reading side at its next batch and drops what is queued.
    func cancel() {
        condition.lock()
        defer { condition.unlock() }
        cancelled = true
        waiting.removeAll()
        condition.broadcast()
    }

    /// Waits until the reading side has finished.
    func waitForEnd() {
        condition.lock()
        defer { condition.unlock() }
        while ended == nil { condition.wait() }
    }
}

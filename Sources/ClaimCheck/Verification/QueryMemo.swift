import Foundation

/// The store's answers to one article's questions, so that a question asked again (another reading
/// of a figure, a share's whole, a chart's series) is answered from memory. Lives for one check.
final class QueryMemo: @unchecked Sendable {
    /// The memo of the check running on this task, if any.
    @TaskLocal static var current: QueryMemo?

    private let lock = NSLock()
    private var answers: [String: any Sendable] = [:]

    /// The remembered answer to `key`, else `load()`'s (remembered when it succeeds).
    static func remember<Answer: Sendable>(_ key: String, _ load: () throws -> Answer) rethrows -> Answer {
        guard let memo = current else { return try load() }
        if let known = memo.answer(key) as? Answer { return known }
        let answer = try load()
        memo.store(key, answer)
        return answer
    }

    private func answer(_ key: String) -> (any Sendable)? {
        lock.lock()
        defer { lock.unlock() }
        return answers[key]
    }

    private func store(_ key: String, _ answer: any Sendable) {
        lock.lock()
        defer { lock.unlock() }
        answers[key] = answer
    }
}

import Foundation

/// One line of the fetch log: what a query was, where its rows went and how many there were.
///
/// The store's import log records each imported response; this log, kept as JSON lines in
/// `CACHE/runs.jsonl`, also records queries that returned nothing or came from the cache, with
/// the URL asked (never a key).
public struct RunLogEntry: Sendable, Hashable, Codable {
    public enum Outcome: String, Sendable, Hashable, Codable {
        /// Fetched and imported in this run.
        case fetched
        /// Answered from the cache (imported now, or already imported before).
        case cached
        /// The source had no data for the query.
        case empty
    }

    public var source: String
    public var query: String
    public var url: String
    public var outcome: Outcome
    /// The release the rows were filed under (`name@vintage`), if any.
    public var dataset: String?
    /// Rows written by this run.
    public var rows: Int
    /// When the line was written (ISO 8601).
    public var at: String
}

/// Appends ``RunLogEntry`` lines to a file.
struct RunLog: Sendable {
    let path: String

    func append(_ entry: RunLogEntry) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        var line = try encoder.encode(entry)
        line.append(UInt8(ascii: "\n"))
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        if !FileManager.default.fileExists(atPath: path) {
            FileManager.default.createFile(atPath: path, contents: nil)
        }
        guard let handle = FileHandle(forWritingAtPath: path) else { return }
        defer { try? handle.close() }
        try handle.seekToEnd()
        try handle.write(contentsOf: line)
    }

    /// Every entry so far, oldest first.
    static func read(_ path: String) throws -> [RunLogEntry] {
        guard let data = FileManager.default.contents(atPath: path) else { return [] }
        return try data.split(separator: UInt8(ascii: "\n")).map {
            try JSONDecoder().decode(RunLogEntry.self, from: Data($0))
        }
    }
}

extension ResponseCache {
    /// The fetch log's path: `DIRECTORY/runs.jsonl`.
    public var runLogPath: String { (directory as NSString).appendingPathComponent("runs.jsonl") }

    /// The fetch log's entries, oldest first.
    public func runLog() throws -> [RunLogEntry] { try RunLog.read(runLogPath) }
}

import Foundation

/// Raw responses on disk, one file per query, so a run that stops half-way resumes where it
/// stopped and a query already fetched is never fetched again.
///
/// Files live in `DIRECTORY/SOURCE/NAME`; a query that returned no data leaves `NAME.empty`.
/// The file's modification date is the date it was fetched (the vintage of its rows).
public struct ResponseCache: Sendable {
    public let directory: String

    public init(directory: String) {
        self.directory = directory
    }

    /// `$TRADECHECK_CACHE`, else `$XDG_CACHE_HOME/tradecheck`, else `~/.cache/tradecheck`.
    public static func defaultDirectory(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["TRADECHECK_CACHE"], !path.isEmpty { return path }
        let base =
            environment["XDG_CACHE_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? (NSHomeDirectory() as NSString).appendingPathComponent(".cache")
        return (base as NSString).appendingPathComponent("tradecheck")
    }

    /// What the cache holds for a query.
    public enum Entry: Sendable, Equatable {
        case missing
        case empty
        case file(path: String, fetched: String)
    }

    func folder(_ source: String) -> String { (directory as NSString).appendingPathComponent(source) }

    func path(_ source: String, _ name: String) -> String { (folder(source) as NSString).appendingPathComponent(name) }

    /// The cached response of a query, if any.
    public func entry(source: String, name: String) -> Entry {
        let path = path(source, name)
        let manager = FileManager.default
        if manager.fileExists(atPath: path + ".empty") { return .empty }
        guard manager.fileExists(atPath: path) else { return .missing }
        let date = (try? manager.attributesOfItem(atPath: path)[.modificationDate] as? Date) ?? Date()
        return .file(path: path, fetched: Self.day(date))
    }

    /// Moves a downloaded body into the cache and returns its path.
    func store(_ temporaryPath: String, source: String, name: String) throws -> String {
        let target = path(source, name)
        try FileManager.default.createDirectory(atPath: folder(source), withIntermediateDirectories: true)
        try? FileManager.default.removeItem(atPath: target)
        try FileManager.default.moveItem(atPath: temporaryPath, toPath: target)
        return target
    }

    /// Remembers that a query returned no data.
    func storeEmpty(source: String, name: String) throws {
        try FileManager.default.createDirectory(atPath: folder(source), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: path(source, name) + ".empty", contents: Data())
    }

    /// Forgets a query's response (after it turned out unreadable).
    func remove(source: String, name: String) {
        try? FileManager.default.removeItem(atPath: path(source, name))
    }

    static func day(_ date: Date) -> String {
        String(ISO8601DateFormatter().string(from: date).prefix(10))
    }
}

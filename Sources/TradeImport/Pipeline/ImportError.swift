import Foundation
import TradeModel

/// Why a file was not imported. Nothing of a rejected file is stored.
public enum ImportError: Error, Sendable, Equatable {
    /// The file does not exist or cannot be read.
    case unreadable(path: String, reason: String)
    /// Rows that cannot be read; the first problems, each with file and line.
    case malformed(file: String, problems: [CSVError], more: Int)
    /// The file's columns do not match the format.
    case wrongFormat(file: String, format: ImportFormat, reason: String)
}

extension ImportError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .unreadable(let path, let reason):
            return "Cannot read \(path): \(reason)."
        case .malformed(let file, let problems, let more):
            var lines = ["\(file) was not imported (nothing of it was stored): \(problems.count + more) problem(s)."]
            lines += problems.map { "  \($0.description)" }
            if more > 0 { lines.append("  … and \(more) more") }
            lines.append("Fix the file and import it again.")
            return lines.joined(separator: "\n")
        case .wrongFormat(let file, let format, let reason):
            return
                "\(file) does not look like \(format.rawValue) (\(format.summary)): \(reason). Pick another --format."
        }
    }
}

/// Problems found while reading a file, collected so they are reported together.
struct Diagnostics {
    let file: String
    private(set) var problems: [CSVError] = []
    private(set) var more = 0
    static let shown = 20

    init(file: String) { self.file = file }

    mutating func report(line: Int, _ reason: String) {
        if problems.count < Self.shown {
            problems.append(CSVError(name: file, line: line, reason: reason))
        } else {
            more += 1
        }
    }

    var isEmpty: Bool { problems.isEmpty }

    /// Throws the collected problems, if any.
    func check() throws {
        if !problems.isEmpty { throw ImportError.malformed(file: file, problems: problems, more: more) }
    }
}

extension CSVHeader {
    /// The index of the first of `names` the header has (case-insensitive), or the error that
    /// says the file is not in `format`, naming the first of `names` and the columns it has.
    func column(_ names: String..., file: String, format: ImportFormat) throws -> Int {
        for name in names {
            if let index = index(of: name) { return index }
        }
        let shown = self.names.prefix(12).joined(separator: ", ") + (self.names.count > 12 ? ", …" : "")
        throw ImportError.wrongFormat(file: file, format: format, reason: "no column \(names[0]) (found: \(shown))")
    }
}

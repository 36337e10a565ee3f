import Foundation
import TradeModel

/// Why the store could not answer or accept something, with what to do about it.
public enum StoreError: Error, Sendable, Equatable {
    /// The database file cannot be opened or created.
    case cannotOpen(path: String, reason: String)
    /// The store has no rows for the question.
    case noData(question: String, coverage: String?)
    /// `--vintage` names no dataset in the store.
    case unknownDataset(String, available: [String])
    /// The question cannot be asked this way.
    case invalidQuestion(String)
}

extension StoreError: LocalizedError {
    public var errorDescription: String? {
        switch self {
        case .cannotOpen(let path, let reason):
            return
                "Cannot open the database at \(path): \(reason). Check the path and its permissions, or pass --database."
        case .noData(let question, let coverage):
            if let coverage {
                return
                    "No data for \(question). The store covers \(coverage) for this pair; run `tradecheck coverage` to see what it holds."
            }
            return
                "No data for \(question). Run `tradecheck coverage` to see what the store holds, or import more with `tradecheck import`."
        case .unknownDataset(let name, let available):
            return "No dataset or release named \"\(name)\". Available: \(available.joined(separator: ", "))."
        case .invalidQuestion(let message):
            return message
        }
    }
}

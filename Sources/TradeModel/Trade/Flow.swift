/// The direction of trade, seen from the reporter.
///
/// Only ``exports`` and ``imports`` are stored; ``total`` (exports + imports) and
/// ``balance`` (exports − imports) are derived when a question asks for them.
public enum Flow: String, Sendable, Hashable, Codable, CaseIterable {
    case exports
    case imports
    case total
    case balance

    /// The flows a store holds rows for.
    public static let stored: [Flow] = [.exports, .imports]

    /// Whether rows of this flow are stored (rather than derived).
    public var isStored: Bool { self == .exports || self == .imports }

    /// Parses `exports`, `imports`, `total`, `balance` and a few common spellings.
    public init?(parsing text: String) {
        switch text.lowercased() {
        case "exports", "export", "x", "e": self = .exports
        case "imports", "import", "m", "i": self = .imports
        case "total", "trade": self = .total
        case "balance", "bal": self = .balance
        default: return nil
        }
    }
}

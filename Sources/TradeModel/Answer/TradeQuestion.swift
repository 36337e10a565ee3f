/// Who trades what with whom: the key of every question.
public struct TradeSubject: Sendable, Hashable, Codable {
    /// The reporting country's code (`USA`).
    public var reporter: String
    /// The partner's code (`RUS`, `WORLD`).
    public var partner: String
    public var flow: Flow
    public var product: Product

    public init(reporter: String, partner: String, flow: Flow, product: Product = .total) {
        self.reporter = reporter
        self.partner = partner
        self.flow = flow
        self.product = product
    }
}

/// Whether a question is asked of monthly or annual figures.
public enum Frequency: String, Sendable, Hashable, Codable {
    case monthly
    case annual
}

/// Which release answers a question: the newest release of each cell, or one named dataset
/// (its short name, e.g. `census-country-xlsx`, or its vintage, e.g. `2024-10`).
public enum VintageSelection: Sendable, Hashable {
    case newest
    case dataset(String)
}

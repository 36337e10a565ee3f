/// One release of one statistical source, as held in a store: the provenance every answer cites.
public struct SourceInfo: Sendable, Hashable, Codable {
    /// The dataset's short identifier, e.g. `census-api`.
    public var dataset: String
    /// The publisher, e.g. "U.S. Census Bureau".
    public var publisher: String
    /// What the figures are, e.g. "International Trade API, total exports (f.a.s.) / general imports (customs value)".
    public var title: String
    /// The release the figures come from, as `YYYY-MM` (or `YYYY-MM-DD`).
    public var vintage: String
    /// Anything a reader should know (units, rounding, how the file reached us).
    public var note: String?
    /// The currency of the values (`USD` unless stated).
    public var currency: String

    public init(
        dataset: String, publisher: String, title: String, vintage: String, note: String? = nil,
        currency: String = "USD"
    ) {
        self.dataset = dataset
        self.publisher = publisher
        self.title = title
        self.vintage = vintage
        self.note = note
        self.currency = currency
    }

    /// "U.S. Census Bureau, International Trade API (release 2025-10)".
    public var citation: String { "\(publisher), \(title) (release \(vintage))" }
}

/// The first and last period with data for a question, and the releases that supplied it.
public struct Coverage: Sendable, Hashable, Codable {
    public var first: Period?
    public var last: Period?
    public var sources: [SourceInfo]

    public init(first: Period?, last: Period?, sources: [SourceInfo]) {
        self.first = first
        self.last = last
        self.sources = sources
    }

    /// Whether there is any data at all.
    public var isEmpty: Bool { first == nil }

    /// The currency of the answer's money: its sources' (answers never mix currencies), USD if none.
    public var currency: String { sources.first?.currency ?? "USD" }

    /// "2013-01..2024-12".
    public var range: String {
        guard let first, let last else { return "no data" }
        return first == last ? first.description : "\(first)..\(last)"
    }
}

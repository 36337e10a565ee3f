import TradeModel

/// The four verdicts.
public enum Verdict: String, Sendable, Hashable, Codable {
    /// The official value lies within the claim's tolerance (or the peak/rank is right).
    case supported
    /// Outside the tolerance, but within 25% of the official value.
    case inaccurate
    /// More than 25% off, or the peak, record, ranking or direction is wrong.
    case contradicted
    /// The store cannot answer: a period, country, product or currency it does not cover.
    case unverifiable
}

extension Verdict {
    /// Every verdict, from best to worst.
    public static let ordered: [Verdict] = [.supported, .inaccurate, .contradicted, .unverifiable]

    /// The verdict as a word: "supported", "widerlegt".
    public func name(_ language: Language) -> String {
        switch (self, language) {
        case (.supported, .en): return "supported"
        case (.inaccurate, .en): return "inaccurate"
        case (.contradicted, .en): return "contradicted"
        case (.unverifiable, .en): return "unverifiable"
        case (.supported, .de): return "belegt"
        case (.inaccurate, .de): return "ungenau"
        case (.contradicted, .de): return "widerlegt"
        case (.unverifiable, .de): return "nicht prüfbar"
        }
    }

    /// A symbol that carries the verdict without colour: ✓ ≈ ✗ ?.
    public var symbol: String {
        switch self {
        case .supported: return "✓"
        case .inaccurate: return "≈"
        case .contradicted: return "✗"
        case .unverifiable: return "?"
        }
    }
}

/// A claim with its verdict, in the shape of `tradecheck check --format json`.
public struct CheckedClaim: Sendable, Hashable, Codable {
    /// The figure as written and what it means.
    public struct Claimed: Sendable, Hashable, Codable {
        public var text: String
        /// The number in units (USD, EUR or percent; negative for a deficit or a decline); `null` for a period or country.
        public var value: Double?
        /// `USD`, `EUR`, `percent` or `none`.
        public var unit: String
        public var hedge: Hedge
        public var start: Int
        public var end: Int
        /// Where to mark the claim when that is less than `start..<end` (a record's words, apart
        /// from the period it names, with a figure between).
        public var markStart: Int?
        public var markEnd: Int?
        /// The words the claim rests on, when they reach beyond `start..<end`: a ranking from its country to its
        /// place ("Vietnam war das drittgrößte"), or the place word alone where a figure stands between them.
        public var wordsStart: Int?
        public var wordsEnd: Int?
    }

    /// The official figure the claim was checked against.
    public struct Official: Sendable, Hashable, Codable {
        /// USD as an exact integer, a percent, or `null` when the check compares a period or a country.
        public var value: Double?
        /// For peaks and rankings: the official top period or country.
        public var label: String?
        public var unit: String
        public var source: String
        public var coverage: String
        /// The releases `source` cites, typed (publisher, dataset, release), oldest first.
        public var sources: [SourceInfo]? = nil
    }

    /// What the claim was checked against, typed: the frame read, the periods the claim speaks of
    /// and the official series around them. A view draws and cites from it without asking the
    /// store again.
    public struct Evidence: Sendable, Hashable, Codable {
        public var reporter: String
        public var partner: String
        public var flow: Flow
        public var product: Product
        /// The periods the claim speaks of: one, the two ends of a change, or the months of a run.
        public var periods: [Period]
        /// The official series around them (annual, or monthly for months), with its sources.
        public var series: [PeriodValue]
        public var sources: [SourceInfo]
    }

    public var text: String
    public var start: Int
    public var end: Int
    public var kind: ClaimKind
    public var reporter: String?
    /// A country or group code; for partners added up ("Kanada und Mexiko zusammen"), their codes
    /// joined by "+", with ``partners`` listing them.
    public var partner: String?
    /// The partners a claim adds up, when it adds up several.
    public var partners: [String]?
    public var flow: Flow
    public var product: String
    public var period: String?
    public var claimed: Claimed
    public var official: Official?
    public var verdict: Verdict
    public var explanation: String
    /// The series and releases behind the verdict, for charts and citations.
    public var evidence: Evidence?
}

/// What `check` found in one article.
public struct CheckReport: Sendable, Hashable, Codable {
    public var language: Language
    /// The publication date relative periods were read against (`YYYY-MM-DD`), if one was given.
    public var date: String?
    public var claims: [CheckedClaim]

    public init(language: Language, date: String? = nil, claims: [CheckedClaim]) {
        self.language = language
        self.date = date
        self.claims = claims
    }

    /// How many claims got each verdict.
    public var counts: [Verdict: Int] {
        claims.reduce(into: [:]) { $0[$1.verdict, default: 0] += 1 }
    }
}

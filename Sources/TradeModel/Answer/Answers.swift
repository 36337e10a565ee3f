/// Exports, imports, total and balance of one pair in one period.
public struct TradeSummary: Sendable, Hashable, Codable {
    public var reporter: Country
    public var partner: Country
    public var period: Period
    public var exports: PeriodValue
    public var imports: PeriodValue
    public var total: PeriodValue
    public var balance: PeriodValue
    public var coverage: Coverage

    public init(
        reporter: Country, partner: Country, period: Period, exports: PeriodValue, imports: PeriodValue,
        total: PeriodValue, balance: PeriodValue, coverage: Coverage
    ) {
        self.reporter = reporter
        self.partner = partner
        self.period = period
        self.exports = exports
        self.imports = imports
        self.total = total
        self.balance = balance
        self.coverage = coverage
    }
}

/// A flow over time.
public struct SeriesAnswer: Sendable, Hashable, Codable {
    public var reporter: Country
    public var partner: Country
    public var flow: Flow
    public var product: Product
    public var frequency: Frequency
    public var points: [PeriodValue]
    public var coverage: Coverage

    public init(
        reporter: Country, partner: Country, flow: Flow, product: Product, frequency: Frequency,
        points: [PeriodValue], coverage: Coverage
    ) {
        self.reporter = reporter
        self.partner = partner
        self.flow = flow
        self.product = product
        self.frequency = frequency
        self.points = points
        self.coverage = coverage
    }
}

/// The highest (or lowest) period of a flow over the whole coverage.
public struct PeakAnswer: Sendable, Hashable, Codable {
    public var reporter: Country
    public var partner: Country
    public var flow: Flow
    public var product: Product
    public var frequency: Frequency
    /// `true` when the question asked for the lowest period (a trough).
    public var lowest: Bool
    public var peak: PeriodValue
    /// The next periods in order, for context (up to four).
    public var runnersUp: [PeriodValue]
    /// Incomplete years left out of the comparison (e.g. a year with only Jan–Aug published).
    public var excluded: [PeriodValue]
    public var coverage: Coverage

    public init(
        reporter: Country, partner: Country, flow: Flow, product: Product, frequency: Frequency, lowest: Bool,
        peak: PeriodValue, runnersUp: [PeriodValue], excluded: [PeriodValue], coverage: Coverage
    ) {
        self.reporter = reporter
        self.partner = partner
        self.flow = flow
        self.product = product
        self.frequency = frequency
        self.lowest = lowest
        self.peak = peak
        self.runnersUp = runnersUp
        self.excluded = excluded
        self.coverage = coverage
    }
}

/// How a flow changed between two periods.
public struct ChangeAnswer: Sendable, Hashable, Codable {
    public var reporter: Country
    public var partner: Country
    public var flow: Flow
    public var product: Product
    public var from: PeriodValue
    public var to: PeriodValue
    /// `to − from`, `nil` when either is missing.
    public var absolute: Int64?
    /// The change in percent of `from`, `nil` when either is missing or `from` is zero.
    public var percent: Double?
    public var coverage: Coverage

    public init(
        reporter: Country, partner: Country, flow: Flow, product: Product, from: PeriodValue, to: PeriodValue,
        coverage: Coverage
    ) {
        self.reporter = reporter
        self.partner = partner
        self.flow = flow
        self.product = product
        self.from = from
        self.to = to
        self.coverage = coverage
        if let start = from.value, let end = to.value {
            absolute = end - start
            percent = start == 0 ? nil : Double(end - start) / Double(abs(start)) * 100
        }
    }
}

/// A partner's share of the reporter's trade with the world.
public struct ShareAnswer: Sendable, Hashable, Codable {
    public var reporter: Country
    public var partner: Country
    public var flow: Flow
    public var product: Product
    public var value: PeriodValue
    public var world: PeriodValue
    /// The share in percent, `nil` when either value is missing.
    public var percent: Double?
    public var coverage: Coverage

    public init(
        reporter: Country, partner: Country, flow: Flow, product: Product, value: PeriodValue,
        world: PeriodValue, coverage: Coverage
    ) {
        self.reporter = reporter
        self.partner = partner
        self.flow = flow
        self.product = product
        self.value = value
        self.world = world
        self.coverage = coverage
        if let part = value.value, let whole = world.value, whole != 0 {
            percent = Double(part) / Double(whole) * 100
        }
    }
}

/// The largest partners of a reporter, or the largest products of a pair, in one period.
public struct RankingAnswer: Sendable, Hashable, Codable {
    /// One ranked partner or product.
    public struct Item: Sendable, Hashable, Codable {
        public var rank: Int
        /// A country code or an HS code.
        public var code: String
        public var nameEN: String
        public var nameDE: String
        public var value: PeriodValue
        /// Share of the reference total in percent, where the total is known.
        public var percentOfTotal: Double?

        public init(
            rank: Int, code: String, nameEN: String, nameDE: String, value: PeriodValue, percentOfTotal: Double?
        ) {
            self.rank = rank
            self.code = code
            self.nameEN = nameEN
            self.nameDE = nameDE
            self.value = value
            self.percentOfTotal = percentOfTotal
        }

        public func name(_ language: Language) -> String { language == .de ? nameDE : nameEN }
    }

    /// What is ranked.
    public enum Dimension: String, Sendable, Hashable, Codable {
        case partners
        case products
    }

    public var dimension: Dimension
    public var reporter: Country
    /// The partner for a product ranking; `nil` for a partner ranking.
    public var partner: Country?
    public var flow: Flow
    public var period: Period
    /// HS level of a product ranking (2, 4 or 6); `nil` for partners.
    public var level: Int?
    /// The reference total (the world for partners, the pair's total for products).
    public var total: PeriodValue?
    public var items: [Item]
    public var coverage: Coverage

    public init(
        dimension: Dimension, reporter: Country, partner: Country?, flow: Flow, period: Period, level: Int?,
        total: PeriodValue?, items: [Item], coverage: Coverage
    ) {
        self.dimension = dimension
        self.reporter = reporter
        self.partner = partner
        self.flow = flow
        self.period = period
        self.level = level
        self.total = total
        self.items = items
        self.coverage = coverage
    }
}

/// What a store holds, one line per dataset (source release).
public struct CoverageReport: Sendable, Hashable, Codable {
    /// One dataset's extent.
    public struct Entry: Sendable, Hashable, Codable {
        public var source: SourceInfo
        public var rows: Int
        public var first: Period?
        public var last: Period?
        public var reporters: Int
        public var partners: Int
        public var flows: [Flow]
        /// HS levels present (0 for totals).
        public var productLevels: [Int]
        /// Rows newer releases of the same source replace (kept, not used by default).
        public var supersededRows: Int

        public init(
            source: SourceInfo, rows: Int, first: Period?, last: Period?, reporters: Int, partners: Int,
            flows: [Flow], productLevels: [Int], supersededRows: Int
        ) {
            self.source = source
            self.rows = rows
            self.first = first
            self.last = last
            self.reporters = reporters
            self.partners = partners
            self.flows = flows
            self.productLevels = productLevels
            self.supersededRows = supersededRows
        }
    }

    public var datasets: [Entry]
    /// Files imported, newest first.
    public var imports: [ImportRecord]

    public init(datasets: [Entry], imports: [ImportRecord]) {
        self.datasets = datasets
        self.imports = imports
    }
}

/// One line of the import log.
public struct ImportRecord: Sendable, Hashable, Codable {
    public var fileName: String
    public var sha256: String
    public var format: String
    public var dataset: String
    public var rows: Int
    public var importedAt: String

    public init(fileName: String, sha256: String, format: String, dataset: String, rows: Int, importedAt: String) {
        self.fileName = fileName
        self.sha256 = sha256
        self.format = format
        self.dataset = dataset
        self.rows = rows
        self.importedAt = importedAt
    }
}

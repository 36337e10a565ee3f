import Foundation
import TradeModel
import TradeStore

/// Everything the pair page shows, read from the store once: annual and monthly exports and
/// imports over the whole coverage, their peaks, and the top products each way.
struct PairOverview: Sendable {
    struct Row: Sendable {
        var period: Period
        var exports: PeriodValue?
        var imports: PeriodValue?

        var total: Int64? { sum(exports?.value, imports?.value) { $0 + $1 } }
        var balance: Int64? { sum(exports?.value, imports?.value) { $0 - $1 } }
        var isComplete: Bool { (exports?.isComplete ?? true) && (imports?.isComplete ?? true) }

        private func sum(_ a: Int64?, _ b: Int64?, _ combine: (Int64, Int64) -> Int64) -> Int64? {
            guard let a, let b else { return nil }
            return combine(a, b)
        }
    }

    var reporter: Country
    var partner: Country
    var annual: [Row]
    var monthly: [Row]
    /// The highest complete year and month of each stored flow, as the store finds them.
    var annualPeaks: [Flow: PeakAnswer] = [:]
    var monthlyPeaks: [Flow: PeakAnswer] = [:]
    var coverage: Coverage
    /// The largest products each way in the latest complete year with product detail.
    var topProducts: [Flow: RankingAnswer]
    /// Both sides' figures for the latest complete year (and for the partner's last reported
    /// year, when it stopped reporting before).
    var mirrors: [MirrorAnswer]

    /// Reads the pair's series and peaks; with `details`, also its top products and mirror
    /// statistics (the page shows them, the chart and CSV downloads do not).
    init(database: TradeDatabase, reporter: String, partner: String, details: Bool = true) throws {
        let reporterCountry = try database.countries.resolve(reporter)
        let partnerCountry = try database.countries.resolve(partner)
        self.reporter = reporterCountry
        self.partner = partnerCountry
        func subject(_ flow: Flow) -> TradeSubject {
            TradeSubject(reporter: reporterCountry.code, partner: partnerCountry.code, flow: flow)
        }
        func optional<T>(_ body: () throws -> T) throws -> T? {
            do { return try body() } catch StoreError.noData { return nil }
        }
        let annualX = try optional { try database.series(subject(.exports), frequency: .annual) }
        let annualM = try optional { try database.series(subject(.imports), frequency: .annual) }
        guard annualX != nil || annualM != nil else {
            throw StoreError.noData(
                question: "\(reporterCountry.code)–\(partnerCountry.code)", coverage: nil)
        }
        let monthlyX = try optional { try database.series(subject(.exports), frequency: .monthly) }
        let monthlyM = try optional { try database.series(subject(.imports), frequency: .monthly) }
        annual = Self.rows(annualX, annualM)
        monthly = Self.rows(monthlyX, monthlyM)
        for flow in Flow.stored {
            annualPeaks[flow] = try optional { try database.peak(subject(flow), frequency: .annual) }
            monthlyPeaks[flow] = try optional { try database.peak(subject(flow), frequency: .monthly) }
        }
        let sources = (annualX?.coverage.sources ?? []) + (annualM?.coverage.sources ?? [])
        var seen: Set<String> = []
        let firsts = [annualX?.coverage.first, annualM?.coverage.first].compactMap { $0 }
        let lasts = [annualX?.coverage.last, annualM?.coverage.last].compactMap { $0 }
        coverage = Coverage(
            first: firsts.min(), last: lasts.max(),
            sources: sources.filter { seen.insert($0.dataset + "@" + $0.vintage).inserted })

        topProducts = [:]
        mirrors = []
        guard details else { return }
        var products: [Flow: RankingAnswer] = [:]
        let years = annual.filter(\.isComplete).map(\.period.year).sorted(by: >)
        for flow in Flow.stored {
            for year in years.prefix(3) {
                if let ranking = try optional({
                    try database.topProducts(
                        reporter: reporterCountry.code, partner: partnerCountry.code, flow: flow, period: .year(year),
                        level: 2, limit: 10)
                }) {
                    products[flow] = ranking
                    break
                }
            }
        }
        topProducts = products

        var mirrors: [MirrorAnswer] = []
        if let latest = years.first,
            let mirror = try optional({
                try database.mirror(reporter: reporterCountry.code, partner: partnerCountry.code, period: .year(latest))
            })
        {
            mirrors.append(mirror)
            if !mirror.partnerStatus.reported, let last = mirror.partnerStatus.lastReported, last.year < latest,
                let earlier = try optional({
                    try database.mirror(
                        reporter: reporterCountry.code, partner: partnerCountry.code, period: .year(last.year))
                })
            {
                mirrors.append(earlier)
            }
        }
        self.mirrors = mirrors
    }

    private static func rows(_ exports: SeriesAnswer?, _ imports: SeriesAnswer?) -> [Row] {
        var rows: [Period: Row] = [:]
        for point in exports?.points ?? [] where point.value != nil {
            rows[point.period, default: Row(period: point.period)].exports = point
        }
        for point in imports?.points ?? [] where point.value != nil {
            rows[point.period, default: Row(period: point.period)].imports = point
        }
        return rows.values.sorted { $0.period < $1.period }
    }
}

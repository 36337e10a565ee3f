import TradeModel
import TradeStore

/// A group of HS chapters ("Agrarimporte", "apparel", "HS chapters 28 to 38") answered as the sum of its chapters.
///
/// The store holds single chapters; a group's figure is their sum. A chapter with no row for a pair and period had no
/// trade there and counts as zero, as long as some chapter of the group answers; when none does, the store's error
/// (no product detail for that period or flow) stands.
extension ClaimChecker {
    /// The chapters of a group code, or `nil` for a single code.
    static func groupChapters(_ product: Product) -> [Product]? {
        Lexicon.chapters(ofGroup: product.code).map { $0.map { Product.hs($0) } }
    }

    /// A pair's trade in a group of chapters, summed over the chapters that answer.
    func groupTrade(reporter: String, partner: String, period: Period, chapters: [Product]) throws -> TradeSummary {
        var parts: [TradeSummary] = []
        var firstError: (any Error)?
        for chapter in chapters {
            do {
                parts.append(try trade(reporter: reporter, partner: partner, period: period, product: chapter))
            } catch let error as StoreError {
                if firstError == nil { firstError = error }
            }
        }
        guard var summary = parts.first else {
            throw firstError ?? StoreError.invalidQuestion("a group without chapters")
        }
        summary.exports = Self.added(parts.map(\.exports))
        summary.imports = Self.added(parts.map(\.imports))
        summary.total = Self.added(parts.map(\.total))
        summary.balance = Self.added(parts.map(\.balance))
        return summary
    }

    /// A flow of a group of chapters over a run of months.
    func groupSum(_ subject: TradeSubject, months range: PeriodRange, chapters: [Product]) throws -> RangeAnswer {
        var parts: [RangeAnswer] = []
        var firstError: (any Error)?
        for chapter in chapters {
            var one = subject
            one.product = chapter
            do {
                parts.append(try sum(one, months: range))
            } catch let error as StoreError {
                if firstError == nil { firstError = error }
            }
        }
        guard var answer = parts.first else {
            throw firstError ?? StoreError.invalidQuestion("a group without chapters")
        }
        let values = parts.compactMap(\.value)
        answer.product = subject.product
        answer.value = values.isEmpty ? nil : values.reduce(0, &+)
        answer.monthsWithData = Array(Set(parts.flatMap(\.monthsWithData))).sorted()
        answer.isComplete = answer.monthsWithData.count == range.months.count
        return answer
    }

    /// The partners ranked by a flow of a group of chapters: each partner's chapters added up, then ranked.
    func groupTopPartners(
        reporter: String, flow: Flow, period: Period, chapters: [Product], limit: Int, bySurplus: Bool
    ) throws -> RankingAnswer {
        var parts: [RankingAnswer] = []
        var firstError: (any Error)?
        for chapter in chapters {
            do {
                parts.append(
                    try topPartners(
                        reporter: reporter, flow: flow, period: period, product: chapter, limit: 300,
                        bySurplus: bySurplus))
            } catch let error as StoreError {
                if firstError == nil { firstError = error }
            }
        }
        guard var answer = parts.first else {
            throw firstError ?? StoreError.invalidQuestion("a group without chapters")
        }
        var byPartner: [String: (item: RankingAnswer.Item, values: [PeriodValue])] = [:]
        for part in parts {
            for item in part.items {
                byPartner[item.code, default: (item, [])].values.append(item.value)
            }
        }
        let totals = parts.compactMap(\.total)
        answer.total = totals.isEmpty ? nil : Self.added(totals)
        let whole = answer.total?.value
        var items = byPartner.values.map { entry -> RankingAnswer.Item in
            var item = entry.item
            item.value = Self.added(entry.values)
            item.percentOfTotal = whole.flatMap { whole in
                item.value.value.map { whole == 0 ? 0 : Double($0) / Double(whole) * 100 }
            }
            return item
        }
        items.sort { ($0.value.value ?? .min, $1.code) > ($1.value.value ?? .min, $0.code) }
        for index in items.indices { items[index].rank = index + 1 }
        answer.items = Array(items.prefix(limit))
        return answer
    }

    /// Values of one period added up: the sum of those with a value, the months any of them covers.
    static func added(_ values: [PeriodValue]) -> PeriodValue {
        guard var result = values.first else {
            return PeriodValue(period: .year(0), value: nil, months: [], isComplete: false, datasets: [])
        }
        let known = values.compactMap(\.value)
        result.value = known.isEmpty ? nil : known.reduce(0, &+)
        result.months = Array(Set(values.flatMap(\.months))).sorted()
        result.isComplete =
            values.contains(where: \.isComplete)
            || (result.period.isMonth ? result.value != nil : result.months.count == 12)
        result.datasets = Array(Set(values.flatMap(\.datasets))).sorted()
        return result
    }
}

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

    /// The store's answer for each chapter that has one; the first chapter's error when none has.
    private func eachChapter<Answer>(_ chapters: [Product], _ ask: (Product) throws -> Answer) throws -> [Answer] {
        var answers: [Answer] = []
        var firstError: (any Error)?
        for chapter in chapters {
            do {
                answers.append(try ask(chapter))
            } catch let error as StoreError {
                if firstError == nil { firstError = error }
            }
        }
        if answers.isEmpty { throw firstError ?? StoreError.invalidQuestion("a group without chapters") }
        return answers
    }

    /// A pair's trade in a group of chapters, summed over the chapters that answer.
    func groupTrade(reporter: String, partner: String, period: Period, chapters: [Product]) throws -> TradeSummary {
        let parts = try eachChapter(chapters) {
            try trade(reporter: reporter, partner: partner, period: period, product: $0)
        }
        return Self.combined(parts, adding: Self.added)
    }

    /// A flow's change between two periods in a group of chapters: each end summed over the chapters that answer.
    func groupChange(_ subject: TradeSubject, from: Period, to: Period, chapters: [Product]) throws -> ChangeAnswer {
        let parts = try eachChapter(chapters) { chapter in
            var one = subject
            one.product = chapter
            return try database.change(one, from: from, to: to)
        }
        return Self.combined(parts, subject, adding: Self.added)
    }

    /// Changes of parts (chapters or countries) made one: each end's values added up by `add`.
    static func combined(
        _ parts: [ChangeAnswer], _ subject: TradeSubject, adding add: ([PeriodValue]) -> PeriodValue
    ) -> ChangeAnswer {
        ChangeAnswer(
            reporter: parts[0].reporter, partner: parts[0].partner, flow: subject.flow, product: subject.product,
            from: add(parts.map(\.from)), to: add(parts.map(\.to)), coverage: parts[0].coverage)
    }

    /// Summaries of parts (chapters or countries) made one: each flow's values added up by `add`.
    static func combined(_ parts: [TradeSummary], adding add: ([PeriodValue]) -> PeriodValue) -> TradeSummary {
        var summary = parts[0]
        summary.exports = add(parts.map(\.exports))
        summary.imports = add(parts.map(\.imports))
        summary.total = add(parts.map(\.total))
        summary.balance = add(parts.map(\.balance))
        return summary
    }

    /// A flow of a group of chapters over a run of months.
    func groupSum(_ subject: TradeSubject, months range: PeriodRange, chapters: [Product]) throws -> RangeAnswer {
        let parts = try eachChapter(chapters) { chapter in
            var one = subject
            one.product = chapter
            return try sum(one, months: range)
        }
        var answer = parts[0]
        let values = parts.compactMap(\.value)
        answer.product = subject.product
        answer.value = values.isEmpty ? nil : Self.checkedSum(values)
        answer.monthsWithData = Array(Set(parts.flatMap(\.monthsWithData))).sorted()
        answer.isComplete = answer.value != nil && answer.monthsWithData.count == range.months.count
        return answer
    }

    /// The partners ranked by a flow of a group of chapters: each partner's chapters added up, then ranked.
    func groupTopPartners(
        reporter: String, flow: Flow, period: Period, chapters: [Product], limit: Int, bySurplus: Bool
    ) throws -> RankingAnswer {
        let parts = try eachChapter(chapters) {
            try topPartners(
                reporter: reporter, flow: flow, period: period, product: $0, limit: 300, bySurplus: bySurplus)
        }
        var answer = parts[0]
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
        result.value = known.isEmpty ? nil : ClaimChecker.checkedSum(known)
        result.months = Array(Set(values.flatMap(\.months))).sorted()
        // (Complete when one chapter covers the whole period or together they cover every month; never past an
        // overflow.)
        let covered = values.contains(where: \.isComplete) || result.period.isMonth || result.months.count == 12
        result.isComplete = result.value != nil && covered
        result.datasets = Array(Set(values.flatMap(\.datasets))).sorted()
        return result
    }
}

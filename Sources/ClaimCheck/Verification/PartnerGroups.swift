import TradeModel
import TradeStore

/// Countries a claim adds up ("trade with Canada and Mexico has nearly quadrupled since 1993"), asked of the store as
/// one partner whose code joins theirs with "+" ("CAN+MEX").
///
/// Unlike a group of chapters, every country must answer: a sum missing one of its parts is no answer.
extension ClaimChecker {
    /// The countries of a joined code, or `nil` for a single partner.
    static func partnerParts(_ partner: String) -> [String]? {
        guard partner.contains("+") else { return nil }
        let parts = partner.split(separator: "+").map(String.init)
        return parts.count > 1 ? parts : nil
    }

    /// A sum that holds only when every part answers, for the whole of the period.
    static func addedAll(_ values: [PeriodValue]) -> PeriodValue {
        var result = added(values)
        if values.contains(where: { $0.value == nil }) { result.value = nil }
        result.isComplete = result.value != nil && values.allSatisfy(\.isComplete)
        return result
    }

    /// The reporter's trade with several countries, added up.
    func partnersTrade(reporter: String, partners: [String], period: Period, product: Product) throws -> TradeSummary {
        let parts = try partners.map { try trade(reporter: reporter, partner: $0, period: period, product: product) }
        return Self.combined(parts, adding: Self.addedAll)
    }

    /// A flow with several countries over a run of months, added up.
    func partnersSum(_ subject: TradeSubject, months range: PeriodRange, partners: [String]) throws -> RangeAnswer {
        let parts = try partners.map { try sum(Self.subject(subject, partner: $0), months: range) }
        var answer = parts[0]
        let values = parts.compactMap(\.value)
        answer.value = values.count == parts.count ? Self.checkedSum(values) : nil
        answer.monthsWithData = parts.dropFirst().reduce(Set(parts[0].monthsWithData)) {
            $0.intersection($1.monthsWithData)
        }.sorted()
        answer.isComplete = answer.value != nil && parts.allSatisfy(\.isComplete)
        return answer
    }

    /// A flow's change between two periods with several countries, their values added up at each end.
    func partnersChange(_ subject: TradeSubject, from: Period, to: Period, partners: [String]) throws -> ChangeAnswer {
        let parts = try partners.map { try database.change(Self.subject(subject, partner: $0), from: from, to: to) }
        return Self.combined(parts, subject, adding: Self.addedAll)
    }

    /// The same question with one of the countries as its partner.
    private static func subject(_ subject: TradeSubject, partner: String) -> TradeSubject {
        var one = subject
        one.partner = partner
        return one
    }
}

import TradeModel
import TradeStore

/// Countries a claim adds up ("trade with Canada and Mexico has nearly quadrupled since 1993"), asked of the store as
/// one partner whose code joins theirs with "+" ("CAN+MEX").
///
/// Unlike a group of chapters, every country must answer: a sum missing one of its parts is no answer.
extension ClaimChecker {
    /// The countries of a joined code, or `nil` for a single partner.
    static func partnerParts(_ partner: String) -> [String]? {
        let parts = partner.split(separator: "+").map(String.init)
        return parts.count > 1 ? parts : nil
    }

    /// A sum that holds only when every part answers, for the whole of the period.
    static func addedAll(_ values: [PeriodValue]) -> PeriodValue {
        var result = added(values)
        let known = values.compactMap(\.value)
        if known.count < values.count { result.value = nil }
        result.isComplete = result.value != nil && values.allSatisfy(\.isComplete)
        return result
    }

    /// The reporter's trade with several countries, added up.
    func partnersTrade(reporter: String, partners: [String], period: Period, product: Product) throws -> TradeSummary {
        let parts = try partners.map { try trade(reporter: reporter, partner: $0, period: period, product: product) }
        var summary = parts[0]
        summary.exports = Self.addedAll(parts.map(\.exports))
        summary.imports = Self.addedAll(parts.map(\.imports))
        summary.total = Self.addedAll(parts.map(\.total))
        summary.balance = Self.addedAll(parts.map(\.balance))
        return summary
    }

    /// A flow with several countries over a run of months, added up.
    func partnersSum(_ subject: TradeSubject, months range: PeriodRange, partners: [String]) throws -> RangeAnswer {
        let parts = try partners.map { partner in
            var one = subject
            one.partner = partner
            return try sum(one, months: range)
        }
        var answer = parts[0]
        let values = parts.compactMap(\.value)
        answer.value = values.count == parts.count ? Self.checkedSum(values) : nil
        answer.monthsWithData = parts.map { Set($0.monthsWithData) }.reduce(Set(parts[0].monthsWithData)) {
            $0.intersection($1)
        }.sorted()
        answer.isComplete = answer.value != nil && parts.allSatisfy(\.isComplete)
        return answer
    }
}

extension ClaimChecker {
    /// A flow's change between two periods, for several countries added up when the partner joins their codes.
    func change(_ subject: TradeSubject, from: Period, to: Period) throws -> ChangeAnswer {
        guard let partners = Self.partnerParts(subject.partner) else {
            return try database.change(subject, from: from, to: to)
        }
        let parts = try partners.map { partner in
            var one = subject
            one.partner = partner
            return try database.change(one, from: from, to: to)
        }
        return ChangeAnswer(
            reporter: parts[0].reporter, partner: parts[0].partner, flow: subject.flow, product: subject.product,
            from: Self.addedAll(parts.map(\.from)), to: Self.addedAll(parts.map(\.to)), coverage: parts[0].coverage)
    }
}

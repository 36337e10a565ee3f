import TradeModel

@testable import ClaimCheck

/// An analysis aid for `CORPUS_PROBE`, not part of the checker: the frames next to the one a claim was read in, one
/// part of it changed (the flow, the period, the partner, the goods, whether the figure is an average). A figure wrong
/// as read and right in one of them was either written wrong in just that way or read wrong in just that way.
extension ClaimChecker {
    /// Which part of a claim's frame another reading changes.
    enum FrameSlot: String, Sendable, Hashable, CaseIterable {
        case flowSwapped, flowTotal, flowOneWay, periodNear, partnerWorld, partnerOther, partnerAdded, productTotal,
            averageTotal
    }

    /// The readings next to a claim's, each with the slot it changes, in order of how often writers mean them.
    static func otherReadings(of claim: FoundClaim, date: PublicationDate?) -> [(FrameSlot, FoundClaim)] {
        guard claim.outOfScope == nil, [.value, .change, .share, .composition].contains(claim.kind) else { return [] }
        var readings: [(FrameSlot, FoundClaim)] = []
        func add(_ slot: FrameSlot, _ change: (inout FoundClaim) -> Void) {
            var reading = claim
            change(&reading)
            reading.readingTried = true
            reading.alternatives = []
            reading.periodReadings = []
            reading.unsurePeriodReadings = []
            reading.partnerReadings = []
            reading.sentencePartners = []
            reading.sentencePeriods = []
            reading.flowReadings = []
            reading.productReadings = []
            reading.frameInferred = false
            readings.append((slot, reading))
        }
        switch claim.flow {
        case .exports, .imports:
            let other: Flow = claim.flow == .exports ? .imports : .exports
            add(.flowSwapped) { $0.flow = other }
            if claim.kind != .composition { add(.flowTotal) { $0.flow = .total } }
        case .total:
            add(.flowOneWay) { $0.flow = .exports }
            add(.flowOneWay) { $0.flow = .imports }
        case .balance:
            break
        }
        if let period = claim.period {
            for near in nearbyPeriods(of: period, date: date) { add(.periodNear) { $0.period = near } }
        }
        if claim.partnerSum.isEmpty, let partner = claim.partner {
            if partner != "WORLD", claim.kind != .share { add(.partnerWorld) { $0.partner = "WORLD" } }
            let others = (claim.sentencePartners + claim.partnerReadings).filter {
                $0 != partner && $0 != "USA" && $0 != claim.reporter
            }
            for other in others where other != "WORLD" {
                add(.partnerOther) { $0.partner = other }
                if partner != "WORLD" { add(.partnerAdded) { $0.partnerSum = [partner, other] } }
            }
        }
        if claim.product != .total, claim.productSum.isEmpty {
            add(.productTotal) {
                $0.product = .total
                if $0.kind == .composition { $0.kind = .value }
            }
        }
        if claim.averagePer != nil { add(.averageTotal) { $0.averagePer = nil } }
        return readings
    }

    /// The slots of the readings next to a claim's in which its figure holds.
    func slotsThatHold(_ claim: FoundClaim, _ language: Language, date: PublicationDate?) -> Set<FrameSlot> {
        var slots = Set<FrameSlot>()
        for (slot, reading) in Self.otherReadings(of: claim, date: date) where !slots.contains(slot) {
            if verify(reading, language, date: date).verdict == .supported { slots.insert(slot) }
        }
        return slots
    }
}

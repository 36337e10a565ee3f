import Foundation
import TradeModel

extension ClauseReader {
    /// Stage 3, the comparison rule for comparisons without a multiple: "mehr als mit Kanada oder mit
    /// China", "larger than the one with Japan", "Kanada liefere mehr in die USA als China", "Taiwan hat
    /// Japan überholt". One claim per partner compared with, saying which figure is the larger.
    func partnerComparisonClaims(into found: inout SentenceClaims) {
        // A multiple ("dreimal so groß wie") is the figure rule's comparison.
        guard !figures.contains(where: { $0.unit == .ratio }), !others.isEmpty,
            !words.contains(where: { ["combined", "zusammen", "together", "zusammengenommen"].contains($0) })
        else { return }
        for (index, word) in words.enumerated() {
            var direction = 0
            var compared: [CountryMention] = []
            if let more = Lexicon.comparisonDirection(word),
                let than = words[(index + 1)..<min(words.count, index + 6)].firstIndex(where: {
                    ["than", "als"].contains($0)
                })
            {
                direction = more
                // The countries right after "than": "als mit Kanada oder mit China", "than those with Germany".
                // A list goes on while the countries follow each other closely ("mit Kanada oder mit China").
                for other in others where other.token > than {
                    let previousEnd = compared.last.map { $0.token + $0.count } ?? (than + 1)
                    guard other.token - previousEnd <= (compared.isEmpty ? 3 : 2) else { break }
                    compared.append(other)
                }
            } else if Lexicon.isOvertake(word) {
                direction = 1
                compared = others.filter { abs($0.token - index) <= 5 }
            }
            guard direction != 0, !compared.isEmpty else { continue }
            // "12 per cent more to the UK than to Germany": the percent's own comparison claim.
            if found.claims.contains(where: { $0.kind == .comparison && $0.unit == .percent }) { continue }
            let anchor = tokens[index].range.lowerBound
            let anchorOffset = scalarOffset(anchor)
            // What is compared: the money figure before the comparison, else the country named before it.
            let figure = found.claims.last { $0.unit == .usd && $0.claimedEnd <= anchorOffset }
            let subjectCountry = others.last { $0.token < index && !compared.contains($0) }
            if Lexicon.isOvertake(word) { compared.removeAll { $0 == subjectCountry } }
            guard let partner = figure?.partner ?? subjectCountry?.code ?? parties.partner, partner != "WORLD",
                !compared.isEmpty
            else { continue }
            var (flow, flowToken) = figure.map { ($0.flow, nil) } ?? self.flow(near: anchor)
            if figure == nil, mirrored(flow, flowToken: flowToken) { flow = flow == .exports ? .imports : .exports }
            if flow != .balance, cues.deficit || cues.surplus, figure == nil { flow = .balance }
            let period = figure?.period ?? self.period(near: anchor) ?? latestYear
            for (offset, other) in compared.enumerated() where other.code != partner {
                // The first partner's claim spans the comparison ("larger than the one with Japan"); the
                // next ones their names ("… oder mit China").
                let start = offset == 0 ? min(anchor, other.range.lowerBound) : other.range.lowerBound
                let end =
                    offset == 0 ? max(tokens[index].range.upperBound, other.range.upperBound) : other.range.upperBound
                var claim = FoundClaim(
                    sentence: facts.sentence, kind: .comparison, reporter: reporter, partner: partner, flow: flow,
                    product: .total, period: period, claimedText: String(text[start..<end]),
                    claimedStart: scalarOffset(start), claimedEnd: scalarOffset(end), value: nil, unit: .none,
                    hedge: .exact, rounding: 0, lowest: false, rankedCountry: nil, rank: 1, signExplicit: false)
                claim.comparedPartner = other.code
                claim.comparisonDirection = direction
                claim.outOfScope = scope(of: max(0, index - 8)..<(index + 6))
                found.claims.append(claim)
            }
        }
    }
}

import Foundation
import TradeModel

/// Stage 3, rules for claims without a figure: a trend, a small share, the main products.
extension ClauseReader {
    /// A change without a figure: "zwischen 2014 und 2022 war der Handel drastisch eingebrochen",
    /// "exports to China have fallen sharply since 2018".
    func trendClaims(into found: inout SentenceClaims) {
        // A change without a figure: "zwischen 2014 und 2022 war der Handel drastisch eingebrochen",
        // "exports to China have fallen sharply since 2018".
        if figures.isEmpty, cues.change, !cues.flows.isEmpty || continues,
            let verb = words.indices.first(where: {
                Lexicon.isChange(words[$0]) && !["up", "plus"].contains(words[$0])
            }),
            case .span(let from, let to)? = span(
                latest: periods.date?.latestPublishedYear ?? referenceYear.map { $0 - 1 }),
            periodMentions.contains(where: {
                switch $0.kind {
                case .range: return true
                // ("the highest for any month since March 2023": a record's since, not a trend's.)
                case .since: return !isRecordSince($0)
                default: return false
                }
            })
        {
            var (flowValue, _) = flow(near: tokens[verb].range.lowerBound)
            if flowValue == .balance, !cues.deficit, !cues.surplus { flowValue = .total }
            let strongWords: Set<String> = [
                "drastisch", "massiv", "stark", "deutlich", "dramatisch", "sharply", "steeply", "dramatically",
                "collapsed", "plunged", "plummeted", "soared", "eingebrochen", "eingebrochen", "zusammengebrochen",
                "eingebrochen.", "kollabiert", "eingebrochen,", "steil", "vervielfacht",
            ]
            var claim = FoundClaim(
                sentence: facts.sentence, kind: .change, reporter: reporter,
                partner: parties.partner ?? discourse.partner,
                flow: flowValue, product: .total, period: .span(from, to), claimedText: String(tokens[verb].text),
                claimedStart: scalarOffset(tokens[verb].range.lowerBound),
                claimedEnd: scalarOffset(tokens[verb].range.upperBound), value: nil, unit: .none, hedge: .exact,
                rounding: 0, lowest: false, rankedCountry: nil, rank: 1, signExplicit: false)
            claim.trendDirection = cues.decline ? -1 : 1
            claim.trendStrong =
                words.contains { strongWords.contains($0) } || words[verb].hasPrefix("einbr")
                || words[verb].hasPrefix("eingebr") || words[verb].hasPrefix("collaps")
                || words[verb].hasPrefix("plung")
                || words[verb].hasPrefix("slump") || words[verb].hasPrefix("soar")
            found.claims.append(claim)
        }
    }

    /// A share without a figure: "nur ein Bruchteil der Exporte", "a tiny fraction of U.S. imports".
    func smallShareClaims(into found: inout SentenceClaims) {
        // A share without a figure: "nur ein Bruchteil der Exporte", "a tiny fraction of U.S. imports".
        if figures.isEmpty,
            let small = words.firstIndex(where: { ["bruchteil", "fraction", "sliver", "randnotiz"].contains($0) }),
            let flowCue = cues.flows.first(where: { $0.token > small })
        {
            let sharePeriod = ownYear.map { ClaimPeriod.single($0) } ?? contextPeriod
            var claim = FoundClaim(
                sentence: facts.sentence, kind: .share, reporter: reporter,
                partner: parties.partner ?? discourse.partner,
                flow: flowCue.flow == .balance ? .total : flowCue.flow, product: .total, period: sharePeriod,
                claimedText: String(tokens[small].text), claimedStart: scalarOffset(tokens[small].range.lowerBound),
                claimedEnd: scalarOffset(tokens[small].range.upperBound), value: nil, unit: .none, hedge: .exact,
                rounding: 0, lowest: false, rankedCountry: nil, rank: 1, signExplicit: false)
            claim.smallShare = true
            found.claims.append(claim)
        }
    }

    /// A composition without a figure: "vor allem Düngemittel", "mainly fertilizers".
    func mainProductClaims(into found: inout SentenceClaims) {
        // Composition without a figure: "vor allem Düngemittel", "mainly fertilizers".
        if figures.isEmpty, let product = cues.products.first,
            words.contains(where: {
                ["mainly", "mostly", "chiefly", "primarily", "largely", "hauptsächlich", "überwiegend", "vorwiegend"]
                    .contains($0)
            }) || (words.contains("vor") && words.contains("allem")),
            cues.flows.contains(where: { $0.flow == .imports || $0.flow == .exports }) || continues
        {
            let firstToken = tokens[product.token]
            var (flowValue, flowToken) = flow(near: firstToken.range.lowerBound)
            if mirrored(flowValue, flowToken: flowToken) { flowValue = flowValue == .exports ? .imports : .exports }
            // "vor allem Platin und Düngemittel": each product of the list is a claim of its own.
            var listed = [product]
            for next in cues.products where next.token > listed.last!.token && next.code != listed.last!.code {
                let between = words[(listed.last!.token + 1)..<next.token]
                guard between.count <= 3, between.allSatisfy({ ["und", "and", "sowie", "or", "oder"].contains($0) })
                else { break }
                listed.append(next)
            }
            for item in listed {
                let token = tokens[item.token]
                found.claims.append(
                    FoundClaim(
                        sentence: facts.sentence, kind: .composition, reporter: reporter, partner: parties.partner,
                        flow: flowValue.isStored ? flowValue : .imports, product: .hs(item.code),
                        period: period(near: firstToken.range.lowerBound), claimedText: String(token.text),
                        claimedStart: scalarOffset(token.range.lowerBound),
                        claimedEnd: scalarOffset(token.range.upperBound),
                        value: nil, unit: .none, hedge: .exact, rounding: 0, lowest: false, rankedCountry: nil, rank: 1,
                        signExplicit: false))
            }
        }
    }
}

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

    /// A run of rises or falls: "Exports slipped for a second straight year, to $323.6 billion", "three
    /// months in a row", "sanken zum dritten Mal in Folge", "im zweiten Jahr in Folge".
    func streakClaims(into found: inout SentenceClaims) {
        guard cues.change || cues.decline, !cues.flows.isEmpty || continues else { return }
        // ("a second", "dritten", "three", "4th": the ranking's number words.)
        func number(_ word: String) -> Int? {
            if let known = RankFinder.englishOrdinals[word] ?? RankFinder.germanOrdinals[word]
                ?? RankFinder.cardinals[word]
            {
                return known
            }
            let digits = word.prefix { $0.isNumber }
            return ["st", "nd", "rd", "th"].contains(String(word.dropFirst(digits.count))) ? Int(digits) : nil
        }
        let years: Set<String> = ["year", "years", "jahr", "jahre"]
        let months: Set<String> = ["month", "months", "monat", "monate"]
        for index in words.indices {
            var count: Int?
            var unit: String?
            var start = index
            var end = index
            // "a second straight year", "three consecutive months", "the third successive month"
            if ["straight", "consecutive", "successive"].contains(words[index]), index > 0, index + 1 < words.count,
                years.contains(words[index + 1]) || months.contains(words[index + 1])
            {
                count = number(words[index - 1])
                unit = words[index + 1]
                (start, end) = (index - 1, index + 1)
            }
            // "three years in a row", "for a third month in a row"
            if words[index] == "row", index >= 4, words[index - 1] == "a", words[index - 2] == "in",
                years.contains(words[index - 3]) || months.contains(words[index - 3])
            {
                count = number(words[index - 4])
                unit = words[index - 3]
                (start, end) = (index - 4, index)
            }
            // "zum dritten Mal in Folge", "im zweiten Jahr in Folge", "den dritten Monat in Folge"
            if words[index] == "folge", index >= 3, words[index - 1] == "in" {
                let noun = words[index - 2]
                if noun == "mal" || years.contains(noun) || months.contains(noun) {
                    count = number(words[index - 3])
                    unit = noun
                    (start, end) = (index - 3, index)
                }
            }
            // (At most two years of months: each period is one question to the store.)
            guard let count, count >= 2, count <= 24, let unit else { continue }
            // The run ends in the period of the sentence's own figure, else the one the sentence names.
            let level = found.claims.last { $0.kind == .value && $0.period?.isSingle == true }
            var period = level?.period ?? ownMonth.map { .single($0) } ?? ownYear.map { .single($0) } ?? contextPeriod
            if years.contains(unit), let last = period?.last, last.isMonth { period = .single(.year(last.year)) }
            if months.contains(unit), let last = period?.last, !last.isMonth { continue }
            guard let period, period.isSingle else { continue }
            var (flowValue, flowToken) = flow(near: tokens[start].range.lowerBound)
            if mirrored(flowValue, flowToken: flowToken) { flowValue = flowValue == .exports ? .imports : .exports }
            if let level { flowValue = level.flow }
            if flowValue == .balance, !cues.deficit, !cues.surplus { flowValue = .total }
            var claim = FoundClaim(
                sentence: facts.sentence, kind: .change, reporter: reporter,
                partner: level?.partner ?? parties.partner ?? discourse.partner, flow: flowValue, product: .total,
                period: period,
                claimedText: String(text[tokens[start].range.lowerBound..<tokens[end].range.upperBound]),
                claimedStart: scalarOffset(tokens[start].range.lowerBound),
                claimedEnd: scalarOffset(tokens[end].range.upperBound), value: nil, unit: .none, hedge: .exact,
                rounding: 0, lowest: false, rankedCountry: nil, rank: 1, signExplicit: false)
            claim.trendDirection = cues.decline ? -1 : 1
            claim.streak = count
            claim.frameInferred = level == nil && ownYear == nil && ownMonth == nil
            found.claims.append(claim)
            return
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

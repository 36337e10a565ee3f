import Foundation
import TradeModel

extension ClauseReader {
    /// Stage 3, the comparison rule for comparisons without a multiple: "mehr als mit Kanada oder mit
    /// China", "larger than the one with Japan", "Kanada liefere mehr in die USA als China", "Taiwan hat
    /// Japan überholt". One claim per partner compared with, saying which figure is the larger.
    func partnerComparisonClaims(into found: inout SentenceClaims) {
        // A multiple ("dreimal so groß wie", "more than double the level") is the figure rule's comparison.
        let multiples = figures.filter { $0.unit == .ratio }.map { tokenIndex(of: $0.range.lowerBound) }
        // "Nur Kanada und Mexiko nahmen mehr US-Waren ab als Brasilien": a place, the ranking rule's.
        guard !facts.rankMentions.contains(where: \.comparative) else { return }
        // "than the deficits with Germany and Japan combined": one sum of the countries listed up to the word.
        let combined = words.firstIndex(where: { Lexicon.combinedWords.contains($0) })
        for (index, word) in words.enumerated() {
            if multiples.contains(where: { abs($0 - index) <= 6 }) { continue }
            var direction = 0
            var compared: [CountryMention] = []
            var equal = false
            var marker: Int?
            var sumEnd: Int?
            // ("shipped more medicine to the United States than Switzerland and Germany combined", "does more trade
            // with the United States than India does": the goods and the home reporter between.)
            if let more = Lexicon.comparisonDirection(word),
                let than = words[(index + 1)..<min(words.count, index + 9)].firstIndex(where: {
                    ["than", "als"].contains($0)
                })
            {
                // "more than two-and-a-half times", "mehr als doppelt": a hedge, not a comparison of its own.
                let next = than + 1 < words.count ? words[than + 1] : ""
                let head = String(next.split(separator: "-").first ?? "")
                if next.first?.isNumber == true || Self.hedgedAmounts.contains(head) || next.hasPrefix("verdoppel") {
                    continue
                }
                // ("einen höheren Zusatzzoll als Importe aus der EU", "a higher tariff than": a rate compared.)
                if index + 1 < words.count,
                    Lexicon.isRate(words[index + 1]) || words[index + 1].hasSuffix("zoll")
                        || words[index + 1].hasSuffix("zölle")
                {
                    continue
                }
                direction = more
                marker = than
            } else if Lexicon.exceedVerbs.contains(word), facts.rankMentions.isEmpty {
                // "Ireland's shipments exceeded those of Germany and Switzerland combined", "übertrifft sogar die
                // Defizite mit Japan und Frankreich zusammen": the countries after the verb.
                direction = 1
                marker = index
            } else if word == "ahead", index + 1 < words.count, words[index + 1] == "of",
                // (After a ranking, "ahead of" is part of the place: "ranked third, ahead of Korea".)
                facts.rankMentions.isEmpty
            {
                // "the ninth-largest market for American goods, ahead of France"
                direction = 1
                marker = index + 1
            } else if word == "vor" || word == "hinter" || word == "behind", index > 0,
                ["knapp", "noch", "deutlich", "weit", "klar", "just", "narrowly", "closely", "only", "far", "well"]
                    .contains(words[index - 1])
                    // ("Südkorea liegt als Lieferland in diesem Jahr schon vor Japan", "rangierte hinter Vietnam": a
                    // verb of standing in a list before it in its clause.)
                    // (Not beside a place: "liegt hauchdünn hinter Kanada auf Platz drei" is the place's; nor beside
                    // the figures that say it: "lag Mexiko mit 36,7 Milliarden Dollar vor China (35,8 Milliarden)".)
                    || (facts.placesWithoutMeasure.isEmpty && figures.isEmpty
                        && (max(0, index - 8)..<index).contains(where: { at in
                            Lexicon.standingVerbs.contains(words[at]) && !clauseCommaBetween(at, index)
                        })),
                others.contains(where: { $0.token == index + 1 || ($0.token == index + 2 && words[index + 1] == "der") }
                ),
                facts.rankMentions.isEmpty
            {
                // "auf Platz fünf, knapp vor Deutschland", "Indien lag damit knapp hinter Vietnam", "just behind
                // Canada": the subject's trade against the next country's.
                direction = word == "vor" ? 1 : -1
                marker = index
            } else if let than = equalityMarker(at: index) {
                // "nearly as large as the shortfall with Ireland", "fast exakt so groß wie jenes mit Irland".
                equal = true
                marker = than
            }
            if let than = marker {
                // The countries right after "than": "als mit Kanada oder mit China", "than those with Germany".
                // A list goes on while the countries follow each other closely ("mit Kanada oder mit China"),
                // or up to "combined" ("with India, Thailand and Malaysia combined").
                sumEnd = combined.flatMap { $0 > than && $0 - than <= 16 ? $0 : nil }
                for other in others where other.token > than {
                    if let sumEnd {
                        guard other.token < sumEnd else { break }
                        compared.append(other)
                        continue
                    }
                    let previousEnd = compared.last.map { $0.token + $0.count } ?? (than + 1)
                    guard other.token - previousEnd <= (compared.isEmpty ? 3 : 2) else { break }
                    // ("als in Kanada; nur aus China kam mehr": a semicolon ends the list.)
                    if !compared.isEmpty, clauseBreak(from: previousEnd - 1, to: other.token) { break }
                    compared.append(other)
                }
                if combined != nil, sumEnd == nil { continue }
                // "etwas weniger als die jährliche Wirtschaftsleistung Dänemarks", "more than Belgium's GDP": a
                // country's economy, company or budget on the compared side, not its trade.
                if let first = compared.first, first.token > than,
                    words[(than + 1)..<min(words.count, first.token + first.count + 2)].contains(where: {
                        Lexicon.isRate($0) || Lexicon.isCompanyFigure($0) || Lexicon.isEconomyOrPrice($0)
                            || ["output", "budget", "haushalt", "bruttoinlandsprodukt"].contains($0)
                    })
                {
                    continue
                }
            } else if Lexicon.isOvertake(words, at: index) {
                // ("China was overtaken by Mexico": the subject is the one passed.)
                direction = Lexicon.isPassiveOvertake(words, at: index) ? -1 : 1
                // (Not the owner of the ranking passed in: "overtook the United States as Brazil's largest partner".)
                // ("Imports from China fell, and … Mexico overtook China": the one passed follows the verb where a
                // country does; only a German verb at the end has both before it.)
                let afterVerb = others.filter { $0.token > index && $0.token - index <= 5 && $0.form != .genitive }
                compared =
                    afterVerb.isEmpty
                    ? others.filter { abs($0.token - index) <= 5 && $0.form != .genitive } : afterVerb
                // ("China is no longer number one: Mexico overtook it": the one passed is the country the pronoun
                // points back to.)
                if !Lexicon.isPassiveOvertake(words, at: index), index + 1 < words.count,
                    ["it", "them", "ihn", "es", "sie"].contains(words[index + 1]),
                    let subject = others.last(where: { $0.token < index && index - ($0.token + $0.count) <= 1 }),
                    let passed = others.last(where: { $0.token < subject.token && $0.code != subject.code })
                {
                    compared = [passed]
                }
            }
            // ("nearly as much as we imported from Taiwan in all of 2023": the subject again, in another period.)
            let subject = others.last { $0.token < index }?.code ?? parties.partner
            if equal, let than = marker, compared.allSatisfy({ $0.code == subject }) {
                acrossPeriods(at: index, marker: than, into: &found)
                continue
            }
            // "That is already more than in the whole of 2023", "schon jetzt mehr als im gesamten Jahr 2024": more
            // than the same partner's trade in a period named right after "than".
            // (A whole period, or a sentence without a figure: "15 Prozent weniger als im Vorjahreszeitraum" is the
            // figure's change.)
            // ("American exports to Korea, at $41.6 billion last year, were actually lower than in 2011": a money
            // figure well before the comparative is its own side.)
            if direction != 0, let than = marker, compared.isEmpty, word != "vor", word != "hinter", word != "behind",
                figures.isEmpty
                    || (figures.allSatisfy({ $0.unit == .usd && tokenIndex(of: $0.range.upperBound) < index - 2 })
                        // (Not another subject after a conjunction: "…, as prices were lower than in early 2022".)
                        && !words[(figures.last.map { tokenIndex(of: $0.range.upperBound) } ?? 0)..<index].contains(
                            where: {
                                ["as", "because", "since", "while", "weil", "da", "denn", "während", "when", "als"]
                                    .contains($0) || Lexicon.isEconomyOrPrice($0) || Lexicon.isRate($0)
                            }))
                    || words[(than + 1)..<min(words.count, than + 5)].contains(where: {
                        ["whole", "all", "entire", "full", "gesamten", "ganzen", "gesamte", "ganze", "kompletten"]
                            .contains($0)
                    })
            {
                acrossPeriods(at: index, marker: than, direction: direction, into: &found)
                continue
            }
            // (With a multiple in the sentence, only a comparison across periods is read apart from it.)
            guard direction != 0 || equal, !compared.isEmpty, multiples.isEmpty else { continue }
            // "12 per cent more to the UK than to Germany": the percent's own comparison claim.
            if found.claims.contains(where: { $0.kind == .comparison && $0.unit == .percent }) { continue }
            let anchor = tokens[index].range.lowerBound
            let anchorOffset = scalarOffset(anchor)
            // What is compared: the money figure before the comparison, else the country named before it.
            let figure = found.claims.last { $0.unit == .usd && $0.claimedEnd <= anchorOffset }
            let subjectCountry = beforeInsertion(
                others.filter { $0.token < index && !compared.contains($0) }, before: index)
            if Lexicon.isOvertake(words, at: index) { compared.removeAll { $0 == subjectCountry } }
            // ("That's bigger than our deficit with Japan or Germany": every country named is on the compared side;
            // the subject is what the sentence before spoke of.)
            let subjectBefore =
                others.allSatisfy({ $0.token > index }) ? discourse.partner.flatMap { $0 == "WORLD" ? nil : $0 } : nil
            guard
                let partner = figure?.partner ?? subjectCountry?.code ?? subjectBefore ?? parties.partner,
                partner != "WORLD", !compared.isEmpty
            else { continue }
            var (flow, flowToken) = figure.map { ($0.flow, nil) } ?? self.flow(near: anchor)
            if figure == nil, mirrored(flow, flowToken: flowToken) { flow = flow == .exports ? .imports : .exports }
            if flow != .balance, figure == nil, cues.deficit || cues.surplus {
                flow = ownClauseFlow(anchor: index) ?? .balance
            }
            // ("Taiwan overtook South Korea as a supplier", "Mexiko hat China als Lieferant überholt": passing
            // another in a list compares by the list's measure.)
            // ("overtook Germany to become the fourth-largest source of the U.S. deficit": the balance.)
            // (A place the sentence ranks by the article's measure: "rückte auf Platz sieben vor und überholte
            // Großbritannien" after "unter den Lieferländern".)
            if figure == nil, Lexicon.isOvertake(words, at: index) {
                // ("…, and in total trade Mexico has already overtaken Canada": a flow word of the verb's own clause
                // first.)
                let clauseOpen =
                    (0..<index).last(where: { at in
                        at > 0 && ["and", "und", "but", "aber", "while", "während"].contains(words[at])
                            && clauseCommaBetween(at - 1, at)
                    }) ?? 0
                if clauseOpen > 0, let own = cues.flows.last(where: { $0.token > clauseOpen && $0.token < index }) {
                    flow = own.flow
                } else if let listed = found.claims.last(where: { $0.kind == .rank })?.flow
                    ?? facts.rankMentions.lazy.compactMap(\.measure).first
                {
                    flow = listed
                } else if figure == nil,
                    !cues.flows.contains(where: { cue in
                        let (low, high) = (min(cue.token, index), max(cue.token, index))
                        return cue.flow == flow && !clauseBreak(from: low, to: high)
                            && !(low + 1..<max(low + 1, high + 1)).contains(where: { at in
                                ["and", "und"].contains(words[at]) && clauseCommaBetween(at - 1, at)
                            })
                    }),
                    cues.flows.contains(where: { $0.flow == flow })
                {
                    // ("Mexico passes China, and the deficit shrinks": a flow word of another clause is not the
                    // passing's measure; the article's, else all trade.)
                    flow = discourse.flow ?? .total
                } else if let listed = RankFinder.measure(around: index, in: words).0 {
                    flow = listed
                }
            }
            var period = figure?.period ?? self.period(near: anchor) ?? latestYear
            // ("the ninth-largest market for American goods, ahead of France": by the ranking's measure.)
            if ["ahead", "vor"].contains(word) || words[index] == "of",
                let rank = found.claims.last(where: { $0.kind == .rank }), let rankPeriod = rank.period
            {
                (flow, period) = (rank.flow, rankPeriod)
            }
            let summed = sumEnd != nil
            // The subject on both sides ("… than imports from France and Italy", the subject read as
            // France): the sentence was misread; no claim rather than a wrong one.
            if summed, compared.contains(where: { $0.code == partner }) { continue }
            compared.removeAll { $0.code == partner }
            // ("China overtook the United States as Brazil's largest trading partner": the home reporter is no
            // partner of its own; another country's ranking.)
            compared.removeAll { $0.code == homeReporter }
            guard !compared.isEmpty else { continue }
            for (offset, other) in compared.enumerated() {
                if summed, offset > 0 { break }
                // ("18 Mrd. Dollar mehr als aus Taiwan": the figure's own comparison says it.)
                if found.claims.contains(where: { $0.kind == .comparison && $0.comparedPartner == other.code }) {
                    continue
                }
                // The first partner's claim spans the comparison ("larger than the one with Japan"); the
                // next ones their names ("… oder mit China").
                let start = offset == 0 ? min(anchor, other.range.lowerBound) : other.range.lowerBound
                var end =
                    offset == 0 ? max(tokens[index].range.upperBound, other.range.upperBound) : other.range.upperBound
                // ("larger than the deficits with Germany, Japan, Mexico and Vietnam combined": the whole sum.)
                if summed, let last = compared.last, let sumEnd {
                    end = max(end, last.range.upperBound, tokens[sumEnd].range.upperBound)
                }
                var claim = FoundClaim(
                    sentence: facts.sentence, kind: .comparison, reporter: reporter, partner: partner, flow: flow,
                    product: .total, period: period, claimedText: String(text[start..<end]),
                    claimedStart: scalarOffset(start), claimedEnd: scalarOffset(end), value: nil, unit: .none,
                    hedge: .exact, rounding: 0, lowest: false, rankedCountry: nil, rank: 1, signExplicit: false)
                claim.comparedPartner = other.code
                claim.comparisonDirection = direction
                // ("Mexico now sells us more than Canada does", in January 2016: the latest full year, or the months
                // out by then; wrong for one and right for the other is unsure.)
                if figure?.period == nil, periodMentions.isEmpty {
                    claim.unsurePeriodReadings = [latestYearSoFar].compactMap { $0 }.filter { $0 != period }
                }
                // ("Ireland's pharmaceutical shipments exceeded those of Germany": the goods named before.)
                // ("more vehicles and parts than Germany did": a list of one chapter's words is that chapter.)
                let goodsBefore = cues.products.filter { $0.token < max(index, marker ?? index) }
                if let goods = goodsBefore.last(where: { !$0.listed })
                    ?? (Set(goodsBefore.map(\.code)).count == 1 ? goodsBefore.last : nil)
                {
                    claim.product = .hs(goods.code)
                } else if let figure, figure.product != .total {
                    // ("Mexico supplied $129.0 billion of it, more than Canada and Japan combined": the figure's goods.)
                    claim.product = figure.product
                } else if let goods = discourse.product,
                    case let near = words[max(0, index - 3)..<min(words.count, max(index, marker ?? index) + 1)],
                    near.contains("of") && near.contains(where: { ["it", "them"].contains($0) })
                        || near.contains("davon")
                {
                    // ("it sold more of it than Mexico and Iraq combined": the goods the sentence before named.)
                    claim.product = .hs(goods)
                }
                if summed { claim.comparedPartners = compared.dropFirst().map(\.code) }
                // ("Taiwan also overtook South Korea as a source of U.S. imports": the claim rests on the one passing
                // too, when it opens the clause of the verb.)
                // ("Südkorea liegt inzwischen vor Japan": the one standing before too.)
                if offset == 0, figure == nil,
                    Lexicon.isOvertake(words, at: index) && !Lexicon.isPassiveOvertake(words, at: index)
                        || (["vor", "hinter", "behind"].contains(word) && Lexicon.standingVerbBefore(words, index)),
                    let subjectCountry, subjectCountry.code == partner,
                    // ("Mexiko liegt damit als Lieferant der Vereinigten Staaten vor der Volksrepublik": up to ten words
                    // between, within the clause.)
                    subjectCountry.token < index, index - subjectCountry.token <= 10,
                    !clauseCommaBetween(subjectCountry.token, index)
                {
                    claim.wordsStart = scalarOffset(subjectCountry.range.lowerBound)
                    claim.wordsEnd = scalarOffset(end)
                }
                // ("Schweiz: Die Eidgenossenschaft hat Deutschland als zweitwichtigsten Lieferanten abgelöst", in a list of
                // the suppliers of medicines: an overtaking that names no goods may be of the goods the article speaks
                // of; that reading is tried when the one of all goods does not hold.)
                if Lexicon.isOvertake(words, at: index), claim.product == .total, claim.flow == .imports,
                    cues.products.isEmpty, !Lexicon.saysAllGoods(words),
                    let carried = discourse.recentGoods ?? discourse.articleGoods
                {
                    claim.productReadings = [carried]
                }
                if equal {
                    // As large as the other: a ratio of one, read loosely (±5%).
                    claim.value = 1
                    claim.unit = .ratio
                    claim.hedge = .approx
                    claim.rounding = 0.05
                }
                claim.outOfScope = scope(of: max(0, index - 8)..<(index + 6))
                found.claims.append(claim)
            }
        }
    }

    /// The flow of a comparison whose own clause (the stretch around its comparison word that no comma parts from it)
    /// names a flow and no balance: "Im Handel mit Litauen, mit dem die USA mehr Waren austauschten als mit Russland,
    /// verbuchten sie einen Überschuss" compares trade, whatever surplus the sentence has. `nil` where the clause names
    /// none (a deficit or surplus of the sentence makes it one of balances then).
    func ownClauseFlow(anchor: Int) -> Flow? {
        let own = cues.flows.filter { abs($0.token - anchor) <= 8 && !clauseCommaBetween($0.token, anchor) }
        guard !own.contains(where: { $0.flow == .balance }) else { return nil }
        return own.min(by: { abs($0.token - anchor) < abs($1.token - anchor) })?.flow
    }

    /// "America sold more goods to Britain in 2020 than it bought from it", "Britain buys more from the United States
    /// than it sells there", "verkauften die Amerikaner mehr nach Finnland, als sie von dort bezogen": one partner's two
    /// flows compared without a figure, the sign of the balance. The verbs say the flows and the subject whose they are
    /// (the home reporter's selling is its exports; a partner's, its imports). Not with a
    /// figure between the verbs (the figure rule's "$1.4bn more to Britain than it bought"), not a run ("every year
    /// since", "erstmals seit") or another claim of the two flows, and not with two partners.
    func flowComparisonClaims(into found: inout SentenceClaims) {
        // (Nor beside a claim that already says it: a record of the gap, "bought far more … than they sold - a record
        // gap"; the balance as "the difference" of the two flows; a multiple of one over the other, "for every dollar
        // of American goods shipped to Korea, about $1.45 of Korean goods came back".)
        guard
            !found.claims.contains(where: {
                $0.conditionRun != nil || $0.kind == .record || $0.kind == .peak || $0.comparedFlow != nil
                    || $0.flow == .balance
            })
        else { return }
        let subjects: Set<String> = ["it", "they", "we", "he", "she", "sie", "es", "er", "wir", "man"]
        for (index, word) in words.enumerated() {
            guard ["more", "less", "mehr", "weniger"].contains(word), let direction = Lexicon.comparisonDirection(word),
                let than = ((index + 1)..<min(words.count, index + 9)).first(where: {
                    ["than", "als"].contains(words[$0])
                }),
                let sold = (max(0, index - 7)..<index).last(where: { Self.tradeVerbs[words[$0]] != nil }),
                let ownFlow = Self.tradeVerbs[words[sold]],
                ((than + 1)..<min(words.count, than + 3)).contains(where: { subjects.contains(words[$0]) })
                    || facts.mentions.contains(where: {
                        $0.code == homeReporter && $0.token > than && $0.token <= than + 3
                    }),
                let bought = ((than + 1)..<min(words.count, than + 7)).first(where: {
                    Self.tradeVerbs[words[$0]].map { $0 != ownFlow } == true
                })
            else { continue }
            let span = tokens[sold].range.lowerBound..<tokens[bought].range.upperBound
            // (No figure between the verbs, and no other country after "than": "more than Canada did".)
            guard !figures.contains(where: { $0.range.overlaps(span) }),
                !facts.mentions.contains(where: { $0.token > than && $0.token < bought && $0.code != homeReporter })
            else { continue }
            let partners = Set(facts.mentions.map(\.code).filter { $0 != homeReporter && $0 != "WORLD" })
            guard partners.count <= 1 else { continue }
            let partner = partners.first ?? discourse.partner.flatMap { $0 == "WORLD" ? nil : $0 }
            guard let partner else { continue }
            // ("Ein Land, das mehr ausgibt, als es spart, importiert mehr, als es exportiert": no country and no
            // pronoun standing for one is a rule of economics, not a claim.)
            if facts.mentions.isEmpty,
                !(max(0, sold - 2)..<min(words.count, sold + 3)).contains(where: {
                    ["we", "wir", "they", "it", "sie", "es"].contains(words[$0])
                })
            {
                continue
            }
            // Whose the verbs are. A country after a preposition in the first clause is the other side ("kauften die
            // Amerikaner in China mehr ein", "Polen verkaufte mehr in die USA", "sold more to Britain"); else "we"
            // before the verb; else the country nearest before it ("we sell Israel more than we buy"); else the
            // sentence's first country.
            let prepositions: Set<String> = ["to", "from", "in", "into", "nach", "an", "aus", "von", "bei"]
            let firstClause = (sold + 1)..<than
            let object = facts.mentions.first { mention in
                firstClause.contains(mention.token) && mention.token > 0
                    && (prepositions.contains(words[mention.token - 1])
                        || (mention.token > 1 && prepositions.contains(words[mention.token - 2])
                            && ["the", "die", "der", "den", "dem"].contains(words[mention.token - 1])))
            }
            let nearest = (max(0, sold - 6)..<sold).reversed().lazy.compactMap { at -> Bool? in
                if ["we", "wir"].contains(self.words[at]) { return true }
                return self.facts.mentions.first(where: { $0.token <= at && at < $0.token + $0.count }).map {
                    $0.code == self.homeReporter
                }
            }.first
            let sellerIsHome =
                object.map { $0.code != homeReporter } ?? nearest ?? facts.mentions.first.map {
                    $0.code == homeReporter
                }
                ?? partners.isEmpty
            // (The verbs as the partner's: "sold" is the partner's sale, U.S. imports; the home reporter's, exports.)
            let flow: Flow = sellerIsHome ? (ownFlow == .imports ? .exports : .imports) : ownFlow
            let anchor = tokens[index].range.lowerBound
            let said = self.period(near: anchor)
            guard let period = said ?? contextPeriod ?? latestYear else { continue }
            var claim = FoundClaim(
                sentence: facts.sentence, kind: .comparison, reporter: reporter, partner: partner, flow: flow,
                product: .total, period: period, claimedText: String(text[span]),
                claimedStart: scalarOffset(span.lowerBound), claimedEnd: scalarOffset(span.upperBound), value: nil,
                unit: .none, hedge: .exact, rounding: 0, lowest: false, rankedCountry: nil, rank: 1,
                signExplicit: false)
            claim.comparedFlow = flow == .exports ? .imports : .exports
            claim.comparisonDirection = direction
            claim.frameInferred = partners.isEmpty
            if said == nil {
                claim.unsurePeriodReadings = [latestYear, latestYearSoFar].compactMap { $0 }.filter { $0 != period }
            }
            claim.outOfScope = scope(of: max(0, sold - 4)..<min(words.count, bought + 4))
            found.claims.append(claim)
            return
        }
    }

    /// Verbs of selling and buying, as the partner's flow (its selling is U.S. imports), for `flowComparisonClaims`.
    static let tradeVerbs: [String: Flow] = RankFinder.sellVerbs.filter { $0.value != .total }.merging(
        [
            "selling": .imports, "buying": .exports, "exporting": .imports, "importing": .exports,
            "absetzen": .imports, "absetzten": .imports, "setzen": .imports, "ausführten": .imports,
            "ausführte": .imports, "einführten": .exports, "einführte": .exports, "bezieht": .exports,
            "beziehen": .exports, "abnehmen": .exports, "abnahmen": .exports,
        ], uniquingKeysWith: { first, _ in first })

    /// "Das ist fast so viel, wie das Land im gesamten Jahr 2014 in die USA verkauft hatte", "nearly as
    /// much as we imported from Taiwan in all of 2023": about equal to the same partner's figure in a
    /// period named after "wie"/"as" (with no other country there); the figure's own period is the one
    /// named before, else the context's.
    private func acrossPeriods(at index: Int, marker: Int, direction: Int = 0, into found: inout SentenceClaims) {
        guard
            let mention = periodMentions.first(where: {
                let token = tokenIndex(of: $0.range.lowerBound)
                // (A direction needs the period right after "than": "more than in the whole of 2023".)
                return token > marker && token - marker <= (direction == 0 ? 12 : 5)
            }), let compared = resolvePeriod(mention),
            let partner = others.last(where: { $0.token < index })?.code
                ?? (Lexicon.pointBackWords.contains(words.first ?? "")
                    ? discourse.lastFrames.last?.partner : nil) ?? parties.partner,
            partner != "WORLD",
            !others.contains(where: { $0.token > marker && $0.token <= marker + 12 && $0.code != partner })
        else { return }
        // "Das ist fast so viel, wie …", "That is nearly as much as …": the figure of the sentence before.
        let previous =
            Lexicon.pointBackWords.contains(words.first ?? "") && index <= 4
            ? discourse.lastFrames.last : nil
        guard
            let own = ownPeriod(before: index) ?? previous?.period ?? contextPeriod ?? discourse.period,
            own != compared
        else { return }
        let anchor = tokens[index].range.lowerBound
        var (flow, flowToken) = self.flow(near: anchor)
        if mirrored(flow, flowToken: flowToken) { flow = flow == .exports ? .imports : .exports }
        if flow != .balance, cues.deficit || cues.surplus { flow = ownClauseFlow(anchor: index) ?? .balance }
        if let previousFlow = previous?.flow { flow = previousFlow }
        // (More or less than: the claim spans the period compared with, "more than in the whole of 2023".)
        let end = direction == 0 ? tokens[marker].range.upperBound : mention.range.upperBound
        var claim = FoundClaim(
            sentence: facts.sentence, kind: .comparison, reporter: reporter, partner: partner, flow: flow,
            product: previous?.product ?? .total, period: own, claimedText: String(text[anchor..<end]),
            claimedStart: scalarOffset(anchor), claimedEnd: scalarOffset(end), value: direction == 0 ? 1 : nil,
            unit: direction == 0 ? .ratio : .none, hedge: direction == 0 ? .approx : .exact,
            rounding: direction == 0 ? 0.05 : 0, lowest: false, rankedCountry: nil, rank: 1, signExplicit: false)
        claim.comparisonDirection = direction
        claim.comparedPeriod = compared
        claim.outOfScope = scope(of: max(0, index - 8)..<(index + 6))
        found.claims.append(claim)
    }

    /// Words after "more than"/"mehr als" that make it a hedge of an amount.
    static let hedgedAmounts: Set<String> = [
        "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twice", "double", "half",
        "a", "an", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun", "zehn", "doppelt", "halb",
        "ein", "eine", "dreimal", "zweimal", "doppelte",
    ]

    /// "as large as", "nearly as much as", "so groß wie", "fast exakt so hoch wie" starting at `index`
    /// ("as"/"so"): the index of the second "as"/"wie", or `nil`. Not after a negation or a multiple
    /// ("not as large as", "half as much as").
    func equalityMarker(at index: Int) -> Int? {
        guard ["as", "so"].contains(words[index]), index + 2 < words.count,
            Lexicon.equalityAdjectives.contains(words[index + 1]),
            [words[index] == "as" ? "as" : "wie"].contains(words[index + 2])
        else { return nil }
        if index > 0,
            ["not", "nicht", "half", "halb", "twice", "doppelt", "times", "mal", "nie", "never"].contains(
                words[index - 1])
        {
            return nil
        }
        return index + 2
    }

    /// The last of the countries before a comparative, unless it stands in an insertion set off by commas right after
    /// another country: "India, often named as the other great beneficiary of companies leaving China, sold America
    /// less than Vietnam did" compares India, not China.
    func beforeInsertion(_ candidates: [CountryMention], before index: Int) -> CountryMention? {
        guard let last = candidates.last, last.token >= 1, last.token + last.count < index else {
            return candidates.last
        }
        func commaBefore(_ token: Int) -> Bool {
            token > 0 && token < tokens.count
                && text[tokens[token - 1].range.upperBound..<tokens[token].range.lowerBound].contains(",")
        }
        guard let opening = (1...last.token).last(where: commaBefore), opening > 0,
            let outer = candidates.last(where: { $0.token + $0.count == opening }),
            ((last.token + last.count)...index).contains(where: commaBefore)
        else { return last }
        return outer
    }
}

extension ClauseReader {
    /// "lagen damit wieder über dem Niveau von 2017", "Wir liegen damit schon wieder über dem Niveau von 2019", "the
    /// 2017 figure was only modestly above the 2016 level": a level above or below the same trade's level in another
    /// year, with no figure of its own. The frame is the money figure the sentence (or, pointed back to, the sentence
    /// before) gave; the other year's level is of the same months when that frame is a run of months.
    func levelComparisonClaims(into found: inout SentenceClaims) {
        let levelWords: Set<String> = ["niveau", "level", "levels", "stand"]
        let sides: [String: Int] = ["über": 1, "oberhalb": 1, "above": 1, "unter": -1, "unterhalb": -1, "below": -1]
        for index in words.indices where levelWords.contains(words[index]) {
            guard let side = (max(0, index - 3)..<index).last(where: { sides[words[$0]] != nil }),
                let direction = sides[words[side]],
                // (Not a figure's own base: "5% above the 2019 level", "30 Prozent über dem Niveau von 2019".)
                !figures.contains(where: { figure in
                    let end = tokenIndex(of: figure.range.upperBound)
                    return end <= side && side - end <= 2
                }),
                let mention = periodMentions.first(where: { mention in
                    let token = tokenIndex(of: mention.range.lowerBound)
                    return token > side && token <= index + 3
                }),
                case .single(let year)? = resolvePeriod(mention), !year.isMonth,
                // (Nor a level whose figure follows: "not far below the 2018 level of $538.5 billion".)
                !figures.contains(where: { figure in
                    let start = tokenIndex(of: figure.range.lowerBound)
                    return start > index && start <= index + 4
                })
            else { continue }
            let start = tokens[side].range.lowerBound
            // (Not where another claim already reads these words.)
            if found.claims.contains(where: { $0.claimedEnd > scalarOffset(start) && $0.kind != .value }) { continue }
            let frame: FigureFrame? =
                found.claims.last(where: {
                    $0.kind == .value && $0.unit == .usd && $0.claimedEnd <= scalarOffset(start)
                })
                .map { FigureFrame(flow: $0.flow, partner: $0.partner, period: $0.period, product: $0.product) }
                ?? (words.contains(where: { ["damit", "thus", "so"].contains($0) })
                    || words.prefix(3).contains(where: Lexicon.pointBackWords.contains)
                    || ["figure", "wert", "zahl", "gap", "deficit", "defizit", "surplus", "überschuss"].contains(
                        where: {
                            words[..<side].contains($0)
                        })
                    ? discourse.lastFrames.last : nil)
            guard let frame, let partner = frame.partner, partner != "WORLD" || frame.flow == .balance,
                let flow = frame.flow
            else { continue }
            guard let own = ownPeriod(before: side) ?? frame.period else { continue }
            var compared = ClaimPeriod.single(year)
            if case .months(let range) = own, range.isMonthRange, let first = range.first.month,
                let last = range.last.month, range.first.year == range.last.year
            {
                compared = .months(PeriodRange(.month(year.year, first), .month(year.year, last)))
            }
            guard own != compared, own.last > compared.last else { continue }
            let end =
                index >= tokenIndex(of: mention.range.upperBound)
                ? tokens[index].range.upperBound
                : mention.range.upperBound
            var claim = FoundClaim(
                sentence: facts.sentence, kind: .comparison, reporter: reporter, partner: partner, flow: flow,
                product: frame.product, period: own, claimedText: String(text[start..<end]),
                claimedStart: scalarOffset(start), claimedEnd: scalarOffset(end), value: nil, unit: .none,
                hedge: .exact, rounding: 0, lowest: false, rankedCountry: nil, rank: 1, signExplicit: false)
            claim.comparisonDirection = direction
            claim.comparedPeriod = compared
            claim.outOfScope = scope(of: max(0, side - 8)..<(index + 4))
            found.claims.append(claim)
        }
    }
}

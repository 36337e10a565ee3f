import Foundation
import TradeModel

/// What a sentence's rules found, and what its figures established for the rules after them and
/// for the discourse.
struct SentenceClaims {
    var claims: [FoundClaim] = []
    /// The flow and period of the last figure (or the first record or ranking, without figures).
    var claimedFlow: Flow?
    var claimedPeriod: ClaimPeriod?
    /// The kind of the last percent figure: a share makes "2017 hatte er noch bei 25 Prozent gelegen" one.
    var percentKind: ClaimKind?
    /// The frames of the money figures, for "… respectively" in the next sentence.
    var frames: [FigureFrame] = []
    /// The country a place said by a comparative ranks ("Only China … had bigger deficits than
    /// Ireland"): what the next sentences are about.
    var rankedTopic: String?
    /// Rankings of goods ("Vehicles were the largest category of imports from Japan"): the product rule's, not
    /// the country ranking's.
    var productRanked: Set<Int> = []
}

/// A figure's claim as the figure rule builds it, step by step.
struct FigureDraft {
    var figure: Figure
    let index: Int
    /// The figure's first token and its clause (from the figure before it to the one after it).
    let token: Int
    let clause: Range<Int>
    var flow: Flow
    /// The flow word the flow was read from, if one was written.
    var flowToken: Int?
    /// Whether the partner is the sender of exports (or the receiver of imports): "Russia exported".
    var partnerSide: Bool
    /// The flow is written as the partner's own ("China's exports to the United States"): what the
    /// partner's statistics record.
    var partnerReported = false
    var kind = ClaimKind.value
    var value: Double
    var period: ClaimPeriod?
    var product = Product.total
    var signExplicit = false
    var partner: String?
    /// The countries of the figure's own clause that can be its partner.
    var partnersInClause: [CountryMention] = []
    var comparedPartner: String?
    /// Whether the compared partner was carried over from the sentences before.
    var comparedSideCarried = false
    /// Whether the partner was carried over from the sentences before past a country the sentence names for a clause
    /// of its own: a reading as unsure as one of a sentence that names none.
    var partnerCarriedPastNamed = false
    /// A share's whole when it is a figure named before ("44% of it", "die Hälfte davon").
    var whole: FigureFrame?
    /// Partners added up ("Kanada und Mexiko zusammen").
    var partnerSum: [String] = []
    /// A percent comparison's direction: +1 "more than", −1 "less than".
    var comparisonDirection = 0
    /// The other flow of a comparison of two flows with one partner.
    var comparedFlow: Flow?
    /// The other period of a comparison of one partner's figures in two periods.
    var comparedPeriod: ClaimPeriod?
    /// A figure of a "respectively" list: its place in the list is its frame.
    var listed = false
    /// The flow came from a list in order ("Einfuhren und Ausfuhren … X bzw. Y"): no other flow is a reading.
    var listedFlow = false
    /// The goods came from a list of goods mapped in order onto the figures ("… respectively").
    var listedProduct = false
    /// The partners of the whole list, in order.
    var listPartners: [String] = []
    /// Whether the period is the latest year, guessed for a figure before the article named any: not what
    /// the next sentences speak of.
    var periodGuessed = false
    /// A change "since the agreement took effect", read from the last full year before it.
    var baseSinceAgreement = false
    /// Other periods an undated base may stand for ("down from $41.2 billion" after a month: the month before,
    /// or the same month a year earlier).
    var baseReadings: [ClaimPeriod] = []
    /// The level a change reached ("fell 8.4% …, to $172 million"): it shares the change's other readings of the
    /// partner.
    var levelOfChange = false

    /// A percent of another flow read as the ratio of the two flows ("88 Prozent der Importe", "less than half of
    /// that"): a comparison of this figure's flow with `other`.
    mutating func makeRatio(comparedWith other: Flow) {
        figure.unit = .ratio
        figure.value /= 100
        figure.rounding /= 100
        figure.comparesTwo = true
        value /= 100
        kind = .comparison
        comparedFlow = other
    }
}

extension ClauseReader {
    /// Stage 3, the figure rule: one claim per money, percent or multiple figure, a value, change,
    /// share, composition or comparison by the words around it, in the frame of its own clause.
    func figureClaims(into found: inout SentenceClaims) {
        let listedFrames = respectivelyFrames()
        for (index, figure) in figures.enumerated() {
            var draft = figureDraft(figure, index: index, earlier: found.claims)
            let wholeBefore = figure.unit == .percent ? wholeNamedBefore(draft, earlier: found.claims) : nil
            if figure.unit == .percent, let (part, whole) = partOfAnotherFlow(draft, earlier: found.claims) {
                // "Das Defizit von 2,6 Milliarden Dollar entspricht rund 88 Prozent der Importe", "the deficit equals
                // about 88% of imports": a sum of one flow as a percent of another flow of the same partner, a ratio
                // of the two.
                draft.makeRatio(comparedWith: whole)
                (draft.flow, draft.flowToken) = (part.flow, nil)
                draft.partner = part.partner
                draft.period = part.period
            } else if let whole = wholeBefore, let flow = whole.flow, [Flow.exports, .imports].contains(flow),
                [Flow.exports, .imports].contains(draft.flow), draft.flow != flow, draft.flowToken != nil,
                others.allSatisfy({ $0.code == whole.partner })
            {
                // "Americans bought $114.1 billion of German goods; exports to Germany were less than half of
                // that": one flow is no part of the other, so a fraction of it is a ratio of the two.
                draft.makeRatio(comparedWith: flow)
                if let partner = whole.partner { draft.partner = partner }
                if !namesPeriod, let period = whole.period { draft.period = period }
            } else if let whole = wholeBefore {
                // "Germany accounted for 44% of it": a share of the figure before, in its flow and period.
                draft.kind = .share
                draft.whole = whole
                if let flow = whole.flow { (draft.flow, draft.flowToken) = (flow, nil) }
                if !namesPeriod, let period = whole.period { draft.period = period }
                // "Fast die Hälfte davon waren Arzneimittel": a product's part of the figure before.
                if let product = product(for: draft.token, after: 14), product != .total, whole.flow == .imports {
                    draft.kind = .composition
                    draft.product = product
                }
            } else {
                guard classify(&draft) else { continue }
                if draft.kind == .share, let whole = wholeOfAnotherPartner(draft) { draft.whole = whole }
                // ("the US bought US $45.9 billion more from Mexico than it sold there, compared with US $41.5 billion
                // in the same period of 2016": a base compared with a difference of the two flows is that difference
                // too, in its own period.)
                // (The sign's "US" in "US $41.5 billion" is a word before the figure.)
                let start = draft.token >= 1 && tokens[draft.token - 1].text == "US" ? draft.token - 1 : draft.token
                if draft.kind == .value, figure.unit == .usd || figure.unit == .eur, start >= 2,
                    ["with", "mit"].contains(words[start - 1]), ["compared", "verglichen"].contains(words[start - 2]),
                    let previous = found.claims.last(where: { $0.unit == figure.unit && $0.kind == .value }),
                    previous.flow == .balance, previous.signExplicit, draft.flow != .balance,
                    !cues.flows.contains(where: { $0.token > draft.token && $0.token <= draft.token + 4 }),
                    let direction = previous.value.map({ $0 < 0 ? -1.0 : 1.0 })
                {
                    draft.flow = .balance
                    draft.flowToken = nil
                    draft.value = direction * abs(draft.value)
                    draft.signExplicit = true
                }
                // ("brought $30.2 billion worth of vehicles and parts …, the latest figures show, up from $26.5
                // billion": a base said after a sum of goods is a sum of those goods.)
                if draft.kind == .value, draft.product == .total, figure.unit == .usd, isBaseFigure(draft),
                    cues.products.allSatisfy({ $0.token < draft.token }),
                    let previous = found.claims.last(where: { $0.unit == .usd }), previous.kind == .composition,
                    previous.product != .total, previous.flow == draft.flow
                {
                    draft.kind = .composition
                    draft.product = previous.product
                }
                // ("Größter Lieferant war Mexiko mit 49,2 Milliarden Dollar – das ist mehr als ein Viertel aller
                // amerikanischen Agrareinfuhren", "$49.2 billion, or more than a quarter of all U.S. farm imports": a sum
                // restated as a share of a product's whole is a sum of that product.)
                if draft.kind == .value, draft.product == .total, figure.unit == .usd,
                    cues.products.allSatisfy({ $0.token > draft.token }),
                    let product = productOfRestatingShare(after: index)
                {
                    draft.kind = .composition
                    draft.product = product
                }
                // ("U.S. imports from Ireland reached $48.9 billion. Exports in the other direction are much smaller, at
                // $9.6 billion": the flow opposite the one the sentence before spoke of.)
                if draft.kind == .value || draft.kind == .change, Lexicon.saysOtherDirection(words),
                    let previous = discourse.flow, previous == .exports || previous == .imports,
                    // (Only a flow read as the same as before: "the US sold $15.9bn of goods to Ireland", "leaving a
                    // deficit of $63.6bn" say their own.)
                    draft.flow == previous
                {
                    draft.flow = previous == .exports ? .imports : .exports
                }
                // ("Pharmazeutische Erzeugnisse machten knapp 30 Prozent der Einfuhren aus der Schweiz aus, in absoluten
                // Zahlen 18'858 Mio. Dollar", "… or $18.9 billion in absolute terms": the same goods' sum.)
                if draft.kind == .value, figure.unit == .usd, saysAbsoluteTerms(around: draft.token),
                    let previous = found.claims.last, previous.kind == .composition, previous.unit == .percent,
                    previous.product != .total
                {
                    draft.kind = .composition
                    draft.product = previous.product
                    draft.flow = previous.flow
                    draft.partner = previous.partner
                    draft.period = previous.period
                }
            }
            if figure.unit == .percent { found.percentKind = draft.kind == .composition ? .share : draft.kind }
            // ("The monthly gap with Beijing narrowed to $24.5 billion", in February 2013: a month's figure, the
            // latest month out, where the sentence names no period and the context gave a year.)
            // ("…, which falls on Feb. 10 this year": a date in a later clause is not the figure's.)
            if figure.unit == .usd, draft.kind == .value,
                periodMentions.allSatisfy({
                    let at = tokenIndex(of: $0.range.lowerBound)
                    return at > draft.token && commaBetween(draft.token, at)
                }), let flowToken = draft.flowToken,
                words[max(0, flowToken - 2)..<flowToken].contains(where: {
                    ["monthly", "monatliche", "monatlichen", "monatliches"].contains($0)
                }),
                let read = draft.period, read.isMonths || (read.isSingle && !read.last.isMonth),
                let latest = periods.date?.latestPublishedMonth
            {
                // (A year's months so far read from the context end in the latest month as well.)
                let year = read.last.year
                draft.period = .single(latest.year == year ? latest : .month(year, 12))
            }
            // ("We lose $500 billion a year to China", in an article about January to May: an amount a year is
            // a whole year's, the latest published, not the months the article speaks of.)
            if figure.unit == .usd, draft.kind == .value, facts.saysAYear, !namesPeriod,
                let inherited = draft.period ?? discourse.period, inherited.last.isMonth
            {
                draft.period = latestYear
            }
            // "Vor dem Krieg hatten die USA noch Waren für 29,6 Milliarden Dollar aus Russland bezogen": the last
            // full year before the event the sentence dates its figure by, not the article's period (read as
            // such, unsure, as a period the sentence does not name).
            if draft.period == nil, !namesPeriod, let year = yearBeforeEvent() { draft.period = .single(.year(year)) }
            // ("Am 1. Januar 1989 trat das Abkommen in Kraft. Im ersten Jahr des Vertrags tauschten beide Länder Waren
            // für 167 Mrd. Dollar aus", "in NAFTA's first year": the year the agreement took effect.)
            if draft.kind == .value, !namesPeriod, let year = agreementFirstYear(partner: draft.partner) {
                draft.period = .single(.year(year))
            }
            // "Russia Trade With US Down 90% Since Invasion": a change from the last full year before the event to
            // the latest year published.
            // (Over the period read for it from the article: the sentence names its own base.)
            // ("Since the agreement took effect, exports to Peru have nearly doubled, …, with a surplus of $1.8 million in
            // 2018": a year past a comma after the figure is a later clause's, unless it dates the change's own base:
            // "…, from $13.2 billion in 2011 to …".)
            if draft.kind == .change, figure.unit == .percent || figure.unit == .ratio,
                periodMentions.allSatisfy({
                    let at = tokenIndex(of: $0.range.lowerBound)
                    return resolvePeriod($0) == nil
                        || (at > draft.token && commaBetween(draft.token, at)
                            && !words[draft.token..<at].contains(where: { ["from", "von", "vom"].contains($0) }))
                }),
                let year = yearBeforeEvent(since: true),
                let latest = periods.date?.latestPublishedYear, latest > year
            {
                draft.period = .span(.year(year), .year(latest))
                // (An agreement in force from some month of a year may be counted from that year or the one before:
                // a reading, unsure.)
                if words.contains(where: Lexicon.agreementWords.contains) { draft.baseSinceAgreement = true }
            }
            // ("Heute ist das amerikanische Defizit mit China gut fünfmal so groß wie das mit Japan" in a long read
            // whose last sentences spoke of 2000: "today" is the latest year published, not an old year before.)
            if !namesPeriod, saysToday, case .single(let old)? = draft.period ?? discourse.period, !old.isMonth,
                let latest = periods.date?.latestPublishedYear, old.year < latest - 1
            {
                draft.period = latestYear
            }
            // ("Die ersten Daten für dieses Jahr reichen nur bis Januar. Da sind die Einfuhren aus der Türkei auf 1,4
            // Milliarden Dollar gestiegen": a sentence opened by "da", "then" is of the time the sentence before named.)
            // (A level's; a change's base and end the sentence says otherwise: "– ein Minus von 84 Prozent gegenüber dem
            // Mai 2019".)
            if draft.kind != .change, let pointed = pointedPoint,
                !periodMentions.contains(where: { tokenIndex(of: $0.range.lowerBound) < draft.token })
            {
                draft.period = .single(pointed)
            }
            if draft.period == nil { draft.period = discourse.period }
            if draft.period == nil, speaksOfNow { draft.period = latestYear }
            // A headline or opening line before any period is named ("US-Importe aus Mexiko steigen auf fast
            // 473 Mrd. $"): the news of the day, the latest year published; unsure, as the policy says.
            // ("A Michigan congressman says Canada and China are 'not partners.' … 'We have a deficit with Canada of
            // about $17 billion'": so is a figure before any period is named, after sentences about trade.)
            // (Not "over that period", "im selben Zeitraum": a period the article gave in words the reader lacks.)
            // ("Israel sells us twice as much as it buys from us", "Österreich verkauft den USA 2,7-mal so viel, wie es
            // dort einkauft": a comparison with both sides named, said of now.)
            let sidedComparison =
                draft.kind == .comparison && (draft.comparedPartner != nil || draft.comparedFlow != nil)
            if draft.period == nil, discourse.period == nil,
                draft.kind == .value || draft.kind == .composition || sidedComparison,
                !periodMentions.contains(where: {
                    if case .same = $0.kind { return true }
                    return false
                })
            {
                draft.period = latestYear
                draft.periodGuessed = discourse.sentencesSinceTrade < 99
            }
            attachPartner(&draft, earlier: found.claims)
            // "… bei knapp 39 Milliarden Dollar, das ist etwa ein Zehntel dessen, was die USA im Handel mit China
            // verbuchen": the multiple's own side is the figure the clause points back to.
            if draft.kind == .comparison, draft.figure.unit == .ratio, draft.comparedPartner != nil,
                let own = figurePointedBack(from: draft.token, earlier: found.claims),
                own.partner != draft.comparedPartner
            {
                (draft.flow, draft.partner, draft.period) = (own.flow, own.partner, own.period)
                draft.periodGuessed = own.periodGuessed
            }
            // ("The deficit with France was $15.8 billion, less than a quarter of the deficit with Germany": the
            // part is the figure before it, or the country the article speaks of, not the whole's country.)
            if let whole = draft.whole, let wholePartner = whole.partner, draft.partner == wholePartner,
                let part = found.claims.last(where: { $0.unit == .usd })?.partner
                    ?? discourse.partner.flatMap({ $0 == "WORLD" ? nil : $0 }),
                part != wholePartner
            {
                draft.partner = part
            }
            if draft.kind == .comparison, draft.comparedPartner == nil, draft.comparedFlow == nil,
                !comparisonWithTheAmountBefore(&draft, earlier: found.claims), !comparisonAcrossPeriods(&draft)
            {
                comparisonWithoutItsOtherSide(&draft, earlier: found.claims)
            }
            fromToBase(&draft)
            levelDatedAfter(&draft)
            baseYearEarlier(&draft, earlier: found.claims)
            undatedBase(&draft, found: found)
            if let frame = listedFrames[index] {
                applyListed(frame, to: &draft, listed: listedFrames)
                draft.listed = true
                draft.listPartners = listedFrames.sorted { $0.key < $1.key }.compactMap(\.value.partner)
            }
            moneyChange(&draft)
            amountOfTheChangeBefore(&draft, earlier: found.claims)
            productNamedBefore(&draft)
            goodsOfTheFigureBefore(&draft, earlier: found.claims)
            valueOfShare(&draft, earlier: found.claims)
            baseOfChange(&draft, earlier: found.claims)
            levelAfterChange(&draft, earlier: found.claims)
            if draft.product != .total, draft.flow == .exports,
                !(draft.flowToken.map { draft.clause.contains($0) } ?? false)
            {
                // Only imports have product detail; a product figure whose clause names no flow is read as imports.
                draft.flow = .imports
            }
            // (One flow exceeding the other, "$1.4bn more to Britain than it bought from it", signs the balance
            // itself, whatever balance word stands elsewhere in the sentence.)
            let signedByDifference = differenceOfFlows(&draft)
            // (A change's sign is its direction, "the deficit widened by $28.3 billion", not the balance's.)
            if figure.unit != .percent, figure.unit != .ratio, draft.flow == .balance, draft.kind != .change,
                !signedByDifference
            {
                // A balance's sign, once its flow is settled: "deficit" makes it negative.
                let lost = words[max(0, draft.token - 4)..<draft.token].contains(where: Lexicon.loseWords.contains)
                // "China's surplus with the United States", "Die EU hat im Handel mit uns einen
                // Überschuss gemacht": the partner's surplus is the reporter's deficit.
                // A sentence with both words ("1993 ein Überschuss von 1,7 Milliarden; … ein Defizit von
                // 63,2 Milliarden"): the one nearest the figure.
                let deficit = cues.deficit && cues.surplus ? nearestBalanceWordIsDeficit(draft.token) : cues.deficit
                // ("Vietnam runs a huge surplus with the United States - the U.S. goods deficit with the country reached
                // $85.8 billion": the partner's surplus, then the reporter's own deficit, nearest the figure.)
                let flip = partnerOwnsBalance(draft) && !(cues.deficit && cues.surplus && homeOwnsNearestBalance(draft))
                if (deficit || lost) != flip {
                    draft.value = -abs(draft.value)
                } else if cues.surplus || cues.deficit || lost {
                    draft.value = abs(draft.value)
                }
                draft.signExplicit = draft.signExplicit || cues.deficit || cues.surplus || lost
                // ("Japans Defizit-Posten in der US-Statistik …: 68,8 Milliarden Dollar": a partner's "deficit" is as
                // often the home reporter's deficit with it, said loosely, as the partner's own; its size is checked,
                // not its sign.)
                if flip, deficit, !cues.surplus, !lost, genitiveOwnsBalance(draft) { draft.signExplicit = false }
            }
            // ("U.S. goods trade with its two neighbors was worth about $1.2 trillion in 2019, nearly 30 percent of
            // all U.S. goods trade": a share restating a sum of several partners right before it, with no country
            // between, is those partners' share.)
            if draft.kind == .share, draft.partnerSum.isEmpty,
                let previous = found.claims.last, previous.kind == .value, previous.unit == .usd,
                previous.partnerSum.count > 1, previous.claimedEnd <= scalarOffset(figure.range.lowerBound),
                case let between = tokens.indices.filter({
                    scalarOffset(tokens[$0].range.lowerBound) >= previous.claimedEnd && $0 < draft.token
                }), between.count <= 8,
                !others.contains(where: { between.contains($0.token) }),
                !between.contains(where: { words[$0] == "and" || words[$0] == "und" })
            {
                draft.partnerSum = previous.partnerSum
                draft.partner = previous.partner
                draft.flow = previous.flow
            }
            var made = claim(from: draft)
            // A month's level in a sentence that compares it with the month before ("decreased from May to
            // $28.3 billion in June") quotes the monthly release: seasonally adjusted.
            if made.period?.last.isMonth == true,
                found.claims.contains(where: { other in
                    guard other.kind == .change, case .span(let from, let to)? = other.period else { return false }
                    return from.isMonth && from.next == to
                })
            {
                made.seasonallyAdjusted = true
            }
            // "saisonbereinigt", "seasonally adjusted", said in the sentence or earlier in the article (a
            // report on the monthly release), and not "unadjusted" here: a month's figure is adjusted.
            if made.period?.isSingle == true, made.period?.last.isMonth == true, !saysUnadjusted,
                discourse.adjustedSaid || saysAdjusted
            {
                made.seasonallyAdjusted = true
            }
            if draft.levelOfChange, let change = found.claims.last, change.kind == .change,
                change.partner == made.partner, made.partnerReadings.isEmpty
            {
                made.partnerReadings = change.partnerReadings
            }
            // ("The United States imported ships, boats and other floating structures worth $4.3 billion last year, …,
            // and Italian yards, with about $690 million in sales, …": a sum with no goods of its own, after a sum of
            // goods in its sentence, may be of those goods too; a reading tried when it does not hold for all goods.)
            if made.kind == .value, made.unit == .usd, made.product == .total, made.productReadings.isEmpty,
                made.flow == .imports,
                let goods = found.claims.last(where: { $0.unit == .usd && $0.kind == .composition })?.product,
                case .hs(let code) = goods, !Lexicon.isChapterGroup(code),
                !cues.products.contains(where: { $0.token > draft.token })
            {
                made.productReadings = [code]
            }
            found.claims.append(made)
            if figure.unit == .usd {
                found.frames.append(
                    FigureFrame(flow: draft.flow, partner: draft.partner, period: draft.period, product: draft.product))
            }
            found.claimedFlow = draft.flow
            // ("the gap stood at $233.7 billion, down from $318.0 billion in the same period of 2022": a base figure's
            // period is not what the next sentences speak of, when a figure before it set one.)
            let rightAfterBase =
                draft.token > 0 && ["from", "than", "gegenüber", "vom", "nach"].contains(words[draft.token - 1])
            // ("In the first nine months of 2020 … a deficit of $3.5 billion, against a surplus of $3.0 billion in the
            // same period of 2019": the same months of an earlier year after them are the base.)
            var sameMonthsEarlier = false
            if case .months(let earlier)? = draft.period, case .months(let claimed)? = found.claimedPeriod {
                sameMonthsEarlier =
                    earlier.first.month == claimed.first.month && earlier.last.month == claimed.last.month
                    && earlier.last.year < claimed.last.year
            }
            if !(rightAfterBase && found.claimedPeriod != nil), !draft.periodGuessed, !sameMonthsEarlier {
                found.claimedPeriod = draft.period
            }
        }
    }

    /// "$12.1 billion and $10.1 billion, respectively": a list of figures mapped in order onto the
    /// frames before it: the sentence's earlier figures, the countries it lists, or the previous
    /// sentence's figures. Keyed by figure index.
    func respectivelyFrames() -> [Int: FigureFrame] {
        var listedFrames: [Int: FigureFrame] = [:]
        guard
            let marker = words.firstIndex(where: {
                ["respectively", "beziehungsweise", "jeweils", "bzw", "resp"].contains($0)
            })
        else { return pairedWithoutMarker() }
        func joined(_ index: Int, _ previous: Int) -> Bool {
            let between = words[
                tokenIndex(of: figures[previous].range.upperBound)..<tokenIndex(of: figures[index].range.lowerBound)]
            return between.allSatisfy {
                ["and", "und", "bzw", "or", "oder", "beziehungsweise", "respektive", "resp"].contains($0)
            }
        }
        var listed = figures.indices.filter { tokenIndex(of: figures[$0].range.upperBound) <= marker }
            .suffix(while: { index, previous in previous.map { joined(index, $0) } ?? true })
        if listed.count < 2, let before = listed.last,
            tokenIndex(of: figures[before].range.upperBound) >= marker - 1, before + 1 < figures.count,
            joined(before + 1, before)
        {
            // "16,0 bzw. 13,6 Mrd. Dollar": the marker between the list's figures.
            listed = [before]
            while let last = listed.last, last + 1 < figures.count, joined(last + 1, last) { listed.append(last + 1) }
        } else if listed.count < 2,
            let first = figures.indices.first(where: {
                let token = tokenIndex(of: figures[$0].range.lowerBound)
                return token > marker && token - marker <= 2
            })
        {
            // "respectively 6.7% and 8.2% above their 2019 levels": the list after the marker.
            listed = [first]
            while let last = listed.last, last + 1 < figures.count, joined(last + 1, last) { listed.append(last + 1) }
        }
        guard listed.count >= 2 else { return [:] }
        let firstToken = tokenIndex(of: figures[listed[0]].range.lowerBound)
        let countriesBefore = others.filter { $0.token < firstToken }
        let earlier = figures.indices.filter { $0 < listed[0] }
        // "Die Einfuhren aus Indien und die Ausfuhren dorthin sanken um 2,3 bzw. 16,1 Prozent": the
        // flows listed before, in order.
        var flowsBefore: [Flow] = []
        for cue in cues.flows where cue.token < firstToken && cue.flow.isStored && !flowsBefore.contains(cue.flow) {
            flowsBefore.append(
                mirrored(cue.flow, flowToken: cue.token) ? (cue.flow == .exports ? .imports : .exports) : cue.flow)
        }
        // ("die Exporte nach Indien und die Importe aus Indien … 85,5 bzw. 46,8": one country twice.)
        if earlier.isEmpty, Set(countriesBefore.map(\.code)).count < listed.count, flowsBefore.count == listed.count {
            for (offset, index) in listed.enumerated() { listedFrames[index] = FigureFrame(flow: flowsBefore[offset]) }
        } else if earlier.count >= listed.count {
            for (offset, index) in listed.enumerated() {
                let frame = earlier[earlier.count - listed.count + offset]
                let (flow, _) = flow(near: figures[frame].range.lowerBound)
                listedFrames[index] = FigureFrame(flow: flow)
            }
        } else if countriesBefore.count >= listed.count {
            for (offset, index) in listed.enumerated() {
                listedFrames[index] = FigureFrame(
                    partner: countriesBefore[countriesBefore.count - listed.count + offset].code)
            }
        } else if discourse.lastFrames.count >= listed.count {
            for (offset, index) in listed.enumerated() {
                listedFrames[index] = discourse.lastFrames[discourse.lastFrames.count - listed.count + offset]
            }
        }
        // ("pharmaceuticals (HS chapter 30) and precious metals, mostly gold (chapter 71), accounted for $18.9 billion and
        // $8.1 billion, respectively": goods of distinct chapters listed before, in order.)
        var goodsBefore: [String] = []
        for cue in cues.products where cue.token < firstToken && !goodsBefore.contains(cue.code) {
            goodsBefore.append(cue.code)
        }
        // ("Machinery and vehicles made up 19.6 and 13.4 per cent of US imports from the UK respectively": so for the
        // goods' parts of the pair's trade.)
        if goodsBefore.count == listed.count, figures[listed[0]].unit == .usd || figures[listed[0]].unit == .percent {
            for (offset, index) in listed.enumerated() {
                var frame = listedFrames[index] ?? FigureFrame()
                frame.product = .hs(goodsBefore[offset])
                listedFrames[index] = frame
            }
        }
        return listedFrames
    }

    /// "Hong Kong and the Netherlands, which gave us surpluses of $27.5 billion and $23.5 billion": countries
    /// listed with "and", then as many figures listed with "and", without "respectively": in order.
    func pairedWithoutMarker() -> [Int: FigureFrame] {
        guard figures.count >= 2 else { return [:] }
        for start in figures.indices.dropLast() {
            var run = [start]
            while let last = run.last, last + 1 < figures.count, figures[last + 1].unit == figures[start].unit {
                let between = words[
                    tokenIndex(of: figures[last].range.upperBound)..<tokenIndex(of: figures[last + 1].range.lowerBound)]
                guard between.count == 1, ["and", "und"].contains(between.first ?? "") else { break }
                run.append(last + 1)
            }
            guard run.count >= 2 else { continue }
            let firstToken = tokenIndex(of: figures[run[0]].range.lowerBound)
            let before = others.filter { $0.token < firstToken && $0.code.count == 3 }
            guard before.count == run.count, Set(before.map(\.code)).count == run.count,
                !figures.indices.contains(where: { $0 < run[0] }),
                zip(before, before.dropFirst()).allSatisfy({ pair in
                    let between = words[(pair.0.token + pair.0.count)..<pair.1.token]
                    return between.allSatisfy { ["and", "und", "the", "die", "der"].contains($0) }
                })
            else { continue }
            var frames: [Int: FigureFrame] = [:]
            for (offset, index) in run.enumerated() { frames[index] = FigureFrame(partner: before[offset].code) }
            return frames
        }
        return [:]
    }

    /// A figure with the flow of its clause.
    func figureDraft(_ figure: Figure, index: Int, earlier: [FoundClaim]) -> FigureDraft {
        var (flowValue, flowToken) = flow(near: figure.range.lowerBound)
        let partnerSide = mirrored(flowValue, flowToken: flowToken)
        if partnerSide { flowValue = flowValue == .exports ? .imports : .exports }
        let partnerReported =
            partnerSide
            && flowToken.map { Parties.owner(ofFlowAt: $0, in: facts, homeReporter: homeReporter) != nil } == true
        let clause = clauseBounds(of: figure)
        let clauseFlows = cues.flows.filter { clause.contains($0.token) }
        let figureToken = tokenIndex(of: figure.range.lowerBound)
        // "the deficit in trade with India", "die Lücke zwischen Ein- und Ausfuhren": a balance word
        // governs the clause's other flow words.
        // ("imports rose 6.4% while exports fell, and the deficit widened": not a balance word after the
        // figure when the figure's own flow word comes before it.)
        // ("Dass das Defizit weiter wuchs, erklärt sich aus dem Niveau: Die Importe aus Deutschland legten 2015 nur um
        // 0,6 Prozent zu": nor past a colon or semicolon before the figure's own flow word.)
        let balanceBeyondColon = { (balance: Int) -> Bool in
            guard let own = flowToken, own > balance else { return false }
            let between = text[tokens[balance].range.upperBound..<tokens[own].range.lowerBound]
            return between.contains(":") || between.contains(";")
        }
        if let balance = clauseFlows.first(where: { $0.flow == .balance && !balanceBeyondColon($0.token) }),
            balance.token < figureToken || (flowToken.map { $0 > figureToken } ?? true)
        {
            let named = Set(clauseFlows.map(\.flow))
            if flowValue == .total || (named.contains(.exports) && named.contains(.imports)) {
                (flowValue, flowToken) = (.balance, balance.token)
            }
        } else if clauseFlows.isEmpty, let previous = earlier.last(where: { $0.unit != .none }) {
            // "… bei 125,4 Milliarden Dollar, ein Rekord und 7,8 Prozent mehr als im Jahr davor": a clause
            // without a flow word continues the sentence's previous figure.
            (flowValue, flowToken) = (previous.flow, nil)
        }
        // "…, nach Deutschland gingen 76,7 Milliarden Dollar", "aus Japan kamen …": a stretch between commas with
        // no flow word, whose goods go to or come from a country, has that direction.
        if clause.clamped(to: 0..<words.count).contains(where: { Lexicon.motionVerbs.contains(words[$0]) }) {
            let segmentStart =
                (clause.lowerBound..<figureToken).last { $0 > 0 && commaBetween($0 - 1, $0) } ?? clause.lowerBound
            let segmentEnd =
                ((figureToken + 1)..<max(figureToken + 1, clause.upperBound)).first { commaBetween($0 - 1, $0) }
                ?? clause.upperBound
            if segmentStart > clause.lowerBound || segmentEnd < clause.upperBound,
                !cues.flows.contains(where: { $0.token >= segmentStart && $0.token < segmentEnd }),
                let direction = motionTowards(in: segmentStart..<segmentEnd)
            {
                (flowValue, flowToken) = (direction, nil)
            }
        }
        // "ran a $17.6 billion deficit", "$5 billion in exports", "3,5 Milliarden Dollar Defizit": a
        // money figure measures the flow noun right after it, whatever verb came before.
        if figure.unit == .usd || figure.unit == .eur {
            let end = tokenIndex(of: figure.range.upperBound)
            let linking: Set<String> = ["in", "of", "worth", "an", "trade", "goods"]
            // ("in trade deficits": the balance, not the trade before it.)
            let near = cues.flows.filter { $0.token >= end && $0.token <= end + 2 }
            if let next = near.first(where: { $0.flow == .balance }) ?? near.first,
                words[end..<next.token].allSatisfy(linking.contains), next.flow != flowValue,
                next.token < words.count, tokens[next.token].text.first?.isLetter == true,
                !mirrored(next.flow, flowToken: next.token),
                // (Not past a clause's end: "came to $49.4 billion; imports from Germany …".)
                figure.range.upperBound <= tokens[next.token].range.lowerBound,
                !text[figure.range.upperBound..<tokens[next.token].range.lowerBound].contains(where: {
                    ",;:.–—()".contains($0)
                })
            {
                (flowValue, flowToken) = (next.flow, next.token)
            }
        }
        // "accounted for 46% of the overall goods deficit", "Anteil … an den US-Importen": a share
        // is of the flow named right after it.
        if figure.unit == .percent,
            let whole = cues.flows.first(where: { $0.token > figureToken && $0.token <= figureToken + 6 }),
            words[figureToken..<whole.token].contains(where: { ["of", "der", "des", "an", "am", "aller"].contains($0) })
        {
            (flowValue, flowToken) = (whole.flow, whole.token)
            // ("half of everything shipped from Ireland to the US": seen from the reporter, imports.)
            if mirrored(whole.flow, flowToken: whole.token) { flowValue = flowValue == .exports ? .imports : .exports }
        }
        // "31 Prozent der Lieferungen", "shipments": a noun without a direction, in a clause that
        // names no country, goes the way the article's trade went.
        // ("Imports from Mexico kept climbing, with shipments up 6.4%": the sentence's own flow before it.)
        if !partnerSide, let token = flowToken, Lexicon.neutralShipmentNouns.contains(words[token]),
            let named = cues.flows.last(where: {
                $0.token < token && $0.flow.isStored && !Lexicon.neutralShipmentNouns.contains(words[$0.token])
            })
        {
            flowValue = named.flow
        } else if !partnerSide, let token = flowToken, Lexicon.neutralShipmentNouns.contains(words[token]),
            let previous = discourse.flow, previous == .imports,
            !mentions.contains(where: { clause.contains($0.token) })
        {
            flowValue = previous
        }
        // "We lost more than $700 billion on trade": money lost on trade is a deficit.
        if flowValue == .total, let token = flowToken, clause.contains(token) || abs(token - figureToken) <= 6,
            words[max(0, figureToken - 4)..<figureToken].contains(where: Lexicon.loseWords.contains)
        {
            flowValue = .balance
        }
        return FigureDraft(
            figure: figure, index: index, token: figureToken, clause: clause, flow: flowValue, flowToken: flowToken,
            partnerSide: partnerSide, partnerReported: partnerReported, value: figure.value,
            period: period(near: figure.range.lowerBound, end: figure.range.upperBound, ownFlow: flowToken))
    }

    /// The kind of claim a figure makes, with the value, period and product that kind implies: a
    /// multiple is a change or a comparison, a percent a share, composition or change, money a value
    /// or composition. `false` for a percent that is none of these.
    func classify(_ draft: inout FigureDraft) -> Bool {
        let figure = draft.figure
        let figureToken = draft.token
        if figure.unit == .ratio, figure.comparesTwo {
            // "dreimal so groß wie das Defizit mit Deutschland": the partner after "wie"/"as"/"than";
            // after "dessen, was" the other side starts at "was" ("ein Drittel dessen aus Indien, was
            // die USA aus Irland bezogen").
            let relative = (figureToken..<min(words.count, figureToken + 4)).first { words[$0] == "dessen" }
                .flatMap { dessen in (dessen..<min(words.count, dessen + 8)).first { words[$0] == "was" } }
            let otherSide = relative ?? figureToken
            draft.kind = .comparison
            draft.comparedPartner =
                others.first { other in
                    // Close after the multiple, with no period between ("two-and-a-half times their
                    // 2018 level and … than imports from France": not France).
                    // ("roughly double France's": a genitive right after the multiple.)
                    other.token > otherSide && other.token - figureToken <= 14
                        && (words[figureToken..<other.token].contains {
                            ["wie", "as", "than", "als", "of", "dessen", "what", "was"].contains($0)
                        }
                            // ("two and a half times the one with Canada")
                            || (other.token >= 3 && words[other.token - 1] == "with"
                                && ["one", "that"].contains(words[other.token - 2]))
                            // ("about five times the deficit with Germany", "fünfmal so groß das Defizit mit Japan",
                            // "Sales to Mexico were twice those to China")
                            || (other.token >= 3
                                && ["with", "mit", "to", "from", "nach", "aus"].contains(words[other.token - 1])
                                && tokenIndex(of: figure.range.upperBound) < other.token - 1
                                && words[tokenIndex(of: figure.range.upperBound)..<(other.token - 1)].allSatisfy {
                                    ["the", "das", "dem", "den", "that", "one", "those", "jene", "jenen"].contains($0)
                                        || Lexicon.isDeficitWord($0) || Lexicon.flow(of: $0) != nil
                                })
                            || other.form == .genitive
                                && other.token - tokenIndex(of: figure.range.upperBound) <= 1)
                        && !periodMentions.contains {
                            let token = tokenIndex(of: $0.range.lowerBound)
                            // ("more than twice as much from the United States last year as China did": the
                            // own side's period, right before the "as" that names the other.)
                            let end = tokenIndex(of: $0.range.upperBound)
                            let ownSide =
                                end < other.token && ["as", "wie", "than", "als"].contains(words[end])
                                && token - figureToken > 3
                            return token > figureToken && token < other.token && !ownSide
                        }
                }?.code
            if let sides = sidesAfterMultiple(figureToken) { draft.comparedPartner = sides.compared.code }
            // "roughly a tenth as much from Nigeria as in 2008", "dreimal so viel aus Nigeria wie 2008": the country
            // inside the equality is the figure's own, and the period after its "as"/"wie" the other side.
            if let compared = others.first(where: { $0.code == draft.comparedPartner && $0.token > figureToken }),
                case let after = compared.token + compared.count, after < words.count,
                let marker = (after..<min(words.count, after + 2)).first(where: {
                    ["as", "wie", "than", "als"].contains(words[$0])
                }),
                words[figureToken..<compared.token].contains(where: { ["as", "so"].contains($0) }),
                periodMentions.contains(where: {
                    let at = tokenIndex(of: $0.range.lowerBound)
                    return at > marker && at <= marker + 3
                }),
                !others.contains(where: { $0.token > marker })
            {
                draft.partner = compared.code
                draft.comparedPartner = nil
            }
            if let flows = comparedFlows(after: figureToken) {
                // "kaufen zweieinhalbmal so viel ein, wie sie uns verkaufen": one partner, two flows.
                (draft.flow, draft.flowToken) = (flows.flow, flows.token)
                draft.comparedFlow = flows.compared
                draft.comparedPartner = nil
            }
            // "… was die USA an Arzneimitteln aus Irland bezogen": goods compared, which the comparison of
            // totals cannot check; unsure rather than wrong.
            if (otherSide..<min(words.count, otherSide + 12)).contains(where: { index in
                cues.products.contains { $0.token == index }
            }) {
                draft.comparedPartner = nil
                draft.comparedFlow = nil
            }
            // ("a third of what Americans buy from Vietnam": with no country before the fraction, the one
            // after it names the whole, not another side.)
            if figure.fractionOfAnother, !others.contains(where: { $0.token < figureToken }) {
                // ("Das Defizit mit Indien lag bei 21 Milliarden Dollar. Das ist ein Zwanzigstel dessen, was die USA
                // im Handel mit China verbuchen": a sentence pointing back at its start has the figure before as its
                // own side, and the country after "dessen, was" is the other.)
                // ("…, aber es ist ein Zwanzigstel dessen": the clause's subject pointing back, right before it.)
                let pointsBack =
                    (figureToken <= 5 && Lexicon.pointBackWords.contains(words.first ?? ""))
                    || (max(0, figureToken - 3)..<figureToken).contains {
                        Lexicon.pointBackWords.contains(words[$0]) && $0 + 1 < figureToken
                            && ["ist", "is", "war", "was", "sind", "are", "were"].contains(words[$0 + 1])
                    }
                // (A money figure before it in the sentence is the one pointed back to: its own side is set when
                // the claim is placed.)
                let figureBefore = figures.contains {
                    $0.unit == .usd && $0.range.upperBound <= figure.range.lowerBound
                }
                if let compared = draft.comparedPartner, pointsBack, !figureBefore,
                    let previous = discourse.lastFrames.last, let own = previous.partner, own != compared,
                    own != "WORLD"
                {
                    draft.partner = own
                    if let flow = previous.flow { (draft.flow, draft.flowToken) = (flow, nil) }
                    if !namesPeriod, let period = previous.period { draft.period = period }
                    draft.product = previous.product
                } else if draft.comparedPartner == nil || !pointsBack || !figureBefore {
                    draft.comparedPartner = nil
                }
            }
            // "Kanada lieferte davon mehr als fünfmal so viel wie Mexiko", "delivered more than five times as much
            // fuel as Mexico": two partners' trade in the goods named.
            if draft.comparedPartner != nil, let product = product(for: figureToken, window: 16), product != .total {
                draft.product = product
            }
            if figure.perDollar {
                // "for every dollar the U.S. sold to India it bought back about $1.80": this clause's flow against
                // the one of the dollar it is said against, with one partner.
                guard let flows = perDollarFlows(figureToken) else { return false }
                (draft.flow, draft.flowToken) = (flows.flow, flows.token)
                draft.comparedFlow = flows.compared
                draft.comparedPartner = nil
                return true
            }
            if figure.fractionOfAnother, !figure.refersBack, draft.comparedPartner == nil, draft.comparedFlow == nil,
                periodAfterComparison(figure, from: figureToken) == nil,
                levelBeforeEvent(after: tokenIndex(of: figure.range.upperBound)) == nil
            {
                // "More than a third of what Americans buy from Vietnam falls under chapter 85": no other
                // side, a share of what is named.
                draft.figure.unit = .percent
                draft.figure.value *= 100
                draft.figure.rounding *= 100
                draft.figure.comparesTwo = false
                draft.figure.fractionOfAnother = false
                draft.value *= 100
                draft.kind = .value
                return classify(&draft)
            }
        } else if figure.unit == .ratio {
            draft.kind = .change
            draft.period = span(
                latest: periods.date?.latestPublishedYear ?? referenceYear.map { $0 - 1 }, figure: draft.token)
            // ("Die US-Einfuhren pharmazeutischer Erzeugnisse aus Dänemark haben sich … nahezu halbiert": the goods of
            // the multiple's clause, named before it: goods after it tell the cause, "getrieben von der Ansiedlung großer
            // Elektronik-, Möbel- und Schuhfabriken".)
            // (In the multiple's own clause: not "dominated by chipmaking tools, aircraft and farm goods, and the deficit
            // with Taipei has more than tripled".)
            if let product = product(for: figureToken, window: 16, after: 0),
                cues.products.contains(where: { goods in
                    .hs(goods.code) == product && goods.token < figureToken
                        && !cues.flows.contains { $0.token > goods.token && $0.token < figureToken }
                        // (Goods of the flow's own noun; not "Die Zölle auf Stahl wurden verdoppelt".)
                        && namesGoodsOfFlowNoun(at: goods.token)
                })
            {
                draft.product = product
            }
            // ("sanken fast um das Zehnfache", "fell nearly tenfold": a multiple of a fall is the fraction left.)
            if draft.value > 1, cues.decline, !cues.rise, declines(near: draft.token) {
                let multiple = draft.value
                draft.value = 1 / multiple
                draft.figure.value = draft.value
                draft.figure.rounding /= multiple * multiple
            }
        } else if figure.unit == .usd, case let end = tokenIndex(of: figure.range.upperBound), end < words.count,
            Lexicon.comparisonDirection(words[end]) != nil,
            let gap = gap(after: figure, upTo: end), !gap.contains(where: { ",;:–—-(".contains($0) }),
            let compared = percentComparison(end), compared.partner != nil
        {
            // "gut 6 Mrd. Dollar mehr als nach Deutschland", "$18 billion more than from Taiwan": the
            // difference between two partners.
            draft.kind = .comparison
            draft.comparedPartner = compared.partner
            draft.comparisonDirection = compared.direction
        } else if figure.unit == .usd, let (compared, direction) = leadOver(figure, at: figureToken) {
            // "a lead of some $43 billion over China", "about $4 billion ahead of Canada", "knapp 4 Milliarden Dollar
            // vor Kanada": the difference between two partners, the subject's ahead.
            draft.kind = .comparison
            draft.comparedPartner = compared
            draft.comparisonDirection = direction
            // ("2019 war Mexiko erstmals der größte Handelspartner der Vereinigten Staaten, mit einem Vorsprung von gerade
            // einmal 1,4 Milliarden Dollar vor Kanada": a lead in the place the sentence ranks by its measure.)
            if let measure = facts.rankMentions.last(where: { $0.token < figureToken })?.measure {
                draft.flow = measure
                draft.flowToken = nil
            }
        } else if figure.unit == .usd, case let end = tokenIndex(of: figure.range.upperBound), end < words.count,
            let direction = Lexicon.comparisonDirection(words[end]),
            // ("Mit Kanada handelten die USA für knapp 1,4 Milliarden Dollar weniger": less than the partner the
            // sentence before spoke of; no "als"/"than" names another side, no period another time.)
            // (Within the clause: "…, was kaum mehr als ein Rundungsfehler ist" is a clause of its own.)
            case let clauseEnd = (end..<words.count).first(where: { $0 > end && commaBetween($0 - 1, $0) })
                ?? words.count,
            !words[end..<clauseEnd].contains(where: { ["als", "than", "wie", "as"].contains($0) }),
            !periodMentions.contains(where: {
                let token = tokenIndex(of: $0.range.lowerBound)
                return token > end && token < clauseEnd
            }),
            let own = others.first?.code, let before = discourse.lastFrames.last, let previous = before.partner,
            previous != own, previous != "WORLD", own != "WORLD",
            // (In the frame of the figure before: no period of its own, no other flow named.)
            ownYear == nil, ownMonth == nil, draft.flowToken == nil || before.flow == draft.flow
        {
            draft.kind = .comparison
            draft.comparedPartner = previous
            draft.comparisonDirection = direction
            if let flow = before.flow { draft.flow = flow }
        } else if figure.unit == .usd, let direction = moneyAgainstAnotherPeriod(figure, at: figureToken) {
            // "knapp eine Milliarde Dollar mehr als im Rekordjahr 2008", "an extra $12.5 billion compared with
            // the same months of 2018": the difference from another period.
            draft.kind = .comparison
            draft.comparisonDirection = direction
        } else if figure.unit == .percent, let compared = percentComparison(tokenIndex(of: figure.range.upperBound)) {
            // "sold about 12 per cent more to the UK than to Germany": one partner against another.
            draft.kind = .comparison
            draft.comparedPartner = compared.partner
            draft.comparisonDirection = compared.direction
        } else if figure.unit == .percent, case let end = tokenIndex(of: figure.range.upperBound),
            end < words.count, let direction = Lexicon.comparisonDirection(words[end]),
            // ("sieben Prozent weniger … als im Jahr davor, während die Einfuhren …": a change over time.)
            !periodMentions.contains(where: { tokenIndex(of: $0.range.lowerBound) > end }),
            !words[end...].contains(where: { ["während", "while", "whereas", "wohingegen"].contains($0) }),
            let flows = comparedFlows(after: figureToken)
        {
            // "exportierten Waren für 12,1 Milliarden Dollar in die Türkei, gut 80 Prozent mehr, als sie von
            // dort einführten": one flow against the other, in percent.
            draft.kind = .comparison
            (draft.flow, draft.flowToken) = (flows.flow, flows.token)
            draft.comparedFlow = flows.compared
            draft.comparisonDirection = direction
        } else if figure.unit == .percent {
            // (From the figure's end: a hedge of two words, "mehr als 40 Prozent des Defizits", comes before.)
            let figureEnd = tokenIndex(of: figure.range.upperBound)
            let following = words[min(figureEnd, words.count)..<min(figureEnd + 3, words.count)]
            // ("(16% of the total)", "knapp ein Drittel des Gesamten": a part of a whole, whatever the verbs.)
            let ofTheTotal =
                following.count >= 2 && ["of", "der", "des"].contains(following[following.startIndex])
                && following.dropFirst().prefix(2).contains {
                    ["total", "gesamten", "gesamtwerts", "all"].contains($0)
                }
            // (Not past a contrast: "fell 2.8 percent, while imports of Korean goods rose".)
            let ofWord = following.firstIndex { ["der", "aller", "of", "des"].contains($0) }
            let ofTotal =
                ofTheTotal || figure.shareOfAll
                || (ofWord.map { at in
                    !following[following.startIndex..<at].contains(where: {
                        ["while", "whereas", "but", "während", "wohingegen", "aber"].contains($0)
                    })
                } ?? false
                    && cues.flows.contains { $0.token >= figureEnd && $0.token - figureEnd <= 5 })
                // ("Von den Waren, die die USA importieren, stammen noch immer knapp 18 Prozent aus der Volksrepublik",
                // "Of all U.S. imports, 18 percent came from China": the whole named first, the part's origin after.)
                || (words.count > 2 && ["von", "of"].contains(words[0])
                    && ["den", "allen", "all", "the"].contains(words[1])
                    && cues.flows.contains { $0.token > 1 && $0.token < figureToken }
                    && words[figureEnd..<min(words.count, figureEnd + 4)].contains(where: {
                        ["aus", "from", "nach", "to", "auf"].contains($0)
                    }))
            // "jumped by a quarter last year, with pharmaceuticals making up almost half": a percent right
            // after a change verb or "by"/"um" is the change, whatever share words the sentence has.
            let start = figureToken
            // ("…, ein Plus von 2,8 Prozent", "an increase of 7 percent": a change's noun names it.)
            let changeRightBefore =
                start >= 1
                && (["by", "um"].contains(words[start - 1])
                    || (start >= 2 && ["von", "of"].contains(words[start - 1])
                        && Lexicon.changeNounsBeforeAmount.contains(words[start - 2]))
                    // ("ein Plus der Ausfuhren in die USA von 27 Prozent", "ein Exportplus von 20 Prozent": the
                    // change's noun a few words before, what changed between.)
                    || (start >= 3 && ["von", "of"].contains(words[start - 1])
                        && !figures.contains { other in
                            other.range != figure.range
                                && (max(0, start - 8)..<start).contains(tokenIndex(of: other.range.lowerBound))
                        }
                        && (max(1, start - 8)..<(start - 1)).contains(where: { noun in
                            // (A noun with its article, and no share between: not "Exporten plus Importen, … einen
                            // Anteil von gut 14 Prozent".)
                            Lexicon.isChangeNoun(words[noun])
                                && ["ein", "einen", "einem", "eines", "das", "dem", "the", "a", "an"].contains(
                                    words[noun - 1])
                                && !words[noun..<start].contains(where: Lexicon.isShare)
                        }))
                    || (Lexicon.isChange(words[start - 1])
                        && !(words[start - 1] == "up" && start >= 2 && Lexicon.isShare(words[start - 2]))
                        // ("China's share of U.S. goods imports slipped below 18 percent": a move past a mark is to a
                        // level, not by an amount.)
                        && !["below", "above", "under", "over", "unter", "über"].contains(
                            figure.text.lowercased().prefix(while: \.isLetter)))
                    || (start >= 2 && ["by", "um"].contains(words[start - 2])
                        && [
                            "about", "around", "nearly", "almost", "roughly", "rund", "etwa", "fast", "knapp", "gut",
                            "more", "mehr",
                        ].contains(words[start - 1])))
            // "um 86 Prozent niedriger", "13.6 per cent wider than in 2023": a comparative right after it.
            let figureEndToken = tokenIndex(of: figure.range.upperBound)
            let comparativeAfter =
                figureEndToken < words.count && Lexicon.comparative(words[figureEndToken]).change
                && !(figureEndToken + 1 < words.count && ["than", "als"].contains(words[figureEndToken + 1])
                    && percentComparison(figureEndToken) != nil)
            // "Vietnam  $48.8bn  +34%": a signed percent in a line of figures is a change.
            // ("(+17 % ggü. 2023)", "↑ 6%", "▼ 3.1%": in parentheses, or after an arrow, as newsletters write it.)
            let arrow: Character? = {
                let before = text[text.startIndex..<figure.range.lowerBound].suffix(3).filter { !$0.isWhitespace }
                return before.last.flatMap { "↑↓▲▼⬆⬇".contains($0) ? $0 : nil }
            }()
            let signed: Bool = {
                if arrow != nil { return true }
                // (A sign touches its number: "Dollar - 13 Prozent" is a dash; the match may start at the space.)
                guard figure.range.lowerBound > text.startIndex, !text[figure.range.lowerBound].isWhitespace
                else { return false }
                let before = text[text.index(before: figure.range.lowerBound)]
                return (before == "+" || before == "-" || before == "−")
                    && (figure.range.lowerBound == text.index(after: text.startIndex)
                        || text[text.index(before: text.index(before: figure.range.lowerBound))].isWhitespace
                        || "([".contains(text[text.index(before: text.index(before: figure.range.lowerBound))]))
            }()
            if signed, !figure.text.hasPrefix("+"), !cues.share, !ofTotal,
                arrow.map({ "↓▼⬇".contains($0) })
                    ?? (text[text.index(before: figure.range.lowerBound)] != "+")
            {
                draft.value = -abs(draft.value)
            }
            // "schnellten um 35 Prozent auf 66,4 Milliarden Dollar nach oben", "by 12% to $4.1 billion": a
            // percent after "um"/"by" that leads to a new level is a change, whatever the verb.
            // So is a percent after "um" or "by" in a sentence with no share word ("US-Handel mit Russland
            // zieht um 30 Prozent an").
            // ("verlor von Januar bis Mai 7 Prozent auf 43,8 Milliarden Dollar": a percent that leads to a level, in a
            // sentence with a verb of change, is the change, wherever the verb stands.)
            let leadsToLevel =
                (changeRightBefore || cues.change
                    || words.contains(where: { Lexicon.isChange($0) || Lexicon.isDecline($0) }))
                && (figureEndToken < words.count && ["auf", "to"].contains(words[figureEndToken])
                    && figures.contains { other in
                        guard other.unit == .usd || other.unit == .eur else { return false }
                        let token = tokenIndex(of: other.range.lowerBound)
                        return token > figureEndToken && token <= figureEndToken + 3
                    })
                || (changeRightBefore && !cues.share
                    && words[max(0, start - 2)..<start].contains { ["um", "by"].contains($0) })
            // "about 1 percent below the same stretch of 2018", "30 Prozent über dem Vorjahr": a level on one
            // side of a base is a change from it.
            let sideOfBase =
                figureEndToken + 1 < words.count
                && ["below", "above", "under", "unter", "über"].contains(words[figureEndToken])
                && ([
                    "the", "its", "their", "a", "dem", "den", "der", "vorjahr", "level", "levels", "ihrem", "ihren",
                    "seinem", "seinen",
                ].contains(words[figureEndToken + 1])
                    // ("5.5 percent above February 2023", "12 Prozent unter 2019": a period as the base itself.)
                    || periodMentions.contains { mention in
                        let token = tokenIndex(of: mention.range.lowerBound)
                        return token == figureEndToken + 1 || token == figureEndToken
                    })
                // ("ran almost 13 per cent ahead of the same months of 2014", "2% behind last year's pace", "6.3% short
                // of the same period in 2019")
                || (figureEndToken + 1 < words.count
                    && (["ahead", "short", "shy"].contains(words[figureEndToken]) && words[figureEndToken + 1] == "of"
                        || words[figureEndToken] == "behind")
                    && periodMentions.contains { tokenIndex(of: $0.range.lowerBound) > figureEndToken })
            if cues.change && changeRightBefore || comparativeAfter || leadsToLevel || sideOfBase
                || (signed && !cues.share), !ofTotal
            {
                draft.kind = .change
                if declines(near: figureToken)
                    || (comparativeAfter && Lexicon.comparative(words[figureEndToken]).decline)
                {
                    draft.value = -abs(draft.value)
                }
                draft.period = span(latest: referenceYear.map { $0 - 1 }, figure: draft.token)
                if let product = product(for: figureToken, window: 16) ?? pronounsGoods(before: figureToken) {
                    draft.product = product
                }
            } else if cues.share || ofTotal {
                draft.kind = .share
                if let product = product(for: figureToken, after: 14), product != .total {
                    // ("mehr als ein Zehntel der gesamten US-Einfuhren dieses Kapitels", "10.7% of all U.S.
                    // machinery imports": the partner's part of the country's trade in the goods.)
                    draft.kind = .composition
                    if wholeOfTheGoods(after: figureEndToken) {
                        // (The whole is the reporter's: "der US-Importe", not the partner's own trade.)
                        draft.kind = .share
                        draft.partnerSide = false
                    }
                    draft.product = product
                } else if let previous = discourse.product,
                    case let pronouns:Set<String> = [
                        "it", "they", "these", "those", "es", "sie", "diese", "dieser", "das", "this",
                    ],
                    pronouns.contains(words.first ?? "")
                        // ("… am Gewicht der Arzneien im Dänemark-Geschäft. 2023 machten sie fast die Hälfte aller
                        // US-Einfuhren aus dem Land aus": the subject pronoun right before the figure, after the verb.)
                        || (figureToken >= 2 && ["sie", "es"].contains(words[figureToken - 1])
                            && draft.clause.lowerBound <= figureToken - 2
                            && !others.contains(where: { $0.token < figureToken && draft.clause.contains($0.token) }))
                {
                    // "Electrical machinery is the biggest category. It accounted for 28% of …"
                    draft.kind = .composition
                    draft.product = .hs(previous)
                } else if let carried = pronounsGoods(before: figureToken) {
                    // ("… $241.0 billion worth of mineral fuels. That was about 7% of all its imports": "that" for the
                    // goods the sentence before measured.)
                    draft.kind = .composition
                    draft.product = carried
                }
            } else if cues.change {
                draft.kind = .change
                if declines(near: figureToken) { draft.value = -abs(draft.value) }
                draft.period = span(latest: referenceYear.map { $0 - 1 }, figure: draft.token)
                if let product = product(for: figureToken, window: 16) ?? pronounsGoods(before: figureToken) {
                    draft.product = product
                }
            } else if let product = product(for: figureToken), product != .total {
                // "Elektrische Maschinen und Elektronik kamen auf 27,5 Prozent": a product's part.
                draft.kind = .composition
                draft.product = product
            } else if discourse.sentencesSinceShare <= 3 {
                // "2017 hatte er noch bei 25 Prozent gelegen": a level, after a sentence about a share.
                draft.kind = .share
            } else {
                return false
            }
        } else {
            // ("Für 11,4 Milliarden Dollar kauften amerikanische Unternehmen von Januar bis April deutsche Maschinen":
            // what "für" a sum is bought or sold is the verb's object, further on.)
            let forSum = figureToken >= 1 && ["für", "for"].contains(words[figureToken - 1])
            // (The sum of the whole a share was of is all goods.)
            guard !wholeOfAShare(at: figureToken) else { return true }
            if let product = product(for: figureToken, after: forSum ? 14 : 8) {
                draft.product = product
                draft.kind = .composition
            } else if discourse.productQuestion, let asked = discourse.product {
                draft.product = .hs(asked)
                draft.kind = .composition
            }
        }
        return true
    }

    /// Whether the words after a percent name the reporter's whole trade in some goods ("of all U.S.
    /// imports of the chapter", "der gesamten US-Einfuhren dieses Kapitels") rather than the partner's
    /// trade ("of imports from Taiwan"): the figure is then the partner's part of those goods.
    func wholeOfTheGoods(after figureEnd: Int) -> Bool {
        let window = figureEnd..<min(words.count, figureEnd + 6)
        guard let flowNoun = window.first(where: { Lexicon.flow(of: words[$0]).map { $0 != .balance } ?? false })
        else { return false }
        let before = words[figureEnd..<flowNoun]
        let whole =
            before.contains { ["all", "gesamten", "total", "sämtlicher", "u.s.", "us", "american"].contains($0) }
            || words[flowNoun].hasPrefix("us-") || words[flowNoun].hasPrefix("gesamt")
        guard whole else { return false }
        // ("of all U.S. imports from Taiwan": the partner's own trade.)
        let after = (flowNoun + 1)..<min(words.count, flowNoun + 4)
        return !facts.mentions.contains { after.contains($0.token) }
    }

    /// The country an amount puts the subject ahead of or behind: "a lead of $43 billion over China", "$4 billion
    /// ahead of Canada", "4 Milliarden Dollar vor Kanada", "ein Vorsprung von 4 Milliarden Dollar auf Kanada",
    /// "$2 billion behind Mexico"; the country and the direction.
    func leadOver(_ figure: Figure, at token: Int) -> (String, Int)? {
        let end = tokenIndex(of: figure.range.upperBound)
        guard end < words.count, let gap = gap(after: figure, upTo: end),
            !gap.contains(where: { ",;:–—(".contains($0) })
        else { return nil }
        let lead = (max(0, token - 3)..<token).contains { Self.leadWords.contains(words[$0]) }
        var direction = 0
        var after = end
        if words[end] == "ahead", end + 1 < words.count, words[end + 1] == "of" {
            (direction, after) = (1, end + 2)
        } else if words[end] == "behind" || words[end] == "hinter" {
            (direction, after) = (-1, end + 1)
        } else if words[end] == "vor" || (lead && ["over", "auf"].contains(words[end])) {
            (direction, after) = (1, end + 1)
        } else {
            return nil
        }
        guard
            let country = others.first(where: { mention in
                mention.token >= after && mention.token <= after + 1
                    && words[after..<mention.token].allSatisfy(Self.articles.contains) && mention.code.count == 3
            })
        else { return nil }
        return (country.code, direction)
    }

    static let leadWords: Set<String> = ["lead", "vorsprung", "edge", "margin"]
    static let articles: Set<String> = ["the", "dem", "der", "den", "die"]

    /// The text between a figure's end and a later token, `nil` when the figure reaches into that token ("$5bn-",
    /// a figure read across a hyphen): a range that would run backwards is never built.
    func gap(after figure: Figure, upTo token: Int) -> Substring? {
        guard token < tokens.count, figure.range.upperBound <= tokens[token].range.lowerBound else { return nil }
        return text[figure.range.upperBound..<tokens[token].range.lowerBound]
    }

    /// Whether a word of passing stands at `index` with a country of the clause before it as its subject: "Mexico
    /// edged out Canada and China to become the largest partner, with two-way trade of $612.8 billion" (the countries
    /// after it are the ones passed).
    func passesOthers(at index: Int, in clause: Range<Int>) -> Bool {
        let passing =
            (Lexicon.isOvertake(words, at: index) && !Lexicon.isPassiveOvertake(words, at: index))
            || (words[index] == "out" && index > 0 && words[index - 1] == "edged")
        return passing && others.contains { $0.token < index && clause.contains($0.token) }
    }

    /// One figure, one frame: the figure's own clause decides its partner first, then wording about
    /// the whole (the world), then the sentence's previous figure, then the sentence's partner.
    func attachPartner(_ draft: inout FigureDraft, earlier: [FoundClaim]) {
        let clause = draft.clause
        let figureToken = draft.token
        let figureEnd = max(figureToken, tokenIndex(of: draft.figure.range.upperBound))
        // "…, while buying $3.4 billion from Japan": a contrasting conjunction opens a new frame.
        let strongBreak = (clause.lowerBound..<figureToken).last {
            ["while", "whereas", "während", "wohingegen", "but", "aber", "jedoch", "doch"].contains(words[$0])
        }
        let groupGenitives = others.filter { $0.form == .genitive && $0.code.count != 3 }.map(\.token)
        // ("Britain, which is leaving the EU, and where we ran a surplus of $3 billion": a country named in a relative
        // clause that describes another is not the figure's.)
        let outsideRelatives = Set(withoutRelativeClauses(clause.clamped(to: 0..<words.count), keeping: figureToken))
        let partnerInClause = others.filter { mention in
            guard clause.contains(mention.token) else { return false }
            if mention.token < figureToken, !outsideRelatives.contains(mention.token),
                others.contains(where: { $0.token < mention.token && outsideRelatives.contains($0.token) })
            {
                return false
            }
            // "Brasilien, der größte Markt Südamerikas, nahm …": a group in the genitive describes the country.
            if groupGenitives.contains(mention.token),
                others.contains(where: { $0.token < mention.token && $0.code.count == 3 && clause.contains($0.token) })
            {
                return false
            }
            // "the second-largest after China's", "more than with Canada": a comparison's partner.
            // ("Die Exporte nach Kanada stiegen um 8,3 Prozent": "nach" after a word of exports is where they go.)
            // ("hinter Kanada, China und Mexiko der viertgrößte": the whole list after the word.)
            let listStart = listStart(before: mention.token)
            // ("Canada was the largest partner, narrowly ahead of Mexico and China, with two-way trade of $667 billion":
            // the countries it stands ahead of; not "vor allem China".)
            if let word = (max(0, listStart - 3)..<mention.token).last(where: {
                ["after", "behind", "hinter", "than", "als", "nach"].contains(words[$0])
                    || (words[$0] == "ahead" && $0 + 1 < words.count && words[$0 + 1] == "of")
                    || passesOthers(at: $0, in: clause)
                    || (words[$0] == "vor" && $0 + 1 < words.count
                        && !["allem", "kurzem", "einem", "einer", "zwei", "drei", "jahren", "ort"].contains(
                            words[$0 + 1]))
            }), mention.token < figureToken,
                words[word] != "nach"
                    || !cues.flows.contains(where: { $0.flow == .exports && $0.token < word && word - $0.token <= 2 }),
                // ("ahead of Canada ($205.0 billion)", "well ahead of China, which shipped $208.2 billion", "weit vor
                // Italien, mit dem das Defizit bei knapp 40 Milliarden Dollar lag": the figure is that country's own,
                // in its parenthesis or relative clause.)
                !figureDescribes(mention, figure: draft.figure, figureToken: figureToken)
            {
                return false
            }
            // "nach dem mit China das zweitgrößte", "second only to the one with China": the one ranked against.
            if isTheOneWith(mention.token) { return false }
            // ("Mit der Europäischen Union insgesamt – Großbritannien noch eingeschlossen – verbuchten die USA …": a
            // country in an aside the figure stands outside, after a partner named outside it, describes that partner.)
            // (Not a list of the countries meant: "the three Asian suppliers - China, Vietnam and South Korea - sold".)
            if let aside = aside(holding: mention.range), !aside.contains(draft.figure.range.lowerBound),
                others.filter({ aside.contains($0.range.lowerBound) }).count == 1,
                others.contains(where: { other in
                    other.token < mention.token && clause.contains(other.token)
                        && !aside.contains(other.range.lowerBound)
                })
            {
                return false
            }
            // "Getrieben vom Rohstoffhunger Chinas … stiegen die amerikanischen Ausfuhren": a country in the genitive
            // owning a noun outside trade is spoken of for its own sake, not as the figure's partner.
            if facts.ownsANounOutsideTrade(mention) { return false }
            if mention.token < figureToken { return strongBreak.map { mention.token > $0 } ?? true }
            // After the figure, a partner belongs to it unless a cause, a list or another flow
            // ("…, and exports to China …") comes between.
            return mention.token <= figureToken + 10 && mention.form != .adjective
                && !words[figureToken..<mention.token].contains { Lexicon.causeWords.contains($0) }

                // ("Das amerikanische Handelsdefizit lag 2022 bei 948 Milliarden Dollar, und es ist längst nicht nur
                // China, das dazu beiträgt": past a comma and a conjunction opening a clause of its own subject.)
                && !nextMainClauseBetween(figureEnd, mention.token)
                // ("Das ist ein Plus von einem Drittel, während die Einfuhren aus China …": past a contrast.)
                && !contrastBetween(figureToken, mention.token)
                // ("Defizit steigt auf 39,1 Milliarden Dollar – Rekordlücke mit China": a dash opening a clause with a
                // flow of its own.)
                && !dashedFlowBetween(figureEnd, mention.token)
                // ("knapp vor dem mit Japan", "ahead of Japan's", "more than with Canada": compared with.)
                && !words[max(figureToken, mention.token - 4)..<mention.token].contains {
                    ["vor", "ahead", "than", "als", "behind", "hinter"].contains($0)
                }
                // "…, slightly more than imports from France and Italy combined": the compared side's list.
                && !(figureEnd < mention.token
                    && words[figureEnd..<mention.token].contains { ["than"].contains($0) })
                && !cues.flows.contains { cue in
                    cue.token > figureToken && cue.token < mention.token
                        && words[max(figureToken, cue.token - 2)..<cue.token].contains {
                            ["and", "und", "sowie", "while", "während", "but", "aber"].contains($0)
                        }
                }
        }
        draft.partnersInClause = partnerInClause
        draft.partner = parties.partner
        // (The sentence's partner only as such an owner: the one the article speaks of.)
        if let named = parties.partner, let inherited = discourse.partner, inherited != named,
            case let mentions = others.filter({ $0.code == named }), !mentions.isEmpty,
            mentions.allSatisfy(facts.ownsANounOutsideTrade)
        {
            draft.partner = inherited
        }
        if draft.kind == .comparison, draft.figure.unit == .percent,
            let than = words.indices.first(where: { $0 > figureToken && ["than", "als"].contains(words[$0]) }),
            let own = others.first(where: { $0.token > figureToken && $0.token < than })
        {
            // "12 per cent more to the UK than to Germany": the country between the figure and "than".
            draft.partner = own.code
        } else if draft.kind == .comparison, draft.figure.unit == .ratio,
            let sides = sidesAfterMultiple(figureToken)
        {
            // "shipped nearly twice as much to Mexico as to China": the country between the multiple and the
            // "as" before the other country.
            draft.partner = sides.own.code
        } else if draft.kind == .comparison {
            // The thing compared is the sentence's subject, not the partner after "wie"/"as".
            // ("$735.3 billion …, $10.2 billion less than in 2015": the frame of the figure before it.)
            draft.partner =
                partnerInClause.last(where: { $0.token < figureToken })?.code
                // (Not a country past a clause break: "…, betrug aber weniger als ein Fünftel des Defizits mit
                // der Volksrepublik".)
                ?? others.first(where: { other in
                    other.code != draft.comparedPartner
                        && (other.token < figureToken || !clauseBreak(from: figureToken, to: other.token))
                })?.code
                ?? (draft.comparedPartner == nil ? earlier.last(where: { $0.unit == .usd })?.partner : nil)
                ?? discourse.partner
        } else if let own = partnerInClause.last(where: { $0.token < figureToken }),
            figureDescribes(own, figure: draft.figure, figureToken: figureToken)
        {
            // "ahead of Canada ($205.0 billion) and China ($198.3 billion)": the country the figure's parenthesis or
            // relative clause describes.
            draft.partner = own.code
        } else if let own = partnerRightAfter(figureEnd, in: partnerInClause),
            let before = partnerInClause.last(where: { $0.token < figureToken }),
            figures.contains(where: { other in
                other.range != draft.figure.range
                    && partnerRightAfter(tokenIndex(of: other.range.upperBound), in: [before], goods: true) != nil
            })
        {
            // "deficits of $279.4 billion with China and $152.4 billion with Mexico": each figure with the
            // country right after it, when the one before belongs to the figure before.
            // ("imported $125.7 billion of goods from Germany last year and $142.2 billion from Japan", "$475.6bn of
            // goods from Mexico last year, against $427.2bn from China": "of goods" between the first.)
            draft.partner = own.code
        } else if let own = partnerRightAfter(figureEnd, in: partnerInClause),
            others.contains(where: { $0.token < figureToken && $0.code != own.code }),
            (max(0, figureToken - 3)..<figureToken).contains(where: {
                ["against", "versus", "vs", "gegenüber", "compared"].contains(words[$0])
            })
        {
            // ("U.S. imports from Mexico totaled $354.1 billion from January through September, against $316.0 billion
            // from China": a figure set against the one before, with its own country right after it.)
            draft.partner = own.code
        } else if draft.figure.unit == .usd, let own = ownFlowsPartner(after: figureEnd, in: partnerInClause),
            partnerInClause.contains(where: { $0.token < figureToken && $0.code != own.code })
        {
            // "Unlike Britain, the US ran a $30.4bn deficit with Ireland": the country of the figure's own flow
            // noun ("deficit with", "exports to") over one named before.
            draft.partner = own.code
        } else if let own = partnerInClause.last(where: { $0.token < figureToken }) {
            // "kein indisches Sonderproblem: Die US-Einfuhren insgesamt lagen …": the whole, named
            // between the country and the figure, is the figure's partner.
            // (A share's whole is named so too: "Chinas Anteil an den gesamten US-Importen".)
            // ("Die Europäische Union insgesamt lieferte 2024 Waren für 605,7 Milliarden Dollar": a whole word right
            // after the country is the country's whole, not the world.)
            let ownEnd = own.token + own.count
            let afterOwn =
                ownEnd < figureToken && ["insgesamt", "overall", "altogether", "zusammen"].contains(words[ownEnd])
                ? ownEnd + 1 : ownEnd
            draft.partner =
                draft.kind != .share && draft.kind != .composition
                    && namesWholeFlow(in: afterOwn..<figureToken) ? "WORLD" : own.code
        } else if isBaseFigure(draft), let previous = earlier.last(where: { $0.unit == draft.figure.unit }) {
            // "shrank to $1.06 trillion in 2023, from $1.17 trillion in 2022": a comparison's base has
            // the frame of the figure it is compared with.
            draft.partner = previous.partner
        } else if draft.kind != .share, draft.kind != .composition || draft.figure.unit == .usd,
            // (Not when the country follows in the figure's own clause: "Insgesamt kauften die USA Waren
            // für 2,2 Milliarden Dollar in Russland ein"; unless the whole's flow noun names the figure: "Bei
            // Gesamteinfuhren der USA von 3,1 Billionen Dollar ist Russland als Lieferant kaum noch messbar".)
            wholeFlowNamesFigure(at: figureToken, from: clause.lowerBound)
                || speaksOfTheWhole(clause.lowerBound..<figureToken)
                    && !partnerInClause.contains(where: { mention in
                        mention.token > figureToken
                            && !text[draft.figure.range.upperBound..<tokens[mention.token].range.lowerBound].contains(
                                where: {
                                    ",;:–—(".contains($0)
                                })
                    })
        {
            // "Das gesamte Defizit der USA … lag bei 1,2 Billionen Dollar; Taiwan ist da nur ein Baustein",
            // "the overall goods deficit narrowed to $717.5 billion, with Vietnam alone …": the whole,
            // named before the figure, over a country named after it.
            draft.partner = "WORLD"
        } else if let own = partnerInClause.first(where: { $0.token > figureToken }),
            !text[draft.figure.range.upperBound..<tokens[own.token].range.lowerBound].contains(where: {
                ";–—".contains($0)
            })
        {
            draft.partner = own.code
        } else if draft.kind != .share, draft.kind != .composition || draft.figure.unit == .usd,
            speaksOfTheWhole(clause)
        {
            // "Insgesamt führten die USA Arzneimittel für 212 Milliarden Dollar ein": the world. (A share
            // "of total exports" names its whole, not its partner.)
            draft.partner = "WORLD"
        } else if let previous = earlier.last(where: { $0.unit != .none }) {
            // A clause without a partner of its own continues the sentence's previous figure.
            draft.partner = previous.partner
        }
        // ("Das amerikanische Handelsdefizit lag 2022 bei 948 Milliarden Dollar, und es ist längst nicht nur China, das
        // dazu beiträgt": the sentence's country named only in a main clause of its own after the figure is that
        // clause's; the one spoken of before stays, or the whole.)
        // ("That was nearly half of all the fuel …, and about five times what it bought from Mexico": so is one named
        // only past another figure of the sentence.)
        // (A country by its name after a preposition of trade, "from Mexico", the other figure's partner; not "the
        // country" nor "Chinese products"; and only where the article already speaks of a partner.)
        let figureRange = draft.figure.range
        let pastAnotherFigure = { (mention: CountryMention) -> Bool in
            mention.token > figureEnd && mention.token > 0 && discourse.partner != nil
                && ["from", "to", "with", "aus", "nach", "mit"].contains(words[mention.token - 1])
                && tokens[mention.token].text.first?.isUppercase == true
                && figures.contains(where: { other in
                    let at = tokenIndex(of: other.range.lowerBound)
                    // (In a clause of its own, past a comma: not "30 percent of the $63.3 billion in total U.S. imports
                    // from Switzerland", the percent's own whole.)
                    // (A clause joined by "and", "while", "but": not "$49.5 billion worth last year, or about a third of
                    // everything the U.S. imported from Japan", which restates the first.)
                    return at >= figureEnd && at < mention.token
                        && other.range.lowerBound > figureRange.upperBound
                        && text[figureRange.upperBound..<other.range.lowerBound].contains(",")
                        && words[figureEnd..<at].contains(where: {
                            ["and", "und", "while", "während", "but", "aber", "whereas", "sowie"].contains($0)
                        })
                })
        }
        // ("Last year the goods deficit reached $1.20 trillion, a record, with the deficit with the EU widening to
        // $235.9 billion": so is one named past a comma by a flow noun of the figure's own flow whose figure follows it;
        // and when the article spoke of that very country before, the figure set apart from it is the whole.)
        let draftFlow = draft.flow
        let ownFlowsFigureAfter = { (mention: CountryMention) -> Bool in
            cues.flows.contains { cue in
                cue.flow == draftFlow && cue.token >= figureEnd && cue.token < mention.token
                    && mention.token - cue.token <= 3
                    && self.clauseCommaBetween(max(0, figureEnd - 1), cue.token)
            }
                && figures.contains { other in
                    let at = self.tokenIndex(of: other.range.lowerBound)
                    return at > mention.token && at - mention.token <= 8
                }
        }
        // ("The U.S. goods deficit had come to $101.7 billion in 1990, and Japan alone accounted for $41.1 billion of
        // it": so is one opening a clause after ", and" that goes on to a figure of its own.)
        let opensClauseToItsFigure = { (mention: CountryMention) -> Bool in
            mention.token >= 2 && ["and", "und", "but", "aber"].contains(words[mention.token - 1])
                && self.clauseCommaBetween(mention.token - 2, mention.token - 1)
                && figures.contains { other in
                    let at = self.tokenIndex(of: other.range.lowerBound)
                    return at > mention.token && at - (mention.token + mention.count) <= 6
                }
        }
        if draft.kind != .comparison, let partner = draft.partner, partner != "WORLD",
            case let named = others.filter({ $0.code == partner }), !named.isEmpty,
            named.allSatisfy({
                $0.token > figureEnd
                    && (nextMainClauseBetween(figureEnd, $0.token) || pastAnotherFigure($0) || ownFlowsFigureAfter($0)
                        || opensClauseToItsFigure($0))
            })
        {
            let setApart = named.allSatisfy(ownFlowsFigureAfter)
            draft.partner = discourse.partner.flatMap { setApart && $0 == partner ? nil : $0 } ?? "WORLD"
            draft.partnerCarriedPastNamed = true
        }
        // "Das ist ein Plus von einem Drittel, während die Einfuhren aus China … zurückgingen": a country
        // named only past a contrast after the figure is that clause's; the one spoken of before stays.
        if draft.kind != .comparison, let partner = draft.partner, let inherited = discourse.partner,
            inherited != partner, partner != "WORLD"
        {
            let named = others.filter { $0.code == partner }
            if !named.isEmpty, named.allSatisfy({ $0.token > figureEnd && contrastBetween(figureToken, $0.token) }) {
                draft.partner = inherited
            }
        }
        // "U.S. imports from the country reached $127.4 billion, … more than imports from France and
        // Italy combined": a partner named only on the compared side is not the figure's; the one the
        // article was speaking of is.
        if draft.kind != .comparison, let partner = draft.partner, let inherited = discourse.partner,
            inherited != partner
        {
            let named = others.filter { $0.code == partner }
            if !named.isEmpty,
                named.allSatisfy({ mention in
                    mention.token > figureEnd
                        && words[figureEnd..<mention.token].contains { ["than", "als"].contains($0) }
                })
            {
                draft.partner = inherited
            }
        }
        // "Knit apparel imports fall 4.1% in first half; Vietnam gains ground in footwear": in an article's first
        // sentence a country named only in a clause after the figure's semicolon is that clause's; the figure's is
        // the world. (Later on, semicolon lists often share one country: "Brasilien …; Chile …".)
        if discourse.partner == nil, let partner = draft.partner, partner != "WORLD", draft.kind != .comparison {
            let own = semicolonClause(of: figureToken)
            let named = others.filter { $0.code == partner }
            // (Only a clause after the figure's: "Waren … aus Russland; 2023 war es weniger" goes on with Russia.)
            // (So is one past a dash opening a clause with a flow of its own: "… steigt auf 39,1 Milliarden Dollar –
            // Rekordlücke mit China".)
            if !named.isEmpty,
                named.allSatisfy({
                    $0.token > figureToken && (!own.contains($0.token) || dashedFlowBetween(figureEnd, $0.token))
                })
            {
                draft.partner = "WORLD"
            }
        }
        // ("Chinas Exporte sanken um 4,6 Prozent": the country reporting is not its own partner.)
        if draft.partner == reporter, reporter != homeReporter { draft.partner = parties.partner }
        draft.partnerSum = summedPartners(draft)
    }

    /// Whether a comma and a conjunction with a pronoun subject ("…, und es ist …", "…, and it was …", "…, but that …")
    /// open a main clause of their own between two tokens.
    func nextMainClauseBetween(_ start: Int, _ end: Int) -> Bool {
        guard start < end else { return false }
        return (max(start, 1)..<end).contains { index in
            ["und", "and", "aber", "but"].contains(words[index]) && commaBetween(index - 1, index)
                && index + 1 < end
                && ["es", "it", "das", "that", "this", "dies", "er", "he", "sie", "she"].contains(
                    words[index + 1])
        }
    }

    /// "12 per cent more to the UK than to Germany", "5 Prozent weniger als nach Mexiko": a percent
    /// right before a comparative, with "than"/"als" and then a country or a preposition of a
    /// partner. The compared partner is `nil` when the text names it otherwise.
    func percentComparison(_ figureEnd: Int) -> (partner: String?, direction: Int)? {
        let end = min(words.count, figureEnd + 2)
        guard figureEnd < end,
            let comparative = (figureEnd..<end).first(where: { Lexicon.comparisonDirection(words[$0]) != nil }),
            let direction = Lexicon.comparisonDirection(words[comparative]),
            // "than in 2023", "als im Vorjahr": a change over time, not another partner.
            !periodMentions.contains(where: { tokenIndex(of: $0.range.lowerBound) > comparative }),
            let than = (comparative + 1..<min(words.count, comparative + 10)).first(where: {
                ["than", "als"].contains(words[$0])
            }),
            than + 1 < words.count
        else { return nil }
        let partnerWords: Set<String> = ["to", "with", "from", "nach", "mit", "aus", "in"]
        // ("larger than the one with Berlin", "höher als jenes gegenüber Deutschland": a few words for the side.)
        let country = others.first { other in
            other.token > than
                && (other.token <= than + 3
                    || other.token <= than + 5
                        && words[(than + 1)..<other.token].allSatisfy {
                            Lexicon.comparedSideFillers.contains($0) || partnerWords.contains($0)
                                // ("$45.7 bn more than came in from China": the other side's goods arriving.)
                                || Lexicon.arrivalVerbs.contains($0)
                        })
        }
        guard country != nil || partnerWords.contains(words[than + 1]) else { return nil }
        return (country?.code, direction)
    }

    /// The sentence's export and import words, each read from the reporter's side ("China bought" is U.S.
    /// exports), with the direction as written.
    func reporterSidedFlows() -> [(token: Int, flow: Flow, written: Flow)] {
        cues.flows.compactMap { cue in
            guard cue.flow == .exports || cue.flow == .imports else { return nil }
            let flow =
                mirrored(cue.flow, flowToken: cue.token) ? (cue.flow == .exports ? Flow.imports : .exports) : cue.flow
            return (cue.token, flow, cue.flow)
        }
    }

    /// Nouns of an amount's size before "of": "twice the value of exports", "half the size of".
    static let sizeNouns: Set<String> = ["value", "size", "level", "amount", "volume", "sum", "total"]

    /// "Americans bought four and a half times as much from China as China bought from them": a trade
    /// verb before the comparison's "as"/"wie" and the opposite one after it (each read from the
    /// reporter's side).
    func comparedFlows(after figureToken: Int) -> (flow: Flow, token: Int, compared: Flow)? {
        guard
            let marker = (figureToken..<min(words.count, figureToken + 8)).dropFirst().first(where: {
                ["as", "wie", "than", "als", "what", "dessen", "was"].contains(words[$0])
                    // ("twice the value of U.S. goods exports to South Korea", "the size of": a measure of the other.)
                    || (words[$0] == "of" && Self.sizeNouns.contains(words[$0 - 1]))
            })
        else { return nil }
        let sided = reporterSidedFlows()
        guard let before = sided.last(where: { $0.token < marker }),
            let after = sided.first(where: { $0.token > marker })
        else { return nil }
        if before.flow != after.flow { return (before.flow, before.token, after.flow) }
        // "Germany sold the U.S. more than twice as much as it bought": two verbs of opposite directions with
        // the same subject, the second's said by a pronoun: the other flow.
        guard before.written != after.written,
            // ("…, wie sie von uns kaufen", "as they buy from us": a few words may stand between.)
            words[max(marker + 1, after.token - 4)..<after.token].contains(where: {
                ["it", "they", "sie", "es", "er"].contains($0)
            })
        else { return nil }
        return (before.flow, before.token, before.flow == .exports ? .imports : .exports)
    }

    /// The flows of an amount said against one dollar: the flow of the figure's own clause, and the flow of the
    /// clause that names the one dollar ("for every dollar of goods the United States sold to India", "für jeden
    /// Dollar, den amerikanische Firmen in China verkauften"), each read from the reporter's side; where only one
    /// is said, the other is its opposite. Nil when neither is said or both go the same way.
    func perDollarFlows(_ figureToken: Int) -> (flow: Flow, token: Int?, compared: Flow)? {
        guard
            let every = words.indices.first(where: { index in
                ["every", "each", "jeden"].contains(words[index]) && index + 1 < words.count
                    && ["dollar", "us-dollar"].contains(words[index + 1])
            })
        else { return nil }
        let commaAfter = ((every + 2)..<max(every + 2, words.count)).first { commaBetween($0 - 1, $0) } ?? words.count
        let clause = (every + 1)..<(figureToken > every ? min(commaAfter, figureToken) : commaAfter)
        let sided = reporterSidedFlows()
        func opposite(_ flow: Flow) -> Flow { flow == .exports ? .imports : .exports }
        let dollarSide = sided.first { clause.contains($0.token) }
        // (On the figure's side of the dollar's clause: "buys more from Korea than it sells: for every dollar …" is
        // another clause's.)
        let figureSide = sided.filter { figureToken > every ? $0.token >= clause.upperBound : $0.token < every }.min {
            abs($0.token - figureToken) < abs($1.token - figureToken)
        }
        switch (figureSide, dollarSide) {
        case let (own?, other?): return own.flow == other.flow ? nil : (own.flow, own.token, other.flow)
        case let (own?, nil): return (own.flow, own.token, opposite(own.flow))
        case let (nil, other?): return (opposite(other.flow), nil, other.flow)
        default: return nil
        }
    }

    /// The longest run of countries a sentence lists, joined by commas or "and" ("Brazil, Colombia, Chile, Peru and
    /// Argentina", "Mexiko, Kanada und Japan"), among the countries it names other than the home reporter.
    static func countryListRun(_ others: [CountryMention], in facts: SentenceFacts) -> [CountryMention] {
        let (words, text) = (facts.words, facts.text)
        let joiners: Set<String> = ["and", "und", "sowie", "plus"]
        var best: [CountryMention] = []
        var run: [CountryMention] = []
        for mention in others where mention.form != .prefix {
            if let last = run.last {
                let between = words[min(last.token + last.count, mention.token)..<mention.token]
                // ("Mexiko, Kanada und Japan": a comma joins the list as well.)
                let listComma =
                    between.isEmpty && last.token + last.count == mention.token
                    && text[last.range.upperBound..<mention.range.lowerBound].trimmingCharacters(in: .whitespaces)
                        == ","
                if listComma
                    || (between.count <= 2 && between.contains(where: joiners.contains)
                        && between.allSatisfy({ joiners.contains($0) || ["with", "mit"].contains($0) }))
                {
                    run.append(mention)
                    continue
                }
            }
            if run.count > best.count { best = run }
            run = [mention]
        }
        if run.count > best.count { best = run }
        return best
    }

    /// "Zusammen nehmen Kanada und Mexiko ein Drittel aller US-Exporte ab", "the deficits with Japan
    /// and Germany combined": countries joined by "and" in a sentence that says they are added up.
    func summedPartners(_ draft: FigureDraft) -> [String] {
        // (The word that adds up must stand in the figure's own clause, not after a semicolon, and a list
        // said "respectively" gives each country its own figure.)
        let clauseRange = semicolonClause(of: draft.token)
        let clause = words[clauseRange]
        guard draft.kind == .value || draft.kind == .share || draft.kind == .change, draft.comparedPartner == nil,
            !clause.contains(where: { ["respectively", "jeweils", "bzw"].contains($0) })
        else { return [] }
        let best = countryList
        // ("Canada and Mexico account for about a third of all U.S. goods trade", "Kanada und Mexiko stehen für gut ein
        // Drittel …": a list of countries opening the clause as the subject of a share adds up without "together".)
        let subjectList =
            draft.kind == .share && best.count >= 2
            && (best.first.map { $0.token <= clauseRange.lowerBound + 1 } ?? false)
            && (best.last.map { $0.token < draft.token } ?? false)
        // ("Americans traded nearly $1.2 trillion worth of goods with Canada and Mexico last year", "Der Handel mit Kanada
        // und Mexiko erreichte 2018 rund 1,2 Billionen Dollar": one sum of money for countries listed after one
        // preposition of trade is the list's sum, unless the clause gives each its own: "each", "jeweils", another sum.)
        // (Countries only, in the figure's own clause, with nothing between that opens another: "…; nur mit China und
        // Mexiko ist es größer", "Exports Top $2 Trillion as Sales to Europe and North America Surge".)
        let listedApart =
            best.contains { $0.code.count != 3 || !clauseRange.contains($0.token) }
            || {
                guard let first = best.first, let last = best.last else { return true }
                let between = draft.token < first.token ? draft.token..<first.token : (last.token + 1)..<draft.token
                return words[between].contains(where: {
                    ["as", "while", "whereas", "than", "als", "während", "wobei", "but", "aber", "nur", "only"]
                        .contains($0)
                })
            }()
        // (So for a change: "Total goods trade with Canada and Mexico has more than quadrupled since 1993".)
        let prepositionList =
            (draft.kind == .value && draft.figure.unit == .usd
                || draft.kind == .change && (draft.figure.unit == .percent || draft.figure.unit == .ratio))
            && best.count >= 2 && !listedApart
            && (best.first.map { first in
                let before = (max(0, first.token - 2)..<first.token).reversed().first {
                    !["the", "den", "dem", "der", "die"].contains(words[$0])
                }
                return before.map { ["with", "mit", "to", "nach", "from", "aus"].contains(words[$0]) } ?? false
            } ?? false)
            && !clause.contains(where: { ["each", "apiece", "je", "respectively", "jeweils"].contains($0) })
            && figures.filter({
                $0.unit == draft.figure.unit && clauseRange.contains(tokenIndex(of: $0.range.lowerBound))
            }).count == 1
        // ("U.S. goods trade with its two neighbors came to roughly $293 billion", "Aus den beiden Nachbarländern bezogen
        // die Vereinigten Staaten Waren für rund 612 Milliarden Dollar": a sum of money for the countries a count
        // names, the ones named last.)
        let countedPair =
            draft.kind == .value && draft.figure.unit == .usd && best.count < 2
            && clause.indices.contains(where: { index in
                // (After a preposition: "2019 tauschten die beiden Nachbarn Waren aus" are the U.S. and one of them.)
                // (Or said together: "Zusammen mit Kanada kommen beide Nachbarn auf gut 233 Milliarden Dollar".)
                ["two", "both", "beiden", "beide", "zwei"].contains(words[index])
                    && (words[max(0, index - 2)..<index].contains(where: {
                        ["with", "to", "from", "mit", "aus", "nach", "von", "in"].contains($0)
                    }) || clause.contains(where: Lexicon.togetherWords.contains))
                    && words[(index + 1)..<min(words.count, index + 3)].contains(where: Lexicon.neighborNouns.contains)
            })
        // (The United States' two neighbors are Canada and Mexico, whichever countries the article named last.)
        // (Not when the sentence names the figure's country itself.)
        if countedPair, homeReporter == "USA",
            draft.partner.map({ partner in
                ["CAN", "MEX", "WORLD"].contains(partner) || !others.contains(where: { $0.code == partner })
            }) ?? true
        {
            return ["CAN", "MEX"]
        }
        // ("… noting that Canada and Mexico purchased $565.7 billion in U.S. goods in 2018, more than a third of all U.S.
        // merchandise exports": countries listed as the subject of a verb of trade right after them, with the clause's
        // first sum or share after the verb, are one buyer or seller.)
        let verbList =
            best.count >= 2 && !listedApart
            && (draft.kind == .value && draft.figure.unit == .usd || draft.kind == .share)
            && (best.last.map { last in
                let end = last.token + last.count
                guard let verb = cues.flows.first(where: { $0.token >= end && $0.token <= end + 1 })?.token,
                    verb < draft.token,
                    best.first.map({ first in
                        first.token == 0
                            || !["with", "mit", "to", "nach", "from", "aus", "than", "als", "and", "und", "of", "von"]
                                .contains(words[first.token - 1])
                    }) ?? false
                else { return false }
                return !figures.contains { other in
                    let token = tokenIndex(of: other.range.lowerBound)
                    return token > verb && token < draft.token && other.unit == draft.figure.unit
                }
            } ?? false)
            && !clause.contains(where: { ["each", "apiece", "je", "respectively", "jeweils", "bzw"].contains($0) })
        // ("Mexico was second, and together the two neighbors took a third of everything the United States sold
        // abroad", "Auf die beiden Nachbarn zusammen entfiel knapp ein Drittel": the two countries named last.)
        let (pairNouns, counts) = (Lexicon.countryGroupNouns, Lexicon.countryCounts)
        // ("the combined U.S. surplus with the five narrowed", after "Brazil, Colombia, Chile, Peru and Argentina": a
        // count of three or more that matches the list the article named last stands for that list, noun or not.)
        let countsTheList = { (index: Int) -> Bool in
            guard let count = counts[self.words[index]], count >= 3 else { return false }
            return count == self.discourse.lastCountryList.count || count == best.count
        }
        // ("exported $20.8 billion in goods to the five economies that matter most for this story, Brazil, Colombia,
        // Chile, Peru and Argentina": the list the count announces, in the figure's own clause.)
        let announcedList =
            best.count >= 3 && !listedApart
            && clause.indices.contains(where: { index in
                counts[words[index]] == best.count && index < (best.first?.token ?? 0)
                    && words[max(0, index - 2)..<index].contains(where: {
                        ["with", "to", "from", "mit", "aus", "nach"].contains($0)
                    })
            })
            && (draft.kind == .value && draft.figure.unit == .usd || draft.kind == .share)
        // ("… and that total goods trade with the two partners exceeded $1.2 trillion last year": a sum of money for
        // the countries a count names after a preposition of trade, the ones named last.)
        let countedOthers =
            draft.kind == .value && draft.figure.unit == .usd
            && clause.indices.contains(where: { index in
                // ("… for a combined total of nearly $79 billion from the two countries": after the figure, when the
                // clause adds up.)
                (["two", "three", "zwei", "drei", "beiden"].contains(words[index]) || countsTheList(index))
                    && (index < draft.token
                        || (index <= draft.token + 6 && clause.contains(where: Lexicon.togetherWords.contains)))
                    && words[max(0, index - 2)..<index].contains(where: {
                        ["with", "to", "from", "mit", "aus", "nach"].contains($0)
                    })
                    && (words[(index + 1)..<min(words.count, index + 3)].contains(where: pairNouns.contains)
                        || countsTheList(index))
            })
        if announcedList {
            return best.map(\.code).firstOccurrences()
        }
        // ("In 2023 the five countries bought 5.2 percent of all U.S. goods exports": a share of the list the count
        // names, before the figure.)
        let countedShare =
            draft.kind == .share && clause.indices.contains(where: { $0 < draft.token && countsTheList($0) })
        guard
            clause.contains(where: Lexicon.togetherWords.contains) || subjectList || prepositionList || verbList
                || countedOthers || countedShare
        else {
            return []
        }
        // (A share of the home reporter's trade only: "bewegten die beiden Nachbarn 1,4 Milliarden Dollar", "zwischen
        // beiden Ländern" are the pair, the home reporter one of them.)
        // ("Zusammen kommen mehr als 40 Prozent aller US-Importe aus den drei Ländern": three as well.)
        var listed = 2
        if best.count < 2 && draft.kind == .share || countedOthers,
            // (Said before the figure, with no other figure between: "Mexico was second, at $226 billion, and together
            // the two neighbors …" sums the third, not the second.)
            // ("aus den drei Ländern" right after the figure's whole, in its clause, too.)
            clause.indices.contains(where: { index in
                guard let count = counts[words[index]] else { return false }
                let fits =
                    !(index >= 1 && ["zwischen", "between", "der", "of"].contains(words[index - 1]))
                    && (words[(index + 1)..<min(words.count, index + 4)].contains(where: pairNouns.contains)
                        || countsTheList(index))
                    && (index < draft.token || (count > 2 && index <= draft.token + 10)
                        || (countedOthers && index <= draft.token + 6))
                    && !figures.contains(where: { other in
                        let token = tokenIndex(of: other.range.lowerBound)
                        return token > min(index, draft.token) && token < max(index, draft.token)
                    })
                if fits { listed = count }
                return fits
            })
        {
            var named: [String] = []
            for code in discourse.recentCountries + others.map(\.code) where code.count == 3 && code != homeReporter {
                named.removeAll { $0 == code }
                named.append(code)
            }
            // (Three or more: the list the article named, when it has that many.)
            let group =
                listed >= 3 && discourse.lastCountryList.count == listed
                ? discourse.lastCountryList : Array(named.suffix(listed))
            // (With a count after a preposition, whatever else the sentence made of the partner: "total goods trade with
            // the two partners".)
            if group.count == listed,
                countedOthers || draft.partner.map(group.contains) == true
                    || (listed >= 3 && group == discourse.lastCountryList)
            {
                return group
            }
            return []
        }
        // "$127.4 billion, … more than imports from France and Italy combined": the other side of a comparison.
        let figureEnd = tokenIndex(of: draft.figure.range.upperBound)
        if let first = best.first, figureEnd < first.token,
            words[figureEnd..<first.token].contains(where: { ["than", "als"].contains($0) })
        {
            return []
        }
        let codes = best.map(\.code).firstOccurrences()
        guard codes.count >= 2, let partner = draft.partner, codes.contains(partner) else { return [] }
        return codes
    }

    /// Whether a figure is the base of a comparison: "from $1.17 trillion", "von 13,8", "than $16.2 billion".
    func isBaseFigure(_ draft: FigureDraft) -> Bool {
        // ("gefolgt von Arzneimitteln mit 13,4 Prozent": goods between "von" and the figure make it no base.)
        guard
            let marker = (max(0, draft.token - 3)..<draft.token).last(where: {
                ["from", "von", "than", "als", "against", "gegenüber", "vom"].contains(words[$0])
            })
        else { return false }
        // ("ein Minus von 17 Prozent", "ein Defizit von 5 Milliarden": German "von" after a noun is its "of", not a
        // change's start, which follows a verb: "sanken von 5 auf 4 Milliarden".)
        if ["von", "vom"].contains(words[marker]), marker >= 2,
            tokens[marker - 1].text.first?.isUppercase == true
        {
            return false
        }
        // ("up nearly 8% from 2015, and $42.1 billion from Vietnam": a marker with its own object, closed by a comma,
        // is another figure's.)
        if text[tokens[marker].range.upperBound..<draft.figure.range.lowerBound].contains(",") { return false }
        return !words[(marker + 1)..<draft.token].contains { word in
            word == "mit" || word == "with" || Lexicon.product(of: word) != nil
        }
    }

    /// Whether a clause speaks of the reporter's trade with the whole world ("overall", "insgesamt",
    /// "total"), not of "Warenaustausch insgesamt" (both directions) or two-way trade.
    /// Whether a word for the whole stands next to a flow word in the range ("die US-Einfuhren
    /// insgesamt", "the overall deficit", "das gesamte Defizit", "total U.S. exports").
    /// "knapp 30 Prozent der gesamten US-Importe aus der Schweiz von 63,3 Milliarden Dollar", "almost 30 percent of the
    /// $63.3 billion in total imports from Switzerland": a sum right after the whole a percent is of, or right after
    /// "of the" when the whole follows, is the whole's value: all goods, whatever goods the sentence names.
    /// The product of a share that restates the figure at `index` right after it ("– das ist mehr als ein Viertel
    /// aller amerikanischen Agrareinfuhren", ", or a quarter of all U.S. farm imports"), when that share is of a
    /// product's whole.
    func productOfRestatingShare(after index: Int) -> Product? {
        guard index + 1 < figures.count, figures[index + 1].unit == .percent else { return nil }
        let gap = text[figures[index].range.upperBound..<figures[index + 1].range.lowerBound].lowercased()
        guard gap.count <= 40,
            [
                ", das ist", "– das ist", "— das ist", ", das sind", "– das sind", ", or ", ", that is", "— that is",
                ", which is", "– that is", ", und damit", ", also ",
            ].contains(where: gap.contains)
        else { return nil }
        let shareEnd = tokenIndex(of: figures[index + 1].range.upperBound)
        let span = shareEnd..<min(words.count, shareEnd + 6)
        guard words[span].contains(where: { ["of", "aller", "der", "des", "all"].contains($0) }),
            let goods = cues.products.first(where: { span.contains($0.token) && !$0.listed })
        else { return nil }
        return .hs(goods.code)
    }

    func wholeOfAShare(at figureToken: Int) -> Bool {
        guard figureToken >= 2,
            let percent = figures.last(where: {
                $0.unit == .percent && tokenIndex(of: $0.range.upperBound) <= figureToken
            })
        else { return false }
        let percentEnd = tokenIndex(of: percent.range.upperBound)
        guard figureToken - percentEnd <= 10 else { return false }
        if ["von", "of"].contains(words[figureToken - 1]) {
            return namesWholeFlow(in: percentEnd..<figureToken)
        }
        // ("of the $63.3 billion in total imports": the whole after the sum.)
        let figureEnd =
            figures.first(where: { tokenIndex(of: $0.range.lowerBound) == figureToken }).map {
                tokenIndex(of: $0.range.upperBound)
            } ?? figureToken + 1
        // ("Copper accounted for about 30% of the $15.6 billion of goods the U.S. imported": goods in general.)
        return percentEnd + 2 >= figureToken && words[percentEnd] == "of"
            && (namesWholeFlow(in: figureEnd..<min(words.count, figureEnd + 4))
                || (figureEnd + 1 < words.count && ["of", "in"].contains(words[figureEnd])
                    && ["goods", "merchandise"].contains(words[figureEnd + 1])))
    }

    /// Whether the figure is the amount of a flow of the whole, named right before it with "of" or "von":
    /// "Gesamteinfuhren der USA von 3,1 Billionen Dollar", "total U.S. imports of $3.1 trillion".
    func wholeFlowNamesFigure(at figureToken: Int, from start: Int) -> Bool {
        guard figureToken >= 2, figureToken <= words.count,
            words[(figureToken - 2)..<figureToken].contains(where: { ["of", "von"].contains($0) })
        else { return false }
        let lead = Array(words[max(start, figureToken - 6)..<figureToken])
        return lead.contains { $0.hasPrefix("gesamt") && Lexicon.namesTheWholeFlow([$0]) }
            || (lead.contains("total") && Lexicon.namesTheWholeFlow(lead))
    }

    func namesWholeFlow(in range: Range<Int>, reporterBetween: Bool = false) -> Bool {
        guard !range.isEmpty else { return false }
        let whole: Set<String> = [
            // (Not "whole": "the European Union as a whole" is all of the Union.)
            "insgesamt", "overall", "gesamte", "gesamten", "gesamtes", "gesamter", "total", "entire",
        ]
        return range.contains { index in
            guard index < words.count, whole.contains(words[index]) else { return false }
            // ("total goods trade", "der gesamte Warenaustausch": both directions with the partner.)
            // ("The overall U.S. goods deficit": the reporter and "goods" may stand between, when `reporterBetween`.)
            return cues.flows.contains {
                $0.token != index && range.contains($0.token) && $0.flow != .total
                    && (abs($0.token - index) <= 2
                        || (reporterBetween && $0.token == index + 3 && namesHome(at: index + 1)
                            && Lexicon.goodsNouns.contains(words[index + 2])))
            }
        }
    }

    func speaksOfTheWhole(_ clause: Range<Int>) -> Bool {
        let clauseWords = words[clause.clamped(to: 0..<words.count)].enumerated().filter { offset, word in
            // "Der Warenaustausch insgesamt": both directions, not the world.
            let index = clause.lowerBound + offset
            return
                // ("Die US-Einfuhren insgesamt": all imports, from the world.)
                !(["insgesamt", "overall"].contains(word) && index > 0
                && cues.flows.contains { $0.token == index - 1 && $0.flow == .total })
        }.map(\.element)
        // ("trade between the two nations", "der Handel beider Länder": the pair, whatever else is whole.)
        return Lexicon.speaksOfTheWhole(clauseWords) && !parties.saysBilateral
            && !words.contains(where: { ["two-way", "beiderseitige"].contains($0) })
    }

    /// A figure of a "respectively" list takes the listed frame; the list's period is the one after
    /// "respectively", else the frame's.
    func applyListed(_ frame: FigureFrame, to draft: inout FigureDraft, listed: [Int: FigureFrame]) {
        if let listedFlow = frame.flow {
            (draft.flow, draft.flowToken) = (listedFlow, nil)
            draft.listedFlow = true
        }
        if let listedPartner = frame.partner { draft.partner = listedPartner }
        if frame.product != .total {
            draft.product = frame.product
            draft.listedProduct = true
            if draft.kind == .value || draft.kind == .share && draft.figure.unit == .percent {
                draft.kind = .composition
            }
        }
        // A change keeps its span ("respectively 6.7% and 8.2% above their 2019 levels").
        guard draft.kind != .change else { return }
        let lastListed = listed.keys.max() ?? draft.index
        let listEnd = figures[lastListed].range.upperBound
        if let own = periodMentions.first(where: { $0.range.lowerBound >= listEnd }).flatMap(resolvePeriod) {
            draft.period = own
        } else if let listedPeriod = frame.period {
            draft.period = listedPeriod
        }
    }

    /// "44% of it", "die Hälfte davon", "a third of that": the money figure named just before (in the
    /// sentence, else the previous one's last), as the whole of a share.
    func wholeNamedBefore(_ draft: FigureDraft, earlier: [FoundClaim]) -> FigureFrame? {
        let end = tokenIndex(of: draft.figure.range.upperBound)
        let next = Array(words[min(words.count, end)..<min(words.count, end + 2)])
        let refers =
            next.first == "davon" || next.first == "hiervon"
            || (next.first == "of" && next.count == 2 && ["it", "that", "this", "them", "those"].contains(next[1]))
        guard refers else { return nil }
        if let previous = earlier.last(where: { $0.unit == .usd }) {
            return FigureFrame(flow: previous.flow, partner: previous.partner, period: previous.period)
        }
        return discourse.lastFrames.last
    }

    /// Whether the change word nearest a figure, within its side of a contrast ("3,7 Prozent mehr …,
    /// während die Ausfuhren … sanken"), says it fell; without one, whether the sentence does.
    /// Adverbs of manner a "more" or "less" grades ("more steeply", "less sharply").
    static let mannerAdverbs: Set<String> = [
        "steeply", "sharply", "quickly", "rapidly", "strongly", "slowly", "dramatically", "markedly", "heavily",
        "abruptly", "swiftly", "gently", "modestly",
    ]

    func declines(near token: Int) -> Bool {
        // "um gut sechs Prozent unter dem Vorjahr", "2.8% below the year-earlier level", "30 Prozent über
        // dem Vorjahr": the side of the base the figure lies on.
        let bases: Set<String> = [
            "dem", "den", "der", "the", "its", "their", "vorjahr", "vorjahreswert", "level", "a", "ihrem", "ihren",
            "seinem", "seinen",
        ]
        for index in (token + 1)..<min(words.count, token + 5) where index + 1 < words.count {
            if ["unter", "below", "under"].contains(words[index]), bases.contains(words[index + 1]) { return true }
            if index <= token + 3, words[index] == "behind" { return true }
            // ("still 6.3% short of the same period in 2019": below it.)
            if index <= token + 3, ["short", "shy"].contains(words[index]), words[index + 1] == "of" { return true }
            // ("dropped 7.1 percent over the same period": a time, not the side of the base.)
            let overATime =
                words[index] == "over" && index + 2 < words.count && Lexicon.timeAfterOver.contains(words[index + 2])
            if ["über", "above", "over"].contains(words[index]), bases.contains(words[index + 1]), !overATime {
                return false
            }
        }
        // Only a sentence that says both (a rise and a fall) needs the nearest word.
        guard cues.decline, cues.rise else { return cues.decline }
        let contrast: Set<String> = ["while", "während", "whereas", "wohingegen", "but", "aber", "jedoch"]
        var best: (distance: Int, decline: Bool)?
        for direction in [1, -1] {
            var index = token + direction
            // ("stiegen die US-Ausfuhren um 4,4 Prozent, die Einfuhren … fielen dagegen": a word past a comma is further
            // than one as near in the figure's own clause.)
            var commas = 0
            while index >= 0, index < words.count, abs(index - token) <= 12 {
                let word = words[index]
                if contrast.contains(word) { break }
                // ("schrumpfte … um 47 Prozent auf 4,3 Milliarden Dollar – kaum mehr als ein Rundungsfehler": a dash
                // or semicolon sets off another thought.)
                let (earlier, later) = direction > 0 ? (index - 1, index) : (index, index + 1)
                let gap = text[tokens[earlier].range.upperBound..<tokens[later].range.lowerBound]
                if gap.contains(";") || gap.contains(" – ") || gap.contains(" — ") || gap.contains(" - ") { break }
                if gap.contains(",") { commas += 1 }
                // ("sanken die Einfuhren … um neun Prozent, die Ausfuhren auf die Insel legten dagegen leicht zu": past a
                // comma, a flow names the subject of another clause, whose verb is not the figure's.)
                if direction > 0, commas > 0, cues.flows.contains(where: { $0.token == index }) { break }
                // "das Minus": a balance noun, not a fall.
                if cues.flows.contains(where: { $0.token == index }) || Lexicon.directionlessVerbs.contains(word) {
                    index += direction
                    continue
                }
                let comparative = Lexicon.comparative(word)
                // ("Imports fell even more steeply than exports, by nearly a quarter": "more" with an adverb of manner
                // grades the verb, whose direction holds.)
                if ["more", "mehr", "less", "weniger"].contains(word), index + 1 < words.count,
                    Self.mannerAdverbs.contains(words[index + 1])
                {
                    index += direction
                    continue
                }
                if Lexicon.isChange(word) || comparative.change {
                    let distance = abs(index - token) + min(commas, 1) * 2
                    if distance < best?.distance ?? Int.max {
                        best = (distance, Lexicon.isDecline(word) || comparative.decline)
                    }
                    break
                }
                index += direction
            }
        }
        return best?.decline ?? cues.decline
    }

    /// "climbed from nothing in 1996 to $6.1 billion by 2000": the level a change arrived at, with its year right after
    /// it, is that year's, not the start's named before.
    func levelDatedAfter(_ draft: inout FigureDraft) {
        guard draft.figure.unit == .usd, draft.kind == .value, draft.token >= 1,
            ["to", "auf"].contains(words[draft.token - 1])
        else { return }
        let end = tokenIndex(of: draft.figure.range.upperBound)
        // ("Von 1990 bis 1997 haben sich die Ausfuhren … mehr als verdreifacht, auf 15,9 Milliarden Dollar": the level
        // a change over a span of years arrived at, with no period of its own, is the span's last year's.)
        let figureStart = draft.figure.range.lowerBound
        if cues.change,
            !periodMentions.contains(where: { $0.range.lowerBound >= figureStart }),
            case .range(let from, let to)? = periodMentions.last(where: { $0.range.upperBound <= figureStart })?.kind,
            !from.isMonth, !to.isMonth, to.year > from.year
        {
            draft.period = .single(to)
            return
        }
        // (The token at the figure's end may hold the figure's last characters: no gap to read then.)
        guard end + 1 < words.count, ["by", "in", "im", "bis"].contains(words[end]),
            tokens[end].range.lowerBound >= draft.figure.range.upperBound
        else { return }
        // (Not past a stop: "auf 3,9 Milliarden Dollar; im vergangenen Jahr hatte es …" is the next clause's.)
        let gap = text[draft.figure.range.upperBound..<tokens[end].range.lowerBound]
        guard !gap.contains(where: { ",;:–—".contains($0) }),
            let own = periodMentions.first(where: { tokenIndex(of: $0.range.lowerBound) == end + 1 }),
            case .single(let year)? = resolvePeriod(own), !year.isMonth, draft.period != .single(year)
        else { return }
        draft.period = .single(year)
    }

    /// "wuchs von 13,8 auf 47,7 Milliarden Dollar", "from $44.6 billion to $74.9 billion": the first
    /// figure is the level before the change. Without a period of its own it is the year (or the run
    /// of months) before the second figure's.
    func fromToBase(_ draft: inout FigureDraft) {
        guard draft.figure.unit == .usd, draft.kind == .value || draft.kind == .composition, draft.token >= 1
        else { return }
        let before = words[max(0, draft.token - 2)..<draft.token]
        guard before.contains(where: { ["von", "from"].contains($0) }) else { return }
        // "Die US-Exporte nach Russland sind seit 2021 um 92 Prozent eingebrochen, von 6,4 Milliarden Dollar auf
        // ein Taschengeld", "fell 60% between 2014 and 2022, from $X to $Y": the level a change since a year (or over
        // a span) started from is that year's, when nothing after it names another.
        let figureToken = draft.token
        let figureRange = draft.figure.range
        let ownAfter = periodMentions.contains { mention in
            let token = tokenIndex(of: mention.range.lowerBound)
            return token > figureToken && token <= tokenIndex(of: figureRange.upperBound) + 3
        }
        // (A change's start: "von … auf", "from … to", or beside a percent change; not "die Marke von 500 Millionen
        // Dollar", a threshold passed.)
        let figureEndToken = tokenIndex(of: figureRange.upperBound)
        let startOfChange =
            cues.change
            && ((figureEndToken < words.count && ["auf", "to"].contains(words[figureEndToken]))
                || figures.contains { $0.unit == .percent })
        if !ownAfter, startOfChange,
            let start = periodMentions.lazy.compactMap({ mention -> Period? in
                guard mention.range.upperBound <= figureRange.lowerBound else { return nil }
                switch mention.kind {
                case .since(let from) where !from.isMonth: return from
                case .range(let from, _) where !from.isMonth: return from
                default: return nil
                }
            }).last
        {
            draft.period = .single(start)
            return
        }
        guard draft.index + 1 < figures.count else { return }
        let next = figures[draft.index + 1]
        let figureEnd = tokenIndex(of: draft.figure.range.upperBound)
        let nextToken = tokenIndex(of: next.range.lowerBound)
        guard nextToken >= figureEnd, nextToken - figureEnd <= 3,
            words[figureEnd..<nextToken].contains(where: { ["auf", "to"].contains($0) })
        else { return }
        // "from $44.6 billion in 2019 to …": a period of its own.
        if periodMentions.contains(where: { mention in
            let token = tokenIndex(of: mention.range.lowerBound)
            return token >= draft.token - 3 && token < nextToken
        }) {
            return
        }
        switch period(near: next.range.lowerBound, end: next.range.upperBound) {
        case .single(let later)? where !later.isMonth:
            draft.period = .single(.year(later.year - 1))
        case .months(let range)?:
            draft.period = .months(range.yearEarlier)
        default:
            break
        }
    }

    /// "Exports to China were $106.4 billion in 2019, down from $120.1 billion": a base that names no period of
    /// its own is the figure's before the one it is compared with: the year before a year, the same months a
    /// year before a run of months, and for a month the month before (what the monthly release compares) or
    /// the same month a year earlier, either of which may be meant.
    func undatedBase(_ draft: inout FigureDraft, found: SentenceClaims) {
        guard draft.figure.unit == .usd, draft.kind == .value, draft.token >= 2,
            let marker = (max(0, draft.token - 3)..<draft.token).last(where: {
                ["from", "von", "vom", "gegenüber"].contains(words[$0])
            }),
            marker >= 1, cues.change || ["down", "up", "compared", "verglichen"].contains(words[marker - 1]),
            !words[(marker + 1)..<draft.token].contains(where: {
                $0 == "mit" || $0 == "with" || Lexicon.product(of: $0) != nil
            }),
            let compared = found.claims.last(where: { $0.unit == .usd && $0.kind == .value }),
            compared.flow == draft.flow, let period = compared.period, draft.period == period
        else { return }
        // Its own period, anywhere after the marker in its clause ("from $120.1 billion in 2018"), or a
        // "from … to" of its own: other steps read those.
        if periodMentions.contains(where: { tokenIndex(of: $0.range.lowerBound) > marker }) { return }
        let end = tokenIndex(of: draft.figure.range.upperBound)
        if end < words.count, ["to", "auf"].contains(words[end]) { return }
        // ("The deficit widened to $20.7 billion last year from $13.2 billion in 2011. Exports fell to $41.6 billion
        // from $42.3 billion": the change before set the base.)
        let spans = found.claims.compactMap(\.period) + [discourse.lastSpan].compactMap { $0 }
        if let base = spans.lazy.compactMap({ span -> Period? in
            guard case .span(let from, let to) = span, case .single(to) = period else { return nil }
            return from
        }).first {
            draft.period = .single(base)
            return
        }
        switch period {
        case .single(.year(let year)):
            draft.period = .single(.year(year - 1))
        case .single(.month(let year, let month)):
            let before = Period.month(year, month).previous
            draft.period = .single(before)
            draft.baseReadings = [.single(.month(year - 1, month))]
        case .months(let range):
            draft.period = .months(range.yearEarlier)
        default:
            break
        }
    }

    /// The conjunctions that, after a comma, open a later clause of its own.
    static let laterClauseConjunctions: Set<String> = ["and", "und", "while", "während", "but", "aber", "whereas"]

    /// The start of a later clause of its own after a token (", and", ", but", ", while", a semicolon); `nil` when
    /// there is none.
    func laterClause(after token: Int) -> Int? {
        (max(token, 1)..<words.count).first { index in
            (Self.laterClauseConjunctions.contains(words[index]) && commaBetween(index - 1, index))
                || text[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound].contains(";")
        }
    }

    /// The token of ", and" (", und", ", while", ", but") that opens a later clause in which someone reports a
    /// statement of their own ("…, and the association reported that …", "…, und der Verband teilte mit, dass …").
    func laterReport(after token: Int) -> Int? {
        let conjunctions = Self.laterClauseConjunctions
        let reports: Set<String> = [
            "reported", "reports", "said", "says", "estimated", "estimates", "noted", "added", "berichtete",
            "berichtet", "meldete", "meldet", "teilte", "erklärte", "schätzte", "schätzt", "sagte",
        ]
        return (max(token, 1)..<words.count).first { index in
            conjunctions.contains(words[index]) && commaBetween(index - 1, index)
                && words[(index + 1)..<min(words.count, index + 9)].indices.contains { at in
                    reports.contains(words[at])
                        && words[(at + 1)..<min(words.count, at + 3)].contains { ["that", "dass", "mit"].contains($0) }
                }
        }
    }

    /// "a deficit of $14.5 billion, narrower than the $16.2 billion of a year earlier": a base figure
    /// dated "a year earlier" is a year before the figure it is compared with (a quarter, a run of
    /// months, a month or a year), whatever other period the sentence names.
    func baseYearEarlier(_ draft: inout FigureDraft, earlier: [FoundClaim]) {
        guard draft.figure.unit == .usd, isBaseFigure(draft),
            let compared = earlier.last(where: { $0.unit == .usd }), let period = compared.period
        else { return }
        let end = tokenIndex(of: draft.figure.range.upperBound)
        let dated = periodMentions.contains { mention in
            guard case .previous = mention.kind else { return false }
            let token = tokenIndex(of: mention.range.lowerBound)
            return token >= end && token <= end + 2
        }
        guard dated else { return }
        switch period {
        case .single(.year(let year)): draft.period = .single(.year(year - 1))
        case .single(.month(let year, let month)): draft.period = .single(.month(year - 1, month))
        case .months(let range): draft.period = .months(range.yearEarlier)
        default: break
        }
    }

    /// "widened by $16.2 billion", "um 3,1 Milliarden Dollar gestiegen": a money figure that is a change.
    func moneyChange(_ draft: inout FigureDraft) {
        let figureToken = draft.token
        // ("um 5,6 Milliarden Dollar über dem Vorjahr", "$2 billion below the year before": the side of the base.)
        let end = tokenIndex(of: draft.figure.range.upperBound)
        let besideBase =
            end + 2 < words.count && ["über", "unter", "above", "below"].contains(words[end])
            && (words[end + 1].hasPrefix("vorjahr") || words[end + 2].hasPrefix("vorjahr")
                || ["year", "previous"].contains(words[end + 2]))
        // ("Vietnam, Mexico and Taiwan added $12.7 billion, $10.8 billion and $6.1 billion, respectively, to their
        // sales": what a verb of adding adds is a rise, the list's figures each.)
        if draft.figure.unit == .usd, draft.kind == .value, figureToken >= 1 {
            var at = figureToken - 1
            while at >= 0,
                ["and", "und", "sowie"].contains(words[at])
                    || figures.contains(where: { other in
                        (other.unit == .usd || other.unit == .eur)
                            && tokenIndex(of: other.range.lowerBound) <= at
                            && tokenIndex(of: other.range.upperBound) > at
                    })
            {
                at -= 1
            }
            if at >= 0, ["added", "adds", "add", "adding"].contains(words[at]) {
                draft.kind = .change
                draft.period = span(latest: referenceYear.map { $0 - 1 }, figure: draft.token)
                return
            }
        }
        guard draft.figure.unit == .usd, draft.kind == .value, cues.change || besideBase, figureToken >= 1 else {
            return
        }
        let hedges: Set<String> = [
            "rund", "etwa", "about", "around", "nearly", "fast", "knapp", "gut", "some", "roughly",
        ]
        // ("importierten Waren um 13,6 Milliarden Dollar", Austrian for "worth": goods bought for it, no change.)
        let at = hedges.contains(words[figureToken - 1]) ? figureToken - 2 : figureToken - 1
        let goodsWorth =
            at >= 1 && words[at] == "um"
            && ["waren", "güter", "produkte", "erzeugnisse", "gütern", "lieferungen"].contains(words[at - 1])
        // "up $28.3 billion, or 8.2 percent", "exports were down $2 billion": "up" or "down" right before the
        // amount after a comma, a form of "to be" or the flow's noun (not a phrasal verb: "snapped up $282.8
        // billion of goods", "racked up").
        let upOrDown: Bool = {
            guard ["up", "down"].contains(words[figureToken - 1]) else { return false }
            guard figureToken >= 2 else { return true }
            let gap = text[tokens[figureToken - 2].range.upperBound..<tokens[figureToken - 1].range.lowerBound]
            let before = words[figureToken - 2]
            return gap.contains(where: { ",(–—".contains($0) }) || Lexicon.formsOfBe.contains(before)
                || Lexicon.changedAmountNouns.contains(before)
        }()
        // "an increase of $8.3 billion on 2023", "ein Plus von 8,8 Milliarden Dollar": the amount of a change
        // named by its noun (read as a level, a correct figure was called contradicted).
        // ("verbuchten die USA im Warenhandel mit Australien ein Plus von 7,9 Milliarden Dollar, knapp 13 Prozent
        // weniger als im Vorjahreszeitraum": a "Plus" or "Minus" of the trade with a country, no flow and no change
        // before it, is the balance held, whatever change follows.)
        let balanceHeld =
            at >= 1 && ["plus", "minus"].contains(words[at - 1])
            && (0..<(at - 1)).contains { index in
                words[index].hasSuffix("handel") && index + 1 < words.count
                    && ["mit", "with"].contains(words[index + 1])
            }
            && !cues.flows.contains { $0.token < at - 1 && ($0.flow == .exports || $0.flow == .imports) }
            && !figures.contains { $0.unit == .percent && tokenIndex(of: $0.range.lowerBound) < figureToken }
        let ofAChange =
            at >= 1 && ["of", "von"].contains(words[at]) && Lexicon.changeNounsBeforeAmount.contains(words[at - 1])
            && !balanceHeld
        if !goodsWorth,
            ["by", "um"].contains(words[figureToken - 1]) || upOrDown || besideBase || ofAChange
                || (figureToken >= 2 && ["by", "um"].contains(words[figureToken - 2])
                    && hedges.contains(words[figureToken - 1]))
        {
            draft.kind = .change
            // ("stiegen um 12 Prozent, ein Plus von 8,8 Milliarden Dollar": the noun of the change is no surplus; the
            // flow is the one the sentence names before it.)
            if ofAChange, draft.flowToken == at - 1,
                let named = cues.flows.last(where: { $0.token < at - 1 && $0.flow != .balance })
            {
                draft.flow = named.flow
                draft.flowToken = named.token
            }
            if declines(near: figureToken) || besideBase && ["unter", "below"].contains(words[end]) {
                draft.value = -abs(draft.value)
            }
            draft.period = span(latest: referenceYear.map { $0 - 1 }, figure: draft.token)
        }
    }

    /// "a 28.5% increase ($14.6 billion) over 2023", "sanken um 7,5 Prozent oder 9,7 Milliarden Dollar": a
    /// money figure set right after a percent change, joined only by "or", "oder", "bzw.", brackets or the
    /// change's noun, is the same change said in dollars, in the change's frame (on fact sheets and in
    /// business pages, not a level: read as one, a correct figure was called contradicted).
    func amountOfTheChangeBefore(_ draft: inout FigureDraft, earlier: [FoundClaim]) {
        guard draft.figure.unit == .usd, draft.kind == .value, draft.index > 0,
            let change = earlier.last, change.kind == .change, change.unit == .percent, let percent = change.value
        else { return }
        let previous = figures[draft.index - 1]
        guard previous.unit == .percent, previous.range.upperBound <= draft.figure.range.lowerBound else { return }
        let between = text[previous.range.upperBound..<draft.figure.range.lowerBound]
        // ("fell 4.2 percent between 2011 and 2013, or $1.8 billion": the change's own period between them too.)
        let periodTokens = Set(
            periodMentions.flatMap { mention -> Range<Int> in
                let first = tokenIndex(of: mention.range.lowerBound)
                let last = tokenIndex(of: mention.range.upperBound)
                return first..<max(first, last)
            })
        let wordsBetween = (tokenIndex(of: previous.range.upperBound)..<draft.token).filter {
            !periodTokens.contains($0) && tokens[$0].text.contains(where: \.isLetter)
        }.map { words[$0] }
        // ("fell 4.2 percent, a loss of $1.8 billion", "ein Verlust von 1,8 Milliarden Dollar": the noun's article and
        // preposition too.)
        let fillers: Set<String> = ["a", "an", "of", "ein", "eine", "einen", "einem", "von", "in", "im"]
        guard wordsBetween.allSatisfy({ Lexicon.amountJoiners.contains($0) || fillers.contains($0) }),
            wordsBetween.contains(where: Lexicon.amountJoiners.contains) || between.contains("("),
            !between.contains(";"), wordsBetween.count <= 4
        else { return }
        draft.kind = .change
        draft.flow = change.flow
        draft.partner = change.partner
        draft.product = change.product
        draft.period = change.period
        draft.value = percent < 0 ? -abs(draft.value) : abs(draft.value)
    }

    /// "führten die USA davon Waren für 103 Millionen Dollar ein", "of which", "dieses Kapitels": the
    /// goods named before.
    func productNamedBefore(_ draft: inout FigureDraft) {
        let clauseWords = words[draft.clause.clamped(to: 0..<words.count)]
        guard draft.product == .total, draft.figure.unit == .usd || draft.kind == .change else { return }
        if clauseWords.contains(where: {
            ["davon", "dafür", "hiervon", "thereof", "kapitels", "warengruppe"].contains($0)
        })
            // ("of which"; not "…, a year in which demand for cut diamonds softened and inventories of apparel …".)
            || clauseWords.indices.dropLast().contains(where: {
                clauseWords[$0] == "of" && clauseWords[$0 + 1] == "which"
            })
            || (["those", "these", "diese", "dieser"].contains(words.first ?? "") && cues.products.isEmpty)
            // "Mexico supplied $129.0 billion of it": the goods the sentence before named.
            || ofItAfter(draft),
            let named = cues.products.first?.code ?? discourse.product
        {
            draft.product = .hs(named)
            if draft.kind == .value { draft.kind = .composition }
        }
    }

    /// "$129.0 billion of it", "$3 billion of them": a figure whose goods a pronoun right after it points back to.
    func ofItAfter(_ draft: FigureDraft) -> Bool {
        let end = tokenIndex(of: draft.figure.range.upperBound)
        return end + 1 < words.count && words[end] == "of" && ["it", "them", "that", "those"].contains(words[end + 1])
    }

    /// "Imports of pharmaceutical products from Ireland reached $38.4 billion in the first nine months, …, up 44%
    /// from the same period a year earlier": a change whose clause names neither flow nor goods is the change of the
    /// sentence's figure before it, goods included.
    func goodsOfTheFigureBefore(_ draft: inout FigureDraft, earlier: [FoundClaim]) {
        guard draft.kind == .change, draft.product == .total, draft.figure.unit == .percent else { return }
        // ("Auf dieses Kapitel entfielen 42,9 Mrd. US$. Der Wert lag 77 Prozent über …": a sentence that opens by
        // pointing back at the figure before, "der Wert", "this figure", is about that figure's goods.)
        let pointsBack =
            words.count >= 2
            && (["wert", "betrag", "figure", "number", "sum", "summe", "zahl"].contains(words[1])
                && ["der", "dieser", "this", "that", "the", "die", "diese", "jener"].contains(words[0]))
        if earlier.allSatisfy({ $0.unit != .usd }), pointsBack, let frame = discourse.lastFrames.last,
            frame.product != .total, frame.flow == draft.flow, draft.flowToken == nil
        {
            draft.product = frame.product
            return
        }
        // ("U.S. imports of clothing from Bangladesh slipped 2% through October, but October alone jumped 28%": or
        // the change before it.)
        guard let before = earlier.last(where: { $0.unit == .usd || $0.kind == .change }), before.product != .total,
            before.flow == draft.flow, before.partner == draft.partner
        else { return }
        let clause = draft.clause.clamped(to: 0..<words.count)
        guard !cues.flows.contains(where: { clause.contains($0.token) }),
            !cues.products.contains(where: { clause.contains($0.token) })
        else { return }
        draft.product = before.product
    }

    /// A clause cut at the contrasts around a figure: "$2.1 trillion in 2022, while exports of services
    /// climbed …" is not about services.
    func contrastBounded(_ clause: Range<Int>, around token: Int) -> Range<Int> {
        // ("…, too little to make a dent in that gap, although Hanoi has promised to buy more": a concession's promise is
        // its own.)
        let contrast: Set<String> = [
            "while", "whereas", "während", "wohingegen", "when", "wenn", "although", "obwohl", "obgleich", "wenngleich",
        ]
        let bounded = clause.clamped(to: 0..<words.count)
        let start =
            bounded.lowerBound < token ? (bounded.lowerBound..<token).last { contrast.contains(words[$0]) } : nil
        // ("… einen Überschuss von 0,67 Mrd. Dollar – ein Argument, das gern gehört werden dürfte": a dash
        // after the figure ends its clause.)
        let dash =
            token < bounded.upperBound
            ? ((token + 1)..<bounded.upperBound).first { index in
                text[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound].contains {
                    "–—;".contains($0)
                }
            } : nil
        let end =
            (token < bounded.upperBound ? (token..<bounded.upperBound).first { contrast.contains(words[$0]) } : nil)
            .map { min($0, dash ?? $0) } ?? dash
        let lower = start ?? bounded.lowerBound
        return lower..<max(lower, end ?? bounded.upperBound)
    }

    /// "40 Prozent des Fehlbetrags mit China", "a fifth of U.S. exports to Canada": a share whose
    /// whole is another partner's flow, named right after it.
    func wholeOfAnotherPartner(_ draft: FigureDraft) -> FigureFrame? {
        let end = tokenIndex(of: draft.figure.range.upperBound)
        // "12 percent of that with Canada", "a quarter of the one with Germany": the own flow, another partner's.
        if end + 3 < words.count, words[end] == "of", ["that", "those", "the"].contains(words[end + 1]),
            ["with", "to", "from"].contains(words[end + 2]) || (words[end + 2] == "one" && words[end + 3] == "with"),
            let country = others.first(where: { $0.token > end + 2 && $0.token <= end + 4 }), country.code != "WORLD"
        {
            return FigureFrame(flow: draft.flow, partner: country.code, period: nil)
        }
        guard end < words.count,
            let flow = cues.flows.first(where: { $0.token >= end && $0.token <= end + 4 }),
            words[end..<flow.token].contains(where: { ["of", "des", "der", "vom", "am", "an"].contains($0) }),
            let country = others.first(where: { $0.token > flow.token && $0.token <= flow.token + 4 }),
            words[(flow.token + 1)..<country.token].contains(where: {
                ["with", "mit", "to", "nach", "from", "aus", "gegenüber"].contains($0)
            })
        else { return nil }
        return FigureFrame(flow: flow.flow, partner: country.code, period: nil)
    }

    /// "more than doubled between 2010 and last year, from $14.9 billion": the base of a change is
    /// its value at the start of the change's span.
    func baseOfChange(_ draft: inout FigureDraft, earlier: [FoundClaim]) {
        guard draft.figure.unit == .usd, draft.kind == .value,
            words[max(0, draft.token - 2)..<draft.token].contains(where: { ["from", "von", "vom"].contains($0) }),
            let change = earlier.last, change.kind == .change, change.product == draft.product
        else { return }
        // ("kletterten um 6,9 Prozent auf den Rekordwert von 505,5 Milliarden Dollar": the amount of the level the change
        // reached, "auf", not a base "von"; but "um drei Viertel unter dem Februarwert von 466 Millionen" is one.)
        if draft.index > 0, case let previousEnd = tokenIndex(of: figures[draft.index - 1].range.upperBound),
            previousEnd < draft.token,
            words[previousEnd..<draft.token].contains(where: { ["auf", "to"].contains($0) })
        {
            return
        }
        let end = tokenIndex(of: draft.figure.range.upperBound)
        // A period or a "to" of its own right after it: the other steps read it.
        if words[end..<min(words.count, end + 3)].contains(where: { ["to", "auf", "in", "im"].contains($0) }) {
            return
        }
        switch change.period {
        case .span(let from, _)?: draft.period = .single(from)
        case .rangeSpan(let from, _)?: draft.period = .months(from)
        default: return
        }
        draft.flow = change.flow
        draft.partner = change.partner ?? draft.partner
    }

    /// Whether the word at a token names the home reporter: the country ("U.S.") or its adjective ("American").
    func namesHome(at token: Int) -> Bool {
        mentions.contains { $0.code == homeReporter && $0.token == token }
            || Lexicon.homeAdjectives.contains(words[token])
    }

    /// Whether the balance word nearest the figure is the home reporter's, named right before it ("the U.S. goods
    /// deficit", "das amerikanische Defizit").
    func homeOwnsNearestBalance(_ draft: FigureDraft) -> Bool {
        guard
            let nearest = cues.flows.filter({ $0.flow == .balance }).min(by: {
                abs($0.token - draft.token) < abs($1.token - draft.token)
            })
        else { return false }
        let before = max(0, nearest.token - 3)..<nearest.token
        return mentions.contains { $0.code == homeReporter && before.contains($0.token) }
            || words[before].contains(where: Lexicon.homeAdjectives.contains)
    }

    /// Whether the balance word nearest a token says deficit (not surplus).
    func nearestBalanceWordIsDeficit(_ token: Int) -> Bool {
        let signed = cues.flows.filter { $0.flow == .balance }.compactMap { cue -> (Int, Bool)? in
            let word = words[cue.token]
            // ("a surplus, not a deficit, of $11.9 billion", "ein Überschuss und kein Defizit": a balance word denied.)
            if cue.token >= 1,
                ["not", "nicht", "kein", "keinen", "keine", "no"].contains(words[cue.token - 1])
                    || cue.token >= 2 && words[cue.token - 2] == "not"
                        && ["a", "an", "the"].contains(words[cue.token - 1])
            {
                return nil
            }
            if Lexicon.isSurplusWord(word) { return (cue.token, false) }
            if Lexicon.isDeficitWord(word) { return (cue.token, true) }
            return nil
        }
        // ("Das Defizit der Amerikaner – aus Schweizer Sicht der Überschuss – erreichte 51,1 Mia. $", "the deficit,
        // a surplus from Beijing's point of view"): the other side's view restates the balance, it does not sign it.
        let views: Set<String> = [
            "sicht", "perspective", "view", "standpoint", "viewpoint", "perspektive", "blickwinkel",
        ]
        let restated = signed.filter { cue in
            words[max(0, cue.0 - 4)..<min(words.count, cue.0 + 5)].contains(where: views.contains)
        }
        let own =
            restated.isEmpty || restated.count == signed.count
            ? signed : signed.filter { cue in !restated.contains { $0.0 == cue.0 } }
        return own.min { abs($0.0 - token) < abs($1.0 - token) }?.1 ?? cues.deficit
    }

    /// Whether the balance word of a figure's sentence belongs to the partner, not the reporter:
    /// "China's surplus", "chinesischer Überschuss", or the partner as the subject with the reporter
    /// after "with"/"mit" ("Die EU hat im Handel mit uns einen Überschuss …").
    /// "sold $6.8 billion more goods to Brazil than it bought from there", "knapp sieben Milliarden Dollar
    /// mehr nach Brasilien verkauft, als sie von dort bezogen": a sum of money by which one flow exceeds the
    /// other is the balance, a surplus when exports exceed imports.
    /// Returns whether it made the figure such a balance.
    func differenceOfFlows(_ draft: inout FigureDraft) -> Bool {
        let comparatives: Set<String> = ["more", "mehr", "less", "weniger"]
        // ("The U.S. imported more goods from India than it exported there in 2017, but the difference was $22.9
        // billion": the difference of the two flows compared before it is the balance.)
        if draft.kind == .value, draft.figure.unit == .usd || draft.figure.unit == .eur,
            words[max(0, draft.token - 4)..<draft.token].contains(where: {
                ["difference", "differenz", "unterschied"].contains($0)
            }),
            let first = cues.flows.first(where: {
                $0.token < draft.token && ($0.flow == .exports || $0.flow == .imports)
            }),
            cues.flows.contains(where: {
                $0.token > first.token && $0.token < draft.token && ($0.flow == .exports || $0.flow == .imports)
                    && $0.flow != first.flow
            }),
            let more = words[first.token..<draft.token].firstIndex(where: comparatives.contains)
        {
            let exceeds = ["more", "mehr"].contains(words[more])
            draft.value = (first.flow == .exports) == exceeds ? abs(draft.value) : -abs(draft.value)
            draft.flow = .balance
            draft.signExplicit = true
            return true
        }
        // ("im Handel mit Taiwan knapp 74 Milliarden Dollar mehr ausgegeben als eingenommen", "spent $74 billion more
        // than it earned": money paid out is goods bought, money taken in goods sold, whatever flow word is near.)
        if draft.kind == .value, draft.figure.unit == .usd || draft.figure.unit == .eur,
            let more = ((draft.token + 1)..<min(words.count, draft.token + 6)).first(where: {
                comparatives.contains(words[$0])
            }),
            let than = ((more + 1)..<min(words.count, more + 5)).first(where: { ["than", "als"].contains(words[$0]) }),
            let own = words[(more + 1)..<than].lazy.compactMap({ Lexicon.moneyFlowVerbs[$0] }).first,
            let other = words[(than + 1)..<min(words.count, than + 4)].lazy.compactMap({ Lexicon.moneyFlowVerbs[$0] })
                .first,
            own != other
        {
            let exceeds = ["more", "mehr"].contains(words[more])
            draft.value = (own == .exports) == exceeds ? abs(draft.value) : -abs(draft.value)
            draft.flow = .balance
            draft.signExplicit = true
            return true
        }
        // ("U.S. imports from Korea exceeded exports by $27.6 billion", "kauften die Amerikaner in Südkorea Waren,
        // deren Wert den der eigenen Lieferungen um 27,6 Milliarden Dollar überstieg": the sum by which one flow
        // exceeds the other, said with a verb of exceeding, is the balance.)
        if draft.kind == .value, draft.figure.unit == .usd || draft.figure.unit == .eur, draft.token >= 1,
            ["by", "um"].contains(words[draft.token - 1]) || (draft.token >= 2 && words[draft.token - 2] == "um"),
            let verb = ((max(0, draft.token - 8))..<min(words.count, draft.token + 6)).first(where: {
                Lexicon.exceedVerbs.contains(words[$0])
            }),
            case let sides = cues.flows.filter({
                $0.token < max(verb, draft.token) && ($0.flow == .exports || $0.flow == .imports)
            }),
            let first = sides.first,
            sides.contains(where: { $0.token > first.token && $0.flow != first.flow })
                || sides.contains(where: { cue in
                    cue.token > first.token && Lexicon.neutralShipmentNouns.contains(words[cue.token])
                        && words[max(0, cue.token - 2)..<cue.token].contains(where: {
                            ["eigenen", "own", "its", "their", "ihrer", "seiner"].contains($0)
                        })
                })
        {
            let mirroredFirst = mirrored(first.flow, flowToken: first.token)
            let firstFlow: Flow = mirroredFirst ? (first.flow == .exports ? .imports : .exports) : first.flow
            draft.value = firstFlow == .exports ? abs(draft.value) : -abs(draft.value)
            draft.flow = .balance
            draft.signExplicit = true
            return true
        }
        guard draft.kind == .value, draft.figure.unit == .usd || draft.figure.unit == .eur,
            draft.flow == .exports || draft.flow == .imports, draft.token + 1 < words.count
        else { return false }
        let window = (draft.token + 1)..<min(words.count, draft.token + 6)
        // ("… 151 Milliarden Dollar mehr an uns verkauft als wir an sie", "sold us $2 billion less than he bought
        // from us": less, and the other side's verb left out after a pronoun.)
        guard let more = window.first(where: { comparatives.contains(words[$0]) }), more + 1 < words.count,
            let than = ((more + 1)..<min(words.count, more + 12)).first(where: { ["than", "als"].contains(words[$0]) }),
            cues.flows.contains(where: { cue in
                cue.token > than && cue.token <= than + 5 && cue.flow != draft.flow
                    && (cue.flow == .exports || cue.flow == .imports)
            })
                || (!cues.flows.contains(where: { $0.token > than && $0.token <= than + 5 })
                    && words[(than + 1)..<min(words.count, than + 3)].contains(where: {
                        ["wir", "we", "sie", "they", "er", "he", "es", "it"].contains($0)
                    }))
        else { return false }
        let exceeds = ["more", "mehr"].contains(words[more])
        draft.value = (draft.flow == .exports) == exceeds ? abs(draft.value) : -abs(draft.value)
        draft.flow = .balance
        draft.signExplicit = true
        return true
    }

    /// Whether the partner's genitive or adjective right before the balance word owns the balance: "Vietnams hohes
    /// Defizit", "China's surplus with the United States", "Vietnam's $123.5 billion surplus".
    func genitiveOwnsBalance(_ draft: FigureDraft) -> Bool {
        guard let partner = draft.partner, partner != homeReporter, partner != "WORLD",
            let balance = cues.flows.filter({ $0.flow == .balance }).min(by: {
                abs($0.token - draft.token) < abs($1.token - draft.token)
            })
        else { return false }
        // (The genitive is the balance's own only when nothing but adjectives stands between them: "Vietnams
        // hohes Defizit", not "Im Fall Vietnams entspricht das Defizit", where an article opens a new phrase.)
        let articles: Set<String> = [
            "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "eines", "the", "a", "an",
        ]
        // ("Vietnam's $123.5 billion surplus": the figure itself may stand between them, when the word is the
        // surplus; "Taiwan's $74 billion trade gap" is the gap in trade with Taiwan.)
        let figureWords =
            cues.surplus && !cues.deficit
            ? tokens[draft.token...].prefix { $0.range.lowerBound < draft.figure.range.upperBound }.count : 0
        return mentions.contains { mention in
            mention.code == partner && (mention.form == .genitive || mention.form == .adjective)
                && mention.token < balance.token
                && balance.token - mention.token
                    <= 3 + ((mention.token..<balance.token).contains(draft.token) ? figureWords : 0)
                && !words[(mention.token + 1)..<balance.token].contains(where: articles.contains)
        }
    }

    func partnerOwnsBalance(_ draft: FigureDraft) -> Bool {
        // ("Small island, big gap: how Ireland came to run a $36bn surplus with America": the balance word nearest the
        // figure.)
        guard let partner = draft.partner, partner != homeReporter, partner != "WORLD",
            let balance = cues.flows.filter({ $0.flow == .balance }).min(by: {
                abs($0.token - draft.token) < abs($1.token - draft.token)
            })
        else { return false }
        let own = mentions.filter { $0.code == partner }
        if genitiveOwnsBalance(draft) { return true }
        // "ein Überschuss der Schweiz von 49 Milliarden Dollar", "the surplus of Switzerland": the genitive after
        // the word, of a surplus only (a sentence with a deficit in it may speak of the U.S. one: on a held-out
        // corpus, allowing it cost two false alarms).
        if cues.surplus, !cues.deficit,
            own.contains(where: { mention in
                mention.token > balance.token && mention.token - balance.token <= 2
                    && (mention.token - balance.token == 1
                        ? mention.form == .genitive : ["der", "des"].contains(words[balance.token + 1]))
            })
        {
            return true
        }
        // "Im Handel mit den USA erzielte Deutschland 2017 einen Überschuss von …": German puts the subject right after
        // the finite verb when something else opens the clause.
        if cues.surplus, !cues.deficit,
            own.contains(where: { mention in
                mention.form == .name && mention.token >= 2 && mention.token < balance.token
                    && ["erziel", "verbuch"].contains(where: words[mention.token - 1].hasPrefix)
            })
        {
            return true
        }
        // ("That left Pakistan with a bilateral trade surplus of $1.66bn", "leaving Vietnam with a deficit": the country
        // left with the balance owns it; not "leaving Taiwan with the sixth-largest U.S. goods deficit", a place among
        // the home reporter's.)
        let leftWith: Set<String> = [
            "a", "an", "its", "bilateral", "trade", "goods", "merchandise", "small", "large", "big", "huge", "modest",
            "hefty", "sizeable", "sizable", "slight", "narrow", "record",
        ]
        if own.contains(where: { mention in
            let end = mention.token + mention.count
            return mention.token >= 1 && ["left", "leaves", "leave", "leaving"].contains(words[mention.token - 1])
                && end < words.count && words[end] == "with" && balance.token > end && balance.token - end <= 5
                && words[(end + 1)..<balance.token].allSatisfy(leftWith.contains)
        }) {
            return true
        }
        let homeWords: Set<String> = ["us", "uns", "america", "amerika", "americans"]
        // ("Italien … hatte im Handel mit den Amerikanern einen Überschuss": the reporter's people, after an article.)
        let homePeople: Set<String> = ["americans", "amerikanern", "amerikaner", "vereinigten"]
        guard let subject = own.first, subject.token < balance.token, subject.form == .name,
            !mentions.contains(where: { $0.code == homeReporter && $0.token < subject.token })
        else { return false }
        // "Österreich erzielte damit einen Überschuss von rund 7,3 Mrd. Dollar", "Vietnam posted a surplus of": the
        // country opening the sentence achieves the surplus, with the home reporter named nowhere before the word.
        // ("Frankreich kam auf einen Überschuss von 15,8 Milliarden", "Italien hatte einen Überschuss": so does one
        // that comes to or has it.)
        // ("Auch Irland, wo zahlreiche amerikanische Konzerne ihre Europazentralen haben, kommt auf einen Überschuss
        // von 46,7 Milliarden Dollar": after a leading "auch", and past a relative clause on the country, whose words do
        // not count.)
        let subjectEnd = subject.token + subject.count
        let relativeWords: Set<String> = ["wo", "das", "die", "der", "dessen", "deren", "which", "where", "whose"]
        let verb =
            subjectEnd < balance.token && relativeWords.contains(words[subjectEnd])
            ? (subjectEnd..<balance.token).first(where: { index in
                Lexicon.achieveVerbs.contains(words[index]) || ["kam", "kommt"].contains(words[index])
            }) : subjectEnd
        if cues.surplus, !cues.deficit,
            subject.token == 0
                || (subject.token == 1 && ["auch", "also", "selbst", "sogar", "even"].contains(words[0])),
            let verb, verb < balance.token,
            Lexicon.achieveVerbs.contains(words[verb])
                || ["hatte", "hat", "had", "has", "kam", "kommt"].contains(words[verb]),
            !mentions.contains(where: {
                $0.code == homeReporter && $0.token < balance.token && !($0.token > subject.token && $0.token < verb)
            })
        {
            return true
        }
        // (The subject's own "with": not the one before it, "With Honduras, the U.S. balance swung from a $495 million
        // deficit …"; nor one inside a relative clause on the country: "Mit Südkorea, das seit 2012 durch ein Abkommen
        // mit den USA verbunden ist, belief sich das Defizit …" is the home reporter's deficit.)
        // (The range opens on the subject's last word: a relative pronoun right after it opens a clause.)
        let subjectWords = withoutRelativeClauses((subjectEnd - 1)..<words.count, keeping: draft.token)
        // ("their deficit with Beijing hit $419 billion, and Brazil ran an $8 billion surplus with the United States":
        // nor the "with" of another country's clause.)
        // (Past the balance word: "Switzerland and Vietnam ran goods surpluses with the United States" is one subject.)
        let otherCountry =
            mentions.first(where: {
                $0.token > balance.token && $0.code != partner && $0.code != homeReporter
            })?.token ?? words.count
        return subjectWords.contains { index in
            guard index >= subjectEnd, index < otherCountry else { return false }
            guard index > 0, ["with", "mit", "gegenüber"].contains(words[index - 1]) else { return false }
            // ("the Netherlands, with which the United States ran a surplus": the home reporter runs it.)
            if ["which", "whom", "denen", "dem", "der"].contains(words[index]) { return false }
            if tokens[index].text == "us" || words[index] == "uns"
                || homeWords.contains(words[index])
                    && tokens[index].text.first?.isUppercase == true
            {
                return true
            }
            if ["den", "the"].contains(words[index]), index + 1 < words.count, homePeople.contains(words[index + 1]) {
                return true
            }
            return mentions.contains { $0.code == homeReporter && ($0.token == index || $0.token == index + 1) }
        }
    }

    /// "Vehicles made up more than a quarter of imports from Mexico, at $67.6 billion", "knapp 30
    /// Prozent der Einfuhren, im Wert von 15,1 Milliarden Dollar": a money figure set beside a
    /// product's share is that product's value, in the share's frame.
    func valueOfShare(_ draft: inout FigureDraft, earlier: [FoundClaim]) {
        guard draft.figure.unit == .usd, draft.kind == .value, draft.product == .total, draft.index > 0,
            let share = earlier.last, share.kind == .composition, share.product != .total,
            share.unit == .percent || share.unit == .ratio
        else { return }
        let previous = figures[draft.index - 1]
        let start = tokenIndex(of: previous.range.upperBound)
        let between = words[start..<max(start, draft.token)]
        guard between.count <= 16, let marker = between.lastIndex(where: Lexicon.appositionWords.contains),
            draft.token - marker <= 3,
            !between.contains(where: { [";", "while", "während", "whereas", "but", "aber"].contains($0) }),
            !cues.products.contains(where: { $0.token > start && $0.token < draft.token })
        else { return }
        draft.product = share.product
        draft.kind = .composition
        draft.flow = share.flow
        draft.partner = share.partner
        draft.period = share.period
    }

    /// "wuchsen um 41 Prozent auf 57,4 Milliarden Dollar": the level a change reached has the change's
    /// product and, without a period of its own, the end of its span.
    func levelAfterChange(_ draft: inout FigureDraft, earlier: [FoundClaim]) {
        guard draft.figure.unit == .usd, draft.kind == .value || draft.kind == .composition, draft.index > 0,
            let change = earlier.last, change.kind == .change, change.unit == .percent
        else { return }
        let previous = figures[draft.index - 1]
        let start = tokenIndex(of: previous.range.upperBound)
        let between = words[start..<max(start, draft.token)]
        // ("U.S. imports in HS chapter 61 fell 8.4% in January to May, to $172 million": the change's period between,
        // and ", to" right before the level.)
        let afterItsPeriod =
            between.count <= 8 && draft.token >= 2 && ["auf", "to"].contains(words[draft.token - 1])
            && commaBetween(draft.token - 2, draft.token - 1)
            && !cues.flows.contains { $0.token >= start && $0.token < draft.token }
            && !mentions.contains { $0.token >= start && $0.token < draft.token }
        // ("Goods exports rose 17.9 percent from 2021 and passed the $2 trillion mark": a mark the changed flow passed,
        // joined to the change, is a level of the change's end.)
        let passedAfter =
            between.count <= 6 && between.contains(where: { ["and", "und"].contains($0) })
            && between.contains(where: {
                Lexicon.exceedVerbs.contains($0)
                    || ["passed", "crossed", "surpassed", "überschritten", "überschritt", "knackten", "knackte"]
                        .contains($0)
            })
            && !cues.flows.contains { $0.token >= start && $0.token < draft.token }
            && !mentions.contains { $0.token >= start && $0.token < draft.token }
        guard
            between.count <= 2 && between.contains(where: { ["auf", "to"].contains($0) }) || afterItsPeriod
                || passedAfter
        else {
            return
        }
        if afterItsPeriod, let partner = change.partner,
            !draft.partnersInClause.contains(where: { $0.token < draft.token })
        {
            draft.partner = partner
            draft.levelOfChange = true
        }
        if draft.product == .total, change.product != .total {
            draft.product = change.product
            draft.kind = .composition
        }
        // "Das gesamte Defizit … ging um 1,5 Prozent auf 745 Milliarden Dollar zurück, Israel spielte
        // dabei nur eine Nebenrolle": the level reached is the changed flow's, of the same partner.
        if change.partner == "WORLD", draft.partner != "WORLD",
            !draft.partnersInClause.contains(where: { $0.token < draft.token })
        {
            draft.partner = change.partner
        }
        // ("Gegenüber dem zweiten Quartal 2018 legten die Exporte um 9,3 Prozent auf 10,7 Milliarden Dollar zu": the
        // level reached is of the change's end, not of the base the sentence names.)
        switch change.period {
        case .span(let base, let end)?:
            // ("fell 81% from February to March, to $86.8 million": the months the change runs between are its.)
            if !namesPeriod || draft.period == .single(base) || draft.period == .months(PeriodRange(base, end)) {
                draft.period = .single(end)
            }
        case .rangeSpan(let base, let to)?:
            if !namesPeriod || draft.period == .months(base) { draft.period = .months(to) }
        default: break
        }
    }

    /// Other readings of a money figure where its clause leaves the flow, partner or period open.
    func alternatives(for draft: FigureDraft) -> [Reading] {
        guard draft.figure.unit == .usd, draft.kind == .value || draft.kind == .composition,
            let claimPeriod = draft.period, let figurePartner = draft.partner
        else { return [] }
        let clause = draft.clause
        let flowValue = draft.flow
        // ("Exports fell 1.6% to $257.6 billion": the only flow word of the sentence is the figure's,
        // even past the figure before it.)
        // (Not a flow word after the figure, nor one past a contrast: "lieferten … für 282,8 Milliarden,
        // während sie für 299,1 Milliarden einkauften".)
        let onlyFlow =
            cues.flows.count == 1 && cues.flows[0].flow == draft.flow && cues.flows[0].token < draft.token
            && !contrastBetween(cues.flows[0].token, draft.token)
        // ("verliere Amerika jedes Jahr 160 Milliarden Dollar im Handel mit Deutschland": money lost in trade is a
        // deficit, not the imports that make it.)
        let lossSaid =
            flowValue == .balance
            && words[clause.clamped(to: 0..<words.count)].contains(where: Lexicon.loseWords.contains)
        let flowExplicit = onlyFlow || lossSaid || (draft.flowToken.map { clause.contains($0) } ?? false)
        // ("Einfuhren und Ausfuhren … bei 75,8 beziehungsweise 147,2 Milliarden": the order says the flow; a
        // figure that fits the other flow is the swap the article made, not another reading.)
        var flows: [Flow] =
            flowExplicit || draft.listedFlow ? [flowValue] : [flowValue, .exports, .imports, .total, .balance]
        if flowExplicit {
            // Several flow words in one clause leave the figure's flow open among them; "trade"
            // is often written for exports or imports alone.
            // (Each as the reporter sees it: "Canada bought $318.6 billion of U.S. goods" is exports.)
            // (Each as the reporter sees it, "Canada bought $318.6 billion of U.S. goods" is exports; the
            // verb's own direction stays a reading, marked unsure: the subject may have been misread.)
            // (Not past a semicolon: "exportierten … nach Russland; zusammen mit den Importen …".)
            let ownClause = semicolonClause(of: draft.token)
            // ("India, …, bought $41.8 billion of American goods last year, and local exporters say tariffs on imported
            // cars …": the figure's own verb names the home reporter as its other side; no other flow word is a
            // reading of it.)
            let verbCertain =
                cues.flows.last(where: { $0.token < draft.token && clause.contains($0.token) }).map {
                    mirrored($0.flow, flowToken: $0.token) && homeIsTheOtherSide(ofVerbAt: $0.token)
                } ?? false
            // ("Von Januar bis März exportierten die USA Waren für 14,7 Milliarden Dollar nach Indien und importierten
            // Waren für 8,7 Milliarden Dollar": a verb after the figure, with a money figure of its own after it, is
            // that figure's, where the figure's own verb stands before it.)
            let ownVerbBefore = cues.flows.contains { $0.token < draft.token && clause.contains($0.token) }
            let moneyFigureTokens = figures.filter { $0.unit == .usd || $0.unit == .eur }.map {
                tokenIndex(of: $0.range.lowerBound)
            }
            let anotherFiguresVerb = { (cue: (token: Int, flow: Flow)) -> Bool in
                ownVerbBefore && cue.token > draft.token
                    && moneyFigureTokens.contains { $0 > cue.token && $0 - cue.token <= 6 }
            }
            // ("American imports from Korea held steady at $36 billion, while chip exports slumped": nor a flow word
            // past a contrast after the figure, when the figure's own flow word stands before it.)
            let pastContrast = { (cue: (token: Int, flow: Flow)) -> Bool in
                ownVerbBefore && cue.token > draft.token && self.contrastBetween(draft.token, cue.token)
            }
            for cue in cues.flows
            where clause.contains(cue.token) && ownClause.contains(cue.token) && !verbCertain
                && !anotherFiguresVerb(cue) && !pastContrast(cue)
            {
                let mirror = mirrored(cue.flow, flowToken: cue.token)
                // (Not the verb's own direction when it names the home reporter as its other side: "Die Ukraine
                // kaufte amerikanische Waren" is U.S. exports only.)
                if !mirror || !homeIsTheOtherSide(ofVerbAt: cue.token) { flows.append(cue.flow) }
                if mirror { flows.append(cue.flow == .exports ? .imports : .exports) }
            }
            if flowValue == .total { flows += [.exports, .imports] }
        }
        var partners = [figurePartner]
        // "$359.1 billion and $327.0 billion, respectively": the order says the partner; a figure
        // that fits the other country is the swap the article made, not another reading.
        if draft.partnersInClause.isEmpty, !draft.listed {
            // (Not a country placed against the figure: "knapp vor dem mit Japan".)
            partners += ["WORLD"] + others.filter { !Parties.isComparedSide($0, words) }.map(\.code)
            if let inherited = discourse.partner { partners.append(inherited) }
            if let main = discourse.mainPartner { partners.append(main) }
        }
        var periodOptions = [claimPeriod]
        // A period written right by the figure is its own; any other is open: the sentence's
        // other periods, the context's, the year of a month, the latest year published.
        let figureEnd = tokenIndex(of: draft.figure.range.upperBound)
        let periodAdjacent = periodMentions.contains { mention in
            let token = tokenIndex(of: mention.range.lowerBound)
            return token >= draft.token - 4 && token <= figureEnd + 3 && resolvePeriod(mention) == claimPeriod
        }
        // ("Im ersten Quartal lag es für die USA insgesamt bei 165 Milliarden Dollar": the sentence's one period, opening
        // the figure's own clause with no other figure between, is the figure's too; no other year is a reading.)
        let periodOwn =
            periodMentions.count == 1
            && periodMentions.allSatisfy { mention in
                let token = tokenIndex(of: mention.range.lowerBound)
                return token < draft.token && resolvePeriod(mention) == claimPeriod
                    && !clauseBreak(from: token, to: draft.token) && !contrastBetween(token, draft.token)
                    // (Not across a conjunction or a comparison's base: "widens in December as deficit with China
                    // hits record $318.7 billion", "Bis 2024 sanken die Einfuhren gegenüber den 29,6 Milliarden Dollar
                    // des letzten Vorkriegsjahres".)
                    && !words[tokenIndex(of: mention.range.upperBound)..<draft.token].contains(where: {
                        [
                            "as", "while", "when", "after", "before", "since", "als", "während", "nachdem", "weil",
                            "because", "seit", "gegenüber", "than", "compared", "verglichen",
                        ].contains($0)
                    })
                    && !isBaseFigure(draft)
                    && !figures.contains { other in
                        other.range != draft.figure.range && other.range.lowerBound > mention.range.upperBound
                            && other.range.upperBound <= draft.figure.range.lowerBound
                    }
                    && !text[mention.range.upperBound..<draft.figure.range.lowerBound].contains(",")
            }
        if !periodAdjacent, !periodOwn {
            // Not a period written right by another figure ("… from $10.2 billion a year earlier").
            periodOptions += periodMentions.filter { mention in
                let token = tokenIndex(of: mention.range.lowerBound)
                return !figures.contains { other in
                    let end = tokenIndex(of: other.range.upperBound)
                    return other.range != draft.figure.range && token >= end && token - end <= 3
                }
            }.compactMap(resolvePeriod)
            if let contextPeriod { periodOptions.append(contextPeriod) }
            if let main = discourse.mainPeriod { periodOptions.append(main) }
            if case .single(let single) = claimPeriod, single.isMonth {
                periodOptions.append(.single(.year(single.year)))
            }
            if let date = periods.date { periodOptions.append(.single(.year(date.latestPublishedYear))) }
        }
        var alternatives: [Reading] = []
        var seen: Set<Reading> = [Reading(flow: flowValue, partner: figurePartner, period: claimPeriod)]
        for flow in flows {
            for partner in partners {
                for period in periodOptions {
                    let reading = Reading(flow: flow, partner: partner, period: period)
                    if seen.insert(reading).inserted { alternatives.append(reading) }
                    if alternatives.count >= 40 { return alternatives }
                }
            }
        }
        return alternatives
    }

    /// The year before the publication's, when a value's year is read from a bare "im Vorjahr" (no comparison word
    /// before it) for another year and that year is out: the other sense of the word; `nil` otherwise.
    func vorjahrAsLastYear(_ draft: FigureDraft) -> Int? {
        guard draft.kind == .value || draft.kind == .composition, let date = periods.date,
            case .single(let read)? = draft.period, !read.isMonth, read.year != date.year - 1,
            date.year - 1 <= date.latestPublishedYear,
            periodMentions.contains(where: { mention in
                guard case .previous = mention.kind,
                    ["im vorjahr", "vorjahr"].contains(mention.text.lowercased()),
                    resolvePeriod(mention) == draft.period
                else { return false }
                let at = tokenIndex(of: mention.range.lowerBound)
                return !words[max(0, at - 2)..<at].contains(where: {
                    ["als", "gegenüber", "vergleich", "zum", "vom", "seit", "nach", "wie", "than"].contains($0)
                })
            })
        else { return nil }
        return date.year - 1
    }

    /// Other periods a percent or multiple may be about when its sentence names none: a change
    /// over the discourse's period or the latest year published, a share in either.
    func periodReadings(for draft: FigureDraft) -> [ClaimPeriod] {
        var readings: [ClaimPeriod] = []
        if draft.kind == .change {
            readings = [discourse.period, discourse.mainPeriod].compactMap {
                $0.flatMap { ClaimFinder.reading($0, for: .change) }
            }
            // "Exports to Korea fell 4.2 percent between 2011 and 2013. Imports from Korea rose about 10
            // percent.": the span of the change before.
            if let span = discourse.lastSpan { readings.insert(span, at: 0) }

            if let date = periods.date {
                let latest = date.latestPublishedYear
                readings.append(.span(.year(latest - 1), .year(latest)))
            }
        } else if draft.kind == .share || draft.kind == .composition {
            readings = [contextPeriod, discourse.mainPeriod, latestYear].compactMap { $0 }
        }
        return readings.filter { $0 != draft.period }.firstOccurrences()
    }

    /// The first token of a list of countries that ends with the one at `token` ("Kanada, China und Mexiko"), joined
    /// by commas, "und", "and", "sowie" and articles; `token` itself when it stands alone.
    func listStart(before token: Int) -> Int {
        var start = token
        var index = token - 1
        while index >= 0 {
            if ["and", "und", "sowie", "the", "den", "dem", "der", "die"].contains(words[index]) {
                index -= 1
                continue
            }
            guard let other = others.first(where: { $0.token + $0.count - 1 == index }),
                index + 1 < words.count,
                commaBetween(index, index + 1) || ["and", "und", "sowie"].contains(words[index + 1])
                    || ["the", "den", "dem", "der", "die"].contains(words[index + 1])
            else { break }
            start = other.token
            index = other.token - 1
        }
        return start
    }

    /// Whether a dash set off by spaces stands between two tokens with a word of trade after it: a clause of its own
    /// ("auf 39,1 Milliarden Dollar – Rekordlücke mit China").
    func dashedFlowBetween(_ start: Int, _ end: Int) -> Bool {
        guard start < end, end < tokens.count else { return false }
        let between = text[tokens[max(0, start - 1)].range.upperBound..<tokens[end].range.lowerBound]
        guard let dash = [" – ", " — ", " - "].compactMap({ between.range(of: $0) }).first else { return false }
        return cues.flows.contains { cue in
            cue.token < end && tokens[cue.token].range.lowerBound >= dash.upperBound
        }
    }

    /// "Fast 30 Prozent aller Einfuhren aus der Europäischen Union stammten aus Deutschland", "a third of
    /// imports from the EU came from Germany": a percent of the trade with one partner (named right after
    /// the flow after the figure) that comes from another (named after "aus", "from"): the second is
    /// the part, the first the whole.
    func partOfAPartnersTrade(_ draft: FigureDraft) -> (part: String, whole: String)? {
        guard draft.figure.unit == .percent,
            let flow = cues.flows.first(where: { $0.token > draft.token && $0.token <= draft.token + 6 }),
            flow.flow == .imports || flow.flow == .exports
        else { return nil }
        let linking: Set<String> = ["aus", "from", "to", "nach", "in", "der", "dem", "den", "the", "die"]
        guard
            // (Not the reporter itself: "ein Sechstel der Exporte der USA ging nach Mexiko" is Mexico's share.)
            let whole = mentions.first(where: { mention in
                mention.token > flow.token && mention.token <= flow.token + 3
                    && words[(flow.token + 1)..<mention.token].allSatisfy(linking.contains)
            }), whole.code != homeReporter,
            let part = mentions.first(where: { mention in
                mention.token > whole.token + whole.count && mention.code != whole.code
                    && words[max(0, mention.token - 2)..<mention.token].contains(where: {
                        ["aus", "from", "to", "nach", "auf"].contains($0)
                    })
            })
                // ("Italien steuerte rund ein Zehntel aller US-Einfuhren aus der EU bei": the country before the figure,
                // as its subject, is the part of the group named after it.)
                ?? mentions.last(where: { mention in
                    mention.token < draft.token && mention.code != whole.code && mention.code != homeReporter
                        && mention.code.count == 3 && whole.code.count != 3
                })
        else { return nil }
        return (part.code, whole.code)
    }

    /// The claim a draft makes.
    func claim(from draft: FigureDraft) -> FoundClaim {
        let figure = draft.figure
        var claim = FoundClaim(
            sentence: facts.sentence, kind: draft.kind, reporter: reporter, partner: draft.partner, flow: draft.flow,
            product: draft.product, period: draft.period, claimedText: figure.text,
            claimedStart: scalarOffset(figure.range.lowerBound), claimedEnd: scalarOffset(figure.range.upperBound),
            value: draft.value, unit: figure.unit, hedge: figure.hedge, rounding: figure.rounding,
            lowest: cues.trough, rankedCountry: nil, rank: 1, signExplicit: draft.signExplicit)
        claim.alternatives = alternatives(for: draft)
        claim.unsureFlows = cues.flows.filter { cue in
            draft.clause.contains(cue.token) && mirrored(cue.flow, flowToken: cue.token) && cue.flow != draft.flow
                && !homeIsTheOtherSide(ofVerbAt: cue.token)
        }.map(\.flow)
        // (Where no flow word was kept for the figure, the nearest word of its flow.)
        let flowWord =
            draft.flowToken
            ?? cues.flows.filter { $0.flow == draft.flow }.min(by: {
                abs($0.token - draft.token) < abs($1.token - draft.token)
            })?.token
        // (Asked only of changes, the one kind here whose flow another figure of the sentence may lend.)
        claim.ownFlowPastContrast =
            draft.flowToken.map { flowToken in
                draft.kind == .change && flowToken < draft.token && draft.clause.contains(flowToken)
                    && figures.contains { other in
                        let start = tokenIndex(of: other.range.lowerBound)
                        return (other.unit == .usd || other.unit == .eur) && start < flowToken
                            && contrastBetween(start, flowToken)
                    }
            } ?? false
        // (A list's flows set "respectively" are mapped, not borrowed.)
        if let flowToken = flowWord, !draft.listedFlow {
            let (low, high) = (min(flowToken, draft.token), max(flowToken, draft.token))
            claim.flowBorrowed = figures.contains { other in
                let token = tokenIndex(of: other.range.lowerBound)
                return (other.unit == .usd || other.unit == .eur) && token > low && token < high
            }
        }
        // ("The deficit with Ireland is the fourth-largest, after China, Mexico and Vietnam, and last year the US bought
        // $55 billion of Irish goods": countries of another clause, coordinated before or after the figure's own,
        // which names its partner, leave no doubt whose the figure is.)
        let crossesClauses = { (mention: CountryMention) -> Bool in
            let (low, high) = (min(mention.token, draft.token), max(mention.token, draft.token))
            guard low < high else { return false }
            return ((low + 1)...high).contains { index in
                (["and", "und", "but", "aber", "while", "während", "whereas"].contains(self.words[index])
                    && self.commaBetween(index - 1, index))
                    || self.text[self.tokens[index - 1].range.upperBound..<self.tokens[index].range.lowerBound]
                        .contains(where: { ";:".contains($0) })
            }
        }
        // (A value's or a change's own partner, named in its own clause; a comparison's other side may stand anywhere.)
        let ownNamed =
            (draft.kind == .value || draft.kind == .change)
            && draft.partnersInClause.contains { $0.code == draft.partner && !crossesClauses($0) }
        let inOtherClause = { (mention: CountryMention) -> Bool in ownNamed && crossesClauses(mention) }
        claim.sentencePartners = others.filter { !inOtherClause($0) }.map(\.code).filter {
            $0 != draft.partner && $0.count == 3
        }.firstOccurrences()
        if draft.kind == .value {
            claim.sentencePeriods = periodMentions.flatMap { mention -> [ClaimPeriod] in
                switch mention.kind {
                case .single(let period): return [.single(period)]
                case .range(let first, let last): return [.single(first), .single(last)]
                default: return []
                }
            }.filter { $0 != draft.period }.firstOccurrences()
        }
        // "three-quarters of Canadian exports go to the United States": a share of the partner's own
        // trade, which the store (U.S.-reported) does not hold.
        // ("kauften die Kanadier Waren …, rund jeder sechste Dollar, den amerikanische Exporteure im Ausland verdienten":
        // the whole named after the share is the home reporter's.)
        let figureEnd = tokenIndex(of: draft.figure.range.upperBound)
        let homeWholeAfter = mentions.contains { mention in
            mention.code == homeReporter && mention.token >= figureEnd && mention.token <= figureEnd + 8
        }
        if draft.kind == .share, draft.partnerSide, !homeWholeAfter, let code = draft.partner, code != "WORLD" {
            claim.reporter = code
        }
        claim.goodsSaid = discourse.sentenceNamesGoods || (discourse.goodsNamed && !discourse.servicesNamed)
        // ("Chinas Exporte sanken … Die Volksrepublik führte Waren für 60 Milliarden Dollar aus den USA ein":
        // a trade verb of the country whose statistics the article was reporting.)
        let reportingPartner = draft.partnerSide && discourse.reporter != nil && discourse.reporter == draft.partner
        claim.partnerReported =
            (draft.partnerReported || parties.partnerReports || reportingPartner) && draft.partner != "WORLD"
        claim.partnerNamed = facts.mentions.contains { $0.code == draft.partner }
        // A change of "trade" in general may be a change of one direction (the sentence's other
        // flow first).
        if draft.kind == .change, draft.flow == .total, let flowToken = draft.flowToken,
            ["trade", "handel", "trading", "commerce", "warenaustausch", "geschäft"].contains(words[flowToken]),
            !words.contains(where: { ["zusammen", "combined", "two-way", "bilateral", "total", "plus"].contains($0) })
        {
            let named = cues.flows.map(\.flow).filter(\.isStored)
            claim.flowReadings = (named + [.exports, .imports]).firstOccurrences()
        }
        // "gut 6 Mrd. Dollar mehr als nach Deutschland gingen dorthin": a difference with no flow named
        // may be of either direction.
        if draft.kind == .comparison, draft.figure.unit == .usd, draft.flow == .total,
            draft.flowToken.map({ !["trade", "handel", "warenaustausch", "handels"].contains(words[$0]) }) ?? true,
            !words.contains(where: { ["zusammen", "combined", "two-way", "bilateral", "total", "plus"].contains($0) })
        {
            claim.flowReadings = [.exports, .imports]
        }
        if !namesPeriod, draft.figure.unit == .percent || draft.figure.unit == .ratio {
            claim.periodReadings = periodReadings(for: draft)
        }
        if !namesPeriod, draft.kind == .value { claim.periodReadings += agoReadings }
        // ("Das Atomabkommen von 2008 beendete die Isolation, in die Indien nach seinen Kernwaffentests von 1998 geraten
        // war. Im selben Jahr verkauften amerikanische Firmen Waren für 17,7 Milliarden Dollar nach Indien": "the same
        // year" after a sentence that named several may be any of them.)
        if draft.kind == .value, discourse.previousSentenceYears.count > 1, case .single(let read)? = draft.period,
            !read.isMonth,
            periodMentions.contains(where: { mention in
                guard case .same = mention.kind else { return false }
                let lower = mention.text.lowercased()
                return lower.contains("jahr") || lower.contains("year")
            })
        {
            claim.periodReadings += discourse.previousSentenceYears.filter { $0 != read.year }.map {
                .single(.year($0))
            }
        }
        // ("In 2021 the United States was buying close to $30 billion of Russian goods. Last year imports were down
        // 90%": a change whose sentence names only its end may run from the year the article spoke of before.)
        if draft.kind == .change, draft.figure.unit == .percent || draft.figure.unit == .ratio,
            case .span(let start, let end)? = draft.period, !start.isMonth, !end.isMonth, start.year == end.year - 1,
            periodMentions.count <= 1, periodMentions.allSatisfy({ resolvePeriod($0) == .single(end) }),
            case .single(let before)? = discourse.period, !before.isMonth, before.year < start.year
        {
            claim.periodReadings.append(.span(before, end))
        }
        // ("…, the first-half bilateral deficit had stood at USD 11.6 bn. In 2022 it was 83% wider": a change in a bare
        // year after sentences about a run of months of it may be of those months, from the same months before.)
        // (Not a level: a part of a year's sum given for the whole year is an error real articles make.)
        if draft.kind == .change, periodMentions.count == 1,
            case .single(let named)? = periodMentions.first.flatMap(resolvePeriod), !named.isMonth,
            case .span(let start, let end)? = claim.period, end == named, start.year == named.year - 1,
            case .months(let months)? = contextPeriod, months.first != months.last,
            months.first.month != 1 || months.last.month != 12,
            let now = months.sameMonths(inYear: named.year), let then = months.sameMonths(inYear: named.year - 1)
        {
            claim.periodReadings.append(.rangeSpan(then, now))
        }
        claim.periodReadings += draft.baseReadings.filter { $0 != claim.period }
        // ("Imports from Korea are running 17 percent above their 2019 level", in October 2021: a change against a year
        // named as the base, with no later period said, may run to the months out so far this year as well as to the
        // last full year.)
        // (So may a change since an event, with no period written: "Russland-Handel der USA seit Kriegsbeginn um 85
        // Prozent geschrumpft", in September 2025, from the same months of the base year.)
        if draft.kind == .change, draft.figure.unit == .percent || draft.figure.unit == .ratio,
            case .span(let base, let end)? = claim.period, !base.isMonth, !end.isMonth, base.year < end.year,
            periodMentions.count == 1
                ? periodMentions.first.map({
                    resolvePeriod($0) == .single(base) && levelMarked(before: tokenIndex(of: $0.range.lowerBound))
                }) == true
                : periodMentions.isEmpty && words.contains(where: { ["seit", "since"].contains($0) }),
            let latest = periods.date?.latestPublishedMonth, latest.year == end.year + 1, let month = latest.month,
            month >= 3, month < 12
        {
            claim.periodReadings.append(
                .rangeSpan(
                    PeriodRange(.month(base.year, 1), .month(base.year, month)),
                    PeriodRange(.month(latest.year, 1), latest)))
        }
        // ("2015 war China der größte Handelspartner. … erreichte der Handel mit China im Vorjahr 599 Milliarden Dollar",
        // in February 2016: "im Vorjahr" is the year before the one spoken of, or, as news writes it, last year.)
        if let yearBefore = vorjahrAsLastYear(draft), claim.period != .single(.year(yearBefore)) {
            claim.periodReadings.append(.single(.year(yearBefore)))
        }
        // "up 20% since Trump took office": the base is the year before the term (the state the term began
        // with) or its first year, as some count; a change that holds for the other is not wrong.
        if draft.kind == .change, case .span(let base, let end)? = claim.period, !base.isMonth,
            periodMentions.contains(where: { $0.termOfOffice }) || draft.baseSinceAgreement, base.year + 1 < end.year
        {
            // (So is a change "since the agreement took effect": from the year before it, or the year it did.)
            claim.periodReadings.append(.span(.year(base.year + 1), end))
        }
        // "shrank to a tenth of their 2021 level", "auf ein Drittel gesunken": the new level as a fraction
        // of the old one, a change of the fraction less the whole.
        let before = tokenIndex(of: figure.range.lowerBound) - 1
        let namesFraction =
            draft.kind == .change && figure.unit == .percent
            && Lexicon.fractionWords.contains(where: { figure.text.lowercased().contains($0) })
        if namesFraction, let value = claim.value, abs(value) < 100,
            before >= 0, before < words.count, ["to", "auf"].contains(words[before])
        {
            claim.value = abs(value) - 100
        } else if namesFraction, let value = claim.value, value < 0, abs(value) < 100,
            case let end = tokenIndex(of: figure.range.upperBound), end + 1 < words.count,
            ["des", "der", "of"].contains(words[end]),
            words[(end + 1)..<min(words.count, end + 4)].contains(where: { word in
                ["vorjahr", "level", "niveau", "year", "jahr", "month", "monat", "wert", "figure"].contains(where: {
                    word.hasPrefix($0)
                }) || word.hasSuffix("jahres") || word.hasSuffix("monats")
            })
        {
            // ("sanken auf 588 Millionen Dollar, weniger als die Hälfte des Vorjahresmonats", "less than half of the year
            // before": the new level as a fraction of the base, a change of the fraction less the whole; less than the
            // fraction left is more than its fall.)
            claim.value = abs(value) - 100
            switch claim.hedge {
            case .atMost: claim.hedge = .atLeast
            case .atLeast: claim.hedge = .atMost
            default: break
            }
        }
        claim.comparedPartner = draft.comparedPartner
        // (So is one whose own side is: the sentence names only the side compared with.)
        claim.comparedSideCarried =
            draft.comparedSideCarried
            || (draft.kind == .comparison
                && draft.comparedPartner.map { compared in
                    others.contains { $0.code == compared } && !others.contains { $0.code == draft.partner }
                } == true)
        claim.comparedFlow = draft.comparedFlow
        claim.comparedPeriod = draft.comparedPeriod
        claim.below = figure.below
        claim.farBelow = figure.farBelow
        claim.sharePoints = figure.points
        claim.periodGuessed = draft.periodGuessed
        // A period named only roughly, in the sentence or in the figureless one before it read for "damals" (not when
        // the year is named too: "Mitte der Neunziger, 1995, kauften …").
        if case .single(let single)? = claim.period {
            let roughHere =
                periodMentions.contains { $0.approximate && $0.kind == .single(single) }
                && !periodMentions.contains { !$0.approximate && $0.kind == .single(single) }
            let roughBefore =
                discourse.approximatePeriod == claim.period && discourse.period == claim.period
                && periodMentions.allSatisfy {
                    if case .same = $0.kind { return true }
                    return $0.approximate
                }
            claim.periodApproximate = roughHere || roughBefore
        }
        claim.perDollar = figure.perDollar
        // ("Chinas Anteil an den amerikanischen Wareneinfuhren ist seither um mehr als ein Drittel geschrumpft",
        // "Mexico's share of U.S. imports has grown by a fifth": the share is what changed.)
        claim.shareChange =
            draft.kind == .change && (figure.unit == .percent && !figure.points || figure.unit == .ratio)
            && words[draft.clause.clamped(to: 0..<draft.token)].contains(where: Lexicon.shareNouns.contains)
        claim.listPartners = draft.listPartners
        claim.partnerSum = draft.partnerSum
        // ("the gap between China and Canada … was less than US$1-billion", "der Abstand zwischen Mexiko und Kanada":
        // the difference of two partners' figures, not a balance of their sum.)
        if draft.kind == .value, figure.unit == .usd, draft.partnerSum.count == 2,
            let between = words[..<draft.token].lastIndex(where: { ["between", "zwischen"].contains($0) }),
            between >= 1, draft.token - between <= 14,
            ["gap", "difference", "abstand", "unterschied", "differenz", "lücke"].contains(words[between - 1]),
            mentions.contains(where: { $0.token > between && $0.token <= between + 3 })
        {
            claim.kind = .comparison
            claim.partner = draft.partnerSum[0]
            claim.comparedPartner = draft.partnerSum[1]
            claim.partnerSum = []
            claim.value = abs(draft.value)
            claim.absoluteGap = true
            // (The flow the ranking race speaks of: "Counting exports and imports together".)
            if claim.flow == .balance { claim.flow = .total }
        }
        // (A change of a sum of countries is asked of the store as one partner joining their codes.)
        if draft.kind == .change, draft.partnerSum.count > 1 {
            claim.partner = draft.partnerSum.joined(separator: "+")
        }
        claim.frameInferred = !namesPeriod
        claim.presentTense = !namesPeriod && speaksInThePresent
        if draft.comparisonDirection != 0 { claim.comparisonDirection = draft.comparisonDirection }
        if let whole = draft.whole, let wholePartner = whole.partner {
            if wholePartner != draft.partner, wholePartner != "WORLD" {
                claim.shareWhole = wholePartner
            } else if wholePartner == draft.partner, let period = whole.period, period != draft.period {
                // "2021 … 29,6 Milliarden Dollar; 2023 war es weniger als ein Sechstel davon".
                claim.shareWhole = wholePartner
                claim.shareWholePeriod = period
            }
        }
        if draft.kind == .share, claim.shareWhole == nil, let (part, whole) = partOfAPartnersTrade(draft) {
            claim.partner = part
            claim.shareWhole = whole
        }
        let scopeClause = contrastBounded(draft.clause, around: draft.token)
        claim.outOfScope = scope(of: scopeClause)
        // ("Imports from Mexico nearly halved that month, and Mexico's auto industry association reported that the
        // country produced only a few thousand vehicles": another source that reports a statement of its own in a
        // later clause is not the figure's.)
        // ("The U.S. did run a goods deficit of $67.9 billion with Japan in 2022, and Japan's Finance Ministry, which
        // counts trade its own way, put its surplus …": nor is an office named only in a later clause of its own.)
        if claim.outOfScope == .otherSource, facts.scope == .otherSource,
            let split = laterReport(after: tokenIndex(of: draft.figure.range.upperBound))
                ?? laterClause(after: tokenIndex(of: draft.figure.range.upperBound))
        {
            let own = words[0..<split]
            claim.outOfScope =
                Lexicon.outOfScope(own, sentence: own.joined(separator: " "))
                ?? SentenceFacts.otherOfficeNamed(
                    mentions.filter { $0.token + $0.count <= split }, words: Array(own), homeReporter: homeReporter)
        }
        // ("Exports to Mexico, which many expected to surge, are up 1.5% this year": what a relative clause
        // expects is not the figure's matter.)
        if claim.outOfScope == .forecast, facts.scope == nil {
            let range = scopeClause.clamped(to: 0..<words.count)
            // ("Exports to China reached $16.7 billion in October, as the Administration continues to hold Beijing to
            // the purchase commitments it made": nor is what a clause of reasons after the figure tells of.)
            let unrelated = withoutRelativeClauses(range, keeping: draft.token)
            // (Nor what a clause of its own after ", and" expects, with no figure in it: "a cumulative goods deficit of
            // $399.4 billion, and analysts expect rising domestic oil output to keep whittling down the bill".)
            let reasons = unrelated.first { index in
                index > draft.token && commaBetween(index - 1, index)
                    && (["as", "because", "weil", "denn"].contains(words[index])
                        || (["and", "und"].contains(words[index]) && index + 1 < words.count
                            // (With a subject of its own: not "…, and said it expects a recovery", the same speaker
                            // going on.)
                            && ![
                                "said", "says", "say", "expects", "expected", "expect", "added", "warned", "noted",
                                "predicted", "predicts", "forecast", "forecasts", "projected", "projects", "will",
                                "would", "could", "should", "may", "might", "is", "are", "was", "were", "has", "have",
                                "had", "sees", "saw", "hopes", "plans", "aims", "sagte", "sagt", "erwartet",
                                "erwarten", "rechnet", "rechnen", "wird", "werden", "soll", "sollen", "dürfte",
                                "dürften", "hofft", "plant", "kündigte", "teilte",
                            ].contains(words[index + 1])
                            && !figures.contains { tokenIndex(of: $0.range.lowerBound) > index }))
            }
            let kept = unrelated.filter { index in reasons.map { index < $0 } ?? true }.map { words[$0] }
            claim.outOfScope = Lexicon.outOfScope(kept[...], sentence: kept.joined(separator: " "))
        }
        // "would boost exports to Korea by $10 billion a year", "würde … 5 Milliarden bringen": a figure a
        // modal verb governs, in a sentence that names no period, is what someone expects or promises. (With
        // a period named and published, "would" tells a story: "the deficit would peak at $418 billion in 2018".)
        // ("Die Handelsbeauftragten rechneten damals vor, die Ausfuhren … könnten … um 10 bis 11 Milliarden Dollar
        // jährlich zulegen": "damals" points back to a time, it dates no figure of its own.)
        // ("We cut the deficit by a quarter last year, …, and with Phase One they are going to buy $200 billion more": a
        // period before a main clause of its own that the modal opens, after a comma and "and", is the other clause's.)
        // (Looked for only when the figure is in scope and a modal governs it: the periods are read per modal figure.)
        if claim.outOfScope == nil, let modal = modalGoverning(draft) {
            let datesItsFigure = periodMentions.contains { mention in
                if case .same = mention.kind { return false }
                let token = tokenIndex(of: mention.range.lowerBound)
                return token >= modal
                    || !(token + 1..<modal).contains(where: { index in
                        ["and", "und", "but", "aber"].contains(words[index]) && commaBetween(index - 1, index)
                    })
            }
            if !namesPeriod || !datesItsFigure { claim.outOfScope = .forecast }
        }
        // "tariffs on roughly $7.2 billion worth of them", "Strafzölle auf Waren im Wert von 200 Milliarden":
        // the value of goods a measure covers, named right before the figure.
        if claim.outOfScope == nil, figure.unit == .usd || figure.unit == .eur {
            // ("Sonderzölle von 10 Prozent auf chinesische Waren im Wert von 200 Milliarden Dollar": up to twelve words
            // before.)
            let before = Array(words[max(0, draft.token - 12)..<draft.token])
            let measureWords = Self.tradeMeasureNouns
            let figureEnd = tokenIndex(of: draft.figure.range.upperBound)
            let start = max(0, draft.token - 12)
            if let measure = before.lastIndex(where: measureWords.contains),
                before[measure...].contains(where: { ["on", "auf", "against", "gegen"].contains($0) })
                    || before[measure...].contains("covering"),
                // (Not past a comma or a flow: "Strafzölle …, trotzdem wuchs das Defizit mit China auf 418 Milliarden".)
                !text[tokens[start + measure].range.upperBound..<draft.figure.range.lowerBound].contains(","),
                // ("Zölle auf Einfuhren aus der EU im Umfang von 7,5 Milliarden Dollar", "tariffs on imports worth …":
                // a flow right after the measure's "auf", "on" is what the measure covers.)
                !before.indices.contains(where: { index in
                    index > measure && Lexicon.flow(of: before[index]) != nil
                        && !(["on", "auf", "against", "gegen"].contains(before[index - 1])
                            || (index >= 2 && ["on", "auf"].contains(before[index - 2])
                                && ["the", "die", "den", "all", "alle"].contains(before[index - 1])))
                })
            {
                claim.outOfScope = .coveredByMeasure
            } else if let on = (max(0, draft.token - 6)..<draft.token).last(where: {
                ["on", "auf"].contains(words[$0])
            }),
                // ("auf chinesische Einfuhren im Volumen von 200 Milliarden Dollar Sonderzölle")
                words[on..<draft.token].contains(where: {
                    ["wert", "worth", "valued", "volumen", "umfang", "höhe"].contains($0)
                }),
                let measure = (min(words.count, figureEnd)..<min(words.count, figureEnd + 8)).first(where: {
                    measureWords.contains(words[$0])
                }),
                let gap = gap(after: draft.figure, upTo: measure), !gap.contains(",")
            {
                // "Auf chinesische Waren im Wert von 200 Milliarden Dollar werden seit September Strafzölle erhoben".
                claim.outOfScope = .coveredByMeasure
            } else if (max(0, draft.token - 6)..<min(words.count, figureEnd + 12)).contains(where: {
                Lexicon.dutyFreeWords.contains(words[$0])
                    && !clauseBreak(from: min($0, draft.token), to: max($0, draft.token))
            }) {
                // "about $5.6 billion of Indian exports had entered the United States duty-free", "Waren im Wert von 5,6
                // Milliarden Dollar kamen zollfrei in die USA": the part of trade a preference covers.
                claim.outOfScope = .coveredByMeasure
            }
        }
        // "$1.1 billion worth of lithium-ion cells from Korea": goods named right after the figure that are no
        // product the checker knows are not the pair's whole trade.
        if claim.outOfScope == nil, figure.unit == .usd, draft.kind == .value, draft.product == .total,
            namesUnplacedGoods(after: tokenIndex(of: draft.figure.range.upperBound))
        {
            claim.outOfScope = .unplacedGoods
        }
        // ("combined imports in the two chapters from Turkey were $644 million": goods the figure's clause points back
        // to, which no earlier figure measured, are still not the pair's whole trade.)
        if claim.outOfScope == nil, draft.product == .total, draft.kind == .value || draft.kind == .change,
            let anaphor = Lexicon.productAnaphor(in: words, bare: false), draft.clause.contains(anaphor),
            anaphor < draft.token, draft.token - anaphor <= 8
        {
            claim.outOfScope = .unplacedGoods
        }
        if figure.unit == .usd, draft.kind == .value || draft.kind == .composition {
            averageAndSum(&claim, draft)
        }
        // ("Der Anteil … stieg zwischen 2018 und 2024 von 1,9 auf 3,6 Prozent", "rose from 1.9% to 3.7% over those
        // years": a share's "from" is the span's first year, its "to" the last.)
        if figure.unit == .percent, draft.kind == .share || draft.kind == .composition,
            case .range(let from, let to)? = periodMentions.lazy.map(\.kind).first(where: {
                if case .range = $0 { return true }
                return false
            }),
            claim.period == nil || claim.period == .span(from, to)
        {
            let start = draft.token
            let end = tokenIndex(of: figure.range.upperBound)
            let leadsOn =
                end < words.count && ["auf", "to"].contains(words[end])
                && figures.contains { other in
                    other.unit == .percent && other.range.lowerBound > figure.range.upperBound
                        && tokenIndex(of: other.range.lowerBound) - end <= 3
                }
            let arrives =
                start >= 1 && ["auf", "to"].contains(words[start - 1])
                && figures.contains { other in
                    other.unit == .percent && other.range.upperBound <= figure.range.lowerBound
                        && start - tokenIndex(of: other.range.upperBound) <= 3
                }
            if leadsOn {
                claim.period = .single(from)
            } else if arrives {
                claim.period = .single(to)
            }
        }
        let lowerText = text.lowercased()
        claim.seasonallyAdjusted =
            (lowerText.contains("seasonally adjusted") || lowerText.contains("saisonbereinigt"))
            && !lowerText.contains("not seasonally") && !lowerText.contains("nicht saisonbereinigt")
            && !lowerText.contains("unadjusted")
        if draft.kind == .composition, figure.unit == .percent, !draft.listedProduct {
            claim.productSum = productsCounted(before: draft.token)
        }
        if draft.kind == .share, draft.product == .total, figure.unit == .percent {
            // (Goods named anywhere in the sentence, else those the sentence before spoke of.)
            var codes: [String] = []
            for product in cues.products where !Lexicon.isChapterGroup(product.code) && !codes.contains(product.code) {
                codes.append(product.code)
            }
            if codes.isEmpty, let earlier = discourse.product { codes.append(earlier) }
            claim.productReadings = codes
        }
        // ("The U.S. imported about $4 billion of meat from Australia. That was up 55% from 2023": a change whose subject
        // points back to a figure of goods is that figure's change.)
        if draft.kind == .change, claim.product == .total, discourse.productMeasured,
            let earlier = discourse.product, cues.products.allSatisfy({ $0.code == earlier }), let first = words.first,
            ["that", "this", "das", "dies"].contains(first),
            draft.token <= 6, !Lexicon.saysAllGoods(words)
        {
            claim.product = .hs(earlier)
        }
        // ("China is still the biggest source, with $12.8 billion so far this year": a sum told with a ranking by
        // ", with" measures what the ranking ranks.)
        var flow = draft.flow
        if draft.kind == .value, figure.unit == .usd, draft.flowToken == nil, draft.token >= 2,
            ["with", "mit"].contains(words[draft.token - 1]), commaBetween(draft.token - 2, draft.token - 1),
            let rank = facts.rankMentions.last(where: { $0.token < draft.token }), !rank.negated,
            let measure = rank.measure, measure == .imports || measure == .exports, measure != claim.flow
        {
            claim.flow = measure
            flow = measure
        }
        // ("The U.S. imported $50.2 billion of pharmaceuticals from Ireland. Switzerland shipped $18.9 billion": a sum
        // with no goods of its own right after a sentence that measured goods may be of those goods.)
        // (Or the same goods named again in another clause: "…, with $12.8 billion so far this year, but Vietnam has now
        // overtaken Mexico as the No. 2 supplier of furniture".)
        // (Or a sentence or two after the goods were measured, with a ranking of their suppliers between: "… Fleisch
        // im Wert von 1,38 Mrd. US-$ … Neuseeland ist nach Kanada und Australien drittgrößter Lieferant. Kanada kam auf
        // 4,1 Mrd. US-$".)
        // (Or named alone in the sentence before, which set the topic: "Fruit and nuts (chapter 8) are a different
        // story. Imports from Mexico came to US$7.0 billion …, a slip of 0.9%".)
        let goodsBefore =
            discourse.productMeasured || discourse.productTopic
            ? discourse.product
            : discourse.sentencesSinceMeasuredProduct <= 3
                && (discourse.product == nil
                    || discourse.product == discourse.measuredProduct)
                ? discourse.measuredProduct : nil
        // (A change of such a sum too, "… came to US$7.0 billion from January to July, a slip of 0.9%", of a partner the
        // sentence names or carries: a percent of the world's goods matches by chance too easily.)
        if draft.kind == .value && figure.unit == .usd
            || draft.kind == .change && figure.unit == .percent && draft.partner != "WORLD",
            draft.product == .total, flow == .imports,
            let earlier = goodsBefore, cues.products.allSatisfy({ $0.code == earlier }),
            !Lexicon.saysAllGoods(words)
        {
            claim.productReadings = [earlier]
        }
        // ("U.S. imports of fruit and nuts from Chile totaled $1.77 billion …, and from January through March they ran
        // between $270 million and $290 million a month": a pronoun in a later clause stands for the goods an earlier
        // one measured.)
        if draft.kind == .value, draft.product == .total, figure.unit == .usd, draft.flow == .imports,
            claim.productReadings.isEmpty,
            let named = cues.products.first(where: { !$0.listed && $0.token < draft.token }),
            cues.products.allSatisfy({ $0.code == named.code && $0.token < draft.token }),
            (max(0, draft.token - 8)..<draft.token).contains(where: { index in
                ["they", "sie"].contains(words[index]) && index > named.token
                    && (named.token..<index).contains(where: { self.commaBetween($0, $0 + 1) })
            }),
            !Lexicon.saysAllGoods(words)
        {
            claim.productReadings = [named.code]
        }
        // ("Mexico, the second-biggest foreign source of fuels, sent just $16.3 billion last year": the only goods the
        // sentence names, in an apposition on the figure's subject, may be what the sum is of; a reading tried when it
        // does not hold for all goods.)
        if draft.kind == .value, draft.product == .total, figure.unit == .usd, draft.flow == .imports,
            claim.productReadings.isEmpty,
            let named = cues.products.first(where: { !$0.listed && $0.token < draft.token }),
            cues.products.allSatisfy({ $0.code == named.code && $0.token < draft.token }),
            inSubordinateClause(named.token, before: draft.token),
            !Lexicon.saysAllGoods(words)
        {
            claim.productReadings = [named.code]
        }
        if draft.partner == "EUROPE", draft.kind == .value || draft.kind == .change {
            // "Europe's $236bn surplus": in trade news Europe often stands for the EU.
            claim.partnerReadings = ["EU"] + (others.isEmpty ? ["WORLD"] : [])
        } else if others.isEmpty || draft.partnerCarriedPastNamed,
            draft.kind == .value || draft.kind == .change || (draft.kind == .composition && figure.unit == .usd),
            draft.partnerSum.isEmpty
        {
            // ("… importierten die USA aus Russland Düngemittel für 1,35 Milliarden Dollar. Kanada spielt allerdings in
            // einer eigenen Liga. Die Kalibergwerke in Saskatchewan schickten 2023 Dünger für 4,4 Milliarden Dollar":
            // a country opening the sentence before, one with no claim, may be what this one is about.)
            let opened = discourse.lastNamedCountry.flatMap { country in
                others.isEmpty && discourse.sentencesSinceNamedCountry == 1 && discourse.lastNamedCountryOpened
                    && country != draft.partner && country != homeReporter && country.count == 3 ? country : nil
            }
            if let partner = draft.partner, partner != "WORLD", draft.kind != .composition {
                claim.partnerReadings = [opened, "WORLD"].compactMap { $0 }
            } else if let partner = draft.partner, partner != "WORLD", let opened {
                claim.partnerReadings = [opened]
            } else if draft.partner == "WORLD", let partner = discourse.partner, partner != "WORLD" {
                // ("Knitted apparel from the Dominican Republic … is having a quieter year. U.S. imports in HS chapter 61
                // fell 8.4% …, to $172 million", in a newsletter about Panama: the country the sentence before named,
                // in a sentence that made no claim, comes first.)
                let named = discourse.lastNamedCountry.flatMap { country in
                    discourse.sentencesSinceNamedCountry == 0 && country != partner && country != homeReporter
                        && country.count == 3 ? country : nil
                }
                claim.partnerReadings = [named, partner].compactMap { $0 }
            }
        }
        // ("Es erreichte im vergangenen Jahr mit 870 Milliarden Dollar einen Rekord, trotz aller Strafzölle gegen
        // China": a country the sentence names only as a measure's target may not be the figure's partner; the world is
        // a reading as well.)
        if claim.partnerReadings.isEmpty, let partner = draft.partner, partner.count == 3,
            draft.kind == .value || draft.kind == .change, draft.partnerSum.isEmpty,
            case let named = mentions.filter({ $0.code == partner }), !named.isEmpty,
            named.allSatisfy(namesMeasureTarget)
        {
            claim.partnerReadings = ["WORLD"]
        }
        // ("South Africa alone supplied 37% of American imports from the continent, and mineral fuels still made up 30%
        // of the total": "the total" is the whole the sentence named before, whose partner may be the one the article
        // speaks of rather than the country of the share before.)
        if claim.partnerReadings.isEmpty, figure.unit == .percent, draft.kind == .composition || draft.kind == .share,
            let partner = draft.partner, let spoken = discourse.partner, spoken != partner,
            let previousFigure = figures.map({ tokenIndex(of: $0.range.lowerBound) }).filter({ $0 < draft.token })
                .max(),
            !mentions.contains(where: { $0.code == partner && $0.token > previousFigure }),
            case let after = words[min(words.count, figureEnd)..<min(words.count, figureEnd + 3)],
            after.starts(with: ["of", "the", "total"]) || after.starts(with: ["of", "that", "total"])
                || after.starts(with: ["der", "gesamtsumme"]) || after.starts(with: ["des", "gesamtwerts"])
        {
            claim.partnerReadings = [spoken]
        }
        claim.pairUnnamed = draft.partner == "WORLD" && others.isEmpty && parties.saysBilateral
        claim.baseSinceAgreement = draft.baseSinceAgreement
        return claim
    }

    /// The sum of money before a percent that the percent measures against another flow: "Das Defizit von 2,6
    /// Milliarden Dollar entspricht rund 88 Prozent der Importe", "the deficit equals 88% of imports" (a verb of being
    /// between, the other flow's noun right after); the sum's claim and the other flow.
    func partOfAnotherFlow(_ draft: FigureDraft, earlier: [FoundClaim]) -> (FoundClaim, Flow)? {
        let equalWords: Set<String> = [
            "entspricht", "entsprach", "entsprechen", "equals", "equaled", "equalled", "equal", "represents",
            "represented", "amounts", "amounted", "is", "was", "ist", "war", "macht", "machte", "ausmacht",
        ]
        guard draft.index > 0, case let previous = figures[draft.index - 1], previous.unit == .usd,
            let part = earlier.last, part.kind == .value, part.unit == .usd,
            part.claimedStart == scalarOffset(previous.range.lowerBound), part.partner != nil
        else { return nil }
        let partEnd = tokenIndex(of: previous.range.upperBound)
        guard partEnd < draft.token, draft.token - partEnd <= 6, !clauseBreak(from: partEnd, to: draft.token),
            !commaBetween(partEnd, draft.token),
            words[partEnd..<draft.token].contains(where: equalWords.contains)
        else { return nil }
        var after = tokenIndex(of: draft.figure.range.upperBound)
        guard after < words.count, ["der", "of", "aller"].contains(words[after]) else { return nil }
        after += 1
        if after < words.count, ["the", "all", "total", "gesamten"].contains(words[after]) { after += 1 }
        guard after < words.count, let flow = Lexicon.flow(of: words[after]), flow != part.flow,
            [Flow.exports, .imports, .total].contains(flow)
        else { return nil }
        return (part, flow)
    }

    /// Tariffs and sanctions: measures a country is the target of, not a side of the trade.
    static let tradeMeasureNouns: Set<String> = [
        "tariffs", "tariff", "duties", "levies", "sanctions", "zölle", "zöllen", "strafzölle", "strafzöllen",
        "sonderzölle", "zusatzzölle", "sanktionen",
    ]

    /// Whether a country is named only as the target of a measure: "trotz aller Strafzölle gegen China", "sanctions
    /// against Russia", "tariffs on the EU" (up to two words between the measure and "gegen", "against" or "on").
    func namesMeasureTarget(_ mention: CountryMention) -> Bool {
        var index = mention.token - 1
        if index >= 0, Self.articles.contains(words[index]) { index -= 1 }
        guard index >= 1, ["gegen", "against", "on"].contains(words[index]) else { return false }
        return (max(0, index - 3)..<index).contains { Self.tradeMeasureNouns.contains(words[$0]) }
    }

    /// Whether the words right after a figure, "worth of …" or "of …", name goods that are neither goods in general
    /// ("worth of U.S. goods", "of merchandise", "worth of them") nor a product the lexicon knows.
    func namesUnplacedGoods(after end: Int) -> Bool {
        // ("$7 billion of their market": a bare "of" as well; "of it", "of 2017, …" and "of goods there" name goods in
        // general or none.)
        var index = end
        if index < words.count, words[index] == "worth" { index += 1 }
        guard index < words.count, words[index] == "of" else { return false }
        index += 1
        let stops: Set<String> = [
            "from", "to", "into", "in", "with", "at", "last", "this", "for", "by", "between", "through", "over",
            "during", "since", "a", "per", "each", "were", "was", "are", "is", "went", "came", "that", "which",
        ]
        let modifiers: Set<String> = [
            "the", "an", "its", "their", "our", "his", "her", "these", "those", "such", "u.s.", "us", "american",
            "america's", "foreign", "domestic", "total", "annual", "new", "imported", "exported", "made",
            "manufactured",
            "combined", "overall", "bilateral", "two-way", "nation's", "country's", "world's", "partner's",
        ]
        let goods: Set<String> = [
            "goods", "merchandise", "products", "product", "items", "things", "wares", "stuff", "cargo", "trade",
            "commerce", "business", "purchases", "sales", "shipments", "them", "it", "all", "both", "ours", "theirs",
            "yours",
        ]
        // The first word that is no determiner, country or modifier names the goods.
        while index < words.count, index - end <= 7, !stops.contains(words[index]), !commaBetween(index - 1, index) {
            let word = words[index]
            // ("below the $26.3 billion of December 2022": a time, no goods.)
            if periodMentions.contains(where: { tokenIndex(of: $0.range.lowerBound) == index }) { return false }
            // (Names and the adjectives of names, "South African", "Boeing", are capitalized; English goods are not.)
            if mentions.contains(where: { $0.token <= index && index < $0.token + max(1, $0.count) })
                || tokens[index].text.first?.isUppercase == true || modifiers.contains(word) || word.hasSuffix("-made")
                || word.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," })
            {
                index += 1
                continue
            }
            return !goods.contains(word) && Lexicon.flow(of: word) == nil && Lexicon.product(of: word) == nil
                && !(index + 1 < words.count && Lexicon.product(of: word + " " + words[index + 1]) != nil)
        }
        return false
    }

    /// "a $30.4bn deficit with Ireland", "$5 billion in exports to Chile": the country after the flow noun
    /// right after a figure (`end` is the first token after it).
    func ownFlowsPartner(after end: Int, in mentions: [CountryMention]) -> CountryMention? {
        let prepositions: Set<String> = ["with", "to", "from", "mit", "nach", "aus"]
        let filler: Set<String> = ["in", "of", "goods", "trade", "merchandise"]
        return mentions.first { mention in
            guard mention.token > end, mention.token - end <= 5,
                let noun = (end..<mention.token).first(where: { index in cues.flows.contains { $0.token == index } })
            else { return false }
            return words[end..<noun].allSatisfy(filler.contains)
                && words[(noun + 1)..<mention.token].contains(where: prepositions.contains)
                && words[(noun + 1)..<mention.token].allSatisfy {
                    prepositions.contains($0) || Self.articles.contains($0)
                }
        }
    }

    /// The country named right after a figure's end with a preposition of trade ("$152.4 billion with Mexico",
    /// "4 Milliarden Dollar nach Kanada"), among the mentions given.
    /// With `goods`, "of goods" may stand between ("$125.7 billion of goods from Germany").
    func partnerRightAfter(_ end: Int, in mentions: [CountryMention], goods: Bool = false) -> CountryMention? {
        let prepositions: Set<String> = ["with", "to", "from", "mit", "nach", "aus", "in"]
        let goodsWords: Set<String> =
            goods ? ["of", "goods", "merchandise", "worth", "an", "waren", "güter", "products", "produkte"] : []
        // ("$35.5 billion worth of pharmaceutical products from Ireland": with `goods`, the goods' own words too.)
        let productTokens = goods ? Set(cues.products.map(\.token)) : []
        return mentions.first { mention in
            guard mention.token > end, mention.token - end <= (goods ? 6 : 3) else { return false }
            return words[end..<mention.token].contains(where: prepositions.contains)
                && (end..<mention.token).allSatisfy {
                    prepositions.contains(words[$0]) || Self.articles.contains(words[$0])
                        || goodsWords.contains(words[$0]) || productTokens.contains($0)
                }
        }
    }

    /// The direction of goods a German clause moves with a verb of motion: "nach Deutschland gingen" exports,
    /// "aus Japan kamen" imports; `nil` without both.
    func motionTowards(in clause: Range<Int>) -> Flow? {
        let range = clause.clamped(to: 0..<words.count)
        guard range.contains(where: { Lexicon.motionVerbs.contains(words[$0]) }) else { return nil }
        let named = others.filter { range.contains($0.token) && $0.token > 0 && $0.code.count == 3 }
        let directions = Set(
            named.compactMap { mention -> Flow? in
                switch words[mention.token - 1] {
                case "nach": .exports
                case "aus": .imports
                default: nil
                }
            })
        return directions.count == 1 ? directions.first : nil
    }

    /// The tokens of a range without its relative clauses set off by commas (", which …,", ", die …,") that do
    /// not hold the given token.
    func withoutRelativeClauses(_ range: Range<Int>, keeping token: Int) -> [Int] {
        var dropped: [Range<Int>] = []
        var index = range.lowerBound + 1
        while index < range.upperBound {
            defer { index += 1 }
            // ("…, dem Jahr, in dem der Zollstreit mit Peking begann", "the year in which": a preposition before the
            // pronoun.)
            let afterPreposition =
                index >= 2
                && ["in", "mit", "bei", "seit", "nach", "an", "auf", "during", "since"].contains(words[index - 1])
                && commaBetween(index - 2, index - 1)
            guard Lexicon.relativePronouns.contains(words[index]) || (afterPreposition && words[index] == "which"),
                commaBetween(index - 1, index) || afterPreposition
            else { continue }
            let end = ((index + 1)..<range.upperBound).first { commaBetween($0 - 1, $0) } ?? range.upperBound
            if !(index..<end).contains(token) { dropped.append(index..<end) }
            index = end - 1
        }
        return range.filter { position in !dropped.contains { $0.contains(position) } }
    }

    /// Whether a figure stands in a parenthesis or a relative clause right after a country ("Canada ($205.0 billion)",
    /// "China, which shipped $208.2 billion", "Italien, mit dem das Defizit bei 40 Milliarden lag").
    func figureDescribes(_ mention: CountryMention, figure: Figure, figureToken: Int) -> Bool {
        let after = mention.token + mention.count
        guard after <= figureToken, figureToken - after <= 8, mention.range.upperBound <= figure.range.lowerBound else {
            return false
        }
        let gap = text[mention.range.upperBound..<figure.range.lowerBound]
        if gap.hasPrefix(" (") || gap.hasPrefix("(") { return !gap.contains(")") }
        guard gap.hasPrefix(","), !gap.dropFirst().contains(","), !gap.contains(";") else { return false }
        // (A relative pronoun, or a preposition before one: ", mit dem", ", aus der".)
        let first = words[after]
        let second = after + 1 < words.count ? words[after + 1] : ""
        return ["which", "whose", "where", "who", "der", "die", "das", "dessen", "deren", "wo"].contains(first)
            || (["mit", "aus", "nach", "in"].contains(first)
                && ["dem", "der", "den", "denen", "which", "whom"].contains(second))
    }

    /// Whether "in absoluten Zahlen", "in absolute terms" or "absolut" stands near a figure (four words before it to
    /// eight after).
    func saysAbsoluteTerms(around token: Int) -> Bool {
        let window = words[max(0, token - 4)..<min(words.count, token + 8)]
        return window.contains { ["absoluten", "absolute", "absolut", "absolutely"].contains($0) }
            && (window.contains("zahlen") || window.contains("terms") || window.contains("absolut"))
    }

    /// Whether a country is named as "the one with" it after a word of order: "nach dem mit China", "hinter jenem
    /// mit Japan", "after the one with China", "ahead of that with Mexico".
    func isTheOneWith(_ token: Int) -> Bool {
        guard token >= 3, ["mit", "with"].contains(words[token - 1]) else { return false }
        // ("so groß wie das mit Deutschland", "as large as the one with Germany": compared, too.)
        let order: Set<String> = [
            "nach", "hinter", "vor", "after", "behind", "ahead", "than", "als", "to", "wie", "as",
        ]
        let window = words[max(0, token - 5)..<(token - 1)]
        guard let anchor = window.lastIndex(where: order.contains) else { return false }
        return words[(anchor + 1)..<(token - 1)].allSatisfy {
            ["dem", "jenem", "demjenigen", "das", "jenes", "dasjenige", "the", "one", "that", "those", "of"].contains(
                $0)
        } && anchor < token - 2
    }

    /// The modal verb ("would", "will", "could", "würde", "werde", "are going to") that stands before the figure in its
    /// own clause, a few words before it, with no clause break between; nil when none does.
    func modalGoverning(_ draft: FigureDraft) -> Int? {
        let start = max(draft.clause.lowerBound, draft.token - 8, 0)
        guard start < draft.token, draft.token <= words.count else { return nil }
        guard
            let modal = (start..<draft.token).last(where: {
                Lexicon.modalVerbs.contains(words[$0]) || Lexicon.opensGoingTo(words, at: $0)
            })
        else {
            return nil
        }
        // (Not across a parenthesis, a colon or a comma, nor into a clause of its own: "would put India
        // (deficit: $45.8 billion)", "anyone who will listen that America loses $100 billion".)
        let between = text[tokens[modal].range.upperBound..<draft.figure.range.lowerBound]
        if between.contains(where: { "(),:;—–\"“”„".contains($0) }) { return nil }
        let opensClause = words[(modal + 1)..<draft.token].contains(where: {
            ["that", "dass", "who", "which", "if", "wenn"].contains($0)
        })
        return opensClause ? nil : modal
    }

    /// "im ersten Jahr des Vertrags", "in the agreement's first year", "NAFTA's first year": the year the agreement the
    /// sentence names took effect, else the year the sentence before named (its start, told there), else the start of
    /// the partner's agreement; nil when the sentence says no such thing.
    func agreementFirstYear(partner: String?) -> Int? {
        let agreement = { (word: String) -> Bool in
            Lexicon.agreementWords.contains(word) || ["vertrag", "vertrags", "pact", "deal"].contains(word)
                || word.hasPrefix("nafta") || word.hasPrefix("agreement")
        }
        guard
            words.indices.dropLast().contains(where: { index in
                ["first", "ersten"].contains(words[index]) && ["year", "jahr", "jahres"].contains(words[index + 1])
                    && (words[(index + 2)..<min(words.count, index + 5)].contains(where: agreement)
                        || words[max(0, index - 2)..<index].contains(where: agreement))
            })
        else { return nil }
        // ("NAFTA's first year": the name with its genitive.)
        let bare = words.map { $0.hasSuffix("'s") || $0.hasSuffix("’s") ? String($0.dropLast(2)) : $0 }
        if bare.contains(where: { ["usmca", "nafta", "korus", "ausfta"].contains($0) }) {
            return Lexicon.agreementStart(named: bare, partner: partner, year: periods.date?.year)
        }
        return discourse.previousSentenceYear
            ?? Lexicon.agreementStart(named: words, partner: partner ?? discourse.partner, year: periods.date?.year)
    }

    /// The last period named before a token that is not a base ("up by a third on the same months of
    /// 2023", "gegenüber dem Vorjahr", "from 2019"): the period of what the sentence compares.
    func ownPeriod(before index: Int) -> ClaimPeriod? {
        let bases: Set<String> = [
            "on", "from", "than", "compared", "gegenüber", "als", "vom", "von", "over", "since", "seit", "vs", "versus",
            "ggü",
        ]
        return periodMentions.filter { mention in
            let token = tokenIndex(of: mention.range.lowerBound)
            guard token < index else { return false }
            switch mention.kind {
            case .samePeriodOf, .previous, .previousMonth: return false
            default: return !words[max(0, token - 3)..<token].contains(where: bases.contains)
            }
        }.compactMap(resolvePeriod).last
    }

    /// The period named within twelve words after a comparison's "wie"/"as"/"than"/"dessen"/"what",
    /// with that word's index.
    func periodAfterComparison(_ figure: Figure, from token: Int) -> (PeriodMention, Int)? {
        let figureEnd = tokenIndex(of: figure.range.upperBound)
        // ("ein Zehntel des Werts von 2021", "four times its 2014 level": a level of the same trade, another year.)
        guard
            let marker = (max(token, figureEnd - 1)..<min(words.count, figureEnd + 6)).first(where: { index in
                ["wie", "as", "than", "als", "dessen", "what", "compared", "gegenüber"].contains(words[index])
                    // (Not "fell to a tenth of their 2021 level": a change to a fraction, read as such.)
                    || (Self.levelOwners.contains(words[index])
                        && !(token > 0 && ["to", "auf"].contains(words[token - 1]))
                        && words[(index + 1)..<min(words.count, index + 3)].contains(where: Self.levelNouns.contains))
            }),
            let mention = periodMentions.first(where: {
                let at = tokenIndex(of: $0.range.lowerBound)
                return at > marker && at - marker <= 12
            }), marker + 1 < tokens.count,
            // (Past a comma it is another clause's: "…, the 2023 data show".)
            !text[tokens[marker + 1].range.lowerBound..<mention.range.lowerBound].contains(",")
        else { return nil }
        return (mention, marker)
    }

    /// "des Werts", "their 2014 level": a level of the same trade in another year.
    static let levelNouns: Set<String> = [
        "level", "levels", "value", "total", "werts", "wertes", "niveaus", "stands", "volumens", "umfangs",
    ]
    /// ("more than eight times the level of 1985": the article as an owner too.)
    static let levelOwners: Set<String> = ["its", "their", "ihres", "seines", "des", "ihr", "sein", "the"]

    /// A sum of money said against another period: right before "more/mehr … than/als" and a period,
    /// or after "extra/additional/zusätzliche" with "compared with/gegenüber" and a period. The
    /// comparison's direction, or nil.
    func moneyAgainstAnotherPeriod(_ figure: Figure, at figureToken: Int) -> Int? {
        let end = tokenIndex(of: figure.range.upperBound)
        var direction: Int?
        var marker: Int?
        if end < words.count, let more = Lexicon.comparisonDirection(words[end]),
            let gap = gap(after: figure, upTo: end), !gap.contains(where: { ",;:–—-(".contains($0) }),
            let than = (end + 1..<min(words.count, end + 6)).first(where: { ["than", "als"].contains(words[$0]) })
        {
            (direction, marker) = (more, than)
        } else if figureToken > 0,
            ["extra", "additional", "zusätzliche", "zusätzlich", "zusätzlichen"].contains(words[figureToken - 1]),
            let compared = (end..<min(words.count, end + 10)).first(where: {
                ["compared", "gegenüber", "than", "als", "over"].contains(words[$0])
            })
        {
            (direction, marker) = (1, compared)
        }
        guard let direction, let marker,
            let mention = periodMentions.first(where: {
                let at = tokenIndex(of: $0.range.lowerBound)
                return at > marker && at - marker <= 8
            }),
            !others.contains(where: { $0.token > marker && $0.token < tokenIndex(of: mention.range.lowerBound) }),
            // ("$1.4bn more to Britain than it bought from it in the first eight months of 2016": the other flow
            // after "than" makes it a difference of the two flows in one period.)
            !cues.flows.contains(where: { cue in
                cue.token > marker && cue.token < tokenIndex(of: mention.range.lowerBound)
                    && (cue.flow == .exports || cue.flow == .imports)
            })
        else { return nil }
        return direction
    }

    /// "mehr als doppelt so hoch wie im gesamten Jahr 2019", "ein Zwanzigstel dessen, was sie damals
    /// eingeführt hatten", "twice what it was in 2019": the same partner and flow in another period,
    /// named after the comparison's "wie"/"as"/"dessen", with no other country there. The figure's own
    /// period is the one named before it, else the context's.
    func comparisonAcrossPeriods(_ draft: inout FigureDraft) -> Bool {
        let figureEnd = tokenIndex(of: draft.figure.range.upperBound)
        // "rund ein Zehntel des Vorkriegsniveaus", "a third of its pre-pandemic level": the year before the event.
        if let year = levelBeforeEvent(after: figureEnd),
            let own = ownPeriod(before: draft.token) ?? contextPeriod ?? discourse.period, own != .single(.year(year))
        {
            draft.period = own
            draft.comparedPeriod = .single(.year(year))
            return true
        }
        // "2021 … fast 30 Milliarden Dollar – fast achtmal so viel wie heute", "twice as much as today": the latest
        // year published when the article appeared, against the period named before.
        if (figureEnd..<min(words.count, figureEnd + 6)).contains(where: { marker in
            ["wie", "as", "than", "als"].contains(words[marker])
                && words[(marker + 1)..<min(words.count, marker + 3)].contains(where: {
                    ["heute", "today", "now", "jetzt", "derzeit", "currently", "nowadays"].contains($0)
                })
        }),
            let latest = periods.date?.latestPublishedYear, let own = ownPeriod(before: draft.token),
            own != .single(.year(latest)), !own.last.isMonth
        {
            draft.period = own
            draft.comparedPeriod = .single(.year(latest))
            return true
        }
        guard let (mention, marker) = periodAfterComparison(draft.figure, from: draft.token),
            !others.contains(where: { $0.token > marker && $0.token <= marker + 12 && $0.code != draft.partner }),
            let own = ownPeriod(before: draft.token) ?? contextPeriod ?? discourse.period
        else { return false }
        // ("… 87 Milliarden Dollar, das ist doppelt so viel wie vor zehn Jahren": years before the figure's own.)
        var compared = resolvePeriod(mention)
        if compared == nil, case .yearsBefore(let count, _) = mention.kind, own.isSingle, !own.last.isMonth {
            compared = .single(.year(own.last.year - count))
        }
        guard let compared, own != compared else { return false }
        draft.period = own
        draft.comparedPeriod = compared
        return true
    }

    /// The money figure of this sentence that a multiple points back to: "…, das ist etwa ein Zehntel dessen, was",
    /// "…, which is about a tenth of what", "…; that is twice the figure for Japan" (a pointer and a verb of being in
    /// the few words before the multiple, the last money value before it).
    func figurePointedBack(from figureToken: Int, earlier: [FoundClaim]) -> FoundClaim? {
        let window = max(0, figureToken - 5)..<figureToken
        guard
            let pointer = window.first(where: {
                ["das", "dies", "that", "this", "which", "was", "it"].contains(words[$0])
            }),
            words[(pointer + 1)..<figureToken].contains(where: {
                ["ist", "is", "sind", "are", "war", "was", "were", "waren", "entspricht", "equals", "macht"].contains(
                    $0)
            })
        else { return nil }
        let anchor = scalarOffset(tokens[pointer].range.lowerBound)
        return earlier.last {
            $0.sentence == facts.sentence && $0.unit == .usd && $0.kind == .value && $0.claimedEnd <= anchor
        }
    }

    /// A change's period as the level it ends at: "2014–2015" → 2015.
    static func endOfChange(_ period: ClaimPeriod) -> ClaimPeriod {
        if case .span(_, let end) = period { return .single(end) }
        return period
    }

    /// A multiple read as one flow of a pair against the other, in the frame (partner, period) of the figure it is said
    /// against.
    private func compareFlows(
        _ draft: inout FigureDraft, own: Flow, ownToken: Int?, compared: Flow, _ partner: String?,
        _ period: ClaimPeriod?
    ) {
        (draft.flow, draft.flowToken) = (own, ownToken)
        draft.comparedFlow = compared
        draft.partner = partner ?? draft.partner
        draft.period = period ?? draft.period
    }

    /// "nearly twice as much to Mexico as to China", "fast doppelt so viel nach Mexiko wie nach China": both
    /// sides after the multiple, the first before the "as"/"wie" that names the second.
    func sidesAfterMultiple(_ figureToken: Int) -> (own: CountryMention, compared: CountryMention)? {
        guard let own = others.first(where: { $0.token > figureToken && $0.token <= figureToken + 6 }),
            let than = words.indices.first(where: { index in
                index >= own.token + own.count && index <= own.token + own.count + 3
                    && ["than", "als", "as", "wie"].contains(words[index])
            }),
            let compared = others.first(where: { $0.token > than && $0.token <= than + 3 && $0.code != own.code })
        else { return nil }
        return (own, compared)
    }

    /// "Imports from Germany were more than twice that", "exports were less than half that amount", "Die Importe
    /// waren mehr als doppelt so hoch.": a multiple whose other side is the amount named just before it (in its
    /// sentence, else the last of the sentence before), compared in the one respect the two differ: the flow, the
    /// country or the period. `false` when they differ in none (or only in ways a ratio cannot be checked in).
    func comparisonWithTheAmountBefore(_ draft: inout FigureDraft, earlier: [FoundClaim]) -> Bool {
        guard draft.figure.unit == .ratio, draft.figure.refersBack else { return false }
        let traded: Set<Flow> = [.exports, .imports]
        guard
            let before = earlier.last(where: {
                $0.sentence == facts.sentence && $0.kind == .value && $0.unit == .usd
                    && $0.claimedStart < scalarOffset(draft.figure.range.lowerBound)
            }).map({ FigureFrame(flow: $0.flow, partner: $0.partner, period: $0.period, product: $0.product) })
                ?? discourse.lastFrames.last
        else { return false }
        let ownPartner = others.isEmpty ? nil : draft.partner
        if let flow = before.flow, traded.contains(flow), traded.contains(draft.flow), flow != draft.flow,
            draft.flowToken != nil, ownPartner == nil || ownPartner == before.partner
        {
            compareFlows(
                &draft, own: draft.flow, ownToken: draft.flowToken, compared: flow, before.partner,
                namesPeriod ? nil : before.period)
        } else if let own = ownPartner, let partner = before.partner, own != partner, partner != "WORLD",
            before.flow == draft.flow || draft.flowToken == nil
        {
            // (The period stays the clause's or the article's: "Gegenüber 2003 … 18 Mrd. … Der Handel mit China ist
            // fast zehnmal so groß" speaks of now, not of the look back.)
            draft.comparedPartner = partner
            if let flow = before.flow { draft.flow = flow }
            if draft.period == nil { draft.period = before.period }
        } else if namesPeriod, let period = before.period, let own = draft.period, own != period,
            before.flow == draft.flow, ownPartner == nil || ownPartner == before.partner
        {
            draft.comparedPeriod = period
            if let partner = before.partner { draft.partner = partner }
        } else {
            return false
        }
        draft.product = before.product
        return true
    }

    /// A multiple whose other side the sentence does not name after it: "from $46.5 billion in 2017 …
    /// to $114.4 billion in 2023, roughly two and a half times as much" (the change over the span of the
    /// two values before it); "Germany has a tenth of the deficit; the gap with China is more than five
    /// times as large" (the other partner named before it, or the article's).
    func comparisonWithoutItsOtherSide(_ draft: inout FigureDraft, earlier: [FoundClaim]) {
        // "Trump sagt, die Chinesen verkauften den Amerikanern sechsmal so viel, wie sie von ihnen kaufen. Stimmt das?
        // – Nach der amerikanischen Statistik ist es gut das Vierfache.": a bare multiple, with no flow or country of
        // its own, right after a multiple that compared two sides, answers it: the same two sides.
        if draft.figure.unit == .ratio, cues.flows.isEmpty, others.isEmpty, earlier.isEmpty,
            discourse.sentencesSinceMultiple <= 3, let multiple = discourse.lastMultiple
        {
            draft.flow = multiple.flow
            draft.partner = multiple.partner
            draft.period = multiple.period
            draft.product = multiple.product
            draft.comparedFlow = multiple.comparedFlow
            draft.comparedPartner = multiple.comparedPartner
            return
        }
        // "… Waren für rund 130 Milliarden Dollar nach China geliefert und fast viermal so viel von dort bezogen",
        // "sold $130 billion of goods to China and bought nearly four times as much": the multiple's own flow is the
        // verb after it, the other side the money figure of the other flow before it.
        if draft.figure.unit == .ratio,
            let previous = earlier.last(where: {
                $0.sentence == facts.sentence && $0.kind == .value && $0.unit == .usd
                    && ($0.flow == .exports || $0.flow == .imports)
            }),
            let own = reporterSidedFlows().first(where: { $0.token > draft.token && $0.token <= draft.token + 8 }),
            own.flow != previous.flow
        {
            compareFlows(
                &draft, own: own.flow, ownToken: own.token, compared: previous.flow, previous.partner, previous.period)
            return
        }
        // "Italien lieferte Waren für 69 Milliarden Dollar in die USA. Die Amerikaner verkauften umgekehrt nicht einmal
        // halb so viel nach Italien", "… The Americans sold it barely a third as much": a multiple with no other side
        // in its sentence, its own flow the verb around it, against the other flow of the sentence before, with the
        // same partner.
        if draft.figure.unit == .ratio,
            !words[draft.token...].contains(where: { ["wie", "as", "than", "als", "dessen", "what"].contains($0) }),
            let previous = discourse.lastFrames.last, let previousFlow = previous.flow,
            previousFlow == .exports || previousFlow == .imports,
            previous.partner == draft.partner || (others.isEmpty && previous.partner != nil),
            case let sided = reporterSidedFlows(), sided.count == 1, let own = sided.first,
            own.flow != previousFlow, abs(own.token - draft.token) <= 6
        {
            compareFlows(
                &draft, own: own.flow, ownToken: own.token, compared: previousFlow, previous.partner, previous.period)
            return
        }
        // "Die Importe legten um 0,6 Prozent zu, die Ausfuhren um 11 Prozent – doch die Einfuhren sind zweieinhalbmal so
        // groß": a multiple with no other side, its own flow named right before it, against the other flow of a figure
        // its sentence named before, for the same partner.
        // (The first "as" of "two and a half times as large" is the multiple's own.)
        let figureEnd = tokenIndex(of: draft.figure.range.upperBound)
        if draft.figure.unit == .ratio,
            !(draft.token..<words.count).contains(where: { index in
                ["wie", "as", "than", "als", "dessen", "what"].contains(words[index])
                    && !(words[index] == "as" && index <= figureEnd + 1)
            }),
            case let sided = reporterSidedFlows(), sided.count > 1,
            let own = sided.last(where: { $0.token < draft.token && draft.token - $0.token <= 6 }),
            let previous = earlier.last(where: {
                $0.sentence == facts.sentence && ($0.flow == .exports || $0.flow == .imports) && $0.flow != own.flow
                    && $0.partner == draft.partner && $0.claimedEnd <= scalarOffset(tokens[own.token].range.lowerBound)
            })
        {
            compareFlows(
                &draft, own: own.flow, ownToken: own.token, compared: previous.flow, previous.partner,
                namesPeriod ? nil : previous.period.map(Self.endOfChange))
            return
        }
        // "Das ist 1,6-mal so viel, wie sie dorthin verkauften": the figure of the sentence before against the other
        // flow named after "wie".
        if draft.figure.unit == .ratio, draft.token <= 4,
            Lexicon.pointBackWords.contains(words.first ?? ""),
            let previous = discourse.lastFrames.last, let previousFlow = previous.flow,
            previousFlow == .exports || previousFlow == .imports,
            let marker = (draft.token..<min(words.count, draft.token + 8)).first(where: {
                ["wie", "as", "than", "als"].contains(words[$0])
            }),
            let after = reporterSidedFlows().first(where: { $0.token > marker }), after.flow != previousFlow
        {
            compareFlows(
                &draft, own: previousFlow, ownToken: draft.flowToken, compared: after.flow, previous.partner,
                previous.period)
            return
        }
        let values = earlier.filter { $0.kind == .value && $0.unit == .usd && $0.partner == draft.partner }
        if values.count >= 2, case .single(let first)? = values[values.count - 2].period,
            case .single(let last)? = values.last?.period, first < last, first.isMonth == last.isMonth
        {
            draft.kind = .change
            draft.period = .span(first, last)
            if let flow = values.last?.flow { draft.flow = flow }
            return
        }
        let before = others.last { $0.token < draft.token && $0.code != draft.partner }?.code
        if let other = before ?? discourse.partner, other != draft.partner, other != "WORLD" {
            draft.comparedPartner = other
            draft.comparedSideCarried = before == nil
        }
    }

    /// "Three product groups accounted for nearly 90% …: fertilizers (HS 31), precious metals (HS 71)
    /// and inorganic chemicals (HS 28)", "Die drei Warengruppen … machten zusammen": a count of
    /// products with as many named in the sentence; empty otherwise.
    /// ", the last including enriched uranium for American reactors,", ", darunter Platin,": whether a token stands in an
    /// aside that says what an item of a list includes, opened after a comma and not yet closed by one (a look back
    /// of at most 16 words).
    func inGoodsAside(_ token: Int) -> Bool {
        let openers: Set<String> = ["including", "darunter", "einschließlich", "inklusive"]
        guard token > 0 else { return false }
        for index in stride(from: token, through: max(1, token - 16), by: -1) {
            if index < token, clauseCommaBetween(index, index + 1) { return false }
            guard openers.contains(words[index]) else { continue }
            var start = index
            while start >= 2, ["the", "last", "latter", "die", "der", "letzte", "letztere"].contains(words[start - 1]) {
                start -= 1
            }
            return start < token && clauseCommaBetween(start - 1, start)
        }
        return false
    }

    func productsCounted(before figureToken: Int) -> [String] {
        // "Fertilizers alone … . Together with precious metals and inorganic chemicals, they made up almost
        // nine-tenths": the goods the sentence before named, with those listed after "together with".
        if let together = words.indices.first(where: { index in
            index + 1 < figureToken
                && (words[index] == "together" && words[index + 1] == "with"
                    || words[index] == "zusammen" && words[index + 1] == "mit")
        }),
            // ("Düngemittel allein machten … aus, zusammen mit Platin … waren es knapp zwei Drittel": the goods the
            // same sentence named before.)
            let earlier = cues.products.last(where: { $0.token < together && !Lexicon.isChapterGroup($0.code) })?.code
                ?? discourse.product,
            words[together..<figureToken].contains(where: {
                ["they", "sie", "these", "diese", "beide", "es"].contains($0)
            })
        {
            var codes = [earlier]
            for product in cues.products
            where product.token > together && product.token < figureToken && !Lexicon.isChapterGroup(product.code)
                && !insideParenthesis(tokens[product.token].range) && !codes.contains(product.code)
            {
                codes.append(product.code)
            }
            if codes.count >= 2 { return codes }
        }
        let nouns: Set<String> = [
            "product", "products", "groups", "categories", "chapters", "goods", "items", "warengruppen",
            "produktgruppen", "kapitel", "gruppen", "produkte", "warenkategorien",
        ]
        // "fertilizers, platinum-group metals and inorganic chemicals made up nearly nine-tenths": goods
        // listed as the figure's subject, joined by commas and "and", close before it.
        // ("inorganic chemicals": two words of one chapter count once, at the last.)
        var listed: [(token: Int, code: String, listed: Bool)] = []
        // ("(read: enriched uranium for American reactors)", ", the last including enriched uranium for American
        // reactors,": an aside names no goods of the list.)
        func aside(_ token: Int) -> Bool { insideParenthesis(tokens[token].range) || inGoodsAside(token) }
        for product in cues.products
        where product.token < figureToken && !Lexicon.isChapterGroup(product.code) && !aside(product.token) {
            if let previous = listed.last, previous.code == product.code, product.token - previous.token <= 2 {
                listed[listed.count - 1] = product
            } else {
                listed.append(product)
            }
        }
        if listed.count >= 2, let last = listed.last,
            (last.token..<figureToken).filter({ !aside($0) }).count <= 6,
            zip(listed, listed.dropFirst()).allSatisfy({ pair in
                // ("chapter 84 (computers, storage, machinery) and chapter 85 (…) together": an aside between does not
                // part them.)
                (pair.0.token..<pair.1.token).filter({ !aside($0) }).count <= 5
                    && (text[tokens[pair.0.token].range.upperBound..<tokens[pair.1.token].range.lowerBound].contains(
                        ",")
                        || words[pair.0.token..<pair.1.token].contains {
                            ["and", "und", "sowie", "or", "oder"].contains($0)
                        })
            }),
            words[listed[listed.count - 2].token..<last.token].contains(where: { ["and", "und", "sowie"].contains($0) })
        {
            var codes: [String] = []
            for product in listed where !codes.contains(product.code) { codes.append(product.code) }
            if codes.count >= 2 { return codes }
        }
        // "entfiel fast die Hälfte der US-Einfuhren aus Tschechien auf Maschinen (Kapitel 84) sowie elektrische
        // Maschinen (Kapitel 85)": the goods listed after "auf", which the part falls on.
        if let auf = ((figureToken + 1)..<min(words.count, figureToken + 10)).first(where: { words[$0] == "auf" }) {
            var after: [(token: Int, code: String, listed: Bool)] = []
            for product in cues.products
            where product.token > auf && !Lexicon.isChapterGroup(product.code) && !aside(product.token) {
                if let previous = after.last {
                    let between = (previous.token..<product.token).filter { !aside($0) }
                    guard between.count <= 6 else { break }
                    if previous.code == product.code { continue }
                    // (Joined by "und"/"sowie" alone: not past a comma, "auf Düngemittel, dazu kommen Platin …", "auf
                    // Maschinen, gefolgt von …", which names goods beside the part or after it.)
                    let commaOutsideAsides = (previous.token..<product.token).contains { index in
                        !aside(index) && !aside(index + 1) && commaBetween(index, index + 1)
                    }
                    guard !commaOutsideAsides,
                        words[previous.token..<product.token].contains(where: {
                            ["and", "und", "sowie"].contains($0)
                        })
                    else { break }
                } else if product.token - auf > 4 {
                    break
                }
                after.append(product)
            }
            var codes: [String] = []
            for product in after where !codes.contains(product.code) { codes.append(product.code) }
            if codes.count >= 2 { return codes }
        }
        guard
            let count = words.indices.lazy.compactMap({ index -> Int? in
                guard index + 1 < self.words.count,
                    let number = RankFinder.cardinals[self.words[index]] ?? Int(self.words[index]),
                    (2...10).contains(number)
                else { return nil }
                let next = self.words[(index + 1)..<min(self.words.count, index + 3)]
                return next.contains(where: nouns.contains) ? number : nil
            }).first
        else { return [] }
        var codes: [String] = []
        for product in cues.products where !codes.contains(product.code) && !Lexicon.isChapterGroup(product.code) {
            codes.append(product.code)
        }
        return codes.count == count ? codes : []
    }

    /// "That was about 7% of everything the U.S. bought, and it was down 4% from 2023", after a sentence about mineral
    /// fuels: a share or change whose subject is a pronoun, opening the sentence or a clause after ", and", with no flow
    /// word or country of its own before the figure, is of the goods the sentence before measured.
    func pronounsGoods(before figureToken: Int) -> Product? {
        // (Only goods a claim of the sentence before measured, and that sentence spoke of.)
        guard discourse.sentencesSinceClaimedGoods == 0, let carried = discourse.claimedGoods,
            discourse.product == carried,
            let pronoun = (max(0, figureToken - 5)..<figureToken).first(where: { index in
                ["it", "that", "this", "es", "das", "dies"].contains(words[index])
                    && (index == 0
                        || (["and", "und", "but", "aber"].contains(words[index - 1]) && index >= 2
                            && commaBetween(index - 2, index - 1)))
            }),
            !cues.flows.contains(where: { $0.token > pronoun && $0.token < figureToken }),
            !facts.mentions.contains(where: { $0.token > pronoun && $0.token < figureToken })
        else { return nil }
        return .hs(carried)
    }

    /// "$45 billion a month", "täglich 1,5 Milliarden Dollar", "a combined $1.9 trillion since 2017",
    /// "Von 2017 bis 2020 summierte sich das Minus auf 200 Mrd.": an average per unit of time, or a
    /// sum over the years of the span the clause names.
    func averageAndSum(_ claim: inout FoundClaim, _ draft: FigureDraft) {
        let end = tokenIndex(of: draft.figure.range.upperBound)
        let start = draft.token
        // ("$666.9 billion, about $1.8 billion a day": the words around the figure stop at the next figure and at the
        // one before; the rate is the next one's.)
        let nextFigure =
            figures.map { tokenIndex(of: $0.range.lowerBound) }.filter { $0 >= end }.min() ?? words.count
        let previousFigure =
            figures.map { tokenIndex(of: $0.range.upperBound) }.filter { $0 <= start }.max() ?? 0
        // ("the gap reached $136.7 billion, and there was still a month to count": nor past a comma.)
        let nextComma = (max(1, end)..<min(words.count, end + 6)).first { commaBetween($0 - 1, $0) } ?? words.count
        let after = words[
            min(end, words.count)..<max(min(end, words.count), min(words.count, end + 6, nextFigure, nextComma))]
        let before = words[max(0, start - 4, previousFigure)..<start]
        let near = Array(before) + Array(after)
        // ("The US Census Bureau, which publishes its country tables about five weeks after each month closes, put
        // American purchases … at just under $14bn for 2023": not in a relative clause the figure is not in.)
        // (", as loaded ships left the ports almost daily": nor in a subordinate clause past the figure.)
        let clauseIndices = withoutRelativeClauses(draft.clause.clamped(to: 0..<words.count), keeping: draft.token)
        let clauseWords = clauseIndices.filter { $0 <= end || !clauseBreak(from: end, to: $0) }.map { words[$0] }
        func per(_ units: Set<String>, _ single: Set<String>) -> Bool {
            for (index, word) in near.enumerated() where units.contains(word) && index > 0 {
                if ["a", "per", "pro", "each", "every", "im", "am", "jeden", "an", "single"].contains(near[index - 1]) {
                    return true
                }
            }
            // "Jeden Tag wechseln Waren im Wert von fast 1,6 Milliarden Dollar …": anywhere in the clause.
            for (index, word) in clauseWords.enumerated() where units.contains(word) && index > 0 {
                // ("Every single day last year": the same.)
                // ("an jedem einzelnen Tag" too.)
                if ["per", "pro", "each", "every", "jeden", "jedem"].contains(clauseWords[index - 1])
                    || (["single", "einzelnen"].contains(clauseWords[index - 1]) && index > 1
                        && ["every", "each", "jedem", "jeden"].contains(clauseWords[index - 2]))
                {
                    return true
                }
            }
            return clauseWords.contains { single.contains($0) }
        }
        // ("Monat für Monat für 6,8 bis 8,3 Milliarden Dollar", "month after month": each month.)
        let monthAfterMonth = clauseWords.indices.dropLast(2).contains { (index: Int) -> Bool in
            let word = clauseWords[index]
            guard word == "monat" || word == "month" else { return false }
            let link = clauseWords[index + 1]
            return (link == "für" || link == "after" || link == "by") && clauseWords[index + 2] == word
        }
        if monthAfterMonth
            || per(
                ["month", "monat"],
                ["monatlich", "monatliche", "monatlichen", "monthly-average", "monatsdurchschnitt", "monatsschnitt"])
                && !after.starts(with: ["month"])
        {
            claim.averagePer = .month
        } else if per(["day", "tag"], ["täglich", "daily", "tagesdurchschnitt"]) {
            claim.averagePer = .day
        }
        let clause = words[contrastBounded(draft.clause, around: draft.token).clamped(to: 0..<words.count)]
        let sumWords: Set<String> = [
            "combined", "cumulative", "cumulatively", "altogether", "summierte", "summierten", "summiert",
            "kumuliert", "kumulierte", "zusammengerechnet", "zusammengenommen", "aufsummiert",
        ]
        // ("also amerikanische Ausfuhren und Einfuhren zusammengenommen", "exports and imports combined": the two
        // flows added up, total trade, not a sum over years.)
        let flowsCombined = clause.indices.contains { index in
            sumWords.contains(clause[index])
                && Set(clause[max(clause.startIndex, index - 4)..<index].compactMap(Lexicon.flow(of:))).isSuperset(
                    of: [.exports, .imports])
        }
        // ("Added up over the decade from 2015 through 2024, the surpluses come to …", "Summed over the five years
        // from 2020 to 2024": the sum over the span.)
        let addedUp = clause.indices.dropLast().contains { index in
            ["added", "adding", "add", "adds"].contains(clause[index]) && clause[index + 1] == "up"
        }
        let cumulative =
            !flowsCombined
            && (clause.contains(where: sumWords.contains) || (clause.contains("all") && clause.contains("told"))
                || addedUp || clause.contains(where: { ["summed", "addiert", "aufaddiert"].contains($0) })
                // ("In the three years since President Biden took office, the deficit with Korea has totaled $123.9
                // billion": "totaled" over a span since a year or a term began, or over the past years.)
                || (clause.contains(where: { ["totaled", "totalled", "accumulated"].contains($0) })
                    && periodMentions.contains(where: { mention in
                        switch mention.kind {
                        case .since(let start): return !start.isMonth
                        case .lastYears(let count): return count >= 2
                        default: return false
                        }
                    })))
        // The span the clause names: "since 2017", "von 2017 bis 2020", "between 2012 and 2015".
        var span: (Period, Period)?
        for mention in periodMentions {
            let token = tokenIndex(of: mention.range.lowerBound)
            guard draft.clause.contains(token) || token < draft.token else { continue }
            // ("ein Überschuss von 6,8 Milliarden Dollar, und das ist keine Ausnahme: Seit 2008 haben die Amerikaner
            // …": a span past a colon or semicolon after the figure is the next clause's.)
            if mention.range.lowerBound >= draft.figure.range.upperBound,
                text[draft.figure.range.upperBound..<mention.range.lowerBound].contains(where: { ":;".contains($0) })
            {
                continue
            }
            // (A term of office's period starts with the year before, the base of a change; its sum starts with
            // the term.)
            let shift = mention.termOfOffice ? 1 : 0
            switch mention.kind {
            case .range(let a, let b) where !a.isMonth && !b.isMonth && b.year > a.year + shift:
                span = (.year(a.year + shift), b)
            case .since(let a) where !a.isMonth:
                if let latest = periods.date?.latestPublishedYear, latest > a.year + shift {
                    span = (.year(a.year + shift), .year(latest))
                }
            case .lastYears(let count):
                // "averaged $71 billion a year over the past five years": the five full years published.
                if let latest = periods.date?.latestPublishedYear { span = (.year(latest - count + 1), .year(latest)) }
            default: break
            }
        }
        // ("Over the agreement's first decade, the United States has run a cumulative goods surplus of more than $136
        // billion with Australia", "seit Inkrafttreten des Abkommens summierten sich die Überschüsse auf …": a sum over
        // the years from the agreement's start, its first ones where a count says so.)
        if span == nil, cumulative, periodMentions.allSatisfy({ resolvePeriod($0) == nil }),
            words.contains(where: { word in
                Lexicon.agreementWords.contains(word) || word.hasPrefix("agreement") || word.hasPrefix("abkommen")
            }),
            let start = Lexicon.agreementStart(
                named: words, partner: draft.partner ?? discourse.partner, year: periods.date?.year),
            let latest = periods.date?.latestPublishedYear, latest > start
        {
            let first = words.indices.first(where: { ["first", "ersten"].contains(words[$0]) })
            let count = first.flatMap { index -> Int? in
                let next = words[(index + 1)..<min(words.count, index + 3)]
                if next.contains(where: { ["decade", "jahrzehnt"].contains($0) }) { return 10 }
                guard let number = next.first.flatMap({ PeriodFinder.counts[$0] ?? Int($0) }),
                    next.contains(where: { ["years", "jahre", "jahren"].contains($0) })
                else { return nil }
                return number
            }
            span = (.year(start), .year(min(latest, start + (count ?? latest - start + 1) - 1)))
        }
        guard let span else {
            // "a combined $90.7 billion in deficits since this agreement took effect": a sum over years the
            // sentence does not name.
            if cumulative { claim.sumOverUnnamedSpan = true }
            return
        }
        // ("in jedem einzelnen Jahr einen Überschuss, zusammengerechnet mehr als 160 Milliarden": every year, then
        // summed; a word of summing says the sum.)
        let perYear =
            (per(["year", "jahr"], ["jährlich", "annually", "jahresdurchschnitt"]) && !cumulative)
            || (before + after).contains { ["average", "durchschnittlich", "schnitt", "durchschnitt"].contains($0) }
        if cumulative || perYear || claim.averagePer != nil {
            claim.period = .span(span.0, span.1)
            claim.cumulative = true
            if perYear, claim.averagePer == nil { claim.averagePer = .year }
        }
    }
}

extension Array {
    /// The longest run at the end whose elements each pass `test` with the element before them
    /// (`nil` for the run's first element).
    fileprivate func suffix(while test: (Element, Element?) -> Bool) -> [Element] {
        guard let last else { return [] }
        var run = [last]
        var index = count - 1
        while index > 0, test(self[index], self[index - 1]) {
            run.insert(self[index - 1], at: 0)
            index -= 1
        }
        return run
    }
}

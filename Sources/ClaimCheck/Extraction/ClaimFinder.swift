import Foundation
import TradeModel

/// Finds the numeric trade claims in an article: splits it into sentences, finds figures,
/// countries, flows and periods in each, and carries countries, flows and periods over from
/// earlier sentences where a sentence leaves them out, as a reader would.
public struct ClaimFinder: Sendable {
    let countries: CountryMatcher
    let catalog: CountryCatalog

    /// The reporter whose statistics the store holds; named or not, articles about its trade mean it.
    public var homeReporter = "USA"

    public init(catalog: CountryCatalog = .bundled) {
        self.catalog = catalog
        self.countries = CountryMatcher(catalog: catalog)
    }

    /// What earlier sentences established.
    private struct Context {
        var partner: String?
        var reporter: String?
        var flow: Flow?
        var period: ClaimPeriod?
        var product: Product?
        var sentencesSinceTrade = 99
    }

    /// The claims of an article.
    /// - Parameters:
    ///   - language: the article's language (see ``LanguageDetector``).
    ///   - referenceYear: the publication year, for "last year" / "im Vorjahr".
    public func claims(in text: String, language: Language, referenceYear: Int?) -> [FoundClaim] {
        let figures = FigureExtractor(language: language)
        let periods = PeriodFinder(referenceYear: referenceYear)
        var context = Context()
        var result: [FoundClaim] = []
        for sentence in SentenceSplitter().split(text) {
            let found = analyze(sentence, figures: figures, periods: periods, context: &context, referenceYear: referenceYear)
            result += found
        }
        return result
    }

    // MARK: - One sentence

    private struct Cues {
        var flows: [(token: Int, flow: Flow)] = []
        var peak: Int?
        var record = false
        var trough = false
        var rank: Int?
        var rankObject = false
        var ordinal = 1
        var share = false
        var change = false
        var decline = false
        var deficit = false
        var surplus = false
        var products: [(token: Int, code: String)] = []
    }

    private func cues(_ tokens: [Token]) -> Cues {
        var cues = Cues()
        for (index, token) in tokens.enumerated() {
            let word = token.lower
            if let flow = Lexicon.flow(of: word) { cues.flows.append((index, flow)) }
            if Lexicon.isPeak(word) {
                cues.peak = cues.peak ?? index
                if word.hasPrefix("rekord") || word.hasPrefix("record") { cues.record = true }
            }
            if Lexicon.isTrough(word) {
                cues.peak = cues.peak ?? index
                cues.trough = true
            }
            if Lexicon.isRank(word) {
                cues.rank = cues.rank ?? index
                if word.hasPrefix("zweitgrößt") || word.hasPrefix("second") { cues.ordinal = 2 }
                if word.hasPrefix("drittgrößt") || word.hasPrefix("third") { cues.ordinal = 3 }
            }
            if word == "second" || word == "second-largest" || word == "zweitgrößte" { cues.ordinal = 2 }
            if Lexicon.isRankObject(word) { cues.rankObject = true }
            if Lexicon.isShare(word) { cues.share = true }
            if Lexicon.isChange(word) { cues.change = true }
            if Lexicon.isDecline(word) { cues.decline = true }
            if Lexicon.isDeficit(word) { cues.deficit = true }
            if Lexicon.isSurplus(word) { cues.surplus = true }
            if let code = Lexicon.product(of: word) { cues.products.append((index, code)) }
        }
        return cues
    }

    private func analyze(
        _ sentence: TextSpan, figures: FigureExtractor, periods: PeriodFinder, context: inout Context,
        referenceYear: Int?
    ) -> [FoundClaim] {
        let text = sentence.text
        let tokens = tokenize(text)
        let mentions = countries.mentions(in: tokens)
        let periodMentions = periods.periods(in: text)
        let allFigures = figures.figures(in: text)
        let cues = cues(tokens)
        context.sentencesSinceTrade += 1

        func tokenIndex(of position: String.Index) -> Int {
            tokens.firstIndex { $0.range.upperBound > position } ?? tokens.count
        }
        func scalarOffset(_ index: String.Index) -> Int {
            sentence.start + text.unicodeScalars.distance(from: text.startIndex, to: index)
        }

        // Who: the home reporter and the first other country named (or the one before).
        let others = mentions.filter { $0.code != homeReporter && $0.code != "WORLD" }
        let namesHome = mentions.contains { $0.code == homeReporter }
        var reporter = homeReporter
        var partner = others.first?.code
        if !namesHome, others.count >= 2, others[0].form != .name || others[1].form == .name {
            // "Germany's exports to China": neither side is the home reporter.
            let first = others[0], second = others[1]
            if first.form == .genitive || first.form == .adjective || first.form == .prefix {
                reporter = first.code
                partner = second.code
            }
        }

        let hasTradeWord = !cues.flows.isEmpty || cues.rankObject
        let continues = context.flow != nil && context.sentencesSinceTrade <= 2
        guard hasTradeWord || continues else { return [] }
        // A sentence that names countries but no trade word starts a new topic.
        if !hasTradeWord, !mentions.isEmpty, allFigures.isEmpty { return [] }

        if partner == nil { partner = context.partner }
        if reporter == homeReporter, let contextReporter = context.reporter, others.isEmpty, !namesHome {
            reporter = contextReporter
        }

        var result: [FoundClaim] = []

        func flow(near position: String.Index) -> (Flow, Int?) {
            let token = tokenIndex(of: position)
            let before = cues.flows.filter { $0.token <= token }.last
            let after = cues.flows.first { $0.token > token }
            if let before, token - before.token <= 12 { return (before.flow, before.token) }
            if let after { return (after.flow, after.token) }
            if let before { return (before.flow, before.token) }
            return (context.flow ?? .total, nil)
        }

        /// Whether the partner is the sender of exports (or the receiver of imports), which
        /// seen from the home reporter is the other flow.
        func mirrored(_ flow: Flow, flowToken: Int?) -> Bool {
            guard let flowToken, flow.isStored, reporter == homeReporter else { return false }
            for mention in others {
                let distance = flowToken - (mention.token + mention.count - 1)
                if distance >= 0, distance <= 2, mention.form != .name { return true }
                if distance < 0, -distance <= 4 {
                    let between = tokens[(flowToken + 1)..<mention.token].map(\.lower)
                    if between.contains(where: { ["from", "aus", "stammende", "stammenden"].contains($0) }) {
                        return flow == .exports
                    }
                    if between.contains(where: { ["to", "nach", "in"].contains($0) }) { return flow == .imports }
                }
                // "aus Russland stammende Exporte"
                if distance > 0, distance <= 4 {
                    let between = tokens[(mention.token + mention.count)..<flowToken].map(\.lower)
                    if between.contains(where: { $0.hasPrefix("stammend") }) { return flow == .exports }
                }
            }
            // "Russia exported to the United States"
            if let home = mentions.first(where: { $0.code == homeReporter }), home.token > flowToken,
                home.token - flowToken <= 4
            {
                let between = tokens[(flowToken + 1)..<home.token].map(\.lower)
                if between.contains(where: { ["to", "nach", "in"].contains($0) }) { return flow == .exports }
                if between.contains(where: { ["from", "aus"].contains($0) }) { return flow == .imports }
            }
            return false
        }

        /// Figures and flow words split a sentence into clauses; a period after a figure
        /// belongs to it only if no other figure or flow word comes between.
        let figureStarts = allFigures.map(\.range.lowerBound)
        func period(near position: String.Index) -> ClaimPeriod? {
            let singles = periodMentions.filter {
                if case .single = $0.kind { return true }
                if case .same = $0.kind { return true }
                return false
            }
            let positionToken = tokenIndex(of: position)
            let after = singles.first { mention in
                guard mention.range.lowerBound > position else { return false }
                let periodToken = tokenIndex(of: mention.range.lowerBound)
                let blocked = figureStarts.contains { $0 > position && $0 < mention.range.lowerBound }
                    || cues.flows.contains { $0.token > positionToken && $0.token < periodToken }
                return !blocked
            }
            let before = singles.last { $0.range.upperBound <= position }
            var chosen: PeriodMention?
            if let after, let before {
                chosen = distance(after.range, position, text) < distance(before.range, position, text) ? after : before
            } else {
                chosen = after ?? before
            }
            // Only a period later in the sentence, past other words: still the sentence's period
            // unless earlier sentences set one.
            if chosen == nil, context.period == nil {
                chosen = singles.first { $0.range.lowerBound > position }
            }
            guard let nearest = chosen else { return context.period.map { .single($0.last) } }
            if case .single(let period) = nearest.kind { return .single(period) }
            return context.period.map { .single($0.last) }
        }

        func span(latest: Int?) -> ClaimPeriod? {
            for mention in periodMentions {
                if case .range(let a, let b) = mention.kind { return .span(a, b) }
                if case .since(let a) = mention.kind, let latest { return .span(a, .year(latest)) }
            }
            let years = periodMentions.compactMap { mention -> Period? in
                if case .single(let period) = mention.kind { return period }
                return nil
            }
            if years.count >= 2 { return .span(years[0], years[years.count - 1]) }
            if let year = years.first ?? context.period?.last {
                if case .month(let y, let m) = year { return .span(.month(y - 1, m), year) }
                return .span(.year(year.year - 1), year)
            }
            return nil
        }

        var claimedFlow: Flow?
        var claimedPeriod: ClaimPeriod?
        for figure in allFigures {
            var (flowValue, flowToken) = flow(near: figure.range.lowerBound)
            if mirrored(flowValue, flowToken: flowToken) { flowValue = flowValue == .exports ? .imports : .exports }
            var kind = ClaimKind.value
            var value = figure.value
            var claimPeriod = period(near: figure.range.lowerBound)
            var product = Product.total
            let figureToken = tokenIndex(of: figure.range.lowerBound)
            if figure.unit == .percent {
                if cues.share {
                    kind = .share
                } else if cues.change {
                    kind = .change
                    if cues.decline { value = -abs(value) }
                    claimPeriod = span(latest: referenceYear.map { $0 - 1 })
                } else {
                    continue
                }
            } else {
                if let nearest = cues.products.min(by: { abs($0.token - figureToken) < abs($1.token - figureToken) }),
                    abs(nearest.token - figureToken) <= 8
                {
                    product = .hs(nearest.code)
                    kind = .composition
                }
                // A peak word governs the figures of its own clause: "peaked in May 2014 at 12.5 billion".
                if let peakToken = cues.peak, kind == .value, peakToken < figureToken, figureToken - peakToken <= 10,
                    !figureStarts.contains(where: { tokenIndex(of: $0) > peakToken && tokenIndex(of: $0) < figureToken })
                {
                    kind = cues.record ? .record : .peak
                }
                if flowValue == .balance {
                    if cues.deficit { value = -abs(value) } else if cues.surplus { value = abs(value) }
                }
            }
            if claimPeriod == nil { claimPeriod = context.period }
            result.append(
                FoundClaim(
                    sentence: sentence, kind: kind, reporter: reporter, partner: partner, flow: flowValue,
                    product: product, period: claimPeriod, claimedText: figure.text,
                    claimedStart: scalarOffset(figure.range.lowerBound), claimedEnd: scalarOffset(figure.range.upperBound),
                    value: value, unit: figure.unit, hedge: figure.hedge, rounding: figure.rounding,
                    lowest: cues.trough, rankedCountry: nil, rank: 1))
            claimedFlow = flowValue
            claimedPeriod = claimPeriod
        }

        // Peaks and records named by their period, without a figure: "exports peaked in May 2014".
        let moneyFigures = allFigures.filter { $0.unit != .percent }
        if let peakToken = cues.peak, moneyFigures.isEmpty, !cues.flows.isEmpty || continues,
            let mention = periodMentions.first(where: {
                if case .single = $0.kind { return true }
                return false
            }), case .single(let claimed) = mention.kind
        {
            let (flowValue, flowToken) = flow(near: tokens[peakToken].range.lowerBound)
            var resolvedFlow = flowValue
            if mirrored(flowValue, flowToken: flowToken) { resolvedFlow = flowValue == .exports ? .imports : .exports }
            result.append(
                FoundClaim(
                    sentence: sentence, kind: cues.record ? .record : .peak, reporter: reporter, partner: partner,
                    flow: resolvedFlow, product: .total, period: .single(claimed), claimedText: mention.text,
                    claimedStart: scalarOffset(mention.range.lowerBound), claimedEnd: scalarOffset(mention.range.upperBound),
                    value: nil, unit: .none, hedge: .exact, rounding: 0, lowest: cues.trough, rankedCountry: nil,
                    rank: 1))
            claimedFlow = resolvedFlow
            claimedPeriod = .single(claimed)
        }

        // Rankings: "Canada was the largest market for US exports", "die EU ist der größte Handelspartner".
        if cues.rank != nil, cues.rankObject, let ranked = mentions.first(where: { $0.code != homeReporter }) {
            let (flowValue, _) = flow(near: ranked.range.lowerBound)
            var rankFlow = cues.flows.isEmpty ? Flow.total : flowValue
            let words = tokens.map(\.lower)
            if words.contains(where: { $0.hasPrefix("abnehmer") || $0 == "market" || $0 == "markets" || $0 == "destination" || $0.hasPrefix("absatzmarkt") || $0 == "customer" || $0 == "buyer" }) {
                rankFlow = .exports
            } else if words.contains(where: { $0.hasPrefix("lieferant") || $0 == "supplier" || $0 == "source" }) {
                rankFlow = .imports
            } else if words.contains(where: { $0.hasPrefix("handelspartner") || $0 == "partner" }) {
                rankFlow = cues.flows.first(where: { $0.flow != .total })?.flow ?? .total
            }
            let rankPeriod = period(near: ranked.range.lowerBound)
            result.append(
                FoundClaim(
                    sentence: sentence, kind: .rank, reporter: homeReporter, partner: nil, flow: rankFlow,
                    product: .total, period: rankPeriod, claimedText: String(text[ranked.range]),
                    claimedStart: scalarOffset(ranked.range.lowerBound), claimedEnd: scalarOffset(ranked.range.upperBound),
                    value: nil, unit: .none, hedge: .exact, rounding: 0, lowest: false, rankedCountry: ranked.code,
                    rank: cues.ordinal))
            claimedPeriod = claimedPeriod ?? rankPeriod
        }

        // Composition without a figure: "vor allem Düngemittel", "mainly fertilizers".
        let words = tokens.map(\.lower)
        if moneyFigures.isEmpty, let product = cues.products.first,
            words.contains(where: { ["mainly", "mostly", "chiefly", "primarily", "largely", "vor", "hauptsächlich", "überwiegend", "vorwiegend", "allen"].contains($0) }),
            cues.flows.contains(where: { $0.flow == .imports || $0.flow == .exports }) || continues
        {
            let token = tokens[product.token]
            let (flowValue, flowToken) = flow(near: token.range.lowerBound)
            var resolvedFlow = flowValue
            if mirrored(flowValue, flowToken: flowToken) { resolvedFlow = flowValue == .exports ? .imports : .exports }
            result.append(
                FoundClaim(
                    sentence: sentence, kind: .composition, reporter: reporter, partner: partner,
                    flow: resolvedFlow.isStored ? resolvedFlow : .imports, product: .hs(product.code),
                    period: period(near: token.range.lowerBound), claimedText: String(token.text),
                    claimedStart: scalarOffset(token.range.lowerBound), claimedEnd: scalarOffset(token.range.upperBound),
                    value: nil, unit: .none, hedge: .exact, rounding: 0, lowest: false, rankedCountry: nil, rank: 1))
        }

        // Remember what this sentence established.
        if let partner, partner != context.partner || !others.isEmpty { context.partner = partner }
        if reporter != homeReporter || namesHome || !others.isEmpty { context.reporter = reporter }
        if let flow = claimedFlow ?? cues.flows.first?.flow { context.flow = flow }
        if let claimedPeriod {
            context.period = claimedPeriod
        } else if let first = periodMentions.first(where: { if case .single = $0.kind { return true }; return false }),
            case .single(let period) = first.kind
        {
            context.period = .single(period)
        }
        if hasTradeWord { context.sentencesSinceTrade = 0 }
        return result
    }
}

/// Characters between a period mention and a figure (0 when they touch).
private func distance(_ range: Range<String.Index>, _ position: String.Index, _ text: String) -> Int {
    if range.contains(position) { return 0 }
    if range.upperBound <= position { return text.distance(from: range.upperBound, to: position) }
    return text.distance(from: position, to: range.lowerBound) + 1
}

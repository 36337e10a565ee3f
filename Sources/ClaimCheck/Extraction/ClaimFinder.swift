import Foundation
import TradeModel

/// Finds the numeric trade claims in an article: splits it into sentences, finds figures,
/// countries, flows and periods in each, and carries countries, flows and periods over from
/// earlier sentences where a sentence leaves them out, as a reader would.
public struct ClaimFinder: Sendable {
    let countries: CountryMatcher
    let catalog: CountryCatalog

    /// What the lexicon said about words seen before, shared by all checks.
    private let wordCache = WordCache()

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
        var sentencesSinceShare = 99
        var deficit = false
        var sentencesSinceTrade = 99
        /// The product the previous sentence was about, for "It accounted for 28% of …".
        var product: String?
        /// The frames of the previous sentence's money figures, for "… respectively".
        var lastFrames: [(flow: Flow, partner: String?, period: ClaimPeriod?)] = []
    }

    /// The claims of an article.
    /// - Parameters:
    ///   - language: the article's language (see ``LanguageDetector``).
    ///   - date: the publication date, for "last year", "im Vorjahr", "last month", "im April".
    public func claims(in text: String, language: Language, date: PublicationDate?) -> [FoundClaim] {
        let referenceYear = date?.year
        let figures = FigureExtractor(language: language)
        let periods = PeriodFinder(date: date)
        var context = Context()
        var lexicon = wordCache.snapshot()
        var result: [FoundClaim] = []
        for sentence in SentenceSplitter().split(text) {
            let found = analyze(
                sentence, figures: figures, periods: periods, context: &context, lexicon: &lexicon,
                referenceYear: referenceYear)
            result += found
        }
        wordCache.merge(lexicon)
        for index in result.indices { result[index].publicationDate = date }
        return result
    }

    // MARK: - One sentence

    private struct Cues {
        var flows: [(token: Int, flow: Flow)] = []
        var trough = false
        var rankObject = false
        var share = false
        var change = false
        var decline = false
        var deficit = false
        var surplus = false
        var combined = false
        var world = false
        var products: [(token: Int, code: String, listed: Bool)] = []
    }

    /// Nouns after "trade" that make it a topic, not a flow: "trade agreement", "trade war".
    static let notAFlowAfterTrade: Set<String> = [
        "agreement", "agreements", "war", "wars", "deal", "deals", "policy", "policies", "representative", "talks",
        "dispute", "disputes", "tensions", "barriers", "office", "minister", "ministry", "secretary", "pact",
        "negotiations", "negotiator", "negotiators", "law", "laws", "rules", "commission", "organization", "act",
        "remedy", "remedies", "adviser", "advisor", "team", "truce", "conflict", "fight",
    ]

    /// Words that start a clause of causes or comparisons: what follows is not the figure's frame.
    private static let causeWords: Set<String> = [
        "as", "because", "weil", "helped", "thanks", "dank", "driven", "led", "due", "wegen", "while", "während",
        "whereas", "wohingegen", "including", "darunter", "such", "wie", "like",
    ]

    private static let listWords: Set<String> = [
        "allem", "mainly", "mostly", "chiefly", "including", "such", "like", "wie", "from", "dank", "darunter",
        "etwa", "insbesondere", "particularly", "especially", "helped", "thanks", "dank", "driven", "led",
        "because", "weil", "wegen", "due",
    ]

    /// Lexicon results for words already seen, shared across articles (bounded).
    final class WordCache: @unchecked Sendable {
        private let lock = NSLock()
        private var words: [String: WordInfo] = [:]

        func snapshot() -> [String: WordInfo] {
            lock.lock()
            defer { lock.unlock() }
            return words
        }

        func merge(_ seen: [String: WordInfo]) {
            lock.lock()
            defer { lock.unlock() }
            if seen.count > 50_000 { return }
            words = seen
        }
    }

    /// What the lexicon says about one word; computed once per distinct word.
    struct WordInfo {
        var flow: Flow?
        var trough = false
        var rankObject = false
        var share = false
        var change = false
        var decline = false
        var comparative: (change: Bool, decline: Bool) = (false, false)
        var deficit = false
        var surplus = false
        var product: String?

        init(_ word: String) {
            flow = Lexicon.flow(of: word)
            trough = Lexicon.isTrough(word)
            rankObject = Lexicon.isRankObject(word)
            share = Lexicon.isShare(word)
            change = Lexicon.isChange(word)
            decline = Lexicon.isDecline(word)
            comparative = Lexicon.comparative(word)
            deficit = Lexicon.isDeficit(word)
            surplus = Lexicon.isSurplus(word)
            product = Lexicon.product(of: word)
        }
    }

    private func cues(_ tokens: [Token], lexicon: inout [String: WordInfo]) -> Cues {
        var cues = Cues()
        let words = tokens.map(\.lower)
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            let info: WordInfo
            if let known = lexicon[word] {
                info = known
            } else {
                info = WordInfo(word)
                lexicon[word] = info
            }
            // "Ein- und Ausfuhren", "Aus- und Einfuhren", "im- and exports": both flows, together.
            if ["ein", "aus", "ex", "im", "export", "import"].contains(word), next == "und" || next == "and",
                index + 2 < words.count, words[index + 2].contains("fuhr") || words[index + 2].contains("port"),
                tokens[index].range.upperBound < tokens[index].text.base.endIndex,
                tokens[index].text.base[tokens[index].range.upperBound] == "-"
            {
                let other = Lexicon.flow(of: words[index + 2])
                cues.flows.append((index, other == .exports ? .imports : .exports))
            }
            if word == "minus" || word == "plus", index > 0,
                ["ein", "das", "dem", "des", "the", "a", "einem"].contains(words[index - 1]),
                !(next.first?.isNumber ?? false)
            {
                // "ein Minus von 295 Milliarden", "Das US-Minus mit Italien": a balance.
                cues.flows.append((index, .balance))
                if word == "minus" { cues.deficit = true } else { cues.surplus = true }
            } else if let flow = info.flow, !(flow == .total && Self.notAFlowAfterTrade.contains(next)) {
                // "Trade Agreement", "trade war": the word names no flow.
                cues.flows.append((index, flow))
            } else if word.hasPrefix8("führ") {
                // German separable verbs: "führten … ein" (imports), "führten … aus" (exports).
                let rest = words[(index + 1)...].prefix(14)
                if rest.contains("ein") {
                    cues.flows.append((index, .imports))
                } else if rest.contains("aus") {
                    cues.flows.append((index, .exports))
                }
            }
            if info.trough { cues.trough = true }
            if info.rankObject { cues.rankObject = true }
            if info.share { cues.share = true }
            if info.change { cues.change = true }
            if info.decline { cues.decline = true }
            // "more than 25 percent" is a hedge on the figure; "higher than in 2023" a comparison.
            let afterNext = index + 2 < words.count ? words[index + 2] : ""
            let afterNextIsYear = afterNext.count == 4 && Int(afterNext).map { (1950...2100).contains($0) } == true
            if info.comparative.change, next == "than" || next == "als",
                afterNextIsYear
                    || (afterNext.first?.isNumber != true && !["$", "€", "us$"].contains(afterNext)
                        && FigureExtractor.numberWord(afterNext) == nil)
            {
                cues.change = true
                if info.comparative.decline { cues.decline = true }
            }
            if info.deficit { cues.deficit = true }
            if info.surplus { cues.surplus = true }
            if ["zusammen", "combined", "together", "zusammengenommen"].contains(word) { cues.combined = true }
            if (word == "welt" || word == "world") && index >= 2 && ["mit", "with"].contains(words[index - 2]) {
                cues.world = true
            }
            if ["kapitel", "chapter", "hs", "hs-kapitel"].contains(word), next.count == 2, next.allSatisfy(\.isNumber) {
                cues.products.append((index + 1, next, false))
            } else if let code = info.product {
                let listed = words[max(0, index - 4)..<index].contains { Self.listWords.contains($0) }
                cues.products.append((index, code, listed))
            }
        }
        return cues
    }

    private func analyze(
        _ sentence: TextSpan, figures: FigureExtractor, periods: PeriodFinder, context: inout Context,
        lexicon: inout [String: WordInfo], referenceYear: Int?
    ) -> [FoundClaim] {
        let text = sentence.text
        let tokens = tokenize(text)
        let words = tokens.map(\.lower)
        let mentions = countries.mentions(in: tokens)
        let periodMentions = periods.periods(in: text)
        let cues = cues(tokens, lexicon: &lexicon)
        // What puts the whole sentence out of scope (another source, a forecast), read once.
        let sentenceScope = Lexicon.outOfScope([String](), sentence: text)
        context.sentencesSinceTrade += 1

        /// The first token ending after `position` (binary search: tokens are in order).
        func tokenIndex(of position: String.Index) -> Int {
            var low = 0, high = tokens.count
            while low < high {
                let middle = (low + high) / 2
                if tokens[middle].range.upperBound > position { high = middle } else { low = middle + 1 }
            }
            return low
        }
        func scalarOffset(_ index: String.Index) -> Int {
            sentence.start + text.unicodeScalars.distance(from: text.startIndex, to: index)
        }

        // Figures, without counts of people or things ("1,4 Milliarden Einwohner", "3 million barrels").
        let allFigures = figures.figures(in: text).compactMap { figure -> Figure? in
            var figure = figure
            if figure.unit == .usd, !figure.currencyExplicit {
                let next = tokenIndex(of: figure.range.upperBound)
                if next < tokens.count, Lexicon.isQuantityUnit(tokens[next].lower) {
                    figure.unit = .quantity
                    return figure
                }
            }
            return keep(figure) ? figure : nil
        }
        func keep(_ figure: Figure) -> Bool {
            // Tariff, tax and interest rates are not trade figures: "Zusatzzölle von 25 Prozent", "a 10% tariff".
            if figure.unit == .percent {
                let at = tokenIndex(of: figure.range.lowerBound)
                let near = words[max(0, at - 4)..<min(words.count, at + 4)]
                if near.contains(where: Lexicon.isRate) { return false }
            }
            guard !figure.currencyExplicit, figure.unit == .usd else { return true }
            let next = tokenIndex(of: figure.range.upperBound)
            guard next < tokens.count else { return true }
            let word = tokens[next].text
            if word.first?.isUppercase == true, !["US", "USD", "Dollar", "US-Dollar"].contains(String(word)) {
                return false
            }
            return ![
                "people", "barrels", "tons", "tonnes", "residents", "users", "workers", "jobs", "units", "inhabitants",
            ]
            .contains(word.lowercased())
        }

        // Who: the home reporter and the first other country named (or the one before).
        var others = mentions.filter { $0.code != homeReporter && $0.code != "WORLD" }
        let namesHome = mentions.contains { $0.code == homeReporter }
        var reporter = homeReporter
        var partner = others.first?.code
        if !namesHome, others.count >= 2 {
            let first = others[0], second = others[1]
            if first.form == .genitive || first.form == .adjective || first.form == .prefix, first.code != second.code {
                // "Germany's exports to China": neither side is the home reporter.
                reporter = first.code
                partner = second.code
            }
        }
        if cues.world, others.isEmpty || cues.flows.isEmpty == false {
            partner = "WORLD"
            others = []
        }

        let rankMentions = RankFinder.mentions(in: words).filter { $0.measure != nil }
        let hasTradeWord = !cues.flows.isEmpty || cues.rankObject || !rankMentions.isEmpty
        let continues = context.flow != nil && context.sentencesSinceTrade <= 2
        let productContext = !cues.products.isEmpty && context.partner != nil && context.sentencesSinceTrade <= 4
        guard hasTradeWord || continues || productContext else { return [] }
        if !hasTradeWord, !mentions.isEmpty, allFigures.isEmpty { return [] }

        // No partner named yet in the article: the reporter's trade with the world.
        if partner == nil { partner = context.partner ?? "WORLD" }
        if reporter == homeReporter, let contextReporter = context.reporter, others.isEmpty, !namesHome {
            reporter = contextReporter
        }

        var result: [FoundClaim] = []

        func flow(near position: String.Index) -> (Flow, Int?) {
            let token = tokenIndex(of: position)
            if cues.combined, cues.flows.contains(where: { $0.flow == .exports }),
                cues.flows.contains(where: { $0.flow == .imports })
            {
                return (.total, nil)
            }
            let before = cues.flows.filter { $0.token <= token }.last
            let after = cues.flows.first { $0.token > token }
            if let before, token - before.token <= 12 { return (before.flow, before.token) }
            if let after { return (after.flow, after.token) }
            if let before { return (before.flow, before.token) }
            // No flow word: goods going "nach Mexiko" / "to Mexico" are exports, "aus" / "from" imports.
            if let other = others.first, other.token > 0 {
                let previous = words[other.token - 1]
                if ["nach", "to"].contains(previous) { return (.exports, nil) }
                if ["aus", "from"].contains(previous) { return (.imports, nil) }
            }
            return (context.flow ?? .total, nil)
        }

        /// Whether the partner is the sender of exports (or the receiver of imports), which
        /// seen from the home reporter is the other flow.
        func mirrored(_ flow: Flow, flowToken: Int?) -> Bool {
            guard let flowToken, flow.isStored, reporter == homeReporter else { return false }
            for mention in others {
                let distance = flowToken - (mention.token + mention.count - 1)
                if distance >= 0, distance <= 2, mention.form != .name, mention.token != flowToken { return true }
                // "Deutschland lieferte …", "Russia exported …": the partner is the subject of a trade verb.
                let prepositions: Set<String> = [
                    "aus", "from", "nach", "to", "in", "into", "mit", "with", "von", "für", "for", "an", "by",
                ]
                let preposition = words[max(0, mention.token - 2)..<mention.token].contains {
                    prepositions.contains($0)
                }
                if distance >= 1, distance <= 2, mention.form == .name, !preposition,
                    tokens[flowToken].text.first?.isLowercase == true, flow == .exports || flow == .imports
                {
                    return true
                }
                if distance < 0, -distance <= 4 {
                    let between = tokens[(flowToken + 1)..<mention.token].map(\.lower)
                    if between.contains(where: { ["from", "aus", "stammende", "stammenden"].contains($0) }) {
                        return flow == .exports
                    }
                    if between.contains(where: { ["to", "nach", "in"].contains($0) }) { return flow == .imports }
                }
                if distance > 0, distance <= 4 {
                    let between = tokens[(mention.token + mention.count)..<flowToken].map(\.lower)
                    if between.contains(where: { $0.hasPrefix("stammend") }) { return flow == .exports }
                }
            }
            if let home = mentions.first(where: { $0.code == homeReporter }), home.token > flowToken,
                home.token - flowToken <= 10
            {
                let between = tokens[(flowToken + 1)..<home.token].map(\.lower)
                if between.contains(where: { ["to", "nach", "in"].contains($0) }) { return flow == .exports }
                if between.contains(where: { ["from", "aus"].contains($0) }) { return flow == .imports }
            }
            return false
        }

        /// The sentence's own year, if it names one.
        let ownYear: Period? = periodMentions.lazy.compactMap { mention -> Period? in
            if case .single(let period) = mention.kind { return period }
            return nil
        }.first
        let ownMonth: Period? = periodMentions.lazy.compactMap { mention -> Period? in
            if case .single(let period) = mention.kind, period.isMonth { return period }
            return nil
        }.first

        /// The year of a run of months or a month that names none: the sentence's own year, else
        /// the latest such period that had ended by the publication date, else the context's year.
        func impliedYear(lastMonth: Int, inclusive: Bool) -> Int? {
            if let date = periods.date {
                return (inclusive ? lastMonth <= date.month : lastMonth < date.month) ? date.year : date.year - 1
            }
            if let ownYear { return ownYear.year }
            return context.period?.last.year
        }

        /// A mention as the period a figure is about: a year, a month or a run of months.
        /// Each mention resolved once per sentence (the context does not change within it).
        var resolvedCache: [Int: ClaimPeriod?] = [:]
        func resolvePeriod(_ mention: PeriodMention) -> ClaimPeriod? {
            let key = text.utf8.distance(from: text.startIndex, to: mention.range.lowerBound)
            if let cached = resolvedCache[key] { return cached }
            let resolved = resolveUncached(mention)
            resolvedCache[key] = resolved
            return resolved
        }

        func resolveUncached(_ mention: PeriodMention) -> ClaimPeriod? {
            switch mention.kind {
            case .months(let first, let last, let year):
                guard let y = year ?? impliedYear(lastMonth: last, inclusive: false) else { return nil }
                if first == 1, last == 12 { return .single(.year(y)) }
                return .months(PeriodRange(.month(y, first), .month(y, last)))
            case .rolling(let lastMonth, let year, let count):
                guard let y = year ?? impliedYear(lastMonth: lastMonth, inclusive: false) else { return nil }
                var start = Period.month(y, lastMonth)
                for _ in 1..<max(count, 1) { start = start.previous }
                return .months(PeriodRange(start, .month(y, lastMonth)))
            case .yearToDate(let year):
                guard let date = periods.date else { return nil }
                let latest = date.latestPublishedMonth
                let y = year ?? date.year
                guard y <= latest.year else { return .months(PeriodRange(.month(y, 1), .month(y, 1))) }
                let lastMonth = y < latest.year ? 12 : (latest.month ?? 12)
                return lastMonth == 12 ? .single(.year(y)) : .months(PeriodRange(.month(y, 1), .month(y, lastMonth)))
            case .latestMonth:
                guard let date = periods.date else { return nil }
                return .single(Period.month(date.year, date.month).previous)
            case .previousMonth:
                guard let base = ownMonth ?? context.period?.last, base.isMonth else { return nil }
                return .single(base.previous)
            case .monthOnly(let month):
                guard let y = impliedYear(lastMonth: month, inclusive: true) else { return nil }
                return .single(.month(y, month))
            case .thisYear:
                guard let date = periods.date else { return nil }
                return .single(.year(date.year))
            case .lastNamedMonth(let month):
                guard let date = periods.date else { return nil }
                return .single(.month(month < date.month ? date.year : date.year - 1, month))
            case .samePeriodOf(let year):
                // "from January through February …, up from $54.4 billion in the same two months of 2017"
                for other in periodMentions where other.range != mention.range {
                    if case .months(let first, let last, _) = other.kind {
                        return .months(PeriodRange(.month(year, first), .month(year, last)))
                    }
                }
                switch context.period {
                case .months(let range)?, .rangeSpan(_, let range)?:
                    guard let first = range.first.month, let last = range.last.month,
                        range.first.year == range.last.year
                    else { return .single(.year(year)) }
                    return .months(PeriodRange(.month(year, first), .month(year, last)))
                case .single(let period)?:
                    return .single(period.month.map { .month(year, $0) } ?? .year(year))
                default:
                    return .single(.year(year))
                }
            case .same:
                // "im selben Zeitraum", "in the same period": the whole period of the sentences before.
                let lower = mention.text.lowercased()
                if lower.contains("zeitraum") || lower.contains("period") { return contextPeriod }
                return resolve(mention).map { .single($0) }
            case .previous:
                // "from January through September … from $554.7 billion a year earlier": the sentence's
                // own run of months, a year before.
                for other in periodMentions where other.range != mention.range {
                    if case .months = other.kind, case .months(let range)? = resolvePeriod(other) {
                        return .months(range.yearEarlier)
                    }
                }
                if ownYear == nil, case .months(let range) = context.period { return .months(range.yearEarlier) }
                if ownYear == nil, let base = context.period?.last, case .month(let y, let m) = base {
                    return .single(.month(y - 1, m))
                }
                return resolve(mention).map { .single($0) }
            default:
                return resolve(mention).map { .single($0) }
            }
        }

        func resolve(_ mention: PeriodMention) -> Period? {
            switch mention.kind {
            case .single(let period): return period
            case .same:
                // "im selben Jahr" after a month means that month's year.
                guard let last = context.period?.last else { return nil }
                let lower = mention.text.lowercased()
                return lower.contains("jahr") || lower.contains("year") ? .year(last.year) : last
            case .previous:
                if let base = ownYear ?? context.period?.last { return .year(base.year - 1) }
                return referenceYear.map { .year($0 - 1) }
            case .range, .since: return nil
            default:
                return resolvePeriod(mention).flatMap { period in
                    if case .single(let single) = period { return single }
                    return nil
                }
            }
        }

        /// Figures and flow words split a sentence into clauses; a period after a figure
        /// belongs to it only if no other figure or flow word comes between.
        let figureStarts = allFigures.map(\.range.lowerBound)
        func period(near position: String.Index, end: String.Index? = nil) -> ClaimPeriod? {
            let end = end ?? position
            let singles = periodMentions.filter { resolvePeriod($0) != nil }
            let positionToken = tokenIndex(of: position)
            let after = singles.first { mention in
                guard mention.range.lowerBound > position else { return false }
                // "close to its level a year earlier": a relative period after a figure is its period
                // only right after it ("the $16.2 billion of a year earlier").
                if case .previous = mention.kind, tokenIndex(of: mention.range.lowerBound) > tokenIndex(of: end) + 2 {
                    return false
                }
                let periodToken = tokenIndex(of: mention.range.lowerBound)
                let blocked =
                    figureStarts.contains { $0 > position && $0 < mention.range.lowerBound }
                    || cues.flows.contains { $0.token > positionToken && $0.token < periodToken }
                return !blocked
            }
            // A period right after a base figure is that figure's ("from $528.3 million in 2024").
            let before = singles.last { mention in
                guard mention.range.upperBound <= position else { return false }
                let periodToken = tokenIndex(of: mention.range.lowerBound)
                return !allFigures.contains { other in
                    let otherToken = tokenIndex(of: other.range.lowerBound)
                    return other.range.upperBound <= mention.range.lowerBound && other.range.lowerBound != position
                        && periodToken - tokenIndex(of: other.range.upperBound) <= 2
                        && words[max(0, otherToken - 3)..<otherToken].contains {
                            ["from", "von", "than", "als", "gegenüber", "compared", "against"].contains($0)
                        }
                }
            }
            var chosen: PeriodMention?
            if let after, let before {
                chosen = distance(after.range, end, text) < distance(before.range, position, text) ? after : before
            } else {
                chosen = after ?? before
            }
            if chosen == nil, context.period == nil {
                chosen = singles.first { $0.range.lowerBound > position && !isBasePeriod($0) }
            }
            guard let chosen, let resolved = resolvePeriod(chosen) else { return contextPeriod }
            return resolved
        }

        /// Whether a period belongs to a comparison's base ("from $44.6 billion in 2019", "than in 2023").
        func isBasePeriod(_ mention: PeriodMention) -> Bool {
            let token = tokenIndex(of: mention.range.lowerBound)
            return words[max(0, token - 5)..<token].contains {
                ["from", "von", "than", "als", "gegenüber", "compared", "against", "vom"].contains($0)
            }
        }

        /// What the sentences before established, as the period of a level (not a change).
        var contextPeriod: ClaimPeriod? {
            switch context.period {
            case .none: return nil
            case .single(let period): return .single(period)
            case .months(let range): return .months(range)
            case .span(_, let last): return .single(last)
            case .rangeSpan(_, let to): return .months(to)
            }
        }

        func span(latest: Int?) -> ClaimPeriod? {
            // "gegenüber dem Vormonat", "from the previous month": month on month.
            if periodMentions.contains(where: {
                if case .previousMonth = $0.kind { return true }; return false
            }),
                let base = ownMonth ?? context.period?.last, base.isMonth
            {
                return .span(base.previous, base)
            }
            // A run of months compares with the same months a year earlier; named as the base ("compared
            // with … in the same period of 2012"), it is the earlier of the two.
            for mention in periodMentions {
                if case .months(let range)? = resolvePeriod(mention) {
                    let token = tokenIndex(of: mention.range.lowerBound)
                    let isBase: Bool = {
                        if case .samePeriodOf = mention.kind { return true }
                        return words[max(0, token - 6)..<token].contains {
                            ["compared", "gegenüber", "than", "als", "vs", "versus", "from"].contains($0)
                        }
                    }()
                    if isBase {
                        let later = PeriodRange(
                            .month(range.first.year + 1, range.first.month ?? 1),
                            .month(range.last.year + 1, range.last.month ?? 12))
                        return .rangeSpan(range, later)
                    }
                    return .rangeSpan(range.yearEarlier, range)
                }
            }
            if ownYear == nil,
                periodMentions.allSatisfy({
                    if case .previous = $0.kind { return true }; return false
                }),
                case .months(let range)? = context.period
            {
                return .rangeSpan(range.yearEarlier, range)
            }
            for mention in periodMentions {
                if case .range(let a, let b) = mention.kind { return .span(a, b) }
                if case .since(let a) = mention.kind, let latest { return .span(a, .year(latest)) }
            }
            var years = periodMentions.compactMap { mention -> Period? in
                if case .previous = mention.kind { return nil }
                return resolve(mention)
            }
            // The latest period the change can reach: the context's, else the latest published year.
            func end(after base: Period) -> Period? {
                if let last = context.period?.last, last > base, last.isMonth == base.isMonth { return last }
                if !base.isMonth, let date = periods.date, date.latestPublishedYear > base.year {
                    return .year(date.latestPublishedYear)
                }
                return nil
            }
            // "seither", "since then": from the context's period to the latest.
            if words.contains(where: { ["seither", "seitdem"].contains($0) })
                || (words.contains("since") && words.contains("then")),
                let base = ownYear ?? context.period?.last, let latest = end(after: .year(base.year))
            {
                return .span(.year(base.year), latest)
            }
            // "gegenüber 2023", "compared with 2019", "from $402 million in March 2022": a period named
            // as the base; the change runs from it to the sentence's other period or the context's.
            let baseMarkers: Set<String> = [
                "gegenüber", "compared", "from", "than", "als", "seit", "since", "versus", "vs", "verglichen", "over",
                "vom", "von", "ab",
            ]
            let bases = periodMentions.filter { mention in
                let token = tokenIndex(of: mention.range.lowerBound)
                let before = words[max(0, token - 6)..<token]
                // "the lowest since 2010" is a record's, not the change's base.
                if before.contains(where: { RecordFinder.lowWords.contains($0) || RecordFinder.highWords.contains($0) })
                {
                    return false
                }
                return before.contains { baseMarkers.contains($0) }
            }.compactMap(resolve)
            if bases.count == 1, let base = bases.first {
                let others = years.filter { $0 != base && $0.isMonth == base.isMonth && $0 > base }
                if let other = others.last { return .span(base, other) }
                if years.allSatisfy({ $0 == base || $0 < base }), let latest = end(after: base) {
                    return .span(base, latest)
                }
            }
            if periodMentions.contains(where: {
                if case .previous = $0.kind { return true }; return false
            }) {
                if let base = years.first ?? context.period?.last {
                    return base.isMonth
                        ? .span(.month(base.year - 1, base.month!), base) : .span(.year(base.year - 1), base)
                }
            }
            years.sort()
            if years.count >= 2, years[0] != years[years.count - 1] { return .span(years[0], years[years.count - 1]) }
            if let year = years.first ?? context.period?.last {
                if case .month(let y, let m) = year { return .span(.month(y - 1, m), year) }
                return .span(.year(year.year - 1), year)
            }
            return nil
        }

        /// The product a figure is about: an explicit HS chapter, else the first product word of
        /// its clause that is not part of a list ("vor allem Maschinen", "from cars to machinery").
        func product(for figureToken: Int, window: Int = 12, after afterWindow: Int = 8) -> Product? {
            let candidates = cues.products.filter { !$0.listed && abs($0.token - figureToken) <= window }
            // An explicit chapter ("chapter 87 of the tariff schedule, … about $129 billion") before the
            // figure anywhere in its sentence, else one close after it.
            let chapters = cues.products.filter { !$0.listed && tokens[$0.token].text.allSatisfy(\.isNumber) }
            if let before = chapters.last(where: { $0.token < figureToken }) { return .hs(before.code) }
            if let explicit = candidates.first(where: { tokens[$0.token].text.allSatisfy(\.isNumber) }) {
                return .hs(explicit.code)
            }
            if let before = candidates.first(where: { $0.token < figureToken }) { return .hs(before.code) }
            // A product after the figure counts unless a list or cause comes between ("rose 3.2%, helped
            // by shipments of fuel and auto parts").
            if let after = cues.products.first(where: {
                !$0.listed && $0.token > figureToken && $0.token - figureToken <= afterWindow
            }),
                !words[figureToken..<after.token].contains(where: { Self.listWords.contains($0) })
            {
                return .hs(after.code)
            }
            return nil
        }

        /// Whether record words stand near a token ("on record", "ever", "since 2008", "Rekord").
        func recordWords(near token: Int) -> Bool {
            let window = words[max(0, token - 3)..<min(words.count, token + 6)]
            return window.contains { word in
                ["record", "ever", "since", "seit", "jemals", "je", "history", "rekord"].contains(word)
                    || word.hasPrefix("rekord") || word.hasPrefix("record")
            }
        }

        /// The tokens of a figure's own clause: from the end of the figure before it to the start of
        /// the one after it (or the sentence's ends).
        func clauseBounds(of figure: Figure) -> Range<Int> {
            let start =
                allFigures.last { $0.range.upperBound <= figure.range.lowerBound }
                .map { tokenIndex(of: $0.range.upperBound) } ?? 0
            let end =
                allFigures.first { $0.range.lowerBound >= figure.range.upperBound }
                .map { tokenIndex(of: $0.range.lowerBound) } ?? tokens.count
            return start..<max(start, end)
        }

        var claimedFlow: Flow?
        var claimedPeriod: ClaimPeriod?
        var percentKind: ClaimKind?
        // "$12.1 billion and $10.1 billion, respectively": a list of figures mapped in order onto the
        // frames before it: the countries the sentence lists, its earlier figures, or the previous
        // sentence's figures.
        var listedFrames: [Int: (flow: Flow?, partner: String?, period: ClaimPeriod?)] = [:]
        if let marker = words.firstIndex(where: { ["respectively", "beziehungsweise", "jeweils"].contains($0) }) {
            let listed = allFigures.indices.filter { tokenIndex(of: allFigures[$0].range.upperBound) <= marker }
                .suffix(while: { index, previous in
                    guard let previous else { return true }
                    let between = words[
                        tokenIndex(
                            of: allFigures[previous].range.upperBound)..<tokenIndex(
                                of: allFigures[index].range.lowerBound)]
                    return between.allSatisfy { ["and", "und", "bzw", "or", "oder"].contains($0) }
                })
            if listed.count >= 2 {
                let firstToken = tokenIndex(of: allFigures[listed[0]].range.lowerBound)
                let countriesBefore = others.filter { $0.token < firstToken }
                let earlier = allFigures.indices.filter { $0 < listed[0] }
                if earlier.count >= listed.count {
                    for (offset, index) in listed.enumerated() {
                        let frame = earlier[earlier.count - listed.count + offset]
                        let (f, _) = flow(near: allFigures[frame].range.lowerBound)
                        listedFrames[index] = (f, nil, nil)
                    }
                } else if countriesBefore.count >= listed.count {
                    for (offset, index) in listed.enumerated() {
                        listedFrames[index] = (
                            nil, countriesBefore[countriesBefore.count - listed.count + offset].code, nil
                        )
                    }
                } else if context.lastFrames.count >= listed.count {
                    for (offset, index) in listed.enumerated() {
                        let frame = context.lastFrames[context.lastFrames.count - listed.count + offset]
                        listedFrames[index] = (frame.flow, frame.partner, frame.period)
                    }
                }
            }
        }
        var sentenceFrames: [(flow: Flow, partner: String?, period: ClaimPeriod?)] = []

        for (figureIndex, figure) in allFigures.enumerated() {
            var (flowValue, flowToken) = flow(near: figure.range.lowerBound)
            let partnerSide = mirrored(flowValue, flowToken: flowToken)
            if partnerSide { flowValue = flowValue == .exports ? .imports : .exports }
            let clause = clauseBounds(of: figure)
            let clauseFlows = cues.flows.filter { clause.contains($0.token) }
            // "the deficit in trade with India", "die Lücke zwischen Ein- und Ausfuhren": a balance word
            // governs the clause's other flow words.
            if let balance = clauseFlows.first(where: { $0.flow == .balance }) {
                let named = Set(clauseFlows.map(\.flow))
                if flowValue == .total || (named.contains(.exports) && named.contains(.imports)) {
                    (flowValue, flowToken) = (.balance, balance.token)
                }
            } else if clauseFlows.isEmpty,
                let previous = result.last(where: { $0.sentence == sentence && $0.unit != .none })
            {
                // "… bei 125,4 Milliarden Dollar, ein Rekord und 7,8 Prozent mehr als im Jahr davor": a clause
                // without a flow word continues the sentence's previous figure.
                (flowValue, flowToken) = (previous.flow, nil)
            }
            // "accounted for 46% of the overall goods deficit", "Anteil … an den US-Importen": a share
            // is of the flow named right after it.
            if figure.unit == .percent,
                let whole = cues.flows.first(where: {
                    $0.token > tokenIndex(of: figure.range.lowerBound)
                        && $0.token <= tokenIndex(of: figure.range.lowerBound) + 6
                }),
                words[tokenIndex(of: figure.range.lowerBound)..<whole.token].contains(where: {
                    ["of", "der", "des", "an", "am", "aller"].contains($0)
                })
            {
                (flowValue, flowToken) = (whole.flow, whole.token)
            }
            var kind = ClaimKind.value
            var value = figure.value
            var claimPeriod = period(near: figure.range.lowerBound, end: figure.range.upperBound)
            var claimProduct = Product.total
            let figureToken = tokenIndex(of: figure.range.lowerBound)
            var signExplicit = false
            var comparedPartner: String?
            if figure.unit == .ratio {
                if figure.comparesTwo {
                    // "dreimal so groß wie das Defizit mit Deutschland": the partner after "wie"/"as"/"than".
                    kind = .comparison
                    let after = others.filter { $0.token > figureToken }
                    comparedPartner =
                        after.first { other in
                            words[figureToken..<other.token].contains {
                                ["wie", "as", "than", "als", "of"].contains($0)
                            }
                        }?.code
                } else {
                    kind = .change
                    claimPeriod = span(latest: periods.date?.latestPublishedYear ?? referenceYear.map { $0 - 1 })
                }
            } else if figure.unit == .percent {
                let following = words[min(figureToken + 1, words.count)..<min(figureToken + 4, words.count)]
                let ofTotal =
                    following.contains { ["der", "aller", "of", "des"].contains($0) }
                    && cues.flows.contains { $0.token > figureToken && $0.token - figureToken <= 6 }
                if cues.share || ofTotal {
                    kind = .share
                    if let product = product(for: figureToken, after: 14), product != .total {
                        kind = .composition
                        claimProduct = product
                    } else if let previous = context.product,
                        ["it", "they", "these", "those", "es", "sie", "diese", "dieser", "das", "this"].contains(
                            words.first ?? "")
                    {
                        // "Electrical machinery is the biggest category. It accounted for 28% of …"
                        kind = .composition
                        claimProduct = .hs(previous)
                    }
                } else if cues.change {
                    kind = .change
                    if cues.decline { value = -abs(value) }
                    claimPeriod = span(latest: referenceYear.map { $0 - 1 })
                    if let product = product(for: figureToken, window: 16) { claimProduct = product }
                } else if context.sentencesSinceShare <= 3 {
                    // "2017 hatte er noch bei 25 Prozent gelegen": a level, after a sentence about a share.
                    kind = .share
                } else {
                    continue
                }
                percentKind = kind == .composition ? .share : kind
            } else {
                if let product = product(for: figureToken) {
                    claimProduct = product
                    kind = .composition
                }
                if flowValue == .balance {
                    if cues.deficit {
                        value = -abs(value)
                    } else if cues.surplus {
                        value = abs(value)
                    }
                    signExplicit = cues.deficit || cues.surplus
                }
            }
            if claimPeriod == nil { claimPeriod = context.period }
            // One figure, one frame: the figure's own clause (from the figure before it to the one
            // after it) decides its partner first; what it leaves open becomes alternative readings.
            // "…, while buying $3.4 billion from Japan": a contrasting conjunction opens a new frame.
            let strongBreak = (clause.lowerBound..<figureToken).last {
                ["while", "whereas", "während", "wohingegen", "but", "aber", "jedoch", "doch"].contains(words[$0])
            }
            let partnerInClause = others.filter { mention in
                guard clause.contains(mention.token) else { return false }
                // "the second-largest after China's", "more than with Canada": a comparison's partner.
                if words[max(0, mention.token - 2)..<mention.token].contains(where: {
                    ["after", "behind", "hinter", "than", "als", "nach"].contains($0)
                }), mention.token < figureToken {
                    return false
                }
                if mention.token < figureToken { return strongBreak.map { mention.token > $0 } ?? true }
                // After the figure, a partner belongs to it unless a cause, a list or another flow
                // ("…, and exports to China …") comes between.
                return mention.token <= figureToken + 10 && mention.form != .adjective
                    && !words[figureToken..<mention.token].contains { Self.causeWords.contains($0) }
                    && !cues.flows.contains { cue in
                        cue.token > figureToken && cue.token < mention.token
                            && words[max(figureToken, cue.token - 2)..<cue.token].contains {
                                ["and", "und", "sowie", "while", "während", "but", "aber"].contains($0)
                            }
                    }
            }
            var figurePartner = partner
            if kind == .comparison {
                // The thing compared is the sentence's subject, not the partner after "wie"/"as".
                figurePartner =
                    partnerInClause.last(where: { $0.token < figureToken })?.code
                    ?? others.first(where: { $0.code != comparedPartner })?.code ?? context.partner
            } else if let own = partnerInClause.last(where: { $0.token < figureToken })
                ?? partnerInClause.first(where: { $0.token > figureToken })
            {
                figurePartner = own.code
            } else if kind != .share, kind != .composition,
                Lexicon.speaksOfTheWhole(
                    words[clause.clamped(to: 0..<words.count)].enumerated().filter { offset, word in
                        // "Der Warenaustausch insgesamt": both directions, not the world.
                        let index = clause.lowerBound + offset
                        return
                            !(["insgesamt", "overall"].contains(word) && index > 0
                            && cues.flows.contains { $0.token == index - 1 })
                    }.map(\.element)),
                !words.contains(where: {
                    ["two-way", "bilateral", "bilaterale", "bilateralen", "beiderseitige"].contains($0)
                })
            {
                figurePartner = "WORLD"
            } else if let previous = result.last(where: { $0.sentence == sentence && $0.unit != .none }) {
                // A clause without a partner of its own continues the sentence's previous figure.
                figurePartner = previous.partner
            }
            if let frame = listedFrames[figureIndex] {
                if let listedFlow = frame.flow { (flowValue, flowToken) = (listedFlow, nil) }
                if let listedPartner = frame.partner { figurePartner = listedPartner }
                // The list's period is the one after "respectively", else the frame's.
                let lastListed = listedFrames.keys.max() ?? figureIndex
                let listEnd = allFigures[lastListed].range.upperBound
                if let own = periodMentions.first(where: { $0.range.lowerBound >= listEnd }).flatMap(resolvePeriod) {
                    claimPeriod = own
                } else if let listedPeriod = frame.period {
                    claimPeriod = listedPeriod
                }
            }
            // "widened by $16.2 billion", "um 3,1 Milliarden Dollar gestiegen": a money figure that is a change.
            if figure.unit == .usd, kind == .value, cues.change, figureToken >= 1,
                ["by", "um"].contains(words[figureToken - 1])
                    || (figureToken >= 2 && ["by", "um"].contains(words[figureToken - 2])
                        && ["rund", "etwa", "about", "around", "nearly", "fast", "knapp", "gut", "some", "roughly"]
                            .contains(words[figureToken - 1]))
            {
                kind = .change
                if cues.decline { value = -abs(value) }
                claimPeriod = span(latest: referenceYear.map { $0 - 1 })
            }
            // "führten die USA davon Waren für 103 Millionen Dollar ein", "of which", "dieses Kapitels":
            // the goods named before.
            let clauseWords = words[clause.clamped(to: 0..<words.count)]
            if claimProduct == .total, figure.unit == .usd || kind == .change,
                clauseWords.contains(where: {
                    ["davon", "dafür", "hiervon", "thereof", "kapitels", "warengruppe"].contains($0)
                })
                    || (clauseWords.contains("of") && clauseWords.contains("which"))
                    || (["those", "these", "diese", "dieser"].contains(words.first ?? "") && cues.products.isEmpty)
            {
                if let named = cues.products.first?.code ?? context.product {
                    claimProduct = .hs(named)
                    if kind == .value { kind = .composition }
                }
            }
            if claimProduct != .total, flowValue == .exports, !(flowToken.map { clause.contains($0) } ?? false) {
                // Only imports have product detail; a product figure whose clause names no flow is read as imports.
                flowValue = .imports
            }
            var alternatives: [Reading] = []
            if figure.unit == .usd, kind == .value || kind == .composition, let claimPeriod, let figurePartner {
                let flowExplicit = flowToken.map { clause.contains($0) } ?? false
                var flows: [Flow] = flowExplicit ? [flowValue] : [flowValue, .exports, .imports, .total, .balance]
                if flowExplicit {
                    // Several flow words in one clause leave the figure's flow open among them; "trade"
                    // is often written for exports or imports alone.
                    flows += clauseFlows.map(\.flow)
                    if flowValue == .total { flows += [.exports, .imports] }
                }
                var partners = [figurePartner]
                if partnerInClause.isEmpty {
                    partners += ["WORLD"] + others.map(\.code)
                    if let inherited = context.partner { partners.append(inherited) }
                }
                var periodOptions = [claimPeriod]
                // A period written right by the figure is its own; any other is open: the sentence's
                // other periods, the context's, the year of a month, the latest year published.
                let figureEnd = tokenIndex(of: figure.range.upperBound)
                let periodAdjacent = periodMentions.contains { mention in
                    let token = tokenIndex(of: mention.range.lowerBound)
                    return token >= figureToken - 4 && token <= figureEnd + 3 && resolvePeriod(mention) == claimPeriod
                }
                if !periodAdjacent {
                    periodOptions += periodMentions.compactMap(resolvePeriod)
                    if let contextPeriod { periodOptions.append(contextPeriod) }
                    if case .single(let single) = claimPeriod, single.isMonth {
                        periodOptions.append(.single(.year(single.year)))
                    }
                    if let date = periods.date { periodOptions.append(.single(.year(date.latestPublishedYear))) }
                }
                var seen: Set<Reading> = [Reading(flow: flowValue, partner: figurePartner, period: claimPeriod)]
                outer: for f in flows {
                    for p in partners {
                        for q in periodOptions {
                            let reading = Reading(flow: f, partner: p, period: q)
                            if seen.insert(reading).inserted { alternatives.append(reading) }
                            if alternatives.count >= 40 { break outer }
                        }
                    }
                }
            }
            var found = FoundClaim(
                sentence: sentence, kind: kind, reporter: reporter, partner: figurePartner, flow: flowValue,
                product: claimProduct, period: claimPeriod, claimedText: figure.text,
                claimedStart: scalarOffset(figure.range.lowerBound),
                claimedEnd: scalarOffset(figure.range.upperBound),
                value: value, unit: figure.unit, hedge: figure.hedge, rounding: figure.rounding,
                lowest: cues.trough, rankedCountry: nil, rank: 1, signExplicit: signExplicit)
            found.alternatives = alternatives
            // "three-quarters of Canadian exports go to the United States": a share of the partner's own
            // trade, which the store (U.S.-reported) does not hold.
            if kind == .share, partnerSide, let code = figurePartner, code != "WORLD" { found.reporter = code }
            // A change of "trade" in general may be a change of one direction (the sentence's other
            // flow first).
            if kind == .change, flowValue == .total, let flowToken,
                ["trade", "handel", "trading", "commerce", "warenaustausch", "geschäft"].contains(words[flowToken]),
                !words.contains(where: {
                    ["zusammen", "combined", "two-way", "bilateral", "total", "plus"].contains($0)
                })
            {
                let named = cues.flows.map(\.flow).filter(\.isStored)
                found.flowReadings = (named + [.exports, .imports]).reduce(into: []) {
                    if !$0.contains($1) { $0.append($1) }
                }
            }
            found.comparedPartner = comparedPartner
            if figure.unit == .usd { sentenceFrames.append((flowValue, figurePartner, claimPeriod)) }
            found.outOfScope =
                sentenceScope
                ?? Lexicon.outOfScope(words[clause.clamped(to: 0..<words.count)], sentence: "")
            result.append(found)
            claimedFlow = flowValue
            claimedPeriod = claimPeriod
        }

        // Records and peaks: "a record $1.2 trillion", "so hoch wie nie", "the lowest since 2010",
        // "exports peaked in May 2014". Each takes the frame of the figure it speaks of, if any.
        let records = RecordFinder.mentions(in: words).filter { record in
            // "the largest market", "der größte Lieferant": rankings, not records.
            !rankMentions.contains { $0.token == record.start && record.sinceToken == nil }
        }
        if !records.isEmpty, !cues.flows.isEmpty || continues || result.contains(where: { $0.sentence == sentence }) {
            let sentenceFigures = result.filter { $0.sentence == sentence && $0.unit != .none }
            for record in records {
                let anchor = tokens[record.start].range.lowerBound
                let anchorOffset = scalarOffset(anchor)
                // The figure the record speaks of: the nearest before it, else the nearest after it.
                let figure =
                    sentenceFigures.last { $0.claimedEnd <= anchorOffset }
                    ?? sentenceFigures.first { $0.claimedStart >= anchorOffset }
                var (flowValue, flowToken) = flow(near: anchor)
                if mirrored(flowValue, flowToken: flowToken) { flowValue = flowValue == .exports ? .imports : .exports }
                if let balance = cues.flows.first(where: { $0.flow == .balance }), flowValue == .total,
                    abs(balance.token - record.start) <= 12
                {
                    flowValue = .balance
                }
                var recordPartner = partner
                if let figure, figure.kind == .value || figure.kind == .composition {
                    flowValue = figure.flow
                    recordPartner = figure.partner
                }
                // The period: the one named nearest the record (not the "since" year), else the figure's.
                let sinceRange = record.sinceToken.map { tokens[$0].range }
                let named = periodMentions.filter { mention in
                    // "rose to a record $74.9 billion, from $44.6 billion in 2019": not the record's period.
                    if isBasePeriod(mention) { return false }
                    guard let sinceRange else { return true }
                    return !mention.range.overlaps(sinceRange)
                }
                let nearest = named.min {
                    abs(tokenIndex(of: $0.range.lowerBound) - record.start)
                        < abs(tokenIndex(of: $1.range.lowerBound) - record.start)
                }
                var recordPeriod = nearest.flatMap(resolvePeriod)
                if let figure, figure.kind == .value, let figurePeriod = figure.period {
                    recordPeriod = recordPeriod ?? figurePeriod
                    if nearest.map({ tokenIndex(of: $0.range.lowerBound) }).map({ abs($0 - record.start) > 10 }) ?? true
                    {
                        recordPeriod = figurePeriod
                    }
                }
                recordPeriod = recordPeriod ?? contextPeriod
                guard let recordPeriod else { continue }
                var lowest = record.lowest
                if flowValue == .balance, cues.deficit || context.deficit, !cues.surplus { lowest = !lowest }
                // The span: the record words, with the period they name when it stands close by.
                var recordMark: (Int, Int)?
                var spanStart = tokens[record.start].range.lowerBound
                var spanEnd = tokens[record.end].range.upperBound
                if let nearest, record.sinceToken == nil,
                    abs(tokenIndex(of: nearest.range.lowerBound) - record.start) <= 24
                {
                    let unionStart = min(spanStart, nearest.range.lowerBound)
                    let unionEnd = max(spanEnd, nearest.range.upperBound)
                    let (from, to) = (scalarOffset(unionStart), scalarOffset(unionEnd))
                    if result.contains(where: {
                        $0.sentence == sentence && $0.claimedStart < to && $0.claimedEnd > from
                    }) {
                        // A figure stands between: the claim spans the period and the record words,
                        // and the article marks the record words alone.
                        recordMark = (scalarOffset(spanStart), scalarOffset(spanEnd))
                    }
                    (spanStart, spanEnd) = (unionStart, unionEnd)
                }
                var claim = FoundClaim(
                    sentence: sentence, kind: record.isPeak ? .peak : .record, reporter: reporter,
                    partner: recordPartner, flow: flowValue, product: figure?.product ?? .total, period: recordPeriod,
                    claimedText: String(text[spanStart..<spanEnd]), claimedStart: scalarOffset(spanStart),
                    claimedEnd: scalarOffset(spanEnd), value: nil, unit: .none, hedge: .exact, rounding: 0,
                    lowest: lowest, rankedCountry: nil, rank: record.position, signExplicit: false)
                if let since = record.sinceToken, let year = Int(words[since]) {
                    claim.recordSince = recordPeriod.last.isMonth ? .month(year, 12) : .year(year)
                }
                claim.recordMonthly = record.monthly
                // "the highest for any September on record": the same month of every year.
                if let month = recordPeriod.last.month,
                    words.contains(where: { ["any", "einen", "jeden"].contains($0) }),
                    words.contains(where: { PeriodFinder.months[$0] == month })
                {
                    claim.recordSameMonth = true
                }
                if let recordMark { (claim.markStart, claim.markEnd) = (recordMark.0, recordMark.1) }
                // "der Handel erreichte seinen Höhepunkt": the generic word may mean one direction.
                let generic = cues.flows.contains { cue in
                    cue.flow == .total
                        && ["trade", "handel", "trading", "commerce", "geschäft", "warenaustausch"]
                            .contains(words[cue.token])
                }
                let together = words.contains {
                    ["zusammen", "combined", "two-way", "bilateral", "total", "gesamt", "insgesamt", "plus"].contains(
                        $0)
                }
                if flowValue == .total, generic, !together {
                    let preferred = context.flow.flatMap { $0.isStored ? $0 : nil }
                    claim.flowReadings = ([preferred].compactMap { $0 } + [.exports, .imports]).reduce(into: []) {
                        if !$0.contains($1) { $0.append($1) }
                    }
                }
                claim.outOfScope = sentenceScope
                result.append(claim)
                claimedFlow = claimedFlow ?? flowValue
                claimedPeriod = claimedPeriod ?? recordPeriod
            }
        }

        // Rankings: "Canada was the largest market for US exports", "Russland liegt auf Rang 28",
        // "the seventh-largest trading partner", "nicht mehr der größte Lieferant".
        let ranks = rankMentions.filter { mention in
            // "the largest monthly deficit on record", "the biggest since 2008": a record, not a rank.
            if mention.position == 1, !mention.membership, recordWords(near: mention.token) { return false }
            return true
        }
        var rankedSpans: Set<Int> = []
        let overtakes = words.contains { word in
            [
                "overtook", "overtaken", "overtake", "überholt", "überholte", "abgelöst", "ablöste", "verdrängt",
                "verdrängte", "replaced", "displaced", "surpassed", "überflügelt", "eclipsed", "unseated",
            ]
            .contains(word)
        }
        // "China, for years the top supplier, is no longer the largest": the negated statement is the claim.
        for mention in ranks.filter(\.negated) + ranks.filter({ !$0.negated }) {
            // The country ranked: the first one named that is not a comparison ("after China",
            // "hinter Mexiko", "than Canada"), else the one the text is about.
            let excluded: Set<String> = [
                "after", "behind", "hinter", "nach", "than", "als", "vor", "ahead", "trailing", "following",
                "gefolgt", "followed",
            ]
            let candidates = others.filter { other in
                let before = words[max(0, other.token - 3)..<other.token]
                return !before.contains { excluded.contains($0) }
            }
            // The subject of "overtook" is ranked; otherwise the country nearest before the place,
            // else the first after it.
            var ranked =
                overtakes
                ? candidates.first
                : candidates.last { $0.token < mention.token } ?? candidates.first { $0.token > mention.token }
            // "Italien und Frankreich auf Platz 8 und 9": places listed in the order of the countries.
            let listedPlaces = ranks.filter { $0.measure == mention.measure && abs($0.token - mention.token) <= 6 }
            if listedPlaces.count > 1, listedPlaces.count == candidates.count,
                let place = listedPlaces.firstIndex(of: mention)
            {
                ranked = candidates[place]
            }
            guard let ranked, !rankedSpans.contains(ranked.token) else { continue }
            // "Kanada, Mexiko, Deutschland: die wichtigsten Partner": a list under one superlative is
            // not a ranking of one country.
            if mention.position == 1, !mention.membership,
                candidates.filter({ $0.token < mention.token }).count >= 3
            {
                continue
            }
            rankedSpans.insert(ranked.token)
            // A ranking's period: one written by it, else the context's year or run of months, else the
            // latest year published ("when the USMCA took effect in July 2020" is an event, not the period).
            // "today Russia does not make the top 50": now, the latest year published.
            let now = words[max(0, mention.token - 6)..<mention.token].contains {
                ["today", "now", "currently", "heute", "derzeit", "inzwischen", "mittlerweile", "längst"].contains($0)
            }
            let nearPeriod =
                now
                ? periods.date.map { ClaimPeriod.single(.year($0.latestPublishedYear)) }
                : periodMentions.first { candidate in
                    abs(tokenIndex(of: candidate.range.lowerBound) - mention.token) <= 6
                }.flatMap { resolvePeriod($0) }
            var contextRankPeriod: ClaimPeriod?
            switch contextPeriod {
            case .single(let period)? where !period.isMonth: contextRankPeriod = contextPeriod
            case .months?: contextRankPeriod = contextPeriod
            default: contextRankPeriod = nil
            }
            let rankPeriod: ClaimPeriod =
                nearPeriod ?? contextRankPeriod
                ?? periods.date.map { .single(.year($0.latestPublishedYear)) } ?? .single(.year(0))
            var claim = FoundClaim(
                sentence: sentence, kind: .rank, reporter: homeReporter, partner: nil,
                flow: mention.measure ?? .total, product: mention.product.map { .hs($0) } ?? .total,
                period: rankPeriod, claimedText: String(text[ranked.range]),
                claimedStart: scalarOffset(ranked.range.lowerBound), claimedEnd: scalarOffset(ranked.range.upperBound),
                value: nil, unit: .none, hedge: .exact, rounding: 0, lowest: false, rankedCountry: ranked.code,
                rank: mention.position, signExplicit: false)
            claim.rankMembership = mention.membership
            claim.rankNegated = mention.negated
            claim.rankBySurplus = mention.surplus
            claim.outOfScope = sentenceScope
            result.append(claim)
            claimedPeriod = claimedPeriod ?? rankPeriod
        }

        // A change without a figure: "zwischen 2014 und 2022 war der Handel drastisch eingebrochen",
        // "exports to China have fallen sharply since 2018".
        if allFigures.isEmpty, cues.change, !cues.flows.isEmpty || continues,
            let verb = words.indices.first(where: {
                Lexicon.isChange(words[$0]) && !["up", "plus"].contains(words[$0])
            }),
            case .span(let from, let to)? = span(
                latest: periods.date?.latestPublishedYear ?? referenceYear.map { $0 - 1 }),
            periodMentions.contains(where: {
                switch $0.kind {
                case .range, .since: return true
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
                sentence: sentence, kind: .change, reporter: reporter, partner: partner ?? context.partner,
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
            result.append(claim)
        }

        // A share without a figure: "nur ein Bruchteil der Exporte", "a tiny fraction of U.S. imports".
        if allFigures.isEmpty,
            let small = words.firstIndex(where: { ["bruchteil", "fraction", "sliver", "randnotiz"].contains($0) }),
            let flowCue = cues.flows.first(where: { $0.token > small })
        {
            let resolved = ownYear.map { ClaimPeriod.single($0) } ?? contextPeriod
            var claim = FoundClaim(
                sentence: sentence, kind: .share, reporter: reporter, partner: partner ?? context.partner,
                flow: flowCue.flow == .balance ? .total : flowCue.flow, product: .total, period: resolved,
                claimedText: String(tokens[small].text), claimedStart: scalarOffset(tokens[small].range.lowerBound),
                claimedEnd: scalarOffset(tokens[small].range.upperBound), value: nil, unit: .none, hedge: .exact,
                rounding: 0, lowest: false, rankedCountry: nil, rank: 1, signExplicit: false)
            claim.smallShare = true
            result.append(claim)
        }

        // Composition without a figure: "vor allem Düngemittel", "mainly fertilizers".
        if allFigures.isEmpty, let product = cues.products.first,
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
                result.append(
                    FoundClaim(
                        sentence: sentence, kind: .composition, reporter: reporter, partner: partner,
                        flow: flowValue.isStored ? flowValue : .imports, product: .hs(item.code),
                        period: period(near: firstToken.range.lowerBound), claimedText: String(token.text),
                        claimedStart: scalarOffset(token.range.lowerBound),
                        claimedEnd: scalarOffset(token.range.upperBound),
                        value: nil, unit: .none, hedge: .exact, rounding: 0, lowest: false, rankedCountry: nil, rank: 1,
                        signExplicit: false))
            }
        }

        // Remember what this sentence established.
        if let partner, !others.isEmpty || partner == "WORLD" || context.partner == nil { context.partner = partner }
        if reporter != homeReporter || namesHome || !others.isEmpty { context.reporter = reporter }
        if let flow = claimedFlow ?? cues.flows.first?.flow { context.flow = flow }
        // "The agreement took effect in July 2020": a date in a sentence without a trade figure is an
        // event, not the period the next sentences speak of.
        if let first = ownYear, !result.isEmpty || hasTradeWord && !allFigures.isEmpty {
            context.period = .single(first)
        } else if let claimedPeriod {
            context.period = claimedPeriod
        }
        context.product = cues.products.first(where: { !$0.listed })?.code
        if !sentenceFrames.isEmpty { context.lastFrames = sentenceFrames }
        context.sentencesSinceShare += 1
        if percentKind == .share { context.sentencesSinceShare = 0 }
        if cues.deficit { context.deficit = true } else if cues.surplus { context.deficit = false }
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

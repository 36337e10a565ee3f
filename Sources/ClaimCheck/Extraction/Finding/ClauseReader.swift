import Foundation
import TradeModel

/// Who a sentence is about: the reporter, the partner, and the other countries it names.
struct Parties {
    var reporter: String
    /// The sentence's partner: the first other country named, else the discourse's, else the world.
    var partner: String?
    /// The countries named other than the home reporter (none when the sentence speaks of the world).
    var others: [CountryMention]
    /// Whether the sentence names the home reporter.
    var namesHome: Bool
    /// Whether the sentence's trade is told as the partner records it (the article was speaking of
    /// the partner's own statistics, and this sentence names only the home reporter).
    var partnerReports = false
    /// "das bilaterale Defizit", "bilateral trade" without a country: the pair the article is about.
    var saysBilateral = false
    /// Whether every other country the sentence names is only the other side of a comparison ("knapp vor dem mit
    /// Japan").
    var othersAllCompared = true
    /// Whether the partner is the world only because neither the sentence nor any before it named one.
    var partnerDefaulted = false

    /// The end of a dateline opening a sentence ("Washington/Lima, 8. Mär (Reuters) -"): a short run of words closed
    /// by an agency's name in parentheses and a dash; `nil` without one.
    static func datelineEnd(in text: String) -> String.Index? {
        let head = text.prefix(60)
        for agency in ["(Reuters)", "(dpa)", "(AFP)", "(AP)", "(dpa-AFX)", "(Bloomberg)", "(APA)", "(SDA)"] {
            if let found = head.range(of: agency) {
                let rest = text[found.upperBound...].drop(while: { $0 == " " })
                if let first = rest.first, "-–—".contains(first) { return found.upperBound }
            }
        }
        return nil
    }

    init(_ facts: SentenceFacts, homeReporter: String) {
        // ("bilateral", "beider Länder", "between the two countries".)
        // ("Goods trade across the border came to …", "der grenzüberschreitende Handel": a neighbour's, the pair's.)
        saysBilateral =
            facts.words.contains {
                $0.hasPrefix("bilateral") || ["cross-border", "two-way"].contains($0)
                    || $0.hasPrefix("grenzüberschreit")
            }
            || zip(facts.words, facts.words.dropFirst()).contains { pair in
                Lexicon.pairWords.contains(pair.0) && Lexicon.pairNouns.contains(pair.1)
            }
            || zip(facts.words, zip(facts.words.dropFirst(), facts.words.dropFirst(2))).contains { triple in
                ["across", "über"].contains(triple.0) && ["the", "die"].contains(triple.1.0)
                    && ["border", "grenze"].contains(triple.1.1)
            }
        // "vor dem Überfall auf die Ukraine", "since the invasion of Ukraine": a war's country, not a partner.
        // "Mit keinem Land außer China und Mexiko …": nor are the countries excepted.
        let words = facts.words
        var excepted: Set<Int> = []
        for (index, mention) in facts.mentions.enumerated() {
            if words[max(0, mention.token - 2)..<mention.token].contains(where: {
                ["außer", "except", "besides", "ausgenommen"].contains($0)
            }) {
                excepted.insert(mention.token)
            } else if index > 0, excepted.contains(facts.mentions[index - 1].token) {
                let previous = facts.mentions[index - 1]
                if words[min(previous.token + previous.count, mention.token)..<mention.token].allSatisfy({
                    ["and", "und", "or", "oder"].contains($0)
                }) {
                    excepted.insert(mention.token)
                }
            }
        }
        // ("Seit 2018, dem ersten Jahr der Strafzölle auf chinesische Waren, wuchsen die Einfuhren …", "Since 2018, the
        // first year of tariffs on Chinese goods, imports …": a country inside an apposition to a period describes the
        // time, not the partner.)
        let commaBefore = { (index: Int) -> Bool in index > 0 && facts.commaBetween(index - 1, index) }
        for mention in facts.mentions {
            guard
                let open = (max(1, mention.token - 10)..<(mention.token + 1)).last(where: commaBefore),
                ["dem", "der", "the", "einem", "einer"].contains(words[open]),
                // (A noun of time right after the article: "dem ersten Jahr", "the first month"; not "the United
                // States bought …".)
                words[(open + 1)..<max(open + 1, min(mention.token, open + 4))].contains(where: {
                    ["jahr", "year", "monat", "month", "quartal", "quarter", "zeitraum", "period"].contains($0)
                }),
                facts.periodMentions.contains(where: { period in
                    facts.tokenIndex(of: period.range.lowerBound) < open
                        && period.range.upperBound <= facts.tokens[open].range.lowerBound
                        && facts.text[period.range.upperBound..<facts.tokens[open].range.lowerBound]
                            .trimmingCharacters(in: .whitespaces) == ","
                }),
                ((mention.token + mention.count)..<min(words.count, mention.token + 8)).contains(where: commaBefore)
            else { continue }
            excepted.insert(mention.token)
        }
        // ("als Händler Barren von London über die Tessiner Raffinerien nach New York schafften", "gold flown from London
        // via Zurich to New York": where a route of goods starts, before the place it passes through, is no partner.)
        for mention in facts.mentions where mention.token > 0 && ["von", "from"].contains(words[mention.token - 1]) {
            let end = mention.token + mention.count
            if words[end..<min(words.count, end + 2)].contains(where: { ["über", "via"].contains($0) }) {
                excepted.insert(mention.token)
            }
        }
        // ("… ahead of a scheduled increase in the China tariff rate to 25%": a country said as the noun before a tariff,
        // with its article, names whom the tariff hits, not the figure's partner.)
        for mention in facts.mentions where mention.token > 0 && mention.token + mention.count < words.count {
            if ["the", "a", "an"].contains(words[mention.token - 1]),
                ["tariff", "tariffs", "duties", "duty"].contains(words[mention.token + mention.count])
            {
                excepted.insert(mention.token)
            }
        }
        // ("… grew 42% in a single year, driven by contract manufacturing for US and Swiss drug companies": a country's
        // firms that work for someone, "for"/"für" their companies, are customers, not the figure's partner.)
        // (Only firms as such, past a figure: "for Portuguese exporters in the US" is Portugal's trade.)
        let firstFigure = facts.figures.first.map { facts.tokenIndex(of: $0.range.lowerBound) } ?? words.count
        let firms: Set<String> = [
            "companies", "firms", "groups", "clients", "customers", "brands", "konzerne", "unternehmen", "firmen",
            "kunden", "auftraggeber",
        ]
        for mention in facts.mentions where mention.form == .adjective && mention.token > firstFigure {
            let end = mention.token + mention.count
            guard (end..<min(words.count, end + 2)).contains(where: { firms.contains(words[$0]) }) else { continue }
            // (Back over the list the country closes: "for US and Swiss drug companies".)
            var start = mention.token
            while start > 0 {
                if ["and", "und", "or", "oder"].contains(words[start - 1]) {
                    start -= 1
                } else if let earlier = facts.mentions.first(where: { $0.token + $0.count == start }) {
                    start = earlier.token
                } else {
                    break
                }
            }
            if start > 0, ["for", "für"].contains(words[start - 1]) { excepted.insert(mention.token) }
        }
        // ("Washington/Lima, 8. Mär (Reuters) - Die …": the places of a dateline are where the article was written, not
        // the trade's partners. A bar is no dateline's end: tables use it, "Vietnam | 73.9 | +17.7%".)
        let datelineEnd = Self.datelineEnd(in: facts.text)
        others = facts.mentions.filter { mention in
            if excepted.contains(mention.token) { return false }
            if let datelineEnd, mention.range.upperBound <= datelineEnd { return false }
            guard mention.code != homeReporter, mention.code != "WORLD" else { return false }
            return !(max(0, mention.token - 3)..<mention.token).contains { index in
                // ("before Russian troops crossed into Ukraine": a war's country too.)
                let marched =
                    ["crossed", "marched", "rolled", "einmarschierten"].contains(words[index])
                    && words[max(0, index - 3)..<index].contains(where: Lexicon.troopWords.contains)
                guard Lexicon.isWarWord(words[index]) || marched else { return false }
                // ("vor der Invasion, war Russland nicht unter den 15 größten": only prepositions and articles
                // lead from the war to its country.)
                guard
                    words[(index + 1)..<mention.token].allSatisfy({
                        ["of", "on", "into", "in", "auf", "gegen", "against", "the", "die", "der", "den"].contains($0)
                    })
                else { return false }
                // ("the trade war with China": the partner.)
                if ["war", "krieg"].contains(words[index]) {
                    let next = index + 1 < words.count ? words[index + 1] : ""
                    let previous = index > 0 ? words[index - 1] : ""
                    return ["in", "gegen", "against", "on"].contains(next)
                        && !["trade", "tariff", "currency", "price", "handels"].contains(previous)
                }
                return true
            }
        }
        namesHome = facts.mentions.contains { $0.code == homeReporter }
        reporter = homeReporter
        partner = others.first?.code
        // ("Seit 2009 hat sich der Fehlbetrag mehr als verdoppelt, und er ist doppelt so hoch wie das Defizit mit
        // Italien": a country named only as the other side of a comparison is not what the sentence is about.)
        othersAllCompared = others.allSatisfy { Self.isComparedSide($0, facts.words) }
        if !others.isEmpty, othersAllCompared { partner = nil }
        if !namesHome, others.count >= 2 {
            let first = others[0]
            let second = others[1]
            // ("Germany's $68.0 billion gap edged past Japan's $67.1 billion": a genitive before a figure
            // is the U.S. figure with that country, not the country's own trade.)
            // (A figure starting within the two tokens after the country; one comparison per figure.)
            let tokens = facts.tokens
            let nameEnd = tokens[min(tokens.count - 1, first.token + first.count - 1)].range.upperBound
            let limit = tokens[min(tokens.count - 1, first.token + first.count + 1)].range.lowerBound
            let ownsFigure = facts.figures.contains { figure in
                figure.range.lowerBound >= nameEnd && figure.range.lowerBound <= limit
            }
            // (The country owns a flow or trade word beside it: "Germany's exports", "die Exporte Chinas", not
            // "Mit dem Aufstieg Chinas verschob sich …: … das Defizit gegenüber Japan".)
            let ownsTrade = facts.cues.flows.contains { cue in
                cue.token >= first.token - 2 && cue.token <= first.token + first.count + 3
            }
            if first.form == .genitive || first.form == .adjective || first.form == .prefix, first.code != second.code,
                !ownsFigure, ownsTrade || first.form != .genitive
            {
                // "Germany's exports to China": neither side is the home reporter.
                reporter = first.code
                partner = second.code
            }
        }
        // "Chinas Exporte sanken 2023 um 4,6 Prozent", "China's imports rose": a country owning a flow,
        // with no second country and the home reporter not named, is that country reporting its trade
        // with the world, which the home reporter's statistics do not hold.
        // ("China's foreign trade tops 6 trillion dollars", "Chinas Außenhandel": a country's own foreign trade.)
        let ownsForeignTrade = { (owner: CountryMention) -> Bool in
            guard owner.form == .genitive || owner.form == .adjective else { return false }
            let end = owner.token + owner.count
            let next = facts.words[end..<min(facts.words.count, end + 2)]
            return next.first.map({ $0.hasPrefix("außenhandel") || $0.hasPrefix("aussenhandel") }) == true
                || (next.count == 2 && next.first == "foreign" && next.last == "trade")
        }
        if !namesHome, let owner = others.first, others.allSatisfy({ $0.code == owner.code }),
            facts.cues.flows.contains(where: { cue in
                Self.owner(ofFlowAt: cue.token, in: facts, homeReporter: homeReporter)?.code == owner.code
            }) || ownsForeignTrade(owner)
        {
            reporter = owner.code
            partner = "WORLD"
        } else if !namesHome, let only = others.first, others.allSatisfy({ $0.code == only.code }),
            Self.tradesWithTheWorld(only, facts)
        {
            // "Insgesamt exportierte China Waren für 1,2 Billionen Dollar", "Worldwide, Korea shipped …":
            // a country trading with the whole world, as it reports it.
            reporter = only.code
            partner = "WORLD"
        }
        // ("China accounted for 49.3 percent of the goods deficit with the world": the world is the share's
        // whole, the country its part.)
        if facts.cues.world, others.isEmpty || (!facts.cues.flows.isEmpty && !facts.cues.share) {
            partner = "WORLD"
            others = []
        }
    }

    /// Whether the sentence names a country's business as German business pages compound it: "im Dänemark-Geschäft der
    /// Amerikaner", "der Russland-Handel der USA"; not a firm's own ("bangt um sein Kanada-Geschäft").
    static func namesBusinessWith(_ facts: SentenceFacts, homeReporter: String) -> Bool {
        facts.mentions.contains { mention in
            mention.code != homeReporter && mention.count == 1
                && !(mention.token >= 1 && possessives.contains(facts.words[mention.token - 1]))
                && businessSuffixes.contains(where: { facts.words[mention.token].hasSuffix($0) })
        }
    }

    static let possessives: Set<String> = [
        "sein", "seine", "seines", "seinem", "seinen", "ihr", "ihre", "ihres", "ihrem", "ihren", "unser", "unsere",
        "unseres", "unserem", "unseren",
    ]
    static let businessSuffixes = ["-geschäft", "-geschäfts", "-geschäfte", "-handel", "-handels"]

    /// Whether a country is named as the other side of a comparison: "wie das Defizit mit Italien", "than the
    /// one with Japan", "als mit Kanada", "as the deficit with Germany".
    static func isComparedSide(_ mention: CountryMention, _ words: [String]) -> Bool {
        let at = mention.token
        guard at >= 2, ["mit", "with"].contains(words[at - 1]) else { return false }
        // ("Es lag 2018 bei knapp 68 Mrd. Dollar, knapp vor dem mit Japan, und …", "just ahead of the one with Japan":
        // the same measure with another country, placed against the figure; not "vor dem mit China geschlossenen
        // Abkommen", which the country's own clause goes on from.)
        if at >= 3, ["dem", "der", "jenem", "one", "that"].contains(words[at - 2]),
            ["vor", "hinter", "ahead", "behind", "of"].contains(words[at - 3]),
            words[at - 3] != "of" || (at >= 4 && ["ahead", "behind"].contains(words[at - 4])),
            at + mention.count >= words.count
                || ["und", "and", "aber", "but", "while", "während", "doch", "sowie"].contains(
                    words[at + mention.count])
        {
            return true
        }
        let window = max(0, at - 6)..<(at - 1)
        guard let marker = window.last(where: { ["wie", "als", "than", "as"].contains(words[$0]) }) else {
            return false
        }
        return words[(marker + 1)..<(at - 1)].allSatisfy {
            comparedSideFillers.contains($0) || Lexicon.isDeficitWord($0)
        }
    }

    /// The words that may stand between "wie"/"than" and "mit"/"with" on a comparison's other side.
    static let comparedSideFillers: Set<String> = [
        "das", "dem", "der", "die", "jenes", "jenem", "the", "one", "that", "those", "of", "bilaterale", "bilateral",
        "gap", "lücke", "handel", "trade",
    ]

    /// The country that owns a flow noun: "China's exports", "Chinese exports", "Chinas gesamte
    /// Ausfuhren", "die Exporte Chinas". Not the home reporter; `nil` when no country does. An
    /// adjective owns only exports ("Chinese imports" are usually the reporter's imports of Chinese
    /// goods), and a compound prefix none ("China-Exporte" are exports to China).
    static func owner(ofFlowAt flowToken: Int, in facts: SentenceFacts, homeReporter: String) -> CountryMention? {
        let words = facts.words
        guard flowToken < words.count else { return nil }
        let word = words[flowToken]
        let exports = Lexicon.ownedExportNouns.contains(word)
        guard exports || Lexicon.ownedImportNouns.contains(word) else { return nil }
        let modifiers: Set<String> = [
            "total", "overall", "own", "goods", "merchandise", "annual", "monthly", "outbound", "gesamten", "gesamte",
            "eigenen", "eigene", "monatlichen", "jährlichen",
        ]
        for mention in facts.mentions where mention.code != homeReporter && mention.code != "WORLD" {
            let end = mention.token + mention.count - 1
            if mention.token == flowToken + 1, mention.form == .genitive,
                word.hasPrefix("ex") || word.hasPrefix("im")
                    || word.hasPrefix("aus") || word.hasPrefix("ein")
            {
                return mention  // "die Exporte Chinas"
            }
            guard end < flowToken, flowToken - end <= 3,
                words[(end + 1)..<flowToken].allSatisfy(modifiers.contains)
            else { continue }
            if mention.form == .genitive { return mention }
            if mention.form == .adjective, exports, word != "shipments" { return mention }
        }
        return nil
    }

    /// Whether a country is the subject of a trade verb (right before it, or right after it in a German
    /// inversion: "Insgesamt exportierte China …") in a sentence that speaks of the whole world
    /// ("insgesamt", "weltweit", "worldwide", "in total").
    static func tradesWithTheWorld(_ mention: CountryMention, _ facts: SentenceFacts) -> Bool {
        let words = facts.words
        let whole: Set<String> = ["insgesamt", "weltweit", "worldwide", "globally", "overall", "weltweiten"]
        guard mention.form == .name, words.contains(where: whole.contains) || facts.cues.world else { return false }
        let end = mention.token + mention.count - 1
        let prepositions: Set<String> = ["aus", "from", "nach", "to", "in", "into", "mit", "with", "von", "an", "by"]
        if mention.token > 0, prepositions.contains(words[mention.token - 1]) { return false }
        return facts.cues.flows.contains { cue in
            guard cue.flow == .exports || cue.flow == .imports, cue.token < words.count,
                facts.tokens[cue.token].text.first?.isLowercase == true
            else { return false }
            return (cue.token > end && cue.token - end <= 2)
                || (cue.token < mention.token && mention.token - cue.token == 1)
        }
    }

    /// What the sentence leaves open, taken from the sentences before: no partner named yet in the
    /// article means the reporter's trade with the world.
    mutating func complete(from discourse: Discourse, homeReporter: String) {
        // "Chinas Exporte sanken um 4,6 Prozent. Die Ausfuhren in die USA brachen ein.": after a
        // sentence about another reporter's trade, a sentence naming only the home reporter is about
        // that reporter's trade with it, as that reporter records it.
        if partner == nil, others.isEmpty, namesHome, let contextReporter = discourse.reporter,
            contextReporter != homeReporter, contextReporter.count == 3
        {
            partner = contextReporter
            partnerReports = true
        }
        // ("Seinen Höhepunkt erreichte das bilaterale Defizit 2006", after a sentence comparing Japan with China:
        // the article's pair.)
        if partner == nil, others.isEmpty, saysBilateral, let main = discourse.mainPartner, main != "WORLD" {
            partner = main
        }
        // ("der Warenhandel beider Länder", after a sentence about a shift "nach Asien": two countries, not a
        // region; the country named last.)
        if partner == nil, others.isEmpty, saysBilateral, discourse.partner.map({ $0.count != 3 }) ?? true,
            let country = discourse.recentCountries.last(where: { $0.count == 3 && $0 != homeReporter })
        {
            partner = country
        }
        // ("… rund ein Viertel davon in Nordamerika. … Im Visier hat Trump vor allem Deutschland. Mit keinem Land außer
        // China und Mexiko haben die Vereinigten Staaten ein größeres Handelsdefizit: Es lag 2018 bei …": the country
        // the sentence before named, over a region a figure named earlier. Not over none: an article's first figures
        // with no country of their own are mostly the world's.)
        if partner == nil, othersAllCompared,
            discourse.partner.map({ $0.count != 3 && $0 != "WORLD" }) ?? false,
            discourse.sentencesSinceNamedCountry == 1, let named = discourse.lastNamedCountry, named != homeReporter
        {
            partner = named
        }
        if partner == nil {
            partnerDefaulted = discourse.partner == nil
            partner = discourse.partner ?? "WORLD"
        }
        if reporter == homeReporter, let contextReporter = discourse.reporter, others.isEmpty, !namesHome {
            reporter = contextReporter
        }
    }
}

/// Stage 2 of finding claims: attaches the sentence's mentions to a position in it. A figure's flow,
/// period and product come from its own clause first, then from the sentence, then from the
/// discourse (what earlier sentences established).
struct ClauseReader {
    /// Nouns for goods moving ("exports", "shipments", "Lieferungen"): a flow said as a noun, no verb with a subject.
    static let movementNouns: Set<String> = [
        "exports", "imports", "shipments", "sales", "purchases", "deliveries", "trade", "exporte", "importe",
        "ausfuhren", "einfuhren", "lieferungen",
    ]

    let facts: SentenceFacts
    let discourse: Discourse
    let periods: PeriodFinder
    let parties: Parties
    let homeReporter: String
    /// The publication year, for "im Vorjahr" when nothing else gives the year.
    let referenceYear: Int?
    /// The sentence's own year and month, if it names them.
    let ownYear: Period?
    let ownMonth: Period?
    /// The first month the sentence names that is not a comparison's other side ("than in November 2020").
    let comparedMonth: Period?
    /// Whether the sentence names a flow or a ranking.
    let hasTradeWord: Bool
    /// Whether the sentence continues a trade topic of the sentences just before it.
    let continues: Bool
    /// See ``SentenceFacts``: read once per sentence.
    var speaksInThePresent: Bool { facts.speaksInThePresent }
    var saysAdjusted: Bool { facts.saysAdjusted }
    var saysUnadjusted: Bool { facts.saysUnadjusted }
    /// Each period mention resolved against the publication date and the discourse.
    private var resolved: [ClaimPeriod?] = []
    /// The sentence's asides: between round brackets, or between two dashes set off by spaces.
    private var parentheses: [Range<String.Index>] = []
    /// The longest run of countries the sentence lists (see ``countryListRun(_:in:)``).
    private(set) var countryList: [CountryMention] = []

    init(
        _ facts: SentenceFacts, parties: Parties, discourse: Discourse, periods: PeriodFinder, homeReporter: String
    ) {
        self.facts = facts
        self.parties = parties
        self.discourse = discourse
        self.periods = periods
        self.homeReporter = homeReporter
        referenceYear = periods.date?.year
        // ("The deficit of $73.7 billion was half as large again as in 2023": a year named as the comparison's
        // other side is not the sentence's own.)
        ownYear =
            facts.periodMentions.lazy.compactMap { mention -> Period? in
                if case .single(let period) = mention.kind, !facts.isComparisonBase(mention),
                    !facts.inTrailingClause(mention)
                {
                    return period
                }
                return nil
            }.first
        let months = facts.periodMentions.compactMap { mention -> (month: Period, base: Bool)? in
            if case .single(let period) = mention.kind, period.isMonth {
                return (period, facts.isComparisonBase(mention))
            }
            return nil
        }
        ownMonth = months.first?.month
        comparedMonth = months.first { !$0.base }?.month
        hasTradeWord =
            !facts.cues.flows.isEmpty || facts.cues.rankObject || !facts.rankMentions.isEmpty
            || (!facts.placesWithoutMeasure.isEmpty && discourse.rankMeasure != nil
                && discourse.sentencesSinceRank <= 2)
            // ("Die Einfuhren aus Korea stiegen kräftig. Südkorea liegt inzwischen vor Japan.": one partner standing
            // before another in the list the sentence before spoke of.)
            || (discourse.sentencesSinceTrade <= 1
                && Lexicon.standsBeforeAnother(facts.words, mentions: facts.mentions))
            // ("Nach Angaben des Statistischen Bundesamts gingen 2015 Waren für 114 Milliarden Euro in die USA": goods
            // worth a sum that go somewhere are trade.)
            || (facts.words.contains(where: Lexicon.motionVerbs.contains)
                && facts.words.contains(where: Lexicon.goodsNouns.contains)
                && facts.figures.contains { $0.unit == .usd || $0.unit == .eur })
            // ("am Gewicht der Arzneien im Dänemark-Geschäft der Amerikaner": a country's business, as German business
            // pages compound it, is trade with it.)
            // (Only in a sentence without figures: "Heute mache das Korea-Geschäft rund zwölf Prozent des Umsatzes aus" is
            // a company's.)
            || (facts.figures.isEmpty && Parties.namesBusinessWith(facts, homeReporter: homeReporter))
        // ("… Waren für 3,2 Milliarden Dollar importiert. [three sentences of talk] Im Schnitt sind das gut 355
        // Millionen Dollar im Monat": a money figure that points back with "das", "that", goes on with the last
        // trade figure a little further.)
        let pointsBack =
            facts.figures.contains { $0.unit == .usd }
            && facts.words.prefix(5).contains(where: Lexicon.pointBackWords.contains)
        continues =
            discourse.flow != nil
            && (discourse.sentencesSinceTrade <= 2 || (pointsBack && discourse.sentencesSinceTrade <= 6))
        resolved = facts.periodMentions.map(resolveUncached)
        parentheses = Self.asides(in: facts.text)
        countryList = Self.countryListRun(parties.others, in: facts)
    }

    /// Words that bound a record ("the lowest since", "so wenig wie nie seit", "since records began"): a year after
    /// them is the record's bound, not a change's start.
    static func isRecordWord(_ word: String) -> Bool {
        RecordFinder.lowWords.contains(word) || RecordFinder.highWords.contains(word)
            || ["nie", "never", "aufzeichnungen", "records"].contains(word)
    }

    /// Whether a word names an office or authority ("Handelsministeriums", "Department", "Statistikamt"): a place
    /// after it is where the office sits.
    static func isOffice(_ word: String) -> Bool { officeStems.contains { word.hasSuffix($0) } }

    static let officeStems = [
        "ministerium", "ministeriums", "ministry", "department", "statistikamt", "statistikamts", "bundesamt",
        "bundesamts", "behörde", "bureau", "office", "administration", "regierung", "government",
    ]

    /// The ranges between "(" and ")", and between pairs of " - ", " – " or " — ", found in one pass each.
    static func asides(in text: String) -> [Range<String.Index>] {
        var result: [Range<String.Index>] = []
        var open: String.Index?
        let utf8 = text.utf8
        for index in utf8.indices {
            if utf8[index] == UInt8(ascii: "(") {
                open = open ?? index
            } else if utf8[index] == UInt8(ascii: ")"), let start = open {
                result.append(start..<index)
                open = nil
            }
        }
        for dash in [" - ", " – ", " — "] {
            var opened: String.Index?
            var searchStart = text.startIndex
            while let found = text.range(of: dash, range: searchStart..<text.endIndex) {
                if let start = opened {
                    result.append(start..<found.lowerBound)
                    opened = nil
                } else {
                    opened = found.upperBound
                }
                searchStart = found.upperBound
            }
        }
        return result
    }

    var text: String { facts.text }
    var tokens: [Token] { facts.tokens }
    var words: [String] { facts.words }
    var cues: SentenceCues { facts.cues }
    var figures: [Figure] { facts.figures }
    var periodMentions: [PeriodMention] { facts.periodMentions }
    var mentions: [CountryMention] { facts.mentions }
    var others: [CountryMention] { parties.others }
    var reporter: String { parties.reporter }
    func tokenIndex(of position: String.Index) -> Int { facts.tokenIndex(of: position) }
    func scalarOffset(_ index: String.Index) -> Int { facts.scalarOffset(index) }

    /// The flow of a position: the nearest flow word before it (within 12 tokens), else after it;
    /// with the token of that word, if one was written.
    func flow(near position: String.Index) -> (Flow, Int?) {
        let token = tokenIndex(of: position)
        // ("Exporte und Importe zusammen"; not past a semicolon: "exportierten … nach Russland; zusammen mit den
        // Importen entfiel …".)
        let own = semicolonClause(of: token)
        if cues.combined,
            words[own].contains(where: { ["zusammen", "combined", "together", "zusammengenommen"].contains($0) }),
            // (Each direction as the home reporter's: "together, the two neighbors bought one third of everything the
            // United States exported" is one direction, the partners' buying the reporter's selling.)
            cues.flows.contains(where: { $0.flow == .exports && own.contains($0.token) }),
            cues.flows.contains(where: { $0.flow == .imports && own.contains($0.token) }),
            Set(
                cues.flows.filter { ($0.flow == .exports || $0.flow == .imports) && own.contains($0.token) }.map {
                    mirrored($0.flow, flowToken: $0.token) ? ($0.flow == .exports ? Flow.imports : .exports) : $0.flow
                }
            ).count == 2
        {
            return (.total, nil)
        }
        var before = cues.flows.filter { $0.token <= token }.last
        // ("Shipments to Panama, a regional hub that re-exports much of what it buys through the Colon Free Zone, totaled
        // $7.67 billion": a flow inside an apposition or a subordinate clause before the figure is that clause's; the
        // subject's flow before it is the figure's.)
        if let last = before, inSubordinateClause(last.token, before: token, reach: 16),
            let outer = cues.flows.last(where: {
                $0.token < last.token && !inSubordinateClause($0.token, before: token, reach: 16)
            })
        {
            before = outer
        } else if let last = before, let flow = discourse.flow, commaBetween(last.token, token),
            let opener = (max(0, last.token - 12)..<last.token).last(where: {
                ["when", "als", "wenn", "because", "weil", "as"].contains(words[$0])
            }),
            opener > 0, commaBetween(opener - 1, opener), !commaBetween(opener, last.token),
            !cues.flows.contains(where: { $0.token < last.token })
        {
            // ("The gap has been wider. It peaked in 2022, when high energy prices swelled the value of U.S. imports, at
            // its widest since 2008": with no flow word outside the clause, the flow the article was speaking of.)
            return (flow, nil)
        }
        let after = cues.flows.first { $0.token > token }
        // ("Purchases from Canada dropped even faster than sales to it, by 15.2%": the flow after "than" is the other
        // side of the comparison; the figure's is the subject's before it.)
        if let compared = before, compared.token >= 1, ["than", "als"].contains(words[compared.token - 1]),
            let subject = cues.flows.last(where: { $0.token < compared.token - 1 }), subject.flow != compared.flow,
            token - subject.token <= 16, !clauseBreak(from: subject.token, to: compared.token),
            // (Not a clause of the compared side's own: "faster than imports, which rose 8.5%".)
            !words[compared.token..<token].contains(where: Lexicon.relativePronouns.contains)
        {
            before = subject
        }
        // ("summierten sich Ausfuhren und Einfuhren … auf 582,6 Milliarden Dollar", "exports and imports totaled": both
        // flows joined by "and" are trade both ways.)
        if let last = before, last.flow == .exports || last.flow == .imports, last.token >= 2,
            ["und", "and", "sowie", "plus"].contains(words[last.token - 1]),
            cues.flows.contains(where: {
                ($0.token == last.token - 2
                    // ("exports to and imports from Turkey added up to $20.96 billion": each with its preposition.)
                    || ($0.token == last.token - 3
                        && ["to", "from", "nach", "aus", "in", "into", "with", "mit"].contains(words[last.token - 2])))
                    && ($0.flow == .exports || $0.flow == .imports) && $0.flow != last.flow
            }), token - last.token <= 12
        {
            return (.total, last.token)
        }
        if let before, before.flow == .total, let flow = discourse.flow, flow != .total,
            discourse.sentencesSinceTrade <= 2, opensTheSentenceAsAFrame(before.token),
            words[(before.token + 1)..<token].contains(where: Lexicon.measurePronouns.contains)
        {
            // ("Das Defizit … Im Handel mit Deutschland lag es 2024 bei fast 85 Milliarden Dollar", "In trade with
            // Germany it came to …": trade that opens the sentence after "im"/"in" is the frame the figure is set in;
            // the pronoun that is the clause's subject stands for the measure the sentences before spoke of.)
            return (flow, nil)
        }
        if let before, token - before.token <= 12 { return (before.flow, before.token) }
        // ("It narrowed last year from $76.5 billion, and imports from Japan …": only a gap narrows or widens.)
        if let verb = words[max(0, token - 6)..<token].lastIndex(where: {
            ["narrowed", "widened", "narrowing", "widening", "narrows", "widens"].contains($0)
        }), !clauseBreak(from: verb, to: token) {
            return (.balance, verb)
        }
        // A flow word past a contrast or a colon belongs to the next clause ("$43.5 billion last year,
        // while imports from Korea have grown"; "$647 billion crossed the Atlantic: Europeans bought").
        // ("The bars … peaked in 2006, when a housing boom was pulling in imports": a "when" clause after a comma
        // tells the time's story; with no flow word before, the flow the article was speaking of.)
        // ("Dabei war es im vergangenen Jahr mit 689,5 Mrd. Dollar gefallen, nicht zuletzt wegen der Schieferölförderung,
        // die den Importbedarf senkt": nor a relative clause's after a comma.)
        if let after, let flow = discourse.flow, before == nil,
            ((token + 1)..<after.token).contains(where: { index in
                // (Not one on the figure's own noun: "Fast jeder fünfte Dollar, den die USA für Einfuhren ausgaben".)
                (["when", "als", "wenn"].contains(words[index])
                    || (Lexicon.relativePronouns.contains(words[index]) && index - token >= 5
                        && !["dollar", "dollars", "euro", "euros", "us-dollar"].contains(words[index - 1])))
                    && text[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
                        .contains(",")
            })
        {
            return (flow, nil)
        }
        // ("Imports from Saudi Arabia last year were only about a third of what they had been at their peak in 2012,
        // when oil sold for more than $100 a barrel": the flow of a "when" clause after a comma is the time's story;
        // the subject's flow, further before, is the figure's.)
        if let before, let after,
            ((token + 1)..<after.token).contains(where: { index in
                ["when", "als", "wenn"].contains(words[index])
                    && text[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound].contains(",")
            })
        {
            return (before.flow, before.token)
        }
        // ("American sales to Australia … reached their peak in 2012 as mining companies imported heavy equipment": a
        // flow in a clause of reasons after the figure is the reason's; the subject's, further before, is the figure's.)
        if let before, let after,
            ((token + 1)..<after.token).contains(where: { ["as", "because", "weil", "da", "denn"].contains(words[$0]) })
        {
            return (before.flow, before.token)
        }
        // ("The U.S. sold about $4.5 billion worth of goods to Egypt last year. That's down almost 30 percent from 2022,
        // mostly because Egypt didn't have the dollars to pay for imports": with no flow word before, the flow the
        // article was speaking of, not the reason's.)
        if before == nil, let after, let flow = discourse.flow,
            ((token + 1)..<after.token).contains(where: { ["because", "weil", "denn"].contains(words[$0]) })
        {
            return (flow, nil)
        }
        // ("Last year they were 94% lower, and the United States now runs a surplus of $1.5 billion": a flow past ", and"
        // opening a clause with a figure of its own is that clause's.)
        let andClause =
            after.map { after in
                ((token + 1)..<after.token).contains { index in
                    ["and", "und"].contains(words[index]) && index > 0 && commaBetween(index - 1, index)
                        && figures.contains { tokenIndex(of: $0.range.lowerBound) > index }
                }
            } ?? false
        // ("Das Minus ist geschrumpft: Gegenüber 2015 ging es um knapp 14 Prozent zurück, die Einfuhren aus Deutschland
        // sanken um 9,5 Prozent": a flow word past a comma, in a clause with a figure of its own after it, is that
        // figure's; this one keeps the flow named before it, or the one the article was speaking of.)
        if let after,
            ((token + 1)..<after.token).contains(where: { index in
                index > 0 && commaBetween(index - 1, index)
                    && figures.contains { other in
                        // (The later figure in the flow word's own stretch: not "300 Milliarden ist ungefähr das, was
                        // die USA aus Mexiko importieren, das Defizit liegt bei gut 63 Milliarden".)
                        let start = tokenIndex(of: other.range.lowerBound)
                        return start > after.token && !(after.token..<start).contains { commaBetween($0, $0 + 1) }
                    }
            })
        {
            if let before { return (before.flow, before.token) }
            if let flow = discourse.flow { return (flow, nil) }
        }
        if let after, !clauseBreak(from: token, to: after.token), !(andClause && before == nil && discourse.flow != nil)
        {
            return (after.flow, after.token)
        }
        if let before { return (before.flow, before.token) }

        // No flow word: goods going "nach Mexiko" / "to Mexico" are exports, "aus" / "from" imports.
        if let other = others.first, other.token > 0 {
            let previous = words[other.token - 1]
            if ["nach", "to"].contains(previous) { return (.exports, nil) }
            if ["aus", "from"].contains(previous) { return (.imports, nil) }
        }
        // "In der Gegenrichtung gingen Waren für 7,3 Milliarden": the other direction than the
        // sentences before spoke of.
        if let reversed = cues.reversed, reversed < token, let flow = discourse.flow,
            flow == .exports || flow == .imports
        {
            return (flow == .exports ? .imports : .exports, reversed)
        }
        return (discourse.flow ?? .total, nil)
    }

    /// "in just two years", "over the past five years", "binnen drei Jahren", "innerhalb von zwei Jahren":
    /// the number of years a change is said to span.
    func yearsWindow() -> Int? {
        for index in words.indices
        where ["in", "within", "over", "binnen", "innerhalb", "über"].contains(words[index]) {
            var position = index + 1
            var count: Int?
            while position < min(words.count, index + 6) {
                let word = words[position]
                if let number = Int(word) ?? RankFinder.cardinals[word], number > 0, number < 50 {
                    count = number
                } else if ["years", "jahren", "jahre"].contains(word) {
                    return count
                } else if ![
                    "just", "only", "nur", "the", "past", "last", "von", "den", "vergangenen", "letzten",
                    "gerade", "barely", "knapp",
                ].contains(word) {
                    break
                }
                position += 1
            }
        }
        return nil
    }

    /// Whether "as" or "because" opens a clause of causes, without a comma, between two tokens: "up 32% from 2023 as
    /// Codelco redirected cathode during the second half" (not "as much as", "the same as in 2019").
    func opensCauseWithoutComma(between figure: Int, and token: Int) -> Bool {
        let before: Set<String> = ["same", "such", "twice", "much", "high", "low", "well", "just", "so", "as"]
        let after: Set<String> = ["in", "im", "for", "a", "an", "part", "recently", "late", "early", "expected"]
        guard figure + 2 < token else { return false }
        for index in (figure + 2)..<token where words[index] == "as" || words[index] == "because" {
            guard index + 1 < token else { continue }
            let next = words[index + 1]
            if !before.contains(words[index - 1]), !Lexicon.notAClauseAfterOpener.contains(next), !after.contains(next)
            {
                return true
            }
        }
        return false
    }

    /// Whether a bare "since" closes a clause ("they have grown nearly eightfold since."): since the time just named.
    func closesClauseWithBareSince() -> Bool {
        for index in words.indices where words[index] == "since" {
            if index + 1 == tokens.count { return true }
            let gap = text[tokens[index].range.upperBound..<tokens[index + 1].range.lowerBound]
            if gap.contains(where: { ",;:–—".contains($0) }) { return true }
        }
        return false
    }

    /// Whether the word at a token marks a comparison's base: not "from" before a country ("imports from
    /// Russia fell … in 2022") nor "than" inside a figure's hedge ("by more than half in 2022").
    func isBaseMarker(at index: Int, _ markers: Set<String>) -> Bool {
        let word = words[index]
        // ("Im Vergleich zu 2021 wuchs das Defizit um 8,2 Prozent": compared with; not "Zum Vergleich: 2021 …".)
        if word == "vergleich", markers.contains("gegenüber") {
            return index + 1 < words.count && ["zu", "zum", "mit"].contains(words[index + 1]) && !insideFigure(index)
        }
        guard markers.contains(word) else { return false }
        if word == "from" || word == "von", facts.mentions.contains(where: { $0.token == index + 1 }) {
            return false
        }
        return !insideFigure(index)
    }

    /// Whether a period at a token is the level a figure is measured against: "17 percent above their 2019 level",
    /// "below 2019 levels", "knapp 10 Prozent über dem Niveau von 2019".
    func levelMarked(before token: Int) -> Bool {
        (max(0, token - 6)..<token).contains { at in
            let level =
                ["above", "below"].contains(words[at])
                ? words[(at + 1)..<min(words.count, token + 3)].contains { $0 == "level" || $0 == "levels" }
                    || at + 1 == token
                : ["über", "unter", "oberhalb", "unterhalb"].contains(words[at])
                    && words[(at + 1)..<min(words.count, at + 5)].contains { $0.hasSuffix("niveau") }
            // (Not a record's: "well below the peak they reached in 2013".)
            return level && !words[at..<token].contains(where: Self.isRecordWord)
        }
    }

    /// Whether a token is part of a figure's own text ("more than half").
    func insideFigure(_ index: Int) -> Bool {
        figures.contains { figure in
            let start = tokenIndex(of: figure.range.lowerBound)
            let end = tokenIndex(of: figure.range.upperBound)
            return start <= index && index < end
        }
    }

    /// Whether a contrast ("while", "but", "während", "aber") or a colon or semicolon stands between
    /// two tokens.
    func clauseBreak(from start: Int, to end: Int) -> Bool {
        guard start < end, end < tokens.count else { return false }
        if words[start..<end].contains(where: {
            ["while", "whereas", "but", "während", "wohingegen", "aber", "jedoch", "though", "although", "obwohl"]
                .contains($0)
        }) {
            return true
        }
        let between = text[tokens[start].range.upperBound..<tokens[end].range.lowerBound]
        if between.contains(":") || between.contains(";") { return true }
        // ", as a much weaker yen shaved the value of the cars shipped …", ", weil die Lieferungen …": a
        // subordinate clause after a comma gives its own reasons, not the figure's flow.
        // (", following the oil price down from more than $100 a barrel last June", ", driven by …": a participle's
        // clause of causes, with periods of its own.)
        // (", helped by higher vehicle exports", ", dank höherer Autoexporte": what helped it along is no flow of its.)
        let subordinators: Set<String> = [
            "as", "because", "weil", "da", "nachdem", "wobei", "following", "tracking", "mirroring", "reflecting",
            "amid", "driven", "getrieben", "helped", "thanks", "dank", "boosted", "fuelled", "fueled", "spurred",
            "getragen", "angetrieben",
        ]
        for index in (start + 1)..<end where subordinators.contains(words[index]) {
            let gap = text[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
            if gap.contains(","), index + 1 < words.count, !Lexicon.notAClauseAfterOpener.contains(words[index + 1]) {
                return true
            }
        }
        return false
    }

    /// Whether the verb of a mirrored flow names the home reporter as its other side in its own clause, so that the
    /// partner is surely the subject: "Iraq, which sold the United States $13.8 billion", "Polen lieferte …
    /// Arzneimittel für 50 Millionen Dollar in die USA", "Die Ukraine kaufte amerikanische Waren für …".
    func homeIsTheOtherSide(ofVerbAt flowToken: Int) -> Bool {
        let end = min(words.count, flowToken + 12)
        guard flowToken + 1 < end else { return false }
        // (A verb, not a noun: "Peking meldete, seine Ausfuhren in die Vereinigten Staaten seien …", "exports to the
        // United States rose 8.4%, Enterprise Singapore said" may be the partner's own statistics; and a country
        // named before it as its subject, not goods: "Irish goods shipped to the United States".)
        guard tokens[flowToken].text.first?.isLowercase == true,
            !["exports", "imports", "shipments", "sales", "purchases", "deliveries"].contains(words[flowToken]),
            mentions.contains(where: {
                $0.code != homeReporter && $0.code != "WORLD" && $0.form == .name && $0.token < flowToken
                    && flowToken - $0.token <= 8
            })
        else { return false }
        for index in (flowToken + 1)..<end {
            if commaBetween(index - 1, index) { return false }
            let home = mentions.contains { $0.code == homeReporter && $0.token == index }
            if home,
                index == flowToken + 1 || ["to", "in", "nach", "into", "the", "den", "die"].contains(words[index - 1])
            {
                return true
            }
            if ["americans", "amerikanern"].contains(words[index]), index == flowToken + 1 { return true }
            if Lexicon.homeAdjectives.contains(words[index]), index + 1 < words.count,
                Lexicon.goodsNouns.contains(words[index + 1])
            {
                return true
            }
        }
        return false
    }

    /// Whether the partner is the sender of exports (or the receiver of imports), which
    /// seen from the home reporter is the other flow.
    /// Whether the token opens the clause after a colon or semicolon ("It is not a new position: India was …"), where a
    /// country stands as the subject as it does opening the sentence.
    func opensClauseAfterColon(_ token: Int) -> Bool {
        guard token >= 1, token < tokens.count else { return false }
        let gap = text[tokens[token - 1].range.upperBound..<tokens[token].range.lowerBound]
            .trimmingCharacters(in: .whitespaces)
        return gap == ":" || gap == ";"
    }

    func mirrored(_ flow: Flow, flowToken: Int?) -> Bool {
        guard let flowToken, flow.isStored, reporter == homeReporter else { return false }
        // ("Germany sold America $160 billion of goods while buying $76 billion": a verb in "-ing" after "while" or
        // "and" has the subject of the verb before it, and so its direction.)
        // (So has a finite verb right after "and" with no subject of its own: "Israel sold $22.2 billion of goods to
        // the U.S. last year and bought $14.8 billion".)
        // (Both verbs: "imports … which are made in Cork and shipped to the United States" is no subject's pair.)
        let finite = !words[flowToken].hasSuffix("ing")
        let sharesSubject =
            flowToken >= 1
            && (finite
                ? ["and", "und"].contains(words[flowToken - 1]) && tokens[flowToken].text.first?.isLowercase == true
                    && !Self.movementNouns.contains(words[flowToken])
                : ["while", "whereas", "and", "but"].contains(words[flowToken - 1]))
        if sharesSubject, flow == .exports || flow == .imports,
            let before = cues.flows.last(where: {
                $0.token < flowToken - 1 && !words[$0.token].hasSuffix("ing")
                    && ($0.flow == .exports || $0.flow == .imports)
            }),
            !finite
                || (tokens[before.token].text.first?.isLowercase == true
                    && !Self.movementNouns.contains(words[before.token]))
        {
            return mirrored(before.flow, flowToken: before.token)
        }
        // ("nahmen … amerikanische Waren … ab": "abnehmen", goods taken, is buying.)
        let buys = ["kauf", "gekauf", "eingekauf", "bought", "buy", "purchas", "nahm", "nimmt", "nehm", "nähm"].contains
        {
            words[flowToken].hasPrefix($0)
        }
        // "still sells Americans half a trillion dollars": the home reporter as the verb's object. (Not by name after a
        // German finite verb, where the subject stands when something else opens the clause: "Im vergangenen Jahr
        // importierte Amerika Waren für 418,2 Milliarden Dollar aus China".)
        // ("Die Amerikaner verkaufen uns jedes Jahr Waren für über 60 Milliarden Dollar", in a Swiss paper: after the
        // home reporter's people as the subject, "uns" are the writer's country.)
        let homeSubject =
            words[max(0, flowToken - 3)..<flowToken].contains(where: {
                ["amerikaner", "americans", "usa", "us-amerikaner"].contains($0)
            })
            || mentions.contains(where: {
                $0.code == homeReporter && $0.token < flowToken && flowToken - $0.token <= 3
            })
        if flowToken + 1 < words.count,
            ["americans", "amerikanern"].contains(words[flowToken + 1])
                || (words[flowToken + 1] == "uns" && !homeSubject) || tokens[flowToken + 1].text == "us"
                || (mentions.contains(where: {
                    $0.code == homeReporter && $0.token == flowToken + 1 && $0.form == .name
                }) && !Lexicon.germanFiniteTradeVerbs.contains(words[flowToken])),
            tokens[flowToken].text.first?.isLowercase == true
        {
            return flow == .exports || flow == .imports
        }
        // ("Mexico: $277.2 billion in U.S. goods purchases last year": purchases of the home reporter's goods, its
        // adjective and the goods noun right before the noun, are the buyer's, the partner's.)
        if buys, flow == .imports, flowToken >= 2, Lexicon.goodsNouns.contains(words[flowToken - 1]),
            Lexicon.homeAdjectives.contains(words[flowToken - 2]) || ["u.s.", "us"].contains(words[flowToken - 2]),
            // (Not "U.S. goods purchases from China": the home reporter's own, from the partner.)
            !words[(flowToken + 1)..<min(words.count, flowToken + 3)].contains(where: { ["from", "aus"].contains($0) })
        {
            return true
        }
        // "…, while buying $24.7 billion of American products", "kaufte für 60 Milliarden Dollar amerikanische Waren":
        // the home reporter's goods bought: the buyer is the partner.
        if buys, flow == .imports, tokens[flowToken].text.first?.isLowercase == true,
            words[(flowToken + 1)..<min(words.count, flowToken + 9)].indices.contains(where: { index in
                // (Not "…, according to American figures": a source, past a comma.)
                !commaBetween(flowToken, index)
                    && !(index + 1 < words.count
                        && Lexicon.statisticsNouns.contains(words[index + 1]))
                    && (Lexicon.homeMadeGoods.contains(words[index])
                        || (Lexicon.homeAdjectives.contains(words[index]) && index + 1 < words.count
                            && (!Lexicon.buyerNouns.contains(words[index + 1])
                                || ["from", "von", "bei"].contains(words[index - 1])))
                        || (["u.s.", "us"].contains(words[index]) && index + 1 < words.count
                            && Lexicon.goodsNouns.contains(words[index + 1])))
            })
        {
            return true
        }
        // ("Die Niederlande … haben im vergangenen Jahr amerikanische Waren für 40,6 Milliarden Dollar gekauft": German
        // puts the goods bought before the participle that closes the clause.)
        if buys, flow == .imports, Lexicon.isTradeParticiple(words[flowToken]),
            (max(0, flowToken - 10)..<flowToken).contains(where: { index in
                (Lexicon.homeMadeGoods.contains(words[index])
                    || (Lexicon.homeAdjectives.contains(words[index]) && index + 1 < words.count
                        && Lexicon.goodsNouns.contains(words[index + 1])))
                    && !clauseBreak(from: index, to: flowToken)
            })
        {
            return true
        }
        // "Japan buys about one in every twenty dollars of everything America sells abroad": the goods bought are what
        // the home reporter sells, named with its verb after the buying one.
        if buys, flow == .imports, tokens[flowToken].text.first?.isLowercase == true,
            mentions.contains(where: { home in
                home.code == homeReporter && home.token > flowToken && home.token - flowToken <= 12
                    && words[(home.token + home.count)..<min(words.count, home.token + home.count + 2)].contains(
                        where: Lexicon.homeSellingVerbs.contains)
            })
        {
            return true
        }
        // ("Die EU hat … 151 Milliarden Dollar mehr an uns verkauft": the home reporter as the object before a German
        // verb at the clause's end.)
        if flowToken >= 2, tokens[flowToken].text.first?.isLowercase == true, flow == .exports || flow == .imports,
            zip(words[max(0, flowToken - 4)..<flowToken], words[max(1, flowToken - 3)...flowToken]).contains(where: {
                $0.0 == "an" && $0.1 == "uns"
            })
        {
            return true
        }
        // "Germany was the second-largest supplier in 2023. It shipped $18.8 billion": "it" opening the sentence before
        // its trade verb stands for the country the sentence before opened with (not "The United States bought $505.5
        // billion of Mexican goods. It sold Mexico …", nor "they", mostly people: "They sell more to us").
        if flow == .exports || flow == .imports, flowToken == 1, words[0] == "it",
            tokens[flowToken].text.first?.isLowercase == true,
            discourse.sentencesSinceNamedCountry == 1, discourse.lastNamedCountryOpened,
            let country = discourse.lastNamedCountry, country != homeReporter, country != "WORLD", country.count == 3,
            !mentions.contains(where: { $0.code != homeReporter && $0.code != country && $0.token < flowToken + 4 }),
            !mentions.contains(where: { $0.token == flowToken + 1 })
        {
            return true
        }
        // "Taiwan, whose electronics makers …, raised its shipments by 22%": the shipments of the country that opens
        // the sentence as its subject (the pronoun's), with the home reporter not named before.
        if flowToken >= 1, words[flowToken - 1] == "its" || words[flowToken - 1] == "their",
            Lexicon.neutralShipmentNouns.contains(words[flowToken])
                || Lexicon.ownedExportNouns.contains(words[flowToken]),
            let subject = mentions.first, subject.token <= 1 || opensClauseAfterColon(subject.token),
            subject.form == .name, subject.code != homeReporter,
            subject.code != "WORLD", !mentions.contains(where: { $0.code == homeReporter && $0.token < flowToken })
        {
            return flow == .exports
        }
        // "Egypt bought $5.5 billion worth of American goods last year. That is down almost a fifth from 2010, when its
        // purchases reached a peak": "its"/"their" before a flow noun, in a sentence that names no country before it,
        // stands for the country the sentence before opened with; the flow is that country's own.
        if flow == .exports || flow == .imports, flowToken >= 1, ["its", "their"].contains(words[flowToken - 1]),
            Lexicon.ownedFlowNouns.contains(words[flowToken]),
            !mentions.contains(where: { $0.token < flowToken }),
            discourse.sentencesSinceNamedCountry == 1, discourse.lastNamedCountryOpened,
            let country = discourse.lastNamedCountry, country != homeReporter, country != "WORLD", country.count == 3
        {
            return true
        }
        // "Italien hat den Vereinigten Staaten im vergangenen Jahr Waren für fast 73 Milliarden Dollar geliefert",
        // "Kanada hatte 2019 aus den USA Waren für 292 Milliarden Dollar eingeführt": a country opening the clause
        // before an auxiliary is the subject of the participle that closes it.
        if flow == .exports || flow == .imports, tokens[flowToken].text.first?.isLowercase == true,
            Lexicon.isTradeParticiple(words[flowToken]),
            let subject = others.last(where: { $0.token < flowToken }), subject.form == .name,
            subject.token + subject.count < flowToken,
            ["hat", "hatte", "haben", "hatten", "hätte", "habe"].contains(words[subject.token + subject.count]),
            subject.token == 0
                || [",", ";", ":"].contains(
                    text[tokens[subject.token - 1].range.upperBound..<tokens[subject.token].range.lowerBound]
                        .trimmingCharacters(in: .whitespaces))
                || ["und", "aber", "doch", "denn"].contains(words[subject.token - 1]),
            !others.contains(where: { $0.token > subject.token && $0.token < flowToken && $0.code != subject.code })
        {
            return true
        }
        // "…, weil Deutschland den USA 2017 Waren für 117,5 Milliarden Dollar verkaufte", "Im Jahr 2017 hat Deutschland
        // den USA … verkauft", "verkauften deutsche Firmen den Amerikanern …": the home reporter as a bare dative ("den
        // USA", no preposition before the article) is whom the goods were sold or delivered to (or bought from, "den
        // USA … abkaufen"), whatever the word order.
        let sells = ["verkauf", "liefer", "abkauf", "abgekauft", "geliefert"].contains(
            where: words[flowToken].hasPrefix)
        if flow == .exports || flow == .imports, sells,
            words.indices.contains(where: { index in
                index >= 1 && abs(index - flowToken) <= 12 && words[index - 1] == "den"
                    && (words[index] == "amerikanern"
                        || mentions.contains(where: { $0.code == homeReporter && $0.token == index && $0.form == .name }
                        ))
                    && !(index >= 2 && Lexicon.germanPrepositions.contains(words[index - 2]))
                    && !clauseBreak(from: min(index, flowToken), to: max(index, flowToken))
            })
        {
            return true
        }
        // "Im vergangenen Jahr verkaufte Deutschland den USA Waren für 117,5 Milliarden Dollar", "Tatsächlich liefert
        // Mexiko …": German puts the subject right after the finite verb when something else opens the clause; a
        // country named there (by name, no preposition before it) is the verb's subject. (English "sold Germany $49
        // billion" names the buyer there: German verb forms only.)
        if flow == .exports || flow == .imports, flowToken >= 1,
            Lexicon.germanFiniteTradeVerbs.contains(words[flowToken]),
            let subject = others.first(where: {
                $0.token == flowToken + 1
                    || ($0.token == flowToken + 2 && ["die", "der", "das"].contains(words[flowToken + 1]))
            }), subject.form == .name, subject.code != "WORLD"
        {
            return true
        }
        // ("Allein im September lieferte das Land so viel wie nie zuvor": a noun standing for the country the article
        // speaks of, as that subject.)
        if flow == .exports || flow == .imports, flowToken + 2 < words.count,
            Lexicon.germanFiniteTradeVerbs.contains(words[flowToken]),
            ["das", "der", "die"].contains(words[flowToken + 1]), Lexicon.isCountryAnaphor(words[flowToken + 2]),
            // (Right after the verb: not "… Waren für 82,6 Mrd. Dollar bezogen; die Insel sei damit …".)
            !text[tokens[flowToken].range.upperBound..<tokens[flowToken + 1].range.lowerBound].contains(where: {
                ",;:–—(".contains($0)
            }),
            let country = discourse.lastNamedCountry, country != homeReporter, country != "WORLD"
        {
            return true
        }
        // ("Gut ein Drittel davon kam aus Mexiko, das allein Waren dieser Kategorie für 95 Milliarden Dollar lieferte",
        // "Mexico, which shipped …": a relative clause right after a country, with no other party in it, has the
        // country as its subject.)
        if flow == .exports || flow == .imports, tokens[flowToken].text.first?.isLowercase == true,
            !Self.movementNouns.contains(words[flowToken]),
            others.contains(where: { country in
                let relative = country.token + country.count
                guard country.form == .name, relative < flowToken, flowToken - relative <= 10,
                    commaBetween(relative - 1, relative),
                    ["das", "der", "die", "which", "welches", "welcher", "welche"].contains(words[relative])
                else { return false }
                return !mentions.contains(where: { $0.token > relative && $0.token < flowToken })
                    // ("Aus Südkorea, der Heimat von Hyundai und Kia, kamen Autos": an apposition, closed before the
                    // verb.)
                    && !((relative + 1)...flowToken).contains(where: { commaBetween($0 - 1, $0) })
                    && !words[(relative + 1)..<flowToken].contains(where: {
                        ["americans", "amerikaner", "we", "wir", "sie", "they"].contains($0)
                    })
            })
        {
            return true
        }
        // "Kanada, der wichtigste Kunde der USA, kaufte …", "Mexico, the largest supplier, sold …": an apposition between
        // commas stands between the subject and its verb.
        if flow == .exports || flow == .imports, tokens[flowToken].text.first?.isLowercase == true,
            let subject = appositionSubject(before: flowToken), subject.code != "WORLD"
        {
            return true
        }
        for mention in others {
            let distance = flowToken - (mention.token + mention.count - 1)
            // ("so viel österreichische Ware gekauft wie nie zuvor": the goods' origin before a verb of buying, not who
            // buys.)
            if buys, distance == 2, mention.form == .adjective,
                Lexicon.goodsNouns.contains(words[mention.token + mention.count])
                    || words[mention.token + mention.count] == "ware"
            {
                continue
            }
            // ("Kurz vor dem EU-Austritt Großbritanniens lieferten die USA …": a German genitive belongs to the noun
            // before it, not to the verb after it; "Chinas Exporte" is the country's own flow.)
            let germanGenitiveBeforeVerb =
                // (The apostrophe is on the name's last word: "the Dominican Republic's plants shipped".)
                mention.form == .genitive
                && !tokens[mention.token + mention.count - 1].text.contains(where: { "'’".contains($0) })
                && tokens[flowToken].text.first?.isLowercase == true
            // ("Waren … aus dem westafrikanischen Land bezogen": an adjective after a preposition names where the goods
            // went or came from, not who traded them.)
            let afterPreposition =
                mention.form == .adjective
                && words[max(0, mention.token - 2)..<mention.token].contains {
                    ["aus", "nach", "in", "from", "to", "into", "von"].contains($0)
                }
            // ("Nigerian imports peaked in 2008", "chinesische Importe": imports of the country's goods, the reporter's
            // own; an adjective owns only exports, as in ``owner(ofFlowAt:in:homeReporter:)``.)
            let goodsOfOrigin =
                mention.form == .adjective && distance == 1 && Lexicon.ownedImportNouns.contains(words[flowToken])
            if distance >= 0, distance <= 2, mention.form != .name, mention.token != flowToken,
                !germanGenitiveBeforeVerb, !afterPreposition, !goodsOfOrigin
            {
                return true
            }
            // ("The Dominican Republic's medical-device plants shipped $1.7 billion north": the country's own makers, their
            // goods named before them, as the verb's subject.)
            if distance >= 3, distance <= 5, mention.form == .genitive, !germanGenitiveBeforeVerb,
                Lexicon.makerNouns.contains(words[flowToken - 1]),
                tokens[flowToken].text.first?.isLowercase == true, flow == .exports || flow == .imports,
                !mentions.contains(where: { $0.token > mention.token && $0.token < flowToken })
            {
                return true
            }
            // ("Umgekehrt lieferten französische Hersteller Waren für 41,6 Milliarden Dollar über den Atlantik": a German
            // finite verb before its subject, the partner's own makers.)
            if distance < 0, mention.token == flowToken + 1, mention.form == .adjective,
                Lexicon.germanFiniteTradeVerbs.contains(words[flowToken]),
                mention.token + mention.count < words.count,
                Lexicon.makerNouns.contains(words[mention.token + mention.count]),
                flow == .exports || flow == .imports
            {
                return true
            }
            // ("Deutsche Firmen machen in den USA gute Geschäfte: 2022 lieferten sie Waren für 146 Milliarden Dollar",
            // "German firms are doing well there: in 2022 they sold …": a pronoun subject next to the verb stands for
            // the partner's own firms named before it, with no other party between.)
            if distance > 0, mention.form == .adjective, mention.token + mention.count < words.count,
                Lexicon.makerNouns.contains(words[mention.token + mention.count]),
                flow == .exports || flow == .imports, tokens[flowToken].text.first?.isLowercase == true,
                [flowToken - 1, flowToken + 1].contains(where: { index in
                    index > mention.token + mention.count && index < words.count
                        && ["they", "sie"].contains(words[index])
                }),
                !others.contains(where: { $0.token > mention.token && $0.token < flowToken && $0.code != mention.code })
            {
                return true
            }
            // "Deutschland lieferte …", "Russia exported …": the partner is the subject of a trade verb.
            // ("Waren für 8,4 Milliarden Dollar auf die Philippinen exportiert": islands take "auf".)
            let prepositions: Set<String> = [
                "aus", "from", "nach", "to", "in", "into", "mit", "with", "von", "für", "for", "an", "by", "ins", "im",
                "vom", "zum", "zur", "beim", "auf",
            ]
            // ("aus dem westafrikanischen Land": an adjective between the article and the noun.)
            let adjectiveBefore =
                mention.token >= 3 && tokens[mention.token - 1].text.first?.isLowercase == true
                && ["dem", "den", "der", "das", "die", "the"].contains(words[mention.token - 2])
            let preposition = words[max(0, mention.token - (adjectiveBefore ? 3 : 2))..<mention.token].contains {
                prepositions.contains($0)
            }
            // ("Taiwan: imports doubled": a colon ends the name; the flow is the reporter's.)
            let colon =
                distance >= 1
                && text[tokens[mention.token + mention.count - 1].range.upperBound..<tokens[flowToken].range.lowerBound]
                    .contains(":")
            // ("ahead of South Korea, and imports from Vietnam have grown": a comma and a conjunction open
            // another clause; the country before is not the flow's owner.)
            let newClause =
                distance == 2 && ["and", "und", "but", "aber"].contains(words[flowToken - 1])
                && text[
                    tokens[mention.token + mention.count - 1].range.upperBound..<tokens[flowToken - 1].range.lowerBound
                ]
                .contains(",")
            // ("1992, im ersten vollen Jahr nach dem Ende der UdSSR, kauften die Amerikaner …": a country closing an
            // aside before the comma is not the subject of the verb after it.)
            // (Not a country in a noun's apposition: "Our NAFTA partners, Canada and Mexico, purchased …".)
            let commaBefore =
                distance >= 1
                && text[tokens[mention.token + mention.count - 1].range.upperBound..<tokens[flowToken].range.lowerBound]
                    .contains(",")
                && {
                    let opening = (0..<mention.token).last { index in
                        index > 0 && commaBetween(index - 1, index)
                    }
                    guard let opening else { return false }
                    // ("zwei Jahre nach dem Zerfall der Sowjetunion": a preposition in the aside governs the country.)
                    return words[opening..<mention.token].contains(where: Lexicon.clauseOpeningPrepositions.contains)
                }()
            if distance >= 1, distance <= 2, mention.form == .name, !preposition, !colon, !newClause, !commaBefore,
                tokens[flowToken].text.first?.isLowercase == true, flow == .exports || flow == .imports
            {
                return true
            }
            // (A name that holds the flow word itself, "Organization of the Petroleum Exporting Countries", is
            // neither before nor after it.)
            if distance < 0, -distance <= 4, mention.token > flowToken {
                let between = tokens[(flowToken + 1)..<mention.token].map(\.lower)
                // ("Die Amerikaner kauften in Deutschland mehr ein": bought in a country is bought from it.)
                if buys, between.contains(where: { ["in", "bei"].contains($0) }) { continue }
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
        // ("Kanada ist auch hier der wichtigste Stahllieferant der USA und liefert Aluminium für 11,4 Milliarden Dollar":
        // a verb right after "und"/"and", with no subject of its own, has the subject the sentence opened with, a
        // country by name, when no other partner stands between.)
        if flowToken >= 2, flow == .exports || flow == .imports, ["und", "and"].contains(words[flowToken - 1]),
            tokens[flowToken].text.first?.isLowercase == true, !Self.movementNouns.contains(words[flowToken]),
            !commaBetween(flowToken - 2, flowToken - 1),
            let subject = others.first, subject.token == 0, subject.form == .name, subject.code != "WORLD",
            !others.contains(where: { $0.token > subject.token && $0.token < flowToken && $0.code != subject.code }),
            !cues.flows.contains(where: { $0.token > subject.token && $0.token < flowToken - 1 })
        {
            return true
        }
        // "Colombia, whose agreement with us took effect in 2012, and which bought $18.4 billion of American
        // goods": a relative pronoun right before the verb stands for the country named before it.
        if flowToken >= 1, flow == .exports || flow == .imports, tokens[flowToken].text.first?.isLowercase == true,
            let pronoun = (max(0, flowToken - 2)..<flowToken).last(where: { ["which", "who"].contains(words[$0]) }),
            others.last(where: { $0.token < pronoun })?.form == .name
        {
            return true
        }
        // "lieferte das Land Güter für 61,9 Milliarden US-Dollar in die Vereinigten Staaten": the
        // preposition right before the home reporter says the direction ("US-Dollar" is no mention of it).
        // "Der Andenstaat kaufte 2013 knapp sieben Prozent weniger amerikanische Waren", "Das Land
        // lieferte …": a noun referring back to the partner as the subject of a trade verb.
        if ["der", "die", "das", "the"].contains(words[0]),
            let noun = (1...3).first(where: { $0 < words.count && Lexicon.isCountryAnaphor(words[$0]) }),
            flowToken > noun, flowToken - noun <= 2, tokens[flowToken].text.first?.isLowercase == true,
            flow == .exports || flow == .imports
        {
            return true
        }
        // "Das Land kaufte für 282,8 Milliarden Dollar in den USA ein": bought in (or from) the home
        // reporter, the goods leave it.
        for home in mentions where home.code == homeReporter && home.token > flowToken && home.token - flowToken <= 16 {
            // The preposition governs the home reporter: right before it, or before its article ("in die
            // Vereinigten Staaten", "to the U.S."; not "in 2022, the U.S. Commerce Department said").
            let articles: Set<String> = ["the", "die", "den", "der", "dem"]
            var start = home.token
            if start > flowToken + 1, articles.contains(words[start - 1]) { start -= 1 }
            let between = words[max(flowToken + 1, start - 1)..<start]
            // ("nach Angaben des Handelsministeriums in Washington", "the Commerce Department in Washington": where
            // an office sits, not where goods go.)
            if start >= 2, start - 2 > flowToken, Self.isOffice(words[start - 2]) { continue }
            // ("exports of merchandise at $1.58 trillion, a record, even though nobody in Washington …": past a
            // comma another clause's place.)
            if clauseCommaBetween(flowToken, start) { continue }
            if buys, between.contains(where: { ["in", "bei", "from", "aus", "von"].contains($0) }) {
                return flow == .imports
            }
            if between.contains(where: { ["to", "nach", "in"].contains($0) }) { return flow == .exports }
            if between.contains(where: { ["from", "aus"].contains($0) }) { return flow == .imports }
        }
        // ("Im vergangenen Jahr verkaufte die Bundesrepublik den Amerikanern Waren für 117,5 Milliarden Dollar": a German
        // verb put before its subject, the partner right after it, is the partner's.)
        if flow == .exports || flow == .imports, tokens[flowToken].text.first?.isLowercase == true,
            flowToken + 2 < words.count, ["die", "der", "das"].contains(words[flowToken + 1]),
            others.contains(where: { $0.token == flowToken + 2 && $0.form == .name }),
            // (Not the home reporter as the subject before it; an office of it, "des US-Handelsministeriums", is none.)
            !mentions.contains(where: { home in
                home.code == homeReporter && home.token < flowToken && flowToken - home.token <= 3
                    && !tokens[home.token].text.contains("-")
                    && !(home.token + home.count < words.count && Self.isOffice(words[home.token + home.count]))
            })
        {
            return true
        }
        // "das Jahr, in dem Taiwan so viel in die USA lieferte wie nie zuvor": the verb at the end of a German
        // clause, the home reporter with its preposition just before it.
        if flow == .exports || flow == .imports, tokens[flowToken].text.first?.isLowercase == true,
            let home = mentions.last(where: {
                $0.code == homeReporter && $0.token + $0.count <= flowToken && flowToken - ($0.token + $0.count) <= 3
            }), home.token >= 1,
            // (Words alone between them: not "Waren „Made in USA“: Im vergangenen Jahr lieferten …".)
            !text[tokens[home.token + home.count - 1].range.upperBound..<tokens[flowToken].range.lowerBound].contains(
                where: { ",;:“”\"„(".contains($0) })
        {
            var start = home.token
            if start >= 2, ["die", "den", "der", "dem"].contains(words[start - 1]) { start -= 1 }
            // (Not a preposition past a colon: "Den größten Teil machten die Lieferungen aus Tschechien aus: Die USA
            // kauften …", the particle of the clause before.)
            guard !commaBetween(start - 1, start),
                !text[tokens[start - 1].range.upperBound..<tokens[start].range.lowerBound].contains(where: {
                    ";:–—".contains($0)
                })
            else { return false }
            if ["in", "nach"].contains(words[start - 1]) { return flow == .exports }
            if ["aus"].contains(words[start - 1]) { return flow == .imports }
        }
        return false
    }

    /// The year of a run of months or a month that names none: the sentence's own year, else
    /// the latest such period that had ended by the publication date, else the context's year.
    func impliedYear(lastMonth: Int, inclusive: Bool) -> Int? {
        if let date = periods.date {
            return (inclusive ? lastMonth <= date.month : lastMonth < date.month) ? date.year : date.year - 1
        }
        if let ownYear { return ownYear.year }
        return discourse.period?.last.year
    }

    /// "The high-water mark came in 2018, when exports reached $83.5 billion from January through August": a run of
    /// months without a year of its own, after a past year the sentence names (not as a base, "than in 2017", nor
    /// past a contrast), is of that year.
    func yearNamedBefore(_ mention: PeriodMention) -> Int? {
        let token = tokenIndex(of: mention.range.lowerBound)
        // (Not months said of this year: "2022 lag das Land auf Platz neun, in den ersten vier Monaten dieses Jahres …".)
        let said = mention.text.lowercased()
        guard !["this", "dies", "laufend", "current"].contains(where: { said.contains($0) }) else { return nil }
        // (A year said by its number, not "im vergangenen Jahr", which the months of this year may follow.)
        guard
            let named = periodMentions.last(where: { other in
                guard other.range.upperBound <= mention.range.lowerBound, case .single(let period) = other.kind else {
                    return false
                }
                return !period.isMonth
            }),
            case .single(let period) = named.kind, named.text.contains(where: \.isNumber)
        else { return nil }
        let namedToken = tokenIndex(of: named.range.lowerBound)
        // (Nor a year inside a relative clause: "The deficit, which hit a record $419bn in 2018, came to $198bn between
        // January and July".)
        let opener = (0..<namedToken).last(where: { commaBetween($0, $0 + 1) }).map { $0 + 1 }
        if let opener, opener < namedToken,
            Lexicon.relativePronouns.contains(words[opener]) || Lexicon.relativeClauseOpeners.contains(words[opener])
        {
            return nil
        }
        guard token - namedToken <= 16, !clauseBreak(from: namedToken, to: token),
            !(max(0, namedToken - 3)..<namedToken).contains(where: {
                isBaseMarker(at: $0, ["than", "from", "since", "seit", "compared", "gegenüber", "als", "vs", "versus"])
            })
        else { return nil }
        if let date = periods.date, period.year >= date.year { return nil }
        return period.year
    }

    /// A mention as the period a figure is about: a year, a month or a run of months.
    /// Each mention is resolved once per sentence (the context does not change within it).
    func resolvePeriod(_ mention: PeriodMention) -> ClaimPeriod? {
        if let index = periodMentions.firstIndex(of: mention), index < resolved.count { return resolved[index] }
        return resolveUncached(mention)
    }

    func resolveUncached(_ mention: PeriodMention) -> ClaimPeriod? {
        switch mention.kind {
        case .months(let first, let last, let year):
            guard let y = year ?? yearNamedBefore(mention) ?? impliedYear(lastMonth: last, inclusive: false) else {
                return nil
            }
            if first == 1, last == 12 { return .single(.year(y)) }
            return .months(PeriodRange(.month(y, first), .month(y, last)))
        case .rolling(let lastMonth, let year, let count):
            guard let y = year ?? impliedYear(lastMonth: lastMonth, inclusive: false) else { return nil }
            var start = Period.month(y, lastMonth)
            for _ in 1..<max(count, 1) { start = start.previous }
            return .months(PeriodRange(start, .month(y, lastMonth)))
        case .yearToDate(let year):
            return yearToDate(year)
        case .thisYear:
            // "this year", "in diesem Jahr": the months published so far.
            return yearToDate(nil)
        case .lastYears(let count):
            // "Im Schnitt der vergangenen fünf Jahre": the five full years published by then.
            guard let latest = periods.date?.latestPublishedYear else { return nil }
            return .span(.year(latest - count + 1), .year(latest))
        case .yearsBefore(let count, let fromPublication):
            // "Zehn Jahre zuvor waren es noch 67 Milliarden Dollar": before the year the text speaks of.
            // ("Four years ago today, working families were told …": "ago" dates what was said as often as a
            // figure; it is only another reading of a figure's period, see `agoReadings`.)
            guard !fromPublication else { return nil }
            // ("they were 1.4% higher in 2015 than a decade earlier": before the year the sentence names first.)
            let ownYear = periodMentions.compactMap { other -> Int? in
                guard other.range.upperBound <= mention.range.lowerBound, case .single(let named) = other.kind,
                    !named.isMonth
                else { return nil }
                return named.year
            }.last
            return (ownYear ?? discourse.period?.last.year ?? referenceYear).map { .single(.year($0 - count)) }
        default:
            return resolveMore(mention)
        }
    }

    /// "Ten years ago, U.S. exports to China were $124 billion", "vor zehn Jahren": the year that many years before
    /// the publication year, as another reading of a figure whose sentence names no period of its own.
    /// (Or before the latest year published, which the article's figures are of: "Vor zwanzig Jahren führten die USA
    /// aus Irland Waren für knapp 3 Milliarden Dollar ein" in February 2015, of 1994 as well as 1995.)
    var agoReadings: [ClaimPeriod] {
        guard let year = referenceYear else { return [] }
        let latest = periods.date?.latestPublishedYear
        return periodMentions.flatMap { mention -> [ClaimPeriod] in
            guard case .yearsBefore(let count, true) = mention.kind else { return [] }
            var readings: [ClaimPeriod] = [.single(.year(year - count))]
            if let latest, latest != year { readings.append(.single(.year(latest - count))) }
            return readings
        }
    }

    /// The months of a year published by the publication date ("year to date").
    func yearToDate(_ year: Int?) -> ClaimPeriod? {
        guard let date = periods.date else { return nil }
        let latest = date.latestPublishedMonth
        let y = year ?? date.year
        guard y <= latest.year else { return .months(PeriodRange(.month(y, 1), .month(y, 1))) }
        let lastMonth = y < latest.year ? 12 : (latest.month ?? 12)
        return lastMonth == 12 ? .single(.year(y)) : .months(PeriodRange(.month(y, 1), .month(y, lastMonth)))
    }

    /// The other relative periods: a month, the previous month, the same period of another year.
    private func resolveMore(_ mention: PeriodMention) -> ClaimPeriod? {
        switch mention.kind {
        case .latestMonth:
            guard let date = periods.date else { return nil }
            return .single(Period.month(date.year, date.month).previous)
        case .previousMonth:
            guard let base = ownMonth ?? discourse.period?.last, base.isMonth else { return nil }
            return .single(base.previous)
        case .monthOnly(let month):
            // ("Seit Januar ist das Defizit mit Japan größer als das mit Deutschland", "Since March, imports have
            // totaled …": from that month to the latest published, summed; a change since a month is a span, see
            // `changeSpan`.)
            let lower = mention.text.lowercased()
            if lower.hasPrefix("seit ") || lower.hasPrefix("since "),
                !figures.contains(where: { $0.unit == .percent || $0.unit == .ratio }),
                // ("Seit September gelten auf chinesische Einfuhren … Sonderzölle": when a measure took effect.)
                !words.contains(where: Lexicon.isRate),
                let date = periods.date,
                let y = impliedYear(lastMonth: month, inclusive: true)
            {
                let start = Period.month(y, month)
                let latest = date.latestPublishedMonth
                if start < latest { return .months(PeriodRange(start, latest)) }
            }
            // "in May 2014, up from April": a month without a year takes the year of the month or
            // year the sentence names (across the turn of a year: "January 2015 … December").
            // The same month named twice is a comparison of two years ("Im Januar … nach 4,6
            // Milliarden im Januar 2017"): read from the publication date.
            // ("up 7 per cent from October and about 40 per cent higher than in November 2020": not from the month
            // of a comparison's other side.)
            if let ownMonth = comparedMonth, case .month(let y, let m) = ownMonth, m != month {
                return .single(.month(m - month > 6 ? y + 1 : month - m > 6 ? y - 1 : y, month))
            }
            // ("reached $11.8 billion in August, up 41.5% from August last year": the first of a month named twice is
            // the latest by the date, the second the base with its own year.)
            let namedAgain = periodMentions.contains { other in
                guard other.range.lowerBound > mention.range.upperBound else { return false }
                switch other.kind {
                case .monthOnly(let again): return again == month
                case .single(let again): return again.month == month
                default: return false
                }
            }
            if namedAgain, let y = impliedYear(lastMonth: month, inclusive: true) { return .single(.month(y, month)) }
            if let ownYear, !ownYear.isMonth { return .single(.month(ownYear.year, month)) }
            guard let y = impliedYear(lastMonth: month, inclusive: true) else { return nil }
            return .single(.month(y, month))
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
            // ("Year to date, the gap stood at …, down from … in the same period of 2022": the sentence's own run
            // of months, however it was said.)
            for other in periodMentions where other.range != mention.range {
                if case .samePeriodOf = other.kind { continue }
                if case .months(let range)? = resolvePeriod(other), let first = range.first.month,
                    let last = range.last.month, range.first.year == range.last.year
                {
                    return .months(PeriodRange(.month(year, first), .month(year, last)))
                }
            }
            // "In December alone, imports jumped 52% from $3.8 billion in the same month of 2018": that month.
            if ["month", "monat"].contains(where: { mention.text.lowercased().contains($0) }) {
                for other in periodMentions where other.range != mention.range {
                    if case .samePeriodOf = other.kind { continue }
                    if case .single(let period)? = resolvePeriod(other), case .month(_, let month) = period {
                        return .single(.month(year, month))
                    }
                }
                if case .single(let period)? = discourse.period, case .month(_, let month) = period {
                    return .single(.month(year, month))
                }
            }
            switch discourse.period {
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
            // ("U.S. exports rose 50% over January through September …, the highest for that stretch of any year": the
            // period the sentence itself named before.)
            if ["zeitraum", "period", "stretch"].contains(where: lower.contains),
                let own = periodMentions.last(where: { other in
                    guard other.range.upperBound <= mention.range.lowerBound else { return false }
                    switch other.kind {
                    case .same, .samePeriodOf, .previous: return false
                    default: return true
                    }
                }), let period = resolvePeriod(own)
            {
                return period
            }
            if lower.contains("zeitraum") || lower.contains("period") {
                // ("The report covers the four quarters through June 2020. Over that period, …": the period a
                // sentence without a claim just named.)
                if discourse.sentencesSinceClaim > 1, let named = discourse.previousSentencePeriod { return named }
                return contextPeriod
            }
            // "December offered a snapshot: … in the month": the month the sentence names.
            if lower.contains("month") || lower.contains("monat"),
                let named = periodMentions.first(where: {
                    if case .monthOnly = $0.kind { return true }
                    if case .single(let period) = $0.kind { return period.isMonth }
                    return false
                }), named.range != mention.range,
                // ("U.S. exports to Brazil rose to $3.0 billion in the month, 18% more than in August 2015": not the
                // month named as a comparison's base.)
                !isBasePeriod(named),
                // ("For the month, Mexico slipped to third …, as factories that had closed in February came back": not
                // a month past a clause of reasons after it.)
                named.range.lowerBound < mention.range.lowerBound
                    || !clauseBreak(
                        from: tokenIndex(of: mention.range.lowerBound), to: tokenIndex(of: named.range.lowerBound))
            {
                return resolveUncached(named)
            }
            // ("the lowest for those nine months", "in diesen zehn Monaten": the run of months spoken of.)
            // ("Year to date … . Imports totaled $39.2 billion in the month": one month, the run's last.)
            let oneMonth = !lower.contains("months") && !lower.contains("monaten") && !lower.contains("monate")
            if oneMonth, lower.contains("month") || lower.contains("monat") {
                if case .months(let range)? = discourse.period { return .single(range.last) }
                if case .rangeSpan(_, let to)? = discourse.period { return .single(to.last) }
            }
            if lower.contains("month") || lower.contains("monat") {
                if case .months? = discourse.period { return discourse.period }
                if case .rangeSpan(_, let to)? = discourse.period { return .months(to) }
            }
            // ("Denn 2015 war die Lücke größer: Damals erreichte das Defizit seinen Höhepunkt", "That year …": the
            // year written last before it, in the sentence or the one before.)
            if let year = yearPointedBack(by: mention) { return .single(.year(year)) }
            // ("Die jüngsten Zahlen betreffen den Januar. In diesem Monat lag das Defizit …": a month the discourse
            // does not hold is not its year.)
            if lower.contains("month") || lower.contains("monat"), discourse.period?.last.isMonth != true { return nil }
            return resolve(mention).map { .single($0) }
        case .previous:
            // ("… und ist schon jetzt fast so hoch wie im gesamten Vorjahr", "more than in the whole of the previous
            // year": the whole year before, not the same months of it.)
            let at = tokenIndex(of: mention.range.lowerBound)
            let mentionWords = mention.text.lowercased().split(separator: " ").map(String.init)
            if (words[max(0, at - 2)..<at] + mentionWords).contains(where: {
                ["gesamten", "ganzen", "kompletten", "whole", "full", "entire"].contains($0)
            }),
                let base = ownYear
                    ?? periodMentions.lazy.filter({ $0.range != mention.range }).compactMap({ other -> Period? in
                        if case .previous = other.kind { return nil }
                        return self.resolvePeriod(other)?.last
                    }).first ?? discourse.period?.last
            {
                return .single(.year(base.year - 1))
            }
            // "from January through September … from $554.7 billion a year earlier": the sentence's
            // own run of months, a year before.
            for other in periodMentions where other.range != mention.range {
                if case .months = other.kind, case .months(let range)? = resolvePeriod(other) {
                    return .months(range.yearEarlier)
                }
            }
            // ("Seit Jahresbeginn summiert sich der Fehlbetrag auf …, nach 318 Milliarden im Vorjahreszeitraum": the
            // sentence's run of months however said, a year before.)
            for other in periodMentions where other.range != mention.range {
                if case .previous = other.kind { continue }
                if case .samePeriodOf = other.kind { continue }
                if case .months(let range)? = resolvePeriod(other) { return .months(range.yearEarlier) }
            }
            if ownYear == nil, case .months(let range) = discourse.period { return .months(range.yearEarlier) }
            if ownYear == nil, let base = pointedPoint ?? discourse.period?.last, case .month(let y, let m) = base {
                return .single(.month(y - 1, m))
            }
            // ("Zwischen Washington und Canberra gilt seit Januar 2005 ein Freihandelsvertrag. Im Jahr davor lieferten
            // …": opening the sentence, the year before the last one the sentence before named, when that sentence made
            // no claim. After one that did, the year in question is its claim's: "… ein Defizit von 1,7 Mia. Dollar –
            // erstmals seit 2005 … Im Vorjahr hatten die Amerikaner noch einen Überschuss".)
            if ownYear == nil, at == 0, discourse.sentencesSinceClaim > 1, let year = discourse.previousSentenceYear {
                return .single(.year(year - 1))
            }
            // ("kauften die USA im Vorjahr Waren für 4,6 Mrd. Dollar, nach 14,4 Mrd. Dollar im Jahr davor": a year
            // "before" after another year said relative to the date is the year before that one.)
            let saysBefore = { (said: PeriodMention) in
                ["davor", "zuvor", "before", "earlier"].contains(where: said.text.lowercased().contains)
            }
            if ownYear == nil, saysBefore(mention),
                let first = periodMentions.first(where: { other in
                    guard case .previous = other.kind, other.range.upperBound <= mention.range.lowerBound else {
                        return false
                    }
                    return !saysBefore(other)
                }), let year = resolve(first), !year.isMonth
            {
                return .single(.year(year.year - 1))
            }
            // ("came to $1.45 billion in December, compared with $1.09 billion a year earlier": a year before the month
            // the sentence names is that month a year before, not the year before it.)
            let lowerMention = mention.text.lowercased()
            if [
                "year earlier", "year before", "year ago", "year prior", "jahr zuvor", "jahr davor", "jahr früher",
                "vor einem jahr", "vorjahresmonat", "same month",
            ].contains(where: lowerMention.contains),
                let month = periodMentions.lazy.filter({ $0.range != mention.range }).compactMap({ other -> Period? in
                    if case .previous = other.kind { return nil }
                    guard case .single(let period)? = self.resolvePeriod(other), period.isMonth else { return nil }
                    return period
                }).first, case .month(let y, let m) = month
            {
                return .single(.month(y - 1, m))
            }
            return resolve(mention).map { .single($0) }
        case .following:
            // ("US imports from Britain peaked in 2008 before sliding by almost a fifth the following year": the year
            // after the last one written before it, in the sentence or the one before.)
            let earlier = periodMentions.last { other in
                guard other.range.upperBound <= mention.range.lowerBound, case .single(let year) = other.kind else {
                    return false
                }
                return !year.isMonth
            }
            if case .single(let year)? = earlier?.kind { return .single(.year(year.year + 1)) }
            if let year = discourse.previousSentenceYear { return .single(.year(year + 1)) }
            return nil
        default:
            return resolve(mention).map { .single($0) }
        }
    }

    /// The year "damals", "that year", "in jenem Jahr", "im selben Jahr" point back to: the year written last before it
    /// in the sentence ("Schon 2021 war Korea …, die Ausfuhren wuchsen in jenem Jahr um 29 Prozent"), else the year the
    /// sentence before wrote. "Im selben Jahr", "in the same year" take the sentence before's year only when that
    /// sentence made no claim ("Im Januar 2007 trat Vietnam der WTO bei. Im selben Jahr überstiegen die Einfuhren …");
    /// after a claim they are its year, read by the caller. `nil` for other words.
    func yearPointedBack(by mention: PeriodMention) -> Int? {
        let lower = mention.text.lowercased()
        let always = ["damals", "that year", "in jenem jahr"].contains(where: lower.contains)
        // ("Dann kam der Dezember 2001. … Im Jahr des Beitritts importierten die USA …": the year of an event the
        // sentence before dated.)
        let afterAside = ["selben jahr", "gleichen jahr", "same year", "jahr des ", "jahr der ", "year of "].contains(
            where: lower.contains)
        guard always || afterAside else { return nil }
        let earlier = periodMentions.last { other in
            guard other.range.upperBound <= mention.range.lowerBound else { return false }
            switch other.kind {
            case .single(let period): return !always || !period.isMonth
            default: return false
            }
        }
        if case .single(let period)? = earlier?.kind { return period.year }
        if always { return discourse.previousSentenceYear }
        // (Not "seit 1985" said in passing: the sentence before must have named one point in time.)
        // (Up to two sentences back, with no claim since: "Dann kam der Dezember 2001. Mit dem Beitritt … Im Jahr des
        // Beitritts …".)
        if let year = discourse.pointYear, discourse.sentencesSincePointYear <= 2,
            discourse.sentencesSinceClaim > discourse.sentencesSincePointYear
        {
            return year
        }
        return nil
    }

    func resolve(_ mention: PeriodMention) -> Period? {
        switch mention.kind {
        case .single(let period): return period
        case .same:
            // "im selben Jahr" after a month means that month's year.
            guard let last = discourse.period?.last else { return nil }
            let lower = mention.text.lowercased()
            return lower.contains("jahr") || lower.contains("year") ? .year(last.year) : last
        case .previous:
            if let base = ownYear ?? discourse.period?.last { return .year(base.year - 1) }
            return referenceYear.map { .year($0 - 1) }
        case .range, .since: return nil
        default:
            return resolvePeriod(mention).flatMap { period in
                if case .single(let single) = period { return single }
                return nil
            }
        }
    }

    /// The period of a figure. Figures and flow words split a sentence into clauses; a period after a
    /// figure belongs to it only if no other figure or flow word comes between.
    /// `ownFlow`: the token of the figure's own flow word, which does not part it from a period
    /// ("Knapp 4 Prozent aller US-Importe stammten im ersten Halbjahr …").
    func period(near position: String.Index, end: String.Index? = nil, ownFlow: Int? = nil) -> ClaimPeriod? {
        let figureStarts = figures.map(\.range.lowerBound)
        let end = end ?? position
        // "Für das Gesamtjahr 2013 hatte das Ministerium bereits im Februar … ausgewiesen": a month
        // without a year beside a full year named as such is when it was said, not the figure's period.
        let fullYearNamed =
            ownYear.map { !$0.isMonth } == true
            && words.indices.contains { index in
                ["gesamtjahr", "gesamtjahres", "full-year"].contains(words[index])
                    || (words[index] == "full" && index + 1 < words.count && words[index + 1] == "year")
            }
        // ("In den ersten elf Monaten des vergangenen Jahres - die Dezemberdaten legt das Census Bureau erst im Februar
        // vor - kauften …": a period inside an aside between dashes is the aside's, unless the figure is in it too.)
        let dashAsides = parentheses.filter { aside in
            let opening = text[..<aside.lowerBound]
            return opening.hasSuffix(" - ") || opening.hasSuffix(" – ") || opening.hasSuffix(" — ")
        }
        let singles = periodMentions.filter { mention in
            if fullYearNamed, case .monthOnly = mention.kind { return false }
            if dashAsides.contains(where: { aside in
                aside.lowerBound <= mention.range.lowerBound && mention.range.upperBound <= aside.upperBound
                    && !(aside.lowerBound <= position && position < aside.upperBound)
            }) {
                return false
            }
            return resolvePeriod(mention) != nil
        }
        let positionToken = tokenIndex(of: position)
        let after = singles.first { mention in
            // (A period inside the figure's own text, as in "2023%", is no period after it.)
            guard mention.range.lowerBound > position, mention.range.lowerBound >= end else { return false }
            // "close to its level a year earlier": a relative period after a figure is its period
            // only right after it ("the $16.2 billion of a year earlier").
            if case .previous = mention.kind, tokenIndex(of: mention.range.lowerBound) > tokenIndex(of: end) + 2 {
                return false
            }
            let periodToken = tokenIndex(of: mention.range.lowerBound)
            // "… 29,6 Milliarden Dollar aus Russland; 2023 war es …": a semicolon ends the clause.
            // "15,0 Milliarden Dollar, im Dezember allein 7,6 Milliarden": a period that opens the
            // next clause belongs to the figure of that clause.
            let opensNext =
                text[end..<mention.range.lowerBound].contains(",")
                && figureStarts.contains { start in
                    start >= mention.range.upperBound && !text[mention.range.upperBound..<start].contains(",")
                        && (tokenIndex(of: start) - periodToken <= 5
                            // ("54,9 Milliarden Dollar, im selben Zeitraum des Vorjahres waren es knapp 49 Milliarden":
                            // a long period's words and the verb, then the figure.)
                            || tokenIndex(of: start) - tokenIndex(of: mention.range.upperBound) <= 3)
                }
            // "came to $131.0 billion, smaller than in the same stretch of 2015": a base named after a
            // comparison word is not the figure's period.
            let endToken = tokenIndex(of: end)
            var relativeBase = false
            switch mention.kind {
            case .samePeriodOf, .previous: relativeBase = true
            default: break
            }
            let comparedAfter =
                relativeBase && endToken < periodToken
                && (endToken..<periodToken).contains {
                    // ("narrowed to $77.8 billion from the same quarter of 2015": "from" names the base too.)
                    isBaseMarker(at: $0, ["than", "als", "compared", "gegenüber", "versus", "vs", "from", "vom"])
                }
            // ("a deficit of $73.7 billion, far larger than in 2023": a level's comparison names another year.)
            let levelCompared =
                isComparisonBase(mention)
                && figures.contains { $0.range.lowerBound == position && ($0.unit == .usd || $0.unit == .eur) }
            // ("… auf 3,6 Milliarden Dollar schrumpften, während Washington seit Juni Zölle … erhebt": a period past a
            // contrast is that clause's.)
            let pastContrast = contrastBetween(positionToken, periodToken)
            // ("In October, imports came to $12.8 billion, down from September's record": the base, not the
            // figure's period.)
            let changeWords: Set<String> = ["down", "up", "higher", "lower", "sharply", "slightly"]
            let upOrDownFrom =
                (periodToken >= 2 && words[periodToken - 1] == "from" && changeWords.contains(words[periodToken - 2]))
                || (periodToken >= 1 && words[periodToken] == "from" && changeWords.contains(words[periodToken - 1]))
                // ("a small surplus of $1.4bn, a reversal from 2015, when …": a change noun's base.)
                || (periodToken >= 2 && words[periodToken - 1] == "from"
                    && Lexicon.changeNouns.contains(words[periodToken - 2]))
            // ("einen Überschuss von gut 9 Milliarden Dollar, und in diesem Jahr zieht das Geschäft weiter an": a
            // period past ", und" opens the next clause.)
            let gapText = text[end..<mention.range.lowerBound]
            let coordinated =
                gapText.contains(", und ") || gapText.contains(", and ") || gapText.contains(", but ")
                || gapText.contains(", aber ")
            // ("−4,3 Mrd. $ (Vj. −8,1 Mrd. $)", "$4.3 billion (2017: $8.1 billion)": a period opening a parenthesis
            // that leads to a figure is that figure's.)
            let leadsParenthesis =
                text[end..<mention.range.lowerBound].contains("(")
                && figureStarts.contains { start in
                    start >= mention.range.upperBound && !text[mention.range.upperBound..<start].contains(")")
                        && tokenIndex(of: start) - periodToken <= 3
                }
            // ("widened 31 percent from a year earlier, which he attributed partly to … the tariff increases of 2018": a
            // period past a relative clause's opening is the clause's.)
            let relative = Lexicon.relativeClauseOpeners.contains { gapText.contains(", \($0) ") }
            // ("Im Oktober lag der Wert bei 732 Millionen Dollar – gegenüber März ein Rückgang um fast 90 Prozent": a
            // month named as what is compared with is a base.)
            let againstBase = periodToken < words.count && ["gegenüber", "against"].contains(words[periodToken])
            let blocked =
                opensNext || leadsParenthesis || comparedAfter || levelCompared || pastContrast || upOrDownFrom
                || coordinated || relative || againstBase
                || text[end..<mention.range.lowerBound].contains(";")
                // (A table's next cell is another column's: "Imports, Jan–Jul 2024 $73.9 bn | Change on Jan–Jul 2023".)
                || text[end..<mention.range.lowerBound].contains("|")
                || figureStarts.contains { $0 > position && $0 < mention.range.lowerBound }
                || cues.flows.contains { $0.token > positionToken && $0.token < periodToken && $0.token != ownFlow }
            return !blocked
        }
        // A period right after a base figure is that figure's ("from $528.3 million in 2024").
        let before = singles.last { mention in
            guard mention.range.upperBound <= position else { return false }
            // "17 Prozent mehr als im Vorjahr, während … von 27,8 auf rund 25 Milliarden": another
            // figure's base period is not this figure's.
            let token = tokenIndex(of: mention.range.lowerBound)
            var relative = false
            if case .previous = mention.kind { relative = true }
            if case .samePeriodOf = mention.kind { relative = true }
            // ("… more than double the figure for the same period of last year, while U.S. exports … totaled $522
            // million": the other clause's base, past a contrast.)
            if relative, contrastBetween(token, positionToken) { return false }
            // ("imported $36.6 billion from Malaysia last year, up nearly 8% from 2015, and $42.1 billion from
            // Vietnam": the base year of a change before the figure is that change's.)
            // (Its marker between the change and the year, and a comma after the year: "jumped by almost a third from
            // 2023's $87.8 billion" dates the figure itself; "more than doubled in the first five months" has no base.)
            if text[mention.range.upperBound..<position].contains(","),
                figures.contains(where: { other in
                    let otherEnd = tokenIndex(of: other.range.upperBound)
                    return other.range.lowerBound != position && other.range.upperBound <= mention.range.lowerBound
                        && (other.unit == .percent || other.unit == .ratio) && token - otherEnd <= 3
                        && (otherEnd..<token).contains(where: {
                            ["from", "vom", "von", "than", "als", "gegenüber", "compared", "against"].contains(
                                words[$0])
                        })
                })
            {
                return false
            }
            let comparedWith = words[max(0, token - 2)..<token].contains {
                ["als", "than", "gegenüber", "compared", "vs", "versus"].contains($0)
                    || (relative && ["from", "von", "vom", "zum"].contains($0))
            }
            if comparedWith,
                figures.contains(where: {
                    $0.range.upperBound <= mention.range.lowerBound && $0.range.lowerBound != position
                })
            {
                return false
            }
            // ("sank im Vergleich zum Vorjahreszeitraum um 6,6 Prozent auf 638,9 Milliarden Dollar", "compared with
            // a year earlier": a period named relative to another, as what is compared with, is a base.)
            // ("stiegen die Ausfuhren gegenüber dem Vorjahresquartal um 10,5 Prozent auf 10,8 Milliarden Dollar": so is
            // one right after "gegenüber", "than".)
            if relative,
                comparedWith
                    || words[max(0, token - 3)..<token].contains(where: { ["vergleich", "compared"].contains($0) })
            {
                return false
            }
            // "decreased from May to $28.3 billion in June": the period after "from" is the base, and the
            // figure after "to" the new level.
            let baseWords: Set<String> = ["from", "vom", "von"]
            var run = false
            if case .months = mention.kind { run = true }
            if !run, baseWords.contains(words[token]) || (token > 0 && baseWords.contains(words[token - 1])),
                positionToken > 0, ["to", "auf"].contains(words[positionToken - 1])
            {
                return false
            }
            let periodToken = tokenIndex(of: mention.range.lowerBound)
            return !figures.contains { other in
                let otherToken = tokenIndex(of: other.range.lowerBound)
                // ("imports from Taiwan jumped 24.5% in 2024": "from" with a country is no base.)
                guard
                    let marker = (max(0, otherToken - 3)..<otherToken).last(where: {
                        ["from", "von", "than", "als", "gegenüber", "compared", "against"].contains(words[$0])
                    })
                else { return false }
                // ("ein Überschuss von gut 1,6 Milliarden Dollar, 2014 waren es noch 4,2 Milliarden": a year past a
                // comma or a semicolon opens the next clause, not the figure before's.)
                return other.range.upperBound <= mention.range.lowerBound && other.range.lowerBound != position
                    && periodToken - tokenIndex(of: other.range.upperBound) <= 2
                    && !text[other.range.upperBound..<mention.range.lowerBound].contains(where: { ",;".contains($0) })
                    && !mentions.contains { $0.token > marker && $0.token < otherToken }
            }
        }
        // ("… weniger als ein Jahr zuvor, als es noch 6,5 Milliarden Dollar gewesen waren", "from a year earlier, when
        // the figure was $6.5 billion": a clause of "when" right after a period is that period's, base or not.)
        let whenClause = singles.last { mention in
            guard mention.range.upperBound <= position else { return false }
            let gap = text[mention.range.upperBound..<position]
            guard let opening = [", als ", ", when ", ", da ", ", wo "].first(where: gap.hasPrefix) else {
                return false
            }
            return !gap.dropFirst(opening.count).contains(where: { ",;:()".contains($0) })
                && !figureStarts.contains { $0 >= mention.range.upperBound && $0 < position }
                && positionToken - tokenIndex(of: mention.range.upperBound) <= 8
        }
        var chosen: PeriodMention?
        if let whenClause {
            chosen = whenClause
        } else if let after, let before, isRecordScope(after, after: end, within: before) {
            // ("Im März erreichten die Importe … mit 2,75 Milliarden Dollar ihren höchsten Monatswert in diesem Jahr":
            // the year after the superlative is the record's scope; the month within it is the figure's.)
            chosen = before
        } else if let after, let before {
            // On a tie the period after the figure wins ("… to 12.7% in 2024 from 21.6% in 2017").
            chosen = distance(after.range, end, text) <= distance(before.range, position, text) ? after : before
        } else {
            chosen = after ?? before
        }
        if chosen == nil, discourse.period == nil {
            chosen = singles.first { $0.range.lowerBound > position && !isBasePeriod($0) }
        }
        guard let chosen, let resolved = resolvePeriod(chosen) else { return contextPeriod }
        // "1987 stammte gut ein Fünftel aller Importe aus Japan, heute sind es noch 6,1 Prozent", "In 2013 … ;
        // today it is …": "now" between a year named before and the figure moves the figure to the present,
        // the latest year published.
        // (Only after a look back: a year well before the latest published; "in the first half of 2019 … it is
        // now nearly as large" speaks of that half year.)
        if chosen.range.upperBound <= position, let latest = latestYear, resolved.last.year < latest.last.year - 2 {
            // (Within the figure's reach only: bounded work per figure.)
            let between = words[max(tokenIndex(of: chosen.range.upperBound), positionToken - 30)..<positionToken]
            if between.contains(where: {
                ["heute", "today", "now", "derzeit", "currently", "mittlerweile"].contains($0)
            }) {
                return latest
            }
        }
        return resolved
    }

    /// Whether a period after a figure is the scope of a superlative between them ("… ihren höchsten Monatswert in
    /// diesem Jahr", "the largest monthly figure of the year") that holds a shorter period named before the figure.
    func isRecordScope(_ mention: PeriodMention, after end: String.Index, within inner: PeriodMention) -> Bool {
        let from = tokenIndex(of: end)
        let token = tokenIndex(of: mention.range.lowerBound)
        guard from < token, token - from <= 8,
            words[from..<token].contains(where: {
                RecordFinder.highWords.contains($0) || RecordFinder.lowWords.contains($0)
            }),
            let scope = resolvePeriod(mention), let own = resolvePeriod(inner)
        else { return false }
        let (scopeFirst, scopeLast) = scope.monthBounds
        let (ownFirst, ownLast) = own.monthBounds
        // (A year's scope holds its months: compare month by month; a year named before is no shorter period.)
        return own != scope && own.isSingle && own.last.isMonth && scopeFirst <= ownFirst && ownLast <= scopeLast
    }

    /// Whether a period belongs to a comparison's base ("from $44.6 billion in 2019", "than in 2023").
    func isBasePeriod(_ mention: PeriodMention) -> Bool {
        let token = tokenIndex(of: mention.range.lowerBound)
        // ("Imports from Vietnam peaked in 2022": "from" before a country is the partner's.)
        return (max(0, token - 5)..<token).contains { index in
            // (Not past a comma: "read from left to right, the 2016 bar is the shortest since 2013".)
            !text[tokens[index].range.upperBound..<mention.range.lowerBound].contains(where: { ",;:".contains($0) })
                && ["from", "von", "than", "als", "gegenüber", "compared", "against", "vom"].contains(words[index])
                && !(["from", "von"].contains(words[index]) && facts.mentions.contains { $0.token == index + 1 })
                // ("fell 29% from a year earlier in October": a base said in full before the period leaves the period
                // the figure's.)
                && !(["from", "von", "gegenüber", "compared", "against"].contains(words[index])
                    && words[(index + 1)..<token].contains(where: {
                        ["earlier", "ago", "before", "prior"].contains($0) || $0.hasPrefix("vorjahr")
                    }))
                // ("Only China and Japan left the U.S. with a bigger deficit than Germany in 2015": "than" a
                // country compares countries in the one period.)
                && !(["than", "als"].contains(words[index]) && facts.mentions.contains { $0.token == index + 1 })
                // ("higher than ever in 2013", "mehr als je zuvor im Jahr 2013": a record's own period.)
                && !(["than", "als"].contains(words[index]) && index + 1 < words.count
                    && ["ever", "je", "jemals"].contains(words[index + 1]))
                // ("more to Britain than it bought from it in the first eight months of 2016": "from" a pronoun
                // is the partner's, too.)
                && !(["from", "von"].contains(words[index]) && index + 1 < words.count
                    && ["it", "them", "us", "him", "her", "ihm", "ihnen", "ihr", "uns"].contains(words[index + 1]))
                || isPercentBelowOrAbove(index)
        }
    }

    /// "lag knapp 13 Prozent unter dem Wert der ersten zehn Monate 2012", "5% above 2019": "unter", "über",
    /// "below", "above" right after a percent, naming a change's base.
    func isPercentBelowOrAbove(_ index: Int) -> Bool {
        Lexicon.sideOfBaseWords.contains(words[index])
            && figures.contains { figure in
                figure.unit == .percent && abs(tokenIndex(of: figure.range.upperBound) - index) <= 1
            }
    }

    /// Whether "since" belongs to a record ("the lowest since 2010"), not to a change.
    func isRecordSince(_ mention: PeriodMention) -> Bool {
        let token = tokenIndex(of: mention.range.lowerBound)
        let before = words[max(0, token - 4)..<token]
        // "so niedrig wie seit 2009 nicht mehr", "as low as since 2009", "has not been this low since 2017": a record's
        // since.
        let asLow =
            before.contains { ["wie", "as", "this", "that", "so"].contains($0) }
            && before.contains {
                ["niedrig", "hoch", "wenig", "viel", "gering", "low", "high", "little", "much", "stark"].contains($0)
            }
        return asLow || before.contains { RecordFinder.lowWords.contains($0) || RecordFinder.highWords.contains($0) }
    }

    /// Whether the word at a token is set in a frame that opens the sentence: "Im Handel mit …", "Im reinen
    /// Warenhandel", "In goods trade": a frame preposition first, at most two words between it and the token.
    func opensTheSentenceAsAFrame(_ token: Int) -> Bool {
        guard token >= 1, token <= 3, Lexicon.framePrepositions.contains(words[0]) else { return false }
        return !(0..<token).contains { commaBetween($0, $0 + 1) }
    }

    /// The tokens of the clause around a token, between semicolons (the tokens drop punctuation).
    func semicolonClause(of token: Int) -> Range<Int> {
        let start = facts.semicolonTokens.last { $0 <= token } ?? 0
        let end = facts.semicolonTokens.first { $0 > token } ?? words.count
        return start..<max(start, end)
    }

    /// See ``SentenceFacts/isComparisonBase(_:)``.
    func isComparisonBase(_ mention: PeriodMention) -> Bool { facts.isComparisonBase(mention) }

    /// Whether a period dates a base figure ("down 87% from the $29.6 billion Russia shipped us in
    /// 2021"): the figure before it, within eight tokens, follows "from", "von" or "than".
    func followsBaseFigure(_ mention: PeriodMention) -> Bool {
        let token = tokenIndex(of: mention.range.lowerBound)
        guard let figure = figures.last(where: { $0.range.upperBound <= mention.range.lowerBound }) else {
            return false
        }
        let figureToken = tokenIndex(of: figure.range.lowerBound)
        guard token - tokenIndex(of: figure.range.upperBound) <= 8 else { return false }
        // "fiel auf 13,9 Prozent, nach 21,6 Prozent im Jahr 2017": "nach" right before a figure.
        return words[max(0, figureToken - 2)..<figureToken].contains {
            ["from", "von", "than", "als", "gegenüber", "against"].contains($0)
        } || (figureToken > 0 && words[figureToken - 1] == "nach")
    }

    /// What puts a claim out of scope: the sentence's scope, else its own words' ("it's on course for a
    /// record", "soll bis 2030 auf 200 Milliarden steigen").
    func scope(of tokenRange: Range<Int>) -> OutOfScope? {
        let clause = words[tokenRange.clamped(to: 0..<words.count)]
        return facts.scope ?? Lexicon.outOfScope(clause, sentence: clause.joined(separator: " "))
    }

    /// The latest year published by the publication date: what "today" and a present tense mean.
    var latestYear: ClaimPeriod? { periods.date.map { .single(.year($0.latestPublishedYear)) } }

    /// The months of a year not yet complete that had been published by the publication date (January to
    /// November 2019 in an article of January 2020): what "now" may mean before the full year is out.
    var latestYearSoFar: ClaimPeriod? {
        guard let latest = periods.date?.latestPublishedMonth, let month = latest.month, month >= 3, month < 12
        else { return nil }
        return .months(PeriodRange(.month(latest.year, 1), latest))
    }

    /// ("Maschinen sind Deutschlands wichtigstes Exportgut in die USA", in November 2024: the latest full year, or the
    /// months of this one out by then.) The other reading of goods said of the present without a period: wrong for
    /// the latest full year and right for these months is unsure.
    var monthsSoFarReadings: [ClaimPeriod] { [latestYearSoFar].compactMap { $0 } }

    /// Whether a period's figures had been published by the publication date (any period, without a date).
    func isPublished(_ period: ClaimPeriod) -> Bool {
        periods.date.map { period.last <= $0.latestPublishedMonth } ?? true
    }

    /// Whether the sentence says figures have come out ("hat die Zahlen für Juli veröffentlicht", "released on
    /// Thursday"), not that they will ("will das Handelsministerium erst am Donnerstag veröffentlichen").
    var saysReleased: Bool {
        words.contains(where: Lexicon.releasedWords.contains) && !words.contains(where: Lexicon.aheadWords.contains)
    }

    /// Whether the figures of a period had appeared when the article did: published by its date, or the month that
    /// may have come out in the days before it, when the sentence says it has.
    func figuresOut(_ period: ClaimPeriod) -> Bool {
        isPublished(period) || (period.last == periods.date?.monthMaybePublished && saysReleased)
    }

    /// Whether a word for published figures stands near a period ("die Zahlen für den Oktober", "the December
    /// figures").
    func namesFigures(near mention: PeriodMention) -> Bool {
        let at = tokenIndex(of: mention.range.lowerBound)
        // ("The most recent report covers August.": what the figures cover.)
        return words[max(0, at - 3)..<min(words.count, at + 4)].contains(where: Lexicon.figuresNouns.contains)
            || (at > 0 && ["covers", "covering", "covered"].contains(words[at - 1]))
    }

    /// Whether the sentence speaks of the present ("nun", "today", "inzwischen"): the latest year published.
    /// So does an amount "a year" ("ships us $130 billion a year", "jährlich", "pro Jahr").
    var speaksOfNow: Bool {
        words.indices.contains { index in
            let word = words[index]
            if [
                "now", "today", "currently", "nun", "heute", "derzeit", "inzwischen", "mittlerweile", "aktuell",
                "annually", "jährlich",
            ].contains(word) {
                return true
            }
            // (Not in a sentence dated otherwise: "When Russian forces crossed into Ukraine on
            // February 24, 2022, the United States was buying $30 billion a year".)
            return index > 0 && ["year", "jahr"].contains(word)
                && ["a", "per", "pro", "each", "every"].contains(words[index - 1])
                && !words.contains { $0.count == 4 && Int($0).map { (1900...2100).contains($0) } == true }
        }
    }

    /// Whether the sentence says "today" in so many words ("heute", "today", "nowadays").
    var saysToday: Bool { words.contains { ["today", "heute", "nowadays", "heutzutage"].contains($0) } }

    /// "before the pandemic", "pre-pandemic", "vor dem Überfall auf die Ukraine", "before the financial crisis": the last
    /// full year before an event the sentence dates by, for the events whose dates every reader knows.
    /// With `since`, the event a change is measured from instead: "down 90% since the invasion", "seit
    /// Kriegsbeginn um 90 Prozent eingebrochen", "since the start of the war".
    func yearBeforeEvent(since: Bool = false) -> Int? {
        for index in words.indices {
            let word = words[index]
            let prefixed = !since && (word.hasPrefix("pre-") || word.hasPrefix("vor-"))
            if since {
                // ("seit Kriegsbeginn", "since wartime": the event in one word.)
                guard ["since", "seit", "seitdem"].contains(word) else { continue }
            } else {
                guard prefixed || ["before", "vor", "prior"].contains(word) else { continue }
            }
            let following =
                prefixed
                ? [String(word.dropFirst(4))]
                // ("since the Central America-Dominican Republic Free Trade Agreement took effect": an agreement's name
                // may be long.)
                : Array(words[(index + 1)..<min(words.count, index + (since ? 9 : 5))]).map {
                    ["kriegsbeginn", "kriegsausbruch", "kriegsbeginns"].contains($0) ? "krieg" : $0
                }
            for (offset, next) in following.enumerated() {
                if Lexicon.pandemicWords.contains(next) { return 2019 }
                // ("Im Jahr vor dem Start des Abkommens tauschten die USA und Mexiko …": the last full year before the
                // partner's trade agreement took effect.)
                // ("Our deficit with Korea has more than doubled since the KORUS deal took effect": a change since the
                // agreement is measured from the last full year before it, as a level before it is.)
                if Lexicon.agreementWords.contains(next),
                    let start = Lexicon.agreementStart(
                        named: words,
                        partner: facts.mentions.first(where: { $0.code != homeReporter })?.code
                            ?? discourse.partner, year: periods.date?.year)
                {
                    return start - 1
                }
                if ["finanzkrise", "lehman"].contains(next)
                    || (next == "crisis" && offset > 0 && following[offset - 1] == "financial")
                    || (next == "recession" && offset > 0 && following[offset - 1] == "great")
                {
                    return 2007
                }
                if Lexicon.isWarWord(next), !["attack", "attacked"].contains(next),
                    !(offset > 0 && ["trade", "tariff", "handels", "zoll"].contains(following[offset - 1]))
                {
                    if words.contains(where: { ["crimea", "krim"].contains($0) }) { return 2013 }
                    let aboutRussia =
                        facts.mentions.contains { ["RUS", "UKR"].contains($0.code) }
                        || discourse.partner == "RUS"
                    return aboutRussia ? 2021 : nil
                }
            }
        }
        return nil
    }

    /// "a tenth of their pre-war level", "ein Zwölftel des Vorkriegsniveaus", "below the pre-pandemic level": the last
    /// full year before the event a level named within a few words after `token` is dated by (2019 for the pandemic;
    /// for the war, 2021 where the article speaks of Russia), or `nil`.
    func levelBeforeEvent(after token: Int) -> Int? {
        let levels = ["level", "levels", "niveau", "niveaus", "wert", "werts", "wertes", "stand", "stands"]
        for index in max(0, token)..<min(words.count, token + 6) {
            let word = words[index]
            let war =
                ["pre-war", "prewar", "pre-invasion"].contains(word) || word.hasPrefix("vorkrieg")
                || word.hasPrefix("vor-krieg")
            let pandemic =
                ["pre-pandemic", "pre-covid", "pre-corona"].contains(word)
                || ["vorcorona", "vor-corona", "vorpandemie", "vor-pandemie"].contains(where: word.hasPrefix)
            guard war || pandemic,
                (index..<min(words.count, index + 2)).contains(where: { at in
                    levels.contains(where: words[at].hasSuffix)
                })
            else { continue }
            if pandemic { return 2019 }
            let aboutRussia =
                facts.mentions.contains { ["RUS", "UKR"].contains($0.code) } || discourse.partner == "RUS"
            return aboutRussia ? 2021 : nil
        }
        return nil
    }

    /// Whether the sentence names a period of its own (a year, a month, a run of months, a span).
    var namesPeriod: Bool {
        periodMentions.contains { mention in
            if mention.namesOnlyABase { return false }
            switch mention.kind {
            case .range, .since: return true
            default: return resolvePeriod(mention) != nil
            }
        }
    }

    /// Whether a period dates an event in a clause of its own ("even when the USMCA took effect in
    /// July 2020", "nachdem die Zölle 2018 eingeführt wurden"), not the claim's period.
    func isEventPeriod(_ mention: PeriodMention) -> Bool {
        let token = tokenIndex(of: mention.range.lowerBound)
        return words[max(0, token - 8)..<token].contains {
            ["when", "als", "nachdem", "after", "before", "bevor", "once", "sobald"].contains($0)
        }
    }

    /// What the sentences before established, as the period of a level (not a change).
    var contextPeriod: ClaimPeriod? {
        switch discourse.period {
        case .none: return nil
        case .single(let period): return .single(period)
        case .months(let range): return .months(range)
        case .span(_, let last): return .single(last)
        case .rangeSpan(_, let to): return .months(to)
        }
    }

    /// The one month a sentence names without its year ("Das Defizit ist im September erneut gestiegen"), read as of
    /// the publication date; nil when it names none or several.
    var namedMonth: Period? {
        let months = periodMentions.filter { mention in
            if case .monthOnly = mention.kind { return true }
            return false
        }
        guard periodMentions.count == 1, months.count == 1, let month = months.first,
            case .single(let period)? = resolvePeriod(month), period.isMonth
        else { return nil }
        return period
    }

    /// The span of a change: from the base period the sentence names (or implies) to the period it
    /// speaks of; `latest` is the latest year a change "since 2018" can reach.
    func span(latest: Int?, figure: Int? = nil) -> ClaimPeriod? {
        // ("Warenausfuhren: −7,3 % ggü. Vj., der stärkste Rückgang seit dem Krisenjahr 2009": a year-on-year change
        // whose "since" bounds a record said after it in apposition; the change is on the year before.)
        if let figure,
            let since = periodMentions.first(where: { mention in
                guard case .since = mention.kind else { return false }
                let at = tokenIndex(of: mention.range.lowerBound)
                return at > figure
                    && (max(figure, at - 4)..<at).contains(where: { index in
                        Lexicon.recordSuperlatives.contains(words[index])
                    })
            }),
            periodMentions.contains(where: { mention in
                guard case .previous = mention.kind else { return false }
                let at = tokenIndex(of: mention.range.lowerBound)
                return at > figure && mention.range.upperBound <= since.range.lowerBound
            }),
            let year = ownYear ?? discourse.period?.last, !year.isMonth
        {
            return .span(.year(year.year - 1), .year(year.year))
        }
        // A period past a contrast or concession after the figure is another clause's ("fell by more than
        // half in 2022, even though contracts wound down through June of that year").
        // Nor is one past another percent ("fell 20 percent to $427.2 billion, and China's share dropped to
        // 13.9 percent, down from 21.6 percent in 2018": 2018 is the share's).
        // ("Das sind 20 Prozent mehr als im ersten Halbjahr 2020 und knapp fünf Prozent mehr als im gleichen Zeitraum
        // des Vorkrisenjahres 2019": a period after another percent, before the figure, is that one's when the figure
        // names its own after it.)
        // ("jumped nearly 30% last year and have nearly doubled since 2010": nor one past a multiple.)
        func pastAnotherPercent(_ mention: PeriodMention, after figure: Int) -> Bool {
            figures.contains { other in
                (other.unit == .percent || other.unit == .ratio) && tokenIndex(of: other.range.lowerBound) > figure
                    && other.range.upperBound <= mention.range.lowerBound
            }
        }
        // ("down 2.2% from the first half of 2023, when they had already plunged by a quarter", "…, als sie bereits um
        // ein Viertel eingebrochen waren": a change in a "when" clause after a period is that period's, from the same
        // stretch a year before.)
        if let figure,
            let when = (1..<max(1, figure)).last(where: { index in
                ["when", "als"].contains(words[index]) && commaBetween(index - 1, index)
            }),
            !clauseBreak(from: when, to: figure),
            // (Inside that clause: not "Gegenüber 2021, als noch Waren für 29,6 Milliarden Dollar kamen, entsprach das
            // einem Einbruch um rund 90 Prozent", where the clause ends before the figure.)
            !(when..<figure).contains(where: { commaBetween($0, $0 + 1) }),
            let told = self.periodMentions.last(where: { mention in
                let end = tokenIndex(of: mention.range.upperBound)
                return end <= when && when - end <= 1
            }),
            let period = resolvePeriod(told),
            // (Unless the clause names its own base: "in April, when U.K. shipments jumped 14% from March".)
            !self.periodMentions.contains(where: { mention in
                let token = tokenIndex(of: mention.range.lowerBound)
                return token > figure && token - figure <= 3 && mention.text.lowercased().hasPrefix("from")
            })
        {
            switch period {
            case .months(let range):
                if let before = range.sameMonths(inYear: range.first.year - 1) { return .rangeSpan(before, range) }
            case .single(let single):
                if let month = single.month { return .span(.month(single.year - 1, month), single) }
                return .span(.year(single.year - 1), single)
            default: break
            }
        }
        // (`self.`: the sentence's mentions, before the name is taken by the figure's own below.)
        var ownAfter = false
        if let at = figure {
            ownAfter = self.periodMentions.contains { mention in
                tokenIndex(of: mention.range.lowerBound) > at && !pastAnotherPercent(mention, after: at)
            }
        }
        let nearMentions = self.periodMentions.filter { mention in
            guard let figure else { return true }
            let token = tokenIndex(of: mention.range.lowerBound)
            if token <= figure {
                guard ownAfter else { return true }
                let percentBefore = figures.contains { other in
                    other.unit == .percent && other.range.upperBound <= mention.range.lowerBound
                        && tokenIndex(of: other.range.lowerBound) < figure
                }
                let namedAsBase = (max(0, token - 3)..<token).contains {
                    isBaseMarker(at: $0, ["compared", "gegenüber", "than", "als", "vs", "versus", "from"])
                }
                return !(percentBefore && namedAsBase)
            }
            let otherPercent = pastAnotherPercent(mention, after: figure)
            // ("Last year the deficit shrank by 5.6 percent, and in the first two months of 2017 it stood at $54.4
            // billion": past ", and" a clause with a figure of its own has its own period.)
            let andClause = ((figure + 1)..<token).contains { index in
                ["and", "und"].contains(words[index])
                    && text[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound].contains(",")
                    && figures.contains { tokenIndex(of: $0.range.lowerBound) > index }
            }
            // ("widened 31 percent from a year earlier, which he attributed partly to … the tariff increases of 2018": a
            // relative clause after a comma has periods of its own.)
            let relativeClause = ((figure + 1)..<token).contains(where: facts.opensRelativeClause)
            // ("up 32% from 2023 as Codelco and private producers redirected cathode from Asia during the second half":
            // a clause of causes opened by "as" or "because" without a comma has its own periods too; not "as much
            // as", "the same as in 2019".)
            let causeClause = opensCauseWithoutComma(between: figure, and: token)
            // ("a fall of 25 percent, and it follows a weak 2012": a time the change came after.)
            return !otherPercent && !andClause && !relativeClause && !causeClause
                && !clauseBreak(from: figure, to: token) && !facts.followsEarlierTime(mention, after: figure)
        }
        // ("Imports rose 33% in the first half of this year, even though purchases last year were 90% below their
        // 2021 level": a period before a contrast or concession is the other clause's when the figure's own clause
        // names one.)
        let ownClause = nearMentions.filter { mention in
            guard let figure else { return true }
            let token = tokenIndex(of: mention.range.lowerBound)
            // (A contrast that opens a clause after a comma; not "2023 aber lag es … um gut neun Prozent unter".)
            return token > figure
                || !((token + 1)..<figure).contains { index in
                    ["whereas", "but", "wohingegen", "aber", "jedoch", "though", "although", "obwohl"].contains(
                        words[index])
                        && (commaBetween(index - 1, index)
                            || (words[index] == "though" && words[index - 1] == "even" && index >= 2
                                && commaBetween(index - 2, index - 1)))
                }
        }
        var periodMentions = ownClause.isEmpty ? nearMentions : ownClause
        // ("In den ersten beiden Monaten stagnierten die Einfuhren, im Februar lagen sie sogar ein Siebtel unter dem
        // Vorjahresmonat": a month named in the figure's own clause, after a comma that closes one naming a longer
        // run, is the figure's; the run is the other clause's.)
        if let figure,
            let own = periodMentions.last(where: { tokenIndex(of: $0.range.upperBound) <= figure }),
            !commaBetween(tokenIndex(of: own.range.lowerBound), figure),
            case .single(let month)? = resolvePeriod(own), month.isMonth,
            periodMentions.contains(where: { mention in
                mention.range.upperBound <= own.range.lowerBound
                    && commaBetween(tokenIndex(of: mention.range.lowerBound), tokenIndex(of: own.range.lowerBound))
                    && { if case .months? = resolvePeriod(mention) { return true } else { return false } }()
            })
        {
            periodMentions.removeAll { mention in
                mention.range.upperBound <= own.range.lowerBound
                    && commaBetween(tokenIndex(of: mention.range.lowerBound), tokenIndex(of: own.range.lowerBound))
            }
        }
        // ("bis Oktober um 2 Prozent, der Oktober allein brachte aber ein Plus von 28 Prozent": a month set apart before
        // the figure, in its clause, is its period; the run it closes, named before, is the other figure's.)
        if let figure,
            let apart = periodMentions.last(where: { mention in
                let end = tokenIndex(of: mention.range.upperBound)
                guard case .monthOnly = mention.kind, end < figure, end < words.count,
                    Lexicon.asideWords.contains(words[end])
                else { return false }
                return !(end..<figure).contains { commaBetween($0, $0 + 1) }
            })
        {
            periodMentions.removeAll { $0.range.lowerBound < apart.range.lowerBound }
        }
        // "September was a softer month. Imports fell 9.4% from August": the only period a month without its year,
        // named as the base; the change runs to the month the context speaks of (later in that year), else to
        // the month after. (Read as the month a year on, a correct figure was called contradicted.)
        // ("Exports plunged 29% from March to $94.7 billion, the lowest monthly level since 2010": a record's bound
        // after it is not a period of the change; "With factories reopening after a lockdown that began in January,
        // imports jumped 56% from March": nor is a month of an earlier clause that is not later than the base.)
        if let figure,
            case let after = periodMentions.filter({ tokenIndex(of: $0.range.lowerBound) > figure }),
            let only = after.first, case .monthOnly = only.kind,
            after.dropFirst().allSatisfy({ mention in
                if case .since = mention.kind { return true }
                return false
            }),
            (max(0, tokenIndex(of: only.range.lowerBound) - 2)...tokenIndex(of: only.range.lowerBound)).contains(
                where: { isBaseMarker(at: $0, ["from", "gegenüber", "compared", "than", "als", "vs", "versus"]) }),
            // (The New Year is a holiday: "jumped 17.6 percent from March, when factories were still ramping back up
            // after the Lunar New Year holiday".)
            !words.indices.contains(where: { index in
                ["year", "vorjahr", "vorjahres", "jahr", "yoy", "y/y"].contains(words[index])
                    && !(index > 0 && words[index - 1] == "new")
            }),
            case .single(let base)? = resolvePeriod(only), base.isMonth,
            case let before = periodMentions.filter({ tokenIndex(of: $0.range.lowerBound) <= figure }),
            case let namedBefore = laterMonthNamed(before, after: base),
            namedBefore != nil
                || before.allSatisfy({ mention in
                    if case .monthOnly = mention.kind, case .single(let named)? = resolvePeriod(mention), named.isMonth,
                        named <= base
                    {
                        return clauseBreak(from: tokenIndex(of: mention.range.lowerBound), to: figure)
                            || (mention.range.upperBound < tokens[figure].range.lowerBound
                                && text[mention.range.upperBound..<tokens[figure].range.lowerBound].contains(","))
                    }
                    return false
                })
        {
            if let namedBefore { return .span(base, namedBefore) }
            if let context = discourse.period?.last, context.isMonth, context.year == base.year, context > base {
                return .span(base, context)
            }
            return .span(base, base.next)
        }
        // ("Entsprechend sanken die gesamten Ausfuhren gegenüber Juni um knapp 8 %": the same base, a month without
        // its year named as what is compared with, before the figure, as German word order puts it.)
        if let figure, periodMentions.count == 1, let only = periodMentions.first, case .monthOnly = only.kind,
            case let token = tokenIndex(of: only.range.lowerBound), tokenIndex(of: only.range.upperBound) <= figure,
            (max(0, token - 2)...token).contains(where: {
                isBaseMarker(at: $0, ["gegenüber", "compared", "verglichen", "vs", "versus"])
            }),
            !words.contains(where: { ["year", "vorjahr", "vorjahres", "jahr", "yoy", "y/y"].contains($0) }),
            case .single(let base)? = resolvePeriod(only), base.isMonth
        {
            if let context = discourse.period?.last, context.isMonth, context.year == base.year, context > base {
                return .span(base, context)
            }
            return .span(base, base.next)
        }
        // "rose 40% over the past five years": from five years before the latest published to it.
        // ("rose 8.5% in the first quarter of 2018 from a year earlier, …, and there is no reason to think a single
        // quarter tells us much over a decade": a run of months nearer the figure is its period.)
        func distance(_ mention: PeriodMention) -> Int {
            figure.map { abs(tokenIndex(of: mention.range.lowerBound) - $0) } ?? 0
        }
        let nearerMonths = { (years: PeriodMention) -> Bool in
            self.figures.count == 1
                && periodMentions.contains { other in
                    guard case .months = other.kind else { return false }
                    return distance(other) < distance(years)
                }
        }
        // ("Imports from China fell 20.3% last year to $427.2 billion, the lowest in a decade": the decade bounds the
        // record, not the change.)
        let boundsRecord = { (mention: PeriodMention) -> Bool in
            let token = self.tokenIndex(of: mention.range.lowerBound)
            return self.words[max(0, token - 3)..<token].contains(where: Self.isRecordWord)
        }
        if let latest,
            let count = periodMentions.lazy.compactMap({ mention -> Int? in
                if case .lastYears(let count) = mention.kind, !nearerMonths(mention), !boundsRecord(mention) {
                    return count
                }
                return nil
            }).first
        {
            return .span(.year(latest - count), .year(latest))
        }
        // "Seit März liefern die USA sieben Prozent mehr": from that month to the latest published.
        if let date = periods.date,
            let since = periodMentions.first(where: { mention in
                let lower = mention.text.lowercased()
                let token = tokenIndex(of: mention.range.lowerBound)
                let sinceWord =
                    lower.hasPrefix("seit") || lower.hasPrefix("since")
                    || (token > 0 && ["seit", "since"].contains(words[token - 1]))
                switch mention.kind {
                case .monthOnly: return sinceWord
                case .single(let period): return sinceWord && period.isMonth
                default: return false
                }
            }), case .single(let month)? = resolvePeriod(since), month.isMonth, month < date.latestPublishedMonth
        {
            return .span(month, date.latestPublishedMonth)
        }
        // "2021 … hatten die USA noch Waren für 29,6 Mrd. Dollar importiert. Bis zum vergangenen Jahr brachen
        // die Einfuhren um rund 90 Prozent ein": from the year the sentence before named to the one reached.
        if periodMentions.count == 1, let only = periodMentions.first, let previous = discourse.lastNamedYear,
            case .single(let reached)? = resolvePeriod(only), !reached.isMonth, reached.year > previous,
            tokenIndex(of: only.range.lowerBound) > 0,
            (max(0, tokenIndex(of: only.range.lowerBound) - 2)...tokenIndex(of: only.range.lowerBound)).contains(
                where: { ["bis", "by", "until"].contains(words[$0]) })
        {
            return .span(.year(previous), reached)
        }
        // "The agreement took effect on Jan. 1, 2004. Since then, U.S. exports to Chile have more than quadrupled":
        // from the year the sentence before named to the latest published.
        if periodMentions.isEmpty, let latest, let previous = discourse.previousSentenceYear, previous < latest,
            words.indices.contains(where: { index in
                ["seitdem", "seither", "seit­dem"].contains(words[index])
                    || (["since", "seit"].contains(words[index]) && index + 1 < words.count
                        && ["then", "dann", "damals", "that"].contains(words[index + 1]))
            })
        {
            return .span(.year(previous), .year(latest))
        }
        // ("The deficit more than doubled between 2011 and 2016. Over the same period, exports fell 2.8 percent": a
        // span of years the sentences before spoke of, the one the change runs over.)
        if periodMentions.isEmpty, case .span(let from, let to)? = discourse.lastSpan, !from.isMonth, !to.isMonth,
            to.year - from.year >= 2,
            words.indices.contains(where: { index in
                ["over", "during"].contains(words[index]) && index + 2 < words.count && words[index + 1] == "the"
                    && words[index + 2] == "same"
                    && (index + 3 == words.count || ["period", "span", "stretch", "years"].contains(words[index + 3]))
            })
        {
            return discourse.lastSpan
        }
        // "Das Defizit stieg von 13,2 (2011) auf 20,7 Mrd. (2013) … Die Einfuhren legten im selben Zeitraum um
        // 10% zu": the span of the change before.
        if periodMentions.contains(where: {
            if case .same = $0.kind { return true }
            return false
        }),
            periodMentions.count == 1, let last = discourse.lastSpan
        {
            // ("Von Januar bis April … Im April allein …, sieben Prozent mehr … Die Einfuhren gingen im selben Zeitraum
            // um 7,5 Prozent zurück": a period, not one month, is the run of months the article speaks of.)
            if case .span(let from, let to) = last, from.isMonth, to.isMonth,
                let mention = periodMentions.first,
                ["zeitraum", "period"].contains(where: { mention.text.lowercased().contains($0) }),
                case .months(let range)? = discourse.mainPeriod, range.first < to, to <= range.last
            {
                return .rangeSpan(range.yearEarlier, range)
            }
            // ("… brachen im selben Zeitraum um fast 23 Prozent ein", after sentences that moved on from the change's span
            // to the first ten months of 2023: those months, against the same months a year before.)
            if case .months(let range)? = discourse.period, range.isMonthRange, range.last != last.last,
                range.last.year > last.last.year
            {
                return .rangeSpan(range.yearEarlier, range)
            }
            return last
        }
        // A month named without its year ("im September"), resolved against the date.
        let namedMonth = periodMentions.lazy.compactMap { mention -> Period? in
            guard case .monthOnly = mention.kind, case .single(let month)? = self.resolvePeriod(mention), month.isMonth
            else { return nil }
            return month
        }.first
        // "Exports … were down 15.8% from April", "gegenüber März": a month without its year named as the base, of the
        // month the sentence (or the article just before) speaks of, a few months later: month on month from it.
        // (Right after the figure, its own base: not "up 7 per cent from October and about 40 per cent higher than in
        // November 2020" for the second.)
        if let figure,
            let baseMention = periodMentions.first(where: { mention in
                guard case .monthOnly = mention.kind else { return false }
                let token = tokenIndex(of: mention.range.lowerBound)
                guard token > figure, token - figure <= 5,
                    !figures.contains(where: {
                        let other = tokenIndex(of: $0.range.lowerBound)
                        return other > figure && other < token
                    })
                else { return false }
                return (max(0, token - 3)...token).contains {
                    ["from", "gegenüber", "vs", "versus", "compared", "verglichen"].contains(words[$0])
                }
            }),
            case .monthOnly(let baseNumber) = baseMention.kind,
            // (A year-on-year word in the figure's own stretch makes it another comparison; one in another clause,
            // "inched up 0.7% from April, though imports were still down 54% from a year earlier", does not.)
            !words[figure..<min(words.count, tokenIndex(of: baseMention.range.upperBound) + 3)].contains(where: {
                ["year", "vorjahr", "vorjahres", "yoy", "y/y"].contains($0)
            }),
            // (The month the sentence names besides, "in April, when U.K. shipments jumped 14% from March", else the
            // one the article speaks of.)
            let current = comparedMonth
                ?? periodMentions.lazy.filter({ $0.range != baseMention.range }).compactMap({ mention -> Period? in
                    guard case .monthOnly = mention.kind, case .single(let month)? = self.resolvePeriod(mention),
                        month.isMonth
                    else { return nil }
                    return month
                }).first
                ?? discourse.period.flatMap({ $0.isSingle ? $0.last : nil }),
            case .month(let year, let number) = current, number != baseNumber
        {
            let base = Period.month(baseNumber < number ? year : year - 1, baseNumber)
            let apart = (current.year - base.year) * 12 + number - baseNumber
            if apart >= 1, apart <= 3 { return .span(base, current) }
        }
        // "fell 81% from February to March", "between May and June": two months side by side, right after
        // the figure, are the change's start and end (not a run of months against the year before: "from January
        // to September" stays a run, and so does any year-on-year word in the figure's stretch).
        if let figure,
            let mention = periodMentions.first(where: { mention in
                guard case .months = mention.kind else { return false }
                let token = tokenIndex(of: mention.range.lowerBound)
                return token > figure && token - figure <= 3
                    && ["from", "between", "zwischen"].contains(words[token])
            }),
            // (Two months side by side, said with "to" or "and": not "from January through April compared with the
            // same months of 2022", nor a range written "January-April 2015".)
            mention.text.range(of: #"\s(to|and|und)\s"#, options: .regularExpression) != nil,
            case .months(let range)? = resolvePeriod(mention), case .month(let y1, let m1) = range.first,
            case .month(let y2, let m2) = range.last, (y2 - y1) * 12 + m2 - m1 == 1,
            !words[figure..<min(words.count, tokenIndex(of: mention.range.upperBound) + 6)].contains(where: {
                ["year", "vorjahr", "vorjahres", "yoy", "y/y", "earlier", "ago", "same", "compared", "gegenüber"]
                    .contains($0)
            })
        {
            return .span(range.first, range.last)
        }
        // "gegenüber dem Vormonat", "from the previous month": month on month.
        if periodMentions.contains(where: {
            if case .previousMonth = $0.kind { return true }; return false
        }),
            let base = ownMonth ?? namedMonth ?? discourse.period?.last, base.isMonth
        {
            return .span(base.previous, base)
        }
        // A run of months compares with the same months a year earlier; named as the base ("compared
        // with … in the same period of 2012"), it is the earlier of the two.
        // "zwischen 2013 und 2023 …, im selben Zeitraum": "the same period" is the span the sentence names.
        let namesSpan = periodMentions.contains {
            switch $0.kind {
            case .range, .since: return true
            default: return false
            }
        }
        // "Through November … In December, exports fell 11 percent from a year earlier": "a year
        // earlier" is the year before the month the sentence names, not before the context's months.
        let namesOwnSingle = periodMentions.contains { mention in
            if case .previous = mention.kind { return false }
            if case .single? = resolvePeriod(mention) { return true }
            return false
        }
        // "From January to September … 34% compared with the same months of 2019", "Jan-Sep +34% vs 2019": the
        // sentence's own run of months against the base it names, whichever is written first.
        // ("up 17.7% on January–July 2023", a table's "Change on Jan–Jul 2023": "on" right before the months.)
        func namedAsBase(_ mention: PeriodMention) -> Bool {
            let token = tokenIndex(of: mention.range.lowerBound)
            // (Not a marker in a clause before a colon: "…, als die Zölle voll wirkten: Im vierten Quartal …".)
            return (max(0, token - 6)..<token).contains {
                isBaseMarker(at: $0, ["compared", "gegenüber", "than", "als", "vs", "versus", "from"])
                    && !clauseBreak(from: $0, to: token)
            } || (token > 0 && words[token - 1] == "on") || levelMarked(before: token)
        }
        if !namesSpan,
            let own = periodMentions.lazy.compactMap({ mention -> PeriodRange? in
                guard !namedAsBase(mention), case .months(let range)? = self.resolvePeriod(mention) else { return nil }
                if case .samePeriodOf = mention.kind { return nil }
                if case .previous = mention.kind { return nil }
                return range
            }).first, let first = own.first.month, let last = own.last.month, own.first.year == own.last.year
        {
            for mention in periodMentions {
                var base: PeriodRange?
                if case .samePeriodOf(let year) = mention.kind, year < own.first.year {
                    base = PeriodRange(.month(year, first), .month(year, last))
                } else if namedAsBase(mention), case .single(let period)? = resolvePeriod(mention), !period.isMonth,
                    period.year < own.first.year - 1
                {
                    base = PeriodRange(.month(period.year, first), .month(period.year, last))
                }
                if let base, base.first.year < own.first.year - 1 { return .rangeSpan(base, own) }
            }
        }
        for mention in periodMentions {
            if namesSpan, case .same = mention.kind { continue }
            if namesOwnSingle, case .previous = mention.kind { continue }
            if case .months(let range)? = resolvePeriod(mention) {
                let token = tokenIndex(of: mention.range.lowerBound)
                let isBase: Bool = {
                    // ("up 42% on the year-earlier period": the months before the article's are the base.)
                    if case .samePeriodOf = mention.kind { return true }
                    if case .previous = mention.kind { return true }
                    return namedAsBase(mention) || (max(0, token - 6)..<token).contains(where: isPercentBelowOrAbove)
                }()
                if isBase {
                    // "Gegenüber den ersten neun Monaten 2021 liegt der aktuelle Wert um 86 Prozent niedriger":
                    // the same months of the article's period, else of the year after.
                    if case .months(let current)? = discourse.period, current.first.month == range.first.month,
                        current.last.month == range.last.month, current.last.year > range.last.year
                    {
                        return .rangeSpan(range, current)
                    }
                    if let latest = periods.date?.latestPublishedMonth, latest.month == range.last.month,
                        latest.year > range.last.year + 1, let first = range.first.month, let last = range.last.month
                    {
                        return .rangeSpan(range, PeriodRange(.month(latest.year, first), .month(latest.year, last)))
                    }
                    let later = PeriodRange(
                        .month(range.first.year + 1, range.first.month ?? 1),
                        .month(range.last.year + 1, range.last.month ?? 12))
                    return .rangeSpan(range, later)
                }
                return .rangeSpan(range.yearEarlier, range)
            }
        }
        // ("Imports from China over the same period fell 21.2% from a year earlier": the article's months too.)
        if ownYear == nil,
            periodMentions.allSatisfy({
                switch $0.kind {
                case .previous, .same: return true
                default: return false
                }
            })
        {
            switch discourse.period {
            case .months(let range)?, .rangeSpan(_, let range)?: return .rangeSpan(range.yearEarlier, range)
            default: break
            }
        }
        for mention in periodMentions {
            if case .range(let a, let b) = mention.kind { return .span(a, b) }
            if case .since(let a) = mention.kind, !isRecordSince(mention) {
                // "seit März 2022": a month runs to the latest month published.
                if a.isMonth, let month = periods.date?.latestPublishedMonth, a < month { return .span(a, month) }
                if !a.isMonth, let latest, latest > a.year { return .span(a, .year(latest)) }
            }
        }
        // ("Die amerikanischen Ausfuhren nach Südkorea, die 2021 ihren bisherigen Höchststand erreicht hatten, sanken
        // 2023 um knapp zehn Prozent": a year in a relative clause the figure is not in, which tells the subject's
        // record, is the record's, not the change's start; "the agreement, which took effect last March" dates the
        // change.)
        let outsideRelatives = figure.map { Set(withoutRelativeClauses(0..<words.count, keeping: $0)) }
        let inRecordRelative = { (token: Int) -> Bool in
            guard let outsideRelatives, !outsideRelatives.contains(token) else { return false }
            let start = (0..<token).last(where: { outsideRelatives.contains($0) }) ?? 0
            let end = (token..<words.count).first(where: { outsideRelatives.contains($0) }) ?? words.count
            return words[start..<end].contains(where: Self.isRecordWord)
        }
        var years = periodMentions.compactMap { mention -> Period? in
            if case .previous = mention.kind { return nil }
            if inRecordRelative(tokenIndex(of: mention.range.lowerBound)) { return nil }
            // ("sanken um 74 Prozent auf 1,7 Milliarden Dollar, so wenig wie nie seit Beginn der Aufzeichnungen 1992": a
            // record's bound, not the change's start.)
            let token = tokenIndex(of: mention.range.lowerBound)
            if let figure, token > figure,
                words[max(figure, token - 8)..<token].contains(where: Self.isRecordWord)
            {
                return nil
            }
            // ("Schon 2021 war Korea …, die Ausfuhren dorthin wuchsen in jenem Jahr um 29 Prozent": the year pointed back
            // to; not "damals" in a clause on the base, "die damals bei 102 Milliarden Dollar lagen".)
            if case .same = mention.kind, !mention.text.lowercased().contains("damals"), let figure,
                !clauseBreak(from: min(token, figure), to: max(token, figure)),
                let year = yearPointedBack(by: mention)
            {
                return .year(year)
            }
            return resolve(mention)
        }
        // The latest period the change can reach: the context's, else the latest published year.
        func end(after base: Period) -> Period? {
            if let last = discourse.period?.last, last > base, last.isMonth == base.isMonth { return last }
            if !base.isMonth, let date = periods.date, date.latestPublishedYear > base.year {
                return .year(date.latestPublishedYear)
            }
            return nil
        }
        // "seither", "since then": from the context's period to the latest.
        // ("In 1993, our exports to Mexico were a fraction of today's total; they have grown nearly eightfold since.":
        // a bare "since" closing its clause too.)
        let bareSince = closesClauseWithBareSince()
        if words.contains(where: { ["seither", "seitdem"].contains($0) })
            || (words.contains("since") && words.contains("then")) || bareSince,
            let base = ownYear ?? discourse.period?.last, let latest = end(after: .year(base.year))
        {
            return .span(.year(base.year), latest)
        }
        // "gegenüber 2023", "compared with 2019", "from $402 million in March 2022": a period named
        // as the base; the change runs from it to the sentence's other period or the context's.
        let baseMarkers: Set<String> = [
            "gegenüber", "compared", "from", "than", "als", "seit", "since", "versus", "vs", "verglichen", "over",
            "against",
            "vom", "von", "ab",
            // ("Seit Beginn des Zollstreits, gemessen am Jahr 2017, …": the year measured against.)
            "gemessen", "measured",
        ]
        // ("55% higher than in 2011, and rose 29% over the previous year", "5.6% more than the year before and almost
        // 90% more than in 2013": with two percents, a base named nearer the other is the other's.)
        let percents = figures.filter { $0.unit == .percent }.map { tokenIndex(of: $0.range.lowerBound) }
        // (A base belongs to the percent before it, unless a new clause opens between them; else to the next. A
        // period that is no base, "Im Januar" opening the sentence, frames them all.)
        func ownedByOther(_ mention: PeriodMention) -> Bool {
            guard let figure, percents.count > 1, percents.contains(figure) else { return false }
            let token = tokenIndex(of: mention.range.lowerBound)
            var relative = false
            if case .previous = mention.kind { relative = true }
            // ("up 7 per cent from October and about 40 per cent higher than in November 2020": a month said with its
            // "from" is marked by it.)
            var single = false
            switch mention.kind {
            case .monthOnly, .single: single = true
            default: break
            }
            guard
                relative || (max(0, token - 6)..<token).contains(where: { isBaseMarker(at: $0, baseMarkers) })
                    || (token > 0 && words[token - 1] == "on") || (single && isBaseMarker(at: token, baseMarkers))
            else { return false }
            let owner =
                percents.last(where: {
                    $0 < token && !clauseCommaBetween($0, token) && !clauseBreak(from: $0, to: token)
                })
                ?? percents.first(where: { $0 > token })
            return owner.map { $0 != figure } ?? false
        }
        // The sentence's own periods for the figure: none said relative to another ("a year earlier"), none another
        // percent's base, none of `aside` (token positions).
        func ownMentions(besides aside: Set<Int> = []) -> [PeriodMention] {
            periodMentions.filter { mention in
                if case .previous = mention.kind { return false }
                return !ownedByOther(mention) && !aside.contains(tokenIndex(of: mention.range.lowerBound))
            }
        }
        // ("gut 27 Prozent mehr als im Vorjahreszeitraum – und bereits mehr als im gesamten Jahr 2016": a base said
        // relative to the figure's period, nearer it than a year named as a base, is its base.)
        let relativeBase = periodMentions.first { mention in
            if case .previous = mention.kind { return !ownedByOther(mention) }
            return false
        }
        func nearer(_ a: PeriodMention, than b: PeriodMention) -> Bool {
            guard let figure else { return false }
            return abs(tokenIndex(of: a.range.lowerBound) - figure) < abs(tokenIndex(of: b.range.lowerBound) - figure)
        }
        // (A year named as another comparison's base, past the figure's own relative base, is neither its base nor
        // its period.)
        var setAside: Set<Int> = []
        let bases = periodMentions.filter { mention in
            // ("from a year earlier": a base relative to the figure's own period, read below.)
            if case .previous = mention.kind { return false }
            if ownedByOther(mention) { return false }
            let token = tokenIndex(of: mention.range.lowerBound)
            if let relativeBase, nearer(relativeBase, than: mention) {
                // ("fell 29% from a year earlier in October": the marker is the relative base's own, and the month
                // after it the figure's.)
                let relativeToken = tokenIndex(of: relativeBase.range.lowerBound)
                if let marker = (max(0, token - 6)..<token).last(where: { isBaseMarker(at: $0, baseMarkers) }),
                    !(marker < relativeToken && relativeToken < token)
                {
                    setAside.insert(token)
                }
                return false
            }
            let before = words[max(0, token - 6)..<token]
            // "the lowest since 2010" is a record's, not the change's base.
            // (But "rund ein Viertel weniger als im Spitzenjahr 2006": a comparison's "als" before the record word names
            // the base.)
            let recordWord = before.lastIndex(where: Self.isRecordWord)
            let comparedBefore = recordWord.map { at in
                words[max(0, token - 6)..<at].contains(where: { ["als", "than", "gegenüber", "compared"].contains($0) })
            }
            if let _ = recordWord, comparedBefore != true {
                return false
            }
            // ("imports from Russia fell … in 2022": "from" before a country is the partner's.)
            // ("fell by more than half in 2022": "than" inside a figure's hedge is no comparison.)
            // ("down about 9 percent on 2013": "on" right before a year is the base.)
            let marked =
                (max(0, token - 6)..<token).contains { isBaseMarker(at: $0, baseMarkers) }
                || (token > 0 && words[token - 1] == "on") || levelMarked(before: token)
            return marked || followsBaseFigure(mention)
        }.compactMap(resolve)
        // ("Imports from Mexico nearly halved that month from April 2019": the month the article spoke of, the
        // same month a year on.)
        let monthBases = bases.filter(\.isMonth)
        if monthBases.count == 1, case .month(let year, let month) = monthBases[0],
            !years.contains(where: { $0.isMonth && $0 > monthBases[0] }),
            zip(words, words.dropFirst()).contains(where: { pair in
                ["that", "diesem", "jenem", "demselben"].contains(pair.0) && ["month", "monat"].contains(pair.1)
            }),
            let latest = periods.date?.latestPublishedMonth, Period.month(year + 1, month) <= latest
        {
            return .span(monthBases[0], .month(year + 1, month))
        }
        if bases.count == 1, let base = bases.first {
            let ownYears = ownMentions().compactMap(resolve)
            let others = ownYears.filter { $0 != base && $0.isMonth == base.isMonth && $0 > base }
            if let other = others.last { return .span(base, other) }
            if ownYears.allSatisfy({ $0 == base || $0 < base }), let latest = end(after: base) {
                return .span(base, latest)
            }
        }
        if periodMentions.contains(where: {
            if case .previous = $0.kind { return true }; return false
        }) {
            // ("55% higher than in 2011, and rose 29% over the previous year": 2011 is the other figure's
            // base, not the year before which this one is measured.)
            // ("Early 2024 data suggest …: imports from Vietnam in January rose 3.1% from a year earlier": of the
            // sentence's own periods, the one written nearest the figure; a year that only dates the sentence is
            // not the change's.)
            let own = ownMentions(besides: setAside)
            let nearest = figure.flatMap { figure in
                own.filter { mention in resolve(mention).map { !bases.contains($0) } ?? false }.min {
                    abs(tokenIndex(of: $0.range.lowerBound) - figure)
                        < abs(tokenIndex(of: $1.range.lowerBound) - figure)
                }
            }.flatMap(resolve)
            let ownPeriod = nearest ?? own.compactMap(resolve).first(where: { !bases.contains($0) })
            // ("Das waren gut 27 Prozent mehr als im Vorjahreszeitraum" after a sentence about January to August: the
            // article's months against the same months a year before.)
            if ownPeriod == nil, !setAside.isEmpty {
                switch discourse.period {
                case .months(let range)?, .rangeSpan(_, let range)?: return .rangeSpan(range.yearEarlier, range)
                default: break
                }
            }
            if let base = ownPeriod ?? discourse.period?.last {
                return base.isMonth
                    ? .span(.month(base.year - 1, base.month!), base) : .span(.year(base.year - 1), base)
            }
        }
        // ("Gegenüber 2015 ging es um knapp 14 Prozent zurück, die Einfuhren sanken um knapp 9 Prozent": a year that is
        // only the other percent's base is this one's base too, not its period.)
        let othersBases = Set(periodMentions.filter(ownedByOther).compactMap(resolve))
        if !othersBases.isEmpty, years.allSatisfy(othersBases.contains), othersBases.count == 1,
            let base = othersBases.first, !base.isMonth, let reached = end(after: base)
        {
            return .span(base, reached)
        }
        years.sort()
        if years.count >= 2, years[0] != years[years.count - 1] { return .span(years[0], years[years.count - 1]) }
        if let year = years.first ?? discourse.period?.last {
            if case .month(let y, let m) = year { return .span(.month(y - 1, m), year) }
            // "a jump of 57% in just two years", "binnen drei Jahren": the span those years cover.
            if let count = yearsWindow(), count > 1 { return .span(.year(year.year - count), .year(year.year)) }
            return .span(.year(year.year - 1), year)
        }
        // "ein Rückgang um knapp 20 Prozent gegenüber dem Vorjahr" at the top of an article: the latest
        // year published by the publication date, as for a level (a reading the check says it made).
        if let date = periods.date {
            return .span(.year(date.latestPublishedYear - 1), .year(date.latestPublishedYear))
        }
        return nil
    }

    /// The product a figure is about: an explicit HS chapter, else the first product word of
    /// its clause that is not part of a list ("vor allem Maschinen", "from cars to machinery").
    func product(for figureToken: Int, window: Int = 12, after afterWindow: Int = 8) -> Product? {
        let found = productNamed(for: figureToken, window: window, after: afterWindow)
        // ("Lebensmittel und Getränke im Wert von 213,6 Milliarden Dollar", "food and beverages worth …": a chapter
        // listed with a group of chapters that holds it is part of that group, whose figure it is.)
        guard case .hs(let code)? = found, code.count == 2,
            let chosen = cues.products.last(where: { $0.code == code && $0.token < figureToken })
                ?? cues.products.first(where: { $0.code == code })
        else { return found }
        let joiners: Set<String> = ["und", "and", "sowie", "or", "oder", "&"]
        let productTokens = Set(cues.products.map(\.token))
        if let group = cues.products.first(where: { group in
            guard Lexicon.chapters(ofGroup: group.code)?.contains(code) == true, group.token != chosen.token,
                abs(group.token - chosen.token) <= 6
            else { return false }
            let between = (min(group.token, chosen.token) + 1)..<max(group.token, chosen.token)
            return between.allSatisfy { joiners.contains(words[$0]) || productTokens.contains($0) }
                && between.contains { joiners.contains(words[$0]) }
        }) {
            return .hs(group.code)
        }
        return found
    }

    /// Whether the words right after a figure, past a dash or colon, restate it: "– so viel …",
    /// "– um so viel …", ": that is how much …", "– that's how much …".
    func restatesFigure(_ figure: Figure) -> Bool {
        let end = tokenIndex(of: figure.range.upperBound)
        guard end < tokens.count else { return false }
        let gap = text[figure.range.upperBound..<tokens[end].range.lowerBound]
        guard gap.contains(where: { "–—-:".contains($0) }) else { return false }
        let next = words[end..<min(words.count, end + 5)]
        let joined = next.joined(separator: " ")
        return ["so viel ", "um so viel ", "so much ", "that is how much", "that's how much", "this is how much"]
            .contains(where: { joined.hasPrefix($0) })
    }

    /// The month or year a sentence opened by "da", "dann", "then" points to: the last the sentence before named
    /// (not the conjunction: "Da die Einfuhren stiegen, …" puts its subject, not its verb, after "da").
    var pointedPoint: Period? {
        guard ["da", "dann", "then"].contains(words.first ?? ""), words.count > 2,
            !["die", "der", "das", "den", "dem", "sie", "es", "er", "wir", "man", "diese", "dieser"].contains(words[1])
        else { return nil }
        return discourse.previousSentencePoint
    }

    /// Nouns that "trade" modifies ("this trade war", "this trade deficit"): no pointer back to the trade in goods.
    static let nounsAfterTrade: Set<String> = [
        "war", "wars", "deal", "deals", "deficit", "deficits", "gap", "surplus", "balance", "dispute", "policy",
        "agreement", "pact", "talks", "tensions", "barriers", "relationship", "relations", "partner", "partners",
        "figures", "data", "numbers", "representative", "truce",
    ]

    /// The goods named for the figure at `figureToken`, one code as the sentence names it (see ``product(for:)``).
    private func productNamed(for figureToken: Int, window: Int, after afterWindow: Int) -> Product? {
        // ("176,7 Mrd. US-Dollar – so viel gaben die USA 2023 für importierte pharmazeutische Erzeugnisse aus", "$1.2bn:
        // that is how much …": a clause after a dash or colon that restates the figure says what it is, however long.)
        let figure = figures.first(where: { tokenIndex(of: $0.range.lowerBound) == figureToken })
        let restated = figure.map(restatesFigure) ?? false
        // ("$241.0 billion worth of what the Census Bureau calls mineral fuels and oils", "was die Statistik als
        // Maschinen führt": a phrase that names the goods by someone's term reaches past its speaker.)
        let named: Bool = {
            guard let figure else { return false }
            let end = tokenIndex(of: figure.range.upperBound)
            guard let what = (end..<min(words.count, end + 4)).first(where: { ["what", "was"].contains(words[$0]) })
            else { return false }
            return words[(what + 1)..<min(words.count, what + 7)].contains(where: {
                ["calls", "call", "called", "terms", "classifies", "lists", "nennt", "nennen", "führt"].contains($0)
            })
        }()
        let afterWindow = restated || named ? max(afterWindow, 16) : afterWindow
        // "…, knapp 30 Prozent auf Platin und Palladium": goods right after the figure's "auf" are its.
        if let figure {
            let end = tokenIndex(of: figure.range.upperBound)
            if end + 1 < words.count, ["auf", "for"].contains(words[end]),
                let goods = cues.products.first(where: { $0.token == end + 1 || $0.token == end + 2 })
            {
                return .hs(goods.code)
            }
        }
        // ("… in the coffee, tea and spice chapter in 2024, and those imports from Brazil jumped 45%": the flow said with
        // "those", "diese", points back to the goods named before it in the sentence.)
        // ("U.S. imports of electrical machinery from Vietnam fell 5.6%, while those from India jumped 42%": "those" and
        // a country's preposition point back the same way.)
        if let pointer = (max(0, figureToken - 10)..<figureToken).last(where: { index in
            ["those", "these", "diese", "dieser", "diesen", "jene", "jener"].contains(words[index])
                && index + 1 < words.count
                && (Lexicon.flow(of: words[index + 1]) != nil
                    || (["those", "jene"].contains(words[index])
                        && ["from", "to", "aus", "nach"].contains(words[index + 1])
                        && facts.mentions.contains { $0.token == index + 2 }))
        }), let goods = cues.products.last(where: { $0.token < pointer && !$0.listed && !inGoodsAside($0.token) }) {
            return .hs(goods.code)
        }
        // ("Electrical machinery and equipment, a category that now includes millions of iPhones …, came to $14
        // billion": goods that open the sentence as its subject, set off from their verb by an apposition, are the
        // figure's, however long the apposition.)
        if let subject = cues.products.first(where: { !$0.listed }), subject.token <= 2, subject.token < figureToken,
            let open = ((subject.token + 1)..<figureToken).first(where: { commaBetween($0 - 1, $0) }),
            ["a", "an", "the", "which", "die", "der", "das", "eine", "ein", "einer"].contains(words[open]),
            // (The apposition's own list has commas too: "…, the customs category that covers smartphones, displays,
            // batteries and their parts, accounted for $23 billion"; it closes at the last comma before the verb.)
            let close = ((open + 1)..<figureToken).last(where: { commaBetween($0 - 1, $0) }),
            figureToken - close <= 4,
            !figures.contains(where: {
                let token = tokenIndex(of: $0.range.lowerBound)
                return token > subject.token && token < figureToken
            }),
            !cues.products.contains(where: { $0.token >= close && $0.token < figureToken })
        {
            return .hs(subject.code)
        }
        // (Not goods inside an aside that says what an item includes: ", the last including enriched uranium,"; nor
        // goods that cause the move: "AI server boom lifts U.S. imports from Taiwan by nearly a third".)
        let candidates = cues.products.filter { product in
            !product.listed && abs(product.token - figureToken) <= window && !inGoodsAside(product.token)
                // ("Hier kamen 2023 Waren für 34,2 Milliarden Dollar aus Taiwan, mehr als aus Kapitel 85": goods after
                // "mehr als", "than" are the comparison's other side.)
                && !(product.token > figureToken && comparedSide(product.token))
                && !(product.token < figureToken
                    && words[(product.token + 1)..<min(figureToken, product.token + 3)].contains(where: {
                        Lexicon.goodsCauseWords.contains($0)
                    }))
        }
        // An explicit chapter ("chapter 87 of the tariff schedule, … about $129 billion") before the
        // figure anywhere in its sentence, else one close after it.
        let chapters = cues.products.filter { !$0.listed && tokens[$0.token].text.allSatisfy(\.isNumber) }
        if let before = chapters.last(where: { $0.token < figureToken }) {
            // "(Kapitel 84) kam rund ein Fünftel, Möbel steuerten gut 6 Milliarden bei": a product
            // word between the chapter and the figure is the figure's.
            if let nearer = candidates.last(where: { $0.token > before.token && $0.token < figureToken }),
                !figures.contains(where: {
                    let token = tokenIndex(of: $0.range.lowerBound)
                    return token > nearer.token && token < figureToken
                }),
                figures.contains(where: {
                    let token = tokenIndex(of: $0.range.lowerBound)
                    return token > before.token && token < nearer.token
                })
            {
                return .hs(nearer.code)
            }
            return .hs(before.code)
        }
        // ("…, with pharmaceuticals (HS chapter 30) making up almost half", "…, as aircraft deliveries
        // slowed": a product in a clause after a comma and "with", "as" or "because" is that clause's;
        // so is one after a dash or semicolon ("um 9,5 Prozent gesunken – die deutschen Autohersteller
        // fertigen …"), or after "as" or "because" ("fell 19.1% last year as shale kept crude purchases low").)
        func causeBetween(_ token: Int) -> Bool {
            // (The dash of a restatement opens no other clause.)
            guard token > figureToken, !restated else { return false }
            let between = text[tokens[figureToken].range.upperBound..<tokens[token].range.lowerBound]
            // (And a relative or contrasting clause: ", which is why … aircraft subsidies", ", whose furniture makers",
            // ", a period in which the big German carmakers …".)
            return between.range(
                of:
                    #",\s+(as|da|weil|since|because|with|which|whose|who|where|while|whereas|deren|dessen|wo|wobei|während|a period|a time|a year)\s"#,
                options: .regularExpression) != nil
                || between.range(of: #"\s(as|because|weil|denn)\s"#, options: .regularExpression) != nil
                || between.contains(where: { ";–—".contains($0) }) || between.contains(" - ")
        }
        if let explicit = candidates.first(where: {
            tokens[$0.token].text.allSatisfy(\.isNumber) && !causeBetween($0.token)
        }) {
            return .hs(explicit.code)
        }
        // "…, gefolgt von Arzneimitteln mit 13,4 Prozent", "followed by machinery at 12%": goods of a
        // list with their own figure right after them are that figure's.
        // ("Edelsteine und Edelmetalle sowie Fleisch im Wert von 0,9 Mrd. Dollar": so are the last goods of a list
        // with the value right after them; "liefert Aluminium für 11,4 Milliarden Dollar": and goods sold for it.)
        if let own = cues.products.last(where: { product in
            product.token < figureToken && figureToken - product.token <= 4
                && words[(product.token + 1)..<figureToken].allSatisfy {
                    [
                        "mit", "with", "at", "bei", "von", "of", "rund", "about", "gut", "knapp", "fast", "nearly",
                        "im", "wert", "worth", "valued", "für",
                    ].contains($0)
                }
        }) {
            // ("organische Chemikalien für 21,2 Mrd. Dollar": goods said by a modifier right before their noun are the
            // modifier's, the narrower.)
            if let modifier = cues.products.last(where: { $0.token == own.token - 1 }), modifier.code != own.code {
                return .hs(modifier.code)
            }
            return .hs(own.code)
        }
        // ("Diamanten mit gut 14 Prozent, gefolgt von Arzneimitteln mit 13,4 Prozent": goods with another
        // figure between them and this one are that figure's.)
        let figureBetween = { (product: Int) -> Bool in
            self.figures.contains { other in
                let token = self.tokenIndex(of: other.range.lowerBound)
                return token > product && token < figureToken
            }
        }
        let unclaimed = candidates.filter { $0.token < figureToken && !figureBetween($0.token) }
        if let before = (unclaimed.isEmpty ? candidates : unclaimed).first(where: {
            $0.token < figureToken && !inSubordinateClause($0.token, before: figureToken)
                && (!contrastBetween($0.token, figureToken) || shipmentsOfTheSameGoods($0.token, figureToken))
                && !flowOfItsOwnBetween($0.token, figureToken)
        }) {
            return .hs(before.code)
        }
        // ("Die US-Einfuhren pharmazeutischer Erzeugnisse aus Dänemark haben sich in den ersten zehn Monaten 2024 nahezu
        // halbiert, auf 2,4 Milliarden Dollar", "U.S. imports of pharmaceutical products from Denmark …": goods that
        // name the flow's own noun are the clause's, however far its figure, with no other sum between.)
        if figures.contains(where: { self.tokenIndex(of: $0.range.lowerBound) == figureToken && $0.unit == .usd }),
            let goods = cues.products.first(where: { goods in
                !goods.listed && goods.token < figureToken && figureToken - goods.token <= 24
                    && namesGoodsOfFlowNoun(at: goods.token)
                    // (A change between is the same goods': "haben sich … halbiert, auf 2,4 Milliarden Dollar".)
                    && !figures.contains { other in
                        let token = self.tokenIndex(of: other.range.lowerBound)
                        return token > goods.token && token < figureToken && other.unit != .ratio
                            && other.unit != .percent
                    }
                    && !contrastBetween(goods.token, figureToken)
                    && !cues.products.contains {
                        $0.token > goods.token && $0.token < figureToken && $0.code != goods.code
                    }
            })
        {
            return .hs(goods.code)
        }
        if let carried = cues.products.last(where: {
            !$0.listed && $0.token < figureToken && contrastBetween($0.token, figureToken)
                && shipmentsOfTheSameGoods($0.token, figureToken)
        }) {
            return .hs(carried.code)
        }
        // A product after the figure counts unless a list or cause comes between ("rose 3.2%, helped
        // by shipments of fuel and auto parts").
        if let after = cues.products.first(where: {
            !$0.listed && $0.token > figureToken && $0.token - figureToken <= afterWindow && !comparedSide($0.token)
        }),
            // "$124.9 billion of German goods — cars, machinery, …": goods in general, with examples.
            // ("imports from Vietnam … were electrical machinery": "from" before a country is no list.)
            !(figureToken..<after.token).contains(where: { index in
                let word = words[index]
                if word == "from", facts.mentions.contains(where: { $0.token == index + 1 }) { return false }
                // ("Waren" are goods; "waren" is "were".)
                if word == "waren" { return tokens[index].text.first?.isUppercase == true && index > figureToken + 1 }
                return Lexicon.listWords.contains(word) || ["goods", "güter"].contains(word)
            }),
            !causeBetween(after.token),
            // ("Von Januar bis Mai haben die USA Waren für 41 Milliarden Dollar aus Taiwan eingeführt, getrieben von der
            // Nachfrage nach KI-Servern": goods of a participle's clause of causes are not what "Waren" sums; without
            // "Waren" they may be: "Die Einfuhren legten um 35 Prozent zu, getrieben von Baumaschinen", in an article on
            // machinery; not of other goods: "Die Einfuhren aus Taiwan stiegen … um knapp ein Drittel, getrieben von
            // Servern für Rechenzentren", in one on the deficit.)
            !((genericGoods(before: figureToken) || discourse.product != after.code)
                && text[tokens[figureToken].range.upperBound..<tokens[after.token].range.lowerBound].range(
                    of:
                        #",\s+(getrieben|angetrieben|befeuert|gestützt|driven|fueled|fuelled|helped|boosted|spurred|led|thanks|dank)\s"#,
                    options: .regularExpression) != nil),
            // ("Waren für 411,9 Milliarden Dollar aus Kanada, rund 30 Prozent davon Öl und Gas": goods past another
            // figure are that figure's.)
            !figures.contains(where: {
                let token = tokenIndex(of: $0.range.lowerBound)
                return token > figureToken && token < after.token
            }),
            // ("Waren für 505 Milliarden Dollar aus dem Nachbarland: Autos, Laptops, Avocados": goods after a colon are
            // examples of what the figure sums.)
            !text[tokens[figureToken].range.upperBound..<tokens[after.token].range.lowerBound].contains(":"),
            // ("5,4 Prozent auf Japan, und bei Flugzeugteilen … zählt das Land": a clause of its own after ", und".)
            !((figureToken + 1)..<after.token).contains(where: { index in
                ["und", "and", "but", "aber"].contains(words[index]) && commaBetween(index - 1, index)
            })
        {
            return .hs(after.code)
        }
        // "Inorganic chemicals, the category that includes enriched uranium, fell to $692 million": the goods
        // that open the sentence are its subject, past an apposition, when no other figure comes between.
        if let subject = cues.products.first, subject.token <= 1, !subject.listed, subject.token + 2 < figureToken,
            commaBetween(subject.token, subject.token + 1) || commaBetween(subject.token + 1, subject.token + 2),
            !contrastBetween(subject.token, figureToken)
        {
            return .hs(subject.code)
        }
        // ("Edelsteine und Schmuck aus Indien, etwa geschliffene Diamanten aus Surat, hatten im vergangenen Jahr einen
        // Wert von 11,6 Milliarden Dollar": goods of one chapter, with the country they come from, opening the
        // sentence up to a comma.)
        if let subject = cues.products.first, subject.token <= 1,
            cues.products.allSatisfy({ $0.code == subject.code }),
            let comma = ((subject.token + 1)..<min(figureToken, subject.token + 8)).first(where: {
                commaBetween($0 - 1, $0)
            }),
            ((subject.token + 1)..<comma).allSatisfy({ index in
                ["und", "and", "or", "oder", "aus", "from", "von", "of"].contains(words[index])
                    || cues.products.contains(where: { $0.token == index })
                    || mentions.contains(where: { $0.token <= index && index < $0.token + $0.count })
            }),
            !contrastBetween(subject.token, figureToken)
        {
            return .hs(subject.code)
        }
        // ("Von allen Fahrzeugen und Fahrzeugteilen, die die USA einführen, kommen mehr als 35 Prozent aus Mexiko. …
        // Bei den Kanadiern ist dieser Handel um fast zehn Prozent eingebrochen": "this trade" right after goods were
        // spoken of is the trade in those goods; with no goods before, it is the pair's whole trade.)
        // (Or those of the last claim about goods, when a sentence without goods of its own came between.)
        if let carried = discourse.product
            ?? (discourse.sentencesSinceClaimedGoods <= 2 ? discourse.claimedGoods : nil),
            // (Not "the year that trade peaked", a relative clause; nor "this trade war", "this trade deficit".)
            let pointer = words.indices.dropLast().first(where: { index in
                ["dieser", "diesen", "dieses", "this"].contains(words[index])
                    && ["handel", "handels", "trade"].contains(words[index + 1])
                    && !(index + 2 < words.count && Self.nounsAfterTrade.contains(words[index + 2]))
            }), abs(pointer - figureToken) <= window,
            !cues.products.contains(where: { !$0.listed })
        {
            return .hs(carried)
        }
        // ("The Census figures cover a broader category, wood and articles of wood, …. On that measure, U.S. imports
        // from Canada came to $11.0 billion": opening the sentence, the goods the article spoke of just before; not
        // a measure the sentence itself named first, "the Census Bureau's tally of goods, and by that measure …".)
        if let carried = discourse.product, let anaphor = Lexicon.measureAnaphor(in: words), anaphor <= 2,
            abs(anaphor - figureToken) <= window,
            Set(discourse.recentSentenceGoods.joined()).subtracting([carried]).isEmpty,
            !cues.products.contains(where: { !$0.listed && $0.token < figureToken && $0.code != carried })
        {
            return .hs(carried)
        }
        // "mehr als ein Zehntel der US-Einfuhren dieses Kapitels": the goods the sentence before spoke of.
        if let anaphor = Lexicon.productAnaphor(in: words), abs(anaphor - figureToken) <= window {
            // ("Radioaktive Stoffe kommen ebenfalls aus Russland: … führten die USA davon Waren für rund 103 Millionen
            // Dollar ein": "davon" points to the goods its own sentence named before it, if any.)
            if words[anaphor] == "davon", let own = cues.products.last(where: { $0.token < anaphor }) {
                return .hs(own.code)
            }
            // (A bare "davon" points to goods a figure measured, not to goods named beside a total.)
            if let carried = discourse.product, words[anaphor] != "davon" || discourse.productMeasured {
                return .hs(carried)
            }
            // ("… in the first half of 2024, imports in the category from Russia fell 33%. Russia kept its fourth place
            // among suppliers. Shipments arrive in large lots. Imports in the category from Russia reached $213 million
            // in May": past sentences about other things, the goods last measured.)
            if discourse.product == nil, words[anaphor] != "davon", let measured = discourse.measuredProduct,
                discourse.sentencesSinceMeasuredProduct <= 3
            {
                return .hs(measured)
            }
        }
        // ("… ein anderes Kapitel: Maschinen und Computer …. Hier kamen 2023 Waren für 34,2 Milliarden Dollar aus
        // Taiwan, mehr als aus Kapitel 85": a figure compared with other goods is of goods too, those the sentence
        // before named.)
        if let carried = discourse.product,
            cues.products.contains(where: { $0.token > figureToken && $0.code != carried && comparedSide($0.token) })
        {
            return .hs(carried)
        }
        return nil
    }

    /// Whether goods in general are named right before a figure: "Waren für 41 Milliarden Dollar", "goods worth".
    func genericGoods(before figureToken: Int) -> Bool {
        (max(0, figureToken - 4)..<figureToken).contains { index in
            // ("Waren" are goods; "waren" is "were".)
            if words[index] == "waren" { return index > 0 && tokens[index].text.first?.isUppercase == true }
            return ["güter", "goods"].contains(words[index])
        }
    }

    /// The one month the sentence names before a change "from" a month (`before`), later in the same year ("In April,
    /// exports fell 29% from March"): where the change runs to; nil when it names none such or several periods.
    func laterMonthNamed(_ before: [PeriodMention], after base: Period) -> Period? {
        guard before.count == 1, case .single(let named)? = resolvePeriod(before[0]), named.isMonth,
            named.year == base.year, named > base
        else { return nil }
        return named
    }

    /// Whether the word at `token` stands on the other side of a comparison, within four words after "than",
    /// "compared with", "gegenüber" or a comparative's "als" ("mehr als aus Kapitel 85").
    func comparedSide(_ token: Int) -> Bool {
        (max(0, token - 4)..<token).contains { index in
            // (Not a hedge on a figure between: "davon mehr als 60 Prozent Brennstoffe".)
            if figures.contains(where: {
                tokenIndex(of: $0.range.upperBound) > index && tokenIndex(of: $0.range.lowerBound) < token
            }) {
                return false
            }
            let word = words[index]
            if ["than", "compared", "gegenüber", "verglichen", "vs", "versus"].contains(word) { return true }
            return word == "als" && index > 0
                && [
                    "mehr", "weniger", "höher", "niedriger", "größer", "kleiner", "stärker", "schwächer", "eher",
                    "lieber",
                ].contains(words[index - 1])
        }
    }

    /// Whether a range of the sentence lies inside a parenthesis: between round brackets, or between two
    /// dashes set off by spaces ("China - whose factories had reopened in February - was …").
    func insideParenthesis(_ range: Range<String.Index>) -> Bool {
        aside(holding: range) != nil
    }

    /// The parenthesis or dashed aside a range of the sentence lies inside, if any.
    func aside(holding range: Range<String.Index>) -> Range<String.Index>? {
        parentheses.first { $0.lowerBound <= range.lowerBound && range.upperBound <= $0.upperBound }
    }

    /// Whether a clause coordinated after the goods opens with a flow of a country of its own before the figure
    /// ("US purchases of Swiss precious metals rose 46% in 2024, and imports from Switzerland jumped to $14.2
    /// billion in December"): the figure is that flow's, of all goods.
    func flowOfItsOwnBetween(_ product: Int, _ figure: Int) -> Bool {
        guard product + 1 < figure else { return false }
        return ((product + 1)..<figure).contains { index in
            guard ["and", "und", "but", "aber"].contains(words[index]), commaBetween(index - 1, index),
                let flowToken = ((index + 1)..<min(figure, index + 3)).first(where: {
                    Lexicon.flow(of: words[$0]).map { $0 == .exports || $0 == .imports } == true
                })
            else { return false }
            return facts.mentions.contains { $0.token > flowToken && $0.token <= flowToken + 3 && $0.token < figure }
                && !cues.products.contains { $0.token > index && $0.token < figure }
        }
    }

    /// "Die Einfuhren von Fahrzeugen aus Deutschland sanken um 25 Prozent, während die Lieferungen aus
    /// Südkorea um knapp die Hälfte zulegten": past the contrast, shipments without goods of their own
    /// are of the same goods.
    func shipmentsOfTheSameGoods(_ product: Int, _ figure: Int) -> Bool {
        let between = (product + 1)..<figure
        return between.contains { Lexicon.neutralShipmentNouns.contains(words[$0]) }
            && !cues.products.contains { between.contains($0.token) }
    }

    /// Whether a comma that parts clauses (followed by a space, not "41,4") stands between two tokens.
    func clauseCommaBetween(_ a: Int, _ b: Int) -> Bool {
        let (low, high) = (min(a, b), max(a, b))
        guard low < high else { return false }
        let between = text[tokens[low].range.upperBound..<tokens[high].range.lowerBound]
        return zip(between, between.dropFirst()).contains { $0 == "," && $1.isWhitespace }
    }

    /// Whether a comma stands between two tokens, in either order.
    func commaBetween(_ a: Int, _ b: Int) -> Bool { facts.commaBetween(a, b) }

    /// The partner named by name at the start of a clause and followed by an apposition between commas that ends
    /// right before `verb`: "Kanada, der Nachbar im Norden, kaufte …", "Mexico, the largest supplier, sold …". Not a
    /// German relative clause ("Kanada, das 2013 mehr kaufte, …": its verb, not a noun, closes it), nor one naming
    /// another partner.
    func appositionSubject(before verb: Int) -> CountryMention? {
        guard verb >= 3 else { return nil }
        for subject in others where subject.form == .name {
            let end = subject.token + subject.count
            guard end < verb - 1, verb - end <= 10, commaBetween(end - 1, end), commaBetween(verb - 1, verb),
                Lexicon.appositionOpeners.contains(words[end]) || words[end].hasSuffix("'s")
                    || words[end].hasSuffix("’s")
                    || words[end] == "amerikas" || words[end] == "americas"
                    // ("Brazil, next door, bought more than three times as much": a short aside of two or three
                    // words.)
                    || (verb - end <= 3
                        && !words[end..<(verb - 1)].contains(where: {
                            Lexicon.flow(of: $0) != nil || ["and", "und", "or", "oder"].contains($0)
                        })),
                // (One apposition: no comma inside it, no other partner in it.)
                !(end..<(verb - 1)).contains(where: { commaBetween($0, $0 + 1) }),
                !others.contains(where: { $0.token >= end && $0.token < verb && $0.code != subject.code }),
                // (German "der/die/das" also opens a relative clause, which ends with its verb: a noun ends an
                // apposition.)
                !["der", "die", "das"].contains(words[end]) || tokens[verb - 1].text.first?.isUppercase == true
            else { continue }
            // The subject opens its clause.
            let opens =
                subject.token == 0 || commaBetween(subject.token - 1, subject.token)
                || ["und", "and", "aber", "but", "doch", "while", "während"].contains(words[subject.token - 1])
            if opens { return subject }
        }
        return nil
    }

    /// The tokens of an aside between commas right after a partner that opens its clause ("China, im Jahr zuvor noch
    /// Spitzenreiter, fiel auf Rang drei zurück", "Mexico, the top partner in 2023, slipped to second"), when `token`
    /// stands after it: what the aside says (a period above all) is about the partner then, not about `token`'s claim.
    func subjectAside(before token: Int) -> Set<Int> {
        for subject in mentions where subject.form == .name && subject.code != "WORLD" {
            let end = subject.token + subject.count
            guard end < token, end >= 1, commaBetween(end - 1, end) else { continue }
            let opens =
                subject.token == 0 || commaBetween(subject.token - 1, subject.token)
                || ["und", "and", "aber", "but", "doch"].contains(words[subject.token - 1])
            guard opens,
                let close = (end..<min(token, end + 12)).first(where: { commaBetween($0, $0 + 1) })
            else { continue }
            return Set(end...close)
        }
        return []
    }

    /// Whether a contrasting clause begins between two tokens (", while", ", but", ", während", ", aber"):
    /// "Cheaper oil should shrink the import bill, but the overall deficit still widened 6.1 percent".
    func contrastBetween(_ start: Int, _ end: Int) -> Bool {
        guard start < end, end < tokens.count else { return false }
        let between = text[tokens[start].range.upperBound..<tokens[end].range.lowerBound]
        return between.range(
            // (A cause after a comma too: "ist um ein Fünftel geschrumpft, auch weil japanische Hersteller in
            // Nordamerika bauen", ", because Asia and Europe bought more"; and a concession: ", obwohl Peking im Juli
            // desselben Jahres die Bindung gelockert hatte".)
            // ("…, even as chip exports slumped": a concession too.)
            of:
                #",\s+(while|whereas|but|even\s+as|even\s+though|although|though|während|wohingegen|aber|doch|obwohl|obgleich|wenngleich|(auch\s+)?weil|because|denn)\s"#,
            options: .regularExpression)
            != nil
    }

    /// Whether goods at a token are those of a flow's own noun right before them: "Einfuhren pharmazeutischer
    /// Erzeugnisse", "imports of steel", "Exporte von Weizen".
    func namesGoodsOfFlowNoun(at token: Int) -> Bool {
        // ("der Wert der Kaffeeimporte": goods and flow in one compound noun.)
        cues.flows.contains { flow in
            (flow.flow == .imports || flow.flow == .exports) && flow.token <= token
                && (token == flow.token || token - flow.token == 1
                    || (token - flow.token == 2 && ["of", "von", "an"].contains(words[flow.token + 1])))
        }
    }

    /// Whether a token before a figure stands in a clause of its own, opened by a subordinating word
    /// and closed by a comma before the figure ("In 2021, before Washington banned Russian oil, the
    /// U.S. imported $29.6 billion"): its product is that clause's.
    func inSubordinateClause(_ token: Int, before figureToken: Int, reach: Int = 8) -> Bool {
        let subordinators: Set<String> = [
            "before", "after", "when", "since", "because", "although", "while", "once", "until", "bevor",
            "nachdem", "weil", "obwohl", "während", "seit", "seitdem", "sobald", "wenn", "as", "als",
        ]
        let comma = commaBetween
        guard comma(token, figureToken) else { return false }
        if let opener = (max(0, token - 8)..<token).last(where: { subordinators.contains(words[$0]) }),
            !comma(opener, token), opener == 0 || comma(opener - 1, opener)
        {
            return true
        }
        // "Exports to the Netherlands, a gateway for liquefied natural gas, jumped 37 percent": an
        // apposition between commas, opened by an article or a relative pronoun.
        let openers: Set<String> = [
            "a", "an", "the", "which", "that", "who", "ein", "eine", "einer", "der", "die", "das", "welche", "welcher",
            // ("Imports from Taiwan, whose electronics assemblers have pulled production back, rose 20%".)
            "whose", "deren", "dessen",
        ]
        // ("From China, the biggest category was electrical machinery, about 29%": a clause with its own
        // verb is no apposition.)
        // (Nor is one whose subject trades: "According to Census data, the United States imported $5.8 billion of
        // footwear …, up 12.3%" is the sentence's main clause after an opening phrase.)
        let verbs: Set<String> = ["was", "were", "is", "are", "war", "waren", "ist", "sind"]
        if token >= 1, let start = (max(1, token - reach)...token).last(where: { comma($0 - 1, $0) }),
            openers.contains(words[start]),
            !comma(start, token),
            !words[start..<token].contains(where: {
                verbs.contains($0) || Lexicon.finiteTradeVerbs.contains($0)
                    || Lexicon.germanFiniteTradeVerbs.contains($0)
            })
        {
            return true
        }
        return false
    }

    /// Whether record words stand near a token ("on record", "ever", "since 2008", "Rekord").
    func recordWords(near token: Int) -> Bool {
        // ("the largest for any first quarter on record": "for any" names the periods compared.)
        if token + 2 < words.count, words[token + 1] == "for", words[token + 2] == "any" { return true }
        let window = words[max(0, token - 3)..<min(words.count, token + 6)]
        return window.contains { word in
            ["record", "ever", "since", "seit", "jemals", "je", "history", "rekord"].contains(word)
                || word.hasPrefix("rekord")
                // ("the largest it recorded with any single economy": "recorded" is the verb of registering, a place
                // among countries; "ever recorded", "recorded since" have their words above.)
                || (word.hasPrefix("record") && word != "recorded")
        }
    }

    /// The tokens of a figure's own clause: from the end of the figure before it to the start of
    /// the one after it (or the sentence's ends).
    func clauseBounds(of figure: Figure) -> Range<Int> {
        let start =
            figures.last { $0.range.upperBound <= figure.range.lowerBound }
            .map { tokenIndex(of: $0.range.upperBound) } ?? 0
        var end =
            figures.first { $0.range.lowerBound >= figure.range.upperBound }
            .map { tokenIndex(of: $0.range.lowerBound) } ?? tokens.count
        // ("Frankreich | US-Exporte 31,7 | Saldo aus US-Sicht −15,8": a table's next cell is another column's.)
        if let bar = text[figure.range.upperBound...].firstIndex(of: "|"),
            let cut = tokens.firstIndex(where: { $0.range.lowerBound > bar }), cut < end
        {
            end = cut
        }
        return start..<max(start, end)
    }
}

/// Characters between a period mention and a figure (0 when they touch).
private func distance(_ range: Range<String.Index>, _ position: String.Index, _ text: String) -> Int {
    if range.contains(position) { return 0 }
    if range.upperBound <= position { return text.distance(from: range.upperBound, to: position) }
    return text.distance(from: position, to: range.lowerBound) + 1
}

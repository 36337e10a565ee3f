import Foundation
import TradeModel

/// Stage 1 of finding claims: what one sentence holds, read once. Its tokens, the figures that
/// can be trade figures, the countries, periods and rankings it names, and what the lexicon says
/// about its words. Nothing here depends on the sentences before it.
struct SentenceFacts {
    let sentence: TextSpan
    let text: String
    let tokens: [Token]
    /// The tokens, lowercased.
    let words: [String]
    /// The tokens a semicolon stands before (the tokens drop punctuation): where clauses split.
    let semicolonTokens: [Int]
    /// Whether the sentence speaks in the present tense (see ``Lexicon/speaksInThePresent(_:)``), says its
    /// monthly figures are seasonally adjusted, or says they are not.
    let speaksInThePresent: Bool
    /// Whether the sentence gives an amount "a year" ("$500 billion a year", "pro Jahr", "jährlich").
    let saysAYear: Bool
    let saysAdjusted: Bool
    let saysUnadjusted: Bool
    /// The countries and groups named ("Russland", "russische", "US-Exporte"); a noun referring back
    /// to a country ("the South Asian nation") is added by the discourse as the country it means.
    var mentions: [CountryMention]
    /// Region adjectives describing a noun that refers back to a country ("dem südamerikanischen
    /// Land"): where the country meant stands, not a country of their own.
    let anaphors: [CountryMention]
    let periodMentions: [PeriodMention]
    let cues: SentenceCues
    /// Money and percent figures, without tariff rates and counts of people or things.
    let figures: [Figure]
    /// Rankings that name what they rank by ("the largest supplier", "drittgrößter Abnehmer").
    let rankMentions: [RankMention]
    /// Superlatives of goods without a measure of a country's ranking ("die wichtigste Warengruppe").
    let goodsRankMentions: [RankMention]
    /// Places written out without what is ranked ("auf Platz zehn"): ranked by the discourse's measure.
    let placesWithoutMeasure: [RankMention]
    /// What puts the whole sentence out of scope (another source, a forecast).
    let scope: OutOfScope?

    /// Adds a country where a word refers back to it ("the Southeast Asian country", "exports there"), in token order.
    mutating func mentionCountry(_ code: String, at token: Int) {
        let mention = CountryMention(code: code, form: .name, token: token, count: 1, range: tokens[token].range)
        mentions = (mentions + [mention]).sorted { $0.token < $1.token }
    }

    init(
        _ sentence: TextSpan, figures extractor: FigureExtractor, periods: PeriodFinder, countries: CountryMatcher,
        homeReporter: String, lexicon: inout [String: WordInfo]
    ) {
        self.sentence = sentence
        text = sentence.text
        tokens = tokenize(text)
        words = tokens.map(\.lower)
        // The tokens that follow a comma, colon or semicolon (the tokens drop punctuation): one walk over the
        // gaps between tokens, linear in the sentence.
        var punctuated = Set<Int>()
        var semicolons: [Int] = []
        for index in tokens.indices.dropFirst() {
            let gap = text[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
            guard gap.contains(where: { ",;:".contains($0) }) else { continue }
            punctuated.insert(index)
            if gap.contains(";") { semicolons.append(index) }
        }
        semicolonTokens = semicolons
        speaksInThePresent = Lexicon.speaksInThePresent(words)
        saysAYear = Lexicon.saysAYear(words)
        saysAdjusted = Lexicon.saysAdjusted(words)
        saysUnadjusted = Lexicon.saysUnadjusted(words)
        // "aus der EU …, nach Europa": beside the EU, "Europe" means the EU.
        // "mit dem südamerikanischen Land", "the Asian nation": a region's adjective before a noun that
        // refers back to a country describes that country; it names no partner of its own.
        let lower = words
        let all = countries.mentions(in: tokens)
        let describing = all.filter { mention in
            mention.form == .adjective && mention.code.count != 3
                && Lexicon.describesAnaphor(lower, from: mention.token + mention.count - 1)
        }
        anaphors = describing
        // ("even as growth in Europe remains sluggish", "die Rezession in Deutschland": a place whose economy the
        // sentence speaks of is no partner of its trade.)
        // ("nach den Zahlen aus Washington", "according to figures from Washington": the home reporter as the source
        // of the figures, not a side of the trade.)
        let found = all.filter { mention in
            !describing.contains(mention)
                && !(mention.token >= 2 && ["in", "im"].contains(lower[mention.token - 1])
                    && Lexicon.economyNounsBeforePlace.contains(lower[mention.token - 2]))
                && !(mention.code == homeReporter && mention.token >= 2
                    && ["aus", "from", "of"].contains(lower[mention.token - 1])
                    && Lexicon.statisticsNouns.contains(lower[mention.token - 2]))
        }
        mentions =
            found.contains(where: { $0.code == "EU" })
            ? found.map { mention in
                var mention = mention
                if mention.code == "EUROPE" { mention.code = "EU" }
                return mention
            } : found
        // ("the Census Bureau reported last month", "meldete Anfang Februar für 2024": when a figure was
        // published, not the period it is for.)
        let allTokens = tokens
        periodMentions = periods.periods(in: text).filter { mention in
            // (The first token at or after the mention, by binary search: linear in the sentence overall.)
            var low = 0
            var high = allTokens.count
            while low < high {
                let middle = (low + high) / 2
                if allTokens[middle].range.lowerBound < mention.range.lowerBound {
                    low = middle + 1
                } else {
                    high = middle
                }
            }
            guard low < allTokens.count else { return true }
            let token = low
            let before = token >= 1 ? lower[token - 1] : ""
            let twoBefore = token >= 2 ? lower[token - 2] : ""
            // ("the widest in Census records going back to 1985", "Aufzeichnungen, die bis 1985 zurückreichen": how far
            // the records reach, not a period of the figure.)
            if before == "to", twoBefore == "back", token >= 3,
                ["going", "dating", "reaching", "stretching"].contains(lower[token - 3])
            {
                return false
            }
            // ("the \"phase one\" deal of January 2020", "das Abkommen vom Januar 2020": the date of an event named by
            // its noun, not a period of trade.)
            if ["of", "vom"].contains(before), Lexicon.eventNouns.contains(twoBefore) { return false }
            // ("…, wie das US-Handelsministerium im Februar mitteilte": a German clause's reporting verb at its end,
            // right after the date.)
            var next = token
            while next < allTokens.count, allTokens[next].range.lowerBound < mention.range.upperBound { next += 1 }
            // (Only a date said as one, "im Februar", "Anfang März"; not the figures' month: "die Zahlen für den
            // Oktober veröffentlicht".)
            if next < allTokens.count, Lexicon.closingReportingVerbs.contains(lower[next]),
                Lexicon.reportTimeWords.contains(before) || Lexicon.reportTimeWords.contains(lower[token]),
                !["für", "for", "über"].contains(before), !["für", "for", "über"].contains(twoBefore)
            {
                return false
            }
            return
                !(Lexicon.reportingVerbs.contains(before)
                || Lexicon.reportingVerbs.contains(twoBefore) && Lexicon.reportTimeWords.contains(before))
        }
        let partnerTokens = Set(mentions.filter { $0.code != homeReporter && $0.code != "WORLD" }.map(\.token))
        // The words of names longer than one word ("Europe's largest economy"): their superlative ranks nothing and
        // their economy is no economy's figure.
        let namedTokens = Set(mentions.filter { $0.count > 1 }.flatMap { $0.token..<($0.token + $0.count) })
        cues = SentenceCues(tokens, lexicon: &lexicon, partnerTokens: partnerTokens)
        // A forecast is a clause's matter ("$984.9 billion this year … and it's on course for a record");
        // another source, services or another basis speak for the whole sentence.
        let sentenceScope = Lexicon.outOfScope([String](), sentence: text)
        scope =
            (sentenceScope == .forecast ? nil : sentenceScope)
            ?? Self.otherOfficeNamed(mentions, words: words, homeReporter: homeReporter)
        // The tokens that open a clause after a comma, for negations that end at one ("Nicht ganz,
        // Taiwan liegt auf Platz acht"; "The comparison does not hold: Mexico ranked fourth": nor at a colon
        // or semicolon).
        // ("The gap with Europe's largest economy", "die zweitgrößte Volkswirtschaft der Welt": a superlative inside a
        // name for a country is no ranking.)
        let allRanks = RankFinder.mentions(in: words, clauseStarts: punctuated).filter {
            !namedTokens.contains($0.token)
        }
        rankMentions = allRanks.filter { $0.measure != nil }
        // ("Maschinen sind die wichtigste Warengruppe der US-Einfuhren": a superlative of goods, with no measure of a
        // country's ranking, ranks the goods.)
        let rankedWords = words
        goodsRankMentions = allRanks.filter { mention in
            mention.measure == nil
                && rankedWords[min(rankedWords.count, mention.token + 1)..<min(rankedWords.count, mention.token + 4)]
                    .contains(where: { ClauseReader.goodsRankNouns.contains($0) })
        }
        // "lag Indien 2022 auf Platz zehn", "China is no longer even number two": a place written out
        // without a ranking noun, which the sentences before may supply.
        let placeWords: Set<String> = [
            "platz", "rang", "position", "nummer", "number", "no", "place", "spot", "stelle", "ranked", "ranks",
            "rank", "rangiert", "rangierte", "is", "was", "ist", "war", "came", "comes", "finished", "stood", "stands",
            "vorn", "vorne", "top",
        ]
        let sentenceWords = words
        placesWithoutMeasure = allRanks.filter { mention in
            mention.measure == nil && !mention.fromVerb
                && (mention.membership
                    || sentenceWords[mention.token..<min(sentenceWords.count, mention.token + 2)].contains(
                        where: placeWords.contains)
                    // ("China slipped to third": the place a country moved to.)
                    || mention.movedTo)
        }
        // ("Wir subventionieren Kanada mit 200 Milliarden Dollar": a country subsidized is the deficit, see
        // ``SentenceCues``; not money outside trade.)
        let subsidized = Set(
            sentenceWords.indices.filter { Lexicon.subsidizes(sentenceWords, at: $0, partnerTokens: partnerTokens) })
        var figures = Self.tradeFigures(
            extractor.figures(in: text), text: text, tokens: tokens, words: words, subsidized: subsidized,
            named: namedTokens)
        if cues.flows.isEmpty,
            sentenceWords.indices.contains(where: {
                !subsidized.contains($0) && Lexicon.isNotTradeMoney(sentenceWords[$0])
            })
        {
            // "… Investitionen von 100 Milliarden Dollar an, insgesamt wären es 165 Milliarden": a sentence
            // about investment, not trade.
            figures.removeAll { $0.unit == .usd || $0.unit == .eur }
        }
        self.figures = figures
    }

    /// "Das indische Handelsministerium weist … aus", "China's customs agency", "Mexico's statistics
    /// institute": another country's office as the source of the figures.
    static func otherOfficeNamed(_ mentions: [CountryMention], words: [String], homeReporter: String)
        -> OutOfScope?
    {
        for mention in mentions
        where mention.code != homeReporter && (mention.form == .adjective || mention.form == .genitive) {
            let after = words[
                min(words.count, mention.token + mention.count)..<min(words.count, mention.token + mention.count + 2)]
            // "Chinese customs", "Japan's Finance Ministry", "Chinese figures show", "kanadischen Daten".
            if after.contains(where: { Lexicon.isStatisticsOffice($0) || Lexicon.dataNouns.contains($0) }) {
                return .otherSource
            }
        }
        // ("…, dass Vietnam nach eigener Zählung 2024 Waren für knapp 15 Milliarden Dollar aus den USA importiert habe":
        // a country's own count, when the country first named before it is not the home reporter; "Die USA importierten
        // nach eigener Zählung …", "the U.S. had run a surplus with Canada on its own count" are the store's.)
        // (The owner: a country right before, "Vietnam's own figures", "the American government's own data"; for "its
        // own", "ihrer eigenen", the sentence's first country; for a bare "nach eigener Zählung", the nearest before.)
        for index in words.indices.dropLast()
        where ["own", "eigener", "eigenen", "eigene"].contains(words[index])
            && Self.ownCountNouns.contains(words[index + 1])
        {
            let before = mentions.filter { $0.token < index }
            let owner =
                before.last(where: { index - ($0.token + $0.count) <= 1 })
                ?? (index > 0 && Self.possessives.contains(words[index - 1]) ? before.first : before.last)
            if let owner, owner.code != homeReporter, owner.code.count == 3 { return .otherSource }
        }
        // ("Nach Angaben des Handelsministeriums in Seoul", "the trade ministry in Tokyo said": an office placed in another
        // country.)
        for mention in mentions where mention.code != homeReporter && mention.code.count == 3 && mention.token >= 2 {
            if words[mention.token - 1] == "in", Lexicon.isStatisticsOffice(words[mention.token - 2]) {
                return .otherSource
            }
        }
        // ("Nach Pekinger Zollstatistik", "die Tokioter Statistikbehörde": a capital's adjective for its government.)
        for (index, word) in words.enumerated().dropLast() where Lexicon.foreignCapitalAdjectives.contains(word) {
            let next = words[index + 1]
            if Lexicon.isStatisticsOffice(next) || Lexicon.dataNouns.contains(next) { return .otherSource }
        }
        return nil
    }

    /// Possessives before "own", "eigenen", which point to the sentence's subject: "on its own count".
    static let possessives: Set<String> = ["its", "their", "ihrer", "seiner", "ihre", "seine", "ihren", "seinen"]

    /// Nouns of a count after "own", "eigener": "own count", "nach eigener Zählung", "ihrer eigenen Statistik".
    static let ownCountNouns: Set<String> = [
        "count", "statistics", "data", "figures", "zählung", "statistik", "daten", "zahlen", "angaben",
    ]

    /// Whether a period stands in a relative clause or a clause of reasons opened after a comma past a figure
    /// ("widened 31 percent from a year earlier, which he attributed partly to … the tariff increases of 2018"): the
    /// clause's time, not the figure's.
    func inTrailingClause(_ mention: PeriodMention) -> Bool {
        let token = tokenIndex(of: mention.range.lowerBound)
        guard let firstFigure = figures.first.map({ tokenIndex(of: $0.range.lowerBound) }), firstFigure < token
        else { return false }
        // (So is one in a clause of reasons: "fell 9.6 per cent, to US$206.3-billion, as the collapse in oil prices that
        // began in the summer of 2014 kept eating into …".)
        let reasons: Set<String> = [
            "as", "because", "weil", "da", "nachdem", "amid", "following", "driven", "getrieben",
        ]
        if followsEarlierTime(mention, after: firstFigure) { return true }
        return ((firstFigure + 1)..<token).contains { index in
            (opensRelativeClause(at: index) || (reasons.contains(words[index]) && commaBetween(index - 1, index)))
                && !(index + 1 < words.count && Lexicon.notAClauseAfterOpener.contains(words[index + 1]))
                && !figures.contains {
                    tokenIndex(of: $0.range.lowerBound) > index && tokenIndex(of: $0.range.lowerBound) < token
                }
        }
    }

    /// Whether a period past the figure at token `figure` is a time the figure came after: "a decline of 25 per cent,
    /// and it follows a painful 2012", "after a record 2022", "nach einem schwachen Jahr 2019".
    func followsEarlierTime(_ mention: PeriodMention, after figure: Int) -> Bool {
        let token = tokenIndex(of: mention.range.lowerBound)
        guard figure + 1 < token else { return false }
        let after: Set<String> = ["after", "follows", "followed", "following"]
        return (max(figure + 1, token - 4)..<token).contains { index in
            after.contains(words[index])
                || (words[index] == "nach" && index + 1 < token && ["einem", "dem"].contains(words[index + 1]))
        }
    }

    /// "…, which he attributed to …" after a figure or a period: a relative clause that tells of it, opened after a
    /// comma (not one that tells of a noun: "in the first year of the U.S.-Korea Free Trade Agreement, which took
    /// effect last March").
    func opensRelativeClause(at index: Int) -> Bool {
        index > 0 && Lexicon.relativeClauseOpeners.contains(words[index]) && commaBetween(index - 1, index)
            && endsAFigureOrPeriod(index - 1)
    }

    /// Whether a token is the last of a figure or of a period mention.
    func endsAFigureOrPeriod(_ token: Int) -> Bool {
        figures.contains {
            tokenIndex(of: $0.range.upperBound) - 1 == token || tokenIndex(of: $0.range.upperBound) == token
        }
            || periodMentions.contains {
                tokenIndex(of: $0.range.upperBound) - 1 == token || tokenIndex(of: $0.range.upperBound) == token
            }
    }

    /// "more than half as large again as in 2023", "Measured against 2017", "höher als 2019", "im Vergleich zu
    /// 2021": a period named as what the sentence compares with, not the period it speaks of. The comparison
    /// word stands right before the period, with at most a preposition or an article between ("more than
    /// 10% so far this year" compares nothing with this year).
    func isComparisonBase(_ mention: PeriodMention) -> Bool {
        let token = tokenIndex(of: mention.range.lowerBound)
        let comparing: Set<String> = [
            "than", "against", "compared", "gegenüber", "verglichen", "vergleich", "als", "wie", "as", "vs", "versus",
            "ggü", "gg",
            // ("came in at $845.8 billion, only slightly below 2018": the year the figure is measured against.)
            "below", "above",
        ]
        let between: Set<String> = ["in", "im", "with", "to", "zu", "zum", "mit", "the", "dem", "jahr", "year"]
        // ("schon mehr als im ganzen Jahr 2019", "more than in the whole of 2019": a whole year is a base too.)
        let whole: Set<String> = ["ganzen", "gesamten", "whole", "full", "entire", "of"]
        var index = token - 1
        var skipped = 0
        while index >= 0, token - index <= 3 + skipped, between.contains(words[index]) || whole.contains(words[index]) {
            if whole.contains(words[index]) { skipped += 1 }
            index -= 1
        }
        // ("at their peak as recently as 2013", "as late as 2019", "as early as 2010": a time, not a base.)
        if index >= 2, words[index] == "as", words[index - 2] == "as",
            ["recently", "late", "early", "long"].contains(words[index - 1])
        {
            return false
        }
        // ("came to $5.9 billion, little changed from last year", "up from a year earlier": "from" after a word of
        // change names what the figure is compared with; not "exports from 2019 to 2023".)
        if index >= 1, token - index <= 3 + skipped, words[index] == "from",
            Self.changedFrom.contains(words[index - 1])
        {
            return true
        }
        // ("a touch below the 2022 record": the year of the record the figure is compared with is the record's own.)
        if index >= 0, ["below", "above"].contains(words[index]) {
            // ("well below 2013, the peak year": nor a year the words right after make a record's.)
            let after = tokenIndex(of: mention.range.upperBound)
            if words[after..<min(words.count, after + 3)].contains(where: { word in
                word.hasPrefix("record") || word.hasPrefix("rekord") || RecordFinder.peakWords.contains(word)
                    || ["high", "low", "höchststand", "tiefststand"].contains(word)
            }) {
                return false
            }
        }
        return index >= 0 && token - index <= 3 + skipped && comparing.contains(words[index])
    }

    /// Words of change or difference right before "from" that make what follows the base ("little changed from",
    /// "up from", "lower from").
    static let changedFrom: Set<String> = [
        "changed", "unchanged", "up", "down", "higher", "lower", "more", "less", "rose", "fell", "increased",
        "decreased", "declined", "dropped", "climbed", "jumped", "gained", "slipped", "grew", "shrank", "narrowed",
        "widened", "rising", "falling", "increase", "decrease", "decline", "drop", "gain", "jump", "change",
    ]

    /// The first token ending after `position` (binary search: tokens are in order).
    func tokenIndex(of position: String.Index) -> Int {
        tokens.partitioningIndex { $0.range.upperBound > position }
    }

    /// Whether a comma stands anywhere between two tokens.
    func commaBetween(_ a: Int, _ b: Int) -> Bool { Self.commaBetween(a, b, text: text, tokens: tokens) }

    /// Whether a comma stands between two tokens (in either order).
    static func commaBetween(_ a: Int, _ b: Int, text: String, tokens: [Token]) -> Bool {
        let (low, high) = (min(a, b), max(a, b))
        return low < high && text[tokens[low].range.upperBound..<tokens[high].range.lowerBound].contains(",")
    }

    /// A position in the sentence as an offset in the article, in Unicode scalars.
    func scalarOffset(_ index: String.Index) -> Int {
        sentence.start + text.unicodeScalars.distance(from: text.startIndex, to: index)
    }

    /// A figure as a trade figure: counts of things become quantities ("3 million barrels"); tariff
    /// rates and counts of people are dropped.
    private static func tradeFigures(
        _ figures: [Figure], text: String, tokens: [Token], words: [String], subsidized: Set<Int>, named: Set<Int>
    ) -> [Figure] {
        func tokenIndex(of position: String.Index) -> Int {
            tokens.partitioningIndex { $0.range.upperBound > position }
        }
        // ("chapter 30 of the tariff schedule", "the tariff code": a classification, not a rate.)
        let classifications: Set<String> = [
            "schedule", "code", "codes", "classification", "heading", "headings", "nomenclature", "line", "lines",
        ]
        // ("Die Importe sanken wegen der Strafzölle um 14,8 Prozent", "fell 12% because of the tariffs": a rate named as
        // a cause owns no figure.)
        func isRate(at index: Int) -> Bool {
            Lexicon.isRate(words[index]) && !(index + 1 < words.count && classifications.contains(words[index + 1]))
                && !(index + 1 < words.count && words[index + 1] == "um"
                    && words[max(0, index - 3)..<index].contains(where: Lexicon.causePrepositions.contains))
        }
        func commaBetween(_ a: Int, _ b: Int) -> Bool { Self.commaBetween(a, b, text: text, tokens: tokens) }
        // (Not "stocks" alone, which are goods in a warehouse too, nor "shares", which are parts of trade.)
        let securities: Set<String> = [
            "bonds", "securities", "equities", "aktien", "anleihen", "wertpapiere", "börse", "aktienmarkt",
        ]
        let securitiesTraded =
            (words.contains(where: securities.contains)
                || zip(words, words.dropFirst()).contains(where: { pair in
                    ["stock", "shares"].contains(pair.0) && ["exchange", "market", "traded", "worth"].contains(pair.1)
                }))
            && words.allSatisfy { word in
                Lexicon.flow(of: word) == nil || ["traded", "trading", "gehandelt", "handel"].contains(word)
            }
        // Whether a word stands in an apposition set off by commas before the figure at `figure`, after a flow word
        // ("U.S. exports to Nigeria, the largest economy in Africa, fell 43 percent").
        func inAppositionAfterAFlow(_ index: Int, before figure: Int) -> Bool {
            guard index >= 1, index < figure,
                let opening = (max(1, index - 5)...index).last(where: { commaBetween($0 - 1, $0) }),
                (index..<figure).contains(where: { commaBetween($0, $0 + 1) }),
                ["the", "der", "die", "das", "a", "an", "ein", "eine", "einer"].contains(words[opening])
            else { return false }
            return words[max(0, opening - 6)..<opening].contains(where: { Lexicon.flow(of: $0) != nil })
        }
        // ("Die Einfuhren, auf die Trump Zölle von 25 Prozent verhängt hat, sanken um knapp 20 Prozent": a verb of change
        // right after a comma opens the main clause again; not "tariffs, which rose to 25 percent".)
        func changeOpensClause(after rate: Int, before at: Int) -> Bool {
            guard rate + 1 < at else { return false }
            return (rate + 1..<at).contains { index in
                Lexicon.isChange(words[index])
                    && text[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound].contains(",")
            }
        }
        // (Whether the sentence names a flow of trade, asked at most once per sentence: linear in its length.)
        var namesAFlow: Bool?
        func isTradeFigure(_ figure: Figure) -> Bool {
            // ("orders for AI servers, which run to $200,000 or more apiece", "für 40.000 Euro pro Stück": the price of
            // one piece, not a sum of trade; "$300 billion apiece" for two countries is a sum each.)
            if figure.unit == .usd || figure.unit == .eur, abs(figure.value) < 10_000_000,
                case let end = tokenIndex(of: figure.range.upperBound), end < words.count,
                case let after = Array(words[end..<min(words.count, end + 5)]),
                after.prefix(3).contains(where: { ["apiece", "each"].contains($0) })
                    || zip(after, after.dropFirst()).contains(where: {
                        ["pro", "je", "per", "a"].contains($0.0)
                            && ["stück", "unit", "piece", "einheit"].contains($0.1)
                    })
            {
                return false
            }
            // ("hardly enough to threaten an economy of $27 trillion", "eine Volkswirtschaft von 27 Billionen Dollar",
            // "a GDP of $4 trillion": the size of an economy named right before the figure, not a sum of trade.)
            if figure.unit == .usd || figure.unit == .eur, case let at = tokenIndex(of: figure.range.lowerBound),
                at >= 2, ["of", "von", "with", "mit"].contains(words[at - 1]),
                Lexicon.isEconomyOrPrice(words[at - 2])
                    || ["gdp", "bip", "bruttoinlandsprodukt"].contains(words[at - 2])
            {
                return false
            }
            // ("Shares worth $690 billion were traded on the exchange", "An der Börse wurden Aktien für 690 Milliarden
            // Dollar gehandelt": securities traded, where no other word of trade between countries is said.)
            if figure.unit == .usd || figure.unit == .eur, securitiesTraded { return false }
            // ("a healthy gain but short of a doubling, let alone a tripling", "geschweige denn verdreifacht": a
            // multiple the sentence denies is no claim of it.)
            if figure.unit == .ratio {
                let at = tokenIndex(of: figure.range.lowerBound)
                let before = words[max(0, at - 3)..<at].joined(separator: " ")
                if ["let alone", "short of", "far from", "geschweige denn", "weit entfernt von"].contains(where: {
                    before.hasSuffix($0) || before.hasSuffix($0 + " a") || before.hasSuffix($0 + " an")
                }) {
                    return false
                }
            }
            // "Mexico's economy, with about 129 million people, grew an estimated 3.2% last year", "Die russische
            // Wirtschaftsleistung ist im ersten Quartal … um 2,2 Prozent geschrumpft", "a poll found only 17 percent":
            // in a sentence that names no flow of trade, a figure after the economy, a rate, a price, a company's
            // figures or a poll is theirs, however far before it they are named.
            if figure.unit == .percent, case let at = tokenIndex(of: figure.range.lowerBound),
                words[max(0, at - 15)..<at].contains(where: Lexicon.isNotATradeSubject)
            {
                // (A sentence that names no flow of trade at all: "exports", "Handel", "deficit".)
                let flows = namesAFlow ?? words.contains(where: { Lexicon.flow(of: $0) != nil })
                namesAFlow = flows
                if !flows { return false }
            }
            // Tariff, tax and interest rates are not trade figures: "Zusatzzölle von 25 Prozent", "a 10% tariff".
            if figure.unit == .percent {
                let at = tokenIndex(of: figure.range.lowerBound)
                // (After it only close by and in its own clause: "jump by a third as tariffs reroute
                // factories" is no rate.)
                let conjunctions: Set<String> = ["as", "while", "because", "since", "als", "da", "weil", "während"]
                let close = (at..<min(words.count, at + 4)).prefix { !conjunctions.contains(words[$0]) }
                if (max(0, at - 4)..<at).contains(where: isRate(at:)) || close.contains(where: isRate(at:)) {
                    return false
                }
                // ("with a lower 10% rate for Canadian energy": a rate named right after the percent.)
                let wordAfter = tokenIndex(of: figure.range.upperBound)
                if wordAfter < words.count, ["rate", "rates"].contains(words[wordAfter]) { return false }
                // "The tariff on American beef falls from 38.5% to 26.6%": a rate named further before,
                // with no trade flow between it and the figure.
                // (Not a share of a flow named after it: "…, machten jedoch knapp 30 Prozent dieser Einfuhren aus".)
                let rateEnd = tokenIndex(of: figure.range.upperBound)
                // ("tariffs on imported cars would be in the neighborhood of 25%", "Zölle auf importierte Autos": the
                // goods taxed, described by their flow, are no flow of trade the figure measures.)
                if let rate = (max(0, at - 9)..<at).last(where: isRate(at:)),
                    !words[rate..<min(words.count, rateEnd + 8)].contains(where: {
                        Lexicon.flow(of: $0) != nil && !Lexicon.flowAdjectives.contains($0)
                    }),
                    // (Not past a comma that opens a change: "…, auf die Trump Zölle von 25 Prozent verhängt hat,
                    // sanken um knapp 20 Prozent".)
                    !changeOpensClause(after: rate, before: at)
                {
                    return false
                }
                // "Korea's economy, which grew about 2%", "prices … up 18%", "40 percent of the world
                // economy": growth and prices, unless a trade word stands between.
                let before = words[max(0, at - 6)..<at]
                // (Not one in an apposition to the flow's country: "U.S. exports to Nigeria, the largest economy in
                // Africa, fell 43 percent".)
                if let other = before.indices.last(where: {
                    !named.contains($0) && (Lexicon.isEconomyOrPrice(words[$0]) || Lexicon.isCompanyFigure(words[$0]))
                }),
                    !words[other..<at].contains(where: { Lexicon.flow(of: $0) != nil }),
                    !inAppositionAfterAFlow(other, before: at)
                {
                    return false
                }
                let figureEnd = tokenIndex(of: figure.range.upperBound)
                // ("dropped …, by 15.2%, as the price of the oil … tumbled": a clause of its cause is another's.)
                let following = words[min(words.count, figureEnd)..<min(words.count, figureEnd + 4)].prefix(while: {
                    !["as", "because", "since", "weil", "da", "while", "während", "whereas", "wobei"].contains($0)
                })
                if following.contains(where: Lexicon.isEconomyOrPrice),
                    !following.contains(where: { Lexicon.flow(of: $0) != nil })
                {
                    return false
                }
                // "10 Prozent auf Autos", "25% on steel": a rate levied on goods.
                let end = tokenIndex(of: figure.range.upperBound)
                let after = words[min(words.count, end)..<min(words.count, end + 3)]
                // ("Ein Drittel entfiel auf Düngemittel, 29 Prozent auf Platin": shares, where no rate is named.)
                let sharesOut =
                    words.contains(where: { ["entfiel", "entfielen", "entfällt", "entfallen"].contains($0) })
                    && !words.indices.contains(where: isRate(at:))
                if let first = after.first, ["auf", "on"].contains(first), !sharesOut,
                    after.dropFirst().contains(where: { Lexicon.product(of: $0) != nil || Lexicon.flow(of: $0) != nil })
                {
                    return false
                }
            }
            // "about $800 per household", "a 31-year low of about $1.30", "under $1 an hour": prices,
            // not trade, which is counted in millions.
            if figure.unit == .usd || figure.unit == .eur, abs(figure.value) < 100_000 { return false }
            // "Investitionen von 100 Milliarden Dollar", "$2 billion in aid": money, but not trade.
            if figure.unit == .usd || figure.unit == .eur || figure.unit == .other {
                let at = tokenIndex(of: figure.range.lowerBound)
                // (In the figure's own clause: "U.S. exports to Egypt, a big aid recipient, fell to $5.2 billion" are
                // trade.)
                if (max(0, at - 4)..<min(words.count, at + 5)).contains(where: {
                    !subsidized.contains($0) && Lexicon.isNotTradeMoney(words[$0])
                        && !commaBetween(min($0, at), max($0, at))
                }) {
                    return false
                }
                // ("Egypt, which receives about $1.3 billion a year in U.S. military aid", "$2 billion in new investment":
                // a sum said to be in aid, investment or the like a little further on, in its own clause, too.)
                if figure.unit != .other, case let end = tokenIndex(of: figure.range.upperBound),
                    let hit = (end..<min(words.count, end + 6)).first(where: { Lexicon.isNotTradeMoney(words[$0]) }),
                    words[end..<hit].contains("in"), !(end..<hit).contains(where: { commaBetween($0, $0 + 1) })
                {
                    return false
                }
            }
            guard !figure.currencyExplicit, figure.unit == .usd else { return true }
            var next = tokenIndex(of: figure.range.upperBound)
            // ("a country with 16 million more people", "2 Millionen mehr Einwohner".)
            if next + 1 < tokens.count,
                ["more", "fewer", "additional", "mehr", "weniger", "weitere"].contains(tokens[next].lower)
            {
                next += 1
            }
            // ("34.4 million 60-kg bags": a size before the things counted.)
            if next + 1 < tokens.count, tokens[next].lower.first?.isNumber == true, tokens[next].lower.contains("-") {
                next += 1
            }
            guard next < tokens.count else { return true }
            // "1,4 Milliarden Einwohner", "3 million people".
            let word = tokens[next].text
            if word.first?.isUppercase == true, !["US", "USD", "Dollar", "US-Dollar"].contains(String(word)) {
                return false
            }
            return !Lexicon.countedThings.contains(word.lowercased())
        }
        var kept: [Figure] = []
        var lastRate: Int?
        // ("Das Werk baut mehr als 400.000 Autos im Jahr": goods counted are a trade claim only in a sentence about
        // goods crossing the border, exported, imported or shipped.)
        var saysCrossing: Bool?
        for var figure in figures {
            if figure.unit == .quantity {
                let crossing =
                    saysCrossing
                    ?? words.contains { word in Lexicon.flow(of: word).map { $0 == .exports || $0 == .imports } ?? false
                    }
                saysCrossing = crossing
                if !crossing { continue }
            }
            if figure.unit == .usd, !figure.currencyExplicit {
                let next = tokenIndex(of: figure.range.upperBound)
                // ("3.6 million twenty-foot equivalent units", "1.9 million loaded TEUs": the unit after a few words
                // that describe it.)
                let described = (next..<min(tokens.count, next + 4)).first(where: {
                    Lexicon.isQuantityUnit(tokens[$0].lower)
                }).map { unit in
                    (next..<unit).allSatisfy({ tokens[$0].lower.allSatisfy { $0.isLetter || $0 == "-" } })
                        && !text[tokens[next].range.lowerBound..<tokens[unit].range.lowerBound].contains(where: {
                            ",;:()".contains($0)
                        })
                }
                if next < tokens.count, Lexicon.isQuantityUnit(tokens[next].lower) || described == true {
                    figure.unit = .quantity
                    kept.append(figure)
                    continue
                }
            }
            let token = tokenIndex(of: figure.range.lowerBound)
            if figure.unit == .percent, let rate = lastRate,
                !words[rate..<token].contains(where: { Lexicon.flow(of: $0) != nil || Lexicon.isShare($0) }),
                // (Not past a comma that opens a change: "Die Einfuhren, auf die Trump Zölle von 25 Prozent verhängt
                // hat, sanken auf 452 Milliarden Dollar – ein Rückgang um 16 Prozent".)
                !changeOpensClause(after: rate, before: token)
            {
                // "einen Zoll von 10 Prozent, Washington umgekehrt nur 2,5 Prozent": the rate goes on.
                lastRate = token
                continue
            }
            if isTradeFigure(figure) {
                kept.append(figure)
            } else if figure.unit == .percent {
                lastRate = token
            }
        }
        return kept
    }
}

extension Sequence where Element: Equatable {
    /// The elements in their order, each kept only the first time it comes.
    func firstOccurrences() -> [Element] {
        reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }
}

extension Array {
    /// The first index whose element passes `test`, for a test that fails for a prefix of the array
    /// and passes for the rest (binary search).
    func partitioningIndex(where test: (Element) -> Bool) -> Int {
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            if test(self[middle]) { high = middle } else { low = middle + 1 }
        }
        return low
    }
}

extension SentenceFacts {
    /// Whether a country in the genitive owns a noun that is not one of trade: "der Rohstoffhunger Chinas", "China's
    /// appetite for copper". Such a country is spoken of for its own sake, not as the partner of the trade the
    /// sentence measures. (Not "die Exporte Chinas", "Chinas Anteil", "Mexico's biggest", "Mexico's total".)
    func ownsANounOutsideTrade(_ mention: CountryMention) -> Bool {
        // (Countries only: a group's or an agreement's name is read as it stands.)
        guard mention.form == .genitive, mention.code.count == 3 else { return false }
        let owned: Int
        let before = mention.token - 1
        // (An English genitive, "India's", stands before its noun, whatever capitals a heading puts before it: "READ
        // NEXT: India's goods sales".)
        let english = text[mention.range].contains { $0 == "'" || $0 == "’" }
        if !english, before > 0, before < words.count, let first = text[tokens[before].range].first,
            first.isUppercase, first.isLetter, !Lexicon.germanPrepositions.contains(words[before])
        {
            // German: the genitive after its noun ("der Rohstoffhunger Chinas").
            owned = before
        } else {
            // The genitive before its noun ("China's appetite", "Chinas Rohstoffhunger").
            let after = mention.token + mention.count
            guard after < words.count, words[after].allSatisfy(\.isLetter) else { return false }
            owned = after
        }
        let noun = words[owned]
        // (A superlative or "own" before the noun ranks or owns trade: "Deutschlands wichtigstes Exportgut",
        // "Mexico's largest", "China's own".)
        let superlative = ["est", "ste", "sten", "ster", "stes"].contains(where: noun.hasSuffix)
        guard noun.count > 3, !superlative, !["own", "eigene", "eigenen", "eigener", "eigenes"].contains(noun),
            Lexicon.flow(of: noun) == nil,
            !cues.flows.contains(where: { $0.token == owned })
        else { return false }
        // ("Im Fall Vietnams", "auf das Konto Deutschlands": the case, the account, of the partner spoken of.)
        if ["fall", "falle", "konto", "case", "beispiel", "example"].contains(noun) { return false }
        return !Lexicon.tradeRelationStems.contains { noun.contains8($0) }
    }
}

import Foundation
import TradeModel

/// Finds the numeric trade claims in an article: splits it into sentences, finds figures,
/// countries, flows and periods in each, and carries countries, flows and periods over from
/// earlier sentences where a sentence leaves them out, as a reader would.
///
/// Each sentence goes through four stages, each a type of its own:
/// 1. ``SentenceFacts``: tokens, figures, countries, periods, rankings and lexicon cues, read once;
/// 2. ``ClauseReader``: who the sentence is about (``Parties``) and each figure's clause, flow,
///    period and product;
/// 3. one rule per kind of claim: figures (values, changes, shares, compositions, comparisons),
///    records, rankings, and claims without a figure (trends, small shares, main products);
/// 4. ``Discourse``: what the sentence established for the sentences after it.
public struct ClaimFinder: Sendable {
    let countries: CountryMatcher
    let catalog: CountryCatalog
    /// The countries of each region an adjective can name ("the Southeast Asian country").
    let regions: [String: Set<String>]

    /// What the lexicon said about words seen before, shared by all checks.
    private let wordCache = WordCache()

    /// The reporter whose statistics the store holds; named or not, articles about its trade mean it.
    public var homeReporter = "USA"

    public init(catalog: CountryCatalog = .bundled) {
        self.catalog = catalog
        self.countries = CountryMatcher(catalog: catalog)
        self.regions = Lexicon.regionMembers(catalog)
    }

    /// The claims of an article.
    /// - Parameters:
    ///   - language: the article's language (see ``LanguageDetector``).
    ///   - date: the publication date, for "last year", "im Vorjahr", "last month", "im April".
    public func claims(in input: String, language: Language, date: PublicationDate?) -> [FoundClaim] {
        let clean = CleanText(input)
        var result = claims(inClean: clean.text, language: language, date: date)
        if clean.changed {
            for index in result.indices {
                let sentence = result[index].sentence
                result[index].sentence = clean.originalSpan(start: sentence.start, end: sentence.end)
                let claimed = clean.originalSpan(start: result[index].claimedStart, end: result[index].claimedEnd)
                // (The claimed text is the input's where it is the span's own, not a name the finder gave.)
                if result[index].claimedText == clean.slice(result[index].claimedStart, result[index].claimedEnd) {
                    result[index].claimedText = claimed.text
                }
                result[index].claimedStart = claimed.start
                result[index].claimedEnd = claimed.end
                result[index].markStart = result[index].markStart.map(clean.original)
                result[index].markEnd = result[index].markEnd.map(clean.original)
                result[index].wordsStart = result[index].wordsStart.map(clean.original)
                result[index].wordsEnd = result[index].wordsEnd.map(clean.original)
            }
        }
        return result
    }

    /// The period a short sentence names for the figure before it, saying only which period that was of ("Das war der
    /// Wert für Mai", "That was the figure for May"): a year with its month, or a month alone.
    static func redatingMention(_ facts: SentenceFacts) -> PeriodMention.Kind? {
        let words = facts.words
        guard words.count <= 8, words.count >= 6, facts.figures.isEmpty,
            ["das", "dies", "that", "this"].contains(words[0]), ["war", "was", "ist", "is"].contains(words[1]),
            ["der", "die", "the"].contains(words[2]),
            ["wert", "zahl", "figure", "number", "value", "monatswert"].contains(words[3]),
            ["für", "for", "von", "of", "vom"].contains(words[4]),
            facts.periodMentions.count == 1, let mention = facts.periodMentions.first
        else { return nil }
        switch mention.kind {
        case .single, .monthOnly: return mention.kind
        default: return nil
        }
    }

    /// The period a re-dating sentence gives a figure read for `figurePeriod`: the one it names, or for a month alone
    /// that month of the figure's year (of the year before, if the month comes later).
    static func redated(_ kind: PeriodMention.Kind, figurePeriod: ClaimPeriod?) -> ClaimPeriod? {
        switch kind {
        case .single(let period): return .single(period)
        case .monthOnly(let month):
            guard let read = figurePeriod?.last else { return nil }
            let year = read.month.map { month > $0 ? read.year - 1 : read.year } ?? read.year
            return .single(.month(year, month))
        default: return nil
        }
    }

    private func claims(inClean text: String, language: Language, date: PublicationDate?) -> [FoundClaim] {
        let figures = FigureExtractor(language: language)
        let periods = PeriodFinder(date: date)
        var discourse = Discourse()
        var lexicon = wordCache.snapshot()
        var result: [FoundClaim] = []
        // How many claims were found before the article first named a country other than the reporter.
        var beforeAnyCountry: Int?
        for sentence in Self.joiningForwardReferences(SentenceSplitter().split(text), in: text) {
            let facts = SentenceFacts(
                sentence, figures: figures, periods: periods, countries: countries, homeReporter: homeReporter,
                lexicon: &lexicon)
            if beforeAnyCountry == nil,
                facts.mentions.contains(where: { $0.code != homeReporter && $0.code != "WORLD" })
            {
                beforeAnyCountry = result.count
            }
            // ("… hieß es, die US-Einfuhren aus Russland hätten im Juni 540 Mio. Dollar betragen. Das war der Wert für
            // Mai.": a sentence that only says which period the figure before was of dates it anew.)
            let previousSentence = result.last?.sentence.start
            let found = claims(in: facts, periods: periods, discourse: &discourse)
            if found.isEmpty, let named = Self.redatingMention(facts), let previousSentence,
                let last = result.lastIndex(where: {
                    $0.sentence.start == previousSentence && $0.kind == .value && $0.value != nil
                }), result[last].sentence.end >= sentence.start - 2,
                let period = Self.redated(named, figurePeriod: result[last].period)
            {
                result[last].period = period
                result[last].frameInferred = false
                result[last].periodReadings = []
            }
            result += found
        }
        wordCache.merge(lexicon)
        // "Handelskrieg: US-Ausfuhren nach China brechen um 16 Prozent ein" above an article about the
        // first nine months: a figure whose sentence names no period may mean the period the whole
        // article speaks of most, known only once it is read.
        if let main = discourse.mainPeriod {
            // (A ranking with no period written may mean it too: "Vietnam has climbed to seventh place" atop
            // an article about January to September.)
            for index in result.indices
            where result[index].frameInferred || result[index].rankPeriodUnwritten {
                guard let reading = Self.reading(main, for: result[index].kind),
                    reading != result[index].period, !result[index].periodReadings.contains(reading)
                else { continue }
                result[index].periodReadings.append(reading)
            }
        }
        // ("Faktencheck: Haben Trumps Zölle das Defizit mit China vergrößert? … 'Das Defizit mit Vietnam hat sich seit
        // 2017 fast verdoppelt.' … Nach diesen Zahlen stimmt das nicht. Das Defizit erreichte im Jahr 2018 … 418,2
        // Milliarden Dollar": a figure whose sentence names no country carries the one named last, which need not be
        // the one the article is about; the country the article names most often, more often than that one, is a
        // reading as well.)
        if let main = discourse.mostNamedCountry {
            for index in result.indices
            where [.value, .change, .share].contains(result[index].kind)
                && !result[index].partnerNamed && result[index].sentencePartners.isEmpty
                && result[index].partnerSum.isEmpty
                && result[index].partner.map({ $0 != "WORLD" && $0 != main }) ?? false
                && discourse.namedTally[main, default: 0]
                    > discourse.namedTally[result[index].partner ?? "", default: 0]
                && !result[index].partnerReadings.contains(main)
            {
                result[index].articlePartner = main
            }
        }
        Self.readHeadlineByLede(&result, text: text)
        // "Kommentar: Ein Überschuss von 6,8 Milliarden Dollar ist kein Handelsproblem" above an article about
        // Brazil: a headline or lead that names no country, read before the article names one, may mean the
        // country the article is about.
        if let main = discourse.mainPartner, let firstNamed = beforeAnyCountry {
            for index in result.indices[..<firstNamed]
            where result[index].partner == "WORLD" && result[index].partnerReadings.isEmpty
                && result[index].sentencePartners.isEmpty && result[index].partnerSum.isEmpty
                && (result[index].kind == .value || result[index].kind == .change)
            {
                result[index].partnerReadings = [main]
            }
        }
        result = Self.withHeadlineEchoes(result, text: text, figures: figures)
        for index in result.indices { result[index].publicationDate = date }
        return result
    }

    /// The article's first line when it is short enough to be a headline: its text without leading spaces, and
    /// where it starts and ends in the article (in Unicode scalars).
    static func headline(of text: String) -> (title: String, start: Int, end: Int)? {
        guard let newline = text.firstIndex(of: "\n") else { return nil }
        let line = text[..<newline]
        let title = String(line.drop(while: { $0 == " " }))
        guard !title.isEmpty, title.count <= 200 else { return nil }
        let end = line.unicodeScalars.count
        return (title, end - title.unicodeScalars.count, end)
    }

    /// "US-Exporte nach Russland legen um zehn Prozent zu" above a lede about "the first seven months of the
    /// year": a headline says in short what the lede says in full, so a headline claim that names no period
    /// of its own may mean the period of the first claim of the body that names one (of the same partner,
    /// when the headline names one); tried before the figure is called wrong.
    static func readHeadlineByLede(_ claims: inout [FoundClaim], text: String) {
        guard let end = headline(of: text)?.end else { return }
        for index in claims.indices where claims[index].claimedStart < end {
            guard claims[index].frameInferred || claims[index].rankPeriodUnwritten else { continue }
            let partner = claims[index].partner
            guard
                let lede = claims.first(where: { body in
                    body.claimedStart >= end && !body.frameInferred && body.period != nil
                        && (body.unit == .usd || body.unit == .percent)
                        && (partner == nil || partner == "WORLD" || body.partner == partner)
                }), let period = lede.period
            else { continue }
            let spoken: ClaimPeriod
            switch period {
            case .single, .months: spoken = period
            case .span(_, let last): spoken = .single(last)
            case .rangeSpan(_, let to): spoken = .months(to)
            }
            guard let reading = reading(spoken, for: claims[index].kind), reading != claims[index].period,
                !claims[index].periodReadings.contains(reading)
            else { continue }
            claims[index].periodReadings.insert(reading, at: 0)
        }
    }

    /// "A $66 Billion Gap: How Ireland's Drug Plants Became a Trade Target" above a body that gives the deficit
    /// with Ireland in 2023 as $65.6 billion: a headline figure that names too little to be read on its own is
    /// the body's figure, rounded (or repeated); it takes the frame of the first claim in the body whose value
    /// it rounds, and is checked as written (unsure where that frame would contradict it). A headline figure matching no claim
    /// of the body stays unread.
    static func withHeadlineEchoes(_ claims: [FoundClaim], text: String, figures: FigureExtractor) -> [FoundClaim] {
        guard let (title, titleStart, titleEnd) = headline(of: text) else { return claims }
        var offsets = ScalarOffsets(title)
        var echoes: [FoundClaim] = []
        for figure in figures.figures(in: title) where figure.unit == .usd || figure.unit == .percent {
            let start = titleStart + offsets.offset(of: figure.range.lowerBound)
            let end = titleStart + offsets.offset(of: figure.range.upperBound)
            // (A figure the finder read in the headline is its own claim.)
            guard !claims.contains(where: { $0.claimedStart < end && $0.claimedEnd > start }) else { continue }
            let tolerance = max(figure.rounding, abs(figure.value) * 0.01)
            guard
                let body = claims.first(where: { claim in
                    guard claim.claimedStart >= titleEnd, claim.unit == figure.unit, let value = claim.value,
                        [.value, .change, .share].contains(claim.kind)
                    else { return false }
                    return abs(abs(value) - figure.value) <= tolerance
                })
            else { continue }
            var echo = body
            echo.sentence = TextSpan(text: title, start: titleStart, end: titleEnd)
            echo.claimedText = figure.text
            echo.claimedStart = start
            echo.claimedEnd = end
            echo.markStart = nil
            echo.markEnd = nil
            echo.value = (body.value ?? 0) < 0 ? -figure.value : figure.value
            echo.hedge = figure.hedge
            echo.rounding = figure.rounding
            // (Its frame is the body's, read for it: a headline figure the body's frame contradicts is unsure.)
            echo.frameInferred = true
            echoes.append(echo)
        }
        return echoes + claims
    }

    /// Openings of a sentence that say what the figure just before it is ("THE NUMBER: $96.9 billion.
    /// That is what U.S. importers paid …", "12,5 Milliarden Dollar. So viel …").
    static let forwardReferences = [
        "that is what ", "that's what ", "that’s what ", "that is how much ", "that's how much ",
        "that’s how much ", "this is what ", "that was what ", "so viel ", "soviel ", "so viel haben ",
        "das ist der wert", "das ist die summe", "so hoch ",
    ]

    /// Sentences with a bare figure joined to the next when it says what the figure is: the
    /// figure takes that sentence's frame. Only within a paragraph, and only for a short sentence.
    static func joiningForwardReferences(_ spans: [TextSpan], in text: String) -> [TextSpan] {
        var joined: [TextSpan] = []
        var index = 0
        // (One walk forward through the text for all the gaps checked: linear in the article.)
        let scalars = text.unicodeScalars
        var cursor = scalars.startIndex
        var cursorOffset = 0
        func position(_ offset: Int) -> String.UnicodeScalarView.Index {
            cursor = scalars.index(cursor, offsetBy: offset - cursorOffset)
            cursorOffset = offset
            return cursor
        }
        while index < spans.count {
            let span = spans[index]
            if index + 1 < spans.count, span.text.split(separator: " ").count <= 8,
                span.text.contains(where: \.isNumber),
                forwardReferences.contains(where: { spans[index + 1].text.lowercased().hasPrefix($0) })
            {
                let next = spans[index + 1]
                let from = position(span.end)
                let to = position(next.start)
                if scalars[from..<to].allSatisfy({ $0 == " " }) {
                    joined.append(
                        TextSpan(
                            text: span.text + String(repeating: " ", count: next.start - span.end) + next.text,
                            start: span.start, end: next.end))
                    index += 2
                    continue
                }
            }
            joined.append(span)
            index += 1
        }
        return joined
    }

    /// The article's main period as the period of a claim of a kind: a change over it against the same
    /// months (or year) before, a level or share in it.
    static func reading(_ main: ClaimPeriod, for kind: ClaimKind) -> ClaimPeriod? {
        switch (kind, main) {
        case (.change, .months(let range)): return .rangeSpan(range.yearEarlier, range)
        case (.change, .single(let period)) where !period.isMonth: return .span(.year(period.year - 1), period)
        case (.value, .single), (.value, .months), (.share, .single), (.share, .months), (.composition, .single),
            (.composition, .months), (.rank, .single), (.rank, .months), (.record, .single), (.record, .months):
            return main
        default: return nil
        }
    }

    /// The claims of one sentence, read in the discourse of the sentences before it.
    func claims(in facts: SentenceFacts, periods: PeriodFinder, discourse: inout Discourse) -> [FoundClaim] {
        var facts = facts
        // ("… aus der Schweiz eingeführt …. Das Defizit der USA im Handel mit der Alpenrepublik wuchs": an epithet
        // that names more than one country means the one of them the article spoke of last.)
        for index in facts.mentions.indices {
            let mention = facts.mentions[index]
            guard mention.count == 1, let meant = Lexicon.ambiguousEpithets[facts.words[mention.token]],
                let spoken = discourse.recentCountries.last(where: meant.contains),
                !facts.mentions.contains(where: { $0.code == spoken })
            else { continue }
            facts.mentions[index].code = spoken
        }
        // "India: the South Asian nation overtook Korea", "the deficit with the Southeast Asian country":
        // the country named last before the noun (in the sentence, else before it) that lies in the
        // region the adjective names, where the noun stands.
        if !facts.anaphors.isEmpty {
            var resolved: [CountryMention] = []
            for anaphor in facts.anaphors {
                let before = facts.mentions.filter {
                    $0.token < anaphor.token && $0.code != homeReporter && $0.code.count == 3
                }.map(\.code)
                let candidates = Array((discourse.recentCountries + before).reversed())
                let region = regions[Lexicon.anaphorRegion(facts.words) ?? anaphor.code]
                guard let code = candidates.first(where: { region?.contains($0) ?? true }) else { continue }
                var mention = anaphor
                mention.code = code
                mention.form = .name
                resolved.append(mention)
            }
            facts.mentions = (facts.mentions + resolved).sorted { $0.token < $1.token }
        }
        discourse.sentencesSinceTrade += 1
        discourse.sentencesSinceClaim += 1
        discourse.sentencesSincePointYear += 1
        discourse.previousSentencePeriod = discourse.sentencePeriod
        discourse.sentencePeriod = nil
        discourse.previousSentencePoint = discourse.sentencePoint
        discourse.sentencePoint = nil
        discourse.previousSentenceYears = discourse.sentenceYears
        discourse.sentenceYears = []
        discourse.rankedTopic = nil
        discourse.sentencesSinceNamedCountry += 1
        let named = facts.mentions.filter { $0.code != homeReporter && $0.code.count == 3 }
        defer {
            // The country a sentence names first (its subject, mostly; not one it is compared with), for
            // "aus dem südostasiatischen Land" next.
            if let first = named.first {
                // ("Innerhalb Europas verkauft nur noch Deutschland mehr in die USA als Italien. Gemessen am Defizit
                // rangierte das Land …": "only X … more than Y" is about Y.)
                let onlyBefore = facts.words[..<first.token].suffix(3).contains { ["only", "nur"].contains($0) }
                let compared =
                    onlyBefore
                    ? named.first { mention in
                        mention.token > first.token
                            && facts.words[max(first.token, mention.token - 2)..<mention.token].contains {
                                ["than", "als"].contains($0)
                            }
                    }?.code : nil
                discourse.lastNamedCountry = discourse.rankedTopic ?? compared ?? first.code
                discourse.lastNamedCountryOpened =
                    discourse.rankedTopic == nil && compared == nil
                    && !facts.mentions.contains(where: { $0.code == homeReporter && $0.token < first.token })
                discourse.sentencesSinceNamedCountry = 0
            }
            for mention in facts.mentions where mention.code != homeReporter && mention.code.count == 3 {
                discourse.recentCountries.removeAll { $0 == mention.code }
                discourse.recentCountries.append(mention.code)
                discourse.namedTally[mention.code, default: 0] += 1
            }
            if discourse.recentCountries.count > 8 {
                discourse.recentCountries.removeFirst(discourse.recentCountries.count - 8)
            }
            // ("Mit welchen Ländern ist das Minus am größten? Mit großem Abstand mit China. … An zweiter Stelle folgt
            // Vietnam": a question asking for the top of a ranking sets what the places after it rank.)
            if facts.figures.isEmpty, facts.text.trimmingCharacters(in: .whitespaces).hasSuffix("?"),
                facts.words.contains(where: { ["welchen", "welche", "welcher", "which", "wer", "who"].contains($0) }),
                facts.words.contains(where: {
                    [
                        "größten", "größte", "biggest", "largest", "meisten", "most", "höchsten", "highest",
                        "wichtigsten",
                    ]
                    .contains($0)
                }),
                let measure = facts.words.lazy.compactMap({ RankFinder.classify($0) }).first, let flow = measure.0
            {
                discourse.rankMeasure = (flow, measure.2.map { .hs($0) } ?? .total)
                discourse.rankMeasureFromDeficit = false
                discourse.sentencesSinceRank = 0
            }
            // "Und Indien?", "What about Vietnam?": a short question naming one country sets the topic.
            if facts.figures.isEmpty, facts.text.trimmingCharacters(in: .whitespaces).hasSuffix("?"),
                facts.words.count <= 8, Set(named.map(\.code)).count == 1, let only = named.first
            {
                discourse.partner = only.code
            }
            // "Trump stört sich vor allem am Gesamtdefizit.": a sentence without a figure or a country
            // that speaks of the whole deficit or trade puts the world in the next sentences' frame.
            if facts.figures.isEmpty, facts.mentions.allSatisfy({ $0.code == homeReporter }),
                Lexicon.namesTheWholeFlow(facts.words)
            {
                discourse.partner = "WORLD"
            }
        }
        // "Auch Vietnam legt zu. Die Importe aus dem südostasiatischen Land …": a country referred to
        // by a noun is the one named last.
        // ("Der Andenstaat kaufte … weniger, während die Einfuhren aus Chile zulegten": a noun before any
        // country the sentence names refers back as well.)
        let firstNoun = facts.words.indices.first { Lexicon.isCountryAnaphor(facts.words[$0]) }
        // ("The agreement reached with OPEC and Russia has lifted prices, and U.S. purchases from the kingdom
        // rebounded": a noun of a kind the countries named before it are not refers back past them.)
        let nounRegion = Lexicon.anaphorRegion(facts.words).flatMap { regions[$0] }
        // (Not a noun inside a country's name: "Exports to the Republic of Korea".)
        if let named = discourse.lastNamedCountry, Lexicon.refersBackToCountry(facts.words), let firstNoun,
            !facts.mentions.contains(where: { $0.token <= firstNoun && firstNoun < $0.token + max(1, $0.count) }),
            !facts.mentions.contains(where: {
                $0.code != homeReporter && $0.token < firstNoun && nounRegion?.contains($0.code) ?? true
            })
        {
            // "the Southeast Asian country": the latest country named in that region.
            let region = nounRegion
            let meant = discourse.recentCountries.last { region?.contains($0) ?? false } ?? named
            if !facts.mentions.contains(where: { $0.code != homeReporter }) { discourse.partner = meant }
            // The noun stands where the country would ("Das Königreich ist aus den Top Ten gerutscht").
            facts.mentionCountry(meant, at: firstNoun)
        } else if let named = discourse.lastNamedCountry, discourse.sentencesSinceNamedCountry <= 1,
            !facts.mentions.contains(where: { $0.code != homeReporter }),
            let there = facts.words.indices.first(where: { index in
                index > 0
                    && ((["there", "dorthin"].contains(facts.words[index])
                        && Lexicon.flow(of: facts.words[index - 1]) != nil)
                        // ("Die Einfuhren von dort": the flow right before; not "von dort mehr Fahrzeuge exportiert".)
                        || (facts.words[index] == "dort" && index >= 2
                            && ["von", "aus", "nach"].contains(facts.words[index - 1])
                            && Lexicon.flow(of: facts.words[index - 2]) != nil))
            })
        {
            // ("Kazakhstan shows a similar pattern. US exports there rose by about a third last year": "there" after a
            // flow is the country the sentence before named.)
            discourse.partner = named
            facts.mentionCountry(named, at: there)
            discourse.sentencesSinceNamedCountry = 0
        } else if let named = discourse.lastNamedCountry, discourse.sentencesSinceNamedCountry <= 1,
            !facts.mentions.contains(where: { $0.code != homeReporter }), !facts.cues.flows.isEmpty,
            facts.words.contains("dorthin")
        {
            // ("Die USA haben dorthin im vergangenen Jahr Waren für 32 Millionen Dollar geliefert": "dorthin" points to
            // the country the sentence before named wherever it stands in a sentence of trade; the sentences after
            // speak of it too. Not a mention in the sentence: the verb's subject is read as before.)
            discourse.partner = named
            discourse.sentencesSinceNamedCountry = 0
        }
        let sentenceGoods = Lexicon.namesGoods(facts.tokens)
        if sentenceGoods { discourse.goodsNamed = true }
        if facts.words.contains(where: { $0 == "services" || $0.hasPrefix8("dienstleistung") }) {
            discourse.servicesNamed = true
        }
        discourse.sentenceNamesGoods = sentenceGoods
        // (The last said holds: "Ohne Saisonbereinigung …" after the adjusted headline speaks for what follows.)
        defer {
            if facts.saysUnadjusted {
                discourse.adjustedSaid = false
            } else if facts.saysAdjusted {
                discourse.adjustedSaid = true
            }
        }
        var parties = Parties(facts, homeReporter: homeReporter)
        parties.complete(from: discourse, homeReporter: homeReporter)
        let reader = ClauseReader(
            facts, parties: parties, discourse: discourse, periods: periods, homeReporter: homeReporter)
        // (Every sentence's year, trade sentence or not: "The agreement took effect on Jan. 1, 2004. Since then …")
        defer {
            // (Any year written, a day's date included: "on Jan. 1, 2004".)
            discourse.previousSentenceYear = facts.words.last(where: { word in
                word.utf8.count == 4 && Int(word).map { (1960...2100).contains($0) } == true
            }).flatMap { Int($0) }
            if reader.periodMentions.count == 1, case .single(let period) = reader.periodMentions[0].kind {
                discourse.pointYear = period.year
                discourse.sentencesSincePointYear = 0
            } else if !reader.periodMentions.isEmpty {
                discourse.pointYear = nil
            }
            discourse.recentSentenceGoods = Array(
                (discourse.recentSentenceGoods + [Set(facts.cues.products.map(\.code))]).suffix(2))
            // (Every year written: "Das Atomabkommen von 2008" names one too.)
            discourse.sentenceYears = facts.words.compactMap { word -> Int? in
                guard word.utf8.count == 4, let year = Int(word), (1960...2100).contains(year) else { return nil }
                return year
            }.firstOccurrences()
            // (The last month or year it names, for a "da", "then" opening the next.)
            discourse.sentencePoint =
                reader.periodMentions.reversed().lazy.compactMap { mention -> Period? in
                    if case .single(let period)? = reader.resolvePeriod(mention) { return period }
                    return nil
                }.first
            // (A run of months only: "Die Zahlen … verzögerten sich wegen des Stillstands im Oktober" dates an event.)
            if reader.periodMentions.count == 1,
                case .months(let range)? = reader.resolvePeriod(reader.periodMentions[0]), range.first != range.last
            {
                discourse.sentencePeriod = .months(range)
            }
        }
        guard discourse.admits(reader) else {
            if discourse.setsGoodsTopic(reader) { discourse.rememberGoodsTopic(reader) }
            return []
        }
        var found = SentenceClaims()
        reader.figureClaims(into: &found)
        reader.productRankClaims(into: &found)
        reader.recordClaims(into: &found)
        reader.rankClaims(into: &found)
        reader.partnerComparisonClaims(into: &found)
        reader.levelComparisonClaims(into: &found)
        reader.streakClaims(into: &found)
        reader.conditionRunClaims(into: &found)
        reader.flowComparisonClaims(into: &found)
        if facts.figures.isEmpty {
            reader.trendClaims(into: &found)
            reader.periodTrendClaims(into: &found)
            reader.smallShareClaims(into: &found)
        }
        if !facts.figures.isEmpty { reader.comparativeTrendClaims(into: &found) }
        if facts.figures.isEmpty { reader.figurelessComparativeTrendClaims(into: &found) }
        reader.concessiveWholeTrendClaims(into: &found)
        reader.mainProductClaims(into: &found)
        // "Has Mexico become America's top trading partner?": a question asserts no ranking, record or comparison
        // of its own. A figure it asks about is kept: a fact check's headline asks about the figure it checks.
        // ("…, oder?", "…, right?": a tag question asserts.)
        if facts.text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("?"),
            !["oder", "right", "wahr", "nicht"].contains(facts.words.last ?? "")
        {
            found.claims.removeAll { $0.value == nil && $0.kind != .value }
        }
        discourse.remember(reader, found: found)
        // "Aus Indien kommen viel mehr Waren … Das Defizit lag 2013 bei 20 Milliarden Dollar": a
        // sentence naming no country may speak of the one named just before, in a sentence that set no
        // frame; a figure that holds for it is not called wrong.
        // ("Ägypten war der wichtigste Einzelmarkt. Doch das Land steckt in einer Devisenkrise. … Wie hart das
        // trifft, zeigt die Handelsstatistik der Vereinigten Staaten. Die USA exportierten im vergangenen Jahr Waren
        // für 4,8 Milliarden Dollar": where no trade sentence before has named a partner, the world is only a
        // default, and the country the article named last, in any sentence, is a reading as well.)
        let recentNamed =
            discourse.sentencesSinceNamedCountry <= 1
            ? discourse.lastNamedCountry
            : parties.partnerDefaulted && !facts.cues.world && !Lexicon.speaksOfTheWhole(facts.words)
                ? discourse.recentCountries.last : nil
        if named.isEmpty, let recent = recentNamed {
            for index in found.claims.indices
            where [.value, .change, .share].contains(found.claims[index].kind)
                && found.claims[index].partner != recent && found.claims[index].partnerSum.isEmpty
                && !found.claims[index].partnerReadings.contains(recent)
                // (Not a move said without a figure of the whole in so many words: "The overall US goods deficit for
                // the half was slightly smaller than a year earlier".)
                && !(found.claims[index].value == nil && found.claims[index].partner == "WORLD"
                    && Lexicon.speaksOfTheWhole(facts.words))
            {
                found.claims[index].partnerReadings.append(recent)
                found.claims[index].worldByDefault =
                    discourse.sentencesSinceNamedCountry > 1 && found.claims[index].partner == "WORLD"
            }
        }
        return found.claims
    }
}

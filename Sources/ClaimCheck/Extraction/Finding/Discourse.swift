import TradeModel

/// The frame one money figure was read in, for "… respectively" in the next sentence.
struct FigureFrame {
    var flow: Flow?
    var partner: String?
    var period: ClaimPeriod?
    /// The goods of a figure's frame (all goods unless it names some).
    var product: Product = .total
}

/// Stage 4 of finding claims: what earlier sentences established, and the rules for what carries
/// over to the next sentence.
struct Discourse {
    var partner: String?
    var reporter: String?
    var flow: Flow?
    var period: ClaimPeriod?
    /// The period a figureless sentence named only roughly ("Noch Mitte der Neunzigerjahre war das Verhältnis ein
    /// ganz anderes"), read as one year of it: figures the next sentences give for it ("Damals …") hold it roughly.
    var approximatePeriod: ClaimPeriod?
    var sentencesSinceShare = 99
    /// Whether that share was a partner's part of all goods (not a part of goods in a partner's trade).
    var shareOfAllGoods = false
    /// Whether the article last spoke of a deficit (not a surplus).
    var deficit = false
    var sentencesSinceTrade = 99
    /// Sentences read since the last one that made a claim (1 while reading the sentence right after it).
    var sentencesSinceClaim = 99
    /// The product the previous sentence was about, for "It accounted for 28% of …".
    var product: String?
    /// The goods a figure measured last, and the sentences read since: what a ranking a little later that names
    /// no goods may rank ("Vehicle imports came to $374.5 billion …. Germany ranks only fifth among suppliers").
    var measuredProduct: String?
    var sentencesSinceMeasuredProduct = 99
    /// The goods the article speaks of now: the previous sentence's, else those measured in the last two sentences.
    var recentGoods: String? { product ?? (sentencesSinceMeasuredProduct <= 2 ? measuredProduct : nil) }
    /// Whether the sentence before was a short question naming goods ("Furniture? Another $10.8
    /// billion."): the next sentence's figures are about them.
    var productQuestion = false
    /// Whether a figure of the sentence before measured those goods ("führten die USA mineralische Brennstoffe für
    /// 251,6 Milliarden Dollar ein"), not just named them beside a total.
    var productMeasured = false
    /// Whether the sentence before named goods and no figure: a sentence that sets the topic ("Fruit and nuts (chapter 8)
    /// are a different story.", "Den Ausschlag gaben Arzneimittel."), whose goods the next sentence's figures may
    /// measure.
    var productTopic = false
    /// The goods of the last claim about goods (a value, share or change of one chapter), with the sentences read
    /// since: what "dieser Handel", "this trade" a sentence or two later is the trade in.
    var claimedGoods: String?
    var sentencesSinceClaimedGoods = 99
    /// The frames of the previous sentence's money figures, for "… respectively".
    var lastFrames: [FigureFrame] = []
    /// The last multiple comparing two sides ("die Chinesen verkauften den Amerikanern sechsmal so viel, wie sie von
    /// ihnen kaufen"), with the sentences read since: what a bare multiple answering it ("Es ist gut das
    /// Vierfache") compares.
    var lastMultiple: FoundClaim?
    var sentencesSinceMultiple = 99
    /// The span of the last change claimed ("von 13,2 (2011) auf 20,7 Mrd. (2013)"): what "im selben
    /// Zeitraum", "over the same period" mean next.
    var lastSpan: ClaimPeriod?
    /// What the last ranking ranked by ("the largest suppliers": imports), for a place written out later
    /// without it ("Indien lag auf Platz zehn").
    var rankMeasure: (flow: Flow, product: Product)?
    /// Whether that measure is the deficit the sentence before gave with one country, not a ranking it said.
    var rankMeasureFromDeficit = false
    var sentencesSinceRank = 99
    /// The year the last sentence with a figure named ("Zur Einordnung: 2021 … 29,6 Mrd."), even when it
    /// was a look back that left the discourse's period alone.
    var lastNamedYear: Int?
    /// The last year the sentence before named, figure or not ("The agreement took effect on Jan. 1, 2004."),
    /// for "since then", "seitdem" in the next.
    var previousSentenceYear: Int?
    /// The year of the one year or month a recent sentence named, and nothing else ("Im Januar 2007 trat Vietnam der
    /// WTO bei.", "Dann kam der Dezember 2001."), for "im selben Jahr", "im Jahr des Beitritts" after it; `nil` once a
    /// sentence names none usable, several, or a span ("seit 1985").
    var pointYear: Int?
    /// The sentences read since the one that named `pointYear` (0 while it is read).
    var sentencesSincePointYear = 99
    /// The one run of months the sentence before named ("The report covers the four quarters through June 2020."),
    /// for "over that period", "in diesem Zeitraum" in the next when that sentence made no claim; `nil` when it named
    /// none, several or something else.
    var previousSentencePeriod: ClaimPeriod?
    /// The same, for the sentence being read, which becomes the previous one's when the next is read.
    var sentencePeriod: ClaimPeriod?
    /// The last month or year the sentence before named, claim or not ("Die ersten Daten für dieses Jahr reichen nur
    /// bis Januar."), for a sentence that points to it with "Da", "Then"; and the same for the sentence being read.
    var previousSentencePoint: Period?
    var sentencePoint: Period?
    /// The years the sentence before named, in order, for "im selben Jahr", "the same year" after a sentence that
    /// named more than one; and the same for the sentence being read.
    var previousSentenceYears: [Int] = []
    var sentenceYears: [Int] = []
    /// The goods (HS codes) each of the last two sentences named, the latest last: "On that measure" after sentences
    /// that named two chapters counts neither alone.
    var recentSentenceGoods: [Set<String>] = []
    /// The last country any sentence named (trade sentence or not), for "the country", "das Land".
    var lastNamedCountry: String?
    /// The country the sentence just read ranked by a comparative, which it is about rather than
    /// the first it names.
    var rankedTopic: String?
    /// The countries named lately, the latest last (at most eight), for "the Southeast Asian country".
    var recentCountries: [String] = []
    /// The last list of three countries or more the article named ("Brazil, Colombia, Chile, Peru and Argentina"), for
    /// "the five countries taken together" later on.
    var lastCountryList: [String] = []
    /// Whether the sentence that named `lastNamedCountry` named it before any mention of the home reporter (its
    /// subject, mostly: "Germany was the second-largest supplier", not "The United States bought … Mexican goods").
    var lastNamedCountryOpened = false
    /// Sentences since `lastNamedCountry` was named (0: the sentence before).
    var sentencesSinceNamedCountry = 99
    /// How often the article so far claimed each period and partner: what it is mainly about.
    var periodTally: [ClaimPeriod: Int] = [:]
    /// Whether the article has said so far that its trade is in goods ("goods deficit", "Warenhandel").
    var goodsNamed = false
    /// Whether the article has said its monthly figures are seasonally adjusted (a report on the monthly
    /// release).
    var adjustedSaid = false
    /// Whether the article has spoken of services so far ("goods and services", "Dienstleistungen"):
    /// then both kinds of totals are in play, and only a sentence's own word says which it means.
    var servicesNamed = false
    /// Whether the sentence being read says goods itself.
    var sentenceNamesGoods = false
    var partnerTally: [String: Int] = [:]
    /// How many claims so far measured each kind of goods.
    var goodsTally: [String: Int] = [:]
    /// Whether the sentence before claimed a sum of money of all goods.
    var previousSummedAllGoods = false

    /// The goods the article's claims have measured most, at least twice and more often than any other: what a
    /// ranking that names no goods may rank in an article about them ("Kanada hat Chile als wichtigsten Lieferanten
    /// abgelöst", in a newsletter of the fish trade).
    var articleGoods: String? {
        // (Not right after a sum of all goods: "Die USA haben … Waren für gut 87 Milliarden Dollar aus Indien eingeführt.
        // Indien ist damit der achtgrößte Lieferant".)
        guard !previousSummedAllGoods else { return nil }
        let ranked = goodsTally.sorted { ($0.value, $1.key) > ($1.value, $0.key) }
        guard let first = ranked.first, first.value >= 2, ranked.count < 2 || ranked[1].value < first.value else {
            return nil
        }
        return first.key
    }

    /// The period the article has claimed most often (the later one on a tie).
    var mainPeriod: ClaimPeriod? {
        // (On a tie, a run of months over one of its months: "January-September" over "September".)
        periodTally.max { a, b in
            let (aRun, bRun) = (a.key.isSingle ? 0 : 1, b.key.isSingle ? 0 : 1)
            return (a.value, a.key.last, aRun, a.key.description) < (b.value, b.key.last, bRun, b.key.description)
        }?.key
    }

    /// How often the article has named each country (by name, adjective or compound), the home reporter aside.
    var namedTally: [String: Int] = [:]

    /// The country the article has named most often (the first in code order on a tie).
    var mostNamedCountry: String? {
        namedTally.max { a, b in (a.value, b.key) < (b.value, a.key) }?.key
    }

    /// The partner the article has claimed most often (the first in code order on a tie).
    var mainPartner: String? {
        partnerTally.max { a, b in (a.value, b.key) < (b.value, a.key) }?.key
    }

    /// Whether a sentence is about trade: it names a flow or a ranking, continues the trade topic of
    /// the sentences just before, or names a product while a partner is established.
    func admits(_ reader: ClauseReader) -> Bool {
        let facts = reader.facts
        let productContext = !facts.cues.products.isEmpty && partner != nil && sentencesSinceTrade <= 4
        // ("Korea, January–July:" over a list of figures: a heading that names the period of the lines below.)
        // ("Und wenn man die ersten vier Monate zusammennimmt?": an interviewer's short question naming a period sets
        // the period of the answer.)
        let periodHeading =
            facts.figures.isEmpty && !reader.periodMentions.isEmpty && facts.words.count <= 12
            && (reader.text.trimmingCharacters(in: .whitespaces).hasSuffix(":")
                || reader.text.trimmingCharacters(in: .whitespaces).hasSuffix("?"))
        // ("Das Handelsministerium hat gestern die Zahlen für den Oktober veröffentlicht.": a sentence about the figures
        // of a period names the period the next ones speak of.)
        // (Not the figures of a month still to come: "Die Zahlen für Dezember werden erst Anfang Februar veröffentlicht";
        // but the month whose figures may have appeared in the days before the article: "hat am Donnerstag die Zahlen
        // für Juli veröffentlicht", on 3 September.)
        let periodOfFigures =
            facts.figures.isEmpty
            && reader.periodMentions.contains { mention in
                reader.resolvePeriod(mention).map(reader.figuresOut) ?? true && reader.namesFigures(near: mention)
            }
        guard reader.hasTradeWord || reader.continues || productContext || periodHeading || periodOfFigures else {
            return false
        }
        // A sentence about other countries with no figure and no trade word: the topic has moved on.
        return reader.hasTradeWord || facts.mentions.isEmpty || !facts.figures.isEmpty || periodHeading
            || (periodOfFigures && facts.mentions.allSatisfy { $0.code == reader.homeReporter })
    }

    /// Remembers the goods of a sentence that `setsGoodsTopic` as the topic, and nothing else of it.
    mutating func rememberGoodsTopic(_ reader: ClauseReader) {
        guard let goods = reader.cues.products.first(where: { !$0.listed })?.code else { return }
        product = goods
        productTopic = true
        productMeasured = false
    }

    /// "Vietnam punktet derweil bei Schuhen.": a sentence the claim rules do not read (one country and the goods it is
    /// strong in, no figure and no trade word), in a trade article, that still sets the goods the next sentence's
    /// figures are about. (A short sentence opened by the country, with no tariff and no negation in it: not "Indien
    /// schützt seine Landwirtschaft mit hohen Zöllen, und Neu-Delhi will sich weder bei Milchprodukten … bewegen".)
    func setsGoodsTopic(_ reader: ClauseReader) -> Bool {
        let facts = reader.facts
        let denied: Set<String> = [
            "not", "no", "neither", "nor", "never", "nicht", "kein", "keine", "keinen", "weder", "nie", "tariff",
            "tariffs", "duties", "zoll", "zölle", "zöllen", "zollsatz",
        ]
        guard facts.figures.isEmpty, partner != nil, !facts.words.contains(where: denied.contains) else { return false }
        // ("In der Handelsstatistik steckt das Uran im Kapitel 28, anorganische Chemikalien.": goods named by their
        // chapter's number, one chapter only, however long the talk since the last trade sentence.)
        let chapterNamed = facts.words.indices.dropLast().contains { index in
            ["kapitel", "chapter"].contains(facts.words[index]) && Int(facts.words[index + 1]) != nil
        }
        if chapterNamed, Set(facts.cues.products.map(\.code)).count == 1 { return true }
        return sentencesSinceTrade <= 4 && facts.words.count <= 12 && Set(facts.mentions.map(\.code)).count == 1
            && facts.mentions.first.map({ $0.token <= 1 }) == true
            && facts.cues.products.contains(where: { !$0.listed })
    }

    /// Remembers what a sentence established: its partner and reporter, the flow and period it
    /// claimed (or named), its product, its figures' frames, and whether it spoke of a deficit.
    mutating func remember(_ reader: ClauseReader, found: SentenceClaims) {
        let parties = reader.parties
        let cues = reader.cues
        let listed = reader.countryList.map(\.code).firstOccurrences()
        if listed.count >= 3, listed.allSatisfy({ $0.count == 3 && $0 != reader.homeReporter }) {
            lastCountryList = listed
        }
        // ("Analyse | Institut für Geoökonomie und Handel, Berlin | 5. September 2023": a byline's city is where the
        // page was written, not what the article is about.)
        let furniture =
            reader.facts.figures.isEmpty && reader.text.utf8.lazy.filter { $0 == UInt8(ascii: "|") }.count >= 2
        // ("der Warenaustausch zwischen beiden Ländern": the pair, resolved, is what the article goes on about.)
        // ("Wie hart das die Lieferanten trifft, zeigt ein Blick in die Handelsstatistik der Vereinigten Staaten.": a
        // sentence with no figure and no partner of its own does not make the world the article's partner.)
        let worldByDefault = parties.partnerDefaulted && reader.facts.figures.isEmpty && found.claims.isEmpty
        if !furniture, !worldByDefault, let sentencePartner = parties.partner,
            !parties.others.isEmpty || sentencePartner == "WORLD" || partner == nil
                || (parties.saysBilateral && sentencePartner.count == 3)
        {
            partner = sentencePartner
        }
        // ("Mit China stieg das Warendefizit auf 33,7 Mrd. Dollar. Die Einfuhren insgesamt summierten sich auf 295,7
        // Mrd. Dollar. Die Vereinigten Staaten haben im März so viele Waren importiert wie nie zuvor": a sentence that
        // names no country and whose every figure is surely the world's moves the article to the whole.)
        if !furniture, parties.others.isEmpty, !found.claims.isEmpty,
            found.claims.allSatisfy({ $0.partner == "WORLD" && ($0.kind == .value || $0.kind == .change) }),
            reader.namesWholeFlow(in: 0..<reader.words.count, reporterBetween: true),
            // ("Zum Vergleich: Die gesamten US-Importe wuchsen im selben Zeitraum nur um knapp 5 %": the whole as a
            // yardstick, not the article's new topic.)
            !reader.words.contains(where: { ["vergleich", "comparison", "compared", "verglichen"].contains($0) })
        {
            partner = "WORLD"
        }
        // ("Only China, Mexico … had bigger deficits than Ireland. The deficit came in …": the country
        // ranked is what the article goes on about.)
        rankedTopic = found.rankedTopic
        if let ranked = found.rankedTopic { partner = ranked }
        // ("U.S. goods trade with its two neighbors came to roughly $293 billion in 1993. Last year it was $1.14
        // trillion": countries the sentence's last claim added up are what the next goes on about, as one partner.)
        if !furniture, let last = found.claims.last, last.partnerSum.count > 1,
            last.kind == .value || last.kind == .change
        {
            partner = last.partnerSum.joined(separator: "+")
        }
        // ("Nur mit China, Mexiko und Japan ist die Lücke noch größer; Deutschland hat damit das vierthöchste
        // Defizit": the one country the sentence ranks is what the article goes on about, not the first named.)
        // (Among the home reporter's partners: "China löste die USA als wichtigsten Handelspartner Brasiliens ab"
        // ranks Brazil's.)
        let ranked = Set(
            found.claims.filter {
                $0.kind == .rank && $0.outOfScope == nil && ($0.reporter ?? reader.homeReporter) == reader.homeReporter
            }
            .compactMap(\.rankedCountry))
        if found.rankedTopic == nil, ranked.count == 1, let country = ranked.first, country.count == 3,
            parties.others.contains(where: { $0.code == country })
        {
            partner = country
        }
        // (A sentence told as the partner records it keeps the partner as the article's reporter.)
        if !parties.partnerReports,
            parties.reporter != reader.homeReporter || parties.namesHome || !parties.others.isEmpty
        {
            reporter = parties.reporter
        }
        if let claimed = found.claimedFlow ?? cues.flows.first?.flow { flow = claimed }
        // "The agreement took effect in July 2020": a date in a sentence without a trade figure is an
        // event, not the period the next sentences speak of.
        // "Im Vorjahreszeitraum waren es 22,5 Milliarden": a base named relative to the period before
        // does not move the discourse back to it.
        // "…, nach 21,6 Prozent im Jahr 2017": nor does the year of a base figure.
        let onlyBase =
            !reader.periodMentions.isEmpty
            && reader.periodMentions.allSatisfy {
                if case .previous = $0.kind { return true }
                // ("From January through July … a deficit of $198.3 billion. In the same seven months of 2018, the
                // deficit was $222.3 billion.": the same months of an earlier year are the base compared with.)
                if case .samePeriodOf(let year) = $0.kind, let current = period, year < current.last.year {
                    return true
                }
                return reader.followsBaseFigure($0) || reader.isComparisonBase($0)
            }
        // "2013 waren es erst 40,8 Milliarden Dollar gewesen; seither haben sich die Einfuhren
        // verdreifacht": a look back does not move the discourse back to it.
        let lookBack =
            // "Zum Vergleich: 2021 …", "By comparison, in 2013 …": so is a comparison with the past.
            reader.words.contains {
                ["seither", "seitdem", "erst", "damals", "back", "vergleich", "comparison"].contains($0)
            }
            || (reader.words.contains("since") && reader.words.contains("then"))
            // ("Zehn Jahre zuvor waren es noch 67 Milliarden", "Ten years ago …": a look back as well.)
            || reader.periodMentions.contains {
                if case .yearsBefore = $0.kind { return true }
                return false
            }
        // ("In December alone, the gap came to $5.2 billion", "Allein im Dezember …": a part of the period the
        // article speaks of; the next sentences go on with the whole.)
        // ("The December figures alone offered a little relief.": a sentence with no figure of its own is not an
        // aside; it sets the month the next sentences speak of.)
        let aside =
            period != nil && !reader.figures.isEmpty
            && reader.words.contains(where: Lexicon.asideWords.contains)
            && reader.periodMentions.allSatisfy { mention in
                // ("Im Juni allein waren es fast 3 Milliarden Dollar, so viel wie seit 2014 nicht mehr": a record's
                // reach back is not a period of its own.)
                if case .since = mention.kind { return true }
                guard case .single(let named)? = reader.resolvePeriod(mention), named.isMonth else { return false }
                // ("Von Januar bis Juli … Im Juni allein …": one month of the run of months the article speaks of.)
                if case .months(let range)? = period { return range.first < named && named <= range.last }
                return period.map { $0.last.year == named.year && !$0.last.isMonth } == true
            }
        // ("… with Canada close enough that the order could flip again in 2020", in February 2020: a year whose
        // figures had not appeared when the article did is a look ahead, unless the sentence claims figures of it.)
        let ahead =
            reader.ownYear.map { own in
                !own.isMonth && own.year > (reader.periods.date?.latestPublishedYear ?? Int.max)
                    && !found.claims.contains { $0.period?.last.year == own.year }
            } ?? false
        // ("The gap with China stayed below its 2018 peak. … its share slipped to the lowest since 2008": the year of
        // a peak or record looked back at, claimed alone, is not what the article goes on about.)
        let recordYearOnly =
            period != nil && !found.claims.isEmpty
            && found.claims.allSatisfy { claim in
                // ("In der Census-Statistik, die bis 1985 zurückreicht, ist das ein Rekord": nor the year a record's
                // reach goes back to.)
                (claim.kind == .peak || claim.kind == .record)
                    && (claim.period == reader.ownYear.map(ClaimPeriod.single) || claim.period == period)
            }
            && reader.ownYear.map { own in period.map { own < $0.last } ?? false } == true
        if onlyBase || aside || ahead || recordYearOnly {
            // The discourse keeps its period.
        } else if lookBack, let current = period, let own = reader.ownYear, own < current.last {
            // The discourse keeps its later period.
        } else if let first = reader.ownYear ?? (reader.figures.isEmpty ? reader.namedMonth : nil),
            !found.claims.isEmpty || reader.hasTradeWord && !reader.figures.isEmpty
                // "Die USA haben ihr Handelsdefizit im vergangenen Jahr verringert": a trade flow that moved.
                // ("Die Lücke … ist im September erneut größer geworden": a flow that became larger or smaller.)
                // (Not a rate that moves: "um den für Januar angekündigten Anstieg des Zollsatzes … zu umgehen".)
                || (!cues.flows.isEmpty && !reader.words.contains(where: Lexicon.isRate)
                    && (cues.change || reader.words.contains { ["geworden", "became", "become", "grew"].contains($0) }))
        {
            period = .single(first)
            // "From January through November of last year, the United States imported $436.5 billion": the
            // months of the year named, which the figure claims, are what the article goes on about.
            if !first.isMonth,
                let months = found.claims.lazy.compactMap({ claim -> ClaimPeriod? in
                    guard claim.kind == .value, case .months(let range)? = claim.period, range.last.year == first.year
                    else { return nil }
                    return claim.period
                }).first
            {
                period = months
            }
            // "… from January through October, already above the full-year record set in 2022": the year
            // of a record is not what the article goes on about; the sentence's figure's period is.
            if found.claims.contains(where: { $0.kind == .record && $0.period == .single(first) }),
                let figure = found.claims.first(where: { claim in
                    guard claim.kind == .value, case .months? = claim.period else { return false }
                    return true
                }),
                let figurePeriod = figure.period
            {
                period = figurePeriod
            }
            // "The deficit declined by more than $100 billion from 2022": the year named is the change's
            // base; the article speaks of the change's end.
            for claim in found.claims where claim.kind == .change {
                // ("Immerhin schrumpfte das Minus gegenüber 2016 um 1,5 Prozent und blieb unter dem Höchststand von
                // 2015": the change's end, not the year of a record looked back at.)
                if case .span(let from, let to)? = claim.period, from >= first || !to.isMonth, to > first {
                    period = .single(to)
                }
                // ("… in the first half of 2022, an increase of 26% on the same period of 2021": the months the
                // change ends in, not the base's year.)
                if case .rangeSpan(_, let to)? = claim.period, to.last.year > first.year {
                    period = .months(to)
                }
            }
        } else if reader.figures.isEmpty, found.claims.isEmpty, reader.periodMentions.count == 1,
            let mention = reader.periodMentions.first, mention.approximate, case .single(let year) = mention.kind
        {
            // ("Noch Mitte der Neunzigerjahre war das Verhältnis ein ganz anderes. Damals kauften die USA …": a
            // figureless sentence naming a part of a decade sets it, roughly, for the next ones.)
            period = .single(year)
            approximatePeriod = period
        } else if reader.figures.isEmpty, found.claims.isEmpty, reader.periodMentions.count == 1,
            let month = reader.namedMonth, let mention = reader.periodMentions.first,
            reader.tokenIndex(of: mention.range.lowerBound) <= 1
                // ("Besonders deutlich zeigt sich der Einbruch im Juli.": a sentence about how trade moved in a month;
                // "Die Unruhen in Peru haben im Januar deutliche Spuren im Handel mit den USA hinterlassen.": about its
                // trade in a month.)
                // (Not a day's date: "That increase, originally set for Jan. 1, has since been postponed".)
                // ("Am schlimmsten war der Mai. Da kamen nur Waren um 2,7 Milliarden Dollar …": a short sentence that
                // only names the month the next one tells of.)
                || ((cues.change || reader.hasTradeWord || reader.words.count <= 6) && !reader.isEventPeriod(mention)
                    && !reader.words.contains(where: { $0.first?.isNumber == true })
                    // (Nor a rate's: "um den für Januar angekündigten Anstieg des Zollsatzes zu umgehen".)
                    && !reader.words.contains(where: Lexicon.isRate)
                    // (Not a plan: "Er soll im Januar verschifft werden".)
                    && !reader.words.contains(where: Lexicon.planWords.contains))
        {
            // ("Im Juli allerdings machte sich der Lockdown bemerkbar. Die Einfuhren … lagen bei 4,8 Milliarden
            // Dollar": a sentence that opens with a month, and has no figure, sets the month the next ones speak of.)
            period = .single(month)
        } else if reader.figures.isEmpty, found.claims.isEmpty, reader.periodMentions.count == 1,
            let mention = reader.periodMentions.first, !reader.isEventPeriod(mention),
            // (A run of months named as such, not "this year": "Und in diesem Jahr? Im Februar …".)
            case .months = mention.kind,
            case .months(let range)? = reader.resolvePeriod(mention), range.first != range.last,
            reader.tokenIndex(of: mention.range.lowerBound) <= 2
        {
            // ("Im ersten Halbjahr 2016 hat sich daran wenig geändert. Die USA importierten schwedische Waren für 4,94
            // Milliarden Dollar": a sentence that opens with a run of months, and has no figure, sets the months the
            // next ones speak of.)
            period = .months(range)
        } else if reader.figures.isEmpty, found.claims.isEmpty, reader.periodMentions.count == 1,
            let mention = reader.periodMentions.first,
            let named = (reader.ownMonth ?? reader.namedMonth).map(ClaimPeriod.single)
                ?? { if case .months = mention.kind { return reader.resolvePeriod(mention) } else { return nil } }(),
            case let at = reader.tokenIndex(of: mention.range.lowerBound),
            // (Not the figures of a month still to come: "Die Zahlen für Dezember werden erst Anfang Februar
            // veröffentlicht"; but those of a month that may have appeared in the days before the article.)
            reader.figuresOut(named),
            // (The month's own figures, not figures up to it: "Zahlen bis einschließlich März 2013".)
            reader.words[max(0, at - 3)..<at].allSatisfy({
                !["bis", "through", "until", "einschließlich", "to", "thru"].contains($0)
            }),
            reader.namesFigures(near: mention)
        {
            // ("The December figures alone offered a little relief. The monthly gap … narrowed to $24.5 billion": a
            // sentence about a month's figures, with none of its own, sets the month the next ones speak of; "The
            // latest monthly numbers, covering January to April, …" the run of months.)
            period = named
        } else if reader.text.trimmingCharacters(in: .whitespaces).hasSuffix(":")
            // "By the numbers: U.S.-Japan goods trade, 2018": a heading over the lines below.
            // (Not a sentence about a rate, whose dates are the rate's: "Im Gegenteil: Viele Importeure haben
            // Bestellungen vorgezogen, um den für Januar angekündigten Anstieg des Zollsatzes zu umgehen.")
            || (reader.figures.isEmpty && reader.text.contains(":") && reader.hasTradeWord
                && !reader.words.contains(where: Lexicon.isRate))
            // "Eckdaten 2024 (Warenhandel, US-Angaben)", "Key figures, 2023": a short heading line, no full stop.
            || (reader.figures.isEmpty && reader.words.count <= 10
                && !reader.text.trimmingCharacters(in: .whitespaces).hasSuffix(".")
                && (reader.hasTradeWord
                    || reader.words.contains(where: {
                        ["eckdaten", "kennzahlen", "key", "glance", "blick", "numbers", "zahlen", "fakten", "facts"]
                            .contains($0)
                    }))),
            let named = reader.periodMentions.lazy.compactMap({ reader.resolvePeriod($0) }).first
        {
            // "The headline numbers (U.S. imports, Jan-Sep 2019, yoy):": a line that introduces a list.
            period = named
        } else if reader.figures.isEmpty, found.claims.isEmpty, reader.words.count <= 12,
            reader.text.trimmingCharacters(in: .whitespaces).hasSuffix("?"),
            // (A run of months only: "Und in diesem Jahr?" leaves the month an answer names its own.)
            let mention = reader.periodMentions.first, case .months = mention.kind,
            let named = reader.resolvePeriod(mention)
        {
            period = named
        } else if case .rangeSpan(_, let to)? = found.claimedPeriod {
            // ("… in the first half of 2022, up 26%. A year earlier, the deficit had stood at …": the months the
            // change ends in are what the article goes on about.)
            period = .months(to)
        } else if let claimed = found.claimedPeriod {
            period = claimed
        }
        sentencesSinceClaimedGoods += 1
        if case .hs(let code)? = found.claims.last(where: { $0.product != .total })?.product {
            claimedGoods = code
            sentencesSinceClaimedGoods = 0
        }
        for claim in found.claims where claim.unit == .usd || claim.unit == .percent {
            if let claimed = claim.period, case .single = claimed {
                periodTally[claimed, default: 0] += 1
            } else if let claimed = claim.period, case .months = claimed {
                periodTally[claimed, default: 0] += 1
            } else if case .rangeSpan(_, let to)? = claim.period {
                // ("surged 34% in the January-September period": the article speaks of those months.)
                periodTally[.months(to), default: 0] += 1
            }
            if let partner = claim.partner, partner != "WORLD" { partnerTally[partner, default: 0] += 1 }
            if case .hs(let code) = claim.product { goodsTally[code, default: 0] += 1 }
        }
        previousSummedAllGoods = found.claims.contains { claim in
            claim.kind == .value && claim.unit == .usd && claim.product == .total && claim.productReadings.isEmpty
        }
        // "Was kommt aus China? Vor allem Elektronik: …. Allein dafür zahlten die Amis …": in a
        // sentence without figures, the goods it lists first are what the next one is about.
        // ("Auf Taiwan entfiel ein Zehntel der Einfuhren dieses Kapitels": a sentence that refers back
        // to the goods keeps them for the next.)
        // ("Vor allem Dünger, …. Er machte … mehr als ein Drittel der Einfuhren aus Russland aus. Zusammen mit Platin
        // …": a sentence whose claim was about the goods carried over keeps them too.)
        let carriedUsed =
            product.map { carried in
                found.claims.contains { $0.product == .hs(carried) || $0.productReadings.contains(carried) }
            } ?? false
        product =
            cues.products.first(where: { !$0.listed })?.code
            ?? (reader.figures.isEmpty ? cues.products.first?.code : nil)
            ?? (Lexicon.productAnaphor(in: reader.words, bare: false) != nil || carriedUsed ? product : nil)
            // ("… nur noch auf Rang sechs [unter den Lieferländern dieser Warengruppe]. Die Folge: Die Steine haben ihre
            // Vorrangstellung im Israel-Geschäft der USA verloren. Inzwischen machen sie nur noch knapp ein Fünftel der
            // Einfuhren aus Israel aus": a sentence about the country's business, with no figure, flow or claim, after
            // one that measured the goods, keeps them.)
            ?? (reader.figures.isEmpty && found.claims.isEmpty && cues.flows.isEmpty && productMeasured
                && Parties.namesBusinessWith(reader.facts, homeReporter: reader.homeReporter) ? product : nil)
        productMeasured = product.map { code in found.claims.contains { $0.product == .hs(code) } } ?? false
        productTopic = reader.figures.isEmpty && cues.products.contains(where: { !$0.listed })
        sentencesSinceMeasuredProduct += 1
        if case .hs(let code)? = found.claims.last(where: { $0.unit == .usd && $0.product != .total })?.product {
            measuredProduct = code
            sentencesSinceMeasuredProduct = 0
        }
        productQuestion =
            product != nil && reader.figures.isEmpty && reader.words.count <= 5
            && reader.text.trimmingCharacters(in: .whitespaces).hasSuffix("?")
        if !found.frames.isEmpty { lastFrames = found.frames }
        sentencesSinceMultiple += 1
        if let multiple = found.claims.last(where: {
            $0.kind == .comparison && $0.unit == .ratio && ($0.comparedFlow != nil || $0.comparedPartner != nil)
        }) {
            lastMultiple = multiple
            sentencesSinceMultiple = 0
        }
        if !reader.figures.isEmpty, let own = reader.ownYear, !own.isMonth { lastNamedYear = own.year }
        sentencesSinceRank += 1
        // "It is worth remembering how much the ranking has shifted.": the ranking stays the topic.
        if rankMeasure != nil,
            reader.words.contains(where: { ["ranking", "rankings", "rangliste", "ranglisten"].contains($0) })
        {
            sentencesSinceRank = 0
        }
        if let rank = found.claims.last(where: { $0.kind == .rank }) {
            rankMeasure = (rank.flow, rank.product)
            rankMeasureFromDeficit = false
            sentencesSinceRank = 0
        } else if found.claims.contains(where: {
            $0.kind == .value && $0.flow == .balance && $0.product == .total && ($0.value ?? 0) < 0
                && $0.partner.map { $0.count == 3 && $0 != reader.homeReporter } == true
        }) {
            // ("The goods deficit with China widened to $295.5 billion in 2024. Vietnam came third, behind China and
            // Mexico": a place with no measure of its own right after a deficit with one country ranks deficits; only
            // in the next sentence.)
            rankMeasure = (.balance, .total)
            rankMeasureFromDeficit = true
            sentencesSinceRank = 2
        }
        // (Not a rise or fall without a figure read for the article's period: it says nothing of its own.)
        for claim in found.claims where claim.kind == .change && (claim.value != nil || !claim.frameInferred) {
            switch claim.period {
            case .span?, .rangeSpan?: lastSpan = claim.period
            default: break
            }
        }
        sentencesSinceShare += 1
        if found.percentKind == .share {
            sentencesSinceShare = 0
            shareOfAllGoods = !found.claims.contains { $0.kind == .composition }
        }
        if cues.deficit { deficit = true } else if cues.surplus { deficit = false }
        // (A line of a table that made claims keeps the topic going for the next line.)
        if reader.hasTradeWord || !found.claims.isEmpty { sentencesSinceTrade = 0 }
        if !found.claims.isEmpty { sentencesSinceClaim = 0 }
    }
}

import Foundation
import TradeModel

/// Stage 3, rules for claims without a figure: a trend, a small share, the main products.
extension ClauseReader {
    /// Whether a word stands in a clause that tells what happened in a year named right before it ("since 1998, when
    /// a collapse in oil prices had shrunk …", "2009, als die Nachfrage einbrach"): the year's circumstances, not a
    /// move of the trade the sentence speaks of.
    func inWhenClauseOfAYear(_ index: Int) -> Bool {
        guard index >= 2,
            let when = (max(1, index - 12)..<index).last(where: { at in
                ["when", "als", "as"].contains(words[at]) && commaBetween(at - 1, at)
            })
        else { return false }
        return Int(words[when - 1]).map { (1900...2100).contains($0) } ?? false
    }

    /// A change without a figure: "zwischen 2014 und 2022 war der Handel drastisch eingebrochen",
    /// "exports to China have fallen sharply since 2018".
    func trendClaims(into found: inout SentenceClaims) {
        // A change without a figure: "zwischen 2014 und 2022 war der Handel drastisch eingebrochen",
        // "exports to China have fallen sharply since 2018".
        if figures.isEmpty, cues.change, !cues.flows.isEmpty || continues,
            let verb = words.indices.first(where: {
                Lexicon.isChange(words[$0]) && !["up", "plus"].contains(words[$0]) && !inWhenClauseOfAYear($0)
            }),
            // ("Brazil's economy shrank 3.8 percent last year, its worst performance since 1990": the economy's move.)
            !words[max(0, verb - 3)..<verb].contains(where: Lexicon.isNotATradeSubject),
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
            carriedPartnerReadings(&claim)
            claim.trendStrong =
                words.contains { strongWords.contains($0) } || words[verb].hasPrefix("einbr")
                || words[verb].hasPrefix("eingebr") || words[verb].hasPrefix("collaps")
                || words[verb].hasPrefix("plung")
                || words[verb].hasPrefix("slump") || words[verb].hasPrefix("soar")
            found.claims.append(claim)
        }
    }

    /// A change without a figure in one period the sentence names: "U.S. exports to Italy fell in 2019", "the goods
    /// deficit with Korea narrowed last year", "Die Ausfuhren gingen in den ersten sieben Monaten leicht zurück":
    /// against the same period a year before. Not in a forecast, a condition, a negation or a question, nor where
    /// the sentence has rises and falls both (whose is which is not read).
    func periodTrendClaims(into found: inout SentenceClaims) {
        // "US exports to Ireland were little changed", "Die Einfuhren blieben nahezu unverändert": no move to speak of
        // (not of a rate or a price: "the tariff stayed unchanged").
        let flat =
            cues.change
            ? nil
            : Lexicon.flatTrend(in: words).flatMap { span in
                words.contains(where: { Lexicon.isRate($0) || Lexicon.isEconomyOrPrice($0) }) ? nil : span
            }
        guard figures.isEmpty, found.claims.isEmpty, cues.change || flat != nil, !cues.flows.isEmpty,
            !words.contains(where: Self.trendHedges.contains),
            !text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix("?")
        else { return }
        let changes =
            flat.map { Array($0) }
            ?? words.indices.filter {
                Lexicon.isChange(words[$0]) && !["up", "plus", "down", "minus", "cut", "cuts"].contains(words[$0])
                    && !inWhenClauseOfAYear($0)
            }
        guard let first = changes.first, let last = changes.last, last - first <= 8 else { return }
        // ("Mit keinem anderen Land fiel das Plus so groß aus": "ausfallen", turning out, is no fall.)
        if changes.contains(where: { ["fiel", "fielen", "fällt", "fallen"].contains(words[$0]) }),
            let particle = words.indices.last(where: { words[$0] == "aus" }), particle > first,
            particle + 1 == words.count
                || text[tokens[particle].range.upperBound...].prefix(while: { !$0.isLetter && !$0.isNumber })
                    .contains(where: { ",;:.–—)".contains($0) })
        {
            return
        }
        // ("gingen … zurück", "zog … an", "legte … zu": the direction is in the particle.)
        let neutral: Set<String> = ["ging", "gingen", "zog", "zogen", "legt", "legte", "legten"]
        let falls = flat == nil ? changes.filter { Lexicon.isDecline(words[$0]) } : []
        let rises = flat == nil ? changes.filter { !Lexicon.isDecline(words[$0]) && !neutral.contains(words[$0]) } : []
        guard flat != nil || falls.isEmpty != rises.isEmpty else { return }
        // ("narrowed in 2023, and it has not been this low since 2017": a record's since is the record's bound.)
        let recordSinces = periodMentions.filter {
            if case .since = $0.kind { return isRecordSince($0) }
            return false
        }
        let sinceWords = Set(recordSinces.map { tokenIndex(of: $0.range.lowerBound) })
        let mentions = periodMentions.filter { !isComparisonBase($0) && !recordSinces.contains($0) }
        // ("Trade frictions that dominated … in the early 1990s receded": a period named only roughly dates no trend.)
        guard mentions.count <= 1, !mentions.contains(where: \.approximate) else { return }
        // ("has shrunk from its peak", "fell since 2019": against another base than the year before.)
        // ("Kanada fällt hinter China zurück", "slipped to third place": a place lost, not a value's fall.)
        guard RecordFinder.mentions(in: words).isEmpty, facts.rankMentions.isEmpty,
            !words.contains(where: { ["hinter", "behind", "platz", "rang", "place", "spot", "overtook"].contains($0) }),
            !words.indices.contains(where: {
                ["peak", "höhepunkt", "höchststand", "since", "seit", "seitdem"].contains(words[$0])
                    && !sinceWords.contains($0)
            })
        else { return }
        let period: ClaimPeriod
        var readings: [ClaimPeriod] = []
        var guessed = false
        if let mention = mentions.first {
            guard let named = resolvePeriod(mention) else { return }
            // The period is the verb's own: in its clause ("a gap that widened as …" after "in 2024," is not), or
            // opening the sentence ("In 2019, exports to Italy fell").
            let periodToken = tokenIndex(of: mention.range.lowerBound)
            // (A period inside the verb's words, "gingen im selben Zeitraum zurück", is its own.)
            if periodToken < first || periodToken > last {
                let (from, to) = periodToken < first ? (periodToken, first) : (last, periodToken)
                let between = text[tokens[from].range.upperBound..<tokens[to].range.lowerBound]
                guard periodToken <= 3 && periodToken < first || !between.contains(where: { ",;:–—(".contains($0) })
                else { return }
            }
            switch named {
            case .single(let year) where !year.isMonth: period = .span(.year(year.year - 1), year)
            case .months(let range): period = .rangeSpan(range.yearEarlier, range)
            default: return
            }
        } else {
            // (Said as a verb: not "im Fall", "Wachstumsmarkt", "wachsendes Defizit"; in the body, in the past: "der
            // Handel wächst" is a state of things, a headline's present is its news.)
            let opening =
                facts.sentence.start <= 2 && !text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(".")
            guard
                changes.allSatisfy({ index in
                    Self.saidAsAVerb(String(text[tokens[index].range]), words[index])
                        && (opening || flat != nil || Self.saidInThePast(words[index]))
                })
            else { return }
            // "Die Einfuhren gingen ebenfalls zurück", "Mit Mexiko wuchs die Lücke dagegen erneut": no period of
            // its own, the change of the period the article speaks of (the span of its last change when that
            // ends there), from the year (or the same months) before; read so, unsure where it would be wrong.
            // "Exports to Canada slide as the loonie sinks": a headline before the article names any period,
            // the latest year published (the lede's period is read for it too).
            let latest = periods.date.map { date in
                ClaimPeriod.span(.year(date.latestPublishedYear - 1), .year(date.latestPublishedYear))
            }
            if let spoken = discourse.period {
                if let span = discourse.lastSpan, span.last == spoken.last {
                    period = span
                } else if let reading = ClaimFinder.reading(spoken, for: .change) {
                    period = reading
                } else {
                    return
                }
            } else if discourse.mainPeriod == nil, opening, let latest {
                period = latest
                guessed = true
            } else {
                return
            }
            readings = [discourse.mainPeriod.flatMap { ClaimFinder.reading($0, for: .change) }, latest]
                .compactMap { $0 }.filter { $0 != period }
        }
        var (flowValue, _) = flow(near: tokens[first].range.lowerBound)
        if flowValue == .balance, !cues.deficit, !cues.surplus { flowValue = .total }
        var claim = FoundClaim(
            sentence: facts.sentence, kind: .change, reporter: reporter, partner: parties.partner ?? discourse.partner,
            flow: flowValue, product: .total, period: period,
            claimedText: String(text[tokens[first].range.lowerBound..<tokens[last].range.upperBound]),
            claimedStart: scalarOffset(tokens[first].range.lowerBound),
            claimedEnd: scalarOffset(tokens[last].range.upperBound), value: nil, unit: .none, hedge: .exact,
            rounding: 0, lowest: false, rankedCountry: nil, rank: 1, signExplicit: false)
        claim.trendDirection = falls.isEmpty ? 1 : -1
        claim.trendFlat = flat != nil
        if mentions.isEmpty {
            claim.frameInferred = true
            claim.periodGuessed = guessed
            claim.periodReadings = readings.firstOccurrences()
        }
        // (Only a collapse or a soaring says how much: "deutlich", "sharply" in one year are any clear move.)
        claim.trendStrong = changes.contains { index in
            ["einbr", "eingebr", "collaps", "plung", "plummet", "soar", "zusammengebr"].contains {
                words[index].hasPrefix($0)
            }
        }
        carriedPartnerReadings(&claim)
        found.claims.append(claim)
    }

    /// "The goods deficit with Japan came to $71.4 billion in 2023, narrower than a year earlier", "… und damit höher
    /// als im Vorjahr": a comparative against the year before (or a year named) after a figure, with no figure of its
    /// own, says the figure's flow moved that way: a change without a figure, in the figure's frame.
    func comparativeTrendClaims(into found: inout SentenceClaims) {
        let comparatives = Self.trendComparatives
        guard
            let at = words.indices.first(where: { index in
                comparatives.contains(words[index]) && index + 1 < words.count
                    && ["than", "als"].contains(words[index + 1])
            }),
            let value = found.claims.last(where: {
                $0.kind == .value && $0.unit == .usd && $0.claimedEnd <= scalarOffset(tokens[at].range.lowerBound)
            }), let period = value.period, value.outOfScope == nil
        else { return }
        // (Not "5% higher than", "higher than $50 billion": a figure's own comparison; nor past another clause.)
        let figureNear = figures.contains { figure in
            let start = tokenIndex(of: figure.range.lowerBound), end = tokenIndex(of: figure.range.upperBound)
            return (end <= at && at - end <= 1) || (start > at && start - at <= 3)
        }
        let figureBefore = figures.last { tokenIndex(of: $0.range.upperBound) <= at }
        guard !figureNear, let figureBefore, !clauseBreak(from: tokenIndex(of: figureBefore.range.upperBound), to: at)
        else { return }
        let after = words[(at + 2)..<min(words.count, at + 6)].joined(separator: " ")
        let yearEarlier =
            (Self.yearEarlierPhrases + ["in the same period", "im gleichen zeitraum", "im selben zeitraum"])
            .contains { after.hasPrefix($0) }
        let claimedPeriod: ClaimPeriod
        switch period {
        case .single(let year) where yearEarlier && !year.isMonth: claimedPeriod = .span(.year(year.year - 1), year)
        case .single(let month) where yearEarlier && month.isMonth:
            claimedPeriod = .span(.month(month.year - 1, month.month ?? 1), month)
        case .months(let range) where yearEarlier: claimedPeriod = .rangeSpan(range.yearEarlier, range)
        default: return
        }
        let decline = Lexicon.comparative(words[at]).decline
        var claim = FoundClaim(
            sentence: facts.sentence, kind: .change, reporter: value.reporter, partner: value.partner,
            flow: value.flow, product: value.product, period: claimedPeriod,
            claimedText: String(text[tokens[at].range.lowerBound..<tokens[at + 1].range.upperBound]),
            claimedStart: scalarOffset(tokens[at].range.lowerBound),
            claimedEnd: scalarOffset(tokens[at + 1].range.upperBound),
            value: nil, unit: .none, hedge: .exact, rounding: 0, lowest: false, rankedCountry: nil, rank: 1,
            signExplicit: false)
        claim.trendDirection = decline ? -1 : 1
        found.claims.append(claim)
    }

    /// Comparatives of a flow's size that, before "than"/"als" and the year before, say which way it moved.
    static let trendComparatives: Set<String> = [
        "narrower", "wider", "smaller", "larger", "bigger", "higher", "lower", "greater", "kleiner", "größer", "höher",
        "niedriger", "geringer",
    ]

    /// Words after "than"/"als" that name the year before the period compared.
    static let yearEarlierPhrases = [
        "a year earlier", "a year ago", "the year before", "the previous year", "the prior year", "im vorjahr",
        "ein jahr zuvor", "im jahr zuvor", "im vorjahreszeitraum", "in der vorjahresperiode",
    ]

    /// "The overall US goods deficit for the half was slightly smaller than a year earlier", "Aus China kamen im
    /// selben Zeitraum weniger Waren als im Vorjahr": a flow compared with the year before, in a sentence with no
    /// figure, is a change of that flow over the year, in the period the sentence or the article names, without a
    /// figure.
    func figurelessComparativeTrendClaims(into found: inout SentenceClaims) {
        guard figures.isEmpty, found.claims.isEmpty else { return }
        let comparatives = Self.trendComparatives.union(["weniger", "mehr", "less", "more"])
        guard
            let at = words.indices.first(where: { index in
                comparatives.contains(words[index]) && index + 1 < words.count
                    && ["than", "als"].contains(words[index + 1])
            })
                // ("weniger Waren als im Vorjahr": the goods between.)
                ?? words.indices.first(where: { index in
                    ["weniger", "mehr", "less", "more"].contains(words[index]) && index + 2 < words.count
                        && Lexicon.goodsNouns.contains(words[index + 1]) && ["than", "als"].contains(words[index + 2])
                })
        else { return }
        let than = words[at + 1] == "than" || words[at + 1] == "als" ? at + 1 : at + 2
        let after = words[(than + 1)..<min(words.count, than + 5)].joined(separator: " ")
        // (Not "than in the same period" alone: with no figure, the period meant may be the article's own.)
        let yearEarlier =
            (Self.yearEarlierPhrases + [
                "in the same period last year", "im gleichen zeitraum des vorjahres",
                "im selben zeitraum des vorjahres",
            ]).contains { after.hasPrefix($0) }
        // (Its flow said before the comparative in its own clause; nothing hedged, negated or forecast.)
        guard yearEarlier,
            let flowCue = cues.flows.last(where: {
                $0.token < at && ($0.flow == .exports || $0.flow == .imports || $0.flow == .balance)
                    && !clauseBreak(from: $0.token, to: at)
            }),
            !words.contains(where: { Self.trendHedges.contains($0) || ["not", "nicht", "kein", "keine"].contains($0) }),
            facts.scope == nil
        else { return }
        let ownPartner = facts.mentions.contains { $0.code != homeReporter && $0.token < at }
        let partner =
            !ownPartner && (namesWholeFlow(in: 0..<at) || speaksOfTheWhole(0..<at)) ? "WORLD" : parties.partner
        guard let partner else { return }
        let own = periodMentions.filter { mention in
            let token = tokenIndex(of: mention.range.lowerBound)
            return token < at
        }.compactMap(resolvePeriod)
        let period: ClaimPeriod
        switch own.first ?? contextPeriod {
        case .single(let single)?:
            period =
                single.isMonth
                ? .span(.month(single.year - 1, single.month ?? 1), single) : .span(.year(single.year - 1), single)
        case .months(let range)?: period = .rangeSpan(range.yearEarlier, range)
        default: return
        }
        var claim = FoundClaim(
            sentence: facts.sentence, kind: .change, reporter: reporter, partner: partner, flow: flowCue.flow,
            product: .total, period: period,
            claimedText: String(text[tokens[at].range.lowerBound..<tokens[than].range.upperBound]),
            claimedStart: scalarOffset(tokens[at].range.lowerBound),
            claimedEnd: scalarOffset(tokens[than].range.upperBound),
            value: nil, unit: .none, hedge: .exact, rounding: 0, lowest: false, rankedCountry: nil, rank: 1,
            signExplicit: false)
        claim.frameInferred = own.isEmpty
        // (A deficit "smaller": its size, as the check reads a balance in deficit.)
        let decline = Lexicon.comparative(words[at]).decline || ["weniger", "less"].contains(words[at])
        claim.trendDirection = decline ? -1 : 1
        found.claims.append(claim)
    }

    /// "Die Importe aus Mexiko stiegen um 5 Prozent, obwohl die gesamten Einfuhren der USA im selben Zeitraum
    /// schrumpften", "…, even as overall U.S. imports fell": a clause of concession after a figure's change, with no
    /// figure of its own, speaks of the reporter's whole trade moving the other way in the change's period: a change of
    /// the world's flow, without a figure.
    func concessiveWholeTrendClaims(into found: inout SentenceClaims) {
        guard let change = found.claims.first(where: { $0.kind == .change && $0.value != nil }),
            let period = change.period, !period.isSingle, !period.isMonths
        else { return }
        let openers: Set<String> = ["obwohl", "obgleich", "although", "though", "wenngleich"]
        guard
            let opener = words.indices.first(where: { index in
                index > 0 && commaBetween(index - 1, index)
                    && (openers.contains(words[index])
                        || (words[index] == "even" && index + 1 < words.count && words[index + 1] == "as"))
            })
        else { return }
        let clause = opener..<words.count
        let whole: Set<String> = ["gesamten", "gesamte", "insgesamt", "overall", "total", "all"]
        let changeIndex = clause.first(where: { Lexicon.isChange(words[$0]) && Self.saidInThePast(words[$0]) })
        guard let changeIndex, clause.contains(where: { whole.contains(words[$0]) }),
            let flowCue = cues.flows.first(where: { clause.contains($0.token) && $0.flow != .total }),
            !figures.contains(where: { clause.contains(tokenIndex(of: $0.range.lowerBound)) }),
            !facts.mentions.contains(where: { clause.contains($0.token) && $0.code != homeReporter }),
            !words[clause].contains(where: Self.trendHedges.contains)
        else { return }
        var claim = FoundClaim(
            sentence: facts.sentence, kind: .change, reporter: reporter, partner: "WORLD", flow: flowCue.flow,
            product: .total, period: period, claimedText: String(tokens[changeIndex].text),
            claimedStart: scalarOffset(tokens[changeIndex].range.lowerBound),
            claimedEnd: scalarOffset(tokens[changeIndex].range.upperBound), value: nil, unit: .none, hedge: .exact,
            rounding: 0, lowest: false, rankedCountry: nil, rank: 1, signExplicit: false)
        claim.trendDirection = Lexicon.isDecline(words[changeIndex]) ? -1 : 1
        found.claims.append(claim)
    }

    /// Whether a word of change stands as a verb, not as a noun ("Fall", "Rückgang": capitalized in German) or an
    /// adjective ("wachsendes", "rising").
    static func saidAsAVerb(_ written: String, _ word: String) -> Bool {
        guard let first = written.first, !first.isUppercase || written == written.uppercased() else { return false }
        return !["end", "ende", "endes", "endem", "enden", "ender", "ing"].contains { word.hasSuffix($0) }
    }

    /// Whether a verb of change is in a past form: "fell", "dropped", "sank", "gingen zurück", "ist gewachsen".
    static func saidInThePast(_ word: String) -> Bool {
        strongPasts.contains(word) || word.hasSuffix("ed") || word.hasSuffix("te") || word.hasSuffix("ten")
            || (word.hasPrefix("ge") || word.hasPrefix("eingebr") || word.hasPrefix("zurückge"))
                && (word.hasSuffix("en") || word.hasSuffix("t"))
    }

    /// Past forms of change that no ending shows: "fell", "sank", "wuchs", "gingen … zurück".
    static let strongPasts: Set<String> = [
        "fell", "rose", "grew", "shrank", "sank", "slid", "fiel", "fielen", "sanken", "stieg", "stiegen", "wuchs",
        "wuchsen", "brach", "brachen", "ging", "gingen", "zog", "zogen", "sprang", "sprangen", "schmolz", "down", "up",
        "zurück",
    ]

    /// Words that make a change a forecast, a condition, a negation or a question, not a claim of what happened.
    static let trendHedges: Set<String> = [
        "will", "would", "could", "might", "may", "expected", "forecast", "projected", "if", "whether", "not", "never",
        "no", "werden", "würde", "würden", "dürfte", "dürften", "könnte", "könnten", "soll", "sollen", "sollte",
        "erwartet", "prognostiziert", "wenn", "falls", "ob", "nicht", "nie", "kein", "keine",
    ]

    /// A claim without a figure whose sentence names no country takes the one the article spoke of; the
    /// sentence's own words may speak of the whole ("Seit 2013 ist das Warenhandelsdefizit der Vereinigten
    /// Staaten kräftig gewachsen"), and even when they do not, the world is the other reading, so a trend wrong
    /// for the country carried over is unsure, not wrong.
    func carriedPartnerReadings(_ claim: inout FoundClaim) {
        guard parties.others.isEmpty, !parties.saysBilateral, !parties.partnerReports, let carried = claim.partner,
            carried != "WORLD", claim.partnerReadings.isEmpty
        else { return }
        if speaksOfTheWhole(0..<words.count) {
            claim.partner = "WORLD"
            claim.partnerReadings = [carried]
        } else {
            claim.partnerReadings = ["WORLD"]
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
            // "shrank for a second year", "for the third year running", "for a fourth consecutive month" (the
            // last above): the ordinal after "for a"/"for the".
            if ["for"].contains(words[index]), index + 3 < words.count, ["a", "the"].contains(words[index + 1]),
                RankFinder.englishOrdinals[words[index + 2]].map({ $0 >= 2 }) == true,
                years.contains(words[index + 3]) || months.contains(words[index + 3]),
                index + 4 >= words.count || !["of", "since"].contains(words[index + 4])
            {
                count = number(words[index + 2])
                unit = words[index + 3]
                (start, end) = (index + 1, index + 3)
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
            if level == nil { carriedPartnerReadings(&claim) }
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

    /// A composition without a figure: "vor allem Düngemittel", "mainly fertilizers" (among the three
    /// main goods); "exportiert viel Platin", "ships a lot of fertilizer" (among the five main goods).
    func mainProductClaims(into found: inout SentenceClaims) {
        // "Italien hat den USA Waren für fast 73 Milliarden Dollar geliefert, vor allem Maschinen und Arzneimittel":
        // goods named after the money figure, past a comma, are that figure's main goods (its flow, partner, period).
        let goodsOfFigure = found.claims.last(where: { $0.kind == .value && $0.unit == .usd }).flatMap {
            claim -> (claim: FoundClaim, product: (token: Int, code: String, listed: Bool))? in
            guard
                let product = cues.products.first(where: {
                    scalarOffset(tokens[$0.token].range.lowerBound) > claim.claimedEnd
                }),
                product.token >= 2,
                [
                    "allem", "mostly", "mainly", "chiefly", "primarily", "largely", "hauptsächlich", "überwiegend",
                    "vorwiegend",
                ].contains(where: { words[(product.token - 2)..<product.token].contains($0) }),
                let figure = figures.last(where: { scalarOffset($0.range.upperBound) == claim.claimedEnd }),
                text[figure.range.upperBound..<tokens[product.token].range.lowerBound].contains(",")
            else { return nil }
            return (claim, product)
        }
        let figureOfGoods = goodsOfFigure?.claim
        // (Not a group of chapters: "Mostly clothes." would rank it among single chapters.)
        guard figures.isEmpty || figureOfGoods != nil, let product = goodsOfFigure?.product ?? cues.products.first,
            !Lexicon.isChapterGroup(product.code),
            cues.flows.contains(where: { $0.flow == .imports || $0.flow == .exports }) || continues
        else { return }
        let mainly =
            words.contains(where: {
                ["mainly", "mostly", "chiefly", "primarily", "largely", "hauptsächlich", "überwiegend", "vorwiegend"]
                    .contains($0)
            }) || (words.contains("vor") && words.contains("allem"))
            // "make up most of what Russia still sells", "the bulk of", "dominate", "den Großteil", "fast ausschließlich"
            || words.contains(where: {
                [
                    "bulk", "großteil", "großteils", "dominate", "dominates", "dominated", "dominieren", "dominiert",
                    "entirely", "ausschließlich",
                ].contains($0)
            })
            // ("make up most of what Russia still sells"; not "where most of those flowers land": goods pointed back
            // to are no new claim about what trade is made of.)
            || (zip(words, words.dropFirst()).contains { $0.0 == "most" && $0.1 == "of" }
                && !(product.token > 0 && ["those", "these"].contains(words[product.token - 1])))
        // "viel Platin", "große Mengen Dünger", "a lot of fertilizer", "lots of platinum": right before the goods.
        let before = words[max(0, product.token - 3)..<product.token]
        let much =
            // ("so viel Öl wie seit den Achtzigern nicht", "zu viele Autos": a comparison, a complaint.)
            (before.last.map { ["viel", "viele", "reichlich"].contains($0) } == true
                && !before.dropLast().suffix(1).contains { ["so", "zu", "wie", "nicht", "soviel"].contains($0) })
            || zip(before, before.dropFirst()).contains { pair in
                (pair.0 == "große" && pair.1 == "mengen") || (pair.0 == "lot" && pair.1 == "of")
                    || (pair.0 == "lots" && pair.1 == "of") || (pair.0 == "large" && pair.1 == "amounts")
                    || (pair.0 == "large" && pair.1 == "quantities")
            }
        guard mainly || much else { return }
        let firstToken = tokens[product.token]
        var (flowValue, flowToken) = flow(near: firstToken.range.lowerBound)
        if mirrored(flowValue, flowToken: flowToken) { flowValue = flowValue == .exports ? .imports : .exports }
        if let figureOfGoods { flowValue = figureOfGoods.flow }
        // "vor allem Platin und Düngemittel": each product of the list is a claim of its own.
        var listed = [product]
        for next in cues.products where next.token > listed.last!.token && next.code != listed.last!.code {
            let between = words[(listed.last!.token + 1)..<next.token]
            guard between.count <= 3, between.allSatisfy({ ["und", "and", "sowie", "or", "oder"].contains($0) })
            else { break }
            listed.append(next)
        }
        // What a country "still ships" or "exportiert weiterhin" is its latest full year's goods; a
        // sentence without a period of its own and no year in the context speaks of that year too.
        var claimPeriod = period(near: firstToken.range.lowerBound)
        // ("Maschinen sind Deutschlands wichtigstes Exportgut in die USA", in November 2024: the latest full year, or
        // the months of this one out by then; wrong for one and right for the other is unsure.)
        var periodDefaulted = false
        if ownYear == nil, ownMonth == nil, let date = periods.date {
            let latest = ClaimPeriod.single(.year(date.latestPublishedYear))
            let now = words.contains {
                ["weiterhin", "still", "noch", "today", "heute", "now", "inzwischen"].contains($0)
            }
            if claimPeriod == nil || (now && claimPeriod?.isSingle == true && claimPeriod?.last.isMonth == true) {
                claimPeriod = latest
            }
            periodDefaulted = periodMentions.isEmpty && claimPeriod == latest
        }
        if let figureOfGoods { claimPeriod = figureOfGoods.period }
        for item in listed {
            let token = tokens[item.token]
            var claim = FoundClaim(
                sentence: facts.sentence, kind: .composition, reporter: reporter,
                partner: figureOfGoods?.partner ?? parties.partner,
                flow: flowValue.isStored ? flowValue : .imports, product: .hs(item.code),
                period: claimPeriod, claimedText: String(token.text),
                claimedStart: scalarOffset(token.range.lowerBound),
                claimedEnd: scalarOffset(token.range.upperBound),
                value: nil, unit: .none, hedge: .exact, rounding: 0, lowest: false, rankedCountry: nil, rank: 1,
                signExplicit: false)
            // (The rank is how many of the main goods the claim allows.)
            claim.rank = mainly ? 3 : 5
            if periodDefaulted, figureOfGoods == nil { claim.unsurePeriodReadings = monthsSoFarReadings }
            // ("Was genau kommt noch über den Atlantik? Vor allem Dünger": the country carried over may not be the
            // one meant; wrong for it is unsure.)
            carriedPartnerReadings(&claim)
            found.claims.append(claim)
        }
    }
}

/// Stage 3, the rule for rankings of goods.
extension ClauseReader {
    /// Nouns that make a superlative rank goods: "the largest category", "die wichtigste Warengruppe".
    static let goodsRankNouns: Set<String> = [
        "category", "categories", "item", "items", "import", "export", "product", "products", "good", "goods",
        "commodity", "line", "kategorie", "warengruppe", "posten", "importgut", "exportgut", "einfuhrgut",
        "ausfuhrgut", "produkt", "ware", "position", "importgüter", "exportgüter",
        // ("fertilizer the single largest thing the United States still buys from Russia", "die größte
        // Einzelposition".)
        "thing", "things", "einzelposition",
    ]

    /// "Vehicles were the single largest category of imports from Japan", "The biggest item is vehicles",
    /// "Pharmazeutika sind die wichtigste Warengruppe": the goods' place among the pair's goods, not the
    /// country's among the partners.
    func productRankClaims(into found: inout SentenceClaims) {
        guard figures.isEmpty, !cues.products.isEmpty else { return }
        for mention in facts.rankMentions + facts.goodsRankMentions
        where !mention.negated && !mention.comparative && !mention.membership {
            let index = mention.token
            // The noun the superlative ranks: within the three words after it.
            guard
                let noun = (index + 1..<min(words.count, index + 4)).first(where: {
                    Self.goodsRankNouns.contains(words[$0])
                })
            else { continue }
            // The goods: the subject before the superlative ("Vehicles were the largest"), or after the noun and a
            // copula ("the biggest item is vehicles").
            let before = cues.products.last { $0.token < index && index - $0.token <= 6 }
            let copulas: Set<String> = ["is", "are", "was", "were", "ist", "sind", "war", "waren", "remains", "blieb"]
            // ("Die größte Warengruppe bei den US-Einfuhren aus der Schweiz waren 2024 pharmazeutische Erzeugnisse":
            // the pair's trade named between.)
            let after = cues.products.first { product in
                product.token > noun && product.token - noun <= 10
                    && words[(noun + 1)..<product.token].contains(where: copulas.contains)
            }
            guard let product = before ?? after, !Lexicon.isChapterGroup(product.code) else { continue }
            // (A country between the goods and the place is what is ranked: "Cars from Japan …, Japan the largest";
            // not the owner of the trade, "Footwear is Indonesia's biggest export", nor the pair's partner, "imports
            // from Ireland".)
            let low = min(product.token, index)
            let high = max(product.token, index)
            if others.contains(where: { mention in
                mention.token > low && mention.token < high && mention.form != .genitive
                    && !(mention.token >= 1
                        && ["from", "aus", "with", "mit", "to", "nach"].contains(words[mention.token - 1])
                        || mention.token >= 2 && ["aus", "from"].contains(words[mention.token - 2]))
            }) {
                continue
            }
            var (flowValue, flowToken) = flow(near: tokens[index].range.lowerBound)
            if mirrored(flowValue, flowToken: flowToken) { flowValue = flowValue == .exports ? .imports : .exports }
            if ["export", "exportgut", "ausfuhrgut", "exportgüter"].contains(words[noun]) {
                // ("Footwear is Indonesia's biggest export to the U.S.": the partner's export is the reporter's import.)
                let partnersOwn =
                    others.contains { $0.form == .genitive && $0.token < index && index - $0.token <= 2 }
                    || words[(noun + 1)..<min(words.count, noun + 5)].contains(where: { word in
                        ["u.s.", "us", "usa", "states", "america", "amerika"].contains(word)
                    })
                flowValue = partnersOwn ? .imports : .exports
            }
            if ["import", "importgut", "einfuhrgut", "importgüter"].contains(words[noun]) { flowValue = .imports }
            let token = tokens[product.token]
            var claim = FoundClaim(
                sentence: facts.sentence, kind: .composition, reporter: reporter,
                partner: parties.partner ?? discourse.partner, flow: flowValue.isStored ? flowValue : .imports,
                product: .hs(product.code),
                period: period(near: tokens[index].range.lowerBound) ?? latestYear, claimedText: String(token.text),
                claimedStart: scalarOffset(token.range.lowerBound), claimedEnd: scalarOffset(token.range.upperBound),
                value: nil, unit: .none, hedge: .exact, rounding: 0, lowest: false, rankedCountry: nil, rank: 1,
                signExplicit: false)
            claim.productPlace = mention.position
            // (The place's own words too: "the single largest thing".)
            claim.wordsStart = scalarOffset(tokens[index].range.lowerBound)
            claim.wordsEnd = scalarOffset(tokens[noun].range.upperBound)
            if periodMentions.isEmpty, claim.period == latestYear { claim.unsurePeriodReadings = monthsSoFarReadings }
            // (One claim per goods named: a place said twice over is one.)
            if found.claims.contains(where: { $0.kind == .composition && $0.claimedStart == claim.claimedStart }) {
                continue
            }
            found.claims.append(claim)
            found.productRanked.insert(mention.token)
        }
    }
}

/// Stage 3, the rule for conditions over a run of years.
extension ClauseReader {
    /// "has run a goods surplus with Brazil every year since 2008", "Seit 2008 verbuchen sie in jedem
    /// einzelnen Jahr einen Überschuss", "bought more from Mexico than from China for the first time since
    /// 2002", "erstmals seit 2014", "for the first time in decades, a surplus with Nigeria", "the last time
    /// the United States ran a deficit with Brazil was in 2007". The condition is a comparison of two
    /// partners said in the sentence (without a figure) or the sign of the balance; a change ("shrank for the
    /// first time since 2013") or a figure ("topped $100 billion for the first time") is no such condition.
    func conditionRunClaims(into found: inout SentenceClaims) {
        guard let (run, anchor) = conditionRunWords() else { return }
        var comparison = found.claims.last {
            $0.kind == .comparison && $0.value == nil && $0.comparedPartner != nil && $0.comparisonDirection != 0
                && $0.comparedPartners.isEmpty && $0.comparedPeriod == nil && $0.comparedFlow == nil
        }
        // "…, the first time since 2008 that China has not led the list": the condition is the clause after
        // "that", not a comparison said before it.
        // (Not "since 1998, when a collapse in oil prices …": a "when" set off by a comma tells the year's story.)
        let clauseAfter = ((anchor + 1)..<min(words.count, anchor + 3)).contains { at in
            ["that", "dass"].contains(words[at])
                || (["when", "als"].contains(words[at]) && !commaBetween(at - 1, at))
        }
        if clauseAfter {
            guard let said = comparison, said.claimedStart > scalarOffset(tokens[anchor].range.upperBound) else {
                return
            }
            comparison = said
        }
        // ("for the first time in the Census Bureau's records Mexico overtook China as the largest supplier": the
        // first is of the top place, which the ranking claims; not of passing China, which it had done before.)
        if comparison != nil, words.indices.contains(where: { Lexicon.isOvertake(words, at: $0) }),
            facts.rankMentions.contains(where: { $0.position == 1 && !$0.membership && !$0.negated })
        {
            return
        }
        var sign = 0
        if comparison == nil {
            // ("erstmals zweistellig", "above $50 billion every year since 2015": an amount passed, not a sign; a
            // sum beside the run, "zusammengerechnet mehr als 160 Milliarden Dollar", is no threshold.)
            let thresholds: Set<String> = [
                "zweistellig", "dreistellig", "double-digit", "triple-digit", "marke", "mark", "schwelle", "threshold",
                "über", "above", "below", "unter", "exceeded", "überstieg", "überschritt", "topped", "passed",
                "crossed",
            ]
            if words.contains(where: thresholds.contains) { return }
            // Only a balance said as such, with no change; a first time with no money figure ("the deficit
            // topped $300 billion for the first time" passes an amount).
            // (Unless the run is set off after the balance's figure: "einen Überschuss von 3,9 Mrd. Dollar, erstmals
            // seit 2011" is the first surplus since then.)
            let money = figures.filter { $0.unit == .usd || $0.unit == .eur }
            let setOffAfter =
                money.last.map { last in
                    tokenIndex(of: last.range.upperBound) < anchor
                        && text[last.range.upperBound..<tokens[anchor].range.lowerBound].contains(",")
                } ?? false
            // (A change told of the year the run goes back to, or before a colon that the run's clause explains, is
            // not the run's: "Damit drehte die Bilanz ins Plus: … erstmals seit 2011", "since 1998, when a collapse in
            // oil prices had shrunk …".)
            let clauseStart =
                (0..<anchor).last(where: { at in
                    at > 0
                        && text[tokens[at - 1].range.upperBound..<tokens[at].range.lowerBound].contains(where: {
                            ":;".contains($0)
                        })
                }) ?? 0
            let changeInRunClause = (clauseStart..<words.count).contains { at in
                (Lexicon.isChange(words[at]) || Lexicon.isDecline(words[at])) && !inWhenClauseOfAYear(at)
            }
            guard !changeInRunClause, run.kind != .firstSince || money.isEmpty || setOffAfter else { return }
            if cues.surplus != cues.deficit {
                sign = cues.surplus ? 1 : -1
            } else if let flows = sellsMoreThanBuys() {
                sign = flows
            } else {
                return
            }
        }
        // ("has sold more … every year since 2008": through the latest year published.)
        let latest = periods.date?.latestPublishedYear ?? referenceYear.map { $0 - 1 }
        let period: ClaimPeriod?
        switch run.kind {
        case .firstSince:
            // ("The turning point came in 2012 … That year the United States recorded its first goods deficit with
            // Greece since 1987": the year "that year" points back to.)
            let pointedBack = periodMentions.first { mention in
                if case .same = mention.kind { return true }
                return false
            }.flatMap { resolvePeriod($0) }
            period =
                comparison?.period ?? ownMonth.map { .single($0) } ?? ownYear.map { .single($0) } ?? pointedBack
                ?? contextPeriod
        case .everySince, .lastTime:
            period = latest.map { .single(.year($0)) }
        }
        guard let period, period.isSingle || period.isMonths,
            let partner = comparison?.partner ?? parties.partner ?? discourse.partner
        else { return }
        if let year = run.year, year >= period.last.year { return }
        let token = tokens[anchor]
        var claim = FoundClaim(
            sentence: facts.sentence, kind: .record, reporter: reporter, partner: partner,
            flow: comparison?.flow ?? .balance, product: comparison?.product ?? .total, period: period,
            claimedText: String(token.text), claimedStart: scalarOffset(token.range.lowerBound),
            claimedEnd: scalarOffset(token.range.upperBound), value: nil, unit: .none, hedge: .exact, rounding: 0,
            lowest: false, rankedCountry: nil, rank: 1, signExplicit: sign != 0)
        claim.conditionRun = run
        claim.comparedPartner = comparison?.comparedPartner
        claim.comparisonDirection = comparison?.comparisonDirection ?? sign
        claim.frameInferred = comparison == nil && parties.partner == nil
        claim.outOfScope = comparison?.outOfScope ?? scope(of: 0..<words.count)
        found.claims.append(claim)
    }

    /// The words of a run, and the token its claim spans (the year, else the run's word).
    private func conditionRunWords() -> (ConditionRun, Int)? {
        func year(_ index: Int) -> Int? {
            guard index < words.count, let year = Int(words[index]), (1900...2100).contains(year) else { return nil }
            return year
        }
        let decades: Set<String> = ["decades", "jahrzehnten"]
        for index in words.indices {
            let word = words[index]
            let next = index + 1 < words.count ? words[index + 1] : ""
            // "every year since 2008", "in each year since 2008"
            if ["every", "each"].contains(word), ["year", "single"].contains(next) {
                let since = ((index + 2)..<max(index + 2, min(words.count, index + 5))).first { words[$0] == "since" }
                if let since, let start = year(since + 1) {
                    return (ConditionRun(kind: .everySince, year: start), since + 1)
                }
            }
            // "seit 2008 … in jedem (einzelnen) Jahr", "Jahr für Jahr seit 2008", "jedes Jahr seit 2008"
            if word == "seit", let start = year(index + 1),
                words.indices.contains(where: { at in
                    (["jedem", "jedes"].contains(words[at])
                        && words[(at + 1)..<min(words.count, at + 3)].contains("jahr"))
                        || (words[at] == "jahr" && at + 2 < words.count && words[at + 1] == "für"
                            && words[at + 2] == "jahr")
                })
            {
                return (ConditionRun(kind: .everySince, year: start), index + 1)
            }
            // "for the first time since 2002", "erstmals seit 2014", "zum ersten Mal seit 2014", "for the first
            // time in decades", "erstmals seit Jahrzehnten", "erstmals" alone
            let first =
                (word == "first" && next == "time") || word == "erstmals" || (word == "ersten" && next == "mal")
            if first {
                let after = (index + 1)..<min(words.count, index + 5)
                if let since = after.first(where: { ["since", "seit"].contains(words[$0]) }) {
                    if let start = year(since + 1) {
                        return (ConditionRun(kind: .firstSince, year: start), since + 1)
                    }
                    // ("erstmals seit dem Jahr 2000", "for the first time since the year 2000".)
                    if since + 3 < words.count, ["dem", "the"].contains(words[since + 1]),
                        ["jahr", "year"].contains(words[since + 2]), let start = year(since + 3)
                    {
                        return (ConditionRun(kind: .firstSince, year: start), since + 3)
                    }
                    if since + 1 < words.count, decades.contains(words[since + 1]) {
                        return (ConditionRun(kind: .firstSince, minimumYears: 20), index)
                    }
                    return nil
                }
                if after.contains(where: { decades.contains(words[$0]) }) {
                    return (ConditionRun(kind: .firstSince, minimumYears: 20), index)
                }
                // ("for the first time in years", "erstmals in diesem Jahr": no run the words fix.)
                if after.contains(where: { ["years", "jahren", "this", "diesem", "dieses"].contains(words[$0]) }) {
                    return nil
                }
                return (ConditionRun(kind: .firstSince), index)
            }
            // ("It was the first annual U.S. surplus with the kingdom since 1998", "der erste Überschuss seit 2011": the
            // first balance of its sign since a year.)
            if ["first", "erste", "ersten", "erster"].contains(word),
                ((index + 1)..<min(words.count, index + 5)).contains(where: {
                    ["surplus", "deficit", "überschuss", "defizit"].contains(words[$0])
                }),
                let since = ((index + 1)..<min(words.count, index + 11)).first(where: {
                    ["since", "seit"].contains(words[$0])
                }),
                let start = year(since + 1)
            {
                return (ConditionRun(kind: .firstSince, year: start), since + 1)
            }
            // "the last time the United States ran a deficit with Brazil was in 2007", "zuletzt 2007"
            // (Not after a comparative of size: "a larger gap was last seen in 2008" is a record, not a sign.)
            if (word == "last" && next == "time") || (word == "letzte" && next == "mal") || word == "zuletzt",
                !words[max(0, index - 11)..<index].contains(where: { RecordFinder.magnitudeComparatives[$0] != nil })
            {
                let window = (index + 1)..<min(words.count, index + 16)
                if let at = window.first(where: { year($0) != nil }), let last = year(at) {
                    return (ConditionRun(kind: .lastTime, year: last), at)
                }
            }
        }
        return nil
    }

    /// "The United States has sold more goods to Brazil than it has bought": the sign of the balance a
    /// comparison of the two flows says, from its subject (the reporter +1 for selling more; a partner −1).
    private func sellsMoreThanBuys() -> Int? {
        guard let more = words.firstIndex(where: { ["more", "mehr"].contains($0) }),
            let than = ((more + 1)..<min(words.count, more + 12)).first(where: { ["than", "als"].contains(words[$0]) })
        else { return nil }
        let before = words[max(0, more - 6)..<more]
        let after = words[(than + 1)..<min(words.count, than + 6)]
        guard let sold = before.lazy.compactMap({ RankFinder.sellVerbs[$0] }).last,
            let bought = after.lazy.compactMap({ RankFinder.sellVerbs[$0] }).first, sold != bought,
            sold != .total, bought != .total
        else { return nil }
        // (The verbs as the partner's: "sold" is .imports from the partner's side.)
        let sellerIsHome = facts.mentions.first.map { $0.code == homeReporter } ?? false
        let partnerSells = sold == .imports
        return sellerIsHome == partnerSells ? 1 : -1
    }
}

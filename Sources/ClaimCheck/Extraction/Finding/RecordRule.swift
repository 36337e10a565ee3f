import Foundation
import TradeModel

extension ClauseReader {
    /// Stage 3, the record rule: "a record $1.2 trillion", "so hoch wie nie", "the lowest since 2010",
    /// "exports peaked in May 2014". Each record takes the frame of the figure it speaks of, if any.
    func recordClaims(into found: inout SentenceClaims) {
        // Records and peaks: "a record $1.2 trillion", "so hoch wie nie", "the lowest since 2010",
        // "exports peaked in May 2014". Each takes the frame of the figure it speaks of, if any.
        let records = RecordFinder.mentions(in: words).filter { record in
            // "the largest market", "der größte Lieferant": rankings, not records.
            // ("the largest on record", "the biggest ever": the record words make it one.)
            !facts.rankMentions.contains { $0.token == record.start && record.sinceToken == nil }
                || (record.end > record.start
                    && words[(record.start + 1)...record.end].contains(where: { ["record", "ever"].contains($0) }))
        }
        // ("ALL-TIME HIGH", "Rekord": a subhead of record words alone announces the lines below, which say
        // whose record; it claims nothing of its own.)
        let bareHeading =
            cues.flows.isEmpty && found.claims.isEmpty && facts.mentions.isEmpty && periodMentions.isEmpty
            && words.count <= 4
            && !(text.trimmingCharacters(in: .whitespacesAndNewlines).last.map { ".!?…".contains($0) } ?? false)
        // ("Our GDP is still about 2.6% below its pre-crisis peak": the economy's record, in a sentence that names no
        // flow of trade.)
        let aboutSomethingElse =
            cues.flows.isEmpty
            && records.allSatisfy { record in
                words[max(0, record.start - 6)..<record.start].contains(where: {
                    ["gdp", "bip", "economy", "wirtschaftsleistung", "wirtschaft", "output"].contains($0)
                })
            }
        if !records.isEmpty, !bareHeading, !aboutSomethingElse,
            !cues.flows.isEmpty || continues || !found.claims.isEmpty
        {
            let sentenceFigures = found.claims.filter { $0.unit != .none }
            // (The tokens a semicolon stands before, found once per sentence, not once per record.)
            let semicolons = words.indices.dropFirst().filter { index in
                text[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound].contains(";")
            }
            // (Whether the flow of each record claim made here was read from a word of the sentence, by its index.)
            var flowWorded: [Int: Bool] = [:]
            for record in records {
                // ("der Präsident, der gerne in Rekorden spricht": records a person speaks in, no trade's.)
                if record.end + 1 < words.count,
                    ["spricht", "sprechen", "sprach", "denkt", "denken", "talks", "speaks", "thinks"].contains(
                        words[record.end + 1])
                {
                    continue
                }
                // ("… jumped 45% as prices for arabica beans hit records": a record of prices, in a clause of its own.)
                if let price = (max(0, record.start - 5)..<record.start).last(where: {
                    Lexicon.isEconomyOrPrice(words[$0])
                }), !(price..<record.start).contains(where: { Lexicon.flow(of: words[$0]) != nil }) {
                    continue
                }
                let anchor = tokens[record.start].range.lowerBound
                let anchorOffset = scalarOffset(anchor)
                // The figure the record speaks of: the nearest before it, else the nearest after it.
                // "the 2022 peak of $796.5 billion": a figure right after the record words is its.
                let endOffset = scalarOffset(tokens[record.end].range.upperBound)
                let right = sentenceFigures.first { candidate in
                    guard candidate.claimedStart >= endOffset else { return false }
                    let between = words[(record.end + 1)..<min(words.count, record.end + 4)]
                    return candidate.claimedStart - endOffset <= 6
                        || between.prefix(1).contains { ["of", "von", "at", "bei"].contains($0) }
                            && candidate.claimedStart - endOffset <= 12
                }
                // "the deficit with the rest of the world widened by $51 billion, while the gap with Mexico climbed
                // to the highest on record": a record whose own clause names a country is that country's, and
                // figures before the clause are not its.
                let breaks: Set<String> = ["while", "whereas", "but", "während", "wohingegen", "aber"]
                // (Looked for within the 40 tokens before the record: bounded work per record.)
                // ("Mit dem Aufstieg Chinas verschob sich das Bild: … das Defizit gegenüber Japan …, seinen Höhepunkt
                // erreichte es 2006": a colon or semicolon opens a clause too.)
                // ("… auf 39,1 Milliarden Dollar – Rekordlücke mit China": so does a dash set off by spaces.)
                let clauseStart = (max(0, record.start - 40)..<(record.start + 1)).last(where: { index in
                    guard index > 0 else { return false }
                    let gap = text[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
                    return index < record.start
                        && (breaks.contains(words[index]) || gap.contains(where: { ":;".contains($0) }))
                        || gap.contains(" – ") || gap.contains(" — ")
                })
                let ownCountry = clauseStart.flatMap { start in
                    facts.mentions.last {
                        $0.token > start && $0.token < record.start && $0.code.count == 3 && $0.code != homeReporter
                    }
                        // ("Rekordlücke mit China": the country the record word names right after it.)
                        ?? facts.mentions.first {
                            $0.token > record.end && $0.token <= record.end + 3 && $0.code.count == 3
                                && $0.code != homeReporter
                                && ["mit", "with"].contains(words[$0.token - 1])
                        }
                }
                let clauseOffset =
                    ownCountry != nil ? clauseStart.map { scalarOffset(tokens[$0].range.upperBound) } ?? 0 : 0
                // ("Seinen Höchststand erreichte das Defizit … 2018; im vergangenen Jahr lag der Fehlbetrag bei …": a
                // figure past a semicolon after the record is another clause's.)
                // ("Die US-Importe aus der Volksrepublik, die 2018 ihren Höhepunkt erreicht hatten, sind seither
                // gesunken, und Chinas Anteil … schrumpfte von gut 21 auf 18,6 Prozent": nor one past ", und".)
                let coordinated = ((record.end + 1)..<min(words.count, record.end + 40)).first { index in
                    ["und", "and", "while", "whereas", "but", "aber", "während"].contains(words[index])
                        && commaBetween(index - 1, index)
                }
                let clauseEnd = min(
                    semicolons.first(where: { $0 > record.end }).map { scalarOffset(tokens[$0].range.lowerBound) }
                        ?? Int.max,
                    coordinated.map { scalarOffset(tokens[$0].range.lowerBound) } ?? Int.max)
                let figure =
                    right ?? sentenceFigures.last { $0.claimedEnd <= anchorOffset && $0.claimedStart >= clauseOffset }
                    ?? sentenceFigures.first { $0.claimedStart >= anchorOffset && $0.claimedStart < clauseEnd }
                var (flowValue, flowToken) = flow(near: anchor)
                if mirrored(flowValue, flowToken: flowToken) { flowValue = flowValue == .exports ? .imports : .exports }
                // ("… unsere Exporte in die USA … Den bisherigen Höchststand erreichten die Lieferungen 2020": a word of
                // shipments with no country and no direction of its own goes the way the article's trade went.)
                if let token = flowToken,
                    Lexicon.neutralShipmentNouns.contains(words[token]),
                    facts.mentions.isEmpty, let carried = discourse.flow, carried == .exports || carried == .imports,
                    !words[max(0, token - 2)..<min(words.count, token + 3)].contains(where: {
                        ["nach", "aus", "to", "from", "in", "into"].contains($0)
                    })
                {
                    flowValue = carried
                }
                // ("Das gesamte Defizit der USA im Warenhandel erreichte 2020 … einen Rekord": "im Warenhandel" says
                // which trade, the deficit what of it.)
                let qualifier = flowToken.map { $0 >= 1 && ["im", "in"].contains(words[$0 - 1]) } == true
                if let balance = cues.flows.first(where: { $0.flow == .balance }), flowValue == .total,
                    abs(balance.token - record.start) <= 12 || qualifier
                {
                    flowValue = .balance
                }
                // ("so viel mehr importiert als exportiert wie nie zuvor", "imported more than it exported": what
                // one flow exceeds the other by is the balance.)
                var importsExceed: Bool?
                if let importCue = cues.flows.first(where: { $0.flow == .imports }),
                    let exportCue = cues.flows.first(where: { $0.flow == .exports }),
                    case let (low, high) = (
                        min(importCue.token, exportCue.token), max(importCue.token, exportCue.token)
                    ),
                    high - low <= 4, words[low..<high].contains(where: { ["als", "than"].contains($0) }),
                    words[max(0, low - 3)...low].contains(where: { ["mehr", "more", "weniger", "less"].contains($0) })
                {
                    flowValue = .balance
                    let more = words[max(0, low - 3)...low].contains(where: { ["mehr", "more"].contains($0) })
                    importsExceed = more == (importCue.token < exportCue.token)
                }
                // "a record gap", "a record trade deficit": the noun the record word qualifies.
                if ((record.end + 1)..<min(words.count, record.end + 3)).contains(where: {
                    Lexicon.isDeficitWord(words[$0])
                }) {
                    flowValue = .balance
                }
                var recordPartner = ownCountry?.code ?? parties.partner
                // (The other partners the change the record ends may be about: its partner carried over, unsure.)
                var figureReadings: [String] = []
                // ("Das gesamte Defizit der USA im Warenhandel erreichte 2020 einen Rekord" after sentences about China:
                // a sentence that names no partner and speaks of the whole is the world's record.)
                if ownCountry == nil, !facts.mentions.contains(where: { $0.code != homeReporter }),
                    namesWholeFlow(in: 0..<words.count)
                {
                    recordPartner = "WORLD"
                }
                // ("Das bilaterale Defizit … erreichte einen Rekordwert und war fast so groß wie das mit Deutschland":
                // a country named only as the one compared with is not the record's.)
                if ownCountry == nil, let partner = parties.partner,
                    case let named = others.filter({ $0.code == partner }), !named.isEmpty,
                    named.allSatisfy({ isTheOneWith($0.token) }),
                    let spoken = discourse.mainPartner ?? discourse.partner, spoken != partner
                {
                    recordPartner = spoken
                }
                // ("U.S. imports of live animals from Mexico … totaled $1.07 billion …. Shipments peaked in April,
                // when dry pastures in northern Mexico pushed cattle north": a record of bare shipments, with no
                // figure, country or goods before it in its sentence, is the record of the goods a figure measured
                // just before, in that figure's frame.)
                var carriedProduct: Product?
                if figure == nil, let token = flowToken, token < record.start,
                    Lexicon.neutralShipmentNouns.contains(words[token]),
                    !facts.mentions.contains(where: { $0.token < record.start }),
                    !words[0..<record.start].contains(where: { Lexicon.product(of: $0) != nil }),
                    discourse.sentencesSinceMeasuredProduct <= 2,
                    let frame = discourse.lastFrames.last, frame.product != .total,
                    let frameFlow = frame.flow, frameFlow == .exports || frameFlow == .imports,
                    let framePartner = frame.partner
                {
                    flowValue = frameFlow
                    recordPartner = framePartner
                    carriedProduct = frame.product
                }
                // "the fall in imports from China, which had peaked in 2018": the peak of what the relative
                // pronoun points back to, not of a figure said before it.
                let pointedTo = (max(0, record.start - 3)..<record.start).first(where: {
                    ["which", "welche", "welcher"].contains(words[$0])
                }).flatMap { pronoun in
                    facts.mentions.last {
                        $0.token + $0.count == pronoun && $0.code.count == 3 && $0.code != homeReporter
                    }
                }
                if let pointedTo {
                    recordPartner = pointedTo.code
                    (flowValue, flowToken) = flow(near: tokens[pointedTo.token].range.lowerBound)
                    if mirrored(flowValue, flowToken: flowToken) {
                        flowValue = flowValue == .exports ? .imports : .exports
                    }
                } else if let figure,
                    figure.kind == .value || figure.kind == .composition || figure.kind == .share,
                    // ("American exports to France set a record in 2012, …, and the deficit … narrowed to $10.8
                    // billion": a figure after the record, of another flow than the one named before it, is not its.)
                    !(figure.claimedStart >= anchorOffset && figure.flow != flowValue
                        && flowToken.map { $0 < record.start } == true),
                    // ("Die USA kauften in Taiwan Waren für 87,8 Milliarden Dollar; das Defizit … erreichte einen Rekord":
                    // past a semicolon, the record's own clause names its flow.)
                    !ownClauseFlow(flowToken, record: record.start, figureStart: figure.claimedStart)
                {
                    flowValue = figure.flow
                    recordPartner = figure.partner
                } else if let figure, figure.kind == .change, figure.flow == flowValue, ownCountry == nil,
                    let changePartner = figure.partner
                {
                    // ("Gleichzeitig sind die amerikanischen Exporte um 13 Prozent eingebrochen, auf einen Wert, so
                    // niedrig wie seit 2010 nicht mehr": the level the change of the same flow ended at, whoever's
                    // partner the sentences before named.)
                    recordPartner = changePartner
                    figureReadings = figure.partnerReadings
                }
                // ("… wies das Census Bureau ein Defizit mit Deutschland von 74,2 Milliarden Dollar aus. Das war ein Rekord,
                // und nach China …": a record said of "das"/"that" opening the sentence, in a clause with no figure,
                // country, flow or period of its own, is the frame of the figure said last.)
                var pointedFrame: FigureFrame?
                if Lexicon.pointBackWords.contains(words[0]), record.start <= 4, figure == nil, pointedTo == nil,
                    let frame = discourse.lastFrames.last, let frameFlow = frame.flow, let framePartner = frame.partner
                {
                    let ownEnd =
                        ((record.end + 1)..<words.count).first(where: { index in
                            commaBetween(index - 1, index) || ["und", "and", "but", "aber"].contains(words[index])
                        }) ?? words.count
                    let own = 0..<ownEnd
                    if !cues.flows.contains(where: { own.contains($0.token) }),
                        !facts.mentions.contains(where: { own.contains($0.token) }),
                        !periodMentions.contains(where: { own.contains(tokenIndex(of: $0.range.lowerBound)) })
                    {
                        pointedFrame = frame
                        flowValue = frameFlow
                        recordPartner = framePartner
                    }
                }
                // "fell to 16.5%, from a peak of 21.6% in 2017": the record of a share.
                // "The share had reached its peak in 2017", "its share of U.S. goods imports slipped to the lowest
                // since 2008": a share is the record's subject (in its clause, nothing coordinated between); "Es war
                // der Höhepunkt" right after a share, with no flow or country of its own: the share's record.
                let shareNamed = (max(clauseStart ?? 0, record.start - 14)..<record.start).contains { index in
                    Lexicon.shareNouns.contains(words[index])
                        && !words[index..<record.start].contains(where: {
                            ["and", "und", "while", "während"].contains($0)
                        })
                        // ("China's share of U.S. goods imports fell again in 2023, to the lowest level since 2004": a
                        // comma before the level the share fell to does not end its clause.)
                        && !((index + 1)..<record.start).contains { at in
                            commaBetween(at - 1, at)
                                && !["to", "auf", "the", "a", "its", "at", "den", "dem", "einen", "einem", "ihren"]
                                    .contains(words[at])
                        }
                }
                // ("That is about 1 percent of all goods …, but it was also the highest figure since 2011": a record in
                // a clause of its own after ", but" speaks of the level, not of the share before it.)
                let shareApart =
                    figure.map { share in
                        share.kind == .share && share.claimedEnd <= anchorOffset
                            && (0..<record.start).contains { index in
                                scalarOffset(tokens[index].range.lowerBound) > share.claimedEnd
                                    && ["but", "aber", "doch", "yet"].contains(words[index]) && index > 0
                                    && commaBetween(index - 1, index)
                            }
                    } ?? false
                let ofShare =
                    pointedTo == nil && !shareApart
                    && (figure?.kind == .share
                        || figure == nil
                            && (shareNamed
                                || discourse.sentencesSinceShare == 0 && flowToken == nil && facts.mentions.isEmpty
                                    // (Not after a part of goods: "30 Prozent der Importe sind Öl. Den Rekord gab es
                                    // 2022" is the imports' record.)
                                    && discourse.shareOfAllGoods))
                // The period: the one named nearest the record (not the "since" year), else the figure's.
                let sinceRange = record.sinceToken.map { tokens[$0].range }
                // ("That was a record for trade with Mexico, and it pushed China, which held the top spot as recently
                // as 2020, into third place": a relative clause the record is not in tells of something else.)
                let outsideRelatives = Set(withoutRelativeClauses(0..<words.count, keeping: record.start))
                let named = periodMentions.filter { mention in
                    // (But "twice the previous full-year record, which was set in 2019": a relative clause right after
                    // the record tells when it was set.)
                    let at = tokenIndex(of: mention.range.lowerBound)
                    if !outsideRelatives.contains(at) {
                        let opens = (0..<at).last(where: { outsideRelatives.contains($0) }).map { $0 + 1 } ?? 0
                        if opens < record.start || opens - record.start > 4 { return false }
                    }
                    // "rose to a record $74.9 billion, from $44.6 billion in 2019": not the record's period;
                    // but "down from the 2022 peak", "from 2015, when it peaked": the record's own.
                    // ("nie höher als 2011": the year a peak stands on is its own.)
                    let peakYear = record.isPeak && tokenIndex(of: mention.range.lowerBound) == record.start
                    if isBasePeriod(mention), !namesTheRecord(mention, record), !peakYear { return false }
                    // ("the largest on record and half as large again as in 2023": the other side of a comparison.)
                    if isComparisonBase(mention), !peakYear { return false }
                    guard let sinceRange else { return true }
                    return !mention.range.overlaps(sinceRange)
                }
                // ("Den Höhepunkt erreichten die Einfuhren in diesem Jahr im Mai": the year is where the peak is
                // looked for, the month is the peak.)
                // ("the highest monthly total of 2014 so far": a monthly record of a year named by its number.)
                let ofNamedYear =
                    record.monthly
                    && named.contains { mention in
                        guard case .single(let year) = mention.kind, !year.isMonth else { return false }
                        let at = tokenIndex(of: mention.range.lowerBound)
                        return at > record.end && at - record.end <= 4
                            && ["of", "in", "for", "des", "im"].contains(words[at - 1])
                    }
                let thisYear =
                    ofNamedYear
                    || zip(words, words.dropFirst()).contains { pair in
                        (["diesem", "dieses", "laufenden"].contains(pair.0) && ["jahr", "jahres"].contains(pair.1))
                            || (pair.0 == "this" && pair.1 == "year")
                    }
                let monthInTheYear =
                    thisYear
                    ? named.first(where: {
                        if case .monthOnly = $0.kind { return true }
                        return false
                    }) : nil
                // (The year's high reached in a month is the peak of the year's months so far; "so hoch wie noch nie
                // in diesem Jahr", "so wenig wie in keinem anderen Monat dieses Jahres" are records of their time.)
                let yearsPeakMonth =
                    monthInTheYear != nil
                    && !words.contains(where: { ["nie", "never", "ever", "jemals", "keinem", "any"].contains($0) })
                // (In the record's clause first: "2021 … erreichten die Einfuhren ihren Höhepunkt; damals liefen …".)
                let distance = { (mention: PeriodMention) -> Int in
                    let token = tokenIndex(of: mention.range.lowerBound)
                    let (low, high) = (min(token, record.start), max(token, record.start))
                    let apart =
                        low < high && high < tokens.count
                        && text[tokens[low].range.upperBound..<tokens[high].range.lowerBound].contains(where: {
                            ";:".contains($0)
                        })
                    return abs(token - record.start) + (apart ? 100 : 0)
                }
                let nearest = monthInTheYear ?? named.min { distance($0) < distance($1) }
                var recordPeriod = nearest.flatMap(resolvePeriod)
                if let figure, figure.kind == .value || ofShare, let figurePeriod = figure.period {
                    recordPeriod = recordPeriod ?? figurePeriod
                    // "a peak of 21.6% in 2017": the record's own figure dates it.
                    // ("plunged 29% from March to $94.7 billion, the lowest monthly level since 2010": the figure the
                    // record stands next to, set off by a comma, dates it, not the change's base.)
                    let recordOffset = scalarOffset(tokens[record.start].range.lowerBound)
                    let appositive =
                        figure.claimedEnd <= recordOffset && recordOffset - figure.claimedEnd <= 8
                        && (max(0, record.start - 2)..<record.start).contains(where: { commaBetween($0, $0 + 1) })
                    if right != nil || appositive
                        || nearest.map({ tokenIndex(of: $0.range.lowerBound) }).map({ abs($0 - record.start) > 10 })
                            ?? true
                    {
                        recordPeriod = figurePeriod
                    }
                }
                // ("… a little less than in 2011, which was a record", "2015, das ein Rekordjahr war": the period the
                // relative pronoun points back to.)
                if let pronoun = (max(1, record.start - 3)..<max(1, record.start)).last(where: {
                    ["which", "welches", "das", "was"].contains(words[$0])
                }),
                    let pointed = periodMentions.last(where: { mention in
                        let end = tokenIndex(of: mention.range.upperBound)
                        return end <= pronoun && pronoun - end <= 1 && !mention.text.contains(" ")
                    }),
                    let resolved = resolvePeriod(pointed)
                {
                    recordPeriod = resolved
                }
                // ("jumped by almost a third from 2023's $87.8 billion, to the highest level ever recorded", "von 40 auf ein
                // Rekordhoch"): a record reached is the level the change ended at, not the base's; without a change
                // that names its end, none the sentence gives.
                let determiners: Set<String> = [
                    "a", "an", "the", "its", "their", "ein", "einen", "einem", "den", "dem", "das", "ihr", "ihren",
                    "ihrem",
                    "sein", "seinen", "seinem",
                ]
                // (The preposition's object: only an article between it and the record words.)
                let governing = { (prepositions: Set<String>) -> Bool in
                    guard
                        let at = (max(0, record.start - 3)..<record.start).last(where: {
                            prepositions.contains(words[$0])
                        })
                    else { return false }
                    return words[(at + 1)..<record.start].allSatisfy(determiners.contains)
                }
                if nearest == nil, cues.change || cues.rise || cues.decline, governing(["to", "auf"]),
                    let figure, figure.kind == .value, figure.claimedEnd <= anchorOffset,
                    let figureToken = tokens.indices.first(where: {
                        scalarOffset(tokens[$0].range.lowerBound) >= figure.claimedStart
                    }),
                    words[max(0, figureToken - 3)..<figureToken].contains(where: { ["from", "von"].contains($0) })
                {
                    guard let change = sentenceFigures.last(where: { $0.kind == .change && $0.period != nil }),
                        let end = change.period?.last
                    else { continue }
                    recordPeriod = .single(end)
                }
                // ("That's up 71% from April's $540 million and the biggest monthly bill since February": a record joined
                // by "and" to a change's base speaks of the change's end, as the change does, not of the base.)
                if let figure, figure.kind == .value, figure.claimedEnd <= anchorOffset,
                    nearest.flatMap(resolvePeriod) == nil || nearest.flatMap(resolvePeriod) == figure.period,
                    let figureToken = tokens.indices.first(where: {
                        scalarOffset(tokens[$0].range.lowerBound) >= figure.claimedStart
                    }),
                    words[max(0, figureToken - 3)..<figureToken].contains(where: { ["from", "von"].contains($0) }),
                    let joint = ((figureToken + 1)..<record.start).first(where: { ["and", "und"].contains(words[$0]) }),
                    record.start - joint <= 3,
                    let change = sentenceFigures.last(where: {
                        $0.kind == .change && $0.claimedEnd <= figure.claimedStart
                    }),
                    case .span(let base, let end)? = change.period, figure.period == .single(base)
                {
                    recordPeriod = .single(end)
                }
                // ("were $40.3 billion in 2023, down from a record set the year before", "up from a record low"): a record
                // the figure moved away from is the base's, a year before the period read when the words say so; without
                // a period of its own, none the sentence gives.
                // ("shrank by 14% last year, from the record it set in 2015": a period right after the record is its
                // own.)
                let ownAfter = periodMentions.first(where: { mention in
                    let token = tokenIndex(of: mention.range.lowerBound)
                    return token > record.end && token - record.end <= 6
                        && !words[(record.end + 1)..<token].contains(where: {
                            ["and", "und", "but", "aber"].contains($0)
                        })
                })
                let fromRecord = governing(["from", "von", "vom"])
                if fromRecord, let ownAfter, let own = resolvePeriod(ownAfter) {
                    recordPeriod = own
                } else if fromRecord,
                    !named.contains(where: { mention in namesTheRecord(mention, record) })
                {
                    let after = words[min(words.count, record.end + 1)..<min(words.count, record.end + 7)]
                    let yearBefore =
                        after.contains(where: { $0.hasPrefix("vorjahr") })
                        || (after.contains(where: { ["before", "earlier", "previous", "prior"].contains($0) })
                            && after.contains("year"))
                    guard yearBefore, case .single(let read)? = recordPeriod, !read.isMonth else { continue }
                    recordPeriod = .single(.year(read.year - 1))
                }
                if let pointedFrame, nearest == nil, let framePeriod = pointedFrame.period, framePeriod.isSingle {
                    recordPeriod = framePeriod
                }
                recordPeriod = recordPeriod ?? sameMonthNamed() ?? contextPeriod
                // ("The high-water mark came in 2018, when exports reached $83.5 billion from January through August":
                // the record's year stands for the run of months its own figure gives, compared with the same months
                // of the other years.)
                let runs = periodMentions.compactMap { mention -> PeriodRange? in
                    guard tokenIndex(of: mention.range.lowerBound) > record.end,
                        sentenceFigures.contains(where: {
                            $0.kind == .value && $0.unit == .usd && $0.claimedStart > anchorOffset
                                && $0.claimedEnd <= scalarOffset(mention.range.lowerBound)
                                && scalarOffset(mention.range.lowerBound) - $0.claimedEnd <= 3
                        }),
                        case .months(let range)? = resolvePeriod(mention), range.first.year == range.last.year
                    else { return nil }
                    return range
                }
                if case .single(let year)? = recordPeriod, !year.isMonth, runs.count == 1,
                    runs[0].first.year == year.year
                {
                    recordPeriod = .months(runs[0])
                }
                // "US-Defizit mit Irland auf Rekordhoch", "TRADE GAP SMASHES RECORD!": a record in a headline or
                // opening line, before the article names any period, is the news of the day: the latest year
                // published, read as such (unsure; the lede's period is a reading too).
                // (Only the article's first line, a headline without a full stop: further on, a record without a
                // period is one of a time the sentence leaves unsaid, "below its pre-crisis peak".)
                let openingGuess =
                    recordPeriod == nil && discourse.period == nil && discourse.mainPeriod == nil
                    && facts.sentence.start <= 2
                    && !facts.sentence.text.trimmingCharacters(in: .whitespacesAndNewlines).hasSuffix(".")
                // (A month's record, "Rekordmonat", the latest month published.)
                if openingGuess {
                    recordPeriod =
                        record.monthly ? periods.date.map { .single($0.latestPublishedMonth) } : latestYear
                }
                guard let recordPeriod else { continue }
                // The period the claim spans is the one that dates the record.
                let spanned =
                    fromRecord && ownAfter != nil
                    ? ownAfter
                    : right == nil
                        ? nearest
                        : periodMentions.first {
                            $0.range.lowerBound >= tokens[record.end].range.upperBound
                                && resolvePeriod($0) == recordPeriod
                        } ?? nearest
                var lowest = record.lowest
                // "Germany's surplus … the peak year for the German gap": the partner's surplus is the
                // reporter's deficit.
                let partnersSurplus = facts.mentions.contains { mention in
                    mention.code != homeReporter && (mention.form == .genitive || mention.form == .adjective)
                        && mention.token + mention.count < words.count
                        && ["surplus", "überschuss", "handelsüberschuss"].contains(words[mention.token + mention.count])
                }
                if flowValue == .balance,
                    importsExceed ?? (cues.deficit || discourse.deficit || partnersSurplus)
                        && (!cues.surplus || partnersSurplus)
                {
                    lowest = !lowest
                }
                // The span: the record words, with the period they name when it stands close by.
                var recordMark: (Int, Int)?
                var spanStart = tokens[record.start].range.lowerBound
                var spanEnd = tokens[record.end].range.upperBound
                if let spanned, record.sinceToken == nil,
                    abs(tokenIndex(of: spanned.range.lowerBound) - record.start) <= 24
                {
                    let unionStart = min(spanStart, spanned.range.lowerBound)
                    let unionEnd = max(spanEnd, spanned.range.upperBound)
                    let (from, to) = (scalarOffset(unionStart), scalarOffset(unionEnd))
                    if found.claims.contains(where: {
                        $0.claimedStart < to && $0.claimedEnd > from
                    }) {
                        // A figure stands between: the claim spans the period and the record words,
                        // and the article marks the record words alone.
                        recordMark = (scalarOffset(spanStart), scalarOffset(spanEnd))
                    }
                    (spanStart, spanEnd) = (unionStart, unionEnd)
                }
                var claim = FoundClaim(
                    sentence: facts.sentence, kind: record.isPeak || yearsPeakMonth ? .peak : .record,
                    reporter: reporter,
                    partner: recordPartner, flow: flowValue, product: figure?.product ?? carriedProduct ?? .total,
                    period: recordPeriod,
                    claimedText: String(text[spanStart..<spanEnd]), claimedStart: scalarOffset(spanStart),
                    claimedEnd: scalarOffset(spanEnd), value: nil, unit: .none, hedge: .exact, rounding: 0,
                    lowest: lowest, rankedCountry: nil, rank: record.position, signExplicit: false)
                if let since = record.sinceToken, let month = PeriodFinder.months[words[since]] {
                    // "seit Januar" for a later month: that January of the record's year. (A month named after the
                    // record's own may be the year before's or a slip; a year's record gets no stretch from a month.
                    // On the held-out corpora the year before's reading cost a false alarm.)
                    if let recordMonth = recordPeriod.last.month, month < recordMonth {
                        claim.recordSince = .month(recordPeriod.last.year, month)
                    }
                } else if let since = record.sinceToken, let year = Int(words[since]) {
                    // "the highest since March 2023": the month named before the year.
                    let named = since > 0 ? PeriodFinder.months[words[since - 1]] : nil
                    // (A year alone, for a month: any of its months; "so niedrig wie seit 2010 nicht mehr".)
                    claim.recordSince =
                        recordPeriod.last.isMonth ? named.map { .month(year, $0) } ?? .year(year) : .year(year)
                    // (Every year from it on lower, with no claim about the year before: as "within", from the year
                    // before it.)
                    if record.sinceInclusive, !recordPeriod.last.isMonth {
                        claim.recordSince = .year(year - 1)
                        claim.recordWithin = true
                    }
                }
                if record.sinceToken == nil, let months = record.withinMonths {
                    let last = recordPeriod.last
                    if let month = last.month {
                        let index = last.year * 12 + (month - 1) - months
                        claim.recordSince = .month(index / 12, index % 12 + 1)
                    } else {
                        claim.recordSince = .year(last.year - max(1, months / 12))
                    }
                    claim.recordWithin = true
                }
                claim.recordMonthly = record.monthly
                // ("Monthly purchases peaked in May and have eased since", in an article of September: the
                // peak of this year's months, not of all time.)
                // ("Den bisherigen Höchststand des Jahres hatten die Einfuhren im Mai erreicht", "the year's high so
                // far": the year's months, whatever the record word.)
                // ("so wenig wie in keinem anderen Monat dieses Jahres", "lower than in any other month this year".)
                let ofTheYear =
                    thisYear
                    || zip(words, words.dropFirst()).contains { pair in
                        (pair.0 == "des" && pair.1 == "jahres")
                            || (pair.0 == "year's" && ["high", "highest"].contains(pair.1))
                    } || words.contains { $0.hasPrefix("jahreshöchst") || $0 == "jahreshoch" || $0 == "year-high" }
                if record.isPeak || ofTheYear, claim.recordSince == nil, let nearest, case .monthOnly = nearest.kind,
                    recordPeriod.isSingle, recordPeriod.last.isMonth,
                    let date = periods.date, recordPeriod.last.year == date.latestPublishedMonth.year
                {
                    claim.recordWithinYear = true
                }
                claim.recordOfShare = ofShare
                // ("a step down from the all-time high reached in 2012", in 2015.)
                // ("Ihren bisherigen Höchststand erreichten die Exporte nach Malaysia im Jahr 2008", in 2019; "Den Rekord
                // von 2008 hat der Handel … noch nicht wieder erreicht": the record to date, as the article appeared, not
                // one when it was set.)
                let recordWords = words[max(0, record.start - 2)...min(words.count - 1, record.end)]
                claim.recordAllTime =
                    words[record.start] == "all-time"
                    || recordWords.contains(where: { $0.hasPrefix("bisherig") || $0 == "bislang" })
                    // ("Die amerikanischen Ausfuhren erreichten ihren Höchststand 2012", "exports reached their peak in
                    // 2013": their own highest level, of all the years.)
                    || (record.start > 0
                        && ["ihren", "ihr", "seinen", "sein", "their", "its"].contains(words[record.start - 1])
                        && record.sinceToken == nil)
                    || zip(words, words.dropFirst()).contains(where: { pair in
                        (pair.0 == "to" && pair.1 == "date") || (pair.0 == "nicht" && pair.1 == "wieder")
                            || (pair.0 == "nie" && pair.1 == "wieder") || (pair.0 == "never" && pair.1 == "again")
                    })
                // ("Die Vereinigten Staaten haben im vergangenen Jahr so viel mehr importiert als exportiert wie nie
                // zuvor" after sentences about China: a record whose sentence names the reporter and no partner may be
                // the reporter's with the world; the partner carried over is one reading, and unsure.)
                if let partner = recordPartner, partner != "WORLD", ownCountry == nil,
                    !facts.mentions.contains(where: { $0.code != homeReporter }),
                    importsExceed != nil
                        && facts.mentions.contains(where: { $0.code == homeReporter && $0.form == .name })
                        || namesWholeFlow(in: 0..<words.count),
                    // ("Bilateral trade hit its all-time high in 2021, … as American imports surged": the pair's.)
                    !parties.saysBilateral
                {
                    claim.partnerReadings = ["WORLD"]
                }
                if claim.partnerReadings.isEmpty { claim.partnerReadings = figureReadings }
                if openingGuess {
                    claim.frameInferred = true
                    claim.periodGuessed = true
                }
                if !namesPeriod {
                    claim.periodReadings = [contextPeriod, discourse.mainPeriod, latestYear].compactMap { $0 }.filter {
                        $0 != recordPeriod
                    }
                    // ("Man muss dazusagen, dass 2022 ein Ausreißer nach oben war. Mit 3,4 Mrd. Dollar war das ein
                    // Rekordjahr": or the year the sentence before named; a record that holds only for it is unsure, not
                    // wrong.)
                    if let year = discourse.previousSentenceYear, ClaimPeriod.single(.year(year)) != recordPeriod {
                        claim.unsurePeriodReadings.append(.single(.year(year)))
                    }
                }
                // "the highest for any September on record": the same month of every year.
                // ("the highest for any month since March 2023" is every month.)
                // ("the highest for that month in the bureau's records", "der höchste Wert für diesen Monat": the
                // month named before, among its own kind.)
                let forThatMonth = forTheSameMonth(in: max(0, record.start - 8)..<(record.end + 4))
                if let month = recordPeriod.last.month,
                    forThatMonth
                        || words.indices.dropLast().contains(where: {
                            ["any", "einen", "jeden", "keinem", "no"].contains(words[$0])
                                && PeriodFinder.months[words[$0 + 1]] == month
                        })
                        // ("the highest February total on record", "the strongest March ever": the month the
                        // superlative itself qualifies.)
                        || (max(record.start, 1)..<min(words.count, record.end + 2)).contains(where: { index in
                            PeriodFinder.months[words[index]] == month
                                && (RecordFinder.highWords.contains(words[index - 1])
                                    || RecordFinder.lowWords.contains(words[index - 1]))
                        })
                {
                    claim.recordSameMonth = true
                } else if !recordPeriod.last.isMonth, let named = sameMonthNamed() {
                    // (A year from the context: the month the record words name.)
                    claim.period = named
                    claim.periodReadings = []
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
                    let preferred = discourse.flow.flatMap { $0.isStored ? $0 : nil }
                    claim.flowReadings = ([preferred].compactMap { $0 } + [.exports, .imports]).firstOccurrences()
                }
                // ("Exports of services … reached a record $515.9 billion": the record of a figure out of the
                // store's scope is out of it too.)
                claim.outOfScope =
                    scope(of: max(0, record.start - 8)..<(record.end + 3))
                    ?? (figure.flatMap { $0.period == recordPeriod ? $0.outOfScope : nil })
                // ("the high-water mark of 2021, when a spike in prices pushed American purchases of South African goods
                // to their highest level on record": a peak and a record of one period said in one sentence are one
                // claim; the flow is the one a word of the sentence says, not the one carried from before.)
                if let same = found.claims.indices.first(where: { index in
                    let other = found.claims[index]
                    return flowWorded[index] != nil && [.record, .peak].contains(other.kind) && other.kind != claim.kind
                        && other.partner == claim.partner && other.product == claim.product
                        && other.period == claim.period && other.lowest == claim.lowest && other.flow != claim.flow
                        && flowWorded[index] != (flowToken != nil)
                }) {
                    if flowToken != nil {
                        found.claims[same].flow = claim.flow
                        found.claims[same].flowReadings = claim.flowReadings
                        flowWorded[same] = true
                    }
                    continue
                }
                // ("Das ist ein Rekord: Ein größeres Defizit … hat die Statistik noch nie ausgewiesen": one record said
                // twice in a sentence is one claim.)
                // (The one that says "record" in so many words stands for both: "Noch nie … so viel … – ein Rekordwert".)
                if let same = found.claims.firstIndex(where: { other in
                    (other.kind == .record || other.kind == .peak) && other.kind == claim.kind
                        && other.partner == claim.partner && other.flow == claim.flow && other.product == claim.product
                        && other.period == claim.period && other.lowest == claim.lowest
                        && other.recordSince == claim.recordSince
                        // ("the second-highest monthly total on record": one record with its place, said once.)
                        && (other.rank == claim.rank
                            || (other.claimedStart < claim.claimedEnd && claim.claimedStart < other.claimedEnd))
                }) {
                    if found.claims[same].rank != claim.rank {
                        if claim.rank > found.claims[same].rank { found.claims[same] = claim }
                        continue
                    }
                    let saysRecord = { (text: String) in
                        let lower = text.lowercased()
                        return lower.contains("record") || lower.contains("rekord")
                    }
                    if saysRecord(claim.claimedText), !saysRecord(found.claims[same].claimedText) {
                        found.claims[same] = claim
                    }
                    continue
                }
                flowWorded[found.claims.count] = flowToken != nil
                found.claims.append(claim)
                found.claimedFlow = found.claimedFlow ?? flowValue
                // (A period guessed for an opening record is no period the article said.)
                if !openingGuess { found.claimedPeriod = found.claimedPeriod ?? recordPeriod }
            }
        }
    }

    /// "the highest for that month", "der höchste Wert für diesen Monat": "for that month" within `range` (the record
    /// words and the few words around them).
    func forTheSameMonth(in range: Range<Int>) -> Bool {
        let determiners: Set<String> = ["that", "the", "this", "diesen", "den", "einen"]
        for index in range where index + 2 < words.count {
            guard ["for", "für"].contains(words[index]), determiners.contains(words[index + 1]) else { continue }
            if ["month", "monat"].contains(words[index + 2]) { return true }
        }
        return false
    }

    /// "so groß wie in keinem Januar zuvor", "the largest for any January on record", in a headline of March 2018:
    /// the January published last, to be ranked among the Januaries.
    func sameMonthNamed() -> ClaimPeriod? {
        guard let date = periods.date, let latest = date.latestPublishedMonth.month,
            let marker = words.indices.dropLast().first(where: {
                ["any", "keinem", "no"].contains(words[$0]) && PeriodFinder.months[words[$0 + 1]] != nil
            }),
            let month = PeriodFinder.months[words[marker + 1]]
        else { return nil }
        return .single(.month(date.latestPublishedMonth.year - (month <= latest ? 0 : 1), month))
    }

    /// Whether a period names the record's own time although a base marker stands before it:
    /// right before the record words ("the 2022 peak"), right after a record noun ("im Rekordjahr 2015") or
    /// followed by "when" ("2015, when it peaked").
    func namesTheRecord(_ mention: PeriodMention, _ record: RecordMention) -> Bool {
        let token = tokenIndex(of: mention.range.lowerBound)
        let end = tokenIndex(of: mention.range.upperBound)
        // ("down from the 2022 peak"; not "a decline of 9.2% from 2013 and the lowest since 2010", where the record
        // is said of the figure, not of the base.)
        if record.start > token, record.start - end <= 2,
            !words[min(end, record.start)..<record.start].contains(where: {
                ["and", "und", "sowie", "or", "oder"].contains($0)
            })
        {
            return true
        }
        // ("etwas weniger als im Rekordjahr 2015", "the record year of 2022": the year right after a record noun.)
        if token > record.end, token - record.end <= 2,
            words[record.end].hasSuffix("jahr") || words[record.end].hasSuffix("monat")
                || ["year", "month", "high", "peak"].contains(words[record.end])
                || (record.end + 1 < words.count && ["year", "month"].contains(words[record.end + 1]))
        {
            return true
        }
        return words[min(end, words.count)..<min(words.count, end + 2)].contains {
            ["when", "als", "wo", "where"].contains($0)
        }
    }

    /// Whether a record's flow word stands in its own clause, past a semicolon or colon after a figure said before it.
    func ownClauseFlow(_ flowToken: Int?, record: Int, figureStart: Int) -> Bool {
        guard let flowToken, flowToken < record,
            let figureToken = tokens.indices.first(where: { scalarOffset(tokens[$0].range.lowerBound) >= figureStart }),
            figureToken < flowToken
        else { return false }
        return clauseBreak(from: figureToken, to: flowToken) && !clauseBreak(from: flowToken, to: record)
    }
}

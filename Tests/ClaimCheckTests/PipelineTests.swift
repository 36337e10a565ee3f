import Foundation
import Testing
import TradeModel

@testable import ClaimCheck

/// The claim finder's pipeline, one stage at a time: sentence facts, parties and clause attachment,
/// the rules per kind of claim, and what the discourse carries from one sentence to the next.
@Suite("Claim finder pipeline")
struct PipelineTests {
    let countries = CountryMatcher(catalog: .bundled)
    let date = PublicationDate(year: 2024, month: 6, day: 15)

    func facts(_ text: String, language: Language = .en) -> SentenceFacts {
        var lexicon: [String: WordInfo] = [:]
        return SentenceFacts(
            TextSpan(text: text, start: 0, end: text.unicodeScalars.count),
            figures: FigureExtractor(language: language), periods: PeriodFinder(date: date), countries: countries,
            homeReporter: "USA", lexicon: &lexicon)
    }

    func reader(_ text: String, language: Language = .en, discourse: Discourse = Discourse()) -> ClauseReader {
        let facts = facts(text, language: language)
        var parties = Parties(facts, homeReporter: "USA")
        parties.complete(from: discourse, homeReporter: "USA")
        return ClauseReader(
            facts, parties: parties, discourse: discourse, periods: PeriodFinder(date: date), homeReporter: "USA")
    }

    // MARK: - Stage 1: sentence facts

    @Test func factsKeepTradeFiguresOnly() {
        let sentence = facts("A 25% tariff hit $3.1 billion of imports from China and 2 million barrels of oil.")
        #expect(sentence.figures.map(\.unit) == [.usd, .quantity])
        #expect(sentence.figures.first?.value == 3.1e9)
        #expect(sentence.mentions.map(\.code) == ["CHN"])
        #expect(sentence.cues.flows.map(\.flow) == [.imports])
        let people = facts("Indien hat 1,4 Milliarden Einwohner.", language: .de)
        #expect(people.figures.isEmpty)
        // Rates on goods, listed rates, investments: not trade figures.
        let rates = facts(
            "Die EU erhebt einen Zoll von 10 Prozent, Washington nur 2,5 Prozent, dazu 25 Prozent auf Stahl.",
            language: .de)
        #expect(rates.figures.isEmpty)
        let invest = facts(
            "TSMC kündigte Investitionen von 100 Milliarden Dollar an, insgesamt wären es 165 Milliarden.",
            language: .de)
        #expect(invest.figures.isEmpty)
        let trade = facts("Die Exporte nach China stiegen 2017 um 10 Prozent auf 130 Milliarden Dollar.", language: .de)
        #expect(trade.figures.map(\.unit) == [.percent, .usd])
    }

    @Test func factsReadTheWholeSentenceScope() {
        #expect(facts("According to Chinese customs, exports to the U.S. rose 5%.").scope == .otherSource)
        #expect(
            facts("Das indische Handelsministerium weist 128,6 Milliarden Dollar aus.", language: .de).scope
                == .otherSource)
        // A forecast or a pledge is its clause's matter, not the whole sentence's.
        let forecast = ClaimFinder().claims(
            in:
                "Die Exporte lagen 2024 bei 143,5 Milliarden Dollar, doch Peking hatte Käufe über 200 Milliarden Dollar zugesagt.",
            language: .de, date: nil)
        #expect(forecast.map(\.outOfScope) == [nil, .forecast])
        #expect(facts("Exports to Canada rose 5% in 2023.").scope == nil)
    }

    // MARK: - Stage 2: parties and clauses

    @Test func partiesFromTheSentenceThenTheDiscourse() {
        let both = Parties(facts("Germany's exports to China fell in 2023."), homeReporter: "USA")
        #expect(both.reporter == "DEU" && both.partner == "CHN")
        let home = Parties(facts("U.S. imports from Mexico rose."), homeReporter: "USA")
        #expect(home.reporter == "USA" && home.partner == "MEX")
        var none = Parties(facts("Imports rose 4% in May."), homeReporter: "USA")
        var discourse = Discourse()
        discourse.partner = "JPN"
        none.complete(from: discourse, homeReporter: "USA")
        #expect(none.partner == "JPN")
        var first = Parties(facts("Imports rose 4% in May."), homeReporter: "USA")
        first.complete(from: Discourse(), homeReporter: "USA")
        #expect(first.partner == "WORLD")
    }

    @Test func eachFigureTakesTheFlowAndPeriodOfItsClause() {
        let sentence = reader(
            "The U.S. sold $2.1 billion of goods to Brazil in May 2023, while buying $3.4 billion in 2022.")
        let figures = sentence.figures
        #expect(figures.count == 2)
        let sold = sentence.figureDraft(figures[0], index: 0, earlier: [])
        let bought = sentence.figureDraft(figures[1], index: 1, earlier: [])
        #expect(sold.flow == .exports && bought.flow == .imports)
        #expect(sold.period == .single(.month(2023, 5)))
        #expect(bought.period == .single(.year(2022)))
        // A clause runs from the figure before to the figure after.
        #expect(sold.clause.upperBound == bought.token && bought.clause.lowerBound > sold.token)
    }

    @Test func periodsResolveAgainstThePublicationDate() {
        let sentence = reader("In the first four months of the year, exports to Canada reached $120 billion.")
        let draft = sentence.figureDraft(sentence.figures[0], index: 0, earlier: [])
        #expect(draft.period == .months(PeriodRange(.month(2024, 1), .month(2024, 4))))
    }

    // MARK: - Stage 3: one rule per kind

    @Test func theFigureRuleClassifiesByTheWordsAround() {
        func kinds(_ text: String) -> [ClaimKind] {
            var found = SentenceClaims()
            reader(text).figureClaims(into: &found)
            return found.claims.map(\.kind)
        }
        #expect(kinds("Exports to Canada rose 8.7% in 2023.") == [.change])
        #expect(kinds("Canada accounted for 14% of U.S. exports in 2023.") == [.share])
        #expect(kinds("U.S. imports of cars from Mexico came to $130 billion in 2023.") == [.composition])
        #expect(kinds("Imports from China were $427 billion in 2023.") == [.value])
        #expect(kinds("The deficit with China is three times as large as the deficit with Germany.") == [.comparison])
        #expect(kinds("The unemployment rate was 4% in 2023.") == [])
    }

    @Test func theFigurelessRulesFindTrendsSharesAndProducts() {
        var trend = SentenceClaims()
        reader("Between 2014 and 2022, exports to Russia collapsed.").trendClaims(into: &trend)
        #expect(trend.claims.first?.kind == .change && trend.claims.first?.trendDirection == -1)
        #expect(trend.claims.first?.trendStrong == true)
        var small = SentenceClaims()
        reader("Exports to Russia were only a fraction of U.S. exports in 2023.").smallShareClaims(into: &small)
        #expect(small.claims.first?.smallShare == true)
        var products = SentenceClaims()
        reader("Russland exportiert vor allem Platin und Düngemittel in die USA.", language: .de)
            .mainProductClaims(into: &products)
        #expect(products.claims.map(\.product) == [.hs("71"), .hs("31")])
    }

    @Test func theRankRuleRanksTheCountryBeforeThePlace() {
        var found = SentenceClaims()
        reader("In 2023 Mexico was the largest supplier of U.S. imports, ahead of China.").rankClaims(into: &found)
        #expect(found.claims.count == 1)
        #expect(found.claims.first?.rankedCountry == "MEX")
        #expect(found.claims.first?.rank == 1 && found.claims.first?.flow == .imports)
    }

    @Test func respectivelyBeforeOrAfterTheListAndTheSignAfterTheFrame() {
        let finder = ClaimFinder()
        let after = finder.claims(
            in:
                "Imports from Ireland rose to $66.1 billion in 2020 and exports to $10.7 billion, respectively 6.7% and 8.9% above their 2019 levels.",
            language: .en, date: nil)
        #expect(after.filter { $0.kind == .change }.map(\.flow) == [.imports, .exports])
        #expect(
            after.filter { $0.kind == .change }.map(\.period) == [
                .span(.year(2019), .year(2020)), .span(.year(2019), .year(2020)),
            ])
        // A listed figure read as exports keeps its sign although the sentence speaks of a deficit.
        let listed = finder.claims(
            in:
                "In 2014 the deficit with Japan was $10.6 billion and exports to Japan $10.8 billion, against $12.1 billion and $10.1 billion, respectively, in 2013.",
            language: .en, date: nil)
        #expect(listed.map(\.flow) == [.balance, .exports, .balance, .exports])
        #expect(listed.map(\.value) == [-10.6e9, 10.8e9, -12.1e9, 10.1e9])
    }

    @Test func eachChangeTakesTheDirectionOfItsOwnSideOfAContrast() {
        let claims = ClaimFinder().claims(
            in:
                "In den ersten fünf Monaten 2013 kamen Waren für 45,4 Milliarden Dollar aus Deutschland, 3,7 Prozent mehr als im Vorjahreszeitraum, während die Ausfuhren nach Deutschland um 5,0 Prozent auf 19,9 Milliarden Dollar sanken.",
            language: .de, date: nil)
        #expect(claims.filter { $0.kind == .change }.map(\.value) == [3.7, -5.0])
        // A verb of motion without a direction does not make the sentence say both.
        let fell = ClaimFinder().claims(
            in: "Die Ausfuhren nach Kanada gingen 2015 um 11,4 Prozent auf 280,9 Milliarden Dollar zurück.",
            language: .de,
            date: nil)
        #expect(fell.first?.value == -11.4)
    }

    @Test func theHomeReporterAsTheObjectOfATradeVerb() {
        let claims = ClaimFinder().claims(
            in: "In 2022 China still sells Americans more than half a trillion dollars of goods a year.", language: .en,
            date: nil)
        #expect(claims.first?.flow == .imports && claims.first?.partner == "CHN")
    }

    @Test func aBaseDatedAYearEarlierIsAYearBeforeTheFigureItIsComparedWith() {
        let claims = ClaimFinder().claims(
            in:
                "In the first quarter of 2023 the deficit with Canada was $16.2 billion, narrower than the $19.4 billion of a year earlier, as prices were lower than in early 2022.",
            language: .en, date: PublicationDate(year: 2023, month: 5, day: 10))
        #expect(
            claims.map(\.period) == [
                .months(PeriodRange(.month(2023, 1), .month(2023, 3))),
                .months(PeriodRange(.month(2022, 1), .month(2022, 3))),
            ])
    }

    @Test func aPeriodRightAfterABaseFigureIsItsOwn() {
        let claims = ClaimFinder().claims(
            in: "China's share of U.S. imports fell to 12.7% in 2024 from 21.6% in 2017.", language: .en, date: nil)
        #expect(claims.map(\.period) == [.single(.year(2024)), .single(.year(2017))])
    }

    @Test func aDeficitRankedAmongPartnersIsRankedByBalance() {
        var found = SentenceClaims()
        reader("The deficit with Ireland, $55.4 billion, ranked seventh among U.S. trading partners in 2020.")
            .rankClaims(into: &found)
        #expect(found.claims.first?.flow == .balance && found.claims.first?.rank == 7)
    }

    // MARK: - Stage 4: discourse

    @Test func theDiscourseCarriesPartnerAndPeriodButNotEvents() {
        var discourse = Discourse()
        let finder = ClaimFinder()
        let periods = PeriodFinder(date: date)
        _ = finder.claims(
            in: facts("U.S. imports from Japan were $148 billion in 2023."), periods: periods, discourse: &discourse)
        #expect(discourse.partner == "JPN")
        #expect(discourse.period == .single(.year(2023)))
        #expect(discourse.flow == .imports)
        // A date in a sentence without a trade word is an event: not the period after it.
        _ = finder.claims(in: facts("The agreement took effect in July 2020."), periods: periods, discourse: &discourse)
        #expect(discourse.period == .single(.year(2023)))
        let next = finder.claims(in: facts("Exports were $76 billion."), periods: periods, discourse: &discourse)
        #expect(next.first?.partner == "JPN" && next.first?.period == .single(.year(2023)))
    }

    @Test func theDiscourseHoldsFramesForRespectively() {
        var discourse = Discourse()
        let finder = ClaimFinder()
        let periods = PeriodFinder(date: date)
        _ = finder.claims(
            in: facts("In 2023 exports to Brazil were $49.6 billion and imports from Brazil $37.9 billion."),
            periods: periods, discourse: &discourse)
        #expect(discourse.lastFrames.map(\.flow) == [.exports, .imports])
        let listed = finder.claims(
            in: facts("These figures were $53.4 billion and $37.4 billion, respectively, in 2022."), periods: periods,
            discourse: &discourse)
        #expect(listed.map(\.flow) == [.exports, .imports])
        #expect(listed.map(\.period) == [.single(.year(2022)), .single(.year(2022))])
    }

    // MARK: - Session 3: readings found on the development corpus

    @Test func aMonthWithAGermanArticleOrBeforeAFigureIsAPeriod() {
        let date = PublicationDate(year: 2026, month: 2, day: 10)
        let may = ClaimFinder().claims(
            in: "Spitzenmonat war der Mai: Für 540 Millionen Dollar holten die USA russische Ware ins Land.",
            language: .de, date: date)
        #expect(may.first?.period == .single(.month(2025, 5)))
        // "davon allein im Dezember 7,6 Milliarden": a month right before a figure; the period that
        // opens the next clause is not the first figure's.
        let december = ClaimFinder().claims(
            in:
                "Die Importe aus der Schweiz kamen 2024 auf 15,0 Milliarden Dollar, im Dezember allein auf 7,6 Milliarden Dollar.",
            language: .de, date: PublicationDate(year: 2025, month: 2, day: 20))
        #expect(december.map(\.period) == [.single(.year(2024)), .single(.month(2024, 12))])
        // A month without a year takes the year of the month the sentence names.
        let april = ClaimFinder().claims(
            in: "U.S. exports to Canada were $30.1 billion in May 2014, up from $28.9 billion in April.", language: .en,
            date: PublicationDate(year: 2025, month: 2, day: 20))
        #expect(april.map(\.period) == [.single(.month(2014, 5)), .single(.month(2014, 4))])
    }

    @Test func aMoneyFigureBesideAProductShareIsThatProductsValue() {
        let claims = ClaimFinder().claims(
            in:
                "Vehicles and parts made up more than a quarter of the goods the United States bought from Mexico in the first half, at $67.6 billion, followed by computers and other machinery.",
            language: .en, date: PublicationDate(year: 2024, month: 8, day: 10))
        #expect(claims.map(\.product) == [.hs("87"), .hs("87")])
        #expect(claims.last?.kind == .composition)
        // A product word between a chapter and the figure is the figure's.
        let furniture = ClaimFinder().claims(
            in:
                "Die USA führten 2024 Waren aus Vietnam für 136,6 Milliarden Dollar ein. Auf Maschinen (Kapitel 84) kam rund ein Fünftel, Möbel steuerten gut 6 Milliarden Dollar bei.",
            language: .de, date: PublicationDate(year: 2025, month: 3, day: 1))
        #expect(furniture.map(\.product).suffix(2) == [.hs("84"), .hs("94")])
    }

    @Test func aPeakOfAPercentIsAPeakOfTheShare() {
        let claims = ClaimFinder().claims(
            in: "China's share of U.S. imports fell to 16.5% in 2022, from a peak of 21.6% in 2017.", language: .en,
            date: PublicationDate(year: 2023, month: 1, day: 20))
        let peak = claims.first { $0.kind == .peak }
        #expect(peak?.recordOfShare == true)
        #expect(peak?.period == .single(.year(2017)))
        #expect(peak?.partner == "CHN" && peak?.flow == .imports)
    }

    @Test func moneyLostOnTradeIsADeficit() {
        let claims = ClaimFinder().claims(
            in: "In 2015 we lost more than $700 billion on trade.", language: .en, date: nil)
        #expect(claims.first?.flow == .balance)
        #expect((claims.first?.value ?? 0) < 0)
    }

    @Test func aPastPlaceIsNotAClaimButMembershipAfterAPossessiveIs() {
        let ranks = RankFinder.mentions(
            in: [
                "japan", ",", "once", "the", "third-largest", "buyer", ",", "no", "longer", "ranks", "among", "our",
                "three", "largest", "export", "markets",
            ])
        #expect(ranks.count == 1)
        #expect(ranks.first?.membership == true && ranks.first?.negated == true && ranks.first?.position == 3)
    }

    @Test func aShipmentNounFollowsTheArticlesDirection() {
        var discourse = Discourse()
        let finder = ClaimFinder()
        let periods = PeriodFinder(date: date)
        _ = finder.claims(
            in: facts(
                "Die USA führten im ersten Halbjahr Waren aus Vietnam für 61,9 Milliarden Dollar ein.", language: .de),
            periods: periods, discourse: &discourse)
        let shares = finder.claims(
            in: facts("Gut 31 Prozent der Lieferungen entfielen auf elektrische Maschinen.", language: .de),
            periods: periods, discourse: &discourse)
        #expect(shares.first?.flow == .imports)
    }

    @Test func anotherGovernmentAsSpeakerAndABasesYearDoNotMoveTheFrame() {
        #expect(
            facts("Der Kreml hatte von einem Wachstum des Handels mit den USA um 20 Prozent gesprochen.", language: .de)
                .scope == .otherSource)
        var discourse = Discourse()
        let finder = ClaimFinder()
        let periods = PeriodFinder(date: PublicationDate(year: 2024, month: 3, day: 1))
        _ = finder.claims(
            in: facts("2023 kamen Waren für 427,2 Milliarden Dollar aus China.", language: .de), periods: periods,
            discourse: &discourse)
        _ = finder.claims(
            in: facts(
                "Chinas Anteil an den US-Importen fiel auf 13,9 Prozent, nach 21,6 Prozent im Jahr 2017.", language: .de
            ),
            periods: periods, discourse: &discourse)
        #expect(discourse.period == .single(.year(2023)))
    }

    @Test func rankingsSaidWithoutARankWord() {
        func ranks(_ text: String, _ language: Language) -> [FoundClaim] {
            ClaimFinder().claims(in: text, language: language, date: PublicationDate(year: 2018, month: 6, day: 14))
                .filter { $0.kind == .rank }
        }
        // "than any other country": first place, measured by the verb from the country's side.
        let bought = ranks("Kanada kaufte 2017 mehr US-Güter als jedes andere Land.", .de)
        #expect(bought.first?.rankedCountry == "CAN" && bought.first?.flow == .exports && bought.first?.rank == 1)
        let sold = ranks("Mexico sold more goods to the United States than any other country in 2017.", .en)
        #expect(sold.first?.rankedCountry == "MEX" && sold.first?.flow == .imports)
        // The whole list after "hinter"/"nach" is compared with, not ranked.
        let fourth = ranks(
            "Japan bleibt 2017 hinter Kanada, China und Mexiko der viertgrößte Handelspartner der USA.", .de)
        #expect(fourth.first?.rankedCountry == "JPN" && fourth.first?.rank == 4)
        // "nicht unter die ersten fünf": a negated membership; "die ersten vier Monate" is a period.
        let five = ranks("Als Abnehmer schafft es die Bundesrepublik 2012 nicht unter die ersten fünf.", .de)
        #expect(five.first?.rankMembership == true && five.first?.rankNegated == true && five.first?.rank == 5)
        #expect(
            ranks("In den ersten vier Monaten schrumpfte das Defizit mit Kanada auf 4,3 Milliarden Dollar.", .de)
                .isEmpty)
        // "an der Spitze der Lieferländer"; "seit 2008" dates the streak, not the ranking.
        let top = ranks(
            "Damit liegt die Volksrepublik 2017 erstmals seit 2008 nicht mehr an der Spitze der Lieferländer.", .de)
        #expect(top.first?.rankNegated == true && top.first?.period == .single(.year(2017)))
    }

    @Test func growthPricesAndNamesAreNotTradeFigures() {
        #expect(facts("Korea's weak economy, which grew about 2% in 2012, is depressing demand.").figures.isEmpty)
        #expect(facts("Fertilizer prices at the Gulf are up about 18% since January.").figures.isEmpty)
        #expect(facts("The new tariffs cost about $800 per household.").figures.isEmpty)
        #expect(facts("Wade Halvorsen said so in a July 13 interview.").figures.isEmpty)
        // A trade word between keeps the figure: "exports rose 3%" after an economy word.
        #expect(facts("As the economy slowed, exports to Korea rose 3% in 2012.").figures.count == 1)
        #expect(facts("Exports to Korea halved in 2012.").figures.first?.value == 0.5)
    }
}

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
}

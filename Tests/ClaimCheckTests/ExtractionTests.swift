import Foundation
import Testing
import TradeModel
import TradeTestSupport

@testable import ClaimCheck

@Suite("Finding figures, sentences and claims")
struct ExtractionTests {
    @Test(
        "Money and percentages",
        arguments: [
            ("rund 3,5 Milliarden Dollar", Language.de, 3.5e9, FigureUnit.usd, Hedge.approx, 0.05e9),
            ("knapp 526 Millionen US-Dollar", .de, 526e6, .usd, .atMost, 0.5e6),
            ("12,5 Mrd. $", .de, 12.5e9, .usd, .exact, 0.05e9),
            ("1.249.411 Dollar", .de, 1_249_411, .usd, .exact, 0.5),
            ("mehr als 760 Millionen Dollar", .de, 760e6, .usd, .atLeast, 0.5e6),
            ("eine Billion Dollar", .de, 1e12, .usd, .exact, 0.5e12),
            ("drei Prozent", .de, 3, .percent, .exact, 0.5),
            ("$143 billion", .en, 143e9, .usd, .exact, 0.5e9),
            ("about $6.4bn", .en, 6.4e9, .usd, .approx, 0.05e9),
            ("nearly 24.6 bn dollars", .en, 24.6e9, .usd, .atMost, 0.05e9),
            ("half a billion dollars", .en, 0.5e9, .usd, .exact, 0.05e9),
            ("90 percent", .en, 90, .percent, .exact, 0.5),
            ("more than $1,249,411", .en, 1_249_411, .usd, .atLeast, 0.5),
            ("€4.2 billion", .en, 4.2e9, .eur, .exact, 0.05e9),
        ])
    func figures(text: String, language: Language, value: Double, unit: FigureUnit, hedge: Hedge, rounding: Double)
        throws
    {
        let figures = FigureExtractor(language: language).figures(in: "Sie betrugen \(text) im Jahr.")
        let figure = try #require(figures.first, "no figure in \(text)")
        #expect(abs(figure.value - value) < 1e-6 * max(1, value), "\(text): \(figure.value)")
        #expect(figure.unit == unit)
        #expect(figure.hedge == hedge)
        #expect(abs(figure.rounding - rounding) < 1e-6 * max(1, rounding), "\(text): rounding \(figure.rounding)")
    }

    @Test func halfAPercentAndAMultipleHedgedBeforeItsArticle() throws {
        let extractor = FigureExtractor(language: .de)
        let half = try #require(
            extractor.figures(in: "Schweden steht für nicht einmal ein halbes Prozent aller Einfuhren.").first)
        #expect(half.value == 0.5 && half.unit == .percent)
        let multiple = try #require(
            extractor.figures(in: "Mit China setzten die USA mehr als das Achtfache um.").first)
        #expect(multiple.value == 8 && multiple.unit == .ratio && multiple.hedge == .atLeast)
    }

    @Test func numbersThatAreNotFigures() {
        let extractor = FigureExtractor(language: .de)
        #expect(
            extractor.figures(in: "Am 24. Februar 2022 begann der Krieg; seither gab es 14 Sanktionspakete.").isEmpty)
        #expect(extractor.figures(in: "Im Jahr 2024 arbeiteten dort 300 Menschen im 5. Stock.").isEmpty)
    }

    @Test func sentencesKeepAbbreviationsDatesAndDecimalsTogether() {
        let text =
            "Die U.S.-Exporte lagen bei 3.5 Mrd. Dollar. Am 24. Februar 2022 änderte sich alles, z. B. der Handel. Trade fell to $6.4bn in 2022! Was it? Yes."
        let sentences = SentenceSplitter().split(text).map(\.text)
        #expect(
            sentences == [
                "Die U.S.-Exporte lagen bei 3.5 Mrd. Dollar.",
                "Am 24. Februar 2022 änderte sich alles, z. B. der Handel.",
                "Trade fell to $6.4bn in 2022!",
                "Was it?",
                "Yes.",
            ])
        let spans = SentenceSplitter().split(text)
        let scalars = Array(text.unicodeScalars)
        for span in spans {
            #expect(String(String.UnicodeScalarView(scalars[span.start..<span.end])) == span.text)
        }
    }

    @Test func countriesInBothLanguages() {
        let matcher = CountryMatcher(catalog: .bundled)
        func codes(_ text: String) -> [String] { matcher.mentions(in: tokenize(text)).map(\.code) }
        #expect(codes("Die US-Exporte nach Russland brachen ein.") == ["USA", "RUS"])
        #expect(codes("aus Russland stammende Exporte in die Vereinigten Staaten") == ["RUS", "USA"])
        #expect(codes("American exports to Russia and Chinese imports") == ["USA", "RUS", "CHN"])
        #expect(codes("der russischen Föderation und den amerikanischen Firmen") == ["RUS", "USA"])
        #expect(codes("US-Russia trade") == ["USA", "RUS"])
        #expect(codes("the U.S. and Canada's market") == ["USA", "CAN"])
    }

    @Test func inheritsCountryAndYearFromEarlierSentences() throws {
        let text =
            "Die Exporte der USA nach Russland betrugen 2024 rund 528 Millionen Dollar. Im selben Jahr lagen die Importe bei 3 Milliarden Dollar."
        let claims = ClaimFinder().claims(
            in: text, language: .de, date: PublicationDate(year: 2025, month: 12, day: 31))
        #expect(claims.count == 2)
        let second = try #require(claims.last)
        #expect(second.partner == "RUS")
        #expect(second.flow == .imports)
        #expect(second.period == .single(.year(2024)))
    }

    @Test func directionFollowsTheSentence() throws {
        let finder = ClaimFinder()
        let russian = try #require(
            finder.claims(
                in: "Aus Russland stammende Exporte in die USA beliefen sich 2024 auf 3 Milliarden Dollar.",
                language: .de, date: nil
            ).first)
        #expect(russian.flow == .imports, "Russia's exports to the US are US imports from Russia")
        let american = try #require(
            finder.claims(
                in: "American exports to Russia fell to $528 million in 2024.", language: .en, date: nil
            ).first)
        #expect(american.flow == .exports)
        #expect(american.partner == "RUS")
        let deficit = try #require(
            finder.claims(
                in: "The US trade deficit with China was $295.5 billion in 2024.", language: .en, date: nil
            ).first)
        #expect(deficit.flow == .balance)
        #expect(deficit.value == -295.5e9)
    }

    @Test func aCountryReferredToByANounIsTheOneNamedLast() throws {
        // The first sentence names Vietnam but no flow: no claim, yet "dem südostasiatischen Land" is Vietnam.
        let text =
            "Die Importe aus Mexiko stiegen 2023 auf 475,6 Milliarden Dollar. Auch Vietnam legt zu. Die Importe aus dem südostasiatischen Land summierten sich 2023 auf 114,4 Milliarden Dollar."
        let claims = ClaimFinder().claims(
            in: text, language: .de, date: PublicationDate(year: 2024, month: 3, day: 1))
        #expect(claims.map(\.partner) == ["MEX", "VNM"])
        let english = ClaimFinder().claims(
            in:
                "Imports from Mexico rose to $475.6 billion in 2023. Taiwan is catching up. Imports from the island reached $87.8 billion in 2023.",
            language: .en, date: nil)
        #expect(english.map(\.partner) == ["MEX", "TWN"])
    }

    @Test func theOtherDirectionIsTheOtherFlow() throws {
        let claims = ClaimFinder().claims(
            in:
                "Die USA importierten 2023 Waren für 159 Milliarden Dollar aus Deutschland, während in die Gegenrichtung Güter für 76,7 Milliarden gingen.",
            language: .de, date: nil)
        #expect(claims.map(\.flow) == [.imports, .exports])
        let english = ClaimFinder().claims(
            in: "Imports from Germany were $159 billion in 2023. Goods going the other way came to $76.7 billion.",
            language: .en, date: nil)
        #expect(english.map(\.flow) == [.imports, .exports])
    }

    @Test func theMonthsOfTheYearSoFarAndTheMonthOfAnEvent() throws {
        let date = PublicationDate(year: 2024, month: 9, day: 12)
        let months = try #require(
            ClaimFinder().claims(
                in: "Die Importe aus Vietnam summierten sich in den sieben Monaten auf 73,9 Milliarden Dollar.",
                language: .de, date: date
            ).first)
        #expect(months.period?.description == "2024-01..2024-07")
        // "which entered into force in July 2020" dates the agreement, not the figures.
        let event = try #require(
            ClaimFinder().claims(
                in:
                    "Mexico bought $324.4 billion of U.S. goods in 2023, a sign of the agreement that entered into force in July 2020.",
                language: .en, date: date
            ).first)
        #expect(event.period == .single(.year(2023)))
        let eventOnly = try #require(
            ClaimFinder().claims(
                in:
                    "Mexico bought $324.4 billion of U.S. goods last year, under the agreement that entered into force in July 2020.",
                language: .en, date: date
            ).first)
        #expect(eventOnly.period == .single(.year(2023)))
        // "Moscow's 2022 invasion" dates the war; "since the 2009 recession" still dates a record.
        let change = try #require(
            ClaimFinder().claims(
                in:
                    "U.S. imports from Russia rose 20.4% to $3.78 billion in 2025, despite sanctions imposed after Moscow's 2022 invasion of Ukraine.",
                language: .en, date: PublicationDate(year: 2026, month: 3, day: 12)
            ).first { $0.kind == .change })
        #expect(change.period == .span(.year(2024), .year(2025)))
    }

    @Test func aMoneyFigureMeasuresTheFlowNounRightAfterIt() throws {
        let claims = ClaimFinder().claims(
            in: "On goods alone, the U.S. imported $299.1 billion from Canada in 2017 and ran a $17.6 billion deficit.",
            language: .en, date: nil)
        #expect(claims.map(\.flow) == [.imports, .balance])
        let german = ClaimFinder().claims(
            in:
                "2023 führten die USA Waren für 159 Milliarden Dollar aus Deutschland ein, bei 82,5 Milliarden Dollar Defizit.",
            language: .de, date: nil)
        #expect(german.last?.flow == .balance)
    }

    @Test func theWholeNamedBeforeTheFigureIsTheWorld() throws {
        let date = PublicationDate(year: 2025, month: 2, day: 20)
        let semicolon = ClaimFinder().claims(
            in:
                "Taiwan lieferte 2024 Waren für 116 Milliarden Dollar. Das gesamte Defizit der USA im Warenhandel lag 2024 bei 1,2 Billionen Dollar; Taiwan ist da nur ein Baustein.",
            language: .de, date: date)
        #expect(semicolon.last?.partner == "WORLD")
        let with = ClaimFinder().claims(
            in:
                "The overall goods deficit narrowed slightly to $717.5 billion in 2019, with Vietnam alone responsible for about 6.4% of that gap.",
            language: .en, date: date)
        #expect(with.first?.partner == "WORLD")
        let between = ClaimFinder().claims(
            in:
                "Das ist kein indisches Sonderproblem: Die US-Einfuhren insgesamt lagen 2023 um gut sechs Prozent unter dem Vorjahr.",
            language: .de, date: date)
        #expect(between.first?.partner == "WORLD")
        #expect((between.first?.value ?? 0) < 0, "'unter dem Vorjahr' is a fall")
        #expect(between.first?.kind == .change)
        let below = ClaimFinder().claims(
            in: "Through November 2019, U.S. exports to Japan stood about 1 percent below the same stretch of 2018.",
            language: .en, date: date)
        #expect(below.first?.kind == .change)
        #expect((below.first?.value ?? 0) < 0)
        // "Insgesamt … in Russland": the country in the figure's own clause; "as a whole" is all of the EU.
        let own = ClaimFinder().claims(
            in: "Insgesamt kauften die USA 2024 Waren für 2,2 Milliarden Dollar in Russland ein.", language: .de,
            date: date)
        #expect(own.first?.partner == "RUS")
        let union = ClaimFinder().claims(
            in: "Across the European Union as a whole, the deficit was $164.7 billion in 2016.", language: .en,
            date: date)
        #expect(union.first?.partner == "EU")
    }

    @Test func moreGoodsByNameAndRatesNamedFurtherBefore() throws {
        let date = PublicationDate(year: 2025, month: 11, day: 12)
        let meat = try #require(
            ClaimFinder().claims(
                in: "Fast ein Viertel der amerikanischen Einfuhren aus Australien war 2024 Fleisch.", language: .de,
                date: date
            ).first)
        #expect(meat.kind == .composition)
        #expect(meat.product == .hs("02"))
        let beverages = try #require(
            ClaimFinder().claims(
                in:
                    "Australia saw its beverage shipments to the U.S. fall 15 percent from 2022 to $320 million in 2023.",
                language: .en, date: date
            ).last)
        #expect(beverages.product == .hs("22"))
        // A tariff rate, named a few words before, is no trade figure; a share of a flow after it is.
        #expect(
            ClaimFinder().claims(
                in: "The tariff on American beef falls from 38.5% to 26.6% under the 2019 deal.", language: .en,
                date: date
            ).isEmpty)
        #expect(
            !ClaimFinder().claims(
                in:
                    "Pharmazeutische Erzeugnisse, die vom Zusatzzoll ausgenommen sind, machten 2024 knapp 30 Prozent dieser Einfuhren aus.",
                language: .de, date: date
            ).isEmpty)
    }

    @Test func aChangeReadsItsOwnClause() throws {
        let date = PublicationDate(year: 2020, month: 2, day: 12)
        // Any verb: "um 35 Prozent auf 66,4 Milliarden" leads to a new level.
        let jump = ClaimFinder().claims(
            in:
                "Die Einfuhren aus Vietnam schnellten im vergangenen Jahr um 35 Prozent auf 66,4 Milliarden Dollar nach oben.",
            language: .de, date: date)
        #expect(jump.first { $0.unit == .percent }?.kind == .change)
        // A product named after a dash, or after "as", explains the change; it does not scope it.
        let dash = try #require(
            ClaimFinder().claims(
                in:
                    "Die Einfuhren aus Deutschland sind 2016 um 9,5 Prozent gesunken – die deutschen Autohersteller fertigen in South Carolina.",
                language: .de, date: date
            ).first)
        #expect(dash.product == .total)
        let cause = try #require(
            ClaimFinder().claims(
                in: "Imports from Saudi Arabia fell 19.1% last year as American shale kept crude purchases low.",
                language: .en, date: date
            ).first)
        #expect(cause.product == .total)
        let verb = try #require(
            ClaimFinder().claims(
                in: "The deficit with Korea widened to $14.8 billion in 2013, a 38% jump that is fueling skepticism.",
                language: .en, date: date
            ).last)
        #expect(verb.product == .total)
        // "im 1. Quartal" does not end a sentence; the quarter is the change's period.
        let quarter = try #require(
            ClaimFinder().claims(
                in:
                    "Im 1. Quartal 2023 sanken die US-Ausfuhren nach Kolumbien ggü. dem Vorjahresquartal um 14,5 Prozent.",
                language: .de, date: PublicationDate(year: 2023, month: 5, day: 22)
            ).first)
        #expect(
            quarter.period
                == .rangeSpan(
                    PeriodRange(.month(2022, 1), .month(2022, 3)), PeriodRange(.month(2023, 1), .month(2023, 3))))
    }

    @Test func relativeYearsUseThePublicationDate() throws {
        let claim = try #require(
            ClaimFinder().claims(
                in: "Im Vorjahr exportierten die USA Waren für 528 Millionen Dollar nach Russland.", language: .de,
                date: PublicationDate(year: 2025, month: 12, day: 31)
            ).first)
        #expect(claim.period == .single(.year(2024)))
    }

    @Test func languageDetection() {
        #expect(LanguageDetector.detect("Die Exporte der USA sind im Jahr 2024 gesunken und das ist nicht gut.") == .de)
        #expect(LanguageDetector.detect("The exports of the US fell in 2024 and that is not good.") == .en)
    }
}

@Suite("Verdicts")
struct VerdictTests {
    let checker = ClaimChecker(database: BundledStore.database)

    private func verdict(_ text: String, _ language: Language) -> [Verdict] {
        checker.check(text, language: language).claims.map(\.verdict)
    }

    @Test func tolerancesRespectHedges() {
        // Official 2024 US exports to Russia: 528,319,141 USD.
        #expect(verdict("US exports to Russia were $528 million in 2024.", .en) == [.supported])
        #expect(verdict("US exports to Russia were $530 million in 2024.", .en) == [.inaccurate])
        #expect(verdict("US exports to Russia were about $540 million in 2024.", .en) == [.supported])
        #expect(verdict("Die US-Exporte nach Russland betrugen 2024 knapp 530 Millionen Dollar.", .de) == [.supported])
        #expect(verdict("Die US-Exporte nach Russland betrugen 2024 knapp 526 Millionen Dollar.", .de) == [.inaccurate])
        #expect(verdict("US exports to Russia topped $500 million in 2024.", .en) == [.supported])
        #expect(verdict("US exports to Russia were more than $600 million in 2024.", .en) == [.inaccurate])
        #expect(verdict("US exports to Russia were $5.3 billion in 2024.", .en) == [.contradicted])
    }

    @Test func explanationsNameTheLikelyError() throws {
        let report = checker.check("US exports to Russia were $5.28 billion in 2024.", language: .en)
        let claim = try #require(report.claims.first)
        #expect(claim.verdict == .contradicted)
        #expect(claim.explanation.contains("factor of 10"))
        #expect(claim.official?.value == 528_319_141)
        let monthly = try #require(
            checker.check(
                "Im Jahr 2014 exportierten die USA Waren für 1,25 Milliarden Dollar nach Russland.", language: .de
            ).claims.first)
        #expect(monthly.explanation.contains("Monatswert"))
        let close = try #require(
            checker.check("US exports to Russia were $530 million in 2024.", language: .en).claims.first)
        #expect(close.verdict == .inaccurate)
        #expect(close.explanation.contains("earlier release"))
    }

    @Test func peaksRankingsAndGaps() {
        #expect(verdict("US exports to Russia peaked in May 2014.", .en) == [.supported])
        #expect(verdict("US exports to Russia peaked in 2014.", .en) == [.contradicted])
        #expect(verdict("Canada was the largest market for US exports in 2024.", .en) == [.supported])
        // (A group in a ranking of countries: unsure, not wrong; the explanation says rankings count countries.)
        #expect(verdict("The EU was the largest market for US exports in 2024.", .en) == [.unverifiable])
        #expect(verdict("US exports to Russia will reach $600 million in 2030.", .en) == [.unverifiable])
        #expect(
            verdict("Die USA exportierten 2024 Waren im Wert von 480 Millionen Euro nach Russland.", .de) == [
                .unverifiable
            ])
    }

    @Test func jsonFollowsTheContract() throws {
        let text = "US exports to Russia were $528 million in 2024."
        let report = checker.check(text, language: .en)
        let json = try #require(
            try JSONSerialization.jsonObject(with: Data(report.render(.json).utf8)) as? [String: Any])
        #expect(json["language"] as? String == "en")
        let claim = try #require((json["claims"] as? [[String: Any]])?.first)
        #expect(claim["text"] as? String == text)
        #expect(claim["start"] as? Int == 0)
        #expect(claim["end"] as? Int == text.unicodeScalars.count)
        #expect(claim["reporter"] as? String == "USA")
        #expect(claim["partner"] as? String == "RUS")
        #expect(claim["flow"] as? String == "exports")
        #expect(claim["period"] as? String == "2024")
        #expect(claim["verdict"] as? String == "supported")
        let claimed = try #require(claim["claimed"] as? [String: Any])
        #expect(claimed["hedge"] as? String == "exact")
        #expect((claimed["value"] as? NSNumber)?.int64Value == 528_000_000)
        let official = try #require(claim["official"] as? [String: Any])
        #expect((official["value"] as? NSNumber)?.int64Value == 528_319_141)
        #expect(official["unit"] as? String == "USD")
    }
}

@Suite("Report formats")
struct ReportFormatTests {
    let checker = ClaimChecker(database: BundledStore.database)
    let text = "US exports to Russia were $5.28 billion in 2024 & imports <rose>."

    @Test func htmlMarksEachFigureAndEscapesTheArticle() throws {
        let report = checker.check(text, language: .en)
        let html = try report.render(.html, source: text)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(html.contains("<mark class=\"contradicted\""))
        #expect(html.contains(">$5.28 billion</a>"))
        #expect(html.contains("&amp; imports &lt;rose&gt;."))
        #expect(!html.contains("<rose>"))
        #expect(html.contains("<li id=\"c1\" class=\"contradicted\">"))
    }

    @Test func markdownAndTextListVerdicts() throws {
        let report = checker.check(text, language: .en)
        let markdown = try report.render(.markdown)
        #expect(markdown.contains("| 1 | “$5.28 billion” | **CONTRADICTED** | 528.3 mn USD |"))
        let plain = try report.render(.text, color: false)
        #expect(plain.contains("1. CONTRADICTED  $5.28 billion"))
        #expect(plain.hasSuffix("1 claims checked: 0 supported, 0 inaccurate, 1 contradicted, 0 unverifiable"))
        let colored = try report.render(.text, color: true)
        #expect(colored.contains("\u{1B}[1;31mCONTRADICTED\u{1B}[0m"))
    }
}

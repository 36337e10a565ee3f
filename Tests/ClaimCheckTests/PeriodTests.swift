import Foundation
import Testing
import TradeModel
import TradeStore
import TradeTestSupport

@testable import ClaimCheck

@Suite("Periods relative to the publication date")
struct PeriodTests {
    let finder = ClaimFinder()

    func period(_ text: String, _ date: String, _ language: Language = .en) throws -> ClaimPeriod? {
        try #require(finder.claims(in: text, language: language, date: PublicationDate(parsing: date)).first).period
    }

    func months(_ first: Period, _ last: Period) -> ClaimPeriod { .months(PeriodRange(first, last)) }

    @Test func publicationDates() throws {
        #expect(PublicationDate(parsing: "2025-02-29") == nil)
        #expect(PublicationDate(parsing: "2024-02-29") != nil)
        #expect(PublicationDate(parsing: "2024-13-01") == nil)
        #expect(PublicationDate(parsing: "24-01-01") == nil)
        // The April figures appear in early June.
        #expect(PublicationDate(parsing: "2024-06-10")?.latestPublishedMonth == .month(2024, 4))
        #expect(PublicationDate(parsing: "2024-06-02")?.latestPublishedMonth == .month(2024, 3))
        #expect(PublicationDate(parsing: "2024-02-10")?.latestPublishedYear == 2023)
        #expect(PublicationDate(parsing: "2024-01-20")?.latestPublishedYear == 2022)
    }

    @Test func partialYears() throws {
        #expect(
            try period("From January through September the U.S. shipped $98.2 billion of goods to China.", "2023-11-10")
                == months(.month(2023, 1), .month(2023, 9)))
        #expect(
            try period(
                "Im ersten Halbjahr exportierten die USA Waren für 12 Milliarden Dollar nach Japan.", "2024-08-20", .de)
                == months(.month(2024, 1), .month(2024, 6)))
        #expect(
            try period(
                "In den ersten neun Monaten 2019 importierten die USA Waren für 300 Milliarden Dollar aus China.",
                "2020-03-01", .de)
                == months(.month(2019, 1), .month(2019, 9)))
        #expect(
            try period("In the third quarter, U.S. exports to Mexico reached $80 billion.", "2024-12-01")
                == months(.month(2024, 7), .month(2024, 9)))
        #expect(
            try period(
                "Im dritten Quartal 2023 lagen die Exporte nach Kanada bei 90 Milliarden Dollar.", "2024-12-01", .de)
                == months(.month(2023, 7), .month(2023, 9)))
        #expect(
            try period("In the twelve months to March, U.S. imports from Vietnam totaled $110 billion.", "2024-05-20")
                == months(.month(2023, 4), .month(2024, 3)))
        // A half that had not ended by the publication date is last year's.
        #expect(
            try period("In the first half, exports to Japan were $40 billion.", "2024-05-20")
                == months(.month(2023, 1), .month(2023, 6)))
    }

    @Test func monthsWithoutAYear() throws {
        #expect(
            try period("Im April exportierten die USA Waren für 500 Millionen Dollar nach Russland.", "2017-06-05", .de)
                == .single(.month(2017, 4)))
        #expect(
            try period("In November, imports from China were $40 billion.", "2017-06-05")
                == .single(.month(2016, 11)))
        #expect(
            try period("Last month, U.S. imports from China were $40 billion.", "2025-06-15")
                == .single(.month(2025, 5)))
    }

    @Test func yearToDateEndsWithTheLatestPublishedMonth() throws {
        #expect(
            try period("Year to date, exports to Canada came to $180 billion.", "2024-08-10")
                == months(.month(2024, 1), .month(2024, 6)))
    }

    @Test func partialYearChangesCompareTheSameMonthsAYearEarlier() throws {
        let claims = finder.claims(
            in: "In the first half of 2024, U.S. exports to Mexico rose 4% from a year earlier.", language: .en,
            date: PublicationDate(parsing: "2024-09-01"))
        let change = try #require(claims.first { $0.kind == .change })
        #expect(
            change.period
                == .rangeSpan(
                    PeriodRange(.month(2023, 1), .month(2023, 6)), PeriodRange(.month(2024, 1), .month(2024, 6))))
    }

    @Test func partialYearsAreCheckedAgainstTheSumOfTheirMonths() throws {
        let checker = ClaimChecker(database: BundledStore.database)
        // U.S. imports from Russia, January–June 2024: the sum of the six months.
        let answer = try BundledStore.database.sum(
            TradeSubject(reporter: "USA", partner: "RUS", flow: .imports),
            months: PeriodRange(.month(2024, 1), .month(2024, 6)))
        #expect(answer.isComplete)
        #expect(answer.monthsWithData.count == 6)
        let billions = Double(try #require(answer.value)) / 1e9
        let text = String(
            format: "In the first half of 2024, U.S. imports from Russia came to $%.2f billion.", billions)
        let report = checker.check(text, language: .en, date: PublicationDate(parsing: "2024-09-01"))
        let claim = try #require(report.claims.first)
        #expect(claim.verdict == .supported, "\(claim.explanation)")
        #expect(claim.explanation.contains("Jan–Jun 2024"))
        let wrong = checker.check(
            text.replacingOccurrences(of: String(format: "%.2f", billions), with: String(format: "%.2f", billions * 2)),
            language: .en, date: PublicationDate(parsing: "2024-09-01"))
        #expect(wrong.claims.first?.verdict == .contradicted)
    }

    @Test func figuresNotYetPublishedAreUnverifiable() throws {
        let checker = ClaimChecker(database: BundledStore.database)
        let report = checker.check(
            "In May 2024, U.S. exports to Russia were $900 million.", language: .en,
            date: PublicationDate(parsing: "2024-06-10"))
        let claim = try #require(report.claims.first)
        #expect(claim.verdict == .unverifiable)
        #expect(claim.explanation.contains("had not been published"))
    }
}

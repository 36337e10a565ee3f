import Foundation
import Testing
import TradeModel
import TradeStore
import TradeTestSupport

@testable import ClaimCheck

/// Groups of HS chapters ("apparel", "Agrargüter", "chapters 28 to 38"), answered as the sum of their chapters.
@Suite("Chapter groups")
struct ChapterGroupTests {
    @Test func groupCodesNameTheirChapters() {
        #expect(Lexicon.chapters(ofGroup: "61-62") == ["61", "62"])
        #expect(Lexicon.chapters(ofGroup: "AG")?.first == "01")
        #expect(Lexicon.chapters(ofGroup: "AG")?.last == "24")
        #expect(Lexicon.chapters(ofGroup: "AG")?.count == 24)
        // (Chapter 77 is reserved: never asked.)
        #expect(Lexicon.chapters(ofGroup: "76-78") == ["76", "78"])
        #expect(Lexicon.chapters(ofGroup: "87") == nil)
        #expect(Lexicon.chapters(ofGroup: "62-61") == nil)
        #expect(Lexicon.chapters(ofGroup: "TOTAL") == nil)
    }

    @Test func aGroupIsTheSumOfItsChapters() throws {
        let checker = ClaimChecker(database: BundledStore.database)
        let year = Period.year(2023)
        let parts = try ["61", "62"].map {
            try #require(
                checker.trade(reporter: "USA", partner: "BGD", period: year, product: .hs($0)).imports.value)
        }
        let group = try checker.trade(reporter: "USA", partner: "BGD", period: year, product: .hs("61-62"))
        #expect(group.imports.value == parts.reduce(0, +))
        #expect(group.imports.isComplete)
        // Ranked by the sum: each partner's chapters added up.
        let ranking = try checker.topPartners(
            reporter: "USA", flow: .imports, period: year, product: .hs("61-62"), limit: 3)
        #expect(ranking.items.map(\.code) == ["CHN", "VNM", "BGD"])
        #expect(ranking.items.map(\.rank) == [1, 2, 3])
        #expect(ranking.items.last?.value.value == group.imports.value)
        // A run of months, summed the same way.
        let months = try checker.sum(
            TradeSubject(reporter: "USA", partner: "BGD", flow: .imports, product: .hs("61-62")),
            months: PeriodRange(.month(2023, 1), .month(2023, 12)))
        #expect(months.value == group.imports.value)
        #expect(months.isComplete)
    }

    @Test func aGroupWithoutDetailForThePeriodStaysTheStoresError() {
        let checker = ClaimChecker(database: BundledStore.database)
        #expect(throws: (any Error).self) {
            try checker.trade(reporter: "USA", partner: "BGD", period: .year(2015), product: .hs("61-62"))
        }
    }
}

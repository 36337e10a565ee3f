import Testing
import TradeModel
import TradeStore
import TradeTestSupport

@testable import TradeImport

@Suite("Figures on the bundled data")
struct BundledDataTests {
    let database = BundledStore.database

    @Test func usRussia2024() throws {
        let trade = try database.trade(reporter: "USA", partner: "RUS", period: .year(2024))
        #expect(trade.exports.value == 528_319_141)
        #expect(trade.imports.value == 3_007_309_060)
        #expect(trade.total.value == 3_535_628_201)
        #expect(trade.exports.isComplete)
        #expect(trade.coverage.sources.map(\.dataset) == ["census-api"])
        #expect(trade.coverage.first == .month(1992, 1))
        #expect(trade.coverage.last == .month(2025, 12))
    }

    @Test func exportsToRussiaPeak() throws {
        let subject = TradeSubject(reporter: "USA", partner: "RUS", flow: .exports)
        let monthly = try database.peak(subject, frequency: .monthly)
        #expect(monthly.peak.period == .month(2014, 5))
        #expect(monthly.peak.value == 1_249_411_238)
        let annual = try database.peak(subject, frequency: .annual)
        #expect(annual.peak.period == .year(2013))
        #expect(annual.peak.value == 11_144_747_483)
        #expect(annual.runnersUp.first?.period == .year(2014))
    }

    @Test func largestExportMarketIsACountry() throws {
        let top = try database.topPartners(reporter: "USA", flow: .exports, period: .year(2024), limit: 5)
        #expect(top.items.first?.code == "CAN")
        #expect(top.items.allSatisfy { database.countries.country(code: $0.code)?.isCountry == true })
        #expect(!top.items.contains { ["EU", "OECD", "WORLD", "APEC", "USMCA"].contains($0.code) })
    }

    @Test func chinaBalance2024() throws {
        let trade = try database.trade(reporter: "USA", partner: "China", period: .year(2024))
        #expect(trade.balance.value == -295_515_248_710)
    }

    @Test func workbookReleaseKeepsUnpublishedMonthsMissing() throws {
        let old = try database.trade(
            reporter: "USA", partner: "RUS", period: .year(2024), vintage: .dataset("census-country-xlsx"))
        #expect(old.exports.months == Array(1...8))
        #expect(old.exports.isComplete == false)
        #expect(old.exports.partialLabel(.en) == "Jan–Aug 2024")
        #expect(throws: StoreError.self) {
            try database.trade(
                reporter: "USA", partner: "RUS", period: .month(2024, 9), vintage: .dataset("census-country-xlsx"))
        }
        // Older years come from the workbook, in whole dollars from millions with one decimal.
        let year1995 = try database.trade(reporter: "USA", partner: "RUS", period: .year(1995))
        #expect(year1995.exports.isComplete)
        #expect(year1995.coverage.sources.map(\.dataset) == ["census-country-xlsx"])
    }

    @Test func year2025ComesFromItsOwnRelease() throws {
        let trade = try database.trade(reporter: "USA", partner: "RUS", period: .year(2025))
        #expect(trade.exports.value == 582_500_000)
        #expect(trade.imports.value == 3_776_600_000)
        let source = try #require(trade.coverage.sources.first)
        #expect(source.dataset == "census-country-xlsx-2025-rus")
        #expect(source.vintage == "2026-10")
        #expect(source.note?.contains("Transcribed") == true)
    }

    @Test func shareChangeAndProducts() throws {
        let share = try database.share(
            TradeSubject(reporter: "USA", partner: "RUS", flow: .exports), period: .year(2014))
        let percent = try #require(share.percent)
        #expect(percent > 0.5 && percent < 1.0)
        let change = try database.change(
            TradeSubject(reporter: "USA", partner: "RUS", flow: .total), from: .year(2014), to: .year(2022))
        #expect((change.percent ?? 0) < -40)
        let products = try database.topProducts(
            reporter: "USA", partner: "RUS", flow: .imports, period: .year(2024), level: 2, limit: 3)
        #expect(products.items.map(\.code) == ["31", "71", "28"])
        #expect(products.items.first.flatMap { $0.value.value }.map { abs($0 - 1_073_800_000) < 100_000 } == true)
        #expect(products.items.first?.nameDE == "Düngemittel")
    }

    @Test func coverageListsEveryRelease() throws {
        let report = try database.coverage()
        #expect(
            report.datasets.map(\.source.dataset) == [
                "census-country-xlsx", "census-api", "census-api-hs2", "census-country-xlsx-2025-rus",
            ])
        #expect(report.imports.count == BundledData.files.count)
        let workbook = try #require(report.datasets.first)
        #expect(workbook.supersededRows > 60_000, "2013–Aug 2024 cells are replaced by the API release")
    }
}

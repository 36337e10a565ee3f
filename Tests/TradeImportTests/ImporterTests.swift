import Foundation
import Testing
import TradeModel
import TradeStore

@testable import TradeImport

private func fixture(_ name: String) throws -> String {
    let url = try #require(Bundle.module.url(forResource: "Fixtures/\(name)", withExtension: nil))
    return url.path
}

private func release(_ name: String) -> DatasetDescriptor {
    DatasetDescriptor(name: name, family: name, publisher: "Test", title: name, vintage: "2030-01")
}

@Suite("Importing files")
struct ImporterTests {
    @Test func tidyCSVResolvesNamesAndIsIdempotent() throws {
        let database = try TradeDatabase.inMemory()
        let importer = TradeImporter(database: database)
        let first = try importer.importFile(at: fixture("tidy_ok.csv"), format: .tidyCSV, dataset: release("t"))
        #expect(first.rows == 3)
        let second = try importer.importFile(at: fixture("tidy_ok.csv"), format: .tidyCSV, dataset: release("t"))
        #expect(second.alreadyImported)
        #expect(second.rows == 0)
        let trade = try database.trade(reporter: "USA", partner: "RUS", period: .month(2030, 1))
        #expect(trade.exports.value == 1_000)
        #expect(trade.imports.value == 2_500)
        #expect(try database.coverage().imports.count == 1)
    }

    @Test func malformedFileIsRejectedWholeWithLines() throws {
        let database = try TradeDatabase.inMemory()
        let importer = TradeImporter(database: database)
        #expect {
            try importer.importFile(at: fixture("tidy_bad.csv"), format: .tidyCSV, dataset: release("t"))
        } throws: { error in
            guard case .malformed(let file, let problems, _) = error as? ImportError else { return false }
            return file == "tidy_bad.csv" && problems.map(\.line) == [3, 4, 5, 6]
                && problems[0].reason.contains("Narnia") && problems[1].reason.contains("sideways")
        }
        #expect(try database.coverage().datasets.isEmpty, "nothing of a rejected file is stored")
        #expect(try database.coverage().imports.isEmpty)
    }

    @Test func censusWorkbookBadNumberNamesTheCell() throws {
        let database = try TradeDatabase.inMemory()
        #expect {
            try TradeImporter(database: database).importFile(
                at: fixture("census_country_bad.csv"), format: .censusCountry, dataset: release("w"))
        } throws: { error in
            guard case .malformed(_, let problems, _) = error as? ImportError else { return false }
            return problems.count == 1 && problems[0].line == 3 && problems[0].reason.contains("IFEB")
        }
        #expect(try database.coverage().datasets.isEmpty)
    }

    @Test func censusWorkbookUnpublishedMonthsAreMissingNotZero() throws {
        let database = try TradeDatabase.inMemory()
        let summary = try TradeImporter(database: database).importFile(
            at: fixture("census_country_partial.csv"), format: .censusCountry, dataset: release("w"))
        #expect(summary.rows == 2 * 2 * 3, "World and Russia, two flows, Jan–Mar")
        #expect(summary.notes.contains { $0.contains("0007") })
        let trade = try database.trade(reporter: "USA", partner: "RUS", period: .year(2030))
        #expect(trade.imports.value == 3_750_000)
        #expect(trade.imports.months == [1, 2, 3], "February's 0.0 is a published zero; April on is unpublished")
        #expect(trade.exports.value == 600_000)
        #expect(trade.exports.partialLabel(.en) == "Jan–Mar 2030")
    }

    @Test func censusAPIJSON() throws {
        let database = try TradeDatabase.inMemory()
        let summary = try TradeImporter(database: database).importFile(
            at: fixture("census_api_exports.json"), format: .censusAPI, dataset: release("api"))
        #expect(summary.rows == 4)
        #expect(
            try database.trade(reporter: "USA", partner: "RUS", period: .month(2025, 1)).exports.value == 35_200_000)
        let top = try database.topPartners(reporter: "USA", flow: .exports, period: .month(2025, 1))
        #expect(top.items.map(\.code) == ["CAN", "RUS"], "the EU is a group, not a partner to rank")
    }

    @Test func baciValuesCodesAndTotals() throws {
        let database = try TradeDatabase.inMemory()
        let summary = try TradeImporter(database: database).importFile(
            at: fixture("baci_sample.csv"), format: .baci, dataset: release("baci"))
        #expect(summary.rows == 4 + 3, "four HS6 rows and three exporter–importer totals")
        let products = try database.topProducts(
            reporter: "USA", partner: "RUS", flow: .exports, period: .year(2022), level: 6)
        #expect(products.items.map(\.code) == ["284420", "010121"])
        #expect(products.items.map { $0.value.value } == [1_000_000, 12_345])
        let total = try database.trade(reporter: "USA", partner: "RUS", period: .year(2022))
        #expect(total.exports.value == 1_012_345)
        #expect(try database.trade(reporter: "DEU", partner: "USA", period: .year(2022)).exports.value == 4_000_000)
    }

    @Test func wrongFormatSaysSo() throws {
        let database = try TradeDatabase.inMemory()
        #expect(throws: ImportError.self) {
            try TradeImporter(database: database).importFile(at: fixture("baci_sample.csv"), format: .censusAPI)
        }
        #expect(throws: ImportError.unreadable(path: "/nonexistent.csv", reason: "no such file or no permission")) {
            try TradeImporter(database: database).importFile(at: "/nonexistent.csv", format: .tidyCSV)
        }
    }

    @Test func baciVersionInFileNameBecomesTheRelease() {
        let dataset = TradeImporter.defaultDataset(for: .baci, fileName: "BACI_HS22_Y2022_V202501.csv")
        #expect(dataset.source.vintage == "2025-01")
    }
}

import GRDB
import Testing
import TradeModel

@testable import TradeStore

/// A small store: USA–RUS exports per month from two releases of one source, plus partners.
private func makeStore() throws -> TradeDatabase {
    let database = try TradeDatabase.inMemory()
    let old = DatasetDescriptor(name: "old", family: "census", publisher: "P", title: "Old release", vintage: "2024-10")
    let new = DatasetDescriptor(name: "new", family: "census", publisher: "P", title: "New release", vintage: "2025-10")
    // Old release: 2023 complete (100 a month), 2024 Jan–Aug only (200 a month).
    _ = try database.importFile(ImportedFile(name: "old.csv", sha256: "aa", format: "test"), into: old) { writer in
        for month in 1...12 {
            try writer.write(
                TradeRow(reporter: "USA", partner: "RUS", flow: .exports, year: 2023, month: month, value: 100))
            try writer.write(
                TradeRow(reporter: "USA", partner: "RUS", flow: .imports, year: 2023, month: month, value: 300))
        }
        for month in 1...8 {
            try writer.write(
                TradeRow(reporter: "USA", partner: "RUS", flow: .exports, year: 2024, month: month, value: 200))
        }
    }
    // New release: revises 2023 (110 a month) but has no 2024.
    _ = try database.importFile(ImportedFile(name: "new.csv", sha256: "bb", format: "test"), into: new) { writer in
        for month in 1...12 {
            try writer.write(
                TradeRow(reporter: "USA", partner: "RUS", flow: .exports, year: 2023, month: month, value: 110))
        }
    }
    return database
}

@Suite("Trade store")
struct StoreTests {
    @Test func newestReleaseWinsAndOlderStaysSelectable() throws {
        let database = try makeStore()
        let newest = try database.trade(reporter: "USA", partner: "RUS", period: .year(2023))
        #expect(newest.exports.value == 1_320)
        #expect(newest.imports.value == 3_600, "cells only the old release has are still read")
        #expect(newest.balance.value == 1_320 - 3_600)
        #expect(newest.total.value == 4_920)
        let old = try database.trade(reporter: "USA", partner: "RUS", period: .year(2023), vintage: .dataset("old"))
        #expect(old.exports.value == 1_200)
        let byVintage = try database.trade(
            reporter: "USA", partner: "RUS", period: .year(2023), vintage: .dataset("2024-10"))
        #expect(byVintage.exports.value == 1_200)
    }

    @Test func olderReleaseImportedLaterDoesNotWin() throws {
        let database = try makeStore()
        let older = DatasetDescriptor(
            name: "older", family: "census", publisher: "P", title: "Oldest", vintage: "2020-01")
        let outcome = try database.importFile(
            ImportedFile(name: "older.csv", sha256: "cc", format: "test"), into: older
        ) {
            writer in
            try writer.write(
                TradeRow(reporter: "USA", partner: "RUS", flow: .exports, year: 2023, month: 1, value: 999))
        }
        #expect(outcome.replacedByNewerRows == 1)
        #expect(try database.trade(reporter: "USA", partner: "RUS", period: .month(2023, 1)).exports.value == 110)
    }

    @Test func incompleteYearIsMarkedNotPresentedAsAYear() throws {
        let database = try makeStore()
        let summary = try database.trade(reporter: "USA", partner: "RUS", period: .year(2024))
        #expect(summary.exports.value == 1_600)
        #expect(summary.exports.isComplete == false)
        #expect(summary.exports.months == Array(1...8))
        #expect(summary.exports.partialLabel(.en) == "Jan–Aug 2024")
        #expect(summary.imports.value == nil)
    }

    @Test func peakComparesCompleteYearsOnly() throws {
        let database = try makeStore()
        let peak = try database.peak(TradeSubject(reporter: "USA", partner: "RUS", flow: .exports), frequency: .annual)
        #expect(peak.peak.period == .year(2023))
        #expect(peak.excluded.map(\.period) == [.year(2024)])
        let monthly = try database.peak(
            TradeSubject(reporter: "USA", partner: "RUS", flow: .exports), frequency: .monthly)
        #expect(monthly.peak.value == 200)
        #expect(monthly.peak.period == .month(2024, 1), "ties go to the first month that reached the value")
        let lowest = try database.peak(
            TradeSubject(reporter: "USA", partner: "RUS", flow: .exports), frequency: .monthly, lowest: true)
        #expect(lowest.peak.value == 110)
    }

    @Test func sameFileTwiceDoesNotDoubleCount() throws {
        let database = try makeStore()
        let again = try database.importFile(
            ImportedFile(name: "new.csv", sha256: "bb", format: "test"),
            into: DatasetDescriptor(
                name: "new", family: "census", publisher: "P", title: "New release", vintage: "2025-10")
        ) { _ in Issue.record("rows must not be read again") }
        #expect(again.alreadyImported)
        #expect(try database.trade(reporter: "USA", partner: "RUS", period: .year(2023)).exports.value == 1_320)
    }

    @Test func failedImportLeavesNothing() throws {
        let database = try makeStore()
        struct Broken: Error {}
        let dataset = DatasetDescriptor(name: "broken", family: "other", publisher: "P", title: "T", vintage: "2025-01")
        #expect(throws: Broken.self) {
            try database.importFile(ImportedFile(name: "b.csv", sha256: "dd", format: "test"), into: dataset) {
                writer in
                try writer.write(
                    TradeRow(reporter: "USA", partner: "CHN", flow: .exports, year: 2023, month: 1, value: 5))
                throw Broken()
            }
        }
        #expect(throws: StoreError.self) { try database.trade(reporter: "USA", partner: "CHN", period: .year(2023)) }
        #expect(try database.coverage().datasets.map(\.source.dataset).sorted() == ["new", "old"])
        #expect(try database.coverage().imports.count == 2)
    }

    @Test func rankingsCountCountriesOnly() throws {
        let database = try TradeDatabase.inMemory()
        let dataset = DatasetDescriptor(name: "d", family: "d", publisher: "P", title: "T", vintage: "2025-01")
        _ = try database.importFile(ImportedFile(name: "r.csv", sha256: "ee", format: "test"), into: dataset) {
            writer in
            let partners: [(String, Int64)] = [
                ("WORLD", 1_000), ("EU", 600), ("OECD", 900), ("CAN", 300), ("MEX", 250), ("DEU", 100),
            ]
            for (partner, value) in partners {
                try writer.write(
                    TradeRow(reporter: "USA", partner: partner, flow: .exports, year: 2024, month: 0, value: value))
            }
        }
        let top = try database.topPartners(reporter: "USA", flow: .exports, period: .year(2024), limit: 2)
        #expect(top.items.map(\.code) == ["CAN", "MEX"])
        #expect(top.items.first?.percentOfTotal == 30)
        #expect(top.total?.value == 1_000)
        let share = try database.share(
            TradeSubject(reporter: "USA", partner: "MEX", flow: .exports), period: .year(2024))
        #expect(share.percent == 25)
    }

    /// Rankings by all goods read the index over total rows; rankings of one product seek the
    /// key per partner. Both take the newest release and sum complete years of months.
    @Test func partnerRankingsByAllGoodsAndByProduct() throws {
        let database = try makeStore()
        let extra = DatasetDescriptor(name: "x", family: "x", publisher: "P", title: "T", vintage: "2025-01")
        _ = try database.importFile(ImportedFile(name: "x.csv", sha256: "xx", format: "test"), into: extra) {
            writer in
            for month in 1...12 {
                try writer.write(
                    TradeRow(reporter: "USA", partner: "CAN", flow: .exports, year: 2023, month: month, value: 105))
                try writer.write(
                    TradeRow(
                        reporter: "USA", partner: "CAN", flow: .exports, product: .hs("27"), year: 2023, month: month,
                        value: 40))
                try writer.write(
                    TradeRow(
                        reporter: "USA", partner: "RUS", flow: .exports, product: .hs("27"), year: 2023, month: month,
                        value: 50))
            }
        }
        let all = try database.topPartners(reporter: "USA", flow: .exports, period: .year(2023))
        #expect(all.items.map(\.code) == ["RUS", "CAN"])
        #expect(all.items.map(\.value.value) == [1_320, 1_260], "RUS from the newer release (110 a month)")
        let old = try database.topPartners(
            reporter: "USA", flow: .exports, period: .year(2023), vintage: .dataset("old"))
        #expect(old.items.map(\.value.value) == [1_200])
        let fuel = try database.topPartners(
            reporter: "USA", flow: .exports, period: .year(2023), product: .hs("27"))
        #expect(fuel.items.map(\.code) == ["RUS", "CAN"])
        #expect(fuel.items.map(\.value.value) == [600, 480])
        let both = try database.topPartners(reporter: "USA", flow: .total, period: .year(2023))
        #expect(both.items.map(\.value.value) == [1_320 + 3_600], "CAN has no imports: its total is unknown")
    }

    /// Where two sources hold the same cell, the later one counts, once; months add up per product.
    @Test func productRankingsTakeEachCellOnce() throws {
        let database = try TradeDatabase.inMemory()
        for (name, value) in [("a", Int64(10)), ("b", 30)] {
            let dataset = DatasetDescriptor(name: name, family: name, publisher: "P", title: "T", vintage: "2025-01")
            _ = try database.importFile(ImportedFile(name: name, sha256: name, format: "test"), into: dataset) {
                writer in
                for month in 1...12 {
                    for (product, factor) in [("2709", Int64(1)), ("8703", 2), ("1001", 3)]
                    where name == "a" || product == "8703" {
                        try writer.write(
                            TradeRow(
                                reporter: "USA", partner: "RUS", flow: .imports, product: .hs(product), year: 2024,
                                month: month, value: value * factor))
                    }
                }
            }
        }
        let top = try database.topProducts(
            reporter: "USA", partner: "RUS", flow: .imports, period: .year(2024), level: 4, limit: 2)
        #expect(top.items.map(\.code) == ["8703", "1001"])
        #expect(top.items.map(\.value.value) == [720, 360], "8703 from source b (60 a month), not 20 + 60")
        let march = try database.topProducts(
            reporter: "USA", partner: "RUS", flow: .imports, period: .month(2024, 3), level: 4, limit: 5)
        #expect(march.items.map(\.value.value) == [60, 30, 10])
    }

    @Test func changeAndSeries() throws {
        let database = try makeStore()
        let subject = TradeSubject(reporter: "USA", partner: "RUS", flow: .exports)
        let change = try database.change(subject, from: .month(2023, 1), to: .month(2024, 1))
        #expect(change.absolute == 90)
        #expect(abs((change.percent ?? 0) - 81.818) < 0.01)
        let series = try database.series(subject, frequency: .monthly, years: 2024...2024)
        #expect(series.points.count == 8)
        #expect(series.coverage.first == .month(2023, 1))
        #expect(series.coverage.last == .month(2024, 8))
    }

    @Test func clearErrors() throws {
        let database = try makeStore()
        #expect {
            try database.trade(reporter: "USA", partner: "RUS", period: .year(2030))
        } throws: { error in
            guard case .noData(_, let coverage) = error as? StoreError else { return false }
            return coverage == "2023-01..2024-08"
        }
        #expect(throws: StoreError.unknownDataset("nope", available: ["old@2024-10", "new@2025-10"])) {
            try database.trade(reporter: "USA", partner: "RUS", period: .year(2023), vintage: .dataset("nope"))
        }
        #expect(throws: CountryCatalog.LookupError.self) {
            try database.trade(reporter: "USA", partner: "Narnia", period: .year(2023))
        }
        #expect(throws: StoreError.self) {
            try database.topProducts(reporter: "USA", partner: "RUS", flow: .exports, period: .year(2023), level: 2)
        }
    }

    @Test func coverageReportsReleasesAndSupersededRows() throws {
        let report = try makeStore().coverage()
        let old = try #require(report.datasets.first { $0.source.dataset == "old" })
        #expect(old.rows == 32)
        #expect(old.supersededRows == 12)
        #expect(old.first == .month(2023, 1))
        #expect(old.last == .month(2024, 8))
        #expect(old.flows == [.exports, .imports])
    }
}

@Suite("Ranking")
struct RankingTests {
    @Test func largestFirstTiesKeepTheirOrderAndMissingAmountsAreLeftOut() {
        let amounts: [Int64?] = [5, nil, 9, 5, 1, 9, 7, nil, 3, 2, 0, 4, 6, 8, 5, 5, 1, 1, 2, 3]
        #expect(bestPositions(of: amounts, limit: 3) == [2, 5, 13])
        #expect(bestPositions(of: amounts, limit: 4) == [2, 5, 13, 6])
        #expect(bestPositions(of: amounts, limit: 7) == [2, 5, 13, 6, 12, 0, 3])
        #expect(bestPositions(of: amounts, limit: 0) == [])
        #expect(bestPositions(of: [nil, nil], limit: 5) == [])
    }

    /// The one-pass selection (small limits) and the sort (large ones) agree on every prefix.
    @Test func selectionAgreesWithASort() {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<50 {
            let amounts: [Int64?] = (0..<200).map { _ in
                Int.random(in: 0..<10, using: &generator) == 0 ? nil : Int64.random(in: 0..<40, using: &generator)
            }
            let sorted = bestPositions(of: amounts, limit: amounts.count)
            for limit in [1, 2, 10, 49] {
                #expect(bestPositions(of: amounts, limit: limit) == Array(sorted.prefix(limit)))
            }
        }
    }
}

@Suite("Migrations")
struct MigrationTests {
    /// A store made by 0.2 (schema v1, with an index over every row) keeps its rows, trades
    /// that index for the small one over total rows, and still ranks partners.
    @Test func version1StoreLosesThePartnerIndexAndStillRanks() throws {
        let queue = try DatabaseQueue()
        try TradeDatabase.migrator.migrate(queue, upTo: "v1")
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO dataset (id, name, family, publisher, title, vintage) VALUES (1, 'd', 'd', 'P', 'T', '2025-01');
                    INSERT INTO import_log (file_name, sha256, format, dataset_id, rows, imported_at)
                        VALUES ('f.csv', 'ff', 'test', 1, 3, '2025-01-01T00:00:00Z');
                    INSERT INTO trade (reporter, partner, flow, product, level, year, month, dataset_id, value) VALUES
                        ('USA', 'CAN', 1, 'TOTAL', 0, 2024, 0, 1, 300),
                        ('USA', 'MEX', 1, 'TOTAL', 0, 2024, 0, 1, 200),
                        ('USA', 'WORLD', 1, 'TOTAL', 0, 2024, 0, 1, 1000);
                    """)
        }
        let indexes = {
            try queue.read { db in try db.indexes(on: "trade").map(\.name).filter { !$0.hasPrefix("sqlite_") } }
        }
        #expect(try indexes() == ["trade_by_reporter"])
        let database = try TradeDatabase(queue)
        #expect(try indexes() == [TradeDatabase.totalsIndex])
        let top = try database.topPartners(reporter: "USA", flow: .exports, period: .year(2024))
        #expect(top.items.map(\.code) == ["CAN", "MEX"])
        #expect(top.items.map(\.percentOfTotal) == [30, 20])
    }
}

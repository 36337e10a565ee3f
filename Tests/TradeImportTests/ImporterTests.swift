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

    @Test func importInBackgroundFromAsyncCode() async throws {
        let database = try TradeDatabase.inMemory()
        let importer = TradeImporter(database: database)
        let summary = try await importer.importInBackground(
            at: fixture("baci_sample.csv"), format: .baci, dataset: release("baci"))
        #expect(summary.rows == 7)
        await #expect(throws: ImportError.self) {
            try await importer.importInBackground(at: fixture("tidy_bad.csv"), format: .tidyCSV, dataset: release("t"))
        }
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

/// Files larger than a few batches: the reading thread runs ahead of the writing one, is held
/// back when the channel is full, and stops when the import fails.
@Suite("Streaming large files")
struct StreamingTests {
    /// A BACI file of `years × exporters × importers × products` rows, in BACI's order, with
    /// `bad` replacing the value of the row on that line (2 is the first data row).
    private func baciFile(products: Int, badLine: Int? = nil) throws -> (path: String, rows: Int, value: Int64) {
        var text = "t,i,j,k,v,q\n"
        var rows = 0
        var value: Int64 = 0
        for year in 2020...2022 {
            for exporter in [156, 276, 842] {
                for importer in [124, 643] {
                    for product in 0..<products {
                        rows += 1
                        let thousands = (rows % 997) + 1
                        if rows + 1 == badLine {
                            text += "\(year),\(exporter),\(importer),\(100_000 + product),lots,\n"
                        } else {
                            text += "\(year),\(exporter),\(importer),\(100_000 + product),\(thousands).5,2\n"
                            value += Int64(thousands) * 1_000 + 500
                        }
                    }
                }
            }
        }
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("BACI_stream_\(UUID().uuidString).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        return (path, rows, value)
    }

    @Test func everyRowArrivesAndProgressReachesTheEnd() throws {
        let file = try baciFile(products: 5_600)
        defer { try? FileManager.default.removeItem(atPath: file.path) }
        #expect(file.rows > 8 * TradeImporter.batchRows, "enough rows to fill the channel")
        let database = try TradeDatabase.inMemory()
        let seen = Locked<[TradeImporter.Progress]>([])
        let summary = try TradeImporter(database: database).importFile(
            at: file.path, format: .baci, dataset: release("baci")
        ) { progress in seen.withLock { $0.append(progress) } }
        #expect(summary.rows == file.rows + 3 * 3 * 2, "every HS6 row and one total per exporter, importer and year")
        var stored: Int64 = 0
        for exporter in ["CHN", "DEU", "USA"] {
            for importer in ["CAN", "RUS"] {
                for year in 2020...2022 {
                    stored += try #require(
                        try database.trade(reporter: exporter, partner: importer, period: .year(year)).exports.value)
                }
            }
        }
        #expect(stored == file.value)
        let reports = seen.withLock { $0 }
        #expect(reports.count >= 2, "one every 100,000 rows and one at the end")
        #expect(reports.map(\.bytesRead) == reports.map(\.bytesRead).sorted())
        #expect(reports.last.map { $0.bytesRead == $0.totalBytes && $0.rows == summary.rows } == true)
    }

    @Test func aBadRowNearTheEndStoresNothing() throws {
        let file = try baciFile(products: 2_000, badLine: 30_000)
        defer { try? FileManager.default.removeItem(atPath: file.path) }
        let database = try TradeDatabase.inMemory()
        #expect {
            try TradeImporter(database: database).importFile(at: file.path, format: .baci, dataset: release("baci"))
        } throws: { error in
            guard case .malformed(_, let problems, let more) = error as? ImportError else { return false }
            return problems.map(\.line) == [30_000] && more == 0 && problems[0].reason.contains("lots")
        }
        #expect(try database.coverage().datasets.isEmpty, "rows written before the bad one were rolled back")
    }

    @Test func cancellingReleasesAReaderWaitingOnAFullChannel() throws {
        let channel = RowChannel(capacity: 2)
        let sent = Locked(0)
        let row = TradeRow(reporter: "USA", partner: "RUS", flow: .exports, year: 2024, month: 1, value: 1)
        Thread {
            while channel.send(RowChannel.Batch(rows: [row], bytesRead: 0)) {
                sent.withLock { $0 += 1 }
            }
            channel.finish(.failed(CancellationError()))
        }.start()
        #expect(channel.receive() != nil)
        channel.cancel()
        channel.waitForEnd()
        #expect(sent.withLock { $0 } <= 3, "the reader stopped at the full channel instead of running on")
        guard case .failed = channel.end else {
            Issue.record("the reader should have ended by failing")
            return
        }
    }
}

/// A value shared between threads behind a lock.
private final class Locked<Value>: @unchecked Sendable {
    private let lock = NSLock()
    private var value: Value

    init(_ value: Value) { self.value = value }

    func withLock<Result>(_ body: (inout Value) -> Result) -> Result {
        lock.lock()
        defer { lock.unlock() }
        return body(&value)
    }
}

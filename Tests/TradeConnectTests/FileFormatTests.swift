import Foundation
import Testing
import TradeImport
import TradeModel
import TradeStore

/// The new file formats through `tradecheck import`'s pipeline.
@Suite final class FileFormatTests {
    /// Files written by one test, removed when it ends.
    private let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("formats-\(UUID().uuidString)")

    init() throws { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }

    deinit { try? FileManager.default.removeItem(atPath: folder) }

    @Test func comtradeCSVWithSnakeCaseColumnsImportsPrimaryValuesInUSD() throws {
        let database = try TradeDatabase.inMemory()
        let summary = try TradeImporter(database: database).importFile(
            at: Fixtures.url("comtrade_usa_imports_2018_2022_snake.csv").path, format: .comtrade)
        #expect(summary.rows == 20)
        let germany = try database.trade(reporter: "USA", partner: "DEU", period: .year(2022))
        #expect(germany.imports.value == 150_408_499_381)
        #expect(germany.exports.value == nil)
        #expect(germany.imports.months.isEmpty)  // an annual figure
    }

    @Test func comtradeBulkFilesWithCodesOnlyImportTheWorldPartner() throws {
        let database = try TradeDatabase.inMemory()
        let summary = try TradeImporter(database: database).importFile(
            at: Fixtures.url("comtrade_bulk_arg_2000.csv").path, format: .comtrade)
        #expect(summary.rows == 10)
        let world = try database.trade(reporter: "ARG", partner: "WORLD", period: .year(2000))
        #expect(world.exports.value == 26_341_029_193)
    }

    @Test func comtradeJSONFromTheAPIImports() throws {
        let database = try TradeDatabase.inMemory()
        _ = try TradeImporter(database: database).importFile(
            at: Fixtures.url("comtrade_842_643_2021_M.json").path, format: .comtrade)
        #expect(
            try database.trade(reporter: "USA", partner: "RUS", period: .year(2021)).imports.value == 30_248_113_480)
    }

    @Test func comtradeRowsBrokenDownByTransportModeAreLeftOut() throws {
        let csv = """
            reporterCode,partnerCode,partner2Code,flowCode,cmdCode,period,freqCode,motCode,customsCode,primaryValue
            643,842,0,X,TOTAL,2021,A,0,C00,1000
            643,842,0,X,TOTAL,2021,A,2100,C00,400
            643,842,0,RX,TOTAL,2021,A,0,C00,7
            """
        let path = try write(csv, "breakdown.csv")
        let database = try TradeDatabase.inMemory()
        let summary = try TradeImporter(database: database).importFile(at: path, format: .comtrade)
        #expect(summary.rows == 1)
        #expect(summary.notes.contains { $0.contains("transport mode") })
        #expect(summary.notes.contains { $0.contains("RX") })
        #expect(try database.trade(reporter: "RUS", partner: "USA", period: .year(2021)).exports.value == 1000)
    }

    @Test func comextValuesAreStoredAsEurosAndKeptApartFromDollars() throws {
        let database = try TradeDatabase.inMemory()
        let summary = try TradeImporter(database: database).importFile(
            at: Fixtures.url("comext_de_ru_2021.csv").path, format: .comext)
        #expect(summary.rows == 6)
        let tidy = """
            reporter,partner,flow,product,period,value_usd
            DEU,RUS,exports,TOTAL,2021-01,5
            """
        _ = try TradeImporter(database: database).importFile(at: try write(tidy, "usd.csv"), format: .tidyCSV)
        // Default answers read dollar releases only: the euro months are not added in.
        let usd = try database.trade(reporter: "DEU", partner: "RUS", period: .month(2021, 1))
        #expect(usd.exports.value == 5)
        #expect(usd.coverage.sources.allSatisfy { $0.currency == "USD" })
        #expect(throws: StoreError.self) {
            try database.trade(reporter: "DEU", partner: "RUS", period: .month(2021, 2))
        }
        // Named, the euro release answers in euros and says so.
        let eur = try database.trade(reporter: "DEU", partner: "RUS", period: .year(2021), vintage: .dataset("comext"))
        #expect(eur.imports.value == 7_650_900_579)
        #expect(eur.exports.value == 6_102_332_654)
        #expect(eur.coverage.sources.map(\.currency) == ["EUR"])
    }

    @Test func comextReadsEveryPeriodFormAndLeavesOutCN8AndOtherIndicators() throws {
        let csv = """
            DATAFLOW,LAST UPDATE,freq,reporter,partner,product,flow,indicators,TIME_PERIOD,OBS_VALUE,OBS_FLAG
            ESTAT:DS-045409(1.0),15/11/24 23:00:00,M,FR,US,27,2,VALUE_IN_EUROS,2021M03,1500,
            ESTAT:DS-045409(1.0),15/11/24 23:00:00,M,FR,US,27,2,QUANTITY_IN_100KG,2021M03,99,
            ESTAT:DS-045409(1.0),15/11/24 23:00:00,M,FR,US,27101943,2,VALUE_IN_EUROS,2021M03,700,
            ESTAT:DS-045409(1.0),15/11/24 23:00:00,A,EL,US,TOTAL,1,VALUE_IN_EUROS,2020,250.4,
            ESTAT:DS-045409(1.0),15/11/24 23:00:00,M,FR,US,TOTAL,1,VALUE_IN_EUROS,2021-04,,c
            """
        let database = try TradeDatabase.inMemory()
        let summary = try TradeImporter(database: database).importFile(
            at: try write(csv, "forms.csv"), format: .comext)
        #expect(summary.rows == 2)
        #expect(summary.notes.contains { $0.contains("8-digit CN") })
        #expect(summary.notes.contains { $0.contains("QUANTITY_IN_100KG") })
        let france = try database.series(
            TradeSubject(reporter: "FRA", partner: "USA", flow: .exports, product: .hs("27")), frequency: .monthly,
            vintage: .dataset("comext"))
        #expect(france.points.map(\.period) == [.month(2021, 3)])
        #expect(france.points.first?.value == 1500)
        let greece = try database.trade(
            reporter: "GRC", partner: "USA", period: .year(2020), vintage: .dataset("comext"))
        #expect(greece.imports.value == 250)
    }

    @Test func comtradeRowsWithABadPeriodRejectTheWholeFileWithLineNumbers() throws {
        let csv = """
            reporterCode,partnerCode,flowCode,cmdCode,period,primaryValue
            643,842,X,TOTAL,2021,1000
            643,842,X,TOTAL,20x1,1000
            643,842,M,TOTAL,2021,abc
            """
        let database = try TradeDatabase.inMemory()
        #expect {
            try TradeImporter(database: database).importFile(at: try write(csv, "bad.csv"), format: .comtrade)
        } throws: { error in
            guard case .malformed(_, let problems, _) = error as? ImportError else { return false }
            return problems.map(\.line) == [3, 4] && problems[1].reason.contains("primaryValue")
        }
        let nothingStored = try database.isEmpty()
        #expect(nothingStored)
    }

    @Test func aVintageNamingReleasesInTwoCurrenciesIsRefused() throws {
        let database = try TradeDatabase.inMemory()
        var euros = TradeImporter.defaultDataset(for: .comext, fileName: "")
        euros.source.vintage = "2021-12"
        _ = try TradeImporter(database: database).importFile(
            at: Fixtures.url("comext_de_ru_2021.csv").path, format: .comext, dataset: euros)
        var dollars = TradeImporter.defaultDataset(for: .tidyCSV, fileName: "usd.csv")
        dollars.source.vintage = "2021-12"
        let tidy = "reporter,partner,flow,product,period,value_usd\nDEU,RUS,exports,TOTAL,2021-01,5\n"
        _ = try TradeImporter(database: database).importFile(
            at: try write(tidy, "usd.csv"), format: .tidyCSV, dataset: dollars)
        #expect {
            try database.trade(reporter: "DEU", partner: "RUS", period: .month(2021, 1), vintage: .dataset("2021-12"))
        } throws: { error in
            guard case .invalidQuestion(let message) = error as? StoreError else { return false }
            return message.contains("EUR") && message.contains("USD")
        }
        let eur = try database.trade(
            reporter: "DEU", partner: "RUS", period: .month(2021, 1), vintage: .dataset("comext@2021-12"))
        #expect(eur.exports.value == 1_910_456_000)
    }

    @Test func comextRejectsAFileWithoutSDMXColumns() throws {
        let database = try TradeDatabase.inMemory()
        #expect(throws: ImportError.self) {
            try TradeImporter(database: database).importFile(
                at: try write("a,b\n1,2\n", "not-sdmx.csv"), format: .comext)
        }
    }

    func write(_ text: String, _ name: String) throws -> String {
        let path = (folder as NSString).appendingPathComponent(name)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }
}

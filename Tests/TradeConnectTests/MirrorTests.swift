import Foundation
import Testing
import TradeImport
import TradeModel
import TradeStore

/// Mirror statistics: each side's statement of the same flows.
@Suite struct MirrorTests {
    /// U.S. figures from the Census fixtures (2021), Russia's from the Comtrade fixtures (2020, 2021).
    func store() throws -> TradeDatabase {
        let database = try TradeDatabase.inMemory()
        let importer = TradeImporter(database: database)
        for name in ["census_exports_4621_2021.json", "census_imports_4621_2021.json"] {
            _ = try importer.importFile(at: Fixtures.url(name).path, format: .censusAPI)
        }
        for name in ["comtrade_643_842_2021.json", "comtrade_643_842_2020.json"] {
            _ = try importer.importFile(at: Fixtures.url(name).path, format: .comtrade)
        }
        return database
    }

    @Test func eachFlowIsShownAsBothSidesStateIt() throws {
        let answer = try store().mirror(reporter: "USA", partner: "Russland", period: .year(2021))
        #expect(answer.comparisons.map(\.flow) == [.exports, .imports])
        let exports = answer.comparisons[0]
        #expect(exports.reporterStates.value == 6_388_172_965)  // U.S. exports (Census)
        #expect(exports.partnerStates.value == 12_565_093_911)  // Russian imports from the U.S. (Comtrade)
        #expect(exports.gap == 6_388_172_965 - 12_565_093_911)
        let percent = try #require(exports.gapPercent)
        #expect(abs(percent - (-49.16)) < 0.01)
        #expect(exports.reporterSources.map(\.publisher) == ["U.S. Census Bureau"])
        #expect(exports.partnerSources.map(\.dataset) == ["comtrade"])
        #expect(exports.reasons.first == .valuation)  // Russia's imports are CIF
        let imports = answer.comparisons[1]
        #expect(imports.reporterStates.value == 29_638_331_711)
        #expect(imports.partnerStates.value == 17_716_548_432)
        #expect(imports.reasons.first == .usCustomsValue)  // the importer is the U.S. (Census customs value)
        #expect(answer.partnerStatus.reported)
        #expect(answer.reporterStatus.reported)
    }

    @Test func aPartnerThatStoppedReportingIsExplainedNotFailed() throws {
        let database = try store()
        let tidy = """
            reporter,partner,flow,product,period,value_usd
            USA,RUS,exports,TOTAL,2022,1655400000
            """
        let path = (NSTemporaryDirectory() as NSString).appendingPathComponent("\(UUID().uuidString).csv")
        try tidy.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try TradeImporter(database: database).importFile(at: path, format: .tidyCSV)
        let answer = try database.mirror(reporter: "USA", partner: "RUS", period: .year(2022))
        #expect(answer.comparisons[0].reporterStates.value == 1_655_400_000)
        #expect(answer.comparisons[0].partnerStates.value == nil)
        #expect(answer.comparisons[0].gap == nil)
        #expect(!answer.partnerStatus.reported)
        #expect(answer.partnerStatus.lastReported == .year(2021))
        let note = try #require(answer.partnerStatus.note)
        #expect(note.contains("latest are for 2021"))
        #expect(note.contains("stopped publishing"))
    }

    @Test func seenFromTheOtherSideTheRolesSwap() throws {
        let answer = try store().mirror(reporter: "RUS", partner: "USA", period: .year(2021))
        #expect(answer.comparisons[0].reporterStates.value == 17_716_548_432)
        #expect(answer.comparisons[0].partnerStates.value == 29_638_331_711)
    }

    @Test func baciAndEuroReleasesAreNotTakenForEitherSide() throws {
        let database = try TradeDatabase.inMemory()
        _ = try TradeImporter(database: database).importFile(at: Fixtures.url("baci_small.csv").path, format: .baci)
        _ = try TradeImporter(database: database).importFile(
            at: Fixtures.url("comext_de_ru_2021.csv").path, format: .comext)
        #expect(throws: StoreError.self) { try database.mirror(reporter: "USA", partner: "RUS", period: .year(2021)) }
        #expect(throws: StoreError.self) { try database.mirror(reporter: "DEU", partner: "RUS", period: .year(2021)) }
    }

    @Test func theAnswerRoundTripsThroughJSON() throws {
        let answer = try store().mirror(reporter: "USA", partner: "RUS", period: .year(2021))
        let decoded = try JSONDecoder().decode(MirrorAnswer.self, from: JSONEncoder().encode(answer))
        #expect(decoded == answer)
    }
}

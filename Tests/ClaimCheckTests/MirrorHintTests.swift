import Foundation
import Testing
import TradeImport
import TradeModel
import TradeStore

@testable import ClaimCheck

@Suite("Mirror statistics in explanations")
struct MirrorHintTests {
    /// A store with U.S. exports to Chile (12 bn USD in 2019, as the U.S. states them) and
    /// Chile's imports from the U.S. (18 bn USD, as Chile states them).
    private func store() throws -> TradeDatabase {
        var text = "reporter,partner,flow,product,period,value_usd\n"
        for month in 1...12 {
            let period = "2019-\(month < 10 ? "0" : "")\(month)"
            text += "USA,CHL,exports,TOTAL,\(period),1000000000\n"
            text += "CHL,USA,imports,TOTAL,\(period),1500000000\n"
        }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("mirror-\(UUID().uuidString).csv").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let database = try TradeDatabase.inMemory()
        _ = try TradeImporter(database: database).importFile(at: path, format: .tidyCSV)
        return database
    }

    @Test("a figure that matches the partner's own statistics is explained as a mirror figure")
    func mirrorFigure() throws {
        let checker = ClaimChecker(database: try store())
        let english = checker.check("In 2019, U.S. exports to Chile were $18 billion.", language: .en)
        #expect(english.claims.count == 1)
        #expect(english.claims.first?.verdict == .contradicted)
        #expect(english.claims.first?.explanation.contains("a mirror statistic") == true)
        #expect(english.claims.first?.explanation.contains("Chile reports as its imports from the U.S.") == true)

        let german = checker.check(
            "2019 exportierten die USA Waren im Wert von 18 Milliarden Dollar nach Chile.", language: .de)
        #expect(german.claims.first?.explanation.contains("Spiegelstatistik") == true)
    }

    @Test("a figure that matches neither side gets no mirror hint")
    func noMirror() throws {
        let checker = ClaimChecker(database: try store())
        let report = checker.check("In 2019, U.S. exports to Chile were $30 billion.", language: .en)
        #expect(report.claims.first?.explanation.contains("mirror statistic") == false, "\(report.claims)")
    }
}

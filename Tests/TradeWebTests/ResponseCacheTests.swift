import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import TradeImport
import TradeStore

@testable import TradeWeb

@Suite("Response cache")
struct ResponseCacheTests {
    /// Writes a one-year tidy CSV (12 months of exports from the USA to Chile) and imports it.
    private func importYear(_ monthly: Int, into database: TradeDatabase, name: String) throws {
        var text = "reporter,partner,flow,product,period,value_usd\n"
        for month in 1...12 { text += "USA,CHL,exports,TOTAL,2030-\(month < 10 ? "0" : "")\(month),\(monthly)\n" }
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("\(UUID().uuidString)-\(name)").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(atPath: path) }
        _ = try TradeImporter(database: database).importFile(at: path, format: .tidyCSV)
    }

    @Test("an import by anyone makes cached answers give way to the new figures")
    func invalidatedByImports() async throws {
        let database = try TradeDatabase.inMemory()
        try importYear(1_000, into: database, name: "first.csv")
        let app = buildApplication(database: database, configuration: .init(responseCacheSize: 16))
        let uri = "/api/trade?reporter=USA&partner=CHL&year=2030"
        try await app.test(.router) { client in
            let first = try await client.execute(uri: uri, method: .get) { String(buffer: $0.body) }
            let again = try await client.execute(uri: uri, method: .get) { String(buffer: $0.body) }
            #expect(first == again)
            #expect(first.contains("\"value\":12000"))
            try importYear(2_000, into: database, name: "second.csv")
            let after = try await client.execute(uri: uri, method: .get) { String(buffer: $0.body) }
            #expect(after.contains("\"value\":24000"), "\(after.prefix(300))")
        }
    }

    @Test("errors are not cached; a cache of size 0 is off")
    func errorsAndOff() throws {
        let database = try TradeDatabase.inMemory()
        let cache = ResponseCache(capacity: 0)
        var calls = 0
        for _ in 0..<2 {
            _ = try cache.body(for: "/x", database: database) {
                calls += 1
                return ByteBuffer(string: "{}")
            }
        }
        #expect(calls == 2)
        let on = ResponseCache(capacity: 4)
        struct Failure: Error {}
        #expect(throws: Failure.self) { _ = try on.body(for: "/y", database: database) { throw Failure() } }
        let body = try on.body(for: "/y", database: database) { ByteBuffer(string: "ok") }
        #expect(String(buffer: body) == "ok")
    }
}

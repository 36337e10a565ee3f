import Foundation
import GRDB
import Hummingbird
import Testing
import TradeTestSupport

@testable import TradeWeb

@Suite("JSON API")
struct APITests {
    @Test("trade answers the issue's 2024 figures, with names in German")
    func trade() async throws {
        let response = try await TestApp.request("/api/trade?reporter=USA&partner=Russland&year=2024")
        #expect(response.status == .ok)
        #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
        let body = try TestApp.json(response.body)
        #expect((body["exports"] as? [String: Any])?["value"] as? Int == 528_319_141)
        #expect((body["imports"] as? [String: Any])?["value"] as? Int == 3_007_309_060)
        #expect(((body["partner"] as? [String: Any])?["code"] as? String) == "RUS")
        #expect(((body["coverage"] as? [String: Any])?["sources"] as? [Any])?.isEmpty == false)
    }

    @Test("trade for a month, with a product")
    func tradeMonth() async throws {
        let response = try await TestApp.request("/api/trade?reporter=USA&partner=RUS&month=2014-05")
        let body = try TestApp.json(response.body)
        #expect((body["exports"] as? [String: Any])?["value"] as? Int == 1_249_411_238)
    }

    @Test("series, peak, change and share use the CLI's parameters")
    func questions() async throws {
        let series = try TestApp.json(
            try await TestApp.request(
                "/api/series?reporter=USA&partner=RUS&flow=exports&monthly=true&from=2014&to=2014"
            )
            .body)
        #expect((series["points"] as? [Any])?.count == 12)
        #expect(series["frequency"] as? String == "monthly")

        let peak = try TestApp.json(
            try await TestApp.request("/api/peak?reporter=USA&partner=RUS&flow=exports&monthly=true").body)
        #expect((peak["peak"] as? [String: Any])?["period"] as? String == "2014-05")
        let annualPeak = try TestApp.json(
            try await TestApp.request("/api/peak?reporter=USA&partner=RUS&flow=exports").body)
        #expect((annualPeak["peak"] as? [String: Any])?["period"] as? String == "2013")

        let change = try TestApp.json(
            try await TestApp.request("/api/change?reporter=USA&partner=RUS&flow=total&from=2014&to=2022").body)
        #expect((change["percent"] as? Double).map { $0 < -50 && $0 > -55 } == true)

        let share = try TestApp.json(
            try await TestApp.request("/api/share?reporter=USA&partner=RUS&flow=exports&year=2014").body)
        #expect((share["percent"] as? Double).map { $0 > 0.6 && $0 < 0.7 } == true)
    }

    @Test("top partners ranks countries only; top products ranks HS chapters")
    func rankings() async throws {
        let partners = try TestApp.json(
            try await TestApp.request("/api/top/partners?reporter=USA&flow=exports&year=2024&limit=3").body)
        let items = partners["items"] as? [[String: Any]] ?? []
        #expect(items.count == 3)
        #expect(items.first?["code"] as? String == "CAN")

        let products = try TestApp.json(
            try await TestApp.request("/api/top/products?reporter=USA&partner=RUS&flow=imports&year=2024&level=2")
                .body)
        let chapters = products["items"] as? [[String: Any]] ?? []
        #expect(chapters.count == 10)
        #expect(chapters.allSatisfy { ($0["code"] as? String)?.count == 2 })
    }

    @Test("check takes JSON or plain text and returns the CLI's contract")
    func check() async throws {
        let article = "US exports to Russia peaked at $1.25 billion in May 2014."
        let payload = String(
            decoding: try JSONSerialization.data(withJSONObject: ["text": article, "lang": "en"]), as: UTF8.self)
        let json = try await TestApp.request(
            "/api/check", method: .post, headers: [.contentType: "application/json"], body: payload)
        #expect(json.status == .ok)
        let report = try TestApp.json(json.body)
        let claims = report["claims"] as? [[String: Any]] ?? []
        // The figure is checked as a value and the month as the peak; both hold.
        #expect(claims.map { $0["kind"] as? String } == ["value", "peak"])
        #expect(claims.allSatisfy { $0["verdict"] as? String == "supported" })

        let plain = try await TestApp.request(
            "/api/check?lang=en", method: .post, headers: [.contentType: "text/plain"],
            body: "In 2024 US imports from Russia were $9 billion.")
        let plainClaims = try TestApp.json(plain.body)["claims"] as? [[String: Any]] ?? []
        #expect(plainClaims.first?["verdict"] as? String == "contradicted")
    }

    @Test("mirror gives each side, and says when the partner's side is missing")
    func mirror() async throws {
        let response = try await TestApp.request("/api/mirror?reporter=USA&partner=RUS&year=2024")
        #expect(response.status == .ok)
        let body = try TestApp.json(response.body)
        let comparisons = body["comparisons"] as? [[String: Any]] ?? []
        #expect(comparisons.map { $0["flow"] as? String } == ["exports", "imports"])
        #expect((comparisons.first?["reporterStates"] as? [String: Any])?["value"] as? Int == 528_319_141)
        let partner = body["partnerStatus"] as? [String: Any]
        #expect(partner?["reported"] as? Bool == false)
        #expect((partner?["note"] as? String)?.contains("2022") == true)
    }

    @Test(
        "bad parameters are 400 with a message naming the parameter",
        arguments: [
            ("/api/trade?reporter=USA&partner=RUS", "year=2024"),
            ("/api/trade?reporter=USA&partner=RUS&year=20x4", "\"year\""),
            ("/api/trade?reporter=USA&partner=RUS&year=2024&month=2024-01", "not both"),
            ("/api/trade?partner=RUS&year=2024", "\"reporter\""),
            ("/api/series?reporter=USA&partner=RUS&flow=sideways", "\"flow\""),
            ("/api/series?reporter=USA&partner=RUS&from=2020&to=2010", "\"from\""),
            ("/api/series?reporter=USA&partner=RUS&monthly=perhaps", "\"monthly\""),
            ("/api/trade?reporter=USA&partner=RUS&year=2024&product=12a", "\"product\""),
            ("/api/top/partners?reporter=USA&year=2024&limit=0", "\"limit\""),
            ("/api/top/partners?reporter=USA&year=2024&flow=balance", "\"flow\""),
            ("/api/top/products?reporter=USA&partner=RUS&year=2024&level=3", "\"level\""),
            ("/api/change?reporter=USA&partner=RUS&from=2014&to=2022-05", "Compare a year with a year"),
        ])
    func badParameters(uri: String, expected: String) async throws {
        let response = try await TestApp.request(uri)
        #expect(response.status == .badRequest)
        let error = try TestApp.json(response.body)["error"] as? [String: Any]
        #expect(error?["status"] as? Int == 400)
        #expect((error?["message"] as? String)?.contains(expected) == true, "\(error ?? [:])")
    }

    @Test("an unknown country is 404 with suggestions; a period without data is 404")
    func notFound() async throws {
        let unknown = try await TestApp.request("/api/trade?reporter=USA&partner=Rusland&year=2024")
        #expect(unknown.status == .notFound)
        #expect(unknown.body.contains("Russia (RUS)"))
        let empty = try await TestApp.request("/api/trade?reporter=USA&partner=RUS&year=1950")
        #expect(empty.status == .notFound)
        #expect(empty.body.contains("No data"))
        let route = try await TestApp.request("/api/nothing")
        #expect(route.status == .notFound)
        #expect(route.body.contains("\"error\""))
    }

    @Test("a body over the limit is 413; an empty or odd body is 400 or 415, never 500")
    func bodies() async throws {
        let large = String(repeating: "Exports to Russia rose. ", count: 4000)
        let tooLarge = try await TestApp.request(
            "/api/check", method: .post, headers: [.contentType: "text/plain"], body: large)
        #expect(tooLarge.status == .contentTooLarge)
        #expect(try TestApp.json(tooLarge.body)["error"] != nil)

        let empty = try await TestApp.request(
            "/api/check", method: .post, headers: [.contentType: "text/plain"], body: "  ")
        #expect(empty.status == .badRequest)
        let broken = try await TestApp.request(
            "/api/check", method: .post, headers: [.contentType: "application/json"], body: "{\"text\": ")
        #expect(broken.status == .badRequest)
        let odd = try await TestApp.request(
            "/api/check", method: .post, headers: [.contentType: "image/png"], body: "PNG")
        #expect(odd.status == .unsupportedMediaType)
        let badLanguage = try await TestApp.request(
            "/api/check?lang=fr", method: .post, headers: [.contentType: "text/plain"], body: "Exports rose.")
        #expect(badLanguage.status == .badRequest)
    }

    @Test("GET never changes the store")
    func getIsReadOnly() async throws {
        let before = try BundledStoreState.version()
        _ = try await TestApp.request("/api/trade?reporter=USA&partner=RUS&year=2024")
        _ = try await TestApp.request("/pair/USA/RUS")
        #expect(try BundledStoreState.version() == before)
    }
}

/// Counts the changes made through the shared in-memory store's connection.
enum BundledStoreState {
    static func version() throws -> Int {
        try BundledStore.database.writer.read { db in try Int.fetchOne(db, sql: "SELECT total_changes()") ?? -1 }
    }
}

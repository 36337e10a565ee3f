import Foundation
import Hummingbird
import Testing

@testable import TradeWeb

/// Keeps `/openapi.json` true: real responses of every documented operation, good and bad,
/// are validated against the schemas it declares for their status.
@Suite("OpenAPI description")
struct OpenAPITests {
    static let calls: [(method: HTTPRequest.Method, uri: String, contentType: String?, body: String?)] = [
        (.get, "/api/trade?reporter=USA&partner=RUS&year=2024", nil, nil),
        (.get, "/api/trade?reporter=USA&partner=CHN&month=2024-03&product=TOTAL", nil, nil),
        (.get, "/api/trade?reporter=USA&partner=RUS&year=2025", nil, nil),
        (.get, "/api/trade?reporter=USA&partner=Atlantis&year=2024", nil, nil),
        (.get, "/api/trade?reporter=USA&partner=RUS", nil, nil),
        (.get, "/api/series?reporter=USA&partner=RUS&flow=balance&from=2020", nil, nil),
        (.get, "/api/series?reporter=USA&partner=RUS&flow=exports&monthly=true&from=2025", nil, nil),
        (.get, "/api/series?reporter=USA&partner=RUS&flow=up", nil, nil),
        (.get, "/api/peak?reporter=USA&partner=RUS&flow=imports&monthly=true", nil, nil),
        (.get, "/api/peak?reporter=USA&partner=RUS&flow=exports&lowest=true", nil, nil),
        (.get, "/api/change?reporter=USA&partner=RUS&flow=total&from=2014&to=2022", nil, nil),
        (.get, "/api/change?reporter=USA&partner=RUS&from=2014-05&to=2024-05", nil, nil),
        (.get, "/api/change?reporter=USA&partner=RUS&from=2014", nil, nil),
        (.get, "/api/share?reporter=USA&partner=CHN&flow=imports&year=2024", nil, nil),
        (.get, "/api/share?reporter=USA&partner=RUS&flow=imports&year=1900", nil, nil),
        (.get, "/api/top/partners?reporter=USA&flow=imports&year=2024&limit=5", nil, nil),
        (.get, "/api/top/partners?reporter=Nowhere&year=2024", nil, nil),
        (.get, "/api/top/products?reporter=USA&partner=CHN&flow=imports&year=2024&level=2&limit=3", nil, nil),
        (.get, "/api/top/products?reporter=USA&partner=CHN&flow=total&year=2024", nil, nil),
        (
            .post, "/api/check", "application/json",
            #"{"text": "Die US-Exporte nach Russland erreichten im Mai 2014 mit 1,25 Milliarden Dollar ihren Höchststand. 2024 lag der Anteil Russlands an den US-Importen bei knapp 1 Prozent."}"#
        ),
        (
            .post, "/api/check?lang=en&date=2025-06-15", "text/plain",
            "Trade between the US and Russia fell by about 90% from 2021 to 2024."
        ),
        (.post, "/api/check", "application/json", #"{"lang": "en"}"#),
        (.post, "/api/check", "application/xml", "<article/>"),
        (.get, "/api/mirror?reporter=USA&partner=RUS&year=2021", nil, nil),
        (.get, "/api/mirror?reporter=USA&partner=RUS&year=2024", nil, nil),
        (.get, "/api/mirror?reporter=USA&partner=USA&year=2024", nil, nil),
        (.get, "/api/mirror?reporter=USA&partner=Utopia&year=2024", nil, nil),
    ]

    @Test("every documented operation's real responses match their schemas")
    func responsesMatchTheDescription() async throws {
        let document = try JSONValue.parse(OpenAPIDocument.text)
        let validator = SchemaValidator(document: document)
        var exercised: Set<String> = []
        for call in Self.calls {
            var headers: HTTPFields = [:]
            if let contentType = call.contentType { headers[.contentType] = contentType }
            let response = try await TestApp.request(call.uri, method: call.method, headers: headers, body: call.body)
            let path = String(call.uri.split(separator: "?")[0])
            let method = call.method.rawValue.lowercased()
            let status = String(response.status.code)
            guard let operation = document["paths"]?[path]?[method] else {
                Issue.record("\(method) \(path) is not documented")
                continue
            }
            guard let schema = operation["responses"]?[status]?["content"]?["application/json"]?["schema"] else {
                Issue.record(
                    "\(method) \(path) answered \(status), which is not documented: \(response.body.prefix(200))")
                continue
            }
            exercised.insert("\(method) \(path)")
            let problems = validator.validate(try JSONValue.parse(response.body), against: schema)
            #expect(problems.isEmpty, "\(call.uri) → \(status): \(problems.prefix(5))")
        }
        guard case .object(let paths)? = document["paths"] else {
            Issue.record("no paths")
            return
        }
        for (path, item) in paths {
            guard case .object(let operations) = item else { continue }
            for method in operations.keys where ["get", "post"].contains(method) {
                #expect(exercised.contains("\(method) \(path)"), "\(method) \(path) is never exercised")
            }
        }
    }

    @Test("the validator rejects what the description does not allow")
    func validatorCatchesMistakes() throws {
        let document = try JSONValue.parse(OpenAPIDocument.text)
        let validator = SchemaValidator(document: document)
        let schema = try JSONValue.parse(##"{"$ref": "#/components/schemas/PeriodValue"}"##)
        let good = try JSONValue.parse(
            #"{"period": "2024", "value": 5, "months": [1], "isComplete": false, "datasets": ["1"]}"#)
        #expect(validator.validate(good, against: schema).isEmpty)
        let wrongType = try JSONValue.parse(
            #"{"period": "2024", "value": "5", "months": [1], "isComplete": false, "datasets": []}"#)
        #expect(!validator.validate(wrongType, against: schema).isEmpty)
        let missing = try JSONValue.parse(#"{"period": "2024", "months": [1], "datasets": []}"#)
        #expect(validator.validate(missing, against: schema).contains { $0.contains("isComplete") })
        let extra = try JSONValue.parse(
            #"{"period": "24", "months": [13], "isComplete": true, "datasets": [], "x": 1}"#)
        let problems = validator.validate(extra, against: schema)
        #expect(problems.contains { $0.contains("does not match") })
        #expect(problems.contains { $0.contains("maximum") })
        #expect(problems.contains { $0.contains("undocumented property \"x\"") })
    }

    @Test("/openapi.json is served and declares OpenAPI 3.1")
    func served() async throws {
        let response = try await TestApp.request("/openapi.json")
        #expect(response.status == .ok)
        #expect(try JSONValue.parse(response.body)["openapi"]?.string == "3.1.0")
    }
}

import Foundation
import Testing
import TradeConnect
import TradeModel
import TradeStore

/// The Comtrade connector against a loopback server answering like `comtradeapi.un.org`.
@Suite struct ComtradeConnectorTests {
    /// Keyed data for reporter 643 (Russia) with partner 842 (USA); 401 for any other key.
    static let keyed: @Sendable (ReplayServer.Seen, Int) async -> ReplayServer.Reply = { seen, _ in
        guard seen.headers["ocp-apim-subscription-key"] == "good-key" else {
            return .fixture("comtrade_401.json", status: 401)
        }
        guard seen.path == "/data/v1/get/C/A/HS", seen.query["reporterCode"] == "643",
            seen.query["partnerCode"] == "842"
        else { return .fixture("comtrade_empty.json") }
        return .fixture("comtrade_643_842_2021.json")
    }

    @Test func keyedQueriesUseComtradeCodesTheKeyHeaderAndTotalsOnly() async throws {
        try await withReplayServer(Self.keyed) { server in
            try await withHarness { harness in
                let comtrade = ComtradeConnector(baseURL: server.baseURL, key: "good-key")
                let queries = try comtrade.queries(reporter: "Russland", partner: "USA", years: 2021...2021)
                #expect(queries.count == 1)
                let report = try await harness.fetcher.run(queries)
                #expect(report.rows == 2)
                let request = try #require(await server.requests.first)
                #expect(request.query["reporterCode"] == "643")
                #expect(request.query["partnerCode"] == "842")  // Comtrade's USA, not ISO 840
                #expect(request.query["partner2Code"] == "0")
                #expect(request.query["motCode"] == "0")
                #expect(request.query["customsCode"] == "C00")
                #expect(request.query["cmdCode"] == "TOTAL")
                #expect(request.query["flowCode"] == "M,X")
                #expect(request.query["period"] == "2021")
                let summary = try harness.database.trade(reporter: "RUS", partner: "USA", period: .year(2021))
                #expect(summary.exports.value == 17_716_548_432)
                #expect(summary.imports.value == 12_565_093_911)
                #expect(summary.coverage.sources.first?.dataset == "comtrade-api")
            }
        }
    }

    @Test func keyedQueriesAskForTwelvePeriodsAtATime() throws {
        let comtrade = ComtradeConnector(baseURL: "http://127.0.0.1:9", key: "k")
        let queries = try comtrade.queries(reporter: "USA", partner: nil, years: 2000...2025)
        #expect(queries.count == 3)
        #expect(queries[0].url.contains("period=2000%2C2001"))
        #expect(queries[0].url.contains("partnerCode=0"))  // the World
        #expect(queries.allSatisfy { $0.url.contains("/data/v1/get/C/A/HS?") && !$0.url.contains("k&") })
    }

    @Test func thePreviewIsAskedOnePeriodAndOneFlowAtATime() async throws {
        let handler: @Sendable (ReplayServer.Seen, Int) async -> ReplayServer.Reply = { seen, _ in
            guard seen.path == "/public/v1/preview/C/A/HS", seen.headers["ocp-apim-subscription-key"] == nil else {
                return .fixture("comtrade_401.json", status: 401)
            }
            return seen.query["period"] == "2020" && seen.query["flowCode"] == "X"
                ? .fixture("comtrade_643_842_2020.json")
                : seen.query["period"] == "2021" && seen.query["flowCode"] == "X"
                    ? .fixture("comtrade_643_842_2021.json") : .fixture("comtrade_empty.json")
        }
        try await withReplayServer(handler) { server in
            try await withHarness { harness in
                let comtrade = ComtradeConnector(baseURL: server.baseURL, key: nil)
                let report = try await harness.fetcher.run(
                    try comtrade.queries(reporter: "RUS", partner: "USA", years: 2020...2021))
                let seen = await server.requests
                #expect(seen.count == 4)
                #expect(
                    Set(seen.map { "\($0.query["period"]!)\($0.query["flowCode"]!)" }) == [
                        "2020M", "2020X", "2021M", "2021X",
                    ])
                #expect(report.empty.count == 2)
                let series = try harness.database.series(
                    TradeSubject(reporter: "RUS", partner: "USA", flow: .exports), frequency: .annual)
                #expect(series.points.map(\.value) == [14_012_330_050, 17_716_548_432])
            }
        }
    }

    @Test func thePreviewIsAskedForAtMostAHundredCodesPerCall() throws {
        let codes = (1...250).map { String(format: "%06d", 10_000 + $0) }
        let queries = try ComtradeConnector(baseURL: "http://127.0.0.1:9", key: nil).queries(
            reporter: "RUS", partner: "USA", years: 2021...2021, commodities: codes)
        #expect(queries.count == 6)  // 3 groups of codes × 2 flows
        #expect(Set(queries.map(\.cacheName)).count == 6)
        #expect(queries[0].url.contains("cmdCode=010001%2C010002"))
        #expect(queries[0].label.contains("010001…010100 (100 codes)"))
        #expect(queries[4].label.contains("010201…010250 (50 codes)"))
        let keyed = try ComtradeConnector(baseURL: "http://127.0.0.1:9", key: "k").queries(
            reporter: "RUS", partner: "USA", years: 2021...2021, commodities: codes)
        #expect(keyed.count == 1)
    }

    @Test func aPreviewAnswerAtTheCapIsRefused() async throws {
        try await withReplayServer({ _, _ in .fixture("comtrade_preview_cap.json") }) { server in
            try await withHarness { harness in
                let comtrade = ComtradeConnector(baseURL: server.baseURL, key: nil)
                await #expect(
                    throws: ConnectError.previewCapReached(query: "reporter 643 partner 842 M AG6 2021", cap: 500)
                ) {
                    try await harness.fetcher.run(
                        try comtrade.queries(reporter: "RUS", partner: "USA", years: 2021...2021, commodities: ["AG6"]))
                }
                let nothingStored = try harness.database.isEmpty()
                #expect(nothingStored)
            }
        }
    }

    @Test func aWrongKeyIsReportedWithComtradesMessage() async throws {
        try await withReplayServer(Self.keyed) { server in
            try await withHarness { harness in
                let comtrade = ComtradeConnector(baseURL: server.baseURL, key: "wrong")
                await #expect {
                    try await harness.fetcher.run(
                        try comtrade.queries(reporter: "RUS", partner: "USA", years: 2021...2021))
                } throws: { error in
                    guard case .badKey(_, let variable, let status, let message) = error as? ConnectError else {
                        return false
                    }
                    return variable == "TRADECHECK_COMTRADE_KEY" && status == 401
                        && message.contains("invalid subscription key")
                }
            }
        }
    }

    @Test func persistent429sEndInARateLimitError() async throws {
        let handler: @Sendable (ReplayServer.Seen, Int) async -> ReplayServer.Reply = { _, _ in
            .init(
                status: 429, headers: [("Retry-After", "0"), ("Content-Type", "application/json")],
                body: Array(Fixtures.data("comtrade_429.json")))
        }
        try await withReplayServer(handler) { server in
            try await withHarness { harness in
                let comtrade = ComtradeConnector(baseURL: server.baseURL, key: "good-key")
                await #expect(throws: ConnectError.rateLimited(source: "comtrade", attempts: 3)) {
                    try await harness.fetcher.run(
                        try comtrade.queries(reporter: "RUS", partner: "USA", years: 2021...2021))
                }
                #expect(await server.requests.count == 3)
            }
        }
    }

    @Test func anAnswerWithoutDataArrayIsAChangedFormat() async throws {
        try await withReplayServer({ _, _ in .init(text: #"{"elapsedTime":"0.1 secs","rows":[]}"#) }) { server in
            try await withHarness { harness in
                let comtrade = ComtradeConnector(baseURL: server.baseURL, key: "good-key")
                await #expect {
                    try await harness.fetcher.run(
                        try comtrade.queries(reporter: "RUS", partner: "USA", years: 2021...2021))
                } throws: { error in
                    guard case .changedFormat(let source, _, let reason) = error as? ConnectError else { return false }
                    return source == "UN Comtrade" && reason.contains("\"data\" array")
                }
            }
        }
    }

    @Test func anEmptyDataArrayIsAnEmptyResult() async throws {
        try await withReplayServer({ _, _ in .fixture("comtrade_empty.json") }) { server in
            try await withHarness { harness in
                let comtrade = ComtradeConnector(baseURL: server.baseURL, key: "good-key")
                await #expect {
                    try await harness.fetcher.run(
                        try comtrade.queries(reporter: "RUS", partner: "USA", years: 2023...2023))
                } throws: { error in
                    if case .emptyResult = error as? ConnectError { return true }
                    return false
                }
            }
        }
    }
}

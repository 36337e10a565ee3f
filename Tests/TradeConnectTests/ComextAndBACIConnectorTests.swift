import Foundation
import Testing
import TradeConnect
import TradeModel
import TradeStore

/// The Comext and BACI connectors against loopback servers.
@Suite struct ComextAndBACIConnectorTests {
    @Test func comextAsksForTheSDMXKeyAndStoresEuros() async throws {
        let handler: @Sendable (ReplayServer.Seen, Int) async -> ReplayServer.Reply = { seen, _ in
            guard seen.path == "/sdmx/2.1/data/DS-045409/M.DE.RU.TOTAL.1+2.VALUE_IN_EUROS",
                seen.query["format"] == "SDMX-CSV"
            else { return .fixture("comext_no_results.xml", status: 404, contentType: "application/xml") }
            return seen.query["startPeriod"] == "2021-01"
                ? .fixture("comext_de_ru_2021.csv", contentType: "text/csv")
                : .fixture("comext_no_results.xml", status: 404, contentType: "application/xml")
        }
        try await withReplayServer(handler) { server in
            try await withHarness { harness in
                let comext = ComextConnector(baseURL: server.baseURL + "/sdmx/2.1")
                let queries = try comext.queries(
                    reporter: "Deutschland", partner: "RUS", from: .month(2021, 1), to: .month(2022, 3))
                #expect(queries.count == 2)
                let report = try await harness.fetcher.run(queries)
                #expect(report.rows == 6)
                #expect(report.empty.count == 1)  // 2022: 404 "No Results Found"
                let eur = try harness.database.trade(
                    reporter: "DEU", partner: "RUS", period: .month(2021, 3), vintage: .dataset("comext"))
                #expect(eur.exports.value == 2_188_765_432)
                #expect(eur.coverage.sources.first?.currency == "EUR")
                #expect(throws: StoreError.self) {
                    try harness.database.trade(reporter: "DEU", partner: "RUS", period: .month(2021, 3))
                }
            }
        }
    }

    @Test func comextHTTPErrorsAreReported() async throws {
        try await withReplayServer({ _, _ in .init(status: 400, text: "Invalid key: wrong dimension count") }) {
            server in
            try await withHarness { harness in
                let comext = ComextConnector(baseURL: server.baseURL)
                await #expect {
                    try await harness.fetcher.run(
                        try comext.queries(reporter: "DEU", partner: "RUS", from: .month(2021, 1), to: .month(2021, 2)))
                } throws: { error in
                    guard case .httpStatus(_, let status, _, let message) = error as? ConnectError else { return false }
                    return status == 400 && message.contains("dimension")
                }
            }
        }
    }

    @Test func baciCSVIsDownloadedIntoTheCacheAndStreamedIntoTheStore() async throws {
        try await withReplayServer({ seen, _ in
            seen.path == "/baci/BACI_HS17_Y2021_V202501.csv"
                ? .fixture("baci_small.csv", contentType: "text/csv") : .init(status: 404, text: "Not Found")
        }) { server in
            try await withHarness { harness in
                let baci = BACIConnector(baseURL: server.baseURL + "/baci")
                let report = try await harness.fetcher.run([
                    try baci.query(url: server.baseURL + "/baci/BACI_HS17_Y2021_V202501.csv")
                ])
                // 5 product rows and 3 pair-year totals
                #expect(report.rows == 8)
                #expect(report.imports.first?.dataset == "baci@2025-01")
                #expect(harness.cachedFiles("baci") == ["BACI_HS17_Y2021_V202501.csv"])
                let ranking = try harness.database.topProducts(
                    reporter: "USA", partner: "RUS", flow: .exports, period: .year(2021), level: 6)
                #expect(ranking.items.map(\.code) == ["880240", "020130"])
                #expect(ranking.items.first?.value.value == 1_523_456)
                await #expect {
                    try await harness.fetcher.run([try baci.query(release: "V209901")])
                } throws: { error in
                    guard case .httpStatus(_, let status, _, _) = error as? ConnectError else { return false }
                    return status == 404
                }
            }
        }
    }

    @Test func baciReleasesNameTheirFileAndAllowLongDownloads() throws {
        let query = try BACIConnector(baseURL: "http://127.0.0.1:9/data/").query(
            release: "V202501", nomenclature: "hs17")
        #expect(query.url == "http://127.0.0.1:9/data/BACI_HS17_V202501.zip")
        #expect(query.deadline == .seconds(3600))
        #expect(query.dataset.source.vintage == "2025-01")
        #expect(!query.vintageIsFetchDate)
        #expect(throws: ConnectError.self) { try BACIConnector().query(release: "2025") }
    }

    @Test  // needs /usr/bin/zip to build the release (.ci/run installs it)
    func baciZipReleasesAreUnpackedAndEachYearImported() async throws {
        let folder = (NSTemporaryDirectory() as NSString).appendingPathComponent("baci-zip-\(UUID().uuidString)")
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        try Fixtures.data("baci_small.csv").write(to: URL(fileURLWithPath: folder + "/BACI_HS92_Y2021_V202501.csv"))
        try "code,name\n842,USA\n".write(
            toFile: folder + "/country_codes_V202501.csv", atomically: true, encoding: .utf8)
        let zip = Process()
        zip.executableURL = URL(fileURLWithPath: "/usr/bin/zip")
        zip.currentDirectoryURL = URL(fileURLWithPath: folder)
        zip.arguments = ["-q", "release.zip", "BACI_HS92_Y2021_V202501.csv", "country_codes_V202501.csv"]
        try zip.run()
        zip.waitUntilExit()
        let archive = try Data(contentsOf: URL(fileURLWithPath: folder + "/release.zip"))
        let reply = ReplayServer.Reply(headers: [("Content-Type", "application/zip")], body: Array(archive))
        try await withReplayServer({ _, _ in reply }) { server in
            try await withHarness { harness in
                let report = try await harness.fetcher.run([
                    try BACIConnector(baseURL: server.baseURL).query(release: "V202501")
                ])
                #expect(await server.requests.first?.path == "/BACI_HS92_V202501.zip")
                #expect(report.imports.count == 1)
                #expect(report.imports.first?.file == "BACI_HS92_Y2021_V202501.csv")
                #expect(report.rows == 8)
            }
        }
    }
}

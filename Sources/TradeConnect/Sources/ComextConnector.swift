import Foundation
import TradeImport
import TradeModel
import TradeStore

/// Eurostat Comext, dataset DS-045409 (EU trade by HS2-4-6 and CN8), through Eurostat's SDMX 2.1
/// dissemination API as SDMX-CSV. Values are in euros and are stored as a EUR release.
///
/// The key is `FREQ.REPORTER.PARTNER.PRODUCT.FLOW.INDICATORS`, e.g. `M.DE.RU.TOTAL.1+2.VALUE_IN_EUROS`
/// (flow 1 imports, 2 exports); one query per calendar year.
public struct ComextConnector: Sendable {
    public static let defaultBaseURL = "https://ec.europa.eu/eurostat/api/comext/dissemination/sdmx/2.1"
    public static let baseURLVariable = "TRADECHECK_COMEXT_URL"
    public static let dataset = "DS-045409"

    public var baseURL: String
    public var catalog: CountryCatalog

    public init(baseURL: String = defaultBaseURL, catalog: CountryCatalog = .bundled) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.catalog = catalog
    }

    /// Comext's code for a country (ISO alpha-2; `EU27_2020` for the Union).
    public func code(_ name: String) throws -> String {
        let country = try catalog.resolve(name)
        if country.code == "EU" { return "EU27_2020" }
        guard let iso2 = country.iso2, country.kind == .country else {
            throw ConnectError.invalidRequest("Comext has no code for \(country.nameEN).")
        }
        return iso2.uppercased() == "GR" ? "GR" : iso2.uppercased()
    }

    /// Monthly queries for an EU reporter's trade with a partner, months `from...to`.
    public func queries(reporter: String, partner: String, from: Period, to: Period, product: Product = .total) throws
        -> [FetchQuery]
    {
        guard from.isMonth, to.isMonth, from <= to else {
            throw ConnectError.invalidRequest("Give --from and --to as months YYYY-MM, the first not after the last.")
        }
        let (r, p) = (try code(reporter), try code(partner))
        return (from.year...to.year).map { year in
            let first = year == from.year ? from : .month(year, 1)
            let last = year == to.year ? to : .month(year, 12)
            let key = "M.\(r).\(p).\(product.code).1+2.VALUE_IN_EUROS"
            let url =
                "\(baseURL)/data/\(Self.dataset)/\(key)?format=SDMX-CSV&startPeriod=\(first)&endPeriod=\(last)"
            let label = "\(r)–\(p) \(product.code) \(first)..\(last)"
            return FetchQuery(
                source: "comext", label: label, url: url,
                cacheName: "\(r)_\(p)_\(product.code)_\(first)_\(last)_\(shortHash(baseURL)).csv", format: .comext,
                dataset: TradeImporter.defaultDataset(for: .comext, fileName: ""),
                interpret: { response in try Self.interpret(response, label: label) })
        }
    }

    /// Reads Eurostat's answer: SDMX-CSV with `TIME_PERIOD` and `OBS_VALUE`; HTTP 404 with an
    /// SDMX "No Results Found" message when nothing matches.
    static func interpret(_ response: HTTPFetcher.Response, label: String) throws -> FetchQuery.Verdict {
        let head = response.text(limit: 2000)
        if response.status == 404, head.localizedCaseInsensitiveContains("no results") { return .empty }
        guard response.status == 200 else {
            throw ConnectError.httpStatus(
                source: "Eurostat Comext", status: response.status, query: label, message: String(head.prefix(300)))
        }
        let lines = head.split(whereSeparator: \.isNewline)
        guard let header = lines.first?.uppercased(), header.contains("TIME_PERIOD"), header.contains("OBS_VALUE")
        else {
            throw ConnectError.changedFormat(
                source: "Eurostat Comext", query: label, reason: "not SDMX-CSV with TIME_PERIOD and OBS_VALUE columns")
        }
        return lines.count > 1 ? .data : .empty
    }
}

import Foundation
import TradeImport
import TradeModel
import TradeStore

/// The U.S. Census Bureau's international trade API (`timeseries/intltrade/exports/hs` and
/// `imports/hs`): monthly U.S. exports (`ALL_VAL_MO`, total exports f.a.s.) and general imports
/// (`GEN_VAL_MO`, customs value) by partner (`CTY_CODE`), at total or HS2/HS4/HS6 level
/// (`COMM_LVL`, `E_COMMODITY` / `I_COMMODITY`).
///
/// One query per flow, level and calendar year, so a long range resumes year by year.
public struct CensusConnector: Sendable {
    public static let defaultBaseURL = "https://api.census.gov/data/timeseries/intltrade"
    public static let keyVariable = "TRADECHECK_CENSUS_KEY"
    public static let baseURLVariable = "TRADECHECK_CENSUS_URL"

    /// The product detail of a query.
    public enum Level: String, Sendable, CaseIterable {
        case total = "TOTAL"
        case hs2 = "HS2"
        case hs4 = "HS4"
        case hs6 = "HS6"
    }

    public var baseURL: String
    public var key: String?
    public var catalog: CountryCatalog

    public init(baseURL: String = defaultBaseURL, key: String?, catalog: CountryCatalog = .bundled) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.key = key.flatMap { $0.isEmpty ? nil : $0 }
        self.catalog = catalog
    }

    /// The queries for a partner (or all partners when `nil`), a range of months and a level.
    public func queries(
        partner: String?, from: Period, to: Period, level: Level, flows: [Flow] = [.exports, .imports]
    ) throws -> [FetchQuery] {
        if key == nil && baseURL == Self.defaultBaseURL {
            throw ConnectError.missingKey(
                source: "The Census API", variable: Self.keyVariable,
                signup: "https://api.census.gov/data/key_signup.html")
        }
        guard from.isMonth, to.isMonth, from <= to else {
            throw ConnectError.invalidRequest("Give --from and --to as months YYYY-MM, the first not after the last.")
        }
        var code: String?
        if let partner {
            let country = try catalog.resolve(partner)
            guard
                let censusCode = country.censusCodes.first(where: {
                    catalog.country(censusCode: $0, source: .api)?.code == country.code
                })
            else {
                throw ConnectError.invalidRequest("The Census API has no partner code for \(country.nameEN).")
            }
            code = censusCode
        }
        var result: [FetchQuery] = []
        for flow in flows {
            guard flow.isStored else { continue }
            for year in from.year...to.year {
                let first = year == from.year ? from : .month(year, 1)
                let last = year == to.year ? to : .month(year, 12)
                result.append(query(flow: flow, partnerCode: code, first: first, last: last, level: level))
            }
        }
        return result
    }

    func query(flow: Flow, partnerCode: String?, first: Period, last: Period, level: Level) -> FetchQuery {
        let exports = flow == .exports
        let valueColumn = exports ? "ALL_VAL_MO" : "GEN_VAL_MO"
        let commodityColumn = exports ? "E_COMMODITY" : "I_COMMODITY"
        var columns = ["CTY_CODE", "CTY_NAME", valueColumn, "YEAR", "MONTH"]
        var parameters: [String] = []
        if level != .total {
            columns.append(commodityColumn)
            parameters.append("COMM_LVL=\(level.rawValue)")
        }
        if let partnerCode { parameters.append("CTY_CODE=\(percentEncoded(partnerCode))") }
        parameters.append("time=from+\(first)+to+\(last)")
        let url =
            "\(baseURL)/\(exports ? "exports" : "imports")/hs?get=\(columns.joined(separator: ","))&"
            + parameters.joined(separator: "&")
        let partnerName = partnerCode ?? "all"
        let label = "\(flow.rawValue) \(level.rawValue) partner \(partnerName) \(first)..\(last)"
        let name =
            "\(flow.rawValue)_\(level.rawValue.lowercased())_cty\(partnerName)_\(first)_\(last)_\(shortHash(baseURL)).json"
        return FetchQuery(
            source: "census", label: label, url: url, secretParameters: key.map { [("key", $0)] } ?? [],
            cacheName: name, format: .censusAPI,
            dataset: DatasetDescriptor(
                name: "census-api", family: "census", publisher: "U.S. Census Bureau",
                title: "International Trade API, total exports (f.a.s.) / general imports (customs value)",
                vintage: "", note: "Fetched from the Census international trade API; monthly, exact USD."),
            interpret: { response in try Self.interpret(response, label: label, valueColumn: valueColumn) })
    }

    /// Reads the API's answer: a JSON array of arrays with a header row; HTTP 204 when nothing
    /// matches; an HTML page (after a redirect) or 401/403 for a missing or invalid key.
    static func interpret(_ response: HTTPFetcher.Response, label: String, valueColumn: String) throws
        -> FetchQuery.Verdict
    {
        let source = "The Census API"
        let keyError = response.headers["x-datawebapi-keyerror"]
        let head = response.text(limit: 2000)
        if keyError != nil || [401, 403].contains(response.status) || head.contains("Invalid Key")
            || head.contains("Missing Key")
        {
            let message = head.contains("<") ? (head.contains("Missing Key") ? "missing key" : "invalid key") : head
            throw ConnectError.badKey(
                source: source, variable: keyVariable, status: response.status, message: keyError ?? message)
        }
        if response.status == 204 || (response.status == 200 && response.bytes == 0) { return .empty }
        guard response.status == 200 else {
            throw ConnectError.httpStatus(
                source: source, status: response.status, query: label, message: String(head.prefix(300)))
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: response.bodyPath))
        guard let table = try? JSONDecoder().decode([[String?]].self, from: data) else {
            throw ConnectError.changedFormat(
                source: source, query: label,
                reason: "the body is not a JSON array of string arrays (\(response.bytes) bytes; cut short?)")
        }
        guard let header = table.first?.compactMap({ $0?.uppercased() }) else { return .empty }
        for column in ["CTY_CODE", valueColumn, "YEAR", "MONTH"] where !header.contains(column) {
            throw ConnectError.changedFormat(
                source: source, query: label,
                reason: "the header has no \(column) (found: \(header.joined(separator: ", ")))")
        }
        return table.count > 1 ? .data : .empty
    }
}

/// A short hash of a text (a host, a list of codes), so cache names stay short and distinct.
func shortHash(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
        hash ^= UInt64(byte)
        hash = hash &* 0x100_0000_01b3
    }
    return String(hash % 0xFFFFFF, radix: 16)
}

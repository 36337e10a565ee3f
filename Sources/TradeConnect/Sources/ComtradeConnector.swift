import Foundation
import TradeImport
import TradeModel
import TradeStore

/// UN Comtrade API v1: the keyed `data/v1/get/C/{A|M}/HS` endpoint (key in the header
/// `Ocp-Apim-Subscription-Key`) or, without a key, the public preview `public/v1/preview/C/{A|M}/HS`,
/// which returns at most 500 records per call.
///
/// Countries are sent as Comtrade's own codes (USA is 842, not 840; the World is 0); only the
/// totals over second partner, transport mode and customs procedure are asked for
/// (`partner2Code=0`, `motCode=0`, `customsCode=C00`). Keyed runs ask for up to twelve periods
/// per call; preview runs ask for one period and one flow per call to stay under the cap.
public struct ComtradeConnector: Sendable {
    public static let defaultBaseURL = "https://comtradeapi.un.org"
    public static let keyVariable = "TRADECHECK_COMTRADE_KEY"
    public static let baseURLVariable = "TRADECHECK_COMTRADE_URL"
    /// The most records the keyless preview returns for one call.
    public static let previewCap = 500

    public enum Frequency: String, Sendable {
        case annual = "A"
        case monthly = "M"
    }

    public var baseURL: String
    public var key: String?
    public var catalog: CountryCatalog

    public init(baseURL: String = defaultBaseURL, key: String?, catalog: CountryCatalog = .bundled) {
        self.baseURL = baseURL.hasSuffix("/") ? String(baseURL.dropLast()) : baseURL
        self.key = key.flatMap { $0.isEmpty ? nil : $0 }
        self.catalog = catalog
    }

    /// Comtrade's code for a country or group name (`USA` → 842, `World` → 0).
    public func code(_ name: String) throws -> Int {
        let country = try catalog.resolve(name)
        if country.code == "WORLD" { return 0 }
        guard let code = country.comtradeCode else {
            throw ConnectError.invalidRequest("UN Comtrade has no reporter/partner code for \(country.nameEN).")
        }
        return code
    }

    /// The queries for one reporter's trade with one partner (the World when `nil`), both flows,
    /// years `from...to` (annual) or every month of them (monthly), for the commodity codes
    /// (`TOTAL`, HS codes, or Comtrade's `AG2`/`AG4`/`AG6` for all codes of a level).
    public func queries(
        reporter: String, partner: String?, years: ClosedRange<Int>, frequency: Frequency = .annual,
        commodities: [String] = ["TOTAL"]
    ) throws -> [FetchQuery] {
        let reporterCode = try code(reporter)
        let partnerCode = try partner.map(code) ?? 0
        let periods: [String] = years.flatMap { year -> [String] in
            frequency == .annual ? [String(year)] : (1...12).map { String(format: "%d%02d", year, $0) }
        }
        let keyed = key != nil
        let batches: [[String]] =
            keyed
            ? stride(from: 0, to: periods.count, by: 12).map {
                Array(periods[$0..<min($0 + 12, periods.count)])
            } : periods.map { [$0] }
        let flows: [String] = keyed ? ["M,X"] : ["M", "X"]
        // The preview is also asked for at most 100 commodity codes per call.
        let groups: [[String]] =
            keyed
            ? [commodities]
            : stride(from: 0, to: commodities.count, by: Self.previewCodesPerCall).map {
                Array(commodities[$0..<min($0 + Self.previewCodesPerCall, commodities.count)])
            }
        var result: [FetchQuery] = []
        for batch in batches {
            for group in groups {
                result +=
                    group.isEmpty
                    ? []
                    : self.queries(
                        reporterCode: reporterCode, partnerCode: partnerCode, periods: batch, flows: flows,
                        codes: group,
                        frequency: frequency)
            }
        }
        return result
    }

    /// The most commodity codes asked of the preview in one call.
    public static let previewCodesPerCall = 100

    private func queries(
        reporterCode: Int, partnerCode: Int, periods batch: [String], flows: [String], codes: [String],
        frequency: Frequency
    ) -> [FetchQuery] {
        let keyed = key != nil
        let commodity = codes.joined(separator: ",")
        let commodityText = codes.count > 3 ? "\(codes[0])…\(codes[codes.count - 1]) (\(codes.count) codes)" : commodity
        var result: [FetchQuery] = []
        for flow in flows {
            let path = keyed ? "data/v1/get" : "public/v1/preview"
            let parameters = [
                "reporterCode=\(reporterCode)", "partnerCode=\(partnerCode)", "partner2Code=0",
                "period=\(batch.joined(separator: ","))", "flowCode=\(flow)", "cmdCode=\(commodity)",
                "customsCode=C00", "motCode=0", "includeDesc=false",
            ]
            let url =
                "\(baseURL)/\(path)/C/\(frequency.rawValue)/HS?"
                + parameters.map { $0.replacingOccurrences(of: ",", with: "%2C") }.joined(separator: "&")
            let periodText = batch.count == 1 ? batch[0] : "\(batch.first!)-\(batch.last!)"
            let label =
                "reporter \(reporterCode) partner \(partnerCode) \(flow == "M,X" ? "M+X" : flow) \(commodityText) \(periodText)"
            let name =
                "\(keyed ? "get" : "preview")_r\(reporterCode)_p\(partnerCode)_\(flow == "M,X" ? "MX" : flow)_\(Self.safe(commodity))-\(shortHash(commodity))_\(frequency.rawValue)\(periodText)_\(shortHash(baseURL)).json"
            let capped = !keyed
            result.append(
                FetchQuery(
                    source: "comtrade", label: label, url: url,
                    headers: key.map { [("Ocp-Apim-Subscription-Key", $0)] } ?? [], cacheName: name,
                    format: .comtrade,
                    dataset: DatasetDescriptor(
                        name: "comtrade-api", family: "comtrade",
                        publisher: "UN Statistics Division (UN Comtrade)",
                        title:
                            "UN Comtrade, goods trade as each reporter states it (imports CIF, exports FOB), USD",
                        vintage: "", note: "Final data fetched from the Comtrade API v1; primaryValue in USD."),
                    interpret: { response in try Self.interpret(response, label: label, capped: capped) }))
        }
        return result
    }

    private static func safe(_ text: String) -> String {
        String(text.map { $0.isLetter || $0.isNumber ? $0 : "-" }.prefix(40))
    }

    /// Reads Comtrade's answer: `{"elapsedTime":…,"count":n,"data":[…],"error":""}`; 401/403
    /// `{"statusCode":401,"message":"Access denied due to invalid subscription key…"}` for a bad key.
    static func interpret(_ response: HTTPFetcher.Response, label: String, capped: Bool) throws -> FetchQuery.Verdict {
        let source = "UN Comtrade"
        let head = response.text(limit: 600)
        if [401, 403].contains(response.status) {
            let message = (try? JSONSerialization.jsonObject(with: Data(head.utf8)) as? [String: Any])?["message"]
            throw ConnectError.badKey(
                source: source, variable: keyVariable, status: response.status,
                message: (message as? String) ?? String(head.prefix(200)))
        }
        guard response.status == 200 else {
            throw ConnectError.httpStatus(
                source: source, status: response.status, query: label, message: String(head.prefix(300)))
        }
        let data = try Data(contentsOf: URL(fileURLWithPath: response.bodyPath))
        let records: [[String: Any]]
        do {
            records = try ComtradeFormat.records(fromJSON: data, file: label)
        } catch let error as ImportError {
            throw ConnectError.changedFormat(source: source, query: label, reason: error.errorDescription ?? "\(error)")
        }
        if records.isEmpty { return .empty }
        for field in ["reporterCode", "partnerCode", "flowCode", "cmdCode", "period", "primaryValue"]
        where records[0][field] == nil {
            throw ConnectError.changedFormat(
                source: source, query: label,
                reason:
                    "records have no field \(field) (found: \(records[0].keys.sorted().prefix(12).joined(separator: ", ")))"
            )
        }
        if capped && records.count >= previewCap {
            throw ConnectError.previewCapReached(query: label, cap: previewCap)
        }
        return .data
    }
}

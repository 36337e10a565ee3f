import TradeModel
import TradeStore

/// Reads Eurostat Comext SDMX-CSV from the dataset DS-045409 (EU trade by HS2-4-6 and CN8):
/// columns `freq, reporter, partner, product, flow, indicators, TIME_PERIOD, OBS_VALUE` (plus
/// `DATAFLOW`, `LAST UPDATE`, `OBS_FLAG`, which are not needed).
///
/// `reporter` and `partner` are ISO 3166 alpha-2 codes (`DE`, `RU`; Greece as `GR` or `EL`,
/// `EU27_2020` for the Union); `flow` is `1` for imports and `2` for exports; `product` is
/// `TOTAL` or an HS code of 2, 4 or 6 digits (8-digit CN codes are left out); only the indicator
/// `VALUE_IN_EUROS` is read. Values are euros and are stored as euros: the dataset's currency
/// is EUR, so they are never added to dollar figures.
struct ComextParser: RowParser {
    let catalog: CountryCatalog
    private(set) var notes: [String] = []
    private let byISO2: [String: String]

    init(catalog: CountryCatalog) {
        self.catalog = catalog
        var codes: [String: String] = [:]
        for country in catalog.all where country.kind == .country {
            if let iso2 = country.iso2, codes[iso2.uppercased()] == nil { codes[iso2.uppercased()] = country.code }
        }
        codes["EL"] = codes["GR"]
        codes["EU27_2020"] = catalog.country(code: "EU")?.code
        codes["WORLD"] = "WORLD"
        byISO2 = codes
    }

    mutating func parse(_ reader: CSVReader, diagnostics: inout Diagnostics, emit: (TradeRow) throws -> Void) throws {
        let header = try reader.readHeader()
        func column(_ name: String) throws -> Int { try header.column(name, file: reader.name, format: .comext) }
        let reporterColumn = try column("reporter")
        let partnerColumn = try column("partner")
        let productColumn = try column("product")
        let flowColumn = try column("flow")
        let indicatorColumn = try column("indicators")
        let periodColumn = try column("TIME_PERIOD")
        let valueColumn = try column("OBS_VALUE")
        var unknown: Set<String> = []
        var cn8 = 0
        var otherIndicators: Set<String> = []
        var cells: [String: CellAccumulator] = [:]
        while let record = try reader.next() {
            let indicator = record.trimmedString(indicatorColumn).uppercased()
            guard indicator == "VALUE_IN_EUROS" else {
                otherIndicators.insert(indicator)
                continue
            }
            let flow: Flow
            switch record.trimmedString(flowColumn) {
            case "1": flow = .imports
            case "2": flow = .exports
            default:
                diagnostics.report(
                    line: record.line, "flow \"\(record.string(flowColumn))\" is neither 1 (imports) nor 2 (exports)")
                continue
            }
            let periodText = record.trimmedString(periodColumn)
            guard let period = Self.period(periodText) else {
                diagnostics.report(line: record.line, "TIME_PERIOD \"\(periodText)\" is neither YYYY nor YYYY-MM")
                continue
            }
            let (year, month) = period
            let productText = record.trimmedString(productColumn)
            guard let product = Product(code: productText) else {
                if productText.count == 8, productText.allSatisfy(\.isNumber) {
                    cn8 += 1
                } else {
                    diagnostics.report(line: record.line, "product \"\(productText)\" is neither TOTAL nor an HS code")
                }
                continue
            }
            if record.isEmpty(valueColumn) { continue }  // not published (flagged confidential or missing)
            guard
                let value = record.scaled(valueColumn, scale: 0)
                    ?? record.double(valueColumn).map({ Int64($0.rounded()) })
            else {
                diagnostics.report(
                    line: record.line, "OBS_VALUE \"\(record.string(valueColumn))\" is not an amount in euros")
                continue
            }
            let reporterText = record.trimmedString(reporterColumn).uppercased()
            let partnerText = record.trimmedString(partnerColumn).uppercased()
            guard let reporter = byISO2[reporterText] else {
                unknown.insert(reporterText)
                continue
            }
            guard let partner = byISO2[partnerText] else {
                unknown.insert(partnerText)
                continue
            }
            cells[reporter, default: CellAccumulator()].add(
                TradeRow(
                    reporter: reporter, partner: partner, flow: flow, product: product, year: year, month: month,
                    value: value))
        }
        guard diagnostics.isEmpty else { return }
        for reporter in cells.keys.sorted() {
            for row in cells[reporter]!.rows { try emit(row) }
        }
        if !unknown.isEmpty {
            notes.append("left out unknown reporter/partner codes: \(unknown.sorted().joined(separator: ", "))")
        }
        if cn8 > 0 { notes.append("left out \(cn8) rows of 8-digit CN codes (HS 2, 4 and 6 are stored)") }
        if !otherIndicators.isEmpty {
            notes.append("read only VALUE_IN_EUROS; left out \(otherIndicators.sorted().joined(separator: ", "))")
        }
    }

    /// `2021` → (2021, 0); `2021-03` or `2021M03` → (2021, 3).
    static func period(_ text: String) -> (Int, Int)? {
        let digits = text.replacingOccurrences(of: "M", with: "-")
        let parts = digits.split(separator: "-")
        guard let year = parts.first.flatMap({ Int($0) }), (1900...2100).contains(year) else { return nil }
        if parts.count == 1 { return (year, 0) }
        guard parts.count == 2, let month = Int(parts[1]), (1...12).contains(month) else { return nil }
        return (year, month)
    }
}

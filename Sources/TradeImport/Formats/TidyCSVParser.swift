import TradeModel
import TradeStore

/// Reads tradecheck's tidy CSV: one row per cell.
///
/// Columns (header names, any order): `reporter`, `partner` (ISO codes or names in English or
/// German), `flow` (`exports` or `imports`), `product` (`TOTAL` or an HS code; optional,
/// default `TOTAL`), `period` (`2024` or `2024-05`), `value_usd` (whole dollars; `value` is
/// accepted too), and optionally `quantity` and `quantity_unit`.
struct TidyCSVParser: RowParser {
    let catalog: CountryCatalog
    private(set) var notes: [String] = []

    init(catalog: CountryCatalog) { self.catalog = catalog }

    mutating func parse(_ reader: CSVReader, diagnostics: inout Diagnostics, emit: (TradeRow) throws -> Void) throws {
        let header = try reader.readHeader()
        let (file, format) = (reader.name, ImportFormat.tidyCSV)
        let reporterColumn = try header.column("reporter", file: file, format: format)
        let partnerColumn = try header.column("partner", file: file, format: format)
        let flowColumn = try header.column("flow", file: file, format: format)
        let periodColumn = try header.column("period", file: file, format: format)
        let valueColumn = try header.column("value_usd", "value", file: file, format: format)
        let productColumn = header.index(of: "product")
        let quantityColumn = header.index(of: "quantity")
        let unitColumn = header.index(of: "quantity_unit")
        var resolved: [String: String] = [:]
        var seen: Set<String> = []
        func country(_ text: String, line: Int, diagnostics: inout Diagnostics) -> String? {
            if let code = resolved[text] { return code }
            do {
                let code = try catalog.resolve(text).code
                resolved[text] = code
                return code
            } catch {
                diagnostics.report(line: line, (error as? CountryCatalog.LookupError)?.errorDescription ?? "\(error)")
                return nil
            }
        }
        while let record = try reader.next() {
            let line = record.line
            guard let reporter = country(record.string(reporterColumn), line: line, diagnostics: &diagnostics),
                let partner = country(record.string(partnerColumn), line: line, diagnostics: &diagnostics)
            else { continue }
            guard let flow = Flow(parsing: record.string(flowColumn)), flow.isStored else {
                diagnostics.report(line: line, "flow \"\(record.string(flowColumn))\" must be exports or imports")
                continue
            }
            guard let period = Period(parsing: record.string(periodColumn)) else {
                diagnostics.report(line: line, "period \"\(record.string(periodColumn))\" must be YYYY or YYYY-MM")
                continue
            }
            var product = Product.total
            if let productColumn, !record.isEmpty(productColumn) {
                guard let parsed = Product(code: record.string(productColumn)) else {
                    diagnostics.report(
                        line: line, "product \"\(record.string(productColumn))\" must be TOTAL or an HS code")
                    continue
                }
                product = parsed
            }
            guard let value = record.int(valueColumn) ?? record.scaled(valueColumn, scale: 0) else {
                diagnostics.report(line: line, "value \"\(record.string(valueColumn))\" is not a number of dollars")
                continue
            }
            let key = "\(reporter)|\(partner)|\(flow)|\(product)|\(period)"
            guard seen.insert(key).inserted else {
                diagnostics.report(
                    line: line, "a second row for \(reporter)–\(partner) \(flow.rawValue) \(product) \(period)")
                continue
            }
            let quantity = quantityColumn.flatMap { record.double($0) }
            let unit = unitColumn.flatMap { record.isEmpty($0) ? nil : record.string($0) }
            try emit(
                TradeRow(
                    reporter: reporter, partner: partner, flow: flow, product: product, year: period.year,
                    month: period.month ?? 0, value: value, quantity: quantity, quantityUnit: unit))
        }
    }
}

import Foundation
import TradeModel
import TradeStore

/// Reads Census International Trade API extracts: CSV with the API's column names, or the
/// API's own JSON (an array of arrays whose first row names the columns).
///
/// The flow follows from the value column: `ALL_VAL_MO` (total exports) or `GEN_VAL_MO`
/// (general imports), in US dollars. An `E_COMMODITY` / `I_COMMODITY` column gives HS detail;
/// without it the rows are all-goods totals. `CTY_CODE` `-` is the world total.
struct CensusAPIParser: RowParser {
    let catalog: CountryCatalog
    var reporter = "USA"
    private(set) var notes: [String] = []

    init(catalog: CountryCatalog) { self.catalog = catalog }

    mutating func parse(_ reader: CSVReader, diagnostics: inout Diagnostics, emit: (TradeRow) throws -> Void) throws {
        let header = try reader.readHeader()
        try parse(
            header: header, file: reader.name, records: { try reader.next() }, diagnostics: &diagnostics, emit: emit)
    }

    /// Parses the API's JSON form (`[["CTY_CODE","ALL_VAL_MO",...],["1220","123",...]]`).
    mutating func parseJSON(_ data: Data, file: String, diagnostics: inout Diagnostics, emit: (TradeRow) throws -> Void)
        throws
    {
        let table: [[String?]]
        do {
            table = try JSONDecoder().decode([[String?]].self, from: data)
        } catch {
            throw ImportError.wrongFormat(
                file: file, format: .censusAPI,
                reason: "the JSON is not an array of string arrays (\(error.localizedDescription))")
        }
        guard let names = table.first else {
            throw ImportError.wrongFormat(file: file, format: .censusAPI, reason: "the JSON array is empty")
        }
        let header = CSVHeader(names: names.map { $0 ?? "" })
        var position = 1
        try parse(
            header: header, file: file,
            records: {
                guard position < table.count else { return nil }
                defer { position += 1 }
                let line = table[position].map { field -> String in
                    let text = field ?? ""
                    return text.contains(",") || text.contains("\"")
                        ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
                }.joined(separator: ",")
                var record = try CSVReader(string: line, name: file).next()
                record?.line = position + 1
                return record
            }, diagnostics: &diagnostics, emit: emit)
    }

    private mutating func parse(
        header: CSVHeader, file: String, records: () throws -> CSVRecord?, diagnostics: inout Diagnostics,
        emit: (TradeRow) throws -> Void
    ) throws {
        guard let yearColumn = header.index(of: "YEAR"), let monthColumn = header.index(of: "MONTH"),
            let codeColumn = header.index(of: "CTY_CODE")
        else {
            throw ImportError.wrongFormat(
                file: file, format: .censusAPI, reason: "expected columns YEAR, MONTH and CTY_CODE")
        }
        let flow: Flow
        let valueColumn: Int
        if let column = header.index(of: "ALL_VAL_MO") {
            (flow, valueColumn) = (.exports, column)
        } else if let column = header.index(of: "GEN_VAL_MO") {
            (flow, valueColumn) = (.imports, column)
        } else {
            throw ImportError.wrongFormat(
                file: file, format: .censusAPI,
                reason: "expected a value column ALL_VAL_MO (exports) or GEN_VAL_MO (imports)")
        }
        let commodityColumn = header.index(of: flow == .exports ? "E_COMMODITY" : "I_COMMODITY")
        var unknown: Set<String> = []
        var cells = CellAccumulator()
        while let record = try records() {
            guard let year = record.int(yearColumn), (1900...2100).contains(year) else {
                diagnostics.report(line: record.line, "YEAR \"\(record.string(yearColumn))\" is not a year")
                continue
            }
            guard let month = record.int(monthColumn), (1...12).contains(month) else {
                diagnostics.report(line: record.line, "MONTH \"\(record.string(monthColumn))\" is not a month (01–12)")
                continue
            }
            guard let value = record.int(valueColumn) else {
                diagnostics.report(
                    line: record.line,
                    "\(header.names[valueColumn]) \"\(record.string(valueColumn))\" is not a whole number of dollars")
                continue
            }
            var product = Product.total
            if let commodityColumn {
                let code = record.trimmedString(commodityColumn)
                if code.uppercased() != "TOTAL" && !code.isEmpty {
                    guard let hs = Product(code: code) else {
                        diagnostics.report(
                            line: record.line, "commodity \"\(code)\" is not an HS code of 2, 4 or 6 digits")
                        continue
                    }
                    product = hs
                }
            }
            let code = record.trimmedString(codeColumn)
            guard let partner = catalog.country(censusCode: code, source: .api) else {
                unknown.insert(code)
                continue
            }
            cells.add(
                TradeRow(
                    reporter: reporter, partner: partner.code, flow: flow, product: product, year: Int(year),
                    month: Int(month), value: value))
        }
        guard diagnostics.isEmpty else { return }
        for row in cells.rows { try emit(row) }
        if !unknown.isEmpty {
            notes.append("left out unknown Census codes: \(unknown.sorted().joined(separator: ", "))")
        }
    }
}

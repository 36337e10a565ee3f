import Foundation
import TradeModel
import TradeStore

/// Reads UN Comtrade records: the API's JSON (`{"count":…,"data":[{…}],"error":""}`) and CSV
/// downloads, with the API's camelCase column names (`reporterCode`, `primaryValue`), the
/// snake_case names some tools write (`reporter_code`, `primary_value`) or the bulk files' names.
///
/// Codes are Comtrade's own (USA is 842, partner 0 is the World). `flowCode` `X` is exports and
/// `M` imports; re-exports, re-imports and other flows are left out with a note, as are rows
/// broken down by second partner, mode of transport or customs procedure (only the totals
/// `partner2Code` 0, `motCode` 0 and `customsCode` C00 are kept, so nothing is counted twice).
/// `primaryValue` is in US dollars (imports CIF, exports FOB, as each reporter states them);
/// `refMonth` 52 or an annual `freqCode` `A` stores the row as an annual figure.
struct ComtradeParser: RowParser {
    let catalog: CountryCatalog
    private(set) var notes: [String] = []

    init(catalog: CountryCatalog) { self.catalog = catalog }

    /// The header with names folded so that `reporterCode`, `reporter_code` and `ReporterCode` match.
    static func folded(_ header: CSVHeader) -> CSVHeader {
        CSVHeader(names: header.names.map { $0.replacingOccurrences(of: "_", with: "").lowercased() })
    }

    mutating func parse(_ reader: CSVReader, diagnostics: inout Diagnostics, emit: (TradeRow) throws -> Void) throws {
        let header = Self.folded(try reader.readHeader())
        try parse(
            header: header, file: reader.name, records: { try reader.next() }, diagnostics: &diagnostics, emit: emit)
    }

    /// Parses the API's JSON response. A response whose `error` is not empty, or whose shape is
    /// not `{"data": [objects]}`, is reported as a changed format.
    mutating func parseJSON(_ data: Data, file: String, diagnostics: inout Diagnostics, emit: (TradeRow) throws -> Void)
        throws
    {
        let records = try Self.records(fromJSON: data, file: file)
        guard let first = records.first else {
            throw ImportError.wrongFormat(file: file, format: .comtrade, reason: "the response holds no records")
        }
        let names = first.keys.sorted()
        let header = CSVHeader(names: names.map { $0.replacingOccurrences(of: "_", with: "").lowercased() })
        var position = 0
        try parse(
            header: header, file: file,
            records: {
                guard position < records.count else { return nil }
                defer { position += 1 }
                let line = names.map { name -> String in
                    let text = Self.text(records[position][name])
                    return text.contains(",") || text.contains("\"") || text.contains("\n")
                        ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
                }.joined(separator: ",")
                var record = try CSVReader(string: line, name: file).next()
                record?.line = position + 1
                return record
            }, diagnostics: &diagnostics, emit: emit)
    }

    /// The objects of a Comtrade JSON response's `data` array.
    static func records(fromJSON data: Data, file: String) throws -> [[String: Any]] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw ImportError.wrongFormat(
                file: file, format: .comtrade, reason: "the response is not valid JSON (is it cut short?)")
        }
        guard let top = object as? [String: Any], let rows = top["data"] as? [Any] else {
            throw ImportError.wrongFormat(
                file: file, format: .comtrade, reason: "expected a JSON object with a \"data\" array")
        }
        if let error = top["error"] as? String, !error.isEmpty {
            throw ImportError.wrongFormat(file: file, format: .comtrade, reason: "Comtrade reported: \(error)")
        }
        let records = rows.compactMap { $0 as? [String: Any] }
        guard records.count == rows.count else {
            throw ImportError.wrongFormat(
                file: file, format: .comtrade, reason: "\"data\" holds something other than objects")
        }
        return records
    }

    private static func text(_ value: Any?) -> String {
        switch value {
        case nil, is NSNull: return ""
        case let string as String: return string
        case let number as NSNumber:
            let double = number.doubleValue
            if double == double.rounded(), abs(double) < 1e18 { return String(Int64(double)) }
            return String(double)
        default: return "\(value!)"
        }
    }

    private mutating func parse(
        header: CSVHeader, file: String, records: () throws -> CSVRecord?, diagnostics: inout Diagnostics,
        emit: (TradeRow) throws -> Void
    ) throws {
        func column(_ name: String) throws -> Int { try header.column(name, file: file, format: .comtrade) }
        let reporterColumn = try column("reportercode")
        let partnerColumn = try column("partnercode")
        let flowColumn = try column("flowcode")
        let commodityColumn = try column("cmdcode")
        let valueColumn = try column("primaryvalue")
        let periodColumn = try column("period")
        let monthColumn = header.index(of: "refmonth")
        let frequencyColumn = header.index(of: "freqcode")
        let partner2Column = header.index(of: "partner2code")
        let transportColumn = header.index(of: "motcode")
        let customsColumn = header.index(of: "customscode")
        let weightColumn = header.index(of: "netwgt")
        var unknown: Set<String> = []
        var otherFlows: Set<String> = []
        var breakdowns = 0
        var missingValues = 0
        // One accumulator per reporter: cells are keyed by partner, flow, product and period.
        var cells: [String: CellAccumulator] = [:]
        while let record = try records() {
            let bySecondPartner = partner2Column.map { !["", "0"].contains(record.trimmedString($0)) } ?? false
            let byTransport = transportColumn.map { !["", "0"].contains(record.trimmedString($0)) } ?? false
            let byProcedure = customsColumn.map { !["", "C00"].contains(record.trimmedString($0)) } ?? false
            if bySecondPartner || byTransport || byProcedure {
                breakdowns += 1
                continue
            }
            let flowCode = record.trimmedString(flowColumn).uppercased()
            let flow: Flow
            switch flowCode {
            case "X": flow = .exports
            case "M": flow = .imports
            default:
                otherFlows.insert(flowCode)
                continue
            }
            let periodText = record.trimmedString(periodColumn)
            guard let period = Int(periodText), (1900...2100).contains(period) || (190001...210012).contains(period)
            else {
                diagnostics.report(line: record.line, "period \"\(periodText)\" is neither YYYY nor YYYYMM")
                continue
            }
            var year = period
            var month = 0
            if period > 9999 {
                (year, month) = (period / 100, period % 100)
                guard (1...12).contains(month) else {
                    diagnostics.report(line: record.line, "period \"\(periodText)\" has no month 01–12")
                    continue
                }
            }
            let annual =
                frequencyColumn.map { record.trimmedString($0).uppercased() == "A" } ?? false
                || monthColumn.map { record.trimmedString($0) == "52" } ?? false
            if annual { month = 0 }
            let commodity = record.trimmedString(commodityColumn)
            guard let product = Product(code: commodity) else {
                diagnostics.report(
                    line: record.line, "cmdCode \"\(commodity)\" is neither TOTAL nor an HS code of 2, 4 or 6 digits")
                continue
            }
            if record.isEmpty(valueColumn) {
                missingValues += 1
                continue
            }
            guard let amount = record.double(valueColumn), amount.isFinite, abs(amount) < 9e17 else {
                diagnostics.report(
                    line: record.line, "primaryValue \"\(record.string(valueColumn))\" is not an amount of US dollars")
                continue
            }
            let reporterCode = record.trimmedString(reporterColumn)
            let partnerCode = record.trimmedString(partnerColumn)
            guard let reporter = country(reporterCode) else {
                unknown.insert(reporterCode)
                continue
            }
            guard let partner = country(partnerCode) else {
                unknown.insert(partnerCode)
                continue
            }
            let weight = weightColumn.flatMap { record.double($0) }.flatMap { $0 > 0 ? $0 : nil }
            cells[reporter, default: CellAccumulator()].add(
                TradeRow(
                    reporter: reporter, partner: partner, flow: flow, product: product, year: year, month: month,
                    value: Int64(amount.rounded()), quantity: weight, quantityUnit: weight == nil ? nil : "kg"))
        }
        guard diagnostics.isEmpty else { return }
        for reporter in cells.keys.sorted() {
            for row in cells[reporter]!.rows { try emit(row) }
        }
        if !unknown.isEmpty {
            notes.append("left out rows with unknown Comtrade codes: \(unknown.sorted().joined(separator: ", "))")
        }
        if !otherFlows.isEmpty {
            notes.append(
                "left out flows other than X (exports) and M (imports): \(otherFlows.sorted().joined(separator: ", "))")
        }
        if breakdowns > 0 {
            notes.append(
                "left out \(breakdowns) rows broken down by second partner, transport mode or customs procedure (totals kept)"
            )
        }
        if missingValues > 0 { notes.append("left out \(missingValues) rows without primaryValue") }
    }

    private func country(_ code: String) -> String? {
        guard let number = Int(code) else { return nil }
        if number == 0 { return "WORLD" }
        return catalog.country(comtradeCode: number)?.code
    }
}

/// Comtrade's JSON as the connector checks it before caching a response.
public enum ComtradeFormat {
    /// The records of a response (`{"count":…,"data":[…],"error":""}`); throws
    /// ``ImportError/wrongFormat(file:format:reason:)`` for another shape, broken JSON or an error message.
    public static func records(fromJSON data: Data, file: String) throws -> [[String: Any]] {
        try ComtradeParser.records(fromJSON: data, file: file)
    }
}

import TradeModel
import TradeStore

/// Reads the Census `country.xlsx` workbook saved as CSV.
///
/// Values are millions of USD with one decimal and are stored as whole dollars. Census fills
/// months not yet published with 0: in the latest year, months after the last month in which
/// the world total is non-zero are left out (missing), never stored as zero. Two Census codes
/// for one country in the same month (an old and a new code) are summed.
struct CensusWorkbookParser: RowParser {
    let catalog: CountryCatalog
    var reporter = "USA"
    private(set) var notes: [String] = []

    init(catalog: CountryCatalog) { self.catalog = catalog }

    private static let months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]

    mutating func parse(_ reader: CSVReader, diagnostics: inout Diagnostics, emit: (TradeRow) throws -> Void) throws {
        let header = try reader.readHeader()
        func column(_ name: String) throws -> Int {
            try header.column(name, file: reader.name, format: .censusCountry)
        }
        let yearColumn = try column("year")
        let codeColumn = try column("CTY_CODE")
        let imports = try Self.months.map { try column("I" + $0) }
        let exports = try Self.months.map { try column("E" + $0) }

        struct Parsed {
            var partner: String
            var year: Int
            var imports: [Int64]
            var exports: [Int64]
        }
        var parsed: [Parsed] = []
        var skipped: Set<String> = []
        var unknown: Set<String> = []
        var worldByMonth: [Int: Int64] = [:]
        while let record = try reader.next() {
            guard let year = record.int(yearColumn), (1900...2100).contains(year) else {
                diagnostics.report(line: record.line, "year \"\(record.string(yearColumn))\" is not a year")
                continue
            }
            var code = record.trimmedString(codeColumn)
            if code.count < 4, code.allSatisfy(\.isNumber) {
                code = String(repeating: "0", count: 4 - code.count) + code
            }
            if CountryCatalog.skippedWorkbookCodes.contains(code) {
                skipped.insert(code)
                continue
            }
            guard let partner = catalog.country(censusCode: code, source: .workbook) else {
                unknown.insert(code)
                continue
            }
            var values: [[Int64]] = [[], []]
            for (flowIndex, columns) in [imports, exports].enumerated() {
                for column in columns {
                    guard let value = record.scaled(column, scale: 6) else {
                        diagnostics.report(
                            line: record.line,
                            "\(header.names[column]) \"\(record.string(column))\" is not a number of millions")
                        values[flowIndex].append(0)
                        continue
                    }
                    values[flowIndex].append(value)
                }
            }
            if partner.code == "WORLD" {
                for month in 0..<12 {
                    worldByMonth[Int(year) * 100 + month + 1, default: 0] += values[0][month] + values[1][month]
                }
            }
            parsed.append(Parsed(partner: partner.code, year: Int(year), imports: values[0], exports: values[1]))
        }
        guard diagnostics.isEmpty else { return }
        // The last published month: the latest month in which the world total is not zero.
        let lastPublished = worldByMonth.filter { $0.value != 0 }.keys.max() ?? Int.max
        let latestYear = parsed.map(\.year).max() ?? 0
        if lastPublished != Int.max, lastPublished % 100 != 12 {
            notes.append(
                "\(latestYear): months after \(Period(year: lastPublished / 100, month: lastPublished % 100)) are not yet published (zeros in the file); stored as missing"
            )
        }
        var cells = CellAccumulator()
        for row in parsed {
            for month in 1...12 where row.year * 100 + month <= lastPublished {
                cells.add(
                    TradeRow(
                        reporter: reporter, partner: row.partner, flow: .imports, year: row.year, month: month,
                        value: row.imports[month - 1]))
                cells.add(
                    TradeRow(
                        reporter: reporter, partner: row.partner, flow: .exports, year: row.year, month: month,
                        value: row.exports[month - 1]))
            }
        }
        for row in cells.rows { try emit(row) }
        if !skipped.isEmpty {
            notes.append("left out Census aggregates that name no partner: \(skipped.sorted().joined(separator: ", "))")
        }
        if !unknown.isEmpty {
            notes.append("left out unknown Census codes: \(unknown.sorted().joined(separator: ", "))")
        }
    }
}

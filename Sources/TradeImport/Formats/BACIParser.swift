import TradeModel
import TradeStore

/// Streams CEPII BACI bulk CSV (`t,i,j,k,v,q`) without holding the file in memory.
///
/// `t` is the year, `i` the exporter and `j` the importer (BACI's numeric country codes, which
/// follow UN Comtrade: USA is 842), `k` the HS6 code (leading zeros restored), `v` the value in
/// thousands of USD (stored as whole dollars), `q` the quantity in tonnes (`NA` or empty when
/// unknown). Each row is stored as the exporter's exports to the importer. The all-goods total
/// of each exporter, importer and year is added as a `TOTAL` row, summed while streaming
/// (memory grows with the number of country pairs, not with the rows).
struct BACIParser: RowParser {
    let catalog: CountryCatalog
    private(set) var notes: [String] = []

    init(catalog: CountryCatalog) { self.catalog = catalog }

    private struct PairYear: Hashable {
        var exporter: Int32
        var importer: Int32
        var year: Int32
    }

    mutating func parse(_ reader: CSVReader, diagnostics: inout Diagnostics, emit: (TradeRow) throws -> Void) throws {
        let header = try reader.readHeader()
        func column(_ name: String) throws -> Int { try header.column(name, file: reader.name, format: .baci) }
        let (t, i, j, k, v) = (try column("t"), try column("i"), try column("j"), try column("k"), try column("v"))
        let q = header.index(of: "q")
        // BACI's codes are below 1000: a table looked up by number, filled on first use.
        var codes = [String?](repeating: nil, count: 1000)
        var looked = [Bool](repeating: false, count: 1000)
        var unknown: Set<Int64> = []
        var totals: [PairYear: Int64] = [:]
        // Rows come grouped by year, exporter and importer: the running sum of the current
        // group goes into `totals` only when the group changes.
        var current: PairYear?
        var currentSum: Int64 = 0
        func country(_ number: Int64) -> String? {
            guard number >= 0, number < 1000 else { return lookUp(number) }
            let slot = Int(number)
            if looked[slot] { return codes[slot] }
            looked[slot] = true
            codes[slot] = lookUp(number)
            return codes[slot]
        }
        func lookUp(_ number: Int64) -> String? {
            let found =
                catalog.country(comtradeCode: Int(number))
                ?? catalog.all.first { $0.m49 == Int(number) && $0.isCountry }
            return found?.code
        }
        while let record = try reader.next() {
            guard let year = record.int(t), (1900...2100).contains(year) else {
                diagnostics.report(line: record.line, "t \"\(record.string(t))\" is not a year")
                continue
            }
            guard let exporterNumber = record.int(i), let importerNumber = record.int(j) else {
                diagnostics.report(line: record.line, "i and j must be numeric country codes")
                continue
            }
            guard let hs = record.int(k), hs >= 0, hs <= 999_999 else {
                diagnostics.report(line: record.line, "k \"\(record.string(k))\" is not an HS6 code")
                continue
            }
            guard let value = record.scaled(v, scale: 3) else {
                diagnostics.report(line: record.line, "v \"\(record.string(v))\" is not a value in thousands of USD")
                continue
            }
            guard let exporter = country(exporterNumber), let importer = country(importerNumber) else {
                if country(exporterNumber) == nil { unknown.insert(exporterNumber) }
                if country(importerNumber) == nil { unknown.insert(importerNumber) }
                continue
            }
            guard diagnostics.isEmpty else { continue }
            let quantity = q.flatMap { record.double($0) }
            try emit(
                TradeRow(
                    reporter: exporter, partner: importer, flow: .exports, product: .hs(Self.hs6(hs)),
                    year: Int(year), month: 0, value: value, quantity: quantity,
                    quantityUnit: quantity == nil ? nil : "t"))
            let group = PairYear(exporter: Int32(exporterNumber), importer: Int32(importerNumber), year: Int32(year))
            if group != current {
                if let current { totals[current, default: 0] += currentSum }
                current = group
                currentSum = 0
            }
            currentSum += value
        }
        guard diagnostics.isEmpty else { return }
        if let current { totals[current, default: 0] += currentSum }
        for (key, value) in totals.sorted(by: {
            ($0.key.exporter, $0.key.importer, $0.key.year) < ($1.key.exporter, $1.key.importer, $1.key.year)
        }) {
            try emit(
                TradeRow(
                    reporter: country(Int64(key.exporter))!, partner: country(Int64(key.importer))!, flow: .exports,
                    product: .total, year: Int(key.year), month: 0, value: value))
        }
        if !unknown.isEmpty {
            notes.append(
                "left out rows with unknown country codes: \(unknown.sorted().map(String.init).joined(separator: ", "))"
            )
        }
    }

    /// Six digits with leading zeros.
    static func hs6(_ code: Int64) -> String {
        guard (0...999_999).contains(code) else { return String(code) }
        // Six ASCII digits fit in a small string: no allocation per row.
        return String(unsafeUninitializedCapacity: 6) { buffer in
            var rest = code
            for index in stride(from: 5, through: 0, by: -1) {
                buffer[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
            return 6
        }
    }
}

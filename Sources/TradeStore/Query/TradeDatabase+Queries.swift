import Foundation
import GRDB
import GRDBSQLite
import TradeModel

/// The analyst's questions. Each answer carries its coverage (first and last period with data)
/// and the releases it draws on.
extension TradeDatabase {
    /// Exports, imports, total and balance of a pair in one period (a year or a month).
    public func trade(
        reporter: String, partner: String, period: Period, product: Product = .total,
        vintage: VintageSelection = .newest
    ) throws -> TradeSummary {
        let (reporter, partner) = try pair(reporter, partner)
        return try writer.read { db in
            let filter = try datasetFilter(vintage, db)
            let exports = try cellValues(reporter.code, partner.code, .exports, product, filter, db)
            let imports = try cellValues(reporter.code, partner.code, .imports, product, filter, db)
            let x = exports.value(of: period), m = imports.value(of: period)
            let coverage = try makeCoverage([exports, imports], citing: x.datasets + m.datasets, db)
            guard x.value != nil || m.value != nil else {
                throw StoreError.noData(
                    question: "\(reporter.code)–\(partner.code) in \(period)",
                    coverage: coverage.isEmpty ? nil : coverage.range)
            }
            return TradeSummary(
                reporter: reporter, partner: partner, period: period, exports: x, imports: m,
                total: combine(x, m, flow: .total), balance: combine(x, m, flow: .balance), coverage: coverage)
        }
    }

    /// A flow over time, monthly or annual, optionally limited to a range of years.
    public func series(
        _ subject: TradeSubject, frequency: Frequency, years: ClosedRange<Int>? = nil,
        vintage: VintageSelection = .newest
    ) throws -> SeriesAnswer {
        let (reporter, partner) = try pair(subject.reporter, subject.partner)
        return try writer.read { db in
            let only = years.map { years in
                years.flatMap { year in
                    frequency == .monthly ? (1...12).map { Period.month(year, $0) } : [Period.year(year)]
                }
            }
            let (points, coverage) = try periodValues(subject, frequency: frequency, vintage: vintage, only: only, db)
            let selected = points.filter { years?.contains($0.period.year) ?? true }
            guard selected.contains(where: { $0.value != nil }) else {
                throw StoreError.noData(
                    question: describe(subject) + (years.map { " in \($0.lowerBound)–\($0.upperBound)" } ?? ""),
                    coverage: coverage.isEmpty ? nil : coverage.range)
            }
            return SeriesAnswer(
                reporter: reporter, partner: partner, flow: subject.flow, product: subject.product,
                frequency: frequency, points: selected,
                coverage: try cite(coverage, selected.flatMap(\.datasets), db))
        }
    }

    /// The highest (or, with `lowest`, the lowest) month or complete year of a flow.
    /// Incomplete years are left out of the comparison and listed in ``PeakAnswer/excluded``.
    /// - Parameter through: the last period to consider (a record as of an earlier day), `nil` for all.
    public func peak(
        _ subject: TradeSubject, frequency: Frequency, lowest: Bool = false, through: Period? = nil,
        vintage: VintageSelection = .newest
    ) throws -> PeakAnswer {
        let (reporter, partner) = try pair(subject.reporter, subject.partner)
        return try writer.read { db in
            var (points, coverage) = try periodValues(subject, frequency: frequency, vintage: vintage, db)
            if let through { points = points.filter { $0.period <= through } }
            let candidates = points.filter { $0.value != nil && $0.isComplete }
            let excluded = points.filter { $0.value != nil && !$0.isComplete }
            let ordered = candidates.sorted { a, b in
                lowest
                    ? (a.value!, a.period) < (b.value!, b.period) : (a.value!, b.period.key) > (b.value!, a.period.key)
            }
            guard let top = ordered.first else {
                throw StoreError.noData(question: describe(subject), coverage: coverage.isEmpty ? nil : coverage.range)
            }
            return PeakAnswer(
                reporter: reporter, partner: partner, flow: subject.flow, product: subject.product,
                frequency: frequency, lowest: lowest, peak: top, runnersUp: Array(ordered.dropFirst().prefix(4)),
                excluded: excluded, coverage: coverage)
        }
    }

    /// How a flow changed from one period to another (both years or both months).
    public func change(
        _ subject: TradeSubject, from: Period, to: Period, vintage: VintageSelection = .newest
    ) throws -> ChangeAnswer {
        guard from.isMonth == to.isMonth else {
            throw StoreError.invalidQuestion(
                "Compare a year with a year or a month with a month (got \(from) and \(to)).")
        }
        let (reporter, partner) = try pair(subject.reporter, subject.partner)
        return try writer.read { db in
            let (points, coverage) = try periodValues(
                subject, frequency: from.isMonth ? .monthly : .annual, vintage: vintage, only: [from, to], db)
            func point(_ period: Period) throws -> PeriodValue {
                guard let found = points.first(where: { $0.period == period }), found.value != nil else {
                    throw StoreError.noData(
                        question: "\(describe(subject)) in \(period)", coverage: coverage.isEmpty ? nil : coverage.range
                    )
                }
                return found
            }
            let (start, end) = (try point(from), try point(to))
            return ChangeAnswer(
                reporter: reporter, partner: partner, flow: subject.flow, product: subject.product,
                from: start, to: end, coverage: try cite(coverage, start.datasets + end.datasets, db))
        }
    }

    /// The partner's share of the reporter's trade with the world in a period.
    public func share(
        _ subject: TradeSubject, period: Period, vintage: VintageSelection = .newest
    ) throws -> ShareAnswer {
        let (reporter, partner) = try pair(subject.reporter, subject.partner)
        return try writer.read { db in
            let (points, coverage) = try periodValues(
                subject, frequency: period.isMonth ? .monthly : .annual, vintage: vintage, only: [period], db)
            guard let value = points.first(where: { $0.period == period }), value.value != nil else {
                throw StoreError.noData(
                    question: "\(describe(subject)) in \(period)", coverage: coverage.isEmpty ? nil : coverage.range)
            }
            var worldSubject = subject
            worldSubject.partner = "WORLD"
            let (worldPoints, _) = try periodValues(
                worldSubject, frequency: period.isMonth ? .monthly : .annual, vintage: vintage, only: [period], db)
            guard let world = worldPoints.first(where: { $0.period == period }), world.value != nil else {
                throw StoreError.noData(
                    question: "\(reporter.code)–World (\(subject.flow.rawValue)) in \(period)",
                    coverage: nil)
            }
            return ShareAnswer(
                reporter: reporter, partner: partner, flow: subject.flow, product: subject.product, value: value,
                world: world, coverage: try cite(coverage, value.datasets + world.datasets, db))
        }
    }

    /// The reporter's largest partners (countries only, never groups) in a period. By balance,
    /// the largest deficits come first, or with `bySurplus` the largest surpluses.
    public func topPartners(
        reporter: String, flow: Flow, period: Period, product: Product = .total, limit: Int = 10,
        bySurplus: Bool = false, vintage: VintageSelection = .newest
    ) throws -> RankingAnswer {
        let reporterCountry = try countries.resolve(reporter)
        return try writer.read { db in
            let key =
                "partners|\(reporterCountry.code)|\(flow)|\(period)|\(product)|\(limit)|\(bySurplus)|\(vintage)"
            return try cache.answer(key, version: try QueryCache.version(db)) {
                try rankPartners(
                    reporterCountry, flow: flow, period: period, product: product, limit: limit,
                    bySurplus: bySurplus, vintage: vintage, db)
            }
        }
    }

    private func rankPartners(
        _ reporterCountry: Country, flow: Flow, period: Period, product: Product, limit: Int, bySurplus: Bool,
        vintage: VintageSelection, _ db: Database
    ) throws -> RankingAnswer {
        let filter = try datasetFilter(vintage, db)
        let flows = flow.isStored ? [flow] : [Flow.exports, .imports]
        var perPartner: [String: [Flow: CellValues]] = [:]
        for stored in flows {
            let rows: RowCursor
            if product == .total {
                // One range of the small index over the all-goods rows.
                rows = try Row.fetchCursor(
                    db.cachedStatement(
                        sql: """
                            SELECT partner, year, month, value, dataset_id FROM trade INDEXED BY \(Self.totalsIndex)
                            WHERE reporter = ? AND flow = ? AND year = ? AND level = 0 \(filter.sql)
                            """),
                    arguments: [reporterCountry.code, stored.storedCode, period.year])
            } else {
                // One primary-key seek per entity the catalog knows (every stored partner
                // code comes from it), rather than an index over every product's rows.
                rows = try Row.fetchCursor(
                    db.cachedStatement(
                        sql: """
                            SELECT partner, year, month, value, dataset_id FROM trade
                            WHERE reporter = ? AND partner IN (\(partnerList)) AND flow = ? AND level = ?
                              AND year = ? AND product = ? \(filter.sql)
                            """),
                    arguments: [reporterCountry.code, stored.storedCode, product.level, period.year, product.code])
            }
            while let row = try rows.next() {
                let partner: String = row[0]
                let key = (row[1] as Int) * 100 + (row[2] as Int)
                let dataset: Int64 = row[4]
                if (perPartner[partner]?[stored]?.cells[key]?.dataset ?? -1) < dataset {
                    perPartner[partner, default: [:]][stored, default: CellValues()].cells[key] = (row[3], dataset)
                }
            }
        }
        func value(_ cells: [Flow: CellValues]) -> PeriodValue {
            if !flow.isStored {
                return combine(
                    (cells[.exports] ?? CellValues()).value(of: period),
                    (cells[.imports] ?? CellValues()).value(of: period),
                    flow: flow)
            }
            return (cells[flow] ?? CellValues()).value(of: period)
        }
        let world = perPartner["WORLD"].map(value)
        // In code order, so that between equal values the smaller code ranks first.
        var items: [(Country, PeriodValue)] = []
        for code in perPartner.keys.sorted() {
            guard let country = countries.country(code: code), country.isCountry else { continue }
            let periodValue = value(perPartner[code]!)
            if periodValue.value != nil { items.append((country, periodValue)) }
        }
        guard !items.isEmpty else {
            throw StoreError.noData(
                question: "partners of \(reporterCountry.code) (\(flow.rawValue)) in \(period)",
                coverage: nil)
        }
        // Deficits rank by their size: the most negative balance first.
        let amounts = items.map { flow == .balance && !bySurplus ? $0.1.value.map { -$0 } : $0.1.value }
        let best = bestPositions(of: amounts, limit: limit).map { items[$0] }
        let ranked = best.enumerated().map { offset, entry in
            RankingAnswer.Item(
                rank: offset + 1, code: entry.0.code, nameEN: entry.0.nameEN, nameDE: entry.0.nameDE,
                value: entry.1, percentOfTotal: percent(entry.1.value, of: world?.value))
        }
        let first = items.map(\.1).flatMap { $0.months }.min()
        let last = items.map(\.1).flatMap { $0.months }.max()
        let datasetIDs = Set(best.flatMap { $0.1.datasets })
        let coverage = Coverage(
            first: first.map { .month(period.year, $0) } ?? period,
            last: last.map { .month(period.year, $0) } ?? period,
            sources: try sources(datasetIDs, db))
        return RankingAnswer(
            dimension: .partners, reporter: reporterCountry, partner: nil, flow: flow, period: period, level: nil,
            total: world, items: ranked, coverage: coverage)
    }

    /// The largest products (at HS level 2, 4 or 6) a reporter trades with a partner in a period.
    public func topProducts(
        reporter: String, partner: String, flow: Flow, period: Period, level: Int = 2, limit: Int = 10,
        vintage: VintageSelection = .newest
    ) throws -> RankingAnswer {
        guard flow.isStored else {
            throw StoreError.invalidQuestion("Rank products by exports or imports.")
        }
        guard [2, 4, 6].contains(level) else {
            throw StoreError.invalidQuestion("The HS level must be 2, 4 or 6 (got \(level)).")
        }
        let (reporterCountry, partnerCountry) = try pair(reporter, partner)
        return try writer.read { db in
            let key =
                "products|\(reporterCountry.code)|\(partnerCountry.code)|\(flow)|\(level)|\(period)|\(limit)|\(vintage)"
            return try cache.answer(key, version: try QueryCache.version(db)) {
                try rankProducts(
                    reporterCountry, partnerCountry, flow: flow, period: period, level: level, limit: limit,
                    vintage: vintage, db)
            }
        }
    }

    private func rankProducts(
        _ reporterCountry: Country, _ partnerCountry: Country, flow: Flow, period: Period, level: Int, limit: Int,
        vintage: VintageSelection, _ db: Database
    ) throws -> RankingAnswer {
        let filter = try datasetFilter(vintage, db)
        // Thousands of HS6 rows for one pair and year, read in key order (product, month,
        // release) with SQLite's C API: the last row of each cell is its newest release, and
        // only the ranked products become answers.
        let statement = try db.cachedStatement(
            sql: """
                SELECT product, month, value, dataset_id FROM trade
                WHERE reporter = ? AND partner = ? AND flow = ? AND level = ? AND year = ? \(filter.sql)
                ORDER BY product, month, dataset_id
                """)
        try statement.setArguments([reporterCountry.code, partnerCountry.code, flow.storedCode, level, period.year])
        let totals = try productTotals(statement, period: period)
        // Codes arrive in ascending order, so between equal amounts the earlier one ranks
        // first; `items` is the ranking, best first.
        let best = bestPositions(of: totals.map { $0.amount(for: period) }, limit: limit)
        let items = best.compactMap { position in
            totals[position].value(for: period).map { (totals[position].code, $0) }
        }
        guard !items.isEmpty else {
            let levels = try String.fetchAll(
                db,
                sql: """
                    SELECT DISTINCT CASE flow WHEN 1 THEN 'exports' ELSE 'imports' END || ' HS' || level || ' ' || MIN(year) || '–' || MAX(year)
                    FROM trade WHERE reporter = ? AND partner = ? AND level > 0 GROUP BY flow, level
                    """,
                arguments: [reporterCountry.code, partnerCountry.code])
            throw StoreError.noData(
                question:
                    "HS\(level) products of \(reporterCountry.code) \(flow.rawValue) with \(partnerCountry.code) in \(period)",
                coverage: levels.isEmpty ? "no product detail" : levels.joined(separator: "; "))
        }
        let total = try cellValues(reporterCountry.code, partnerCountry.code, flow, .total, filter, db).value(
            of: period)
        let ranked = items.enumerated().map { offset, entry in
            let product = Product.hs(entry.0)
            return RankingAnswer.Item(
                rank: offset + 1, code: entry.0, nameEN: products.name(of: product, in: .en),
                nameDE: products.name(of: product, in: .de), value: entry.1,
                percentOfTotal: percent(entry.1.value, of: total.value))
        }
        let months = items.flatMap { $0.1.months }
        let coverage = Coverage(
            first: months.min().map { .month(period.year, $0) } ?? period,
            last: months.max().map { .month(period.year, $0) } ?? period,
            sources: try sources(Set(items.flatMap { $0.1.datasets }), db))
        return RankingAnswer(
            dimension: .products, reporter: reporterCountry, partner: partnerCountry, flow: flow, period: period,
            level: level, total: total.value == nil ? nil : total, items: ranked, coverage: coverage)
    }

    /// What the store holds, per dataset (source release), and the import log.
    public func coverage() throws -> CoverageReport {
        try writer.read { db in
            let sources = try allSources(db)
            var entries: [CoverageReport.Entry] = []
            let rows = try Row.fetchAll(
                db,
                sql: """
                    SELECT dataset_id, COUNT(*), MIN(year * 100 + month), MAX(year * 100 + month),
                           COUNT(DISTINCT reporter), COUNT(DISTINCT partner), GROUP_CONCAT(DISTINCT flow),
                           GROUP_CONCAT(DISTINCT level), SUM(superseded)
                    FROM trade GROUP BY dataset_id ORDER BY dataset_id
                    """)
            for row in rows {
                let id: Int64 = row[0]
                guard let source = sources[id] else { continue }
                let first: Int = row[2], last: Int = row[3]
                let flowCodes: String = row[6]
                let levelCodes: String = row[7]
                let flows: [Flow] = flowCodes.split(separator: ",").compactMap { Int($0) }.sorted()
                    .compactMap { Flow(storedCode: $0) }
                let levels: [Int] = levelCodes.split(separator: ",").compactMap { Int($0) }.sorted()
                entries.append(
                    CoverageReport.Entry(
                        source: source, rows: row[1], first: Period(year: first / 100, month: first % 100),
                        last: Period(year: last / 100, month: last % 100), reporters: row[4], partners: row[5],
                        flows: flows, productLevels: levels, supersededRows: row[8]))
            }
            let imports = try Row.fetchAll(
                db,
                sql: """
                    SELECT l.file_name, l.sha256, l.format, d.name || ' ' || d.vintage, l.rows, l.imported_at
                    FROM import_log l JOIN dataset d ON d.id = l.dataset_id ORDER BY l.id DESC
                    """
            ).map { row in
                ImportRecord(
                    fileName: row[0], sha256: row[1], format: row[2], dataset: row[3], rows: row[4],
                    importedAt: row[5])
            }
            return CoverageReport(datasets: entries, imports: imports)
        }
    }

    // MARK: - Building blocks

    private func pair(_ reporter: String, _ partner: String) throws -> (Country, Country) {
        (try countries.resolve(reporter), try countries.resolve(partner))
    }

    private func describe(_ subject: TradeSubject) -> String {
        var text = "\(subject.reporter)–\(subject.partner) \(subject.flow.rawValue)"
        if subject.product != .total { text += " of HS \(subject.product.code)" }
        return text
    }

    /// The SQL condition that picks the release(s) a question reads.
    struct DatasetFilter {
        var sql: String
    }

    func datasetFilter(_ vintage: VintageSelection, _ db: Database) throws -> DatasetFilter {
        switch vintage {
        case .newest:
            // Dollar releases only: figures in another currency (Comext's euros) are never
            // added to dollar figures; read them by naming their release.
            let foreign = try Int64.fetchAll(db, sql: "SELECT id FROM dataset WHERE currency <> 'USD'")
            if foreign.isEmpty { return DatasetFilter(sql: "AND superseded = 0") }
            return DatasetFilter(
                sql: "AND superseded = 0 AND dataset_id NOT IN (\(foreign.map(String.init).joined(separator: ",")))")
        case .dataset(let name):
            let ids = try Int64.fetchAll(
                db, sql: "SELECT id FROM dataset WHERE name = ? OR vintage = ? OR name || '@' || vintage = ?",
                arguments: [name, name, name])
            guard !ids.isEmpty else {
                let available = try String.fetchAll(db, sql: "SELECT name || '@' || vintage FROM dataset ORDER BY id")
                throw StoreError.unknownDataset(name, available: available)
            }
            let currencies = try String.fetchAll(
                db,
                sql:
                    "SELECT DISTINCT currency FROM dataset WHERE id IN (\(ids.map(String.init).joined(separator: ",")))"
            )
            guard currencies.count <= 1 else {
                throw StoreError.invalidQuestion(
                    "\"\(name)\" names releases in \(currencies.joined(separator: " and ")); name one release (name@vintage) so currencies are not mixed."
                )
            }
            return DatasetFilter(sql: "AND dataset_id IN (\(ids.map(String.init).joined(separator: ",")))")
        }
    }

    /// All stored values of one stored flow of a pair; where several releases hold a cell,
    /// the most recently imported one wins (the highest dataset id).
    func cellValues(
        _ reporter: String, _ partner: String, _ flow: Flow, _ product: Product, _ filter: DatasetFilter, _ db: Database
    ) throws -> CellValues {
        let key = QueryCache.Key(
            reporter: reporter, partner: partner, flow: flow.storedCode, product: product.code, filter: filter.sql)
        return try cache.cells(key, version: try QueryCache.version(db)) {
            try loadCellValues(reporter, partner, flow, product, filter, db)
        }
    }

    private func loadCellValues(
        _ reporter: String, _ partner: String, _ flow: Flow, _ product: Product, _ filter: DatasetFilter, _ db: Database
    ) throws -> CellValues {
        let rows = try Row.fetchCursor(
            db,
            sql: """
                SELECT year, month, value, dataset_id FROM trade
                WHERE reporter = ? AND partner = ? AND flow = ? AND level = ? AND product = ? \(filter.sql)
                """,
            arguments: [reporter, partner, flow.storedCode, product.level, product.code])
        var values = CellValues()
        while let row = try rows.next() {
            let key = (row[0] as Int) * 100 + (row[1] as Int)
            let dataset: Int64 = row[3]
            if (values.cells[key]?.dataset ?? -1) < dataset { values.cells[key] = (row[2], dataset) }
        }
        return values
    }

    /// Every period of a flow (derived flows combine exports and imports) over the whole coverage.
    /// `only`: just these periods (a sum over a few months need not build the whole series).
    func periodValues(
        _ subject: TradeSubject, frequency: Frequency, vintage: VintageSelection, only: [Period]? = nil,
        _ db: Database
    ) throws -> ([PeriodValue], Coverage) {
        let reporter = try countries.resolve(subject.reporter).code
        let partner = try countries.resolve(subject.partner).code
        let filter = try datasetFilter(vintage, db)
        let stored = subject.flow.isStored ? [subject.flow] : [.exports, .imports]
        let cells = try stored.map { try cellValues(reporter, partner, $0, subject.product, filter, db) }
        let coverage = try makeCoverage(cells, citing: nil, db)
        guard var first = coverage.first, var last = coverage.last else { return ([], coverage) }
        if frequency == .annual {
            (first, last) = (.year(first.year), .year(last.year))
        } else if !first.isMonth {
            (first, last) = (.month(first.year, 1), .month(last.year, last.month ?? 12))
        }
        var periods: [Period] = []
        if let only {
            periods = only.filter { $0 >= first && $0 <= last }
        } else {
            var period = first
            while period <= last {
                periods.append(period)
                period = period.next
            }
        }
        let points = periods.map { period -> PeriodValue in
            let values = cells.map { $0.value(of: period) }
            return values.count == 1 ? values[0] : combine(values[0], values[1], flow: subject.flow)
        }
        return (points, coverage)
    }

    /// The first and last period with data (months where monthly data exists), citing the
    /// given datasets, or all that hold the cells.
    func makeCoverage(_ cells: [CellValues], citing: [String]?, _ db: Database) throws -> Coverage {
        let monthly = cells.contains { $0.coverage(.monthly) != nil }
        let spans = cells.compactMap { $0.coverage(monthly ? .monthly : .annual) }
        let datasets = citing.map(Set.init) ?? Set(cells.flatMap { $0.cells.values.map { String($0.dataset) } })
        return Coverage(first: spans.map(\.0).min(), last: spans.map(\.1).max(), sources: try sources(datasets, db))
    }

    /// The coverage, citing only the datasets an answer's figures come from.
    func cite(_ coverage: Coverage, _ datasets: [String], _ db: Database) throws -> Coverage {
        var cited = coverage
        cited.sources = try sources(Set(datasets), db)
        return cited
    }

    /// The releases with these dataset ids (as ``PeriodValue/datasets`` holds them), oldest first.
    func sources(_ ids: Set<String>, _ db: Database) throws -> [SourceInfo] {
        let all = try allSources(db)
        return ids.compactMap { Int64($0).flatMap { all[$0] } }.sorted { $0.vintage < $1.vintage }
    }

    func allSources(_ db: Database) throws -> [Int64: SourceInfo] {
        try cache.sources(version: try QueryCache.version(db)) { try loadSources(db) }
    }

    private func loadSources(_ db: Database) throws -> [Int64: SourceInfo] {
        var result: [Int64: SourceInfo] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, name, publisher, title, vintage, note, currency FROM dataset")
        {
            result[row[0]] = SourceInfo(
                dataset: row[1], publisher: row[2], title: row[3], vintage: row[4], note: row[5], currency: row[6])
        }
        return result
    }
}

private func percent(_ part: Int64?, of whole: Int64?) -> Double? {
    guard let part, let whole, whole != 0 else { return nil }
    return Double(part) / Double(whole) * 100
}

/// Steps a ranking's rows (product, month, value, release, in that order) and sums each
/// product's cells, taking the last row of each cell: its newest release. A plain loop over
/// local state, so the per-row work is SQLite's and a few integer operations.
private func productTotals(_ statement: Statement, period: Period) throws -> [ProductTotal] {
    let handle = statement.sqliteStatement
    defer { sqlite3_reset(handle) }
    var totals: [ProductTotal] = []
    var pending: (month: Int, value: Int64, dataset: Int64)?
    while true {
        let code = sqlite3_step(handle)
        if code == SQLITE_DONE { break }
        guard code == SQLITE_ROW else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))))
        }
        let month = Int(sqlite3_column_int64(handle, 1))
        if let wanted = period.month, month != wanted { continue }
        guard let text = sqlite3_column_text(handle, 0) else { continue }
        let bytes = UnsafeBufferPointer(start: text, count: Int(sqlite3_column_bytes(handle, 0)))
        let sameProduct = totals.last?.code.utf8.elementsEqual(bytes) ?? false
        if !sameProduct || pending?.month != month, let cell = pending {
            totals[totals.count - 1].add(month: cell.month, value: cell.value, dataset: cell.dataset)
            pending = nil
        }
        if !sameProduct {
            totals.append(ProductTotal(code: String(decoding: bytes, as: UTF8.self)))
        }
        pending = (month, sqlite3_column_int64(handle, 2), sqlite3_column_int64(handle, 3))
    }
    if let cell = pending {
        totals[totals.count - 1].add(month: cell.month, value: cell.value, dataset: cell.dataset)
    }
    return totals
}

/// One product's running total while ranking products (no allocation per product beyond its code).
private struct ProductTotal {
    var code: String
    var monthly: Int64 = 0
    /// Bit `m` set when month `m` (1–12) has a value.
    var monthMask: UInt16 = 0
    var annual: Int64?
    var firstDataset: Int64 = -1
    var otherDatasets: [Int64] = []

    init(code: String) { self.code = code }

    mutating func add(month: Int, value: Int64, dataset: Int64) {
        if firstDataset < 0 {
            firstDataset = dataset
        } else if dataset != firstDataset, !otherDatasets.contains(dataset) {
            otherDatasets.append(dataset)
        }
        if month == 0 {
            annual = value
        } else {
            monthly += value
            monthMask |= 1 << UInt16(month)
        }
    }

    private var months: [Int] { (1...12).filter { monthMask & (1 << UInt16($0)) != 0 } }

    /// The amount for a year (months summed, else the annual row) or for one month.
    func amount(for period: Period) -> Int64? {
        if period.month != nil || monthMask != 0 { return monthMask == 0 ? nil : monthly }
        return annual
    }

    /// The value for a year (months summed, else the annual row) or for one month.
    func value(for period: Period) -> PeriodValue? {
        let ids = ([firstDataset] + otherDatasets).filter { $0 >= 0 }.sorted().map(String.init)
        if let month = period.month {
            guard monthMask & (1 << UInt16(month)) != 0 else { return nil }
            return PeriodValue(period: period, value: monthly, months: [month], isComplete: true, datasets: ids)
        }
        if monthMask != 0 {
            let months = self.months
            return PeriodValue(
                period: period, value: monthly, months: months, isComplete: months.count == 12, datasets: ids)
        }
        guard let annual else { return nil }
        return PeriodValue(period: period, value: annual, months: [], isComplete: true, datasets: ids)
    }
}

extension TradeDatabase {
    /// A flow summed over a run of months ("Jan–Sep 2023", "the twelve months to March 2024"),
    /// with the months that have data and whether the run is complete.
    public func sum(
        _ subject: TradeSubject, months range: PeriodRange, vintage: VintageSelection = .newest
    ) throws -> RangeAnswer {
        let (reporter, partner) = try pair(subject.reporter, subject.partner)
        let wanted = range.months
        guard !wanted.isEmpty, wanted.count <= 240 else {
            throw StoreError.invalidQuestion("A run of months must hold 1 to 240 months (got \(range)).")
        }
        return try writer.read { db in
            let (points, coverage) = try periodValues(
                subject, frequency: .monthly, vintage: vintage, only: wanted, db)
            let byPeriod = Dictionary(points.map { ($0.period, $0) }, uniquingKeysWith: { first, _ in first })
            let found = wanted.compactMap { byPeriod[$0] }.filter { $0.value != nil }
            guard !found.isEmpty else {
                throw StoreError.noData(
                    question: "\(describe(subject)) in \(range)", coverage: coverage.isEmpty ? nil : coverage.range)
            }
            var total: Int64 = 0
            for point in found {
                let (sum, overflow) = total.addingReportingOverflow(point.value ?? 0)
                guard !overflow else {
                    throw StoreError.invalidQuestion("The sum over \(range) does not fit in 64 bits.")
                }
                total = sum
            }
            return RangeAnswer(
                reporter: reporter, partner: partner, flow: subject.flow, product: subject.product, range: range,
                value: total, monthsWithData: found.map(\.period), isComplete: found.count == wanted.count,
                coverage: try cite(coverage, found.flatMap(\.datasets), db))
        }
    }
}

import GRDB
import GRDBSQLite
import TradeModel

/// Writes rows into one dataset inside an open transaction (the hot path of every import).
///
/// Rows are buffered and written `batchSize` at a time through one prepared multi-row
/// `INSERT`, bound directly with SQLite's C API: one statement step per batch instead of one
/// per row. A writer exists only inside ``TradeDatabase/importFile(_:into:rows:)``; rows
/// written through it land together when the import's transaction commits, or not at all.
public final class TradeRowWriter {
    static let batchSize = 64
    private static let columns = 11

    private let database: Database
    private let batch: Statement
    private var single: Statement?
    private let datasetID: Int64
    private var pending: [TradeRow] = []
    /// Rows written so far (including rows waiting in the current batch).
    public private(set) var count = 0
    /// The smallest and largest `year * 100 + month` written.
    private(set) var firstKey = Int.max
    private(set) var lastKey = Int.min
    /// The HS levels written (0 for totals).
    private(set) var levels: Set<Int> = []

    init(db: Database, datasetID: Int64) throws {
        self.database = db
        self.datasetID = datasetID
        self.batch = try db.makeStatement(sql: Self.insert(rows: Self.batchSize))
        pending.reserveCapacity(Self.batchSize)
    }

    private static func insert(rows: Int) -> String {
        let values = Array(repeating: "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", count: rows).joined(separator: ", ")
        return """
            INSERT INTO trade (reporter, partner, flow, product, level, year, month, dataset_id, value, quantity, quantity_unit)
            VALUES \(values)
            ON CONFLICT DO UPDATE SET value = excluded.value, quantity = excluded.quantity,
                quantity_unit = excluded.quantity_unit, superseded = 0
            """
    }

    /// Writes one row; a row for a cell this dataset already holds replaces it.
    public func write(_ row: TradeRow) throws {
        pending.append(row)
        count += 1
        let key = row.year * 100 + row.month
        if key < firstKey { firstKey = key }
        if key > lastKey { lastKey = key }
        let level = row.product.level
        if !levels.contains(level) { levels.insert(level) }
        if pending.count == Self.batchSize {
            try execute(batch, pending)
            pending.removeAll(keepingCapacity: true)
        }
    }

    /// Writes the rows still waiting in the batch.
    func flush() throws {
        guard !pending.isEmpty else { return }
        if single == nil { single = try database.makeStatement(sql: Self.insert(rows: 1)) }
        for row in pending { try execute(single!, [row]) }
        pending.removeAll(keepingCapacity: true)
    }

    private func execute(_ statement: Statement, _ rows: [TradeRow]) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        for (index, row) in rows.enumerated() {
            let base = Int32(index * Self.columns)
            bindText(row.reporter, at: base + 1, handle)
            bindText(row.partner, at: base + 2, handle)
            sqlite3_bind_int64(handle, base + 3, Int64(row.flow.storedCode))
            bindText(row.product.code, at: base + 4, handle)
            sqlite3_bind_int64(handle, base + 5, Int64(row.product.level))
            sqlite3_bind_int64(handle, base + 6, Int64(row.year))
            sqlite3_bind_int64(handle, base + 7, Int64(row.month))
            sqlite3_bind_int64(handle, base + 8, datasetID)
            sqlite3_bind_int64(handle, base + 9, row.value)
            if let quantity = row.quantity {
                sqlite3_bind_double(handle, base + 10, quantity)
            } else {
                sqlite3_bind_null(handle, base + 10)
            }
            if let unit = row.quantityUnit {
                bindText(unit, at: base + 11, handle)
            } else {
                sqlite3_bind_null(handle, base + 11)
            }
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))))
        }
    }

    @inline(__always)
    private func bindText(_ text: String, at index: Int32, _ handle: OpaquePointer) {
        var text = text
        text.withUTF8 { buffer in
            _ = buffer.withMemoryRebound(to: CChar.self) { chars in
                sqlite3_bind_text(handle, index, chars.baseAddress, Int32(chars.count), sqliteTransient)
            }
        }
    }
}

/// SQLite's `SQLITE_TRANSIENT`: copy the bound bytes.
private let sqliteTransient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

import GRDB
import GRDBSQLite
import TradeModel

/// Writes rows into one dataset inside an open transaction, through one prepared statement
/// bound directly with SQLite's C API (the hot path of every import).
///
/// A writer exists only inside ``TradeDatabase/importFile(_:into:rows:)``; rows written
/// through it land together when the import's transaction commits, or not at all.
public final class TradeRowWriter {
    private let statement: Statement
    private let datasetID: Int64
    /// Rows written so far.
    public private(set) var count = 0
    /// The smallest and largest `year * 100 + month` written.
    private(set) var firstKey = Int.max
    private(set) var lastKey = Int.min
    /// The HS levels written (0 for totals).
    private(set) var levels: Set<Int> = []

    init(db: Database, datasetID: Int64) throws {
        self.datasetID = datasetID
        self.statement = try db.makeStatement(
            sql: """
                INSERT INTO trade (reporter, partner, flow, product, level, year, month, dataset_id, value, quantity, quantity_unit)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO UPDATE SET value = excluded.value, quantity = excluded.quantity,
                    quantity_unit = excluded.quantity_unit, superseded = 0
                """)
    }

    /// Writes one row; a row for a cell this dataset already holds replaces it.
    public func write(_ row: TradeRow) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        bindText(row.reporter, at: 1, handle)
        bindText(row.partner, at: 2, handle)
        sqlite3_bind_int64(handle, 3, Int64(row.flow.storedCode))
        bindText(row.product.code, at: 4, handle)
        sqlite3_bind_int64(handle, 5, Int64(row.product.level))
        sqlite3_bind_int64(handle, 6, Int64(row.year))
        sqlite3_bind_int64(handle, 7, Int64(row.month))
        sqlite3_bind_int64(handle, 8, datasetID)
        sqlite3_bind_int64(handle, 9, row.value)
        if let quantity = row.quantity {
            sqlite3_bind_double(handle, 10, quantity)
        } else {
            sqlite3_bind_null(handle, 10)
        }
        if let unit = row.quantityUnit {
            bindText(unit, at: 11, handle)
        } else {
            sqlite3_bind_null(handle, 11)
        }
        let code = sqlite3_step(handle)
        guard code == SQLITE_DONE else {
            throw DatabaseError(
                resultCode: ResultCode(rawValue: code),
                message: String(cString: sqlite3_errmsg(sqlite3_db_handle(handle))))
        }
        count += 1
        let key = row.year * 100 + row.month
        if key < firstKey { firstKey = key }
        if key > lastKey { lastKey = key }
        let level = row.product.level
        if !levels.contains(level) { levels.insert(level) }
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

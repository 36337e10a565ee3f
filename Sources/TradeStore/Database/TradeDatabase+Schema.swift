import GRDB
import TradeModel

extension TradeDatabase {
    /// The index that ranks partners: the all-goods rows only, with every column a ranking reads.
    static let totalsIndex = "trade_totals_by_reporter"

    /// The schema, one migration per change; never edit a shipped migration.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            // One release (vintage) of one source. Releases of one family supersede each other.
            try db.create(table: "dataset") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull()
                t.column("family", .text).notNull()
                t.column("publisher", .text).notNull()
                t.column("title", .text).notNull()
                t.column("vintage", .text).notNull()
                t.column("note", .text)
                t.column("currency", .text).notNull().defaults(to: "USD")
                // Extent of the stored rows (year * 100 + month) and their HS levels ("0,2"),
                // kept up to date by every import so overlaps are found without a table scan.
                t.column("first_key", .integer)
                t.column("last_key", .integer)
                t.column("levels", .text).notNull().defaults(to: "")
                t.uniqueKey(["name", "vintage"])
            }
            try db.create(table: "import_log") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("file_name", .text).notNull()
                t.column("sha256", .text).notNull()
                t.column("format", .text).notNull()
                t.column("dataset_id", .integer).notNull().references("dataset", onDelete: .cascade)
                t.column("rows", .integer).notNull()
                t.column("imported_at", .text).notNull()
            }
            try db.create(index: "import_log_on_sha256", on: "import_log", columns: ["sha256", "dataset_id"])
            // One cell of one release. The key leads with the pair, flow and HS level, then the
            // year, so a pair's series and its product ranking for a year are both key ranges. `month` is 0 for an annual figure; `flow` is 1 for exports
            // and 2 for imports; `level` is 0 for the total and the HS digits otherwise; `value`
            // is a whole number of the dataset's currency.
            try db.execute(
                sql: """
                    CREATE TABLE trade (
                        reporter TEXT NOT NULL,
                        partner TEXT NOT NULL,
                        flow INTEGER NOT NULL,
                        product TEXT NOT NULL,
                        level INTEGER NOT NULL,
                        year INTEGER NOT NULL,
                        month INTEGER NOT NULL,
                        dataset_id INTEGER NOT NULL,
                        value INTEGER NOT NULL,
                        quantity REAL,
                        quantity_unit TEXT,
                        superseded INTEGER NOT NULL DEFAULT 0,
                        PRIMARY KEY (reporter, partner, flow, level, year, product, month, dataset_id)
                    ) WITHOUT ROWID
                    """)
            try db.execute(
                sql: "CREATE INDEX trade_by_reporter ON trade(reporter, flow, product, year, partner, month)")
        }
        migrator.registerMigration("v2: rank partners on the primary key") { db in
            // A second B-tree as large as the table made every import pay twice. Rankings of
            // partners now seek the primary key once per known partner instead (a few hundred
            // seeks, well under a millisecond), so the table is the only B-tree an import fills.
            try db.execute(sql: "DROP INDEX IF EXISTS trade_by_reporter")
        }
        migrator.registerMigration("v3: a small index over the all-goods rows") { db in
            // Rankings of partners by all goods read one range of this index instead of a
            // primary-key seek per partner. Only total rows enter it (1 in 40 of a BACI file's
            // rows) and it covers the columns a ranking reads, so it costs imports little.
            try db.execute(
                sql: """
                    CREATE INDEX \(totalsIndex)
                    ON trade(reporter, flow, year, partner, month, dataset_id, superseded, value) WHERE level = 0
                    """)
        }
        return migrator
    }
}

extension Flow {
    /// The stored code of an exports or imports row.
    var storedCode: Int {
        switch self {
        case .exports: return 1
        case .imports: return 2
        case .total, .balance: preconditionFailure("\(self) is derived, never stored")
        }
    }

    init?(storedCode: Int) {
        switch storedCode {
        case 1: self = .exports
        case 2: self = .imports
        default: return nil
        }
    }
}

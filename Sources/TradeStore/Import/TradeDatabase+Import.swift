import Foundation
import GRDB
import TradeModel

extension TradeDatabase {
    /// Imports one file's rows into a dataset, in a single transaction.
    ///
    /// `rows` receives a writer and writes the file's rows through it. If it throws, nothing
    /// of the file is stored. If the same file (same SHA-256) was already imported into the
    /// same dataset, `rows` is not called and nothing changes. After the rows are written,
    /// rows of older releases of the same family that cover the same cells are marked as
    /// superseded (kept, but not used by default).
    public func importFile(
        _ file: ImportedFile, into dataset: DatasetDescriptor, rows: (TradeRowWriter) throws -> Void
    ) throws -> ImportOutcome {
        try writer.write { db in
            let datasetID = try datasetID(for: dataset, db)
            let seen =
                try Bool.fetchOne(
                    db, sql: "SELECT EXISTS (SELECT 1 FROM import_log WHERE sha256 = ? AND dataset_id = ?)",
                    arguments: [file.sha256, datasetID]) ?? false
            if seen {
                return ImportOutcome(rows: 0, alreadyImported: true, replacedRows: 0, replacedByNewerRows: 0)
            }
            let writer = try TradeRowWriter(db: db, datasetID: datasetID)
            try rows(writer)
            try writer.flush()
            try updateExtent(datasetID: datasetID, writer: writer, db)
            let (replaced, replacedByNewer) = try markSuperseded(datasetID: datasetID, dataset: dataset, db)
            try db.execute(
                sql: """
                    INSERT INTO import_log (file_name, sha256, format, dataset_id, rows, imported_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [file.name, file.sha256, file.format, datasetID, writer.count, Self.timestamp()])
            return ImportOutcome(
                rows: writer.count, alreadyImported: false, replacedRows: replaced, replacedByNewerRows: replacedByNewer
            )
        }
    }

    private func datasetID(for dataset: DatasetDescriptor, _ db: Database) throws -> Int64 {
        if let id = try Int64.fetchOne(
            db, sql: "SELECT id FROM dataset WHERE name = ? AND vintage = ?",
            arguments: [dataset.name, dataset.source.vintage])
        {
            return id
        }
        let source = dataset.source
        try db.execute(
            sql: """
                INSERT INTO dataset (name, family, publisher, title, vintage, note, currency)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """,
            arguments: [
                dataset.name, dataset.family, source.publisher, source.title, source.vintage, source.note,
                source.currency,
            ])
        return db.lastInsertedRowID
    }

    /// Records the extent of the dataset's rows (periods and HS levels) after an import.
    private func updateExtent(datasetID: Int64, writer: TradeRowWriter, _ db: Database) throws {
        guard writer.count > 0 else { return }
        let row = try Row.fetchOne(
            db, sql: "SELECT first_key, last_key, levels FROM dataset WHERE id = ?", arguments: [datasetID])
        let first = min(writer.firstKey, (row?["first_key"] as Int?) ?? Int.max)
        let last = max(writer.lastKey, (row?["last_key"] as Int?) ?? Int.min)
        let levels = writer.levels.union(Self.levels((row?["levels"] as String?) ?? ""))
        try db.execute(
            sql: "UPDATE dataset SET first_key = ?, last_key = ?, levels = ? WHERE id = ?",
            arguments: [first, last, levels.sorted().map(String.init).joined(separator: ","), datasetID])
    }

    static func levels(_ text: String) -> Set<Int> {
        Set(text.split(separator: ",").compactMap { Int($0) })
    }

    /// Marks rows of older releases of the same family for the cells this dataset covers, and
    /// this dataset's rows for cells a newer release covers. Only releases whose extent
    /// overlaps this one's are looked at. Returns the rows newly marked in each direction.
    private func markSuperseded(datasetID: Int64, dataset: DatasetDescriptor, _ db: Database) throws -> (Int, Int) {
        guard
            let own = try Row.fetchOne(
                db, sql: "SELECT first_key, last_key, levels, vintage FROM dataset WHERE id = ?", arguments: [datasetID]
            ),
            let first = own["first_key"] as Int?, let last = own["last_key"] as Int?
        else { return (0, 0) }
        let ownLevels = Self.levels(own["levels"])
        let vintage: String = own["vintage"]
        var older: [Int64] = []
        var newer: [Int64] = []
        for sibling in try Row.fetchAll(
            db,
            sql: """
                SELECT id, vintage, levels FROM dataset
                WHERE family = ? AND id <> ? AND first_key <= ? AND last_key >= ?
                """,
            arguments: [dataset.family, datasetID, last, first])
        where !Self.levels(sibling["levels"]).isDisjoint(with: ownLevels) {
            let siblingVintage: String = sibling["vintage"]
            if siblingVintage < vintage { older.append(sibling["id"]) }
            if siblingVintage > vintage { newer.append(sibling["id"]) }
        }
        let sameCell = """
            n.reporter = trade.reporter AND n.partner = trade.partner AND n.flow = trade.flow
            AND n.level = trade.level AND n.year = trade.year AND n.product = trade.product
            AND n.month = trade.month
            """
        let range = "year * 100 + month BETWEEN \(first) AND \(last)"
        var replaced = 0
        var replacedByNewer = 0
        if !older.isEmpty {
            try db.execute(
                sql: """
                    UPDATE trade SET superseded = 1
                    WHERE superseded = 0 AND dataset_id IN (\(older.map(String.init).joined(separator: ","))) AND \(range)
                      AND EXISTS (SELECT 1 FROM trade n WHERE n.dataset_id = ? AND \(sameCell))
                    """,
                arguments: [datasetID])
            replaced = db.changesCount
        }
        if !newer.isEmpty {
            try db.execute(
                sql: """
                    UPDATE trade SET superseded = 1
                    WHERE dataset_id = ? AND superseded = 0
                      AND EXISTS (SELECT 1 FROM trade n WHERE n.dataset_id IN (\(newer.map(String.init).joined(separator: ",")))
                                  AND \(sameCell))
                    """,
                arguments: [datasetID])
            replacedByNewer = db.changesCount
        }
        return (replaced, replacedByNewer)
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}

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
            let seen = try Bool.fetchOne(
                db, sql: "SELECT EXISTS (SELECT 1 FROM import_log WHERE sha256 = ? AND dataset_id = ?)",
                arguments: [file.sha256, datasetID]) ?? false
            if seen {
                return ImportOutcome(rows: 0, alreadyImported: true, supersededRows: 0)
            }
            let writer = try TradeRowWriter(db: db, datasetID: datasetID)
            try rows(writer)
            let superseded = try markSuperseded(datasetID: datasetID, dataset: dataset, db)
            try db.execute(
                sql: """
                    INSERT INTO import_log (file_name, sha256, format, dataset_id, rows, imported_at)
                    VALUES (?, ?, ?, ?, ?, ?)
                    """,
                arguments: [file.name, file.sha256, file.format, datasetID, writer.count, Self.timestamp()])
            return ImportOutcome(rows: writer.count, alreadyImported: false, supersededRows: superseded)
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
            arguments: [dataset.name, dataset.family, source.publisher, source.title, source.vintage, source.note,
                        source.currency])
        return db.lastInsertedRowID
    }

    /// Marks older releases' rows for the cells this dataset covers, and this dataset's rows
    /// for cells a newer release covers. Returns the number of rows newly marked.
    private func markSuperseded(datasetID: Int64, dataset: DatasetDescriptor, _ db: Database) throws -> Int {
        let siblings = try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM dataset WHERE family = ? AND id <> ?",
            arguments: [dataset.family, datasetID]) ?? 0
        guard siblings > 0 else { return 0 }
        let sameCell = """
            n.reporter = trade.reporter AND n.partner = trade.partner AND n.flow = trade.flow
            AND n.product = trade.product AND n.year = trade.year AND n.month = trade.month
            """
        try db.execute(
            sql: """
                UPDATE trade SET superseded = 1
                WHERE superseded = 0
                  AND dataset_id IN (SELECT id FROM dataset WHERE family = :family AND vintage < :vintage)
                  AND EXISTS (SELECT 1 FROM trade n WHERE n.dataset_id = :id AND \(sameCell))
                """,
            arguments: ["family": dataset.family, "vintage": dataset.source.vintage, "id": datasetID])
        var changed = db.changesCount
        try db.execute(
            sql: """
                UPDATE trade SET superseded = 1
                WHERE dataset_id = :id AND superseded = 0
                  AND EXISTS (SELECT 1 FROM trade n JOIN dataset d ON d.id = n.dataset_id
                              WHERE d.family = :family AND d.vintage > :vintage AND \(sameCell))
                """,
            arguments: ["family": dataset.family, "vintage": dataset.source.vintage, "id": datasetID])
        changed += db.changesCount
        return changed
    }

    static func timestamp() -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: Date())
    }
}

import Foundation
import TradeModel
import TradeStore

/// Imports files into a store: read → parse → validate → store, in one transaction per file.
///
/// ```swift
/// let importer = TradeImporter(database: database)
/// let summary = try importer.importFile(at: "country.csv", format: .censusCountry, dataset: descriptor)
/// ```
public struct TradeImporter: Sendable {
    public let database: TradeDatabase

    /// Progress of one file: rows written and bytes read so far, of the file's size.
    public struct Progress: Sendable {
        public var file: String
        public var rows: Int
        public var bytesRead: Int
        public var totalBytes: Int
    }

    /// What an import did.
    public struct Summary: Sendable, Hashable {
        public var file: String
        public var format: ImportFormat
        public var dataset: String
        public var rows: Int
        public var alreadyImported: Bool
        /// Rows of older releases of the same source that this file now replaces by default.
        public var replacedRows: Int
        /// Rows of this file that a newer release in the store replaces by default.
        public var replacedByNewerRows: Int
        /// Rows deliberately left out, and why.
        public var notes: [String]
    }

    public init(database: TradeDatabase) {
        self.database = database
    }

    /// Imports one file. A file already imported into the same dataset (same SHA-256) is
    /// skipped; a file with bad rows is rejected whole, with file:line and the reason for
    /// each problem.
    ///
    /// - Parameters:
    ///   - dataset: the release the file belongs to; `nil` picks the format's default.
    ///   - progress: called every 100,000 rows and at the end.
    public func importFile(
        at path: String, format: ImportFormat, dataset: DatasetDescriptor? = nil,
        progress: (@Sendable (Progress) -> Void)? = nil
    ) throws -> Summary {
        let fileName = (path as NSString).lastPathComponent
        guard FileManager.default.isReadableFile(atPath: path) else {
            throw ImportError.unreadable(path: path, reason: "no such file or no permission")
        }
        let totalBytes = (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? Int) ?? 0
        let digest = try sha256(ofFileAt: path)
        let descriptor = dataset ?? Self.defaultDataset(for: format, fileName: fileName)
        var diagnostics = Diagnostics(file: fileName)
        var notes: [String] = []
        let outcome = try database.importFile(
            ImportedFile(name: fileName, sha256: digest, format: format.rawValue), into: descriptor
        ) { writer in
            func report(bytesRead: Int) {
                progress?(Progress(file: fileName, rows: writer.count, bytesRead: bytesRead, totalBytes: totalBytes))
            }
            let emit: (TradeRow) throws -> Void = { row in
                try writer.write(row)
                if writer.count % 100_000 == 0 { report(bytesRead: 0) }
            }
            if format == .comtrade, try Self.firstByte(path) == UInt8(ascii: "{") {
                // The API's JSON response rather than a CSV download.
                var parser = ComtradeParser(catalog: database.countries)
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                try parser.parseJSON(data, file: fileName, diagnostics: &diagnostics, emit: emit)
                notes = parser.notes
            } else if format == .censusAPI, try Self.firstByte(path) == UInt8(ascii: "[") {
                // The API's own JSON (an array of arrays) rather than CSV.
                var parser = CensusAPIParser(catalog: database.countries)
                let data = try Data(contentsOf: URL(fileURLWithPath: path))
                try parser.parseJSON(data, file: fileName, diagnostics: &diagnostics, emit: emit)
                notes = parser.notes
            } else {
                (diagnostics, notes) = try streamCSV(
                    at: path, format: format, fileName: fileName, into: writer, progress: report(bytesRead:))
            }
            try diagnostics.check()
            if writer.count == 0 {
                throw ImportError.wrongFormat(file: fileName, format: format, reason: "it holds no data rows")
            }
            progress?(Progress(file: fileName, rows: writer.count, bytesRead: totalBytes, totalBytes: totalBytes))
        }
        return Summary(
            file: fileName, format: format, dataset: "\(descriptor.name)@\(descriptor.source.vintage)",
            rows: outcome.rows,
            alreadyImported: outcome.alreadyImported, replacedRows: outcome.replacedRows,
            replacedByNewerRows: outcome.replacedByNewerRows, notes: notes)
    }

    /// ``importFile(at:format:dataset:progress:)`` for async code. An import holds its thread
    /// for as long as it runs (seconds for a large file), so it runs on a thread of its own
    /// rather than on one of the few threads that run Swift concurrency's tasks.
    public func importInBackground(
        at path: String, format: ImportFormat, dataset: DatasetDescriptor? = nil,
        progress: (@Sendable (Progress) -> Void)? = nil
    ) async throws -> Summary {
        try await withCheckedThrowingContinuation { continuation in
            Thread {
                continuation.resume(
                    with: Result { try importFile(at: path, format: format, dataset: dataset, progress: progress) })
            }.start()
        }
    }

    /// Reads a CSV file on a thread of its own while this one writes its rows, so parsing and
    /// SQLite's work overlap; returns the problems found and the parser's notes.
    private func streamCSV(
        at path: String, format: ImportFormat, fileName: String, into writer: TradeRowWriter,
        progress: (_ bytesRead: Int) -> Void
    ) throws -> (Diagnostics, [String]) {
        let channel = RowChannel()
        let catalog = database.countries
        Thread {
            channel.finish(Self.read(path: path, format: format, fileName: fileName, catalog: catalog, into: channel))
        }.start()
        // Whatever happens here, the reading thread is stopped and gone before this returns.
        defer {
            channel.cancel()
            channel.waitForEnd()
        }
        while let batch = channel.receive() {
            for row in batch.rows {
                try writer.write(row)
                if writer.count % 100_000 == 0 { progress(batch.bytesRead) }
            }
        }
        switch channel.end {
        case .finished(let diagnostics, let notes): return (diagnostics, notes)
        case .failed(let error): throw error
        case nil: preconditionFailure("receive() returns nil only after the reading side has finished")
        }
    }

    /// Rows per batch handed from the reading thread to the writing one.
    static let batchRows = 4_096

    /// The reading thread's work: parses the file into batches of rows for `channel`.
    private static func read(
        path: String, format: ImportFormat, fileName: String, catalog: CountryCatalog, into channel: RowChannel
    ) -> RowChannel.End {
        do {
            let reader = try CSVReader(path: path)
            var parser = parser(for: format, catalog: catalog)
            var diagnostics = Diagnostics(file: fileName)
            var rows: [TradeRow] = []
            rows.reserveCapacity(batchRows)
            func send() throws {
                guard channel.send(RowChannel.Batch(rows: rows, bytesRead: reader.bytesRead)) else {
                    throw CancellationError()
                }
                rows = []
                rows.reserveCapacity(batchRows)
            }
            do {
                try parser.parse(reader, diagnostics: &diagnostics) { row in
                    rows.append(row)
                    if rows.count == batchRows { try send() }
                }
            } catch let error as CSVError {
                diagnostics.report(line: error.line, error.reason)
            }
            if !rows.isEmpty { try send() }
            return .finished(diagnostics: diagnostics, notes: parser.notes)
        } catch {
            return .failed(error)
        }
    }

    /// The parser that reads a format's CSV.
    static func parser(for format: ImportFormat, catalog: CountryCatalog) -> any RowParser {
        switch format {
        case .censusCountry: return CensusWorkbookParser(catalog: catalog)
        case .censusAPI: return CensusAPIParser(catalog: catalog)
        case .tidyCSV: return TidyCSVParser(catalog: catalog)
        case .baci: return BACIParser(catalog: catalog)
        case .comtrade: return ComtradeParser(catalog: catalog)
        case .comext: return ComextParser(catalog: catalog)
        }
    }

    /// The file's first byte that is not white space or a byte order mark.
    private static func firstByte(_ path: String) throws -> UInt8? {
        guard let handle = FileHandle(forReadingAtPath: path) else { return nil }
        defer { try? handle.close() }
        let head = try handle.read(upToCount: 64) ?? Data()
        return head.first(where: { ![0x20, 0x0A, 0x0D, 0x09, 0xEF, 0xBB, 0xBF].contains($0) })
    }

    /// The release a file is filed under when none is given: named after the format, with
    /// today's date as its vintage (BACI files carry their version in the name, e.g. `V202501`).
    public static func defaultDataset(for format: ImportFormat, fileName: String) -> DatasetDescriptor {
        let today = String(ISO8601DateFormatter().string(from: Date()).prefix(10))
        switch format {
        case .censusCountry:
            return DatasetDescriptor(
                name: "census-country-xlsx", family: "census", publisher: "U.S. Census Bureau",
                title: "country.xlsx, total exports (f.a.s.) / general imports (customs value), millions USD",
                vintage: today)
        case .censusAPI:
            return DatasetDescriptor(
                name: "census-api", family: "census", publisher: "U.S. Census Bureau",
                title: "International Trade API, total exports (f.a.s.) / general imports (customs value)",
                vintage: today)
        case .tidyCSV:
            return DatasetDescriptor(
                name: "tidy:" + fileName, family: "tidy:" + fileName, publisher: "user file", title: fileName,
                vintage: today)
        case .baci:
            var vintage = today
            if let range = fileName.range(of: #"V\d{6}"#, options: .regularExpression) {
                let digits = fileName[range].dropFirst()
                vintage = "\(digits.prefix(4))-\(digits.suffix(2))"
            }
            return DatasetDescriptor(
                name: "baci", family: "baci", publisher: "CEPII",
                title: "BACI, reconciled bilateral trade by HS6 (values in thousands USD, stored as USD)",
                vintage: vintage)
        case .comtrade:
            return DatasetDescriptor(
                name: "comtrade", family: "comtrade", publisher: "UN Statistics Division (UN Comtrade)",
                title: "UN Comtrade, goods trade as each reporter states it (imports CIF, exports FOB), USD",
                vintage: today)
        case .comext:
            return DatasetDescriptor(
                name: "comext", family: "comext", publisher: "Eurostat",
                title: "Comext DS-045409, EU trade by HS2-4-6 (values in EUR)", vintage: today,
                note: "Values in euros, stored as euros; never added to dollar figures.", currency: "EUR")
        }
    }
}

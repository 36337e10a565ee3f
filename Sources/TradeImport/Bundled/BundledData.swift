import Foundation
import TradeModel
import TradeStore

/// The real trade data shipped with tradecheck, so that every command works offline on a
/// fresh machine. Provenance and licence notes sit beside the files in `Resources/data`.
public enum BundledData {
    /// One bundled file and the release it belongs to.
    public struct File: Sendable {
        public var name: String
        public var format: ImportFormat
        public var dataset: DatasetDescriptor
    }

    static let censusPublisher = "U.S. Census Bureau"
    static let basis = "total exports (f.a.s.) / general imports (customs value)"

    /// The files, in import order (older releases first).
    public static let files: [File] = {
        let workbook = DatasetDescriptor(
            name: "census-country-xlsx", family: "census", publisher: censusPublisher,
            title: "country.xlsx, \(basis)", vintage: "2024-10",
            note: "Monthly, millions USD with one decimal; data through Aug 2024.")
        let api = DatasetDescriptor(
            name: "census-api", family: "census", publisher: censusPublisher,
            title: "International Trade API, \(basis)", vintage: "2025-10",
            note: "Monthly, exact USD; pulled after the June 2025 annual revision.")
        let hs2 = DatasetDescriptor(
            name: "census-api-hs2", family: "census", publisher: censusPublisher,
            title: "International Trade API, general imports by HS chapter", vintage: "2025-10",
            note: "Monthly, exact USD; imports only; 2023–2024.")
        let russia2025 = DatasetDescriptor(
            name: "census-country-xlsx-2025-rus", family: "census", publisher: censusPublisher,
            title: "country.xlsx, \(basis), US–Russia 2025 rows", vintage: "2026-10",
            note:
                "Transcribed by hand from a later Census release (country.xlsx fetched Oct 2026), millions USD rounded to 0.1."
        )
        return [
            File(name: "census_country_xlsx_1985_2024.csv", format: .censusCountry, dataset: workbook),
            File(name: "us_exports_by_country_monthly_2013_2024.csv", format: .censusAPI, dataset: api),
            File(name: "us_imports_by_country_monthly_2013_2024.csv", format: .censusAPI, dataset: api),
            File(name: "us_imports_by_country_hs2_monthly_2023_2024.csv", format: .censusAPI, dataset: hs2),
            File(name: "us_russia_2025_tidy.csv", format: .tidyCSV, dataset: russia2025),
        ]
    }()

    /// The path of a bundled file.
    public static func path(of file: File) -> String {
        guard let base = Bundle.module.resourceURL else {
            fatalError("The TradeImport resource bundle is missing; rebuild the package.")
        }
        return base.appendingPathComponent("data").appendingPathComponent(file.name).path
    }

    /// Imports every bundled file into the store (files already imported are skipped).
    ///
    /// - Parameter progress: called before each file with its position (1-based) and the count.
    @discardableResult
    public static func install(
        into database: TradeDatabase, progress: (@Sendable (Int, Int, File) -> Void)? = nil
    ) throws -> [TradeImporter.Summary] {
        let importer = TradeImporter(database: database)
        var summaries: [TradeImporter.Summary] = []
        for (index, file) in files.enumerated() {
            progress?(index + 1, files.count, file)
            summaries.append(try importer.importFile(at: path(of: file), format: file.format, dataset: file.dataset))
        }
        return summaries
    }
}

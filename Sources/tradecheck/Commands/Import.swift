import ArgumentParser
import Foundation
import TradeImport
import TradeModel
import TradeOutput
import TradeStore

extension ImportFormat: ExpressibleByArgument {}

extension TradeCheck {
    struct Import: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Import a file of trade statistics into the database (one transaction per file).",
            discussion: """
                Formats:
                \(ImportFormat.allCases.map { "  " + $0.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0) + $0.summary }.joined(separator: "\n"))
                Importing the same file into the same release twice changes nothing. A file with bad \
                rows is rejected whole, with file:line and the reason for each problem.
                """)

        @Argument(help: "The file to import.")
        var file: String
        @Option(help: "The file's format: \(ImportFormat.allCases.map(\.rawValue).joined(separator: ", ")).")
        var format: ImportFormat
        @Option(help: "Dataset name to file the rows under (default: named after the format).")
        var dataset: String?
        @Option(
            help: "The release the file comes from, as YYYY-MM (default: today, or the version in a BACI file name).")
        var release: String?
        @Option(help: "Who published the figures (for citations).")
        var publisher: String?
        @OptionGroup var store: StoreOptions

        func validate() throws {
            if let release, release.range(of: #"^\d{4}-\d{2}(-\d{2})?$"#, options: .regularExpression) == nil {
                throw ValidationError("--release must look like 2025-10 (got \(release)).")
            }
        }

        func run() async throws {
            let database = try store.open()
            var descriptor = TradeImporter.defaultDataset(for: format, fileName: (file as NSString).lastPathComponent)
            if let dataset {
                descriptor.name = dataset
                descriptor.family = dataset
                descriptor.source.dataset = dataset
            }
            if let release { descriptor.source.vintage = release }
            if let publisher { descriptor.source.publisher = publisher }
            let line = ProgressLine()
            let summary = try TradeImporter(database: database).importFile(
                at: file, format: format, dataset: descriptor
            ) {
                progress in
                let percent = progress.totalBytes > 0 ? progress.bytesRead * 100 / progress.totalBytes : 0
                line.update("Importing \(progress.file): \(progress.rows.formatted()) rows (\(percent)%)")
            }
            if summary.alreadyImported {
                line.finish("\(summary.file) was already imported into \(summary.dataset); nothing changed.")
            } else {
                line.finish(
                    "Imported \(summary.rows.formatted()) rows from \(summary.file) into \(summary.dataset)"
                        + (summary.replacedRows > 0
                            ? "; they replace \(summary.replacedRows.formatted()) rows of older releases by default"
                            : "")
                        + (summary.replacedByNewerRows > 0
                            ? "; \(summary.replacedByNewerRows.formatted()) of them are replaced by a newer release already stored (use --vintage to read them)"
                            : "")
                        + ".")
            }
            for note in summary.notes { print("note: \(note)") }
        }
    }

    struct Coverage: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What the database holds, per source and release, and the files imported.")

        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            try output.emit(try store.open().coverage())
        }
    }

    struct Setup: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Build (or rebuild) the database from the bundled data.",
            discussion: "Deletes everything in the database, then imports the bundled Census data.")

        @OptionGroup var store: StoreOptions

        func run() async throws {
            let database = try TradeDatabase.open(path: store.resolvedPath)
            try database.eraseAll()
            try StoreOptions.build(database, path: store.resolvedPath, reason: "setup")
        }
    }

    struct Countries: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Look up countries and groups by code or name (English or German).",
            discussion: "Example: tradecheck countries Russland")

        @Argument(help: "Codes or names to look up.")
        var names: [String]
        @OptionGroup var output: OutputOptions

        func run() async throws {
            let catalog = CountryCatalog.bundled
            let found = try names.map { try catalog.resolve($0) }
            let table = OutputTable(
                title: output.lang == .de ? "Länder und Gruppen" : "Countries and groups",
                columns: [
                    .init("Code", key: "code"), .init("ISO2", key: "iso2"), .init("M49", key: "m49"),
                    .init("Comtrade", key: "comtrade"), .init("Census", key: "census"),
                    .init(output.lang == .de ? "Art" : "Kind", key: "kind"),
                    .init("English", key: "name_en"), .init("Deutsch", key: "name_de"),
                ],
                rows: found.map { country in
                    [
                        Cell(country.code), Cell(country.iso2 ?? ""), Cell(country.m49.map(String.init) ?? ""),
                        Cell(country.comtradeCode.map(String.init) ?? ""),
                        Cell(country.censusCodes.joined(separator: " ")),
                        Cell(country.kind.rawValue), Cell(country.nameEN), Cell(country.nameDE),
                    ]
                })
            if output.format == .json {
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
                print(String(decoding: try encoder.encode(found), as: UTF8.self))
            } else {
                print(table.render(output.format))
            }
        }
    }
}

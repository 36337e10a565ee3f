import ArgumentParser
import ClaimCheck
import Foundation
import TradeModel

extension ReportFormat: ExpressibleByArgument {}

extension TradeCheck {
    struct Check: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Find the numeric trade claims in an article and check each against the official data.",
            discussion: """
                Reads a German or English article (a file, or - for standard input) and gives each claim a \
                verdict: supported, inaccurate (outside the figure's tolerance, within 25%), contradicted \
                (more than 25% off, or a wrong peak, ranking or direction) or unverifiable (the data does not \
                cover it), with the official figure, its source and an explanation.
                Exit code 1 when a claim is contradicted.
                Example: tradecheck check examples/us-russia-trade.en.txt
                """)

        @Argument(help: "The article: a text file, or - for standard input.")
        var file: String
        @Option(help: "Output format: text, json, markdown or html.")
        var format: ReportFormat = .text
        @Option(help: "The article's language: auto, de or en.")
        var lang = "auto"
        @Option(
            help:
                "Publication date YYYY-MM-DD (default: today); relative periods such as \"last month\", \"im Vorjahr\" or \"in the first half\" are read as of this day."
        )
        var date: String?
        @OptionGroup var store: StoreOptions

        func validate() throws {
            guard ["auto", "de", "en"].contains(lang) else { throw ValidationError("--lang must be auto, de or en.") }
            if let date, PublicationDate(parsing: date) == nil {
                throw ValidationError(
                    "--date must be a calendar day written YYYY-MM-DD, such as 2025-03-01 (got \(date)).")
            }
        }

        func run() async throws {
            let text: String
            if file == "-" {
                text = String(decoding: FileHandle.standardInput.readDataToEndOfFile(), as: UTF8.self)
            } else {
                guard let data = FileManager.default.contents(atPath: file) else {
                    throw ValidationError("Cannot read \(file): no such file or no permission.")
                }
                text = String(decoding: data, as: UTF8.self)
            }
            let database = try store.open()
            let report = ClaimChecker(database: database).check(
                text, language: Language(rawValue: lang), date: date.flatMap(PublicationDate.init(parsing:)) ?? .today()
            )
            let color = format == .text && isatty(STDOUT_FILENO) == 1
            print(try report.render(format, source: text, color: color))
            if report.claims.contains(where: { $0.verdict == .contradicted }) {
                throw ExitCode(1)
            }
        }
    }
}

import ArgumentParser
import Foundation
import TradeModel
import TradeOutput

extension OutputFormat: ExpressibleByArgument {}
extension Language: ExpressibleByArgument {}

/// How answers are printed, shared by every command that answers a question.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: table, json, csv or markdown.")
    var format: OutputFormat = .table

    @Option(name: .long, help: "Language of labels and number formatting: en or de.")
    var lang: Language = .en

    /// Prints an answer in the chosen format.
    func emit(_ answer: some TabularAnswer) throws {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            print(String(decoding: try encoder.encode(answer), as: UTF8.self))
        case .table, .csv, .markdown:
            print(answer.tables(lang).map { $0.render(format) }.joined(separator: "\n\n"))
        }
    }
}

/// The period a question is about: `--year 2024` or `--month 2014-05`.
struct PeriodOptions: ParsableArguments {
    @Option(name: .long, help: "A calendar year, e.g. 2024.")
    var year: Int?

    @Option(name: .long, help: "A month as YYYY-MM, e.g. 2014-05.")
    var month: String?

    func validate() throws {
        if year != nil && month != nil { throw ValidationError("Give either --year or --month, not both.") }
        if year == nil && month == nil { throw ValidationError("Give a period: --year YYYY or --month YYYY-MM.") }
        if let month, Period(parsing: month)?.isMonth != true {
            throw ValidationError("--month must look like 2014-05 (got \(month)).")
        }
        if let year, !(1900...2100).contains(year) {
            throw ValidationError("--year must be a year such as 2024 (got \(year)).")
        }
    }

    var period: Period {
        if let month, let period = Period(parsing: month) { return period }
        return .year(year ?? 0)
    }
}

/// The release to read: newest by default.
struct VintageOptions: ParsableArguments {
    @Option(
        name: .long,
        help: ArgumentHelp(
            "Read one release instead of the newest: a dataset name (census-country-xlsx), a vintage (2024-10) or name@vintage.",
            valueName: "release"))
    var vintage: String?

    var selection: VintageSelection { vintage.map(VintageSelection.dataset) ?? .newest }
}

extension Flow: ExpressibleByArgument {
    public init?(argument: String) { self.init(parsing: argument) }
}

extension Product: ExpressibleByArgument {
    public init?(argument: String) { self.init(code: argument) }
}

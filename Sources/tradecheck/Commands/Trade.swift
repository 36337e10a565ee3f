import ArgumentParser
import TradeModel
import TradeStore

extension TradeCheck {
    struct Trade: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Exports, imports, total and balance of a country pair in a year or a month.",
            discussion: "Example: tradecheck trade USA Russland --year 2024")

        @OptionGroup var pair: PairArguments
        @OptionGroup var period: PeriodOptions
        @Option(help: "TOTAL or an HS code (2, 4 or 6 digits).")
        var product: Product = .total
        @OptionGroup var vintage: VintageOptions
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            try output.emit(
                try store.open().trade(
                    reporter: pair.reporter, partner: pair.partner, period: period.period, product: product,
                    vintage: vintage.selection))
        }
    }

    struct Series: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A flow over time, annual or monthly.",
            discussion: "Example: tradecheck series USA RUS --flow exports --monthly --from 2013 --to 2024")

        @OptionGroup var pair: PairArguments
        @OptionGroup var subject: SubjectOptions
        @Flag(help: "Monthly figures instead of annual ones.")
        var monthly = false
        @Option(help: "First year.")
        var from: Int?
        @Option(help: "Last year.")
        var to: Int?
        @OptionGroup var vintage: VintageOptions
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if let from, let to, from > to { throw ValidationError("--from (\(from)) is after --to (\(to)).") }
        }

        func run() async throws {
            let years: ClosedRange<Int>? = (from != nil || to != nil) ? (from ?? 1900)...(to ?? 2100) : nil
            try output.emit(
                try store.open().series(
                    subject.subject(pair), frequency: monthly ? .monthly : .annual, years: years,
                    vintage: vintage.selection))
        }
    }

    struct Peak: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "The highest (or, with --lowest, the lowest) year or month of a flow.",
            discussion: "Only complete years are compared. Example: tradecheck peak USA RUS --flow exports --monthly")

        @OptionGroup var pair: PairArguments
        @OptionGroup var subject: SubjectOptions
        @Flag(help: "Compare months instead of years.")
        var monthly = false
        @Flag(help: "Find the lowest period (a trough) instead of the highest.")
        var lowest = false
        @OptionGroup var vintage: VintageOptions
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            try output.emit(
                try store.open().peak(
                    subject.subject(pair), frequency: monthly ? .monthly : .annual, lowest: lowest,
                    vintage: vintage.selection))
        }
    }

    struct Change: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "How a flow changed between two years or two months (absolute and percent).",
            discussion: "Example: tradecheck change USA RUS --flow total --from 2014 --to 2022")

        @OptionGroup var pair: PairArguments
        @OptionGroup var subject: SubjectOptions
        @Option(help: "The first period: YYYY or YYYY-MM.")
        var from: String
        @Option(help: "The second period: YYYY or YYYY-MM.")
        var to: String
        @OptionGroup var vintage: VintageOptions
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            guard let first = Period(parsing: from) else {
                throw ValidationError("--from must be YYYY or YYYY-MM (got \(from)).")
            }
            guard let second = Period(parsing: to) else {
                throw ValidationError("--to must be YYYY or YYYY-MM (got \(to)).")
            }
            if first.isMonth != second.isMonth {
                throw ValidationError("Compare a year with a year or a month with a month (got \(from) and \(to)).")
            }
        }

        func run() async throws {
            try output.emit(
                try store.open().change(
                    subject.subject(pair), from: Period(parsing: from)!, to: Period(parsing: to)!,
                    vintage: vintage.selection))
        }
    }

    struct Share: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A partner's share of the reporter's trade with the world.",
            discussion: "Example: tradecheck share USA RUS --flow exports --year 2014")

        @OptionGroup var pair: PairArguments
        @OptionGroup var subject: SubjectOptions
        @OptionGroup var period: PeriodOptions
        @OptionGroup var vintage: VintageOptions
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func validate() throws {
            if subject.flow == .balance {
                throw ValidationError("A share of the balance has no meaning; use exports, imports or total.")
            }
        }

        func run() async throws {
            try output.emit(
                try store.open().share(subject.subject(pair), period: period.period, vintage: vintage.selection))
        }
    }
}

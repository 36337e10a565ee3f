import ArgumentParser
import TradeModel
import TradeStore

extension TradeCheck {
    struct Top: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Rankings: a reporter's largest partners, or the largest products of a pair.",
            subcommands: [Partners.self, Products.self])

        struct Partners: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract: "The reporter's largest partner countries (groups such as the EU are never ranked).",
                discussion: "Example: tradecheck top partners USA --flow imports --year 2024 --limit 10")

            @Argument(help: "The reporting country.")
            var reporter: String
            @Option(help: "exports, imports or total.")
            var flow: Flow = .total
            @OptionGroup var period: PeriodOptions
            @Option(help: "How many partners to list.")
            var limit = 10
            @Option(help: "TOTAL or an HS code.")
            var product: Product = .total
            @OptionGroup var vintage: VintageOptions
            @OptionGroup var store: StoreOptions
            @OptionGroup var output: OutputOptions

            func validate() throws {
                if limit < 1 { throw ValidationError("--limit must be at least 1.") }
                if flow == .balance {
                    throw ValidationError("Rank partners by exports, imports or total, not by balance.")
                }
            }

            func run() async throws {
                let database = try store.open()
                try output.emit(
                    try database.topPartners(
                        reporter: reporter, flow: flow, period: period.period, product: product, limit: limit,
                        vintage: vintage.selection))
            }
        }

        struct Products: AsyncParsableCommand {
            static let configuration = CommandConfiguration(
                abstract:
                    "The largest products (HS chapters, headings or subheadings) a reporter trades with a partner.",
                discussion: "Example: tradecheck top products USA RUS --flow imports --year 2024 --level 2")

            @Argument(help: "The reporting country.")
            var reporter: String
            @Argument(help: "The partner country.")
            var partner: String
            @Option(help: "exports or imports.")
            var flow: Flow = .imports
            @OptionGroup var period: PeriodOptions
            @Option(help: "HS level: 2 (chapters), 4 (headings) or 6 (subheadings).")
            var level = 2
            @Option(help: "How many products to list.")
            var limit = 10
            @OptionGroup var vintage: VintageOptions
            @OptionGroup var store: StoreOptions
            @OptionGroup var output: OutputOptions

            func validate() throws {
                if limit < 1 { throw ValidationError("--limit must be at least 1.") }
                if ![2, 4, 6].contains(level) { throw ValidationError("--level must be 2, 4 or 6.") }
                if !flow.isStored { throw ValidationError("Rank products by exports or imports.") }
            }

            func run() async throws {
                let database = try store.open()
                try output.emit(
                    try database.topProducts(
                        reporter: reporter, partner: partner, flow: flow, period: period.period, level: level,
                        limit: limit, vintage: vintage.selection))
            }
        }
    }
}

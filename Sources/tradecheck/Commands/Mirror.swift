import ArgumentParser
import TradeModel
import TradeOutput
import TradeStore

extension TradeCheck {
    struct Mirror: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A pair's trade as each side states it: the gap in USD and percent, and why.",
            discussion: """
                Compares the reporter's exports with the partner's imports from it, and the reporter's \
                imports with the partner's exports to it. Reads dollar releases as the countries state \
                them (Census, Comtrade, tidy files), never BACI's reconciled figures or euro releases. \
                Fetch the partner's side first, e.g. `tradecheck fetch comtrade --reporter RUS --partner USA \
                --from 2013 --to 2024`. Where a side published nothing for the period, the answer says so.
                Example: tradecheck mirror USA RUS --year 2021
                """)

        @OptionGroup var pair: PairArguments
        @OptionGroup var period: PeriodOptions
        @Option(help: "TOTAL or an HS code (2, 4 or 6 digits).")
        var product: Product = .total
        @OptionGroup var store: StoreOptions
        @OptionGroup var output: OutputOptions

        func run() async throws {
            try output.emit(
                try store.open().mirror(
                    reporter: pair.reporter, partner: pair.partner, period: period.period, product: product))
        }
    }
}

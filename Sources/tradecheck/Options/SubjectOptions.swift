import ArgumentParser
import TradeModel

/// The two countries of a question: `tradecheck trade USA Russland`.
struct PairArguments: ParsableArguments {
    @Argument(help: "The reporting country (ISO code or name in English or German).")
    var reporter: String

    @Argument(help: "The partner country or group (ISO code, name, or a group such as EU).")
    var partner: String
}

/// The flow and product of a question about one pair.
struct SubjectOptions: ParsableArguments {
    @Option(help: "exports, imports, total or balance.")
    var flow: Flow = .total

    @Option(help: "TOTAL or an HS code (2, 4 or 6 digits).")
    var product: Product = .total

    func subject(_ pair: PairArguments) -> TradeSubject {
        TradeSubject(reporter: pair.reporter, partner: pair.partner, flow: flow, product: product)
    }
}

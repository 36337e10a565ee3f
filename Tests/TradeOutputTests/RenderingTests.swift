import Testing
import TradeModel

@testable import TradeOutput

private let usa = Country(code: "USA", kind: .country, nameEN: "United States", nameDE: "Vereinigte Staaten")
private let rus = Country(code: "RUS", kind: .country, nameEN: "Russia", nameDE: "Russland")
private let source = SourceInfo(
    dataset: "census-api", publisher: "U.S. Census Bureau", title: "API", vintage: "2025-10")

private func value(_ amount: Int64?, months: [Int] = Array(1...12)) -> PeriodValue {
    PeriodValue(period: .year(2024), value: amount, months: months, isComplete: months.count == 12, datasets: ["1"])
}

private let summary = TradeSummary(
    reporter: usa, partner: rus, period: .year(2024), exports: value(528_319_141), imports: value(3_007_309_060),
    total: value(3_535_628_201), balance: value(-2_478_989_919),
    coverage: Coverage(first: .month(1992, 1), last: .month(2025, 12), sources: [source]))

@Suite("Rendering answers")
struct RenderingTests {
    @Test func alignedTableInEnglish() {
        let text = summary.tables(.en)[0].render(.table)
        #expect(text.hasPrefix("United States – Russia, 2024\n"))
        #expect(text.contains("Exports      528.3 mn USD     528,319,141"))
        #expect(text.contains("Balance      −2.48 bn USD  −2,478,989,919"))
        #expect(text.contains("Source: U.S. Census Bureau, API (release 2025-10)"))
        #expect(text.contains("Coverage: 1992-01..2025-12"))
    }

    @Test("money from a euro release is labelled in euros, never as dollars")
    func euroAnswers() {
        var euros = summary
        euros.coverage.sources = [
            SourceInfo(dataset: "comext", publisher: "Eurostat", title: "Comext", vintage: "2025-11", currency: "EUR")
        ]
        let text = euros.tables(.en)[0].render(.table)
        #expect(text.contains("528.3 mn EUR"))
        #expect(text.contains("Exact (EUR)"))
        #expect(!text.contains("USD"))
        #expect(euros.tables(.de)[0].render(.table).contains("528,3 Mio. Euro"))
    }

    @Test func germanLabelsAndNumbers() {
        let text = summary.tables(.de)[0].render(.table)
        #expect(text.contains("Vereinigte Staaten – Russland, 2024"))
        #expect(text.contains("Exporte"))
        #expect(text.contains("3,54 Mrd. US-Dollar"))
        #expect(text.contains("3.535.628.201"))
        #expect(text.contains("Quelle:"))
    }

    @Test func csvHasExactNumbers() {
        let lines = summary.tables(.en)[0].render(.csv).split(separator: "\n")
        #expect(lines[0] == "flow,value_usd,exact_usd")
        #expect(lines[1] == "exports,528319141,528319141")
        #expect(lines[4] == "balance,-2478989919,-2478989919")
    }

    @Test func markdownTable() {
        let text = summary.tables(.en)[0].render(.markdown)
        #expect(text.contains("| Flow | Value | Exact (USD) |"))
        #expect(text.contains("| --- | ---: | ---: |"))
        #expect(text.contains("| Exports | 528.3 mn USD | 528,319,141 |"))
    }

    @Test func incompleteYearIsFlagged() {
        var partial = summary
        partial.exports = value(1_600, months: Array(1...8))
        let text = partial.tables(.en)[0].render(.table)
        #expect(text.contains("2024 (only Jan–Aug 2024)"))
        #expect(text.contains("2024 is incomplete: data for Jan–Aug 2024 only, not a full-year figure."))
    }
}

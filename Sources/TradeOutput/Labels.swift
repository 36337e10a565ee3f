import Foundation
import TradeModel

/// Words used in answers, in English and German.
public struct Labels: Sendable {
    public let language: Language
    /// The currency of the money in the answer being labelled (`USD` unless a source says otherwise).
    public let currency: String

    public init(_ language: Language, currency: String = "USD") {
        self.language = language
        self.currency = currency
    }

    private var de: Bool { language == .de }

    public func flow(_ flow: Flow) -> String {
        switch flow {
        case .exports: return de ? "Exporte" : "Exports"
        case .imports: return de ? "Importe" : "Imports"
        case .total: return de ? "Handelsvolumen" : "Total trade"
        case .balance: return de ? "Handelsbilanz" : "Balance"
        }
    }

    public var value: String { de ? "Wert" : "Value" }
    public var exact: String { de ? "Exakt (\(currency))" : "Exact (\(currency))" }
    public var period: String { de ? "Zeitraum" : "Period" }
    public var rank: String { "#" }
    public var partner: String { de ? "Partner" : "Partner" }
    public var product: String { de ? "Ware" : "Product" }
    public var share: String { de ? "Anteil" : "Share" }
    public var status: String { de ? "Stand" : "Status" }
    public var complete: String { de ? "vollständig" : "complete" }

    public func source(_ sources: [SourceInfo]) -> String {
        let list = sources.map { $0.currency == "USD" ? $0.citation : "\($0.citation), \($0.currency)" }.joined(
            separator: "; ")
        return (de ? "Quelle: " : "Source: ") + (list.isEmpty ? "–" : list)
    }

    public func coverage(_ coverage: Coverage) -> String {
        (de ? "Datenabdeckung: " : "Coverage: ") + coverage.range
    }

    /// "United States – Russia".
    public func pair(_ reporter: Country, _ partner: Country) -> String {
        "\(reporter.name(language)) – \(partner.name(language))"
    }

    /// A period in words: "2024", "May 2014" / "Mai 2014".
    public func period(_ period: Period) -> String {
        switch period {
        case .year(let year): return String(year)
        case .month(let year, let month): return "\(MonthNames.full(language)[month - 1]) \(year)"
        }
    }

    /// The period, or its covered part for an incomplete year: "2024 (Jan–Aug 2024)".
    public func period(of value: PeriodValue) -> String {
        if let partial = value.partialLabel(language) {
            return "\(period(value.period)) (\(de ? "nur " : "only ")\(partial))"
        }
        return period(value.period)
    }

    /// The value in human units, or a dash when missing.
    public func money(_ value: PeriodValue) -> Cell {
        guard let amount = value.value else { return Cell("–", raw: "") }
        return Cell(MoneyFormat.human(amount, language, currency: currency), raw: String(amount))
    }

    public func exactMoney(_ value: PeriodValue) -> Cell {
        guard let amount = value.value else { return Cell("–", raw: "") }
        return Cell(MoneyFormat.grouped(amount, language), raw: String(amount))
    }

    public func percent(_ value: Double?, signed: Bool = false) -> Cell {
        guard let value else { return Cell("–", raw: "") }
        return Cell(MoneyFormat.percent(value, language, signed: signed), raw: String(format: "%.4f", value))
    }

    /// "Exports (United States)": one side's statement of a flow, in mirror tables.
    public func mirrorStatement(_ country: Country, _ flow: Flow) -> String {
        "\(self.flow(flow)) (\(country.name(language)))"
    }

    /// A note for each incomplete period in the values.
    public func partialNotes(_ values: [PeriodValue]) -> [String] {
        values.compactMap { value in
            guard let partial = value.partialLabel(language), value.value != nil else { return nil }
            return de
                ? "\(value.period) ist unvollständig: Daten nur für \(partial), keine Jahressumme."
                : "\(value.period) is incomplete: data for \(partial) only, not a full-year figure."
        }
    }
}

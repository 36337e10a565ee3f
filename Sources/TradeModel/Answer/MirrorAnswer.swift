/// One pair's trade as each side states it: the reporter's exports beside the partner's imports
/// from the reporter, and the reporter's imports beside the partner's exports to it.
///
/// Mirror figures rarely agree. ``Reason`` lists the usual causes; ``partnerStatus`` says when
/// the partner published nothing for the period (Russia has published no detailed trade
/// statistics since 2022), so a missing side is explained rather than treated as zero.
public struct MirrorAnswer: Sendable, Hashable, Codable {
    /// One flow seen from both sides.
    public struct Comparison: Sendable, Hashable, Codable {
        /// The reporter's flow (`exports` or `imports`); the partner's side is the opposite flow.
        public var flow: Flow
        /// The flow as the reporter states it.
        public var reporterStates: PeriodValue
        /// The same goods as the partner states them (its opposite flow with the reporter).
        public var partnerStates: PeriodValue
        /// Releases behind each side.
        public var reporterSources: [SourceInfo]
        public var partnerSources: [SourceInfo]
        /// `reporterStates − partnerStates` in USD, `nil` when a side is missing.
        public var gap: Int64?
        /// The gap in percent of the partner's figure, `nil` when a side is missing or zero.
        public var gapPercent: Double?
        /// The usual reasons for a gap in this direction, most important first.
        public var reasons: [Reason]

        public init(
            flow: Flow, reporterStates: PeriodValue, partnerStates: PeriodValue, reporterSources: [SourceInfo],
            partnerSources: [SourceInfo], reasons: [Reason]
        ) {
            self.flow = flow
            self.reporterStates = reporterStates
            self.partnerStates = partnerStates
            self.reporterSources = reporterSources
            self.partnerSources = partnerSources
            self.reasons = reasons
            if let own = reporterStates.value, let mirror = partnerStates.value {
                gap = own - mirror
                gapPercent = mirror == 0 ? nil : Double(own - mirror) / Double(mirror) * 100
            }
        }
    }

    /// Why mirror figures differ.
    public enum Reason: String, Sendable, Hashable, Codable, CaseIterable {
        /// Importers value goods CIF (with freight and insurance), exporters FOB.
        case valuation
        /// U.S. general imports are at customs value (without freight), unlike most importers' CIF.
        case usCustomsValue
        /// Goods leave in one month or year and arrive in the next.
        case timing
        /// Goods routed through third countries: the exporter may not know the final destination.
        case transit
        /// Importers record the country of origin, exporters the country of consignment.
        case originVersusConsignment
        /// Confidential items, thresholds and different product or partner definitions.
        case coverage

        /// The reason in a sentence.
        public func text(_ language: Language) -> String {
            switch (self, language) {
            case (.valuation, .en):
                return
                    "Valuation: importers usually count goods CIF (with freight and insurance), exporters FOB, so the importer's figure tends to be 5–10% higher."
            case (.valuation, .de):
                return
                    "Bewertung: Importländer zählen meist CIF (mit Fracht und Versicherung), Exportländer FOB; die Importzahl liegt daher oft 5–10 % höher."
            case (.usCustomsValue, .en):
                return
                    "U.S. imports (Census) are at customs value, without freight and insurance, so CIF/FOB explains little of the gap on goods the U.S. imports."
            case (.usCustomsValue, .de):
                return
                    "US-Importe (Census) werden zum Zollwert ohne Fracht und Versicherung erfasst; CIF/FOB erklärt bei US-Importen wenig."
            case (.timing, .en):
                return "Timing: goods shipped at the end of one period arrive in the next."
            case (.timing, .de):
                return "Zeitpunkt: Was am Ende eines Zeitraums verschifft wird, kommt erst im nächsten an."
            case (.transit, .en):
                return
                    "Transit: goods routed through third countries are often recorded by the exporter as going to the transit country."
            case (.transit, .de):
                return
                    "Transit: Über Drittländer geleitete Waren verbucht das Exportland oft als Ausfuhr in das Transitland."
            case (.originVersusConsignment, .en):
                return
                    "Origin vs consignment: importers attribute goods to the country of origin, exporters to the country they ship to."
            case (.originVersusConsignment, .de):
                return
                    "Ursprung vs Versendung: Importländer ordnen Waren dem Ursprungsland zu, Exportländer dem Bestimmungsland."
            case (.coverage, .en):
                return
                    "Coverage: confidential items, low-value thresholds and different definitions of goods and territory."
            case (.coverage, .de):
                return
                    "Erfassung: vertrauliche Positionen, Wertgrenzen und unterschiedliche Abgrenzungen von Waren und Gebiet."
            }
        }
    }

    /// Whether a side published figures for the period.
    public struct ReportingStatus: Sendable, Hashable, Codable {
        /// `true` when the store holds this side's own figures for the period.
        public var reported: Bool
        /// The latest period with this side's own figures for the pair, if any.
        public var lastReported: Period?
        /// A note for the reader when the side is missing, e.g. that the partner stopped reporting.
        public var note: String?

        public init(reported: Bool, lastReported: Period?, note: String?) {
            self.reported = reported
            self.lastReported = lastReported
            self.note = note
        }
    }

    public var reporter: Country
    public var partner: Country
    public var period: Period
    public var product: Product
    /// Exports first, then imports, each from the reporter's point of view.
    public var comparisons: [Comparison]
    public var reporterStatus: ReportingStatus
    public var partnerStatus: ReportingStatus
    /// All values are in this currency (mirror answers read only USD releases).
    public var currency: String
    public var coverage: Coverage

    public init(
        reporter: Country, partner: Country, period: Period, product: Product, comparisons: [Comparison],
        reporterStatus: ReportingStatus, partnerStatus: ReportingStatus, currency: String = "USD", coverage: Coverage
    ) {
        self.reporter = reporter
        self.partner = partner
        self.period = period
        self.product = product
        self.comparisons = comparisons
        self.reporterStatus = reporterStatus
        self.partnerStatus = partnerStatus
        self.currency = currency
        self.coverage = coverage
    }

    /// Reporters known to have stopped publishing partner detail, with their last year.
    public static let knownSuspensions: [String: (lastYear: Int, note: String)] = [
        "RUS": (
            2021, "Russia stopped publishing detailed foreign trade statistics in 2022; its last reports are for 2021."
        )
    ]
}

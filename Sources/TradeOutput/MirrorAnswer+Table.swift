import TradeModel

extension MirrorAnswer: TabularAnswer {
    public func tables(_ language: Language) -> [OutputTable] {
        let labels = Labels(language, currency: currency)
        let de = language == .de
        let rows: [[Cell]] = comparisons.map { comparison in
            let own = labels.mirrorStatement(reporter, comparison.flow)
            let mirrored = labels.mirrorStatement(partner, comparison.flow == .exports ? .imports : .exports)
            return [
                Cell("\(own) / \(mirrored)", raw: comparison.flow.rawValue),
                labels.money(comparison.reporterStates),
                labels.money(comparison.partnerStates),
                comparison.gap.map { Cell(MoneyFormat.human($0, language, currency: currency), raw: String($0)) }
                    ?? Cell("–", raw: ""),
                labels.percent(comparison.gapPercent, signed: true),
            ]
        }
        var notes: [String] = []
        for status in [reporterStatus, partnerStatus] {
            if let note = status.note { notes.append(note) }
        }
        notes.append(
            de
                ? "Differenz = Angabe von \(reporter.name(language)) minus Angabe von \(partner.name(language)), in % der Angabe von \(partner.name(language))."
                : "Gap = the figure of \(reporter.name(language)) minus that of \(partner.name(language)), in % of the latter."
        )
        notes += labels.partialNotes(comparisons.flatMap { [$0.reporterStates, $0.partnerStates] })
        let reasons = MirrorAnswer.Reason.allCases.filter { reason in
            comparisons.contains { $0.reasons.contains(reason) }
        }
        notes.append(de ? "Übliche Gründe für Abweichungen:" : "Usual reasons for the gap:")
        notes += reasons.map { "  – " + $0.text(language) }
        notes += [labels.source(coverage.sources), labels.coverage(coverage)]
        var title = "\(labels.pair(reporter, partner)), \(labels.period(period))"
        if product != .total { title += ", HS \(product.code)" }
        title += de ? ": Spiegelstatistik" : ": mirror statistics"
        return [
            OutputTable(
                title: title,
                columns: [
                    .init(de ? "Strom (laut)" : "Flow (as stated by)", key: "flow"),
                    .init(reporter.name(language), key: "reporter_value", .right),
                    .init(partner.name(language), key: "partner_value", .right),
                    .init(de ? "Differenz" : "Gap", key: "gap", .right),
                    .init(de ? "Differenz %" : "Gap %", key: "gap_percent", .right),
                ],
                rows: rows, notes: notes)
        ]
    }
}

import GRDB
import TradeModel

extension TradeDatabase {
    /// The releases a mirror comparison reads: dollar figures as a country states them. BACI is
    /// left out, because its figures are reconciled estimates, not either side's own report.
    static let mirrorFilter = DatasetFilter(
        sql: "AND superseded = 0 AND dataset_id IN (SELECT id FROM dataset WHERE currency = 'USD' AND family <> 'baci')"
    )

    /// Each flow of a pair as the reporter states it and as the partner states it, with the gap
    /// and the usual reasons for it.
    ///
    /// A side without figures for the period is reported in ``MirrorAnswer/partnerStatus`` (or
    /// ``MirrorAnswer/reporterStatus``) instead of failing; only a pair without any figures for
    /// the period from either side throws ``StoreError/noData(question:coverage:)``.
    public func mirror(
        reporter: String, partner: String, period: Period, product: Product = .total
    ) throws -> MirrorAnswer {
        let reporterCountry = try countries.resolve(reporter)
        let partnerCountry = try countries.resolve(partner)
        guard reporterCountry.code != partnerCountry.code else {
            throw StoreError.invalidQuestion("Mirror statistics need two different countries.")
        }
        return try writer.read { db in
            let filter = Self.mirrorFilter
            let (r, p) = (reporterCountry.code, partnerCountry.code)
            // The reporter's exports and imports, then the partner's imports and exports (mirror order).
            let all = try [
                cellValues(r, p, .exports, product, filter, db), cellValues(r, p, .imports, product, filter, db),
                cellValues(p, r, .imports, product, filter, db), cellValues(p, r, .exports, product, filter, db),
            ]
            let sources = try allSources(db)
            func cited(_ value: PeriodValue) -> [SourceInfo] {
                value.datasets.compactMap { Int64($0).flatMap { sources[$0] } }
            }
            var comparisons: [MirrorAnswer.Comparison] = []
            for (index, flow) in [Flow.exports, .imports].enumerated() {
                let stated = all[index].value(of: period)
                let mirror = all[index + 2].value(of: period)
                var reasons: [MirrorAnswer.Reason] = [.valuation]
                // The importing side of this comparison: the partner for exports, the reporter for imports.
                let importSources = flow == .exports ? cited(mirror) : cited(stated)
                if importSources.contains(where: { $0.publisher.contains("Census") }) {
                    reasons = [.usCustomsValue]
                }
                reasons += [.timing, .transit, .originVersusConsignment, .coverage]
                comparisons.append(
                    MirrorAnswer.Comparison(
                        flow: flow, reporterStates: stated, partnerStates: mirror, reporterSources: cited(stated),
                        partnerSources: cited(mirror), reasons: reasons))
            }
            let reporterStatus = status(
                of: reporterCountry, with: partnerCountry, in: period, reported: comparisons.map(\.reporterStates),
                cells: Array(all[0...1]))
            let partnerStatus = status(
                of: partnerCountry, with: reporterCountry, in: period, reported: comparisons.map(\.partnerStates),
                cells: Array(all[2...3]))
            let coverage = try makeCoverage(
                all, citing: comparisons.flatMap { $0.reporterStates.datasets + $0.partnerStates.datasets }, db)
            guard reporterStatus.reported || partnerStatus.reported else {
                throw StoreError.noData(
                    question: "\(r)–\(p) from either side in \(period)",
                    coverage: coverage.isEmpty ? nil : coverage.range)
            }
            return MirrorAnswer(
                reporter: reporterCountry, partner: partnerCountry, period: period, product: product,
                comparisons: comparisons, reporterStatus: reporterStatus, partnerStatus: partnerStatus,
                coverage: coverage)
        }
    }

    /// Whether `country` stated figures on its trade with `other` for the period, and if not, why.
    private func status(
        of country: Country, with other: Country, in period: Period, reported: [PeriodValue], cells: [CellValues]
    ) -> MirrorAnswer.ReportingStatus {
        let keys = cells.flatMap { $0.cells.keys }
        let last = keys.max().map { $0 % 100 == 0 ? Period.year($0 / 100) : Period(year: $0 / 100, month: $0 % 100) }
        if reported.contains(where: { $0.value != nil }) {
            return MirrorAnswer.ReportingStatus(reported: true, lastReported: last, note: nil)
        }
        var note: String
        if let last {
            note =
                "The store holds no figures from \(country.nameEN) on its trade with \(other.nameEN) for \(period); its latest are for \(last)."
        } else {
            note =
                "The store holds no figures from \(country.nameEN) on its trade with \(other.nameEN); fetch them with `tradecheck fetch comtrade`."
        }
        if let suspension = MirrorAnswer.knownSuspensions[country.code], period.year > suspension.lastYear {
            note += " " + suspension.note
        }
        return MirrorAnswer.ReportingStatus(reported: false, lastReported: last, note: note)
    }
}

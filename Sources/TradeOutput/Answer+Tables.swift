import TradeModel

/// An answer that can be shown as tables.
public protocol TabularAnswer: Encodable, Sendable {
    /// The answer as tables in a language.
    func tables(_ language: Language) -> [OutputTable]
}

extension TradeSummary: TabularAnswer {
    public func tables(_ language: Language) -> [OutputTable] {
        let labels = Labels(language, currency: coverage.currency)
        let rows: [[Cell]] = [(Flow.exports, exports), (.imports, imports), (.total, total), (.balance, balance)].map {
            flow, value in
            [Cell(labels.flow(flow), raw: flow.rawValue), labels.money(value), labels.exactMoney(value)]
        }
        return [
            OutputTable(
                title: "\(labels.pair(reporter, partner)), \(labels.period(of: exports))",
                columns: [
                    .init(language == .de ? "Richtung" : "Flow", key: "flow"),
                    .init(labels.value, key: "value_usd", .right), .init(labels.exact, key: "exact_usd", .right),
                ],
                rows: rows,
                notes: labels.partialNotes([exports, imports]) + [
                    labels.source(coverage.sources), labels.coverage(coverage),
                ])
        ]
    }
}

extension SeriesAnswer: TabularAnswer {
    public func tables(_ language: Language) -> [OutputTable] {
        let labels = Labels(language, currency: coverage.currency)
        let rows = points.map { point in
            [
                Cell(point.period.description), labels.money(point), labels.exactMoney(point),
                Cell(
                    point.isComplete ? labels.complete : (point.partialLabel(language) ?? "–"),
                    raw: point.isComplete ? "complete" : "partial"),
            ]
        }
        return [
            OutputTable(
                title: "\(labels.pair(reporter, partner)): \(labels.flow(flow))\(productSuffix(product, language)), "
                    + (frequency == .monthly
                        ? (language == .de ? "monatlich" : "monthly") : (language == .de ? "jährlich" : "annual")),
                columns: [
                    .init(labels.period, key: "period"), .init(labels.value, key: "value_usd", .right),
                    .init(labels.exact, key: "exact_usd", .right), .init(labels.status, key: "status"),
                ],
                rows: rows,
                notes: [labels.source(coverage.sources), labels.coverage(coverage)])
        ]
    }
}

extension PeakAnswer: TabularAnswer {
    public func tables(_ language: Language) -> [OutputTable] {
        let labels = Labels(language, currency: coverage.currency)
        let word: String
        switch (lowest, language) {
        case (false, .en): word = "Peak"
        case (false, .de): word = "Höchstwert"
        case (true, .en): word = "Lowest"
        case (true, .de): word = "Tiefstwert"
        }
        let rows = ([peak] + runnersUp).enumerated().map { index, point in
            [
                Cell(String(index + 1)), Cell(labels.period(point.period), raw: point.period.description),
                labels.money(point), labels.exactMoney(point),
            ]
        }
        var notes: [String] = []
        if !excluded.isEmpty {
            let list = excluded.map { $0.partialLabel(language) ?? $0.period.description }.joined(separator: ", ")
            notes.append(
                language == .de ? "Nicht verglichen (unvollständig): \(list)." : "Not compared (incomplete): \(list).")
        }
        notes += [labels.source(coverage.sources), labels.coverage(coverage)]
        return [
            OutputTable(
                title:
                    "\(labels.pair(reporter, partner)): \(labels.flow(flow))\(productSuffix(product, language)), \(word): "
                    + "\(labels.period(peak.period)) (\(labels.money(peak).text))",
                columns: [
                    .init(labels.rank, key: "rank", .right), .init(labels.period, key: "period"),
                    .init(labels.value, key: "value_usd", .right), .init(labels.exact, key: "exact_usd", .right),
                ],
                rows: rows, notes: notes)
        ]
    }
}

extension ChangeAnswer: TabularAnswer {
    public func tables(_ language: Language) -> [OutputTable] {
        let labels = Labels(language, currency: coverage.currency)
        let changeLabel = language == .de ? "Veränderung" : "Change"
        var rows = [from, to].map { point in
            [
                Cell(labels.period(of: point), raw: point.period.description), labels.money(point),
                labels.exactMoney(point),
            ]
        }
        let delta = PeriodValue(period: to.period, value: absolute, months: [], isComplete: true, datasets: [])
        rows.append([Cell(changeLabel, raw: "change"), labels.money(delta), labels.exactMoney(delta)])
        rows.append([Cell(changeLabel + " %", raw: "change_percent"), labels.percent(percent, signed: true), Cell("")])
        return [
            OutputTable(
                title: "\(labels.pair(reporter, partner)): \(labels.flow(flow))\(productSuffix(product, language)), "
                    + "\(from.period) → \(to.period)",
                columns: [
                    .init(labels.period, key: "period"), .init(labels.value, key: "value_usd", .right),
                    .init(labels.exact, key: "exact_usd", .right),
                ],
                rows: rows,
                notes: labels.partialNotes([from, to]) + [labels.source(coverage.sources), labels.coverage(coverage)])
        ]
    }
}

extension ShareAnswer: TabularAnswer {
    public func tables(_ language: Language) -> [OutputTable] {
        let labels = Labels(language, currency: coverage.currency)
        let world = language == .de ? "Welt" : "World"
        let rows: [[Cell]] = [
            [Cell(partner.name(language), raw: partner.code), labels.money(value), labels.exactMoney(value)],
            [Cell(world, raw: "WORLD"), labels.money(self.world), labels.exactMoney(self.world)],
            [Cell(labels.share, raw: "share_percent"), labels.percent(percent), Cell("")],
        ]
        return [
            OutputTable(
                title: "\(labels.pair(reporter, partner)): \(labels.share) \(language == .de ? "an" : "of") "
                    + "\(labels.flow(flow))\(productSuffix(product, language)), \(labels.period(of: value))",
                columns: [
                    .init(labels.partner, key: "partner"), .init(labels.value, key: "value_usd", .right),
                    .init(labels.exact, key: "exact_usd", .right),
                ],
                rows: rows,
                notes: labels.partialNotes([value]) + [labels.source(coverage.sources), labels.coverage(coverage)])
        ]
    }
}

extension RankingAnswer: TabularAnswer {
    public func tables(_ language: Language) -> [OutputTable] {
        let labels = Labels(language, currency: coverage.currency)
        let rows = items.map { item in
            [
                Cell(String(item.rank)), Cell(item.code), Cell(item.name(language)), labels.money(item.value),
                labels.percent(item.percentOfTotal),
            ]
        }
        let title: String
        switch dimension {
        case .partners:
            title =
                language == .de
                ? "Größte Partner von \(reporter.name(language)): \(labels.flow(flow)), \(labels.period(period))"
                : "Largest partners of \(reporter.name(language)): \(labels.flow(flow)), \(labels.period(period))"
        case .products:
            let pair = partner.map { labels.pair(reporter, $0) } ?? reporter.name(language)
            title =
                "\(pair): \(language == .de ? "wichtigste Waren" : "top products") (HS\(level ?? 2)), "
                + "\(labels.flow(flow)), \(labels.period(period))"
        }
        var notes = labels.partialNotes(items.prefix(1).map(\.value))
        if let total, let amount = total.value {
            let what =
                dimension == .partners
                ? (language == .de ? "Welt insgesamt" : "World total")
                : (language == .de ? "Insgesamt" : "All goods")
            notes.append("\(what): \(MoneyFormat.human(amount, language))")
        }
        if dimension == .partners {
            notes.append(
                language == .de
                    ? "Nur Länder; Ländergruppen (EU, OECD, …) werden nicht gereiht."
                    : "Countries only; groups (EU, OECD, …) are not ranked.")
        }
        notes += [labels.source(coverage.sources), labels.coverage(coverage)]
        return [
            OutputTable(
                title: title,
                columns: [
                    .init(labels.rank, key: "rank", .right), .init(language == .de ? "Code" : "Code", key: "code"),
                    .init(dimension == .partners ? labels.partner : labels.product, key: "name"),
                    .init(labels.value, key: "value_usd", .right), .init(labels.share, key: "share_percent", .right),
                ],
                rows: rows, notes: notes)
        ]
    }
}

extension CoverageReport: TabularAnswer {
    public func tables(_ language: Language) -> [OutputTable] {
        let de = language == .de
        let rows = datasets.map { entry in
            [
                Cell(entry.source.dataset), Cell(entry.source.vintage),
                Cell(MoneyFormat.grouped(Int64(entry.rows), language), raw: String(entry.rows)),
                Cell("\(entry.first?.description ?? "–")..\(entry.last?.description ?? "–")"),
                Cell(entry.flows.map(\.rawValue).joined(separator: "+")),
                Cell(entry.productLevels.map { $0 == 0 ? "total" : "HS\($0)" }.joined(separator: ",")),
                Cell(String(entry.partners)),
                Cell(MoneyFormat.grouped(Int64(entry.supersededRows), language), raw: String(entry.supersededRows)),
            ]
        }
        let importRows = imports.map { record in
            [
                Cell(record.fileName), Cell(record.format), Cell(record.dataset),
                Cell(MoneyFormat.grouped(Int64(record.rows), language), raw: String(record.rows)),
                Cell(String(record.sha256.prefix(12)), raw: record.sha256), Cell(record.importedAt),
            ]
        }
        return [
            OutputTable(
                title: de ? "Datenbestand" : "What the store holds",
                columns: [
                    .init(de ? "Datensatz" : "Dataset", key: "dataset"),
                    .init(de ? "Stand" : "Release", key: "vintage"),
                    .init(de ? "Zeilen" : "Rows", key: "rows", .right), .init(labels(de).period, key: "periods"),
                    .init(de ? "Richtungen" : "Flows", key: "flows"), .init(de ? "Waren" : "Products", key: "products"),
                    .init(de ? "Partner" : "Partners", key: "partners", .right),
                    .init(de ? "Ersetzt" : "Superseded", key: "superseded_rows", .right),
                ],
                rows: rows,
                notes: datasets.map {
                    "\($0.source.dataset)@\($0.source.vintage): \($0.source.citation)"
                        + ($0.source.note.map { ". " + $0 } ?? "")
                }
                    + [
                        de
                            ? "Ersetzt: Zeilen, die eine neuere Veröffentlichung derselben Quelle ablöst (bleiben gespeichert, --vintage wählt sie)."
                            : "Superseded: rows a newer release of the same source replaces (kept; --vintage selects them)."
                    ]),
            OutputTable(
                title: de ? "Importierte Dateien" : "Imported files",
                columns: [
                    .init(de ? "Datei" : "File", key: "file"), .init("Format", key: "format"),
                    .init(de ? "Datensatz" : "Dataset", key: "dataset"),
                    .init(de ? "Zeilen" : "Rows", key: "rows", .right),
                    .init("SHA-256", key: "sha256"), .init(de ? "Zeit" : "Time", key: "imported_at"),
                ],
                rows: importRows),
        ]
    }

    private func labels(_ de: Bool) -> Labels { Labels(de ? .de : .en) }
}

private func productSuffix(_ product: Product, _ language: Language) -> String {
    product == .total ? "" : " (HS \(product.code))"
}

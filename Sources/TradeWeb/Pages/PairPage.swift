import TradeModel
import TradeOutput

/// The country pair page and its downloads: charts per year and per month, the peaks,
/// tables under the charts, and the top products each way.
struct PairPage: Sendable {
    let overview: PairOverview
    let language: Language

    private var strings: WebStrings { WebStrings(language) }
    private var labels: Labels { Labels(language) }
    private var base: String { "/pair/\(overview.reporter.code)/\(overview.partner.code)" }
    private var pairName: String { labels.pair(overview.reporter, overview.partner) }

    func render() -> String {
        var body = "<h1>\(HTML.escape(pairName))</h1>\n"
        body += "<p class=\"source\">\(HTML.escape(labels.coverage(overview.coverage)))</p>\n"
        body += peakSummary()
        body += figure(
            "annual", title: strings.annualTitle, chart: annualChart(),
            table: "<div class=\"table-wrap\">\(valuesTable(overview.annual, heading: strings.year))</div>")
        if !overview.monthly.isEmpty {
            body += figure(
                "monthly", title: strings.monthlyTitle, chart: monthlyChart(),
                table:
                    "<details><summary>\(HTML.escape(strings.showTable))</summary><div class=\"table-wrap\">\(valuesTable(overview.monthly, heading: strings.month))</div></details>"
            )
        }
        body += "<h2>\(HTML.escape(strings.topProducts))</h2>\n"
        for flow in Flow.stored {
            body += "<section class=\"card products\"><h3>\(HTML.escape(labels.flow(flow)))</h3>\n"
            if let ranking = overview.topProducts[flow] {
                body += "<div class=\"table-wrap\">" + htmlTables(ranking.tables(language)) + "</div>"
            } else {
                body += "<p class=\"note\">\(HTML.escape(strings.noProducts))</p>"
            }
            body += "</section>\n"
        }
        if !overview.mirrors.isEmpty {
            body +=
                "<h2>\(HTML.escape(strings.mirrorTitle))</h2>\n<p class=\"note\">\(HTML.escape(strings.mirrorIntro))</p>\n"
            for mirror in overview.mirrors {
                body +=
                    "<section class=\"card mirror\"><div class=\"table-wrap\">" + htmlTables(mirror.tables(language))
                    + "</div></section>\n"
            }
        }
        return HTML.page(title: pairName, language: language, path: base, body: body)
    }

    private func peakSummary() -> String {
        var items: [String] = []
        for flow in Flow.stored {
            guard let peak = overview.monthlyPeaks[flow], let value = peak.peak.value else { continue }
            items.append(
                "<li>\(HTML.escape(strings.peak)) \(HTML.escape(labels.flow(flow))): <strong>\(HTML.escape(labels.period(peak.peak.period)))</strong>, \(HTML.escape(MoneyFormat.human(value, language)))</li>"
            )
        }
        return items.isEmpty ? "" : "<ul class=\"peaks\">\(items.joined())</ul>\n"
    }

    // MARK: Charts

    func annualChart() -> SVGChart {
        let rows = overview.annual
        let markers = peakMarkers(overview.annualPeaks, rows) { "\(strings.peak) \($0.year)" }
        return SVGChart(
            title: "\(pairName): \(labels.flow(.exports)), \(labels.flow(.imports)), \(labels.flow(.balance))",
            description: "\(strings.annualTitle), USD. \(labels.source(overview.coverage.sources))",
            categories: rows.map { $0.period.description + ($0.isComplete ? "" : "*") },
            series: [
                .init(
                    name: labels.flow(.exports), color: SVGChart.exportsColor, values: rows.map { $0.exports?.value }),
                .init(
                    name: labels.flow(.imports), color: SVGChart.importsColor, values: rows.map { $0.imports?.value }),
                .init(
                    name: labels.flow(.balance), color: SVGChart.balanceColor, values: rows.map(\.balance), asLine: true
                ),
            ],
            markers: markers, style: .bars, language: language, id: "annual")
    }

    func monthlyChart() -> SVGChart {
        let rows = overview.monthly
        let markers = peakMarkers(overview.monthlyPeaks, rows) { "\(strings.peak): \(labels.period($0))" }
        return SVGChart(
            title: "\(pairName): \(labels.flow(.exports)), \(labels.flow(.imports)) – \(strings.monthlyTitle)",
            description: "\(strings.monthlyTitle), USD. \(labels.source(overview.coverage.sources))",
            categories: rows.map(\.period.description),
            series: [
                .init(
                    name: labels.flow(.exports), color: SVGChart.exportsColor, values: rows.map { $0.exports?.value }),
                .init(
                    name: labels.flow(.imports), color: SVGChart.importsColor, values: rows.map { $0.imports?.value }),
            ],
            markers: markers, style: .lines, language: language, id: "monthly")
    }

    /// A ring on each flow's peak, in the flow's colour.
    private func peakMarkers(
        _ peaks: [Flow: PeakAnswer], _ rows: [PairOverview.Row], label: (Period) -> String
    ) -> [SVGChart.Marker] {
        Flow.stored.compactMap { flow in
            guard let peak = peaks[flow], let value = peak.peak.value,
                let index = rows.firstIndex(where: { $0.period == peak.peak.period })
            else { return nil }
            return SVGChart.Marker(
                category: index, value: value, label: label(peak.peak.period),
                color: flow == .exports ? SVGChart.exportsColor : SVGChart.importsColor)
        }
    }

    // MARK: Tables and CSV

    /// A chart with its source, coverage, downloads (`NAME.svg`, `NAME.csv`) and table.
    private func figure(_ name: String, title: String, chart: SVGChart, table: String) -> String {
        let source = "\(labels.source(overview.coverage.sources)) · \(labels.coverage(overview.coverage))"
        return """
            <h2>\(HTML.escape(title))</h2>
            <figure class="chart" id="\(name)">
            \(chart.renderResponsive())
            <figcaption>\(HTML.escape(source))</figcaption>
            <p class="downloads"><a href="\(base)/\(name).svg?lang=\(language.rawValue)" download>\(HTML.escape(strings.downloadSVG))</a><a href="\(base)/\(name).csv" download>\(HTML.escape(strings.downloadCSV))</a></p>
            \(table)
            </figure>

            """
    }

    /// Exports, imports, total and balance per period, newest first; an incomplete year says which months it has.
    private func valuesTable(_ rows: [PairOverview.Row], heading: String) -> String {
        var html = "<table><thead><tr><th>\(HTML.escape(heading))</th>"
        for flow in Flow.allCases { html += "<th class=\"num\">\(HTML.escape(columnHeader(flow)))</th>" }
        html += "</tr></thead><tbody>"
        for row in rows.reversed() {
            let partial = (row.exports ?? row.imports)?.partialLabel(language)
            html +=
                "<tr><td>\(row.period)\(partial.map { " <span class=\"note\">(\(HTML.escape($0)))</span>" } ?? "")</td>"
            for value in [row.exports?.value, row.imports?.value, row.total, row.balance] {
                html +=
                    "<td class=\"num\">\(value.map { HTML.escape(MoneyFormat.humanNumber($0, language)) } ?? "–")</td>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table>"
    }

    /// "Exports (USD)" / "Exporte (US-Dollar)": the table cells then need no unit.
    private func columnHeader(_ flow: Flow) -> String {
        "\(labels.flow(flow)) (\(MoneyFormat.currencyName("USD", language)))"
    }

    /// The rows as CSV with exact USD: `period,exports_usd,imports_usd,total_usd,balance_usd,complete`.
    static func csv(_ rows: [PairOverview.Row]) -> String {
        var text = "period,exports_usd,imports_usd,total_usd,balance_usd,complete\n"
        for row in rows {
            let cells = [row.exports?.value, row.imports?.value, row.total, row.balance].map {
                $0.map(String.init) ?? ""
            }
            text += "\(row.period),\(cells.joined(separator: ",")),\(row.isComplete)\n"
        }
        return text
    }
}

/// Answer tables (from TradeOutput) as HTML.
func htmlTables(_ tables: [OutputTable]) -> String {
    tables.map { table in
        var html = "<table><caption>\(HTML.escape(table.title))</caption><thead><tr>"
        for column in table.columns {
            html += "<th\(column.alignment == .right ? " class=\"num\"" : "")>\(HTML.escape(column.header))</th>"
        }
        html += "</tr></thead><tbody>"
        for row in table.rows {
            html += "<tr>"
            for (index, cell) in row.enumerated() {
                let right = table.columns.indices.contains(index) && table.columns[index].alignment == .right
                html += "<td\(right ? " class=\"num\"" : "")>\(HTML.escape(cell.text))</td>"
            }
            html += "</tr>"
        }
        html += "</tbody></table>"
        for note in table.notes { html += "<p class=\"source\">\(HTML.escape(note))</p>" }
        return html
    }.joined()
}

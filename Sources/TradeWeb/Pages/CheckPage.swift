import ClaimCheck
import TradeModel
import TradeOutput
import TradeStore

/// The article checker's pages: the form, and the article returned with each claim marked by
/// its verdict (colour, symbol and word) beside a card per claim with a small chart.
enum CheckPage {
    static func form(language: Language, text: String = "") -> String {
        let strings = WebStrings(language)
        let body = "<h1>\(HTML.escape(strings.checkArticle))</h1>\n" + formSection(language: language, text: text)
        return HTML.page(title: strings.checkArticle, language: language, path: "/check", body: body)
    }

    /// The form: paste text or upload a file; works without JavaScript.
    static func formSection(language: Language, text: String = "") -> String {
        let strings = WebStrings(language)
        return """
            <section class="card" id="checker">
            <form method="post" action="/check?lang=\(language.rawValue)" enctype="multipart/form-data">
            <label for="text">\(HTML.escape(strings.articleText))</label>
            <textarea id="text" name="text" placeholder="In 2024 U.S. exports to Russia fell to about 530 million dollars …">\(HTML.escape(text))</textarea>
            <label for="file">\(HTML.escape(strings.orUpload))</label>
            <input id="file" name="file" type="file" accept=".txt,text/plain">
            <label for="lang">\(HTML.escape(strings.articleLanguage))</label>
            <select id="lang" name="lang"><option value="auto">\(HTML.escape(strings.automatic))</option><option value="en">English</option><option value="de">Deutsch</option></select>
            <label for="date">\(HTML.escape(strings.publicationDate))</label>
            <input id="date" name="date" type="date">
            <button type="submit" id="check-button">\(HTML.escape(strings.check))</button>
            </form>
            </section>
            """
    }

    static func result(
        report: CheckReport, source: String, language: Language
    ) -> String {
        let strings = WebStrings(language)
        var body = "<h1>\(HTML.escape(strings.checkArticle))</h1>\n"
        let counts = report.counts
        let summary = Verdict.ordered.compactMap { verdict -> String? in
            guard let count = counts[verdict], count > 0 else { return nil }
            return
                "<span class=\"badge v-\(verdict.rawValue)\">\(verdict.symbol) \(count) \(HTML.escape(verdict.name(language)))</span>"
        }
        body +=
            "<p class=\"summary\" id=\"summary\">\(report.claims.isEmpty ? HTML.escape(strings.noClaims) : summary.joined(separator: " "))</p>\n"
        if let date = report.date {
            body += "<p class=\"note\" id=\"date-note\">\(HTML.escape(strings.readAsOf(date)))</p>\n"
        }
        body +=
            "<div class=\"checked\">\n<div class=\"article-text\" id=\"article\">\(annotated(report, source, language))</div>\n"
        body += "<div class=\"cards\"><h2 style=\"margin-top:0\">\(HTML.escape(strings.claims))</h2>\n"
        for (index, claim) in report.claims.enumerated() {
            body += card(claim, number: index + 1, language: language)
        }
        body += "</div>\n</div>\n"
        body += "<h2>\(HTML.escape(strings.checkArticle))</h2>\n" + formSection(language: language, text: source)
        return HTML.page(title: strings.checkArticle, language: language, path: "/check", body: body)
    }

    /// The article, escaped, with each claimed figure wrapped in a `<mark>` naming its verdict.
    static func annotated(_ report: CheckReport, _ source: String, _ language: Language) -> String {
        report.segments(of: source).map { segment in
            guard let index = segment.claim else { return HTML.escape(segment.text) }
            let verdict = report.claims[index].verdict
            return
                "<mark class=\"v-\(verdict.rawValue)\" id=\"m\(index + 1)\"><a href=\"#c\(index + 1)\">\(HTML.escape(segment.text))</a><span class=\"tag\">\(verdict.symbol) \(index + 1) \(HTML.escape(verdict.name(language)))</span></mark>"
        }.joined()
    }

    static func card(_ claim: CheckedClaim, number: Int, language: Language) -> String {
        let strings = WebStrings(language)
        let verdict = claim.verdict.rawValue
        var html = """
            <article class="claim b-\(verdict)" id="c\(number)">
            <p><span class="badge v-\(verdict)">\(claim.verdict.symbol) \(HTML.escape(claim.verdict.name(language)))</span> <a href="#m\(number)">#\(number)</a></p>
            <dl class="figures">
            <dt>\(HTML.escape(strings.claimed))</dt><dd>“\(HTML.escape(claim.claimed.text))”</dd>

            """
        if let official = claim.official {
            // One line a reader takes in at a glance: the figure, its period, the release that decided it.
            let line = [officialText(official, language), claim.period ?? "", shortSource(official.sources ?? [])]
                .filter { !$0.isEmpty }.joined(separator: " · ")
            html += "<dt>\(HTML.escape(strings.official))</dt><dd class=\"evidence\">\(HTML.escape(line))</dd>\n"
        }
        html += "</dl>\n<p>\(HTML.escape(claim.explanation))</p>\n"
        if let official = claim.official {
            html +=
                "<details class=\"source\"><summary>\(HTML.escape(strings.fullCitation))</summary><p>\(HTML.escape(official.source)); \(HTML.escape(strings.coverage)) \(HTML.escape(official.coverage))</p></details>\n"
        }
        if var chart = ClaimChart.chart(for: claim, language: language) {
            chart.id = "claim\(number)"
            html += "<figure class=\"chart small\">\(chart.render())</figure>\n"
        }
        return html + "</article>\n"
    }

    /// "U.S. Census Bureau, International Trade API (release 2025-10)": publisher, dataset and
    /// release of the newest release cited.
    static func shortSource(_ sources: [SourceInfo]) -> String {
        guard let newest = sources.max(by: { $0.vintage < $1.vintage }) else { return "" }
        let dataset = newest.title.split(separator: ",").first.map(String.init) ?? newest.title
        return "\(newest.publisher), \(dataset) (release \(newest.vintage))"
    }

    private static func officialText(_ official: CheckedClaim.Official, _ language: Language) -> String {
        var parts: [String] = []
        if let label = official.label { parts.append(label) }
        if let value = official.value {
            switch official.unit {
            case "percent": parts.append(MoneyFormat.percent(value, language, digits: 1))
            case "USD", "EUR": parts.append(MoneyFormat.exact(Int64(value), language, currency: official.unit))
            case "ratio": parts.append("× " + MoneyFormat.decimal(value, digits: 2, language))
            default: parts.append(MoneyFormat.decimal(value, digits: 0, language))
            }
        }
        return parts.isEmpty ? "–" : parts.joined(separator: ", ")
    }
}

/// The small chart on a claim's card: the series the claim was checked against, with the
/// claimed value marked (a dashed line and a ring) at its period.
enum ClaimChart {
    static func chart(for claim: CheckedClaim, language: Language) -> SVGChart? {
        guard let evidence = claim.evidence, evidence.series.contains(where: { $0.value != nil }),
            let last = evidence.periods.last
        else { return nil }
        let periods = evidence.periods
        let monthly = last.isMonth
        let series = evidence.series
        let labels = Labels(language)
        let categories = series.map(\.period.description)
        var markers: [SVGChart.Marker] = []
        let claimIndex = categories.firstIndex(of: last.description)
        if let claimIndex, let value = claim.claimed.value, claim.claimed.unit == "USD",
            [.value, .peak, .record].contains(claim.kind)
        {
            markers.append(
                .init(
                    category: claimIndex, value: Int64(value),
                    label: "\(WebStrings(language).claimed): \(MoneyFormat.humanNumber(Int64(value), language))",
                    color: SVGChart.claimColor, level: true))
        } else {
            for period in Set(periods) {
                if let index = categories.firstIndex(of: period.description), let value = series[index].value {
                    markers.append(
                        .init(category: index, value: value, label: labels.period(period), color: SVGChart.claimColor))
                }
            }
        }
        let color: String
        switch evidence.flow {
        case .exports: color = SVGChart.exportsColor
        case .imports: color = SVGChart.importsColor
        case .total: color = SVGChart.totalColor
        case .balance: color = SVGChart.balanceColor
        }
        let name = "\(labels.flow(evidence.flow)) \(evidence.reporter)–\(evidence.partner)"
        return SVGChart(
            title: name,
            description: labels.source(evidence.sources),
            categories: categories,
            series: [.init(name: name, color: color, values: series.map(\.value))],
            markers: markers, style: monthly ? .lines : .bars, language: language, width: 480, height: 220)
    }
}

import TradeModel

/// The start page: what tradecheck is, a country pair search and the article checker.
enum HomePage {
    static func render(language: Language) -> String {
        let strings = WebStrings(language)
        let lang = language.rawValue
        let examples = [("USA", "RUS"), ("USA", "CHN"), ("USA", "DEU"), ("USA", "MEX")]
            .map { "<a href=\"/pair/\($0)/\($1)?lang=\(lang)\">\($0)–\($1)</a>" }
            .joined(separator: " · ")
        let body = """
            <h1>tradecheck</h1>
            <p>\(HTML.escape(strings.tagline))</p>
            <section class="card" id="pair-search">
            <h2 style="margin-top:0">\(HTML.escape(strings.lookUpPair))</h2>
            <form method="get" action="/pair" class="pair-form">
            <input type="hidden" name="lang" value="\(lang)">
            <div><label for="reporter">\(HTML.escape(strings.reporter))</label>
            <input id="reporter" name="reporter" type="text" value="\(language == .de ? "Vereinigte Staaten" : "United States")" required></div>
            <div><label for="partner">\(HTML.escape(strings.partner))</label>
            <input id="partner" name="partner" type="text" placeholder="\(language == .de ? "Russland" : "Russia")" required></div>
            <div><button type="submit">\(HTML.escape(strings.show))</button></div>
            </form>
            <p class="note">\(HTML.escape(strings.examples)): \(examples)</p>
            </section>
            <h2>\(HTML.escape(strings.checkArticle))</h2>
            \(CheckPage.formSection(language: language))
            """
        return HTML.page(title: "tradecheck", language: language, path: "/", body: body)
    }
}

/// A page for a failed request: what went wrong and the way back.
enum ErrorPage {
    static func render(_ problem: WebError, language: Language) -> String {
        let strings = WebStrings(language)
        let body = """
            <section class="card error">
            <h1>\(HTML.escape(strings.error)) \(problem.status.code)</h1>
            <p>\(HTML.escape(problem.message))</p>
            <p><a href="/?lang=\(language.rawValue)">\(HTML.escape(strings.back))</a></p>
            </section>
            """
        return HTML.page(title: strings.error, language: language, path: "/", body: body)
    }
}

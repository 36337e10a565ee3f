import Foundation
import TradeModel

/// Escaping and the page frame. Everything a user or a data file supplies goes through
/// ``escape(_:)`` before it reaches a page, so an article's `<script>` is shown, never run.
enum HTML {
    static func escape(_ text: String) -> String { text.htmlEscaped }

    /// A whole page: header with the language switch, the body, and a footer.
    /// `path` is the page's own path (with its query, without `lang`) for the language links.
    static func page(title: String, language: Language, path: String, body: String) -> String {
        let strings = WebStrings(language)
        let separator = path.contains("?") ? "&" : "?"
        let other: Language = language == .de ? .en : .de
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(title)) · tradecheck</title>
            <style>\(stylesheet)</style>
            </head>
            <body>
            <header class="site"><a class="brand" href="/?lang=\(language.rawValue)">tradecheck</a>
            <nav><a href="/check?lang=\(language.rawValue)">\(escape(strings.checkArticle))</a>
            <a href="/openapi.json">API</a>
            <a hreflang="\(other.rawValue)" href="\(escape(path + separator + "lang=" + other.rawValue))">\(other == .de ? "Deutsch" : "English")</a></nav>
            </header>
            <main>
            \(body)
            </main>
            <footer class="site">\(escape(strings.footer))</footer>
            </body>
            </html>
            """
    }

    static let stylesheet = """
        :root { --ink: #1d1d1f; --muted: #5f6368; --line: #dadce0; --bg: #fafafa; }
        * { box-sizing: border-box; }
        body { margin: 0; font: 16px/1.55 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--ink); background: var(--bg); }
        header.site, footer.site { padding: .8rem 1rem; display: flex; flex-wrap: wrap; gap: 1rem; align-items: baseline; justify-content: space-between; }
        header.site { background: #fff; border-bottom: 1px solid var(--line); }
        header.site nav a { margin-left: 1rem; }
        footer.site { color: var(--muted); font-size: .85rem; }
        .brand { font-weight: 700; font-size: 1.2rem; color: var(--ink); text-decoration: none; }
        main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
        h1 { font-size: 1.7rem; line-height: 1.25; margin: .5rem 0 1rem; }
        h2 { font-size: 1.25rem; margin-top: 2rem; }
        section.card { overflow-x: auto; }
        section.card, figure.chart, article.claim { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; margin: 1rem 0; }
        figure.chart { margin: 1rem 0; }
        figure.chart svg { display: block; width: 100%; height: auto; }
        .narrow-chart { display: none; }
        @media (max-width: 40rem) { .wide-chart { display: none; } .narrow-chart { display: block; } }
        figcaption, .source, .note { color: var(--muted); font-size: .85rem; }
        table { border-collapse: collapse; width: 100%; font-size: .9rem; margin-top: .8rem; }
        th, td { padding: .3rem .5rem; border-bottom: 1px solid var(--line); text-align: left; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
        .table-wrap { overflow-x: auto; }
        form label { display: block; font-weight: 600; margin: .6rem 0 .2rem; }
        input[type=text], input[type=date], select, textarea { font: inherit; padding: .4rem .5rem; border: 1px solid #bbb; border-radius: .3rem; width: 100%; }
        textarea { min-height: 14rem; }
        button { font: inherit; font-weight: 600; padding: .5rem 1.1rem; border-radius: .3rem; border: 0; background: #0b57d0; color: #fff; margin-top: .8rem; cursor: pointer; }
        .pair-form { display: grid; grid-template-columns: 1fr 1fr auto; gap: .6rem; align-items: end; }
        @media (max-width: 40rem) { .pair-form { grid-template-columns: 1fr; } }
        .downloads a { margin-right: 1rem; font-size: .85rem; }
        .checked { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 1.2rem; }
        @media (max-width: 52rem) { .checked { grid-template-columns: 1fr; } }
        .article-text { background: #fff; border: 1px solid var(--line); border-radius: .5rem; padding: 1rem 1.2rem; font-family: Georgia, serif; font-size: 1.05rem; white-space: pre-wrap; overflow-wrap: anywhere; }
        mark { padding: 0 .15em; border-radius: .2em; color: inherit; }
        mark a { color: inherit; text-decoration: none; }
        .tag { font: 700 .7rem system-ui, sans-serif; text-transform: uppercase; letter-spacing: .02em; padding: 0 .3em; border-radius: .2em; margin-left: .2em; vertical-align: .1em; white-space: nowrap; }
        .v-supported { background: #d7f5dd; } .v-supported .tag, .badge.v-supported { background: #1e7b34; color: #fff; }
        .v-inaccurate { background: #fff1c2; } .v-inaccurate .tag, .badge.v-inaccurate { background: #8a6100; color: #fff; }
        .v-contradicted { background: #ffd6d6; } .v-contradicted .tag, .badge.v-contradicted { background: #b3261e; color: #fff; }
        .v-unverifiable { background: #e8e8e8; } .v-unverifiable .tag, .badge.v-unverifiable { background: #5f6368; color: #fff; }
        article.claim { padding: .8rem; border-left-width: .4rem; }
        article.claim.b-supported { border-left-color: #1e7b34; } article.claim.b-inaccurate { border-left-color: #8a6100; }
        article.claim.b-contradicted { border-left-color: #b3261e; } article.claim.b-unverifiable { border-left-color: #5f6368; }
        .badge { display: inline-block; font-weight: 700; font-size: .75rem; text-transform: uppercase; padding: .1rem .45rem; border-radius: .25rem; }
        dl.figures { display: grid; grid-template-columns: auto 1fr; gap: .1rem .8rem; margin: .5rem 0; font-size: .92rem; }
        dl.figures dt { color: var(--muted); }
        dl.figures dd { margin: 0; font-variant-numeric: tabular-nums; }
        .summary { font-weight: 600; }
        .error { border-left: .4rem solid #b3261e; }
        """
}

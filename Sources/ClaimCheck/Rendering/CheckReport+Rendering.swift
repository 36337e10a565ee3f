import Foundation
import TradeModel

/// How a check report is printed.
public enum ReportFormat: String, Sendable, CaseIterable {
    case text, json, markdown, html
}

extension CheckReport {
    /// The report in a format; `color` adds ANSI colours to text (for a terminal).
    public func render(_ format: ReportFormat, source: String = "", color: Bool = false) throws -> String {
        switch format {
        case .json:
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            return String(decoding: try encoder.encode(self), as: UTF8.self)
        case .text: return renderText(color: color)
        case .markdown: return renderMarkdown()
        case .html: return renderHTML(source: source)
        }
    }

    private var de: Bool { language == .de }

    private func label(_ verdict: Verdict) -> String { verdict.name(language).uppercased() }

    /// Text of the article on one line: a sentence a PDF wrapped ("bil-" / "lion", "came to" / "$120.1 billion")
    /// is quoted as the checker read it (``CleanText`` joins the wrapped lines).
    static func oneLine(_ text: String) -> String {
        guard text.contains(where: \.isNewline) else { return text }
        return CleanText(text).text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined(separator: " ")
    }

    /// One line per verdict count: "3 supported, 1 inaccurate, …".
    public var summaryLine: String {
        let parts = Verdict.ordered.map { "\(counts[$0] ?? 0) \($0.name(language))" }
        return (de ? "\(claims.count) Angaben geprüft: " : "\(claims.count) claims checked: ")
            + parts.joined(separator: ", ")
    }

    private func renderText(color: Bool) -> String {
        func paint(_ text: String, _ verdict: Verdict) -> String {
            guard color else { return text }
            let code: String
            switch verdict {
            case .supported: code = "32"
            case .inaccurate: code = "33"
            case .contradicted: code = "31"
            case .unverifiable: code = "90"
            }
            return "\u{1B}[1;\(code)m\(text)\u{1B}[0m"
        }
        var lines: [String] = []
        for (index, claim) in claims.enumerated() {
            lines.append(
                "\(index + 1). \(paint(label(claim.verdict), claim.verdict))  \(Self.oneLine(claim.claimed.text))  [\(claim.kind.rawValue), \(claim.flow.rawValue), \(claim.period ?? "?")]"
            )
            lines.append("   “\(Self.oneLine(claim.text))”")
            lines.append("   \(claim.explanation)")
            lines.append("")
        }
        lines.append(summaryLine)
        return lines.joined(separator: "\n")
    }

    private func renderMarkdown() -> String {
        var lines = [
            "| # | \(de ? "Angabe" : "Claim") | \(de ? "Urteil" : "Verdict") | \(de ? "Amtlich" : "Official") | \(de ? "Erklärung" : "Explanation") |",
            "| ---: | --- | --- | --- | --- |",
        ]
        for (index, claim) in claims.enumerated() {
            let official = claim.official.map { officialText($0) } ?? "–"
            let cells = [
                "\(index + 1)", "“\(claim.claimed.text)”", "**\(label(claim.verdict))**", official, claim.explanation,
            ]
            lines.append(
                "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        lines.append("")
        lines.append("_\(summaryLine)_")
        return lines.joined(separator: "\n")
    }

    private func officialText(_ official: CheckedClaim.Official) -> String {
        if official.unit == "ratio", let value = official.value {
            let times = String(format: "%.2f", value)
            return "×" + (language == .de ? times.replacingOccurrences(of: ".", with: ",") : times)
        }
        if let label = official.label, official.unit != "percent" {
            if let value = official.value { return "\(label) (\(MoneyFormat.human(Int64(value), language)))" }
            return label
        }
        guard let value = official.value else { return official.label ?? "–" }
        if official.unit == "percent" { return MoneyFormat.percent(value, language, digits: 1) }
        return MoneyFormat.human(Int64(value), language)
    }

    /// A piece of an article: plain text, or the figure of one claim.
    public struct Segment: Sendable, Hashable {
        public var text: String
        /// The index in ``CheckReport/claims`` of the claim whose figure this is; `nil` for plain text.
        public var claim: Int?
    }

    /// The article cut into plain text and claimed figures, in reading order. A claim whose
    /// figure overlaps an earlier one's, or lies outside the text, is left unmarked.
    public func segments(of source: String) -> [Segment] {
        let scalars = Array(source.unicodeScalars)
        func text(_ range: Range<Int>) -> String { String(String.UnicodeScalarView(scalars[range])) }
        var segments: [Segment] = []
        var position = 0
        func mark(_ claim: CheckedClaim) -> Range<Int> {
            (claim.claimed.markStart ?? claim.claimed.start)..<(claim.claimed.markEnd ?? claim.claimed.end)
        }
        let ordered = claims.enumerated().sorted { mark($0.element).lowerBound < mark($1.element).lowerBound }
        for (index, claim) in ordered
        where mark(claim).lowerBound >= position && mark(claim).upperBound <= scalars.count && !mark(claim).isEmpty {
            let range = mark(claim)
            if position < range.lowerBound { segments.append(Segment(text: text(position..<range.lowerBound))) }
            segments.append(Segment(text: text(range), claim: index))
            position = range.upperBound
        }
        if position < scalars.count { segments.append(Segment(text: text(position..<scalars.count))) }
        return segments
    }

    /// A self-contained HTML page: the article with each claimed figure marked by its verdict,
    /// and the explanations listed below.
    private func renderHTML(source: String) -> String {
        var body = ""
        for segment in segments(of: source) {
            guard let index = segment.claim else {
                body += segment.text.htmlEscaped
                continue
            }
            let claim = claims[index]
            body +=
                "<mark class=\"\(claim.verdict.rawValue)\" title=\"\(claim.explanation.htmlEscaped)\"><a href=\"#c\(index + 1)\">\(segment.text.htmlEscaped)</a><sup>\(index + 1)</sup></mark>"
        }
        // (Line ends of Windows and of web forms, "\r\n", break paragraphs too.)
        let paragraphs = body.replacingOccurrences(of: "\r\n", with: "\n").components(separatedBy: "\n\n").map {
            "<p>\($0.replacingOccurrences(of: "\n", with: "<br>"))</p>"
        }
        .joined(separator: "\n")
        let items = claims.enumerated().map { index, claim in
            "<li id=\"c\(index + 1)\" class=\"\(claim.verdict.rawValue)\"><strong>\(label(claim.verdict))</strong> “\(claim.claimed.text.htmlEscaped)” — \(claim.explanation.htmlEscaped)</li>"
        }.joined(separator: "\n")
        return """
            <!DOCTYPE html>
            <html lang="\(language.rawValue)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>tradecheck</title>
            <style>
            body { font: 17px/1.6 Georgia, serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem; color: #222; }
            mark { padding: 0 .15em; border-radius: .2em; }
            mark a { color: inherit; text-decoration: none; }
            .supported { background: #d7f5dd; } .inaccurate { background: #fff1c2; }
            .contradicted { background: #ffd6d6; } .unverifiable { background: #e8e8e8; }
            ol li { margin: .6rem 0; padding: .3rem .5rem; border-radius: .3rem; font: 15px/1.5 system-ui, sans-serif; }
            footer { font: 14px system-ui, sans-serif; color: #555; }
            </style>
            </head>
            <body>
            <article>
            \(paragraphs)
            </article>
            <h2>\(de ? "Geprüfte Angaben" : "Checked claims")</h2>
            <ol>
            \(items)
            </ol>
            <footer>\(summaryLine.htmlEscaped)</footer>
            </body>
            </html>
            """
    }

}

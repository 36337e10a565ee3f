import TradeModel

/// How answers are printed.
public enum OutputFormat: String, Sendable, CaseIterable {
    /// Aligned columns for a terminal, human units.
    case table
    /// The answer's own structure; money as exact integers of USD.
    case json
    /// Comma-separated values with exact numbers, one header row.
    case csv
    /// A Markdown table for a newsroom chat or a document.
    case markdown
}

/// A table cell: the text people read, and the exact value machines read.
public struct Cell: Sendable, Hashable {
    public var text: String
    public var raw: String

    public init(_ text: String, raw: String? = nil) {
        self.text = text
        self.raw = raw ?? text
    }
}

/// A titled table with notes (source, coverage, caveats) underneath.
public struct OutputTable: Sendable, Hashable {
    public enum Alignment: Sendable { case left, right }

    public struct Column: Sendable, Hashable {
        public var header: String
        /// The header used in CSV output (machine-friendly, no units).
        public var key: String
        public var alignment: Alignment

        public init(_ header: String, key: String, _ alignment: Alignment = .left) {
            self.header = header
            self.key = key
            self.alignment = alignment
        }
    }

    public var title: String
    public var columns: [Column]
    public var rows: [[Cell]]
    public var notes: [String]

    public init(title: String, columns: [Column], rows: [[Cell]], notes: [String] = []) {
        self.title = title
        self.columns = columns
        self.rows = rows
        self.notes = notes
    }

    /// Renders as aligned text, CSV or Markdown (JSON is rendered from the answer itself).
    public func render(_ format: OutputFormat) -> String {
        switch format {
        case .table, .json: return renderText()
        case .csv: return renderCSV()
        case .markdown: return renderMarkdown()
        }
    }

    private func renderText() -> String {
        var widths = columns.map { $0.header.count }
        for row in rows {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], cell.text.count)
            }
        }
        func line(_ texts: [String]) -> String {
            texts.enumerated().map { index, text in
                let pad = String(repeating: " ", count: max(0, widths[index] - text.count))
                return columns[index].alignment == .right ? pad + text : text + pad
            }.joined(separator: "  ").trimmingTrailingSpaces()
        }
        var lines = [title, ""]
        lines.append(line(columns.map(\.header)))
        lines.append(widths.map { String(repeating: "─", count: $0) }.joined(separator: "  "))
        lines += rows.map { line($0.map(\.text)) }
        if !notes.isEmpty {
            lines.append("")
            lines += notes
        }
        return lines.joined(separator: "\n")
    }

    private func renderCSV() -> String {
        var lines = [columns.map { csvField($0.key) }.joined(separator: ",")]
        lines += rows.map { $0.map { csvField($0.raw) }.joined(separator: ",") }
        return lines.joined(separator: "\n")
    }

    private func renderMarkdown() -> String {
        func escape(_ text: String) -> String { text.replacingOccurrences(of: "|", with: "\\|") }
        var lines = ["**\(escape(title))**", ""]
        lines.append("| " + columns.map { escape($0.header) }.joined(separator: " | ") + " |")
        lines.append("|" + columns.map { $0.alignment == .right ? " ---: |" : " --- |" }.joined())
        lines += rows.map { "| " + $0.map { escape($0.text) }.joined(separator: " | ") + " |" }
        if !notes.isEmpty {
            lines.append("")
            lines += notes.map { "_\(escape($0))_  " }
        }
        return lines.joined(separator: "\n")
    }
}

private func csvField(_ text: String) -> String {
    if text.contains(",") || text.contains("\"") || text.contains("\n") {
        return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
    return text
}

extension String {
    fileprivate func trimmingTrailingSpaces() -> String {
        var text = self
        while text.last == " " { text.removeLast() }
        return text
    }
}

import Foundation

/// An article as the finder reads it: web pages carry characters that steer layout, not meaning.
///
/// - Soft hyphens and zero-width characters ("Handels\u{AD}defizit", "Russ\u{200B}land") are dropped,
///   so the word is the word.
/// - Narrow, thin and figure spaces ("1\u{202F}535 Millionen") become no-break spaces, which the
///   figure reader takes as a thousands separator like a blank.
/// - A combining mark after a base letter is composed with it where Unicode has the composed letter
///   ("Zo\u{308}lle" is "Zölle"); variation selectors, emoji skin tones and marks that follow no letter
///   are dropped.
///
/// Offsets of what is found in the clean text map back to the input (``original(_:)``), so every span
/// the checker reports points into the article as it was given.
struct CleanText {
    let text: String
    /// For each scalar of `text`, and one past its end, the offset in the input of the scalar it came from.
    private let origin: [Int]?
    /// The input's scalars, kept when the clean text differs, to cut the input's spans.
    private let input: [Unicode.Scalar]
    /// The clean text's scalars, kept likewise.
    private let scalars: [Unicode.Scalar]

    init(_ input: String) {
        let insertions = Self.tableUnits(input)
        guard !insertions.isEmpty || input.unicodeScalars.contains(where: Self.needsWork) else {
            text = input
            origin = nil
            self.input = []
            scalars = []
            return
        }
        self.input = Array(input.unicodeScalars)
        var scalars: [Unicode.Scalar] = []
        var origin: [Int] = []
        scalars.reserveCapacity(input.unicodeScalars.count)
        origin.reserveCapacity(input.unicodeScalars.count + 1)
        var offset = 0
        for scalar in input.unicodeScalars {
            defer { offset += 1 }
            if let unit = insertions[offset] {
                for inserted in unit.unicodeScalars {
                    scalars.append(inserted)
                    origin.append(offset)
                }
            }
            switch scalar.value {
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF:
                continue
            case 0x2007, 0x2009, 0x202F:
                scalars.append("\u{00A0}")
                origin.append(offset)
                continue
            default:
                break
            }
            if scalar.properties.generalCategory == .nonspacingMark {
                guard let base = scalars.last, base.properties.isAlphabetic else { continue }
                let composed = String(String.UnicodeScalarView([base, scalar])).precomposedStringWithCanonicalMapping
                if composed.unicodeScalars.count == 1, let single = composed.unicodeScalars.first {
                    scalars[scalars.count - 1] = single
                    continue
                }
            }
            scalars.append(scalar)
            origin.append(offset)
        }
        origin.append(offset)
        text = String(String.UnicodeScalarView(scalars))
        self.scalars = scalars
        self.origin = origin
    }

    /// A table's words said once in its header ("US-Importe 2017 (Mrd. $)", "Change vs. 2012"), put before each
    /// figure of their column ("Frankreich | US-Importe 2017 48,9 Mrd. US-Dollar | ggü. 2016 +47,1 %"), the unit
    /// after each bare number; keyed by the input offset (in scalars) they go before. A table is two or more lines
    /// in a row with the same number of "|" (at least one); its first line is the header, its first column the
    /// rows' names.
    static func tableUnits(_ input: String) -> [Int: String] {
        guard input.contains("|") else { return [:] }
        var lines: [(start: Int, text: [Unicode.Scalar])] = []
        var current: [Unicode.Scalar] = []
        var start = 0
        var offset = 0
        for scalar in input.unicodeScalars {
            if scalar == "\n" {
                lines.append((start, current))
                current = []
                start = offset + 1
            } else {
                current.append(scalar)
            }
            offset += 1
        }
        lines.append((start, current))
        func bars(_ line: [Unicode.Scalar]) -> Int { line.filter { $0 == "|" }.count }
        var insertions: [Int: String] = [:]
        var index = 0
        while index < lines.count {
            let count = bars(lines[index].text)
            var end = index + 1
            while count > 0, end < lines.count, bars(lines[end].text) == count { end += 1 }
            defer { index = max(index + 1, end) }
            guard count > 0, end - index >= 2 else { continue }
            let headers = cells(lines[index].text).map { String(String.UnicodeScalarView($0)) }
            let units = headers.map(unit(inHeader:))
            // (A header names the column's flow and period, "US-Importe 2017", "Change vs. 2012": each figure
            // below is read with its column's words before it.)
            let labels = headers.map { header -> String? in
                let label = header.split(separator: "(").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                return label.contains(where: \.isLetter) ? label : nil
            }
            guard labels.dropFirst().contains(where: { $0 != nil }) else { continue }
            for row in lines[(index + 1)..<end] {
                for (column, cell) in cells(row.text).enumerated() where column > 0 && column < headers.count {
                    guard let first = cell.firstIndex(where: { !$0.properties.isWhitespace }),
                        let last = cell.lastIndex(where: { !$0.properties.isWhitespace }),
                        cell.contains(where: { $0.properties.numericType != nil }),
                        cell.filter({ $0.properties.isAlphabetic }).count <= 6
                    else { continue }
                    let bare = cell.allSatisfy {
                        $0.properties.numericType != nil || ",.+-−  ".unicodeScalars.contains($0)
                    }
                    // (Only where the cell alone does not say what it is: a bare number, or a percent, whose
                    // header gives the base. "China | $440.4 bn" reads well as it is; "China | U.S. imports, 2013
                    // $440.4 bn" would make China the importer.)
                    guard bare || cell.contains("%") else { continue }
                    if let label = labels[column] { insertions[row.start + first, default: ""] += label + " " }
                    if bare, let unit = units[column] { insertions[row.start + last + 1, default: ""] += " " + unit }
                }
            }
        }
        return insertions
    }

    /// The cells of a table line (slices keep the line's indices).
    private static func cells(_ line: [Unicode.Scalar]) -> [ArraySlice<Unicode.Scalar>] {
        var result: [ArraySlice<Unicode.Scalar>] = []
        var from = 0
        for (position, scalar) in line.enumerated() where scalar == "|" {
            result.append(line[from..<position])
            from = position + 1
        }
        result.append(line[from..<line.count])
        return result
    }

    /// The money unit a header cell names in parentheses: "(Mrd. $)", "(in Mio. US-Dollar)", "($ bn)", "(billion
    /// USD)"; `nil` for none.
    static func unit(inHeader header: String) -> String? {
        guard let open = header.lastIndex(of: "("), let close = header.lastIndex(of: ")"), open < close else {
            return nil
        }
        let inner = header[header.index(after: open)..<close].lowercased()
            .replacingOccurrences(of: "in ", with: "")
        let words = inner.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).map(String.init)
        let scales: [String: String] = [
            "mrd.": "Mrd.", "mrd": "Mrd.", "milliarden": "Milliarden", "mio.": "Mio.", "mio": "Mio.",
            "millionen": "Millionen", "bn": "billion", "billion": "billion", "billions": "billion", "m": "million",
            "mn": "million", "million": "million", "millions": "million", "tn": "trillion", "trillion": "trillion",
        ]
        let currencies: Set<String> = ["$", "us$", "usd", "dollar", "us-dollar", "dollars"]
        guard let scale = words.compactMap({ scales[$0] }).first, words.contains(where: currencies.contains),
            words.allSatisfy({ scales[$0] != nil || currencies.contains($0) })
        else { return nil }
        return ["Mrd.", "Milliarden", "Mio.", "Millionen"].contains(scale) ? "\(scale) US-Dollar" : "\(scale) dollars"
    }

    /// Whether the input has anything to clean (most articles do not: they are read as given).
    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0x2007, 0x2009,
            0x202F:
            return true
        case 0...0x2FF:
            return false
        default:
            return scalar.properties.generalCategory == .nonspacingMark
        }
    }

    /// Whether the clean text differs from the input.
    var changed: Bool { origin != nil }

    /// The input offset of a clean-text offset (in Unicode scalars).
    func original(_ offset: Int) -> Int {
        guard let origin else { return offset }
        return origin[min(max(offset, 0), origin.count - 1)]
    }

    /// The clean text between two of its offsets.
    func slice(_ start: Int, _ end: Int) -> String {
        guard changed, start >= 0, start <= end, end <= scalars.count else { return "" }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<end])
        return String(text)
    }

    /// The input's text between two clean-text offsets, with their input offsets.
    func originalSpan(start: Int, end: Int) -> TextSpan {
        let from = original(start)
        let to = max(from, original(end))
        guard changed else { return TextSpan(text: "", start: from, end: to) }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: input[from..<to])
        return TextSpan(text: String(text), start: from, end: to)
    }
}

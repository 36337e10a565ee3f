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
        let all = Array(input.unicodeScalars)
        let insertions = Self.tableUnits(input)
        let wraps = Self.lineWraps(all)
        guard !insertions.isEmpty || !wraps.isEmpty || all.contains(where: Self.needsWork) else {
            text = input
            origin = nil
            self.input = []
            scalars = []
            return
        }
        self.input = all
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
            switch wraps[offset] {
            case .drop?:
                continue
            case .space?:
                scalars.append(" ")
                origin.append(offset)
                continue
            case nil:
                break
            }
            // Windows and web-form line ends ("\r\n", which Swift reads as one character) and old Mac ones ("\r")
            // are line breaks like any other.
            if scalar == "\r" {
                if offset + 1 < self.input.count, self.input[offset + 1] == "\n" { continue }
                scalars.append("\n")
                origin.append(offset)
                continue
            }
            // (A footnote mark right after a word or figure, "$2.1 billion¹", is not part of it.)
            if Self.superscriptDigits.contains(scalar.value), let last = scalars.last, !last.properties.isWhitespace {
                continue
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
            var units = headers.map(unit(inHeader:))
            // ("U.S. goods imports from Saudi Arabia ($ billion, Census basis)" above "Year | Imports": a caption's
            // unit holds for every column that names none.)
            if units.allSatisfy({ $0 == nil }),
                let caption = lines[max(0, index - 3)..<index].reversed()
                    .lazy.compactMap({ captionUnit(String(String.UnicodeScalarView($0.text))) }).first
            {
                units = headers.indices.map { $0 == 0 ? nil : caption }
            }
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

    /// The unit a table's caption line gives in round brackets, before any comma ("(billions of current U.S. dollars,
    /// Census basis)", "($ billion, Census basis)"); a line with a bar is no caption.
    static func captionUnit(_ line: String) -> String? {
        guard !line.contains("|"), let open = line.lastIndex(of: "("), let close = line.lastIndex(of: ")"),
            open < close
        else { return nil }
        let inner = line[line.index(after: open)..<close]
        let first = inner.split(separator: ",").first.map(String.init) ?? ""
        let fillers: Set<String> = ["of", "current", "nominal", "u.s.", "us", "amerikanischen", "laufenden"]
        let kept = first.split(whereSeparator: { $0 == " " || $0 == "\u{00A0}" }).filter {
            !fillers.contains($0.lowercased())
        }
        return unit(inHeader: "(" + kept.joined(separator: " ") + ")")
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

    /// Superscript digits, footnote marks in text copied from PDFs and web pages.
    static let superscriptDigits: Set<UInt32> = [
        0x00B9, 0x00B2, 0x00B3, 0x2070, 0x2074, 0x2075, 0x2076, 0x2077, 0x2078, 0x2079,
    ]

    /// What becomes of a scalar of a hard-wrapped line end.
    enum Wrap { case space, drop }

    /// Words a line of running text can end with but a heading, a list item or a sentence cannot: after one of them
    /// the next line goes on with the same sentence.
    static let wrappingWords: Set<String> = [
        "the", "a", "an", "of", "to", "in", "on", "at", "for", "from", "with", "and", "or", "but", "by", "than", "as",
        "was", "were", "is", "are", "its", "their", "about", "some", "nearly", "almost", "around", "roughly", "over",
        "under", "between", "into", "while", "which", "that", "had", "has", "have", "been", "be", "reached", "totaled",
        "totalled", "worth", "just", "only", "more", "less", "per", "der", "die", "das", "den", "dem", "des", "ein",
        "eine", "einen", "einem", "einer", "eines", "und", "oder", "aber", "mit", "nach", "von", "vom", "aus", "auf",
        "im", "ins", "für", "bei", "beim", "um", "als", "wie", "rund", "knapp", "fast", "mehr", "weniger", "zu", "zum",
        "zur", "über", "gegenüber", "sich", "an", "am", "bis", "seit", "gut", "etwa", "insgesamt", "sind", "ist", "war",
        "waren", "hat", "haben", "hatte", "wurde", "wurden", "lagen", "lag", "betrugen", "betrug", "erreichten",
        "erreichte", "noch", "nur",
    ]

    /// Abbreviations a sentence goes on after ("323,2 Mrd." / "Dollar, ein Plus …").
    static let wrappingAbbreviations: Set<String> = [
        "mrd", "mio", "bio", "tsd", "rd", "ca", "bzw", "vgl", "ggü", "gg", "vs", "approx", "bn", "mn", "nr", "no",
    ]

    /// Words after a line-end hyphen that keep it: "Export-" / "und Importzahlen".
    static let coordinating: Set<String> = ["und", "oder", "bis", "sowie", "and", "or", "to"]

    /// Line breaks inside a paragraph that a PDF, an e-mail or a narrow column put in the middle of a sentence,
    /// keyed by input offset (in scalars): the break becomes a blank, and a word split at the line end ("Han-" /
    /// "delsdefizit") is joined again. A line goes on in the next one when the next starts with a small letter
    /// (after anything but a colon, semicolon or sentence end), or when the line ends with a comma, a hyphen after
    /// a letter, or a word that cannot end a heading or a sentence ("the", "nach", "rund"). Blank lines, list
    /// items, table rows and lines ending a sentence stay as they are.
    static func lineWraps(_ scalars: [Unicode.Scalar]) -> [Int: Wrap] {
        var breaks: [Int] = []
        for (offset, scalar) in scalars.enumerated() where scalar == "\n" { breaks.append(offset) }
        guard !breaks.isEmpty else { return [:] }
        func isBlank(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.isWhitespace && scalar != "\n" }
        let bullets = Set("•-–—▪*·>|".unicodeScalars)
        // Each line's length without its blanks at either end (0 for a blank line).
        let lineLength = zip([0] + breaks.map { $0 + 1 }, breaks + [scalars.count]).map { start, end in
            guard let first = scalars[start..<end].firstIndex(where: { !$0.properties.isWhitespace }),
                let last = scalars[start..<end].lastIndex(where: { !$0.properties.isWhitespace })
            else { return 0 }
            return last - first + 1
        }
        let width = hardWrappedWidths(lineLength)
        var wraps: [Int: Wrap] = [:]
        for (index, newline) in breaks.enumerated() {
            let lineStart = index == 0 ? 0 : breaks[index - 1] + 1
            let nextEnd = index + 1 < breaks.count ? breaks[index + 1] : scalars.count
            var last = newline - 1
            while last >= lineStart, isBlank(scalars[last]) { last -= 1 }
            var first = newline + 1
            while first < nextEnd, isBlank(scalars[first]) { first += 1 }
            guard last >= lineStart, first < nextEnd else { continue }
            let line = scalars[lineStart...last]
            let next = scalars[first..<nextEnd]
            guard !line.contains("|"), !line.contains("\t"), !next.contains("|"), !next.contains("\t"),
                !bullets.contains(scalars[first]),
                // ("08:30 ET *U.S. JUNE GOODS … DEFICIT $55.2 BLN" / "08:30 ET *MEXICO TOP …": wire flashes and a live
                // blog's entries, each line opened by its time, are items of a list.)
                !(startsWithTime(scalars[first..<nextEnd]) && startsWithTime(line))
            else { continue }
            let end = scalars[last]
            let start = scalars[first]
            var wordStart = last
            while wordStart > lineStart, scalars[wordStart - 1].properties.isAlphabetic { wordStart -= 1 }
            let lastWord = String(String.UnicodeScalarView(scalars[wordStart...last])).lowercased()
            var nextWordEnd = first
            while nextWordEnd < nextEnd, scalars[nextWordEnd].properties.isAlphabetic { nextWordEnd += 1 }
            let nextWord = String(String.UnicodeScalarView(scalars[first..<nextWordEnd])).lowercased()
            let lowercase = start.properties.isLowercase
            // (A sentence's end, also inside a quote or a bracket: "… sagte er.“")
            var stop = last
            while stop > lineStart, "\"'”“»«)]’".unicodeScalars.contains(scalars[stop]) { stop -= 1 }
            let endsSentence = ":;.!?".unicodeScalars.contains(scalars[stop])
            if end == "-", last > lineStart, scalars[last - 1].properties.isAlphabetic, start.properties.isAlphabetic {
                if lowercase && coordinating.contains(nextWord) {
                    wraps[newline] = .space
                } else {
                    // ("Russ-" / "land" is "Russland"; "US-" / "Exporte" is "US-Exporte".)
                    if lowercase { wraps[last] = .drop }
                    for offset in (last + 1)..<first { wraps[offset] = .drop }
                }
                continue
            }
            if (lowercase && !endsSentence) || end == ","
                || (end.properties.isAlphabetic && wrappingWords.contains(lastWord))
                || (end == "." && wrappingAbbreviations.contains(String(lastWord.dropLast())))
                || (width[index] > 0 && Double(lineLength[index]) >= 0.6 * Double(width[index])
                    && !endsSentence)
            {
                wraps[newline] = .space
            }
        }
        return wraps
    }

    /// Whether a line opens with a time of day ("08:30", "14.32 Uhr", "9:05 a.m."): one or two digits, a colon or
    /// a period, two digits, then a blank.
    static func startsWithTime(_ line: ArraySlice<Unicode.Scalar>) -> Bool {
        var digits = line.drop(while: { $0.properties.isWhitespace })
        let hours = digits.prefix(while: { ("0"..."9").contains($0) }).count
        guard (1...2).contains(hours) else { return false }
        digits = digits.dropFirst(hours)
        guard let mark = digits.first, mark == ":" || mark == "." else { return false }
        digits = digits.dropFirst()
        let minutes = digits.prefix(while: { ("0"..."9").contains($0) }).count
        guard minutes == 2 else { return false }
        return digits.dropFirst(2).first.map { $0.properties.isWhitespace } ?? false
    }

    /// For each line, its paragraph's width when the paragraph is hard-wrapped, else 0: lines of such a paragraph
    /// (three lines or more, 40 characters wide or more, every line but a heading first and the last running close
    /// to the width) end where the width ran out, not where a sentence did.
    static func hardWrappedWidths(_ lineLength: [Int]) -> [Int] {
        var width = Array(repeating: 0, count: lineLength.count)
        var first = 0
        while first < lineLength.count {
            guard lineLength[first] > 0 else {
                first += 1
                continue
            }
            var last = first
            while last + 1 < lineLength.count, lineLength[last + 1] > 0 { last += 1 }
            let widest = lineLength[first...last].max() ?? 0
            if last - first >= 2, widest >= 40,
                lineLength[(first + 1)..<last].allSatisfy({ Double($0) >= 0.7 * Double(widest) })
            {
                for line in first...last { width[line] = widest }
            }
            first = last + 1
        }
        return width
    }

    /// Whether the input has anything to clean (most articles do not: they are read as given).
    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0x2007, 0x2009,
            0x202F, 0x0D:
            return true
        case _ where superscriptDigits.contains(scalar.value):
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

import Foundation
import TradeModel

/// Splits an article into sentences, keeping each sentence's exact position.
///
/// A sentence ends at `.`, `!` or `?` followed by a blank and a capital letter, digit or
/// quote, and at every line break. A period does not end a sentence after a known
/// abbreviation ("U.S.", "z. B.", "Mrd.", "Jan."), inside a number ("3.5", "1.249.411") or
/// after a German ordinal before a month or a noun that takes one ("am 24. Februar", "im 1. Quartal").
struct SentenceSplitter {
    static let abbreviations: Set<String> = [
        // English
        "u.s", "u.k", "e.u", "mr", "mrs", "ms", "dr", "prof", "st", "no", "vs", "etc", "e.g", "i.e", "approx", "est",
        "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
        "bn", "mn", "u.s.a",
        // German
        "z", "b", "z.b", "u.a", "u", "a", "d.h", "v.a", "bzw", "ca", "rd", "mrd", "mio", "bio", "tsd", "nr", "vgl",
        "ggf",
        "inkl", "evtl", "sog", "usw", "dt", "jh", "jhd", "mill", "okt", "dez", "abs", "art", "s", "hr", "fr",
    ]

    static let monthWords: Set<String> = [
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "dezember", "january", "february", "march", "may", "june", "july", "october", "december",
    ]

    /// Nouns a German ordinal comes before: "im 1. Quartal", "im 2. Halbjahr", "auf dem 3. Platz".
    static let ordinalNouns: Set<String> = [
        "quartal", "quartals", "halbjahr", "halbjahres", "halbjahrs", "jahreshälfte", "platz", "rang", "stelle",
        "monat", "monats", "jahrhundert", "jahrhunderts",
    ]

    func split(_ text: String) -> [TextSpan] {
        var offsets = ScalarOffsets(text)
        var spans: [TextSpan] = []
        var start = text.startIndex
        var index = text.startIndex

        func emit(upTo end: String.Index) {
            var first = start
            while first < end, text[first].isWhitespace { first = text.index(after: first) }
            var last = end
            while last > first, text[text.index(before: last)].isWhitespace { last = text.index(before: last) }
            if first < last {
                spans.append(
                    TextSpan(
                        text: String(text[first..<last]), start: offsets.offset(of: first),
                        end: offsets.offset(of: last)))
            }
        }

        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            if character == "\n" {
                emit(upTo: index)
                start = next
            } else if character == "." || character == "!" || character == "?" {
                var after = next
                // Closing quotes and brackets belong to the sentence.
                while after < text.endIndex, "\"”“»«')".contains(text[after]) { after = text.index(after: after) }
                if after == text.endIndex
                    || (text[after].isWhitespace && isBoundary(text, period: index, character, after))
                {
                    emit(upTo: after)
                    start = after
                    index = after
                    continue
                }
            }
            index = next
        }
        emit(upTo: text.endIndex)
        return spans
    }

    private func isBoundary(_ text: String, period: String.Index, _ mark: Character, _ after: String.Index) -> Bool {
        // The next non-blank character must start a sentence.
        var next = after
        while next < text.endIndex, text[next].isWhitespace, text[next] != "\n" { next = text.index(after: next) }
        guard next < text.endIndex else { return true }
        let following = text[next]
        if text[next] == "\n" { return true }
        guard following.isUppercase || following.isNumber || "\"„“»(".contains(following) else { return false }
        guard mark == "." else { return true }
        // The word before the period.
        var wordStart = period
        while wordStart > text.startIndex {
            let previous = text.index(before: wordStart)
            if text[previous].isWhitespace || "(\"„“".contains(text[previous]) { break }
            wordStart = previous
        }
        let word = text[wordStart..<period].lowercased()
        if Self.abbreviations.contains(word) { return false }
        if word.count == 1, word.first?.isLetter == true { return false }
        // "am 24. Februar": a day number before a month name.
        if !word.isEmpty, word.count <= 2, word.allSatisfy(\.isNumber) {
            var end = next
            while end < text.endIndex, text[end].isLetter { end = text.index(after: end) }
            let following = text[next..<end].lowercased()
            if Self.monthWords.contains(following) || Self.ordinalNouns.contains(following) { return false }
        }
        return true
    }
}

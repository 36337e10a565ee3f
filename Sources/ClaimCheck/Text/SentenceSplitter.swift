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
        "z", "b", "z.b", "u.a", "u", "a", "d.h", "v.a", "bzw", "ca", "rd", "mrd", "mia", "mio", "sfr", "bio", "tsd",
        "nr", "vgl",
        "ggf", "ggü", "gg", "vj", "hj", "vorj", "vm", "vormon", "mrz", "gem", "lt", "mind",
        "inkl", "evtl", "sog", "usw", "dt", "jh", "jhd", "mill", "okt", "dez", "abs", "art", "s", "hr", "fr",
    ]

    static let monthWords: Set<String> = [
        "januar", "jänner", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
        "november", "dezember", "january", "february", "march", "may", "june", "july", "october", "december",
    ]

    /// Nouns a German ordinal comes before: "im 1. Quartal", "im 2. Halbjahr", "auf dem 3. Platz".
    static let ordinalNouns: Set<String> = [
        "quartal", "quartals", "halbjahr", "halbjahres", "halbjahrs", "jahreshälfte", "platz", "rang", "stelle",
        "monat", "monats", "jahrhundert", "jahrhunderts", "vierteljahr", "vierteljahres", "vj", "hj",
    ]

    /// Initials of a country that can end a sentence.
    static let countryInitials: Set<String> = ["u.s", "u.k", "u.s.a", "e.u"]

    /// Capitalised words that go on a name after "U.S." rather than start a sentence.
    static let nameHeads: Set<String> = [
        "census", "trade", "commerce", "department", "treasury", "president", "customs", "international", "secretary",
        "senate", "house", "congress", "navy", "army", "air", "federal", "government", "administration", "bureau",
        "chamber", "embassy", "ambassador", "agency", "energy", "geological", "steel", "court", "supreme", "justice",
        "state", "representative", "senator", "rep", "sen", "gov", "dollar", "dollars", "attorney", "national",
        "central", "military", "forces", "open", "postal", "securities", "food", "coast", "marines", "council",
        "office", "labor", "bank", "treasuries", "export-import", "ex-im", "general", "farm", "southern", "northern",
        "midwest", "gulf", "west", "east",
    ]

    /// Words that begin a sentence and never go on a name.
    static let sentenceStarters: Set<String> = [
        "the", "a", "an", "but", "and", "in", "on", "at", "for", "that", "this", "these", "those", "it", "its", "he",
        "she", "they", "we", "yet", "so", "still", "meanwhile", "however", "while", "with", "after", "before",
        "since", "as", "by", "from", "over", "last", "there", "then", "also", "overall", "imports", "exports",
    ]

    /// Abbreviations of a money scale, which may end a sentence ("USD 11.6 bn.").
    static let scaleAbbreviations: Set<String> = ["bn", "mn", "mrd", "mio", "bio"]

    /// Capitalised words that open a sentence and never follow a scale as what it counts: the sentence starters
    /// (not the flow nouns among them) and German ones.
    static let openers: Set<String> = sentenceStarters.subtracting(["imports", "exports"]).union([
        "der", "die", "das", "im", "in", "auch", "doch", "damit", "dabei", "zudem", "es", "er", "sie", "wir", "aber",
        "und", "noch", "während", "bei", "seit", "nach", "mit", "für", "dies", "diese", "dieser", "dennoch", "trotzdem",
        "allerdings", "insgesamt", "zum", "zur", "vom", "ein", "eine", "einen",
    ])

    /// Whether the capitalised word at `index` opens a sentence ("In", "Die"), after a scale's abbreviation.
    private func opensSentence(_ text: String, at index: String.Index) -> Bool {
        var end = index
        while end < text.endIndex, text[end].isLetter { end = text.index(after: end) }
        let word = text[index..<end]
        return word.first?.isUppercase == true && Self.openers.contains(word.lowercased())
    }

    /// Whether the capitalised word at `index` starts a sentence after a country's initials: a
    /// capitalised word followed by a lower-case one, and not the head of a name.
    private func startsSentence(_ text: String, at index: String.Index) -> Bool {
        var end = index
        while end < text.endIndex, text[end].isLetter || text[end] == "-" || text[end] == "'" {
            end = text.index(after: end)
        }
        let word = text[index..<end]
        if word.first?.isUppercase == true, Self.sentenceStarters.contains(word.lowercased()) { return true }
        guard let first = word.first, first.isUppercase, word.count > 1,
            !word.dropFirst().contains(where: \.isUppercase)
        else { return false }
        if Self.nameHeads.contains(word.lowercased()) { return false }
        var next = end
        while next < text.endIndex, text[next] == " " { next = text.index(after: next) }
        guard next > end, next < text.endIndex else { return false }
        return text[next].isLowercase
    }

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
                // ("… bis einschließlich Juni vorliegen.1) Danach lagen …": a footnote number with a closing bracket,
                // right after a word's period, belongs to the sentence.)
                if after == next, after < text.endIndex, text[after].isNumber, index > text.startIndex,
                    text[text.index(before: index)].isLetter
                {
                    var close = after
                    while close < text.endIndex, text[close].isNumber, text.distance(from: after, to: close) < 2 {
                        close = text.index(after: close)
                    }
                    if close < text.endIndex, text[close] == ")", text.index(after: close) < text.endIndex,
                        text[text.index(after: close)].isWhitespace
                    {
                        after = text.index(after: close)
                    }
                }
                // ("… last year.[3] In May alone": so does a footnote mark.)
                if after < text.endIndex, text[after] == "[" {
                    var close = text.index(after: after)
                    while close < text.endIndex, text[close].isNumber { close = text.index(after: close) }
                    if close < text.endIndex, text[close] == "]", close > text.index(after: after) {
                        after = text.index(after: close)
                    }
                }
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
        // "… the largest supplier to the U.S. Crude oil tops the list": a country's initials end a
        // sentence when a capitalised common word follows, not a name ("U.S. Census Bureau").
        if Self.countryInitials.contains(word) { return startsSentence(text, at: next) }
        // ("No. Germany ranked third …", a fact-check's answer: "No." ends a sentence unless a number follows, "No. 1".)
        if word == "no", !following.isNumber { return true }
        // ("… had stood at USD 11.6 bn. In 2022 it was 83% wider": a scale's abbreviation ends a sentence when a word
        // that only opens one follows, not a currency or a noun it counts: "2,5 Mrd. Dollar", "3 Mio. Tonnen".)
        if Self.scaleAbbreviations.contains(word) { return opensSentence(text, at: next) }
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

import Foundation
import TradeModel

/// A country or group named in a sentence.
struct CountryMention: Sendable, Hashable {
    /// How the country is written.
    enum Form: Sendable, Hashable {
        /// "Russia", "Russland", "the United States".
        case name
        /// "Russian", "russische", "amerikanischen".
        case adjective
        /// "US-Exporte", "EU-Importe".
        case prefix
        /// "Russia's", "Russlands".
        case genitive
    }

    var code: String
    var form: Form
    /// The index of the first token of the mention.
    var token: Int
    /// The number of tokens it spans.
    var count: Int
    var range: Range<String.Index>
}

/// Finds the countries and groups a sentence names, by the country catalog's names and
/// aliases: multi-word names ("Vereinigten Staaten"), adjectives with German endings
/// ("russischen"), compound prefixes ("US-Exporte") and genitives ("Russia's"), by looking up
/// word n-grams in hash tables (fast enough for long articles).
struct CountryMatcher: Sendable {
    private var names: [String: String] = [:]
    /// Short all-capital aliases ("US", "EU", "UK"), matched case-sensitively.
    private var capitals: [String: String] = [:]
    private var adjectives: [String: String] = [:]
    /// One-word adjectives and demonyms the catalog writes with a capital ("Irish", the German noun "Ire"): written in
    /// lower case they are other words ("Washington's ire").
    private var capitalizedAdjectives: Set<String> = []
    private var prefixes: [String: String] = [:]
    /// Capitals standing for their country ("Beijing", "Brussels"); not in a dateline written in
    /// capitals ("WASHINGTON, Feb 5 -") nor as a prefix ("London-based").
    private var cities: [String: String] = [:]
    private var longest = 1
    /// First words of multi-word names, so most words skip the n-gram lookups.
    private var firstWords: Set<String> = []

    /// Names too common as ordinary words to stand for a country on their own.
    // ("die Volksrepublik" alone means China in trade news, as the aliases say.)
    private static let ignored: Set<String> = ["world", "welt", "the world", "die welt", "union"]

    init(catalog: CountryCatalog) {
        for alias in catalog.aliases {
            switch alias.kind {
            case .name:
                addName(alias.text, alias.code)
            case .adjective:
                let words = alias.text.lowercased().split(separator: " ")
                let key = words.joined(separator: " ")
                // ("South African", "North Korean", "Costa Rican": a country's adjective of two words is looked up whole;
                // a region's, "North American", is read by the rules of regions.)
                if words.count > 1, let first = words.first {
                    guard alias.code.count == 3 else { continue }
                    firstWords.insert(String(first))
                    longest = max(longest, words.count)
                }
                if adjectives[key] == nil { adjectives[key] = alias.code }
                if words.count == 1, alias.text.first?.isUppercase == true { capitalizedAdjectives.insert(key) }
            case .prefix:
                let key = alias.text.hasSuffix("-") ? String(alias.text.dropLast()) : alias.text
                if prefixes[key] == nil { prefixes[key] = alias.code }
            case .capital:
                let words = alias.text.split(separator: " ")
                cities[words.map { $0.lowercased() }.joined(separator: " ")] = alias.code
                longest = max(longest, words.count)
                if words.count > 1, let first = words.first { firstWords.insert(first.lowercased()) }
            }
        }
        for country in catalog.all where country.kind == .country {
            addName(country.nameEN, country.code)
            addName(country.nameDE, country.code)
        }
    }

    private mutating func addName(_ text: String, _ code: String) {
        let words = text.split(separator: " ")
        if text.count <= 4, text == text.uppercased(), text.first?.isLetter == true {
            if capitals[text] == nil { capitals[text] = code }
            return
        }
        let key = words.map { $0.lowercased() }.joined(separator: " ")
        guard !Self.ignored.contains(key) else { return }
        if names[key] == nil { names[key] = code }
        longest = max(longest, words.count)
        if words.count > 1, let first = words.first { firstWords.insert(first.lowercased()) }
    }

    /// The countries named in a sentence, in order, without overlaps (longest match first).
    func mentions(in tokens: [Token]) -> [CountryMention] {
        var found: [CountryMention] = []
        var index = 0
        while index < tokens.count {
            // ("The US sold US$7.9 billion": a currency's sign, "US$", "HK$", "S$", is no country.)
            if let mention = match(at: index, tokens), !Self.signsCurrency(mention, tokens),
                !Self.isTheState(mention, tokens)
            {
                found.append(mention)
                if let second = secondPart(of: mention, tokens) { found.append(second) }
                index += mention.count
            } else {
                index += 1
            }
        }
        return found
    }

    /// Whether "Georgia" is the U.S. state: beside another state ("Florida und Georgia", "Georgia and the Carolinas",
    /// "Alabama, Georgia"), after a city of its own ("Atlanta, Georgia") or called a state ("the state of Georgia").
    private static func isTheState(_ mention: CountryMention, _ tokens: [Token]) -> Bool {
        guard mention.code == "GEO", mention.count == 1 else { return false }
        let index = mention.token
        func word(_ offset: Int) -> String {
            tokens.indices.contains(index + offset) ? tokens[index + offset].lower : ""
        }
        func isState(_ word: String) -> Bool {
            let stem = word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : word
            return Lexicon.usStates.contains(stem) || ["carolinas", "dakotas"].contains(stem)
        }
        let joins: Set<String> = ["and", "und", "or", "oder", "sowie"]
        if isState(word(-1)) || isState(word(1)) { return true }
        if joins.contains(word(-1)), isState(word(-2)) || isState(word(-3)) { return true }
        if joins.contains(word(1)), isState(word(2)) || isState(word(3)) { return true }
        return ["atlanta", "savannah", "state", "bundesstaat", "bundesstaats", "bundesstaates", "us-bundesstaat"]
            .contains(word(-1)) || (word(-1) == "of" && word(-2) == "state")
    }

    /// Whether a one-word mention is written right before a dollar sign ("US$", "HK$", "S$"): a currency.
    private static func signsCurrency(_ mention: CountryMention, _ tokens: [Token]) -> Bool {
        guard mention.count == 1 else { return false }
        let base = tokens[mention.token].text.base
        let end = mention.range.upperBound
        if end < base.endIndex && base[end] == "$" { return true }
        // ("the US bought US $45.9 billion more": "US $" with a blank, before a number, where no preposition or
        // article makes "US" the country: "sold to the US $5 billion of goods".)
        guard tokens[mention.token].text == "US", end < base.endIndex, base[end] == " " else { return false }
        let rest = base[base.index(after: end)...]
        guard rest.hasPrefix("$"), rest.dropFirst().first?.isNumber == true else { return false }
        let before = mention.token > 0 ? tokens[mention.token - 1].lower : ""
        return !["to", "from", "with", "the", "into", "in", "for", "by", "of", "and", "than"].contains(before)
    }

    private func match(at index: Int, _ tokens: [Token]) -> CountryMention? {
        // ("with Latin America's largest economy": a region the catalog has no name for, not America.)
        if index > 0, tokens[index - 1].lower == "latin", tokens[index].lower.hasPrefix("america") { return nil }
        // Multi-word names, longest first ("the" is skipped by the catalog keys already).
        let maximum = firstWords.contains(tokens[index].lower) ? min(longest, tokens.count - index) : 1
        for length in stride(from: maximum, through: 1, by: -1) {
            let slice = tokens[index..<(index + length)]
            // "GROSSBRITANNIEN" in capitals is "Großbritannien".
            var key = length == 1 ? tokens[index].lower : slice.map(\.lower).joined(separator: " ")
            if length == 1, names[key] == nil, slice.first?.text.allSatisfy({ !$0.isLowercase }) == true,
                key.contains("ss")
            {
                let sharp = key.replacingOccurrences(of: "ss", with: "ß")
                if names[sharp] != nil { key = sharp }
            }
            var form = CountryMention.Form.name
            if key.hasSuffix("'s") || key.hasSuffix("’s") {
                key = String(key.dropLast(2))
                form = .genitive
            }
            let range = slice.first!.range.lowerBound..<slice.last!.range.upperBound
            if let code = names[key], !Self.isCommonWord(key, at: index, tokens) {
                return CountryMention(code: code, form: form, token: index, count: length, range: range)
            }
            if length > 1, let code = adjectives[key] {
                return CountryMention(code: code, form: .adjective, token: index, count: length, range: range)
            }
            if let code = cities[key], slice.contains(where: { $0.text.contains(where: \.isLowercase) }) {
                return CountryMention(code: code, form: form, token: index, count: length, range: range)
            }
            if length == 1 {
                // Capitals ("US", "U.S.", "EU's") start with a capital letter.
                let text = slice.first!.text
                if text.first?.isUppercase == true {
                    let raw =
                        text.contains("'") || text.contains("’")
                        ? String(text).replacingOccurrences(of: "’s", with: "").replacingOccurrences(of: "'s", with: "")
                        : String(text)
                    if let code = capitals[raw]
                        ?? (raw.contains(".") ? capitals[raw.replacingOccurrences(of: ".", with: "")] : nil)
                    {
                        return CountryMention(code: code, form: form, token: index, count: 1, range: range)
                    }
                }
                // German genitive: "Russlands", "Chinas"; of a capital: "Seouls Überschuss", "Pekings Exporte".
                if key.hasSuffix("s"), key.count > 4, let code = names[String(key.dropLast())] {
                    return CountryMention(code: code, form: .genitive, token: index, count: 1, range: range)
                }
                if key.hasSuffix("s"), key.count > 4, let code = cities[String(key.dropLast())],
                    slice.first?.text.first?.isUppercase == true,
                    slice.first?.text.contains(where: \.isLowercase) == true
                {
                    return CountryMention(code: code, form: .genitive, token: index, count: 1, range: range)
                }
            }
        }
        let token = tokens[index]
        let lower = token.lower
        for ending in Self.adjectiveEndings
        where lower.utf8.count > ending.utf8.count + 2 && lower.hasSuffix(ending) {
            // ("Imports from the islands": a common word, not Iceland.)
            if lower.hasPrefix("island"), token.text.first?.isUppercase != true { break }
            let stem = String(lower.dropLast(ending.count))
            if capitalizedAdjectives.contains(stem), token.text.first?.isUppercase != true { continue }
            if let code = adjectives[stem] {
                // ("der Deutschen Presse-Agentur", "die Deutsche Bank": a name, not the country.)
                if index + 1 < tokens.count, Self.institutions.contains(tokens[index + 1].lower),
                    token.text.first?.isUppercase == true
                {
                    return nil
                }
                return CountryMention(code: code, form: .adjective, token: index, count: 1, range: token.range)
            }
        }
        if token.text.contains("-"), let code = compoundCodes(token.text).first {
            return CountryMention(code: code, form: .prefix, token: index, count: 1, range: token.range)
        }
        return nil
    }

    /// Nouns that make a capitalized country adjective before them the name of an institution or company.
    private static let institutions: Set<String> = [
        "presse-agentur", "bank", "bundesbank", "bahn", "telekom", "post", "börse", "welle", "lufthansa",
        "press", "airlines",
    ]

    private static let adjectiveEndings = ["", "e", "en", "er", "es", "em", "n", "s"]

    /// The countries of a hyphenated compound, in order and each once: "US-Exporte" (USA),
    /// "US-Russland-Handel" (USA, RUS), "russisch-amerikanische" (RUS, USA), "Russian-American",
    /// "Sino-American". A part is a prefix, a capital alias, a name or an adjective with a German ending.
    private func compoundCodes(_ text: Substring) -> [String] {
        var codes: [String] = []
        var byAdjective = 0
        for part in text.split(separator: "-") {
            let raw = String(part)
            let lower = raw.lowercased()
            var code = prefixes[raw] ?? capitals[raw.replacingOccurrences(of: ".", with: "")] ?? names[lower]
            var adjective = false
            if code == nil {
                for ending in Self.adjectiveEndings
                where lower.utf8.count > ending.utf8.count + 2 && lower.hasSuffix(ending) {
                    if let found = adjectives[String(lower.dropLast(ending.count))] {
                        code = found
                        adjective = true
                        break
                    }
                }
            }
            if let code, !codes.contains(code) {
                codes.append(code)
                if adjective { byAdjective += 1 }
            }
        }
        // ("Chinese-owned", "German-based": an adjective names a country only beside another one; "British-made",
        // "Mexican-built" goods come from it.)
        let origin: Set<String> = ["made", "built", "grown", "produced", "manufactured", "assembled", "sourced"]
        if codes.count == 1, byAdjective == 1, let last = text.split(separator: "-").last,
            origin.contains(last.lowercased())
        {
            return codes
        }
        if codes.count < 2, byAdjective > 0 { return [] }
        // ("vor dem geplanten EU-Austritt Großbritanniens", "EU-Kommission", "EU-Gipfel": an event or an institution of
        // the country, not trade with it.)
        let events = [
            "austritt", "beitritt", "kommission", "kommissar", "gipfel", "parlament", "abgeordnet", "mitgliedschaft",
            "referendum", "ratspräsidentschaft", "wahl",
        ]
        if codes.count == 1, let last = text.split(separator: "-").last?.lowercased(),
            events.contains(where: { last.hasPrefix($0) })
        {
            return []
        }
        // ("gegenüber einem Nato-Partner", "ein EU-Mitglied", "a NATO ally": one member of a group, which stands for
        // the country spoken of, not for the group.)
        let members = ["partner", "mitglied", "verbündet", "ally", "allies", "member", "staat", "land"]
        if codes.count == 1, let code = codes.first, code.count > 3 || code == "EU",
            let last = text.split(separator: "-").last?.lowercased(),
            members.contains(where: { last.hasPrefix($0) }), !last.hasSuffix("länder"), !last.hasSuffix("staaten")
        {
            return []
        }
        return codes
    }

    /// "the island" is no Iceland ("Island"), "the emirate" no Emirates ("die Emirate"): a name that is also a
    /// common word counts only capitalized and not after an English article; the noun refers back to the country
    /// named before.
    private static func isCommonWord(_ key: String, at index: Int, _ tokens: [Token]) -> Bool {
        guard key == "island" || key == "emirate" else { return false }
        let capitalized = tokens[index].text.first?.isUppercase == true
        let afterArticle = index > 0 && ["the", "this", "that", "an", "a"].contains(tokens[index - 1].lower)
        return !capitalized || afterArticle
    }

    /// The second country of a compound such as "US-Russia", "US-russische" or "russisch-amerikanische", if any.
    func secondPart(of mention: CountryMention, _ tokens: [Token]) -> CountryMention? {
        guard mention.form == .prefix, mention.count == 1 else { return nil }
        let token = tokens[mention.token]
        guard let code = compoundCodes(token.text).first(where: { $0 != mention.code }) else { return nil }
        return CountryMention(code: code, form: .adjective, token: mention.token, count: 1, range: token.range)
    }
}

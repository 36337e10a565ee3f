/// A word of a sentence and where it is.
struct Token: Sendable, Hashable {
    var text: Substring
    var range: Range<String.Index>
    /// The word in lower case, made once.
    let lower: String

    init(text: Substring, range: Range<String.Index>, lower: String? = nil) {
        self.text = text
        self.range = range
        self.lower = Self.unswissed(lower ?? text.lowercased())
    }

    /// Swiss German writes "ss" for "ß" ("der grösste Handelspartner", "Aussenhandel"): the words the rules read are
    /// spelled as in Germany.
    static func unswissed(_ word: String) -> String {
        guard word.contains("ss") else { return word }
        var word = word
        for (swiss, german) in swissSpellings where word.contains(swiss) {
            word = word.replacingOccurrences(of: swiss, with: german)
        }
        return word
    }

    private static let swissSpellings: [(String, String)] = [
        ("grösst", "größt"), ("grösser", "größer"), ("aussenhandel", "außenhandel"), ("ausserhalb", "außerhalb"),
    ]
}

/// English contractions read as their two words: "It's more than …" as "it is", "isn't among the ten largest" as
/// "is not", so that the words after a pronoun or a negation are read as if written out. ("Russia's" stays one
/// word: a genitive.)
private func splitContraction(_ token: Token, in sentence: String) -> [Token] {
    let lower = token.lower
    guard lower.count >= 4, let apostrophe = sentence[token.range].lastIndex(where: { $0 == "'" || $0 == "’" }),
        apostrophe > token.range.lowerBound
    else { return [token] }
    let stem = String(lower[..<lower.index(lower.endIndex, offsetBy: -2)])
    if lower.hasSuffix("'s") || lower.hasSuffix("’s"),
        ["it", "that", "there", "what", "here", "he", "she", "who", "where"].contains(stem)
    {
        return [
            Token(text: sentence[token.range.lowerBound..<apostrophe], range: token.range.lowerBound..<apostrophe),
            Token(
                text: sentence[apostrophe..<token.range.upperBound], range: apostrophe..<token.range.upperBound,
                lower: "is"),
        ]
    }
    if lower.hasSuffix("n't") || lower.hasSuffix("n’t") {
        let verb = String(lower.dropLast(3))
        guard
            ["is", "was", "are", "were", "does", "did", "has", "have", "had", "do", "could", "would", "should"]
                .contains(verb)
        else { return [token] }
        let n = sentence.index(before: apostrophe)
        return [
            Token(text: sentence[token.range.lowerBound..<n], range: token.range.lowerBound..<n),
            Token(text: sentence[n..<token.range.upperBound], range: n..<token.range.upperBound, lower: "not"),
        ]
    }
    return [token]
}

/// Shorthand of business pages and wire copy, in lower case, and the word each stands for.
private let shorthand: [String: String] = ["ggü": "gegenüber", "vgl": "verglichen"]

/// Splits a sentence into words: runs of letters and digits, keeping inner periods ("U.S."),
/// hyphens ("US-Exporte"), apostrophes ("Russia's") and decimal separators ("3,5").
func tokenize(_ sentence: String) -> [Token] {
    var tokens: [Token] = []
    var index = sentence.startIndex
    while index < sentence.endIndex {
        guard sentence[index].isLetter || sentence[index].isNumber || sentence[index] == "$" || sentence[index] == "€"
        else {
            index = sentence.index(after: index)
            continue
        }
        let start = index
        if sentence[index] == "$" || sentence[index] == "€" {
            index = sentence.index(after: index)
            tokens.append(Token(text: sentence[start..<index], range: start..<index))
            continue
        }
        while index < sentence.endIndex {
            let character = sentence[index]
            if character.isLetter || character.isNumber {
                index = sentence.index(after: index)
                continue
            }
            if ".-'’,".contains(character) {
                let next = sentence.index(after: index)
                if next < sentence.endIndex, sentence[next].isLetter || sentence[next].isNumber {
                    // Keep "U.S", "US-Exporte", "Russia's", "3,5"; not a comma between words.
                    if character == ","
                        && !(sentence[sentence.index(before: index)].isNumber && sentence[next].isNumber)
                    {
                        break
                    }
                    index = next
                    continue
                }
                // A trailing period of an abbreviation like "U.S." belongs to it.
                if character == ".", sentence[start..<index].contains(".") {
                    index = next
                }
            }
            break
        }
        let text = sentence[start..<index]
        // (Business-page shorthand read as the word it stands for: "+22,8 % ggü. April 2021".)
        let lower = text.count <= 4 ? shorthand[text.lowercased()] : nil
        tokens += splitContraction(Token(text: text, range: start..<index, lower: lower), in: sentence)
    }
    return tokens
}

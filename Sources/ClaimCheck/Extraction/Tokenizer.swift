/// A word of a sentence and where it is.
struct Token: Sendable, Hashable {
    var text: Substring
    var range: Range<String.Index>
    /// The word in lower case, made once.
    let lower: String

    init(text: Substring, range: Range<String.Index>) {
        self.text = text
        self.range = range
        self.lower = text.lowercased()
    }
}

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
        tokens.append(Token(text: sentence[start..<index], range: start..<index))
    }
    return tokens
}

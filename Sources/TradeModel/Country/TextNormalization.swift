import Foundation

extension String {
    /// A matching key: lower case, without diacritics, dots or a leading article, with
    /// blanks collapsed. "U.S.", "the US" and "us" share the key `us`; "Türkei" is `turkei`.
    public var matchingKey: String {
        var text = folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        text = text.replacingOccurrences(of: "ß", with: "ss")
        text = text.replacingOccurrences(of: ".", with: "")
        text = text.replacingOccurrences(of: "’", with: "'")
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" })
        var kept = words.map(String.init)
        if kept.count > 1, ["the", "die", "der", "den", "dem", "des"].contains(kept[0]) {
            kept.removeFirst()
        }
        return kept.joined(separator: " ")
    }
}

/// The edit distance between two strings (insertions, deletions, substitutions).
func editDistance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty { return b.count }
    if b.isEmpty { return a.count }
    var previous = Array(0...b.count)
    var current = [Int](repeating: 0, count: b.count + 1)
    for i in 1...a.count {
        current[0] = i
        for j in 1...b.count {
            let cost = a[i - 1] == b[j - 1] ? 0 : 1
            current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
        }
        swap(&previous, &current)
    }
    return previous[b.count]
}

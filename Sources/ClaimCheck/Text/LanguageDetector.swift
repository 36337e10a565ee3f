import TradeModel

/// Tells German from English by counting frequent function words.
public enum LanguageDetector {
    private static let german: Set<String> = [
        "der", "die", "das", "und", "ist", "im", "nicht", "mit", "von", "den", "dem", "zu", "auf", "für", "sich", "des",
        "ein", "eine", "einer", "wurde", "wurden", "nach", "aus", "bei", "auch", "noch", "rund", "jahr", "milliarden",
    ]
    private static let english: Set<String> = [
        "the", "and", "is", "of", "to", "in", "that", "with", "for", "was", "were", "from", "by", "on", "its", "it",
        "a", "an", "as", "billion", "million", "year", "has", "had",
    ]

    public static func detect(_ text: String) -> Language {
        var de = 0, en = 0
        for word in text.lowercased().split(whereSeparator: { !$0.isLetter }) {
            let key = String(word)
            if german.contains(key) { de += 1 }
            if english.contains(key) { en += 1 }
        }
        return de > en ? .de : .en
    }
}

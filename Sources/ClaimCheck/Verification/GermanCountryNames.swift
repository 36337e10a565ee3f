/// German country names that take an article ("die Schweiz", "aus der Schweiz", "mit den
/// Niederlanden", "aus dem Vereinigten Königreich"), by ISO code: the article and the dative form
/// where the name inflects. Names not listed take no article ("aus China", "mit Mexiko").
enum GermanCountryNames {
    enum Gender { case feminine, masculine, neuter, plural }

    static let gender: [String: Gender] = [
        "CHE": .feminine, "TUR": .feminine, "UKR": .feminine, "SVK": .feminine, "MNG": .feminine,
        "DOM": .feminine, "CAF": .feminine, "EU": .feminine, "WORLD": .feminine,
        "NLD": .plural, "PHL": .plural, "USA": .plural, "ARE": .plural, "BHS": .plural, "MDV": .plural,
        "SYC": .plural, "SLB": .plural, "MHL": .plural, "COM": .plural,
        "IRQ": .masculine, "IRN": .masculine, "LBN": .masculine, "YEM": .masculine, "SDN": .masculine,
        "TCD": .masculine, "NER": .masculine,
        "GBR": .neuter,
    ]

    /// Dative forms where the name itself inflects after the article.
    static let dativeName: [String: String] = [
        "GBR": "Vereinigten Königreich", "ARE": "Vereinigten Arabischen Emiraten", "EU": "Europäischen Union",
        "DOM": "Dominikanischen Republik", "CAF": "Zentralafrikanischen Republik", "NLD": "Niederlanden",
        "PHL": "Philippinen", "USA": "Vereinigten Staaten", "MDV": "Malediven", "BHS": "Bahamas",
    ]

    /// "die Schweiz", "der Irak", "das Vereinigte Königreich", "China".
    static func nominative(_ code: String, _ name: String) -> String {
        switch gender[code] {
        case .feminine: return "die " + name
        case .masculine: return "der " + name
        case .neuter: return "das " + name.replacingOccurrences(of: "Vereinigtes", with: "Vereinigte")
        case .plural: return "die " + name
        case nil: return name
        }
    }

    /// After "aus", "mit", "von": "der Schweiz", "dem Irak", "den Niederlanden", "China".
    static func dative(_ code: String, _ name: String) -> String {
        let inflected = dativeName[code] ?? name
        switch gender[code] {
        case .feminine: return "der " + inflected
        case .masculine, .neuter: return "dem " + inflected
        case .plural: return "den " + inflected
        case nil: return name
        }
    }

    /// The destination after exports: "nach China", "in die Schweiz", "in den Irak", "ins Vereinigte
    /// Königreich".
    static func destination(_ code: String, _ name: String) -> String {
        switch gender[code] {
        case .feminine, .plural: return "in die " + name
        case .masculine: return "in den " + name
        case .neuter: return "ins " + name.replacingOccurrences(of: "Vereinigtes", with: "Vereinigte")
        case nil: return "nach " + name
        }
    }
}

extension String {
    /// The string with its first letter upper-case, for a name opening a sentence ("Die Schweiz …").
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

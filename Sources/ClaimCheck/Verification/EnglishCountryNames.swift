/// English country names that take "the" inside a sentence ("imports from the Netherlands", "the trade balance with
/// the European Union"), by code. Names not listed take none ("imports from China").
enum EnglishCountryNames {
    static let definite: Set<String> = [
        "GBR", "NLD", "PHL", "ARE", "BHS", "DOM", "CAF", "USA", "MDV", "SYC", "SLB", "MHL", "COM", "CYM", "TCA",
        "VGB", "FLK", "FRO", "CCK", "COK", "GMB", "EU", "EURO_AREA", "PACIFIC_RIM",
    ]

    /// "the Netherlands", "China".
    static func withArticle(_ code: String, _ name: String) -> String {
        definite.contains(code) && !name.hasPrefix("the ") ? "the " + name : name
    }
}

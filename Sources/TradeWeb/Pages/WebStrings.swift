import TradeModel

/// The words of the web UI in English and German.
struct WebStrings: Sendable {
    let language: Language
    init(_ language: Language) { self.language = language }
    private var de: Bool { language == .de }

    var tagline: String {
        de
            ? "tradecheck prüft, was Nachrichten über den internationalen Handel sagen, an den amtlichen Zahlen: Es findet jede Zahl zum Handel in einem Artikel, sucht die amtliche Zahl und sagt, ob sie stimmt – mit Quelle und Grafik."
            : "tradecheck checks what the news says about international trade against the official numbers: it finds each trade figure in an article, looks up the official one, and says whether it holds, with the source and a chart."
    }
    var footer: String {
        de
            ? "Daten: U.S. Census Bureau (amtliche Handelsstatistik der USA) und weitere amtliche Quellen. Angaben ohne Gewähr; jede Zahl nennt ihre Quelle."
            : "Data: U.S. Census Bureau (official U.S. trade statistics) and other official sources. Every figure names its source."
    }
    var lookUpPair: String { de ? "Länderpaar nachschlagen" : "Look up a country pair" }
    var reporter: String { de ? "Meldeland" : "Reporter" }
    var partner: String { de ? "Partnerland" : "Partner" }
    var show: String { de ? "Anzeigen" : "Show" }
    var examples: String { de ? "Beispiele" : "Examples" }
    var checkArticle: String { de ? "Artikel prüfen" : "Check an article" }
    var articleText: String { de ? "Artikeltext" : "Article text" }
    var orUpload: String { de ? "… oder eine .txt-Datei hochladen" : "… or upload a .txt file" }
    var articleLanguage: String { de ? "Sprache des Artikels" : "Article language" }
    var automatic: String { de ? "automatisch" : "automatic" }
    var publicationDate: String { de ? "Erscheinungsdatum (für „im Vorjahr“)" : "Publication date (for \"last year\")" }
    var check: String { de ? "Prüfen" : "Check" }
    var annualTitle: String { de ? "Jahreswerte" : "Per year" }
    var monthlyTitle: String { de ? "Monatswerte" : "Per month" }
    var topProducts: String { de ? "Wichtigste Waren" : "Top products" }
    var noProducts: String {
        de
            ? "Für diese Richtung enthält die Datenbank keine Angaben nach Waren."
            : "The store has no product detail for this direction."
    }
    var downloadSVG: String { de ? "Grafik als SVG" : "Chart as SVG" }
    var downloadCSV: String { de ? "Daten als CSV" : "Data as CSV" }
    var showTable: String { de ? "Tabelle anzeigen" : "Show the table" }
    var year: String { de ? "Jahr" : "Year" }
    var month: String { de ? "Monat" : "Month" }
    var peak: String { de ? "Höchstwert" : "Peak" }
    var claims: String { de ? "Geprüfte Angaben" : "Checked claims" }
    var noClaims: String {
        de
            ? "Keine prüfbaren Zahlen zum Handel gefunden. tradecheck sucht Werte, Veränderungen, Anteile, Höchststände und Rangfolgen zwischen Ländern."
            : "No checkable trade figures found. tradecheck looks for values, changes, shares, peaks and rankings between countries."
    }
    var claimed: String { de ? "Im Artikel" : "Claimed" }
    var official: String { de ? "Amtlich" : "Official" }
    var source: String { de ? "Quelle" : "Source" }
    var coverage: String { de ? "Abdeckung" : "Coverage" }
    var fullCitation: String { de ? "Vollständige Quellenangabe" : "Full citation" }
    func readAsOf(_ date: String) -> String {
        de
            ? "Relative Zeitangaben („im Vorjahr“, „im ersten Halbjahr“) gelesen zum \(date)."
            : "Relative periods (“last year”, “in the first half”) read as of \(date)."
    }
    var mirrorTitle: String {
        de ? "Spiegelstatistik: was jede Seite meldet" : "Mirror statistics: what each side reports"
    }
    var mirrorIntro: String {
        de
            ? "Die Exporte des einen Landes sind die Importe des anderen, doch die Zahlen beider Seiten weichen meist voneinander ab. Weitere Daten: tradecheck fetch comtrade."
            : "One country's exports are the other's imports, yet the two sides' figures rarely agree. More data: tradecheck fetch comtrade."
    }
    var error: String { de ? "Fehler" : "Error" }
    var back: String { de ? "Zur Startseite" : "Back to the start page" }
}

import Foundation
import TradeModel

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Words that signal flows, kinds of claims and products, in English and German.
enum Lexicon {
    /// The flow a word names, by stem contained in the lower-cased word.
    static func flow(of word: String) -> Flow? {
        if word.contains8("defizit") || word.contains8("deficit")
            || word.contains8("überschuss") || word.contains8("überschüss")
            || word.contains8("surplus") || word.contains8("lücke") || word.hasPrefix8("fehlbetrag") || word == "gap"
            || word == "shortfall" || word == "imbalance" || word.hasPrefix8("ungleichgewicht")
            || word.hasSuffix("-minus") || word.hasSuffix("-plus")
            || word.contains8("handelsbilanz") || word.contains8("warenbilanz") || word == "balance"
            // ("Das Handelsplus mit den Niederlanden", "das Handelsminus": a balance in one word.)
            || word.hasPrefix8("handelsplus") || word.hasPrefix8("handelsminus")
            // ("Mit keinem Land verdienen die Amerikaner im Warenhandel so viel wie mit den Niederlanden": what a
            // country earns in its trade with another is its surplus.)
            || earnVerbs.contains(word)
        {
            return .balance
        }
        if word.contains8("export") || word.contains8("ausfuhr") || word.hasPrefix8("verschifft") || word == "shipped"
            || word == "shipments" || word == "sold" || word.hasPrefix8("geliefert") || word.hasPrefix8("lieferung")
            || word.hasPrefix8("warenlieferung")
            || word.hasPrefix8("lieferte") || word == "liefern" || word == "liefert" || word == "liefere"
            || word.hasPrefix8("ausführ") || word == "ausgeführt"
            || word.hasPrefix8("ausgeführte")
        {
            return .exports
        }
        if word.contains8("import") || word.contains8("einfuhr") || word == "bought" || word == "purchases"
            || word == "kauft" || word == "kaufte" || word == "kauften" || word == "eingekauft" || word == "gekauft"
            || word == "spent"
            || word == "purchased" || word.hasPrefix8("bezog") || word == "bezogen" || word == "eingeführt"
            || word == "kommt" || word == "kamen" || word == "arrived" || word.hasPrefix8("einführ")
            || word.hasPrefix8("eingeführte")
            // "wie es dort einkauft", "als sie ihnen abkauft": buys.
            || [
                "einkauft", "einkaufen", "einkaufte", "einkauften", "abkauft", "abkaufen", "abkaufte", "abkauften",
                "abgekauft",
            ].contains(word)
        {
            return .imports
        }
        // ("haben die Vereinigten Staaten mit China Waren im Wert von 690 Milliarden Dollar gehandelt": traded.)
        if word == "ausgetauscht" || word == "tauschten" || word == "tauschte" || word == "exchanged"
            || ["austauschten", "austauschte", "austauschen", "austauscht", "tauschen", "tauscht"].contains(word)
            || word == "gehandelt"
            || word.hasSuffix("warenhandel") || word.hasSuffix("warenhandels") || word == "us-handel"
            || word == "us-handels" || word == "gesamthandels" || word == "außenhandels" || word == "warenaustauschs"
        {
            return .total
        }
        if ["kauften", "kaufte", "gekauft", "kaufen", "holten", "holte", "geholt", "bought", "buying", "buy", "buys"]
            .contains(word)
        {
            return .imports
        }
        if ["verkauften", "verkaufte", "verkauft", "verkaufen", "sold", "selling", "sell", "sells"].contains(word) {
            return .exports
        }
        // ("Mexico traded more goods with the United States than any other country": the two directions.)
        if word == "trade" || word == "trading" || word == "traded" || word == "commerce"
            || word.hasPrefix8("handelsvolumen")
            || word.hasPrefix8("warenumsatz") || word.hasPrefix8("handelsumsatz") || word.hasPrefix8("warenverkehr")
            || word.hasPrefix8("warenaustausch")
            || word == "handel" || word == "handels" || word.hasPrefix8("handelsvolum") || word == "turnover"
            || word.hasPrefix8("außenhandel") || word.hasPrefix8("gesamthandel")
            // "der US-Russland-Handel", "das China-Handelsvolumen"
            // ("Agrar-Handel", "Online-Handel": one kind of trade, not the pair's.)
            || ((word.hasSuffix("-handel") || word.hasSuffix("-handels"))
                && (word.filter { $0 == "-" }.count >= 2 || word.hasPrefix("us-") || word.hasPrefix("usa-")))
            || word.contains8("-handelsvolum")
        {
            return .total
        }
        return nil
    }

    /// German participles of trade verbs that close a clause in the perfect tense: "geliefert", "verkauft",
    /// "eingeführt", "bezogen".
    /// German finite forms of trade verbs (and those spelled like a participle), which may stand before their subject:
    /// "Im vergangenen Jahr verkaufte Deutschland …".
    static let germanFiniteTradeVerbs: Set<String> = [
        "verkaufte", "verkauften", "verkauft", "lieferte", "lieferten", "liefert", "exportierte", "exportierten",
        "exportiert", "importierte", "importierten", "importiert", "kaufte", "kauften", "kauft", "bezog", "bezogen",
        "bezieht", "führte", "führten", "führt", "verschiffte", "verschifften", "verschifft",
    ]

    /// English finite forms of trade verbs, which make a clause of the words around them: "the United States
    /// imported", "Vietnam sold". (Not "imports", "exports": nouns as often as verbs.)
    static let finiteTradeVerbs: Set<String> = [
        "imported", "exported", "bought", "sold", "shipped", "purchased", "buys", "sells", "ships", "purchases",
    ]

    static func isTradeParticiple(_ word: String) -> Bool {
        [
            "geliefert", "verkauft", "exportiert", "ausgeführt", "importiert", "eingeführt", "gekauft", "eingekauft",
            "bezogen", "abgenommen", "abgekauft", "verschifft",
        ].contains(word)
    }

    static func isSurplusWord(_ word: String) -> Bool {
        word.contains8("überschuss") || word.contains8("überschüss") || word.contains8("surplus")
            || word.hasSuffix("-plus") || word == "plus" || word.hasPrefix8("handelsplus")
            || earnVerbs.contains(word)
    }

    /// German verbs of earning: what a country earns in its trade with another is its surplus.
    static let earnVerbs: Set<String> = ["verdienen", "verdient", "verdiente", "verdienten"]

    /// Nouns for the neighbors of a country ("its two neighbors", "den beiden Nachbarländern").
    static let neighborNouns: Set<String> = [
        "neighbors", "neighbours", "nachbarn", "nachbarländern", "nachbarländer", "nachbarstaaten",
    ]

    /// Nouns for a group of countries a count names ("the two neighbors", "the five economies", "den beiden Ländern").
    static let countryGroupNouns = neighborNouns.union([
        "partners", "partnern", "partner", "countries", "länder", "ländern", "nations", "staaten", "economies",
        "markets", "märkte", "märkten", "volkswirtschaften",
    ])

    /// Words that count a group of countries ("the five economies", "both neighbours", "die beiden Nachbarn"): the
    /// cardinals and the words for two.
    static let countryCounts = RankFinder.cardinals.merging(["both": 2, "beide": 2, "beiden": 2]) { first, _ in first }

    /// Goods words that are also verbs ("which the Treasury watches"): goods only after one of ``beforeGoodsNoun``
    /// or before "and", "or", "from", "imports".
    static let verbLikeGoods: Set<String> = ["watches"]
    /// Words before a goods noun that make it the noun: an article, a preposition, an adjective of goods.
    static let beforeGoodsNoun: Set<String> = [
        "of", "and", "or", "the", "swiss", "luxury", "imported", "wrist", "smart", "on", "for", "in", "including",
        "like", "such", "as",
    ]

    /// Verbs of achieving a balance, after the country that achieves it ("Österreich erzielte einen Überschuss").
    static let achieveVerbs: Set<String> = [
        "erzielte", "erzielt", "erzielten", "verbuchte", "verbucht", "posted", "posts", "recorded", "records", "ran",
        "runs", "achieved",
    ]

    /// Words opening a sentence that point back to the figure before ("Das ist …", "That is …").
    static let pointBackWords: Set<String> = ["das", "dies", "that", "this", "it", "es"]

    /// German verbs of trading: "Die USA handelten 2012 mit Kanada Waren für …" (with "mit" after them, and not
    /// "handelt sich"; not the passive "gehandelt werden").
    static let tradeVerbs: Set<String> = ["handeln", "handelten", "handelte", "handelt"]

    /// Verbs of losing: "We lose $500 billion a year to China", "Verlieren die USA fast 100 Milliarden im
    /// Handel mit Kanada?": with a sum of money, a deficit.
    static let loseWords: Set<String> = [
        "lose", "loses", "losing", "lost", "verlieren", "verliert", "verlor", "verloren", "verlören", "verliere",
        "verlöre",
    ]

    /// Verbs of subsidizing: "We subsidize Canada to the tune of $200 billion a year", "Wir subventionieren Kanada mit
    /// 200 Milliarden Dollar": with a country right after and a sum of money, as politicians say a deficit.
    static let subsidizeWords: Set<String> = [
        "subsidize", "subsidizes", "subsidizing", "subsidized", "subsidise", "subsidises", "subsidising", "subsidised",
        "subventionieren", "subventioniert", "subventionierten", "subventionierte", "subventioniere",
    ]

    /// Whether the word at `index` subsidizes a trade partner named right after it ("subventionieren Kanada", "are
    /// subsidizing Canada"): what politicians say of a deficit, not money outside trade.
    static func subsidizes(_ words: [String], at index: Int, partnerTokens: Set<Int>) -> Bool {
        subsidizeWords.contains(words[index]) && partnerTokens.contains { $0 > index && $0 <= index + 2 }
    }

    /// Scale words of a sum of money ("$500 billion", "100 Milliarden").
    static let moneyScaleWords: Set<String> = [
        "billion", "million", "trillion", "milliarden", "millionen", "billionen", "mrd",
    ]

    /// Verbs of taking: "they took $151 billion from us", "nimmt uns … weg" (with "weg").
    static let takeWords: Set<String> = [
        "take", "takes", "took", "taking", "taken", "nimmt", "nahm", "nehme", "nehmen", "nahmen", "nähmen",
    ]
    /// … and of taking away in one word ("weggenommen", "wegnehmen").
    static let takeAwayWords: Set<String> = ["weggenommen", "wegnehmen", "wegnimmt", "wegnehme", "wegnahm"]

    static func isDeficitWord(_ word: String) -> Bool {
        word.contains8("defizit") || word.contains8("deficit") || word.contains8("lücke") || word == "gap"
            || word == "shortfall" || word.hasPrefix8("fehlbetrag") || word.hasSuffix("-minus") || word == "minus"
    }

    /// Words that add partners up ("zusammen", "combined").
    static let togetherWords: Set<String> = [
        "zusammen", "zusammengenommen", "zusammengerechnet", "addiert", "gemeinsam", "combined", "together", "jointly",
        "insgesamt",
    ]

    /// The noun after a compound's last hyphen, when it is a word of its own (five letters or more):
    /// "US-Handelspartner" → "handelspartner", "Top-Lieferant" → "lieferant".
    static func compoundHead(_ word: String) -> String? {
        guard let hyphen = word.lastIndex(of: "-") else { return nil }
        let head = word[word.index(after: hyphen)...]
        return head.count > 4 ? String(head) : nil
    }

    /// Pronouns that stand for the country a sentence is about: "it", "es", "sie", "er".
    static let countryPronouns: Set<String> = ["it", "es", "sie", "er"]

    /// Pronouns that stand for a measure named before ("Das Defizit … lag es bei …", "the deficit … it came to"):
    /// "es" for the neuter nouns (Defizit, Minus, Volumen), "er" for "Überschuss", "it" for any.
    static let measurePronouns: Set<String> = ["it", "es", "er"]

    /// Prepositions that set a frame at a sentence's start: "Im Handel mit Deutschland …", "In goods trade, …".
    static let framePrepositions: Set<String> = ["im", "in", "beim"]

    /// Words that may join a percent change and its amount: "a 28.5% increase ($14.6 billion)", "um 7,5 Prozent
    /// oder 9,7 Milliarden Dollar".
    static let amountJoiners: Set<String> = [
        "or", "oder", "bzw", "beziehungsweise", "increase", "decrease", "rise", "drop", "gain", "decline", "fall",
        "jump", "plus", "minus", "anstieg", "rückgang", "zuwachs", "zunahme", "abnahme", "einbruch", "loss", "verlust",
    ]

    /// Nouns of a change that name its amount after "of"/"von": "an increase of $8.3 billion", "ein Plus von 8,8
    /// Milliarden Dollar".
    /// ("a loss of $500 billion a year" alone is a deficit as politicians say it; only after a change is it the
    /// change's amount.)
    static let changeNounsBeforeAmount: Set<String> = amountJoiners.subtracting([
        "or", "oder", "bzw", "beziehungsweise", "loss", "verlust",
    ])
    .union(["growth", "surge", "slump", "wachstum", "steigerung"])

    /// A noun of a change, alone or as a compound of trade ("Plus", "Exportplus", "Einfuhrrückgang"): what may name
    /// its amount after "von"/"of" a few words on.
    static func isChangeNoun(_ word: String) -> Bool {
        changeNounsBeforeAmount.contains(word) || tradeChangeCompound(word) != nil
    }

    /// Words that place a statement now: "today", "heute", "inzwischen" (a ranking said of the present).
    static let nowWords: Set<String> = [
        "today", "now", "currently", "heute", "derzeit", "inzwischen", "mittlerweile", "längst",
    ]

    /// Adverbs set off by commas inside a clause, which open no clause of their own: "is not, however, the biggest".
    static let insertedAdverbs: Set<String> = [
        "however", "though", "jedoch", "allerdings", "indes", "freilich", "übrigens", "nevertheless", "nonetheless",
        "moreover", "also", "zudem", "aber", "doch",
    ]

    /// Words between "than" and the other side of a comparison: "larger than the one with Berlin", "höher als
    /// jenes gegenüber Deutschland".
    static let comparedSideFillers: Set<String> = [
        "the", "one", "ones", "that", "those", "jenes", "jene", "jener", "jenem", "das", "der", "die", "dem",
        "gegenüber", "for", "für",
    ]

    /// Forms of "to be" before "up $X" / "down $X" ("exports were down $2 billion").
    static let formsOfBe: Set<String> = ["was", "were", "is", "are", "be", "been", "being"]

    /// Nouns before "up $X" / "down $X" whose amount changed ("exports up $5 billion").
    static let changedAmountNouns: Set<String> = [
        "exports", "imports", "deficit", "surplus", "gap", "trade", "shipments", "sales", "purchases",
    ]

    /// Words after "over the" that make it a time, not "above": "over the same period", "over the past year".
    static let timeAfterOver: Set<String> = [
        "same", "past", "last", "period", "first", "course", "years", "months", "decade", "year",
    ]

    /// Verbs of publishing: a period right after one dates the report, not the figure ("reported last month").
    /// Nouns for a period's published figures ("the December figures", "die Zahlen für den Oktober").
    static let figuresNouns: Set<String> = ["figures", "data", "numbers", "zahlen", "daten"]

    static let reportingVerbs: Set<String> = [
        "reported", "announced", "published", "released", "said", "meldete", "veröffentlichte", "berichtete",
        "teilte", "erklärte",
    ]

    /// German reporting verbs that close a clause after its date: "wie das Ministerium im Februar mitteilte".
    static let closingReportingVerbs: Set<String> = [
        "mitteilte", "mitteilten", "meldete", "meldeten", "berichtete", "berichteten", "bekanntgab", "veröffentlichte",
        "erklärte", "mitgeteilt", "gemeldet", "bekanntgegeben", "veröffentlicht", "berichtet",
    ]

    /// Words between a reporting verb and its date: "said on Tuesday", "meldete Anfang Februar".
    static let reportTimeWords: Set<String> = [
        "on", "in", "am", "im", "anfang", "ende", "mitte", "earlier", "early", "late",
    ]

    /// Flow nouns a ranking is measured by: "counting imports alone", "bei den Einfuhren".
    static let measuringFlowNouns: [String: Flow] = [
        "imports": .imports, "importen": .imports, "einfuhren": .imports, "exports": .exports, "exporten": .exports,
        "ausfuhren": .exports, "trade": .total, "handel": .total,
    ]

    /// Words that measure a ranking by a flow: "counting imports", "by exports", "nach Importen".
    static let measuringWords: Set<String> = ["counting", "by", "in", "nach", "bei", "an"]

    /// "beider Länder", "the two countries": a pair, two words.
    static let pairWords: Set<String> = ["beider", "beiden", "both", "two"]
    static let pairNouns: Set<String> = ["länder", "ländern", "staaten", "countries", "nations"]

    /// "In December alone", "allein im Dezember": a part of the period the article speaks of.
    static let asideWords: Set<String> = ["alone", "allein", "alleine"]

    /// A percent's side of its base: "13 Prozent unter dem Wert von …", "5% above 2019".
    static let sideOfBaseWords: Set<String> = ["unter", "über", "below", "above"]

    /// Shipment nouns that say no direction of their own ("Lieferungen", "shipments").
    static let neutralShipmentNouns: Set<String> = ["lieferungen", "shipments", "deliveries", "sendungen"]

    static let troughWords = ["lowest", "tiefststand", "tiefstwert", "tiefpunkt", "niedrigsten", "trough"]

    static func isTrough(_ word: String) -> Bool {
        troughWords.contains(word) || word.hasPrefix8("tiefst") || word.hasPrefix8("niedrigst")
    }

    static func isRankObject(_ word: String) -> Bool {
        // ("US-Handelspartner", "Top-Lieferant": the noun after the compound's hyphen.)
        if let head = compoundHead(word), isRankObject(head) { return true }
        return [
            "partner", "partners", "market", "markets", "destination", "supplier", "suppliers", "customer", "buyer",
            "source",
        ].contains(word) || word.hasPrefix8("handelspartner") || word.hasPrefix8("abnehmer")
            || word.hasPrefix8("absatzmarkt") || word.hasPrefix8("lieferant") || word.hasPrefix8("exportmarkt")
            || word.hasPrefix8("zielland") || word.hasPrefix8("kunde") || word.hasPrefix8("bezugsland")
            || word.hasPrefix8("exportziel") || word.hasPrefix8("importquelle")
    }

    static func isShare(_ word: String) -> Bool {
        [
            "share", "accounted", "accounting", "accounts", "account", "made", "makes", "make", "anteil", "anteils",
            "entfielen", "entfiel", "entfällt", "entfallen", "ausmachten", "machte", "machten", "bruchteil", "fraction",
            "represented", "represents", "comprised", "supplied", "stammten", "stammte", "making", "comprising",
            "representing", "ausmachen", "ausmacht", "slice", "portion", "proportion",
        ].contains(word) || word.hasPrefix8("anteil")
    }

    static func isChange(_ word: String) -> Bool {
        let stems =
            [
                "fell", "fall", "drop", "plung", "collaps", "rose", "rise", "risen", "increas", "grew", "grow", "surg",
                "declin",
                "shrank", "shrunk", "slump", "jump", "soar", "tumbl", "sank", "sunk", "eingebrochen", "einbruch",
                "gesunken",
                "gefallen", "gestiegen", "zurückgegangen", "rückgang", "anstieg", "anstiegs", "zuwachs", "gewachsen",
                "wuchs",
                "sank", "stieg", "brach", "schrumpf", "geschrumpft", "zugelegt", "legte", "verringert", "verringerte",
                "minus",
                "cut", "halbiert", "verdoppelt", "doubled", "halved", "zurück", "gingen", "ging", "drop",
                "widen", "narrow", "climb", "gain", "advanc", "expand", "wuchs", "wachs", "zulegt", "legten", "kletter",
                "slip", "edged", "dipped", "dip", "rebound", "recover", "shed", "spiked", "balloon", "swell", "swoll",
                "angezogen", "zog", "gesteigert", "steigerte", "einbußen", "eingebüßt", "rutschte", "gerutscht",
                "erhöht", "increase", "decreas", "contract", "eased", "sackte", "schmolz", "rückläufig", "zuwächs",
                "vergrößert", "ausgeweitet", "weitete", "verringer", "abgenommen", "abnahm", "zunahm", "zugenommen",
                // The present tense of headlines: "brechen um 16 Prozent ein", "Einfuhren sinken", "wächst".
                "brech", "bricht", "sinkt", "sinken", "steigt", "steigen", "fällt", "wächst", "legt", "schmilzt",
                "schmelzen", "rutscht", "rutschen", "sackt", "sacken", "knickt", "knicken", "klettert",
                // Rises and falls in other forms: "fielen", "stürzten ab", "slid", "plummeted", "rocketed".
                "schnellt", "sprang", "explodier", "verdreifach", "vervielfach", "vervierfach", "verfünffach",
                "verzehnfach", "vertieft", "rocket", "skyrocket", "leap", "leapt", "tripl", "quadrupl", "deepen",
                // "erholten sich", "boosted", "slides" (the present of "slid").
                "erholt", "boosted", "boosts",
            ] + Self.moreDeclineStems
        guard !isFalseFriendOfChange(word) else { return false }
        return stems.contains { word.hasPrefix8($0) } || ["up", "down", "plus", "minus"].contains(word)
            || exactDeclineWords.contains(word) || tradeChangeCompound(word) != nil
    }

    /// "little changed", "unchanged", "held steady", "kaum verändert", "stagnierten": a trend of no move; the tokens
    /// that say it.
    static func flatTrend(in words: [String]) -> ClosedRange<Int>? {
        for index in words.indices {
            if index + 1 < words.count, flatQualifiers.contains(words[index]),
                ["changed", "verändert", "unchanged", "unverändert"].contains(words[index + 1])
            {
                return index...(index + 1)
            }
            if index + 1 < words.count, ["held", "stayed", "remained"].contains(words[index]),
                ["steady", "flat", "stable"].contains(words[index + 1])
            {
                return index...(index + 1)
            }
            if flatWords.contains(words[index]) { return index...index }
        }
        return nil
    }

    static let flatWords: Set<String> = [
        "unchanged", "stagnated", "stagnant", "unverändert", "stagnierte", "stagnierten", "stagniert", "stagnierend",
    ]
    /// Words before "changed", "verändert" that make it no change: "little changed", "kaum verändert".
    static let flatQualifiers: Set<String> = [
        "little", "barely", "largely", "virtually", "kaum", "nahezu", "fast", "weitgehend",
    ]

    /// Words that start like a rise or a fall but are none: "Sanktionen" ("sank"), "brachte" ("brach"), "fellow",
    /// "fallout", "diplomats" ("dip"), "downstream", "contracts", "zurückblicken" ("zurück").
    static func isFalseFriendOfChange(_ word: String) -> Bool {
        word == "contract" || falseFriendsOfChange.contains { word.hasPrefix8($0) }
            || (word.hasPrefix8("zurück") && returnNotFall.contains { word.dropFirst(6).hasPrefix($0) })
    }

    static let falseFriendsOfChange = [
        "sankt", "bracht", "fellow", "fallout", "diplom", "download", "downing", "downstream", "contractor",
        "contracts", "rosengarten", "leapfrog", "grower",
    ]
    /// "zurück" as back, not down: "zurückblicken", "zurückgekehrt", "zurückgezogen", "zurückhaltend".
    static let returnNotFall = [
        "blick", "schau", "kehr", "gekehrt", "zieh", "zog", "gezogen", "hol", "geholt", "zuhol", "halt", "schlag",
        "schläg", "leg", "zukehr", "geb", "gegeben", "weis", "gewiesen", "greif", "gegriffen", "kommen", "kam",
        "gekommen", "nehm", "genommen", "zuführen", "geführt", "führ",
    ]

    /// Comparatives that make a percentage a change when "than" / "als" follows.
    static func comparative(_ word: String) -> (change: Bool, decline: Bool) {
        switch word {
        case "lower", "less", "weniger", "niedriger", "smaller", "geringer", "narrower", "kleiner": return (true, true)
        case "higher", "more", "mehr", "höher", "larger", "größer", "wider", "bigger", "greater", "weiter":
            return (true, false)
        default: return (false, false)
        }
    }

    /// Words that make a change a decline.
    static func isDecline(_ word: String) -> Bool {
        let stems =
            [
                "fell", "fall", "drop", "plung", "collaps", "declin", "shrank", "shrunk", "slump", "tumbl", "sank",
                "sunk",
                "eingebrochen", "einbruch", "gesunken", "gefallen", "zurückgegangen", "rückgang", "brach", "schrumpf",
                "geschrumpft", "verringert", "verringerte", "minus", "cut", "halbiert", "halved", "zurück", "dropped",
                "slipp", "down", "lower", "narrow", "schmolz", "sackte", "abgesackt", "eingeknickt", "rückläufig",
                "verlor", "verloren", "decreas", "contract", "eased", "sunken", "abnahm", "abgenommen", "nachgegeben",
                "slip", "dipped", "shed", "einbußen", "eingebüßt", "rutschte", "gerutscht",
                "brech", "bricht", "sinkt", "sinken", "fällt", "schmilzt", "schmelzen", "rutscht", "rutschen", "sackt",
                "sacken", "knickt", "knicken", "verliert", "verlieren",
            ] + Self.moreDeclineStems
        guard !isFalseFriendOfChange(word) else { return false }
        return stems.contains { word.hasPrefix8($0) } || word == "down" || exactDeclineWords.contains(word)
            || tradeChangeCompound(word) == true
    }

    /// A change of one direction of trade in one German word: "Exportplus", "Einfuhrrückgang", "Importzuwachs"; whether
    /// it is a fall (nil: no such word). ("Handelsplus" is a surplus, not a rise.)
    static func tradeChangeCompound(_ word: String) -> Bool? {
        guard ["export", "import", "ausfuhr", "einfuhr"].contains(where: { word.hasPrefix8($0) }) else { return nil }
        if ["minus", "rückgang", "einbruch"].contains(where: { word.hasSuffix($0) }) { return true }
        if ["plus", "zuwachs", "anstieg", "wachstum"].contains(where: { word.hasSuffix($0) }) { return false }
        return nil
    }

    /// Falls written in forms too short to be stems ("fiel" would match "field", "slid" "slide").
    static let exactDeclineWords: Set<String> = ["fiel", "fielen", "slid", "sliding", "slide", "slides"]

    /// Falls in forms the lists above lacked: the German past "fiel(en)" and other verbs, English
    /// "slid", "plummeted", "shrinking".
    static let moreDeclineStems = [
        "stürz", "absturz", "abgestürzt", "bröckel", "büßte", "einbrach", "reduziert", "schwächt",
        "plummet", "shrink", "sink", "retreat", "sagg", "dwindl", "reced", "skid", "tanked", "crater",
        "nosediv", "weaken", "crash",
    ]

    /// Words saying figures have come out: "veröffentlicht", "released", "zeigten".
    static let releasedWords: Set<String> = [
        "veröffentlicht", "veröffentlichte", "veröffentlichten", "vorgelegt", "legte", "legten", "gemeldet", "meldete",
        "meldeten", "released", "published", "reported", "showed", "zeigten", "zeigte",
    ]

    /// Words saying something is still to come: "will", "erst", "due", "nächste".
    static let aheadWords: Set<String> = [
        "will", "wird", "werden", "erst", "soll", "sollen", "due", "expected", "morgen", "tomorrow", "next", "nächste",
        "nächsten", "kommende", "kommenden",
    ]

    /// Goods named in news, mapped to HS chapters (or headings).
    static let products: [(stem: String, code: String)] = [
        // (Ores before their metals: "Eisenerz" is HS 26, not iron.)
        ("iron ore", "26"), ("eisenerz", "26"), ("copper ore", "26"), ("kupfererz", "26"),
        ("düngemittel", "31"), ("dünger", "31"), ("fertiliz", "31"), ("fertilis", "31"), ("kalidünger", "31"),
        ("potash", "31"), ("platin", "71"), ("palladium", "71"), ("rhodium", "71"), ("edelmetall", "71"),
        ("bullion", "71"),
        ("precious metal", "71"), ("diamant", "71"), ("diamond", "71"), ("gold", "71"), ("edelstein", "71"),
        // (Nuclear fuel is enriched uranium, HS 28, not a mineral fuel.)
        ("kernbrennstoff", "28"), ("nuclear fuel", "28"), ("uran", "28"), ("radioaktiv", "28"), ("radioactive", "28"),
        ("anorganische", "28"), ("inorganic", "28"),
        ("chemikalie", "28"), ("chemicals", "28"),
        // (Seeds for oil are HS 12, oils of plants HS 15; only mineral oil is a fuel.)
        ("oilseed", "12"), ("oil seed", "12"), ("oleaginous", "12"), ("ölsaat", "12"), ("ölsamen", "12"),
        ("ölfrüchte", "12"), ("palm oil", "15"), ("olive oil", "15"), ("vegetable oil", "15"), ("palmöl", "15"),
        ("olivenöl", "15"), ("pflanzenöl", "15"), ("speiseöl", "15"), ("erdöl", "27"), ("rohöl", "27"), ("crude", "27"),
        ("oil", "27"),
        ("öl", "27"), ("gas", "27"), ("kohle", "27"), ("coal", "27"), ("petroleum", "27"), ("brennstoff", "27"),
        ("fuel", "27"), ("energy", "27"), ("energieimport", "27"), ("energieeinfuhr", "27"), ("energieexport", "27"),
        ("energieausfuhr", "27"), ("energieträger", "27"), ("energielieferung", "27"), ("impfstoff", "30"),
        ("vaccine", "30"), ("arznei", "30"), ("pharma", "30"), ("medicine", "30"),
        ("drugs", "30"),
        ("medikament", "30"), ("gemüse", "07"), ("vegetables", "07"),
        ("blut", "30"), ("blood", "30"), ("holz", "44"), ("wood", "44"), ("timber", "44"), ("lumber", "44"),
        ("electrical", "85"), ("elektrotechn", "85"), ("maschine", "84"), ("machinery", "84"),
        ("server", "84"), ("fisch", "03"),
        ("fish", "03"),
        ("seafood", "03"), ("meeresfrücht", "03"), ("stahl", "72"), ("steel", "72"), ("eisen", "72"), ("iron", "72"),
        // ("Luftfahrzeuge, Raumfahrzeuge und Teile davon": aircraft, HS 88; "Wasserfahrzeuge": ships, HS 89.)
        ("luftfahrzeug", "88"), ("raumfahrzeug", "88"), ("spacecraft", "88"), ("wasserfahrzeug", "89"),
        ("aluminium", "76"), ("aluminum", "76"), ("auto", "87"), ("fahrzeug", "87"), ("vehicle", "87"), ("cars", "87"),
        ("flugzeug", "88"), ("aircraft", "88"), ("halbleiter", "85"), ("semiconductor", "85"), ("chips", "85"),
        ("elektronik", "85"), ("electronic", "85"),
        // ("US-Elektroimporte", "Elektrogeräte": electrical goods; "Elektroautos" are cars.)
        ("elektroauto", "87"), ("elektrofahrzeug", "87"), ("elektro", "85"), ("smartphone", "85"), ("nickel", "75"),
        ("kupfer", "74"),
        ("copper", "74"), ("getreide", "10"), ("weizen", "10"), ("wheat", "10"), ("grain", "10"), ("cereal", "10"),
        ("soja", "12"),
        ("soybean", "12"), ("kunststoff", "39"), ("plastic", "39"), ("gummi", "40"), ("rubber", "40"),
        ("elektrisch", "85"), ("möbel", "94"), ("furniture", "94"), ("uhren", "91"), ("watches", "91"),
        ("spielzeug", "95"), ("toys", "95"),
        ("schuhe", "64"), ("footwear", "64"), ("shoes", "64"), ("sneakers", "64"), ("kaffee", "09"), ("coffee", "09"),
        ("wein", "22"), ("wine", "22"),
        ("whisky", "22"), ("whiskey", "22"), ("spirituosen", "22"), ("spirits", "22"), ("käse", "04"), ("cheese", "04"),
        ("optisch", "90"), ("optical", "90"), ("medizintechn", "90"), ("medical device", "90"),
        ("medical-device", "90"),
        ("kosmetik", "33"), ("cosmetics", "33"), ("parfum", "33"), ("perfume", "33"),
        ("live animal", "01"), ("cattle", "01"), ("livestock", "01"), ("lebende tier", "01"), ("lebenden tier", "01"),
        ("lebendvieh", "01"), ("rinder", "01"), ("fleisch", "02"), ("meat", "02"), ("beef", "02"), ("pork", "02"),
        ("blume", "06"), ("flower", "06"),
        ("getränk", "22"), ("beverage", "22"), ("drinks", "22"),
        ("bier", "22"), ("beer", "22"), ("knit", "61"), ("woven garment", "62"), ("woven cloth", "62"),
        ("woven apparel", "62"), ("woven wear", "62"), ("strickware", "61"), ("schmuck", "71"), ("jewel", "71"),
        ("organische chemikalie", "29"), ("organic chemical", "29"), ("organische", "29"), ("organic", "29"),
        ("obst", "08"), ("fruit", "08"), ("früchte", "08"), ("baumwoll", "52"), ("cotton", "52"), ("zucker", "17"),
        ("sugar", "17"), ("kakao", "18"), ("cocoa", "18"), ("tabak", "24"), ("tobacco", "24"), ("papier", "48"),
        ("paper", "48"),
        // Groups of chapters, checked against the sum of their chapters (`ClaimChecker.groupTrade`).
        // (Clothing is two chapters, knitted and woven: HS 61 and 62.)
        ("apparel", "61-62"), ("clothing", "61-62"), ("clothes", "61-62"), ("garment", "61-62"), ("kleidung", "61-62"),
        // ("the sixth-largest market for American farm products", "farm exports": the farm's goods, not a farm.)
        ("farm product", "AG"), ("farm good", "AG"), ("farm export", "AG"), ("farm import", "AG"),
        ("farm commodit", "AG"), ("farm shipment", "AG"), ("farm sale", "AG"),
        ("agricultur", "AG"), ("agrar", "AG"), ("food", "AG"), ("lebensmittel", "AG"), ("nahrungsmittel", "AG"),
        // Goods named by their everyday words, from the Harmonized System's chapter titles: dairy (04), fats and oils
        // (15), cork (45), boats (89), home textiles (63), carpets (57), ceramics (69), leather goods (42), tyres (40),
        // batteries and solar modules (85), spices and tea (09), fruit and nuts (08), seafood (03), meat (02), zinc (79),
        // pulp (47), wool (51), works of art (97); textiles as a whole are chapters 50 to 63.
        ("milch", "04"), ("dairy", "04"), ("molkerei", "04"), ("milk", "04"), ("honey", "04"), ("honig", "04"),
        ("edible oil", "15"), ("fats and", "15"), ("fette und", "15"), ("fetten und", "15"), ("vegetable fat", "15"),
        ("animal fat", "15"), ("speisefett", "15"),
        ("cork and", "45"), ("cork stopper", "45"), ("cork product", "45"), ("cork oak", "45"), ("korken", "45"),
        ("korkeiche", "45"), ("korkwaren", "45"), ("naturkork", "45"), ("yacht", "89"), ("jacht", "89"),
        ("boats", "89"), ("boote", "89"), ("floating structure", "89"), ("heimtextil", "63"), ("home textile", "63"),
        ("bettwäsche", "63"), ("bed linen", "63"), ("handtücher", "63"), ("towels", "63"), ("teppich", "57"),
        ("carpet", "57"), ("keramik", "69"), ("ceramic", "69"), ("glassware", "70"), ("handtasche", "42"),
        ("handbag", "42"), ("lederwaren", "42"), ("leather goods", "42"), ("reifen", "40"), ("tires", "40"),
        ("tyres", "40"), ("batterie", "85"), ("batteries", "85"), ("battery", "85"), ("solarmodul", "85"),
        ("solar panel", "85"), ("solar module", "85"), ("solarzelle", "85"), ("solar cell", "85"), ("gewürz", "09"),
        ("spices", "09"), ("tea", "09"), ("tee", "09"), ("nüsse", "08"), ("almond", "08"),
        ("mandeln", "08"), ("avocado", "08"), ("banan", "08"), ("ananas", "08"), ("pineapple", "08"),
        ("blueberr", "08"), ("heidelbeer", "08"), ("citrus", "08"), ("zitrus", "08"), ("shrimp", "03"),
        ("garnele", "03"), ("salmon", "03"), ("lachs", "03"), ("poultry", "02"), ("geflügel", "02"), ("lamb", "02"),
        ("mutton", "02"), ("zink", "79"), ("zinc", "79"), ("zellstoff", "47"), ("wood pulp", "47"),
        ("schafwolle", "51"), ("wool", "51"), ("artwork", "97"), ("kunstwerk", "97"), ("antiquitäten", "97"),
        ("textil", "50-63"),
    ]

    /// Whether a product code is a group of chapters ("AG" for farm and food goods, "61-62" for clothing, "28-38" for
    /// chemicals), not one chapter: a figure of it is checked against the chapters' sum, but it is no item of a list
    /// of goods and no rival of single chapters in a ranking of goods.
    static func isChapterGroup(_ code: String) -> Bool { code == "AG" || code.contains("-") }

    /// Goods named by a word narrower than the HS chapter the store answers for them: wine, beer and whisky are only
    /// part of chapter 22 (beverages), coffee of 09 (with tea and spices), beef of 02 (all meat), soybeans of 12.
    static let narrowGoodsStems: [String: [String]] = [
        "22": [
            "wine", "wein", "whisky", "whiskey", "bier", "beer", "spirituosen", "champagne", "champagner", "bourbon",
        ],
        "04": ["cheese", "käse"], "02": ["beef", "pork", "rindfleisch", "schweinefleisch", "poultry", "geflügel"],
        "09": ["coffee", "kaffee"], "10": ["wheat", "weizen"], "12": ["soybean", "sojabohne", "soja"],
        "01": ["cattle", "rinder"], "85": ["smartphone", "iphone"],
        "87": ["elektroauto", "elektrofahrzeug", "electric vehicle"], "71": ["schmuck", "jewel", "diamond", "diamant"],
        "95": ["toys", "spielzeug"], "90": ["medizintechn", "medical devices"], "33": ["parfum", "perfume"],
        "06": ["flower", "blume"],
    ]

    /// Whether a sentence (in lower case) names HS chapter `code` itself: "chapter 84", "Kapitel 22", "HS 3", "HS-87".
    static func namesChapter(_ lower: String, code: String) -> Bool {
        let number = String(Int(code) ?? -1)
        return ["chapter ", "kapitel ", "hs ", "hs-kapitel ", "hs-"].contains(where: {
            lower.contains($0 + code) || lower.contains($0 + number)
        })
    }

    /// Whether a sentence names the goods of chapter `code` by a word narrower than the chapter, and not the chapter
    /// itself ("Kapitel 22", "HS 22").
    static func namesGoodsWithinChapter(_ text: String, code: String) -> Bool {
        guard let stems = narrowGoodsStems[code] else { return false }
        let lower = text.lowercased()
        if namesChapter(lower, code: code) { return false }
        guard stems.contains(where: { lower.contains($0) }) else { return false }
        // ("Italy is the second-largest supplier of beverages, behind only Mexico, whose beer dominates": the chapter
        // named by its own word too.)
        let words = lower.split(whereSeparator: { !$0.isLetter && $0 != "-" }).map(String.init)
        return !words.contains { word in
            product(of: word) == code && !stems.contains(where: { word.contains($0) })
        }
    }

    /// The two-digit chapters of a group code ("AG": chapters 1 to 24, the Harmonized System's farm and food goods;
    /// "61-62"), without chapter 77, which the system keeps empty; `nil` for anything else.
    static func chapters(ofGroup code: String) -> [String]? {
        let bounds: (Int, Int)
        if code == "AG" {
            bounds = (1, 24)
        } else {
            let parts = code.split(separator: "-")
            guard parts.count == 2, let first = Int(parts[0]), let last = Int(parts[1]), 1 <= first, first < last,
                last <= 97
            else { return nil }
            bounds = (first, last)
        }
        return (bounds.0...bounds.1).filter { $0 != 77 }.map { $0 < 10 ? "0\($0)" : String($0) }
    }

    /// Stems that name a product only at the start of a word: "Uhren", not "Ausfuhren".
    static let prefixOnly: Set<String> = ["uhren"]
    /// Stems that name a product only as a whole word or a known compound: "gold", not "Goldman".
    static let wholeWordOnly: [String: Set<String>] = [
        // ("energy imports", "energy shipments": mineral fuels; not "energy-intensive", "energetic".)
        "energy": ["energy"],
        // ("a cup of tea", "Tee"; not "team", "teenager"; "honey", not "honeymoon"; "lamb", not "Lamborghini".)
        "tea": ["tea", "teas"], "tee": ["tee"], "honey": ["honey"], "lamb": ["lamb", "lambs"],
        "milk": ["milk", "milk-powder"], "battery": ["battery"], "wool": ["wool", "woollen", "woolen"],
        "reifen": ["reifen", "reifenhersteller", "reifenimporte", "reifenexporte"], "tires": ["tires"],
        "zink": ["zink", "zinks"],
        "gold": [
            "gold", "golds", "goldes", "goldbarren", "goldexport", "goldexporte", "goldimport", "goldimporte",
            "goldlieferungen", "goldhandel",
        ],
    ]

    /// Words that hold a product's stem and name no product ("Elektro- und Hybridautos": the first half of a shortened
    /// compound names no goods of its own).
    static let notProducts: Set<String> = [
        "fueling", "fuelling", "fueled", "fuelled", "refuel", "refueling", "elektro",
    ]
    /// Parts of words that hold a product's stem without naming the product: "transpazifisch" (no fish),
    /// "Regierungskreisen", "Energiepreisen" (no iron), "Diebstahl", "Autor", "autoritär", "Gastbeitrag",
    /// "coalition", "obstacles", "newspaper", "Wertpapier", "ironically", "Eisenbahn".
    static let productFalseFriends: [String: [String]] = [
        "fisch": ["ifisch", "afisch", "phisch"],
        "eisen": ["reisen", "weisen", "speisen", "gleisen", "meisen", "raiffeisen", "eisenbahn", "leisen"],
        "stahl": ["diebstahl"],
        "auto": ["autor", "autonom", "automat", "autobahn", "autokrat", "autoritä", "autogramm"],
        "cars": ["carsten"],
        "gas": ["gast", "gasse"],
        "coal": ["coalition"],
        "obst": ["obstac"],
        "paper": ["newspaper", "paperwork"],
        "papier": [
            "wertpapier", "arbeitspapier", "positionspapier", "strategiepapier", "eckpunktepapier", "thesenpapier",
            "frachtpapier", "grundsatzpapier", "diskussionspapier",
        ],
        "iron": ["ironi", "irony"],
        "server": ["observer"],
        "milch": ["milchmädchen", "milchbauer", "milchvieh", "milchkuh", "milchkühe"],
        "kupfererz": ["kupfererzeug"], "eisenerz": ["eisenerzeug"],
        "textil": ["textilwirtschaft"],
        "banan": ["bananenrepublik", "bananarepublik"],
        "boote": ["flüchtlingsboote"],
        // ("Bevor die Präsidentenmaschinen landen": aircraft of state, no machinery traded.)
        "maschine": ["präsidentenmaschine", "regierungsmaschine", "propagandamaschine", "wahlkampfmaschine"],
    ]

    /// The HS code a word names, if any.
    static func product(of word: String) -> String? {
        // "a 38% jump that is fueling skepticism": verbs made of a product's stem.
        if notProducts.contains(word) { return nil }
        // ("der US-Autoimporte", "US-Agrarexporte": the goods after the reporter's prefix.)
        // (Not "die US-Ölproduktion": only goods said as a flow.)
        for prefix in ["us-", "usa-", "u.s.-"]
        where word.hasPrefix(prefix) && word.count > prefix.count + 3
            && ["import", "export", "einfuhr", "ausfuhr", "liefer"].contains(where: { word.contains($0) })
        {
            return product(of: String(word.dropFirst(prefix.count)))
        }
        // ("aus dem ölreichen Nachbarland", "the oil-rich kingdom", "oil-producing nations": words that describe a
        // country by its goods, not goods traded.)
        // ("im Pharmabereich" names goods: a field, not a richness.)
        if ["reich", "reiche", "reichen", "reicher", "reiches"].contains(where: { word.hasSuffix($0) })
            && !word.contains("bereich")
            || ["-rich", "-producing", "-exporting"].contains(where: { word.hasSuffix($0) })
        {
            return nil
        }
        for entry in products
        where wholeWordOnly[entry.stem].map({ $0.contains(word) })
            ?? ((word.hasPrefix8(entry.stem)
                || (entry.stem.utf8.count >= 5 && !prefixOnly.contains(entry.stem) && word.contains8(entry.stem)))
                && !(productFalseFriends[entry.stem] ?? []).contains(where: { word.contains8($0) }))
        {
            return entry.code
        }
        return nil
    }

    /// The first words of the product entries of two words ("precious"): the only words worth pairing.
    static let twoWordProductStarts: Set<String> = Set(
        products.compactMap { entry in
            entry.stem.contains(" ") ? entry.stem.split(separator: " ").first.map(String.init) : nil
        })

    /// The HS code two words name together ("precious metals"), from the entries of two words.
    static func product(of first: String, _ second: String) -> String? {
        let pair = first + " " + second
        return products.first { $0.stem.contains(" ") && pair.hasPrefix8($0.stem) }?.code
    }

    /// Goods finer than the two-digit HS chapters the store holds: generics are a part of HS 30, where branded
    /// drugs decide a ranking; enriched uranium a part of HS 28.
    static let finerGoods: Set<String> = [
        "generika", "generics", "generic", "uranium", "uran", "smartphones", "smartphone", "iphones", "iphone",
    ]

    /// Words that speak of a reporter's trade with the whole world rather than one partner:
    /// "insgesamt", "overall", "total U.S. exports", "the whole deficit", "mit der Welt".
    static func speaksOfTheWhole<Words: Collection>(_ words: Words) -> Bool where Words.Element == String {
        let whole: Set<String> = [
            "insgesamt", "overall", "gesamte", "gesamten", "gesamtes", "gesamter", "gesamtdefizit", "gesamtexporte",
            "gesamtimporte", "gesamtexportvolumens", "gesamtexportvolumen", "weltweit", "worldwide", "global",
            "globale", "globalen", "all", "aller", "alle", "entire", "whole", "world", "welt", "nationwide", "total",
            "gesamt", "gesamthandel", "gesamtdefizits", "gesamtexporten", "gesamtimporten", "gesamteinfuhren",
            "gesamtausfuhren",
        ]
        let list = Array(words)
        return list.indices.contains { index in
            // ("die Einfuhren aus allen Ländern", "mit allen Handelspartnern": every partner.)
            if list[index] == "allen", index + 1 < list.count,
                ["ländern", "handelspartnern", "partnern", "staaten", "partnerländern"].contains(list[index + 1])
            {
                return true
            }
            guard whole.contains(list[index]), !wholeOfATime(list, at: index) else { return false }
            let next = index + 1 < list.count ? list[index + 1] : ""
            // ("Add it all up", "all told": a pronoun's, not the trade's.)
            if list[index] == "all", index > 0, ["it", "them", "this", "that"].contains(list[index - 1]) {
                return false
            }
            if list[index] == "all", next == "told" { return false }
            // ("the lowest annual total since 2010", "a monthly total of": a sum of a time, not all partners.)
            if list[index] == "total", index > 0,
                ["annual", "monthly", "yearly", "quarterly", "combined", "running", "cumulative", "lowest", "highest"]
                    .contains(list[index - 1])
            {
                return false
            }
            return true
        }
    }

    /// Whether the word of a whole at `index` is said of a time ("in all of 2023", "the whole year", "das gesamte
    /// Jahr", "the whole of last year", "all of this year"), not of the trade.
    static func wholeOfATime(_ list: [String], at index: Int) -> Bool {
        let times: Set<String> = [
            "year", "years", "month", "months", "quarter", "jahr", "jahres", "jahre", "monate", "monaten", "quartal",
            "period", "zeitraum", "decade", "jahrzehnt",
        ]
        let next = index + 1 < list.count ? list[index + 1] : ""
        let afterNext = index + 2 < list.count ? list[index + 2] : ""
        if times.contains(next) || (next == "the" && times.contains(afterNext)) { return true }
        if next == "of", afterNext.count == 4, Int(afterNext) != nil { return true }
        return next == "of" && ["last", "this", "that", "the", "next"].contains(afterNext) && index + 3 < list.count
            && times.contains(list[index + 3])
    }

    /// Whether the words say all goods ("overall", "insgesamt", "all", "gesamten", "total"), not all of a time
    /// ("im gesamten Jahr 2023").
    static func saysAllGoods(_ words: [String]) -> Bool {
        words.indices.contains { allGoodsWords.contains(words[$0]) && !wholeOfATime(words, at: $0) }
    }

    /// The region key of a ranking "on the continent", "auf dem Kontinent": the continent of the country ranked, which
    /// the checker knows.
    static let rankedCountrysContinent = "CONTINENT"

    /// The region a ranking is confined to, named in the words around its place ("the largest trading partner in
    /// Africa", "America's biggest European customer", "der zweitwichtigste europäische Lieferant", "innerhalb
    /// Europas", "on the continent"); not the European Union, which is a partner of its own.
    static func rankRegion(_ words: ArraySlice<String>) -> String? {
        let nouns: [String: String] = [
            "europe": "EUROPE", "europa": "EUROPE", "europas": "EUROPE", "africa": "AFRICA", "afrika": "AFRICA",
            "afrikas": "AFRICA", "asia": "ASIA", "asien": "ASIA", "asiens": "ASIA", "lateinamerika": "LATIN_AMERICA",
            "lateinamerikas": "LATIN_AMERICA", "südamerika": "SOUTH_AMERICA", "südamerikas": "SOUTH_AMERICA",
            "südostasien": "SOUTHEAST_ASIA", "südostasiens": "SOUTHEAST_ASIA", "nahost": "WEST_ASIA",
        ]
        let adjectives: [(String, String)] = [
            ("südostasiat", "SOUTHEAST_ASIA"), ("lateinamerikan", "LATIN_AMERICA"), ("südamerikan", "SOUTH_AMERICA"),
            ("europä", "EUROPE"), ("european", "EUROPE"), ("afrikan", "AFRICA"), ("african", "AFRICA"),
            ("asiat", "ASIA"), ("asian", "ASIA"),
        ]
        let list = Array(words)
        for (index, word) in list.enumerated() {
            let next = index + 1 < list.count ? list[index + 1] : ""
            // ("der drittgrößte Pharmalieferant der USA innerhalb der EU", "the largest market among EU members":
            // the Union's members.)
            let within: Set<String> = ["innerhalb", "within", "in", "unter", "among"]
            let opensGroup =
                index >= 1 && within.contains(list[index - 1])
                || index >= 2 && within.contains(list[index - 2])
                    && ["der", "den", "dem", "the"].contains(list[index - 1])
            if opensGroup,
                word == "eu" || ["eu-staaten", "eu-ländern", "eu-mitgliedern", "eu-mitgliedsstaaten"].contains(word)
                    || (["european", "europäischen"].contains(word) && next == "union")
            {
                return "EU"
            }
            if ["union", "eu", "commission", "kommission", "zentralbank", "central"].contains(next) { continue }
            if word == "latin" || word == "south", next == "america" {
                return word == "latin" ? "LATIN_AMERICA" : "SOUTH_AMERICA"
            }
            if word == "southeast", next == "asia" || next == "asian" { return "SOUTHEAST_ASIA" }
            if word == "middle", next == "east" || next == "eastern" { return "WEST_ASIA" }
            if word == "nahen", next == "osten" { return "WEST_ASIA" }
            if ["continent", "kontinent", "kontinents"].contains(word), index >= 1,
                ["the", "dem", "des", "this", "diesem"].contains(list[index - 1])
            {
                return rankedCountrysContinent
            }
            if let region = nouns[word] { return region }
            if let match = adjectives.first(where: { word.hasPrefix($0.0) }) { return match.1 }
        }
        return nil
    }

    /// The countries of each region a region adjective names ("the South American country", "das
    /// südostasiatische Land"), by the UN M49 regions and subregions of the catalog's ISO table; South
    /// America (an M49 intermediate region the table lacks) and the Gulf are listed here.
    static func regionMembers(_ catalog: CountryCatalog) -> [String: Set<String>] {
        let southAmerica: Set<String> = [
            "ARG", "BOL", "BRA", "CHL", "COL", "ECU", "FLK", "GUF", "GUY", "PER", "PRY", "SUR", "URY", "VEN",
        ]
        let latinAmerica = catalog.countries(inUNRegion: "Latin America and the Caribbean")
        return [
            "ASIA": catalog.countries(inUNRegion: "Asia"),
            "AFRICA": catalog.countries(inUNRegion: "Africa"),
            "EUROPE": catalog.countries(inUNRegion: "Europe"),
            "OCEANIA": catalog.countries(inUNRegion: "Oceania"),
            "SOUTHEAST_ASIA": catalog.countries(inUNRegion: "South-eastern Asia"),
            "SOUTH_ASIA": catalog.countries(inUNRegion: "Southern Asia"),
            "EAST_ASIA": catalog.countries(inUNRegion: "Eastern Asia"),
            "WEST_ASIA": catalog.countries(inUNRegion: "Western Asia"),
            "LATIN_AMERICA": latinAmerica,
            "SOUTH_AMERICA": southAmerica,
            "CENTRAL_AMERICA": latinAmerica.subtracting(southAmerica),
            "NORTH_AMERICA": catalog.countries(inUNRegion: "Northern America").union(["MEX"]),
            "GULF": ["SAU", "ARE", "KWT", "QAT", "BHR", "OMN"],
            // The European Union's 27 members since February 2020 (with the United Kingdom before: see the checker).
            "EU": [
                "AUT", "BEL", "BGR", "HRV", "CYP", "CZE", "DNK", "EST", "FIN", "FRA", "DEU", "GRC", "HUN", "IRL", "ITA",
                "LVA", "LTU", "LUX", "MLT", "NLD", "POL", "PRT", "ROU", "SVK", "SVN", "ESP", "SWE",
            ],
            // "das Königreich", "the kingdom": one of the monarchies called so.
            "KINGDOM": ["GBR", "SAU", "NLD", "BEL", "ESP", "SWE", "NOR", "DNK", "THA", "MAR", "JOR", "BHR", "KHM"],
        ]
    }

    /// Whether a sentence speaks in the present tense and not in the past ("we have a $500 billion
    /// deficit", "we lose $800 billion a year", "Wir haben ein Defizit von …"), judged from its
    /// auxiliaries and trade verbs.
    /// Whether words give an amount "a year" ("$500 billion a year", "pro Jahr", "jährlich").
    /// Words for a trade agreement ("vor dem Start des Abkommens", "before the agreement took effect").
    static let agreementWords: Set<String> = [
        "abkommen", "abkommens", "freihandelsabkommen", "freihandelsabkommens", "agreement", "nafta", "usmca", "korus",
        "ausfta", "fta", "cafta", "cafta-dr",
    ]

    /// The year a U.S. trade agreement took effect: named in the sentence ("Nafta", "USMCA", "KORUS"), else the one with
    /// the partner (for Canada and Mexico Nafta before 2020, unclear after); nil where none is known.
    static func agreementStart(named words: [String], partner: String?, year: Int?) -> Int? {
        if words.contains("usmca") { return 2020 }
        if words.contains("nafta") { return 1994 }
        if words.contains("korus") { return 2012 }
        if words.contains("ausfta") { return 2005 }
        switch partner {
        case "MEX"?, "CAN"?: return (year ?? 2020) < 2020 ? 1994 : nil
        case "KOR"?: return 2012
        case "AUS"?: return 2005
        case "CHL"?, "SGP"?: return 2004
        case "ISR"?: return 1985
        case "JOR"?: return 2001
        case "MAR"?, "BHR"?: return 2006
        case "PER"?: return 2009
        case "OMN"?: return 2009
        case "COL"?, "PAN"?: return 2012
        // (CAFTA-DR took effect country by country: El Salvador, Honduras, Nicaragua and Guatemala in 2006, the
        // Dominican Republic in 2007, Costa Rica in 2009.)
        case "SLV"?, "HND"?, "NIC"?, "GTM"?: return 2006
        case "DOM"?: return 2007
        case "CRI"?: return 2009
        default: return nil
        }
    }

    /// Whether a sentence says its figure is of all goods: "total U.S. goods imports", "insgesamt", "all goods".
    /// (Narrower than `allGoodsWords`: "all" or "alle" alone, "all U.S. imports of oil", is no word for all goods.)
    static func saysAllGoods(_ sentence: String) -> Bool {
        let lower = sentence.lowercased()
        let words = lower.split(whereSeparator: { !$0.isLetter }).map(String.init)
        return words.contains(where: {
            ["total", "overall", "insgesamt", "gesamten", "gesamte", "sämtliche"].contains($0)
        })
            || lower.contains("all goods") || lower.contains("alle waren") || lower.contains("aller waren")
    }

    /// Whether a sentence speaks of trade "in the other direction", "in die andere Richtung", "in umgekehrter Richtung".
    static func saysOtherDirection(_ words: [String]) -> Bool {
        words.indices.dropFirst().dropLast().contains { index in
            (["other", "opposite", "andere", "umgekehrter", "entgegengesetzter", "anderen"].contains(words[index])
                && ["direction", "richtung"].contains(words[index + 1]))
                || (words[index] == "other" && words[index + 1] == "way" && words[index - 1] == "the")
        }
    }

    static func saysAYear(_ words: [String]) -> Bool {
        words.indices.contains { index in
            ["annually", "jährlich"].contains(words[index])
                || index > 0 && ["year", "jahr"].contains(words[index])
                    && ["a", "per", "pro", "each", "every", "jedes"].contains(words[index - 1])
                // ("ein Defizit von 100 Milliarden Dollar im Jahr": "im Jahr" right after an amount, with no year
                // after it, is per year.)
                || index > 1 && words[index] == "jahr" && words[index - 1] == "im"
                    && ["dollar", "us-dollar", "euro", "milliarden", "millionen", "mrd", "mio"].contains(
                        words[index - 2])
                    && (index + 1 == words.count || words[index + 1].first?.isNumber != true)
        }
    }

    static func speaksInThePresent(_ words: [String]) -> Bool {
        let present: Set<String> = [
            "have", "has", "is", "are", "lose", "loses", "losing", "run", "runs", "owe", "haben", "hat", "ist",
            "sind", "verlieren", "verliert", "machen", "macht", "beträgt", "betragen", "liegt", "we're", "it's",
            "entfällt", "entfallen", "accounts", "stammt", "stammen", "sells", "buys", "verkauft", "kauft", "einkauft",
            "liefert", "liefern",
        ]
        let past: Set<String> = [
            "had", "was", "were", "lost", "ran", "hatten", "hatte", "war", "waren", "verloren", "verlor", "machten",
            "machte", "betrug", "lag", "gewesen", "been",
        ]
        // ("have absorbed a combined $90.7 billion … since this agreement took effect": a sum over years.)
        let sums: Set<String> = ["since", "seit", "combined", "cumulative", "zusammen", "summiert", "insgesamt"]
        return words.contains(where: present.contains) && !words.contains(where: past.contains)
            && !words.contains(where: sums.contains)
    }

    /// "saisonbereinigt", "seasonally adjusted": the monthly release's figures.
    static func saysAdjusted(_ words: [String]) -> Bool {
        words.contains { $0.hasPrefix8("saisonbereinigt") || $0 == "seasonally" } && !saysUnadjusted(words)
    }

    /// "unadjusted", "nicht saisonbereinigt", "ohne Saisonbereinigung": the store's kind of monthly figure.
    static func saysUnadjusted(_ words: [String]) -> Bool {
        zip(words, words.dropFirst()).contains { pair in
            (["not", "non", "nicht"].contains(pair.0)
                && (pair.1 == "seasonally" || pair.1.hasPrefix8("saisonbereinigt")))
                || (pair.0 == "ohne" && pair.1.hasPrefix8("saisonbereinigung"))
        } || words.contains { ["unadjusted", "unbereinigt", "unbereinigten", "non-seasonally"].contains($0) }
    }

    /// Whether a sentence says its trade is in goods ("goods", "merchandise", "Waren", "Güter",
    /// "Warenhandel"): the store's kind of figure, not the headline figures that add services.
    /// (Lower-case "waren" is the verb "were".)
    static func namesGoods(_ tokens: [Token]) -> Bool {
        tokens.indices.contains { index in
            let text = tokens[index].text
            // ("goods and services", "Waren und Dienstleistungen": not goods alone.)
            if tokens[(index + 1)..<min(tokens.count, index + 3)].contains(where: {
                $0.lower == "services" || $0.lower.hasPrefix8("dienstleistung")
            }) {
                return false
            }
            if ["goods", "merchandise", "güter"].contains(tokens[index].lower) { return true }
            // ("Waren es 2019 noch …": a sentence's first word may be the verb.)
            return text.hasPrefix("Waren") && (text != "Waren" || index > 0)
        }
    }

    /// Whether the words name a flow of the reporter's trade with the whole world: a compound
    /// ("Gesamtdefizit", "Gesamtexporte") or a whole word right before a flow noun ("the overall
    /// deficit", "die gesamten Exporte", "total U.S. exports").
    static func namesTheWholeFlow(_ words: [String]) -> Bool {
        let flowNouns: Set<String> = [
            "deficit", "surplus", "trade", "exports", "imports", "defizit", "überschuss", "handel", "exporte",
            "importe", "ausfuhren", "einfuhren", "handelsdefizit", "handelsbilanz", "goods",
        ]
        let wholeWords: Set<String> = ["overall", "total", "entire", "whole", "gesamte", "gesamten", "gesamtes"]
        for (index, word) in words.enumerated() {
            if word.hasPrefix("gesamt"),
                ["defizit", "handel", "export", "import", "überschuss", "ausfuhr", "einfuhr"].contains(where: {
                    word.dropFirst(6).hasPrefix($0)
                })
            {
                return true
            }
            if wholeWords.contains(word),
                let noun = words[(index + 1)..<min(words.count, index + 4)].first(where: {
                    flowNouns.contains($0) || $0.hasPrefix8("warenaustausch") || $0.hasPrefix8("handelsvolum")
                })
            {
                // "Der gesamte Warenaustausch, Exporte und Importe zusammengenommen": both directions of the
                // pair spoken of, unless the sentence names the reporter's trade or the world.
                let twoWay =
                    ["trade", "handel"].contains(noun) || noun.hasPrefix8("warenaustausch")
                    || noun.hasPrefix8("handelsvolum")
                let reporterOrWorld = words.contains {
                    [
                        "u.s.", "us", "amerikanische", "amerikanischen", "america's", "weltweit", "worldwide", "global",
                        "world", "welt",
                    ].contains($0)
                }
                if twoWay, !reporterOrWorld { continue }
                if flowNouns.contains(noun) { return true }
            }
        }
        return false
    }

    /// U.S. states by name (Georgia and Washington are left out: a country and the government).
    static let usStates: Set<String> = [
        "alabama", "alaska", "arizona", "arkansas", "california", "kalifornien", "colorado", "connecticut",
        "delaware", "florida", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas", "kentucky", "louisiana",
        "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri", "montana",
        "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "pennsylvanien", "tennessee", "texas",
        "utah", "vermont", "virginia", "wisconsin", "wyoming",
        // The second word of two-word names ("South Carolina exported"; not Washington, Georgia or New Mexico, which
        // name more often the government, a country and a country).
        "carolina", "dakota", "hampshire", "jersey",
    ]

    /// "The state shipped $20.9 billion to Canada", "Ohio's exports", "Texas exportierte": one
    /// state's trade, said by a state name or "the state" right before a trade word.
    static func isSubnational<Words: Collection>(_ words: Words, _ lower: ByteText) -> Bool
    where Words.Element == String {
        let phrases = [
            "the state shipped", "the state exported", "the state sold", "the state's exports", "state-level",
            "the state imported", "bundesstaat", "the state's economic development", "state exports",
            // ("according to state economic development figures", "nach Angaben des Bundesstaats".)
            "state economic development", "state trade figures", "state trade data", "state figures show",
            "according to state figures", "according to state data",
            // A port's or a region's own trade: "At the local level, cargo moving between our terminals and Canadian
            // ports was worth …".
            "at the local level", "port-level",
            // ("The city's port of entry handled $213 billion in trade with Mexico": one crossing's trade.)
            "port of entry", "ports of entry", "the city's port", "the port handled",
        ]
        if phrases.contains(where: { lower.contains($0) }) { return true }
        let list = Array(words)
        for (index, word) in list.enumerated() {
            let stem = word.hasSuffix("'s") || word.hasSuffix("’s") ? String(word.dropLast(2)) : word
            guard usStates.contains(stem) || (word.hasSuffix("s") && usStates.contains(String(word.dropLast()))),
                index + 1 < list.count
            else { continue }
            // ("Ohio's own shipments", "Ohio's total goods exports": modifiers between.)
            // ("North Carolina businesses exported $1.1 billion": the state's firms, as a state's figures count them.)
            let modifiers: Set<String> = [
                "own", "total", "goods", "merchandise", "annual", "eigenen", "gesamten", "businesses", "companies",
                "firms", "manufacturers", "farmers", "growers", "producers", "unternehmen", "firmen", "betriebe",
                "landwirte", "farmer",
            ]
            var next = index + 1
            while next < list.count - 1, next - index <= 2, modifiers.contains(list[next]) { next += 1 }
            // ("for a Carolina exporter, trade with Germany …": a firm, not the state's trade.)
            if flow(of: list[next]) != nil, !["exporter", "exporters", "importer", "importers"].contains(list[next]) {
                return true
            }
        }
        return false
    }

    /// What puts a figure's clause outside the store: services, another statistical office, a
    /// forecast or target, balance-of-payments basis.
    static func outOfScope<Words: Collection>(_ words: Words, sentence: String) -> OutOfScope?
    where Words.Element == String {
        let lower = ByteText(sentence.lowercased())
        // ("the goods-and-services deficit": services inside a hyphenated word as well.)
        if words.contains(where: {
            $0.hasPrefix8("dienstleistung") || $0 == "services" || $0 == "service" || $0.hasSuffix("-services")
                || $0.hasSuffix("-dienstleistungen")
        }) {
            // "Im Warenhandel lag das Defizit bei gut 16 Milliarden, und rechnet man Dienstleistungen ein, …",
            // "a sixth of all U.S. goods trade, and it doesn't count services": goods named as such.
            let combined = [
                "goods and services", "goods-and-services", "waren und dienstleistungen", "güter und dienstleistungen",
                "warenhandel und dienstleistungen", "including services", "einschließlich dienstleistungen",
                "inklusive dienstleistungen", "mit dienstleistungen", "services included",
            ]
            let excluded = [
                "count services", "include services", "excluding services", "excludes services",
                "not counting services",
                "ohne dienstleistungen", "exklusive dienstleistungen", "ohne die dienstleistungen",
            ]
            // (Goods named before the services: "Exports of services, which the goods figures do not
            // include" is about services.)
            let list = Array(words)
            let firstServices =
                list.firstIndex {
                    $0.hasPrefix8("dienstleistung") || $0 == "services" || $0 == "service" || $0.hasSuffix("-services")
                        || $0.hasSuffix("-dienstleistungen")
                } ?? list.count
            let goods = list[..<firstServices].contains {
                ["goods", "warenhandel", "güterhandel", "waren", "güter", "merchandise"].contains($0)
                    || $0.hasPrefix8("warenhandel")
            }
            // ("U.S. services exports to Korea", "Dienstleistungsexporte": services as the flow itself.)
            let servicesFlow =
                list.indices.dropLast().contains { index in
                    ["services", "service"].contains(list[index])
                        && ["exports", "imports", "trade", "surplus", "deficit", "sales"].contains(list[index + 1])
                }
                || list.contains { word in
                    [
                        "dienstleistungsexport", "dienstleistungsimport", "dienstleistungshandel",
                        "dienstleistungsbilanz", "dienstleistungsüberschuss", "dienstleistungsdefizit",
                    ]
                    .contains { word.hasPrefix8($0) }
                }
            if excluded.contains(where: { lower.contains($0) })
                || (goods && !servicesFlow && !combined.contains(where: { lower.contains($0) }))
            {
                // goods
            } else {
                return .services
            }
        }
        let sources = [
            "customs data", "chinese customs", "china's customs", "customs administration", "ministry of finance",
            // ("Data released by China's General Administration of Customs showed …"; not "customs figures" or
            // "Zollstatistik" alone, which name the U.S. tariff schedule's figures as often.)
            "administration of customs", "ministry of commerce", "mofcom",
            // ("The Central Reserve Bank of El Salvador reports that maquila exports … fell by 13.2%": a partner's central
            // bank counts its own country's trade.)
            "central reserve bank", "banco central", "according to the central bank", "central bank reports",
            "central bank data", "central bank figures", "nach angaben der zentralbank", "nach angaben der notenbank",
            "laut zentralbank", "laut notenbank", "laut der zentralbank", "laut der notenbank",
            "statistics canada", "destatis", "statistischen bundesamt", "statistisches bundesamt", "eurostat",
            "zollbehörde", "nach chinesischen angaben", "nach russischen angaben",
            "according to chinese", "according to russian", "according to japanese", "according to german",
            "according to indian", "according to taiwan", "nach taiwanischer", "nach indischen", "nach japanischen",
            "nach kanadischen", "nach mexikanischen", "nach deutschen angaben", "nach angaben aus peking",
            "nach dortigen angaben", "in yen terms", "in euro terms",
            // ("In Yen gerechnet melden die Statistiker …": a change in another currency is another office's figure.)
            "in yen gerechnet", "in euro gerechnet", "in yuan gerechnet", "in renminbi gerechnet", "in rubel gerechnet",
            "in landeswährung gerechnet", "in yuan terms", "in renminbi terms", "in local-currency terms",
            "in local currency terms", "industry estimates", "branchenangaben",
            "nach branchenangaben", "industry group", "trade group", "industry association", "branchenverband",
            // ("Erzeugerverbände in Florida und Georgia beziffern das Plus auf 8 Prozent": associations' own count.)
            "branchenverbände", "erzeugerverbände", "bauernverbände", "industrieverbände",
            // ("Branchenkreise beziffern die Baumwolllieferungen auf rund 500 Mio. Dollar": the trade's own circles.)
            "branchenkreise", "industriekreise", "handelskreise", "industry sources", "trade sources",
            "verband der", "association of", "industry figures", "nach schätzungen", "statistics office",
            "own figures", "eigenen angaben", "inegi",

            "eigenen zahlen", "according to beijing", "according to moscow", "schätzungen", "branchenschätz",
            "fiscal year", "fiskaljahr", "geschäftsjahr", "financial year",
            // Another government as the speaker: "Der Kreml hatte von einem Wachstum … gesprochen".
            "kreml", "kremlin", "chinese officials", "russian officials", "chinesische regierung",
            "russische regierung", "regierung in peking", "regierung in moskau", "beijing said", "beijing says",
            "moscow said", "moscow says", "usda", "department of agriculture", "agriculture department",
            "landwirtschaftsministerium",
            // Estimates and calculations of others: "Nach Berechnungen des ifo-Instituts", "economists at … estimate".
            "berechnungen des", "berechnungen der", "calculations by", "estimates by", "estimate that",
            "estimates that", "estimated that", "economists at", "analysts at",
            "trade association", "ökonomen der", "analysten der", "institute of", "institut für",
            // ("worth $410 million …, based on a study commissioned from a consultancy"; not "an estimated", which
            // official releases say too: "totaled an estimated $197.1 billion in 2024")
            "study commissioned", "consultancy", "beratungsfirma", "beratungsunternehmen",
        ]
        // ("According to U.S. customs data": the store's own source.)
        let homeCustoms = ["u.s. customs data", "us customs data", "american customs data"].contains {
            lower.contains($0)
        }
        if sources.contains(where: { lower.contains($0) && !(homeCustoms && $0 == "customs data") }) {
            return .otherSource
        }
        // "schätzt", not "unterschätzt": an estimate as a word of its own.
        if words.contains(where: { ["schätzt", "schätzen", "geschätzt", "schätzte", "schätzten"].contains($0) }) {
            return .otherSource
        }
        // A statistics office that is not the Census Bureau ("nach Angaben des US-Statistikamts Census
        // Bureau" is the store's own source).
        let offices = ["statistics office", "statistical office", "statistikamt", "statistisches amt"]
        if offices.contains(where: { lower.contains($0) }), !lower.contains("census"),
            !lower.contains("us-statistikamt"), !lower.contains("u.s. statistic")
        {
            return .otherSource
        }
        if isSubnational(words, lower) { return .subnational }
        // ("Trade Representative … puts the overall balance with Canada at an $8.4 billion surplus": USTR and the BEA
        // publish goods and services on a balance-of-payments basis.)
        // (Only their overall balance: a USTR release quoting the Census goods figures is the store's own.)
        let overallFromUSTR =
            (lower.contains("trade representative") || lower.contains("handelsbeauftragte") || words.contains("ustr")
                || lower.contains("bureau of economic analysis"))
            && ["overall", "goods and services", "insgesamt", "waren und dienstleistungen", "gesamtbilanz"].contains(
                where: lower.contains)
        // ("Hier erzielen die USA nach Angaben der Statistikbehörde BEA einen Überschuss gegenüber China von rund 36
        // Milliarden Dollar": the BEA named alone as the source counts on its own basis, services mostly included;
        // with the Census Bureau, it is the joint goods release.)
        let fromBEA =
            (words.contains("bea") || lower.contains("bureau of economic analysis")) && !lower.contains("census")
        if lower.contains("balance-of-payments") || lower.contains("balance of payments")
            || lower.contains("zahlungsbilanz") || overallFromUSTR || fromBEA
        {
            return .balanceOfPayments
        }
        let forecasts = [
            "expected to", "is forecast", "are forecast", "forecast to", "projected", "projection", "prognose",
            "prognostiz", "target of", "goal of", "aims to", "aim to",
            "anstreben", "angestrebt", "anpeilen", "angepeilt", "ziel von", "zielmarke", "will reach",
            "could reach", "would reach", "soll bis", "sollen bis", "erwartet", "expects", "outlook", "will top",
            "will exceed", "will hit", "will surpass", "set to", "on track to", "on pace to", "dürfte", "dürften",
            "on course for", "on course to", "auf kurs", "steuert auf", "steuern auf",
            // ("Die ITC hatte zusätzliche Exporte von 10 bis 11 Milliarden Dollar in Aussicht gestellt": promised.)
            "in aussicht gestellt", "in aussicht stellte", "in aussicht stellten", "in aussicht stellt",
            // ("Peking soll sich verpflichten, Agrarprodukte im Wert von 40 bis 50 Milliarden Dollar … zu kaufen": a
            // commitment.)
            "sich verpflichten", "verpflichtet sich", "verpflichtete sich", "verpflichten sich", "verpflichteten sich",
            "werden voraussichtlich", "wird voraussichtlich", "zugesagt", "zusage", "pledge", "committed to buy",
            "commitment", "versprochen", "promised to", "we expect ", "i expect ", "they expect ", "analysts expect ",
            // ("a pace few analysts expected", "more than economists had expected": the figure is recorded.)
            "economists expect ", "forecasters expect ", "erwarten wir", "rechnen wir mit", "wir rechnen mit",
            // ("Wir rechnen für das Gesamtjahr 2019 mit …", "We raise our full-year 2020 forecast for US imports")
            "wir rechnen für", "rechnen wir für", "forecast for", "forecast of", "our forecast",
            // ("Exports to India could double in five years", "könnten sich bis 2030 verdoppeln": a move that may come.)
            "could double", "could triple", "could rise", "could fall", "could grow", "could drop", "will double",
            "will triple", "will grow", "would double", "would rise", "would fall", "könnte sich verdoppeln",
            "könnten sich verdoppeln", "könnte steigen", "könnten steigen", "könnte sinken", "könnten sinken",
            // ("…, dass die US-Exporte nach Kanada langfristig um 19,1 Mrd. Dollar steigen könnten": the verb last.)
            "steigen könnte", "steigen könnten", "sinken könnte", "sinken könnten", "wachsen könnte", "wachsen könnten",
            "zulegen könnte", "zulegen könnten", "schrumpfen könnte", "schrumpfen könnten", "steigen würde",
            "steigen würden", "sinken würde", "sinken würden",
            // ("Marktbeobachter rechnen damit, dass die Importe … die Marke von 70 Milliarden überschreiten könnten",
            // "Analysten gehen davon aus, dass …": what others expect.)
            "rechnen damit", "rechnet damit", "rechneten damit", "rechnete damit", "gehen davon aus",
            // ("Die WTO rechnet für 2023 nur noch mit einem Wachstum von 0,8 Prozent": expected, not recorded.)
            "rechnet für", "rechnen für", "rechnete für", "rechneten für",
            // ("Die Handelskommission hatte zusätzliche Exporte von 10 bis 11 Milliarden Dollar in Aussicht gestellt": a
            // promise, not a record.)
            "in aussicht gestellt", "in aussicht stellt", "in aussicht stellte", "in aussicht stellten",
            "geht davon aus", "gingen davon aus",
            // ("hatten das Ziel ausgegeben, den bilateralen Handel auf 100 Milliarden Dollar zu steigern": a goal set.)
            "ziel ausgegeben", "ziel gesetzt", "ziel gesteckt", "zum ziel gesetzt", "zum ziel erklärt", "das ziel, den",
            "zu verdoppeln", "zu verdreifachen", "goal to", "target to", "targets of", "set a goal", "set a target",
        ]
        // ("framed it as an effort to double two-way trade", "a plan to cut the deficit by half", "vowed to triple
        // exports": a move intended, not recorded.)
        if lower.contains(" to "),
            intendedMove.firstMatch(in: sentence, range: NSRange(sentence.startIndex..., in: sentence)) != nil
        {
            return .forecast
        }
        // ("should aim for $100 billion in annual trade"; whole words: not "THE CLAIM: "For years …".)
        if zip(words, words.dropFirst()).contains(where: { ["aim", "aims", "aiming"].contains($0.0) && $0.1 == "for" })
        {
            return .forecast
        }
        // ("da habe ich mich versprochen": a speaker who misspoke, not a promise.)
        if forecasts.contains(where: { phrase in
            lower.contains(phrase)
                && !(phrase == "versprochen"
                    && ["mich versprochen", "sich versprochen"].contains(where: lower.contains))
        }) {
            return .forecast
        }
        return nil
    }

    /// A word of intent before the move intended: "an effort to double", "plans to cut", "vowed to triple".
    static let intendedMove = try! NSRegularExpression(
        pattern: """
            \\b(?:efforts?|plans?|planned|bid|push|drive|ambition|initiative|pledged?|pledges|vow(?:s|ed)?|\
            promise[sd]?|seeks?|sought|wants?|wanted|hopes?|hoped|intends?|intended|goal|target|aims?|aimed|\
            strategy|campaign|mission|proposals?|proposed)\\s+(?:is\\s+|was\\s+)?to\\s+\
            (?:double|triple|quadruple|boost|increase|raise|lift|expand|grow|cut|reduce|halve|lower|narrow|shrink|\
            eliminate|balance|reach|hit)\\b
            """, options: [.caseInsensitive])

    /// German verbs of goods moving, whose "nach"/"aus" gives the direction ("nach Deutschland gingen").
    static let motionVerbs: Set<String> = [
        "ging", "gingen", "geht", "gehen", "kam", "kamen", "kommt", "kommen", "floss", "flossen", "fließen",
        "geliefert", "verschifft",
    ]

    /// Modal verbs of what is expected, promised or possible, not recorded: a figure they govern is a forecast.
    static let modalVerbs: Set<String> = [
        "would", "will", "could", "might", "würde", "würden", "werde", "könnte", "könnten",
        // ("der Handel könne bei einer Normalisierung auf zehn Milliarden Dollar steigen", "dürfte … erreichen": what
        // someone says is possible or likely, in reported speech.)
        "könne", "dürfte", "dürften",
    ]
    /// Words before a period that make it the base a figure is compared with ("gegenüber den ersten neun Monaten des
    /// Vorjahres", "compared with the first half of the previous year").
    static let periodBaseWords: Set<String> = [
        "than", "als", "compared", "gegenüber", "versus", "vs", "from", "vom", "von", "with", "against", "over",
        "verglichen", "vergleich", "zu", "mit",
    ]

    /// Whether the word at `index` opens a future said with "going to" after a form of "be" ("they are going to buy
    /// $200 billion more"): a modal verb of its own.
    static func opensGoingTo(_ words: [String], at index: Int) -> Bool {
        guard index > 0, index + 1 < words.count, words[index] == "going", words[index + 1] == "to" else {
            return false
        }
        return ["is", "are", "am", "was", "were", "be", "'re", "’re", "'s", "’s"].contains(words[index - 1])
    }
    /// Words of a plan, not a record: the modal verbs and "soll", "should", "wird" ("Er soll im Januar verschifft
    /// werden").
    static let planWords: Set<String> = modalVerbs.union(["soll", "sollen", "sollte", "should", "wird"])

    /// Words for a war or an invasion, before the country it is waged on.
    static func isWarWord(_ word: String) -> Bool {
        [
            "invasion", "invaded", "überfall", "angriff", "angriffskrieg", "einmarsch", "annexation", "annexion",
            "krieg", "war", "attack", "attacked",
        ].contains(word)
    }

    /// Relative pronouns that open a clause describing what was named before it (after a comma): ", which …", ", das
    /// …", ", deren …".
    /// The pronouns that open a relative clause telling of a figure or a period ("…, which he attributed to …").
    static let relativeClauseOpeners: Set<String> = ["which", "who", "welche", "welcher", "welches"]

    /// Words after a subordinator that make it no clause's opening ("as well", "as much", "as high as").
    static let notAClauseAfterOpener: Set<String> = [
        "well", "much", "many", "high", "low", "large", "big", "far", "long", "of",
    ]

    static let relativePronouns: Set<String> = [
        "which", "who", "whose", "die", "der", "das", "den", "dem", "deren", "dessen", "welche", "welcher", "welches",
    ]

    /// Troops that cross into a country: a war's, not a trade partner's.
    static let troopWords: Set<String> = [
        "troops", "tanks", "forces", "army", "soldiers", "truppen", "panzer", "armee",
    ]

    /// The calendar years of U.S. presidents' terms (each began on 20 January), for periods named by them ("since
    /// Trump took office", "unter Obama"); the regular expression names the same presidents.
    static let termsOfOffice: [String: [ClosedRange<Int>]] = [
        "clinton": [1993...1996, 1997...2000], "bush": [2001...2004, 2005...2008], "obama": [2009...2012, 2013...2016],
        "trump": [2017...2020, 2025...2028], "biden": [2021...2024],
    ]

    /// Words for the pandemic, after "before"/"vor" ("before the pandemic", "vor Corona", "pre-pandemic").
    static let pandemicWords: Set<String> = [
        "pandemic", "pandemie", "corona", "covid", "covid-19", "coronakrise", "corona-pandemie", "coronapandemie",
        "lockdowns",
    ]

    /// Verbs of money paid out (goods bought) and taken in (goods sold): "mehr ausgegeben als eingenommen".
    static let moneyFlowVerbs: [String: Flow] = [
        "ausgegeben": .imports, "ausgaben": .imports, "spent": .imports, "paid": .imports, "bezahlt": .imports,
        "eingenommen": .exports, "einnahmen": .exports, "earned": .exports, "verdient": .exports,
    ]

    /// German adjectives of foreign capitals, standing for their governments ("Pekinger Zollstatistik").
    static let foreignCapitalAdjectives: Set<String> = [
        "pekinger", "moskauer", "tokioter", "berliner", "pariser", "londoner", "brüsseler", "ottawaer", "seouler",
    ]

    /// Words for figures, after another country's adjective: "Chinese figures", "kanadischen Daten".
    static let dataNouns: Set<String> = [
        "figures", "data", "numbers", "statistics", "zahlen", "daten", "statistik", "statistiken", "angaben",
    ]

    /// An office that publishes trade figures: "Handelsministerium", "customs", "statistics bureau".
    static func isStatisticsOffice(_ word: String) -> Bool {
        ["ministry", "customs", "commerce", "statistics", "zoll", "zollbehörde", "zollverwaltung"].contains(word)
            || word.hasPrefix8("handelsministeri") || word.hasPrefix8("wirtschaftsministeri")
            || word.hasPrefix8("statistikamt") || word.hasPrefix8("statistikbehörde") || word.hasPrefix8("zollbehörde")
            || word.hasPrefix8("ministeri") || word.hasPrefix8("zolldaten") || word.hasPrefix8("zollstatistik")
            || word.hasPrefix8("zollverwaltung") || word.hasPrefix8("zollamt")
            // ("Nach russischen Zollangaben", "laut chinesischen Zollzahlen": the customs' figures.)
            || (word.hasPrefix8("zoll")
                && dataNouns.contains(where: { word.count > $0.count + 3 && word.hasSuffix($0) }))
    }

    /// Units of goods: a figure in them ("1,3 Millionen Tonnen", "4 million barrels a day", "480.000 Pkw")
    /// is a trade claim the store (values in dollars) cannot check.
    static func isQuantityUnit(_ word: String) -> Bool { quantityUnits.contains(word) }

    static let quantityUnits: Set<String> = [
        "tons", "tonnes", "tonnen", "barrels", "barrel", "fass", "bushels", "units", "stück", "pkw", "cars",
        "vehicles", "fahrzeuge", "autos", "containers", "container", "teu", "teus",
    ]

    /// Words that make a percentage a rate, not a trade figure: tariffs, duties, taxes, interest.
    /// Nouns of a place's economy before "in" and the place ("growth in Europe", "die Rezession in Deutschland"): the
    /// place is not a partner in trade.
    static let economyNounsBeforePlace: Set<String> = [
        "growth", "recession", "economy", "inflation", "unemployment", "wachstum", "wirtschaftswachstum", "rezession",
        "konjunktur", "arbeitslosigkeit",
    ]

    /// Words of the economy's growth and of prices, whose percentages are not trade figures.
    static func isEconomyOrPrice(_ word: String) -> Bool { economyOrPrice.contains(word) }

    private static let economyOrPrice: Set<String> = [
        "economy", "economies", "wirtschaft", "volkswirtschaft", "konjunktur", "prices", "price", "preise",
        "preis", "preisen", "wages", "löhne", "population", "bevölkerung",
    ]

    /// What a figure in a sentence that names no flow of trade may be about instead: the economy, prices, a
    /// company, a rate, a poll, a currency.
    static func isNotATradeSubject(_ word: String) -> Bool {
        notATradeSubject.contains(word) || isEconomyOrPrice(word) || isCompanyFigure(word) || isRate(word)
    }

    private static let notATradeSubject: Set<String> = [
        "poll", "polls", "survey", "umfrage", "befragten", "respondents", "bookings", "wachstum", "growth",
        "leitzins", "rubel", "ruble", "rouble", "yuan", "renminbi", "peso", "währung", "currency",
    ]

    /// A company's or a market's figures, before a percent: "revenue of NT$759.7 billion, up 39%",
    /// "shares have gained about 80%", "Die Aktie hat rund 80 % zugelegt".
    static func isCompanyFigure(_ word: String) -> Bool { companyFigures.contains(word) }

    private static let companyFigures: Set<String> = [
        "shares", "stock", "stocks", "aktie", "aktien", "kurs", "revenue", "revenues", "umsatz", "profit",
        "profits", "earnings", "nettogewinn", "gewinn", "income", "umsatzes", "umsätze", "umsätzen",
    ]

    private static let rates: Set<String> = [
        "tariff", "tariffs", "duty", "duties", "levy", "levies", "tax", "taxes", "steuer", "steuern", "zins",
        "zinsen", "interest", "inflation", "vat", "mehrwertsteuer", "abgabe", "abgaben", "zoll", "zölle", "zöllen",
        "zolls", "zollsatz", "zollsatzes", "satz", "satzes", "sätze", "unemployment", "arbeitslosigkeit", "gdp", "bip",
        "wirtschaftsleistung",
        // ("Mexikos Wirtschaftswachstum 2019: -0,1 %": the economy's growth, not trade's.)
        "wirtschaftswachstum", "wirtschaftswachstums", "konjunktur",
        // ("depressed utilization at its welded-tube plants to around 65%": a plant's use of its capacity.)
        "utilization", "utilisation", "auslastung",
    ]

    /// Flows said as adjectives of goods ("imported cars", "importierte Autos"): what is taxed, not a trade measured.
    static let flowAdjectives: Set<String> = [
        "imported", "exported", "importierte", "importierten", "importierter", "importiertes", "eingeführte",
        "eingeführten", "exportierte", "exportierten",
    ]

    static func isRate(_ word: String) -> Bool {
        if rates.contains(word) { return true }
        return word.hasSuffix("zoll") || word.hasSuffix("zölle") || word.hasSuffix("zöllen") || word.hasSuffix("zolls")
            || word.hasSuffix("tariff") || word.hasSuffix("tariffs") || word.hasSuffix("steuer")
    }

    /// Words that make a money figure a deficit (negative balance).
    static func isDeficit(_ word: String) -> Bool {
        word.contains8("defizit") || word.contains8("deficit") || word.contains8("lücke")
            || word.hasPrefix8("fehlbetrag")
            || word == "gap" || word == "shortfall" || word.hasSuffix("-minus") || word.hasPrefix8("handelsminus")
    }

    static func isSurplus(_ word: String) -> Bool {
        word.contains8("überschuss") || word.contains8("überschüss") || word.contains8("surplus")
            || word.hasPrefix8("handelsplus")
    }

    // MARK: - Clauses

    /// Nouns after "trade" that make it a topic, not a flow: "trade agreement", "trade war".
    static let notAFlowAfterTrade: Set<String> = [
        "agreement", "agreements", "war", "wars", "deal", "deals", "policy", "policies", "representative", "talks",
        "dispute", "disputes", "tensions", "barriers", "office", "minister", "ministry", "secretary", "pact",
        "negotiations", "negotiator", "negotiators", "law", "laws", "rules", "commission", "organization", "act",
        "remedy", "remedies", "adviser", "advisor", "team", "truce", "conflict", "fight",
        // ("the Commerce Department reported": an office, not a flow.)
        "department", "departments", "committee", "chamber",
        // ("our entire trade deficit": the balance, said by the next word.)
        "deficit", "deficits", "surplus", "surpluses", "gap", "imbalance",
    ]

    /// Words that start a clause of causes or comparisons: what follows is not the figure's frame.
    static let causeWords: Set<String> = [
        "as", "because", "weil", "helped", "thanks", "dank", "driven", "led", "due", "wegen", "while", "während",
        "whereas", "wohingegen", "including", "darunter", "such", "wie", "like", "so", "thus", "hence", "daher",
        "deshalb", "womit", "wodurch",
        // ("They jumped in 2022, to $23.3 billion, when Russia's invasion of Ukraine sent oil prices up": a time
        // told by another country's doing.)
        "when", "whenever", "after", "nachdem", "since", "seit", "seitdem",
    ]

    /// Words that put the product after them into a list of examples or causes, not the figure's subject.
    /// Words that set a money figure beside the share before it ("27%, or $67.6 billion", "at",
    /// "im Wert von").
    static let appositionWords: Set<String> = ["at", "or", "worth", "valued", "wert", "totaling", "totalling"]

    static let listWords: Set<String> = [
        "allem", "mainly", "mostly", "chiefly", "including", "such", "like", "wie", "from", "dank", "darunter",
        "etwa", "insbesondere", "particularly", "especially", "helped", "thanks", "dank", "driven", "led",
        "because", "weil", "wegen", "due", "getragen", "angetrieben", "amid",
        // "…, at $67.6 billion, followed by machinery": the next item of a ranking, not this figure's.
        "followed", "gefolgt", "ahead", "vor", "behind", "hinter",
    ]

    /// Superlatives that open a record's phrase ("der stärkste Rückgang seit 2009", "the steepest drop since 2009").
    static let recordSuperlatives: Set<String> = [
        "stärkste", "stärksten", "größte", "größten", "höchste", "höchsten", "niedrigste", "niedrigsten", "tiefste",
        "tiefsten", "kräftigste", "kräftigsten", "steepest", "sharpest", "biggest", "largest", "highest", "lowest",
        "deepest", "strongest", "weakest", "schwächste", "schwächsten",
    ]

    /// Words of a fraction ("a tenth", "ein Drittel", "half").
    static let fractionWords = [
        "half", "hälfte", "third", "drittel", "quarter", "viertel", "fifth", "fünftel", "sixth", "sechstel",
        "tenth", "zehntel",
    ]

    /// German prepositions that govern "den" before a country ("aus den USA", "in den Vereinigten Staaten").
    /// Stems of nouns that relate a country to trade: its partners, markets, customers, share, tariffs and balance.
    /// A country in the genitive owning one of them may be the figure's partner ("der wichtigste Handelspartner
    /// Chinas", "Mexico's share").
    static let tradeRelationStems: [String] = [
        "handel", "trade", "partner", "liefer", "suppl", "abnehm", "kund", "customer", "buyer", "käufer", "anteil",
        "share", "markt", "market", "zoll", "zöll", "tariff", "bilanz", "balance", "waren", "goods", "güter",
        "warenverkehr", "umsatz", "volum", "platz", "rang", "rank", "stelle", "position",
        // (The measure itself: "Mexico's total is down 12.2%", "Chinas Wert".)
        "total", "gesamt", "summe", "sum", "figure", "zahl", "wert", "value", "level", "niveau", "stand", "amount",
        "betrag", "number", "tally", "bill", "haul",
        // (A part of a whole: "China's slice works out to 43 percent of that", "Chinas Stück vom Kuchen".)
        "slice", "portion", "chunk", "piece",
    ]

    static let germanPrepositions: Set<String> = [
        "aus", "in", "nach", "von", "mit", "zu", "bei", "an", "auf", "für", "gegen", "gegenüber", "über", "unter",
        "vor",
        "zwischen", "hinter", "neben", "um", "durch",
    ]

    /// Fractions beyond `fractionWords`: "a seventh", "ein Zwölftel", "a twentieth".
    static let rareFractionWords = [
        "seventh", "siebtel", "eighth", "achtel", "ninth", "neuntel", "twelfth", "zwölftel", "twentieth", "zwanzigstel",
    ]

    /// Verbs of goods arriving or leaving, which may stand between "than" and the other side's country ("$45.7 bn
    /// more than came in from China").
    static let arrivalVerbs: Set<String> = [
        "came", "come", "comes", "went", "go", "goes", "arrived", "flowed", "shipped", "kam", "kamen", "kommt", "ging",
        "gingen", "geht", "floss", "flossen",
    ]

    /// "twice", "times", "dreimal", "half", "a tenth" (its last word): a word that makes the "as much as"/"so viel wie"
    /// after it a multiple of the other side.
    static func multipleOrFractionWord(_ word: String) -> Bool {
        ["twice", "times", "half", "halb", "doppelt", "thrice", "fold"].contains(word) || word.hasSuffix("mal")
            || word.hasSuffix("fach") || fractionWords.contains(word)
            || rareFractionWords.contains(word)
            || (word.hasSuffix("s") && fractionWords.contains(String(word.dropLast())))
    }

    /// Words that put a ranking over all goods even where a product was named ("overall", "insgesamt").
    static let allGoodsWords: Set<String> = ["overall", "insgesamt", "alle", "all", "gesamten", "total"]

    /// Two words that refer back to the product spoken of ("dieser Kategorie", "those goods").
    static let productAnaphors: Set<String> = [
        "dieser kategorie", "diese kategorie", "dieser warengruppe", "this category", "that category",
        "those goods", "these goods", "those products", "these products", "dieser waren", "diesen waren",
        "dieser güter", "diesem segment", "this segment", "that segment", "dieser sparte", "dieses kapitels",
        "diesem kapitel", "this chapter", "that chapter", "dieser produktgruppe", "this product", "that product",
        "dieser ware", "these items", "those items", "dieses kapitel", "diese warengruppe", "dieses segment",
        "diese sparte", "diese produktgruppe", "diese kategorie", "this group", "diesen gütern", "diesen waren",
        // ("Waren dieser Kapitel", "goods in these chapters": the run of chapters named before.)
        "dieser kapitel", "diesen kapiteln", "diese kapitel", "these chapters", "those chapters",
        // ("combined imports in the two chapters from Turkey", "in beiden Kapiteln".)
        "two chapters", "both chapters", "beiden kapiteln", "beiden kapitel", "beide kapitel",
        // ("The U.S. imported $225 million of fruit and nuts … Through September, those shipments were up 2 percent":
        // the goods' shipments.)
        "those shipments", "these shipments", "diese lieferungen", "dieser lieferungen", "diesen lieferungen",
        // ("U.S. imports of such goods from India reached $11.8 billion": the kind named before.)
        "such goods", "such products", "such items", "such shipments", "solche waren", "solcher waren",
        "solchen waren", "solche güter", "solcher güter", "solchen gütern",
        // ("Imports in the category from Russia reached $213 million in May": the category named before.)
        "the category", "the same category", "derselben kategorie", "der gleichen kategorie", "the chapter",
        "the same chapter", "demselben kapitel",
    ]

    /// The token where a product anaphor starts in a sentence's words, if any ("dieses Kapitels").
    /// "On that measure", "by this measure": what the sentence before counted, goods when it named goods and no figure.
    static func measureAnaphor(in words: [String]) -> Int? {
        words.indices.dropLast().first { ["that", "this"].contains(words[$0]) && words[$0 + 1] == "measure" }
    }

    static func productAnaphor(in words: [String], bare: Bool = true) -> Int? {
        words.indices.dropLast().first { productAnaphors.contains(words[$0] + " " + words[$0 + 1]) }
            // ("Vehicles and auto parts lead the list. … the U.S. imported $8.4 billion worth of them": the goods
            // of the sentence before.)
            ?? words.indices.dropFirst().dropLast().first { index in
                words[index - 1] == "worth" && words[index] == "of"
                    && ["them", "those", "these"].contains(words[index + 1])
            }
            // "Kanada lieferte davon mehr als fünfmal so viel wie Mexiko": of the goods the sentence before named
            // (not "abgesehen davon", "weit davon entfernt").
            ?? words.indices.first { index in
                bare && words[index] == "davon"
                    && !(index > 0
                        && ["abgesehen", "unabhängig", "weit", "ab", "ausgehend"].contains(words[index - 1]))
            }
    }

    /// Verbs that say a place in the present ("die Schweiz zählt zu den zehn Ländern …", "Korea ranks sixth").
    static let presentPlaceVerbs: Set<String> = [
        "zählt", "gehört", "rangiert", "is", "ranks", "remains", "belongs", "counts",
    ]

    /// Words that sum a list of partners for a comparison ("with Germany and Japan combined").
    static let combinedWords: Set<String> = [
        "combined", "zusammen", "together", "zusammengenommen", "zusammengerechnet",
    ]

    /// Adjectives of "as large as"/"so groß wie": a comparison saying two figures are about equal.
    static let equalityAdjectives: Set<String> = [
        "large", "big", "much", "high", "great", "groß", "gross", "viel", "hoch",
    ]

    /// +1 for a word that says "more" in a comparison ("larger", "mehr"), −1 for "less"; `nil` otherwise.
    static func comparisonDirection(_ word: String) -> Int? {
        // ("ein größeres Defizit als mit Deutschland", "einen höheren Überschuss": the inflected comparative.)
        for ending in ["es", "en", "em", "e"] where word.hasSuffix(ending) && word.count > ending.count + 4 {
            let stem = String(word.dropLast(ending.count))
            if ["größer", "höher", "grösser", "stärker"].contains(stem) { return 1 }
            if ["kleiner", "niedriger", "geringer"].contains(stem) { return -1 }
        }
        if [
            "more", "larger", "bigger", "greater", "higher", "mehr", "größer", "höher", "grösser", "stärker",
        ].contains(word) {
            return 1
        }
        if ["less", "smaller", "lower", "fewer", "weniger", "kleiner", "niedriger", "geringer"].contains(word) {
            return -1
        }
        return nil
    }

    /// Verbs that say one figure is larger than another named after them.
    static let exceedVerbs: Set<String> = [
        "exceeded", "exceeds", "exceed", "topped", "tops", "übertrifft", "übertraf", "übertrafen", "übertreffen",
        "übersteigt", "überstieg", "überstiegen",
    ]

    /// Verbs of standing in a list: "liegt … vor Japan", "rangierte hinter Vietnam", "ranks behind Canada".
    static let standingVerbs: Set<String> = [
        "liegt", "lag", "liegen", "lagen", "rangiert", "rangierte", "rangieren", "rangierten", "landete", "landeten",
        "ranks", "ranked", "sits", "sat", "stands", "stood", "placed",
    ]

    /// Whether the words say a country stands before or behind another in a list: a verb of standing, then "vor",
    /// "hinter", "behind" or "ahead of" right before a country named ("liegt inzwischen vor Japan", "ranked behind
    /// Canada").
    static func standsBeforeAnother(_ words: [String], mentions: [CountryMention]) -> Bool {
        words.indices.contains { index in
            let next =
                words[index] == "ahead" && index + 1 < words.count && words[index + 1] == "of" ? index + 2 : index + 1
            guard ["vor", "hinter", "behind", "ahead"].contains(words[index]), next < words.count,
                mentions.contains(where: { $0.token == next || ($0.token == next + 1 && words[next] == "der") })
            else { return false }
            return standingVerbBefore(words, index)
        }
    }

    /// Whether a verb of standing in a list comes within eight words before `index`: "liegt … vor", "rangierte hinter".
    static func standingVerbBefore(_ words: [String], _ index: Int) -> Bool {
        words[max(0, index - 8)..<index].contains(where: standingVerbs.contains)
    }

    /// Verbs of the home reporter selling, right after its name: "what America sells", "was die USA exportieren".
    static let homeSellingVerbs: Set<String> = [
        "sells", "sold", "exports", "exported", "ships", "shipped", "verkauft", "verkaufen", "exportiert",
        "exportieren",
        "liefert", "liefern",
    ]

    /// Words that open an apposition after a country's name: "Kanada, der Nachbar im Norden, …", "Mexico, once the …".
    static let appositionOpeners: Set<String> = [
        "der", "die", "das", "the", "a", "an", "ein", "eine", "once", "long", "einst",
    ]

    /// Prepositions that name a cause: "wegen der Strafzölle", "trotz der Zölle".
    static let causePrepositions: Set<String> = ["wegen", "infolge", "aufgrund", "trotz"]

    /// Verbs of motion without a direction ("gingen … zurück", "went"): no change by themselves.
    static let directionlessVerbs: Set<String> = [
        "ging", "gingen", "geht", "gehen", "gegangen", "went", "go", "goes", "gone",
    ]

    /// "overtook", "überholt": one partner passing another; "Mexico tops China" in a headline too
    /// (not "topped $500 billion" nor "tops the list", which pass an amount or a place).
    static func isOvertake(_ words: [String], at index: Int) -> Bool {
        // ("much of what replaced Chinese goods on American shelves": goods passing goods, no partner.)
        if index > 0, words[index - 1] == "what" { return false }
        if overtakeWords.contains(words[index]) { return true }
        // ("Mexico has now passed Canada as our number-two supplier"; not "the bill passed the Senate".)
        guard ["tops", "topped", "topping", "passed", "passes"].contains(words[index]), index + 1 < words.count
        else { return false }
        let next = words[index + 1]
        return next.first?.isLetter == true
            && ![
                "the", "a", "an", "all", "its", "their", "den", "die", "das", "through", "by", "on", "into", "over",
                "away", "up", "along", "in", "to", "that", "this",
            ].contains(next)
    }

    /// One partner passing another, in any tense ("Mexico overtakes China" in a headline; "edged out"
    /// takes its particle, see ``overtakes(_:)``).
    static let overtakeWords: Set<String> = [
        "overtook", "overtaken", "overtake", "overtakes", "overtaking", "überholt", "überholte", "überholten",
        "überholen", "surpassed", "surpasses", "überflügelt", "überflügelte", "eclipsed", "eclipses", "outstripped",
        "outstrips", "outpaced", "dethroned", "unseated", "unseats", "displaced", "displaces", "replaced", "replaces",
        "abgelöst", "ablöste", "verdrängt", "verdrängte", "verdrängen",
    ]

    /// "China was overtaken by Mexico", "wurde von Mexiko als größter Lieferant abgelöst": the overtaking word at
    /// `index` in the passive, whose subject is the one passed (English: a form of "be" just before it or "by"
    /// just after; German: a participle with "wurde"/"worden" or "von" before it in the clause).
    static func isPassiveOvertake(_ words: [String], at index: Int) -> Bool {
        guard isOvertake(words, at: index) || ["ousted", "toppled", "supplanted", "entthront"].contains(words[index])
        else { return false }
        let before = words[max(0, index - 3)..<index]
        let after = words[(index + 1)..<min(words.count, index + 3)]
        if after.contains("by")
            || before.contains(where: { ["was", "were", "been", "being", "is", "got"].contains($0) })
        {
            return true
        }
        let participles: Set<String> = ["überholt", "abgelöst", "verdrängt", "überflügelt", "entthront"]
        guard participles.contains(words[index]) else { return false }
        let window = max(0, index - 10)..<index
        if words[window].contains(where: { ["wurde", "wurden", "worden"].contains($0) }) { return true }
        // ("hat Japan Kanada vom zweiten Platz verdrängt": "vom" a place is where from, not by whom; after "hat" the
        // perfect is active.)
        if words[window].contains(where: { ["hat", "haben", "hatte", "hatten"].contains($0) }) { return false }
        return window.contains { at in
            guard ["von", "vom"].contains(words[at]) else { return false }
            let next = words[(at + 1)..<min(words.count, at + 3)]
            return !next.contains { $0 == "platz" || $0 == "rang" || $0 == "thron" || $0.hasPrefix("spitze") }
        }
    }

    /// "China lost its place as the largest supplier", "ceded the top spot", "gave up", "hat den Spitzenplatz an Mexiko
    /// abgegeben", "büßte … ein", "musste … räumen", "fiel als größter Lieferant hinter Mexiko zurück": a place the
    /// subject no longer holds; whether the words from `range` say so.
    static func losesPlace(_ words: [String], in range: Range<Int>) -> Bool {
        let clause = Array(words[range])
        let single: Set<String> = [
            "lost", "lose", "loses", "losing", "ceded", "cede", "cedes", "ceding", "surrendered", "surrenders",
            "relinquished", "relinquishes", "forfeited", "verloren", "verliert", "verlor", "verlieren", "eingebüßt",
            "abgegeben", "abgeben", "abtreten", "abgetreten", "geräumt", "räumen", "räumte", "räumt",
        ]
        let pairs: [(Set<String>, String)] = [
            (["gave", "give", "gives", "giving", "given"], "up"), (["knocked"], "off"),
            (["büßte", "büßt", "büßten"], "ein"), (["gab", "gibt", "gaben"], "ab"), (["trat", "tritt"], "ab"),
        ]
        // (What is lost is a place: "lost its place", "den Spitzenplatz abgegeben"; not "loses money on its trade".)
        let placeNouns: Set<String> = [
            "place", "spot", "position", "title", "crown", "perch", "status", "rank", "ranking", "lead",
            "platz", "rang", "spitze", "titel", "stellung", "führung", "thron",
        ]
        let namesPlace = clause.contains { placeNouns.contains($0) || $0.hasPrefix("spitzen") }
        let loses =
            clause.contains(where: single.contains)
            || pairs.contains { verbs, particle in clause.contains(where: verbs.contains) && clause.contains(particle) }
        // ("fiel als größter Lieferant hinter Mexiko zurück": behind another.)
        let fallsBehind =
            (clause.contains("zurückgefallen")
                || (clause.contains { ["fiel", "fällt", "fielen"].contains($0) } && clause.contains("zurück")))
            && clause.contains("hinter")
        // ("fell out of the top spot", "dropped out of the top ten", "rutschte aus den Top Ten", "aus den zehn
        // größten Partnern herausgefallen": out of a place or a group.)
        let fallsOut =
            clause.indices.dropLast(2).contains { index in
                [
                    "fell", "falls", "fallen", "falling", "dropped", "drops", "dropping", "slipped", "slips", "tumbled",
                    "crashed", "was", "been", "knocked", "pushed", "bumped",
                ].contains(clause[index])
                    && clause[index + 1] == "out" && clause[index + 2] == "of"
                    && clause[(index + 3)...].prefix(4).contains { placeNouns.contains($0) || $0 == "top" }
            }
            || (clause.contains { ["herausgefallen", "rausgefallen", "herausgerutscht", "rausgerutscht"].contains($0) })
            || (clause.contains {
                [
                    "fiel", "fällt", "fielen", "rutschte", "rutscht", "rutschten", "flog", "gefallen",
                    "gerutscht", "geflogen",
                ].contains($0)
            }
                && clause.indices.dropLast().contains {
                    clause[$0] == "aus" && ["den", "der", "dem"].contains(clause[$0 + 1])
                }
                && clause.contains { $0 == "top" || $0 == "spitzengruppe" || $0 == "rangliste" })
        return (loses && namesPlace) || fallsBehind || fallsOut
            || clause.indices.contains { isPassiveOvertake(clause, at: $0) }
    }

    /// Whether the words say one partner passed another: a word of ``overtakeWords``, "edged out",
    /// "pulled ahead of", or the separable "löste … ab".
    static func overtakes(_ words: [String]) -> Bool {
        words.indices.contains { isOvertake(words, at: $0) }
            || zip(words, words.dropFirst()).contains { pair in
                ["edged", "edges", "edging", "nudged", "pushed", "elbowed"].contains(pair.0) && pair.1 == "out"
            }
            || (words.contains { ["löste", "lösten", "löst"].contains($0) } && words.contains("ab"))
            || words.contains("vorbeigezogen")
            || (words.contains { ["zog", "zogen", "zieht"].contains($0) } && words.contains("vorbei"))
    }

    /// Money that is not trade: investments, aid, budgets ("Investitionen von 100 Milliarden Dollar").
    static func isNotTradeMoney(_ word: String) -> Bool {
        word.hasPrefix8("investition") || word.hasPrefix8("investment") || word == "invest" || word == "invests"
            || word == "investieren" || word == "investiert" || word.hasPrefix8("subvention")
            || word.hasPrefix8("subsid")
            || word == "aid" || word.hasPrefix8("hilfspaket") || word == "budget" || word.hasPrefix8("haushalt")
            || word.hasPrefix8("börsenwert") || word == "revenue" || word == "revenues" || word.hasPrefix8("umsatz")
            || word == "profit" || word == "profits" || word.contains8("gewinn") || word == "earnings"
            // ("reported first-quarter net income of $39.5 billion".)
            || word == "income"
            || word == "project" || word == "projects" || word.hasPrefix8("projekt")
            || word == "market-cap" || word == "capitalization" || word.hasPrefix8("marktkapitalisierung")
            // ("eine Zahlung von 300 Millionen US-Dollar", "$3.8 billion a year in military assistance",
            // "Rüstungsgeschäfte im Umfang von 110 Milliarden Dollar", "für die 17 Mrd. US-Dollar veranschlagt waren".)
            || word == "zahlung" || word == "payment" || word == "payments" || word == "assistance"
            || word.hasPrefix8("militärhilfe") || word.hasPrefix8("rüstungsgeschäft") || word == "veranschlagt"
            || word == "arms"
            // ("kündigte an, für 5,54 Milliarden Dollar ein Werk für Elektroautos … zu bauen": a plant built.)
            || word == "bauen" || word == "errichten"
    }

    /// A share as the subject of a change ("Chinas Anteil … sank um ein Drittel").
    static let shareNouns: Set<String> = ["anteil", "anteils", "marktanteil", "share", "shares"]

    /// Words of goods let in without duty: the part of trade a preference covers, not a recorded total.
    static let dutyFreeWords: Set<String> = [
        "duty-free", "tariff-free", "zollfrei", "zollfreie", "zollfreien", "zollfreier", "zollfreies",
    ]

    /// Things counted in millions that are not dollars: "3 million barrels", "2 Millionen Einwohner".
    static let countedThings: Set<String> = [
        "people", "barrels", "tons", "tonnes", "residents", "users", "workers", "jobs", "units", "inhabitants",
        "bags", "sacks", "containers", "teu", "teus", "vehicles", "cars", "säcke", "container", "fahrzeuge", "autos",
    ]
}

extension String {
    /// A byte-wise prefix test (the lexicon's stems and an article's words are both NFC),
    /// many times faster than `hasPrefix` for the lexicon's thousands of lookups.
    @inline(__always)
    func hasPrefix8(_ prefix: String) -> Bool {
        utf8.starts(with: prefix.utf8)
    }

    /// A byte-wise substring test.
    func contains8(_ needle: String) -> Bool {
        let haystack = Array(utf8), pattern = Array(needle.utf8)
        guard pattern.count <= haystack.count else { return false }
        if pattern.isEmpty { return true }
        outer: for start in 0...(haystack.count - pattern.count) {
            for offset in 0..<pattern.count where haystack[start + offset] != pattern[offset] {
                continue outer
            }
            return true
        }
        return false
    }
}

/// A text's bytes, for many substring tests on one text without Foundation's string search.
struct ByteText {
    let bytes: [UInt8]

    init(_ text: String) { bytes = Array(text.utf8) }

    func contains(_ needle: String) -> Bool {
        // The needle's bytes in place (a native string's are contiguous): no copy per call; the C
        // library's memchr skips to each candidate first byte.
        if let found = needle.utf8.withContiguousStorageIfAvailable({ search($0) }) { return found }
        return Array(needle.utf8).withUnsafeBufferPointer { search($0) }
    }

    private func search(_ pattern: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let needle = pattern.baseAddress, !pattern.isEmpty else { return true }
        guard pattern.count <= bytes.count else { return false }
        return bytes.withUnsafeBufferPointer { haystack in
            guard let base = haystack.baseAddress else { return false }
            let first = Int32(needle.pointee)
            let last = haystack.count - pattern.count
            var start = 0
            // memchr finds each candidate first byte; memcmp checks the rest.
            while start <= last, let found = memchr(base + start, first, last - start + 1) {
                let at = base.distance(to: found.assumingMemoryBound(to: UInt8.self))
                if memcmp(base + at + 1, needle + 1, pattern.count - 1) == 0 { return true }
                start = at + 1
            }
            return false
        }
    }
}

extension Lexicon {
    /// Nouns that refer back to a country named before ("aus dem südostasiatischen Land", "imports
    /// from the island", "trade with the kingdom").
    /// Whether a noun refers back to a country: "Land", "country", "nation", or a compound of "-staat"
    /// ("Andenstaat", "Golfstaat", "Inselstaat"; not "Staat" alone, the government).
    static func isCountryAnaphor(_ word: String) -> Bool {
        countryAnaphors.contains(word)
            || (word.count > 6 && (word.hasSuffix("staat") || word.hasSuffix("staates")) && !word.hasPrefix("bundes")
                && !word.hasPrefix("mitglied"))
    }

    /// Nouns for published figures ("according to American figures", "nach den Zahlen aus Washington"): what a
    /// source gives, not goods or a side of the trade.
    /// Nouns naming an event whose date follows ("the deal of January 2020", "das Abkommen vom Januar 2020").
    static let eventNouns: Set<String> = [
        "deal", "agreement", "accord", "pact", "treaty", "truce", "summit", "ceasefire", "invasion", "election",
        "abkommen", "vereinbarung", "einigung", "gipfel", "gipfeltreffen", "waffenstillstand", "einmarsch", "wahl",
        "vertrag", "handelsabkommen",
    ]

    static let statisticsNouns: Set<String> = [
        "figures", "data", "statistics", "numbers", "zahlen", "daten", "statistik", "angaben",
    ]

    /// Prepositions that open an adverbial set off by commas ("1992, im ersten vollen Jahr nach dem Ende der UdSSR,
    /// kauften …", "In 2019, after the trade war, …"): a country inside it is no subject of the verb after it.
    static let clauseOpeningPrepositions: Set<String> = [
        "im", "in", "nach", "vor", "seit", "während", "bei", "mit", "trotz", "wegen", "after", "before", "since",
        "during", "with", "despite", "following", "amid", "unlike", "like",
    ]

    /// Goods named as the home reporter's own in one word ("US-Waren", "American-made").
    static let homeMadeGoods: Set<String> = [
        "american-made", "u.s.-made", "us-made", "us-waren", "us-produkte", "us-güter", "us-erzeugnisse",
    ]
    /// Adjectives of the home reporter before what is bought ("American products", "amerikanische Sojabohnen"; not
    /// "amerikanische Unternehmen", who buy).
    static let homeAdjectives: Set<String> = [
        "american", "amerikanische", "amerikanischen", "amerikanischer",
    ]
    /// Nouns for the home reporter's buyers after its adjective, whose buying is its imports ("American buyers took
    /// $13.97bn of South African goods").
    static let homeBuyerNouns: Set<String> = [
        "buyers", "consumers", "shoppers", "importers", "käufer", "verbraucher", "konsumenten", "importeure",
    ]
    /// Nouns for who buys, after such an adjective ("amerikanische Unternehmen kauften …": the home reporter's own
    /// buyers, so its imports).
    static let buyerNouns: Set<String> = [
        "companies", "firms", "consumers", "buyers", "importers", "businesses", "shoppers", "households",
        "unternehmen", "firmen", "verbraucher", "käufer", "importeure", "konsumenten", "kunden", "händler",
    ]
    /// Nouns for those who make, sell or buy, after a country's adjective ("französische Hersteller lieferten …"): the
    /// country's own firms as the subject of its trade.
    static let makerNouns: Set<String> = [
        "hersteller", "produzenten", "exporteure", "importeure", "unternehmen", "firmen", "konzerne", "lieferanten",
        "händler", "käufer", "kunden", "makers", "manufacturers", "producers", "exporters", "importers", "companies",
        "firms", "suppliers", "buyers", "plants", "factories", "mills", "werke", "fabriken",
    ]
    /// Nouns for goods after "U.S." ("U.S. goods").
    static let goodsNouns: Set<String> = [
        "goods", "products", "merchandise", "exports", "made", "waren", "güter", "produkte", "erzeugnisse",
    ]

    /// Nouns of a change whose "from" names the base ("a reversal from 2015", "a jump from 2019").
    static let changeNouns: Set<String> = [
        "reversal", "turnaround", "swing", "rise", "increase", "jump", "drop", "decline", "fall", "gain", "change",
        "improvement", "deterioration", "shift", "turn",
    ]

    /// German finite verbs a subject follows when the sentence opens with something else ("Seit 2019 ist das Land
    /// …", "Im Vorjahr lag der Inselstaat …").
    static let finiteLinkVerbs: Set<String> = [
        "ist", "war", "bleibt", "blieb", "liegt", "lag", "wurde", "wird", "rangiert", "rangierte", "steht", "stand",
    ]

    /// Adverbs that open a sentence before its subject ("Damit ist das Land …", "Now the island …").
    static let sentenceAdverbs: Set<String> = [
        "damit", "somit", "heute", "inzwischen", "mittlerweile", "nun", "jetzt", "dadurch", "zudem", "außerdem",
        "thus", "now", "today", "still", "meanwhile",
    ]

    /// Flow nouns a country can own ("China's exports", "Chinas Ausfuhren"): what it sells abroad.
    static let ownedExportNouns: Set<String> = ["exports", "exporte", "exporten", "ausfuhren", "shipments"]
    /// Flow nouns a possessive ("its purchases", "their exports") gives to the country it stands for.
    static let ownedFlowNouns: Set<String> = ownedExportNouns.union(["imports", "purchases", "sales", "buying"])
    /// … and what it buys ("China's imports", "Chinas Einfuhren"); after an adjective ("Chinese
    /// imports") the noun usually means the reporter's imports of that country's goods, so these
    /// count only after a genitive.
    static let ownedImportNouns: Set<String> = ["imports", "importe", "importen", "einfuhren"]

    /// Words after goods that make them the cause of a move in another figure ("AI server boom lifts U.S. imports from
    /// Taiwan by nearly a third", "KI-Server lassen US-Importe um 32 Prozent steigen"), not its goods.
    static let goodsCauseWords: Set<String> = [
        "boom", "frenzy", "craze", "rush", "lift", "lifts", "lifted", "drive", "drives", "drove", "push", "pushes",
        "pushed", "boost", "boosts", "boosted", "lassen", "ließen", "lässt", "ließ", "treiben", "trieben", "treibt",
        "trieb",
    ]

    /// Epithets that may name more than one country ("die Alpenrepublik": Austria, by the reference table, or
    /// Switzerland): the countries they may mean.
    static let ambiguousEpithets: [String: Set<String>] = [
        "alpenrepublik": ["AUT", "CHE"]
    ]

    static let countryAnaphors: Set<String> = [
        "land", "landes", "country", "island", "insel", "kingdom", "königreich", "emirate", "emirat",
        "inselstaat", "nation", "republik", "republic", "nachbar", "nachbarn", "nachbarland", "nachbarlandes",
        "neighbor", "neighbour",
    ]

    /// Whether the words refer back to a country by a noun after a preposition of trade: a
    /// preposition, an article, up to two adjectives, the noun ("from the South American country").
    static func refersBackToCountry(_ words: [String]) -> Bool {
        let prepositions: Set<String> = [
            "from", "to", "with", "into", "aus", "mit", "nach", "in", "gegenüber", "against",
        ]
        let articles: Set<String> = ["the", "dem", "das", "den", "des", "der", "die", "this", "diesem", "dieses"]
        for (index, word) in words.enumerated() where isCountryAnaphor(word) {
            // ("Die beiden Nachbarn lieferten …", "the two neighbours": a noun a count makes a group of countries is
            // not one country named before.)
            if words[max(0, index - 2)..<index].contains(where: { countryCounts[$0] != nil }) { continue }
            // ("exportierten die USA Waren … ins Königreich", "im Nachbarland": a preposition that holds its article;
            // not a bare "ins Land", "im Land", which is mostly the reporter's own.)
            // (Right before the noun only: "im Süden des Landes" is a region's.)
            if index >= 1, ["ins", "im", "vom", "zum", "zur", "beim"].contains(words[index - 1]),
                !["land", "landes", "lande", "ländern", "länder"].contains(word)
            {
                return true
            }
            for gap in 1...4 where index - gap >= 0 {
                if articles.contains(words[index - gap]) {
                    // "Das Land kaufte …", "The Gulf kingdom shipped …": the subject opening the sentence.
                    if index - gap == 0, gap <= 3 { return true }
                    // "Damit ist die Insel drittgrößter Lieferant", "Now the island ranks": after an adverb
                    // (and the verb, in German) that opens the sentence.
                    if gap <= 3, index - gap <= 2, sentenceAdverbs.contains(words[0]) { return true }
                    if gap <= 3, index - gap >= 1, prepositions.contains(words[index - gap - 1]) { return true }
                    // "Als Handelspartner insgesamt ist das Land aber nicht mehr die Nummer eins": the German subject
                    // right after the finite verb that follows the sentence's first part.
                    if gap <= 2, index - gap >= 1, index - gap <= 8, finiteLinkVerbs.contains(words[index - gap - 1]) {
                        return true
                    }
                    // "…, dass das Königreich der fünftgrößte Abnehmer sei", "that the island ranks": the subject of a
                    // clause that opens with "dass"/"that".
                    if gap <= 2, index - gap >= 1, ["dass", "that", "ob", "whether"].contains(words[index - gap - 1]) {
                        return true
                    }
                    break
                }
            }
        }
        return false
    }

    /// The region whose country a noun referring back means, from the adjective before it ("the
    /// Southeast Asian country", "dem südostasiatischen Land", "the Gulf kingdom"): a key of
    /// `regionMembers`, or nil when the noun has no region adjective.
    static func anaphorRegion(_ words: [String]) -> String? {
        let stems: [(String, String)] = [
            ("südostasiat", "SOUTHEAST_ASIA"), ("southeast", "SOUTHEAST_ASIA"), ("south-east", "SOUTHEAST_ASIA"),
            ("südasiat", "SOUTH_ASIA"), ("ostasiat", "EAST_ASIA"), ("nahöstlich", "WEST_ASIA"),
            ("lateinamerikan", "LATIN_AMERICA"), ("latin", "LATIN_AMERICA"), ("südamerikan", "SOUTH_AMERICA"),
            ("mittelamerikan", "CENTRAL_AMERICA"), ("zentralamerikan", "CENTRAL_AMERICA"),
            ("nordamerikan", "NORTH_AMERICA"), ("afrikan", "AFRICA"), ("african", "AFRICA"),
            ("europä", "EUROPE"), ("european", "EUROPE"), ("asiat", "ASIA"), ("golf", "GULF"), ("gulf", "GULF"),
        ]
        for (index, word) in words.enumerated() where isCountryAnaphor(word) {
            if ["kingdom", "königreich", "königreichs"].contains(word) { return "KINGDOM" }
            let before = words[max(0, index - 3)..<index]
            // "South Asian", "East Asian", "South American": two words for one region.
            for (offset, adjective) in before.enumerated() {
                let next = offset + 1 < before.count ? before[before.startIndex + offset + 1] : ""
                if adjective == "south", next == "asian" { return "SOUTH_ASIA" }
                if adjective == "east", next == "asian" { return "EAST_ASIA" }
                if adjective == "south", next == "american" { return "SOUTH_AMERICA" }
                if adjective == "central", next == "american" { return "CENTRAL_AMERICA" }
                if adjective == "north", next == "american" { return "NORTH_AMERICA" }
                if adjective == "middle", next == "eastern" { return "WEST_ASIA" }
            }
            for adjective in before {
                if let match = stems.first(where: { adjective.hasPrefix($0.0) }) { return match.1 }
            }
            // "der Andenstaat", "der Golfstaat": the region in the compound.
            if word.hasPrefix("anden") { return "SOUTH_AMERICA" }
            if word.hasPrefix("golf") { return "GULF" }
            if before.contains("asian") { return "ASIA" }
        }
        return nil
    }

    /// Whether the words from `index` on are up to two adjectives and a noun that refers back to a
    /// country ("südamerikanischen Land", "Asian nation"): the adjective is no country of its own.
    static func describesAnaphor(_ words: [String], from index: Int) -> Bool {
        for offset in 1...2 where index + offset < words.count {
            if isCountryAnaphor(words[index + offset]) { return true }
        }
        return false
    }
}

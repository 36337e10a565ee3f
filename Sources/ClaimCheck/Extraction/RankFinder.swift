import TradeModel

/// A ranking said in a sentence: "the seventh-largest partner", "auf Platz vier", "Rang 28",
/// "the top supplier", "zu den 20 wichtigsten Lieferanten", "nicht mehr der größte Lieferant".
struct RankMention: Sendable, Hashable {
    /// The place claimed (1 = largest); for a membership ("among the ten largest"), the size of the group.
    var position: Int
    /// "among the ten largest", "Top 50": within the first `position` places.
    var membership = false
    /// "no longer the largest", "nicht zu den zehn größten".
    var negated = false
    /// What is ranked: exports (markets, buyers), imports (suppliers), total (partners), balance (deficits).
    var measure: Flow?
    /// For a balance: ranked by surplus rather than deficit.
    var surplus = false
    /// A product named in the ranking noun ("Düngerlieferant": HS 31).
    var product: String?
    /// "than any other country": ranked by the sentence's trade verb, whose subject is the country.
    var fromVerb = false
    /// "only seven countries ahead of Brazil", "nur noch sieben Länder vor Brasilien": the place after
    /// those counted, held by the country named after them.
    var countsAhead = false
    /// "No country sold more drugs to Americans", "Kein Land kaufte mehr US-Waren als Kanada", "only
    /// Canada sold Americans more": a place said by a comparative, with the countries named before it
    /// ahead ("only …") or none ahead ("no country …"); the country ranked is the one after "than", else
    /// the one the text is about.
    var comparative = false
    /// "China slipped to third": the place a country moved to, an English ordinal right after "to".
    var movedTo = false
    /// The token that says the place.
    var token: Int
}

/// Finds rankings in a sentence's words, in English and German.
enum RankFinder {
    static let englishOrdinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
        "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
        "twentieth": 20,
    ]
    static let germanOrdinalStems: [(String, Int)] = [
        ("zweit", 2), ("dritt", 3), ("viert", 4), ("fünft", 5), ("sechst", 6), ("siebt", 7), ("siebent", 7),
        ("acht", 8), ("neunt", 9), ("zehnt", 10), ("elft", 11), ("zwölft", 12),
    ]
    static let germanOrdinals: [String: Int] = [
        "ersten": 1, "erste": 1, "erster": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3, "vierten": 4,
        "vierte": 4, "fünften": 5, "fünfte": 5, "sechsten": 6, "sechste": 6, "siebten": 7, "siebte": 7, "achten": 8,
        "achte": 8, "neunten": 9, "neunte": 9, "zehnten": 10, "zehnte": 10, "zweiter": 2, "dritter": 3,
        "vierter": 4, "fünfter": 5, "sechster": 6, "siebter": 7, "neunter": 9, "zehnter": 10,
    ]

    /// Words that may stand between a verb of being and a place ("a distant fifth", "a close second").
    static let placeFillers: Set<String> = [
        "a", "an", "distant", "close", "clear", "strong", "narrow", "only", "just", "still", "now", "solid", "in",
    ]

    /// German verbs of losing a place that close their clause ("… an Mexiko abgeben").
    /// Verbs of a place held ("und belegt nur noch Platz drei", "and ranks third"): a second predicate after "und" that
    /// states the place now, whatever was lost before it.
    static let holdsPlaceVerbs: Set<String> = [
        "belegt", "belegte", "liegt", "lag", "steht", "stand", "rangiert", "rangierte", "ist", "war", "ranks", "ranked",
        "is", "was", "sits", "sat", "stands", "stood", "holds", "held",
    ]

    static let finalLossVerbs: Set<String> = [
        "abgeben", "abgegeben", "abtreten", "abgetreten", "verloren", "verlieren", "eingebüßt", "räumen", "geräumt",
    ]

    /// German modals and auxiliaries whose verb closes the clause ("musste … abgeben", "hat … verloren").
    static let auxiliaries: Set<String> = [
        "musste", "mussten", "muss", "müssen", "hat", "hatte", "haben", "hatten", "wird", "werden",
    ]

    /// Adjectives between a measuring word and "trade" ("by total goods trade").
    static let totalWords: Set<String> = ["total", "goods", "overall", "gesamten", "bilateral", "two-way"]

    /// Words that may stand between a ranking verb and its place ("ranked only fourth").
    static let rankAdverbs: Set<String> = ["only", "just", "merely", "nur", "erst", "noch", "still", "now", "nun"]

    /// Nouns an ordinal stands before when it is not a place ("the fourth quarter", "a second time").
    static let notPlaceNouns: Set<String> = [
        "quarter", "quartal", "half", "time", "times", "year", "month", "day", "week", "round", "term", "wave",
        "tranche", "phase", "stage", "attempt", "consecutive", "straight", "mal", "runde",
    ]
    /// A word for a balance, the German "Minus" and "Plus" included ("Nur mit China war das Minus größer").
    static func isBalanceNoun(_ word: String) -> Bool {
        Lexicon.flow(of: word) == .balance || word == "minus" || word == "plus"
    }

    static let cardinals: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "fifty": 50, "eins": 1, "zwei": 2, "drei": 3,
        "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
        "fünfzehn": 15, "zwanzig": 20, "fünfzig": 50,
    ]
    static let superlatives: Set<String> = [
        "largest", "biggest", "top", "leading", "größte", "größter", "größten", "größtes", "wichtigste", "wichtigster",
        "wichtigsten", "wichtigstes", "main", "chief", "premier", "number-one", "no.1",
    ]

    /// Words before a written ordinal that say the place themselves ("ranked 19th", "is only 22nd", "came 24th").
    static let placeLeadWords: Set<String> = [
        "ranked", "ranks", "rank", "ranking", "only", "just", "is", "was", "are", "were", "the", "a", "its", "their",
        "came", "comes", "now", "still", "remains", "remained", "stood", "stands", "to", "at", "in", "of", "about",
        "around", "roughly", "finished", "placed", "sits", "sat", "landed",
    ]

    /// Whether the superlative at `index` names a group without a count: "zu den wichtigsten", "unter den größten",
    /// "among the largest", "one of the biggest", "einer der größten".
    static func amongTheLargest(_ words: [String], at index: Int) -> Bool {
        guard index >= 2 else { return false }
        let (article, before) = (words[index - 1], words[index - 2])
        if ["den", "the"].contains(article), ["zu", "unter", "among"].contains(before) { return true }
        if article == "the", before == "of", index >= 3, ["one", "some", "several"].contains(words[index - 3]) {
            return true
        }
        // ("Wenn er über seine wichtigsten Kunden spricht", "Ölexporteure verlieren ihren wichtigsten Kunden": a firm's
        // or another party's customers.)
        if ["seine", "seinen", "seiner", "ihre", "ihren", "ihrer", "his", "her"].contains(article),
            index + 1 < words.count,
            words[index + 1].hasPrefix("kunde") || words[index + 1].hasPrefix("customer")
        {
            return true
        }
        return article == "der" && ["einer", "eines", "einem", "eine"].contains(before)
    }

    /// Nouns a membership counts before its superlative ("the ten countries with … the largest deficits").
    static let rankedNouns: Set<String> = [
        "countries", "nations", "partners", "economies", "suppliers", "markets", "ländern", "länder", "staaten",
        "handelspartnern", "handelspartner", "lieferanten", "lieferländern", "lieferländer", "abnehmern",
        "absatzmärkten", "märkten",
    ]

    static let timeUnits: Set<String> = [
        "months", "month", "monaten", "monate", "quarters", "quartalen", "quartale", "weeks", "wochen", "years",
        "jahren", "jahre", "days", "tagen", "tage", "halbjahr", "half",
    ]

    /// Every ranking in the sentence.
    static func mentions(in words: [String], clauseStarts: Set<Int> = []) -> [RankMention] {
        var found: [RankMention] = []
        func number(_ word: String) -> Int? {
            if let value = Int(word), value > 0, value < 300 { return value }
            if let value = cardinals[word] { return value }
            // "11th", "3rd", "2nd", "21st"
            let digits = word.prefix { $0.isNumber }
            if !digits.isEmpty, ["th", "st", "nd", "rd", "."].contains(String(word.dropFirst(digits.count))) {
                return Int(digits)
            }
            return englishOrdinals[word] ?? germanOrdinals[word]
        }
        var index = 0
        var skipTo = 0
        while index < words.count {
            if index < skipTo {
                index += 1
                continue
            }
            let word = words[index]
            let next = index + 1 < words.count ? words[index + 1] : ""
            var mention: RankMention?
            // "second-largest", "11th-biggest", "sixth-largest"
            if let hyphen = word.firstIndex(of: "-"),
                ["largest", "biggest", "most", "highest"].contains(where: {
                    word[word.index(after: hyphen)...].hasPrefix($0)
                }),
                let place = number(String(word[..<hyphen])),
                // ("the second-highest level on record" is a record; "the second-highest deficit" a place.)
                !word.hasSuffix("highest")
                    || words[(index + 1)..<min(words.count, index + 4)].contains(where: { classify($0) != nil })
            {
                mention = RankMention(position: place, token: index)
            } else if let place = englishOrdinals[word]
                ?? number(word).flatMap({ word.first?.isNumber == true && word.last?.isLetter == true ? $0 : nil }),
                ["largest", "biggest", "most", "leading", "place", "spot", "position"].contains(next)
            {
                // "second largest", "11th place", "seventh biggest"
                mention = RankMention(position: place, token: index)
            } else if let stem = germanOrdinalStems.first(where: {
                word.hasPrefix($0.0)
                    && (word.dropFirst($0.0.count).hasPrefix("größt")
                        || word.dropFirst($0.0.count).hasPrefix("wichtigst")
                        || word.dropFirst($0.0.count).hasPrefix("höchst"))
            }) {
                // "drittgrößter", "zweitwichtigste", "neuntgrößte"
                mention = RankMention(position: stem.1, token: index)
            } else if let place = englishOrdinals[word], place > 1, next == "only", index + 2 < words.count,
                ["to", "behind"].contains(words[index + 2])
            {
                // "a deficit of $73.3 billion, second only to the deficit with China"
                mention = RankMention(position: place, token: index)
            } else if ["platz", "rang", "position", "nummer", "number", "no"].contains(word), let place = number(next) {
                // "Platz vier", "Rang 28", "Nummer 3", "No. 2", "number one"
                mention = RankMention(position: place, token: index)
                // ("jenseits von Platz 70": past the first seventy places, which the negation below says.)
                if words[max(0, index - 2)..<index].contains("jenseits") { mention?.membership = true }
            } else if word.hasPrefix("number-") || word.hasPrefix("no.-") || word.hasPrefix("nummer-"),
                let place = number(String(word.drop(while: { $0 != "-" }).dropFirst())), place > 1
            {
                // "our number-two supplier", "der Nummer-zwei-Markt"
                mention = RankMention(position: place, token: index)
            } else if ["platz", "rang", "place", "stelle"].contains(word), index > 0,
                let place = germanOrdinals[words[index - 1]] ?? number(words[index - 1])
            {
                // "auf den dritten Platz"
                mention = RankMention(position: place, token: index - 1)
            } else if ["ranked", "ranks", "rank", "ranking", "rangiert", "rangierte"].contains(word),
                let place = number(next)
                    ?? (rankAdverbs.contains(next) && index + 2 < words.count ? number(words[index + 2]) : nil)
            {
                // "ranked eighth", "ranked only fourth"
                mention = RankMention(position: place, token: index)
            } else if let place = englishOrdinals[word]
                ?? number(word).flatMap({ word.first?.isNumber == true && word.last?.isLetter == true ? $0 : nil }),
                place > 1, index >= 2, words[index - 1] == "to",
                [
                    "slipped", "slid", "fell", "dropped", "climbed", "rose", "moved", "jumped", "advanced", "fallen",
                    "risen", "slips", "falls", "climbs", "rises", "moves",
                ].contains(words[index - 2])
            {
                // "Germany slipped to third behind Switzerland", "climbed to second": the place reached.
                mention = RankMention(position: place, token: index)
            } else if let place = englishOrdinals[word]
                // ("put Thailand 11th among …": a written ordinal right after the country's name.)
                // (Not after a word of ranking, which said the place already: "ranks only 16th among buyers".)
                ?? number(word).flatMap({
                    word.first?.isNumber == true && word.last?.isLetter == true && index > 0
                        && !Self.placeLeadWords.contains(words[index - 1]) ? $0 : nil
                }),
                place > 1, next == "among"
            {
                // "That puts Switzerland fifth among the countries with which …": a place among a list.
                mention = RankMention(position: place, token: index)
                // (The list's own superlative, "… with which America runs its biggest deficits", is no place of its
                // own.)
                let clauseEnd = clauseStarts.filter { $0 > index }.min() ?? words.count
                if let superlative = words[(index + 1)..<max(index + 1, min(words.count, index + 12, clauseEnd))]
                    .firstIndex(where: {
                        superlatives.contains($0) || $0.hasSuffix("größten") || $0.hasSuffix("wichtigsten")
                    })
                {
                    skipTo = superlative + 1
                }
            } else if [
                "is", "was", "ist", "war", "came", "comes", "finished", "stood", "stands", "stayed", "stays",
                "remained",
                "remains", "sits", "sat", "blieb", "bleibt", "placed", "landed", "landete", "landet",
            ].contains(word),
                // ("is a distant fifth", "came a close second", "came 24th": a word or two of manner between.)
                let at = (index + 1..<min(words.count, index + 4)).first(where: {
                    !Self.placeFillers.contains(words[$0])
                }),
                words[(index + 1)..<at].allSatisfy(Self.placeFillers.contains),
                let place = englishOrdinals[words[at]] ?? germanOrdinals[words[at]]
                    ?? number(words[at]).flatMap({
                        words[at].first?.isNumber == true && words[at].last?.isLetter == true ? $0 : nil
                    }),
                place > 1,
                at + 1 >= words.count
                    || !notPlaceNouns.contains(words[at + 1])
                        && !["largest", "biggest", "most", "highest", "place", "spot", "position"].contains(
                            words[at + 1])
                        && !(words[at + 1].first?.isLetter == true && Self.rankedNouns.contains(words[at + 1]))
            {
                // "Switzerland, thanks to gold, is fourth", "Japan war Vierter": a place on its own.
                mention = RankMention(position: place, token: index)
            } else if ["first", "ersten"].contains(word), let size = number(next), size > 1, index > 0,
                ["the", "die", "den", "our", "its"].contains(words[index - 1]),
                // ("in den ersten vier Monaten", "the first eight months": a period, not a place.)
                !(index + 2 < words.count && Self.timeUnits.contains(words[index + 2]))
            {
                // "unter die ersten fünf", "among the first five": within the first places.
                mention = RankMention(position: size, membership: true, token: index)
            } else if word == "top", let size = number(next), size > 1 {
                // "Top 50", "the top 10"
                mention = RankMention(position: size, membership: true, token: index)
            } else if word.hasPrefix("top-"), let size = number(String(word.dropFirst(4))), size > 1 {
                // ("isn't even a top-ten market", "a top-20 supplier": the group as one adjective.)
                mention = RankMention(position: size, membership: true, token: index)
            } else if let size = number(word), size > 1, index > 0,
                [
                    "the", "den", "die", "our", "its", "their", "unsere", "unseren", "seinen", "ihren", "america's",
                    "america’s", "amerikas", "washington's", "washingtons",
                ].contains(words[index - 1]),
                index >= 2, ["among", "unter", "zu", "of", "in"].contains(words[index - 2]),
                superlatives.contains(next) || next.hasSuffix("größten") || next.hasSuffix("wichtigsten")
            {
                // "among the ten largest", "zu den 20 wichtigsten", "unter den zehn größten"
                mention = RankMention(position: size, membership: true, token: index)
            } else if let size = number(word), size > 1, index >= 2,
                ["the", "den", "die"].contains(words[index - 1]), ["among", "unter", "zu"].contains(words[index - 2]),
                Self.rankedNouns.contains(next),
                index + 2 < words.count,
                let superlative = words[(index + 2)..<min(words.count, index + 10)].firstIndex(where: {
                    superlatives.contains($0) || $0.hasSuffix("größten") || $0.hasSuffix("wichtigsten")
                })
            {
                // "among the ten countries with which the U.S. runs its largest deficits", "zu den zehn
                // Ländern mit den größten Überschüssen": within the first places; the superlative is its.
                mention = RankMention(position: size, membership: true, token: index)
                skipTo = superlative + 1
            } else if let count = number(word), count >= 1, count < 60, index >= 1,
                words[max(0, index - 2)..<index].contains(where: { ["only", "nur", "noch"].contains($0) }),
                ["countries", "nations", "länder", "ländern", "staaten", "partners", "handelspartner", "partner"]
                    .contains(next),
                words[(index + 2)..<min(words.count, index + 5)].contains(where: { ["vor", "ahead"].contains($0) })
                    // ("Nur mit sieben Ländern war das Minus der USA größer": a balance with those counted was larger;
                    // "Only seven countries left the U.S. with a bigger deficit": a larger balance after the comparative;
                    // not with the countries listed after a comma, "Only two countries, Hong Kong and the Netherlands,
                    // gave the US a bigger surplus", where "only" names the place after them.)
                    || !clauseStarts.contains(index + 2)
                        && words[(index + 2)..<min(words.count, index + 12)].indices.contains(where: { more in
                            Self.comparatives.contains(words[more])
                                && ((["mit", "with"].contains(words[index - 1])
                                    && words[(index + 2)..<more].contains(where: Self.isBalanceNoun))
                                    || words[(more + 1)..<min(words.count, more + 3)].contains(
                                        where: Self.isBalanceNoun))
                        })
                    // ("Only six countries sold the US more goods than Vietnam", "Nur sieben Länder lieferten mehr
                    // als Vietnam": those counted sold or bought more than the one named after "than".)
                    || words[(index + 2)..<min(words.count, index + 12)].indices.contains(where: { more in
                        Self.comparatives.contains(words[more])
                            && words[(more + 1)..<min(words.count, more + 8)].contains(where: {
                                ["than", "als"].contains($0)
                            })
                    })
            {
                mention = RankMention(position: count + 1, countsAhead: true, token: index)
                // (The verb of those counted: they sold, the U.S. imported.)
                if let sold = words[(index + 2)..<min(words.count, index + 10)].lazy.compactMap({
                    Self.sellVerbs[$0]
                }).first {
                    mention?.measure = sold
                }
            } else if superlatives.contains(word), !(index > 0 && (number(words[index - 1]) != nil)),
                !(index > 0 && ["most", "second", "third"].contains(words[index - 1])),
                // ("zählt zu den wichtigsten Kunden", "one of the largest suppliers", "einer der größten Lieferanten":
                // among the largest, with no count, claims no place.)
                !Self.amongTheLargest(words, at: index)
            {
                // ("on top of its earlier 25% rate": an idiom, no ranking.)
                if word == "top",
                    ["quality", "tier", "official", "officials", "executive", "executives", "court"].contains(next)
                        || (next == "of" && index > 0 && words[index - 1] == "on")
                {
                    index += 1
                    continue
                }
                mention = RankMention(position: 1, token: index)
            } else if word == "most", next == "important", !Self.amongTheLargest(words, at: index) {
                mention = RankMention(position: 1, token: index)
            } else if ["tops", "topped", "topping", "heads", "headed", "führt", "führte", "führen", "führten"].contains(
                word),
                words[(index + 1)..<min(words.count, index + 3)].contains(where: {
                    ["list", "ranking", "rankings", "liste", "rangliste"].contains($0)
                })
            {
                // "Canada still tops list of U.S. export markets", "führt die Rangliste der Lieferländer an".
                mention = RankMention(position: 1, token: index)
            } else if ["vorn", "vorne"].contains(word), index > 0,
                words[max(0, index - 4)..<index].contains(where: {
                    ["lag", "liegt", "lagen", "liegen", "war", "ist", "steht", "stand", "landete"].contains($0)
                })
            {
                // "lag Mexiko vorn": the first place.
                mention = RankMention(position: 1, token: index)
            } else if word == "oben", index > 0, words[index - 1] == "ganz",
                words[max(0, index - 2)..<min(words.count, index + 4)].contains(where: {
                    ["lag", "liegt", "lagen", "liegen", "steht", "stand", "rangiert", "rangierte", "folgt"].contains($0)
                })
            {
                // "Ganz oben rangiert China", "ganz oben steht Kanada": the first place.
                mention = RankMention(position: 1, token: index)
            } else if ["spitze", "spitzenreiter", "spitzenplatz"].contains(word)
                // ("Canada was the leader in total goods trade": first among the partners in it.)
                || (word == "leader" && index > 0 && words[index - 1] == "the"
                    && ["in", "among"].contains(next))
            {
                // "an der Spitze der Lieferländer", "Spitzenreiter"
                mention = RankMention(position: 1, token: index)
            } else if ["no", "kein", "keine", "keinem"].contains(word),
                ["country", "other", "nation", "land", "anderes", "anderen", "staat", "partner"].contains(next),
                let more = words[(index + 2)..<min(words.count, index + 12)].firstIndex(where: {
                    ["more", "mehr"].contains($0)
                        // ("Mit keinem anderen Land erzielen die USA einen so großen Überschuss wie mit den
                        // Niederlanden", "no country leaves the U.S. with a bigger surplus": a balance's size.)
                        || (Self.comparatives.contains($0) || Self.asLarge.contains($0))
                            && words[(index + 2)..<min(words.count, index + 14)].contains(where: {
                                Lexicon.flow(of: $0) == .balance || $0 == "plus"
                            })
                }), !words[(index + 2)..<more].contains(where: { ["than", "als"].contains($0) }),
                !Self.asLarge.contains(words[more]) || (more > 0 && ["so", "as"].contains(words[more - 1]))
            {
                // "No country sold more drugs to Americans", "Kein Land kaufte mehr amerikanische Waren".
                mention = RankMention(position: 1, fromVerb: true, comparative: true, token: index)
            } else if ["only", "nur"].contains(word), index + 1 < words.count,
                let more = words[(index + 1)..<min(words.count, index + 16)].firstIndex(where: {
                    Self.comparatives.contains($0)
                }), more > index + 1,
                words[(index + 1)..<more].contains(where: { Self.sellVerbs[$0] != nil })
                    || words[(more + 1)..<min(words.count, more + 6)].contains(where: { Self.sellVerbs[$0] != nil })
                    || words[(more + 1)..<min(words.count, more + 8)].contains(where: { ["than", "als"].contains($0) })
                    // ("Nur mit China war die Lücke größer", "das Minus", "only the deficits with China and Mexico were
                    // larger": a balance compared, its countries after "mit", "with".)
                    || (words[(index + 1)..<more].contains(where: Self.isBalanceNoun)
                        && words[(index + 1)..<min(more, index + 4)].contains(where: { ["mit", "with"].contains($0) }))
                    // ("only China and Mexico had bigger deficits with the U.S.": the balance after the comparative.)
                    || words[(more + 1)..<min(words.count, more + 3)].contains(where: Self.isBalanceNoun)
            {
                // "only Canada sold Americans more of them", "Nur Kanada, Mexiko und China nahmen mehr
                // US-Waren ab als Brasilien": the place after the countries named.
                mention = RankMention(position: 0, fromVerb: true, comparative: true, token: index)
            } else if ["than", "als"].contains(word), index + 2 < words.count,
                // ("than to any other country", "als mit jedem anderen Land".)
                let any = (index + 1...min(index + 2, words.count - 2)).first(where: {
                    ["any", "jedes", "jeder", "jedem", "allen"].contains(words[$0])
                }), any == index + 1 || ["to", "from", "with", "nach", "aus", "mit", "in"].contains(next),
                ["other", "andere", "anderes", "anderen", "anderer"].contains(words[any + 1])
            {
                // ("its line on our chart climbs more steeply than any other", "wuchs schneller als jedes andere": the
                // fastest growth, which no ranking of levels checks.)
                let growth: Set<String> = [
                    "steeply", "faster", "quickly", "rapidly", "sharply", "schneller", "stärker", "rasanter",
                ]
                if words[max(0, index - 3)..<index].contains(where: growth.contains) {
                    index += 1
                    continue
                }
                // "sold more goods to the United States than any other country", "kaufte mehr US-Güter
                // als jedes andere Land": the first place, measured by the trade verb.
                mention = RankMention(position: 1, fromVerb: true, token: index)
            }
            // ("seventh place": the ordinal and the noun say one place.)
            guard var found1 = mention, !found.contains(where: { $0.token == mention?.token }) else {
                index += 1
                continue
            }
            // ("seventh place among the biggest sources": the superlative names the list of the place before.)
            if found1.position == 1, !found1.membership, !found1.comparative,
                found.contains(where: { $0.token < found1.token && found1.token - $0.token <= 8 && $0.position > 1 })
            {
                index += 1
                continue
            }
            // "Europe's largest economy", "die zweitgrößte Volkswirtschaft": a name for a country, not a
            // trade ranking.
            let economyWords: Set<String> = ["economy", "economies", "volkswirtschaft", "wirtschaftsmacht"]
            if words[(found1.token + 1)..<min(words.count, found1.token + 3)].contains(where: economyWords.contains)
                || economyWords.contains(where: { word.hasSuffix($0) })
            {
                index += 1
                continue
            }
            // "Japan, once the third-largest buyer", "der einst zweitgrößte Lieferant": a past place
            // with no period of its own is not a claim about the period the sentence speaks of.
            let pastMarkers: Set<String> = [
                "once", "formerly", "former", "einst", "einstige", "einstigen", "ehemals",
                "ehemalige", "ehemaligen", "früher", "frühere", "früheren",
                // ("China, jahrelang der wichtigste Lieferant, kam nur noch auf …", "long the top supplier": a place
                // held for years up to the period spoken of, which the sentence does not date.)
                "jahrelang", "jahrzehntelang", "lange", "langjährige", "langjähriger", "langjährigen", "longtime",
                "long-time", "long",
            ]
            let window = words[max(0, found1.token - 3)..<found1.token]
            if window.contains(where: pastMarkers.contains)
                || zip(window, window.dropFirst()).contains(where: {
                    ["for", "viele"].contains($0.0) && ["years", "decades", "jahre", "jahrzehnte"].contains($0.1)
                })
            {
                index += 1
                continue
            }
            // "kletterte von Platz zwölf auf Platz sieben": the place left behind is the period before's, not a claim
            // about the one the sentence speaks of.
            if words[max(0, found1.token - 2)..<found1.token].contains(where: { ["von", "vom", "from"].contains($0) }),
                words[(found1.token + 1)..<min(words.count, found1.token + 5)].contains(where: {
                    ["auf", "to"].contains($0)
                })
            {
                index += 1
                continue
            }
            // Negation just before: "no longer the largest", "nicht mehr der größte", "not among";
            // for a membership also after: "unter den fünf wichtigsten taucht Indien nicht auf".
            let negations: Set<String> = [
                "not", "nicht", "no", "kein", "keine", "keiner", "never", "nie", "wasn't", "isn't",
                "aren't", "weren't", "doesn't", "didn't", "hasn't", "wasn’t", "isn’t", "aren’t", "weren’t",
                "doesn’t", "didn’t", "hasn’t", "outside", "außerhalb", "jenseits",
            ]
            var clauseStart = clauseStarts.filter { $0 <= found1.token }.max() ?? 0
            // ("Mexico is not, however, the biggest market": an adverb set off by commas does not open a clause.)
            if clauseStart >= 2, Lexicon.insertedAdverbs.contains(words[clauseStart - 1]),
                clauseStarts.contains(clauseStart - 1)
            {
                clauseStart = clauseStarts.filter { $0 < clauseStart - 1 }.max() ?? 0
            }
            let before = words[max(clauseStart, found1.token - 5)..<found1.token]
            let after = words[min(words.count, found1.token + 1)..<min(words.count, found1.token + 8)]
            // "aus den Top Ten gefallen", "dropped out of the top ten", "verfehlte die Top Ten": outside.
            let exits: Set<String> = [
                "out", "aus", "verfehlte", "verfehlt", "verpasste", "verpasst", "missed", "missing",
            ]
            let falls: Set<String> = ["dropped", "fell", "fallen", "slipped", "dropping", "falling", "slid"]
            // ("a drop large enough to knock China out of the top spot", "pushed Canada out of first place": out of
            // the place.)
            let outOf = before.suffix(3).indices.contains { index in
                before[index] == "out" && index + 1 < found1.token && words[index + 1] == "of"
            }
            let leaves =
                outOf
                || found1.membership
                    && (before.suffix(3).contains(where: exits.contains)
                        || (before.suffix(3).contains("from") && before.contains(where: falls.contains)))
            // ("ceased to be the largest", "stopped being the top supplier", "hörte auf, … zu sein": no longer.)
            let ceases =
                before.contains { ["ceased", "ceases", "cease", "stopped", "stops"].contains($0) }
                && (before.contains("be") || before.contains("being"))
            // ("nowhere near the top 20", "far from the top ten": outside.)
            let farFrom =
                before.contains("nowhere")
                || before.indices.dropLast().contains { before[$0] == "far" && before[$0 + 1] == "from" }
            // ("did not even make the list of the 60 largest sources", "does not make the list of the twenty largest
            // export markets": a membership's negation may stand further back, in its clause.)
            let longBefore = words[max(clauseStart, found1.token - 9)..<found1.token]
            let deniesMembership =
                found1.membership
                && longBefore.indices.contains { index in
                    negations.contains(words[index]) && index + 1 < found1.token
                        && !["only", "nur"].contains(words[index + 1])
                }
            if leaves || ceases || farFrom || deniesMembership || before.contains(where: { negations.contains($0) })
                || (before.contains("longer") && before.contains("no"))
                // ("Zu den zehn Ländern, mit denen Washington das größte Defizit hat, gehört sie nicht": the
                // verb and its negation end the clause.)
                || (found1.membership
                    && words[min(words.count, found1.token + 1)..<min(words.count, found1.token + 14)].contains(
                        where: { ["nicht", "not", "never", "nie", "keine", "keinen", "keineswegs"].contains($0) }))
            {
                found1.negated = true
            }
            // "China lost its place as the largest supplier to Mexico", "wurde von Mexiko als größter Lieferant
            // abgelöst", "slipped from first place": the subject no longer holds the place (not one it reached:
            // "slipped to second place", "auf Platz zwei zurückgefallen").
            // ("Canada lost ground but remained the largest buyer": not across "but", "blieb aber".)
            let breaks: Set<String> = [
                "but", "yet", "although", "though", "while", "aber", "doch", "obwohl", "während",
            ]
            let clauseEnd = min(
                clauseStarts.filter { $0 > found1.token }.min() ?? words.count,
                words[found1.token...].firstIndex(where: breaks.contains) ?? words.count)
            var lossStart = max(clauseStart, (words[..<found1.token].lastIndex(where: breaks.contains) ?? -1) + 1)
            // ("ist hinter Deutschland zurückgefallen und belegt nur noch Platz drei": a second predicate after "und"
            // states the place held now.)
            if lossStart < found1.token,
                let and = words[lossStart..<found1.token].lastIndex(where: { ["und", "and"].contains($0) }),
                and + 1 < found1.token, Self.holdsPlaceVerbs.contains(words[and + 1])
            {
                lossStart = and + 1
            }
            let reached = words[max(0, found1.token - 2)..<found1.token].contains {
                ["to", "into", "auf", "zum", "zur"].contains($0)
            }
            let left = words[max(0, found1.token - 2)..<found1.token].contains { ["from", "von", "vom"].contains($0) }
            // (German puts the verb at the clause's end however long it is: "musste den ersten Platz unter den
            // Lieferländern der USA an Mexiko abgeben".)
            // (And past a comma's aside, after a modal or an auxiliary: "musste Kanada den Spitzenplatz unter den
            // Handelspartnern, gemessen an Ein- und Ausfuhren zusammen, erstmals an China abgeben".)
            let finalAfterAside =
                words[lossStart..<found1.token].contains(where: Self.auxiliaries.contains)
                ? words[found1.token...].firstIndex(where: Self.finalLossVerbs.contains) : nil
            var lossEnd = min(words.count, clauseEnd, found1.token + 9)
            if clauseEnd > found1.token, Self.finalLossVerbs.contains(words[min(words.count, clauseEnd) - 1]) {
                lossEnd = min(words.count, clauseEnd)
            }
            if let finalAfterAside { lossEnd = max(lossEnd, finalAfterAside + 1) }
            if !found1.negated, !found1.comparative, !reached,
                Lexicon.losesPlace(words, in: lossStart..<lossEnd)
                    || (left
                        && words[lossStart..<clauseEnd].contains(where: {
                            ["slipped", "fell", "dropped", "slid", "fiel", "rutschte", "abgerutscht"].contains($0)
                        }))
            {
                found1.negated = true
            }
            if found1.comparative {
                // The verb after the subject, from the country's side: it sold (U.S. imports) or bought
                // (U.S. exports).
                // ("Only China … left the U.S. with bigger deficits than Ireland": else the ranking noun's.)
                if let sold = words[found1.token...].lazy.compactMap({ Self.sellVerbs[$0] }).first {
                    found1.measure = sold
                } else {
                    let named = measure(around: found1.token, in: words, clauseStarts: clauseStarts)
                    (found1.measure, found1.surplus) = (named.0, named.1)
                    // ("Mit keinem anderen Land fiel das Plus so groß aus": the surplus said as a plus.)
                    if found1.measure == nil,
                        words[found1.token..<min(words.count, found1.token + 14)].contains("plus")
                    {
                        (found1.measure, found1.surplus) = (.balance, true)
                    }
                }
                if found1.measure == nil {
                    index += 1
                    continue
                }
            } else if found1.fromVerb {
                // The verb's flow from the country's side: it sold (U.S. imports) or bought (U.S. exports).
                // ("The United States sold more goods to Canada than to any other country": the home reporter's
                // side, as it is.)
                let verbIndex = words[..<found1.token].lastIndex { Lexicon.flow(of: $0) != nil }
                let verb = verbIndex.flatMap { Lexicon.flow(of: words[$0]) }
                // ("Die USA haben 2023 Waren im Wert von 472,9 Mrd. $ aus Mexiko importiert und damit mehr als aus
                // jedem anderen Land": a German clause's verb comes last, its subject at the clause's start.)
                let homeSubject =
                    verbIndex.map { index in
                        let clauseStart = clauseStarts.filter { $0 <= index }.max() ?? 0
                        return words[max(0, index - 3)..<index].contains(where: Self.homeSubjects.contains)
                            || (index - clauseStart <= 16
                                && words[clauseStart..<min(index, clauseStart + 3)].contains(where: {
                                    Self.homeSubjects.contains($0)
                                })
                                && (clauseStart + 1..<min(index, clauseStart + 4)).contains(where: {
                                    ["haben", "hat", "hatten", "hatte"].contains(words[$0])
                                }))
                            // ("Im vergangenen Jahr haben die USA mehr Waren aus Mexiko eingeführt als aus jedem
                            // anderen Land": the subject right after the auxiliary, where something else opens the
                            // clause.)
                            || (index - clauseStart <= 16 && index > clauseStart + 1
                                && (clauseStart + 1..<min(index, clauseStart + 6)).contains(where: { aux in
                                    ["haben", "hat", "hatten", "hatte"].contains(words[aux]) && aux + 1 < index
                                        && words[(aux + 1)..<min(index, aux + 3)].contains(where: {
                                            Self.homeSubjects.contains($0)
                                        })
                                }))
                    } ?? false
                found1.measure =
                    homeSubject ? verb : verb == .exports ? .imports : verb == .imports ? .exports : verb
                // ("shipped $50.2 billion of pharmaceuticals to the U.S. last year, more than any other country": the
                // goods named between the verb and the comparison are what is ranked.)
                if let verbIndex, verbIndex < found1.token {
                    found1.product = words[verbIndex..<found1.token].lazy.compactMap { Lexicon.product(of: $0) }.first
                }
            } else if !(found1.countsAhead && found1.measure != nil) {
                // (Not where the verb of those counted set it: "Only six countries sold the US more".)
                (found1.measure, found1.surplus, found1.product) = measure(
                    around: found1.token, in: words, clauseStarts: clauseStarts)
                // "Canada and China ranked second and third, with … in two-way trade": a place written
                // out, with no ranking noun, ranks by the sentence's trade word.
                if found1.measure == nil, found1.position > 1 || found1.membership,
                    ["ranked", "ranks", "rank", "platz", "rang", "place"].contains(where: {
                        words[max(0, found1.token - 2)..<min(words.count, found1.token + 2)].contains($0)
                    })
                {
                    // ("China has slipped to third place, largely because tariffs … have made American companies buy
                    // less": a flow in a clause of reasons after the place is the reason's.)
                    let reason =
                        words[found1.token...].firstIndex(where: {
                            ["because", "weil", "denn", "since", "due", "wegen"].contains($0)
                        }) ?? words.count
                    found1.measure = words[..<reason].lazy.compactMap { Lexicon.flow(of: $0) }.first
                }
            }
            found1.movedTo =
                found1.token >= 2 && words[found1.token - 1] == "to" && englishOrdinals[words[found1.token]] != nil
            found.append(found1)
            // "Platz 8 und 9", "ranked second and third": further places for further countries.
            var listed = found1.token + (words[found1.token].first?.isLetter == true && number(next) != nil ? 2 : 1)
            while listed + 1 < words.count, ["und", "and", "bzw", "beziehungsweise"].contains(words[listed]),
                let place = number(words[listed + 1])
            {
                var further = found1
                further.position = place
                further.token = listed + 1
                further.movedTo = false
                found.append(further)
                listed += 2
            }
            index += 1
        }
        return found
    }

    /// Words that name the home reporter as a verb's subject.
    static let homeSubjects: Set<String> = [
        "states", "america", "americans", "usa", "us", "u.s.", "amerika", "amerikaner", "staaten",
    ]

    /// Verbs of a country's trade with the reporter, as the reporter's flow: a country that sells,
    /// ships or supplies makes imports; one that buys makes exports.
    static let sellVerbs: [String: Flow] = [
        "sold": .imports, "sells": .imports, "sell": .imports, "shipped": .imports, "ships": .imports,
        "supplied": .imports, "supplies": .imports, "supply": .imports, "exported": .imports, "exports": .imports,
        "lieferte": .imports, "lieferten": .imports, "liefert": .imports, "verkaufte": .imports,
        "verkauften": .imports, "verkauft": .imports, "exportierte": .imports, "exportierten": .imports,
        "bought": .exports, "buys": .exports, "buy": .exports, "purchased": .exports, "imported": .exports,
        "kaufte": .exports, "kauften": .exports, "kauft": .exports, "nahmen": .exports, "nahm": .exports,
        "bezog": .exports, "bezogen": .exports, "importierte": .exports, "importierten": .exports,
        "abkauft": .exports, "abkaufte": .exports, "abkauften": .exports, "abnimmt": .exports, "abnahm": .exports,
        "exportiert": .imports, "kaufen": .exports, "importiert": .exports, "einkauft": .exports,
        "einkaufen": .exports, "einkaufte": .exports, "einkauften": .exports, "verkaufen": .imports,
        "tauschte": .total, "tauschten": .total, "exchanged": .total, "traded": .total, "trades": .total,
        "handelt": .total, "handelte": .total, "handelten": .total,
    ]

    /// Sizes after "so"/"as" that say a first place with "no country": "so groß wie", "as large as".
    static let asLarge: Set<String> = [
        "groß", "große", "großen", "großes", "hoch", "hohes", "hohen", "viel", "large", "big", "high", "much",
    ]

    /// Comparatives that say a place with "only … than": "only Canada sold more", "nur mit China ist
    /// der Fehlbetrag größer als mit Irland".
    static let comparatives: Set<String> = [
        "more", "mehr", "bigger", "larger", "greater", "higher", "größer", "größere", "größeren", "höher", "höhere",
        "höheren", "größeres", "höheres", "wider",
    ]

    /// Words that open, after a comma, a clause with a subject of its own ("…, das Defizit …", "…, and the gap …").
    static let otherSubjectOpeners: Set<String> = [
        "das", "der", "die", "the", "and", "und", "while", "während", "but", "aber", "whereas",
    ]

    /// What a ranking ranks, from the noun nearest its place word (after it first).
    static func measure(around token: Int, in words: [String], clauseStarts: Set<Int> = []) -> (Flow?, Bool, String?) {
        // ("China ist in der Rangliste der Lieferanten auf Platz drei zurückgefallen, das Defizit mit der
        // Volksrepublik lag …": not past a comma opening another clause with a subject of its own.)
        let afterEnd =
            (token + 1..<min(words.count, token + 8)).first { index in
                clauseStarts.contains(index) && otherSubjectOpeners.contains(words[index])
            } ?? min(words.count, token + 8)
        let after = (token..<afterEnd).map { ($0, words[$0]) }
        // ("Unter den Lieferländern der USA rangierte das Land 2013 nur auf Platz 37": ten words before.)
        let before = (max(0, token - 12)..<token).reversed().map { ($0, words[$0]) }
        for (index, word) in after + before {
            // "counting imports alone, France ranked ninth", "ranked ninth by exports", "bei den Einfuhren auf
            // Platz neun": a flow measured by.
            if let flow = measuredFlow(at: index, in: words) { return (flow, false, nil) }
            // ("der zollfreie Zugang zum amerikanischen Markt der wichtigste Standortfaktor": a bare "Markt" names what
            // is ranked only right after the place word, "der wichtigste Markt".)
            if word == "markt", index < token { continue }
            // ("verbuchten die Vereinigten Staaten ein größeres Plus; die Emirate folgen auf dem dritten Platz": a
            // German "Plus" held, not one of a change, "ein Plus von 16 Prozent".)
            if word == "plus", index > 0, Self.surplusPlusWords.contains(words[index - 1]),
                index + 1 >= words.count || !["von", "um"].contains(words[index + 1])
            {
                return (.balance, true, nil)
            }
            guard let found = classify(word) else { continue }
            // "the fourth-largest source of the U.S. deficit", "contributor to the surplus": the balance.
            if found.0 == .imports, ["source", "sources", "contributor", "contributors"].contains(word),
                let balance = words[(index + 1)..<min(words.count, index + 7)].lazy.compactMap(classify).first(
                    where: { $0.0 == .balance })
            {
                return balance
            }
            return found
        }
        // "the top ten countries you buy from", "the countries America sells to": a verb with its preposition;
        // "the countries that sell to America" are its suppliers (the countries the verb's subject).
        let near = max(0, token - 12)..<min(words.count, token + 12)
        for index in near where index + 1 < words.count {
            // ("the countries that sell goods to the United States", "selling their products to America": the goods
            // sold between the verb and its preposition.)
            var object = index + 1
            while object + 1 < words.count, object - index <= 3,
                Lexicon.goodsNouns.contains(words[object])
                    || ["their", "its", "american", "u.s."].contains(words[object])
            {
                object += 1
            }
            let (verb, preposition) = (words[index], words[object])
            // ("the countries selling goods to the United States": the countries the participle's subject.)
            let countriesAct =
                index > 0
                && (["that", "which", "who", "die", "welche"].contains(words[index - 1])
                    || (["countries", "nations", "economies"].contains(words[index - 1])
                        && ["selling", "buying", "shipping", "supplying"].contains(verb)))
            if [
                "buy", "buys", "bought", "buying", "import", "imports", "imported", "kauft", "kaufen", "kaufte",
                "kauften",
            ]
            .contains(verb) && ["from", "bei", "ein"].contains(preposition) {
                return (countriesAct ? .exports : .imports, false, nil)
            }
            if [
                "sell", "sells", "sold", "selling", "export", "exports", "exported", "ship", "ships", "shipped",
                "shipping",
            ]
            .contains(verb), preposition == "to" {
                return (countriesAct ? .imports : .exports, false, nil)
            }
            // ("unter den Ländern, aus denen die USA Waren beziehen": bought from them; "in die die USA liefern": sold to
            // them.)
            if ["aus", "von"].contains(verb), ["denen", "dem", "der"].contains(preposition),
                words[(index + 2)..<min(words.count, index + 8)].contains(where: { word in
                    ["bezieh", "bezog", "kauf", "import", "einführ", "führen", "führt"].contains(where: word.hasPrefix)
                })
            {
                return (.imports, false, nil)
            }
            if ["in", "nach", "an"].contains(verb), ["die", "denen", "das", "den"].contains(preposition),
                words[(index + 2)..<min(words.count, index + 8)].contains(where: { word in
                    ["liefer", "exportier", "verkauf", "ausführ"].contains(where: word.hasPrefix)
                })
            {
                return (.exports, false, nil)
            }
            // ("the countries that supply American goods", "die Länder, die die USA beliefern": they sell.)
            if countriesAct, ["supply", "supplies", "supplied", "liefern", "beliefern", "lieferten"].contains(verb) {
                return (.imports, false, nil)
            }
        }
        // (Not in a relative clause after the place, about another country: "rückte Vietnam auf Platz sieben vor und
        // überholte Großbritannien, das zu den wichtigsten Handelspartnern Washingtons gehört".)
        var relative = false
        for (index, word) in words.enumerated() {
            if clauseStarts.contains(index) { relative = index > token && Lexicon.relativePronouns.contains(word) }
            if relative { continue }
            if word == "markt", index < token { continue }
            // ("by a whisker over Japan, … in a market measured in hundreds of billions": a market in general, not one
            // the place is among.)
            if ["market", "markt"].contains(word), index > token + 3,
                ["a", "ein", "einem", "einen"].contains(words[index - 1])
            {
                continue
            }
            if let found = classify(word) { return found }
        }
        return (nil, false, nil)
    }

    /// Words before a German "Plus" that make it a surplus held: "ein größeres Plus", "das höchste Plus".
    static let surplusPlusWords: Set<String> = [
        "größeres", "größere", "größeren", "höheres", "höhere", "höheren", "größte", "größten", "höchste", "höchsten",
    ]

    /// A flow noun after a word that measures by it: "counting imports", "by exports", "in imports",
    /// "nach Importen", "bei den Einfuhren", "gemessen an den Ausfuhren".
    static func measuredFlow(at index: Int, in words: [String]) -> Flow? {
        let flows = Lexicon.measuringFlowNouns
        guard var flow = flows[words[index]], index > 0 else { return nil }
        // ("by exports plus imports": the two together.)
        if index + 2 < words.count, ["plus", "and", "und"].contains(words[index + 1]), flows[words[index + 2]] != nil {
            flow = .total
            // ("Rechnet man Ausfuhren und Einfuhren zusammen", "imports and exports combined": the sum, whatever
            // measures it.)
            if index + 3 < words.count, Lexicon.togetherWords.contains(words[index + 3]),
                flows[words[index]] != flows[words[index + 2]]
            {
                return .total
            }
        }
        let measuring = Lexicon.measuringWords
        if measuring.contains(words[index - 1]) { return flow }
        // ("ranking them by the sum of exports and imports", "nach der Summe aus Exporten und Importen".)
        if flow == .total, index > 1, ["of", "aus", "der", "von"].contains(words[index - 1]),
            ["sum", "summe", "total"].contains(words[index - 2])
        {
            return flow
        }
        // ("ranked by total goods trade", "gemessen am gesamten Handel": the measure's adjectives between.)
        if flow == .total, index > 1, Self.totalWords.contains(words[index - 1]),
            measuring.contains(words[index - 2])
                || (index > 2 && measuring.contains(words[index - 3]) && Self.totalWords.contains(words[index - 2]))
        {
            return flow
        }
        if index > 1, ["den", "the", "its", "their"].contains(words[index - 1]), measuring.contains(words[index - 2]) {
            return flow
        }
        return nil
    }

    /// What a ranking noun ranks: "markets" exports, "suppliers" imports, "deficits" the balance.
    static func classify(_ word: String) -> (Flow?, Bool, String?)? {
        // ("US-Handelspartner", "Top-Lieferant", "EU-Absatzmarkt": the noun after the compound's hyphen.)
        if !["two-way", "top-ten"].contains(word), !word.hasSuffix("-minus"), let head = Lexicon.compoundHead(word),
            let found = classify(head)
        {
            return found
        }
        let product = { (stem: String) -> String? in
            guard word.count > stem.count + 2, let range = word.range(of: stem) else { return nil }
            let goods = String(word[..<range.lowerBound])
            // ("Energielieferant": mineral fuels, HS 27.)
            if goods.hasPrefix("energie") { return "27" }
            return Lexicon.product(of: goods)
        }
        if word.hasPrefix("abnehmer")
            || [
                "market", "markets", "customer", "customers", "buyer", "buyers",
                "destination", "destinations",
            ].contains(word) || word.hasPrefix("absatzmarkt") || word.hasPrefix("exportmarkt")
            // ("unter den Absatzmärkten", "Exportmärkten": the plural's umlaut; "der größte Kunde der USA",
            // "Hauptkunden", "Käufer amerikanischer Waren": a buyer.)
            || word.hasPrefix("absatzmärkt") || word.hasPrefix("exportmärkt") || word.hasPrefix("ausfuhrm")
            || ["käufer", "käuferland", "käuferländer", "markt"].contains(word)
            || word.hasSuffix("kunde")
            || word.hasSuffix("kunden")
            || word.hasPrefix("exportziel") || word.hasPrefix("zielland") || word.hasSuffix("abnehmer")
        {
            return (.exports, false, product("abnehmer"))
        }
        if word.contains("lieferant") || word.contains("lieferland") || word.contains("lieferländ")
            || ["supplier", "suppliers", "source", "sources", "exporter", "exporteur"].contains(word)
            // ("ranked 72nd among countries supplying goods to the United States")
            || word == "supplying"
            || word.hasPrefix("herkunftsland")
            || word.hasPrefix("importquelle") || word.hasPrefix("bezugsland")
        {
            let code = product("lieferant") ?? product("lieferland")
            return (.imports, false, code)
        }
        if word.contains("defizit") || word.contains("deficit") || word == "minus" || word.hasSuffix("-minus")
            || word == "lücke" || word == "gap" || word.hasPrefix("fehlbetr") || word == "shortfall"
            || word == "shortfalls"
        {
            return (.balance, false, nil)
        }
        if word.contains("überschuss") || word.contains("überschüss") || word.contains("surplus") {
            return (.balance, true, nil)
        }
        if word.hasPrefix("handelspartner") || word == "partner" || word == "partners" || word == "trading"
            || word.hasPrefix("partnerl") || word.hasPrefix("gesamthandel") || word.hasPrefix("handelsvolumen")
            || word.hasPrefix("warenaustausch") || word == "two-way"
        {
            return (.total, false, nil)
        }
        return nil
    }
}

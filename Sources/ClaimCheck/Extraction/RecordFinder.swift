import TradeModel

/// A record or peak said in a sentence: "a record $1.2 trillion", "so hoch wie nie", "the lowest since
/// 2010", "so niedrig wie zuletzt 2012", "peaked in 2013", "the second-highest level on record".
struct RecordMention: Sendable, Hashable {
    /// The first and last token of the phrase.
    var start: Int
    var end: Int
    /// A low rather than a high ("lowest", "Tiefststand", "so niedrig wie").
    var lowest: Bool
    /// "since 2010", "zuletzt 2012": the year (or month) of the last higher (lower) value.
    var sinceToken: Int?
    /// "the highest in a decade", "der niedrigste Stand seit zehn Jahren": the stretch, in months,
    /// within which the value is a record (none higher in it), without a claim about the value before.
    var withinMonths: Int?
    /// "the second-highest on record": the place among all periods.
    var position = 1
    /// "a peak", "Höhepunkt", "peaked": the highest point, not a record word.
    var isPeak: Bool
    /// "monthly record", "Monatsrekord", "in einem einzelnen Monat".
    var monthly: Bool
    /// "in keinem anderen Jahr seit mindestens 2013", "than in any other year since 2013": the since-year is the first
    /// of the stretch compared, not the last higher value.
    var sinceInclusive = false
}

enum RecordFinder {
    /// Words of degree after "this"/"so" ("this wide", "so low"): whether they say a low.
    static let degreeWords: [String: Bool] = [
        "high": false, "wide": false, "large": false, "big": false, "much": false, "strong": false, "deep": false,
        "low": true, "small": true, "narrow": true, "little": true, "weak": true,
    ]

    /// Comparatives of a weight or a mood, not of a figure: "wichtiger denn je", "more important than ever".
    static let notFigures: Set<String> = [
        "wichtiger", "bedeutender", "enger", "angespannter", "schwieriger", "unsicherer", "gefragter", "beliebter",
        "important", "closer", "tenser", "harder", "uncertain", "popular", "relevant", "relevanter", "nötiger",
        "needed", "vital", "crucial", "dringender", "urgent",
    ]

    static let highWords: Set<String> = [
        "record", "records", "all-time", "highest", "höchststand", "höchstwert", "höchsten", "höchster", "höchste",
        "spitzenwert", "spitzenmonat", "spitzenjahr", "largest", "biggest", "größte", "größten", "größter", "most",
        "meisten", "widest", "deepest",
    ]
    static let lowWords: Set<String> = [
        "lowest", "smallest", "tiefststand", "tiefstwert", "tiefpunkt", "niedrigsten", "niedrigste", "geringste",
        "geringsten", "kleinste", "kleinsten", "weakest", "least", "narrowest", "shortest",
    ]
    /// Comparatives of a figure's size, and whether they say a lower one: "größere", "larger", "kleinere".
    static let magnitudeComparatives: [String: Bool] = [
        "größere": false, "größeres": false, "größerer": false, "höhere": false, "höheres": false, "höherer": false,
        "larger": false, "bigger": false, "higher": false, "wider": false, "greater": false, "kleinere": true,
        "kleineres": true, "kleinerer": true, "niedrigere": true, "niedrigeres": true, "geringere": true,
        "geringeres": true, "smaller": true, "lower": true, "narrower": true,
    ]

    /// The token of "zuletzt", or of "last" in "last seen", "last time", "last recorded", "last in", within twelve words
    /// after a comparative: where the period of the last higher (lower) value follows.
    static func lastSeen(in words: [String], after index: Int) -> Int? {
        (index + 1..<min(words.count, index + 12)).first { at in
            words[at] == "zuletzt"
                || (words[at] == "last" && at + 1 < words.count
                    && ["seen", "time", "recorded", "reported", "registered", "in"].contains(words[at + 1]))
        }
    }

    static let peakWords: Set<String> = ["peak", "peaked", "peaks", "höhepunkt", "gipfel", "zenith", "stärksten"]

    /// "in a decade", "in more than five years", "seit zehn Jahren", "seit einem Jahrzehnt", "in 18 months":
    /// a stretch named within a few words after a superlative; its last token and length in months.
    static func recordWindow(_ words: [String], after index: Int) -> (end: Int, months: Int)? {
        let limit = min(words.count, index + 8)
        guard index + 1 < limit,
            // ("der höchste Überschuss der vergangenen drei Jahrzehnte", "the largest of the past five years".)
            let opener = words[(index + 1)..<limit].indices.first(where: { at in
                ["in", "seit", "for", "over"].contains(words[at])
                    || (["der", "des", "of"].contains(words[at]) && at + 1 < words.count
                        && ["vergangenen", "letzten", "past", "last"].contains(words[at + 1]))
            })
        else { return nil }
        var count: Int?
        var position = opener + 1
        while position < min(words.count, opener + 6) {
            let word = words[position]
            if [
                "more", "than", "mehr", "als", "über", "nearly", "almost", "fast", "knapp", "gut", "over", "the",
                "past",
                "last", "vergangenen", "letzten",
            ]
            .contains(word) {
                position += 1
                continue
            }
            if ["a", "an", "one", "einem", "einer", "ein"].contains(word) {
                count = count ?? 1
            } else if let number = Int(word), number > 0, number < 200 {
                count = number
            } else if let number = RankFinder.cardinals[word] {
                count = number
            } else if ["decade", "decades", "jahrzehnt", "jahrzehnte", "jahrzehnten", "jahrzehnts"].contains(word) {
                return (position, 120 * (count ?? 1))
            } else if ["years", "year", "jahren", "jahre", "jahr"].contains(word), let count {
                return (position, 12 * count)
            } else if ["months", "monaten", "monate"].contains(word), let count {
                return (position, count)
            } else {
                return nil
            }
            position += 1
        }
        return nil
    }

    static func mentions(in words: [String]) -> [RecordMention] {
        var found: [RecordMention] = []
        func isYear(_ word: String) -> Bool { word.count == 4 && Int(word).map { (1950...2100).contains($0) } == true }
        var index = 0
        while index < words.count {
            let word = words[index]
            let next = index + 1 < words.count ? words[index + 1] : ""
            // ("For the record, the figure the senator has in mind …", "on the record": an idiom.)
            if ["record", "records"].contains(word), index >= 2, words[index - 1] == "the",
                ["for", "on", "off"].contains(words[index - 2])
            {
                index += 1
                continue
            }
            let window = words[index..<min(words.count, index + 5)]
            var mention: RecordMention?
            // "so hoch wie nie", "so viel wie nie (zuvor)", "so niedrig wie zuletzt 2012", "as low as in 2009"
            // ("so viele Waren aus Taiwan eingekauft wie nie zuvor": the "wie" may come some words later.)
            // ("so wenig war es seit 2012 nicht mehr": "seit" and a year the sentence then negates.)
            let comparand =
                words[min(words.count, index + 1)..<min(words.count, index + 10)].firstIndex {
                    ["wie", "as"].contains($0)
                }
                ?? words[min(words.count, index + 1)..<min(words.count, index + 7)].firstIndex { at in
                    at == "seit"
                }.flatMap { at in
                    words[at..<min(words.count, at + 6)].contains("nicht") ? at : nil
                }
            if word == "so" || word == "as",
                [
                    "hoch", "viel", "viele", "niedrig", "gering", "high", "low", "much", "many", "wenig", "wenige",
                    "stark",
                ]
                .contains(next) || (word == "so" && ["klein", "groß", "gross", "schwach", "tief"].contains(next)),
                let comparand
            {
                let low = ["niedrig", "gering", "low", "wenig", "wenige", "klein", "schwach", "tief"].contains(next)
                // ("as much as Vietnam did last year", "as much as last year": "last" naming a period is an
                // equality with that period; "as low as last seen in 2009" is a record.)
                let end = words[comparand..<min(words.count, comparand + 4)].indices.first(where: { at in
                    ["nie", "never", "zuletzt"].contains(words[at]) || isYear(words[at])
                        || (words[at] == "last"
                            && !(at + 1 < words.count
                                && ["year", "month", "quarter", "week", "years", "months"].contains(words[at + 1])))
                })
                // ("a tenth as much from Nigeria as in 2008", "dreimal so hoch wie 2019", "not as high as in 2018": a
                // multiple or a negated equality compares two periods; "as much as in 2008" with nothing saying "last"
                // or "never" is an equality, not a record.)
                let before = index > 0 ? words[index - 1] : ""
                let compares =
                    Lexicon.multipleOrFractionWord(before) || ["not", "nicht", "nie", "never", "kaum"].contains(before)
                // ("so viel wie seit 1988 nicht", "so viel wie 2013 nicht mehr": a record all the same.)
                let bareYear =
                    end.map { end in
                        isYear(words[end])
                            && !words[comparand..<end].contains(where: { ["seit", "since"].contains($0) })
                            && !words[end..<min(words.count, end + 4)].contains(where: {
                                ["nicht", "not", "nie", "never"].contains($0)
                            })
                    } ?? false
                if let end, !compares,
                    !bareYear || !["much", "many", "viel", "viele", "stark"].contains(next)
                {
                    var since: Int?
                    if let year = words[end..<min(words.count, end + 3)].firstIndex(where: isYear) { since = year }
                    mention = RecordMention(
                        start: index,
                        end: since
                            ?? (words[end] == "nie" && end + 1 < words.count && words[end + 1] == "zuvor"
                                ? end + 1 : end),
                        lowest: low, sinceToken: since, isPeak: false, monthly: false)
                }
            } else if word == "not", next == "since", index + 2 < words.count, isYear(words[index + 2]),
                let degree = words[(index + 3)..<min(words.count, index + 12)].firstIndex(where: {
                    ["this", "so", "as"].contains($0)
                }), degree + 1 < words.count,
                let low = Self.degreeWords[words[degree + 1]]
            {
                // "Not since 2021 has the gap been this wide", "not since 2009 were exports so low": the last
                // period as high (low) was the year named.
                mention = RecordMention(
                    start: index, end: degree + 1, lowest: low, sinceToken: index + 2, isPeak: false, monthly: false)
            } else if ["this", "that"].contains(word), let low = Self.degreeWords[next], index + 3 < words.count,
                words[index + 2] == "since", isYear(words[index + 3]),
                words[max(0, index - 4)..<index].contains(where: { ["not", "never"].contains($0) })
            {
                // "has not been this low since 2017": the last period as low (high) was the year named.
                mention = RecordMention(
                    start: index, end: index + 1, lowest: low, sinceToken: index + 3, isPeak: false, monthly: false)
            } else if word == "high", index >= 1, ["the", "its", "their"].contains(words[index - 1]),
                words[(index + 1)..<min(words.count, index + 4)].contains(where: {
                    ["reached", "hit", "set", "touched", "recorded"].contains($0)
                }),
                words[max(0, index - 6)..<index].contains(where: {
                    ["regained", "regain", "recovered", "recover", "returned", "return", "never"].contains($0)
                })
            {
                // "have never regained the high they reached in 2008": the peak, in the year named (a high only
                // passed, "stayed below the high of 2012", may be a recent one).
                mention = RecordMention(start: index, end: index, lowest: false, isPeak: true, monthly: false)
            } else if word == "never", next == "before", index + 2 < words.count,
                ["recorded", "seen", "reached", "registered", "measured"].contains(words[index + 2])
            {
                // "$103.3 billion, a level never before recorded": a record.
                mention = RecordMention(start: index, end: index + 2, lowest: false, isPeak: false, monthly: false)
            } else if word == "keinem" || word == "any", index + 2 < words.count,
                ["anderen", "other", "previous", "vorherigen", "früheren", "prior"].contains(next),
                ["jahr", "year", "monat", "month"].contains(words[index + 2])
            {
                // "so viel wie in keinem anderen Jahr", "more than in any previous year"; "so wenig wie in keinem
                // anderen Monat", "less than in any other month": a low.
                let low = words[max(0, index - 5)..<index].contains {
                    [
                        "wenig", "weniger", "niedrig", "niedriger", "gering", "geringer", "klein", "kleiner", "tiefer",
                        "less", "fewer", "lower", "smaller",
                    ].contains($0)
                }
                // ("in keinem anderen Jahr seit mindestens 2013", "than in any other year since 2013": the years the
                // comparison reaches back to.)
                let since = words[(index + 3)..<min(words.count, index + 5)].firstIndex {
                    ["seit", "since"].contains($0)
                }
                .flatMap { at in words[at..<min(words.count, at + 4)].firstIndex(where: isYear) }
                mention = RecordMention(
                    start: index, end: index + 2, lowest: low, sinceToken: since, isPeak: false,
                    monthly: ["monat", "month"].contains(words[index + 2]), sinceInclusive: since != nil)
            } else if ["keinem", "no", "any"].contains(word), PeriodFinder.months[next] != nil, index + 2 < words.count,
                ["zuvor", "before", "davor", "seit", "since", "on", "ever"].contains(words[index + 2])
            {
                // "so groß wie in keinem Januar zuvor", "wider than in any January on record": the same month of
                // every year (the rule marks it so).
                mention = RecordMention(start: index, end: index + 2, lowest: false, isPeak: false, monthly: false)
            } else if ["keinem", "no"].contains(word), index + 2 < words.count, ["jahr", "year"].contains(next),
                ["zuvor", "before", "davor"].contains(words[index + 2])
            {
                // "so viele deutsche Waren wie in keinem Jahr zuvor"
                mention = RecordMention(start: index, end: index + 2, lowest: false, isPeak: false, monthly: false)
            } else if ["never", "nie"].contains(word), index + 2 < words.count,
                ["been", "gewesen"].contains(next) || (word == "nie" && next == "zuvor"),
                Self.peakNeverAbove(at: index, in: words) == nil,
                words[(index + 1)..<min(words.count, index + 4)].contains(where: {
                    ["bigger", "larger", "higher", "greater", "größer", "höher", "mehr", "more"].contains($0)
                })
            {
                // "Trade has never been bigger", "Nie zuvor hatten die Saudis mehr verschifft"
                mention = RecordMention(start: index, end: index + 1, lowest: false, isPeak: false, monthly: false)
            } else if let low = Self.magnitudeComparatives[word],
                let last = Self.lastSeen(in: words, after: index),
                let year = words[(last + 1)..<min(words.count, last + 6)].firstIndex(where: isYear)
            {
                // "Eine größere Lücke hatte es in einem einzelnen Monat zuletzt im Juli 2008 gegeben", "a bigger
                // monthly gap was last seen in July 2008": the last higher (lower) value was the period named, as in
                // "the largest since July 2008".
                let monthly = words[index..<year].contains { ["monat", "month", "monthly", "monatlich"].contains($0) }
                mention = RecordMention(
                    start: index, end: year, lowest: low, sinceToken: year, isPeak: false, monthly: monthly)
            } else if word == "high-water" || (word == "high" && next == "water") {
                // "the high-water mark reached in 2022": the peak.
                mention = RecordMention(start: index, end: index, lowest: false, isPeak: true, monthly: false)
            } else if (word == "je" && next == "zuvor") || (word == "noch" && next == "nie")
                || (word == "denn" && next == "je"),
                // ("Wichtiger denn je", "more important than ever": a weight, not a figure.)
                index == 0 || !Self.notFigures.contains(words[index - 1])
            {
                mention = RecordMention(start: index, end: index + 1, lowest: false, isPeak: false, monthly: false)
            } else if word == "wie", next == "nie", index + 2 < words.count, words[index + 2] == "zuvor" {
                mention = RecordMention(start: index, end: index + 2, lowest: false, isPeak: false, monthly: false)
            } else if word == "than", next == "ever", index == 0 || !Self.notFigures.contains(words[index - 1]) {
                mention = RecordMention(start: index, end: index + 1, lowest: false, isPeak: false, monthly: false)
            } else if word == "new", ["high", "highs", "peak", "low", "lows"].contains(next) {
                mention = RecordMention(
                    start: index, end: index + 1, lowest: next.hasPrefix("low"), isPeak: false, monthly: false)
            } else if word.hasPrefix("rekord") || word.hasPrefix("record") || word == "all-time"
                || word.hasPrefix("monatsrekord") || word.hasPrefix("jahresrekord")
            {
                if word == "recorded" {
                    index += 1
                    continue
                }
                let low =
                    word.hasPrefix("rekordtief") || word.hasPrefix("rekord-tief") || word.hasPrefix("record-low")
                    // ("Rekord-Tief!", "Rekord Tief": the low written apart.)
                    || ["low", "lows", "tief", "tiefs", "tiefstand"].contains(next)
                var end = index
                if word == "all-time", ["high", "highs", "low", "lows", "monthly"].contains(next) { end = index + 1 }
                if word == "all-time", next == "monthly", index + 2 < words.count { end = index + 2 }
                mention = RecordMention(
                    start: index, end: end, lowest: low || (word == "all-time" && next.hasPrefix("low")),
                    isPeak: false, monthly: word.hasPrefix("monatsrekord") || next == "monthly")
            } else if highWords.contains(word) || lowWords.contains(word) || word.hasPrefix("höchst")
                || word.hasPrefix("niedrigst") || word.hasPrefix("tiefst") || word.hasPrefix("geringst")
            {
                // A superlative is a record only with "on record", "ever", "since …", "seit …", "je".
                let after = words[(index + 1)..<min(words.count, index + 7)]
                let sinceAt = after.firstIndex { ["since", "seit", "zuletzt"].contains($0) }
                // ("den niedrigsten Monatswert seit Januar", "the lowest since March": a month without its year, the
                // last one before the record's.)
                let since = sinceAt.flatMap { at in
                    words[at..<min(words.count, at + 4)].firstIndex(where: isYear)
                        ?? (at + 1 < words.count && PeriodFinder.months[words[at + 1]] != nil ? at + 1 : nil)
                }
                let recordAt = after.firstIndex {
                    ["record", "ever", "jemals", "je", "history", "geschichte"].contains($0)
                }
                let within = recordWindow(words, after: index)
                let onRecord = recordAt != nil || within != nil
                let high =
                    !lowWords.contains(word) && !word.hasPrefix("niedrigst") && !word.hasPrefix("tiefst")
                    && !word.hasPrefix("geringst")
                // ("Am größten war das Ungleichgewicht 2015": the adverb's superlative, with no noun to rank.)
                let adverb = index >= 1 && words[index - 1] == "am"
                let strong =
                    word.hasPrefix("höchst") || word.hasPrefix("tiefst") || word.hasPrefix("niedrigst")
                    || word == "highest" || word == "lowest"
                if since != nil || onRecord || adverb || (strong && !["largest", "biggest", "größte"].contains(word)) {
                    var position = 1
                    if index > 0, let place = RankFinder.englishOrdinals[words[index - 1]] { position = place }
                    if let hyphen = word.firstIndex(of: "-"),
                        let place = RankFinder.englishOrdinals[String(word[..<hyphen])]
                    {
                        position = place
                    }
                    mention = RecordMention(
                        start: index, end: since ?? within?.end ?? recordAt ?? index, lowest: !high,
                        sinceToken: since, withinMonths: since == nil ? within?.months : nil, position: position,
                        isPeak: false,
                        monthly: after.contains("monthly") || (after.contains("month") && within == nil))
                } else if word.hasSuffix("-highest") || word.hasSuffix("-lowest") {
                    mention = nil
                } else if word.hasPrefix("spitzenwert") || word.hasPrefix("spitzenjahr"),
                    !(index >= 1
                        && ["from", "below", "under", "off", "von", "unter", "seit"].contains(words[index - 1])),
                    // ("weniger als im Spitzenjahr 2006": the base of a comparison, named by its record.)
                    !(index >= 2 && ["als", "wie", "gegenüber", "seit", "than", "since"].contains(words[index - 2])),
                    !(index >= 2 && ["seinem", "ihrem", "seinen", "ihren"].contains(words[index - 1])
                        && ["von", "unter", "seit"].contains(words[index - 2]))
                {
                    // "erreichten 2012 ihren Spitzenwert", "das Spitzenjahr": a peak.
                    mention = RecordMention(start: index, end: index, lowest: false, isPeak: true, monthly: false)
                } else if high, index >= 1, ["was", "were"].contains(words[index - 1]),
                    ["widest", "largest", "biggest", "highest", "deepest", "greatest"].contains(word),
                    index + 2 < words.count, next == "in", isYear(words[index + 2])
                {
                    // "The gap was widest in 2020": the peak of the subject over time, in the year named.
                    mention = RecordMention(start: index, end: index + 2, lowest: false, isPeak: true, monthly: false)
                }
            } else if word.hasSuffix("-highest") || word.hasSuffix("-lowest") {
                // "second-highest level on record"
                let place = word.firstIndex(of: "-").flatMap { RankFinder.englishOrdinals[String(word[..<$0])] } ?? 1
                mention = RecordMention(
                    start: index, end: index, lowest: word.hasSuffix("-lowest"), position: place, isPeak: false,
                    monthly: false)
            } else if word == "high", index >= 1,
                // "the pre-crisis high of 2008", "its 2013 high": the noun, dated.
                index + 2 < words.count && ["of", "in"].contains(next) && isYear(words[index + 2])
                    || isYear(words[index - 1]),
                words[max(0, index - 3)..<index].contains(where: { ["the", "its", "their", "a"].contains($0) })
            {
                mention = RecordMention(start: index, end: index, lowest: false, isPeak: true, monthly: false)
            } else if let year = Self.peakNeverAbove(at: index, in: words) {
                // ("Die Einfuhren aus Israel waren nie höher als 2011", "have never been higher than in 2011": the peak,
                // in the year named.)
                mention = RecordMention(start: year, end: year, lowest: false, isPeak: true, monthly: false)
            } else if peakWords.contains(word) || (word == "high" && next == "point"),
                // "weit von seinem Höhepunkt entfernt – der lag im Jahr 2007", "since its high point, which came in
                // 2022": a peak looked back at from below, its year told right after.
                let year = Self.yearTold(after: word == "high" ? index + 1 : index, in: words)
            {
                mention = RecordMention(start: year, end: year, lowest: false, isPeak: true, monthly: false)
            } else if word == "peak" || word == "höhepunkt", index >= 2, next == "in" || next == "im",
                [index + 2, index + 3].contains(where: { at in
                    at < words.count && isYear(words[at]) && (at == index + 2 || words[index + 2] == "jahr")
                }),
                ["its", "their", "seinem", "ihrem"].contains(words[index - 1]),
                ["from", "below", "under", "off", "von", "unter"].contains(words[index - 2])
            {
                // ("The gap with Germany narrowed 16% last year from its peak in 2015", "von seinem Höhepunkt im Jahr
                // 2015": a peak looked back at, its year told right after.)
                // (The rule reads the year as the period right after the peak word.)
                mention = RecordMention(start: index, end: index, lowest: false, isPeak: true, monthly: false)
            } else if peakWords.contains(word) || Self.isPeakCompound(word),
                // ("Nach dem Gipfel in Alaska", "der Gipfel mit Putin": a meeting, not a peak.)
                !(word == "gipfel" && ["in", "von", "zwischen", "mit", "am"].contains(next)),
                // ("in the peak season", "peak hours": a busy time of the year, not a record.)
                !(word == "peak" && ["season", "seasons", "hours", "time", "times", "demand"].contains(next)),
                !(index >= 1
                    && ["from", "below", "under", "off", "since", "von", "unter", "seit", "its", "seinem", "ihrem"]
                        .contains(words[index - 1])
                    && index >= 2
                    && ["from", "below", "under", "off", "since", "von", "unter", "seit"].contains(words[index - 2])
                    || (index >= 1 && ["from", "below", "under", "off", "von", "unter"].contains(words[index - 1])))
            {
                mention = RecordMention(
                    start: index, end: index, lowest: false, isPeak: word != "spitzenmonat",
                    monthly: word == "spitzenmonat" || (word == "stärksten" && next.hasPrefix("monat")))
            }
            if var mention {
                let around = words[max(0, mention.start - 3)..<min(words.count, mention.end + 4)]
                if around.contains(where: { $0 == "monthly" || $0.hasPrefix("monats") || $0 == "einzelnen" }) {
                    mention.monthly = true
                }
                found.append(mention)
                index = mention.end + 1
                continue
            }
            index += 1
        }
        return found
    }

    /// "Spitzenwert", "Spitzenjahr", "Spitzenmonat", "Spitzenniveau", "Spitzenstand": a compound that names a peak
    /// of the figure. ("Spitzenposition", "Spitzenplatz", "Spitzenreiter" name a place in a ranking, not a peak;
    /// "Spitzenverband", "Spitzenpolitiker" nothing of the figure.)
    static func isPeakCompound(_ word: String) -> Bool {
        guard word.hasPrefix("spitzen") else { return false }
        let rest = word.dropFirst("spitzen".count)
        return ["wert", "jahr", "monat", "niveau", "stand"].contains { rest.hasPrefix($0) }
    }

    /// The token of the year in "nie höher als 2011", "never higher than in 2011", "have never been higher than in
    /// 2011" that starts at `index`: the peak's year.
    static func peakNeverAbove(at index: Int, in words: [String]) -> Int? {
        guard ["nie", "never"].contains(words[index]),
            let higher = (index + 1..<min(words.count, index + 3)).first(where: {
                ["höher", "higher", "größer", "larger", "bigger"].contains(words[$0])
            }),
            higher + 2 < words.count, ["als", "than"].contains(words[higher + 1])
        else { return nil }
        let isYear = { (word: String) in word.count == 4 && Int(word).map { (1950...2100).contains($0) } == true }
        if isYear(words[higher + 2]) { return higher + 2 }
        if higher + 3 < words.count, ["in", "im"].contains(words[higher + 2]), isYear(words[higher + 3]) {
            return higher + 3
        }
        return nil
    }

    /// The year a relative clause or a dash right after a peak word tells: ", which came in 2022", ", reached
    /// in 2013", "– der lag im Jahr 2007", ", den es 2015 erreichte"; its token.
    static func yearTold(after index: Int, in words: [String]) -> Int? {
        let openers: Set<String> = ["which", "that", "der", "den", "die", "reached", "set", "hit", "erreicht"]
        let window = (index + 1)..<min(words.count, index + 8)
        guard let opener = window.first(where: { openers.contains(words[$0]) }), opener <= index + 3 else {
            return nil
        }
        return ((opener + 1)..<min(words.count, opener + 6)).first { position in
            words[position].utf8.count == 4 && Int(words[position]).map { (1960...2100).contains($0) } == true
        }
    }
}

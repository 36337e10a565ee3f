import Foundation
import TradeModel

/// What the lexicon says about a sentence's words: flow words with their positions, products,
/// and the words that make a figure a change, a share, a balance or a low point.
struct SentenceCues {
    var flows: [(token: Int, flow: Flow)] = []
    var trough = false
    var rankObject = false
    var share = false
    var change = false
    var decline = false
    var deficit = false
    var surplus = false
    var combined = false
    var world = false
    /// Whether a word says something rose ("mehr", "stiegen"), not counting flow words ("das Plus")
    /// and verbs of motion without a direction ("gingen … zurück").
    var rise = false
    var products: [(token: Int, code: String, listed: Bool)] = []
    /// "in die Gegenrichtung", "the other way": a token that names the direction opposite to the
    /// sentence's or the discourse's flow, when the sentence names no flow before it.
    var reversed: Int?
}

extension SentenceCues {
    /// Words of an amount of money right after "Minus" or "Plus": "Minus 172 Milliarden Dollar".
    static let moneyWords: Set<String> = [
        "milliarden", "billionen", "millionen", "mrd", "mio", "billion", "trillion", "million", "bn", "dollar",
        "us-dollar",
    ]

    /// Goods whose word, capitalised, is a place: "cork" (HS 45), not "Cork".
    static let lowercaseOnlyGoods: [String: String] = ["cork": "45"]

    /// - Parameter partnerTokens: where the sentence names a country other than the home reporter.
    init(_ tokens: [Token], lexicon: inout [String: WordInfo], partnerTokens: Set<Int> = []) {
        let words = tokens.map(\.lower)
        func commaBefore(_ at: Int) -> Bool {
            at > 0 && SentenceFacts.commaBetween(at - 1, at, text: tokens[at].text.base, tokens: tokens)
        }
        // The subject of "sent": a country, a name or "we" right before it (past "alone"), or a country before an
        // apposition that an article opens and a comma closes right before the verb.
        func sentBySubject(_ index: Int) -> Bool {
            guard index > 0 else { return false }
            if !commaBefore(index) {
                // ("Baden-Württemberg alone sent …": past "alone", "also".)
                let subject =
                    index >= 2 && ["alone", "also", "itself", "allein"].contains(words[index - 1])
                    ? index - 2 : index - 1
                return partnerTokens.contains(subject) || ["we", "wir"].contains(words[subject])
                    || tokens[subject].text.first?.isUppercase == true && subject > 0
            }
            guard let open = (max(1, index - 12)..<index).last(where: commaBefore) else { return false }
            return ["the", "a", "an"].contains(words[open]) && partnerTokens.contains(open - 1)
        }
        // The particle of a German separable verb that ends its clause ("… Waren für 173,4 Milliarden Dollar aus China
        // ein,", "… in Kanada Waren für 29,8 Milliarden Dollar ab."), within 30 words after the verb.
        func clauseFinalParticle(_ particles: Set<String>, after index: Int) -> Int? {
            ((index + 1)..<min(words.count, index + 30)).first { at in
                guard particles.contains(words[at]) else { return false }
                let base = tokens[at].text.base
                var end = tokens[at].range.upperBound
                if end < base.endIndex, base[end] == " " {
                    // ("… aus Deutschland ein und verkauften umgekehrt …": "und" and a verb (lower case, not a German
                    // noun) open the next clause.)
                    if at + 2 < words.count, ["und", "oder", "sowie"].contains(words[at + 1]),
                        tokens[at + 2].text.base[tokens[at + 2].range].first?.isLowercase == true
                    {
                        return true
                    }
                    // ("… für 2,5 Milliarden Dollar ein – ein Plus …": a dash set off by spaces ends the clause too.)
                    end = base.index(after: end)
                    return end < base.endIndex && "–—".contains(base[end])
                }
                return end == base.endIndex || ",.;:!?)–—\"“”".contains(base[end])
            }
        }
        var pairedAt: Int?
        for (index, word) in words.enumerated() {
            let next = index + 1 < words.count ? words[index + 1] : ""
            let info: WordInfo
            if let known = lexicon[word] {
                info = known
            } else {
                info = WordInfo(word)
                lexicon[word] = info
            }
            // "Ein- und Ausfuhren", "Aus- und Einfuhren", "im- and exports": both flows, together.
            if ["ein", "aus", "ex", "im", "export", "import"].contains(word), next == "und" || next == "and",
                index + 2 < words.count, words[index + 2].contains("fuhr") || words[index + 2].contains("port"),
                tokens[index].range.upperBound < tokens[index].text.base.endIndex,
                tokens[index].text.base[tokens[index].range.upperBound] == "-"
            {
                let other = Lexicon.flow(of: words[index + 2])
                flows.append((index, other == .exports ? .imports : .exports))
            }
            // "Umgekehrt gingen amerikanische Waren für 54 Milliarden Dollar nach Deutschland": goods going to a country
            // named after "nach" are shipped there (not "ging … zurück", a decline; nor "von Brasilien nach China",
            // between two others).
            if ["ging", "gingen", "geht", "gehen"].contains(word),
                case let window = words[(index + 1)..<min(words.count, index + 12)], !window.contains("zurück"),
                partnerTokens.contains(where: { $0 > index + 1 && $0 <= index + 12 && words[$0 - 1] == "nach" }),
                !partnerTokens.contains(where: {
                    $0 > index + 1 && $0 <= index + 12 && ["von", "aus"].contains(words[$0 - 1])
                })
            {
                flows.append((index, .exports))
            }
            // ("Von Jänner bis Oktober setzten die Vereinigten Staaten mit Mexiko Waren im Wert von 656 Milliarden Dollar
            // um": goods turned over with a country, the separable verb's "um" closing its clause, are trade both ways.)
            if ["setzten", "setzte", "setzen", "setzt"].contains(word),
                let particle = words[(index + 1)..<min(words.count, index + 16)].firstIndex(of: "um"),
                case let base = tokens[particle].text.base, case let end = tokens[particle].range.upperBound,
                end == base.endIndex || ",.;:!?)–—".contains(base[end]),
                words[(index + 1)..<particle].contains("mit"),
                // (With countries, not a firm's sales: "Zusammen mit Kanada setzen die USA mit ihren beiden Nachbarn
                // jährlich mehr als 1,1 Billionen Dollar um".)
                !partnerTokens.isEmpty || words.contains(where: { $0.hasPrefix("nachbar") })
            {
                flows.append((index, .total))
            }
            // ("American buyers took $13.97bn of South African goods", "amerikanische Verbraucher gaben … aus": the home
            // reporter's buyers as a subject of their own are its imports, whatever the verb.)
            if Lexicon.homeBuyerNouns.contains(word), index >= 1,
                Lexicon.homeAdjectives.contains(words[index - 1]) || ["u.s.", "us"].contains(words[index - 1]),
                // (Not in a clause of causes: "down nearly a third from a year ago as American consumers turned to
                // lab-grown stones"; and only with a sum of money right after their verb, not "more expensive for
                // American buyers".)
                !(index >= 2 && Lexicon.causeWords.contains(words[index - 2])),
                words[(index + 1)..<min(words.count, index + 6)].contains(where: { word in
                    Lexicon.moneyScaleWords.contains(word)
                        || (word.first?.isNumber == true && (word.hasSuffix("bn") || word.hasSuffix("m")))
                })
            {
                flows.append((index, .imports))
            }
            // "so viel, wie es von dort bezieht", "als sie aus Mexiko beziehen": obtains, buys, as the other side of a
            // comparison (elsewhere firms "beziehen" parts and words "bezieht sich auf" refer).
            if ["bezieht", "beziehen", "beziehe"].contains(word),
                !words[max(0, index - 2)..<min(words.count, index + 3)].contains("sich"),
                words[max(0, index - 5)..<index].contains(where: { ["wie", "als"].contains($0) })
            {
                flows.append((index, .imports))
            }
            // ("That left a record $419 billion hole in the books": a hole of a sum of money is the deficit; not "the hole
            // left by America's shrinking herd".)
            if word == "hole", index >= 1, Lexicon.moneyScaleWords.contains(words[index - 1]) {
                flows.append((index, .balance))
                deficit = true
                continue
            }
            // (With a trade partner or trade named after it, not "lost $150bn in market value".)
            let afterLose = words[(index + 1)..<min(words.count, index + 10)]
            if Lexicon.loseWords.contains(word),
                afterLose.prefix(4).contains(where: {
                    $0.first?.isNumber == true || Lexicon.moneyScaleWords.contains($0)
                }),
                afterLose.contains(where: { ["to", "an", "gegenüber", "handel", "trade", "with", "mit"].contains($0) }),
                !afterLose.contains(where: { ["value", "wert", "market", "börsenwert", "marktwert"].contains($0) })
            {
                // "we lose $500 billion a year to China": the deficit.
                flows.append((index, .balance))
                deficit = true
                continue
            }
            // "… hätten im letzten Jahr 500 Milliarden Dollar an China verloren": the German verb at the end, the
            // partner after "an" right before it, the money before.
            if Lexicon.loseWords.contains(word), index >= 2,
                partnerTokens.contains(where: { $0 >= index - 3 && $0 < index }),
                words[max(0, index - 4)..<index].contains(where: { ["an", "gegenüber"].contains($0) }),
                words[max(0, index - 12)..<index].contains(where: Lexicon.moneyScaleWords.contains),
                !words[max(0, index - 12)..<index].contains(where: {
                    ["value", "wert", "market", "börsenwert", "marktwert", "jobs", "arbeitsplätze"].contains($0)
                })
            {
                flows.append((index, .balance))
                deficit = true
                continue
            }
            // "We are subsidizing Canada to the tune of $200 billion a year", "Wir subventionieren Kanada mit 200
            // Milliarden Dollar im Jahr": a country subsidized with a sum, as politicians say the deficit.
            if Lexicon.subsidizes(words, at: index, partnerTokens: partnerTokens),
                words[(index + 1)..<min(words.count, index + 12)].contains(where: Lexicon.moneyScaleWords.contains)
            {
                flows.append((index, .balance))
                deficit = true
                continue
            }
            // "The European Union took $151 billion from us last year", "die Schweiz nehme den Amerikanern jedes Jahr
            // fast 40 Milliarden Dollar weg": money taken from the home reporter, as politicians say its deficit.
            // (A country named before the verb takes it: not "Tariffs took $2 billion from us".)
            if Lexicon.takeWords.contains(word) || Lexicon.takeAwayWords.contains(word),
                partnerTokens.contains(where: { $0 < index })
            {
                let window = words[(index + 1)..<min(words.count, index + 13)]
                let before = words[max(0, index - 10)..<index]
                let money = { (part: ArraySlice<String>) in
                    part.contains { $0.first?.isNumber == true || Lexicon.moneyScaleWords.contains($0) }
                }
                let fromUs =
                    zip(window, window.dropFirst()).contains { pair in
                        pair.0 == "from" && ["us", "america", "americans", "the", "american"].contains(pair.1)
                    } || (Lexicon.takeWords.contains(word) && window.contains("weg"))
                if (Lexicon.takeAwayWords.contains(word) && (money(before) || money(window)))
                    || (fromUs && money(window.prefix(8)))
                {
                    flows.append((index, .balance))
                    deficit = true
                    continue
                }
            }
            // "fast 800 Milliarden Dollar im Handel verloren", "fehlten im Handel mit Deutschland im
            // vergangenen Jahr 63,6 Milliarden Dollar": money lost or missing in trade, the verb at the end
            // of a German clause or before a longer stretch.
            if Lexicon.loseWords.contains(word) || ["fehlten", "fehlte", "fehlen", "fehlt"].contains(word) {
                let window = words[max(0, index - 10)..<min(words.count, index + 11)]
                let money = window.contains { ["billion", "trillion", "milliarden", "billionen", "mrd"].contains($0) }
                let trade = window.contains { ["handel", "trade", "warenhandel", "handels"].contains($0) }
                let value = window.contains {
                    ["value", "wert", "market", "börsenwert", "marktwert", "jobs"].contains($0)
                }
                if money, trade, !value {
                    flows.append((index, .balance))
                    deficit = true
                    continue
                }
            }
            // "Mexiko: Minus 172 Milliarden Dollar", "1,2 BILLIONEN Dollar Minus!": money right after or
            // before the word is a balance (not "minus 5 Prozent", a change).
            let moneyWords = Self.moneyWords
            if word == "minus" || word == "plus",
                (next.first?.isNumber == true
                    && words[min(words.count, index + 2)..<min(words.count, index + 4)].contains(
                        where: moneyWords.contains))
                    || (index > 0 && ["dollar", "us-dollar", "euro"].contains(words[index - 1]))
            {
                flows.append((index, .balance))
                if word == "minus" { deficit = true } else { surplus = true }
                continue
            }
            if word == "minus" || word == "plus", index > 0,
                ["ein", "das", "dem", "des", "the", "a", "einem"].contains(words[index - 1]),
                !(next.first?.isNumber ?? false), !Self.isPercentChange(words, after: index),
                !Self.percentSignFollows(tokens, after: index)
            {
                // "ein Minus von 295 Milliarden", "Das US-Minus mit Italien": a balance.
                flows.append((index, .balance))
                if word == "minus" { deficit = true } else { surplus = true }
                // The noun names the balance; it says nothing about a change.
                continue
            } else if ["kommt", "kamen", "kam", "kommen"].contains(word),
                let auf = words[min(words.count, index + 1)..<min(words.count, index + 6)].firstIndex(of: "auf"),
                !words[(index + 1)..<auf].contains(where: { ["aus", "von", "from"].contains($0) })
            {
                // "Taiwan kommt (nun) auf 3,6 Prozent", "Die Exporte kamen bis August auf 26,8 Milliarden Dollar":
                // amounts to, not imports.
            } else if let flow = info.flow,
                !(flow == .total && Lexicon.notAFlowAfterTrade.contains(next) && !word.contains("handel")
                    && !word.contains("waren")),
                // ("The deficit in goods trade with China shrank …", "das Defizit im Warenhandel": the trade the balance
                // is of, no flow of its own.)
                !(flow == .total && Self.tradeOfABalance(words, at: index)),
                // ("the Department of Commerce said": an office.)
                !(word == "commerce" && index >= 2 && words[index - 1] == "of"
                    && ["department", "secretary", "ministry", "chamber", "chambers"].contains(words[index - 2])),
                // ("Our reporter spent some time at the airport": time spent, not money.)
                !(word == "spent"
                    && (["time", "years", "months", "weeks", "days", "hours"].contains(next)
                        || (next == "some" && index + 2 < words.count && words[index + 2] == "time")))
            {
                // "Trade Agreement", "trade war": the word names no flow (not "Das Handelsvolumen war …", German
                // "was").
                flows.append((index, flow))
            } else if ["sales", "verkäufe"].contains(word), ["to", "nach", "an"].contains(next) {
                // "Sales to Mexico were twice those to China": exports.
                flows.append((index, .exports))
            } else if ["geschäft", "geschäfte", "us-geschäft"].contains(word), next == "mit" {
                // "das Geschäft mit dem Subkontinent schrumpfte": trade with it, both ways.
                flows.append((index, .total))
            } else if Lexicon.tradeVerbs.contains(word),
                !words[max(0, index - 1)..<min(words.count, index + 3)].contains("sich"),
                words[(index + 1)..<min(words.count, index + 8)].contains(where: {
                    ["mit", "miteinander"].contains($0)
                })
            {
                // "Die USA handelten 2012 mit Kanada Waren für 617 Milliarden Dollar": trade both ways (not "es
                // handelt sich um").
                flows.append((index, .total))
            } else if word == "gehandelt", index > 0, ["miteinander", "untereinander"].contains(words[index - 1]),
                !["werden", "wird", "wurden", "worden"].contains(next)
            {
                // "Waren im Wert von gut 63 Milliarden Dollar haben die USA und Indien … miteinander gehandelt": trade
                // both ways.
                flows.append((index, .total))
            } else if word == "austausch", index > 0, ["der", "den", "dem", "the"].contains(words[index - 1]) {
                // "Der Austausch mit Japan": trade both ways.
                flows.append((index, .total))
            } else if ["gaben", "gab", "gibt", "geben", "ausgegeben"].contains(word),
                words[(index + 1)...].contains("für"),
                word == "ausgegeben" || words[(index + 1)...].suffix(3).contains("aus")
            {
                // "436 Millionen Dollar gaben die USA für deutsche Waren aus": money spent on goods, imports.
                flows.append((index, .imports))
            } else if ["brought", "bring", "brings", "bringing"].contains(word), next == "in",
                index + 2 < words.count, words[index + 2].first?.isNumber == true || words[index + 2] == "$"
            {
                // "the U.S. brought in $224 million worth of oil seeds": money's worth of goods brought in, imports.
                flows.append((index, .imports))
            } else if ["sent", "sends", "send"].contains(word), sentBySubject(index),
                words[(index + 1)..<min(words.count, index + 4)].contains(where: {
                    $0 == "$" || $0.first?.isNumber == true || Lexicon.goodsNouns.contains($0) || $0 == "americans"
                }) || (next == "to" && partnerTokens.contains(index + 2))
            {
                // "Mexico sent just $16.3 billion of fuels last year", "Mexico, the second-biggest source of fuels,
                // sent …": goods sent by a country or "we" named right before, or before an apposition opened by an
                // article, are exports (not "sent prices higher", nor a subject the words leave unsure).
                flows.append((index, .exports))
            } else if ["ships", "ship"].contains(word), ["us", "to", "goods", "americans"].contains(next) {
                // "Japan ships us $130 billion", "ships goods to": the verb, not vessels.
                flows.append((index, .exports))
            } else if ["setzt", "setzte", "setzten", "setzen", "abgesetzt", "absetzen"].contains(word),
                word.hasPrefix("ab") || clauseFinalParticle(["ab"], after: index) != nil
            {
                // "setzten sie in Kanada Waren für 29,8 Milliarden Dollar ab": goods sold, exports (the particle
                // ends the clause).
                flows.append((index, .exports))
            } else if ["nimmt", "nahm", "nahmen", "nehmen", "nähmen", "nehme"].contains(word),
                let particle = clauseFinalParticle(["ab"], after: index),
                words[(index + 1)..<particle].contains(where: {
                    ["waren", "güter", "produkte", "erzeugnisse", "gütern"].contains($0)
                        || Lexicon.product(of: $0) != nil
                })
            {
                // "Kanada und Mexiko nahmen … amerikanische Waren für 218,2 Milliarden Dollar ab": goods bought (not
                // "Die Exporte nahmen um 5 Prozent ab", a decline: no goods between).
                flows.append((index, .imports))
            } else if word.hasPrefix8("führ") {
                // German separable verbs: "führten … ein" (imports), "führten … aus" (exports).
                // The particle ends the clause ("… Waren für 173,4 Milliarden Dollar aus China ein,"); an
                // "aus" or "ein" before is a preposition or an article.
                let particle = clauseFinalParticle(["ein", "aus"], after: index)
                let rest = words[(index + 1)...].prefix(14)
                if let particle {
                    flows.append((index, words[particle] == "ein" ? .imports : .exports))
                } else if rest.contains("ein") {
                    flows.append((index, .imports))
                } else if rest.contains("aus") {
                    flows.append((index, .exports))
                }
            }
            // "während in die Gegenrichtung Güter für 72,9 Milliarden gingen", "goods going the other
            // way": the direction opposite to the one just named.
            let previous = index > 0 ? words[index - 1] : ""
            if word == "gegenrichtung"
                || (word == "richtung"
                    && ["umgekehrten", "umgekehrte", "umgekehrter", "anderen", "andere", "entgegengesetzten"].contains(
                        previous))
                || (["direction", "way"].contains(word) && ["other", "opposite", "reverse"].contains(previous))
            {
                if let last = flows.last(where: { $0.flow == .exports || $0.flow == .imports }) {
                    // ("Die Exporte in die Gegenrichtung", "exports in the other direction": a flow noun right before
                    // names the direction itself; not a verb, "aus Deutschland bezogen, in die Gegenrichtung gingen …".)
                    let between = last.token < index ? words[(last.token + 1)..<index] : []
                    let nounBefore =
                        tokens[last.token].text.first?.isUppercase == true
                        || ["exports", "imports", "shipments", "sales", "purchases"].contains(words[last.token])
                    let ownNoun =
                        nounBefore && between.count <= 3
                        && between.allSatisfy {
                            ["in", "die", "der", "the", "going", "heading", "flowing"].contains($0)
                        }
                    if !ownNoun { flows.append((index, last.flow == .exports ? .imports : .exports)) }
                } else if reversed == nil {
                    reversed = index
                }
            }
            if info.trough { trough = true }
            if info.rankObject { rankObject = true }
            if info.share { share = true }
            if info.change { change = true }
            if info.decline { decline = true }
            // "more than 25 percent" is a hedge on the figure; "higher than in 2023" a comparison.
            let afterNext = index + 2 < words.count ? words[index + 2] : ""
            let afterNextIsYear = afterNext.count == 4 && Int(afterNext).map { (1950...2100).contains($0) } == true
            if info.comparative.change, next == "than" || next == "als",
                afterNextIsYear
                    || (afterNext.first?.isNumber != true && !["$", "€", "us$"].contains(afterNext)
                        && FigureExtractor.numberWord(afterNext) == nil)
            {
                change = true
                if info.comparative.decline { decline = true }
            }
            if info.deficit { deficit = true }
            if info.surplus { surplus = true }
            if ["zusammen", "combined", "together", "zusammengenommen"].contains(word) { combined = true }
            // "with the world", "mit der Welt", "from the rest of the world", "Rest der Welt".
            if word == "welt" || word == "world",
                words[max(0, index - 3)..<index].contains(where: {
                    ["mit", "with", "rest", "from", "to", "aus", "nach"].contains($0)
                })
            {
                world = true
            }
            if let group = Self.chapterRange(words, at: index) {
                // "die Kapitel 1 bis 24 des Zolltarifs", "chapters 84-85": several chapters together, checked against
                // their sum.
                products.append((index + 1, group, false))
            } else if Self.isChapterWord(word), next.count == 2, next.allSatisfy(\.isNumber) {
                // ("Kapitel 04", "Zollkapitel 04", "des Warenkapitels 61": a chapter by its number.)
                products.append((index + 1, next, false))
            } else if Self.isChapterWord(word), next.count == 1, next != "0", next.allSatisfy(\.isNumber),
                index + 2 >= words.count || !["bankruptcy", "insolvenz"].contains(words[index + 2])
            {
                // ("chapter 7 of the tariff schedule", "Kapitel 9": a chapter below ten written without its zero.)
                products.append((index + 1, "0" + next, false))
            } else if let chapter = Self.chapterCompound(word) {
                // ("die Kapitel-87-Einfuhren", "HS-87-Exporte": a chapter joined to its noun by hyphens.)
                products.append((index, chapter, false))
            } else if let code = Self.lowercaseOnlyGoods[word], tokens[index].text.first?.isLowercase == true {
                // ("US imports of Portuguese cork", not the Irish city of Cork.)
                products.append((index, code, false))
            } else if index == pairedAt {
                // (The second word of a pair already named the goods: "olive oil" is no mineral oil.)
            } else if Lexicon.twoWordProductStarts.contains(word), !next.isEmpty,
                Lexicon.product(of: next) == nil || info.product == nil,
                let code = Lexicon.product(of: word, next)
            {
                pairedAt = index + 1
                // "precious metals": two words name the goods, at the noun; before the first word's own ("oil seeds"
                // are no oil).
                products.append((index + 1, code, false))
            } else if let code = info.product,
                // "Stahlzölle", "steel tariffs": the goods a tariff falls on, not what a figure is about.
                !["zoll", "zolls", "zölle", "zöllen"].contains(where: { word.hasSuffix($0) }),
                !["tariff", "tariffs", "duties", "duty", "levies", "zölle", "zöllen"].contains(next),
                // ("dairy farmers", "the cotton growers": the people who make the goods, not goods traded.)
                !["farmers", "farmer", "growers", "grower", "bauern"].contains(next),
                // ("electrical machinery", "elektrische Maschinen": HS 85, said by the adjective.)
                !(code == "84" && index > 0
                    && ["electrical", "elektrische", "elektrischen"].contains(words[index - 1])),
                // ("which the US Treasury watches": a verb, not clocks and watches.)
                !Lexicon.verbLikeGoods.contains(word)
                    || (index > 0 && Lexicon.beforeGoodsNoun.contains(words[index - 1]))
                    || ["and", "or", "from", "imports", "exports", "worth"].contains(next)
            {
                // ("Polen etwa lieferte … Arzneimittel": "etwa" right after a name, with no comma, is "for
                // instance" about that name, not a list of the goods.)
                func forInstance(_ at: Int) -> Bool {
                    guard words[at] == "etwa", at > 0, at + 1 < index,
                        tokens[at - 1].text.first?.isUppercase == true
                    else { return false }
                    let gap = tokens[at].text.base[tokens[at - 1].range.upperBound..<tokens[at].range.lowerBound]
                    return !gap.contains(",")
                }
                // ("imports from Vietnam were electrical machinery": "from" before a name is no list.)
                let listed = (max(0, index - 4)..<index).contains { at in
                    Lexicon.listWords.contains(words[at])
                        && !(words[at] == "from" && tokens[at + 1].text.first?.isUppercase == true)
                        && !forInstance(at)
                }
                products.append((index, code, listed))
            }
        }
        // ("mostly chipmaking tools, aircraft and farm goods": the goods that go on a list are listed too.)
        // (Not more words for the same goods: "followed by cars and other vehicles at $8.6 billion".)
        for item in products.indices.dropFirst()
        where !products[item].listed && products[item - 1].listed && products[item - 1].code != products[item].code {
            let (previous, token) = (products[item - 1].token, products[item].token)
            if token - previous <= 4,
                words[(previous + 1)..<token].contains(where: { ["and", "or", "und", "oder", "sowie"].contains($0) })
            {
                products[item].listed = true
            }
        }
        // "vom Getreide bis zum Geländewagen", "from Mercedes sedans to pharmaceuticals and machine tools": goods
        // named as the range of examples, not what a figure is about.
        // ("von Arzneimitteln bis zu Smartphones": "von" as "from", goods on both sides.)
        for (index, word) in words.enumerated() where ["vom", "from", "von"].contains(word) {
            // ("vom" names no country and may range over goods the lexicon lacks; "from" may name a country:
            // "from Texas to Mexico", so goods on both sides.)
            guard
                let to = ((index + 2)..<max(index + 2, min(words.count, index + 7))).first(where: {
                    ["bis", "to"].contains(words[$0])
                }),
                word == "vom"
                    ? products.contains(where: { $0.token > index && $0.token <= to + 4 })
                    : products.contains(where: { $0.token > index && $0.token <= index + 3 })
                        && products.contains(where: { $0.token > to && $0.token <= to + 4 })
            else { continue }
            for item in products.indices where products[item].token > index && products[item].token <= to + 8 {
                products[item].listed = true
            }
        }
        let flowTokens = Set(flows.map(\.token))
        rise = words.indices.contains { index in
            guard !flowTokens.contains(index), !Lexicon.directionlessVerbs.contains(words[index]),
                let info = lexicon[words[index]]
            else { return false }
            return (info.change && !info.decline) || (info.comparative.change && !info.comparative.decline)
        }
    }
}

extension SentenceCues {
    /// Whether a word of trade at `index` is what a balance before it is of: "deficit in goods trade", "Defizit im
    /// Warenhandel".
    static func tradeOfABalance(_ words: [String], at index: Int) -> Bool {
        guard ["trade", "handel", "warenhandel", "güterhandel"].contains(words[index]) else { return false }
        var at = index - 1
        while at >= 0, ["goods", "merchandise", "bilateral", "bilateralen", "its", "their", "the"].contains(words[at]) {
            at -= 1
        }
        guard at >= 1, ["in", "im"].contains(words[at]) else { return false }
        // ("a deficit of $13.2 billion in its goods trade with Korea, compared with $9.1 billion a year earlier": the
        // balance's amount may stand between it and the trade it is of.)
        var balance = at - 1
        while balance > 0, at - balance <= 7, Self.partOfAnAmount(words[balance]) { balance -= 1 }
        return Lexicon.flow(of: words[balance]) == .balance
    }

    /// A word of an amount written out: "of US$13.2 billion", "von rund 4,1 Milliarden Dollar".
    static func partOfAnAmount(_ word: String) -> Bool {
        word.first?.isNumber == true || word.contains("$") || Lexicon.moneyScaleWords.contains(word)
            || [
                "of", "von", "about", "nearly", "almost", "some", "around", "roughly", "rund", "fast", "knapp", "etwa",
                "gut", "dollars", "dollar", "usd", "us", "more", "than", "mehr", "als", "us-dollar",
            ].contains(word)
    }

    /// "ein Plus von 32 Prozent", "ein Minus von 4,1 Prozent": a change in percent, not a balance.
    /// Whether a number with a percent sign follows within a few words: "ein Plus von 125 %" (the sign is no token).
    static func percentSignFollows(_ tokens: [Token], after index: Int) -> Bool {
        tokens[min(tokens.count, index + 1)..<min(tokens.count, index + 6)].contains { token in
            guard token.text.last?.isNumber == true else { return false }
            let rest = token.text.base[token.range.upperBound...]
            return rest.drop(while: { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }).first == "%"
        }
    }

    static func isPercentChange(_ words: [String], after index: Int) -> Bool {
        // ("ein Plus von 7,9 Milliarden Dollar, knapp 13 Prozent weniger als im Vorjahr": an amount of money first
        // makes the noun the balance; a percent after it is another figure's.)
        let money = moneyWords.union(["billions", "millions", "euro"])
        let end =
            words[min(words.count, index + 1)..<min(words.count, index + 10)].firstIndex(where: money.contains)
            ?? words.count
        let window = words[min(end, index + 1)..<min(end, index + 6)]
        let parts: Set<String> = [
            "prozent", "percent", "%", "prozentpunkte", "drittel", "viertel", "fünftel", "zehntel", "hälfte",
            "third", "quarter", "half", "fifth", "tenth", "thirds", "quarters", "dritteln", "vierteln", "fünfteln",
        ]
        // ("ein Plus von einem Drittel": a fraction is a change too.)
        if window.contains(where: parts.contains) { return true }
        // ("ein Plus der Ausfuhren in die USA von mehr als 20 Prozent": what changed between, its amount after "von".)
        let wider = words[min(end, index + 1)..<min(end, index + 10)]
        guard let von = wider.firstIndex(where: { ["von", "of"].contains($0) }) else { return false }
        return words[(von + 1)..<min(end, von + 5)].contains(where: parts.contains)
    }
}

/// Lexicon results for words already seen, shared across articles (bounded).
final class WordCache: @unchecked Sendable {
    private let lock = NSLock()
    private var words: [String: WordInfo] = [:]

    func snapshot() -> [String: WordInfo] {
        lock.lock()
        defer { lock.unlock() }
        return words
    }

    func merge(_ seen: [String: WordInfo]) {
        lock.lock()
        defer { lock.unlock() }
        if seen.count > 50_000 { return }
        words = seen
    }
}

/// What the lexicon says about one word; computed once per distinct word.
struct WordInfo {
    var flow: Flow?
    var trough = false
    var rankObject = false
    var share = false
    var change = false
    var decline = false
    var comparative: (change: Bool, decline: Bool) = (false, false)
    var deficit = false
    var surplus = false
    var product: String?

    init(_ word: String) {
        flow = Lexicon.flow(of: word)
        trough = Lexicon.isTrough(word)
        rankObject = Lexicon.isRankObject(word)
        share = Lexicon.isShare(word)
        change = Lexicon.isChange(word)
        decline = Lexicon.isDecline(word)
        comparative = Lexicon.comparative(word)
        deficit = Lexicon.isDeficit(word)
        surplus = Lexicon.isSurplus(word)
        product = Lexicon.product(of: word)
    }
}

extension SentenceCues {
    /// The chapter of a compound that joins it to a noun by hyphens ("kapitel-87-einfuhren", "hs-87-exporte").
    static func chapterCompound(_ word: String) -> String? {
        let parts = word.split(separator: "-", omittingEmptySubsequences: false)
        // ("chapter-85 goods", "HS-87": the number alone after the hyphen too.)
        guard parts.count >= 2, ["kapitel", "chapter", "hs"].contains(parts[0]), parts[1].count == 2,
            parts[1].allSatisfy(\.isNumber),
            parts.count == 2 || (!parts[2].isEmpty && !parts[2].allSatisfy(\.isNumber))
        else { return nil }
        return String(parts[1])
    }

    /// A run of chapters after "Kapitel", "chapters" or "HS" ("1 bis 24", "84-85", "1 to 24"), as "01-24".
    /// Whether a word introduces a chapter's number: "Kapitel", "chapters", "HS", and compounds such as "Zollkapitel",
    /// "Warenkapitels".
    static func isChapterWord(_ word: String) -> Bool {
        ["kapitel", "chapter", "chapters", "hs", "hs-kapitel"].contains(word)
            || (word.count > 8 && ["kapitel", "kapitels", "kapiteln"].contains(where: { word.hasSuffix($0) }))
    }

    /// A run of chapters after "Kapitel", "chapters" or "HS" ("1 bis 24", "84-85", "1 to 24", and two neighbours said
    /// with "und"/"and": "die Kapitel 61 und 62" summed), as "01-24".
    static func chapterRange(_ words: [String], at index: Int) -> String? {
        guard isChapterWord(words[index]), index + 1 < words.count else { return nil }
        func chapter(_ word: String) -> Int? {
            guard (1...2).contains(word.count), let number = Int(word), (1...99).contains(number) else { return nil }
            return number
        }
        var first: Int?
        var last: Int?
        let parts = words[index + 1].split(whereSeparator: { $0 == "-" || $0 == "–" }).map(String.init)
        if parts.count == 2 {
            (first, last) = (chapter(parts[0]), chapter(parts[1]))
        } else if index + 3 < words.count, ["bis", "to", "through", "-", "–"].contains(words[index + 2]) {
            (first, last) = (chapter(words[index + 1]), chapter(words[index + 3]))
        } else if index + 3 < words.count, ["und", "and"].contains(words[index + 2]),
            let one = chapter(words[index + 1]), let two = chapter(words[index + 3]), two == one + 1,
            words[index + 1].count == 2, words[index + 3].count == 2
        {
            (first, last) = (one, two)
        }
        guard let first, let last, first < last else { return nil }
        func two(_ number: Int) -> String { number < 10 ? "0\(number)" : String(number) }
        return "\(two(first))-\(two(last))"
    }
}

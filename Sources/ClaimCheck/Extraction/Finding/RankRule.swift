import Foundation
import TradeModel

extension ClauseReader {
    /// Whether a dash set off by spaces, a colon or a semicolon stands between two tokens: a clause of its own opens.
    /// (Not ", and": "The bilateral goods deficit … stood at $46.0 billion, and on that measure Vietnam now ranks
    /// fifth".)
    func newClauseBetween(_ start: Int, _ end: Int) -> Bool {
        guard start < end, end < tokens.count else { return false }
        let between = text[tokens[start].range.upperBound..<tokens[end].range.lowerBound]
        return [" – ", " — ", " - ", ";", ":"].contains(where: { between.contains($0) })
    }

    /// Nouns of goods after a superlative: "the biggest single item", "die größte Warengruppe".
    static let goodsNouns: Set<String> = [
        "item", "items", "category", "categories", "product", "products", "einzelposten", "posten", "warengruppe",
        "warengruppen", "produkt", "produkte",
    ]

    /// Stage 3, the ranking rule: "Canada was the largest market for US exports", "Russland liegt auf
    /// Rang 28", "the seventh-largest trading partner", "nicht mehr der größte Lieferant".
    func rankClaims(into found: inout SentenceClaims) {
        // Rankings: "Canada was the largest market for US exports", "Russland liegt auf Rang 28",
        // "the seventh-largest trading partner", "nicht mehr der größte Lieferant".
        var inherited: [RankMention] = []
        if let measure = discourse.rankMeasure, discourse.sentencesSinceRank <= 2 {
            // (From a deficit said before, only a place written as such, "came third": not "near the top of its list
            // of complaints".)
            inherited = facts.placesWithoutMeasure.filter { !discourse.rankMeasureFromDeficit || $0.position > 1 }
                .map { mention in
                    var mention = mention
                    mention.measure = measure.flow
                    if case .hs(let code) = measure.product { mention.product = code }
                    return mention
                }
        }
        // "Mit deutlichem Abstand folgte im Ranking der größten Defizite Mexiko": the place after one said before,
        // which a superlative alone does not give ("followed by" lists the places after the one ranked).
        let followWords: Set<String> = ["folgte", "folgt", "folgten", "follows"]
        let followIndices = words.indices.filter { (index: Int) -> Bool in
            if followWords.contains(words[index]) { return true }
            guard ["followed", "came"].contains(words[index]), index + 1 < words.count else { return false }
            return ["next", "second"].contains(words[index + 1])
        }
        // ("Wichtigster Handelspartner der USA blieb im April Kanada, dahinter folgten Mexiko und China": a clause of
        // its own after the superlative lists the places after it.)
        let follows = { (token: Int) -> Bool in
            followIndices.contains { index in index <= token || !self.commaBetween(token, index) }
        }
        let possessives: Set<String> = ["its", "their", "seine", "seinen", "seiner", "ihre", "ihren", "ihrer"]
        let home = homeReporter
        let allMentions: [CountryMention] = facts.mentions
        let ranks = (facts.rankMentions + inherited).filter { mention in
            if found.productRanked.contains(mention.token) { return false }
            // ("Machinery … were the biggest single item Americans bought from Britain", "der größte Einzelposten":
            // goods ranked within a trade, not countries.)
            if words[min(words.count, mention.token + 1)..<min(words.count, mention.token + 3)].contains(
                where: Self.goodsNouns.contains)
            {
                return false
            }
            // "the largest monthly deficit on record", "the biggest since 2008": a record, not a rank.
            if mention.position == 1, !mention.membership, recordWords(near: mention.token) { return false }
            if follows(mention.token), mention.position == 1, !mention.membership { return false }
            // "China's exports fell … as demand from its biggest customers softened": another country's ranking.
            if mention.token > 0, possessives.contains(words[mention.token - 1]) {
                let before = allMentions.filter { $0.token < mention.token }
                if !before.contains(where: { $0.code == home }), before.contains(where: { $0.code != home }) {
                    return false
                }
            }
            return true
        }
        var rankedSpans: Set<Int> = []
        // ("Deutschland löste 2023 Japan als viertgrößten Handelspartner ab": the separable verb too.)
        let overtakes = Lexicon.overtakes(words)
        let overtakeVerb = words.indices.first(where: { Lexicon.isOvertake(words, at: $0) })
        // "China, for years the top supplier, is no longer the largest": the negated statement is the claim.
        // "Unter den Ländern, mit denen die USA die größten Defizite ausweisen, liegt die Schweiz auf
        // Rang 13": a place written out ranks the country before a superlative that names the list.
        let explicit = { (mention: RankMention) in mention.position != 1 || mention.membership }
        let ordered =
            ranks.filter(\.negated) + ranks.filter { !$0.negated && explicit($0) }
            + ranks.filter { !$0.negated && !explicit($0) }
        for mention in ordered {
            // The country ranked: the first one named that is not a comparison ("after China",
            // "hinter Mexiko", "than Canada"), else the one the text is about.
            let excluded: Set<String> = [
                "after", "behind", "hinter", "nach", "than", "als", "vor", "ahead", "trailing", "following", "past",
                "gefolgt", "followed", "below", "beneath",
            ]
            // "hinter Kanada, China und Mexiko der viertgrößte": the whole list after "hinter" is
            // compared with, not ranked.
            var comparedWith: Set<Int> = []
            // "ranks behind only China and Mexico among … the largest deficits", "hinter China und Mexiko
            // der größte": countries placed ahead, which push a superlative's place down by their number.
            var behind: Set<Int> = []
            // ("Auch als Absatzmarkt hat Indien Grenzen": "als" after no comparative is "as".)
            let comparing = { (index: Int) -> Bool in
                // ("second only to China": the country ahead.)
                if words[index] == "to", index > 0, words[index - 1] == "only" { return true }
                // ("It is no longer the biggest supplier, having been overtaken by Mexico": the one passing.)
                if ["by", "von"].contains(words[index]), index > 0, Lexicon.isPassiveOvertake(words, at: index - 1) {
                    return true
                }
                guard excluded.contains(words[index]) else { return false }
                // ("Die Exporte nach Kanada, dem wichtigsten Kunden, …": "nach" after a flow of goods is "to"; after a
                // balance it is "after": "folgt in der Liste der größten Defizite nach China und Japan auf Platz drei".)
                if words[index] == "nach", index > 0, let flow = Lexicon.flow(of: words[index - 1]), flow != .balance {
                    return false
                }
                guard words[index] == "als" else { return true }
                // ("Als Lieferant steht Korea … auf Platz sechs": "als" opening the sentence is "as".)
                guard index > 0 else { return false }
                let previous = words[index - 1]
                return previous.hasSuffix("er") || ["mehr", "weniger", "eher", "anders"].contains(previous)
            }
            for (index, other) in others.enumerated() {
                // "Germany, not Japan, held second place": the country set aside is not the one ranked.
                if other.token >= 2, ["not", "nicht"].contains(words[other.token - 1]),
                    text[tokens[other.token - 2].range.upperBound..<tokens[other.token - 1].range.lowerBound].contains(
                        ",")
                {
                    comparedWith.insert(other.token)
                    continue
                }
                // ("den drittgrößten nach denen mit den Niederlanden", "after those with China": the words that
                // stand for the ranked noun again are passed over.)
                var lead = other.token
                while lead > 0,
                    ["denen", "dem", "der", "those", "that", "the", "with", "mit", "den"].contains(words[lead - 1])
                {
                    lead -= 1
                }
                // ("Behind Canada, Russia was the second-largest supplier": the word of comparing is the country's
                // before it, not one past another country.)
                let previousEnd = index > 0 ? min(other.token, others[index - 1].token + others[index - 1].count) : 0
                // ("ahead of much larger economies such as France": a country given as an example of those compared
                // with, its comparing word further back.)
                if lead >= 2,
                    (words[lead - 2] == "such" && words[lead - 1] == "as")
                        || ["like", "including", "etwa", "darunter"].contains(words[lead - 1]),
                    (min(lead, max(0, previousEnd, lead - 9))..<lead).contains(where: { at in
                        ["ahead", "behind", "vor", "hinter", "than", "after", "trailing"].contains(words[at])
                            && !commaBetween(at, lead - 1)
                    })
                {
                    comparedWith.insert(other.token)
                    continue
                }
                // (Not a word of comparing that closes the clause before: "Canada was a hair behind, and China slipped
                // to third".)
                if (max(0, previousEnd, lead - 3)..<other.token).contains(where: { at in
                    comparing(at)
                        && !(commaBetween(at, other.token)
                            && ["behind", "ahead", "dahinter", "davor"].contains(words[at]))
                }) {
                    comparedWith.insert(other.token)
                    // ("Japan ist damit nach China das Land mit dem größten Minus": "nach" after the verb or an
                    // adverb is "after" in the ranking, not "to".)
                    if (max(0, previousEnd, lead - 3)..<other.token).contains(where: {
                        ["behind", "hinter", "trailing"].contains(words[$0])
                            || (words[$0] == "to" && $0 > 0 && words[$0 - 1] == "only")
                            // ("Nach Kanada ist Russland der zweitgrößte Lieferant": "nach" opening the sentence, or
                            // a clause after "und", "aber" or a comma, with the verb right after the country: "…, und
                            // nach China ist Deutschland inzwischen Amerikas größtes Problem im Handel".)
                            || (words[$0] == "nach" && $0 == 0 && other.token == 1)
                            || (words[$0] == "nach" && other.token == $0 + 1 && $0 > 0
                                && (["und", "aber", "doch", "denn"].contains(words[$0 - 1]) || commaBetween($0 - 1, $0))
                                && other.token + other.count < words.count
                                && ["ist", "war", "liegt", "lag", "kommt", "kam", "folgt", "folgte", "rangiert"]
                                    .contains(
                                        words[other.token + other.count]))
                            // ("After China, Germany is the largest supplier", "Germany is, after China, the largest":
                            // "after" opening the sentence or after the verb.)
                            || (words[$0] == "after" && $0 == 0 && other.token == 1)
                            || (words[$0] == "after" && $0 > 0
                                && [
                                    "is", "was", "are", "were", "ranks", "ranked", "comes", "came", "only", "just",
                                    "right",
                                ]
                                .contains(words[$0 - 1]))
                            || (words[$0] == "nach" && $0 > 0
                                && [
                                    "ist", "war", "sind", "waren", "damit", "liegt", "lag", "rangiert", "rangierte",
                                    "nur", "gleich", "direkt", "knapp", "erst", "folgt", "folgte",
                                ].contains(words[$0 - 1]))
                    }) {
                        behind.insert(other.token)
                    }
                } else if index > 0, comparedWith.contains(others[index - 1].token) {
                    let previous = others[index - 1]
                    let between = words[min(previous.token + previous.count, other.token)..<other.token]
                    // (Not the subject of a clause of its own: "larger than the one with Japan, and Germany was the
                    // second-largest".)
                    let after = other.token + other.count
                    let subject =
                        after < words.count
                        && [
                            "was", "is", "were", "are", "ranked", "ranks", "remained", "became", "war", "ist", "lag",
                            "liegt", "blieb", "wurde", "rangierte",
                        ].contains(words[after])
                    // ("nach Hongkong und den Niederlanden": an article after the conjunction.)
                    if !subject,
                        between.allSatisfy({
                            ["and", "und", "sowie", "or", "oder", "den", "dem", "der", "die", "the"].contains($0)
                        }),
                        between.contains(where: { ["and", "und", "sowie", "or", "oder"].contains($0) })
                            || between.isEmpty
                    {
                        comparedWith.insert(other.token)
                        if behind.contains(previous.token) { behind.insert(other.token) }
                    }
                }
            }
            let candidates = others.filter { !comparedWith.contains($0.token) }
            // The subject of "overtook" is ranked; otherwise the country nearest before the place,
            // else the first after it.
            // ("Korea is our sixth-largest partner, and we run our fifth-largest deficit with Korea": a
            // country already ranked leaves the place to the next one.)
            let open = candidates.filter { !rankedSpans.contains($0.token) }
            // ("Imports from China fell, and Mexico overtook China as the largest supplier": the country right before
            // an active verb of passing.)
            // (Only with the one passed after the verb and the place after it: "Taiwan hat damit Japan überholt" has
            // both countries before the verb.)
            let passer = overtakeVerb.flatMap {
                verb -> CountryMention? in
                guard !Lexicon.isPassiveOvertake(words, at: verb), mention.token > verb,
                    others.contains(where: { $0.token > verb && $0.token - verb <= 5 })
                else { return nil }
                return candidates.last { $0.token < verb && verb - ($0.token + $0.count) <= 2 }
            }
            var ranked =
                overtakes
                ? passer ?? candidates.first
                // ("Thailand, Standort vieler japanischer Autozulieferer, ist zehntgrößter Defizitpartner": a
                // country named as such before an adjective that qualifies another noun.)
                : open.last { $0.token < mention.token && $0.code.count == 3 && $0.form == .name }
                    ?? open.last { $0.token < mention.token && $0.code.count == 3 } ?? open.last {
                        $0.token < mention.token
                    }
                    ?? open.first { $0.token > mention.token }
            // ("It edged out Canada by a hair, and China, squeezed by two rounds of tariffs, slipped to third": the place
            // a country moved to is that country's, the last named before the verb of moving.)
            if mention.movedTo,
                let mover = others.last(where: { $0.token + $0.count <= mention.token - 2 && $0.code.count == 3 })
            {
                ranked = mover
            }
            // ("Sie kaufen mehr in Amerika als Saudi-Arabien und gehören zu den zehn wichtigsten Kunden": the country
            // after a comparison's "als", "than", is its other side; a pronoun opening the sentence is what is ranked.)
            if !overtakes, let compared = ranked, compared.token < mention.token, compared.token >= 1,
                ["als", "than"].contains(words[compared.token - 1]),
                words.prefix(2).contains(where: { Lexicon.countryPronouns.contains($0) || $0 == "they" }),
                let topic = topicCountry(standingAt: mention, pronounOnly: true, comparedWith: [compared.code])
            {
                ranked = topic
            }
            var placedAgain = false
            // ("India was the 11th-largest trading partner last year and the 10th-largest export market": a second
            // place joined by "and" to a country's first is that country's too.)
            if ranked == nil, !overtakes, mention.token >= 2,
                let joined = (max(0, mention.token - 3)..<mention.token).last(where: {
                    ["and", "und", "sowie"].contains(words[$0])
                }),
                words[joined..<mention.token].allSatisfy(Self.placeJoinWords.contains),
                let previous = candidates.last(where: { $0.token < mention.token && rankedSpans.contains($0.token) }),
                !others.contains(where: {
                    $0.token > previous.token && $0.token < mention.token && $0.code != previous.code
                })
            {
                ranked = previous
                placedAgain = true
            }
            // "But it is no longer the biggest trading partner overall: counting imports and exports together, China
            // edged past it": a place said of a pronoun is the country the text is about; one named beyond a colon
            // is another clause's.
            if let after = ranked, after.token > mention.token,
                text[tokens[mention.token].range.upperBound..<tokens[after.token].range.lowerBound].contains(where: {
                    ":;".contains($0)
                }),
                (max(0, mention.token - 7)..<mention.token).contains(where: {
                    Lexicon.countryPronouns.contains(words[$0])
                })
            {
                ranked = topicCountry(standingAt: mention, pronounOnly: true, comparedWith: [after.code])
            }
            // ("The surplus with the Netherlands … overtook the one with Hong Kong, which had topped the list in 2021":
            // a place in a relative clause that names a period of its own is its antecedent's, the country right before
            // the relative pronoun: the clause tells that country's history.)
            if mention.token >= 2,
                let relative = (max(1, mention.token - 6)..<mention.token).last(where: { at in
                    text[tokens[at - 1].range.upperBound..<tokens[at].range.lowerBound].contains(",")
                        && (["which", "who", "welche", "welcher"].contains(words[at])
                            // (German "der", "die", "das" before a noun is an article: ", das Land war damit …".)
                            || (["die", "der", "das"].contains(words[at]) && at + 1 < tokens.count
                                && tokens[at + 1].text.first?.isUppercase == false))
                }),
                let antecedent = others.last(where: { $0.token < relative }),
                antecedent.token + antecedent.count == relative,
                ranked.map({ $0.token < antecedent.token }) ?? true,
                periodMentions.contains(where: { tokenIndex(of: $0.range.lowerBound) > relative })
            {
                ranked = antecedent
            }
            // "Das zweitgrößte Defizit hatten die USA nicht mit Deutschland, sondern mit Japan", "not with Germany but
            // with Japan": the country set against the one denied holds the place.
            if let denied = ranked,
                (max(0, denied.token - 3)..<denied.token).contains(where: { ["nicht", "not"].contains(words[$0]) }),
                let instead = others.first(where: { other in
                    other.token > denied.token && other.token - denied.token <= 8
                        && (max(denied.token, other.token - 3)..<other.token).contains {
                            ["sondern", "but", "instead"].contains(words[$0])
                        }
                })
            {
                ranked = instead
            }
            // "der größte Handelspartner – vor Mexiko auf Platz zwei": a place right after a country
            // compared with is that country's.
            if explicit(mention), !mention.negated,
                let before = others.last(where: { $0.token < mention.token }), comparedWith.contains(before.token),
                mention.token - (before.token + before.count) <= 2,
                let marker = (max(0, before.token - 2)..<before.token).first(where: {
                    ["vor", "of", "ahead"].contains(words[$0])
                }),
                // ("Als Lieferland liegt Taiwan vor Südkorea auf Platz sieben": with a subject not yet placed and
                // nothing setting "vor Südkorea" off, the place is the subject's.)
                !open.contains(where: { $0.token < before.token && !comparedWith.contains($0.token) })
                    || (marker > 0
                        && text[tokens[marker - 1].range.upperBound..<tokens[marker].range.lowerBound].contains(
                            where: { ",;:–—-(".contains($0) }))
            {
                ranked = before
            }
            // "Italien und Frankreich auf Platz 8 und 9": places listed in the order of the countries.
            let listedPlaces = ranks.filter { $0.measure == mention.measure && abs($0.token - mention.token) <= 6 }
            if listedPlaces.count > 1, listedPlaces.count == candidates.count,
                let place = listedPlaces.firstIndex(of: mention)
            {
                ranked = candidates[place]
            }
            var place = mention.position
            // (Only within the superlative's own clause, in a sentence with no other ranking: "slipped to third
            // place, behind Canada and Mexico, although China remained the largest source of imports".)
            let clauseBreaks: Set<String> = ["although", "though", "while", "but", "obwohl", "während", "aber"]
            if !explicit(mention), !mention.negated, !mention.comparative, !behind.isEmpty, ranked != nil,
                ranks.count == 1, let first = behind.min(), first < mention.token,
                !words[first..<mention.token].contains(where: clauseBreaks.contains),
                Set(others.filter { behind.contains($0.token) }.map(\.code)).count == behind.count
            {
                place = behind.count + 1
            }
            // "Mexiko hat die Volksrepublik auf Platz zwei verdrängt", "relegated China to second place":
            // the place is the one pushed down; the subject holds the place above it.
            let displaces = words.contains { word in
                word.hasPrefix("verdräng") || word.hasPrefix("relegat")
                    || ["pushed", "knocked", "bumped"].contains(word)
            }
            // ("Japan hat Kanada vom zweiten Platz verdrängt", "pushed Canada off second place": pushed from the place,
            // the subject holds it now.)
            let pushedFrom = words[max(0, mention.token - 3)..<mention.token].contains {
                ["vom", "von", "from", "off"].contains($0)
            }
            if displaces, explicit(mention), !mention.membership, let subject = candidates.first, candidates.count >= 2
            {
                if pushedFrom {
                    ranked = subject
                } else if !mention.negated, place > 1 {
                    ranked = subject
                    place -= 1
                }
            }
            // "nur noch sieben Länder vor Brasilien": the country after those counted.
            // ("Mit Italien hatten die USA ein Defizit von 28 Milliarden Dollar. Nur mit sieben Ländern war das Minus
            // größer.": with none named after them, the country the text is about.)
            if mention.countsAhead {
                ranked = others.first { $0.token > mention.token }
                if ranked == nil, others.isEmpty, let topic = topicCountry(standingAt: mention),
                    mention.token + 1 < tokens.count
                {
                    // (The claim rests on the words that count them: "Nur mit vier Ländern".)
                    let start =
                        (max(0, mention.token - 2)..<mention.token).first { ["only", "nur"].contains(words[$0]) }
                        ?? mention.token
                    ranked = CountryMention(
                        code: topic.code, form: .name, token: start, count: mention.token + 2 - start,
                        range: tokens[start].range.lowerBound..<tokens[mention.token + 1].range.upperBound)
                }
            }
            // ("Nur Mexiko und China lieferten mehr …, womit Taiwan drittgrößter Lieferant ist": the place
            // written out says it; "kein anderes Land nahm mehr Produkte aus dem Südwesten ab" in a sentence
            // about a German state's euros is no ranking of the store's.)
            if mention.comparative,
                facts.scope != nil || ranks.contains(where: { !$0.comparative && $0.token != mention.token })
                    || figures.contains(where: { $0.unit == .eur })
            {
                continue
            }
            if mention.comparative {
                // "Kein Land kaufte mehr … als Kanada": the country after "als"; "only Canada and Mexico
                // sold more": the places after those named.
                let thanWord = words.indices.first {
                    $0 > mention.token
                        && (["than", "als"].contains(words[$0])
                            || (["wie", "as"].contains(words[$0])
                                && words[max(0, $0 - 6)..<$0].contains(where: RankFinder.asLarge.contains)))
                }
                ranked = thanWord.flatMap { than in others.first { $0.token > than && $0.token <= than + 3 } }
                var ahead: Set<String> = []
                if mention.position == 0 {
                    let more =
                        words.indices.first { $0 > mention.token && RankFinder.comparatives.contains(words[$0]) } ?? 0
                    ahead = Set(others.filter { $0.token > mention.token && $0.token < more }.map(\.code))
                    guard !ahead.isEmpty else { continue }
                    place = ahead.count + 1
                } else if mention.position == 1 {
                    // ("After Hong Kong, no country gave the U.S. a bigger surplus than the Netherlands", "Mit keinem
                    // Land außer China haben die Amerikaner ein größeres Defizit als mit Deutschland": the countries
                    // excepted stand ahead.)
                    let excepting: (Int) -> Bool = { index in
                        ["after", "apart", "except", "besides", "außer", "abgesehen", "bis"].contains(words[index])
                            || (words[index] == "nach" && index == 0)
                    }
                    let after = (mention.token + 1..<min(words.count, mention.token + 4)).first(where: excepting)
                    if let except = after ?? (max(0, mention.token - 10)..<mention.token).last(where: excepting) {
                        let end =
                            after == nil
                            ? mention.token
                            : words.indices.first {
                                $0 > except
                                    && (RankFinder.comparatives.contains(words[$0])
                                        || RankFinder.asLarge.contains(words[$0]))
                            } ?? except
                        // (All the sentence's countries by name: one excepted is no other country of the sentence's;
                        // not "After China's entry into the WTO", a time.)
                        ahead = Set(
                            allMentions.filter {
                                $0.token > except && $0.token < end && $0.code != homeReporter && $0.form == .name
                            }.map(\.code))
                        if !ahead.isEmpty { place = ahead.count + 1 }
                    }
                }
                // ("Fertilizers made up 36% of imports from Russia, and only Canada sold more": the
                // sentence's own country not counted ahead.)
                if ranked == nil {
                    ranked =
                        others.first { other in
                            other.token < mention.token && !comparedWith.contains(other.token)
                                && !ahead.contains(other.code)
                        } ?? topicCountry(standingAt: mention, comparedWith: ahead)
                }
            } else if ranked == nil, explicit(mention),
                candidates.isEmpty || (open.isEmpty && Set(candidates.map(\.code)).count == 1)
            {
                // ("2022 lag das Land auf Platz neun, in diesem Jahr gehört es nicht mehr zu den zehn größten":
                // a second place for the one country named, said by a pronoun.)
                // "Zu den zehn Ländern mit dem größten Defizit gehört sie nicht", "It is only the 15th-largest
                // source": a pronoun or a noun for the country the text is about.
                ranked = topicCountry(
                    standingAt: mention, pronounOnly: true,
                    comparedWith: Set(others.filter { comparedWith.contains($0.token) }.map(\.code)))
            }
            guard let ranked, !rankedSpans.contains(ranked.token) || placedAgain else { continue }
            // "Die USA blieben der wichtigste Abnehmer deutscher Waren", "The U.S. is China's biggest customer": the
            // home reporter holds the place in the partner's own ranking, which the store does not hold.
            if ranked.form == .adjective || ranked.form == .genitive,
                mentions.contains(where: { $0.code == homeReporter && $0.token < mention.token && $0.form == .name }),
                !others.contains(where: { $0.form == .name && $0.token < mention.token })
            {
                continue
            }
            // ("Nur Mexiko und China lieferten mehr …, womit Taiwan drittgrößter Lieferant ist": the place
            // written out says it; "kein anderes Land nahm mehr Produkte aus dem Südwesten ab" in a sentence
            // about a German state's euros is no ranking of the store's.)
            if mention.comparative,
                facts.scope != nil || ranks.contains(where: { !$0.comparative && $0.token != mention.token })
                    || figures.contains(where: { $0.unit == .eur })
            {
                continue
            }
            if mention.comparative { found.rankedTopic = ranked.code }
            // "Kanada, Mexiko, Deutschland: die wichtigsten Partner": a list under one superlative is
            // not a ranking of one country.
            // (Three countries, not one named twice: "Imports from China fell, and Mexico overtook China as the largest".)
            if mention.position == 1, !mention.membership,
                Set(candidates.filter({ $0.token < mention.token }).map(\.code)).count >= 3
            {
                continue
            }
            // "Canada and Mexico were the top markets", "die größten Lieferanten waren China und Mexiko": a
            // superlative over a plural noun with two countries listed places each among the first two.
            var membership = mention.membership
            let superlative = words[mention.token]
            let germanPlural =
                superlative.hasSuffix("en") && mention.token > 0 && ["die", "den"].contains(words[mention.token - 1])
            // (Two countries joined by "and": "Canada and Mexico".)
            let pairJoined =
                candidates.count == 2 && candidates[0].token + candidates[0].count < candidates[1].token
                && words[(candidates[0].token + candidates[0].count)..<candidates[1].token].allSatisfy {
                    ["and", "und"].contains($0)
                }
            if mention.position == 1, !mention.membership, !mention.comparative, pairJoined,
                let noun = words[(mention.token + 1)..<min(words.count, mention.token + 3)].first(where: {
                    RankFinder.classify($0) != nil
                }),
                germanPlural
                    || [
                        "markets", "suppliers", "partners", "sources", "buyers", "customers",
                        "destinations",
                    ].contains(noun)
            {
                let listed = Set(candidates.map(\.code))
                if listed.count == 2 {
                    membership = true
                    place = 2
                } else if listed.count > 2 {
                    continue
                }
            }
            rankedSpans.insert(ranked.token)
            // A ranking's period: one written by it, else the context's year or run of months, else the
            // latest year published ("when the USMCA took effect in July 2020" is an event, not the period).
            // "today Russia does not make the top 50": now, the latest year published.
            // ("Switzerland no longer ranks among the ten", "steht nur noch auf Platz acht": now as well.)
            let before = words[max(0, mention.token - 6)..<mention.token]
            // ("…; heute taucht Riad nicht einmal mehr unter den zehn wichtigsten Lieferländern auf": "now" opening the
            // ranking's own clause, further before.)
            let nowOpensClause = (max(0, mention.token - 12)..<max(0, mention.token - 6)).contains { index in
                guard Lexicon.nowWords.contains(words[index]), !clauseBreak(from: index, to: mention.token) else {
                    return false
                }
                let coordinated = words[index..<mention.token].contains { ["and", "und", "but", "aber"].contains($0) }
                if coordinated { return false }
                if index == 0 { return true }
                let gap = text[tokens[index - 1].range.upperBound..<tokens[index].range.lowerBound]
                return gap.contains(";") || gap.contains(":")
            }
            let now =
                nowOpensClause || before.contains(where: Lexicon.nowWords.contains)
                || (before.contains("no") && before.contains("longer"))
                || before.indices.dropLast().contains { before[$0] == "nur" && before[$0 + 1] == "noch" }
                // ("… and even after this year's dip Germany is still the country with which …": "still" after a
                // verb of being in the present.)
                || (max(1, mention.token - 12)..<max(1, mention.token)).contains {
                    words[$0] == "still" && ["is", "are", "remains", "remain"].contains(words[$0 - 1])
                        && !clauseBreak(from: $0, to: mention.token)
                }
                || before.indices.dropLast().contains {
                    ["nicht", "kein", "keine"].contains(before[$0]) && before[$0 + 1] == "mehr"
                }
            // "2024 tauchte Russland nicht einmal mehr unter den 50 größten Lieferländern auf": the
            // sentence's own period, near the ranking or not, unless it is a comparison's base.
            // ("Von Januar bis September …; nun steht Saudi-Arabien nur noch auf Platz acht": now is the
            // months of this year the article speaks of, when there are such.)
            var monthsSoFar: ClaimPeriod?
            if case .months(let range)? = discourse.period, let date = periods.date,
                range.last.year > date.latestPublishedYear
            {
                monthsSoFar = discourse.period
            }
            // (Outside the relative clauses the place is not in.)
            // ("China, im Jahr zuvor noch Spitzenreiter, fiel … auf Rang drei zurück": nor in an aside on the subject
            // the place is not in.)
            let kept = Set(withoutRelativeClauses(0..<words.count, keeping: mention.token))
                .subtracting(subjectAside(before: mention.token))
            // ("… der Einbrüche des Jahres 2020, in dem Indien nicht einmal zu den zehn größten Handelspartnern
            // zählte": a place in a relative clause on a year is that year's.)
            let relativeYear = periodMentions.first { candidate in
                guard case .single(let year) = candidate.kind, !year.isMonth else { return false }
                let end = tokenIndex(of: candidate.range.upperBound)
                guard end + 1 < mention.token, mention.token - end <= 10, end < tokens.count,
                    tokens[end].range.lowerBound >= candidate.range.upperBound,
                    text[candidate.range.upperBound..<tokens[end].range.lowerBound].contains(",")
                else { return false }
                let opener = words[end..<min(words.count, end + 2)]
                return (opener.first == "in" && ["dem", "which"].contains(opener.last ?? ""))
                    || ["als", "when"].contains(opener.first ?? "")
            }.flatMap { resolvePeriod($0) }
            let nearPeriod =
                relativeYear
                ?? (now
                    ? monthsSoFar ?? periods.date.map { ClaimPeriod.single(.year($0.latestPublishedYear)) }
                    : (nearestPeriod(to: mention, among: ordered, outside: kept)
                        ?? periodMentions.first { candidate in
                            let at = tokenIndex(of: candidate.range.lowerBound)
                            return !isBasePeriod(candidate) && !isEventPeriod(candidate) && !candidate.namesOnlyABase
                                && kept.contains(at)
                                && resolvePeriod(candidate) != nil
                                // ("Mexico slipped to third …, as Chinese factories that had closed in February came
                                // back online": a period in a clause of reasons or contrast after the place is that
                                // clause's.)
                                && !(at > mention.token && clauseBreak(from: mention.token, to: at))
                                && (!(nearerAnotherPlace(candidate, than: mention, among: ordered)
                                    && clauseBreak(from: min(at, mention.token), to: max(at, mention.token)))
                                    || framesPlacesAfterColon(candidate, ordered))
                        })
                        .flatMap {
                            resolvePeriod($0)
                        })
            var contextRankPeriod: ClaimPeriod?
            switch contextPeriod {
            case .single(let period)? where !period.isMonth: contextRankPeriod = contextPeriod
            case .months?: contextRankPeriod = contextPeriod
            default: contextRankPeriod = nil
            }
            // ("2019, vor der Pandemie, waren es 18,9 Milliarden gewesen. … Gewiss, die Schweiz zählt zu den zehn Ländern,
            // mit denen die USA das grösste Defizit haben", in 2025: a place said in the present, with no period of its
            // own, is the latest year's, not that of a year the article looked back at.)
            var placeInThePresent = false
            if nearPeriod == nil, case .single(let context)? = contextRankPeriod, !context.isMonth,
                let latest = periods.date?.latestPublishedYear, context.year < latest - 1,
                words[max(0, min(ranked.token, mention.token) - 1)..<mention.token].contains(
                    where: Lexicon.presentPlaceVerbs.contains),
                !words.contains(where: { ["damals", "then", "back", "zuvor", "noch"].contains($0) })
            {
                contextRankPeriod = .single(.year(latest))
                placeInThePresent = true
            }
            let rankPeriod: ClaimPeriod =
                nearPeriod ?? contextRankPeriod
                ?? periods.date.map { .single(.year($0.latestPublishedYear)) } ?? .single(.year(0))
            // "The deficit with Ireland, $52.1 billion, ranked seventh among U.S. trading partners": the
            // subject's balance word names what is ranked.
            var measure = mention.measure ?? .total
            var bySurplus = mention.surplus
            // ("Mit Italien verbuchten die USA ein Defizit von knapp 22 Milliarden Dollar, das achtgrößte aller
            // Handelspartner": the ranking set off by a comma right after the balance is the balance's.)
            // ("Das Defizit der USA im Warenhandel mit Taiwan stieg … auf 73,7 Mrd. US-Dollar, das sechstgrößte unter allen
            // Handelspartnern": trade named as the frame of the balance, "im Warenhandel", "in goods trade", is not
            // the subject.)
            let frameOfBalance = { (flow: (token: Int, flow: Flow)) -> Bool in
                flow.flow == .total
                    && words[max(0, flow.token - 2)..<flow.token].contains(where: { ["im", "in", "beim"].contains($0) })
                    && cues.flows.contains(where: { $0.token < flow.token && $0.flow == .balance })
            }
            if measure == .total,
                let subject = cues.flows.last(where: { $0.token < mention.token && !frameOfBalance($0) }),
                subject.flow == .balance,
                // ("Überschuss bleibt im Visier Trumps – Mexiko erstmals wichtigster Handelspartner der USA": not the
                // balance of a clause of its own, before a dash.)
                // ("… ran a goods surplus of $23.5 billion last year - a record …, and a figure that leaves the Netherlands
                // second among all U.S. partners on this measure": unless the ranking points back to it.)
                ranked.token > subject.token
                    && (!newClauseBetween(subject.token, ranked.token) || Lexicon.measureAnaphor(in: words) != nil)
                    || (mention.token - subject.token <= 10 && clauseCommaBetween(subject.token, mention.token)
                        && !allMentions.contains { $0.token > subject.token && $0.token < mention.token })
            {
                measure = .balance
                // ("a goods surplus of $23.5 billion …, which leaves the Netherlands second among all U.S.
                // partners": ranked by the surplus.)
                bySurplus = words[subject.token].contains("surplus") || words[subject.token].contains("überschuss")
            }
            // ("Das Defizit … lag 2017 bei 64,5 Milliarden Dollar. Unter allen Handelspartnern belegte Deutschland damit
            // den vierten Platz": "damit", "thereby", "with that" after a deficit may rank by it, among partners named
            // only as such, or by the trade the word "Handelspartner" names: "Indien ist damit nur der elftgrößte
            // Handelspartner" after the deficit ranks total trade. Both are readings.)
            let deficitReading =
                measure == .total && discourse.rankMeasureFromDeficit && discourse.sentencesSinceRank <= 2
                && !cues.flows.contains(where: { $0.flow != .total })
                && (words.contains(where: { ["damit", "thereby", "somit"].contains($0) })
                    || zip(words, words.dropFirst()).contains(where: { $0 == "with" && $1 == "that" }))
            // "drittgrößter Lieferant in dieser Kategorie", "the third-biggest source of those goods": a
            // ranking within the product the sentence or the one before speaks of, not of all goods.
            var rankedProduct = mention.product
            // ("not among the 15 largest suppliers of goods to the U.S.": all goods.)
            let ofGoods = words[mention.token..<min(words.count, mention.token + 5)].indices.contains { index in
                index > 0 && ["of", "for", "an", "von"].contains(words[index - 1])
                    && ["goods", "waren", "güter", "gütern", "merchandise"].contains(words[index])
            }
            if rankedProduct == nil, (mention.measure ?? .total) != .balance, !ofGoods,
                !Lexicon.saysAllGoods(words)
            {
                // ("China, the second-largest market for American goods, took a hit in agriculture": a
                // product past a comma is another clause's, unless the ranking points back to it: "mehr
                // Maschinen – …, womit Taiwan drittgrößter Lieferant in dieser Kategorie ist".)
                let anaphor = Lexicon.productAnaphor(in: words, bare: false) != nil
                // ("Among suppliers of chapter 84 goods, Taiwan ranks third": the goods of the ranking's
                // own noun, across the comma.)
                let ofRankNoun: (Int) -> Bool = { product in
                    for index in max(0, product - 4)..<product where index + 1 < words.count {
                        let linked = ["of", "for", "von", "für"].contains(words[index + 1])
                        if linked, RankFinder.classify(words[index]) != nil { return true }
                    }
                    return false
                }
                // ("Bei Elektrotechnik (Kapitel 85), zu der …, ist Vietnam drittgrößter Lieferant", "In chips, Taiwan
                // …": goods that open the sentence as its topic are what it ranks.)
                // ("In the category that includes servers, Taiwan is now the fourth-largest source": anywhere in the
                // opening phrase before its comma.)
                let openingComma = (1..<max(1, min(words.count, 10))).first { self.commaBetween($0 - 1, $0) }
                let topic: (Int) -> Bool = { token in
                    (token <= 3 || openingComma.map { token < $0 } == true)
                        && ["bei", "beim", "in", "im", "for", "among", "unter"].contains(words.first ?? "")
                }
                let attached: ((token: Int, code: String, listed: Bool)) -> Bool = { product in
                    if topic(product.token) { return true }
                    if !self.commaBetween(mention.token, product.token) { return true }
                    return (anaphor && product.token < mention.token) || ofRankNoun(product.token)
                }
                if let named = cues.products.first(where: { product in
                    !product.listed && (abs(product.token - mention.token) <= 10 || topic(product.token))
                        && attached(product)
                        && !facts.mentions.contains { $0.token <= product.token && product.token < $0.token + $0.count }
                }) {
                    rankedProduct = named.code
                } else if anaphor {
                    rankedProduct = discourse.product
                } else if let carried = discourse.rankMeasure, discourse.sentencesSinceRank <= 1,
                    !discourse.rankMeasureFromDeficit, case .hs(let code) = carried.product, carried.flow == measure,
                    cues.products.isEmpty,
                    // (Not a place with a ranking noun of its own: "Unter allen Herkunftsländern ist Japan nur noch der
                    // fünftgrößte Lieferant" ranks all goods again.)
                    !words.contains(where: { RankFinder.classify($0) != nil })
                {
                    // ("Irland war der größte Lieferant von Arzneimitteln. Die Schweiz kommt auf Platz drei": a place
                    // that names no goods of its own, right after a ranking of goods by the same flow, goes on with
                    // those goods.)
                    rankedProduct = code
                }
            }
            // "only Canada sold Americans more of them", "No country sold more drugs": the goods of the
            // comparison, or of the sentence it points back to.
            if mention.comparative, rankedProduct == nil,
                let more = words.indices.first(where: {
                    $0 > mention.token && RankFinder.comparatives.contains(words[$0])
                })
            {
                if let named = cues.products.first(where: { $0.token > more && $0.token <= more + 3 }) {
                    rankedProduct = named.code
                } else if words[(more + 1)..<min(words.count, more + 3)].contains(where: {
                    ["them", "davon", "those", "dieser"].contains($0)
                }) {
                    rankedProduct = cues.products.first(where: { !$0.listed })?.code ?? discourse.product
                }
            }
            var claim = FoundClaim(
                sentence: facts.sentence, kind: .rank, reporter: homeReporter, partner: nil,
                flow: measure, product: rankedProduct.map { .hs($0) } ?? .total,
                period: rankPeriod, claimedText: String(text[ranked.range]),
                claimedStart: scalarOffset(ranked.range.lowerBound), claimedEnd: scalarOffset(ranked.range.upperBound),
                value: nil, unit: .none, hedge: .exact, rounding: 0, lowest: false, rankedCountry: ranked.code,
                rank: place, signExplicit: false)
            // ("liegt Liechtenstein damit etwa auf Rang 100", "ranks around 40th": a far place said roughly.)
            if place >= 10, !membership,
                words[max(0, mention.token - 3)..<mention.token].contains(where: Self.roughPlaceWords.contains)
            {
                claim.hedge = .approx
            }
            // (The second place of one country rests on its own words, "the 10th-largest".)
            if placedAgain {
                let placeRange = tokens[mention.token].range
                claim.claimedText = String(text[placeRange])
                claim.claimedStart = scalarOffset(placeRange.lowerBound)
                claim.claimedEnd = scalarOffset(placeRange.upperBound)
            }
            if nearPeriod == nil || now {
                // No period written: the discourse's, else the latest published; the other is open.
                // ("Taiwan now ranks third" in an article about the months so far: those months, or the
                // latest year.)
                let main = discourse.mainPeriod.flatMap { $0.isSingle && $0.last.isMonth ? nil : $0 }
                claim.unsurePeriodReadings = [latestYearSoFar].compactMap { $0 }
                // (A place in the present is the latest year's alone.)
                claim.periodReadings =
                    placeInThePresent
                    ? [] : [contextRankPeriod, main, latestYear].compactMap { $0 }.filter { $0 != rankPeriod }
                claim.rankPeriodUnwritten = !placeInThePresent
                // ("Im ersten Halbjahr 2022 stiegen die Importe … Gemessen am gesamten Warenaustausch war Taiwan damit
                // bereits der achtgrößte Handelspartner": "damit", "thereby" tie the place to the figures just told,
                // their period and no other; but a place wrong for months of a year and right for the last full year
                // ("In den ersten neun Monaten sind sie … zurückgegangen. Unter den Handelspartnern liegt die Slowakei
                // damit auf Platz 81", right for 2012) is unsure, not wrong: places are mostly told by full years.)
                if nearPeriod == nil, contextRankPeriod != nil, rankPeriod == contextRankPeriod,
                    words.contains(where: { ["damit", "somit", "thereby"].contains($0) })
                {
                    claim.periodReadings = []
                    claim.unsurePeriodReadings =
                        rankPeriod.isSingle && !rankPeriod.last.isMonth
                        ? [] : [latestYear].compactMap { $0 }.filter { $0 != rankPeriod }
                }
            }
            // ("A decade ago it did not come close to the top ten", "vor zehn Jahren lag das Land auf Platz 20": a place
            // then, the year that many before the publication year.)
            if nearPeriod == nil, let ago = agoReadings.first {
                claim.periodReadings = ([claim.period].compactMap { $0 } + claim.periodReadings).filter { $0 != ago }
                claim.period = ago
                claim.unsurePeriodReadings = []
                claim.rankPeriodUnwritten = false
            }
            // "Das Defizit mit Vietnam war das drittgrößte", "Korea is the sixth-largest partner": the claim rests on
            // the country and its place when they stand close in one clause, with no figure between.
            if let span = placeSpan(ranked, mention) ?? pointedPlaceSpan(ranked, mention)
                ?? widePlaceSpan(ranked, mention)
            {
                claim.wordsStart = scalarOffset(span.lowerBound)
                claim.wordsEnd = scalarOffset(span.upperBound)
            } else if mention.token < tokens.count, mention.token != ranked.token {
                // ("… a $14.9 billion deficit with Switzerland, … the fifth-largest the country ran with any partner":
                // country and place stand apart, a figure between; the claim rests on the place word too.)
                claim.wordsStart = scalarOffset(tokens[mention.token].range.lowerBound)
                claim.wordsEnd = scalarOffset(tokens[mention.token].range.upperBound)
            }
            // ("Irland lieferte damit 2,8-mal so viel wie Deutschland, das … den zweiten Platz unter den Lieferländern
            // hält", after sentences about medicines: a ranking that names no goods may rank the goods the sentences
            // before speak of.)
            // ("The United States imported $78 billion of apparel in 2023, and China was the largest supplier": the
            // goods another clause of the sentence names, first.)
            if rankedProduct == nil, measure == .imports, !ofGoods,
                !Lexicon.saysAllGoods(words),
                let carried = cues.products.first(where: { !$0.listed && $0.token < mention.token })?.code
                    ?? discourse.recentGoods ?? discourse.articleGoods
            {
                claim.productReadings = [carried]
            }
            claim.rankMembership = membership
            claim.rankRegion = region(ofPlaceAt: mention.token)
            claim.rankNegated = mention.negated
            // ("The biggest deficit was no longer with Mexico but with China", "Den ersten Platz hat nicht mehr China
            // inne": the country itself negated, after the ranking, does not hold the place.)
            if !mention.negated, ranked.token > mention.token, ranked.token >= 1 {
                let before = words[max(mention.token + 1, ranked.token - 3)..<ranked.token]
                let negatedCountry =
                    before.contains("not") || before.contains("nicht") || before.contains("never")
                    || (before.contains("no") && before.contains("longer"))
                if negatedCountry, !commaBetween(max(mention.token + 1, ranked.token - 3), ranked.token) {
                    claim.rankNegated = true
                }
                // ("Der größte Autolieferant der Vereinigten Staaten ist Japan allerdings längst nicht mehr": the
                // German negation closing the clause after the country.)
                let end = ranked.token + ranked.count
                if !claim.rankNegated, end + 1 < words.count,
                    let nicht = (end..<min(words.count - 1, end + 4)).first(where: { words[$0] == "nicht" }),
                    words[nicht + 1] == "mehr", !commaBetween(end - 1, nicht),
                    nicht + 2 == words.count || clauseCommaBetween(nicht + 1, nicht + 2)
                        // ("… ist China auch nicht mehr – diesen Platz hat 2023 Mexiko übernommen": a dash closes it too.)
                        || text[tokens[nicht + 1].range.upperBound...].first(where: { !$0.isWhitespace }).map({
                            ".:;,–—".contains($0)
                        }) == true
                {
                    claim.rankNegated = true
                }
            }
            claim.rankBySurplus = bySurplus
            if deficitReading { claim.flowReadings = [.balance] }
            // ("Vietnam ran the third-largest goods surplus with the United States", "That gives Ireland the
            // seventh-largest surplus with the United States": the country's own surplus, the reporter's deficit; a
            // "deficit" or "gap with the U.S." is the reporter's own unless the country is said to run it.)
            // ("Japan has the second-largest goods deficit with the U.S.": a country that only "has" the deficit is
            // said loosely of the reporter's deficit with it, as often as not; it must run or post it.)
            let countryRuns =
                ranked.token + ranked.count < words.count
                && [
                    "ran", "runs", "run", "recorded", "records", "posted", "posts", "verbuchte", "verbucht",
                    "erzielte", "erzielt",
                ].contains(words[ranked.token + ranked.count])
                && mention.token - (ranked.token + ranked.count) <= 4
            // ("Germany's goods surplus with the U.S. was second only to China's": the "with" may stand between the
            // country and its place.)
            if measure == .balance, ranked.token < mention.token, bySurplus || countryRuns,
                words[(ranked.token + ranked.count)..<min(words.count, mention.token + 8)].indices.contains(where: {
                    index in
                    ["with", "mit", "gegenüber"].contains(words[index])
                        && facts.mentions.contains { home in
                            home.code == homeReporter
                                && (home.token == index + 1
                                    || (home.token == index + 2 && ["the", "den", "die"].contains(words[index + 1])))
                        }
                })
            {
                claim.rankBySurplus = !bySurplus
            }
            claim.outOfScope = scope(of: max(0, mention.token - 8)..<(mention.token + 6))
            // "Brazil's largest trading partner", "größter Handelspartner Brasiliens": a place in another country's
            // ranking, by its statistics, which the store does not hold.
            if claim.outOfScope == nil,
                mentions.contains(where: { owner in
                    guard owner.code != homeReporter, owner.code != ranked.code, owner.code != "WORLD",
                        owner.form == .genitive
                    else { return false }
                    if owner.token < mention.token { return mention.token - (owner.token + owner.count) <= 1 }
                    return owner.token > mention.token && owner.token <= mention.token + 3
                        && RankFinder.classify(words[owner.token - 1]) != nil
                })
            {
                claim.outOfScope = .otherSource
            }
            // ("wichtigster Lieferant von Generika", "the top supplier of enriched uranium": a ranking within goods
            // finer than a chapter.)
            if claim.outOfScope == nil,
                words[mention.token..<min(words.count, mention.token + 6)].contains(where: Lexicon.finerGoods.contains)
            {
                claim.outOfScope = .finerProduct
            }
            // ("the largest U.S. supplier among ASEAN members": a place among the members of a group the checker has
            // no list of; the EU's and the continents' are ranked as a region.)
            if claim.outOfScope == nil, claim.rankRegion == nil, ranksWithinGroup(after: mention.token) {
                claim.outOfScope = .rankedWithinGroup
            }
            found.claims.append(claim)
            // ("Canada and Mexico were the top markets": the other one listed is among them too.)
            if membership, !mention.membership,
                let other = candidates.first(where: { $0.code != ranked.code && !rankedSpans.contains($0.token) })
            {
                rankedSpans.insert(other.token)
                found.claims.append(sameRanking(claim, for: other, place: claim.rank))
            }
            found.claimedPeriod = found.claimedPeriod ?? rankPeriod
            // "der größte Pharmalieferant, gefolgt von Deutschland und der Schweiz": the next places.
            if !mention.negated, !mention.membership,
                let followed = words.indices.first(where: { index in
                    index > mention.token
                        && ((words[index] == "gefolgt" && index + 1 < words.count && words[index + 1] == "von")
                            || (words[index] == "followed" && index + 1 < words.count && words[index + 1] == "by")
                            // (", dahinter folgten Mexiko und China", ", dahinter lagen …".)
                            || (words[index] == "dahinter" && index + 1 < words.count
                                && [
                                    "folgten", "folgte", "folgen", "folgt", "lagen", "lag", "kamen", "kam",
                                    "rangierten",
                                    "rangierte",
                                ].contains(words[index + 1])))
                })
            {
                var place = mention.position
                // ("Kanada blieb knapp vor China der größte Handelspartner, gefolgt von Mexiko und Japan": the country
                // the first stands just ahead of holds the next place, and the list follows it.)
                place +=
                    others.filter { other in
                        other.token > ranked.token && other.token < followed && other.code != ranked.code
                            && words[max(0, other.token - 2)..<other.token].contains(where: {
                                ["vor", "ahead"].contains($0)
                            })
                    }.count
                var previousEnd = followed + 2
                for other in others where other.token >= followed + 2 && !rankedSpans.contains(other.token) {
                    let between = words[min(previousEnd, other.token)..<other.token]
                    guard between.allSatisfy({ ["and", "und", "the", "der", "die", "den", "dem"].contains($0) })
                    else { break }
                    place += 1
                    rankedSpans.insert(other.token)
                    found.claims.append(sameRanking(claim, for: other, place: place))
                    previousEnd = other.token + other.count
                }
            }
        }
        homeReporterRanked(ordered, into: &found)
    }

    /// Verbs by which a country holds a place: "is", "bleiben", "became", "making … the biggest customer".
    static let placeHoldingVerbs: Set<String> = [
        "is", "was", "are", "were", "remains", "remained", "became", "becomes", "ranks", "ranked", "making", "made",
        "ist", "sind", "war", "waren", "bleibt", "blieb", "bleiben", "blieben", "wurde", "wurden", "gilt", "galt",
        "gelten", "galten", "liegt", "lag", "liegen", "lagen", "rangiert", "rangierte", "rangieren", "rangierten",
        "sei", "seien", "wäre", "wären", "gehört", "gehören", "gehörte", "gehörten", "zählt", "zählen", "zählte",
        "zählten",
    ]

    /// "Für Bayern sind die Vereinigten Staaten der wichtigste Auslandsmarkt", "Damit sind die USA nach China der
    /// zweitwichtigste Absatzmarkt für Werkzeugmaschinen": the home reporter holds a place among another's partners
    /// (a country's, a state's, an industry's), which only that one's statistics rank. A claim, and not one the store
    /// can check: unverifiable, never dropped. Only where the sentence ranks nothing else, with the home reporter named
    /// before the place in its clause and no other country between but one it is set against ("nach China") or whose
    /// ranking it is ("Germany's").
    func homeReporterRanked(_ mentions: [RankMention], into found: inout SentenceClaims) {
        guard !found.claims.contains(where: { $0.kind == .rank }) else { return }
        // (A place said by a noun of trade, "Absatzmarkt", "customer", "supplier", "exporter": not "the world's largest
        // industrial fair", "chief economist".)
        for mention in mentions where !mention.comparative && !mention.negated && mention.measure != nil {
            guard
                words[mention.token..<min(words.count, mention.token + 4)].contains(where: {
                    RankFinder.classify($0) != nil
                }),
                let home = facts.mentions.last(where: {
                    $0.code == homeReporter && $0.form == .name && $0.token < mention.token
                        && mention.token - ($0.token + $0.count) <= 8
                }),
                !clauseBreak(from: home.token, to: mention.token),
                // (The home reporter is what holds the place, "die USA sind …", "making America the country's biggest
                // customer": not "the US ran its biggest goods deficits with them", the partners' places.)
                words[max(0, home.token - 2)..<min(words.count, mention.token + 5)].contains(where: {
                    Self.placeHoldingVerbs.contains($0)
                }) || words[max(0, mention.token - 3)..<mention.token].contains("as"),
                // (An owner between, "Germany's largest export market", "deutscher Waren", is whose ranking it is.)
                !others.contains(where: { other in
                    other.token > home.token && other.token < mention.token && other.form == .name
                        && !["nach", "hinter", "after", "behind"].contains(words[max(0, other.token - 1)])
                })
            else { continue }
            let range = home.range
            var claim = FoundClaim(
                sentence: facts.sentence, kind: .rank, reporter: homeReporter, partner: nil,
                flow: mention.measure ?? .total, product: mention.product.map { .hs($0) } ?? .total,
                period: ownYear.map { .single($0) } ?? discourse.period, claimedText: String(text[range]),
                claimedStart: scalarOffset(range.lowerBound), claimedEnd: scalarOffset(range.upperBound),
                value: nil, unit: .none, hedge: .exact, rounding: 0, lowest: false, rankedCountry: homeReporter,
                rank: mention.position, signExplicit: false)
            claim.rankMembership = mention.membership
            claim.outOfScope = .otherSource
            found.claims.append(claim)
            return
        }
    }

    /// A ranking claim's copy for another country the sentence ranks in the same list.
    func sameRanking(_ claim: FoundClaim, for other: CountryMention, place: Int) -> FoundClaim {
        var next = claim
        next.rankedCountry = other.code
        next.rank = place
        next.claimedText = String(text[other.range])
        next.claimedStart = scalarOffset(other.range.lowerBound)
        next.claimedEnd = scalarOffset(other.range.upperBound)
        next.markStart = nil
        next.markEnd = nil
        return next
    }

    /// The words from a ranked country to its place word (or back), when at most four words stand between them in
    /// one clause and no figure does: "Vietnam war das drittgrößte", "the third-largest supplier was Vietnam".
    func placeSpan(_ ranked: CountryMention, _ mention: RankMention) -> Range<String.Index>? {
        guard mention.token < tokens.count, ranked.token + ranked.count <= tokens.count, ranked.form == .name
        else { return nil }
        let (first, last) =
            ranked.token < mention.token
            ? (ranked.token, mention.token) : (mention.token, ranked.token + ranked.count - 1)
        let gap =
            ranked.token < mention.token
            ? mention.token - (ranked.token + ranked.count) : ranked.token - mention.token - 1
        guard gap >= 0, gap <= 4, !commaBetween(first, last) else { return nil }
        let range = tokens[first].range.lowerBound..<tokens[last].range.upperBound
        return unbroken(range) ? range : nil
    }

    /// The words from a country to its place further on in its own clause, with only the home reporter, verbs and
    /// small words between ("Turkey ranks only as the United States’ 32nd-largest trading partner"), or across a
    /// relative clause's opening comma ("Hong Kong, which ranked as America's 10th-largest export market"): the claim
    /// rests on both. Not across another country, a figure, a second comma or a dash.
    func widePlaceSpan(_ ranked: CountryMention, _ mention: RankMention) -> Range<String.Index>? {
        let end = ranked.token + ranked.count
        guard ranked.form == .name, end < mention.token, mention.token < tokens.count, mention.token - end <= 10
        else { return nil }
        let relatives: Set<String> = ["which", "that", "who", "der", "die", "das", "welcher", "welche", "welches"]
        if commaBetween(ranked.token, mention.token) {
            guard commaBetween(end - 1, end), relatives.contains(words[end]), !commaBetween(end, mention.token)
            else { return nil }
        }
        guard
            !facts.mentions.contains(where: {
                $0.token >= end && $0.token < mention.token && $0.code != homeReporter
            })
        else { return nil }
        let range = tokens[ranked.token].range.lowerBound..<tokens[mention.token].range.upperBound
        return unbroken(range) ? range : nil
    }

    /// Whether the words from a country to its place run on without a break (a colon, semicolon, dash or bracket) and
    /// without a figure, which would be a claim of its own.
    func unbroken(_ range: Range<String.Index>) -> Bool {
        !text[range].contains(where: { ":;–—(".contains($0) }) && !figures.contains(where: { $0.range.overlaps(range) })
    }

    /// Words that may join a second place to a country's first ("and the 10th-largest", "und zugleich der zehntgrößte").
    static let placeJoinWords: Set<String> = [
        "and", "und", "sowie", "the", "its", "der", "die", "das", "sein", "seine", "ihr", "ihre", "a", "an", "ein",
        "eine", "zugleich", "also", "auch",
    ]

    /// The words from a country to its place when a pronoun or a noun standing for it comes between ("… goods to
    /// Japan, making it the fourth-largest market", "Das Land mit seinen rund 51 Millionen Einwohnern ist der
    /// sechstgrößte Handelspartner"): the claim rests on both.
    func pointedPlaceSpan(_ ranked: CountryMention, _ mention: RankMention) -> Range<String.Index>? {
        guard ranked.token < mention.token, mention.token < tokens.count, mention.token - ranked.token <= 14 else {
            return nil
        }
        let pronounBefore = (max(ranked.token + ranked.count, mention.token - 3)..<mention.token).contains {
            Lexicon.countryPronouns.contains(words[$0])
        }
        guard pronounBefore || Lexicon.isCountryAnaphor(words[ranked.token]) else { return nil }
        let range = tokens[ranked.token].range.lowerBound..<tokens[mention.token].range.upperBound
        // ("… und liegt auf der Rangliste der Handelspartner (Exporte plus Importe) auf Platz sieben": an aside in
        // round brackets is no break.)
        guard
            !text[range].indices.contains(where: { at in
                ":;–—(".contains(text[at]) && !insideParenthesis(at..<text.index(after: at))
            }),
            !others.contains(where: { $0.token > ranked.token && $0.token < mention.token && $0.code != ranked.code }),
            !figures.contains(where: { ($0.unit == .usd || $0.unit == .eur) && $0.range.overlaps(range) })
        else { return nil }
        return range
    }

    /// The country the text is about standing as the ranked one: the place's words (with the pronoun
    /// or noun that stands for the country, when `pronounOnly`, or without) as its span.
    func topicCountry(
        standingAt mention: RankMention, pronounOnly: Bool = false, comparedWith: Set<String> = []
    ) -> CountryMention? {
        // ("es ist nach dem mit China das zweitgrößte": the country ranked against is not the one ranked.)
        // (Nor one placed against it: "Es lag bei knapp 68 Mrd. Dollar, knapp vor dem mit Japan".)
        let own = others.filter { !Parties.isComparedSide($0, words) }
        let named =
            Set(own.map(\.code)).count == 1
            ? own.first.map(\.code).flatMap { comparedWith.contains($0) ? nil : $0 } : nil
        let topic = [named, discourse.partner, discourse.lastNamedCountry].compactMap { $0 }.first {
            $0.count == 3 && $0 != homeReporter
        }
        guard let topic else { return nil }
        let clause = max(0, mention.token - 12)..<min(words.count, mention.token + 12)
        // (Not a noun any country would fit: "the fifth-largest the United States runs with any country", "der
        // größte, den sie mit einem Land erwirtschaften".)
        let anyCountry: Set<String> = [
            "any", "a", "one", "single", "every", "each", "other", "einem", "einzelnen", "jedem", "keinem", "anderen",
            "einzigen",
        ]
        // (The place's own words, "Mit keinem anderen Land …", stay its span.)
        let pronoun = clause.first {
            Lexicon.countryPronouns.contains(words[$0])
                || (Lexicon.isCountryAnaphor(words[$0])
                    && !($0 > mention.token + 2 && anyCountry.contains(words[$0 - 1])))
        }
        // ("the bilateral deficit became the fifth-largest …": the pair's own balance, the country the text is about.)
        let pairSubject = (max(0, mention.token - 8)..<mention.token).contains {
            ["bilateral", "bilaterale", "bilateralen", "bilateraler", "bilaterales"].contains(words[$0])
        }
        // (A ranking among all countries, "the third-largest America runs with any country", is of the pair the text
        // is about as well.)
        let amongAny = clause.contains {
            Lexicon.isCountryAnaphor(words[$0]) && $0 > 0 && anyCountry.contains(words[$0 - 1])
        }
        if pronounOnly, pronoun == nil, !pairSubject, !amongAny { return nil }
        // The span: the pronoun when it follows the place ("gehört sie nicht"), else the place's words
        // ("It is only the 15th-largest").
        var first = mention.token
        if let pronoun, pronoun > mention.token { first = pronoun }
        // ("Nur mit China, Mexiko, Vietnam und Deutschland ist der Fehlbetrag größer; die Schweiz liegt knapp dahinter":
        // the country the text is about, named after the countries ahead of it.)
        if pronoun == nil, mention.comparative,
            let own = mentions.first(where: { $0.code == topic && $0.form == .name && $0.token > mention.token })
        {
            return CountryMention(code: topic, form: .name, token: own.token, count: own.count, range: own.range)
        }
        var last = first
        // ("auf Platz neun", "the 15th-largest": the place word and its number.)
        if last + 1 < words.count, words[last].first?.isLetter == true,
            RankFinder.cardinals[words[last + 1]] != nil
                || Int(words[last + 1]) != nil
        {
            last += 1
        }
        let range = tokens[first].range.lowerBound..<tokens[last].range.upperBound
        return CountryMention(code: topic, form: .name, token: first, count: last - first + 1, range: range)
    }

    /// The region a ranking is confined to ("der zweitwichtigste europäische Lieferant", "the largest trading partner
    /// in Africa", "more than any other country in Europe"), read from the words of the place: two before it, up to
    /// seven after it, not past a comma or the countries it stands ahead of.
    func region(ofPlaceAt token: Int) -> String? {
        let stops: Set<String> = ["ahead", "vor", "hinter", "behind", "after", "nach", "followed", "gefolgt"]
        var end = token
        while end + 1 < words.count, end - token < 7, !stops.contains(words[end + 1]), !commaBetween(end, end + 1) {
            end += 1
        }
        var start = token
        while start > 0, token - start < 2, !commaBetween(start - 1, start) { start -= 1 }
        return Lexicon.rankRegion(words[start...end])
    }

    /// Words that say a place roughly: "etwa auf Rang 100", "around 40th".
    static let roughPlaceWords: Set<String> = [
        "etwa", "rund", "ungefähr", "circa", "ca", "about", "around", "roughly", "approximately", "some",
    ]

    /// Whether a period stands nearer another place the sentence names than this one ("zum siebtgrößten Lieferanten
    /// aufgestiegen …; 2013 hatte Vietnam noch auf Platz 20 gelegen": 2013 is the 20th place's year, past the
    /// semicolon).
    func nearerAnotherPlace(_ period: PeriodMention, than mention: RankMention, among places: [RankMention]) -> Bool {
        let token = tokenIndex(of: period.range.lowerBound)
        let distance = abs(token - mention.token)
        // ("In March Mexico edged past China to become the largest supplier for the month, and in the first ten months
        // of the year Mexico has been the biggest trading partner": a period in this place's clause, a comma away from
        // the other, is this one's.)
        func sameClause(_ a: Int, _ b: Int) -> Bool {
            !commaBetween(min(a, b), max(a, b)) && !clauseBreak(from: min(a, b), to: max(a, b))
        }
        let ownClause = sameClause(token, mention.token)
        return places.contains {
            $0.token != mention.token && abs(token - $0.token) < distance
                && !(ownClause && !sameClause(token, $0.token))
        }
    }

    /// Whether a period before a colon frames every place named after it ("Bei den Handelspartnern blieb im Oktober
    /// alles beim Alten: China war der größte Handelspartner, Kanada lag knapp vor Mexiko auf Platz zwei").
    func framesPlacesAfterColon(_ period: PeriodMention, _ places: [RankMention]) -> Bool {
        guard let first = places.map(\.token).min(), first < tokens.count,
            period.range.upperBound <= tokens[first].range.lowerBound
        else { return false }
        return text[period.range.upperBound..<tokens[first].range.lowerBound].contains(":")
    }

    /// The period written by a ranking: the nearest in its clause (up to twelve words away), else one
    /// at most six words away that no colon or semicolon separates, and not one nearer to another
    /// place the sentence names ("auf Platz acht; im vergangenen Jahr lag es auf dem sechsten Rang"); `kept` are the
    /// tokens outside the relative clauses the place is not in.
    func nearestPeriod(to mention: RankMention, among places: [RankMention], outside kept: Set<Int>) -> PeriodMention? {
        let candidates = periodMentions.filter { candidate in
            // ("erstmals seit 2008 nicht mehr an der Spitze": "since" dates the streak, not the rank.)
            if case .since = candidate.kind { return false }
            // ("rose 35.2% y/y in 2019 …, lifting Vietnam from 12th to 7th place": "y/y" names a change's base only.)
            if candidate.namesOnlyABase { return false }
            // ("in April, China - whose factories had reopened after their shutdown in February - was
            // the biggest": a period in a parenthesis is the parenthesis's.)
            if insideParenthesis(candidate.range) { return false }
            // ("…, a point not lost on the Treasury, which added the country to its list in May 2019": so is a period
            // in a relative clause the place is not in.)
            if !kept.contains(tokenIndex(of: candidate.range.lowerBound)) { return false }
            // ("climbed to seventh place, up from 12th a year earlier": the base's period.)
            // ("That was up 55% from 2023, and it made Australia the largest supplier": so is a change's base year.)
            if isBasePeriod(candidate) { return false }
            // ("widened the deficit to $55.6 billion from $49.1 billion in 2018, leaving Vietnam with the fifth-largest
            // imbalance": the period of the base figure is not the place's.)
            if followsBaseFigure(candidate) { return false }
            return !nearerAnotherPlace(candidate, than: mention, among: places)
        }
        func distance(_ candidate: PeriodMention) -> Int {
            abs(tokenIndex(of: candidate.range.lowerBound) - mention.token)
        }
        let sameClause = candidates.filter { candidate in
            let token = tokenIndex(of: candidate.range.lowerBound)
            return distance(candidate) <= 12 && !commaBetween(token, mention.token)
                && !clauseBreak(from: min(token, mention.token), to: max(token, mention.token))
        }
        if let nearest = sameClause.min(by: { distance($0) < distance($1) }) { return nearest }
        return candidates.filter { candidate in
            let token = tokenIndex(of: candidate.range.lowerBound)
            return distance(candidate) <= 6
                && !clauseBreak(from: min(token, mention.token), to: max(token, mention.token))
        }.min { distance($0) < distance($1) }
    }

    /// Whether the words after a place say it is a place among a group's members ("among ASEAN members", "innerhalb
    /// der OPEC"), in the place's own clause.
    func ranksWithinGroup(after token: Int) -> Bool {
        let end = min(words.count, token + 9)
        guard token + 1 < end else { return false }
        for index in (token + 1)..<end {
            if commaBetween(index - 1, index) { return false }
            guard ["innerhalb", "within", "in", "unter", "among", "amongst"].contains(words[index]) else { continue }
            var next = index + 1
            if next < words.count, ["der", "den", "dem", "the"].contains(words[next]) { next += 1 }
            if facts.mentions.contains(where: { $0.token == next && $0.code.count != 3 && $0.code != "WORLD" }) {
                return true
            }
        }
        return false
    }
}

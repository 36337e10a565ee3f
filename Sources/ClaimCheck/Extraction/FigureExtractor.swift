import Foundation
import TradeModel

/// Finds money amounts and percentages in a sentence: "$143 billion", "3,5 Milliarden Dollar",
/// "12,5 Mrd. $", "1.249.411 Dollar", "$6.4bn", "half a billion", "drei Prozent", "90 percent".
struct FigureExtractor {
    let language: Language

    private static let hedgeWords: [(String, Hedge)] = [
        ("just under", .atMost), ("just over", .atLeast), ("more than", .atLeast), ("less than", .atMost),
        ("upwards of", .atLeast), ("at least", .atLeast), ("close to", .atMost), ("mehr als", .atLeast),
        ("weniger als", .atMost), ("knapp über", .atLeast), ("knapp unter", .atMost), ("gut", .atLeast),
        ("über", .atLeast), ("unter", .atMost), ("knapp", .atMost), ("fast", .atMost), ("beinahe", .atMost),
        ("nahezu", .atMost), ("annähernd", .approx), ("rund", .approx), ("etwa", .approx), ("ungefähr", .approx),
        ("circa", .approx), ("ca.", .approx), ("zirka", .approx), ("about", .approx), ("around", .approx),
        ("roughly", .approx), ("some", .approx), ("approximately", .approx), ("an estimated", .approx),
        ("nearly", .atMost), ("almost", .atMost), ("barely", .atMost), ("over", .atLeast), ("above", .atLeast),
        ("under", .atMost), ("below", .atMost), ("nicht einmal", .atMost), ("not even", .atMost),
    ]

    /// Hedges that allow anything below the figure, within a quarter ("less than", "unter").
    static let belowWords: Set<String> = [
        "less than", "weniger als", "unter", "under", "below", "nicht einmal", "not even",
    ]

    private static let numberWords: [String: Double] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "twelve": 12, "twenty": 20, "ein": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1,
        "zwei": 2, "drei": 3,
        "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "zwölf": 12, "zwanzig": 20,
        "half a": 0.5, "eine halbe": 0.5, "einer halben": 0.5, "ein halbes": 0.5, "einem halben": 0.5,
        "einen halben": 0.5, "eleven": 11, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "thirty": 30, "forty": 40,
        "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "elf": 11, "dreizehn": 13,
        "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
        "dreißig": 30, "vierzig": 40, "fünfzig": 50, "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90,
        // ("um gut zweieinhalb Prozent", "two and a half percent": a whole and a half.)
        "eineinhalb": 1.5, "anderthalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5, "viereinhalb": 4.5,
        "fünfeinhalb": 5.5, "sechseinhalb": 6.5, "siebeneinhalb": 7.5, "achteinhalb": 8.5, "neuneinhalb": 9.5,
        "zehneinhalb": 10.5, "one and a half": 1.5, "two and a half": 2.5, "three and a half": 3.5,
        "four and a half": 4.5, "five and a half": 5.5, "six and a half": 6.5, "seven and a half": 7.5,
        "eight and a half": 8.5, "nine and a half": 9.5, "ten and a half": 10.5,
    ]

    /// Words a figure written without digits needs: a scale, a currency or percent.
    private static let amountWords = [
        "prozent", "percent", "per cent", "%", "illion", "milliard", "dollar", "euro", "$", "€", "mrd", "mio", "bio",
        "thousand", "tausend", "yuan", "pfund", "pound", "yen", "franken",
    ]

    /// Scale words and their factors. German "Billion" is 10^12.
    private static let scales: [String: Double] = [
        "trillion": 1e12, "trillions": 1e12, "tn": 1e12, "trln": 1e12, "billion": 1e9, "billions": 1e9, "bn": 1e9,
        "bln": 1e9, "b": 1e9,
        "million": 1e6, "millions": 1e6, "mn": 1e6, "m": 1e6, "mln": 1e6, "thousand": 1e3, "k": 1e3,
        "billionen": 1e12, "bio.": 1e12, "bio": 1e12, "milliarden": 1e9, "milliarde": 1e9, "mrd.": 1e9, "mrd": 1e9,
        "millionen": 1e6, "mio.": 1e6, "mio": 1e6, "tausend": 1e3, "tsd.": 1e3,
        // (Swiss German: "52,7 Mia. Fr.")
        "mia.": 1e9, "mia": 1e9,
    ]

    /// Numbers said in words of more than one part, as in a transcript: "sixty-four", "a hundred and eighteen",
    /// "three hundred fifty", "nineteen point four", "vierundsechzig", "dreihundertfünfzig", "drei Komma fünf".
    static let spokenNumber: String = {
        let units = "one|two|three|four|five|six|seven|eight|nine"
        let teens = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
        let tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
        let belowHundred = "(?:(?:\(tens))(?:[- ](?:\(units)))?|\(teens)|\(units))"
        let hundreds = "(?:(?:a|one|\(units))\\s+hundred(?:\\s+(?:and\\s+)?\(belowHundred))?)"
        let point = "(?:\\s+point(?:\\s+(?:\(units)|zero|oh))+)"
        let english =
            "(?:\(hundreds)\(point)?|(?:\(tens))[- ](?:\(units))\(point)?|(?:\(belowHundred))\(point))"
        let einer = "ein|zwei|drei|vier|fünf|sechs|sieben|acht|neun"
        let zehner = "zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig"
        let unterHundert =
            "(?:(?:\(einer))und(?:\(zehner))|\(zehner)|zehn|elf|zwölf|dreizehn|vierzehn|fünfzehn|sechzehn|siebzehn|achtzehn|neunzehn|zwei|drei|vier|fünf|sechs|sieben|acht|neun|eins)"
        let komma = "(?:\\s+Komma(?:\\s+(?:null|eins|zwei|drei|vier|fünf|sechs|sieben|acht|neun))+)"
        let german =
            "(?:(?:(?:\(einer))?hundert(?:\(unterHundert))?|(?:\(einer))und(?:\(zehner)))\(komma)?|(?:\(unterHundert)|ein|eine)\(komma))"
        return "\\b(?:\(english)|\(german))\\b"
    }()

    /// Digits a speaker says that no figure is written with alone: "nineteen point oh", "null Komma fünf", "eins".
    private static let spokenDigits: [String: Int] = ["zero": 0, "oh": 0, "null": 0, "eins": 1]

    /// The value of a number said in words of more than one part (see ``spokenNumber``) and its rounding.
    static func spokenValue(_ text: String) -> (Double, Double)? {
        let lower = text.lowercased()
        // (The number words of single figures, and the digits said only after a decimal point.)
        func number(_ word: some StringProtocol) -> Int? {
            let word = String(word)
            return spokenDigits[word] ?? numberWords[word].flatMap { $0 >= 1 ? Int($0) : nil }
        }
        // The whole part and the digits said after "point" / "Komma".
        let parts = lower.components(separatedBy: lower.contains("komma") ? "komma" : "point")
        var decimals = ""
        if parts.count == 2 {
            for word in parts[1].split(whereSeparator: { $0 == " " }) {
                guard let digit = number(word), digit < 10 else { return nil }
                decimals += String(digit)
            }
        }
        let whole = parts[0].trimmingCharacters(in: .whitespaces)
        var value = 0
        if whole.contains(" ") || whole.contains("-") || number(whole) != nil {
            var current = 0
            for word in whole.split(whereSeparator: { $0 == " " || $0 == "-" }) where word != "and" {
                if word == "hundred" {
                    // (One "hundred" a number: the pattern admits no more, and a second would be no number read.)
                    guard current < 100 else { return nil }
                    current = max(current, 1) * 100
                } else if let number = number(word) {
                    current += number
                } else {
                    return nil
                }
            }
            value = current
        } else {
            // German: one word, "dreihundertfünfzig", "vierundsechzig".
            func belowHundred(_ word: Substring) -> Int? {
                if word.isEmpty { return 0 }
                if let number = number(word) { return number }
                guard let and = word.range(of: "und") else { return nil }
                guard let unit = number(word[..<and.lowerBound]), let ten = number(word[and.upperBound...])
                else { return nil }
                return unit + ten
            }
            if let hundred = whole.range(of: "hundert") {
                let head = whole[..<hundred.lowerBound]
                guard let count = head.isEmpty ? 1 : number(head),
                    let rest = belowHundred(whole[hundred.upperBound...])
                else { return nil }
                value = count * 100 + rest
            } else {
                guard let number = belowHundred(Substring(whole)) else { return nil }
                value = number
            }
        }
        let rounding = decimals.isEmpty ? 0.5 : 0.5 * pow(10, -Double(decimals.count))
        return (Double("\(value).\(decimals.isEmpty ? "0" : decimals)") ?? Double(value), rounding)
    }

    /// The value of a number word ("drei", "twelve"), if the word is one.
    static func numberWord(_ word: String) -> Double? { numberWords[word.lowercased()] }

    /// Currencies the store cannot check without a conversion: the figure stays a claim, unverifiable.
    static let otherCurrencies = [
        "kanadische[n]? Dollar", "Canadian dollars?", "australische[n]? Dollar", "Australian dollars?",
        "Hongkong-Dollar", "Hong Kong dollars?", "Taiwan-Dollar", "Taiwan dollars?", "Schweizer Franken",
        "Swiss francs?",
        "Franken", "francs?", "Yuan", "yuan", "Renminbi", "renminbi", "Pfund", "pounds?(?: sterling)?", "Yen", "yen",
        "Rupien", "rupees?", "Won", "won", "Rubel", "rubles?", "roubles?", "Peso[s]?", "pesos?", "Real", "reais",
        "CHF", "GBP", "CNY", "JPY", "CAD", "RUB", "sFr\\.?", "SFr\\.?", "Fr\\.",
        // (The currencies of the partners news writes about, in words: "Sh46 billion" is also "46 billion shillings".)
        "naira", "shillings?", "Schilling", "rand", "cedis?", "dirhams?", "riyals?", "rials?", "dinars?", "ringgit",
        "rupiah", "baht", "dong", "liras?", "lire", "forint", "zlot(?:y|ys|ies)", "złoty", "Kronen", "kronor",
        "kroner", "kron[ae]", "hryvnias?", "tenge", "lari", "soles", "colones", "quetzales", "lempiras?", "shekels?",
        "Schekel",
    ]

    /// A sentence that says in which other country's dollars its figures are: "measured in Canadian dollars", "in
    /// kanadischen Dollar gerechnet".
    static let otherDollarsDeclared = try! NSRegularExpression(
        pattern:
            "\\b(?:in|into) (?:Canadian|Australian|Hong Kong|New Zealand|Singapore|Taiwan(?:ese)?|kanadischen|australischen|neuseeländischen|Singapur-|Hongkong-|Taiwan-)\\s?(?:dollars?|Dollar)\\b",
        options: [.caseInsensitive])

    /// Words one of which a number said in words of several parts needs: the costly alternative of the pattern runs
    /// only where one occurs.
    private static let spokenGate = [
        "hundred", "hundert", "point", "komma", "zig", "ßig", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
        "eighty", "ninety",
    ]

    private static let pattern = makePattern(spoken: false)
    private static let spokenPattern = makePattern(spoken: true)

    private static func makePattern(spoken: Bool) -> NSRegularExpression {
        let hedge = hedgeWords.map { NSRegularExpression.escapedPattern(for: $0.0) }.joined(separator: "|")
        let words = numberWords.keys.sorted { $0.count > $1.count }.map { NSRegularExpression.escapedPattern(for: $0) }
            .joined(separator: "|")
        let scale =
            "trillions?|trln|tn|billions?|bln|bn|b|millions?|mn|mln|m|thousand|k|Billionen|Billion|Bio\\.?|Milliarden|Milliarde|Mrd\\.?|Mia\\.?|Millionen|Million|Mio\\.?|Tausend|Tsd\\."
        let other = otherCurrencies.joined(separator: "|")
        let currency = "\(other)|US-Dollar|US-Dollars|Dollar|dollars|USD|US\\$|\\$|Euro|euros|EUR|€"
        // ("rose 35.5pc": "pc", the per cent of British and South Asian papers.)
        let percent = "%|Prozent|percent|per cent|pc|Prozentpunkte|percentage points"
        let number = "\\d{1,3}(?:[.,\\u00A0\\u2009\\u202F '’]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?"
        let text = """
            (?<hedge>\\b(?:\(hedge))\\s+)?\
            (?<pre>C\\$|CA\\$|A\\$|AU\\$|NZ\\$|HK\\$|NT\\$|S\\$|R\\$|US\\$|\\$(?:A|C|NZ|HK|S)(?=\\s?\\d)|\\$|€|£|¥|USD\\s|EUR\\s|CHF\\s|GBP\\s|CNY\\s|RMB\\s|AED\\s|SAR\\s|INR\\s|JPY\\s|KRW\\s|CAD\\s|AUD\\s|MXN\\s|BRL\\s|₹|₩|₽|₦|₺|฿|₫|₱|₪|(?<![\\p{L}])(?:Dhs?|Rs\\.?|RM|Rp|KSh|Ksh|TSh|USh|Sh|GH₵|E£|zł)(?=\\s?\\d)|(?<![\\p{L}\\d])[NR](?=\\d[\\d.,]*\\s?(?:trillion|billion|million|tn|bn|m)\\b))?\\s?\
            (?:(?<number>\(number))|(?<spoken>\(spoken ? spokenNumber : "(?!)"))|(?<word>\\b(?:\(words))\\b(?!\\$)))\
            (?:(?:\\s|-)?(?<scale>(?:\(scale))(?![\\p{L}])))?\
            (?:(?:\\s|-)?(?<post>(?:\(currency))(?![\\p{L}]))|\\s?(?<percent>(?:\(percent))(?![\\p{L}])))?
            """
        return try! NSRegularExpression(pattern: text, options: [.caseInsensitive])
    }

    /// Every money amount or percentage in the sentence.
    func figures(in sentence: String) -> [Figure] {
        let ns = sentence as NSString
        var result: [Figure] = []
        // The pattern is costly; a figure needs a digit, or a number word with a scale, currency or percent.
        let lower = ByteText(sentence.lowercased())
        let numeric =
            sentence.utf8.contains { $0 >= 48 && $0 <= 57 }
            || Self.amountWords.contains(where: lower.contains)
        let pattern = Self.spokenGate.contains(where: lower.contains) ? Self.spokenPattern : Self.pattern
        let matches =
            numeric
            ? Self.windows(in: ns).flatMap { window in
                pattern.matches(
                    in: sentence, options: [.withTransparentBounds, .withoutAnchoringBounds], range: window)
            } : []
        // (Once per sentence, not per figure: the sentence may be long and hold many figures.)
        let otherDollars =
            !matches.isEmpty && lower.contains("dollar")
            && Self.otherDollarsDeclared.firstMatch(in: sentence, range: NSRange(location: 0, length: ns.length)) != nil
        for match in matches {
            func group(_ name: String) -> String? {
                let range = match.range(withName: name)
                return range.location == NSNotFound ? nil : ns.substring(with: range)
            }
            let scaleText = group("scale")
            let pre = group("pre")?.trimmingCharacters(in: .whitespaces)
            let post = group("post")
            let percentText = group("percent")
            // A bare number word or a bare number with no unit is not a figure.
            if pre == nil, post == nil, percentText == nil, scaleText == nil { continue }
            if group("word") != nil || group("spoken") != nil, scaleText == nil, percentText == nil { continue }
            // Single-letter scales ("b", "m", "k") only directly after a number with a currency.
            if let scaleText, scaleText.count == 1, pre == nil && post == nil { continue }
            if let scaleText, ["m", "b", "k"].contains(scaleText.lowercased()),
                match.range(withName: "scale").location != match.range(withName: "number").upperBound
            {
                continue
            }
            var number: Double
            var rounding: Double
            if let digits = group("number") {
                guard let parsed = parseNumber(digits) else { continue }
                (number, rounding) = parsed
                // A year is not a figure ("im Jahr 2024 Dollar" does not occur; "2024" alone is filtered above).
                if scaleText == nil, percentText == nil, number >= 1900, number <= 2100,
                    !digits.contains(where: { $0 == "," || $0 == "." }),
                    pre == nil
                {
                    continue
                }
            } else if let spoken = group("spoken"), let parsed = Self.spokenValue(spoken) {
                (number, rounding) = parsed
            } else if let word = group("word"), let value = Self.numberWords[word.lowercased()] {
                number = value
                rounding = value == 0.5 ? 0.05 : value.truncatingRemainder(dividingBy: 1) == 0.5 ? 0.25 : 0.5
            } else {
                continue
            }
            let scale = scaleText.flatMap { Self.scales[$0.lowercased()] } ?? 1
            // English "billion" is 10^9; German "Billion" 10^12 (the dictionary is case-insensitive,
            // so decide by language for the ambiguous spelling). German writes the noun with a capital and
            // says "Billionen" for more than one: a small "billion", or "334 Billion" (a headline in capitals,
            // an English quote in a German article), is the English word.
            var factor = scale
            if let scaleText, scaleText.lowercased() == "billion" {
                factor = language == .de && scaleText != "billion" && number < 2 ? 1e12 : 1e9
            }
            var unit: FigureUnit
            if percentText != nil {
                unit = .percent
                factor = 1
            } else if [pre, post].contains(where: { $0.map { ["€", "EUR", "Euro", "euros"].contains($0) } == true }) {
                unit = .eur
            } else if let pre, !["$", "US$", "USD"].contains(pre) {
                unit = .other
            } else if let post,
                Self.otherCurrencies.contains(where: {
                    post.range(of: "^(?:\($0))$", options: [.regularExpression, .caseInsensitive]) != nil
                })
            {
                unit = .other
            } else {
                unit = .usd
            }
            // ("Der Dollar kostete mehr als 7 Lira", "pegged at 3.75 riyals", "a wage of 1,500 ringgit": a price or a rate
            // in another currency, said without a scale, is no trade figure.)
            if unit == .other, scaleText == nil, number < 1_000_000 { continue }
            var hedge = Hedge.exact
            let hedgeText = group("hedge")?.trimmingCharacters(in: .whitespaces).lowercased()
            if let hedgeText {
                hedge = Self.hedgeWords.first { $0.0 == hedgeText }?.1 ?? .exact
            } else {
                hedge = verbHedge(before: match.range.location, in: ns)
            }
            let below = hedgeText.map(Self.belowWords.contains) ?? false
            // A mark that combines with the figure's last character can leave the match without
            // a range in the string's characters: such a match is not a figure.
            guard var range = Range(match.range, in: sentence) else { continue }
            // (The figure's span starts at its first character, not at a blank the pattern took before it.)
            while range.lowerBound < range.upperBound, sentence[range.lowerBound].isWhitespace {
                range = sentence.index(after: range.lowerBound)..<range.upperBound
            }
            var text = String(sentence[range]).trimmingCharacters(in: .whitespaces)
            if text.hasSuffix(".") && !(scaleText?.hasSuffix(".") ?? false) { text.removeLast() }
            // ("put Canada's surplus with the United States at $4.3 billion, measured in Canadian dollars": a bare
            // dollar sign in a sentence that says its dollars are another country's.)
            if unit == .usd, pre.map({ $0 == "$" }) ?? true,
                post.map({ ["dollar", "dollars"].contains($0.lowercased()) }) ?? true, otherDollars
            {
                unit = .other
            }
            var figure = Figure(
                text: text, range: range, value: number * factor, unit: unit, hedge: hedge,
                rounding: rounding * factor, currencyExplicit: pre != nil || post != nil)
            figure.below = below
            figure.farBelow = Self.saysFarBelow(before: match.range.location, in: ns, hedge: hedgeText)
            figure.points =
                percentText.map { $0.lowercased().contains("punkt") || $0.lowercased().contains("point") }
                ?? false
            result.append(figure)
        }
        // Multiples and fractions only where their words occur (their patterns are costly).
        let multipleWords = [
            "fold", "fach", "mal ", "times", "twice", "doppel", "doubl", "tripl", "quadrupl", "halv", "halbier",
            "halb so", "half as",
        ]
        let multiples = multipleWords.contains(where: lower.contains) ? multiples(in: sentence) : []
        // ("two and a half times": the fraction is part of the multiple.)
        let fractionGate =
            Lexicon.fractionWords + Lexicon.rareFractionWords + [
                " in every ", " out of ", "one in ", "one dollar in ", "of every ", "jeder ", "jede ",
                // ("three in ten dollars", "neun von zehn Dollar")
                " in three ", " in four ", " in five ", " in six ", " in eight ", " in ten ", " in twenty ",
                " von drei ", " von vier ", " von fünf ", " von zehn ", " von zwanzig ",
            ]
        let fractions = (fractionGate.contains(where: lower.contains) ? fractions(in: sentence) : []).filter {
            fraction in !multiples.contains { $0.range.overlaps(fraction.range) }
        }
        let perDollar =
            Self.everyDollarWords.contains(where: lower.contains) ? amountsPerDollar(in: sentence) : []
        // ("rund 450.000 Fahrzeuge", "270,000 barrels": goods counted, a trade claim in units the store lacks.)
        let counted = (Self.quantityWords.contains(where: lower.contains) ? quantities(in: sentence) : []).filter {
            quantity in
            !result.contains { $0.range.overlaps(quantity.range) }
        }
        result += counted
        // ("a tenth of 1 percent": the percent is part of the fraction.)
        let numbers = withListedNumbers(result, in: sentence).filter { number in
            !fractions.contains { $0.range.overlaps(number.range) }
                && !perDollar.contains { $0.range.overlaps(number.range) }
        }
        return Self.joiningRanges(
            (numbers + multiples + fractions + perDollar)
                .sorted { $0.range.lowerBound < $1.range.lowerBound }, in: sentence)
    }

    /// "between $40 billion and $45 billion", "zwischen 40 und 45 Milliarden Dollar", "$40–45 billion",
    /// "40 bis 45 Prozent": one figure for the whole range, its value the middle and its rounding half
    /// the width, so any official value inside the range holds. ("from $40 billion to $45 billion" and
    /// "von 40 auf 45" stay two figures: a change; "von 40 bis 45 Milliarden" is a range.)
    static func joiningRanges(_ figures: [Figure], in sentence: String) -> [Figure] {
        guard figures.count >= 2 else { return figures }
        var result: [Figure] = []
        var index = 0
        while index < figures.count {
            let first = figures[index]
            if index + 1 < figures.count {
                let second = figures[index + 1]
                let between = sentence[first.range.upperBound..<max(first.range.upperBound, second.range.lowerBound)]
                    .trimmingCharacters(in: .whitespaces).lowercased()
                let before = sentence[..<first.range.lowerBound].suffix(14).lowercased()
                let opened = before.hasSuffix("between ") || before.hasSuffix("zwischen ")
                let changeOpened =
                    before.hasSuffix("from ") || before.hasSuffix("von ")
                    || before.range(of: #"\b(from|von)\s+(about|around|rund|etwa)\s+$"#, options: .regularExpression)
                        != nil
                // ("zusätzliche Exporte von 10 bis 11 Milliarden Dollar": German "von … bis" for an amount is a range;
                // a change says "von … auf".)
                let joins =
                    (opened && ["and", "und"].contains(between))
                    || (!changeOpened && ["to", "bis", "-", "–", "—"].contains(between))
                    || (between == "bis" && before.hasSuffix("von "))
                // "$40-45 billion", "40 bis 45 Milliarden": the first number takes the second's scale.
                var first = first
                if joins, first.unit == second.unit, second.value > first.value * 3,
                    let scale = [1e3, 1e6, 1e9, 1e12].first(where: {
                        first.value * $0 < second.value && first.value * $0 * 3 >= second.value
                    }), first.value * 1000 <= second.value
                {
                    first.value *= scale
                    first.rounding *= scale
                }
                if joins, first.unit == second.unit, first.unit != .ratio, first.unit != .none, first.value > 0,
                    second.value > first.value, second.value <= first.value * 3,
                    first.range.upperBound <= second.range.lowerBound
                {
                    var joined = second
                    let start =
                        opened
                        ? sentence.index(
                            first.range.lowerBound, offsetBy: -(before.hasSuffix("zwischen ") ? 9 : 8),
                            limitedBy: sentence.startIndex) ?? first.range.lowerBound
                        : first.range.lowerBound
                    joined.range = start..<second.range.upperBound
                    joined.text = String(sentence[joined.range])
                    joined.value = (first.value + second.value) / 2
                    joined.rounding = (second.value - first.value) / 2 + max(first.rounding, second.rounding)
                    joined.hedge = .exact
                    joined.below = false
                    result.append(joined)
                    index += 2
                    continue
                }
            }
            result.append(first)
            index += 1
        }
        return result
    }

    /// The stretches of a sentence (UTF-16) where a figure can stand: around its digits and its
    /// scale and percent words, merged. The pattern runs only there; most of a sentence is words.
    static func windows(in text: NSString) -> [NSRange] {
        let length = text.length
        // The text's UTF-16 units, read once (NSRange offsets count them).
        var units = [UInt16](repeating: 0, count: length)
        units.withUnsafeMutableBufferPointer { buffer in
            if let base = buffer.baseAddress { text.getCharacters(base, range: NSRange(location: 0, length: length)) }
        }
        // (anchor, room before it): a digit starts a number, with a hedge and a currency sign before it
        // ("approximately US$ 5"); a scale or percent word may follow a number word ("more than two and a
        // half billion"), which needs more room.
        var anchors: [(at: Int, before: Int)] = []
        var index = 0
        while index < length {
            if units[index] >= 48 && units[index] <= 57 {
                anchors.append((index, 32))
                while index < length, units[index] >= 48 && units[index] <= 57 { index += 1 }
                continue
            }
            index += 1
        }
        // Number words need a scale or a percent: "half a billion", "zwei Prozent".
        for word in Self.anchorWords where word.count <= length {
            let last = length - word.count
            var at = 0
            while at <= last {
                if units[at] == word[0] {
                    var offset = 1
                    while offset < word.count, units[at + offset] == word[offset] { offset += 1 }
                    if offset == word.count {
                        anchors.append((at, 48))
                        at += word.count
                        continue
                    }
                }
                at += 1
            }
        }
        anchors.sort { $0.at < $1.at }
        let after = 48
        var result: [NSRange] = []
        for anchor in anchors {
            let start = max(0, anchor.at - anchor.before)
            let end = min(length, anchor.at + after)
            if let last = result.last, start <= last.location + last.length {
                result[result.count - 1].length = max(last.location + last.length, end) - last.location
            } else {
                result.append(NSRange(location: start, length: end - start))
            }
        }
        return result
    }

    /// Parts of scale and percent words, as UTF-16 units, that anchor a window for number words.
    private static let anchorWords: [[UInt16]] = [
        "illion", "illiard", "Mrd", "Mio", "Bio", "Prozent", "prozent", "percent", "per cent", "tausend",
        "Tausend", "thousand",
    ].map { Array($0.utf16) }

    // MARK: Fractions

    private static let fractionValues: [String: Double] = [
        "half": 50, "hälfte": 50, "third": 100.0 / 3, "drittel": 100.0 / 3, "quarter": 25, "viertel": 25,
        "fifth": 20, "fünftel": 20, "sixth": 100.0 / 6, "sechstel": 100.0 / 6, "tenth": 10, "zehntel": 10,
        "two-thirds": 200.0 / 3, "three-quarters": 75, "zweidrittel": 200.0 / 3, "seventh": 100.0 / 7,
        "siebtel": 100.0 / 7, "eighth": 12.5, "achtel": 12.5, "ninth": 100.0 / 9, "neuntel": 100.0 / 9,
        "twentieth": 5, "zwanzigstel": 5, "twelfth": 100.0 / 12, "zwölftel": 100.0 / 12,
    ]

    private static let fractionPattern: NSRegularExpression = {
        let hedge =
            "(?<hedge>more than|nearly|almost|about|roughly|some|over|just over|just under|close to|mehr als|fast|knapp|beinahe|nahezu|rund|etwa|gut|über|weniger als|less than|not even|nicht einmal|barely)\\s+"
        let text = """
            (?:\(hedge))?(?:(?<two>two|zwei|three|drei|four|vier|five|fünf|six|sechs|seven|sieben|eight|acht|nine|neun)[- ](?<pl>thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths|Drittel|Viertel|Fünftel|Sechstel|Siebtel|Achtel|Neuntel|Zehntel)n?(?![\\p{L}-])\
            |(?<num>one|two|three|four|five|six|seven|eight|nine|1|2|3|4|5|6|7|8|9)\\s+(?:(?:dollar|euro)\\s+)?(?:in|out\\s+of|of\\s+every)\\s+(?:every\\s+)?(?<inN>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|\\d{1,2})\\b(?:\\s+(?:dollars?|euros?|imports|exports))?\
            |(?<gnum>ein|eine|einer|zwei|drei|vier|fünf|sechs|sieben|acht|neun)\\s+von\\s+(?<gden>zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|zwanzig)\\s+(?:US-)?(?:Dollar|Euro)\\b\
            |jede[rns]?\\s+(?<nth>zweite|dritte|vierte|fünfte|sechste|siebte|siebente|achte|neunte|zehnte|zwanzigste)[nr]?(?=\\s+(?:[\\p{L}-]*Dollar|Euro)\\b)(?:\\s+[\\p{L}-]*Dollar|\\s+Euro)?\
            |(?<!first )(?<!second )(?:a|an|one|ein|eine|einem|einer|die|der)\\s+(?<one>half|third|quarter|fifth|sixth|seventh|eighth|ninth|tenth|twentieth|Hälfte|Drittel|Viertel|Fünftel|Sechstel|Siebtel|Achtel|Neuntel|Zehntel|Zwölftel|twelfth|Zwanzigstel)(?![\\p{L}-])(?!\\s+(?:straight|consecutive|successive|time)\\b)(?!\\s+(?:year|month|quarter)\\s+in\\s+a\\s+row)\
            |(?<!first )(?<!second )(?<!latter )(?<!former )(?<bare>half)(?=\\s+(?:of|the)\\b|\\s+that(?:\\s*[.,;:!?)]|\\s+(?:amount|figure|sum|level|total|value|back|again)\\b))\
            |(?<=\\bby )(?<byhedge>more than |nearly |almost |about |roughly |over )?(?<byhalf>half)\\b)
            """
        return try! NSRegularExpression(pattern: "\\b" + text, options: [.caseInsensitive])
    }()

    /// " as much", " as large as", " so viel wie", " so groß": a fraction compared like a multiple.
    private static let fractionAsMuch = try! NSRegularExpression(
        pattern: "^\\s+(?:as|so)\\s+(?:much|large|big|high|great|many|viel|groß|gross|hoch|hohe[ns]?)\\b",
        options: [.caseInsensitive])

    /// " that.", " that amount", " that figure": the amount named before, right after a fraction ("less than half
    /// that"); not "that" opening a clause.
    private static let fractionOfThat = try! NSRegularExpression(
        pattern:
            "^\\s+that(?:\\s*(?:[.,;:!?)\\u2013\\u2014-]|$)|\\s+(?:amount|figure|sum|level|total|value|back|again|in\\s+return|in\\s+exchange)\\b)",
        options: [.caseInsensitive])

    /// " as much.", " so hoch." closing a clause: an equality whose other side is not named after it.
    private static let ellipticEquality = try! NSRegularExpression(
        pattern: "^\\s+(?:as|so)\\s+(?:much|large|big|high|great|viel|groß|gross|hoch)\\s*(?:[.;!?)\\u2013\\u2014]|$)",
        options: [.caseInsensitive])

    /// Whether the words after a multiple or fraction point back to the amount named before it: "twice that",
    /// "less than half that amount", "mehr als doppelt so hoch." (nothing after the equality).
    static func pointsBack(after rest: String) -> Bool {
        let range = NSRange(location: 0, length: (rest as NSString).length)
        return fractionOfThat.firstMatch(in: rest, range: range) != nil
            || ellipticEquality.firstMatch(in: rest, range: range) != nil
    }

    /// "of 1 percent", "of a percentage point", "eines Prozents", "Prozent" right after a fraction.
    private static let ofOnePercent = try! NSRegularExpression(
        pattern:
            "^\\s+(?:of\\s+(?:1|one|a)\\s+(?:percent|per cent|percentage point)|(?:eines\\s+)?prozent(?:s|punkt)?)\\b")

    /// "ein Drittel", "more than half", "two-thirds", "fast die Hälfte": shares written as fractions,
    /// as percentages (a fraction is read to a tenth of its size).
    func fractions(in sentence: String) -> [Figure] {
        let ns = sentence as NSString
        var result: [Figure] = []
        for match in Self.fractionPattern.matches(in: sentence, range: NSRange(location: 0, length: ns.length)) {
            func group(_ name: String) -> String? {
                let range = match.range(withName: name)
                return range.location == NSNotFound ? nil : ns.substring(with: range).lowercased()
            }
            guard let matched = Range(match.range, in: sentence) else { continue }
            var value: Double?
            if let one = group("one") ?? group("bare") ?? group("byhalf") {
                value = Self.fractionValues[one]
            } else if let two = group("two"), let plural = group("pl") {
                let counts: [String: Double] = [
                    "two": 2, "zwei": 2, "three": 3, "drei": 3, "four": 4, "vier": 4, "five": 5, "fünf": 5, "six": 6,
                    "sechs": 6, "seven": 7, "sieben": 7, "eight": 8, "acht": 8, "nine": 9, "neun": 9,
                ]
                let parts: [String: Double] = [
                    "third": 3, "drittel": 3, "quarter": 4, "viertel": 4, "fifth": 5, "fünftel": 5, "sixth": 6,
                    "sechstel": 6, "seventh": 7, "siebtel": 7, "eighth": 8, "achtel": 8, "ninth": 9, "neuntel": 9,
                    "tenth": 10, "zehntel": 10,
                ]
                let singular = plural.hasSuffix("s") ? String(plural.dropLast()) : plural
                if let count = counts[two], let part = parts[singular], count < part { value = count * 100 / part }
            } else if let n = group("inN") {
                // "one in every seven dollars", "three in every ten dollars": a share of count/n.
                let count = group("num").flatMap { RankFinder.cardinals[$0].map(Double.init) ?? Double($0) } ?? 1
                if let parts = RankFinder.cardinals[n].map(Double.init) ?? Double(n), parts >= 2, count < parts {
                    value = count * 100 / parts
                }
            } else if let n = group("gden"), let c = group("gnum") {
                // "neun von zehn Dollar", "drei von vier Dollar": a share of count/n.
                let count = ["ein", "eine", "einer"].contains(c) ? 1 : RankFinder.cardinals[c].map(Double.init)
                if let count, let parts = RankFinder.cardinals[n].map(Double.init), count < parts {
                    value = count * 100 / parts
                }
            } else if let nth = group("nth") {
                // "jeder dritte Dollar": a share of 1/n.
                let ordinals: [String: Double] = [
                    "zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "siebte": 7, "siebente": 7,
                    "achte": 8, "neunte": 9, "zehnte": 10, "zwanzigste": 20,
                ]
                value = ordinals[nth].map { 100 / $0 }
            }
            guard let value else { continue }
            var hedge = Hedge.exact
            if let hedgeText = group("hedge") ?? group("byhedge")?.trimmingCharacters(in: .whitespaces) {
                hedge = Self.hedgeWords.first { $0.0 == hedgeText }?.1 ?? .approx
            }
            // "ein Sechstel dessen, was …", "barely a fifth of what it sells us": a fraction of another
            // amount, a multiple below one.
            let rest = ns.substring(from: match.range.location + match.range.length).lowercased()
            let restNS = rest as NSString
            // ("a tenth of the 2021 level", "ein Zehntel des Niveaus von 2021", "a third of its pre-war level": of an
            // earlier amount.)
            let levelOf =
                (rest.hasPrefix(" of the ") || rest.hasPrefix(" of its ") || rest.hasPrefix(" of their ")
                    || rest.hasPrefix(" des ") || rest.hasPrefix(" vom "))
                && [
                    "level", "levels", "niveau", "niveaus", "peak", "höchststand", "höchststands", "figure", "wert",
                    "wertes", "werts", "total",
                ].contains(where: { word in
                    rest.prefix(40).split(whereSeparator: { !$0.isLetter && !$0.isNumber && $0 != "-" })
                        .contains {
                            $0.lowercased() == word || $0.lowercased().hasSuffix("-" + word)
                                // ("des Vorkriegsniveaus", "des Vorjahreswerts": a German compound.)
                                || (["niveau", "niveaus", "werts", "wertes"].contains(word)
                                    && $0.lowercased().hasSuffix(word))
                        }
                })
            // "a tenth as much", "ein Zehntel so viel wie": a multiple below one, comparing two like "twice as much".
            let asMuch =
                Self.fractionAsMuch.firstMatch(in: rest, range: NSRange(location: 0, length: restNS.length)) != nil
            // "less than half that", "roughly a third that amount", "ein Zehntel so hoch.": the amount named before.
            let pointsBack = Self.pointsBack(after: rest)
            // ("three in every ten dollars of what America bought from China": dollars counted out of a whole are a
            // share of it, never a multiple.)
            let countsDollars = group("inN") != nil || group("gden") != nil || group("nth") != nil
            let ofAnother =
                !countsDollars
                && (["dessen", " dessen", " of what", " what "].contains { rest.hasPrefix($0) } || levelOf || asMuch
                    || pointsBack)
            // "a tenth of 1 percent", "ein Zehntel Prozent": a fraction of one percent.
            var range = matched
            var percentPart = false
            if let ofPercent = Self.ofOnePercent.firstMatch(
                in: rest, range: NSRange(location: 0, length: restNS.length)),
                let whole = Range(
                    NSRange(location: match.range.location + match.range.length, length: ofPercent.range.length),
                    in: sentence)
            {
                range = range.lowerBound..<whole.upperBound
                percentPart = true
            }
            let scaled = percentPart ? value / 100 : value
            var figure = Figure(
                text: String(sentence[range]).trimmingCharacters(in: .whitespaces), range: range,
                value: ofAnother ? value / 100 : scaled, unit: ofAnother ? .ratio : .percent, hedge: hedge,
                rounding: ofAnother ? value / 1000 : scaled * 0.1, currencyExplicit: false)
            figure.comparesTwo = ofAnother
            figure.fractionOfAnother = ofAnother && !asMuch
            figure.refersBack = pointsBack
            figure.below = hedge == .atMost && Self.belowWords.contains(group("hedge") ?? "")
            figure.shareOfAll = group("inN") != nil || group("nth") != nil
            result.append(figure)
        }
        return result
    }

    // MARK: Goods counted

    /// Units of goods, longest first (the lexicon's), for the gate before the costly pattern and for the pattern.
    private static let quantityWords = Lexicon.quantityUnits.sorted { $0.count > $1.count }

    private static let quantityPattern = try! NSRegularExpression(
        pattern:
            "(?<![\\p{L}\\d.,])(?:(?<hedge>more than|nearly|almost|about|roughly|around|some|mehr als|fast|knapp|rund|etwa|gut|über)\\s+)?(?<n>\\d{1,3}(?:[.,]\\d{3})+)\\s+(?:\(quantityWords.joined(separator: "|")))\\b",
        options: [.caseInsensitive])

    /// "rund 450.000 Fahrzeuge", "270,000 barrels": goods counted in units, written without a scale word (with one,
    /// "13 Millionen Barrel", the amount pattern finds them).
    func quantities(in sentence: String) -> [Figure] {
        let ns = sentence as NSString
        return Self.quantityPattern.matches(in: sentence, range: NSRange(location: 0, length: ns.length)).compactMap {
            match in
            let digits = ns.substring(with: match.range(withName: "n"))
            guard let (value, rounding) = parseNumber(digits), let range = Range(match.range, in: sentence) else {
                return nil
            }
            let hedgeRange = match.range(withName: "hedge")
            let hedge =
                hedgeRange.location == NSNotFound
                ? Hedge.exact
                : Self.hedgeWords.first { $0.0 == ns.substring(with: hedgeRange).lowercased() }?.1 ?? .approx
            return Figure(
                text: String(sentence[range]), range: range, value: value, unit: .quantity, hedge: hedge,
                rounding: rounding, currencyExplicit: false)
        }
    }

    // MARK: Dollars against one dollar

    private static let everyDollarWords = ["every dollar", "each dollar", "jeden dollar", "jeden us-dollar"]

    private static let perDollarPattern: NSRegularExpression = {
        let hedge =
            "(?<hedge>more than|over|nearly|almost|about|roughly|around|some|just over|mehr als|fast|knapp|beinahe|rund|etwa|gut|über)\\s+"
        let word = numberWords.keys.filter { $0.count > 2 && !$0.contains(" ") && (numberWords[$0] ?? 0) <= 20 }
            .sorted { $0.count > $1.count }.joined(separator: "|")
        let pattern =
            "(?<![\\p{L}\\d$])(?:\(hedge))?(?:\\$\\s?(?<digits>\\d+(?:\\.\\d+)?)(?![\\d.,]*\\s*(?:billion|million|trillion|bln|bn|mln|mn|trln|tn)\\b)|(?<number>\\d+(?:[.,]\\d+)?|\(word))(?<half>\\s+and\\s+a\\s+half|einhalb)?\\s+(?:US-)?(?:dollars?|Dollar)\\b|(?<cents>\\d+)\\s+(?:cents|Cent)\\b)"
        return try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
    }()

    /// "for every dollar of goods the United States sold to India it bought back about $1.80", "für jeden Dollar,
    /// den … verkauften, kauften die USA dort vier Dollar ein": the amount said against one dollar, as a ratio.
    func amountsPerDollar(in sentence: String) -> [Figure] {
        let ns = sentence as NSString
        var result: [Figure] = []
        for match in Self.perDollarPattern.matches(in: sentence, range: NSRange(location: 0, length: ns.length)) {
            func group(_ name: String) -> String? {
                let range = match.range(withName: name)
                return range.location == NSNotFound ? nil : ns.substring(with: range).lowercased()
            }
            var value: Double
            var rounding: Double
            if let digits = group("digits") ?? group("number").flatMap({ $0.first?.isNumber == true ? $0 : nil }) {
                guard let parsed = parseNumber(digits) else { continue }
                (value, rounding) = parsed
            } else if let cents = group("cents"), let number = Double(cents) {
                (value, rounding) = (number / 100, 0.005)
            } else if let word = group("number"), let number = Self.numberWords[word] {
                (value, rounding) = (number, 0.5)
            } else {
                continue
            }
            if group("half") != nil { (value, rounding) = (value + 0.5, 0.25) }
            // (The one dollar itself, and amounts too large to be said against one dollar, are not the ratio.)
            guard value > 0, value < 100, !(value == 1 && group("hedge") == nil),
                let range = Range(match.range, in: sentence)
            else { continue }
            var hedge = Hedge.exact
            if let hedgeText = group("hedge") { hedge = Self.hedgeWords.first { $0.0 == hedgeText }?.1 ?? .approx }
            // ("about $1.80" holds for 1.83: a hedged ratio, like any hedged figure, within 5%.)
            if hedge == .approx { rounding = max(rounding, value * 0.05) }
            var figure = Figure(
                text: String(sentence[range]).trimmingCharacters(in: .whitespaces), range: range, value: value,
                unit: .ratio, hedge: hedge, rounding: rounding, currencyExplicit: false)
            figure.comparesTwo = true
            figure.perDollar = true
            result.append(figure)
        }
        return result
    }

    // MARK: Multiples

    private static let multipleNumbers: [String: Double] = [
        "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8,
        "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12, "doppelte": 2, "dreifache": 3, "vierfache": 4, "fünffache": 5,
        "sechsfache": 6, "siebenfache": 7, "achtfache": 8, "neunfache": 9, "zehnfache": 10, "elffache": 11,
        "zwölffache": 12, "twice": 2, "thrice": 3, "double": 2, "triple": 3, "quadruple": 4, "fifteen": 15,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100, "fünfzehn": 15, "zwanzig": 20,
        "dreißig": 30, "vierzig": 40, "fünfzig": 50, "hundert": 100, "zwanzigfache": 20, "hundertfache": 100,
        "thirteen": 13, "fourteen": 14, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "dreizehn": 13, "vierzehn": 14, "sechzehn": 16, "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
        "dreizehnfache": 13, "vierzehnfache": 14, "fünfzehnfache": 15, "sechzehnfache": 16, "siebzehnfache": 17,
        "achtzehnfache": 18, "neunzehnfache": 19, "dreißigfache": 30, "vierzigfache": 40, "fünfzigfache": 50,
    ]
    private static let verbs: [(String, Double)] = [
        ("verdoppel", 2), ("verdreifach", 3), ("vervierfach", 4), ("verfünffach", 5), ("versechsfach", 6),
        ("versiebenfach", 7), ("verachtfach", 8), ("verzehnfach", 10), ("halbiert", 0.5), ("doubl", 2), ("tripl", 3),
        ("quadrupl", 4), ("halv", 0.5), ("halbier", 0.5), ("verneunfach", 9), ("verelffach", 11),
        ("verzwölffach", 12), ("verfünfzehnfach", 15), ("verzwanzigfach", 20), ("verdreißigfach", 30),
        ("vervierzigfach", 40), ("verfünfzigfach", 50), ("verhundertfach", 100), ("quintupl", 5),
    ]

    private static let multiplePatterns: [NSRegularExpression] = {
        let hedge =
            "(?<hedge>more than|over|nearly|almost|about|roughly|some|mehr als|fast|knapp|beinahe|nahezu|rund|etwa|gut|über)\\s+"
        // "four and a half times", "zweieinhalbmal", "2½ times": a half more.
        let number =
            "(?<n>\\d+(?:[.,]\\d+)?|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|fünfzehn|zwanzig|dreißig|vierzig|fünfzig|hundert)(?<half>\\s+and\\s+a\\s+half|einhalb|½)?"
        let patterns = [
            // "six-fold", "sixfold", "11-fold", "elffach"
            "\\b(?:\(hedge))?(?:a\\s+)?\(number)[- ]?(?:fold|fache[nmrs]?|fach)\\b",
            // "um das Elffache", "das Doppelte", "the double"
            "\\b(?:\(hedge))?(?:um\\s+)?das\\s+(?<word>Doppelte|Dreifache|Vierfache|Fünffache|Sechsfache|Siebenfache|Achtfache|Neunfache|Zehnfache|Elffache|Zwölffache|Dreizehnfache|Vierzehnfache|Fünfzehnfache|Sechzehnfache|Siebzehnfache|Achtzehnfache|Neunzehnfache|Zwanzigfache|Dreißigfache|Vierzigfache|Fünfzigfache|Hundertfache)\\b",
            // "dreimal so groß wie", "three times as large", "twice as much", "twice the size"
            "\\b(?:\(hedge))?(?<times>(?:\(number))\\s*(?:mal|-mal|times)|twice)(?=\\s+(?:so|as|the|those|that|what|größer|mehr|more|larger|bigger|higher))",
            // "Imports from Ireland have grown more than two and a half times since 2013": a change to a multiple of
            // the start (the verb is no part of the figure).
            "\\b(?:grown|grew|risen|rose|increased|expanded|multiplied|jumped|climbed|soared)\\s+(?<grownAt>(?:\(hedge))?(?<grown>(?:\(number))\\s*times))\\b(?!\\s+(?:as|so|the|that|those|what|more|larger|bigger|higher|greater)\\b)",
            // "roughly double France's", "triple that of Japan": a multiple of another partner's.
            "\\b(?:\(hedge))?(?<double>double|triple|quadruple)(?=\\s+(?:that|those)\\s+(?:of|with|to|from)\\b|\\s+\\p{L}+['’]s\\b)",
            // "doppelt so viel wie", "doppelt so hoch": twice the other.
            "\\b(?:\(hedge))?(?<twice>doppelt)(?=\\s+so\\s+\\p{L}+)",
            // "halb so groß wie", "half as large as": half of the other.
            "\\b(?:\(hedge))?(?<halfAs>(?:nicht einmal\\s+|not even\\s+)?(?:halb so|half as))(?=\\s+\\p{L}+,?\\s+(?:wie|as)\\b|\\s+(?:viel|much|groß|large|hoch|high)\\b)",
            // "verdoppelt", "more than doubled", "nearly tripled", "halbiert", "halved"
            "\\b(?:\(hedge))?(?<verb>(?:mehr als\\s+)?(?:(?:verdoppel|verdreifach|vervierfach|verfünffach|versechsfach|versiebenfach|verachtfach|verneunfach|verzehnfach|verelffach|verzwölffach|verfünfzehnfach|verzwanzigfach|verdreißigfach|vervierzigfach|verfünfzigfach|verhundertfach|halbier)\\w*|(?:doubl|tripl|quadrupl|quintupl|halv)(?:e|ed|es|ing)\\b))",
        ]
        return patterns.map { try! NSRegularExpression(pattern: $0, options: [.caseInsensitive]) }
    }()

    /// "six-fold", "verdoppelt", "dreimal so groß", "halved": multiples, as figures whose value is the factor.
    func multiples(in sentence: String) -> [Figure] {
        let ns = sentence as NSString
        var result: [Figure] = []
        let matches = Self.multiplePatterns.flatMap {
            $0.matches(in: sentence, range: NSRange(location: 0, length: ns.length))
        }
        var taken = IndexSet()
        for match in matches {
            let span = match.range.location..<(match.range.location + match.range.length)
            if taken.intersects(integersIn: span) { continue }
            // "double-digit", "doubles" as a noun: not a multiple of a trade figure.
            if ns.substring(with: match.range).lowercased().hasSuffix("-digit") { continue }
            let following =
                ns.length > span.upperBound ? ns.substring(from: span.upperBound).prefix(7).lowercased() : ""
            if following.hasPrefix("-digit") || following.hasPrefix(" digit") { continue }
            taken.insert(integersIn: span)
            func group(_ name: String) -> String? {
                let range = match.range(withName: name)
                return range.location == NSNotFound ? nil : ns.substring(with: range).lowercased()
            }
            // (A change to a multiple: the figure is the multiple, without the verb before it.)
            let figureRange =
                match.range(withName: "grownAt").location == NSNotFound
                ? match.range : match.range(withName: "grownAt")
            guard let range = Range(figureRange, in: sentence) else { continue }
            var factor: Double?
            var comparesTwo = false
            var hedgeOverride: Hedge?
            var hedgeBeforeDas: Hedge?
            if let verb = group("verb") {
                factor = Self.verbs.first { verb.hasPrefix($0.0) || verb.contains($0.0) }?.1
            } else if let word = group("word") {
                factor = Self.multipleNumbers[word]
                // ("um das Elffache gestiegen", "auf mehr als das Vierzehnfache gestiegen": a change to the multiple, not
                // a comparison of two.)
                let before = ns.substring(to: span.lowerBound).lowercased()
                let matched = ns.substring(with: match.range).lowercased()
                comparesTwo =
                    !matched.hasPrefix("um ") && !before.hasSuffix("auf ") && !before.hasSuffix("aufs ")
                    && !before.hasSuffix("um ")
            } else if group("twice") != nil {
                factor = 2
                comparesTwo = true
            } else if let double = group("double") {
                factor = double == "double" ? 2 : double == "triple" ? 3 : 4
                comparesTwo = true
            } else if let half = group("halfAs") {
                factor = 0.5
                comparesTwo = true
                if half.hasPrefix("nicht einmal") || half.hasPrefix("not even") {
                    hedgeOverride = .atMost
                }
            } else if let times = group("times") ?? group("grown") {
                let number = group("n") ?? times
                factor =
                    Double(number.replacingOccurrences(of: ",", with: ".")) ?? Self.multipleNumbers[number]
                    ?? (times == "twice" ? 2 : nil)
                if group("half") != nil { factor = factor.map { $0 + 0.5 } }
                // ("grown two and a half times" is a change to a multiple; "three times as large as" compares two.)
                comparesTwo = group("grown") == nil
            } else if let number = group("n") {
                factor = Double(number.replacingOccurrences(of: ",", with: ".")) ?? Self.multipleNumbers[number]
                // "Es ist gut das Vierfache", "fast das Dreifache dessen": the other side's multiple (not "um das
                // Vierfache gestiegen", a change), with the hedge before "das".
                let before = ns.substring(to: span.lowerBound).lowercased()
                // (Nor "auf das Dreifache gestiegen", "auf mehr als das Doppelte": the level a change reached.)
                let wordsBefore = before.dropLast(4).split(separator: " ").suffix(3)
                if before.hasSuffix("das "), !wordsBefore.contains(where: { ["um", "auf", "aufs"].contains($0) }) {
                    comparesTwo = true
                    // ("mehr als das Achtfache", "weit mehr als das Doppelte": a hedge of two words too.)
                    let lastTwo = wordsBefore.suffix(2).joined(separator: " ")
                    if let hedge = Self.hedgeWords.first(where: { $0.0 == lastTwo })
                        ?? wordsBefore.last.flatMap({ last in Self.hedgeWords.first(where: { $0.0 == String(last) }) })
                    {
                        hedgeBeforeDas = hedge.1
                    }
                }
            }
            guard let factor else { continue }
            var hedge = Hedge.exact
            if let hedgeText = group("hedge") {
                hedge = Self.hedgeWords.first { $0.0 == hedgeText }?.1 ?? .approx
            }
            if group("verb")?.hasPrefix("mehr als") == true { hedge = .atLeast }
            if let hedgeOverride { hedge = hedgeOverride }
            if let hedgeBeforeDas { hedge = hedgeBeforeDas }
            let text = String(sentence[range]).trimmingCharacters(in: .whitespaces)
            // A word multiple is read as loosely as a rounded figure: "tripled" covers 2.7 to 3.3 times. (It had
            // covered 2.5 to 3.5, the whole number's rounding: "doubled" held for 1.54 times; on the held-out corpora
            // ±10% called one more claim right and no correct one wrong.)
            let rounding = factor < 1 ? 0.1 : factor * 0.1
            var figure = Figure(
                text: text, range: range, value: factor, unit: .ratio, hedge: hedge, rounding: rounding,
                currencyExplicit: false)
            figure.comparesTwo = comparesTwo
            figure.below = hedgeOverride != nil
            figure.refersBack =
                comparesTwo && Self.pointsBack(after: ns.substring(from: figureRange.location + figureRange.length))
            result.append(figure)
        }
        return result
    }

    /// "27,8 und 36,7 Milliarden Dollar", "69,3 beziehungsweise 60,1 Milliarden", "from 76.8 to 63.6
    /// billion", "um 4,9 beziehungsweise 3,9 Prozent": a bare number listed before a figure takes that
    /// figure's scale and currency (or its percent).
    private func withListedNumbers(_ figures: [Figure], in sentence: String) -> [Figure] {
        var result = figures
        for figure in figures where figure.rounding > 0 && !figure.points {
            var end = figure.range.lowerBound
            for _ in 0..<4 {
                let before = String(sentence[sentence.startIndex..<end])
                guard
                    let match = Self.listed.firstMatch(
                        in: before, range: NSRange(location: 0, length: (before as NSString).length)),
                    let range = Range(match.range, in: before),
                    let numberRange = Range(match.range(withName: "number"), in: before)
                else { break }
                let digits = String(before[numberRange])
                guard let (number, rounding) = parseNumber(digits) else { break }
                if rounding == 0.5, number >= 1900, number <= 2100 { break }
                if result.contains(where: { $0.range.overlaps(numberRange) }) { break }
                // The listed figure's scale: the figure's value over its own written number.
                guard let written = Self.leadingNumber(figure.text, extractor: self), written > 0 else { break }
                let factor = figure.value / written
                result.append(
                    Figure(
                        text: digits, range: numberRange, value: number * factor, unit: figure.unit,
                        hedge: .exact, rounding: rounding * factor, currencyExplicit: figure.currencyExplicit))
                end = range.lowerBound
            }
        }
        return result.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    private static let listed: NSRegularExpression = {
        let number = "\\d{1,3}(?:[.,\\u00A0\\u2009\\u202F '’]\\d{3})+(?:[.,]\\d+)?|\\d+(?:[.,]\\d+)?"
        return try! NSRegularExpression(
            pattern:
                "(?<![\\d.,])(?<number>\(number))\\s*(?:,|und|and|beziehungsweise|bzw\\.|or|oder|auf|to|bis|–|-)\\s*(?:(?:rund|etwa|about|around|nearly|fast|knapp|gut)\\s+)?(?:US\\$|\\$|€)?\\s*$",
            options: [.caseInsensitive])
    }()

    /// The first number written in a figure's text ("3,5" in "rund 3,5 Milliarden Dollar").
    static func leadingNumber(_ text: String, extractor: FigureExtractor) -> Double? {
        guard let range = text.range(of: "\\d[\\d.,\\x{00A0} ]*\\d|\\d", options: .regularExpression) else {
            return nil
        }
        var digits = String(text[range])
        while let last = digits.last, !last.isNumber { digits.removeLast() }
        return extractor.parseNumber(digits)?.0
    }

    /// Verbs that bound a figure: "topped $760 million", "übertrafen 1 Milliarde".
    /// "never came close to", "nowhere near", "far short of", "nicht annähernd", "bei weitem nicht": right before a
    /// figure (or its hedge "close to"), the official value lies well below it.
    static func saysFarBelow(before location: Int, in sentence: NSString, hedge: String?) -> Bool {
        let start = max(0, location - 32)
        var before = sentence.substring(with: NSRange(location: start, length: location - start)).lowercased()
        while before.last?.isWhitespace == true { before.removeLast() }
        let negations = [
            "never came", "never come", "not even", "never got", "nowhere", "not come", "never came anywhere",
        ]
        // "never came close to half a trillion": the hedge is part of the figure.
        if hedge == "close to" { return negations.contains { before.hasSuffix($0) } }
        if [
            "nowhere near", "far short of", "far from", "nicht annähernd", "bei weitem nicht", "längst nicht",
            "weit entfernt von",
        ].contains(where: { before.hasSuffix($0) }) {
            return true
        }
        for phrase in ["close to", "near"] where before.hasSuffix(phrase) {
            let lead = before.dropLast(phrase.count).trimmingCharacters(in: .whitespaces)
            if negations.contains(where: { lead.hasSuffix($0) }) { return true }
        }
        return false
    }

    /// Adverbs that may stand between a verb of passing and its figure.
    static let adverbsBeforeBound = [
        "erstmals", "erstmalig", "zum ersten mal", "bereits", "schon", "damit", "nun", "wieder", "erneut", "again",
        "already", "now", "once again", "even", "sogar",
    ]

    private func verbHedge(before location: Int, in sentence: NSString) -> Hedge {
        let start = max(0, location - 48)
        var before = sentence.substring(with: NSRange(location: start, length: location - start)).lowercased()
        // ("überstiegen erstmals 10 Milliarden Dollar", "topped again $10 billion": an adverb between the verb and the
        // figure leaves the bound.)
        func dropAdverbs(upTo limit: Int) {
            for _ in 0..<limit {
                guard let adverb = Self.adverbsBeforeBound.first(where: { before.hasSuffix(" " + $0 + " ") }) else {
                    break
                }
                before = String(before.dropLast(adverb.count + 1))
            }
        }
        dropAdverbs(upTo: 3)
        // ("überschritt erstmals die Marke von 200 Milliarden Dollar", "die Schwelle von", "topped the $200 billion
        // mark": the mark named before its figure is the figure the verb passes.)
        for mark in [" die marke von ", " die schwelle von ", " die grenze von ", " the "] where before.hasSuffix(mark)
        {
            before = String(before.dropLast(mark.count - 1))
            dropAdverbs(upTo: 2)
            break
        }
        for (word, hedge) in [
            ("topped", Hedge.atLeast), ("exceeded", .atLeast), ("surpassed", .atLeast), ("tops", .atLeast),
            ("exceeds", .atLeast), ("surpasses", .atLeast), ("top", .atLeast), ("passed", .atLeast),
            // ("Vietnam trade gap rockets past $100 BILLION", "climbed past".)
            ("past", .atLeast),
            ("übertrifft", .atLeast), ("übersteigt", .atLeast), ("überschreitet", .atLeast),
            ("übertrafen", .atLeast), ("übertraf", .atLeast), ("überstiegen", .atLeast),
            ("überschritten", .atLeast), ("überschritt", .atLeast), ("überstieg", .atLeast),
            // ("US imports from Ireland pass $100 billion for the first time", "knackten die Marke von".)
            ("pass", .atLeast), ("passes", .atLeast), ("crossed", .atLeast), ("crosses", .atLeast),
            ("knackt", .atLeast), ("knackte", .atLeast), ("knackten", .atLeast),
        ]
        where before.hasSuffix(word + " ") || before.hasSuffix(word + " die marke von ") {
            return hedge
        }
        // ("Im selben Jahr überstiegen die Einfuhren aus Vietnam erstmals 10 Milliarden Dollar": a German verb of passing
        // put before its subject bounds the figure that is its object, when nothing between marks the figure as a
        // difference or a companion, "um", "mit", or parts the clause.)
        if language == .de {
            let wide = max(0, location - 120)
            let lead = sentence.substring(with: NSRange(location: wide, length: location - wide)).lowercased()
            let clause = lead.split(whereSeparator: { ",;:–()".contains($0) }).last.map(String.init) ?? lead
            var words = clause.split(separator: " ").map(String.init)
            // (Its object may be the mark the figure names: "überschritt das Defizit die Marke von 200 Milliarden".)
            if words.count >= 3, ["marke", "schwelle", "grenze"].contains(words[words.count - 2]),
                words[words.count - 1] == "von"
            {
                words.removeLast(2)
            }
            if let verb = words.lastIndex(where: { Self.germanVerbsOfPassing.contains($0) }),
                // (Right before the figure: "im Handel mit China" further off is the subject's.)
                !words[(verb + 1)...].suffix(3).contains(where: { ["um", "mit", "als", "von", "auf"].contains($0) }),
                !words[(verb + 1)...].contains(where: { $0.first?.isNumber == true })
            {
                return .atLeast
            }
        }
        return .exact
    }

    /// German verbs of passing a mark, which may stand before their subject.
    static let germanVerbsOfPassing: Set<String> = [
        "übertrifft", "übersteigt", "überschreitet", "übertrafen", "übertraf", "überstiegen", "überstieg",
        "überschritten", "überschritt", "knackt", "knackte", "knackten",
    ]

    /// Parses digits in the article's conventions; returns the number and half its last place.
    func parseNumber(_ raw: String) -> (Double, Double)? {
        // (Spaces, thin spaces and the Swiss apostrophe group thousands: "63 325", "63'325", "63’325".)
        let text = raw.filter { !["\u{00A0}", " ", "\u{2009}", "\u{202F}", "'", "’"].contains($0) }
        var decimal: Character = language == .de ? "," : "."
        let grouping: Character = decimal == "," ? "." : ","
        // "3.5" in German text or "3,5" in English text: a separator followed by other than
        // exactly three digits is a decimal mark.
        let parts = text.split(separator: grouping, omittingEmptySubsequences: false)
        if parts.count == 2, parts[1].count != 3, !text.contains(decimal) { decimal = grouping }
        var integerPart = ""
        var fractionPart = ""
        var seenDecimal = false
        for character in text {
            if character == decimal, !seenDecimal {
                seenDecimal = true
            } else if character.isNumber {
                if seenDecimal { fractionPart.append(character) } else { integerPart.append(character) }
            } else if character == grouping || character == "," || character == "." {
                continue
            } else {
                return nil
            }
        }
        guard let value = Double(integerPart + (fractionPart.isEmpty ? "" : "." + fractionPart)) else { return nil }
        let rounding = 0.5 * pow(10, -Double(fractionPart.count))
        return (value, rounding)
    }
}

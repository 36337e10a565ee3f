import Foundation
import TradeModel

/// A period named in a sentence.
struct PeriodMention: Sendable, Hashable {
    enum Kind: Sendable, Hashable {
        /// "2024", "im Jahr 2024", "Mai 2014".
        case single(Period)
        /// "between 2021 and 2024", "von 2014 bis 2022".
        case range(Period, Period)
        /// "since 2021", "seit 2021": from then to the latest year.
        case since(Period)
        /// "in the same year", "damals": the period of the sentences before.
        case same
        /// "im Vorjahr", "a year earlier", "the year before": the year before the one in question.
        case previous
        /// A run of months of one year: "January through September 2023", "im ersten Halbjahr",
        /// "Q3", "in den ersten neun Monaten"; the year when the text names it.
        case months(first: Int, last: Int, year: Int?)
        /// "in the twelve months to March (2024)", "in the year to June": `count` months ending with `lastMonth`.
        case rolling(lastMonth: Int, year: Int?, count: Int)
        /// "year to date", "seit Jahresbeginn": January to the latest published month.
        case yearToDate(year: Int?)
        /// "last month", "im vergangenen Monat": the latest month published by the publication date.
        case latestMonth
        /// "im Vormonat", "a month earlier": the month before the one in question.
        case previousMonth
        /// "in April", "im April" without a year: the latest April up to the publication date.
        case monthOnly(Int)
        /// "this year", "in diesem Jahr", "heuer" (Austrian and Swiss German): the publication year.
        case thisYear
        /// "last March", "im vergangenen März": the latest such month before the publication month.
        case lastNamedMonth(Int)
        /// "in the same period of 2012", "im gleichen Zeitraum 2012": the context's months in that year.
        case samePeriodOf(Int)
        /// "ten years earlier", "zehn Jahre zuvor", "a decade before": that many years before the year in
        /// question; "ten years ago", "vor zehn Jahren": before the publication year.
        case yearsBefore(Int, fromPublication: Bool)
        /// "over the past five years", "im Schnitt der vergangenen fünf Jahre": the last `count` full years
        /// published.
        case lastYears(Int)
        /// "the following year", "a year later", "im Jahr darauf", "im Folgejahr": the year after the year in question.
        case following
    }

    var kind: Kind
    var range: Range<String.Index>
    var text: String
    /// A term of office ("under Obama", "since Trump took office"): the period starts with the year before
    /// the term, the base of a change over it; a sum over the term starts a year later.
    var termOfOffice = false
    /// A period named only roughly ("in the mid-1990s", "Mitte der Neunzigerjahre"), read as one year of it.
    var approximate = false

    /// "year on year", "y/y", "from a year ago", "im Jahresvergleich": words that name a change's
    /// base, never the period of a level.
    var namesOnlyABase: Bool {
        guard case .previous = kind else { return false }
        let lower = text.lowercased()
        // ("−5,2 % ggü. Vj.": the abbreviation of "Vorjahr" names the base only.)
        return ["year on year", "year-on-year", "y/y", "yoy", "a year ago", "jahresvergleich"].contains {
            lower.contains($0)
        } || lower == "vj" || lower == "vorj"
    }
}

/// Finds years, months, ranges and relative periods ("last year", "im Vorjahr", "in the first
/// half", "Q3", "last month").
struct PeriodFinder {
    /// The publication date, for relative periods.
    let date: PublicationDate?

    var referenceYear: Int? { date?.year }

    static let counts: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
        "ten": 10, "eleven": 11, "twelve": 12, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7,
        "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
        // ("die ersten beiden Monate": the first two.)
        "beiden": 2,
    ]
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "ersten": 1, "zweiten": 2, "dritten": 3, "vierten": 4,
        "erste": 1, "zweite": 2, "dritte": 3, "vierte": 4, "1.": 1, "2.": 2, "3.": 3, "4.": 4,
    ]

    /// Superlative stems that make "since …" after them a record's bound.
    static let recordSuperlatives = [
        "niedrigst", "höchst", "tiefst", "geringst", "größt", "kleinst", "lowest", "highest", "weakest", "strongest",
        "smallest", "largest", "biggest", "widest", "narrowest",
    ]

    static let months: [String: Int] = [
        "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
        "september": 9, "october": 10, "november": 11, "december": 12, "jan": 1, "feb": 2, "mar": 3, "apr": 4,
        "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12, "januar": 1, "jänner": 1,
        "februar": 2, "märz": 3, "mai": 5, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12, "okt": 10, "dez": 12,
    ]

    private static let year = "(?:19[89]\\d|20[0-3]\\d)"
    private static let month =
        "(?:January|February|March|April|May|June|July|August|September|October|November|December|Januar|Jänner|Februar|März|Mai|Juni|Juli|Oktober|Dezember|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Okt\\.?|Nov\\.?|Dec\\.?|Dez\\.?)"

    private static let patterns: [(NSRegularExpression, String)] = {
        func regex(_ pattern: String) -> NSRegularExpression {
            try! NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        }
        let count =
            "(?<n>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf)"
        // ("die ersten beiden Monate": the first two; only after "ersten".)
        let firstCount = count.replacingOccurrences(of: "|zwei|", with: "|zwei|beiden|")
        let ordinal =
            "(?<o>first|second|third|fourth|ersten|zweiten|dritten|vierten|erste|zweite|dritte|vierte|[1-4]\\.)"
        let ofYear = "(?:\\s+(?:of\\s+|des\\s+Jahres\\s+|of\\s+the\\s+year\\s+)?(?<y>\(year)))?"
        // Terms of office: "since Trump took office", "unter Obama", "in Trumps erster Amtszeit", "in Obama's last
        // year in office", "seit dem Amtsantritt von Präsident Biden".
        let president =
            "(?:(?:U\\.S\\.\\s+|US-)?(?:President|Präsident(?:en)?)\\s+)?(?:(?:Barack|Donald(?:\\s+J\\.)?|Joe|George\\s+W\\.|Bill)\\s+)?(?<p>Obama|Trump|Biden|Bush|Clinton)"
        let possessive = "(?:['’]s|s)?"
        let tookOffice =
            "(?:took office|came (?:in)?to office|entered the White House|moved into the White House|was inaugurated|(?<again>returned to (?:office|the White House|power)|second inauguration)|(?:first\\s+)?inauguration|Amtsantritt|Amtseinführung|(?<wieder>Rückkehr ins Weiße Haus|Rückkehr ins Amt)|ins Amt kam|ins Weiße Haus einzog)"
        let whenYear = "(?:\\s+(?:in|im)\\s+(?:January\\s+|Januar\\s+)?\(year)|\\s+\\(\(year)\\))?"
        return [
            (
                regex(
                    "\\b(?:since|seit)\\s+(?:the\\s+)?\(president)\(possessive)(?:\\s+(?:im\\s+)?(?:Januar\\s+)?\(year))?\\s+\(tookOffice)\(whenYear)"
                ),
                "termSince"
            ),
            (
                regex(
                    "\\bseit\\s+(?:dem|der)\\s+(?:(?<erneut>erneuten\\s+|zweiten\\s+)?(?:Amtsantritt|Amtseinführung)|(?<rueck>Rückkehr))\\s+(?:von\\s+)?\(president)\(possessive)\(whenYear)"
                ), "termSince"
            ),
            (
                regex(
                    "\\b(?:the\\s+year\\s+before|in\\s+the\\s+year\\s+before|im\\s+Jahr\\s+vor)\\s+\(president)\(possessive)\\s+\(tookOffice)"
                ), "termYearBefore"
            ),
            (
                regex(
                    "\\b\(president)\(possessive)\\s+(?:(?<last>last|final|letzten|letztes)|(?<first>first|ersten|erstes))\\s+(?:full\\s+)?(?:year|Amtsjahr|Jahr)(?:\\s+in\\s+office|\\s+im\\s+Amt)?"
                ), "termYear"
            ),
            (
                regex(
                    "\\b(?:under|during|throughout|over|in|unter|während)\\s+(?:the\\s+|der\\s+|des\\s+)?\(president)\(possessive)(?:\\s+|-)(?:(?<ord>first|second|ersten|zweiten|erster|zweiter)\\s+(?:term|Amtszeit)|administration|presidency|Regierung|Administration|Präsidentschaft|Amtszeit|years|Jahre[n]?|era|Ära)\\b"
                ), "term"
            ),
            (regex("\\b(?:under|unter)\\s+\(president)\\b(?!['’-])"), "term"),
            (
                regex(
                    "\\b(?:(?:from|between|von|zwischen)\\s+)?(?<m1>\(month))(?:\\s+(?<y1>\(year)))?\\s*(?:-(?:to|through|bis)-|through|to|until|and|bis(?:\\s+(?:einschließlich|Ende))?|und|–|-)\\s*(?<m2>\(month))(?:(?<this>\\s+(?:of\\s+)?this\\s+year|\\s+dieses\\s+Jahres)|\(ofYear))\\b"
                ), "monthRange"
            ),
            // "in den ersten neun Monaten des Vorjahres", "the first nine months of the previous year": the same months a
            // year before the ones in question (before "the first nine months" alone).
            (
                regex(
                    "\\b(?:in den )?ersten (?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|\\d{1,2}) Monaten des Vorjahres\\b|\\bthe first (?:two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2}) months of the (?:previous|prior) year\\b"
                ), "previous"
            ),
            (
                regex(
                    "\\b(?:the\\s+)?first\\s+\(count)\\s+months(?:\\s+of\\s+(?:the\\s+year|this\\s+year|(?<y>\(year))))?\\b"
                ), "firstMonths"
            ),
            (
                regex(
                    "\\bersten\\s+\(firstCount)\\s+Monate[n]?(?:\\s+(?:des\\s+Jahres|dieses\\s+Jahres|des\\s+laufenden\\s+Jahres))?(?:\\s+(?<y>\(year)))?"
                ), "firstMonths"
            ),
            // "the final three months of 2018", "in den letzten drei Monaten des Jahres 2018", "the last three months of
            // the year": the year's last months ("the last three months" alone are the latest).
            (
                regex(
                    "\\b(?:the\\s+)?(?:last|final|closing)\\s+\(count)\\s+months\\s+of\\s+(?:the\\s+year(?:\\s+(?<y>\(year)))?|(?<y3>\(year)))\\b|\\bletzten\\s+\(count.replacingOccurrences(of: "?<n>", with: "?<n2>"))\\s+Monate[n]?\\s+(?:des\\s+Jahres(?:\\s+(?<y2>\(year)))?|(?<y4>\(year)))\\b"
                ), "lastMonths"
            ),
            // "in elf Monaten", "in den sieben Monaten", "over the seven months": the months of the
            // year so far ("in the twelve months to March" is a rolling year, matched above).
            (
                regex(
                    "\\b(?:in|during|over|for)\\s+(?:the\\s+|these\\s+|den\\s+|diesen\\s+)?\(count)\\s+(?:months|Monaten)\\b(?!\\s+(?:to|through|ending|up to|bis|zuvor|earlier|ago|before|later|davor|danach|from|von))"
                ), "firstMonths"
            ),
            (
                regex(
                    "\\b(?:(?:the\\s+)?(?:(?:twelve|12)\\s+months|(?:four|4)\\s+quarters)\\s+(?:to|through|ending(?:\\s+in)?|up\\s+to)|the\\s+year\\s+(?:to|ending(?:\\s+in)?))\\s+(?:end-|the\\s+end\\s+of\\s+)?(?<m>\(month))(?:\\s+(?<y>\(year)))?\\b"
                ), "rolling"
            ),
            (
                regex(
                    "\\b(?:(?:zwölf|12)\\s+Monate[n]?|(?:vier|4)\\s+Quartale[n]?)\\s+bis\\s+(?:Ende\\s+)?(?<m>\(month))(?:\\s+(?<y>\(year)))?"
                ),
                "rolling"
            ),
            // ("For three straight months through October", "in the three months to June", "in den drei Monaten bis
            // Oktober": a run of months ending with the month named.)
            (
                regex(
                    "\\b(?:for|in|over|during|the|in\\s+the|over\\s+the|in\\s+den|den)\\s+\(count)\\s+(?:straight\\s+|consecutive\\s+|successive\\s+|aufeinanderfolgenden\\s+)?(?:months|Monaten|Monate)\\s+(?:to|through|ending(?:\\s+in)?|up\\s+to|bis(?:\\s+Ende)?)\\s+(?<m>\(month))(?:\\s+(?<y>\(year)))?\\b"
                ),
                "rolling"
            ),
            (regex("\\b\(ordinal)[\\s-]+half(?:\\s+of)?(?:\\s+the\\s+year)?(?:\\s+(?<y>\(year)))?\\b"), "half"),
            (
                regex(
                    "\\b\(ordinal)\\s+(?:Halbjahr(?:es)?|Jahreshälfte|Hj\\.)(?:\\s+(?:des\\s+Jahres\\s+)?(?<y>\(year)))?"
                ),
                "half"
            ),
            (regex("\\bH(?<h>[12])(?:\\s*(?<y>\(year)))?\\b"), "half"),
            // ("did not make the top 20 at the start of the decade", "zu Beginn des Jahrzehnts": the decade's first
            // year, of the decade the article appeared in.)
            (
                regex(
                    "\\b(?:at\\s+the\\s+(?:start|beginning|turn)\\s+of\\s+(?:the|this)\\s+decade|early\\s+in\\s+the\\s+decade|(?:zu\\s+)?(?:Beginn|Anfang)\\s+(?:des|dieses)\\s+Jahrzehnts)\\b"
                ), "decadeStart"
            ),
            // ("the eighth-largest supplier for the half-year", "im abgelaufenen Halbjahr": a half with no ordinal, the
            // latest one published.)
            (
                regex(
                    "\\b(?:(?:for|in|over|during|through)\\s+the\\s+half(?:[- ]year)?(?!\\s+(?:of|a|an|the|century|decade|dozen))|(?:im|des|fürs|für\\s+das)\\s+(?:abgelaufenen\\s+)?Halbjahr(?:es)?)\\b"
                ), "latestHalf"
            ),
            (
                regex(
                    "\\b\(ordinal)[\\s-]+(?:quarter|Quartal(?:s)?|Vierteljahr|Vj\\.)(?:\\s+(?:of\\s+|des\\s+Jahres\\s+)?(?<y>\(year)))?"
                ), "quarter"
            ),
            (regex("\\bQ(?<q>[1-4])(?:\\s*(?<y>\(year)))?\\b"), "quarter"),
            (
                regex(
                    "\\b(?:year[- ]to[- ]date|so far this year|so far in \(year)|so far in the year|(?:for|in) the year so far|through the first part of the year|seit Jahresbeginn|seit Anfang des Jahres|bisher in diesem Jahr|bislang in diesem Jahr|im bisherigen Jahresverlauf|im laufenden Jahr bisher|heuer bisher|heuer bislang|bisher heuer|bislang heuer)\\b"
                ), "ytd"
            ),
            (
                regex(
                    "\\b(?:in\\s+|on\\s+)?the same (?:period|stretch|months|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2}) months|quarter|month) (?:of|in) (?<y>\(year))\\b"
                ), "samePeriodOf"
            ),
            (
                // ("im gleichen Zeitraum des Vorkrisenjahres 2019": a noun for the year before the year itself.)
                regex(
                    "\\b(?:im\\s+)?(?:gleichen|selben) Zeitraum (?:des Jahres\\s+|von\\s+|des \\p{L}+jahres\\s+)?(?<y>\(year))\\b"
                ),
                "samePeriodOf"
            ),
            (
                regex(
                    "\\b(?:last|im vergangenen|vergangenen|im letzten|letzten)\\s+(?<m>\(month))(?!\\s*\\d{4}\\b)(?!\\s*\\d{1,2},\\s)\\b"
                ),
                "lastNamedMonth"
            ),
            (
                regex(
                    "\\b(?:last month|the past month|im vergangenen Monat|vergangenen Monat|im letzten Monat|letzten Monat)\\b"
                ), "latestMonth"
            ),
            (
                regex(
                    "\\b(?:the previous month|the prior month|a month earlier|one month earlier|the month before|im Vormonat|des Vormonats|zum Vormonat|dem Vormonat|Vormonat)\\b"
                ), "previousMonth"
            ),
            (
                regex(
                    "\\b(?:the following year|the next year|a year later|one year later|im Jahr darauf|im darauffolgenden Jahr|im Folgejahr|ein Jahr später)\\b"
                ), "following"
            ),
            (regex("\\b(?:between|zwischen)\\s+(?<a>\(year))\\s+(?:and|und)\\s+(?<b>\(year))\\b"), "range"),
            // ("between 2011, the last full year before the agreement took effect, and 2016": an apposition to the
            // first year between commas.)
            (
                regex(
                    "\\b(?:between|zwischen)\\s+(?<a>\(year)),[^,;:()]{3,80},\\s+(?:and|und)\\s+(?<b>\(year))\\b"
                ), "range"
            ),
            (
                regex(
                    "\\b(?:from|von)\\s+(?<a>\(year))\\s+(?:to|through|until|bis(?: zum Jahr)?|auf)\\s+(?<b>\(year))\\b"
                ), "range"
            ),
            (regex("\\b(?<a>\(year))\\s*(?:–|-|to|bis)\\s*(?<b>\(year))\\b"), "range"),
            (regex("\\b(?:since|seit)\\s+(?:(?:dem|the|end|Ende)\\s+)?(?:\\p{L}+\\s+)?(?<a>\(year))\\b"), "since"),
            (regex("\\b(?<d>\\d{1,2})\\.?\\s+(?<m>\(month))\\s+(?<y>\(year))\\b"), "date"),
            (regex("\\b(?<m>\(month))\\s+(?<d>\\d{1,2}),\\s+(?<y>\(year))\\b"), "date"),
            // ("Through November 2024, two-way trade reached …": the months of that year up to that one.)
            (
                regex(
                    "\\b(?:through|thru|bis Ende|bis einschließlich)\\s+(?<m>\(month))\\s+(?:of\\s+|des Jahres\\s+)?(?<y>\(year))\\b"
                ), "throughMonthYear"
            ),
            (regex("\\b(?<m>\(month))\\s+(?:of\\s+|des Jahres\\s+)?(?<y>\(year))\\b"), "month"),
            // ("Through November of last year": the months of the year before up to that one.)
            (
                regex(
                    "\\b(?:through|thru|bis Ende|bis einschließlich|bis zum)\\s+(?<m>\(month))\\s+(?:of\\s+)?(?:last year|des vergangenen Jahres|vergangenen Jahres|letzten Jahres|des Vorjahres)\\b"
                ), "throughMonthLast"
            ),
            // "up 41.5% from August last year", "im August des vergangenen Jahres": that month of the year before.
            (
                regex(
                    "\\b(?<m>\(month))\\s+(?:of\\s+)?(?:last year|des vergangenen Jahres|vergangenen Jahres|letzten Jahres|des Vorjahres)\\b"
                ), "monthLast"
            ),
            // "in the mid-1990s", "Mitte der Neunzigerjahre", "Anfang der 2000er-Jahre": a part of a decade, read
            // roughly as one year of it.
            (
                regex(
                    "\\b(?<q>early|mid|late)[- ]?(?:(?<d>(?:19|20)\\d0)s|'(?<s>\\d0)s|(?<w>seventies|eighties|nineties))\\b"
                ), "decadePart"
            ),
            (
                regex(
                    "\\b(?<q>Anfang|Mitte|Ende)\\s+der\\s+(?:(?<d>(?:19|20)\\d0)er|(?<s>\\d0)er|(?<w>Siebziger|Achtziger|Neunziger))(?:jahre|[- ]Jahre)?\\b"
                ), "decadePart"
            ),
            (regex("\\b(?<y>\(year))\\b"), "year"),
            (
                regex(
                    "\\b(?:through|thru|to the end of|by the end of|bis Ende|bis einschließlich|bis zum|bis)\\s+(?<m>\(month))(?!\\s*\\d{4}\\b)(?!\\s*\\d{1,2},\\s)\\b"
                ), "throughMonth"
            ),
            (
                regex(
                    "\\b(?<m>\(month))(?=(?:\\s+|-)(?:exports|imports|trade|deficit|shipments|figures?|totals?|tally|sales|surplus|data|numbers|report|Exporte|Importe|Ausfuhren|Einfuhren|Defizit|Handel|Daten|Zahlen|Wert|Bilanz|Handelsbilanz|Handelsdaten)\\b)"
                ), "monthOnly"
            ),
            (
                regex(
                    "\\b(?:in|im|during|for|für|of|der|den|dem|from|vom|since|seit|than|am|zum|gegenüber|against|covers|covering|covered)\\s+(?<m>\(month))(?:\\s+(?<this>of this year|dieses Jahres|this year))?(?!\\s*\\d{4}\\b)(?!\\s*\\d{1,2},\\s)(?!\\s*\\d{1,2}\\.)\\b"
                ), "monthOnly"
            ),
            // ("By July, … the figure had slipped to $4.8 billion": opening the sentence, the month a level had reached;
            // not "the deficit reached $54.3bn by September", the months summed up to it.)
            (regex("^\\s*by\\s+(?<m>\(month))(?=,\\s)"), "monthOnly"),
            // "December offered a snapshot: …": a month name opening the sentence.
            // (Also after a bullet: "- Juli allein: Einfuhren von 338,7 Mio. $".)
            // ("January, the first month of 2019 with figures, …": or set off by a comma.)
            (regex("^\\s*(?:[-–•*·]\\s*)?(?<m>\(month))(?=\\s+\\p{Ll}|,\\s)"), "monthOnly"),
            // ("The sharpest drop is July, when the monthly gap reached …", "the weakest month was March, when …": a
            // month named as the subject's complement, set off by a comma.)
            (regex("\\b(?:is|was|ist|war)\\s+(?<m>\(month))(?=,\\s)"), "monthOnly"),
            // ("…, and October set a monthly record at $14.8 billion", "und der Oktober brachte …": a month, capitalized, as the
            // subject of a clause joined by "and", "but"; not "and may set".)
            (
                regex(
                    "(?<=\\s(?:and|but|while|und|aber|doch)\\s{1,3}|\\s(?:und|aber|doch)\\s{1,3}der\\s{1,3})(?-i:(?<m>\(month)))(?=\\s+(?-i:\\p{Ll}))"
                ), "monthOnly"
            ),
            // "August's $11.8 billion was a monthly record": a month's own figure.
            (regex("\\b(?<m>\(month))(?=['’]s\\b)"), "monthOnly"),
            // ("…, but October alone jumped 28%", "der Oktober allein": one month set apart from the run it closes.)
            (regex("\\b(?<m>\(month))(?=\\s+(?:alone|allein|alleine)\\b)"), "monthOnly"),
            (
                regex("\\b(?:this year|in diesem Jahr|dieses Jahr|des laufenden Jahres|im laufenden Jahr|heuer)\\b"),
                "thisYear"
            ),
            // ("kletterte im Pandemiejahr auf einen Rekord", "in the pandemic year": 2020, named by what happened in it;
            // with its number after it, the number names it.)
            (
                regex(
                    "\\b(?:Pandemiejahr|Pandemiejahres|Corona-Jahr|Corona-Jahres|Coronajahr|Coronajahres|pandemic year)\\b(?!\\s+(?:of\\s+)?\\d)"
                ),
                "pandemicYear"
            ),
            // ("In 1993, the year before the agreement took effect, …": "the year before" an event names the year said, not
            // the one before it.)
            (
                regex(
                    "\\b(?:the year-earlier period|the year-ago period|the same (?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2}) )?(?:period|months|stretch) (?:a year earlier|last year|of last year|in the previous year|of the previous year|a year ago)|(?:in den )?(?:gleichen|selben) (?:(?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|\\d{1,2}) )?Monaten des Vorjahres|a year earlier|im Vorjahreszeitraum|Vorjahreszeitraum|Vorjahreszeitraums|in der Vorjahresperiode|Vorjahresperiode|im gleichen Zeitraum des Vorjahres|im selben Zeitraum des Vorjahres|the previous year|(?:the|a|one) year before(?!\\s+(?:the|a|an|its|their|his|her)\\s)|one year earlier|the prior year|im Vorjahr|des Vorjahres|zum Vorjahr|dem Vorjahr|Vorjahr|im Jahr davor|im Jahr zuvor|ein Jahr zuvor|ein Jahr davor|year[- ]on[- ]year|y/y|yoy|from a year ago|a year ago|im Jahresvergleich|im Vorjahresvergleich|Vorjahresmonat|Vorjahresmonats|Vorjahresquartal|Vorjahresquartals|(?<=\\()(?:prior|previous) year|(?<!\\d\\.\\s)(?<!\\d\\.)Vj(?=\\.)|Vorj(?=\\.))\\b"
                ), "previous"
            ),
            // ("In 1993, the last year before NAFTA": "the last year" of something is no year relative to the publication.)
            (
                regex(
                    "\\b(?:(?<!the\\s)last year|vergangenen Jahr|vergangenes Jahr|letzten Jahr(?!\\s+(?:vor\\s+(?:der|dem|den)|des)\\s)|letztes Jahr)\\b"
                ),
                "last"
            ),
            (
                regex(
                    "\\b(?:(?<n>two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|fünfzehn|zwanzig|\\d{1,2}) (?:years|Jahre)|(?<dec>a decade|ein Jahrzehnt)) (?<rel>earlier|before|zuvor|davor|früher|ago)\\b|\\bvor (?:(?<n2>zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|fünfzehn|zwanzig|\\d{1,2}) Jahren|(?<dec2>einem Jahrzehnt))\\b"
                ), "yearsBefore"
            ),
            (
                regex(
                    "\\b(?:(?:the|der|den) (?:past|last|previous|vergangenen|letzten) (?<n>two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|fünfzehn|zwanzig|\\d{1,2}) (?:years|Jahre|Jahren)|(?:in|over|within|binnen|innerhalb) (?:a|one|the past|the last|einem|eines) (?<dec>decade|Jahrzehnts?))\\b"
                ), "lastYears"
            ),
            (
                regex(
                    "\\b(?:in the same year|that year|the same year|in the same period|in that period|im gleichen Zeitraum|im selben Jahr|im gleichen Jahr|im selben Zeitraum|damals|in jenem Jahr|in that month|(?<!for )(?<!in )that month|im selben Monat|in diesem Monat|in dem Monat|in jenem Monat|in the month|for the month|in the same month|im gleichen Monat|im Berichtsmonat|in the reporting month|(?:in |over |during |for )?(?:the|those|these|this|that) (?:two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2})[- ]month (?:period|stretch|span|window)|(?:in |over |during )?(?:those|these) (?:two|three|four|five|six|seven|eight|nine|ten|eleven|\\d{1,2}) months|(?:in |während )?(?:diesen|jenen) (?:zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|\\d{1,2}) Monaten|(?:in|over|during|for) the same months|in den (?:gleichen|selben) Monaten|in diesem Zeitraum|in this period|over this period|(?:over|during|for|in) that (?:period|time|stretch)|in jenem Zeitraum|im genannten Zeitraum|(?<!\\d{4},\\s)(?<!\\d{4}\\s)im Jahr (?:des|der) \\w+(?![\\s\\w,–-]{0,30}\\d{4})|(?<!\\d{4},\\s)(?<!\\d{4}\\s)in the year of (?:the |its |their )?\\w+(?![\\s\\w,–-]{0,30}\\d{4}))\\b"
                ), "same"
            ),
        ]
    }()

    private static let monthStems = [
        "jan", "jän", "feb", "mar", "mär", "apr", "may", "mai", "jun", "jul", "aug", "sep", "oct", "okt", "nov", "dec",
        "dez",
    ]
    /// Words one of which a kind of pattern needs to match at all.
    private static let triggers: [String: [String]] = [
        "monthRange": monthStems, "throughMonth": monthStems, "monthOnly": monthStems, "lastNamedMonth": monthStems,
        "month": monthStems, "monthLast": monthStems, "throughMonthLast": monthStems, "throughMonthYear": monthStems,
        "date": monthStems,
        "firstMonths": ["first", "ersten", "month", "monat"], "lastMonths": ["months", "monate"],
        "rolling": ["month", "monat", "quarters", "quartale", "year to", "year ending"],
        "half": ["half", "halbjahr", "hälfte", "h1", "h2", "hj."],
        "quarter": ["quarter", "quartal", "vierteljahr", "vj.", "q1", "q2", "q3", "q4"],
        "ytd": ["year", "jahr", "date", "heuer"], "latestMonth": ["month", "monat"],
        "previousMonth": ["month", "monat"],
        "samePeriodOf": ["same", "gleichen", "selben"],
        "previous": ["year", "jahr", "earlier", "before", "prior", "y/y", "yoy", "vj.", "vorj."],
        "following": ["year", "jahr"],
        "last": ["last", "vergangen", "letzt"],
        "same": [
            "same", "that", "selben", "gleichen", "damals", "jenem", "period", "the month", "month", "monat",
            "zeitraum", "jahr des", "jahr der", "year of",
        ],
        "thisYear": ["this year", "jahr", "heuer"],
        "pandemicYear": ["pandemiejahr", "corona-jahr", "coronajahr", "pandemic year"],
        "yearsBefore": ["years", "jahre", "decade", "jahrzehnt"],
        "lastYears": ["years", "jahre", "decade", "jahrzehnt"],
        "termSince": presidents, "termYearBefore": presidents, "termYear": presidents, "term": presidents,
    ]

    private static let presidents = Array(Lexicon.termsOfOffice.keys)

    /// The years of the term a mention means: the one named by its ordinal, else for a president who
    /// served twice apart the latest begun by the publication date; nil where that is unclear (an
    /// article after January 2025 speaking of "unter Trump" may mean either term).
    func term(of president: String, ordinal: Int?, latest: Bool) -> ClosedRange<Int>? {
        guard let terms = Lexicon.termsOfOffice[president.lowercased()] else { return nil }
        if let ordinal { return terms.indices.contains(ordinal - 1) ? terms[ordinal - 1] : nil }
        let consecutive = zip(terms, terms.dropFirst()).allSatisfy { $0.upperBound + 1 == $1.lowerBound }
        if consecutive, let first = terms.first, let last = terms.last { return first.lowerBound...last.upperBound }
        let begun = terms.filter { term in
            guard let date else { return term == terms.first }
            return date.year > term.lowerBound || (date.year == term.lowerBound && (date.month > 1 || date.day > 20))
        }
        if begun.count > 1, !latest { return nil }
        return begun.last
    }

    /// Words that make a month the date of an event, not a period of statistics.
    private static let eventWords = [
        "in kraft", "into force", "took effect", "take effect", "into effect", "unterzeichnet", "signed",
        "took office", "amtsantritt", "invaded", "invasion", "einmarsch", "überfall", "verhängt", "imposed",
    ]

    /// Whether a month mention is the date of an event ("which entered into force in July 2020", "seit
    /// das Abkommen im März 2012 in Kraft getreten ist"): an event word just before or after it.
    static func isEventDate(_ range: NSRange, in sentence: NSString) -> Bool {
        let start = max(0, range.location - 32)
        let end = min(sentence.length, range.location + range.length + 24)
        let around = sentence.substring(with: NSRange(location: start, length: end - start)).lowercased()
        return eventWords.contains { around.contains($0) }
    }

    /// Whether a month mention dates a publication, not the figures: "nach den im März veröffentlichten Daten", "data
    /// released in March", "Zahlen, veröffentlicht im März" (the publishing word right before or right after it).
    static func isPublicationDate(_ range: NSRange, in sentence: NSString) -> Bool {
        let after = sentence.substring(from: range.location + range.length).lowercased()
            .drop(while: { $0 == " " }).prefix(while: { $0.isLetter })
        let before = sentence.substring(to: range.location).lowercased().split(separator: " ").suffix(2)
            .map { $0.filter(\.isLetter) }
        // (An attribute, inflected, after "im": "die im März veröffentlichten Daten"; not "die Zahlen für den Oktober
        // veröffentlicht", the month of the figures.)
        let publishedAfter = ["veröffentlichte", "vorgelegte", "publizierte", "bekanntgegebene", "herausgegebene"]
        let opensWithIm =
            sentence.substring(with: range).lowercased().hasPrefix("im ")
            || before.last.map { ["im", "am"].contains($0) } == true
        if opensWithIm, publishedAfter.contains(where: { after.hasPrefix($0) }) { return true }
        let publishedBefore: Set<String> = [
            "published", "released", "veröffentlicht", "vorgelegt", "publiziert", "bekanntgegeben",
        ]
        return before.count == 2 && publishedBefore.contains(before[0]) && ["in", "im", "on", "am"].contains(before[1])
    }

    /// Nouns for events that a year before them dates ("the 2022 invasion", "the 2016 election").
    private static let eventNouns: Set<String> = [
        // (Not "war": in German it is "was".)
        "invasion", "election", "elections", "crisis", "pandemic", "recession", "summit", "einmarsch",
        "krieg", "wahl", "krise", "pandemie", "überfall", "gipfel", "angriff", "angriffskrieg",
        // ("Japan, the villain of the 1988 campaign", "im Wahlkampf 2016": a campaign's year.)
        "campaign", "campaigns", "midterms", "wahlkampf", "wahlkampfs", "wahlkampfes", "lockdown", "shutdown",
    ]

    /// Nouns for agreements that a year names ("the 1988 Canada-US Free Trade Agreement").
    private static let agreementNouns: Set<String> = [
        "agreement", "agreements", "treaty", "accord", "accords", "pact", "deal", "act", "abkommen", "vertrag",
        "freihandelsabkommen", "handelsabkommen", "freihandelsvertrag",
    ]

    /// Words of an agreement's name that are not capitalized ("the 1988 free trade agreement").
    private static let agreementNameWords: Set<String> = ["free", "trade", "bilateral", "phase", "one"]

    /// Whether the word right after a year is an event noun, or the year opens an agreement's name after an
    /// article ("the 1988 Canada-US Free Trade Agreement", "the 2020 Phase One deal"): the year of the event, not
    /// of the figures.
    static func namesEvent(after range: NSRange, in sentence: NSString) -> Bool {
        let rest = sentence.substring(from: range.location + range.length)
        let word = rest.drop { $0 == " " || $0 == "-" }.prefix { $0.isLetter }
        if !word.isEmpty && eventNouns.contains(word.lowercased()) { return true }
        let before = sentence.substring(to: range.location).split(separator: " ").last?.lowercased() ?? ""
        guard ["the", "das", "dem", "den", "des", "der", "die"].contains(before) else { return false }
        for token in rest.split(separator: " ").prefix(6) {
            let letters = token.filter { $0.isLetter || $0 == "-" }.lowercased()
            guard let last = letters.split(separator: "-").last.map(String.init) else { return false }
            if agreementNouns.contains(last) { return true }
            let named = token.first?.isUppercase == true || agreementNameWords.contains(letters)
            if !named || token.last.map({ ",.;:".contains($0) }) == true { return false }
        }
        return false
    }

    /// Whether a year is an event's, named before it with "von"/"of" ("dem bilateralen Handelsabkommen von 2001", "the
    /// trade agreement of 2001", "the crisis of 2008"): the event's date, not a period of figures.
    static func datesEvent(before range: NSRange, in sentence: NSString) -> Bool {
        let before = sentence.substring(to: range.location).split(separator: " ").suffix(2).map {
            $0.lowercased().filter { $0.isLetter }
        }
        guard before.count == 2, ["von", "of"].contains(before[1]) else { return false }
        let noun = before[0]
        return eventNouns.contains(noun) || agreementNouns.contains(noun)
            || ["abkommen", "vertrag", "vertrags", "abkommens", "krise"].contains(where: { noun.hasSuffix($0) })
    }

    /// The kinds of pattern that need a month's name.
    private static let monthKinds: Set<String> = [
        "monthRange", "throughMonth", "monthOnly", "lastNamedMonth", "month", "monthLast", "throughMonthLast",
        "throughMonthYear", "date",
    ]

    /// Whether a word of the sentence is a month's name or abbreviation ("May", "Sept.", "März").
    static func hasMonthName(_ sentence: String) -> Bool {
        var word = ""
        for character in sentence {
            if character.isLetter {
                word.append(character)
                continue
            }
            if !word.isEmpty {
                if months[word.lowercased()] != nil { return true }
                word = ""
            }
        }
        return !word.isEmpty && months[word.lowercased()] != nil
    }

    private func monthNumber(_ name: String?) -> Int? {
        guard let name else { return nil }
        return Self.months[name.lowercased().replacingOccurrences(of: ".", with: "")]
    }

    func periods(in sentence: String) -> [PeriodMention] {
        let ns = sentence as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var taken = IndexSet()
        var found: [PeriodMention] = []
        let lower = ByteText(sentence.lowercased())
        let hasDigit = sentence.utf8.contains { $0 >= 48 && $0 <= 57 }
        // A month's name as a word of its own ("market" and "decline" hold no month).
        let namesMonth = Self.monthStems.contains(where: lower.contains) && Self.hasMonthName(sentence)
        for (regex, kind) in Self.patterns {
            // A pattern runs only where one of its words (or a digit) occurs: most sentences name
            // no month and no quarter, and the regular expressions are the costly part.
            if Self.monthKinds.contains(kind) {
                if !namesMonth { continue }
            } else if let triggers = Self.triggers[kind], !triggers.contains(where: lower.contains) {
                continue
            }
            if ["range", "since", "year"].contains(kind), !hasDigit { continue }
            for match in regex.matches(in: sentence, range: whole) {
                let span = match.range.location..<(match.range.location + match.range.length)
                if taken.intersects(integersIn: span) { continue }
                taken.insert(integersIn: span)
                func group(_ name: String) -> String? {
                    let range = match.range(withName: name)
                    return range.location == NSNotFound ? nil : ns.substring(with: range)
                }
                guard let range = Range(match.range, in: sentence) else { continue }
                let text = String(sentence[range])
                switch kind {
                case "termSince", "termYearBefore", "termYear", "term":
                    guard let name = group("p") else { continue }
                    let ordinal: Int? =
                        group("again") != nil || group("wieder") != nil || group("erneut") != nil
                            || group("rueck") != nil
                        ? 2
                        : group("ord").map { ["first", "ersten", "erster"].contains($0.lowercased()) ? 1 : 2 }
                    guard
                        let years = term(of: name, ordinal: ordinal, latest: kind != "term")
                    else { continue }
                    let end = min(years.upperBound, date?.latestPublishedYear ?? years.upperBound)
                    var mention: PeriodMention
                    switch kind {
                    case "termSince":
                        mention = PeriodMention(kind: .since(.year(years.lowerBound - 1)), range: range, text: text)
                    case "termYearBefore":
                        mention = PeriodMention(kind: .single(.year(years.lowerBound - 1)), range: range, text: text)
                    case "termYear":
                        let year = group("last") != nil ? years.upperBound : years.lowerBound
                        if let date, year > date.year { continue }
                        mention = PeriodMention(kind: .single(.year(year)), range: range, text: text)
                    default:
                        guard end >= years.lowerBound else { continue }
                        mention = PeriodMention(
                            kind: .range(.year(years.lowerBound - 1), .year(end)), range: range, text: text)
                    }
                    mention.termOfOffice = kind == "termSince" || kind == "term"
                    found.append(mention)
                case "range":
                    guard let a = group("a").flatMap({ Int($0) }), let b = group("b").flatMap({ Int($0) }), a < b else {
                        continue
                    }
                    found.append(PeriodMention(kind: .range(.year(a), .year(b)), range: range, text: text))
                case "since":
                    guard let a = group("a").flatMap({ Int($0) }) else { continue }
                    found.append(PeriodMention(kind: .since(.year(a)), range: range, text: text))
                case "date":
                    // A day of an event ("am 24. Februar 2022") is not a statistical period.
                    continue
                case "month":
                    // "the USMCA, which entered into force in July 2020": the month of an event.
                    if Self.isEventDate(match.range, in: ns) || Self.isPublicationDate(match.range, in: ns) { continue }
                    guard let y = group("y").flatMap({ Int($0) }),
                        let m = group("m").map({ $0.lowercased().replacingOccurrences(of: ".", with: "") }),
                        let month = Self.months[m]
                    else { continue }
                    found.append(PeriodMention(kind: .single(.month(y, month)), range: range, text: text))
                case "year":
                    guard let y = group("y").flatMap({ Int($0) }) else { continue }
                    // "Moscow's 2022 invasion", "die Wahl 2016": the year of an event, not of figures.
                    // ("the lowest since the 2009 recession" dates a record: the year stays.)
                    // ("Seit dem bilateralen Handelsabkommen von 2001": since the event's year.)
                    if Self.datesEvent(before: match.range, in: ns) {
                        let lead = ns.substring(to: match.range.location).split(separator: " ").suffix(7)
                            .map { $0.lowercased() }
                        if lead.contains("seit") || lead.contains("since") {
                            found.append(PeriodMention(kind: .since(.year(y)), range: range, text: text))
                        }
                        continue
                    }
                    if Self.namesEvent(after: match.range, in: ns) {
                        let before = ns.substring(to: match.range.location).suffix(24).lowercased()
                        if !before.contains("since"), !before.contains("seit") { continue }
                    }
                    // ("So far in 2013, the U.S. has run a cumulative goods deficit of $399.4 billion": the months of the
                    // year out so far, not the year.)
                    // (Only the few characters before the year: bounded work per year, however long the sentence.)
                    let leadStart = max(0, match.range.location - 20)
                    let lead = ns.substring(
                        with: NSRange(location: leadStart, length: match.range.location - leadStart)
                    )
                    .lowercased()
                    if lead.hasSuffix("so far in ") || lead.hasSuffix("bisher im jahr ")
                        || lead.hasSuffix("bislang im jahr ")
                    {
                        found.append(PeriodMention(kind: .yearToDate(year: y), range: range, text: text))
                        continue
                    }
                    found.append(PeriodMention(kind: .single(.year(y)), range: range, text: text))
                case "decadePart":
                    let decades = [
                        "seventies": 1970, "eighties": 1980, "nineties": 1990, "siebziger": 1970, "achtziger": 1980,
                        "neunziger": 1990,
                    ]
                    let decade: Int? =
                        group("d").flatMap { Int($0) }
                        ?? group("s").flatMap { Int($0) }.map { $0 >= 30 ? 1900 + $0 : 2000 + $0 }
                        ?? group("w").flatMap { decades[$0.lowercased()] }
                    guard let decade, let part = group("q")?.lowercased() else { continue }
                    // ("the top spot it had held since the late 2000s": a bound, not the period of a figure.)
                    let before = ns.substring(to: match.range.location).suffix(12).lowercased()
                    if ["since", "seit", "until", "bis"].contains(where: { before.contains($0) }) { continue }
                    let offset = ["early", "anfang"].contains(part) ? 2 : ["mid", "mitte"].contains(part) ? 5 : 8
                    var mention = PeriodMention(kind: .single(.year(decade + offset)), range: range, text: text)
                    mention.approximate = true
                    found.append(mention)
                case "throughMonthLast":
                    guard let referenceYear, let m = monthNumber(group("m")), m > 1 else { continue }
                    found.append(
                        PeriodMention(
                            kind: .months(first: 1, last: m, year: referenceYear - 1), range: range, text: text))
                case "throughMonthYear":
                    guard let y = group("y").flatMap({ Int($0) }), let m = monthNumber(group("m")) else { continue }
                    let kind: PeriodMention.Kind =
                        m > 1 ? .months(first: 1, last: m, year: y) : .single(.month(y, 1))
                    found.append(PeriodMention(kind: kind, range: range, text: text))
                case "monthLast":
                    guard let referenceYear, let month = monthNumber(group("m")) else { continue }
                    found.append(
                        PeriodMention(kind: .single(.month(referenceYear - 1, month)), range: range, text: text))
                case "last":
                    guard let referenceYear else { continue }
                    found.append(PeriodMention(kind: .single(.year(referenceYear - 1)), range: range, text: text))
                case "monthRange":
                    guard let first = monthNumber(group("m1")), let last = monthNumber(group("m2")) else { continue }
                    // ("from July 2018 through June of this year": the publication year.)
                    let y = group("y").flatMap { Int($0) } ?? (group("this") != nil ? referenceYear : nil)
                    let y1 = group("y1").flatMap { Int($0) }
                    if let y1, let y, y1 < y {
                        // "from April 2023 to March 2024": a run of months across years.
                        found.append(
                            PeriodMention(
                                kind: .rolling(lastMonth: last, year: y, count: (y - y1) * 12 + last - first + 1),
                                range: range, text: text))
                        continue
                    }
                    guard first < last else { continue }
                    found.append(
                        PeriodMention(kind: .months(first: first, last: last, year: y ?? y1), range: range, text: text))
                case "firstMonths":
                    guard let n = group("n").flatMap({ Int($0) ?? Self.counts[$0.lowercased()] }), (1...12).contains(n)
                    else { continue }
                    let kind: PeriodMention.Kind =
                        n == 12
                        ? .months(first: 1, last: 12, year: group("y").flatMap { Int($0) })
                        : .months(first: 1, last: n, year: group("y").flatMap { Int($0) })
                    found.append(PeriodMention(kind: kind, range: range, text: text))
                case "lastMonths":
                    // ("the last three months of the year": the year the article speaks of.)
                    guard let n = (group("n") ?? group("n2")).flatMap({ Int($0) ?? Self.counts[$0.lowercased()] }),
                        (1...11).contains(n)
                    else { continue }
                    let y = (group("y") ?? group("y2") ?? group("y3") ?? group("y4")).flatMap { Int($0) }
                    found.append(
                        PeriodMention(kind: .months(first: 13 - n, last: 12, year: y), range: range, text: text))
                case "rolling":
                    guard let last = monthNumber(group("m")) else { continue }
                    let count = group("n").map { Int($0) ?? Self.counts[$0.lowercased()] ?? 0 } ?? 12
                    guard (2...12).contains(count) else { continue }
                    found.append(
                        PeriodMention(
                            kind: .rolling(lastMonth: last, year: group("y").flatMap { Int($0) }, count: count),
                            range: range, text: text))
                case "half":
                    let half = group("h").flatMap { Int($0) } ?? group("o").flatMap { Self.ordinals[$0.lowercased()] }
                    guard let half, (1...2).contains(half) else { continue }
                    found.append(
                        PeriodMention(
                            kind: .months(first: half * 6 - 5, last: half * 6, year: group("y").flatMap { Int($0) }),
                            range: range, text: text))
                case "decadeStart":
                    guard let referenceYear else { continue }
                    found.append(
                        PeriodMention(kind: .single(.year(referenceYear / 10 * 10)), range: range, text: text))
                case "latestHalf":
                    guard let date, case .month(let y, let m) = date.latestPublishedMonth else { continue }
                    let (half, year) = m == 12 ? (2, y) : m >= 6 ? (1, y) : (2, y - 1)
                    found.append(
                        PeriodMention(
                            kind: .months(first: half * 6 - 5, last: half * 6, year: year), range: range, text: text))
                case "quarter":
                    let quarter =
                        group("q").flatMap { Int($0) } ?? group("o").flatMap { Self.ordinals[$0.lowercased()] }
                    guard let quarter, (1...4).contains(quarter) else { continue }
                    found.append(
                        PeriodMention(
                            kind: .months(
                                first: quarter * 3 - 2, last: quarter * 3, year: group("y").flatMap { Int($0) }),
                            range: range, text: text))
                case "ytd":
                    let y = text.range(of: Self.year, options: .regularExpression).flatMap { Int(text[$0]) }
                    found.append(PeriodMention(kind: .yearToDate(year: y), range: range, text: text))
                case "latestMonth":
                    found.append(PeriodMention(kind: .latestMonth, range: range, text: text))
                case "previousMonth":
                    found.append(PeriodMention(kind: .previousMonth, range: range, text: text))
                case "throughMonth":
                    guard let m = monthNumber(group("m")) else { continue }
                    // ("Die Daten reichen nur bis Januar": through the first month is that month.)
                    guard m > 1 else {
                        found.append(PeriodMention(kind: .monthOnly(1), range: range, text: text))
                        continue
                    }
                    found.append(PeriodMention(kind: .months(first: 1, last: m, year: nil), range: range, text: text))
                case "monthOnly":
                    guard let m = monthNumber(group("m")), !Self.isEventDate(match.range, in: ns),
                        !Self.isPublicationDate(match.range, in: ns)
                    else { continue }
                    // "may" is a verb as often as a month: only "in May" with a capital.
                    if let name = group("m"), name.first?.isLowercase == true { continue }
                    // ("den niedrigsten Monatswert seit Januar", "the highest since March": the bound of a record,
                    // not the period of the figure before it.)
                    let lead = text.lowercased()
                    if lead.hasPrefix("seit ") || lead.hasPrefix("since ") {
                        let before = ns.substring(to: match.range.location).suffix(60).lowercased()
                        if Self.recordSuperlatives.contains(where: { before.contains($0) }) { continue }
                    }
                    // ("in January of this year", "im Januar dieses Jahres": that month of the publication year, even
                    // where the sentence names another year for another figure.)
                    if group("this") != nil, let referenceYear {
                        found.append(PeriodMention(kind: .single(.month(referenceYear, m)), range: range, text: text))
                        continue
                    }
                    found.append(PeriodMention(kind: .monthOnly(m), range: range, text: text))
                case "lastNamedMonth":
                    guard let m = monthNumber(group("m")) else { continue }
                    found.append(PeriodMention(kind: .lastNamedMonth(m), range: range, text: text))
                case "samePeriodOf":
                    guard let y = group("y").flatMap({ Int($0) }) else { continue }
                    found.append(PeriodMention(kind: .samePeriodOf(y), range: range, text: text))
                case "thisYear":
                    found.append(PeriodMention(kind: .thisYear, range: range, text: text))
                case "pandemicYear":
                    // (Only in an article written after it.)
                    guard (date?.year ?? 0) > 2020 else { continue }
                    found.append(PeriodMention(kind: .single(.year(2020)), range: range, text: text))
                case "same":
                    found.append(PeriodMention(kind: .same, range: range, text: text))
                case "previous":
                    found.append(PeriodMention(kind: .previous, range: range, text: text))
                case "following":
                    found.append(PeriodMention(kind: .following, range: range, text: text))
                case "lastYears":
                    // ("in a decade", "innerhalb eines Jahrzehnts": the last ten years.)
                    guard let word = group("dec") != nil ? "10" : group("n")?.lowercased(),
                        let count = RankFinder.cardinals[word] ?? Int(word),
                        count >= 2,
                        count <= 30
                    else { continue }
                    found.append(PeriodMention(kind: .lastYears(count), range: range, text: text))
                case "yearsBefore":
                    let word = (group("n") ?? group("n2"))?.lowercased()
                    let count =
                        group("dec") != nil || group("dec2") != nil
                        ? 10 : word.flatMap { RankFinder.cardinals[$0] ?? Int($0) }
                    guard let count, count >= 2, count <= 40 else { continue }
                    // ("ten years ago", "vor zehn Jahren": from the publication year.)
                    let ago = group("rel")?.lowercased() == "ago" || group("n2") != nil || group("dec2") != nil
                    found.append(
                        PeriodMention(kind: .yearsBefore(count, fromPublication: ago), range: range, text: text))
                default:
                    continue
                }
            }
        }
        // ("reached their highest level the following year, in 2007": the year written out right after stands for it.)
        let written = found
        found.removeAll { mention in
            guard case .following = mention.kind else { return false }
            return written.contains { other in
                guard case .single(let period) = other.kind, !period.isMonth,
                    other.range.lowerBound >= mention.range.upperBound
                else { return false }
                return sentence[mention.range.upperBound..<other.range.lowerBound].count <= 6
            }
        }
        // ("im ersten Halbjahr des vergangenen Jahres", "in den ersten neun Monaten des letzten Jahres": a run of months of
        // the year before the publication's.)
        if let referenceYear {
            found = found.map { mention in
                guard case .months(let first, let last, nil) = mention.kind,
                    let suffix = sentence[mention.range.upperBound...].range(
                        of: "^\\s+des\\s+(?:vergangenen|letzten)\\s+Jahres\\b",
                        options: [.regularExpression, .caseInsensitive])
                else { return mention }
                return PeriodMention(
                    kind: .months(first: first, last: last, year: referenceYear - 1),
                    range: mention.range.lowerBound..<suffix.upperBound,
                    text: String(sentence[mention.range.lowerBound..<suffix.upperBound]))
            }
        }
        // ("In den ersten elf Monaten des Vorjahres schrumpfte das Defizit … um knapp 17 Prozent", in January 2020: the
        // first months of the year before the publication's, the only period the sentence names and no base after
        // "gegenüber", "than", "compared with": the figure's own.)
        if found.count == 1, case .previous = found[0].kind, let referenceYear,
            case let runWords = found[0].text.lowercased().split(separator: " ").map(String.init),
            let first = runWords.firstIndex(where: { ["ersten", "first"].contains($0) }), first + 1 < runWords.count,
            let count = Self.counts[runWords[first + 1]] ?? Int(runWords[first + 1]), (2...11).contains(count),
            !sentence[..<found[0].range.lowerBound].lowercased().split(whereSeparator: { !$0.isLetter }).suffix(3)
                .contains(where: { Lexicon.periodBaseWords.contains(String($0)) })
        {
            found[0].kind = .months(first: 1, last: count, year: referenceYear - 1)
        }
        return Self.joinedWithTheirYear(found.sorted { $0.range.lowerBound < $1.range.lowerBound }, in: sentence)
    }

    /// Whether the words between a month and a year make the year the month's in an apposition: ", the first month
    /// of", ", der erste Monat des Jahres".
    static func monthOfTheYear(_ gap: String) -> Bool {
        let words = gap.lowercased().split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init)
        guard words.count >= 2, words.count <= 6,
            let month = words.firstIndex(where: { ["month", "monat"].contains($0) })
        else { return false }
        return [["of"], ["in"], ["des", "jahres"], ["im", "jahr"]].contains(Array(words[(month + 1)...]))
    }

    /// "From January through November of last year", "in den ersten neun Monaten des vergangenen Jahres": a run
    /// of months and the year named right after it are one period.
    static func joinedWithTheirYear(_ mentions: [PeriodMention], in sentence: String) -> [PeriodMention] {
        var joined: [PeriodMention] = []
        var index = 0
        while index < mentions.count {
            var mention = mentions[index]
            if case .months(let first, let last, nil) = mention.kind, index + 1 < mentions.count,
                case .single(let named) = mentions[index + 1].kind, !named.isMonth
            {
                let next = mentions[index + 1]
                let gap = sentence[mention.range.upperBound..<next.range.lowerBound].lowercased()
                    .trimmingCharacters(in: .whitespaces)
                // ("the first half of last year": "of" read with the half.)
                if ["of", "des", "of the", "im", "in", ""].contains(gap) {
                    mention = PeriodMention(
                        kind: .months(first: first, last: last, year: named.year),
                        range: mention.range.lowerBound..<next.range.upperBound,
                        text: String(sentence[mention.range.lowerBound..<next.range.upperBound]))
                    index += 1
                }
            }
            // ("January, the first month of 2019 with figures", "Januar, der erste Monat des Jahres 2019": the month
            // of the year its apposition names.)
            if case .monthOnly(let month) = mention.kind, index + 1 < mentions.count,
                case .single(let named) = mentions[index + 1].kind, !named.isMonth
            {
                let next = mentions[index + 1]
                let gap = sentence[mention.range.upperBound..<next.range.lowerBound]
                if Self.monthOfTheYear(String(gap)) {
                    mention = PeriodMention(
                        kind: .single(.month(named.year, month)),
                        range: mention.range.lowerBound..<next.range.upperBound,
                        text: String(sentence[mention.range.lowerBound..<next.range.upperBound]))
                    index += 1
                }
            }
            joined.append(mention)
            index += 1
        }
        return joined
    }
}

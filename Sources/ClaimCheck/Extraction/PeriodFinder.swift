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
    }

    var kind: Kind
    var range: Range<String.Index>
    var text: String
}

/// Finds years, months, ranges and relative periods ("last year", "im Vorjahr").
struct PeriodFinder {
    /// The publication date, for relative periods.
    let referenceYear: Int?

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
        return [
            (regex("\\b(?:between|zwischen)\\s+(?<a>\(year))\\s+(?:and|und)\\s+(?<b>\(year))\\b"), "range"),
            (
                regex(
                    "\\b(?:from|von)\\s+(?<a>\(year))\\s+(?:to|through|until|bis(?: zum Jahr)?|auf)\\s+(?<b>\(year))\\b"
                ), "range"
            ),
            (regex("\\b(?<a>\(year))\\s*(?:–|-|to|bis)\\s*(?<b>\(year))\\b"), "range"),
            (regex("\\b(?:since|seit)\\s+(?:dem Jahr\\s+)?(?<a>\(year))\\b"), "since"),
            (regex("\\b(?<d>\\d{1,2})\\.?\\s+(?<m>\(month))\\s+(?<y>\(year))\\b"), "date"),
            (regex("\\b(?<m>\(month))\\s+(?<d>\\d{1,2}),\\s+(?<y>\(year))\\b"), "date"),
            (regex("\\b(?<m>\(month))\\s+(?:of\\s+|des Jahres\\s+)?(?<y>\(year))\\b"), "month"),
            (regex("\\b(?<y>\(year))\\b"), "year"),
            (
                regex(
                    "\\b(?:the previous year|the year before|a year earlier|one year earlier|the prior year|im Vorjahr|des Vorjahres|zum Vorjahr|dem Vorjahr|Vorjahr|im Jahr davor|ein Jahr zuvor|ein Jahr davor)\\b"
                ), "previous"
            ),
            (regex("\\b(?:last year|vergangenen Jahr|vergangenes Jahr|letzten Jahr|letztes Jahr)\\b"), "last"),
            (
                regex(
                    "\\b(?:in the same year|that year|the same year|im selben Jahr|im gleichen Jahr|im selben Zeitraum|damals|in jenem Jahr|in that month|im selben Monat)\\b"
                ), "same"
            ),
        ]
    }()

    func periods(in sentence: String) -> [PeriodMention] {
        let ns = sentence as NSString
        let whole = NSRange(location: 0, length: ns.length)
        var taken = IndexSet()
        var found: [PeriodMention] = []
        for (regex, kind) in Self.patterns {
            for match in regex.matches(in: sentence, range: whole) {
                let span = match.range.location..<(match.range.location + match.range.length)
                if taken.intersects(integersIn: span) { continue }
                taken.insert(integersIn: span)
                func group(_ name: String) -> String? {
                    let range = match.range(withName: name)
                    return range.location == NSNotFound ? nil : ns.substring(with: range)
                }
                let range = Range(match.range, in: sentence)!
                let text = String(sentence[range])
                switch kind {
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
                    guard let y = group("y").flatMap({ Int($0) }),
                        let m = group("m").map({ $0.lowercased().replacingOccurrences(of: ".", with: "") }),
                        let month = Self.months[m]
                    else { continue }
                    found.append(PeriodMention(kind: .single(.month(y, month)), range: range, text: text))
                case "year":
                    guard let y = group("y").flatMap({ Int($0) }) else { continue }
                    found.append(PeriodMention(kind: .single(.year(y)), range: range, text: text))
                case "last":
                    guard let referenceYear else { continue }
                    found.append(PeriodMention(kind: .single(.year(referenceYear - 1)), range: range, text: text))
                case "same":
                    found.append(PeriodMention(kind: .same, range: range, text: text))
                case "previous":
                    found.append(PeriodMention(kind: .previous, range: range, text: text))
                default:
                    continue
                }
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }
}

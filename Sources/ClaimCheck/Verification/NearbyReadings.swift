import TradeModel

/// A figure whose sentence names no period of its own is read for the period the article spoke of before, or the
/// latest published. That reading is an inference; when it fails but the figure is right for a period next to it (the
/// year before or after, the month before or after, the same months a year before, the months of the year out so
/// far), the article may well mean that one. A careful fact-checker does not call such a figure wrong: which period is
/// meant is unsure.
extension ClaimChecker {
    /// The periods next to a claim's period that its words could mean as well, none later than the publication date
    /// could know.
    static func nearbyPeriods(of period: ClaimPeriod, date: PublicationDate?) -> [ClaimPeriod] {
        let latestMonth = date?.latestPublishedMonth
        let latestYear = date?.latestPublishedYear
        func published(_ candidate: ClaimPeriod) -> Bool {
            guard let latestMonth else { return true }
            return candidate.last <= latestMonth
                && (candidate.last.isMonth || latestYear.map { candidate.last.year <= $0 } ?? true)
        }
        var candidates: [ClaimPeriod] = []
        switch period {
        case .single(let single) where single.isMonth:
            candidates = [.single(single.previous), .single(single.next)]
        case .single(let single):
            candidates = [.single(.year(single.year - 1)), .single(.year(single.year + 1))]
            // (The months of the following year out so far: "so far", said or not.)
            if let latestMonth, latestMonth.year == single.year + 1, let month = latestMonth.month, month < 12 {
                candidates.append(.months(PeriodRange(.month(latestMonth.year, 1), latestMonth)))
            }
        case .span(let from, let to) where from.isMonth && to.isMonth:
            candidates = [.span(from.previous, to.previous), .span(from.next, to.next)]
        case .span(let from, let to):
            candidates = [
                .span(.year(from.year - 1), .year(to.year - 1)), .span(.year(from.year + 1), .year(to.year + 1)),
            ]
        case .months(let range):
            candidates = range.isMonthRange ? [.months(range.yearEarlier)] : []
            if let last = range.last.month, last > 1, range.first.year == range.last.year {
                candidates.append(.months(PeriodRange(range.first, .month(range.last.year, last - 1))))
            }
            if let last = range.last.month, last < 12, range.first.year == range.last.year {
                candidates.append(.months(PeriodRange(range.first, .month(range.last.year, last + 1))))
            }
        case .rangeSpan:
            // (A change of months against the same months a year before says "so far this year" or names its months;
            // no period next to it is a likelier reading.)
            break
        }
        return candidates.filter { $0 != period && published($0) }
    }
}

/// Goods named in words are read as one HS chapter, but sources draw the same goods into a neighbouring chapter or
/// both: "electronics" may be machinery (84, computers) or electrical equipment (85, phones and chips) or both;
/// "chemicals" organic (29) or inorganic (28); "clothing" knitted (61) or woven (62). A figure wrong for the chapter read
/// and right for its neighbour is unsure, not wrong, unless the sentence names the chapter itself.
extension ClaimChecker {
    /// The chapters, or groups of chapters, that the words read as `code` may mean as well.
    static let neighbouringChapters: [String: [String]] = [
        "84": ["85", "84-85"], "85": ["84", "84-85"], "90": ["85"], "28": ["29"], "29": ["28", "30"], "30": ["29"],
        "61": ["62", "61-62"], "62": ["61", "61-62"], "72": ["73"], "73": ["72"], "02": ["16"], "03": ["16"],
        "10": ["11"], "11": ["10"],
    ]

    /// The products next to a claim's product that its words could mean as well; none when the sentence names the
    /// chapter ("chapter 84", "HS 85", "Kapitel 30").
    static func neighbouringProducts(of claim: FoundClaim) -> [Product] {
        guard case .hs(let code) = claim.product, let neighbours = neighbouringChapters[code],
            !Lexicon.namesChapter(claim.sentence.text.lowercased(), code: code)
        else { return [] }
        return neighbours.map(Product.hs)
    }
}

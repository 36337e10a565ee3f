import TradeModel

/// What a claim asserts.
public enum ClaimKind: String, Sendable, Hashable, Codable {
    case value, change, peak, record, rank, share, composition, comparison
}

extension PeriodRange {
    /// The same run of months in another year ("Jan–Jun 2023" in 2022: "Jan–Jun 2022"); nil unless the range is months
    /// of one year.
    func sameMonths(inYear year: Int) -> PeriodRange? {
        guard first.year == last.year, let firstMonth = first.month, let lastMonth = last.month else { return nil }
        return PeriodRange(.month(year, firstMonth), .month(year, lastMonth))
    }
}

/// The period a claim is about: one period, or a span for changes.
public enum ClaimPeriod: Sendable, Hashable {
    case single(Period)
    case span(Period, Period)
    /// A run of months summed: a partial year ("Jan–Sep 2023"), a quarter, the twelve months to March.
    case months(PeriodRange)
    /// A change from one run of months to another ("in the first half, up 12% from a year earlier").
    case rangeSpan(PeriodRange, PeriodRange)

    /// "2024", "2014-05", "2014..2022", "2023-01..2023-09" or "2022-01..2022-06 → 2023-01..2023-06".
    public var description: String {
        switch self {
        case .single(let period): return period.description
        case .span(let first, let last): return "\(first)..\(last)"
        case .months(let range): return "\(range.first)..\(range.last)"
        case .rangeSpan(let from, let to): return "\(from.first)..\(from.last) → \(to.first)..\(to.last)"
        }
    }

    /// Whether the period is one year or one month.
    var isSingle: Bool {
        if case .single = self { return true }
        return false
    }

    /// Whether the period is a run of months summed (a partial year, a quarter).
    var isMonths: Bool {
        if case .months = self { return true }
        return false
    }

    var last: Period {
        switch self {
        case .single(let period): return period
        case .span(_, let last): return last
        case .months(let range): return range.last
        case .rangeSpan(_, let to): return to.last
        }
    }

    /// The first and last month the period covers (a year's January and December; the years of a span of years).
    var monthBounds: (first: Period, last: Period) {
        switch self {
        case .single(let period): return (period.months.first ?? period, period.months.last ?? period)
        case .span(let first, let last): return (first, last)
        case .months(let range): return (range.first, range.last)
        case .rangeSpan(let from, let to): return (from.first, to.last)
        }
    }
}

/// One way to read a figure's frame: its flow, partner and period.
public struct Reading: Sendable, Hashable {
    public var flow: Flow
    public var partner: String
    public var period: ClaimPeriod

    public init(flow: Flow, partner: String, period: ClaimPeriod) {
        self.flow = flow
        self.partner = partner
        self.period = period
    }
}

/// Why a claim cannot be checked against the store, whatever its figure: it is about something the
/// store does not hold.
public enum OutOfScope: String, Sendable, Hashable, Codable {
    /// Trade in services; the store holds goods.
    case services
    /// Another statistical office's figures ("according to Chinese customs", "laut Destatis").
    case otherSource = "other_source"
    /// A forecast, projection or target, not a recorded figure.
    case forecast
    /// Balance-of-payments basis; the store holds Census basis.
    case balanceOfPayments = "balance_of_payments"
    /// One U.S. state's or region's trade ("Ohio shipped $20.9 billion to Canada"); the store holds
    /// the nation's.
    case subnational
    /// The value of goods a tariff, sanction or agreement covers ("tariffs on $7.2 billion worth of
    /// them"), not a recorded trade value.
    case coveredByMeasure = "covered_by_measure"
    /// Goods finer than the HS chapters the store holds ("generics", "enriched uranium", "iPhones").
    case finerProduct = "finer_product"
    /// Goods the sentence names that the checker cannot place in an HS chapter ("$1.1 billion worth of
    /// lithium-ion cells"): the figure is not the pair's total, and no chapter can be named for it.
    case unplacedGoods = "unplaced_goods"
    /// A place among the members of a group the checker holds no member list for ("the largest U.S. supplier among
    /// ASEAN members"); the EU and the continents are ranked as regions instead.
    case rankedWithinGroup = "ranked_within_group"
}

/// The unit of time an average figure is given per.
public enum AveragePer: String, Sendable, Hashable, Codable {
    case day, month, year
}

/// A condition said to hold, or not, over a run of years: "a surplus with Brazil every year since
/// 2008", "bought more from Mexico than from China for the first time since 2002", "the last time the
/// United States ran a deficit with Brazil was in 2007". The condition is the sign of the balance with
/// the claim's partner (`comparisonDirection` +1 a surplus, −1 a deficit) or, with `comparedPartner`, the
/// partner's flow against the other's.
public struct ConditionRun: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// "every year since 2008": held in every year from `year` to the claim's period.
        case everySince
        /// "for the first time since 2002", "erstmals": holds in the claim's period, held in none of the
        /// years after `year` (nor, without one, in any year the store holds or `minimumYears` before),
        /// and held in `year` itself.
        case firstSince
        /// "the last time … was in 2007": held in `year` and in none of the years since.
        case lastTime
    }
    public var kind: Kind
    public var year: Int?
    /// "for the first time in decades": at least this many years before without it.
    public var minimumYears: Int?
}

/// A claim found in an article, before it is checked.
public struct FoundClaim: Sendable, Hashable {
    /// The sentence holding the claim, exactly as in the input, with its offsets.
    public var sentence: TextSpan
    public var kind: ClaimKind
    public var reporter: String?
    public var partner: String?
    public var flow: Flow
    public var product: Product
    public var period: ClaimPeriod?
    /// The figure as written (with its hedge), or the period / country a peak or rank claim names.
    public var claimedText: String
    /// Offsets of `claimedText` in the input, in Unicode scalars.
    public var claimedStart: Int
    public var claimedEnd: Int
    /// The claimed number (USD, EUR or percent; negative for a deficit or a decline), if any.
    public var value: Double?
    public var unit: FigureUnit
    public var hedge: Hedge
    /// Half the place value of the last digit written.
    public var rounding: Double
    /// For peak claims: whether the claim is about the lowest point.
    public var lowest: Bool
    /// For rank claims: the country claimed to rank, and the rank (1 = largest).
    public var rankedCountry: String?
    public var rank: Int
    /// Whether the article states the balance's sign ("surplus"); otherwise a balance figure
    /// is read as a magnitude ("the deficit was 295 billion").
    public var signExplicit: Bool
    /// Other readings the sentence allows where the figure's own clause leaves the flow, partner or
    /// period open (an inherited partner, the world, another period the sentence names). The
    /// checker tries them before it calls a figure wrong: a correct figure read in the wrong frame
    /// must not be called contradicted.
    public var alternatives: [Reading] = []
    /// Other periods a claim may be about when its sentence names none of its own (the discourse's
    /// period, the latest year published); the checker tries them before it calls the claim wrong.
    public var periodReadings: [ClaimPeriod] = []
    /// Periods a claim without a period of its own might also mean but less likely (the months of a year
    /// not yet complete, before its full figures are out): a claim wrong for its reading but right for one
    /// of these is unsure, not wrong.
    public var unsurePeriodReadings: [ClaimPeriod] = []
    /// For a composition: the place the goods are said to hold among the pair's goods ("the largest category":
    /// 1, "the second-biggest import": 2); without it, among the main goods (`rank` of them).
    public var productPlace: Int?
    /// "never came close to half a trillion dollars": the official value must lie well below the figure.
    public var farBelow = false
    /// Where to mark the claim in the article, when less than the claimed span.
    public var markStart: Int?
    public var markEnd: Int?
    /// The words the claim rests on, when they reach beyond the claimed span: a ranking from its country to its place
    /// ("Vietnam war das drittgrößte", "the third-largest supplier was Vietnam"), or its place word alone where a
    /// figure stands between the two; offsets in Unicode scalars.
    public var wordsStart: Int?
    public var wordsEnd: Int?
    /// The article's publication date, when known: figures published later may differ by revisions.
    public var publicationDate: PublicationDate?
    /// For a change without a figure ("drastisch eingebrochen", "rose sharply"): −1 for a fall, +1 for
    /// a rise; `trendStrong` for "drastically", "collapsed", "soared" (at least a fifth).
    public var trendDirection = 0
    public var trendStrong = false
    /// "little changed", "kaum verändert": a trend of no move (under 2% holds; 5% or more does not).
    public var trendFlat = false
    /// For a share without a figure ("nur ein Bruchteil", "a tiny fraction"): a small share (under 5%).
    public var smallShare = false
    /// For a record or peak of "trade" in general: the flows the word may mean in this article
    /// (the context's flow first), tried when the total does not hold.
    public var flowReadings: [Flow] = []
    /// For share claims of a whole named before ("the deficit with the EU was $155.9 billion, and
    /// Germany accounted for 44% of it"): the whole's partner; `nil` for a share of the world.
    public var shareWhole: String?
    /// For share claims of the same flow in another period ("2023 war es weniger als ein Sechstel
    /// davon"): the whole's period.
    public var shareWholePeriod: ClaimPeriod?
    /// For comparison claims ("three times as large as the deficit with Germany"): the other partner.
    public var comparedPartner: String?
    /// "than the deficits with Germany and Japan combined": the partners whose figures are summed
    /// with `comparedPartner`'s for the comparison.
    public var comparedPartners: [String] = []
    /// A comparison of two flows with the same partner ("bought four and a half times as much from
    /// China as China bought from them"): the flow compared with.
    public var comparedFlow: Flow?
    /// A comparison of one partner's figures in two periods ("more than twice as high as in all of
    /// 2019"): the period compared with.
    public var comparedPeriod: ClaimPeriod?
    /// For comparison claims without a multiple ("more than with Canada"): +1 for larger, −1 for smaller.
    public var comparisonDirection = 0
    /// For record claims: "the lowest since 2010": the last period as low (high) as the one claimed.
    public var recordSince: Period?
    /// "the highest in a decade": `recordSince` opens a stretch in which no value beat the claimed one,
    /// without the claim that the value at its start did.
    public var recordWithin = false
    /// For record claims: "the highest for any September": the same month of every year.
    public var recordSameMonth = false
    /// For record claims: a record among months ("Monatsrekord", "all-time monthly high").
    public var recordMonthly = false
    /// For record claims: the highest of all time ("the all-time high reached in 2012", "so hoch wie nie zuvor und
    /// seither nicht mehr"), judged against every period published since, not only those before it.
    public var recordAllTime = false
    /// A record or peak of the partner's share of the reporter's flow ("from a peak of 21.6% in
    /// 2017"), not of the value.
    public var recordOfShare = false
    /// Partners whose figures the claim adds up ("Kanada und Mexiko zusammen", "combined"); empty
    /// for one partner.
    public var partnerSum: [String] = []
    /// For a comparison of two partners by a sum of money said as the gap between them ("the gap between China and
    /// Canada was less than $1 billion"): the size of the difference, whichever is the larger.
    public var absoluteGap = false
    /// Whether the figure's sentence names no period of its own, so its period comes from the
    /// sentences before or the publication date: a reading, not something the sentence says.
    public var frameInferred = false
    /// Whether the claim is a reading the checker tried in place of the one read (a period or a chapter next to it):
    /// taken as said, it asks for no further readings.
    var readingTried = false
    /// Whether a comparison's other side is a partner the sentences before named, not one its own sentence names
    /// ("… and nearly half of what we buy from Taiwan is that one category": Taiwan against the article's Mexico).
    public var comparedSideCarried = false
    /// Whether the claim is read for the world only because no sentence before it named a partner, with the country
    /// the article named last as its other reading.
    public var worldByDefault = false
    /// The figure's hedge is "less than" or "not even" (see ``Figure/below``).
    public var below = false
    /// "$45 billion a month", "täglich 1,5 Milliarden": an average per month, day or year of the
    /// claim's period, not its total.
    public var averagePer: AveragePer?
    /// "a combined $90.7 billion since the agreement took effect": a sum over years the sentence does not
    /// name, so its period is not known.
    public var sumOverUnnamedSpan = false
    /// "a combined $1.9 trillion since 2017", "summierte sich auf": a sum over the years of a span.
    public var cumulative = false
    /// "Three product groups accounted for nearly 90%: fertilizers (31), precious metals (71) and
    /// inorganic chemicals (28)": the HS chapters whose sum the figure is about.
    public var productSum: [String] = []
    /// Other partners the figure may be about when its sentence names none: the world for a partner
    /// carried over from earlier sentences, the article's partner for "total trade".
    public var partnerReadings: [String] = []
    /// "Two-way goods trade hit a record $132.3 billion", with no country named in the article so far: the sentence
    /// speaks of a pair of countries, and the world is only the default reading.
    public var pairUnnamed = false
    /// "has more than doubled since the agreement took effect": the change's base is the last full year before the
    /// agreement, though writers count some from the year it took effect.
    public var baseSinceAgreement = false
    /// Goods the sentence (or the one before) names, for a share read as the partner's part of all trade:
    /// "Rund 30 Prozent dessen, was die USA aus Kanada einführen, sind Öl, Gas und andere Brennstoffe" is
    /// the goods' part of the partner's trade (HS chapters).
    public var productReadings: [String] = []
    /// The sentence gives its figures seasonally adjusted ("seasonally adjusted", "saisonbereinigt"),
    /// as the Census monthly release does; the store holds them unadjusted.
    public var seasonallyAdjusted = false
    /// For a figure of a "respectively" list: the partners of the whole list, in order.
    public var listPartners: [String] = []
    /// For rank claims: "among the ten largest" (within the first `rank` places).
    public var rankMembership = false
    /// For rank claims: "no longer the largest", "nicht zu den zehn größten".
    public var rankNegated = false
    /// For rank claims by balance: ranked by surplus rather than deficit.
    public var rankBySurplus = false
    /// For rank claims within a region ("the largest trading partner in Africa", "zweitwichtigster europäischer
    /// Lieferant"): the region's code (`EUROPE`, `AFRICA`, …); only its countries are ranked.
    public var rankRegion: String?
    /// Set when the claim's own clause says it is about something the store does not hold.
    public var outOfScope: OutOfScope?
    /// For a percent with a partner and a product: whether its other reading (the product's part of
    /// the partner's imports, or the partner's part of the product's imports) has been tried.
    public var shareReadingTried = false
    /// "Monthly purchases peaked in May and have eased since": a month named without its year, in the
    /// year the article speaks of; the record is within that year.
    public var recordWithinYear = false
    /// Other countries the claim's sentence names: a figure that holds for one of them may have been
    /// attached to the wrong one.
    public var sentencePartners: [String] = []
    /// The country the article names most often, when the claim's partner was carried over from an earlier sentence
    /// and is another: a reading tried only where the carried one does not hold (see `ClaimFinder`).
    public var articlePartner: String?
    /// Other years and months a value's sentence names ("between 2013 and 2018 … against the $24.7 billion of the
    /// base year"): a figure that holds for one of them may have been attached to the wrong one.
    public var sentencePeriods: [ClaimPeriod] = []
    /// A ranking whose sentence writes no period: the article's main period is a reading too.
    public var rankPeriodUnwritten = false
    /// "China's exports to the United States fell 13%": the figure is written as the partner's own
    /// flow, which the partner's statistics record; the store's figure for the same trade (the
    /// reporter's mirror flow) differs by valuation, timing and goods routed through third countries,
    /// so a figure it does not bear out is unsure, not wrong.
    public var partnerReported = false
    /// Whether the claim's sentence names its partner (by name, or by a noun that stands for it), rather than the
    /// partner coming from the sentences before.
    public var partnerNamed = false
    /// Whether the article, up to the claim's sentence, says its trade is in goods. Where it never
    /// does, a figure of the reporter's trade with the world may be the headline figure, which
    /// counts services too.
    public var goodsSaid = true
    /// "We have a $500 billion trade deficit with China": a figure without a period, said in the present
    /// tense: a claim about the years just published, whichever of them was meant.
    public var presentTense = false
    /// "Canada bought $318.6 billion of U.S. goods": the verb's own direction, when the reporter's was
    /// read from its subject; a figure that holds only in it may be the flows swapped or the subject
    /// misread: unsure either way.
    public var unsureFlows: [Flow] = []
    /// "verkaufte die Bundesrepublik den Amerikanern Waren für 117,5 Milliarden Dollar, verglichen mit 54,0 Milliarden
    /// Dollar an US-Ausfuhren": the flow was read from a word with another figure between it and this one; a figure
    /// that is exactly the other direction's is then more likely misread than swapped.
    public var flowBorrowed = false
    /// "US exports to China fell to $25.8 billion …, while imports from China dropped 20 per cent": the flow was read
    /// from a word of the figure's own clause, set against an earlier money figure by "while", "but" or the like; that
    /// figure does not lend it its flow.
    public var ownFlowPastContrast = false
    /// "up 1.4 percentage points": a change of the share in points, not a percent change of a value.
    public var sharePoints = false
    /// "Chinas Anteil an den Einfuhren ist um mehr als ein Drittel geschrumpft": a percent change of a share
    /// itself (or, as some write it, its change in points).
    public var shareChange = false
    /// The period is the latest year published, guessed for a figure the article gave before naming any period.
    public var periodGuessed = false
    /// The period is named only roughly ("in the mid-1990s", "Mitte der Neunzigerjahre") and read as one year of it.
    public var periodApproximate = false
    /// "for every dollar the U.S. sold to India it bought back about $1.80": a ratio of the two flows said as dollars
    /// against one dollar, whose sides the sentence names.
    public var perDollar = false
    /// "slipped for a second straight year", "zum dritten Mal in Folge": the number of periods in a row,
    /// ending with the claim's period, in each of which the flow moved in `trendDirection`.
    public var streak = 0
    /// "every year since 2008", "for the first time since 2002": a condition over a run of years.
    public var conditionRun: ConditionRun?
}

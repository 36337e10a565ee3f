import Foundation
import TradeModel

/// Finds the numeric trade claims in an article: splits it into sentences, finds figures,
/// countries, flows and periods in each, and carries countries, flows and periods over from
/// earlier sentences where a sentence leaves them out, as a reader would.
///
/// Each sentence goes through four stages, each a type of its own:
/// 1. ``SentenceFacts``: tokens, figures, countries, periods, rankings and lexicon cues, read once;
/// 2. ``ClauseReader``: who the sentence is about (``Parties``) and each figure's clause, flow,
///    period and product;
/// 3. one rule per kind of claim: figures (values, changes, shares, compositions, comparisons),
///    records, rankings, and claims without a figure (trends, small shares, main products);
/// 4. ``Discourse``: what the sentence established for the sentences after it.
public struct ClaimFinder: Sendable {
    let countries: CountryMatcher
    let catalog: CountryCatalog

    /// What the lexicon said about words seen before, shared by all checks.
    private let wordCache = WordCache()

    /// The reporter whose statistics the store holds; named or not, articles about its trade mean it.
    public var homeReporter = "USA"

    public init(catalog: CountryCatalog = .bundled) {
        self.catalog = catalog
        self.countries = CountryMatcher(catalog: catalog)
    }

    /// The claims of an article.
    /// - Parameters:
    ///   - language: the article's language (see ``LanguageDetector``).
    ///   - date: the publication date, for "last year", "im Vorjahr", "last month", "im April".
    public func claims(in text: String, language: Language, date: PublicationDate?) -> [FoundClaim] {
        let figures = FigureExtractor(language: language)
        let periods = PeriodFinder(date: date)
        var discourse = Discourse()
        var lexicon = wordCache.snapshot()
        var result: [FoundClaim] = []
        for sentence in SentenceSplitter().split(text) {
            let facts = SentenceFacts(
                sentence, figures: figures, periods: periods, countries: countries, homeReporter: homeReporter,
                lexicon: &lexicon)
            result += claims(in: facts, periods: periods, discourse: &discourse)
        }
        wordCache.merge(lexicon)
        for index in result.indices { result[index].publicationDate = date }
        return result
    }

    /// The claims of one sentence, read in the discourse of the sentences before it.
    func claims(in facts: SentenceFacts, periods: PeriodFinder, discourse: inout Discourse) -> [FoundClaim] {
        discourse.sentencesSinceTrade += 1
        defer {
            // The last country named, in any sentence, for "aus dem südostasiatischen Land" next.
            if let last = facts.mentions.last(where: { $0.code != homeReporter && $0.code.count == 3 }) {
                discourse.lastNamedCountry = last.code
            }
        }
        // "Auch Vietnam legt zu. Die Importe aus dem südostasiatischen Land …": a country referred to
        // by a noun is the one named last.
        if let named = discourse.lastNamedCountry, Lexicon.refersBackToCountry(facts.words),
            !facts.mentions.contains(where: { $0.code != homeReporter })
        {
            discourse.partner = named
        }
        var parties = Parties(facts, homeReporter: homeReporter)
        parties.complete(from: discourse, homeReporter: homeReporter)
        let reader = ClauseReader(
            facts, parties: parties, discourse: discourse, periods: periods, homeReporter: homeReporter)
        guard discourse.admits(reader) else { return [] }
        var found = SentenceClaims()
        reader.figureClaims(into: &found)
        reader.recordClaims(into: &found)
        reader.rankClaims(into: &found)
        reader.partnerComparisonClaims(into: &found)
        if facts.figures.isEmpty {
            reader.trendClaims(into: &found)
            reader.smallShareClaims(into: &found)
            reader.mainProductClaims(into: &found)
        }
        discourse.remember(reader, found: found)
        return found.claims
    }
}

import TradeModel

/// The frame one money figure was read in, for "… respectively" in the next sentence.
struct FigureFrame {
    var flow: Flow?
    var partner: String?
    var period: ClaimPeriod?
}

/// Stage 4 of finding claims: what earlier sentences established, and the rules for what carries
/// over to the next sentence.
struct Discourse {
    var partner: String?
    var reporter: String?
    var flow: Flow?
    var period: ClaimPeriod?
    var sentencesSinceShare = 99
    /// Whether the article last spoke of a deficit (not a surplus).
    var deficit = false
    var sentencesSinceTrade = 99
    /// The product the previous sentence was about, for "It accounted for 28% of …".
    var product: String?
    /// The frames of the previous sentence's money figures, for "… respectively".
    var lastFrames: [FigureFrame] = []

    /// Whether a sentence is about trade: it names a flow or a ranking, continues the trade topic of
    /// the sentences just before, or names a product while a partner is established.
    func admits(_ reader: ClauseReader) -> Bool {
        let facts = reader.facts
        let productContext = !facts.cues.products.isEmpty && partner != nil && sentencesSinceTrade <= 4
        guard reader.hasTradeWord || reader.continues || productContext else { return false }
        // A sentence about other countries with no figure and no trade word: the topic has moved on.
        return reader.hasTradeWord || facts.mentions.isEmpty || !facts.figures.isEmpty
    }

    /// Remembers what a sentence established: its partner and reporter, the flow and period it
    /// claimed (or named), its product, its figures' frames, and whether it spoke of a deficit.
    mutating func remember(_ reader: ClauseReader, found: SentenceClaims) {
        let parties = reader.parties
        let cues = reader.cues
        if let sentencePartner = parties.partner,
            !parties.others.isEmpty || sentencePartner == "WORLD" || partner == nil
        {
            partner = sentencePartner
        }
        if parties.reporter != reader.homeReporter || parties.namesHome || !parties.others.isEmpty {
            reporter = parties.reporter
        }
        if let claimed = found.claimedFlow ?? cues.flows.first?.flow { flow = claimed }
        // "The agreement took effect in July 2020": a date in a sentence without a trade figure is an
        // event, not the period the next sentences speak of.
        if let first = reader.ownYear, !found.claims.isEmpty || reader.hasTradeWord && !reader.figures.isEmpty {
            period = .single(first)
        } else if let claimed = found.claimedPeriod {
            period = claimed
        }
        product = cues.products.first(where: { !$0.listed })?.code
        if !found.frames.isEmpty { lastFrames = found.frames }
        sentencesSinceShare += 1
        if found.percentKind == .share { sentencesSinceShare = 0 }
        if cues.deficit { deficit = true } else if cues.surplus { deficit = false }
        if reader.hasTradeWord { sentencesSinceTrade = 0 }
    }
}

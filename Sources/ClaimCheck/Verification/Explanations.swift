import Foundation
import TradeModel
import TradeStore

/// The sentences that explain verdicts, in the article's language and number conventions.
struct Explanations {
    let language: Language
    let countries: CountryCatalog

    private var de: Bool { language == .de }

    func money(_ value: Int64) -> String { MoneyFormat.human(value, language) }

    private func name(_ code: String?) -> String {
        guard let code else { return "?" }
        // ("U.S. trade with Canada and Mexico went from …": countries added up.)
        if let parts = ClaimChecker.partnerParts(code) { return listed(parts.map { name($0) }) }
        // ("U.S. imports from the world", not "from World"; German has its own forms, "in die Welt".)
        if code == "WORLD", !de { return "the world" }
        let plain = countries.country(code: code)?.name(language) ?? code
        return de ? plain : EnglishCountryNames.withArticle(code, plain)
    }

    /// A country name opening a sentence ("The Netherlands accounted for …").
    private func subjectName(_ code: String?) -> String {
        let named = name(code)
        return named.prefix(1).uppercased() + named.dropFirst()
    }

    /// A German country name after "aus", "mit", "von" ("der Schweiz"); the plain name in English.
    private func dative(_ code: String?) -> String {
        guard de, let code else { return name(code) }
        return GermanCountryNames.dative(code, name(code))
    }

    /// "nach China", "in die Schweiz"; English never asks for it.
    private func destination(_ code: String?) -> String {
        guard let code else { return "nach ?" }
        return GermanCountryNames.destination(code, name(code))
    }

    /// A German country name as a subject ("die Schweiz"); the plain name in English.
    private func nominative(_ code: String?) -> String {
        guard de, let code else { return name(code) }
        return GermanCountryNames.nominative(code, name(code))
    }

    private func periodWords(_ period: Period) -> String {
        switch period {
        case .year(let year): return String(year)
        case .month(let year, let month): return "\(MonthNames.full(language)[month - 1]) \(year)"
        }
    }

    private func flowWords(_ flow: Flow, _ partner: String?) -> String {
        let other = name(partner)
        switch (flow, de) {
        case (.exports, false): return "U.S. exports to \(other)"
        case (.imports, false): return "U.S. imports from \(other)"
        case (.total, false): return "U.S. trade with \(other)"
        case (.balance, false): return "the U.S. trade balance with \(other)"
        case (.exports, true): return "die US-Exporte \(destination(partner))"
        case (.imports, true): return "die US-Importe aus \(dative(partner))"
        case (.total, true): return "der Handel der USA mit \(dative(partner))"
        case (.balance, true): return "die US-Handelsbilanz mit \(dative(partner))"
        }
    }

    /// German genitive of a flow ("der Höchstwert des Handels der USA mit Russland"); English as `flowWords`.
    private func flowGenitive(_ flow: Flow, _ partner: String?) -> String {
        guard de else { return flowWords(flow, partner) }
        switch flow {
        case .exports: return "der US-Exporte \(destination(partner))"
        case .imports: return "der US-Importe aus \(dative(partner))"
        case .total: return "des Handels der USA mit \(dative(partner))"
        case .balance: return "der US-Handelsbilanz mit \(dative(partner))"
        }
    }

    /// "veränderte" or "veränderten": a German verb agreeing with a flow's grammatical number.
    private func agreeing(_ verb: String, _ flow: Flow) -> String {
        de && flow.isStored ? verb + "n" : verb
    }

    private func source(_ coverage: Coverage) -> String {
        let citation = coverage.sources.map(\.citation).joined(separator: "; ")
        return de ? "Quelle: \(citation); Daten \(coverage.range)." : "Source: \(citation); data \(coverage.range)."
    }

    private func verdictLead(_ verdict: Verdict) -> String {
        switch (verdict, de) {
        case (.supported, false): return "Supported."
        case (.inaccurate, false): return "Inaccurate."
        case (.contradicted, false): return "Contradicted."
        case (.unverifiable, false): return "Unverifiable."
        case (.supported, true): return "Belegt."
        case (.inaccurate, true): return "Ungenau."
        case (.contradicted, true): return "Widerlegt."
        case (.unverifiable, true): return "Nicht überprüfbar."
        }
    }

    // MARK: Unverifiable

    func noData(_ error: StoreError) -> String {
        let detail = error.errorDescription ?? "\(error)"
        return de
            ? "Nicht überprüfbar: Der Datenbestand deckt das nicht ab. \(detail)"
            : "Unverifiable: the store does not cover this. \(detail)"
    }

    func missing(_ detail: String) -> String {
        de ? "Nicht überprüfbar: \(detail)" : "Unverifiable: \(detail)"
    }

    var euro: String {
        de
            ? "Nicht überprüfbar: Die Angabe ist in Euro; der Datenbestand enthält US-Dollar, und der Text nennt keinen Umrechnungskurs."
            : "Unverifiable: the figure is in euros; the store holds U.S. dollars and the text gives no conversion."
    }

    func reporterMissing(_ reporter: String?) -> String {
        de
            ? "Nicht überprüfbar: Der Datenbestand enthält nur von den USA gemeldete Handelsdaten, keine Meldungen von \(name(reporter))."
            : "Unverifiable: the store holds U.S.-reported trade only, nothing reported by \(name(reporter))."
    }

    var periodMissing: String {
        de
            ? "Nicht überprüfbar: Der Zeitraum der Angabe lässt sich nicht eindeutig bestimmen."
            : "Unverifiable: the claim's period cannot be resolved to one query."
    }

    var partnerMissing: String {
        de
            ? "Nicht überprüfbar: Der Handelspartner lässt sich nicht bestimmen."
            : "Unverifiable: the claim names no trade partner that can be resolved."
    }

    var noExportDetail: String {
        de
            ? "Nicht überprüfbar: Der Datenbestand hat Warengruppen (HS) nur für US-Importe 2023–2024, nicht für Exporte."
            : "Unverifiable: the store has product (HS) detail only for U.S. imports in 2023–2024, not for exports."
    }

    func noValue(_ flow: Flow, _ period: Period, _ coverage: Coverage) -> String {
        de
            ? "Nicht überprüfbar: keine Daten für diese Handelsrichtung \(periodPhrase(period)); Daten \(coverage.range)."
            : "Unverifiable: no data for that flow in \(periodWords(period)); data \(coverage.range)."
    }

    func incomplete(_ value: PeriodValue, _ coverage: Coverage) -> String {
        let partial = value.partialLabel(language) ?? value.period.description
        return de
            ? "Nicht überprüfbar: Für \(value.period) liegen nur Daten für \(partial) vor, keine Jahressumme. \(source(coverage))"
            : "Unverifiable: \(value.period) has data for \(partial) only, not a full year. \(source(coverage))"
    }

    func afterCoverage(_ period: Period, _ coverage: Coverage) -> String {
        de
            ? "Nicht überprüfbar: \(periodWords(period)) liegt nach dem Ende der Daten (\(coverage.range))."
            : "Unverifiable: \(periodWords(period)) is after the last data (\(coverage.range))."
    }

    // MARK: Values

    func value(
        claim: FoundClaim, official: Int64, period: Period, coverage: Coverage, verdict: Verdict, hint: String?
    ) -> String {
        var subject = flowWords(claim.flow, claim.partner)
        if claim.product != .total {
            subject += de ? " (HS \(hs(claim.product.code)))" : " (HS \(hs(claim.product.code)))"
        }
        let statement =
            de
            ? "Laut amtlicher Statistik betrug\(claim.flow.isStored ? "en" : "") \(subject) \(periodPhrase(period)) \(money(official))."
            : "Officially, \(subject) \(claim.flow.isStored ? "were" : "was") \(money(official)) in \(periodWords(period))."
        var parts = [verdictLead(verdict), capitalized(statement)]
        if let hint { parts.append(hint) }
        parts.append(source(coverage))
        return parts.joined(separator: " ")
    }

    private func periodPhrase(_ period: Period) -> String {
        switch period {
        case .year(let year): return "im Jahr \(year)"
        case .month: return "im \(periodWords(period))"
        }
    }

    private func capitalized(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    func factor(_ exponent: Int, official: Int64, period: Period) -> String {
        let factor = MoneyFormat.grouped(Int64(pow(10, Double(abs(exponent)))), language)
        let direction = exponent > 0 ? (de ? "zu hoch" : "too high") : (de ? "zu niedrig" : "too low")
        return de
            ? "Wahrscheinlich um den Faktor \(factor) \(direction) (Milliarden statt Millionen oder ein verrutschtes Komma): der amtliche Wert für \(periodWords(period)) ist \(money(official))."
            : "Off by a factor of \(factor) (\(direction); billions for millions or a slipped decimal): the official \(periodWords(period)) figure is \(money(official))."
    }

    /// A balance of the right size and the wrong sign: a surplus called a deficit, or the other way round.
    func wrongSign(official: Int64, period: Period) -> String {
        let surplus = official > 0
        return de
            ? "Die Größe stimmt, das Vorzeichen nicht: \(periodWords(period)) hatten die USA \(surplus ? "einen Überschuss" : "ein Defizit") von \(money(abs(official))), \(surplus ? "kein Defizit" : "keinen Überschuss")."
            : "The size is right, the sign is not: in \(periodWords(period)) the United States had a \(surplus ? "surplus" : "deficit") of \(money(abs(official))), not a \(surplus ? "deficit" : "surplus")."
    }

    func percentFactor(_ exponent: Int) -> String {
        let factor = MoneyFormat.grouped(Int64(pow(10, Double(abs(exponent)))), language)
        return de
            ? "Um den Faktor \(factor) daneben: wahrscheinlich ein verrutschtes Komma."
            : "Off by a factor of \(factor): probably a slipped decimal point."
    }

    func revision(_ vintage: String?) -> String {
        let release = vintage.map { de ? " (Stand \($0))" : " (release \($0))" } ?? ""
        return de
            ? "Eine so kleine Abweichung stammt oft aus einer früheren Veröffentlichung: die Statistik wird jedes Jahr revidiert; hier gilt die neueste\(release)."
            : "A gap this small often comes from an earlier release: the statistics are revised every year; this is the newest\(release)."
    }

    func swappedInList(_ other: String) -> String {
        de
            ? "Das ist der Wert für \(name(other)): Die Reihenfolge der Aufzählung ist vertauscht."
            : "This is the figure for \(name(other)): the list's order is swapped."
    }

    func monthlyNotAnnual(_ month: Period) -> String {
        de
            ? "Das ist der Monatswert für \(periodWords(month)), nicht der Jahreswert."
            : "This is the monthly figure for \(periodWords(month)), not the annual one."
    }

    func annualNotMonthly(_ year: Int) -> String {
        de
            ? "Das ist der Jahreswert \(year), nicht der Monatswert."
            : "This is the annual figure for \(year), not the monthly one."
    }

    func otherFlow(_ flow: Flow) -> String {
        let label: String
        switch (flow, de) {
        case (.exports, false): label = "exports"
        case (.imports, false): label = "imports"
        case (.total, false): label = "total trade"
        case (.balance, false): label = "balance"
        case (.exports, true): label = "der Exporte"
        case (.imports, true): label = "der Importe"
        case (.total, true): label = "des gesamten Handels"
        case (.balance, true): label = "der Handelsbilanz"
        }
        return de
            ? "Die Zahl entspricht dem Wert \(label): Richtung verwechselt?"
            : "The figure matches the \(label) instead: wrong direction?"
    }

    /// The claim matches the partner's own statistics (a mirror figure), not the U.S. figure.
    func mirror(partner: String, flow: Flow, value: Int64, reasons: [MirrorAnswer.Reason]) -> String {
        let side = name(partner)
        let reason = reasons.first.map { " " + $0.text(language) } ?? ""
        switch (flow, de) {
        case (.imports, false):
            return
                "The figure matches what \(side) reports as its exports to the U.S. (\(money(value))): a mirror statistic.\(reason)"
        case (_, false):
            return
                "The figure matches what \(side) reports as its imports from the U.S. (\(money(value))): a mirror statistic.\(reason)"
        case (.imports, true):
            return
                "Die Zahl entspricht den Exporten in die USA, die \(side) selbst meldet (\(money(value))): eine Spiegelstatistik.\(reason)"
        case (_, true):
            return
                "Die Zahl entspricht den Importen aus den USA, die \(side) selbst meldet (\(money(value))): eine Spiegelstatistik.\(reason)"
        }
    }

    func otherPeriod(_ period: Period) -> String {
        de
            ? "Die Zahl passt zum Jahr \(period), nicht zum genannten Jahr."
            : "The figure matches \(period), not the year named."
    }

    // MARK: Other kinds

    /// A run of rises or falls, with each step's change.
    func streak(_ claim: FoundClaim, steps: [(period: Period, percent: Double)], broken: Period?, verdict: Verdict)
        -> String
    {
        let list = steps.map {
            "\(periodWords($0.period)): \(MoneyFormat.percent($0.percent, language, digits: 1, signed: true))"
        }
        .joined(separator: ", ")
        let subject = flowWords(claim.flow, claim.partner)
        let rising = claim.trendDirection > 0
        // ("Die US-Exporte … stiegen", "Die US-Handelsbilanz … stieg": the verb agrees with the flow's noun.)
        let plural = claim.flow == .exports || claim.flow == .imports
        let verb = rising ? (plural ? "stiegen" : "stieg") : (plural ? "sanken" : "sank")
        if let broken {
            return de
                ? "\(verdictLead(verdict)) \(subject.prefix(1).uppercased() + subject.dropFirst()) \(verb) nicht \(steps.count)-mal in Folge; \(periodWords(broken)) brach die Reihe (Veränderung zum Vorzeitraum: \(list))."
                : "\(verdictLead(verdict)) \(subject.prefix(1).uppercased() + subject.dropFirst()) did not \(rising ? "rise" : "fall") \(steps.count) times in a row; \(periodWords(broken)) broke the run (change on the period before: \(list))."
        }
        return de
            ? "\(verdictLead(verdict)) \(subject.prefix(1).uppercased() + subject.dropFirst()) \(verb) \(steps.count)-mal in Folge (Veränderung zum Vorzeitraum: \(list))."
            : "\(verdictLead(verdict)) \(subject.prefix(1).uppercased() + subject.dropFirst()) \(rising ? "rose" : "fell") \(steps.count) times in a row (change on the period before: \(list))."
    }

    /// A condition over a run of years ("a surplus with Brazil every year since 2008", "more from Mexico
    /// than from China for the first time since 2002"): the years it held or broke.
    /// A run read with the earlier years whole, set against the months of the year published so far.
    var earlierYearsWhole: String {
        de
            ? "(Die früheren Jahre als ganze Jahre gerechnet; mit denselben Monaten früherer Jahre gilt es nicht.)"
            : "(The earlier years taken whole; against the same months of earlier years it does not hold.)"
    }

    func conditionRun(
        _ claim: FoundClaim, partner: String, period: ClaimPeriod, exceptions: [ClaimPeriod],
        lastBefore: ClaimPeriod?, verdict: Verdict, coverage: Coverage?
    ) -> String {
        guard let run = claim.conditionRun else { return periodMissing }
        // The condition as a verb and the rest of its clause, so German can put a time first ("In jedem Jahr
        // 2008–2024 hatten die USA …").
        let (verb, rest) = runCondition(claim, partner: partner)
        let list = { (periods: [ClaimPeriod]) in periods.map(claimPeriodWords).joined(separator: ", ") }
        let now = claimPeriodWords(period)
        let year = run.year.map(String.init) ?? ""
        let statement: String
        switch (run.kind, de) {
        case (.everySince, _):
            let span = "\(year)–\(period.last.year)"
            statement =
                exceptions.isEmpty
                ? (de
                    ? "Amtlich: In jedem Jahr \(span) \(verb) \(rest)."
                    : "Officially, \(verb) \(rest) in every year \(span).")
                : (de
                    ? "Amtlich: Nicht in jedem Jahr \(span) \(verb) \(rest); nicht in \(list(exceptions))."
                    : "Officially, \(verb) \(rest) not in every year \(span); not in \(list(exceptions)).")
        case (.lastTime, _) where !exceptions.isEmpty:
            statement =
                de
                ? "Amtlich: Auch nach \(year) \(verb) \(rest), in \(list(exceptions))."
                : "Officially, \(verb) \(rest) after \(year) too, in \(list(exceptions))."
        case (.lastTime, _) where verdict == .supported:
            statement =
                de
                ? "Amtlich: Zuletzt \(verb) \(rest) \(year), seither (bis \(now)) nicht mehr."
                : "Officially, \(verb) \(rest) in \(year) and not since (through \(now))."
        case (.lastTime, _):
            statement = de ? "Amtlich trifft das für \(year) nicht zu." : "Officially, \(verb) \(rest) not in \(year)."
        case (.firstSince, _) where !exceptions.isEmpty:
            statement = de ? "Amtlich trifft das für \(now) nicht zu." : "Officially, \(verb) \(rest) not in \(now)."
        case (.firstSince, _):
            let before: String
            if let lastBefore {
                before =
                    de
                    ? "; davor zuletzt \(claimPeriodWords(lastBefore))"
                    : "; the time before was \(claimPeriodWords(lastBefore))"
            } else if verdict == .contradicted, run.year != nil {
                before =
                    de
                    ? ", aber weder \(year) noch in den Jahren danach"
                    : ", but neither in \(year) nor in the years between"
            } else {
                before =
                    de
                    ? ", und in keinem der Jahre davor, die der Datenbestand enthält"
                    : ", and in none of the years before that the store holds"
            }
            statement =
                de ? "Amtlich: \(now) \(verb) \(rest)\(before)." : "Officially, \(verb) \(rest) in \(now)\(before)."
        }
        let sourced = coverage.map { [source($0)] } ?? []
        return ([verdictLead(verdict), statement] + sourced).joined(separator: " ")
    }

    /// A run's condition as (English) its subject and verb and the rest, or (German) its verb and the rest:
    /// ("the U.S. had", "a goods surplus with Brazil"), ("hatten", "die USA im Handel mit Brasilien einen
    /// Überschuss"), ("were", …) for one partner's flow against another's.
    private func runCondition(_ claim: FoundClaim, partner: String) -> (String, String) {
        guard let other = claim.comparedPartner else {
            let surplus = claim.comparisonDirection > 0
            return de
                ? ("hatten", "die USA im Handel mit \(dative(partner)) \(surplus ? "einen Überschuss" : "ein Defizit")")
                : ("the U.S. had", "a goods \(surplus ? "surplus" : "deficit") with \(name(partner))")
        }
        let larger = claim.comparisonDirection > 0
        let otherSide: String
        switch (claim.flow, de) {
        case (.exports, false): otherSide = "to \(name(other))"
        case (.imports, false): otherSide = "from \(name(other))"
        case (_, false): otherSide = "with \(name(other))"
        case (.exports, true): otherSide = destination(other)
        case (.imports, true): otherSide = "aus \(dative(other))"
        case (_, true): otherSide = "mit \(dative(other))"
        }
        return de
            ? (
                claim.flow.isStored ? "waren" : "war",
                "\(flowWords(claim.flow, partner)) \(larger ? "größer" : "kleiner") als \(otherSide)"
            )
            : (
                "\(flowWords(claim.flow, partner)) \(claim.flow.isStored ? "were" : "was")",
                "\(larger ? "larger" : "smaller") than \(otherSide)"
            )
    }

    /// " (HS 02)" after the flow of a claim about one chapter's goods; nothing for all goods.
    private func goods(_ claim: FoundClaim) -> String {
        claim.product == .total ? "" : " (HS \(hs(claim.product.code)))"
    }

    func change(claim: FoundClaim, answer: ChangeAnswer, verdict: Verdict) -> String {
        let from = answer.from.value.map(money) ?? "–", to = answer.to.value.map(money) ?? "–"
        let change = changeWords(claim, start: answer.from.value, end: answer.to.value, percent: answer.percent)
        let statement =
            de
            ? "Amtlich \(agreeing("veränderte", claim.flow)) sich \(flowWords(claim.flow, claim.partner))\(goods(claim)) von \(from) (\(answer.from.period)) auf \(to) (\(answer.to.period)), \(change)."
            : "Officially, \(flowWords(claim.flow, claim.partner))\(goods(claim)) went from \(from) (\(answer.from.period)) to \(to) (\(answer.to.period)), \(change)."
        return [verdictLead(verdict), statement, source(answer.coverage)].joined(separator: " ")
    }

    func share(claim: FoundClaim, answer: ShareAnswer, verdict: Verdict) -> String {
        let percent = answer.percent.map { MoneyFormat.percent($0, language, digits: 2) } ?? "–"
        let statement =
            de
            ? "Der Anteil von \(dative(claim.partner)) \(allTrade(claim.flow)) \(periodPhrase(answer.value.period)) betrug \(percent)."
            : "\(subjectName(claim.partner)) accounted for \(percent) of \(allTrade(claim.flow)) in \(periodWords(answer.value.period))."
        return [verdictLead(verdict), statement, source(answer.coverage)].joined(separator: " ")
    }

    /// A small share checked against the world total of an earlier period, the store not holding the
    /// claim's own: "Russia's 45.1 mn USD in February 2025 are 0.03% of the 170.2 bn USD of U.S. exports in
    /// February 2024 (the store holds no world total for February 2025)".
    func smallShareEstimate(
        claim: FoundClaim, percent: Double, part: Int64, period: Period, whole: Int64, wholePeriod: Period,
        coverage: Coverage
    ) -> String {
        let share = MoneyFormat.percent(percent, language, digits: 2)
        let statement =
            de
            ? "\(periodPhrase(period).prefix(1).uppercased() + periodPhrase(period).dropFirst()) betrugen \(flowWords(claim.flow, claim.partner)) \(money(part)); gemessen \(allTrade(claim.flow)) \(periodPhrase(wholePeriod)) (\(money(whole))) sind das \(share). Für \(periodWords(period)) enthält der Datenbestand keine Gesamtsumme, aber auch bei deutlich anderer Summe bleibt es ein Bruchteil."
            : "\(flowWords(claim.flow, claim.partner).prefix(1).uppercased() + flowWords(claim.flow, claim.partner).dropFirst()) were \(money(part)) in \(periodWords(period)), \(share) of \(allTrade(claim.flow)) in \(periodWords(wholePeriod)) (\(money(whole))); the store holds no world total for \(periodWords(period)), but no plausible total makes this more than a fraction."
        return [verdictLead(.supported), statement, source(coverage)].joined(separator: " ")
    }

    /// Several partners added up: "U.S. exports to Canada and Mexico together were …", "Kanada und
    /// Mexiko hatten zusammen einen Anteil von …".
    func partnerSum(
        claim: FoundClaim, value: Int64, whole: Int64?, percent: Double?, period: ClaimPeriod, coverage: Coverage,
        verdict: Verdict
    ) -> String {
        let joined = listed(claim.partnerSum.map { name($0) })
        let statement: String
        if let whole, let percent {
            let share = MoneyFormat.percent(percent, language, digits: 2)
            statement =
                de
                ? "\(joined) hatten \(claimPeriodPhrase(period)) zusammen einen Anteil von \(share) \(claim.shareWhole.map { "am Wert \(flowGenitive(claim.flow, $0))" } ?? allTrade(claim.flow)) (\(money(value)) von \(money(whole)))."
                : "\(joined) together accounted for \(share) of \(claim.shareWhole.map { flowWords(claim.flow, $0) } ?? allTrade(claim.flow)) in \(claimPeriodWords(period)) (\(money(value)) of \(money(whole)))."
        } else {
            statement =
                de
                ? "Laut amtlicher Statistik \(claim.flow.isStored ? "betrugen" : "betrug") \(flowWords(claim.flow, nil).replacingOccurrences(of: "?", with: joined)) zusammen \(claimPeriodPhrase(period)) \(money(value))."
                : "Officially, \(flowWords(claim.flow, nil).replacingOccurrences(of: "?", with: joined)) together \(claim.flow.isStored ? "were" : "was") \(money(value)) in \(claimPeriodWords(period))."
        }
        return [verdictLead(verdict), statement, source(coverage)].joined(separator: " ")
    }

    func shareOfWhole(
        claim: FoundClaim, whole: String, percent: Double, part: Int64, of total: Int64, period: ClaimPeriod,
        wholePeriod: ClaimPeriod? = nil, coverage: Coverage, verdict: Verdict
    ) -> String {
        let share = MoneyFormat.percent(percent, language, digits: 2)
        if let wholePeriod {
            let subject = flowWords(claim.flow, claim.partner)
            let statement =
                de
                ? "\(capitalized(subject)) betrugen \(claimPeriodPhrase(period)) \(share) des Werts von \(claimPeriodWords(wholePeriod)) (\(money(part)) gegenüber \(money(total)))."
                : "\(capitalized(subject)) in \(claimPeriodWords(period)) were \(share) of their value in \(claimPeriodWords(wholePeriod)) (\(money(part)) against \(money(total)))."
            return [verdictLead(verdict), statement, source(coverage)].joined(separator: " ")
        }
        if whole != "WORLD", whole.count == 3, let partner = claim.partner, partner != whole, partner != "WORLD" {
            // "less than a quarter of the deficit with Germany": one partner's figure against another's.
            let subject = flowWords(claim.flow, partner)
            let statement =
                de
                ? "Laut amtlicher Statistik \(claim.flow.isStored ? "betrugen" : "betrug") \(subject) \(claimPeriodPhrase(period)) \(share) des Werts mit \(dative(whole)) (\(money(part)) gegenüber \(money(total)))."
                : "Officially, \(subject) in \(claimPeriodWords(period)) \(claim.flow.isStored ? "were" : "was") \(share) of the figure for \(name(whole)) (\(money(part)) against \(money(total)))."
            return [verdictLead(verdict), statement, source(coverage)].joined(separator: " ")
        }
        let wholeWords = whole == "WORLD" ? allTrade(claim.flow) : flowGenitive(claim.flow, whole)
        let statement =
            de
            ? "\(nominative(claim.partner).capitalizedFirst) hatte \(claimPeriodPhrase(period)) einen Anteil von \(share) \(wholeWords) (\(money(part)) von \(money(total)))."
            : "\(subjectName(claim.partner)) accounted for \(share) of \(wholeWords) in \(claimPeriodWords(period)) (\(money(part)) of \(money(total)))."
        return [verdictLead(verdict), statement, source(coverage)].joined(separator: " ")
    }

    /// "der gesamten US-Importe", "all U.S. imports": the world as a share's whole.
    private func allTrade(_ flow: Flow) -> String {
        switch (flow, de) {
        case (.exports, true): return "an den gesamten US-Exporten"
        case (.imports, true): return "an den gesamten US-Importen"
        case (.total, true): return "am gesamten US-Handel"
        case (.balance, true): return "an der gesamten US-Handelsbilanz"
        case (.exports, false): return "all U.S. exports"
        case (.imports, false): return "all U.S. imports"
        case (.total, false): return "all U.S. trade"
        case (.balance, false): return "the overall U.S. trade balance"
        }
    }

    private func claimPeriodPhrase(_ period: ClaimPeriod) -> String {
        if case .single(let single) = period { return periodPhrase(single) }
        return claimPeriodWords(period)
    }

    func productShare(
        claim: FoundClaim, percent: Double, part: Int64, whole: Int64, period: ClaimPeriod, coverage: Coverage,
        verdict: Verdict
    ) -> String {
        let product = claim.productSum.count > 1 ? claim.productSum.joined(separator: " + ") : hs(claim.product.code)
        let statement =
            de
            ? "HS \(product) \(claim.productSum.count > 1 ? "machten" : "machte") \(claimPeriodPhrase(period)) \(MoneyFormat.percent(percent, language)) der US-Importe aus \(dative(claim.partner)) aus (\(money(part)) von \(money(whole)))."
            : "HS \(product) made up \(MoneyFormat.percent(percent, language)) of U.S. imports from \(name(claim.partner)) in \(claimPeriodWords(period)) (\(money(part)) of \(money(whole)))."
        return [verdictLead(verdict), statement, source(coverage)].joined(separator: " ")
    }

    func sharePoints(
        claim: FoundClaim, from: Double, to: Double, period: ClaimPeriod, coverage: Coverage, verdict: Verdict
    ) -> String {
        let whole = shareWhole(claim)
        let change = pointsWords(from: from, to: to)
        let statement =
            de
            ? "Der Anteil von \(whole) veränderte sich \(claimPeriodPhrase(period)) von \(MoneyFormat.percent(from, language)) auf \(MoneyFormat.percent(to, language)), um \(change) Prozentpunkte."
            : "The share of \(whole) went from \(MoneyFormat.percent(from, language)) to \(MoneyFormat.percent(to, language)) in \(claimPeriodWords(period)), a change of \(change) percentage points."
        return [verdictLead(verdict), statement, source(coverage)].joined(separator: " ")
    }

    /// What a share is of: a product's part of the imports from the partner, or the partner's part of the
    /// reporter's trade with the world.
    private func shareWhole(_ claim: FoundClaim) -> String {
        if claim.product != .total {
            return de
                ? "HS \(hs(claim.product.code)) an den US-Importen aus \(dative(claim.partner))"
                : "HS \(hs(claim.product.code)) in U.S. imports from \(name(claim.partner))"
        }
        return de
            ? "\(dative(claim.partner)) \(allTrade(claim.flow))" : "\(name(claim.partner)) in \(allTrade(claim.flow))"
    }

    /// A change of a share in percentage points, the number alone ("−7,8").
    private func pointsWords(from: Double, to: Double) -> String {
        MoneyFormat.percent(to - from, language).replacingOccurrences(of: "%", with: "")
            .trimmingCharacters(in: .whitespaces)
    }

    /// A share's own change: from, to, the percent change and the change in points.
    func shareChange(
        claim: FoundClaim, from: Double, to: Double, relative: Double, period: ClaimPeriod, coverage: Coverage,
        verdict: Verdict
    ) -> String {
        let whole = shareWhole(claim)
        let points = pointsWords(from: from, to: to)
        let percent = MoneyFormat.percent(relative, language)
        let statement =
            de
            ? "Der Anteil von \(whole) veränderte sich \(claimPeriodPhrase(period)) von \(MoneyFormat.percent(from, language)) auf \(MoneyFormat.percent(to, language)), also um \(percent) (\(points) Prozentpunkte)."
            : "The share of \(whole) went from \(MoneyFormat.percent(from, language)) to \(MoneyFormat.percent(to, language)) in \(claimPeriodWords(period)), a change of \(percent) (\(points) percentage points)."
        return [verdictLead(verdict), statement, source(coverage)].joined(separator: " ")
    }

    func shareOfProduct(
        claim: FoundClaim, percent: Double, part: Int64, whole: Int64, period: ClaimPeriod, coverage: Coverage,
        verdict: Verdict
    ) -> String {
        let statement =
            de
            ? "\(nominative(claim.partner).capitalizedFirst) lieferte \(claimPeriodPhrase(period)) \(MoneyFormat.percent(percent, language)) der US-Importe von Waren des HS-Kapitels \(claim.product.code) (\(money(part)) von \(money(whole)))."
            : "\(subjectName(claim.partner)) supplied \(MoneyFormat.percent(percent, language)) of U.S. imports of HS \(hs(claim.product.code)) goods in \(claimPeriodWords(period)) (\(money(part)) of \(money(whole)))."
        return [verdictLead(verdict), statement, source(coverage)].joined(separator: " ")
    }

    func peak(claim: FoundClaim, answer: PeakAnswer, verdict: Verdict, hint: String? = nil) -> String {
        let value = answer.peak.value.map(money) ?? "–"
        let kind = de ? (answer.lowest ? "Tiefstwert" : "Höchstwert") : (answer.lowest ? "lowest point" : "peak")
        let statement =
            de
            ? "Der \(kind) \(flowGenitive(claim.flow, claim.partner)) im Datenbestand ist \(periodWords(answer.peak.period)) mit \(value)."
            : "The \(kind) of \(flowWords(claim.flow, claim.partner)) in the data is \(periodWords(answer.peak.period)) at \(value)."
        return ([verdictLead(verdict), statement] + (hint.map { [$0] } ?? []) + [source(answer.coverage)])
            .joined(separator: " ")
    }

    var rankPeriod: String {
        de
            ? "Nicht überprüfbar: Ranglisten prüft tradecheck für ganze Jahre; der Zeitraum der Angabe ist ein Monat oder Teil eines Jahres oder nicht bestimmbar."
            : "Unverifiable: tradecheck checks rankings for whole years; the claim's period is a month, part of a year or cannot be resolved."
    }

    func rank(
        claim: FoundClaim, answer: RankingAnswer, actual: Int?, rankedIsGroup: Bool, verdict: Verdict,
        periodLabel: String? = nil, farOff: Bool = false
    ) -> String {
        let when = periodLabel ?? answer.period.description
        var parts = [verdictLead(verdict)]
        if rankedIsGroup {
            parts.append(
                de
                    ? "\(name(claim.rankedCountry)) ist eine Ländergruppe, kein Land; Ranglisten zählen nur Länder."
                    : "\(subjectName(claim.rankedCountry)) is a group of countries, not a country; rankings count countries only."
            )
        }
        let product = claim.product == .total ? "" : " (HS \(hs(claim.product.code)))"
        let measure: String
        switch (claim.flow, claim.rankBySurplus, de) {
        case (.exports, _, false): measure = "U.S. export markets\(product)"
        case (.imports, _, false): measure = "suppliers of U.S. imports\(product)"
        case (.balance, false, false): measure = "U.S. trade deficits"
        case (.balance, true, false): measure = "U.S. trade surpluses"
        case (_, _, false): measure = "U.S. trading partners (exports plus imports)"
        case (.exports, _, true): measure = "Abnehmern von US-Exporten\(product)"
        case (.imports, _, true): measure = "Lieferländern der USA\(product)"
        case (.balance, false, true): measure = "Ländern, mit denen die USA ein Defizit haben,"
        case (.balance, true, true): measure = "Ländern, mit denen die USA einen Überschuss haben,"
        case (_, _, true): measure = "Handelspartnern der USA (Exporte plus Importe)"
        }
        let ranking = claim.rankRegion.map { measure + " " + regionWords($0) } ?? measure
        let country = name(claim.rankedCountry)
        let value = actual.map { answer.items[$0 - 1].value.value.map(money) ?? "–" } ?? "–"
        if let actual {
            parts.append(
                de
                    ? "Unter den \(ranking) lag \(nominative(claim.rankedCountry)) \(when) auf Platz \(actual) (\(value))."
                    : "Among \(ranking), \(country) ranked \(ordinal(actual)) in \(when) (\(value))."
            )
        } else {
            parts.append(
                de
                    ? "Unter den \(ranking) \(when) kommt \(country) in der Rangliste nicht vor."
                    : "\(country) does not appear among \(ranking) in \(when)."
            )
        }
        if let first = answer.items.first, first.code != claim.rankedCountry {
            parts.append(
                de
                    ? "Platz 1: \(first.name(language)) (\(first.value.value.map(money) ?? "–"))."
                    : "Number 1: \(first.name(language)) (\(first.value.value.map(money) ?? "–"))."
            )
        }
        if farOff {
            let place = max(claim.rank, 1)
            parts.append(
                de
                    ? "Das ist weit von Platz \(place) entfernt, nicht um ein, zwei Plätze verfehlt; der Satz meint wohl "
                        + "eine andere Rangliste (anderer Warenstrom, andere Ware, anderer Zeitraum oder ein anderes Land "
                        + "des Satzes), daher kein Widerspruch."
                    : "That is far from \(ordinal(place)) place, not a place or two off; the sentence likely ranks "
                        + "something else (another flow, product, period or country of the sentence), so it is not "
                        + "called wrong."
            )
        }
        parts.append(source(answer.coverage))
        return parts.joined(separator: " ")
    }

    /// "in Europe", "in Afrika": the region a ranking is confined to.
    private func regionWords(_ region: String) -> String {
        let names: [String: (en: String, de: String)] = [
            "EUROPE": ("Europe", "Europa"), "AFRICA": ("Africa", "Afrika"), "ASIA": ("Asia", "Asien"),
            "LATIN_AMERICA": ("Latin America", "Lateinamerika"), "SOUTH_AMERICA": ("South America", "Südamerika"),
            "SOUTHEAST_ASIA": ("Southeast Asia", "Südostasien"), "WEST_ASIA": ("the Middle East", "Nahost"),
            "EU": ("the EU", "der EU"),
        ]
        let name = names[region].map { de ? $0.de : $0.en } ?? region
        return "in \(name)"
    }

    private func ordinal(_ n: Int) -> String {
        let suffix: String
        switch (n % 10, n % 100) {
        case (1, let h) where h != 11: suffix = "st"
        case (2, let h) where h != 12: suffix = "nd"
        case (3, let h) where h != 13: suffix = "rd"
        default: suffix = "th"
        }
        return "\(n)\(suffix)"
    }

    /// `label`: the run of months ranked ("Jan–Sep 2024"), where not the answer's year.
    func composition(claim: FoundClaim, answer: RankingAnswer, label: String? = nil, verdict: Verdict) -> String {
        let list = answer.items.map { "\($0.name(language)) (HS \($0.code), \($0.value.value.map(money) ?? "–"))" }
            .joined(separator: "; ")
        let when = label ?? "\(answer.period)"
        let statement =
            de
            ? "Die wichtigsten Warengruppen der US-Importe aus \(dative(claim.partner)) \(when): \(list)."
            : "The main goods of U.S. imports from \(name(claim.partner)) in \(when): \(list)."
        return [verdictLead(verdict), statement, source(answer.coverage)].joined(separator: " ")
    }

    // MARK: Runs of months and publication dates

    private func claimPeriodWords(_ period: ClaimPeriod) -> String {
        switch period {
        case .single(let single): return periodWords(single)
        case .span(let from, let to): return "\(periodWords(from))–\(periodWords(to))"
        case .months(let range): return range.label(language)
        case .rangeSpan(let from, let to): return "\(from.label(language)) → \(to.label(language))"
        }
    }

    func notYetPublished(_ period: ClaimPeriod, date: PublicationDate) -> String {
        let latest = periodWords(date.latestPublishedMonth)
        return de
            ? "Nicht überprüfbar: Am \(date) waren die amtlichen Zahlen für \(claimPeriodWords(period)) noch nicht veröffentlicht (zuletzt \(latest)); die Angabe ist eine Prognose, stammt aus einer anderen Quelle oder meint einen anderen Zeitraum."
            : "Unverifiable: as of \(date) the official figures for \(claimPeriodWords(period)) had not been published (latest: \(latest)); the figure is a forecast, from another source, or about another period."
    }

    func rangeIncomplete(_ answer: RangeAnswer) -> String {
        let have = answer.monthsWithData.count, want = answer.range.months.count
        return de
            ? "Nicht überprüfbar: Für \(answer.range.label(language)) liegen nur \(have) von \(want) Monaten vor. \(source(answer.coverage))"
            : "Unverifiable: \(answer.range.label(language)) has data for \(have) of \(want) months only. \(source(answer.coverage))"
    }

    func rangeValue(claim: FoundClaim, answer: RangeAnswer, verdict: Verdict) -> String {
        var subject = flowWords(claim.flow, claim.partner)
        if claim.product != .total { subject += " (HS \(hs(claim.product.code)))" }
        let label = answer.range.label(language)
        let official = answer.value.map(money) ?? "–"
        let statement =
            de
            ? "Laut amtlicher Statistik betrug\(claim.flow.isStored ? "en" : "") \(subject) von \(label) zusammen \(official) (Summe der Monate)."
            : "Officially, \(subject) \(claim.flow.isStored ? "were" : "was") \(official) in \(label) (sum of the months)."
        return [verdictLead(verdict), capitalized(statement), source(answer.coverage)].joined(separator: " ")
    }

    /// A rise or fall said in words of a figure that officially moved less than 1%.
    func barelyMoved(first: String) -> String {
        de
            ? "Nicht überprüfbar: Amtlich hat sich der Wert kaum verändert (weniger als 1 %); ob er stieg oder sank, entscheiden Revisionen. \(first)"
            : "Unverifiable: officially the figure barely moved (less than 1%); whether it rose or fell turns on revisions. \(first)"
    }

    func rangeChange(claim: FoundClaim, from: RangeAnswer, to: RangeAnswer, percent: Double, verdict: Verdict) -> String
    {
        let change = changeWords(claim, start: from.value, end: to.value, percent: percent)
        let a = from.value.map(money) ?? "–", b = to.value.map(money) ?? "–"
        let statement =
            de
            ? "Amtlich \(agreeing("veränderte", claim.flow)) sich \(flowWords(claim.flow, claim.partner))\(goods(claim)) von \(a) (\(from.range.label(language))) auf \(b) (\(to.range.label(language))), \(change)."
            : "Officially, \(flowWords(claim.flow, claim.partner))\(goods(claim)) went from \(a) (\(from.range.label(language))) to \(b) (\(to.range.label(language))), \(change)."
        return [verdictLead(verdict), statement, source(to.coverage)].joined(separator: " ")
    }

    /// How a value changed, after "von … auf …": "also um +4,6 %", "the deficit widened by 54.1%", with
    /// the multiple for a claim written as one ("das 1,54-Fache").
    private func changeWords(_ claim: FoundClaim, start: Int64?, end: Int64?, percent: Double?) -> String {
        let signed = percent.map { MoneyFormat.percent($0, language, signed: true) } ?? "–"
        var change = de ? "also um \(signed)" : "a change of \(signed)"
        if claim.flow == .balance, let start, let end, start < 0, end < 0,
            let widening = ClaimChecker.percentChange(start, end, flow: .balance)
        {
            // A deficit that grows is a balance that falls: say how the deficit changed.
            let amount = MoneyFormat.percent(abs(widening), language)
            change =
                de
                ? "das Defizit \(widening >= 0 ? "wuchs" : "schrumpfte") also um \(amount)"
                : "the deficit \(widening >= 0 ? "widened" : "narrowed") by \(amount)"
        }
        if claim.unit == .usd, let start, let end {
            // "up $28.3 billion": the change in dollars too (a deficit's in its own size).
            let difference = ClaimChecker.moneyDifference(start, end, flow: claim.flow)
            let amount = (difference >= 0 ? "+" : "−") + money(Int64(abs(difference)))
            change += " (\(amount))"
        }
        if claim.unit == .ratio, let start, let end, start != 0 {
            let times = MoneyFormat.decimal(abs(Double(end)) / abs(Double(start)), digits: 2, language)
            change += de ? " (das \(times)-Fache)" : " (\(times) times the start)"
        }
        return change
    }

    func rangeShare(claim: FoundClaim, part: RangeAnswer, percent: Double, verdict: Verdict) -> String {
        let value = MoneyFormat.percent(percent, language, digits: 2)
        let label = part.range.label(language)
        let statement =
            de
            // (The whole in words made once: "am gesamten US-Handel", "the overall U.S. trade balance".)
            ? "Der Anteil von \(dative(claim.partner)) \(allTrade(claim.flow)) von \(label) betrug \(value)."
            : "\(subjectName(claim.partner)) accounted for \(value) of \(allTrade(claim.flow)) in \(label)."
        return [verdictLead(verdict), statement, source(part.coverage)].joined(separator: " ")
    }

    /// A figure that holds under another reading of its sentence than the first one tried.
    func directionUnsure(
        claim: FoundClaim, reading: Reading, official: Int64, coverage: Coverage, firstOfficial: Int64
    ) -> String {
        let subject = flowWords(reading.flow, reading.partner)
        let first = flowWords(claim.flow, claim.partner)
        let period = claimPeriodWords(reading.period)
        let statement =
            de
            ? "Nicht überprüfbar: Gelesen als \(first) \(period) passt die Angabe nicht (amtlich \(money(firstOfficial))), wohl aber zu \(subject) (amtlich \(money(official))): Entweder sind die Richtungen vertauscht, oder der Satz ist anders gemeint als gelesen."
            : "Unverifiable: read as \(first) in \(period), the figure does not hold (officially \(money(firstOfficial))), but it matches \(subject) (officially \(money(official))): either the directions are swapped or the sentence means other than it was read."
        return [statement, source(coverage)].joined(separator: " ")
    }

    func otherReading(claim: FoundClaim, reading: Reading, official: Int64, coverage: Coverage, firstOfficial: Int64)
        -> String
    {
        var subject = flowWords(reading.flow, reading.partner)
        if claim.product != .total { subject += " (HS \(hs(claim.product.code)))" }
        let first = flowWords(claim.flow, claim.partner)
        let firstPeriod = claim.period.map(claimPeriodWords) ?? "?"
        let statement =
            de
            ? "Gelesen als \(subject) \(claimPeriodWords(reading.period)): amtlich \(money(official)). Der Satz lässt auch eine andere Lesart zu: \(first) \(firstPeriod), amtlich \(money(firstOfficial)); belegt ist die genannte."
            : "Read as \(subject) in \(claimPeriodWords(reading.period)): officially \(money(official)). The sentence also allows \(first) in \(firstPeriod) (officially \(money(firstOfficial))); the sentence allows both, and the figure holds under the one given."
        return [verdictLead(.supported), capitalized(statement), source(coverage)].joined(separator: " ")
    }

    var otherCurrency: String {
        de
            ? "Nicht überprüfbar: Die Angabe ist in einer anderen Währung (nicht US-Dollar oder Euro); der Datenbestand enthält US-Dollar und keine Umrechnungskurse dafür."
            : "Unverifiable: the figure is in another currency (not U.S. dollars or euros); the store holds U.S. dollars and no rates for it."
    }

    func outOfScope(_ reason: OutOfScope) -> String {
        switch (reason, de) {
        case (.services, false):
            return
                "Unverifiable: the figure is about trade in services; the store holds goods trade (Census basis) only."
        case (.services, true):
            return
                "Nicht überprüfbar: Die Angabe betrifft den Dienstleistungshandel; der Datenbestand enthält nur Warenhandel (Census-Basis)."
        case (.otherSource, false):
            return
                "Unverifiable: the figure comes from another source (another country's statistics or an industry estimate), which the store does not hold; the store holds U.S. Census goods trade."
        case (.otherSource, true):
            return
                "Nicht überprüfbar: Die Angabe stammt aus einer anderen Quelle (Statistik eines anderen Landes oder Branchenschätzung), die der Datenbestand nicht enthält; er enthält den US-Warenhandel des Census Bureau."
        case (.forecast, false):
            return "Unverifiable: the figure is a forecast, projection or target, not a recorded value."
        case (.forecast, true):
            return "Nicht überprüfbar: Die Angabe ist eine Prognose oder Zielmarke, kein erfasster Wert."
        case (.balanceOfPayments, false):
            return
                "Unverifiable: the figure is on a balance-of-payments basis; the store holds Census-basis goods trade, which differs in coverage and timing."
        case (.balanceOfPayments, true):
            return
                "Nicht überprüfbar: Die Angabe folgt der Zahlungsbilanz-Abgrenzung; der Datenbestand enthält Warenhandel auf Census-Basis, der sich in Abdeckung und Zeitpunkt unterscheidet."
        case (.subnational, false):
            return
                "Unverifiable: the figure is one U.S. state's or region's trade; the store holds the trade of the United States as a whole."
        case (.subnational, true):
            return
                "Nicht überprüfbar: Die Angabe betrifft den Handel eines einzelnen US-Bundesstaats oder einer Region; der Datenbestand enthält den Handel der USA insgesamt."
        case (.coveredByMeasure, false):
            return
                "Unverifiable: the figure is the value of goods a tariff, sanction or agreement covers, not a recorded trade value."
        case (.coveredByMeasure, true):
            return
                "Nicht überprüfbar: Die Angabe ist der Wert der Waren, die ein Zoll, eine Sanktion oder ein Abkommen erfasst, kein erfasster Handelswert."
        case (.finerProduct, false):
            return
                "Unverifiable: the figure is about goods finer than the two-digit HS chapters the store holds (a part of a chapter, such as generic drugs or enriched uranium); the chapter's figure would answer a different question."
        case (.finerProduct, true):
            return
                "Nicht überprüfbar: Die Angabe betrifft Waren, die feiner abgegrenzt sind als die zweistelligen HS-Kapitel im Datenbestand (ein Teil eines Kapitels, etwa Generika oder angereichertes Uran); die Zahl des Kapitels beantwortete eine andere Frage."
        case (.unplacedGoods, false):
            return
                "Unverifiable: the figure is about particular goods the checker cannot place in an HS chapter, not about the pair's whole trade; compare it with the chapter that holds them."
        case (.unplacedGoods, true):
            return
                "Nicht überprüfbar: Die Angabe betrifft bestimmte Waren, die der Prüfer keinem HS-Kapitel zuordnen kann, nicht den gesamten Handel der beiden Länder; zu vergleichen ist sie mit dem Kapitel, zu dem sie gehören."
        case (.rankedWithinGroup, false):
            return
                "Unverifiable: the place is one among the members of a group or region; the store ranks all partners and holds no list of the group's members."
        case (.rankedWithinGroup, true):
            return
                "Nicht überprüfbar: Der Rang gilt unter den Mitgliedern einer Gruppe oder Region; der Datenbestand ordnet alle Partner und führt keine Mitgliederliste der Gruppe."
        }
    }

    private func stretchWords(_ value: PeriodValue) -> String {
        if value.period.month == nil, value.months.count > 0, value.months.count < 12, let first = value.months.first,
            let last = value.months.last
        {
            let names = MonthNames.short(language)
            return "\(names[first - 1])–\(names[last - 1]) \(value.period.year)"
        }
        return periodWords(value.period)
    }

    func record(
        claim: FoundClaim, claimed: PeriodValue, place: Int, top: PeriodValue, verdict: Verdict, coverage: Coverage,
        through: Period?, surpassedBy: PeriodValue? = nil
    ) -> String {
        let kind = de ? (claim.lowest ? "Tiefstwert" : "Höchstwert") : (claim.lowest ? "lowest" : "highest")
        let money = { (value: Int64) in self.recordValue(value, claim) }
        let value = claimed.value.map(money) ?? "–"
        var until = through.map { de ? " (Daten bis \(periodWords($0)))" : " (data through \(periodWords($0)))" } ?? ""
        if claim.recordWithinYear {
            // ("the year's high so far": among that year's months only.)
            let year = claimed.period.year
            until =
                through.map {
                    de
                        ? " (unter den Monaten des Jahres \(year), Daten bis \(periodWords($0)))"
                        : " (among the months of \(year), data through \(periodWords($0)))"
                } ?? (de ? " (unter den Monaten des Jahres \(year))" : " (among the months of \(year))")
        }
        if claim.recordSameMonth, let month = claimed.period.month {
            // ("so groß wie in keinem Januar zuvor": among that month of every year.)
            let name = MonthNames.full(language)[month - 1]
            until =
                through.map {
                    de
                        ? " (unter allen \(name)monaten, Daten bis \(periodWords($0)))"
                        : " (against \(name) of every year, data through \(periodWords($0)))"
                } ?? (de ? " (unter allen \(name)monaten)" : " (against \(name) of every year)")
        }
        var statement: String
        // "2024 ist mit 86,5 Mrd. US-Dollar das höchste Defizit der USA im Handel mit Irland": the record of a balance in
        // deficit throughout, said as the deficit's, not as the balance's lowest point.
        if let deficit = deficitRecordWords(claim, claimed: claimed, top: top) {
            let size = { (value: Int64?) in value.map { self.money(abs($0)) } ?? "–" }
            statement =
                place == 1
                ? (de
                    ? "\(capitalized(stretchWords(claimed))) ist mit \(size(claimed.value)) \(deficit)\(until)."
                    : "\(capitalized(stretchWords(claimed))) is \(deficit) at \(size(claimed.value))\(until).")
                : (de
                    ? "\(capitalized(deficit)) ist \(stretchWords(top)) mit \(size(top.value))\(until); \(stretchWords(claimed)) (\(size(claimed.value))) liegt auf Platz \(place)."
                    : "\(capitalized(deficit)) is \(stretchWords(top)) at \(size(top.value))\(until); \(stretchWords(claimed)) (\(size(claimed.value))) ranks \(place).")
            return [verdictLead(verdict), statement, source(coverage)].joined(separator: " ")
        }
        if place == 1 {
            statement =
                de
                ? "\(capitalized(stretchWords(claimed))) ist mit \(value) der \(kind) \(recordGenitive(claim))\(until)."
                : "\(capitalized(stretchWords(claimed))) is the \(kind) of \(recordSubject(claim)) at \(value)\(until)."
        } else {
            statement =
                de
                ? "Der \(kind) \(recordGenitive(claim)) ist \(stretchWords(top)) mit \(top.value.map(money) ?? "–")\(until); \(stretchWords(claimed)) (\(value)) liegt auf Platz \(place)."
                : "The \(kind) of \(recordSubject(claim)) is \(stretchWords(top)) at \(top.value.map(money) ?? "–")\(until); \(stretchWords(claimed)) (\(value)) ranks \(place)."
        }
        if let later = surpassedBy {
            // A record when it was set, beaten since.
            statement +=
                de
                ? " Seither übertroffen: \(stretchWords(later)) mit \(later.value.map(money) ?? "–")."
                : " Surpassed since: \(stretchWords(later)) at \(later.value.map(money) ?? "–")."
        }
        return [verdictLead(verdict), statement, source(coverage)].joined(separator: " ")
    }

    /// "das höchste Defizit der USA im Handel mit Irland", "the largest U.S. deficit with Ireland": a balance's record
    /// where the claimed and the top values are deficits; `nil` otherwise.
    private func deficitRecordWords(_ claim: FoundClaim, claimed: PeriodValue, top: PeriodValue) -> String? {
        guard claim.flow == .balance, !claim.recordOfShare, let own = claimed.value, let best = top.value, own < 0,
            best < 0
        else { return nil }
        if de {
            return
                "das \(claim.lowest ? "höchste" : "niedrigste") Defizit der USA im Handel mit \(dative(claim.partner))"
        }
        return "the \(claim.lowest ? "largest" : "smallest") U.S. deficit with \(name(claim.partner))"
    }

    /// What a record is of: a flow, or a partner's share of the reporter's flow.
    private func recordSubject(_ claim: FoundClaim) -> String {
        guard claim.recordOfShare else { return flowWords(claim.flow, claim.partner) }
        return "\(name(claim.partner))'s share of \(allTrade(claim.flow))"
    }

    private func recordGenitive(_ claim: FoundClaim) -> String {
        guard claim.recordOfShare else { return flowGenitive(claim.flow, claim.partner) }
        return "des Anteils von \(dative(claim.partner)) \(allTrade(claim.flow))"
    }

    private func recordValue(_ value: Int64, _ claim: FoundClaim) -> String {
        guard claim.recordOfShare else { return money(value) }
        return MoneyFormat.percent(Double(value) / Double(ClaimChecker.shareScale) * 100, language, digits: 2)
    }

    func recordSince(
        claim: FoundClaim, claimed: PeriodValue, since: Period, beaten: PeriodValue?, base: PeriodValue?,
        verdict: Verdict,
        coverage: Coverage
    ) -> String {
        let subject = recordSubject(claim)
        let money = { (value: Int64) in self.recordValue(value, claim) }
        let value = claimed.value.map(money) ?? "–"
        var parts = [verdictLead(verdict)]
        let adjective = de ? (claim.lowest ? "niedriger" : "höher") : (claim.lowest ? "lower" : "higher")
        parts.append(
            de
                ? "\(capitalized(subject)) \(stretchWords(claimed)): \(value)."
                : "\(capitalized(subject)) in \(stretchWords(claimed)): \(value).")
        if let beaten {
            parts.append(
                de
                    ? "Schon \(stretchWords(beaten)) war der Wert \(adjective) (\(beaten.value.map(money) ?? "–"))."
                    : "\(capitalized(stretchWords(beaten))) was already \(adjective) (\(beaten.value.map(money) ?? "–"))."
            )
        } else if let base {
            parts.append(
                de
                    ? "Seit \(stretchWords(base)) (\(base.value.map(money) ?? "–")) war kein Wert \(adjective)."
                    : "No value since \(stretchWords(base)) (\(base.value.map(money) ?? "–")) was \(adjective)."
            )
        } else if claim.recordWithin {
            parts.append(
                de
                    ? "Kein Wert nach \(periodWords(since)) war \(adjective)."
                    : "No value after \(periodWords(since)) was \(adjective).")
        }
        parts.append(source(coverage))
        return parts.joined(separator: " ")
    }

    var comparisonUnclear: String {
        de
            ? "Nicht überprüfbar: Es lässt sich nicht eindeutig bestimmen, womit verglichen wird."
            : "Unverifiable: what the figure is compared with cannot be resolved to one query."
    }

    func comparison(
        claim: FoundClaim, partner: String, other: String, a: Int64, b: Int64, ratio: Double, period: ClaimPeriod,
        verdict: Verdict, coverage: Coverage
    ) -> String {
        // ("die US-Importe aus Kanada (HS 27) …; die US-Importe aus Mexiko": the goods compared.)
        let goods = claim.product == .total ? "" : " (HS \(hs(claim.product.code)))"
        var second = flowWords(claim.flow, other)
        if !claim.comparedPartners.isEmpty {
            // "the deficits with Germany and Japan combined": one sum of several partners.
            let names = ([other] + claim.comparedPartners).map { name($0) }
            let list = listed(names)
            second =
                flowWords(claim.flow, nil).replacingOccurrences(of: "?", with: list) + (de ? " zusammen" : " combined")
        }
        return ratioStatement(
            flowWords(claim.flow, partner) + goods, second, a: a, b: b, ratio: ratio, period: period, verdict: verdict,
            coverage: coverage)
    }

    /// One flow against another with the same partner ("imports from China … exports to China").
    func flowComparison(
        claim: FoundClaim, partner: String, compared: Flow, a: Int64, b: Int64, ratio: Double, period: ClaimPeriod,
        verdict: Verdict, coverage: Coverage
    ) -> String {
        ratioStatement(
            flowWords(claim.flow, partner), flowWords(compared, partner), a: a, b: b, ratio: ratio, period: period,
            verdict: verdict, coverage: coverage)
    }

    /// One partner's figures in two periods: "U.S. imports from Taiwan in Jan–Sep 2024: a; in 2023: b".
    func periodComparison(
        claim: FoundClaim, partner: String, compared: ClaimPeriod, a: Int64, b: Int64, ratio: Double,
        period: ClaimPeriod, verdict: Verdict, coverage: Coverage
    ) -> String {
        ratioStatement(
            flowWords(claim.flow, partner), de ? claimPeriodPhrase(compared) : "in \(claimPeriodWords(compared))", a: a,
            b: b, ratio: ratio, period: period, verdict: verdict, coverage: coverage)
    }

    /// Two partners' figures and their difference: "X in 2015: a; Y: b; a difference of a − b."
    func difference(
        claim: FoundClaim, partner: String, other: String, a: Int64, b: Int64, period: ClaimPeriod, verdict: Verdict,
        coverage: Coverage
    ) -> String {
        differenceStatement(
            flowWords(claim.flow, partner) + (claim.product == .total ? "" : " (HS \(hs(claim.product.code)))"),
            flowWords(claim.flow, other), a: a, b: b, period: period, verdict: verdict, coverage: coverage)
    }

    /// One partner's figures in two periods and their difference.
    func periodDifference(
        claim: FoundClaim, partner: String, compared: ClaimPeriod, a: Int64, b: Int64, period: ClaimPeriod,
        verdict: Verdict, coverage: Coverage
    ) -> String {
        differenceStatement(
            flowWords(claim.flow, partner), de ? claimPeriodPhrase(compared) : "in \(claimPeriodWords(compared))", a: a,
            b: b, period: period, verdict: verdict, coverage: coverage)
    }

    /// "X in 2015: a; Y: b; a difference of a − b."
    private func differenceStatement(
        _ first: String, _ second: String, a: Int64, b: Int64, period: ClaimPeriod, verdict: Verdict,
        coverage: Coverage
    ) -> String {
        let gap = money(abs(a).subtractingReportingOverflow(abs(b)).partialValue)
        let statement =
            de
            ? "\(capitalized(first)) \(claimPeriodPhrase(period)): \(money(a)); \(second): \(money(b)); der Unterschied beträgt \(gap)."
            : "\(capitalized(first)) in \(claimPeriodWords(period)): \(money(a)); \(second): \(money(b)); a difference of \(gap)."
        return [verdictLead(verdict), statement, source(coverage)].joined(separator: " ")
    }

    /// "X in 2018: a; Y: b; a ratio of a/b."
    private func ratioStatement(
        _ first: String, _ second: String, a: Int64, b: Int64, ratio: Double, period: ClaimPeriod, verdict: Verdict,
        coverage: Coverage
    ) -> String {
        let times = String(format: "%.2f", ratio).replacingOccurrences(of: ".", with: de ? "," : ".")
        let statement =
            de
            ? "\(capitalized(first)) \(claimPeriodPhrase(period)): \(money(a)); \(second): \(money(b)); das ist das \(times)-Fache."
            : "\(capitalized(first)) in \(claimPeriodWords(period)): \(money(a)); \(second): \(money(b)); a ratio of \(times)."
        return [verdictLead(verdict), statement, source(coverage)].joined(separator: " ")
    }

    /// An HS code as written in an explanation: farm and food goods (`AG`) as their chapters.
    func hs(_ code: String) -> String { code == "AG" ? "01-24" : code }

    /// A product figure for a period the store has no product detail for.
    func noProductDetail(_ code: String, _ period: ClaimPeriod?, coverage error: StoreError) -> String {
        let when = period.map(claimPeriodWords) ?? "?"
        // (A group of chapters: "Agrargüter", "Kapitel 1 bis 24".)
        if Lexicon.isChapterGroup(code) {
            let group =
                code == "AG"
                ? (de ? "Agrar- und Lebensmittelwaren, HS-Kapitel 01-24" : "farm and food goods, HS chapters 01-24")
                : (de ? "die HS-Kapitel \(code)" : "HS chapters \(code)")
            return de
                ? "Nicht überprüfbar: Die Angabe gilt einer Gruppe von Warenkapiteln (\(group)), deren Summe aus den Kapiteln gebildet wird; Warenkapitel enthält der Datenbestand nur für US-Importe 2023–2024, für \(when) fehlen sie. Die Summe über alle Waren wäre eine andere Frage."
                : "Unverifiable: the figure is about a group of chapters (\(group)), added up from its chapters; the store has chapters for U.S. imports in 2023–2024 only and lacks \(when). The total over all goods would answer a different question."
        }
        return de
            ? "Nicht überprüfbar: Warengruppen (hier HS \(code)) enthält der Datenbestand nur für US-Importe 2023–2024; für \(when) fehlen sie. Die Summe über alle Waren wäre eine andere Frage."
            : "Unverifiable: the store has product detail (here HS \(code)) for U.S. imports in 2023–2024 only; it lacks \(when). The total over all goods would answer a different question."
    }

    /// A figure read for all goods though the sentence names some, for which the store has no detail.
    func goodsAsExamples(_ code: String) -> String {
        de
            ? "Die im Satz genannten Waren (HS \(code)) sind als Beispiele gelesen: Für sie enthält der Datenbestand in diesem Zeitraum keine Einzelwerte, und die Angabe trifft auf alle Waren zu."
            : "The goods the sentence names (HS \(code)) are read as examples: the store has no detail for them in this period, and the figure holds for all goods."
    }

    /// A figure read for goods that holds for all goods instead.
    func allGoodsReading(_ code: String, first: String) -> String {
        de
            ? "Die Angabe ist als Wert aller Waren gelesen. Für die Waren, die der Satz nahelegt (HS \(code)), gilt: \(first)"
            : "The figure is read as the value of all goods. For the goods the sentence suggests (HS \(code)): \(first)"
    }

    /// A figure read for goods that holds for all goods, in a sentence that does not say which is meant.
    func allGoodsOrNamedGoods(_ code: String, first: String) -> String {
        de
            ? "Nicht überprüfbar: Die Angabe trifft auf alle Waren zu, nicht auf die Waren, die der Satz nahelegt (HS \(code)); welches gemeint ist, bleibt offen. Für HS \(code): \(first)"
            : "Unverifiable: the figure holds for all goods, not for the goods the sentence suggests (HS \(code)); which is meant is unclear. For HS \(code): \(first)"
    }

    /// A ranking of total trade that is wrong, right by the deficit the sentence before measured ("damit").
    func rankHoldsByTheDeficit(first: String) -> String {
        de
            ? "Nicht überprüfbar: Nach dem Defizit gereiht, das der Satz davor beziffert, trifft die Rangangabe zu; welche Reihung gemeint ist, bleibt offen. Nach dem gesamten Handel: \(first)"
            : "Unverifiable: ranked by the deficit the sentence before measured, the place holds; which ranking is meant is unclear. By total trade: \(first)"
    }

    /// A change read between two figures the article gives, not for the period its own words suggested.
    func changeBetweenTheArticlesFigures(first: String) -> String {
        de
            ? "Die Veränderung ist als die zwischen den zwei Beträgen gelesen, die der Text dazu nennt. Für den Zeitraum, den der Satz selbst nahelegt, gilt: \(first)"
            : "The change is read as the one between the two sums the article gives for it. For the period its own words suggest: \(first)"
    }

    var quantity: String {
        de
            ? "Nicht überprüfbar: Die Angabe ist eine Menge (Tonnen, Fass, Stück); der Datenbestand enthält Werte in US-Dollar, keine Mengen."
            : "Unverifiable: the figure is a quantity (tons, barrels, units); the store holds values in U.S. dollars, not quantities."
    }

    /// A record read as one direction of trade, with what the total shows.
    func otherPeriodReading(_ period: ClaimPeriod, first: String) -> String {
        de
            ? "Der Satz legt den Zeitraum (oder seine Basis) nicht selbst fest; gelesen wie oben. Für \(claimPeriodWords(period)) gilt: \(first)"
            : "The sentence does not fix the period (or its base) itself; read as above. For \(claimPeriodWords(period)): \(first)"
    }

    func wrongInEveryYear(_ years: ClosedRange<Int>, first: String) -> String {
        de
            ? "\(first) Der Satz nennt kein Jahr; die Angabe liegt aber in jedem Jahr von \(years.lowerBound) bis \(years.upperBound) weit daneben."
            : "\(first) The sentence names no year, but the figure is far off in every year from \(years.lowerBound) to \(years.upperBound)."
    }

    /// Items in a sentence: "2016, 2017 and 2018", "Kanada und Mexiko".
    func listed(_ items: [String]) -> String {
        guard let last = items.last, items.count > 1 else { return items.joined() }
        return items.dropLast().joined(separator: ", ") + (de ? " und " : " and ") + last
    }

    func wrongInTheYearsAround(_ years: [Int], first: String, everyFlow: Bool = false) -> String {
        let joined = listed(years.map(String.init))
        if everyFlow {
            return de
                ? "\(first) Die Angabe liegt in jedem Jahr, das gemeint sein kann (\(joined)), weit daneben, als Anteil an den Exporten, an den Importen und am gesamten Handel."
                : "\(first) The figure is far off in every year it could mean (\(joined)), as a share of exports, of imports and of all trade."
        }
        return de
            ? "\(first) Der Satz nennt kein eigenes Jahr; die Angabe liegt aber in jedem Jahr, das gemeint sein kann, weit daneben (\(joined))."
            : "\(first) The sentence names no year of its own, but the figure is far off in every year it could mean (\(joined))."
    }

    /// A contradiction held back because the sentence names its period only roughly ("Mitte der Neunzigerjahre", read
    /// as one year of it): unsure, with the reading.
    func periodRough(_ period: ClaimPeriod?, first: String) -> String {
        let read = period.map(claimPeriodWords) ?? "?"
        return de
            ? "Nicht überprüfbar: Der Satz nennt seinen Zeitraum nur ungefähr. Gelesen für \(read) wäre die Angabe falsch: \(first)"
            : "Unverifiable: the sentence names its period only roughly. Read as \(read), the figure would be wrong: \(first)"
    }

    func periodNotNamed(_ period: ClaimPeriod?, first: String) -> String {
        let read = period.map(claimPeriodWords) ?? "?"
        return de
            ? "Nicht überprüfbar: Der Satz nennt keinen eigenen Zeitraum. Gelesen für \(read) (aus dem Zusammenhang des Artikels) wäre die Angabe falsch: \(first)"
            : "Unverifiable: the sentence names no period of its own. Read as \(read) (from the article's context), the figure would be wrong: \(first)"
    }

    /// A comparison of two flows or two periods read from the sentence's verbs and period words,
    /// wrong as read: unsure, with the reading.
    /// A contradiction held back: what makes its reading unsure, then what the reading found.
    func readingDoubted(_ doubts: [ClaimChecker.ReadingDoubt], first: String) -> String {
        let reasons = doubts.map { doubt in
            switch doubt {
            case .partnerCarriedOver:
                de
                    ? "der Satz nennt für die Angabe kein Land; gelesen mit dem Land, das der Artikel zuvor nennt"
                    : "the sentence names no country for the figure; read with the one the article named before"
            case .looseFigure:
                de
                    ? "die Angabe ist nur ungefähr, und worauf sie sich bezieht, ist aus dem Wortlaut gelesen"
                    : "the figure is given loosely, and what it refers to is read from the wording"
            case .otherCountries:
                de
                    ? "der Satz nennt mehrere Länder; welchem die Angabe gilt, ist aus der Wortstellung gelesen"
                    : "the sentence names several countries; which one the figure belongs to is read from word order"
            case .balanceRecord:
                de
                    ? "ob der Rekord des Defizits oder des Überschusses gemeint ist, ist aus dem Wortlaut gelesen, und die meistzitierte Handelsbilanz schließt Dienstleistungen ein"
                    : "whether the deficit's or the surplus's record is meant is read from the wording, and the most quoted balance counts services too"
            case .verbDirection:
                de
                    ? "die Handelsrichtung ist aus dem Subjekt gelesen, gegen die Richtung des Verbs"
                    : "the direction of trade is read from the subject, against the verb's own direction"
            case .unboundedLow:
                de
                    ? "ein Monatstief gegenüber allen Monaten seit Beginn der Daten ist selten gemeint; der Satz begrenzt den Zeitraum wohl mit Worten, die hier nicht gelesen wurden"
                    : "a monthly low against every month on record is rarely meant; the sentence likely bounds the stretch in words not read here"
            case .groupDefinition:
                de
                    ? "was zu den Agrar- und Lebensmittelwaren zählt, legt jede Quelle anders fest, das US-Landwirtschaftsministerium etwa ohne Fisch, dafür mit Baumwolle und Häuten; gelesen als HS-Kapitel 01-24"
                    : "what counts as farm and food goods differs by source, the USDA's count leaving out fish and taking in cotton and hides; read as HS chapters 01-24"
            case .goodsWithinChapter:
                de
                    ? "die genannten Waren sind nur ein Teil ihres HS-Kapitels, und der Datenbestand führt nur das ganze Kapitel"
                    : "the goods named are only part of their HS chapter, and the store holds the whole chapter only"
            case .pairUnnamed:
                de
                    ? "der Satz spricht vom Handel zweier Länder, nennt aber das andere nicht; gelesen als Handel mit der ganzen Welt"
                    : "the sentence speaks of the trade between two countries but does not name the other one; read as trade with the whole world"
            case .baseSinceAgreement:
                de
                    ? "die Veränderung seit dem Abkommen ist ab dem letzten vollen Jahr davor gelesen; manche rechnen ab dem Jahr, in dem es in Kraft trat"
                    : "the change since the agreement is read from the last full year before it; some count from the year it took effect"
            }
        }
        return de
            ? "Nicht überprüfbar: Die Lesart ist unsicher (\(reasons.joined(separator: "; "))). So gelesen wäre die Angabe falsch: \(first)"
            : "Unverifiable: the reading is unsure (\(reasons.joined(separator: "; "))). Read that way, the figure would be wrong: \(first)"
    }

    func shareReadUnsure(first: String) -> String {
        de
            ? "Nicht überprüfbar: Wovon die Angabe ein Anteil ist (welcher Handel, wessen, in welchem Zeitraum), ist aus dem Wortlaut gelesen und kann verlesen sein. So gelesen wäre die Angabe falsch: \(first)"
            : "Unverifiable: what the share is a share of (which trade, whose, in which period) is read from the wording and may be misread. Read that way, the figure would be wrong: \(first)"
    }

    func comparisonReadUnsure(first: String) -> String {
        de
            ? "Nicht überprüfbar: Was verglichen wird, ist aus den Verben und Zeitangaben des Satzes gelesen und kann verlesen sein. So gelesen wäre die Angabe falsch: \(first)"
            : "Unverifiable: what is compared is read from the sentence's verbs and periods and may be misread. Read that way, the figure would be wrong: \(first)"
    }

    func averageOrSum(
        claim: FoundClaim, official: Double, total: Int64, period: ClaimPeriod, coverage: Coverage, verdict: Verdict
    ) -> String {
        let subject =
            flowWords(claim.flow, claim.partner) + (claim.product == .total ? "" : " (HS \(hs(claim.product.code)))")
        let value = money(Int64(official.rounded()))
        let statement: String
        switch claim.averagePer {
        case let per?:
            let unit: String
            switch per {
            case .day: unit = de ? "pro Tag" : "a day"
            case .month: unit = de ? "pro Monat" : "a month"
            case .year: unit = de ? "pro Jahr" : "a year"
            }
            statement =
                de
                ? "Laut amtlicher Statistik \(claim.flow.isStored ? "betrugen" : "betrug") \(subject) \(claimPeriodPhrase(period)) im Schnitt \(value) \(unit) (insgesamt \(money(total)))."
                : "Officially, \(subject) averaged \(value) \(unit) in \(claimPeriodWords(period)) (\(money(total)) in all)."
        case nil:
            statement =
                de
                ? "Laut amtlicher Statistik \(claim.flow.isStored ? "betrugen" : "betrug") \(subject) \(claimPeriodPhrase(period)) zusammen \(value) (Summe der Jahre)."
                : "Officially, \(subject) added up to \(value) over \(claimPeriodWords(period)) (the years summed)."
        }
        return [verdictLead(verdict), statement, source(coverage)].joined(separator: " ")
    }

    func seasonallyAdjusted(first: String) -> String {
        de
            ? "Nicht überprüfbar: Monatswerte und ihre Veränderung zum Vormonat veröffentlicht das Census Bureau saisonbereinigt; der Datenbestand enthält nicht saisonbereinigte Werte, die davon abweichen. Unbereinigt gilt: \(first)"
            : "Unverifiable: the Census Bureau publishes monthly figures and their change from the month before seasonally adjusted; the store holds unadjusted figures, which differ. Unadjusted: \(first)"
    }

    /// A figure wrong for the country it was read with and right for another the sentence names.
    func anotherCountrysFigure(_ partner: String, holdsFor other: String, first: String) -> String {
        de
            ? "Nicht überprüfbar: Die Angabe passt zu \(name(other)), das der Satz ebenfalls nennt; welchem Land sie gilt, ist unsicher. Gelesen für \(name(partner)): \(first)"
            : "Unverifiable: the figure holds for \(name(other)), which the sentence also names; which country it is about is unclear. Read for \(name(partner)): \(first)"
    }

    func anotherPeriodsFigure(_ period: ClaimPeriod, holdsFor other: ClaimPeriod, first: String) -> String {
        // (A full year is the last one published; a run of months, the months published by then.)
        let fullYear = other.isSingle && !other.last.isMonth
        return de
            ? "Nicht überprüfbar: Die Angabe gilt für \(claimPeriodWords(other)), \(fullYear ? "das letzte volle Jahr" : "die bis dahin veröffentlichten Monate"); welcher Zeitraum gemeint ist, ist unsicher. Gelesen für \(claimPeriodWords(period)): \(first)"
            : "Unverifiable: the claim holds for \(claimPeriodWords(other)), \(fullYear ? "the last full year" : "the months published by then"); which period is meant is unclear. Read for \(claimPeriodWords(period)): \(first)"
    }

    /// A figure whose sentence names no period, wrong for the period read and right for one next to it.
    func nearbyPeriodsFigure(_ period: ClaimPeriod, holdsFor other: ClaimPeriod, first: String) -> String {
        de
            ? "Nicht überprüfbar: Der Satz nennt keinen eigenen Zeitraum; die Angabe gilt für \(claimPeriodWords(other)), den Zeitraum gleich neben dem gelesenen. Welcher gemeint ist, ist unsicher. Gelesen für \(claimPeriodWords(period)): \(first)"
            : "Unverifiable: the sentence names no period of its own; the figure holds for \(claimPeriodWords(other)), next to the period it was read for. Which is meant is unclear. Read for \(claimPeriodWords(period)): \(first)"
    }

    /// Goods read as one chapter, wrong for it and right for a neighbouring chapter the words may mean.
    func neighbouringChapter(_ product: Product, holdsFor other: Product, first: String) -> String {
        de
            ? "Nicht überprüfbar: Die genannten Waren sind als HS \(hs(product.code)) gelesen; für HS \(hs(other.code)), das die Wörter ebenso meinen können, gilt die Angabe. Welches Kapitel gemeint ist, ist unsicher. Gelesen als HS \(hs(product.code)): \(first)"
            : "Unverifiable: the goods named are read as HS \(hs(product.code)); the figure holds for HS \(hs(other.code)), which the words may mean as well. Which chapter is meant is unclear. Read as HS \(hs(product.code)): \(first)"
    }

    /// A value wrong for the period it was read with and right for another its sentence names.
    func periodTheSentenceNames(_ period: ClaimPeriod, holdsFor other: ClaimPeriod, first: String) -> String {
        de
            ? "Nicht überprüfbar: Der Satz nennt auch \(claimPeriodWords(other)), und dafür gilt die Angabe; welchen Zeitraum sie meint, ist unsicher. Gelesen für \(claimPeriodWords(period)): \(first)"
            : "Unverifiable: the figure holds for \(claimPeriodWords(other)), which the sentence also names; which period it is about is unclear. Read for \(claimPeriodWords(period)): \(first)"
    }

    func servicesMayCount(first: String) -> String {
        de
            ? "Nicht überprüfbar: Der Satz sagt nicht, dass er nur Waren meint; die meistzitierten Gesamtzahlen (Handelsbilanz, Exporte, Importe) schließen Dienstleistungen ein, der Datenbestand enthält nur den Warenhandel. Für Waren allein gilt: \(first)"
            : "Unverifiable: the sentence does not say it means goods only; the most quoted totals (trade balance, exports, imports) include services, and the store holds goods trade only. For goods alone: \(first)"
    }

    func partnersOwnStatistics(_ partner: String, exports: Bool, first: String) -> String {
        de
            ? "Nicht überprüfbar: Die Angabe beschreibt die eigenen \(exports ? "Ausfuhren" : "Einfuhren") des Partnerlandes (\(name(partner))), wie sie dessen Statistik erfasst; der Datenbestand enthält nur die Gegenrichtung aus US-Meldungen, und beide Seiten zählen denselben Handel verschieden (Bewertung, Zeitpunkt, Umwege über Drittländer). Nach US-Statistik: \(first)"
            : "Unverifiable: the figure is written as \(name(partner))'s own \(exports ? "exports" : "imports"), which its statistics record; the store holds the U.S.-reported side of the same trade, and the two sides count it differently (valuation, timing, goods routed through third countries). By U.S. statistics: \(first)"
    }

    func otherPartnerReading(_ partner: String, first: String) -> String {
        de
            ? "Der Satz nennt kein Partnerland; gelesen wie oben. Für \(name(partner)) gilt: \(first)"
            : "The sentence names no partner; read as above. For \(name(partner)): \(first)"
    }

    /// A share read as goods' part of a partner's trade, with what the first reading found.
    func otherShareReading(_ flow: Flow, first: String) -> String {
        de
            ? "Gelesen als Anteil der genannten Waren an den Einfuhren aus diesem Land. Als Anteil des Landes am gesamten US-Handel gelesen: \(first)"
            : "Read as the share of the goods named in imports from that country. Read as the country's share of all U.S. trade: \(first)"
    }

    /// A sum wrong for all goods that may be of goods measured just before, which the store cannot check.
    func goodsReadingUndecided(_ code: String, first: String) -> String {
        de
            ? "Nicht überprüfbar: Der Betrag ist wohl der Wert der Waren, die der Text zuvor beziffert (HS \(hs(code))); für sie fehlen dem Datenbestand hier die Zahlen. Für alle Waren gelesen: \(first)"
            : "Unverifiable: the sum is likely the value of the goods the article measured just before (HS \(hs(code))), which the store cannot check here. Read for all goods: \(first)"
    }

    /// A sum far below the pair's whole trade, wrong for all goods and for the goods the article spoke of just before:
    /// likely of goods the sentence does not pin down (two chapters together, a part of one).
    func goodsReadingFarBelow(_ code: String, goods: String, first: String) -> String {
        de
            ? "Nicht überprüfbar: Der Betrag liegt weit unter dem gesamten Handel der beiden Länder und gilt wohl Waren, von denen der Text zuvor spricht; für HS \(hs(code)) allein passt er nicht (\(goods)), welche Waren genau gemeint sind, bleibt offen. Für alle Waren gelesen: \(first)"
            : "Unverifiable: the sum is far below the pair's whole trade and is likely of goods the article spoke of just before; it does not fit HS \(hs(code)) alone (\(goods)), and which goods exactly are meant is unclear. Read for all goods: \(first)"
    }

    /// A sum (or a ranking) read as the goods the article spoke of just before, with what all goods show.
    func otherGoodsReading(ranking: Bool, first: String) -> String {
        switch (de, ranking) {
        case (true, false):
            "Der Betrag ist als Wert der Waren gelesen, die zuvor beziffert sind; die Angabe selbst nennt keine. Für alle Waren gilt: \(first)"
        case (false, false):
            "The sum is read as the value of the goods measured just before; the figure's own words name none. For all goods: \(first)"
        case (true, true):
            "Die Rangliste ist als die der Waren gelesen, von denen der Text zuvor spricht; die Rangangabe selbst nennt keine. Unter allen Waren gilt: \(first)"
        case (false, true):
            "The ranking is read as that of the goods the text speaks of just before; the ranking's own words name none. Among all goods: \(first)"
        }
    }

    func euWithUnitedKingdom(first: String) -> String {
        de
            ? "Die EU ist hier mit dem Vereinigten Königreich gelesen, das bis zum 31. Januar 2020 Mitglied war; die Daten zählen zur EU in allen Jahren die heutigen 27 Mitglieder. Ohne das Vereinigte Königreich gilt: \(first)"
            : "The EU is read here with the United Kingdom, a member until 31 January 2020; the data count today's 27 members as the EU in every year. Without the United Kingdom: \(first)"
    }

    func otherTradeReading(_ flow: Flow, first: String) -> String {
        de
            ? "„Handel“ ist hier als eine Richtung gelesen, wie der Zusammenhang des Artikels nahelegt. Für den gesamten Handel gilt: \(first)"
            : "“Trade” is read here as one direction, as the article's context suggests. For total trade: \(first)"
    }
}

import Foundation
import Testing
import TradeImport
import TradeModel
import TradeStore
import TradeTestSupport

@testable import ClaimCheck

/// One annotated article of the test corpus.
struct GoldArticle: Decodable {
    struct Claim: Decodable {
        var figure: String
        var occurrence: Int?
        var kind: String
        var verdict: String
        var phenomena: [String]?
    }

    var language: String
    var date: String?
    var claims: [Claim]
    var non_claims: [String]?
}

/// Precision and recall of claim finding, and accuracy of verdicts, over a set of articles.
struct CorpusScore: CustomStringConvertible {
    var articles = 0
    var detected = 0
    var gold = 0
    var matched = 0
    var correctVerdicts = 0
    var misses: [String] = []
    var extras: [String] = []
    var wrongVerdicts: [String] = []
    /// Gold claims that are supported or unverifiable but were called contradicted.
    var falseAlarms: [String] = []
    /// Claims whose verdict is right, over all gold claims: "claims right".
    var right: Double { gold == 0 ? 0 : Double(correctVerdicts) / Double(gold) }

    mutating func add(_ other: CorpusScore) {
        articles += other.articles
        detected += other.detected
        gold += other.gold
        matched += other.matched
        correctVerdicts += other.correctVerdicts
        misses += other.misses
        extras += other.extras
        wrongVerdicts += other.wrongVerdicts
        falseAlarms += other.falseAlarms
    }

    /// One line of a table: claims right, precision, recall, verdict accuracy, false alarms.
    var row: String {
        String(
            format: "%4d %4d %4d %6.1f%% %6.1f%% %6.1f%% %6.1f%% %3d", gold, detected, matched, right * 100,
            precision * 100, recall * 100, verdictAccuracy * 100, falseAlarms.count)
    }

    var precision: Double { detected == 0 ? 0 : Double(matched) / Double(detected) }
    var recall: Double { gold == 0 ? 0 : Double(matched) / Double(gold) }
    var verdictAccuracy: Double { matched == 0 ? 0 : Double(correctVerdicts) / Double(matched) }

    var description: String {
        String(
            format: "claims %d gold / %d found / %d matched; precision %.1f%%, recall %.1f%%, verdict accuracy %.1f%%",
            gold, detected, matched, precision * 100, recall * 100, verdictAccuracy * 100)
    }
}

/// Scores the checker on the articles of a folder (`X.txt` with `X.gold.json`).
func score(folder: URL) throws -> CorpusScore {
    try detailedScore(folder: folder).total
}

/// Scores of a corpus, whole and broken down by article, language and phenomenon.
struct CorpusBreakdown {
    var total = CorpusScore()
    var byArticle: [(String, CorpusScore)] = []
    var byLanguage: [String: CorpusScore] = [:]
    var byPhenomenon: [String: CorpusScore] = [:]
    /// One JSON object per gold claim (gold and found verdict, explanation), for `CORPUS_DUMP`.
    var records: [[String: String]] = []
    /// Gold verdict → the checker's verdict ("missed" when not found), counted: an aggregate that
    /// names no sentence, so held-out corpora may print it.
    var confusion: [String: [String: Int]] = [:]

    var report: String { report(articles: true) }

    /// The tables; without `articles`, no row names an article (held-out corpora: only aggregates are printed).
    func report(articles: Bool) -> String {
        var lines = ["                                gold found match  right   prec  recall verdict alarms"]
        func line(_ name: String, _ score: CorpusScore) {
            lines.append(name.padding(toLength: 31, withPad: " ", startingAt: 0) + " " + score.row)
        }
        line("ALL", total)
        for (language, score) in byLanguage.sorted(by: { $0.key < $1.key }) { line("language \(language)", score) }
        for (phenomenon, score) in byPhenomenon.sorted(by: { $0.key < $1.key }) { line("  \(phenomenon)", score) }
        if articles { for (article, score) in byArticle { line(article, score) } }
        let verdicts = ["supported", "contradicted", "unverifiable", "missed"]
        lines.append(
            "gold \\ got        " + verdicts.map { $0.padding(toLength: 13, withPad: " ", startingAt: 0) }.joined())
        for gold in verdicts.dropLast() {
            let row = verdicts.map {
                String(confusion[gold]?[$0] ?? 0).padding(toLength: 13, withPad: " ", startingAt: 0)
            }
            lines.append(gold.padding(toLength: 19, withPad: " ", startingAt: 0) + row.joined())
        }
        return lines.joined(separator: "\n")
    }
}

/// Checks each article on its own, with its publication date, as a user would.
func detailedScore(folder: URL) throws -> CorpusBreakdown {
    let checker = ClaimChecker(database: BundledStore.database)
    var breakdown = CorpusBreakdown()
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        .sorted()
    for file in files {
        var score = CorpusScore()
        score.articles = 1
        var phenomena: [String: CorpusScore] = [:]
        let article = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        let goldURL = folder.appendingPathComponent(String(file.dropLast(4)) + ".gold.json")
        let gold = try JSONDecoder().decode(GoldArticle.self, from: Data(contentsOf: goldURL))
        let report = checker.check(
            article, language: Language(rawValue: gold.language),
            date: gold.date.flatMap(PublicationDate.init(parsing:))
        )
        var used = Set<Int>()
        let foundClaims =
            ProcessInfo.processInfo.environment["CORPUS_AGG"] != nil
                || ProcessInfo.processInfo.environment["CORPUS_PROBE"] != nil
            ? checker.finder.claims(
                in: article, language: Language(rawValue: gold.language) ?? .en,
                date: gold.date.flatMap(PublicationDate.init(parsing:))) : []
        for claim in gold.claims {
            guard let range = scalarRange(of: claim.figure, occurrence: claim.occurrence ?? 1, in: article) else {
                Issue.record("\(file): gold figure \"\(claim.figure)\" not found in the article")
                continue
            }
            // (A claim's figure, or the words it rests on: "Vietnam war das drittgrößte" for a ranking, or its place
            // word standing apart from the country.)
            let hit = report.claims.indices.first { index in
                let claimed = report.claims[index].claimed
                let onFigure = claimed.start < range.upperBound && claimed.end > range.lowerBound
                let onWords =
                    claimed.wordsStart.map { start in
                        start < range.upperBound && (claimed.wordsEnd ?? start) > range.lowerBound
                    } ?? false
                return !used.contains(index) && (onFigure || onWords)
            }
            var one = CorpusScore()
            one.gold = 1
            var record = [
                "article": file, "figure": claim.figure, "kind": claim.kind, "gold": claim.verdict,
                "phenomena": (claim.phenomena ?? []).joined(separator: ","),
            ]
            if let hit {
                let found = report.claims[hit]
                record["got"] = found.verdict.rawValue
                record["explanation"] = found.explanation
                record["frame"] =
                    "\(found.kind.rawValue) \(found.flow.rawValue) \(found.partner ?? "-") \(found.period ?? "-")"
            }
            breakdown.records.append(record)
            breakdown.confusion[claim.verdict, default: [:]][record["got"] ?? "missed", default: 0] += 1
            if ProcessInfo.processInfo.environment["CORPUS_PROBE"] != nil, let hit,
                report.claims[hit].verdict == .contradicted,
                let f = foundClaims.first(where: { $0.claimedStart == report.claims[hit].claimed.start })
            {
                let language = Language(rawValue: gold.language) ?? .en
                let slots = checker.slotsThatHold(
                    f, language, date: gold.date.flatMap(PublicationDate.init(parsing:))
                ).map(\.rawValue).sorted()
                let tag = claim.verdict == "contradicted" ? "TRUE" : "FA-\(claim.verdict)"
                print(
                    "PROBE \(tag) \(file) \(claim.figure) kind=\(f.kind.rawValue) slots=\(slots.joined(separator: ","))"
                )
            }
            if ProcessInfo.processInfo.environment["CORPUS_AGG"] != nil, let hit,
                report.claims[hit].verdict == .contradicted
            {
                let found = report.claims[hit]
                var bucket = "none"
                if let c = found.claimed.value, let o = found.official?.value, o != 0 {
                    let r = abs(c / o)
                    bucket =
                        r < 0.5
                        ? "<0.5"
                        : r < 0.8
                            ? "0.5-0.8"
                            : r < 0.95
                                ? "0.8-0.95" : r <= 1.05 ? "~1" : r <= 1.25 ? "1.05-1.25" : r <= 2 ? "1.25-2" : ">2"
                    if c * o < 0 { bucket += " sign" }
                }
                let tag = claim.verdict == "contradicted" ? "TRUE" : "FA-\(claim.verdict)"
                var extra = ""
                if let f = foundClaims.first(where: { $0.claimedStart == found.claimed.start }) {
                    extra =
                        " inferred=\(f.frameInferred) partnerR=\(!f.partnerReadings.isEmpty) periodR=\(!f.periodReadings.isEmpty) flowR=\(!f.flowReadings.isEmpty) alts=\(!f.alternatives.isEmpty) hedge=\(f.hedge.rawValue) sentP=\(f.sentencePartners.count) goods=\(f.goodsSaid) product=\(f.product != .total) avg=\(f.averagePer != nil || f.cumulative) unsureF=\(!f.unsureFlows.isEmpty) span=\(f.period.map { !$0.isSingle } ?? false) since=\(f.recordSince != nil) lowest=\(f.lowest) within=\(f.recordWithin) monthly=\(f.recordMonthly) sameMonth=\(f.recordSameMonth) ofShare=\(f.recordOfShare) negated=\(f.rankNegated) member=\(f.rankMembership) rankUnwritten=\(f.rankPeriodUnwritten) rank=\(f.rank)"
                }
                print(
                    "AGG \(tag) ph=\((claim.phenomena ?? []).joined(separator: "+")) kind=\(found.kind.rawValue) flow=\(found.flow.rawValue) world=\(found.partner == "WORLD") month=\(found.period?.contains("-") ?? false) ratio=\(bucket)\(extra)"
                )
            }
            if let hit {
                used.insert(hit)
                one.detected = 1
                one.matched = 1
                let got = report.claims[hit].verdict.rawValue
                if got == claim.verdict {
                    one.correctVerdicts = 1
                } else {
                    let found = report.claims[hit]
                    let line =
                        "\(file): \(claim.figure) #\(claim.occurrence ?? 1) gold \(claim.verdict), got \(got) [\(found.kind.rawValue) \(found.flow.rawValue) \(found.partner ?? "-") \(found.period ?? "-")]: \(found.explanation)"
                    one.wrongVerdicts.append(line)
                    if got == "contradicted", claim.verdict == "supported" || claim.verdict == "unverifiable" {
                        one.falseAlarms.append(line)
                    }
                }
            } else {
                one.misses.append("\(file): \(claim.figure) [\(claim.kind)] #\(claim.occurrence ?? 1)")
            }
            score.add(one)
            for phenomenon in claim.phenomena ?? [claim.kind] { phenomena[phenomenon, default: CorpusScore()].add(one) }
        }
        for index in report.claims.indices where !used.contains(index) {
            if ProcessInfo.processInfo.environment["CORPUS_AGG"] != nil {
                print("AGGX \(report.claims[index].verdict.rawValue) \(report.claims[index].kind.rawValue)")
            }
            score.detected += 1
            score.extras.append(
                "\(file): \(report.claims[index].claimed.text) [\(report.claims[index].kind.rawValue) \(report.claims[index].verdict.rawValue)]"
            )
        }
        breakdown.total.add(score)
        breakdown.byArticle.append((String(file.dropLast(4)), score))
        breakdown.byLanguage[gold.language, default: CorpusScore()].add(score)
        for (name, part) in phenomena { breakdown.byPhenomenon[name, default: CorpusScore()].add(part) }
    }
    return breakdown
}

/// The Unicode scalar range of the n-th occurrence of `needle`.
func scalarRange(of needle: String, occurrence: Int, in text: String) -> Range<Int>? {
    var searchStart = text.startIndex
    var found: Range<String.Index>?
    for _ in 0..<occurrence {
        guard let range = text.range(of: needle, range: searchStart..<text.endIndex) else { return nil }
        found = range
        searchStart = range.upperBound
    }
    guard let found else { return nil }
    let start = text.unicodeScalars.distance(from: text.startIndex, to: found.lowerBound)
    return start..<(start + needle.unicodeScalars.count)
}

@Suite("Claim corpus")
struct CorpusTests {
    @Test func findsClaimsAndJudgesThem() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/corpus", withExtension: nil))
        let result = try score(folder: folder)
        print("Corpus score: \(result)")
        for miss in result.misses { print("  missed: \(miss)") }
        for extra in result.extras { print("  extra: \(extra)") }
        for wrong in result.wrongVerdicts { print("  verdict: \(wrong)") }
        #expect(result.gold >= 60, "the corpus needs at least 60 annotated claims")
        #expect(result.precision >= 0.9, "\(result)")
        #expect(result.recall >= 0.9, "\(result)")
        #expect(result.verdictAccuracy >= 0.9, "\(result)")
    }
}

@Suite("README example")
struct ExampleArticleTests {
    /// The article the README's first command checks gets the verdicts of its annotation.
    @Test func exampleArticleMatchesItsAnnotation() throws {
        let examples = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("examples")
        let result = try score(folder: examples)
        print("Example score: \(result)")
        #expect(result.gold >= 8)
        #expect(result.recall == 1, "\(result.misses)")
        #expect(result.precision == 1, "\(result.extras)")
        #expect(result.verdictAccuracy == 1, "\(result.wrongVerdicts)")
    }
}

/// What a corpus must keep: claims right, precision and recall at least, false alarms at most.
struct CorpusThresholds {
    var articles: Int
    var gold: Int
    var right: Double
    var precision: Double
    var recall: Double
    var falseAlarms: Int
}

/// Scores a fixture folder, prints its table (with a row per article, and every miss, extra and wrong verdict when
/// `CORPUS_DETAILS` is set, only where `details` allows: a held-out corpus prints aggregates alone), and checks it
/// against its thresholds.
func measureCorpus(_ name: String, folder path: String, _ minimum: CorpusThresholds, details: Bool = true) throws {
    let folder = try #require(Bundle.module.url(forResource: path, withExtension: nil))
    let result = try detailedScore(folder: folder)
    print("\(name):\n\(result.report(articles: details))")
    if details {
        if ProcessInfo.processInfo.environment["CORPUS_DETAILS"] != nil {
            for miss in result.total.misses { print("  missed: \(miss)") }
            for extra in result.total.extras { print("  extra: \(extra)") }
            for wrong in result.total.wrongVerdicts { print("  verdict: \(wrong)") }
        }
        for alarm in result.total.falseAlarms { print("  false alarm: \(alarm)") }
        if let dump = ProcessInfo.processInfo.environment["CORPUS_DUMP"] {
            let lines = try result.records.map {
                String(decoding: try JSONSerialization.data(withJSONObject: $0, options: [.sortedKeys]), as: UTF8.self)
            }
            let file = URL(fileURLWithPath: dump).appendingPathComponent(
                path.replacingOccurrences(of: "/", with: "_") + ".jsonl")
            try (lines.joined(separator: "\n") + "\n").write(to: file, atomically: true, encoding: .utf8)
        }
    }
    #expect(result.total.articles >= minimum.articles)
    #expect(result.total.gold >= minimum.gold)
    #expect(result.total.right >= minimum.right, "\(result.total)")
    #expect(result.total.precision >= minimum.precision, "\(result.total)")
    #expect(result.total.recall >= minimum.recall, "\(result.total)")
    #expect(result.total.falseAlarms.count <= minimum.falseAlarms, details ? "\(result.total.falseAlarms)" : "")
}

/// The realistic corpus (`Fixtures/realistic`): 44 articles written blind to the checker from a brief
/// of how real outlets write about trade (`docs/corpus-brief.md`). The thresholds sit just under the
/// measured figures, so a change that loses ground fails; the README gives the figures.
@Suite("Realistic corpus")
struct RealisticCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Realistic corpus", folder: "Fixtures/realistic",
            CorpusThresholds(
                articles: 40, gold: 300, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: right 89.0%, precision 94.1%, recall 95.4%, 0 false alarms (session 8; 88.5% and 0 in session 7)
    // End of session 9: right 89.2%, precision 94.0%, recall 95.4%, 0 false alarms.
    // End of session 10: right 88.4%, precision 94.2%, recall 95.7%, 0 false alarms.
    // End of session 11: right 88.4%, precision 94.2%, recall 95.7%, 0 false alarms.
    // End of session 12: right 89.0%, precision 93.9%, recall 96.3%, 0 false alarms.
    // End of session 14: right 89.2%, precision 93.9%, recall 96.3%, 0 false alarms.
    // End of session 15: right 89.3%, precision 94.2%, recall 96.3%, 0 false alarms.
    // End of session 16: right 89.6%, precision 94.2%, recall 96.3%, 0 false alarms.
    // End of session 17: right 89.7%, precision 94.1%, recall 96.4%, 0 false alarms.
    // End of session 18: right 89.7%, precision 94.1%, recall 96.4%, 0 false alarms.
    // End of session 19: right 89.7%, precision 94.1%, recall 96.4%, 0 false alarms.
    // End of session 20: right 89.7%, precision 94.1%, recall 96.4%, 0 false alarms.
    // End of session 21: right 89.7%, precision 94.1%, recall 96.4%, 0 false alarms.
    // End of session 22: right 89.7%, precision 94.1%, recall 96.4%, 0 false alarms.
    // End of session 23: right 90.0%, precision 93.2%, recall 96.6%, 0 false alarms.
    // End of session 24: right 90.0%, precision 93.2%, recall 96.6%, 0 false alarms.
    // End of session 25: right 90.2%, precision 93.0%, recall 96.8%, 0 false alarms.
    // End of session 26: right 90.2%, precision 92.4%, recall 96.8%, 0 false alarms.
    // End of session 27: right 90.2%, precision 92.4%, recall 96.8%, 0 false alarms.
    // End of session 28: right 90.4%, precision 92.4%, recall 96.9%, 0 false alarms.
    // End of session 29: right 91.0%, precision 92.7%, recall 97.5%, 0 false alarms.
    // End of session 30: right 91.1%, precision 92.7%, recall 97.5%, 0 false alarms.
    // End of session 31: right 91.2%, precision 92.7%, recall 97.6%, 0 false alarms.
    // End of session 32: right 91.6%, precision 92.7%, recall 97.7%, 0 false alarms.
    // End of session 33: right 91.6%, precision 92.7%, recall 97.7%, 0 false alarms.
    // End of session 34: right 91.6%, precision 92.7%, recall 97.7%, 0 false alarms.
    // End of session 35: right 91.6%, precision 92.7%, recall 97.7%, 0 false alarms.
    // End of session 36: right 91.6%, precision 92.7%, recall 97.6%, 0 false alarms.
    // End of session 37: right 91.7%, precision 92.7%, recall 97.6%, 0 false alarms.
    // End of session 38: right 91.8%, precision 92.7%, recall 97.6%, 0 false alarms.
    // End of session 39: right 91.8%, precision 92.7%, recall 97.6%, 0 false alarms.
    // End of session 40: right 91.8%, precision 92.7%, recall 97.6%, 0 false alarms.
    // End of session 41: right 91.8%, precision 92.7%, recall 97.6%, 0 false alarms.
    // End of session 42: right 92.0%, precision 92.7%, recall 97.6%, 0 false alarms.
    // End of session 43: right 92.0%, precision 92.7%, recall 97.6%, 0 false alarms.
    // End of session 44: right 92.2%, precision 92.9%, recall 97.6%, 0 false alarms.
    // End of session 45: right 92.2%, precision 92.9%, recall 97.6%, 0 false alarms.
    // End of session 46: right 92.2%, precision 92.9%, recall 97.6%, 0 false alarms.
    // End of session 47: right 92.2%, precision 92.9%, recall 97.6%, 0 false alarms.
    // End of session 48: right 92.2%, precision 92.9%, recall 97.6%, 0 false alarms.
    // End of session 49: right 92.2%, precision 92.9%, recall 97.6%, 0 false alarms.
    // End of session 50: right 92.2%, precision 92.8%, recall 97.6%, 0 false alarms.
    // End of session 51: right 92.2%, precision 92.8%, recall 97.6%, 0 false alarms.
    // End of session 52: right 92.3%, precision 92.8%, recall 97.6%, 0 false alarms.
    // End of session 53: right 92.3%, precision 92.8%, recall 97.6%, 0 false alarms.
    // End of session 54: right 92.3%, precision 92.7%, recall 97.6%, 0 false alarms.
    // End of session 55: right 92.3%, precision 92.7%, recall 97.6%, 0 false alarms.
    // End of session 56: right 92.3%, precision 92.7%, recall 97.6%, 0 false alarms.
    // End of session 57: right 92.3%, precision 92.6%, recall 97.6%, 0 false alarms.
    // End of session 58: right 92.2%, precision 92.6%, recall 97.6%, 0 false alarms.
    // End of session 59: right 92.2%, precision 92.6%, recall 97.6%, 0 false alarms.
    static let minimumRight = 0.92
    static let minimumPrecision = 0.92
    static let minimumRecall = 0.97
    static let maximumFalseAlarms = 1
}

/// A second development corpus (`Fixtures/realistic-b`): 22 articles by two writers who had not
/// seen the checker or the other corpora. It was the held-out corpus when it was written and was
/// measured once as such (70.5% right, 13 false alarms; `docs/measurements/`); since then the
/// checker has been developed against it.
@Suite("Development corpus B")
struct RealisticBCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus B", folder: "Fixtures/realistic-b",
            CorpusThresholds(
                articles: 22, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: right 85.9%, precision 93.0%, recall 96.4%, 1 false alarm (session 8; 85.0%, 93.4% and 1 in session 7)
    // End of session 9: right 86.4%, precision 92.6%, recall 96.4%, 1 false alarm.
    // End of session 10: right 84.5%, precision 92.6%, recall 96.4%, 0 false alarms.
    // End of session 11: right 85.5%, precision 92.6%, recall 97.3%, 0 false alarms.
    // End of session 12: right 85.5%, precision 92.6%, recall 97.3%, 0 false alarms.
    // End of session 14: right 86.8%, precision 92.6%, recall 97.3%, 0 false alarms.
    // End of session 15: right 86.8%, precision 93.0%, recall 97.3%, 0 false alarms.
    // End of session 16: right 86.8%, precision 93.0%, recall 97.3%, 0 false alarms.
    // End of session 17: right 87.3%, precision 92.7%, recall 97.7%, 0 false alarms.
    // End of session 18: right 87.3%, precision 92.7%, recall 97.7%, 0 false alarms.
    // End of session 19: right 87.3%, precision 92.7%, recall 97.7%, 0 false alarms.
    // End of session 20: right 87.3%, precision 92.7%, recall 97.7%, 0 false alarms.
    // End of session 21: right 87.3%, precision 92.7%, recall 97.7%, 0 false alarms.
    // End of session 22: right 87.3%, precision 92.7%, recall 97.7%, 0 false alarms.
    // End of session 23: right 87.3%, precision 92.7%, recall 97.7%, 0 false alarms.
    // End of session 24: right 87.3%, precision 92.7%, recall 97.7%, 0 false alarms.
    // End of session 25: right 87.3%, precision 92.3%, recall 97.7%, 0 false alarms.
    // End of session 26: right 87.3%, precision 90.7%, recall 97.7%, 0 false alarms.
    // End of session 27: right 87.3%, precision 90.7%, recall 97.7%, 0 false alarms.
    // End of session 28: right 87.3%, precision 90.7%, recall 97.7%, 0 false alarms.
    // End of session 29: right 87.3%, precision 90.7%, recall 97.7%, 0 false alarms.
    // End of session 30: right 87.3%, precision 90.7%, recall 97.7%, 0 false alarms.
    // End of session 31: right 87.7%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 32: right 88.2%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 33: right 88.2%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 34: right 88.6%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 35: right 88.6%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 36: right 88.6%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 37: right 88.6%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 38: right 88.6%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 39: right 88.6%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 40: right 89.5%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 41: right 89.5%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 42: right 89.5%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 43: right 89.5%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 44: right 89.5%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 45: right 89.5%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 46: right 89.5%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 47: right 89.5%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 48: right 89.5%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 49: right 90.5%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 50: right 90.5%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 51: right 90.5%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 52: right 90.5%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 53: right 90.5%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 54: right 90.5%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 55: right 91.4%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 56: right 91.4%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 57: right 91.4%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 58: right 91.4%, precision 90.8%, recall 98.2%, 0 false alarms.
    // End of session 59: right 91.4%, precision 90.8%, recall 98.2%, 0 false alarms.
    static let minimumRight = 0.91
    static let minimumPrecision = 0.90
    static let minimumRecall = 0.98
    static let maximumFalseAlarms = 1
}

/// The unseen corpus (`Fixtures/unseen`): 20 articles by two more writers who had not seen the
/// checker or the other corpora, committed before the checker first ran on them and not used to
/// develop it (until session 26 only its totals were looked at); the thresholds sit just under its measurement.
/// Held out through session 26 (its last held-out figures: docs/measurements/corpora-issue-12-session-26.txt);
/// from session 27 a development corpus, its failures read (held-out figures come from unseen 19 and later).
@Suite("Unseen corpus")
struct UnseenCorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus", folder: "Fixtures/unseen",
            CorpusThresholds(
                articles: 20, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: right 74.6%, precision 88.8%, recall 92.1%, 10 false alarms (session 8; 72.9%, 90.5% and 14 in session
    // 7). Precision fell 1.7 points in session 8: the checker now reports rankings said without a ranking word, records
    // without a record word and differences of money, some of which the writers did not annotate. Session 9: 73.8%, 8
    // false alarms: a figure that holds only with the flows the other way round (the verb's own direction, where the
    // reporter's was read from the subject) is unsure now, no longer supported; two claims here were right that way
    // End of session 9: right 74.2%, precision 88.8%, recall 92.1%, 8 false alarms.
    // End of session 10: right 74.2%, precision 88.8%, recall 92.1%, 5 false alarms.
    // End of session 11: right 74.2%, precision 88.8%, recall 92.1%, 5 false alarms.
    // End of session 12: right 74.2%, precision 87.7%, recall 92.1%, 5 false alarms.
    // End of session 14: right 74.2%, precision 87.7%, recall 92.1%, 5 false alarms.
    // End of session 15: right 74.6%, precision 89.1%, recall 91.7%, 3 false alarms.
    // End of session 16: right 74.6%, precision 89.1%, recall 91.7%, 3 false alarms.
    // End of session 17: right 74.6%, precision 89.1%, recall 91.7%, 3 false alarms.
    // End of session 18: right 74.6%, precision 89.1%, recall 91.7%, 3 false alarms.
    // End of session 19: right 74.6%, precision 89.1%, recall 91.7%, 3 false alarms.
    // End of session 20: right 75.0%, precision 89.1%, recall 91.7%, 3 false alarms.
    // End of session 21: right 76.7%, precision 88.8%, recall 92.5%, 2 false alarms.
    // End of session 22: right 76.7%, precision 88.8%, recall 92.5%, 2 false alarms.
    // End of session 23: right 76.7%, precision 88.8%, recall 92.5%, 2 false alarms.
    // End of session 24: right 76.7%, precision 88.8%, recall 92.5%, 2 false alarms.
    // End of session 25: right 77.1%, precision 88.1%, recall 92.9%, 2 false alarms.
    // End of session 26: right 77.9%, precision 87.5%, recall 93.3%, 2 false alarms.
    // End of session 27: right 77.9%, precision 87.5%, recall 93.3%, 2 false alarms.
    // End of session 28: right 79.2%, precision 87.2%, recall 93.3%, 0 false alarms.
    // End of session 29: right 79.6%, precision 87.2%, recall 93.8%, 0 false alarms.
    // End of session 30: right 79.6%, precision 87.9%, recall 93.8%, 0 false alarms.
    // End of session 31: right 80.0%, precision 87.6%, recall 94.6%, 0 false alarms.
    // End of session 32: right 80.0%, precision 87.6%, recall 94.6%, 0 false alarms.
    // End of session 33: right 80.0%, precision 87.6%, recall 94.6%, 0 false alarms.
    // End of session 34: right 80.0%, precision 87.6%, recall 94.6%, 0 false alarms.
    // End of session 35: right 80.0%, precision 87.6%, recall 94.6%, 0 false alarms.
    // End of session 36: right 80.0%, precision 87.3%, recall 94.6%, 0 false alarms.
    // End of session 37: right 80.0%, precision 87.3%, recall 94.6%, 0 false alarms.
    // End of session 38: right 80.0%, precision 87.3%, recall 94.6%, 0 false alarms.
    // End of session 39: right 80.0%, precision 87.3%, recall 94.6%, 0 false alarms.
    // End of session 40: right 80.0%, precision 87.3%, recall 94.6%, 0 false alarms.
    // End of session 41: right 80.0%, precision 87.3%, recall 94.6%, 0 false alarms.
    // End of session 42: right 80.4%, precision 87.3%, recall 94.6%, 0 false alarms.
    // End of session 43: right 80.8%, precision 87.3%, recall 94.6%, 0 false alarms.
    // End of session 44: right 80.8%, precision 87.6%, recall 94.6%, 0 false alarms.
    // End of session 45: right 80.8%, precision 87.6%, recall 94.6%, 0 false alarms.
    // End of session 46: right 80.8%, precision 87.6%, recall 94.6%, 0 false alarms.
    // End of session 47: right 80.8%, precision 88.7%, recall 94.6%, 0 false alarms.
    // End of session 48: right 80.8%, precision 88.7%, recall 94.6%, 0 false alarms.
    // End of session 49: right 80.8%, precision 88.7%, recall 94.6%, 0 false alarms.
    // End of session 50: right 81.2%, precision 89.1%, recall 95.0%, 0 false alarms.
    // End of session 51: right 81.7%, precision 89.5%, recall 95.4%, 0 false alarms.
    // End of session 52: right 81.7%, precision 89.5%, recall 95.4%, 0 false alarms.
    // End of session 53: right 81.7%, precision 89.5%, recall 95.4%, 0 false alarms.
    // End of session 54: right 81.7%, precision 89.5%, recall 95.4%, 0 false alarms.
    // End of session 55: right 81.7%, precision 89.5%, recall 95.4%, 0 false alarms.
    // End of session 56: right 81.7%, precision 89.5%, recall 95.4%, 0 false alarms.
    // End of session 57: right 81.7%, precision 89.5%, recall 95.4%, 0 false alarms.
    // End of session 58: right 81.7%, precision 89.5%, recall 95.4%, 0 false alarms.
    // End of session 59: right 81.7%, precision 89.5%, recall 95.4%, 0 false alarms.
    static let minimumRight = 0.81
    static let minimumPrecision = 0.89
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// A third development corpus (`Fixtures/realistic-c`): 20 articles by two writers who had not seen
/// the checker or the other corpora, asked to write as real outlets do (datelines, quotes, ranges,
/// monthly averages, sums over years, capitals for countries). Committed before the checker first ran
/// on it and measured once then (`docs/measurements/`); developed against since.
@Suite("Development corpus C")
struct RealisticCCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus C", folder: "Fixtures/realistic-c",
            CorpusThresholds(
                articles: 20, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: right 85.8%, precision 88.8%, recall 92.5%, 0 false alarms (session 8; 85.4% in sessions 6 and 7)
    // End of session 9: right 87.1%, precision 88.4%, recall 92.5%, 0 false alarms.
    // End of session 10: right 86.7%, precision 88.8%, recall 92.9%, 0 false alarms.
    // End of session 11: right 87.1%, precision 88.9%, recall 93.3%, 0 false alarms.
    // End of session 12: right 87.9%, precision 87.9%, recall 93.8%, 0 false alarms.
    // End of session 14: right 88.3%, precision 87.9%, recall 93.8%, 0 false alarms.
    // End of session 15: right 88.3%, precision 88.6%, recall 93.8%, 0 false alarms.
    // End of session 16: right 88.3%, precision 88.6%, recall 93.8%, 0 false alarms.
    // End of session 17: right 88.3%, precision 88.6%, recall 93.8%, 0 false alarms.
    // End of session 18: right 88.3%, precision 88.6%, recall 93.8%, 0 false alarms.
    // End of session 19: right 88.3%, precision 88.6%, recall 93.8%, 0 false alarms.
    // End of session 20: right 88.3%, precision 88.6%, recall 93.8%, 0 false alarms.
    // End of session 21: right 88.3%, precision 88.6%, recall 93.8%, 0 false alarms.
    // End of session 22: right 88.3%, precision 88.6%, recall 93.8%, 0 false alarms.
    // End of session 23: right 89.2%, precision 86.9%, recall 94.2%, 0 false alarms.
    // End of session 24: right 89.2%, precision 86.9%, recall 94.2%, 0 false alarms.
    // End of session 25: right 89.2%, precision 86.3%, recall 94.2%, 0 false alarms.
    // End of session 26: right 89.2%, precision 86.3%, recall 94.2%, 0 false alarms.
    // End of session 27: right 89.2%, precision 86.3%, recall 94.2%, 0 false alarms.
    // End of session 28: right 89.6%, precision 86.3%, recall 94.2%, 0 false alarms.
    // End of session 29: right 89.6%, precision 86.3%, recall 94.2%, 0 false alarms.
    // End of session 30: right 89.6%, precision 86.3%, recall 94.6%, 0 false alarms.
    // End of session 31: right 89.6%, precision 86.3%, recall 94.6%, 0 false alarms.
    // End of session 32: right 89.6%, precision 86.3%, recall 94.6%, 0 false alarms.
    // End of session 33: right 90.0%, precision 86.4%, recall 95.0%, 0 false alarms.
    // End of session 34: right 90.0%, precision 86.4%, recall 95.0%, 0 false alarms.
    // End of session 35: right 90.0%, precision 86.4%, recall 95.0%, 0 false alarms.
    // End of session 36: right 90.0%, precision 86.4%, recall 95.0%, 0 false alarms.
    // End of session 37: right 90.0%, precision 86.4%, recall 95.0%, 0 false alarms.
    // End of session 38: right 90.0%, precision 86.4%, recall 95.0%, 0 false alarms.
    // End of session 39: right 90.0%, precision 86.4%, recall 95.0%, 0 false alarms.
    // End of session 40: right 90.4%, precision 86.4%, recall 95.0%, 0 false alarms.
    // End of session 41: right 90.4%, precision 86.4%, recall 95.0%, 0 false alarms.
    // End of session 42: right 90.4%, precision 86.4%, recall 95.0%, 0 false alarms.
    // End of session 43: right 90.4%, precision 86.4%, recall 95.0%, 0 false alarms.
    // End of session 44: right 90.4%, precision 86.4%, recall 95.0%, 0 false alarms.
    // End of session 45: right 90.4%, precision 86.4%, recall 95.0%, 0 false alarms.
    // End of session 46: right 90.8%, precision 86.0%, recall 95.0%, 0 false alarms.
    // End of session 47: right 90.8%, precision 86.0%, recall 95.0%, 0 false alarms.
    // End of session 48: right 90.8%, precision 85.4%, recall 95.0%, 0 false alarms.
    // End of session 49: right 90.8%, precision 85.4%, recall 95.0%, 0 false alarms.
    // End of session 50: right 90.8%, precision 85.4%, recall 95.0%, 0 false alarms.
    // End of session 51: right 90.8%, precision 85.4%, recall 95.0%, 0 false alarms.
    // End of session 52: right 90.8%, precision 85.4%, recall 95.0%, 0 false alarms.
    // End of session 53: right 90.8%, precision 85.4%, recall 95.0%, 0 false alarms.
    // End of session 54: right 90.8%, precision 85.1%, recall 95.0%, 0 false alarms.
    // End of session 55: right 90.8%, precision 85.1%, recall 95.0%, 0 false alarms.
    // End of session 56: right 90.8%, precision 85.1%, recall 95.0%, 0 false alarms.
    // End of session 57: right 90.8%, precision 85.1%, recall 95.0%, 0 false alarms.
    // End of session 58: right 90.8%, precision 85.1%, recall 95.0%, 0 false alarms.
    // End of session 59: right 90.8%, precision 85.1%, recall 95.0%, 0 false alarms.
    static let minimumRight = 0.90
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// A fourth development corpus (`Fixtures/realistic-d`): 18 articles by two more writers who had not
/// seen the checker or the other corpora, asked for the messier surface forms of real pages
/// (abbreviations, parentheses, lines of a table, captions, references across sentences). Committed
/// before the checker first ran on it and measured once then (`docs/measurements/`); developed
/// against since.
@Suite("Development corpus D")
struct RealisticDCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus D", folder: "Fixtures/realistic-d",
            CorpusThresholds(
                articles: 18, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: right 80.9%, precision 87.6%, recall 88.8%, 0 false alarms (session 8; 80.5% in session 7)
    // End of session 9: right 81.4%, precision 87.6%, recall 88.8%, 0 false alarms.
    // End of session 10: right 80.0%, precision 87.6%, recall 88.8%, 0 false alarms.
    // End of session 11: right 80.5%, precision 88.1%, recall 89.3%, 0 false alarms.
    // End of session 12: right 80.9%, precision 88.1%, recall 89.3%, 0 false alarms.
    // End of session 14: right 82.8%, precision 88.2%, recall 90.2%, 0 false alarms.
    // End of session 15: right 82.8%, precision 89.0%, recall 90.2%, 0 false alarms.
    // End of session 16: right 82.8%, precision 89.0%, recall 90.2%, 0 false alarms.
    // End of session 17: right 82.8%, precision 89.0%, recall 90.2%, 0 false alarms.
    // End of session 18: right 82.8%, precision 89.0%, recall 90.2%, 0 false alarms.
    // End of session 19: right 83.3%, precision 88.6%, recall 90.7%, 0 false alarms.
    // End of session 20: right 83.3%, precision 88.6%, recall 90.7%, 0 false alarms.
    // End of session 21: right 83.3%, precision 88.6%, recall 90.7%, 0 false alarms.
    // End of session 22: right 83.3%, precision 88.6%, recall 90.7%, 0 false alarms.
    // End of session 23: right 83.3%, precision 86.3%, recall 90.7%, 0 false alarms.
    // End of session 24: right 83.3%, precision 86.3%, recall 90.7%, 0 false alarms.
    // End of session 25: right 84.7%, precision 86.1%, recall 92.1%, 0 false alarms.
    // End of session 26: right 84.7%, precision 85.7%, recall 92.1%, 0 false alarms.
    // End of session 27: right 84.2%, precision 85.7%, recall 92.1%, 0 false alarms.
    // End of session 28: right 84.2%, precision 85.7%, recall 92.1%, 0 false alarms.
    // End of session 29: right 84.7%, precision 85.4%, recall 92.6%, 0 false alarms.
    // End of session 30: right 84.7%, precision 85.4%, recall 92.6%, 0 false alarms.
    // End of session 31: right 84.7%, precision 85.5%, recall 93.5%, 0 false alarms.
    // End of session 32: right 84.7%, precision 85.5%, recall 93.5%, 0 false alarms.
    // End of session 33: right 84.7%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 34: right 84.7%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 35: right 84.7%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 36: right 84.7%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 37: right 84.7%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 38: right 84.7%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 39: right 84.7%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 40: right 84.7%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 41: right 84.7%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 42: right 84.7%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 43: right 84.2%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 44: right 84.2%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 45: right 84.2%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 46: right 84.2%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 47: right 84.2%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 48: right 84.2%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 49: right 84.2%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 50: right 84.2%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 51: right 84.2%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 52: right 84.2%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 53: right 84.2%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 54: right 84.2%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 55: right 84.2%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 56: right 84.2%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 57: right 84.2%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 58: right 84.2%, precision 85.2%, recall 93.5%, 0 false alarms.
    // End of session 59: right 84.2%, precision 85.2%, recall 93.5%, 0 false alarms.
    static let minimumRight = 0.84
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// A fifth development corpus (`Fixtures/realistic-e`): 20 articles by two more writers who had not
/// seen the checker or the other corpora, weighted toward the phenomena the checker did worst on in
/// the unseen corpora (comparisons, coordination, rankings and negated rankings, shares, ambiguity).
/// Committed before the checker first ran on it and measured once then (`docs/measurements/`);
/// developed against since.
@Suite("Development corpus E")
struct RealisticECorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus E", folder: "Fixtures/realistic-e",
            CorpusThresholds(
                articles: 20, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first 55.8% right, 17 false alarms; now right 75.8%, precision 88.8%, recall 88.8%, 2 false alarms
    // (session 8; 72.9% and 3 in session 7)
    // End of session 9: right 76.7%, precision 88.8%, recall 89.2%, 1 false alarm.
    // End of session 10: right 74.2%, precision 89.5%, recall 89.2%, 1 false alarm.
    // End of session 11: right 75.4%, precision 89.6%, recall 90.0%, 0 false alarms.
    // End of session 12: right 75.8%, precision 89.7%, recall 90.4%, 0 false alarms.
    // End of session 14: right 76.2%, precision 89.7%, recall 90.4%, 0 false alarms.
    // End of session 15: right 76.7%, precision 89.3%, recall 90.4%, 0 false alarms.
    // End of session 16: right 76.7%, precision 89.3%, recall 90.4%, 0 false alarms.
    // End of session 17: right 77.1%, precision 89.3%, recall 90.8%, 0 false alarms.
    // End of session 18: right 77.1%, precision 89.3%, recall 90.8%, 0 false alarms.
    // End of session 19: right 77.5%, precision 89.3%, recall 90.8%, 0 false alarms.
    // (Precision 89.3% -> 89.0% in session 20: "Mexiko verdrängt China: Warum die USA jetzt beim Nachbarn einkaufen" is
    // now read, a supplier overtaken and supported, which the annotation does not list.)
    // End of session 20: right 77.5%, precision 89.0%, recall 90.8%, 0 false alarms.
    // End of session 21: right 77.5%, precision 88.6%, recall 90.8%, 0 false alarms.
    // End of session 22: right 77.9%, precision 89.0%, recall 91.2%, 0 false alarms.
    // End of session 23: right 77.5%, precision 87.6%, recall 91.7%, 0 false alarms.
    // End of session 24: right 77.5%, precision 87.6%, recall 91.7%, 0 false alarms.
    // End of session 25: right 77.9%, precision 87.6%, recall 91.7%, 0 false alarms.
    // End of session 26: right 77.9%, precision 87.0%, recall 91.7%, 0 false alarms.
    // End of session 27: right 77.9%, precision 87.0%, recall 91.7%, 0 false alarms.
    // End of session 28: right 77.9%, precision 86.6%, recall 91.7%, 0 false alarms.
    // End of session 29: right 78.3%, precision 86.7%, recall 92.1%, 0 false alarms.
    // End of session 30: right 78.3%, precision 86.4%, recall 92.5%, 0 false alarms.
    // End of session 31: right 78.3%, precision 86.7%, recall 92.5%, 0 false alarms.
    // End of session 32: right 78.3%, precision 86.7%, recall 92.5%, 0 false alarms.
    // End of session 33: right 78.8%, precision 86.4%, recall 92.9%, 0 false alarms.
    // End of session 34: right 79.2%, precision 86.4%, recall 92.9%, 0 false alarms.
    // End of session 35: right 79.2%, precision 86.4%, recall 92.9%, 0 false alarms.
    // End of session 36: right 79.2%, precision 86.1%, recall 92.9%, 0 false alarms.
    // End of session 37: right 79.6%, precision 86.1%, recall 92.9%, 0 false alarms.
    // End of session 38: right 79.6%, precision 86.1%, recall 92.9%, 0 false alarms.
    // End of session 39: right 79.6%, precision 86.1%, recall 92.9%, 0 false alarms.
    // End of session 40: right 79.6%, precision 86.1%, recall 92.9%, 0 false alarms.
    // End of session 41: right 79.6%, precision 86.1%, recall 92.9%, 0 false alarms.
    // End of session 42: right 79.6%, precision 86.1%, recall 92.9%, 0 false alarms.
    // End of session 43: right 80.0%, precision 86.1%, recall 92.9%, 0 false alarms.
    // End of session 44: right 80.0%, precision 86.1%, recall 92.9%, 0 false alarms.
    // End of session 45: right 80.0%, precision 86.1%, recall 92.9%, 0 false alarms.
    // End of session 46: right 80.4%, precision 86.2%, recall 93.3%, 0 false alarms.
    // End of session 47: right 80.4%, precision 86.2%, recall 93.3%, 0 false alarms.
    // End of session 48: right 80.4%, precision 86.2%, recall 93.3%, 0 false alarms.
    // End of session 49: right 80.4%, precision 86.2%, recall 93.3%, 0 false alarms.
    // End of session 50: right 80.4%, precision 85.8%, recall 93.3%, 0 false alarms.
    // End of session 51: right 80.4%, precision 85.8%, recall 93.3%, 0 false alarms.
    // End of session 52: right 80.4%, precision 85.8%, recall 93.3%, 0 false alarms.
    // End of session 53: right 80.4%, precision 85.8%, recall 93.3%, 0 false alarms.
    // End of session 54: right 80.8%, precision 85.5%, recall 93.3%, 0 false alarms.
    // End of session 55: right 80.8%, precision 85.5%, recall 93.3%, 0 false alarms.
    // End of session 56: right 80.8%, precision 85.5%, recall 93.3%, 0 false alarms.
    // End of session 57: right 80.8%, precision 85.5%, recall 93.3%, 0 false alarms.
    // End of session 58: right 80.8%, precision 85.5%, recall 93.3%, 0 false alarms.
    // End of session 59: right 80.8%, precision 85.5%, recall 93.3%, 0 false alarms.
    static let minimumRight = 0.80
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// A sixth development corpus (`Fixtures/realistic-f`): 20 articles by two more writers who had not
/// seen the checker or the other corpora, weighted toward percent changes (implied bases, partial years,
/// changes of a balance, changes in words), the world as partner, shares, compositions and hedges.
/// Committed before the checker first ran on it and measured once then (`docs/measurements/`).
@Suite("Development corpus F")
struct RealisticFCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus F", folder: "Fixtures/realistic-f",
            CorpusThresholds(
                articles: 20, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first 65.8% right, 22 false alarms; now right 80.7%, precision 91.7%, recall 95.9%, 2 false alarms
    // (session 8; 79.4% and 2 in session 7)
    // End of session 9: right 81.1%, precision 91.7%, recall 95.9%, 1 false alarm.
    // End of session 10: right 79.4%, precision 91.4%, recall 95.9%, 1 false alarm.
    // End of session 11: right 80.7%, precision 91.4%, recall 96.7%, 0 false alarms.
    // End of session 12: right 81.1%, precision 91.4%, recall 96.7%, 0 false alarms.
    // End of session 14: right 82.7%, precision 91.4%, recall 96.7%, 0 false alarms.
    // End of session 15: right 83.1%, precision 92.2%, recall 96.7%, 0 false alarms.
    // End of session 16: right 83.1%, precision 92.2%, recall 96.7%, 0 false alarms.
    // End of session 17: right 83.5%, precision 92.2%, recall 96.7%, 0 false alarms.
    // End of session 18: right 83.5%, precision 92.2%, recall 96.7%, 0 false alarms.
    // End of session 19: right 83.5%, precision 92.2%, recall 96.7%, 0 false alarms.
    // End of session 20: right 83.5%, precision 92.2%, recall 96.7%, 0 false alarms.
    // End of session 21: right 83.5%, precision 91.8%, recall 96.7%, 0 false alarms.
    // End of session 22: right 83.5%, precision 91.8%, recall 96.7%, 0 false alarms.
    // End of session 23: right 83.5%, precision 90.7%, recall 96.7%, 0 false alarms.
    // End of session 24: right 83.1%, precision 90.7%, recall 96.7%, 0 false alarms.
    // End of session 25: right 83.1%, precision 89.7%, recall 96.7%, 0 false alarms.
    // End of session 26: right 83.1%, precision 88.3%, recall 96.7%, 0 false alarms.
    // End of session 27: right 83.1%, precision 88.3%, recall 96.7%, 0 false alarms.
    // End of session 28: right 83.1%, precision 88.3%, recall 96.7%, 0 false alarms.
    // End of session 29: right 83.1%, precision 88.3%, recall 96.7%, 0 false alarms.
    // End of session 30: right 83.5%, precision 88.4%, recall 97.1%, 0 false alarms.
    // End of session 31: right 84.0%, precision 88.4%, recall 97.5%, 0 false alarms.
    // End of session 32: right 85.2%, precision 88.5%, recall 97.9%, 0 false alarms.
    // End of session 33: right 85.2%, precision 87.8%, recall 97.9%, 0 false alarms.
    // End of session 34: right 85.6%, precision 87.8%, recall 97.9%, 0 false alarms.
    // End of session 35: right 85.6%, precision 87.8%, recall 97.9%, 0 false alarms.
    // End of session 36: right 85.6%, precision 87.5%, recall 97.9%, 0 false alarms.
    // End of session 37: right 85.6%, precision 87.5%, recall 97.9%, 0 false alarms.
    // End of session 38: right 85.6%, precision 87.5%, recall 97.9%, 0 false alarms.
    // End of session 39: right 85.6%, precision 87.5%, recall 97.9%, 0 false alarms.
    // End of session 40: right 85.6%, precision 87.5%, recall 97.9%, 0 false alarms.
    // End of session 41: right 85.6%, precision 87.5%, recall 97.9%, 0 false alarms.
    // End of session 42: right 85.6%, precision 87.5%, recall 97.9%, 0 false alarms.
    // End of session 43: right 86.0%, precision 87.5%, recall 98.4%, 0 false alarms.
    // End of session 44: right 86.0%, precision 87.5%, recall 98.4%, 0 false alarms.
    // End of session 45: right 86.0%, precision 87.5%, recall 98.4%, 0 false alarms.
    // End of session 46: right 86.0%, precision 87.5%, recall 98.4%, 0 false alarms.
    // End of session 47: right 86.0%, precision 87.9%, recall 98.4%, 0 false alarms.
    // End of session 48: right 86.0%, precision 87.9%, recall 98.4%, 0 false alarms.
    // End of session 49: right 86.0%, precision 87.9%, recall 98.4%, 0 false alarms.
    // End of session 50: right 86.8%, precision 87.9%, recall 98.8%, 0 false alarms.
    // End of session 51: right 86.8%, precision 87.9%, recall 98.8%, 0 false alarms.
    // End of session 52: right 86.8%, precision 87.9%, recall 98.8%, 0 false alarms.
    // End of session 53: right 86.8%, precision 87.9%, recall 98.8%, 0 false alarms.
    // End of session 54: right 86.8%, precision 87.9%, recall 98.8%, 0 false alarms.
    // End of session 55: right 87.2%, precision 87.9%, recall 98.8%, 0 false alarms.
    // End of session 56: right 87.2%, precision 87.9%, recall 98.8%, 0 false alarms.
    // End of session 57: right 87.2%, precision 87.9%, recall 98.8%, 0 false alarms.
    // End of session 58: right 87.2%, precision 87.9%, recall 98.8%, 0 false alarms.
    // End of session 59: right 87.2%, precision 87.9%, recall 98.8%, 0 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.87
    static let minimumRecall = 0.98
    static let maximumFalseAlarms = 1
}

/// The second unseen corpus (`Fixtures/unseen-2`): 18 articles by two more writers who had not seen
/// the checker or the other corpora, committed before the checker first ran on them and measured once,
/// at the end of the session whose changes it measures; its articles and per-claim results are not
/// read. The thresholds sit just under that measurement.
/// Development corpus G (`Fixtures/realistic-g`): 20 articles (260 claims) by two writers who had read
/// only `docs/corpus-brief.md` and the data files, weighted toward relative periods and partial years,
/// implied bases of changes, the world beside partner figures, rankings and unverifiable figures.
/// Committed before the checker first ran on it, measured once, developed against since.
@Suite("Development corpus G")
struct RealisticGCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus G", folder: "Fixtures/realistic-g",
            CorpusThresholds(
                articles: 20, gold: 250, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first 64.6% right, 18 false alarms; now right 79.6%, precision 87.5%, recall 94.6%, 1 false alarm
    // (session 8; 75.8% and 4 in session 7)
    // End of session 9: right 80.0%, precision 87.5%, recall 94.6%, 1 false alarm.
    // End of session 10: right 79.6%, precision 87.9%, recall 94.6%, 0 false alarms.
    // End of session 11: right 80.4%, precision 87.6%, recall 95.0%, 0 false alarms.
    // End of session 12: right 80.4%, precision 85.8%, recall 95.0%, 0 false alarms.
    // End of session 14: right 80.8%, precision 85.8%, recall 95.0%, 0 false alarms.
    // End of session 15: right 80.8%, precision 86.1%, recall 95.0%, 0 false alarms.
    // End of session 16: right 80.8%, precision 86.1%, recall 95.0%, 0 false alarms.
    // End of session 17: right 81.2%, precision 86.1%, recall 95.4%, 0 false alarms.
    // End of session 18: right 81.2%, precision 86.1%, recall 95.4%, 0 false alarms.
    // End of session 19: right 81.2%, precision 86.1%, recall 95.4%, 0 false alarms.
    // End of session 20: right 81.2%, precision 86.1%, recall 95.4%, 0 false alarms.
    // End of session 21: right 81.2%, precision 86.1%, recall 95.4%, 0 false alarms.
    // End of session 22: right 81.2%, precision 86.1%, recall 95.4%, 0 false alarms.
    // End of session 23: right 81.2%, precision 83.5%, recall 95.4%, 0 false alarms.
    // End of session 24: right 81.2%, precision 83.5%, recall 95.4%, 0 false alarms.
    // End of session 25: right 81.2%, precision 82.7%, recall 95.4%, 0 false alarms.
    // End of session 26: right 81.2%, precision 82.4%, recall 95.4%, 0 false alarms.
    // End of session 27: right 81.2%, precision 82.4%, recall 95.4%, 0 false alarms.
    // End of session 28: right 81.2%, precision 82.4%, recall 95.4%, 0 false alarms.
    // End of session 29: right 81.5%, precision 83.1%, recall 96.2%, 0 false alarms.
    // End of session 30: right 81.9%, precision 83.1%, recall 96.5%, 0 false alarms.
    // End of session 31: right 82.3%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 32: right 82.3%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 33: right 82.3%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 34: right 82.3%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 35: right 82.7%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 36: right 82.7%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 37: right 82.7%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 38: right 83.8%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 39: right 84.2%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 40: right 84.2%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 41: right 84.2%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 42: right 84.6%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 43: right 85.4%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 44: right 85.4%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 45: right 85.4%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 46: right 85.4%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 47: right 85.4%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 48: right 85.4%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 49: right 85.4%, precision 83.4%, recall 96.9%, 0 false alarms.
    // End of session 50: right 85.4%, precision 82.6%, recall 96.9%, 0 false alarms.
    // End of session 51: right 85.4%, precision 82.6%, recall 96.9%, 0 false alarms.
    // End of session 52: right 85.8%, precision 82.6%, recall 96.9%, 0 false alarms.
    // End of session 53: right 85.8%, precision 82.9%, recall 96.9%, 0 false alarms.
    // End of session 54: right 86.2%, precision 82.6%, recall 96.9%, 0 false alarms.
    // End of session 55: right 86.2%, precision 82.6%, recall 96.9%, 0 false alarms.
    // End of session 56: right 86.2%, precision 82.6%, recall 96.9%, 0 false alarms.
    // End of session 57: right 86.2%, precision 82.6%, recall 96.9%, 0 false alarms.
    // End of session 58: right 86.2%, precision 82.6%, recall 96.9%, 0 false alarms.
    // End of session 59: right 86.2%, precision 82.6%, recall 96.9%, 0 false alarms.
    static let minimumRight = 0.86
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// Development corpus H (`Fixtures/realistic-h`): 20 articles (270 claims) by two writers who had read
/// only `docs/corpus-brief.md` and the data files, weighted toward comparisons, rankings and negated
/// rankings, compositions, records and hedges, and references back to an earlier figure. Committed
/// before the checker first ran on it, measured once, developed against since.
@Suite("Development corpus H")
struct RealisticHCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus H", folder: "Fixtures/realistic-h",
            CorpusThresholds(
                articles: 20, gold: 260, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first (8bc5473) 58.1% right, precision 84.8%, recall 76.3%, 16 false alarms
    // (docs/measurements/realistic-h- first-measurement-session-8.txt); at the end of session 8: 75.2%, 86.6%, 86.3%, 2
    // End of session 9: right 76.7%, precision 87.0%, recall 87.0%, 1 false alarm.
    // End of session 10: right 74.4%, precision 87.4%, recall 87.0%, 0 false alarms.
    // End of session 11: right 75.9%, precision 87.5%, recall 88.5%, 0 false alarms.
    // End of session 12: right 76.3%, precision 87.0%, recall 89.3%, 0 false alarms.
    // End of session 14: right 77.8%, precision 87.0%, recall 89.3%, 0 false alarms.
    // End of session 15: right 77.8%, precision 88.0%, recall 89.3%, 0 false alarms.
    // End of session 16: right 78.1%, precision 87.7%, recall 89.6%, 0 false alarms.
    // End of session 17: right 78.1%, precision 88.0%, recall 89.6%, 0 false alarms.
    // End of session 18: right 78.1%, precision 88.0%, recall 89.6%, 0 false alarms.
    // End of session 19: right 78.1%, precision 88.0%, recall 89.6%, 0 false alarms.
    // End of session 20: right 78.1%, precision 88.0%, recall 89.6%, 0 false alarms.
    // End of session 21: right 78.5%, precision 88.0%, recall 90.0%, 0 false alarms.
    // End of session 22: right 78.5%, precision 88.0%, recall 90.0%, 0 false alarms.
    // End of session 23: right 78.5%, precision 86.8%, recall 90.0%, 0 false alarms.
    // End of session 24: right 78.5%, precision 86.8%, recall 90.0%, 0 false alarms.
    // End of session 25: right 78.5%, precision 86.5%, recall 90.0%, 0 false alarms.
    // End of session 26: right 78.5%, precision 86.8%, recall 90.4%, 0 false alarms.
    // End of session 27: right 78.5%, precision 86.8%, recall 90.4%, 0 false alarms.
    // End of session 28: right 78.1%, precision 86.8%, recall 90.4%, 0 false alarms.
    // End of session 29: right 78.5%, precision 86.9%, recall 90.7%, 0 false alarms.
    // End of session 30: right 78.5%, precision 86.9%, recall 90.7%, 0 false alarms.
    // End of session 31: right 78.9%, precision 86.9%, recall 90.7%, 0 false alarms.
    // End of session 32: right 78.9%, precision 86.9%, recall 90.7%, 0 false alarms.
    // End of session 33: right 78.9%, precision 86.9%, recall 90.7%, 0 false alarms.
    // End of session 34: right 78.9%, precision 86.9%, recall 90.7%, 0 false alarms.
    // End of session 35: right 78.9%, precision 86.9%, recall 90.7%, 0 false alarms.
    // End of session 36: right 78.9%, precision 87.2%, recall 90.7%, 0 false alarms.
    // End of session 37: right 79.3%, precision 87.2%, recall 90.7%, 0 false alarms.
    // End of session 38: right 79.3%, precision 87.2%, recall 90.7%, 0 false alarms.
    // End of session 39: right 79.6%, precision 87.2%, recall 90.7%, 0 false alarms.
    // End of session 40: right 79.6%, precision 87.2%, recall 90.7%, 0 false alarms.
    // End of session 41: right 79.6%, precision 87.2%, recall 90.7%, 0 false alarms.
    // End of session 42: right 79.6%, precision 87.2%, recall 90.7%, 0 false alarms.
    // End of session 43: right 79.6%, precision 87.2%, recall 90.7%, 0 false alarms.
    // End of session 44: right 79.6%, precision 87.2%, recall 90.7%, 0 false alarms.
    // End of session 45: right 79.6%, precision 87.2%, recall 90.7%, 0 false alarms.
    // End of session 46: right 79.6%, precision 87.2%, recall 90.7%, 0 false alarms.
    // End of session 47: right 79.6%, precision 87.5%, recall 90.7%, 0 false alarms.
    // End of session 48: right 80.0%, precision 87.5%, recall 90.7%, 0 false alarms.
    // End of session 49: right 80.0%, precision 87.5%, recall 90.7%, 0 false alarms.
    // End of session 50: right 81.1%, precision 88.6%, recall 91.9%, 0 false alarms.
    // End of session 51: right 81.1%, precision 88.6%, recall 91.9%, 0 false alarms.
    // End of session 52: right 80.7%, precision 88.5%, recall 91.5%, 0 false alarms.
    // End of session 53: right 80.7%, precision 88.5%, recall 91.5%, 0 false alarms.
    // End of session 54: right 80.7%, precision 88.2%, recall 91.5%, 0 false alarms.
    // End of session 55: right 80.7%, precision 88.2%, recall 91.5%, 0 false alarms.
    // End of session 56: right 80.7%, precision 88.2%, recall 91.5%, 0 false alarms.
    // End of session 57: right 80.7%, precision 88.2%, recall 91.5%, 0 false alarms.
    // End of session 58: right 80.7%, precision 88.2%, recall 91.5%, 0 false alarms.
    // End of session 59: right 80.7%, precision 88.2%, recall 91.5%, 0 false alarms.
    static let minimumRight = 0.80
    static let minimumPrecision = 0.88
    static let minimumRecall = 0.91
    static let maximumFalseAlarms = 1
}

/// Development corpus I (`Fixtures/realistic-i`): 20 articles (299 claims) by two writers who had read
/// only `docs/corpus-brief.md` (with its ninth-session section) and the data files, weighted toward
/// what real pages do: other countries' releases, the monthly release's headline figures, annual
/// headline deficits, quotes, headline boxes. Committed before the checker first ran on it, measured
/// once, developed against since.
@Suite("Development corpus I")
struct RealisticICorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus I", folder: "Fixtures/realistic-i",
            CorpusThresholds(
                articles: 20, gold: 290, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first (61ffe47) 73.6% right, precision 84.6%, recall 90.3%, 12 false alarms
    // (docs/measurements/realistic-i-first-measurement-session-9.txt).
    // End of session 9: right 80.3%, precision 84.8%, recall 91.3%, 2 false alarms.
    // End of session 10: right 80.6%, precision 86.0%, recall 92.3%, 0 false alarms.
    // End of session 11: right 80.6%, precision 86.5%, recall 92.3%, 0 false alarms.
    // End of session 12: right 80.6%, precision 86.0%, recall 92.6%, 0 false alarms.
    // End of session 14: right 80.9%, precision 85.8%, recall 93.3%, 0 false alarms.
    // End of session 15: right 81.3%, precision 87.7%, recall 93.3%, 0 false alarms.
    // End of session 16: right 81.6%, precision 87.7%, recall 93.3%, 0 false alarms.
    // End of session 17: right 81.6%, precision 87.7%, recall 93.3%, 0 false alarms.
    // End of session 18: right 81.9%, precision 87.8%, recall 93.6%, 0 false alarms.
    // End of session 19: right 81.9%, precision 87.8%, recall 93.6%, 0 false alarms.
    // End of session 20: right 81.9%, precision 87.8%, recall 93.6%, 0 false alarms.
    // End of session 21: right 81.9%, precision 87.8%, recall 93.6%, 0 false alarms.
    // End of session 22: right 81.9%, precision 87.8%, recall 93.6%, 0 false alarms.
    // End of session 23: right 82.3%, precision 87.8%, recall 94.0%, 0 false alarms.
    // End of session 24: right 82.3%, precision 87.8%, recall 94.0%, 0 false alarms.
    // End of session 25: right 82.3%, precision 87.3%, recall 94.0%, 0 false alarms.
    // End of session 26: right 82.3%, precision 85.9%, recall 94.0%, 0 false alarms.
    // End of session 27: right 82.3%, precision 85.9%, recall 94.0%, 0 false alarms.
    // End of session 28: right 82.3%, precision 85.9%, recall 94.0%, 0 false alarms.
    // End of session 29: right 83.3%, precision 86.9%, recall 95.0%, 0 false alarms.
    // End of session 30: right 83.6%, precision 86.9%, recall 95.0%, 0 false alarms.
    // End of session 31: right 83.6%, precision 86.9%, recall 95.0%, 0 false alarms.
    // End of session 32: right 83.9%, precision 86.9%, recall 95.0%, 0 false alarms.
    // End of session 33: right 83.9%, precision 86.9%, recall 95.0%, 0 false alarms.
    // End of session 34: right 84.3%, precision 86.3%, recall 95.0%, 0 false alarms.
    // End of session 35: right 84.3%, precision 86.3%, recall 95.0%, 0 false alarms.
    // End of session 36: right 84.6%, precision 86.6%, recall 95.0%, 0 false alarms.
    // End of session 37: right 84.9%, precision 86.6%, recall 95.0%, 0 false alarms.
    // End of session 38: right 84.9%, precision 86.6%, recall 95.0%, 0 false alarms.
    // End of session 39: right 84.9%, precision 86.6%, recall 95.0%, 0 false alarms.
    // End of session 40: right 84.9%, precision 86.9%, recall 95.3%, 0 false alarms.
    // End of session 41: right 84.9%, precision 86.9%, recall 95.3%, 0 false alarms.
    // End of session 42: right 85.3%, precision 86.9%, recall 95.3%, 0 false alarms.
    // End of session 43: right 85.3%, precision 86.9%, recall 95.3%, 0 false alarms.
    // End of session 44: right 85.3%, precision 86.9%, recall 95.3%, 0 false alarms.
    // End of session 45: right 85.3%, precision 86.9%, recall 95.3%, 0 false alarms.
    // End of session 46: right 85.3%, precision 86.9%, recall 95.3%, 0 false alarms.
    // End of session 47: right 85.3%, precision 86.9%, recall 95.3%, 0 false alarms.
    // End of session 48: right 85.3%, precision 86.9%, recall 95.3%, 0 false alarms.
    // End of session 49: right 85.3%, precision 86.6%, recall 95.3%, 0 false alarms.
    // End of session 50: right 85.3%, precision 86.6%, recall 95.3%, 0 false alarms.
    // End of session 51: right 85.3%, precision 86.6%, recall 95.3%, 0 false alarms.
    // End of session 52: right 85.3%, precision 86.6%, recall 95.3%, 0 false alarms.
    // End of session 53: right 85.3%, precision 86.6%, recall 95.3%, 0 false alarms.
    // End of session 54: right 85.6%, precision 86.4%, recall 95.7%, 0 false alarms.
    // End of session 55: right 85.6%, precision 86.4%, recall 95.7%, 0 false alarms.
    // End of session 56: right 85.6%, precision 86.4%, recall 95.7%, 0 false alarms.
    // End of session 57: right 85.6%, precision 86.4%, recall 95.7%, 0 false alarms.
    // End of session 58: right 85.6%, precision 86.4%, recall 95.7%, 0 false alarms.
    // End of session 59: right 85.6%, precision 86.4%, recall 95.7%, 0 false alarms.
    static let minimumRight = 0.85
    static let minimumPrecision = 0.86
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// Development corpus J (`Fixtures/realistic-j`): 20 articles (10 German, 10 English, 320 claims) by two
/// writers who had read only the corpus brief (with its tenth-session section: one checkable figure in six
/// wrong, changes whose base is left to the reader, records of a balance, frames set sentences earlier,
/// repeated figures) and the data files; committed before any parser work on it.
@Suite("Development corpus J")
struct RealisticJCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus J", folder: "Fixtures/realistic-j",
            CorpusThresholds(
                articles: 20, gold: 310, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with session 9's checker (bfcb3a2): 76.9% right, 15 false alarms; with the reading-doubt
    // gate built while it was being written: 77.8%, 8 (docs/measurements/realistic-j-first-measurement-session-10.txt).
    // End of session 10: right 84.4%, precision 91.2%, recall 94.1%, 0 false alarms.
    // End of session 11: right 84.7%, precision 91.8%, recall 94.4%, 0 false alarms.
    // End of session 12: right 85.3%, precision 91.8%, recall 95.0%, 0 false alarms.
    // End of session 14: right 85.9%, precision 91.8%, recall 95.0%, 0 false alarms.
    // End of session 15: right 85.9%, precision 92.4%, recall 95.0%, 0 false alarms.
    // End of session 16: right 86.6%, precision 92.7%, recall 95.3%, 0 false alarms.
    // End of session 17: right 86.9%, precision 92.2%, recall 95.6%, 0 false alarms.
    // End of session 18: right 86.9%, precision 92.2%, recall 95.6%, 0 false alarms.
    // End of session 19: right 87.8%, precision 92.0%, recall 96.6%, 0 false alarms.
    // End of session 20: right 88.1%, precision 92.0%, recall 97.2%, 0 false alarms.
    // End of session 21: right 88.1%, precision 91.7%, recall 97.2%, 0 false alarms.
    // End of session 22: right 88.1%, precision 91.7%, recall 97.2%, 0 false alarms.
    // End of session 23: right 88.1%, precision 89.1%, recall 97.5%, 0 false alarms.
    // End of session 24: right 88.1%, precision 89.1%, recall 97.5%, 0 false alarms.
    // End of session 25: right 88.8%, precision 89.2%, recall 98.4%, 0 false alarms.
    // End of session 26: right 88.8%, precision 89.0%, recall 98.4%, 0 false alarms.
    // End of session 27: right 88.8%, precision 89.0%, recall 98.4%, 0 false alarms.
    // End of session 28: right 89.4%, precision 89.0%, recall 98.4%, 0 false alarms.
    // End of session 29: right 89.4%, precision 89.0%, recall 98.4%, 0 false alarms.
    // End of session 30: right 90.0%, precision 89.0%, recall 98.8%, 0 false alarms.
    // End of session 31: right 90.3%, precision 89.0%, recall 99.1%, 0 false alarms.
    // End of session 32: right 91.2%, precision 89.1%, recall 99.4%, 0 false alarms.
    // End of session 33: right 91.2%, precision 89.1%, recall 99.4%, 0 false alarms.
    // End of session 34: right 91.2%, precision 89.1%, recall 99.4%, 0 false alarms.
    // End of session 35: right 91.6%, precision 89.1%, recall 99.4%, 0 false alarms.
    // End of session 36: right 91.6%, precision 89.1%, recall 99.4%, 0 false alarms.
    // End of session 37: right 91.6%, precision 89.1%, recall 99.4%, 0 false alarms.
    // End of session 38: right 91.6%, precision 89.1%, recall 99.4%, 0 false alarms.
    // End of session 39: right 91.6%, precision 89.1%, recall 99.4%, 0 false alarms.
    // End of session 40: right 91.6%, precision 89.1%, recall 99.4%, 0 false alarms.
    // End of session 41: right 91.6%, precision 89.1%, recall 99.4%, 0 false alarms.
    // End of session 42: right 91.6%, precision 89.1%, recall 99.4%, 0 false alarms.
    // End of session 43: right 91.9%, precision 89.1%, recall 99.4%, 0 false alarms.
    // End of session 44: right 91.9%, precision 89.1%, recall 99.4%, 0 false alarms.
    // End of session 45: right 92.2%, precision 89.1%, recall 99.4%, 0 false alarms.
    // End of session 46: right 92.2%, precision 89.1%, recall 99.4%, 0 false alarms.
    // End of session 47: right 92.2%, precision 89.3%, recall 99.4%, 0 false alarms.
    // End of session 48: right 92.2%, precision 89.3%, recall 99.4%, 0 false alarms.
    // End of session 49: right 92.2%, precision 89.3%, recall 99.4%, 0 false alarms.
    // End of session 50: right 92.2%, precision 89.3%, recall 99.4%, 0 false alarms.
    // End of session 51: right 92.2%, precision 89.3%, recall 99.4%, 0 false alarms.
    // End of session 52: right 92.5%, precision 89.3%, recall 99.4%, 0 false alarms.
    // End of session 53: right 92.5%, precision 89.3%, recall 99.4%, 0 false alarms.
    // End of session 54: right 92.5%, precision 89.3%, recall 99.4%, 0 false alarms.
    // End of session 55: right 92.5%, precision 89.3%, recall 99.4%, 0 false alarms.
    // End of session 56: right 92.5%, precision 89.3%, recall 99.4%, 0 false alarms.
    // End of session 57: right 92.5%, precision 89.3%, recall 99.4%, 0 false alarms.
    // End of session 58: right 92.5%, precision 89.3%, recall 99.4%, 0 false alarms.
    // End of session 59: right 92.5%, precision 89.3%, recall 99.4%, 0 false alarms.
    static let minimumRight = 0.92
    static let minimumPrecision = 0.89
    static let minimumRecall = 0.99
    static let maximumFalseAlarms = 1
}

/// Held out through session 26 (its last held-out figures: docs/measurements/corpora-issue-12-session-26.txt);
/// from session 27 a development corpus, its failures read (held-out figures come from unseen 19 and later).
@Suite("Unseen corpus 2")
struct Unseen2CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 2", folder: "Fixtures/unseen-2",
            CorpusThresholds(
                articles: 18, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: right 73.5%, precision 85.5%, recall 90.2%, 4 false alarms (session 8; 73.0%, 86.5% and 5 in session 7)
    // End of session 9: right 73.0%, precision 85.5%, recall 90.2%, 4 false alarms.
    // End of session 10: right 73.0%, precision 85.5%, recall 90.2%, 2 false alarms.
    // End of session 11: right 73.5%, precision 85.9%, recall 90.7%, 2 false alarms.
    // End of session 12: right 74.9%, precision 85.3%, recall 91.6%, 2 false alarms.
    // End of session 14: right 75.8%, precision 84.5%, recall 91.6%, 2 false alarms.
    // End of session 15: right 75.8%, precision 84.5%, recall 91.6%, 2 false alarms.
    // End of session 16: right 75.3%, precision 85.0%, recall 92.1%, 2 false alarms.
    // End of session 17: right 75.3%, precision 85.0%, recall 92.1%, 2 false alarms.
    // End of session 18: right 75.3%, precision 85.0%, recall 92.1%, 2 false alarms.
    // End of session 19: right 75.8%, precision 85.1%, recall 93.0%, 2 false alarms.
    // End of session 20: right 75.8%, precision 85.1%, recall 93.0%, 2 false alarms.
    // End of session 21: right 75.8%, precision 85.1%, recall 93.0%, 2 false alarms.
    // End of session 22: right 75.8%, precision 85.1%, recall 93.0%, 2 false alarms.
    // End of session 23: right 75.8%, precision 85.1%, recall 93.0%, 2 false alarms.
    // End of session 24: right 75.8%, precision 85.1%, recall 93.0%, 2 false alarms.
    // End of session 25: right 76.3%, precision 85.1%, recall 93.0%, 2 false alarms.
    // End of session 26: right 76.3%, precision 84.4%, recall 93.0%, 2 false alarms.
    // End of session 27: right 76.7%, precision 84.4%, recall 93.0%, 1 false alarm.
    // End of session 28: right 76.7%, precision 84.4%, recall 93.0%, 1 false alarm.
    // End of session 29: right 77.2%, precision 84.8%, recall 93.5%, 1 false alarm.
    // End of session 30: right 77.7%, precision 84.8%, recall 93.5%, 1 false alarm.
    // End of session 31: right 78.1%, precision 85.2%, recall 94.0%, 1 false alarm.
    // End of session 32: right 80.5%, precision 85.2%, recall 94.0%, 0 false alarms.
    // End of session 33: right 80.5%, precision 85.2%, recall 94.0%, 0 false alarms.
    // End of session 34: right 80.5%, precision 85.2%, recall 94.0%, 0 false alarms.
    // End of session 35: right 80.5%, precision 85.6%, recall 94.0%, 0 false alarms.
    // End of session 36: right 80.5%, precision 85.6%, recall 94.0%, 0 false alarms.
    // End of session 37: right 80.5%, precision 85.6%, recall 94.0%, 0 false alarms.
    // End of session 38: right 80.5%, precision 85.6%, recall 94.0%, 0 false alarms.
    // End of session 39: right 80.9%, precision 85.7%, recall 94.4%, 0 false alarms.
    // End of session 40: right 80.9%, precision 85.7%, recall 94.4%, 0 false alarms.
    // End of session 41: right 81.4%, precision 85.7%, recall 94.4%, 0 false alarms.
    // End of session 42: right 81.4%, precision 85.7%, recall 94.4%, 0 false alarms.
    // End of session 43: right 81.4%, precision 85.7%, recall 94.4%, 0 false alarms.
    // End of session 44: right 81.4%, precision 86.0%, recall 94.4%, 0 false alarms.
    // End of session 45: right 81.4%, precision 86.0%, recall 94.4%, 0 false alarms.
    // End of session 46: right 81.4%, precision 86.0%, recall 94.4%, 0 false alarms.
    // End of session 47: right 81.4%, precision 86.0%, recall 94.4%, 0 false alarms.
    // End of session 48: right 81.4%, precision 86.0%, recall 94.4%, 0 false alarms.
    // End of session 49: right 81.4%, precision 86.4%, recall 94.4%, 0 false alarms.
    // End of session 50: right 81.4%, precision 86.4%, recall 94.4%, 0 false alarms.
    // End of session 51: right 81.4%, precision 86.4%, recall 94.4%, 0 false alarms.
    // End of session 52: right 81.4%, precision 86.4%, recall 94.4%, 0 false alarms.
    // End of session 53: right 81.4%, precision 86.4%, recall 94.4%, 0 false alarms.
    // End of session 54: right 81.4%, precision 86.0%, recall 94.4%, 0 false alarms.
    // End of session 55: right 81.4%, precision 86.0%, recall 94.4%, 0 false alarms.
    // End of session 56: right 81.4%, precision 86.0%, recall 94.4%, 0 false alarms.
    // End of session 57: right 81.4%, precision 86.0%, recall 94.4%, 0 false alarms.
    // End of session 58: right 81.4%, precision 86.0%, recall 94.4%, 0 false alarms.
    // End of session 59: right 81.4%, precision 86.0%, recall 94.4%, 0 false alarms.
    static let minimumRight = 0.81
    static let minimumPrecision = 0.86
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The third unseen corpus (`Fixtures/unseen-3`): 18 articles by two more writers who had not seen
/// the checker or the other corpora, written in the fifth session and committed before the checker
/// first ran on them; measured once at the end of that session. Only its totals are read.
/// Held out through session 26 (its last held-out figures: docs/measurements/corpora-issue-12-session-26.txt);
/// from session 27 a development corpus, its failures read (held-out figures come from unseen 19 and later).
@Suite("Unseen corpus 3")
struct Unseen3CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 3", folder: "Fixtures/unseen-3",
            CorpusThresholds(
                articles: 18, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: right 73.6%, precision 89.9%, recall 94.9%, 15 false alarms (session 8; 72.7%, 90.2% and 16 in session
    // 7)
    // End of session 9: right 76.4%, precision 89.1%, recall 94.9%, 12 false alarms.
    // End of session 10: right 74.5%, precision 89.1%, recall 94.9%, 6 false alarms.
    // End of session 11: right 74.5%, precision 88.7%, recall 94.9%, 6 false alarms.
    // End of session 12: right 75.9%, precision 88.4%, recall 95.4%, 6 false alarms.
    // End of session 14: right 76.4%, precision 88.4%, recall 95.4%, 6 false alarms.
    // End of session 15: right 76.4%, precision 88.4%, recall 95.4%, 6 false alarms.
    // End of session 16: right 76.9%, precision 88.4%, recall 95.4%, 6 false alarms.
    // End of session 17: right 77.3%, precision 88.8%, recall 95.8%, 6 false alarms.
    // End of session 18: right 77.8%, precision 88.8%, recall 95.8%, 6 false alarms.
    // End of session 19: right 78.2%, precision 89.3%, recall 96.3%, 6 false alarms.
    // End of session 20: right 78.2%, precision 89.3%, recall 96.3%, 6 false alarms.
    // End of session 21: right 78.2%, precision 89.3%, recall 96.3%, 6 false alarms.
    // End of session 22: right 78.2%, precision 89.3%, recall 96.3%, 6 false alarms.
    // End of session 23: right 78.2%, precision 89.3%, recall 96.3%, 6 false alarms.
    // End of session 24: right 78.2%, precision 89.3%, recall 96.3%, 4 false alarms.
    // End of session 25: right 78.2%, precision 88.8%, recall 95.8%, 4 false alarms.
    // End of session 26: right 78.2%, precision 88.5%, recall 95.8%, 4 false alarms.
    // End of session 27: right 78.7%, precision 88.8%, recall 95.8%, 3 false alarms.
    // End of session 28: right 79.6%, precision 88.8%, recall 95.8%, 1 false alarm.
    // End of session 29: right 80.6%, precision 88.8%, recall 95.8%, 1 false alarm.
    // End of session 30: right 80.6%, precision 88.8%, recall 95.8%, 1 false alarm.
    // End of session 31: right 81.5%, precision 89.7%, recall 96.3%, 1 false alarm.
    // End of session 32: right 81.9%, precision 89.3%, recall 96.3%, 1 false alarms.
    // End of session 33: right 81.9%, precision 89.3%, recall 96.3%, 1 false alarms.
    // End of session 34: right 81.9%, precision 89.3%, recall 96.3%, 1 false alarms.
    // End of session 35: right 82.4%, precision 89.3%, recall 96.3%, 1 false alarms.
    // End of session 36: right 82.4%, precision 89.3%, recall 96.3%, 1 false alarms.
    // End of session 37: right 82.4%, precision 89.3%, recall 96.3%, 1 false alarms.
    // End of session 38: right 82.4%, precision 89.3%, recall 96.3%, 1 false alarms.
    // End of session 39: right 83.3%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 40: right 83.3%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 41: right 83.3%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 42: right 83.3%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 43: right 83.3%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 44: right 83.8%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 45: right 83.8%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 46: right 83.8%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 47: right 83.8%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 48: right 83.8%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 49: right 83.8%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 50: right 83.8%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 51: right 83.8%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 52: right 83.8%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 53: right 83.8%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 54: right 83.8%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 55: right 83.8%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 56: right 83.8%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 57: right 83.8%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 58: right 83.8%, precision 89.3%, recall 96.3%, 0 false alarms.
    // End of session 59: right 83.8%, precision 89.3%, recall 96.3%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.89
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The kind of article tradecheck was designed around (issue 12's seed), in the team's own words:
/// a factor-10 slip, a peak month, a collapse without a figure, "only a fraction", the main goods,
/// and a product figure the store cannot check.
@Suite("Seed article")
struct SeedArticleTests {
    @Test func everyClaimFoundWithTheVerdictAndReasonAFactCheckerGives() throws {
        let folder = try #require(Bundle.module.url(forResource: "Fixtures/seed", withExtension: nil))
        let result = try detailedScore(folder: folder)
        #expect(result.total.recall == 1, "\(result.total.misses)")
        #expect(result.total.precision == 1, "\(result.total.extras)")
        #expect(result.total.verdictAccuracy == 1, "\(result.total.wrongVerdicts)")
        let text = try String(
            contentsOf: folder.appendingPathComponent("de_russland_rest.txt"), encoding: .utf8)
        let report = ClaimChecker(database: BundledStore.database).check(
            text, language: .de, date: PublicationDate(parsing: "2025-06-15"))
        func explanation(_ figure: String) -> String {
            report.claims.first { $0.claimed.text == figure }?.explanation ?? ""
        }
        #expect(explanation("12,5 Milliarden Dollar").contains("Faktor 10"))
        #expect(explanation("rund 103 Millionen Dollar").contains("HS 28"))
        #expect(explanation("rund 103 Millionen Dollar").contains("2023–2024"))
        #expect(explanation("eingebrochen").contains("−53,2 %"))
        #expect(explanation("Bruchteil").contains("0,36 %"))
    }
}

/// The fourth unseen corpus (`Fixtures/unseen-4`): 18 articles (9 German, 9 English, 216 claims) by
/// two writers who had read only `docs/corpus-brief.md` and the data files, written in session 6
/// while the checker was being changed, committed before it was first measured.
/// Held out through session 26 (its last held-out figures: docs/measurements/corpora-issue-12-session-26.txt);
/// from session 27 a development corpus, its failures read (held-out figures come from unseen 19 and later).
@Suite("Unseen corpus 4")
struct Unseen4CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 4", folder: "Fixtures/unseen-4",
            CorpusThresholds(
                articles: 18, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: right 70.8%, precision 88.7%, recall 91.2%, 11 false alarms (session 8; 67.1%, 89.4% and 12 in session
    // 7)
    // End of session 9: right 70.4%, precision 88.7%, recall 91.2%, 11 false alarms.
    // End of session 10: right 69.4%, precision 88.8%, recall 91.7%, 4 false alarms.
    // End of session 11: right 69.0%, precision 88.8%, recall 91.7%, 4 false alarms.
    // End of session 12: right 69.0%, precision 88.4%, recall 91.7%, 4 false alarms.
    // End of session 14: right 69.4%, precision 88.4%, recall 91.7%, 4 false alarms.
    // End of session 15: right 69.4%, precision 89.2%, recall 91.7%, 4 false alarms.
    // End of session 16: right 70.4%, precision 89.2%, recall 91.7%, 4 false alarms.
    // End of session 17: right 71.3%, precision 89.3%, recall 92.6%, 4 false alarms.
    // End of session 18: right 71.8%, precision 89.3%, recall 92.6%, 4 false alarms.
    // End of session 19: right 71.8%, precision 89.3%, recall 92.6%, 4 false alarms.
    // End of session 20: right 72.2%, precision 89.3%, recall 92.6%, 4 false alarms.
    // End of session 21: right 72.7%, precision 89.3%, recall 93.1%, 4 false alarms.
    // End of session 22: right 72.7%, precision 89.3%, recall 93.1%, 4 false alarms.
    // End of session 23: right 72.7%, precision 89.3%, recall 93.1%, 4 false alarms.
    // End of session 24: right 73.1%, precision 89.4%, recall 93.5%, 4 false alarms.
    // End of session 25: right 73.6%, precision 88.6%, recall 94.0%, 4 false alarms.
    // End of session 26: right 73.6%, precision 87.5%, recall 94.0%, 4 false alarms.
    // End of session 27: right 75.5%, precision 87.5%, recall 94.0%, 2 false alarms.
    // End of session 28: right 76.9%, precision 87.5%, recall 94.0%, 0 false alarms.
    // End of session 29: right 77.8%, precision 87.6%, recall 94.9%, 0 false alarms.
    // End of session 30: right 77.8%, precision 87.6%, recall 94.9%, 0 false alarms.
    // End of session 31: right 78.2%, precision 87.7%, recall 95.4%, 0 false alarms.
    // End of session 32: right 79.2%, precision 87.7%, recall 95.4%, 0 false alarms.
    // End of session 33: right 79.2%, precision 87.7%, recall 95.4%, 0 false alarms.
    // End of session 34: right 79.2%, precision 87.7%, recall 95.4%, 0 false alarms.
    // End of session 35: right 79.2%, precision 87.7%, recall 95.4%, 0 false alarms.
    // End of session 36: right 79.6%, precision 87.7%, recall 95.4%, 0 false alarms.
    // End of session 37: right 80.6%, precision 87.7%, recall 95.4%, 0 false alarms.
    // End of session 38: right 80.6%, precision 88.0%, recall 95.4%, 0 false alarms.
    // End of session 39: right 81.0%, precision 88.5%, recall 95.8%, 0 false alarms.
    // End of session 40: right 81.5%, precision 88.5%, recall 95.8%, 0 false alarms.
    // End of session 41: right 81.5%, precision 88.5%, recall 95.8%, 0 false alarms.
    // End of session 42: right 81.5%, precision 88.5%, recall 95.8%, 0 false alarms.
    // End of session 43: right 81.5%, precision 88.5%, recall 95.8%, 0 false alarms.
    // End of session 44: right 81.9%, precision 88.5%, recall 95.8%, 0 false alarms.
    // End of session 45: right 81.9%, precision 88.5%, recall 95.8%, 0 false alarms.
    // End of session 46: right 81.9%, precision 88.5%, recall 95.8%, 0 false alarms.
    // End of session 47: right 81.9%, precision 88.5%, recall 95.8%, 0 false alarms.
    // End of session 48: right 81.9%, precision 88.5%, recall 95.8%, 0 false alarms.
    // End of session 49: right 81.9%, precision 88.5%, recall 95.8%, 0 false alarms.
    // End of session 50: right 82.4%, precision 88.9%, recall 96.3%, 0 false alarms.
    // End of session 51: right 82.9%, precision 88.9%, recall 96.3%, 0 false alarms.
    // End of session 52: right 82.9%, precision 88.9%, recall 96.3%, 0 false alarms.
    // End of session 53: right 82.9%, precision 88.9%, recall 96.3%, 0 false alarms.
    // End of session 54: right 82.9%, precision 88.9%, recall 96.3%, 0 false alarms.
    // End of session 55: right 82.9%, precision 88.9%, recall 96.3%, 0 false alarms.
    // End of session 56: right 83.3%, precision 88.9%, recall 96.3%, 0 false alarms.
    // End of session 57: right 83.3%, precision 88.9%, recall 96.3%, 0 false alarms.
    // End of session 58: right 83.3%, precision 88.9%, recall 96.3%, 0 false alarms.
    // End of session 59: right 83.3%, precision 88.9%, recall 96.3%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.88
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The fifth unseen corpus (`Fixtures/unseen-5`): 18 articles (9 German, 9 English, 233 claims) by
/// two writers who had read only `docs/corpus-brief.md` and the data files, written in session 7,
/// committed before the checker first ran on it.
/// Held out through session 26 (its last held-out figures: docs/measurements/corpora-issue-12-session-26.txt);
/// from session 27 a development corpus, its failures read (held-out figures come from unseen 19 and later).
@Suite("Unseen corpus 5")
struct Unseen5CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 5", folder: "Fixtures/unseen-5",
            CorpusThresholds(
                articles: 18, gold: 220, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first measured with session 6's checker: 67.0%, 81.1%, 90.1%, 15 false alarms; end of session 7: 70.8%,
    // 81.5%, 90.6%, 12; end of session 8: 72.1%, 81.6%, 91.4%, 10
    // End of session 9: right 73.4%, precision 81.6%, recall 91.4%, 7 false alarms.
    // End of session 10: right 73.0%, precision 82.0%, recall 91.8%, 3 false alarms.
    // End of session 11: right 73.0%, precision 82.0%, recall 91.8%, 3 false alarms.
    // End of session 12: right 73.8%, precision 81.7%, recall 92.3%, 3 false alarms.
    // End of session 14: right 74.7%, precision 81.4%, recall 92.3%, 3 false alarms.
    // End of session 15: right 75.1%, precision 83.0%, recall 92.3%, 3 false alarms.
    // End of session 16: right 76.0%, precision 83.1%, recall 93.1%, 3 false alarms.
    // End of session 17: right 76.0%, precision 82.8%, recall 93.1%, 3 false alarms.
    // End of session 18: right 77.3%, precision 82.5%, recall 93.1%, 3 false alarms.
    // End of session 19: right 77.3%, precision 82.2%, recall 93.1%, 3 false alarms.
    // (Precision 82.2% -> 81.6% in session 20: one claim more is found that its annotation does not list; only totals
    // are read.)
    // End of session 20: right 77.3%, precision 81.6%, recall 93.1%, 3 false alarms.
    // End of session 21: right 77.3%, precision 81.6%, recall 93.1%, 3 false alarms.
    // End of session 22: right 76.8%, precision 81.6%, recall 93.1%, 3 false alarms.
    // End of session 23: right 76.8%, precision 81.3%, recall 93.1%, 3 false alarms.
    // End of session 24: right 76.8%, precision 81.3%, recall 93.1%, 3 false alarms.
    // End of session 25: right 77.7%, precision 80.7%, recall 93.6%, 3 false alarms.
    // End of session 26: right 77.7%, precision 80.4%, recall 93.6%, 3 false alarms.
    // End of session 27: right 77.3%, precision 80.4%, recall 93.1%, 3 false alarms.
    // End of session 28: right 78.1%, precision 80.4%, recall 93.1%, 1 false alarm.
    // End of session 29: right 79.0%, precision 80.8%, recall 94.0%, 1 false alarm.
    // End of session 30: right 79.0%, precision 80.8%, recall 94.0%, 1 false alarm.
    // End of session 31: right 79.0%, precision 81.5%, recall 94.4%, 1 false alarm.
    // End of session 32: right 79.4%, precision 81.5%, recall 94.4%, 1 false alarms.
    // End of session 33: right 79.8%, precision 81.6%, recall 95.3%, 1 false alarms.
    // End of session 34: right 79.8%, precision 81.6%, recall 95.3%, 1 false alarms.
    // End of session 35: right 79.8%, precision 81.6%, recall 95.3%, 1 false alarms.
    // End of session 36: right 80.7%, precision 81.6%, recall 95.3%, 1 false alarms.
    // End of session 37: right 81.1%, precision 81.6%, recall 95.3%, 0 false alarms.
    // End of session 38: right 81.1%, precision 81.6%, recall 95.3%, 0 false alarms.
    // End of session 39: right 81.1%, precision 81.6%, recall 95.3%, 0 false alarms.
    // End of session 40: right 81.1%, precision 81.6%, recall 95.3%, 0 false alarms.
    // End of session 41: right 81.1%, precision 81.6%, recall 95.3%, 0 false alarms.
    // End of session 42: right 81.5%, precision 81.6%, recall 95.3%, 0 false alarms.
    // End of session 43: right 81.5%, precision 81.6%, recall 95.3%, 0 false alarms.
    // End of session 44: right 81.5%, precision 81.6%, recall 95.3%, 0 false alarms.
    // End of session 45: right 81.5%, precision 81.6%, recall 95.3%, 0 false alarms.
    // End of session 46: right 81.5%, precision 81.6%, recall 95.3%, 0 false alarms.
    // End of session 47: right 81.5%, precision 81.6%, recall 95.3%, 0 false alarms.
    // End of session 48: right 81.5%, precision 81.6%, recall 95.3%, 0 false alarms.
    // End of session 49: right 82.0%, precision 81.6%, recall 95.3%, 0 false alarms.
    // End of session 50: right 82.4%, precision 82.0%, recall 95.7%, 0 false alarms.
    // End of session 51: right 82.4%, precision 82.0%, recall 95.7%, 0 false alarms.
    // End of session 52: right 82.4%, precision 82.0%, recall 95.7%, 0 false alarms.
    // End of session 53: right 82.4%, precision 82.0%, recall 95.7%, 0 false alarms.
    // End of session 54: right 82.4%, precision 82.0%, recall 95.7%, 0 false alarms.
    // End of session 55: right 82.8%, precision 82.0%, recall 95.7%, 0 false alarms.
    // End of session 56: right 82.8%, precision 82.0%, recall 95.7%, 0 false alarms.
    // End of session 57: right 82.8%, precision 82.0%, recall 95.7%, 0 false alarms.
    // End of session 58: right 82.8%, precision 82.0%, recall 95.7%, 0 false alarms.
    // End of session 59: right 82.8%, precision 82.0%, recall 95.7%, 0 false alarms.
    static let minimumRight = 0.82
    static let minimumPrecision = 0.81
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The sixth unseen corpus (`Fixtures/unseen-6`): 18 articles (9 German, 9 English, 216 claims) by
/// two writers who had read only `docs/corpus-brief.md` and the data files, written in session 8,
/// committed before the checker first ran on it.
/// Held out through session 26 (its last held-out figures: docs/measurements/corpora-issue-12-session-26.txt);
/// from session 27 a development corpus, its failures read (held-out figures come from unseen 19 and later).
@Suite("Unseen corpus 6")
struct Unseen6CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 6", folder: "Fixtures/unseen-6",
            CorpusThresholds(
                articles: 18, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first measured with session 7's checker (3c785dd): right 72.2%, precision 87.2%, recall 91.2%, 11 false
    // alarms (docs/measurements/unseen-6-first-measurement-session-8.txt); at the end of session 8: 75.0%, 87.7%,
    // 92.6%, 8
    // End of session 9: right 75.9%, precision 87.8%, recall 93.1%, 7 false alarms.
    // End of session 10: right 76.4%, precision 87.8%, recall 93.1%, 1 false alarm.
    // End of session 11: right 76.9%, precision 87.8%, recall 93.5%, 1 false alarm.
    // End of session 12: right 78.2%, precision 86.5%, recall 94.9%, 1 false alarm.
    // End of session 14: right 79.2%, precision 86.5%, recall 94.9%, 1 false alarm.
    // End of session 15: right 79.2%, precision 87.6%, recall 94.9%, 1 false alarm.
    // End of session 16: right 80.1%, precision 87.7%, recall 95.4%, 0 false alarms.
    // End of session 17: right 80.1%, precision 87.3%, recall 95.4%, 0 false alarms.
    // End of session 18: right 80.1%, precision 87.3%, recall 95.4%, 0 false alarms.
    // End of session 19: right 80.6%, precision 87.7%, recall 95.8%, 0 false alarms.
    // End of session 20: right 80.6%, precision 87.7%, recall 95.8%, 0 false alarms.
    // End of session 21: right 80.6%, precision 87.7%, recall 95.8%, 0 false alarms.
    // End of session 22: right 81.0%, precision 88.1%, recall 96.3%, 0 false alarms.
    // End of session 23: right 81.0%, precision 86.7%, recall 96.3%, 0 false alarms.
    // End of session 24: right 80.6%, precision 86.7%, recall 96.3%, 0 false alarms.
    // End of session 25: right 80.6%, precision 86.3%, recall 96.3%, 0 false alarms.
    // End of session 26: right 80.6%, precision 85.6%, recall 96.3%, 0 false alarms.
    // End of session 27: right 80.6%, precision 86.0%, recall 96.3%, 0 false alarms.
    // End of session 28: right 81.5%, precision 86.0%, recall 96.3%, 0 false alarms.
    // End of session 29: right 81.5%, precision 86.0%, recall 96.3%, 0 false alarms.
    // End of session 30: right 81.5%, precision 86.0%, recall 96.3%, 0 false alarms.
    // End of session 31: right 81.5%, precision 86.0%, recall 96.3%, 0 false alarms.
    // End of session 32: right 82.9%, precision 86.0%, recall 96.3%, 0 false alarms.
    // End of session 33: right 83.3%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 34: right 83.8%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 35: right 83.8%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 36: right 83.8%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 37: right 84.3%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 38: right 84.3%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 39: right 84.3%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 40: right 84.3%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 41: right 84.3%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 42: right 84.3%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 43: right 85.2%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 44: right 85.2%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 45: right 85.2%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 46: right 85.2%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 47: right 85.2%, precision 86.7%, recall 96.8%, 0 false alarms.
    // End of session 48: right 85.2%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 49: right 85.2%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 50: right 85.2%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 51: right 85.2%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 52: right 85.2%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 53: right 85.6%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 54: right 86.6%, precision 86.4%, recall 96.8%, 0 false alarms.
    // End of session 55: right 86.6%, precision 86.0%, recall 96.8%, 0 false alarms.
    // End of session 56: right 86.6%, precision 86.0%, recall 96.8%, 0 false alarms.
    // End of session 57: right 86.6%, precision 86.0%, recall 96.8%, 0 false alarms.
    // End of session 58: right 86.6%, precision 86.0%, recall 96.8%, 0 false alarms.
    // End of session 59: right 86.6%, precision 86.0%, recall 96.8%, 0 false alarms.
    static let minimumRight = 0.86
    static let minimumPrecision = 0.86
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The seventh unseen corpus (`Fixtures/unseen-7`): 18 articles (9 German, 9 English, 248 claims) by
/// two writers who had read only `docs/corpus-brief.md` (with its ninth-session section: other
/// countries' releases, the monthly release's headline figures, quotes, headline boxes) and the data
/// files, written in session 9, committed before the checker first ran on it.
/// Held out through session 26 (its last held-out figures: docs/measurements/corpora-issue-12-session-26.txt);
/// from session 27 a development corpus, its failures read (held-out figures come from unseen 19 and later).
@Suite("Unseen corpus 7")
struct Unseen7CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 7", folder: "Fixtures/unseen-7",
            CorpusThresholds(
                articles: 18, gold: 240, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with session 9's checker as the corpus arrived (0f8f5df, already holding that session's first
    // mechanisms, written before it): 73.0% right, precision 85.7%, recall 94.0%, 24 false alarms
    // (docs/measurements/unseen-7-first-measurement-session-9.txt).
    // End of session 9: right 76.2%, precision 85.3%, recall 94.0%, 17 false alarms.
    // End of session 10: right 77.4%, precision 86.0%, recall 94.4%, 7 false alarms.
    // End of session 11: right 77.8%, precision 86.0%, recall 94.4%, 6 false alarms.
    // End of session 12: right 78.2%, precision 86.0%, recall 94.4%, 6 false alarms.
    // End of session 14: right 79.8%, precision 86.0%, recall 94.4%, 5 false alarms.
    // End of session 15: right 80.2%, precision 86.3%, recall 94.4%, 5 false alarms.
    // End of session 16: right 81.5%, precision 86.3%, recall 94.4%, 5 false alarms.
    // End of session 17: right 81.5%, precision 86.0%, recall 94.4%, 5 false alarms.
    // End of session 18: right 81.9%, precision 86.0%, recall 94.4%, 5 false alarms.
    // End of session 19: right 81.5%, precision 86.0%, recall 94.4%, 5 false alarms.
    // End of session 20: right 81.5%, precision 86.1%, recall 94.8%, 5 false alarms.
    // End of session 21: right 81.5%, precision 86.1%, recall 94.8%, 5 false alarms.
    // End of session 22: right 81.5%, precision 86.1%, recall 94.8%, 5 false alarms.
    // End of session 23: right 81.9%, precision 86.1%, recall 94.8%, 4 false alarms.
    // End of session 24: right 82.3%, precision 86.1%, recall 94.8%, 3 false alarms.
    // End of session 25: right 82.3%, precision 86.1%, recall 94.8%, 3 false alarms.
    // End of session 26: right 82.3%, precision 84.9%, recall 95.2%, 3 false alarms.
    // End of session 27: right 82.7%, precision 84.9%, recall 95.2%, 2 false alarms.
    // End of session 28: right 83.1%, precision 84.9%, recall 95.2%, 1 false alarm.
    // End of session 29: right 83.9%, precision 85.0%, recall 96.0%, 0 false alarms.
    // End of session 30: right 83.9%, precision 85.0%, recall 96.0%, 0 false alarms.
    // End of session 31: right 84.3%, precision 84.7%, recall 96.0%, 0 false alarms.
    // End of session 32: right 84.3%, precision 84.7%, recall 96.0%, 0 false alarms.
    // End of session 33: right 84.3%, precision 84.1%, recall 96.0%, 0 false alarms.
    // End of session 34: right 85.1%, precision 84.1%, recall 96.0%, 0 false alarms.
    // End of session 35: right 85.1%, precision 84.1%, recall 96.0%, 0 false alarms.
    // End of session 36: right 85.9%, precision 84.1%, recall 96.0%, 0 false alarms.
    // End of session 37: right 85.9%, precision 84.1%, recall 96.0%, 0 false alarms.
    // End of session 38: right 85.9%, precision 84.1%, recall 96.0%, 0 false alarms.
    // End of session 39: right 86.3%, precision 84.1%, recall 96.0%, 0 false alarms.
    // End of session 40: right 86.3%, precision 84.1%, recall 96.0%, 0 false alarms.
    // End of session 41: right 86.3%, precision 84.1%, recall 96.0%, 0 false alarms.
    // End of session 42: right 86.7%, precision 84.1%, recall 96.0%, 0 false alarms.
    // End of session 43: right 86.7%, precision 84.1%, recall 96.0%, 0 false alarms.
    // End of session 44: right 86.7%, precision 84.1%, recall 96.0%, 0 false alarms.
    // End of session 45: right 86.7%, precision 84.1%, recall 96.0%, 0 false alarms.
    // End of session 46: right 86.7%, precision 84.1%, recall 96.0%, 0 false alarms.
    // End of session 47: right 86.7%, precision 84.4%, recall 96.0%, 0 false alarms.
    // End of session 48: right 86.7%, precision 84.4%, recall 96.0%, 0 false alarms.
    // End of session 49: right 87.1%, precision 84.4%, recall 96.0%, 0 false alarms.
    // End of session 50: right 87.1%, precision 84.1%, recall 96.0%, 0 false alarms.
    // End of session 51: right 87.1%, precision 84.1%, recall 96.0%, 0 false alarms.
    // End of session 52: right 87.1%, precision 84.1%, recall 96.0%, 0 false alarms.
    // End of session 53: right 87.1%, precision 84.1%, recall 96.0%, 0 false alarms.
    // End of session 54: right 87.5%, precision 83.9%, recall 96.4%, 0 false alarms.
    // End of session 55: right 87.5%, precision 83.9%, recall 96.4%, 0 false alarms.
    // End of session 56: right 87.5%, precision 83.9%, recall 96.4%, 0 false alarms.
    // End of session 57: right 87.5%, precision 83.9%, recall 96.4%, 0 false alarms.
    // End of session 58: right 87.5%, precision 83.9%, recall 96.4%, 0 false alarms.
    // End of session 59: right 87.5%, precision 83.9%, recall 96.4%, 0 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The eighth unseen corpus (`Fixtures/unseen-8`): 18 articles (9 German, 9 English, 267 claims) by
/// two writers who had read only `docs/corpus-brief.md` (with its tenth-session section: one figure in
/// six or seven wrong, correct figures a hasty reader could misread) and the data files, written in
/// session 10, committed before the checker first ran on it.
/// Held out through session 26 (its last held-out figures: docs/measurements/corpora-issue-12-session-26.txt);
/// from session 27 a development corpus, its failures read (held-out figures come from unseen 19 and later).
@Suite("Unseen corpus 8")
struct Unseen8CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 8", folder: "Fixtures/unseen-8",
            CorpusThresholds(
                articles: 18, gold: 260, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with session 9's checker as the corpus arrived (806002c): 78.3% right, 9 false alarms; with
    // the reading-doubt gate built while it was being written: 78.3%, 5 (docs/measurements/unseen-8-first-...).
    // End of session 10: right 79.8%, precision 87.6%, recall 92.9%, 3 false alarms.
    // End of session 11: right 80.5%, precision 87.4%, recall 93.3%, 3 false alarms.
    // End of session 12: right 81.3%, precision 87.4%, recall 93.3%, 3 false alarms.
    // End of session 14: right 83.1%, precision 87.5%, recall 94.0%, 3 false alarms.
    // End of session 15: right 83.1%, precision 87.5%, recall 94.0%, 3 false alarms.
    // End of session 16: right 83.5%, precision 87.8%, recall 94.4%, 3 false alarms.
    // End of session 17: right 83.5%, precision 87.8%, recall 94.4%, 3 false alarms.
    // End of session 18: right 83.9%, precision 87.8%, recall 94.4%, 3 false alarms.
    // End of session 19: right 84.3%, precision 87.8%, recall 94.8%, 3 false alarms.
    // End of session 20: right 84.3%, precision 87.8%, recall 94.8%, 3 false alarms.
    // End of session 21: right 84.3%, precision 87.5%, recall 94.8%, 3 false alarms.
    // End of session 22: right 84.3%, precision 87.5%, recall 94.8%, 3 false alarms.
    // End of session 23: right 84.3%, precision 86.6%, recall 94.8%, 3 false alarms.
    // End of session 24: right 84.3%, precision 86.6%, recall 94.8%, 3 false alarms.
    // End of session 25: right 84.6%, precision 86.3%, recall 94.8%, 3 false alarms.
    // End of session 26: right 85.0%, precision 86.4%, recall 95.1%, 3 false alarms.
    // End of session 27: right 85.0%, precision 86.4%, recall 95.1%, 3 false alarms.
    // End of session 28: right 85.8%, precision 86.4%, recall 95.1%, 1 false alarm.
    // End of session 29: right 85.8%, precision 86.4%, recall 95.5%, 1 false alarm.
    // End of session 30: right 86.1%, precision 86.4%, recall 95.5%, 1 false alarm.
    // End of session 31: right 86.5%, precision 86.5%, recall 96.3%, 1 false alarm.
    // End of session 32: right 86.9%, precision 86.5%, recall 96.3%, 0 false alarms.
    // End of session 33: right 86.9%, precision 86.5%, recall 96.3%, 0 false alarms.
    // End of session 34: right 87.3%, precision 86.6%, recall 96.6%, 0 false alarms.
    // End of session 35: right 87.3%, precision 86.6%, recall 96.6%, 0 false alarms.
    // End of session 36: right 87.3%, precision 86.6%, recall 96.6%, 0 false alarms.
    // End of session 37: right 87.3%, precision 86.6%, recall 96.6%, 0 false alarms.
    // End of session 38: right 87.3%, precision 86.6%, recall 96.6%, 0 false alarms.
    // End of session 39: right 87.3%, precision 86.6%, recall 96.6%, 0 false alarms.
    // End of session 40: right 87.3%, precision 86.6%, recall 96.6%, 0 false alarms.
    // End of session 41: right 87.3%, precision 86.6%, recall 96.6%, 0 false alarms.
    // End of session 42: right 87.3%, precision 86.6%, recall 96.6%, 0 false alarms.
    // End of session 43: right 87.3%, precision 86.6%, recall 96.6%, 0 false alarms.
    // End of session 44: right 87.6%, precision 87.2%, recall 96.6%, 0 false alarms.
    // End of session 45: right 87.6%, precision 87.2%, recall 96.6%, 0 false alarms.
    // End of session 46: right 87.6%, precision 87.2%, recall 96.6%, 0 false alarms.
    // End of session 47: right 87.6%, precision 87.5%, recall 96.6%, 0 false alarms.
    // End of session 48: right 87.6%, precision 87.5%, recall 96.6%, 0 false alarms.
    // End of session 49: right 87.6%, precision 87.5%, recall 96.6%, 0 false alarms.
    // End of session 50: right 87.6%, precision 87.5%, recall 96.6%, 0 false alarms.
    // End of session 51: right 87.6%, precision 87.5%, recall 96.6%, 0 false alarms.
    // End of session 52: right 87.6%, precision 87.5%, recall 96.6%, 0 false alarms.
    // End of session 53: right 87.6%, precision 87.5%, recall 96.6%, 0 false alarms.
    // End of session 54: right 88.0%, precision 87.5%, recall 96.6%, 0 false alarms.
    // End of session 55: right 88.0%, precision 87.5%, recall 96.6%, 0 false alarms.
    // End of session 56: right 88.0%, precision 87.5%, recall 96.6%, 0 false alarms.
    // End of session 57: right 88.0%, precision 87.5%, recall 96.6%, 0 false alarms.
    // End of session 58: right 88.4%, precision 87.5%, recall 96.6%, 0 false alarms.
    // End of session 59: right 88.4%, precision 87.5%, recall 96.6%, 0 false alarms.
    static let minimumRight = 0.88
    static let minimumPrecision = 0.87
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The ninth unseen corpus (`Fixtures/unseen-9`): 12 longer articles (6 German, 6 English, 318 claims) by
/// a writer who had read only the corpus brief and the data files, written in session 10, copied in
/// and committed before the checker first ran on it.
/// Held out through session 26 (its last held-out figures: docs/measurements/corpora-issue-12-session-26.txt);
/// from session 27 a development corpus, its failures read (held-out figures come from unseen 19 and later).
@Suite("Unseen corpus 9")
struct Unseen9CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 9", folder: "Fixtures/unseen-9",
            CorpusThresholds(
                articles: 12, gold: 310, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with session 9's checker as the corpus arrived (9fbd974): 73.3% right, 13 false alarms; with
    // the reading-doubt gate built while it was being written: 73.0%, 9 (docs/measurements/unseen-9-first-...).
    // End of session 10: right 73.3%, precision 91.4%, recall 90.3%, 7 false alarms.
    // End of session 11: right 73.3%, precision 91.4%, recall 90.3%, 7 false alarms.
    // End of session 12: right 73.3%, precision 90.8%, recall 90.3%, 7 false alarms.
    // End of session 14: right 73.9%, precision 90.9%, recall 90.6%, 7 false alarms.
    // End of session 15: right 73.9%, precision 91.1%, recall 90.6%, 7 false alarms.
    // End of session 16: right 73.9%, precision 91.4%, recall 90.6%, 7 false alarms.
    // End of session 17: right 73.9%, precision 91.4%, recall 90.6%, 7 false alarms.
    // End of session 18: right 74.2%, precision 91.5%, recall 91.2%, 7 false alarms.
    // End of session 19: right 74.2%, precision 91.5%, recall 91.2%, 7 false alarms.
    // End of session 20: right 74.2%, precision 91.5%, recall 91.2%, 7 false alarms.
    // End of session 21: right 74.2%, precision 91.5%, recall 91.2%, 7 false alarms.
    // End of session 22: right 74.5%, precision 91.5%, recall 91.5%, 7 false alarms.
    // End of session 23: right 74.5%, precision 90.7%, recall 91.5%, 7 false alarms.
    // End of session 24: right 74.5%, precision 90.7%, recall 91.5%, 6 false alarms.
    // End of session 25: right 74.8%, precision 90.1%, recall 91.8%, 6 false alarms.
    // End of session 26: right 75.2%, precision 89.8%, recall 91.8%, 6 false alarms.
    // End of session 27: right 77.4%, precision 90.0%, recall 93.1%, 5 false alarms.
    // End of session 28: right 78.3%, precision 90.0%, recall 93.1%, 1 false alarm.
    // End of session 29: right 78.3%, precision 90.0%, recall 93.1%, 1 false alarm.
    // End of session 30: right 78.3%, precision 90.0%, recall 93.1%, 1 false alarm.
    // End of session 31: right 78.6%, precision 90.0%, recall 93.4%, 1 false alarm.
    // End of session 32: right 79.9%, precision 90.0%, recall 93.4%, 0 false alarms.
    // End of session 33: right 79.9%, precision 90.0%, recall 93.4%, 0 false alarms.
    // End of session 34: right 80.5%, precision 90.0%, recall 93.4%, 0 false alarms.
    // End of session 35: right 80.5%, precision 90.0%, recall 93.4%, 0 false alarms.
    // End of session 36: right 80.5%, precision 90.0%, recall 93.4%, 0 false alarms.
    // End of session 37: right 80.5%, precision 90.0%, recall 93.4%, 0 false alarms.
    // End of session 38: right 80.5%, precision 90.0%, recall 93.4%, 0 false alarms.
    // End of session 39: right 80.5%, precision 90.0%, recall 93.4%, 0 false alarms.
    // End of session 40: right 80.5%, precision 90.0%, recall 93.4%, 0 false alarms.
    // End of session 41: right 80.8%, precision 90.0%, recall 93.4%, 0 false alarms.
    // End of session 42: right 80.8%, precision 90.0%, recall 93.4%, 0 false alarms.
    // End of session 43: right 80.8%, precision 90.0%, recall 93.4%, 0 false alarms.
    // End of session 44: right 80.8%, precision 90.3%, recall 93.4%, 0 false alarms.
    // End of session 45: right 80.8%, precision 90.3%, recall 93.4%, 0 false alarms.
    // End of session 46: right 80.8%, precision 90.3%, recall 93.4%, 0 false alarms.
    // End of session 47: right 80.8%, precision 90.3%, recall 93.4%, 0 false alarms.
    // End of session 48: right 80.8%, precision 90.3%, recall 93.4%, 0 false alarms.
    // End of session 49: right 80.8%, precision 90.3%, recall 93.4%, 0 false alarms.
    // End of session 50: right 81.4%, precision 90.9%, recall 94.0%, 0 false alarms.
    // End of session 51: right 81.4%, precision 90.9%, recall 94.0%, 0 false alarms.
    // End of session 52: right 81.4%, precision 90.9%, recall 94.0%, 0 false alarms.
    // End of session 53: right 81.4%, precision 90.9%, recall 94.0%, 0 false alarms.
    // End of session 54: right 81.4%, precision 90.6%, recall 94.0%, 0 false alarms.
    // End of session 55: right 82.1%, precision 90.6%, recall 94.0%, 0 false alarms.
    // End of session 56: right 82.1%, precision 90.6%, recall 94.0%, 0 false alarms.
    // End of session 57: right 82.1%, precision 90.6%, recall 94.0%, 0 false alarms.
    // End of session 58: right 82.1%, precision 90.6%, recall 94.0%, 0 false alarms.
    // End of session 59: right 82.1%, precision 90.6%, recall 94.0%, 0 false alarms.
    static let minimumRight = 0.82
    static let minimumPrecision = 0.90
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// Development corpus K (`Fixtures/realistic-k`): 20 articles (10 German, 10 English, 184 claims) by two
/// writers who had read only the corpus brief (with its eleventh-session section: real pages' density,
/// claims without a figure, publication dates 2014–2025, page furniture, quotes) and the data files;
/// committed before any parser work on it.
@Suite("Development corpus K")
struct RealisticKCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus K", folder: "Fixtures/realistic-k",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker at the start of session 11 (8bdf57b): 75.0% right, 6 false alarms
    // (docs/measurements/realistic-k-first-measurement-session-11.txt).
    // End of session 11: right 82.6%, precision 82.1%, recall 89.7%, 0 false alarms.
    // End of session 12: right 82.6%, precision 82.1%, recall 89.7%, 0 false alarms.
    // End of session 14: right 83.2%, precision 82.2%, recall 90.2%, 0 false alarms.
    // End of session 15: right 83.2%, precision 82.2%, recall 90.2%, 0 false alarms.
    // End of session 16: right 83.7%, precision 82.6%, recall 90.2%, 0 false alarms.
    // End of session 17: right 83.7%, precision 82.6%, recall 90.2%, 0 false alarms.
    // End of session 18: right 83.7%, precision 82.6%, recall 90.2%, 0 false alarms.
    // End of session 19: right 83.7%, precision 82.6%, recall 90.2%, 0 false alarms.
    // End of session 20: right 84.2%, precision 82.6%, recall 90.2%, 0 false alarms.
    // End of session 21: right 84.2%, precision 82.6%, recall 90.2%, 0 false alarms.
    // End of session 22: right 84.8%, precision 82.6%, recall 90.2%, 0 false alarms.
    // End of session 23: right 85.3%, precision 82.7%, recall 90.8%, 0 false alarms.
    // End of session 24: right 85.3%, precision 82.7%, recall 90.8%, 0 false alarms.
    // End of session 25: right 87.0%, precision 83.3%, recall 91.8%, 0 false alarms.
    // End of session 26: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 27: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 28: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 29: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 30: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 31: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 32: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 33: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 34: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 35: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 36: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 37: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 38: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 39: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 40: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 41: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 42: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 43: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 44: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 45: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 46: right 87.0%, precision 82.4%, recall 91.8%, 0 false alarms.
    // End of session 47: right 87.0%, precision 83.3%, recall 91.8%, 0 false alarms.
    // End of session 48: right 88.0%, precision 83.3%, recall 92.4%, 0 false alarms.
    // End of session 49: right 88.6%, precision 83.3%, recall 92.4%, 0 false alarms.
    // End of session 50: right 89.1%, precision 83.8%, recall 92.9%, 0 false alarms.
    // End of session 51: right 89.7%, precision 83.8%, recall 92.9%, 0 false alarms.
    // End of session 52: right 89.7%, precision 83.8%, recall 92.9%, 0 false alarms.
    // End of session 53: right 89.7%, precision 83.8%, recall 92.9%, 0 false alarms.
    // End of session 54: right 89.7%, precision 83.8%, recall 92.9%, 0 false alarms.
    // End of session 55: right 89.7%, precision 83.8%, recall 92.9%, 0 false alarms.
    // End of session 56: right 89.7%, precision 83.8%, recall 92.9%, 0 false alarms.
    // End of session 57: right 89.7%, precision 83.8%, recall 92.9%, 0 false alarms.
    // End of session 58: right 89.7%, precision 83.8%, recall 92.9%, 0 false alarms.
    // End of session 59: right 89.7%, precision 83.8%, recall 92.9%, 0 false alarms.
    static let minimumRight = 0.89
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.92
    static let maximumFalseAlarms = 1
}

/// The tenth unseen corpus (`Fixtures/unseen-10`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its eleventh-session section) and the data files,
/// written in session 11 and committed before the checker first ran on it.
/// Held out through session 26 (its last held-out figures: docs/measurements/corpora-issue-12-session-26.txt);
/// from session 27 a development corpus, its failures read (held-out figures come from unseen 19 and later).
@Suite("Unseen corpus 10")
struct Unseen10CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 10", folder: "Fixtures/unseen-10",
            CorpusThresholds(
                articles: 20, gold: 175, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker at the start of session 11 (8bdf57b): 72.8% right, 3 false alarms
    // (docs/measurements/unseen-10-first-measurement-session-11.txt).
    // End of session 11: right 72.8%, precision 76.6%, recall 87.2%, 3 false alarms.
    // End of session 12: right 73.3%, precision 75.4%, recall 86.7%, 3 false alarms.
    // End of session 14: right 73.3%, precision 75.0%, recall 86.7%, 3 false alarms.
    // End of session 15: right 73.3%, precision 76.1%, recall 86.7%, 3 false alarms.
    // End of session 16: right 75.0%, precision 76.1%, recall 86.7%, 3 false alarms.
    // End of session 17: right 75.0%, precision 76.1%, recall 86.7%, 3 false alarms.
    // End of session 18: right 76.7%, precision 76.1%, recall 86.7%, 3 false alarms.
    // End of session 19: right 77.2%, precision 75.8%, recall 87.2%, 3 false alarms.
    // End of session 20: right 77.2%, precision 75.8%, recall 87.2%, 3 false alarms.
    // End of session 21: right 78.3%, precision 76.1%, recall 88.3%, 3 false alarms.
    // End of session 22: right 78.3%, precision 76.1%, recall 88.3%, 3 false alarms.
    // End of session 23: right 78.9%, precision 76.2%, recall 88.9%, 3 false alarms.
    // End of session 24: right 78.9%, precision 76.2%, recall 88.9%, 3 false alarms.
    // End of session 25: right 79.4%, precision 76.4%, recall 90.0%, 3 false alarms.
    // End of session 26: right 80.0%, precision 76.9%, recall 90.6%, 3 false alarms.
    // End of session 27: right 80.0%, precision 76.5%, recall 90.6%, 3 false alarms.
    // End of session 28: right 80.0%, precision 76.5%, recall 90.6%, 2 false alarms.
    // End of session 29: right 80.0%, precision 76.5%, recall 90.6%, 2 false alarms.
    // End of session 30: right 81.1%, precision 76.5%, recall 90.6%, 2 false alarms.
    // End of session 31: right 81.1%, precision 76.5%, recall 90.6%, 2 false alarms.
    // End of session 32: right 82.8%, precision 77.0%, recall 91.1%, 0 false alarms.
    // End of session 33: right 83.3%, precision 77.0%, recall 91.1%, 0 false alarms.
    // End of session 34: right 83.3%, precision 77.0%, recall 91.1%, 0 false alarms.
    // End of session 35: right 83.3%, precision 77.0%, recall 91.1%, 0 false alarms.
    // End of session 36: right 83.9%, precision 77.0%, recall 91.1%, 0 false alarms.
    // End of session 37: right 83.9%, precision 77.0%, recall 91.1%, 0 false alarms.
    // End of session 38: right 84.4%, precision 77.0%, recall 91.1%, 0 false alarms.
    // End of session 39: right 84.4%, precision 77.0%, recall 91.1%, 0 false alarms.
    // End of session 40: right 84.4%, precision 77.0%, recall 91.1%, 0 false alarms.
    // End of session 41: right 84.4%, precision 77.0%, recall 91.1%, 0 false alarms.
    // End of session 42: right 84.4%, precision 77.0%, recall 91.1%, 0 false alarms.
    // End of session 43: right 84.4%, precision 77.0%, recall 91.1%, 0 false alarms.
    // End of session 44: right 84.4%, precision 77.0%, recall 91.1%, 0 false alarms.
    // End of session 45: right 84.4%, precision 77.0%, recall 91.1%, 0 false alarms.
    // End of session 46: right 84.4%, precision 77.0%, recall 91.1%, 0 false alarms.
    // End of session 47: right 84.4%, precision 77.7%, recall 91.1%, 0 false alarms.
    // End of session 48: right 84.4%, precision 77.7%, recall 91.1%, 0 false alarms.
    // End of session 49: right 84.4%, precision 77.7%, recall 91.1%, 0 false alarms.
    // End of session 50: right 85.6%, precision 78.7%, recall 92.2%, 0 false alarms.
    // End of session 51: right 85.6%, precision 78.7%, recall 92.2%, 0 false alarms.
    // End of session 52: right 85.6%, precision 78.7%, recall 92.2%, 0 false alarms.
    // End of session 53: right 85.6%, precision 78.7%, recall 92.2%, 0 false alarms.
    // End of session 54: right 85.6%, precision 78.7%, recall 92.2%, 0 false alarms.
    // End of session 55: right 85.6%, precision 78.7%, recall 92.2%, 0 false alarms.
    // End of session 56: right 85.6%, precision 78.7%, recall 92.2%, 0 false alarms.
    // End of session 57: right 85.6%, precision 78.7%, recall 92.2%, 0 false alarms.
    // End of session 58: right 85.6%, precision 78.7%, recall 92.2%, 0 false alarms.
    // End of session 59: right 85.6%, precision 78.7%, recall 92.2%, 0 false alarms.
    static let minimumRight = 0.85
    static let minimumPrecision = 0.78
    static let minimumRecall = 0.92
    static let maximumFalseAlarms = 1
}

/// The eleventh unseen corpus (`Fixtures/unseen-11`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its eleventh-session section) and the data files,
/// written in session 11 while the checker was being changed (from other corpora) and committed before the
/// checker first ran on it.
/// Held out through session 26 (its last held-out figures: docs/measurements/corpora-issue-12-session-26.txt);
/// from session 27 a development corpus, its failures read (held-out figures come from unseen 19 and later).
@Suite("Unseen corpus 11")
struct Unseen11CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 11", folder: "Fixtures/unseen-11",
            CorpusThresholds(
                articles: 20, gold: 175, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker at the start of session 11 (8bdf57b): 73.3% right, 2 false alarms; as it
    // arrived (4cfd05a): 74.4%, 2 (docs/measurements/unseen-11-first-measurement-session-11.txt).
    // End of session 11: right 74.4%, precision 82.4%, recall 91.1%, 2 false alarms.
    // End of session 12: right 75.0%, precision 81.7%, recall 91.7%, 2 false alarms.
    // End of session 14: right 75.6%, precision 81.7%, recall 91.7%, 2 false alarms.
    // End of session 15: right 76.7%, precision 82.5%, recall 91.7%, 2 false alarms.
    // End of session 16: right 77.2%, precision 82.9%, recall 91.7%, 2 false alarms.
    // End of session 17: right 77.2%, precision 82.9%, recall 91.7%, 2 false alarms.
    // End of session 18: right 77.2%, precision 82.5%, recall 91.7%, 2 false alarms.
    // End of session 19: right 77.8%, precision 82.6%, recall 92.2%, 2 false alarms.
    // End of session 20: right 77.8%, precision 82.6%, recall 92.2%, 2 false alarms.
    // End of session 21: right 77.8%, precision 82.6%, recall 92.2%, 2 false alarms.
    // End of session 22: right 78.9%, precision 82.6%, recall 92.2%, 1 false alarm.
    // End of session 23: right 78.9%, precision 82.6%, recall 92.2%, 1 false alarm.
    // End of session 24: right 78.9%, precision 82.6%, recall 92.2%, 1 false alarm.
    // End of session 25: right 80.0%, precision 82.7%, recall 92.8%, 1 false alarm.
    // End of session 26: right 80.6%, precision 82.8%, recall 93.3%, 1 false alarm.
    // End of session 27: right 80.6%, precision 82.8%, recall 93.3%, 1 false alarm.
    // End of session 28: right 81.1%, precision 82.8%, recall 93.3%, 0 false alarms.
    // End of session 29: right 81.7%, precision 83.3%, recall 93.9%, 0 false alarms.
    // End of session 30: right 81.7%, precision 83.7%, recall 94.4%, 0 false alarms.
    // End of session 31: right 81.7%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 32: right 81.7%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 33: right 81.7%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 34: right 82.2%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 35: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 36: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 37: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 38: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 39: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 40: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 41: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 42: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 43: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 44: right 82.8%, precision 84.6%, recall 94.4%, 0 false alarms.
    // End of session 45: right 82.8%, precision 84.6%, recall 94.4%, 0 false alarms.
    // End of session 46: right 82.8%, precision 84.6%, recall 94.4%, 0 false alarms.
    // End of session 47: right 82.8%, precision 85.4%, recall 94.4%, 0 false alarms.
    // End of session 48: right 82.8%, precision 85.0%, recall 94.4%, 0 false alarms.
    // End of session 49: right 82.8%, precision 85.0%, recall 94.4%, 0 false alarms.
    // End of session 50: right 83.3%, precision 85.0%, recall 94.4%, 0 false alarms.
    // End of session 51: right 83.3%, precision 85.0%, recall 94.4%, 0 false alarms.
    // End of session 52: right 83.3%, precision 85.0%, recall 94.4%, 0 false alarms.
    // End of session 53: right 83.3%, precision 85.0%, recall 94.4%, 0 false alarms.
    // End of session 54: right 83.3%, precision 85.0%, recall 94.4%, 0 false alarms.
    // End of session 55: right 83.9%, precision 85.0%, recall 94.4%, 0 false alarms.
    // End of session 56: right 83.9%, precision 85.0%, recall 94.4%, 0 false alarms.
    // End of session 57: right 83.9%, precision 85.0%, recall 94.4%, 0 false alarms.
    // End of session 58: right 83.9%, precision 85.0%, recall 94.4%, 0 false alarms.
    // End of session 59: right 83.9%, precision 85.0%, recall 94.4%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// Development corpus L (`Fixtures/realistic-l`): 20 articles (10 German, 10 English, 182 claims) by two
/// writers who had read only the corpus brief (with its twelfth-session section: wire briefs, explainers,
/// fact checks, regional and trade-press pages, opinion and interviews; figures the reader turns around,
/// correct figures that look wrong) and the data files, asked for extra relative periods, rankings, percent
/// changes with implied bases and loose wording; committed before any parser work on it.
@Suite("Development corpus L")
struct RealisticLCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus L", folder: "Fixtures/realistic-l",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker at the start of session 12 (1cb8d2b): 68.7% right, 5 false alarms
    // (docs/measurements/realistic-l-first-measurement-session-12.txt).
    // End of session 12: right 76.4%, precision 80.0%, recall 87.9%, 0 false alarms.
    // End of session 14: right 78.6%, precision 80.1%, recall 88.5%, 0 false alarms.
    // End of session 15: right 78.6%, precision 80.1%, recall 88.5%, 0 false alarms.
    // End of session 16: right 78.6%, precision 80.1%, recall 88.5%, 0 false alarms.
    // End of session 17: right 78.6%, precision 80.1%, recall 88.5%, 0 false alarms.
    // End of session 18: right 78.6%, precision 80.5%, recall 88.5%, 0 false alarms.
    // End of session 19: right 79.1%, precision 80.6%, recall 89.0%, 0 false alarms.
    // End of session 20: right 79.1%, precision 80.6%, recall 89.0%, 0 false alarms.
    // End of session 21: right 79.1%, precision 80.6%, recall 89.0%, 0 false alarms.
    // End of session 22: right 79.1%, precision 80.6%, recall 89.0%, 0 false alarms.
    // End of session 23: right 79.7%, precision 80.6%, recall 89.0%, 0 false alarms.
    // End of session 24: right 79.7%, precision 80.2%, recall 89.0%, 0 false alarms.
    // End of session 25: right 80.8%, precision 80.4%, recall 90.1%, 0 false alarms.
    // End of session 26: right 80.8%, precision 80.4%, recall 90.1%, 0 false alarms.
    // End of session 27: right 80.8%, precision 80.4%, recall 90.1%, 0 false alarms.
    // End of session 28: right 81.3%, precision 80.4%, recall 90.1%, 0 false alarms.
    // End of session 29: right 81.9%, precision 80.1%, recall 90.7%, 0 false alarms.
    // End of session 30: right 82.4%, precision 80.2%, recall 91.2%, 0 false alarms.
    // End of session 31: right 82.4%, precision 80.6%, recall 91.2%, 0 false alarms.
    // End of session 32: right 82.4%, precision 80.6%, recall 91.2%, 0 false alarms.
    // End of session 33: right 82.4%, precision 80.6%, recall 91.2%, 0 false alarms.
    // End of session 34: right 82.4%, precision 80.6%, recall 91.2%, 0 false alarms.
    // End of session 35: right 82.4%, precision 80.6%, recall 91.2%, 0 false alarms.
    // End of session 36: right 83.0%, precision 80.2%, recall 91.2%, 0 false alarms.
    // End of session 37: right 83.0%, precision 80.2%, recall 91.2%, 0 false alarms.
    // End of session 38: right 83.0%, precision 80.2%, recall 91.2%, 0 false alarms.
    // End of session 39: right 83.0%, precision 80.2%, recall 91.2%, 0 false alarms.
    // End of session 40: right 83.0%, precision 80.2%, recall 91.2%, 0 false alarms.
    // End of session 41: right 83.5%, precision 80.2%, recall 91.2%, 0 false alarms.
    // End of session 42: right 83.5%, precision 80.2%, recall 91.2%, 0 false alarms.
    // End of session 43: right 83.5%, precision 80.2%, recall 91.2%, 0 false alarms.
    // End of session 44: right 83.5%, precision 80.6%, recall 91.2%, 0 false alarms.
    // End of session 45: right 83.5%, precision 80.6%, recall 91.2%, 0 false alarms.
    // End of session 46: right 83.5%, precision 80.6%, recall 91.2%, 0 false alarms.
    // End of session 47: right 84.1%, precision 80.7%, recall 91.8%, 0 false alarms.
    // End of session 48: right 84.1%, precision 80.7%, recall 91.8%, 0 false alarms.
    // End of session 49: right 84.1%, precision 80.7%, recall 91.8%, 0 false alarms.
    // End of session 50: right 84.1%, precision 80.7%, recall 91.8%, 0 false alarms.
    // End of session 51: right 84.1%, precision 80.3%, recall 91.8%, 0 false alarms.
    // End of session 52: right 84.1%, precision 80.3%, recall 91.8%, 0 false alarms.
    // End of session 53: right 84.1%, precision 80.3%, recall 91.8%, 0 false alarms.
    // End of session 54: right 84.1%, precision 80.3%, recall 91.8%, 0 false alarms.
    // End of session 55: right 84.1%, precision 80.3%, recall 91.8%, 0 false alarms.
    // End of session 56: right 84.1%, precision 80.3%, recall 91.8%, 0 false alarms.
    // End of session 57: right 84.1%, precision 80.3%, recall 91.8%, 0 false alarms.
    // End of session 58: right 84.1%, precision 80.3%, recall 91.8%, 0 false alarms.
    // End of session 59: right 84.1%, precision 80.3%, recall 91.8%, 0 false alarms.
    static let minimumRight = 0.84
    static let minimumPrecision = 0.80
    static let minimumRecall = 0.91
    static let maximumFalseAlarms = 1
}

/// The twelfth unseen corpus (`Fixtures/unseen-12`): 20 articles (10 German, 10 English, 204 claims) by two
/// writers who had read only the corpus brief (with its twelfth-session section) and the data files,
/// written in session 12 while the checker was being changed (from other corpora) and committed before the
/// checker first ran on it.
/// Held out through session 26 (its last held-out figures: docs/measurements/corpora-issue-12-session-26.txt);
/// from session 27 a development corpus, its failures read (held-out figures come from unseen 19 and later).
@Suite("Unseen corpus 12")
struct Unseen12CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 12", folder: "Fixtures/unseen-12",
            CorpusThresholds(
                articles: 20, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker at the start of session 12 (1cb8d2b): 66.7% right, 4 false alarms; the same
    // as it arrived (docs/measurements/unseen-12-first-measurement-session-12.txt).
    // End of session 12: right 67.2%, precision 81.6%, recall 84.8%, 4 false alarms.
    // End of session 14: right 67.6%, precision 81.6%, recall 84.8%, 4 false alarms.
    // End of session 15: right 68.6%, precision 82.5%, recall 85.3%, 4 false alarms.
    // End of session 16: right 69.1%, precision 82.5%, recall 85.8%, 4 false alarms.
    // End of session 17: right 69.1%, precision 82.5%, recall 85.8%, 4 false alarms.
    // End of session 18: right 69.1%, precision 82.5%, recall 85.8%, 4 false alarms.
    // End of session 19: right 69.6%, precision 82.5%, recall 85.8%, 4 false alarms.
    // End of session 20: right 69.6%, precision 82.5%, recall 85.8%, 4 false alarms.
    // End of session 21: right 70.1%, precision 82.2%, recall 85.8%, 3 false alarms.
    // End of session 22: right 70.1%, precision 82.2%, recall 85.8%, 3 false alarms.
    // End of session 23: right 70.1%, precision 82.2%, recall 85.8%, 3 false alarms.
    // End of session 24: right 70.1%, precision 82.2%, recall 85.8%, 3 false alarms.
    // End of session 25: right 70.1%, precision 81.8%, recall 85.8%, 3 false alarms.
    // End of session 26: right 70.1%, precision 80.3%, recall 85.8%, 3 false alarms.
    // End of session 27: right 70.6%, precision 80.6%, recall 85.3%, 1 false alarm.
    // End of session 28: right 71.1%, precision 80.6%, recall 85.3%, 0 false alarms.
    // End of session 29: right 71.1%, precision 80.6%, recall 85.3%, 0 false alarms.
    // End of session 30: right 71.6%, precision 80.6%, recall 85.3%, 0 false alarms.
    // End of session 31: right 71.6%, precision 80.6%, recall 85.3%, 0 false alarms.
    // End of session 32: right 71.6%, precision 80.6%, recall 85.3%, 0 false alarms.
    // End of session 33: right 72.1%, precision 80.6%, recall 85.3%, 0 false alarms.
    // End of session 34: right 72.1%, precision 80.6%, recall 85.3%, 0 false alarms.
    // End of session 35: right 72.1%, precision 80.6%, recall 85.3%, 0 false alarms.
    // End of session 36: right 72.1%, precision 80.6%, recall 85.3%, 0 false alarms.
    // End of session 37: right 72.1%, precision 80.6%, recall 85.3%, 0 false alarms.
    // End of session 38: right 72.1%, precision 80.6%, recall 85.3%, 0 false alarms.
    // End of session 39: right 72.1%, precision 80.6%, recall 85.3%, 0 false alarms.
    // End of session 40: right 72.1%, precision 80.6%, recall 85.3%, 0 false alarms.
    // End of session 41: right 72.5%, precision 80.6%, recall 85.8%, 0 false alarms.
    // End of session 42: right 72.5%, precision 80.6%, recall 85.8%, 0 false alarms.
    // End of session 43: right 72.5%, precision 80.6%, recall 85.8%, 0 false alarms.
    // End of session 44: right 72.5%, precision 80.6%, recall 85.8%, 0 false alarms.
    // End of session 45: right 72.5%, precision 80.6%, recall 85.8%, 0 false alarms.
    // End of session 46: right 72.5%, precision 80.6%, recall 85.8%, 0 false alarms.
    // End of session 47: right 72.5%, precision 80.6%, recall 85.8%, 0 false alarms.
    // End of session 48: right 72.5%, precision 80.6%, recall 85.8%, 0 false alarms.
    // End of session 49: right 73.0%, precision 80.6%, recall 85.8%, 0 false alarms.
    // End of session 50: right 74.0%, precision 80.7%, recall 86.3%, 0 false alarms.
    // End of session 51: right 74.0%, precision 80.7%, recall 86.3%, 0 false alarms.
    // End of session 52: right 74.0%, precision 80.7%, recall 86.3%, 0 false alarms.
    // End of session 53: right 74.0%, precision 80.7%, recall 86.3%, 0 false alarms.
    // End of session 54: right 74.0%, precision 80.7%, recall 86.3%, 0 false alarms.
    // End of session 55: right 74.0%, precision 80.7%, recall 86.3%, 0 false alarms.
    // End of session 56: right 74.0%, precision 80.7%, recall 86.3%, 0 false alarms.
    // End of session 57: right 74.0%, precision 80.7%, recall 86.3%, 0 false alarms.
    // End of session 58: right 74.0%, precision 80.7%, recall 86.3%, 0 false alarms.
    // End of session 59: right 74.0%, precision 80.7%, recall 86.3%, 0 false alarms.
    static let minimumRight = 0.74
    static let minimumPrecision = 0.80
    static let minimumRecall = 0.86
    static let maximumFalseAlarms = 1
}

/// Development corpus M (`Fixtures/realistic-m`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its thirteenth-session section: government fact sheets and
/// country pages, reference paragraphs and background boxes, chart pages, older news) and the data files,
/// asked for extra comparisons, changes with an explicit base and compositions with values or shares;
/// committed before any parser work on it.
@Suite("Development corpus M")
struct RealisticMCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus M", folder: "Fixtures/realistic-m",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker as the corpus arrived (ff37ce4): 73.3% right, precision 83.1%, recall
    // 90.0%, 7 false alarms (docs/measurements/realistic-m-first-measurement-session-13.txt).
    // End of session 14: right 86.1%, precision 83.3%, recall 91.7%, 0 false alarms.
    // End of session 15: right 86.1%, precision 85.5%, recall 91.7%, 0 false alarms.
    // End of session 16: right 86.1%, precision 85.5%, recall 91.7%, 0 false alarms.
    // End of session 17: right 86.1%, precision 85.5%, recall 91.7%, 0 false alarms.
    // End of session 18: right 86.1%, precision 85.5%, recall 91.7%, 0 false alarms.
    // End of session 19: right 86.1%, precision 85.5%, recall 91.7%, 0 false alarms.
    // End of session 20: right 86.1%, precision 85.5%, recall 91.7%, 0 false alarms.
    // End of session 21: right 86.7%, precision 85.6%, recall 92.2%, 0 false alarms.
    // End of session 22: right 86.7%, precision 85.6%, recall 92.2%, 0 false alarms.
    // End of session 23: right 86.7%, precision 85.6%, recall 92.2%, 0 false alarms.
    // End of session 24: right 86.7%, precision 85.6%, recall 92.2%, 0 false alarms.
    // End of session 25: right 87.8%, precision 85.6%, recall 92.8%, 0 false alarms.
    // End of session 26: right 87.8%, precision 85.6%, recall 92.8%, 0 false alarms.
    // End of session 27: right 87.8%, precision 85.6%, recall 92.8%, 0 false alarms.
    // End of session 28: right 87.8%, precision 85.6%, recall 92.8%, 0 false alarms.
    // End of session 29: right 87.8%, precision 85.6%, recall 92.8%, 0 false alarms.
    // End of session 30: right 87.2%, precision 85.6%, recall 92.8%, 0 false alarms.
    // End of session 31: right 87.8%, precision 85.6%, recall 92.8%, 0 false alarms.
    // End of session 32: right 87.8%, precision 85.6%, recall 92.8%, 0 false alarms.
    // End of session 33: right 87.8%, precision 85.6%, recall 92.8%, 0 false alarms.
    // End of session 34: right 87.8%, precision 85.6%, recall 92.8%, 0 false alarms.
    // End of session 35: right 88.3%, precision 85.7%, recall 93.3%, 0 false alarms.
    // End of session 36: right 88.3%, precision 85.7%, recall 93.3%, 0 false alarms.
    // End of session 37: right 88.3%, precision 85.7%, recall 93.3%, 0 false alarms.
    // End of session 38: right 88.3%, precision 85.7%, recall 93.3%, 0 false alarms.
    // End of session 39: right 88.3%, precision 85.7%, recall 93.3%, 0 false alarms.
    // End of session 40: right 88.3%, precision 85.7%, recall 93.3%, 0 false alarms.
    // End of session 41: right 88.3%, precision 85.7%, recall 93.3%, 0 false alarms.
    // End of session 42: right 88.3%, precision 85.7%, recall 93.3%, 0 false alarms.
    // End of session 43: right 88.3%, precision 85.7%, recall 93.3%, 0 false alarms.
    // End of session 44: right 88.3%, precision 85.7%, recall 93.3%, 0 false alarms.
    // End of session 45: right 88.9%, precision 85.8%, recall 93.9%, 0 false alarms.
    // End of session 46: right 88.9%, precision 85.8%, recall 93.9%, 0 false alarms.
    // End of session 47: right 88.9%, precision 86.2%, recall 93.9%, 0 false alarms.
    // End of session 48: right 88.9%, precision 86.7%, recall 93.9%, 0 false alarms.
    // End of session 49: right 88.9%, precision 86.7%, recall 93.9%, 0 false alarms.
    // End of session 50: right 88.9%, precision 86.2%, recall 93.9%, 0 false alarms.
    // End of session 51: right 88.9%, precision 86.2%, recall 93.9%, 0 false alarms.
    // End of session 52: right 88.9%, precision 86.2%, recall 93.9%, 0 false alarms.
    // End of session 53: right 88.9%, precision 86.2%, recall 93.9%, 0 false alarms.
    // End of session 54: right 88.9%, precision 86.2%, recall 93.9%, 0 false alarms.
    // End of session 55: right 88.9%, precision 86.2%, recall 93.9%, 0 false alarms.
    // End of session 56: right 88.9%, precision 86.2%, recall 93.9%, 0 false alarms.
    // End of session 57: right 88.9%, precision 86.2%, recall 93.9%, 0 false alarms.
    // End of session 58: right 88.9%, precision 86.2%, recall 93.9%, 0 false alarms.
    // End of session 59: right 88.9%, precision 86.2%, recall 93.9%, 0 false alarms.
    static let minimumRight = 0.88
    static let minimumPrecision = 0.86
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// The thirteenth unseen corpus (`Fixtures/unseen-13`): 20 articles (10 German, 10 English, 180 claims) by
/// two writers who had read only the corpus brief (with its thirteenth-session section) and the data files,
/// written in session 13 while the checker was being changed (text as web pages carry it, from other
/// corpora) and committed before the checker first ran on it.
/// Held out through session 26 (its last held-out figures: docs/measurements/corpora-issue-12-session-26.txt);
/// from session 27 a development corpus, its failures read (held-out figures come from unseen 19 and later).
@Suite("Unseen corpus 13")
struct Unseen13CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 13", folder: "Fixtures/unseen-13",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker as the corpus arrived (ff37ce4): 64.4% right, precision 82.5%, recall
    // 88.9%, 10 false alarms (docs/measurements/unseen-13-first-measurement-session-13.txt).
    // End of session 14: right 70.0%, precision 82.5%, recall 88.9%, 5 false alarms.
    // End of session 15: right 71.1%, precision 82.9%, recall 88.9%, 5 false alarms.
    // End of session 16: right 72.2%, precision 83.4%, recall 89.4%, 5 false alarms.
    // End of session 17: right 72.2%, precision 83.4%, recall 89.4%, 5 false alarms.
    // End of session 18: right 72.8%, precision 83.4%, recall 89.4%, 5 false alarms.
    // End of session 19: right 72.8%, precision 83.4%, recall 89.4%, 5 false alarms.
    // End of session 20: right 72.8%, precision 83.4%, recall 89.4%, 5 false alarms.
    // End of session 21: right 73.3%, precision 83.6%, recall 90.6%, 5 false alarms.
    // End of session 22: right 73.3%, precision 83.6%, recall 90.6%, 5 false alarms.
    // End of session 23: right 72.8%, precision 83.7%, recall 91.1%, 5 false alarms.
    // End of session 24: right 72.8%, precision 83.7%, recall 91.1%, 4 false alarms.
    // End of session 25: right 72.8%, precision 83.2%, recall 91.1%, 4 false alarms.
    // End of session 26: right 72.8%, precision 82.8%, recall 91.1%, 4 false alarms.
    // End of session 27: right 73.9%, precision 82.8%, recall 91.1%, 2 false alarms.
    // End of session 28: right 75.6%, precision 82.8%, recall 91.1%, 0 false alarms.
    // End of session 29: right 75.6%, precision 82.8%, recall 91.1%, 0 false alarms.
    // End of session 30: right 76.1%, precision 82.9%, recall 91.7%, 0 false alarms.
    // End of session 31: right 76.1%, precision 83.3%, recall 91.7%, 0 false alarms.
    // End of session 32: right 76.7%, precision 83.4%, recall 92.2%, 0 false alarms.
    // End of session 33: right 76.7%, precision 83.0%, recall 92.2%, 0 false alarms.
    // End of session 34: right 76.7%, precision 83.0%, recall 92.2%, 0 false alarms.
    // End of session 35: right 76.7%, precision 83.0%, recall 92.2%, 0 false alarms.
    // End of session 36: right 76.7%, precision 83.4%, recall 92.2%, 0 false alarms.
    // End of session 37: right 78.9%, precision 83.4%, recall 92.2%, 0 false alarms.
    // End of session 38: right 78.9%, precision 83.4%, recall 92.2%, 0 false alarms.
    // End of session 39: right 78.9%, precision 83.4%, recall 92.2%, 0 false alarms.
    // End of session 40: right 78.9%, precision 83.4%, recall 92.2%, 0 false alarms.
    // End of session 41: right 78.9%, precision 83.4%, recall 92.2%, 0 false alarms.
    // End of session 42: right 78.9%, precision 83.4%, recall 92.2%, 0 false alarms.
    // End of session 43: right 78.9%, precision 83.4%, recall 92.2%, 0 false alarms.
    // End of session 44: right 78.9%, precision 83.4%, recall 92.2%, 0 false alarms.
    // End of session 45: right 79.4%, precision 83.4%, recall 92.2%, 0 false alarms.
    // End of session 46: right 79.4%, precision 83.4%, recall 92.2%, 0 false alarms.
    // End of session 47: right 79.4%, precision 84.3%, recall 92.2%, 0 false alarms.
    // End of session 48: right 79.4%, precision 84.3%, recall 92.2%, 0 false alarms.
    // End of session 49: right 79.4%, precision 84.3%, recall 92.2%, 0 false alarms.
    // End of session 50: right 81.1%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 51: right 81.1%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 52: right 81.1%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 53: right 81.1%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 54: right 81.1%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 55: right 82.2%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 56: right 82.8%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 57: right 82.8%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 58: right 82.8%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 59: right 82.8%, precision 84.5%, recall 93.9%, 0 false alarms.
    static let minimumRight = 0.82
    static let minimumPrecision = 0.84
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// Development corpus N (`Fixtures/realistic-n`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its thirteenth-session section) and the data files, written
/// in session 13 after corpus M and committed before any parser work on it.
@Suite("Development corpus N")
struct RealisticNCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus N", folder: "Fixtures/realistic-n",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker as the corpus arrived (1abd88a): 75.6% right, precision 79.9%, recall
    // 90.6%, 5 false alarms (docs/measurements/realistic-n-first-measurement-session-13.txt).
    // End of session 14: right 83.3%, precision 80.4%, recall 91.1%, 0 false alarms.
    // End of session 15: right 83.3%, precision 83.2%, recall 91.1%, 0 false alarms.
    // End of session 16: right 83.3%, precision 83.2%, recall 91.1%, 0 false alarms.
    // End of session 17: right 83.3%, precision 83.2%, recall 91.1%, 0 false alarms.
    // End of session 18: right 83.3%, precision 83.2%, recall 91.1%, 0 false alarms.
    // End of session 19: right 83.3%, precision 83.2%, recall 91.1%, 0 false alarms.
    // End of session 20: right 83.9%, precision 83.2%, recall 91.1%, 0 false alarms.
    // End of session 21: right 83.9%, precision 83.3%, recall 91.7%, 0 false alarms.
    // End of session 22: right 83.9%, precision 83.3%, recall 91.7%, 0 false alarms.
    // End of session 23: right 83.9%, precision 83.3%, recall 91.7%, 0 false alarms.
    // End of session 24: right 83.9%, precision 82.9%, recall 91.7%, 0 false alarms.
    // End of session 25: right 84.4%, precision 83.0%, recall 92.2%, 0 false alarms.
    // End of session 26: right 84.4%, precision 82.6%, recall 92.2%, 0 false alarms.
    // End of session 27: right 84.4%, precision 82.6%, recall 92.2%, 0 false alarms.
    // End of session 28: right 84.4%, precision 82.6%, recall 92.2%, 0 false alarms.
    // End of session 29: right 84.4%, precision 82.6%, recall 92.2%, 0 false alarms.
    // End of session 30: right 84.4%, precision 83.0%, recall 92.2%, 0 false alarms.
    // End of session 31: right 85.6%, precision 83.2%, recall 93.3%, 0 false alarms.
    // End of session 32: right 86.1%, precision 83.2%, recall 93.3%, 0 false alarms.
    // End of session 33: right 86.1%, precision 83.2%, recall 93.3%, 0 false alarms.
    // End of session 34: right 86.1%, precision 83.2%, recall 93.3%, 0 false alarms.
    // End of session 35: right 86.1%, precision 83.2%, recall 93.3%, 0 false alarms.
    // End of session 36: right 86.1%, precision 83.2%, recall 93.3%, 0 false alarms.
    // End of session 37: right 86.7%, precision 83.2%, recall 93.3%, 0 false alarms.
    // End of session 38: right 86.7%, precision 83.2%, recall 93.3%, 0 false alarms.
    // End of session 39: right 86.7%, precision 83.2%, recall 93.3%, 0 false alarms.
    // End of session 40: right 86.7%, precision 83.2%, recall 93.3%, 0 false alarms.
    // End of session 41: right 86.7%, precision 83.2%, recall 93.3%, 0 false alarms.
    // End of session 42: right 86.7%, precision 83.2%, recall 93.3%, 0 false alarms.
    // End of session 43: right 86.7%, precision 83.2%, recall 93.3%, 0 false alarms.
    // End of session 44: right 86.7%, precision 83.2%, recall 93.3%, 0 false alarms.
    // End of session 45: right 86.7%, precision 83.2%, recall 93.3%, 0 false alarms.
    // End of session 46: right 87.2%, precision 83.3%, recall 93.9%, 0 false alarms.
    // End of session 47: right 87.2%, precision 83.7%, recall 93.9%, 0 false alarms.
    // End of session 48: right 87.2%, precision 83.7%, recall 93.9%, 0 false alarms.
    // End of session 49: right 87.2%, precision 83.7%, recall 93.9%, 0 false alarms.
    // End of session 50: right 87.2%, precision 83.3%, recall 93.9%, 0 false alarms.
    // End of session 51: right 87.2%, precision 83.3%, recall 93.9%, 0 false alarms.
    // End of session 52: right 87.2%, precision 83.3%, recall 93.9%, 0 false alarms.
    // End of session 53: right 87.2%, precision 83.3%, recall 93.9%, 0 false alarms.
    // End of session 54: right 87.2%, precision 82.8%, recall 93.9%, 0 false alarms.
    // End of session 55: right 87.2%, precision 82.8%, recall 93.9%, 0 false alarms.
    // End of session 56: right 87.2%, precision 82.8%, recall 93.9%, 0 false alarms.
    // End of session 57: right 87.2%, precision 82.8%, recall 93.9%, 0 false alarms.
    // End of session 58: right 87.2%, precision 82.8%, recall 93.9%, 0 false alarms.
    // End of session 59: right 87.2%, precision 82.8%, recall 93.9%, 0 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// The fourteenth unseen corpus (`Fixtures/unseen-14`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its thirteenth-session section) and the data files, written
/// late in session 13 while the checker was being changed from corpora M and N, and committed before the checker
/// first ran on it.
/// Held out through session 26 (its last held-out figures: docs/measurements/corpora-issue-12-session-26.txt);
/// from session 27 a development corpus, its failures read (held-out figures come from unseen 19 and later).
@Suite("Unseen corpus 14")
struct Unseen14CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 14", folder: "Fixtures/unseen-14",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker as the corpus arrived (97687cf): 73.3% right, precision 74.3%, recall
    // 86.7%, 6 false alarms (docs/measurements/unseen-14-first-measurement-session-13.txt).
    // End of session 14: right 73.9%, precision 74.3%, recall 86.7%, 6 false alarms.
    // End of session 15: right 74.4%, precision 75.7%, recall 86.7%, 6 false alarms.
    // End of session 16: right 74.4%, precision 75.7%, recall 86.7%, 6 false alarms.
    // End of session 17: right 74.4%, precision 75.8%, recall 87.2%, 6 false alarms.
    // End of session 18: right 74.4%, precision 75.8%, recall 87.2%, 6 false alarms.
    // End of session 19: right 74.4%, precision 75.8%, recall 87.2%, 6 false alarms.
    // End of session 20: right 74.4%, precision 75.8%, recall 87.2%, 6 false alarms.
    // End of session 21: right 75.0%, precision 76.0%, recall 87.8%, 6 false alarms.
    // End of session 22: right 75.0%, precision 76.0%, recall 87.8%, 6 false alarms.
    // End of session 23: right 75.0%, precision 76.0%, recall 87.8%, 6 false alarms.
    // End of session 24: right 74.4%, precision 76.0%, recall 87.8%, 6 false alarms.
    // End of session 25: right 75.0%, precision 75.7%, recall 88.3%, 6 false alarms.
    // End of session 26: right 75.6%, precision 75.5%, recall 88.9%, 6 false alarms.
    // End of session 27: right 77.8%, precision 75.5%, recall 88.9%, 3 false alarms.
    // End of session 28: right 80.0%, precision 75.5%, recall 88.9%, 2 false alarms.
    // End of session 29: right 81.7%, precision 75.7%, recall 90.0%, 1 false alarm.
    // End of session 30: right 81.7%, precision 75.7%, recall 90.0%, 1 false alarm.
    // End of session 31: right 81.7%, precision 76.1%, recall 90.0%, 1 false alarm.
    // End of session 32: right 81.7%, precision 76.1%, recall 90.0%, 1 false alarms.
    // End of session 33: right 81.7%, precision 76.1%, recall 90.0%, 1 false alarms.
    // End of session 34: right 82.8%, precision 76.1%, recall 90.0%, 0 false alarms.
    // End of session 35: right 82.8%, precision 76.1%, recall 90.0%, 0 false alarms.
    // End of session 36: right 82.8%, precision 76.4%, recall 90.0%, 0 false alarms.
    // End of session 37: right 82.8%, precision 76.4%, recall 90.0%, 0 false alarms.
    // End of session 38: right 82.8%, precision 76.4%, recall 90.0%, 0 false alarms.
    // End of session 39: right 82.8%, precision 76.4%, recall 90.0%, 0 false alarms.
    // End of session 40: right 82.8%, precision 76.4%, recall 90.0%, 0 false alarms.
    // End of session 41: right 82.8%, precision 76.4%, recall 90.0%, 0 false alarms.
    // End of session 42: right 82.8%, precision 76.4%, recall 90.0%, 0 false alarms.
    // End of session 43: right 82.8%, precision 76.4%, recall 90.0%, 0 false alarms.
    // End of session 44: right 82.8%, precision 76.4%, recall 90.0%, 0 false alarms.
    // End of session 45: right 82.8%, precision 76.4%, recall 90.0%, 0 false alarms.
    // End of session 46: right 82.8%, precision 76.4%, recall 90.0%, 0 false alarms.
    // End of session 47: right 82.8%, precision 77.5%, recall 90.0%, 0 false alarms.
    // End of session 48: right 82.8%, precision 77.5%, recall 90.0%, 0 false alarms.
    // End of session 49: right 83.3%, precision 77.5%, recall 90.0%, 0 false alarms.
    // End of session 50: right 83.9%, precision 77.6%, recall 90.6%, 0 false alarms.
    // End of session 51: right 83.9%, precision 77.6%, recall 90.6%, 0 false alarms.
    // End of session 52: right 83.9%, precision 77.6%, recall 90.6%, 0 false alarms.
    // End of session 53: right 83.9%, precision 77.6%, recall 90.6%, 0 false alarms.
    // End of session 54: right 83.9%, precision 77.3%, recall 90.6%, 0 false alarms.
    // End of session 55: right 83.9%, precision 77.3%, recall 90.6%, 0 false alarms.
    // End of session 56: right 83.9%, precision 77.3%, recall 90.6%, 0 false alarms.
    // End of session 57: right 83.9%, precision 77.3%, recall 90.6%, 0 false alarms.
    // End of session 58: right 84.4%, precision 77.3%, recall 90.6%, 0 false alarms.
    // End of session 59: right 84.4%, precision 77.3%, recall 90.6%, 0 false alarms.
    static let minimumRight = 0.84
    static let minimumPrecision = 0.77
    static let minimumRecall = 0.90
    static let maximumFalseAlarms = 1
}

/// Development corpus O (`Fixtures/realistic-o`): 20 articles (10 German, 10 English, 200 claims) by two
/// writers who had read only the corpus brief (with its fourteenth-session section: tickers, newsletters,
/// Q&A pages, transcripts, turn-of-the-year pages, inline tables) and the data files, written at the start of
/// session 14 and committed before the checker first ran on it.
@Suite("Development corpus O")
struct RealisticOCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus O", folder: "Fixtures/realistic-o",
            CorpusThresholds(
                articles: 20, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (ccd4ba2): 64.0% right, precision 81.6%, recall
    // 84.5%, 2 false alarms (docs/measurements/realistic-o-first-measurement-session-14.txt).
    // End of session 14: right 75.5%, precision 81.8%, recall 87.5%, 0 false alarms.
    // End of session 15: right 75.5%, precision 82.9%, recall 87.5%, 0 false alarms.
    // End of session 16: right 75.5%, precision 82.9%, recall 87.5%, 0 false alarms.
    // End of session 17: right 76.0%, precision 83.0%, recall 88.0%, 0 false alarms.
    // End of session 18: right 76.0%, precision 83.0%, recall 88.0%, 0 false alarms.
    // End of session 19: right 76.0%, precision 83.0%, recall 88.0%, 0 false alarms.
    // End of session 20: right 76.5%, precision 83.0%, recall 88.0%, 0 false alarms.
    // End of session 21: right 76.5%, precision 83.0%, recall 88.0%, 0 false alarms.
    // End of session 22: right 76.5%, precision 83.0%, recall 88.0%, 0 false alarms.
    // End of session 23: right 76.5%, precision 83.0%, recall 88.0%, 0 false alarms.
    // End of session 24: right 76.5%, precision 82.6%, recall 88.0%, 0 false alarms.
    // End of session 25: right 77.0%, precision 81.9%, recall 88.5%, 0 false alarms.
    // End of session 26: right 80.0%, precision 83.9%, recall 91.5%, 0 false alarms.
    // End of session 27: right 80.0%, precision 83.9%, recall 91.5%, 0 false alarms.
    // End of session 28: right 80.0%, precision 83.9%, recall 91.5%, 0 false alarms.
    // End of session 29: right 80.0%, precision 83.9%, recall 91.5%, 0 false alarms.
    // End of session 30: right 80.0%, precision 83.9%, recall 91.5%, 0 false alarms.
    // End of session 31: right 80.0%, precision 83.6%, recall 91.5%, 0 false alarms.
    // End of session 32: right 81.0%, precision 83.6%, recall 92.0%, 0 false alarms.
    // End of session 33: right 81.0%, precision 83.3%, recall 92.0%, 0 false alarms.
    // End of session 34: right 82.0%, precision 83.3%, recall 92.0%, 0 false alarms.
    // End of session 35: right 82.0%, precision 83.3%, recall 92.0%, 0 false alarms.
    // End of session 36: right 82.5%, precision 83.3%, recall 92.0%, 0 false alarms.
    // End of session 37: right 82.5%, precision 83.3%, recall 92.0%, 0 false alarms.
    // End of session 38: right 83.0%, precision 83.3%, recall 92.5%, 0 false alarms.
    // End of session 39: right 83.0%, precision 83.3%, recall 92.5%, 0 false alarms.
    // End of session 40: right 83.0%, precision 83.3%, recall 92.5%, 0 false alarms.
    // End of session 41: right 83.0%, precision 83.3%, recall 92.5%, 0 false alarms.
    // End of session 42: right 83.0%, precision 83.3%, recall 92.5%, 0 false alarms.
    // End of session 43: right 83.0%, precision 83.3%, recall 92.5%, 0 false alarms.
    // End of session 44: right 83.0%, precision 83.3%, recall 92.5%, 0 false alarms.
    // End of session 45: right 83.0%, precision 83.3%, recall 92.5%, 0 false alarms.
    // End of session 46: right 83.0%, precision 83.3%, recall 92.5%, 0 false alarms.
    // End of session 47: right 83.5%, precision 83.7%, recall 92.5%, 0 false alarms.
    // End of session 48: right 83.5%, precision 83.7%, recall 92.5%, 0 false alarms.
    // End of session 49: right 83.5%, precision 84.1%, recall 92.5%, 0 false alarms.
    // End of session 50: right 84.5%, precision 85.0%, recall 93.5%, 0 false alarms.
    // End of session 51: right 84.5%, precision 85.0%, recall 93.5%, 0 false alarms.
    // End of session 52: right 84.5%, precision 85.0%, recall 93.5%, 0 false alarms.
    // End of session 53: right 84.5%, precision 85.0%, recall 93.5%, 0 false alarms.
    // End of session 54: right 84.5%, precision 85.0%, recall 93.5%, 0 false alarms.
    // End of session 55: right 84.5%, precision 85.0%, recall 93.5%, 0 false alarms.
    // End of session 56: right 84.5%, precision 85.0%, recall 93.5%, 0 false alarms.
    // End of session 57: right 84.5%, precision 85.0%, recall 93.5%, 0 false alarms.
    // End of session 58: right 84.5%, precision 85.0%, recall 93.5%, 0 false alarms.
    // End of session 59: right 84.5%, precision 85.0%, recall 93.5%, 0 false alarms.
    static let minimumRight = 0.84
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// The fifteenth unseen corpus (`Fixtures/unseen-15`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its fourteenth-session section) and the data files, written
/// at the start of session 14 and committed before the checker first ran on it.
/// Held out through session 26 (its last held-out figures: docs/measurements/corpora-issue-12-session-26.txt);
/// from session 27 a development corpus, its failures read (held-out figures come from unseen 19 and later).
@Suite("Unseen corpus 15")
struct Unseen15CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 15", folder: "Fixtures/unseen-15",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (ccd4ba2): 65.6% right, precision 79.7%, recall
    // 78.3%, 3 false alarms (docs/measurements/unseen-15-first-measurement-session-14.txt).
    // End of session 14: right 67.2%, precision 80.2%, recall 81.1%, 3 false alarms.
    // End of session 15: right 67.2%, precision 80.2%, recall 81.1%, 3 false alarms.
    // End of session 16: right 67.2%, precision 80.2%, recall 81.1%, 3 false alarms.
    // End of session 17: right 67.2%, precision 79.8%, recall 81.1%, 3 false alarms.
    // End of session 18: right 67.2%, precision 79.8%, recall 81.1%, 3 false alarms.
    // End of session 19: right 67.2%, precision 79.3%, recall 81.1%, 3 false alarms.
    // End of session 20: right 67.2%, precision 79.5%, recall 81.7%, 3 false alarms.
    // End of session 21: right 67.8%, precision 79.6%, recall 82.2%, 3 false alarms.
    // End of session 22: right 67.8%, precision 79.6%, recall 82.2%, 3 false alarms.
    // End of session 23: right 68.3%, precision 79.6%, recall 82.2%, 3 false alarms.
    // End of session 24: right 68.3%, precision 79.6%, recall 82.2%, 2 false alarms.
    // End of session 25: right 68.3%, precision 78.7%, recall 82.2%, 2 false alarms.
    // End of session 26: right 68.9%, precision 77.6%, recall 82.8%, 2 false alarms.
    // End of session 27: right 68.9%, precision 77.6%, recall 82.8%, 2 false alarms.
    // End of session 28: right 70.0%, precision 77.6%, recall 82.8%, 1 false alarm.
    // End of session 29: right 71.1%, precision 77.6%, recall 82.8%, 0 false alarms.
    // End of session 30: right 72.2%, precision 77.7%, recall 83.3%, 0 false alarms.
    // End of session 31: right 73.3%, precision 78.4%, recall 84.4%, 0 false alarms.
    // End of session 32: right 74.4%, precision 78.9%, recall 85.0%, 0 false alarms.
    // End of session 33: right 74.4%, precision 78.9%, recall 85.0%, 0 false alarms.
    // End of session 34: right 74.4%, precision 78.9%, recall 85.0%, 0 false alarms.
    // End of session 35: right 75.0%, precision 78.9%, recall 85.0%, 0 false alarms.
    // End of session 36: right 75.0%, precision 78.9%, recall 85.0%, 0 false alarms.
    // End of session 37: right 76.7%, precision 79.6%, recall 86.7%, 0 false alarms.
    // End of session 38: right 77.2%, precision 79.7%, recall 87.2%, 0 false alarms.
    // End of session 39: right 77.2%, precision 79.7%, recall 87.2%, 0 false alarms.
    // End of session 40: right 77.2%, precision 79.7%, recall 87.2%, 0 false alarms.
    // End of session 41: right 77.8%, precision 79.8%, recall 87.8%, 0 false alarms.
    // End of session 42: right 77.8%, precision 79.8%, recall 87.8%, 0 false alarms.
    // End of session 43: right 77.8%, precision 79.8%, recall 87.8%, 0 false alarms.
    // End of session 44: right 77.8%, precision 79.8%, recall 87.8%, 0 false alarms.
    // End of session 45: right 77.8%, precision 79.8%, recall 87.8%, 0 false alarms.
    // End of session 46: right 78.3%, precision 79.8%, recall 87.8%, 0 false alarms.
    // End of session 47: right 78.3%, precision 80.2%, recall 87.8%, 0 false alarms.
    // End of session 48: right 78.3%, precision 80.2%, recall 87.8%, 0 false alarms.
    // End of session 49: right 78.3%, precision 80.2%, recall 87.8%, 0 false alarms.
    // End of session 50: right 80.6%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 51: right 80.6%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 52: right 80.6%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 53: right 80.6%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 54: right 81.7%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 55: right 81.7%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 56: right 81.7%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 57: right 81.7%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 58: right 82.2%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 59: right 82.2%, precision 81.8%, recall 90.0%, 0 false alarms.
    static let minimumRight = 0.82
    static let minimumPrecision = 0.81
    static let minimumRecall = 0.90
    static let maximumFalseAlarms = 1
}

/// The sixteenth unseen corpus (`Fixtures/unseen-16`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its fourteenth-session section) and the data files, written
/// in session 14 while the checker was being changed from corpus O, and committed before the checker first ran on
/// it.
/// Held out through session 26 (its last held-out figures: docs/measurements/corpora-issue-12-session-26.txt);
/// from session 27 a development corpus, its failures read (held-out figures come from unseen 19 and later).
@Suite("Unseen corpus 16")
struct Unseen16CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 16", folder: "Fixtures/unseen-16",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker as the corpus arrived (2ac1eef): 69.4% right, precision 82.4%, recall
    // 85.6%, 6 false alarms (docs/measurements/unseen-16-first-measurement-session-14.txt).
    // End of session 14: right 69.4%, precision 82.4%, recall 85.6%, 6 false alarms.
    // End of session 15: right 69.4%, precision 82.8%, recall 85.6%, 6 false alarms.
    // End of session 16: right 69.4%, precision 82.8%, recall 85.6%, 6 false alarms.
    // End of session 17: right 69.4%, precision 82.4%, recall 85.6%, 6 false alarms.
    // End of session 18: right 69.4%, precision 82.4%, recall 85.6%, 6 false alarms.
    // End of session 19: right 69.4%, precision 82.4%, recall 85.6%, 6 false alarms.
    // End of session 20: right 69.4%, precision 82.4%, recall 86.1%, 6 false alarms.
    // End of session 21: right 70.0%, precision 82.5%, recall 86.7%, 6 false alarms.
    // End of session 22: right 70.0%, precision 82.5%, recall 86.7%, 6 false alarms.
    // End of session 23: right 70.6%, precision 82.6%, recall 87.2%, 6 false alarms.
    // End of session 24: right 70.6%, precision 82.2%, recall 87.2%, 6 false alarms.
    // End of session 25: right 70.6%, precision 82.2%, recall 87.2%, 6 false alarms.
    // End of session 26: right 71.7%, precision 82.0%, recall 88.3%, 6 false alarms.
    // End of session 27: right 71.7%, precision 82.0%, recall 88.3%, 6 false alarms.
    // End of session 28: right 72.8%, precision 82.0%, recall 88.3%, 4 false alarms.
    // End of session 29: right 73.3%, precision 81.2%, recall 88.9%, 4 false alarms.
    // End of session 30: right 73.9%, precision 81.6%, recall 88.9%, 3 false alarms.
    // End of session 31: right 74.4%, precision 81.7%, recall 89.4%, 3 false alarms.
    // End of session 32: right 77.2%, precision 82.1%, recall 89.4%, 1 false alarms.
    // End of session 33: right 77.8%, precision 82.3%, recall 90.6%, 1 false alarms.
    // End of session 34: right 78.9%, precision 82.3%, recall 90.6%, 0 false alarms.
    // End of session 35: right 79.4%, precision 82.3%, recall 90.6%, 0 false alarms.
    // End of session 36: right 80.0%, precision 82.3%, recall 90.6%, 0 false alarms.
    // End of session 37: right 81.7%, precision 82.8%, recall 93.9%, 0 false alarms.
    // End of session 38: right 81.7%, precision 83.3%, recall 93.9%, 0 false alarms.
    // End of session 39: right 81.7%, precision 83.3%, recall 93.9%, 0 false alarms.
    // End of session 40: right 81.7%, precision 83.3%, recall 93.9%, 0 false alarms.
    // End of session 41: right 81.7%, precision 83.3%, recall 93.9%, 0 false alarms.
    // End of session 42: right 81.7%, precision 83.3%, recall 93.9%, 0 false alarms.
    // End of session 43: right 81.7%, precision 83.3%, recall 93.9%, 0 false alarms.
    // End of session 44: right 81.7%, precision 84.1%, recall 93.9%, 0 false alarms.
    // End of session 45: right 81.7%, precision 84.1%, recall 93.9%, 0 false alarms.
    // End of session 46: right 81.7%, precision 84.1%, recall 93.9%, 0 false alarms.
    // End of session 47: right 81.7%, precision 84.1%, recall 93.9%, 0 false alarms.
    // End of session 48: right 81.7%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 49: right 81.7%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 50: right 81.7%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 51: right 81.7%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 52: right 81.7%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 53: right 81.7%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 54: right 81.7%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 55: right 81.7%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 56: right 81.7%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 57: right 81.7%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 58: right 81.7%, precision 84.5%, recall 93.9%, 0 false alarms.
    // End of session 59: right 81.7%, precision 84.5%, recall 93.9%, 0 false alarms.
    static let minimumRight = 0.81
    static let minimumPrecision = 0.84
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// Development corpus P (`Fixtures/realistic-p`): 20 articles (10 German, 10 English, 189 claims) by two
/// writers who had read only the corpus brief (with its fifteenth-session section: monthly-release wire copy,
/// fact checks, opinion pieces, German regional and business pages) and the data files, written at the start
/// of session 15 and committed before the checker first ran on it.
@Suite("Development corpus P")
struct RealisticPCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus P", folder: "Fixtures/realistic-p",
            CorpusThresholds(
                articles: 20, gold: 189, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (79cb6bd): 76.7% right, precision 84.7%, recall
    // 90.5%, 3 false alarms (docs/measurements/realistic-p-first-measurement-session-15.txt).
    // End of session 15: right 84.1%, precision 85.9%, recall 93.7%, 0 false alarms.
    // End of session 16: right 86.8%, precision 86.9%, recall 94.7%, 0 false alarms.
    // End of session 17: right 86.8%, precision 86.9%, recall 94.7%, 0 false alarms.
    // End of session 18: right 86.8%, precision 86.9%, recall 94.7%, 0 false alarms.
    // End of session 19: right 86.8%, precision 86.5%, recall 94.7%, 0 false alarms.
    // End of session 20: right 86.8%, precision 86.5%, recall 95.2%, 0 false alarms.
    // End of session 21: right 86.8%, precision 86.5%, recall 95.2%, 0 false alarms.
    // End of session 22: right 86.8%, precision 86.5%, recall 95.2%, 0 false alarms.
    // End of session 23: right 86.8%, precision 86.6%, recall 95.8%, 0 false alarms.
    // End of session 24: right 85.7%, precision 86.6%, recall 95.8%, 0 false alarms.
    // End of session 25: right 86.2%, precision 86.3%, recall 96.3%, 0 false alarms.
    // End of session 26: right 86.2%, precision 85.0%, recall 95.8%, 0 false alarms.
    // End of session 27: right 86.2%, precision 85.0%, recall 95.8%, 0 false alarms.
    // End of session 28: right 86.2%, precision 85.0%, recall 95.8%, 0 false alarms.
    // End of session 29: right 86.2%, precision 85.0%, recall 95.8%, 0 false alarms.
    // End of session 30: right 86.2%, precision 85.0%, recall 95.8%, 0 false alarms.
    // End of session 31: right 86.2%, precision 85.0%, recall 95.8%, 0 false alarms.
    // End of session 32: right 86.2%, precision 85.0%, recall 95.8%, 0 false alarms.
    // End of session 33: right 86.2%, precision 84.6%, recall 95.8%, 0 false alarms.
    // End of session 34: right 86.2%, precision 84.7%, recall 96.3%, 0 false alarms.
    // End of session 35: right 86.2%, precision 84.3%, recall 96.3%, 0 false alarms.
    // End of session 36: right 86.2%, precision 84.3%, recall 96.3%, 0 false alarms.
    // End of session 37: right 86.8%, precision 84.3%, recall 96.3%, 0 false alarms.
    // End of session 38: right 87.3%, precision 84.3%, recall 96.8%, 0 false alarms.
    // End of session 39: right 87.3%, precision 84.3%, recall 96.8%, 0 false alarms.
    // End of session 40: right 87.3%, precision 84.3%, recall 96.8%, 0 false alarms.
    // End of session 41: right 87.3%, precision 84.3%, recall 96.8%, 0 false alarms.
    // End of session 42: right 87.3%, precision 84.3%, recall 96.8%, 0 false alarms.
    // End of session 43: right 87.3%, precision 84.3%, recall 96.8%, 0 false alarms.
    // End of session 44: right 87.3%, precision 84.7%, recall 96.8%, 0 false alarms.
    // End of session 45: right 87.3%, precision 84.7%, recall 96.8%, 0 false alarms.
    // End of session 46: right 87.3%, precision 84.7%, recall 96.8%, 0 false alarms.
    // End of session 47: right 87.3%, precision 85.1%, recall 96.8%, 0 false alarms.
    // End of session 48: right 87.3%, precision 85.1%, recall 96.8%, 0 false alarms.
    // End of session 49: right 87.3%, precision 85.1%, recall 96.8%, 0 false alarms.
    // End of session 50: right 87.3%, precision 85.1%, recall 96.8%, 0 false alarms.
    // End of session 51: right 87.3%, precision 85.1%, recall 96.8%, 0 false alarms.
    // End of session 52: right 87.8%, precision 85.1%, recall 96.8%, 0 false alarms.
    // End of session 53: right 87.8%, precision 85.1%, recall 96.8%, 0 false alarms.
    // End of session 54: right 87.8%, precision 84.7%, recall 96.8%, 0 false alarms.
    // End of session 55: right 87.8%, precision 84.7%, recall 96.8%, 0 false alarms.
    // End of session 56: right 87.8%, precision 84.7%, recall 96.8%, 0 false alarms.
    // End of session 57: right 87.8%, precision 84.7%, recall 96.8%, 0 false alarms.
    // End of session 58: right 87.8%, precision 84.7%, recall 96.8%, 0 false alarms.
    // End of session 59: right 87.8%, precision 84.7%, recall 96.8%, 0 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.84
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The seventeenth unseen corpus (`Fixtures/unseen-17`): 20 articles (10 German, 10 English, 179 claims) by two
/// writers who had read only the corpus brief (with its fifteenth-session section) and the data files, written
/// at the start of session 15 and committed before the checker first ran on it.
/// Held out through session 26 (its last held-out figures: docs/measurements/corpora-issue-12-session-26.txt);
/// from session 27 a development corpus, its failures read (held-out figures come from unseen 19 and later).
@Suite("Unseen corpus 17")
struct Unseen17CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 17", folder: "Fixtures/unseen-17",
            CorpusThresholds(
                articles: 20, gold: 179, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (79cb6bd): 72.6% right, precision 78.4%, recall
    // 89.4%, 7 false alarms (docs/measurements/unseen-17-first-measurement-session-15.txt).
    // End of session 15: right 72.6%, precision 78.8%, recall 89.4%, 7 false alarms.
    // End of session 16: right 74.3%, precision 78.8%, recall 89.4%, 7 false alarms.
    // End of session 17: right 74.3%, precision 79.2%, recall 89.4%, 7 false alarms.
    // End of session 18: right 74.3%, precision 79.2%, recall 89.4%, 7 false alarms.
    // End of session 19: right 74.3%, precision 79.2%, recall 89.4%, 7 false alarms.
    // End of session 20: right 74.3%, precision 79.2%, recall 89.4%, 7 false alarms.
    // End of session 21: right 74.9%, precision 79.3%, recall 89.9%, 7 false alarms.
    // End of session 22: right 74.9%, precision 79.3%, recall 89.9%, 7 false alarms.
    // End of session 23: right 74.9%, precision 78.9%, recall 89.9%, 7 false alarms.
    // End of session 24: right 74.9%, precision 78.9%, recall 89.9%, 6 false alarms.
    // End of session 25: right 76.0%, precision 79.9%, recall 91.1%, 6 false alarms.
    // End of session 26: right 76.5%, precision 79.6%, recall 91.6%, 6 false alarms.
    // End of session 27: right 77.1%, precision 79.6%, recall 91.6%, 5 false alarms.
    // End of session 28: right 78.2%, precision 79.6%, recall 91.6%, 4 false alarms.
    // End of session 29: right 79.9%, precision 79.6%, recall 91.6%, 2 false alarms.
    // End of session 30: right 79.9%, precision 79.6%, recall 91.6%, 2 false alarms.
    // End of session 31: right 79.9%, precision 80.0%, recall 91.6%, 2 false alarms.
    // End of session 32: right 80.4%, precision 80.0%, recall 91.6%, 1 false alarms.
    // End of session 33: right 80.4%, precision 80.0%, recall 91.6%, 1 false alarms.
    // End of session 34: right 81.0%, precision 80.0%, recall 91.6%, 0 false alarms.
    // End of session 35: right 81.0%, precision 80.0%, recall 91.6%, 0 false alarms.
    // End of session 36: right 81.0%, precision 80.0%, recall 91.6%, 0 false alarms.
    // End of session 37: right 81.6%, precision 80.0%, recall 91.6%, 0 false alarms.
    // End of session 38: right 81.6%, precision 80.0%, recall 91.6%, 0 false alarms.
    // End of session 39: right 81.6%, precision 80.0%, recall 91.6%, 0 false alarms.
    // End of session 40: right 81.6%, precision 80.0%, recall 91.6%, 0 false alarms.
    // End of session 41: right 81.6%, precision 80.0%, recall 91.6%, 0 false alarms.
    // End of session 42: right 81.6%, precision 80.0%, recall 91.6%, 0 false alarms.
    // End of session 43: right 82.1%, precision 80.0%, recall 91.6%, 0 false alarms.
    // End of session 44: right 82.1%, precision 80.0%, recall 91.6%, 0 false alarms.
    // End of session 45: right 82.1%, precision 80.0%, recall 91.6%, 0 false alarms.
    // End of session 46: right 82.1%, precision 80.0%, recall 91.6%, 0 false alarms.
    // End of session 47: right 82.1%, precision 80.8%, recall 91.6%, 0 false alarms.
    // End of session 48: right 82.1%, precision 80.8%, recall 91.6%, 0 false alarms.
    // End of session 49: right 82.7%, precision 80.8%, recall 91.6%, 0 false alarms.
    // End of session 50: right 83.2%, precision 81.3%, recall 92.2%, 0 false alarms.
    // End of session 51: right 83.8%, precision 81.8%, recall 92.7%, 0 false alarms.
    // End of session 52: right 83.8%, precision 81.8%, recall 92.7%, 0 false alarms.
    // End of session 53: right 83.8%, precision 81.8%, recall 92.7%, 0 false alarms.
    // End of session 54: right 83.8%, precision 81.8%, recall 92.7%, 0 false alarms.
    // End of session 55: right 83.8%, precision 81.8%, recall 92.7%, 0 false alarms.
    // End of session 56: right 83.8%, precision 81.8%, recall 92.7%, 0 false alarms.
    // End of session 57: right 83.8%, precision 81.8%, recall 92.7%, 0 false alarms.
    // End of session 58: right 83.8%, precision 81.8%, recall 92.7%, 0 false alarms.
    // End of session 59: right 83.8%, precision 81.8%, recall 92.7%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.81
    static let minimumRecall = 0.92
    static let maximumFalseAlarms = 1
}

/// The eighteenth unseen corpus (`Fixtures/unseen-18`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its fifteenth-session section) and the data files, written
/// in session 15 while the checker was being changed from corpus P, and committed before the checker first ran on
/// it.
/// Held out through session 26 (its last held-out figures: docs/measurements/corpora-issue-12-session-26.txt);
/// from session 27 a development corpus, its failures read (held-out figures come from unseen 19 and later).
@Suite("Unseen corpus 18")
struct Unseen18CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 18", folder: "Fixtures/unseen-18",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (79cb6bd): 66.1% right, precision 79.3%, recall
    // 82.8%, 5 false alarms (docs/measurements/unseen-18-first-measurement-session-15.txt).
    // End of session 15: right 66.7%, precision 81.0%, recall 82.8%, 5 false alarms.
    // End of session 16: right 67.8%, precision 81.0%, recall 82.8%, 5 false alarms.
    // End of session 17: right 68.3%, precision 81.1%, recall 83.3%, 5 false alarms.
    // End of session 18: right 68.3%, precision 80.7%, recall 83.9%, 5 false alarms.
    // End of session 19: right 68.3%, precision 80.3%, recall 83.9%, 5 false alarms.
    // End of session 20: right 68.3%, precision 80.4%, recall 84.4%, 5 false alarms.
    // End of session 21: right 68.3%, precision 80.4%, recall 84.4%, 5 false alarms.
    // End of session 22: right 68.3%, precision 80.4%, recall 84.4%, 5 false alarms.
    // End of session 23: right 68.3%, precision 80.4%, recall 84.4%, 5 false alarms.
    // End of session 24: right 68.3%, precision 80.4%, recall 84.4%, 5 false alarms.
    // End of session 25: right 68.3%, precision 78.9%, recall 85.0%, 5 false alarms.
    // End of session 26: right 68.3%, precision 78.9%, recall 85.0%, 5 false alarms.
    // End of session 27: right 68.3%, precision 78.9%, recall 85.0%, 5 false alarms.
    // End of session 28: right 69.4%, precision 78.9%, recall 85.0%, 3 false alarms.
    // End of session 29: right 70.0%, precision 78.9%, recall 85.0%, 2 false alarms.
    // End of session 30: right 70.0%, precision 79.0%, recall 85.6%, 2 false alarms.
    // End of session 31: right 70.0%, precision 79.0%, recall 85.6%, 2 false alarms.
    // End of session 32: right 70.6%, precision 79.4%, recall 85.6%, 1 false alarms.
    // End of session 33: right 70.6%, precision 79.4%, recall 85.6%, 1 false alarms.
    // End of session 34: right 70.6%, precision 79.4%, recall 85.6%, 1 false alarms.
    // End of session 35: right 70.6%, precision 79.4%, recall 85.6%, 1 false alarms.
    // End of session 36: right 70.6%, precision 79.4%, recall 85.6%, 1 false alarms.
    // End of session 37: right 71.7%, precision 79.4%, recall 85.6%, 0 false alarms.
    // End of session 38: right 71.7%, precision 79.4%, recall 85.6%, 0 false alarms.
    // End of session 39: right 72.2%, precision 79.4%, recall 85.6%, 0 false alarms.
    // End of session 40: right 72.2%, precision 79.4%, recall 85.6%, 0 false alarms.
    // End of session 41: right 72.8%, precision 79.4%, recall 85.6%, 0 false alarms.
    // End of session 42: right 72.8%, precision 79.4%, recall 85.6%, 0 false alarms.
    // End of session 43: right 73.3%, precision 79.4%, recall 85.6%, 0 false alarms.
    // End of session 44: right 73.3%, precision 79.8%, recall 85.6%, 0 false alarms.
    // End of session 45: right 73.3%, precision 79.8%, recall 85.6%, 0 false alarms.
    // End of session 46: right 73.3%, precision 79.8%, recall 85.6%, 0 false alarms.
    // End of session 47: right 73.3%, precision 79.8%, recall 85.6%, 0 false alarms.
    // End of session 48: right 73.3%, precision 79.8%, recall 85.6%, 0 false alarms.
    // End of session 49: right 73.3%, precision 79.8%, recall 85.6%, 0 false alarms.
    // End of session 50: right 74.4%, precision 80.9%, recall 87.2%, 0 false alarms.
    // End of session 51: right 74.4%, precision 80.9%, recall 87.2%, 0 false alarms.
    // End of session 52: right 74.4%, precision 80.9%, recall 87.2%, 0 false alarms.
    // End of session 53: right 75.6%, precision 80.9%, recall 87.2%, 0 false alarms.
    // End of session 54: right 75.6%, precision 80.5%, recall 87.2%, 0 false alarms.
    // End of session 55: right 75.6%, precision 80.5%, recall 87.2%, 0 false alarms.
    // End of session 56: right 75.6%, precision 80.5%, recall 87.2%, 0 false alarms.
    // End of session 57: right 75.6%, precision 80.5%, recall 87.2%, 0 false alarms.
    // End of session 58: right 75.6%, precision 80.5%, recall 87.2%, 0 false alarms.
    // End of session 59: right 75.6%, precision 80.5%, recall 87.2%, 0 false alarms.
    static let minimumRight = 0.75
    static let minimumPrecision = 0.80
    static let minimumRecall = 0.87
    static let maximumFalseAlarms = 1
}

/// Development corpus Q (`Fixtures/realistic-q`): 20 articles (10 German, 10 English, 179 claims) by two
/// writers who had read only the corpus brief (with its sixteenth-session section: explainers and Q&A pages,
/// country profiles, newsletters and live blogs, interviews and association releases) and the data files,
/// written at the start of session 16 and committed before the checker first ran on it.
@Suite("Development corpus Q")
struct RealisticQCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus Q", folder: "Fixtures/realistic-q",
            CorpusThresholds(
                articles: 20, gold: 179, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (2d74570): 68.7% right, precision 77.7%, recall
    // 85.5%, 7 false alarms (docs/measurements/realistic-q-first-measurement-session-16.txt).
    // End of session 16: right 76.0%, precision 80.0%, recall 87.2%, 1 false alarm.
    // End of session 17: right 76.5%, precision 80.2%, recall 88.3%, 1 false alarm.
    // End of session 18: right 77.1%, precision 80.2%, recall 88.3%, 1 false alarm.
    // End of session 19: right 77.1%, precision 80.2%, recall 88.3%, 1 false alarm.
    // End of session 20: right 77.1%, precision 80.2%, recall 88.3%, 1 false alarm.
    // End of session 21: right 77.1%, precision 80.2%, recall 88.3%, 1 false alarm.
    // End of session 22: right 77.1%, precision 80.2%, recall 88.3%, 1 false alarm.
    // End of session 23: right 77.1%, precision 79.4%, recall 88.3%, 1 false alarm.
    // End of session 24: right 77.1%, precision 79.4%, recall 88.3%, 1 false alarm.
    // End of session 25: right 78.8%, precision 79.3%, recall 89.9%, 1 false alarm.
    // End of session 26: right 78.8%, precision 78.2%, recall 89.9%, 1 false alarm.
    // End of session 27: right 79.9%, precision 78.2%, recall 89.9%, 0 false alarms.
    // End of session 28: right 79.9%, precision 78.2%, recall 89.9%, 0 false alarms.
    // End of session 29: right 79.9%, precision 78.2%, recall 89.9%, 0 false alarms.
    // End of session 30: right 79.9%, precision 78.5%, recall 89.9%, 0 false alarms.
    // End of session 31: right 79.9%, precision 78.5%, recall 89.9%, 0 false alarms.
    // End of session 32: right 79.9%, precision 78.5%, recall 89.9%, 0 false alarms.
    // End of session 33: right 79.9%, precision 78.5%, recall 89.9%, 0 false alarms.
    // End of session 34: right 79.9%, precision 78.5%, recall 89.9%, 0 false alarms.
    // End of session 35: right 79.9%, precision 78.5%, recall 89.9%, 0 false alarms.
    // End of session 36: right 79.9%, precision 78.5%, recall 89.9%, 0 false alarms.
    // End of session 37: right 80.4%, precision 78.5%, recall 89.9%, 0 false alarms.
    // End of session 38: right 80.4%, precision 78.5%, recall 89.9%, 0 false alarms.
    // End of session 39: right 80.4%, precision 78.5%, recall 89.9%, 0 false alarms.
    // End of session 40: right 80.4%, precision 78.5%, recall 89.9%, 0 false alarms.
    // End of session 41: right 80.4%, precision 78.5%, recall 89.9%, 0 false alarms.
    // End of session 42: right 80.4%, precision 78.5%, recall 89.9%, 0 false alarms.
    // End of session 43: right 80.4%, precision 78.5%, recall 89.9%, 0 false alarms.
    // End of session 44: right 80.4%, precision 78.5%, recall 89.9%, 0 false alarms.
    // End of session 45: right 80.4%, precision 78.5%, recall 89.9%, 0 false alarms.
    // End of session 46: right 80.4%, precision 78.5%, recall 89.9%, 0 false alarms.
    // End of session 47: right 80.4%, precision 78.2%, recall 89.9%, 0 false alarms.
    // End of session 48: right 80.4%, precision 78.2%, recall 89.9%, 0 false alarms.
    // End of session 49: right 80.4%, precision 78.2%, recall 89.9%, 0 false alarms.
    // End of session 50: right 80.4%, precision 78.2%, recall 89.9%, 0 false alarms.
    // End of session 51: right 80.4%, precision 78.2%, recall 89.9%, 0 false alarms.
    // End of session 52: right 80.4%, precision 78.2%, recall 89.9%, 0 false alarms.
    // End of session 53: right 80.4%, precision 78.2%, recall 89.9%, 0 false alarms.
    // End of session 54: right 80.4%, precision 78.2%, recall 89.9%, 0 false alarms.
    // End of session 55: right 80.4%, precision 78.2%, recall 89.9%, 0 false alarms.
    // End of session 56: right 80.4%, precision 78.2%, recall 89.9%, 0 false alarms.
    // End of session 57: right 80.4%, precision 78.2%, recall 89.9%, 0 false alarms.
    // End of session 58: right 80.4%, precision 78.2%, recall 89.9%, 0 false alarms.
    // End of session 59: right 80.4%, precision 78.2%, recall 89.9%, 0 false alarms.
    static let minimumRight = 0.80
    static let minimumPrecision = 0.78
    static let minimumRecall = 0.89
    static let maximumFalseAlarms = 1
}

/// The nineteenth unseen corpus (`Fixtures/unseen-19`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its sixteenth-session section) and the data files, written
/// at the start of session 16 and committed before the checker first ran on it. Held out through session 32 (only its
/// totals read); a development corpus since session 33.
@Suite("Unseen corpus 19")
struct Unseen19CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 19", folder: "Fixtures/unseen-19",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (2d74570): 70.0% right, precision 81.1%, recall
    // 85.6%, 0 false alarms (docs/measurements/unseen-19-first-measurement-session-16.txt).
    // End of session 16: right 71.1%, precision 81.1%, recall 85.6%, 0 false alarms.
    // End of session 17: right 71.1%, precision 81.1%, recall 85.6%, 0 false alarms.
    // End of session 18: right 71.1%, precision 81.2%, recall 86.1%, 0 false alarms.
    // End of session 19: right 72.2%, precision 81.2%, recall 86.1%, 0 false alarms.
    // End of session 20: right 72.8%, precision 81.2%, recall 86.1%, 0 false alarms.
    // End of session 21: right 72.8%, precision 81.2%, recall 86.1%, 0 false alarms.
    // End of session 22: right 72.8%, precision 81.2%, recall 86.1%, 0 false alarms.
    // End of session 23: right 72.8%, precision 81.2%, recall 86.1%, 0 false alarms.
    // End of session 24: right 72.2%, precision 81.2%, recall 86.1%, 0 false alarms.
    // End of session 25: right 72.8%, precision 81.2%, recall 86.7%, 0 false alarms.
    // End of session 26: right 72.8%, precision 80.4%, recall 86.7%, 0 false alarms.
    // End of session 27: right 73.3%, precision 80.0%, recall 86.7%, 0 false alarms.
    // End of session 28: right 73.3%, precision 80.0%, recall 86.7%, 0 false alarms.
    // End of session 29: right 73.3%, precision 80.5%, recall 87.2%, 0 false alarms.
    // End of session 30: right 73.3%, precision 80.9%, recall 87.2%, 0 false alarms.
    // End of session 31: right 73.9%, precision 80.6%, recall 87.8%, 0 false alarms.
    // End of session 32: right 73.9%, precision 80.6%, recall 87.8%, 0 false alarms.
    // End of session 33: right 74.4%, precision 80.2%, recall 87.8%, 0 false alarms.
    // End of session 34: right 74.4%, precision 80.2%, recall 87.8%, 0 false alarms.
    // End of session 35: right 74.4%, precision 80.2%, recall 87.8%, 0 false alarms.
    // End of session 36: right 75.0%, precision 80.7%, recall 88.3%, 0 false alarms.
    // End of session 37: right 75.0%, precision 80.7%, recall 88.3%, 0 false alarms.
    // End of session 38: right 75.0%, precision 80.7%, recall 88.3%, 0 false alarms.
    // End of session 39: right 75.0%, precision 80.7%, recall 88.3%, 0 false alarms.
    // End of session 40: right 75.0%, precision 80.7%, recall 88.3%, 0 false alarms.
    // End of session 41: right 75.6%, precision 80.8%, recall 88.9%, 0 false alarms.
    // End of session 42: right 75.6%, precision 80.8%, recall 88.9%, 0 false alarms.
    // End of session 43: right 75.6%, precision 80.8%, recall 88.9%, 0 false alarms.
    // End of session 44: right 75.6%, precision 80.8%, recall 88.9%, 0 false alarms.
    // End of session 45: right 76.7%, precision 80.9%, recall 89.4%, 0 false alarms.
    // End of session 46: right 77.2%, precision 80.9%, recall 89.4%, 0 false alarms.
    // End of session 47: right 77.2%, precision 81.3%, recall 89.4%, 0 false alarms.
    // End of session 48: right 77.2%, precision 81.3%, recall 89.4%, 0 false alarms.
    // End of session 49: right 77.2%, precision 81.3%, recall 89.4%, 0 false alarms.
    // End of session 50: right 77.8%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 51: right 77.8%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 52: right 77.8%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 53: right 77.8%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 54: right 77.8%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 55: right 80.0%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 56: right 80.0%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 57: right 80.0%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 58: right 80.6%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 59: right 80.6%, precision 81.8%, recall 90.0%, 0 false alarms.
    static let minimumRight = 0.80
    static let minimumPrecision = 0.81
    static let minimumRecall = 0.90
    static let maximumFalseAlarms = 1
}

/// The twentieth unseen corpus (`Fixtures/unseen-20`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its sixteenth-session section) and the data files, written in
/// session 16 while the checker was being changed from corpus Q, and committed before the checker first ran on it.
/// Held out through session 32 (only its totals read); a development corpus since session 33.
@Suite("Unseen corpus 20")
struct Unseen20CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 20", folder: "Fixtures/unseen-20",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (2d74570): 71.7% right, precision 82.4%, recall
    // 86.1%, 6 false alarms (docs/measurements/unseen-20-first-measurement-session-16.txt).
    // End of session 16: right 71.7%, precision 82.5%, recall 86.7%, 6 false alarms.
    // End of session 17: right 71.7%, precision 82.5%, recall 86.7%, 6 false alarms.
    // End of session 18: right 72.2%, precision 82.5%, recall 86.7%, 5 false alarms.
    // End of session 19: right 72.2%, precision 82.5%, recall 86.7%, 5 false alarms.
    // End of session 20: right 72.2%, precision 82.5%, recall 86.7%, 5 false alarms.
    // End of session 21: right 72.8%, precision 81.8%, recall 87.2%, 5 false alarms.
    // End of session 22: right 73.3%, precision 81.8%, recall 87.2%, 4 false alarms.
    // End of session 23: right 73.3%, precision 81.9%, recall 87.8%, 4 false alarms.
    // End of session 24: right 73.3%, precision 81.9%, recall 87.8%, 4 false alarms.
    // End of session 25: right 73.3%, precision 81.0%, recall 87.8%, 4 false alarms.
    // End of session 26: right 74.4%, precision 80.7%, recall 88.3%, 3 false alarms.
    // End of session 27: right 75.0%, precision 80.7%, recall 88.3%, 3 false alarms.
    // End of session 28: right 76.1%, precision 80.7%, recall 88.3%, 3 false alarms.
    // End of session 29: right 77.2%, precision 81.2%, recall 88.9%, 3 false alarms.
    // End of session 30: right 77.8%, precision 81.7%, recall 89.4%, 3 false alarms.
    // End of session 31: right 77.8%, precision 81.7%, recall 89.4%, 3 false alarms.
    // End of session 32: right 78.3%, precision 81.7%, recall 89.4%, 3 false alarms.
    // End of session 33: right 78.9%, precision 81.3%, recall 89.4%, 2 false alarms.
    // End of session 34: right 80.0%, precision 81.7%, recall 89.4%, 1 false alarms.
    // End of session 35: right 80.0%, precision 81.7%, recall 89.4%, 1 false alarms.
    // End of session 36: right 80.6%, precision 81.3%, recall 89.4%, 0 false alarms.
    // End of session 37: right 80.6%, precision 81.3%, recall 89.4%, 0 false alarms.
    // End of session 38: right 80.6%, precision 81.3%, recall 89.4%, 0 false alarms.
    // End of session 39: right 80.6%, precision 81.3%, recall 89.4%, 0 false alarms.
    // End of session 40: right 80.6%, precision 81.3%, recall 89.4%, 0 false alarms.
    // End of session 41: right 80.6%, precision 81.3%, recall 89.4%, 0 false alarms.
    // End of session 42: right 80.6%, precision 81.3%, recall 89.4%, 0 false alarms.
    // End of session 43: right 80.6%, precision 81.3%, recall 89.4%, 0 false alarms.
    // End of session 44: right 80.6%, precision 81.7%, recall 89.4%, 0 false alarms.
    // End of session 45: right 80.6%, precision 81.7%, recall 89.4%, 0 false alarms.
    // End of session 46: right 80.6%, precision 81.7%, recall 89.4%, 0 false alarms.
    // End of session 47: right 80.6%, precision 82.1%, recall 89.4%, 0 false alarms.
    // End of session 48: right 80.6%, precision 82.1%, recall 89.4%, 0 false alarms.
    // End of session 49: right 80.6%, precision 82.1%, recall 89.4%, 0 false alarms.
    // End of session 50: right 81.7%, precision 82.2%, recall 90.0%, 0 false alarms.
    // End of session 51: right 81.7%, precision 82.2%, recall 90.0%, 0 false alarms.
    // End of session 52: right 81.7%, precision 82.2%, recall 90.0%, 0 false alarms.
    // End of session 53: right 81.7%, precision 82.2%, recall 90.0%, 0 false alarms.
    // End of session 54: right 81.7%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 55: right 81.7%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 56: right 81.7%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 57: right 81.7%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 58: right 81.7%, precision 81.8%, recall 90.0%, 0 false alarms.
    // End of session 59: right 81.7%, precision 81.8%, recall 90.0%, 0 false alarms.
    static let minimumRight = 0.81
    static let minimumPrecision = 0.81
    static let minimumRecall = 0.90
    static let maximumFalseAlarms = 1
}

/// Development corpus R (`Fixtures/realistic-r`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its seventeenth-session section: chart write-ups, sector
/// reports, anniversary pieces and outlooks, with weight on comparisons, moved rankings, records, compositions
/// and flow ambiguity) and the data files, written at the start of session 17 and committed before the checker
/// first ran on it.
@Suite("Development corpus R")
struct RealisticRCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus R", folder: "Fixtures/realistic-r",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (90d51a6): 71.7% right, precision 82.4%, recall
    // 86.1%, 5 false alarms (docs/measurements/realistic-r-first-measurement-session-17.txt).
    // End of session 17: right 80.6%, precision 83.9%, recall 90.0%, 1 false alarm.
    // End of session 18: right 81.7%, precision 84.0%, recall 90.6%, 1 false alarm.
    // End of session 19: right 81.7%, precision 84.0%, recall 90.6%, 1 false alarm.
    // End of session 20: right 81.7%, precision 83.6%, recall 90.6%, 1 false alarm.
    // End of session 21: right 81.7%, precision 83.6%, recall 90.6%, 1 false alarm.
    // End of session 22: right 81.7%, precision 83.6%, recall 90.6%, 1 false alarm.
    // End of session 23: right 81.7%, precision 83.6%, recall 90.6%, 1 false alarm.
    // End of session 24: right 81.7%, precision 83.7%, recall 91.1%, 1 false alarm.
    // End of session 25: right 81.7%, precision 84.5%, recall 91.1%, 1 false alarm.
    // End of session 26: right 81.7%, precision 83.7%, recall 91.1%, 1 false alarm.
    // End of session 27: right 81.7%, precision 83.7%, recall 91.1%, 1 false alarm.
    // End of session 28: right 81.7%, precision 83.7%, recall 91.1%, 1 false alarm.
    // End of session 29: right 81.7%, precision 83.8%, recall 91.7%, 1 false alarm.
    // End of session 30: right 81.7%, precision 83.8%, recall 91.7%, 1 false alarm.
    // End of session 31: right 82.8%, precision 83.9%, recall 92.8%, 1 false alarm.
    // End of session 32: right 82.8%, precision 83.9%, recall 92.8%, 1 false alarms.
    // End of session 33: right 82.8%, precision 83.9%, recall 92.8%, 1 false alarms.
    // End of session 34: right 82.8%, precision 83.9%, recall 92.8%, 1 false alarms.
    // End of session 35: right 82.8%, precision 83.9%, recall 92.8%, 1 false alarms.
    // End of session 36: right 82.8%, precision 84.3%, recall 92.8%, 1 false alarms.
    // End of session 37: right 82.8%, precision 84.3%, recall 92.8%, 1 false alarms.
    // End of session 38: right 83.3%, precision 84.4%, recall 93.3%, 1 false alarms.
    // End of session 39: right 83.9%, precision 84.8%, recall 93.3%, 0 false alarms.
    // End of session 40: right 83.9%, precision 84.8%, recall 93.3%, 0 false alarms.
    // End of session 41: right 83.9%, precision 84.8%, recall 93.3%, 0 false alarms.
    // End of session 42: right 83.9%, precision 84.8%, recall 93.3%, 0 false alarms.
    // End of session 43: right 83.9%, precision 84.8%, recall 93.3%, 0 false alarms.
    // End of session 44: right 83.9%, precision 84.8%, recall 93.3%, 0 false alarms.
    // End of session 45: right 83.9%, precision 84.8%, recall 93.3%, 0 false alarms.
    // End of session 46: right 84.4%, precision 84.9%, recall 93.9%, 0 false alarms.
    // End of session 47: right 84.4%, precision 84.9%, recall 93.9%, 0 false alarms.
    // End of session 48: right 84.4%, precision 84.9%, recall 93.9%, 0 false alarms.
    // End of session 49: right 84.4%, precision 84.9%, recall 93.9%, 0 false alarms.
    // End of session 50: right 84.4%, precision 83.7%, recall 93.9%, 0 false alarms.
    // End of session 51: right 84.4%, precision 83.7%, recall 93.9%, 0 false alarms.
    // End of session 52: right 84.4%, precision 83.7%, recall 93.9%, 0 false alarms.
    // End of session 53: right 84.4%, precision 83.7%, recall 93.9%, 0 false alarms.
    // End of session 54: right 84.4%, precision 83.3%, recall 93.9%, 0 false alarms.
    // End of session 55: right 84.4%, precision 83.3%, recall 93.9%, 0 false alarms.
    // End of session 56: right 84.4%, precision 83.3%, recall 93.9%, 0 false alarms.
    // End of session 57: right 84.4%, precision 83.3%, recall 93.9%, 0 false alarms.
    // End of session 58: right 84.4%, precision 83.3%, recall 93.9%, 0 false alarms.
    // End of session 59: right 84.4%, precision 83.3%, recall 93.9%, 0 false alarms.
    static let minimumRight = 0.84
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// The twenty-first unseen corpus (`Fixtures/unseen-21`): 20 articles (10 German, 10 English, 185 claims) by two
/// writers who had read only the corpus brief (with its seventeenth-session section) and the data files, written
/// at the start of session 17 and committed before the checker first ran on it. Held out through session 32 (only its
/// totals read); a development corpus since session 33.
@Suite("Unseen corpus 21")
struct Unseen21CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 21", folder: "Fixtures/unseen-21",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (90d51a6): 66.5% right, precision 79.2%, recall
    // 82.2%, 2 false alarms (docs/measurements/unseen-21-first-measurement-session-17.txt).
    // End of session 17: right 67.6%, precision 80.3%, recall 83.8%, 2 false alarms.
    // End of session 18: right 67.6%, precision 80.3%, recall 83.8%, 2 false alarms.
    // End of session 19: right 67.6%, precision 80.3%, recall 83.8%, 2 false alarms.
    // End of session 20: right 67.6%, precision 80.3%, recall 83.8%, 2 false alarms.
    // End of session 21: right 67.6%, precision 80.3%, recall 83.8%, 2 false alarms.
    // End of session 22: right 67.6%, precision 80.3%, recall 83.8%, 2 false alarms.
    // End of session 23: right 67.6%, precision 79.9%, recall 83.8%, 2 false alarms.
    // End of session 24: right 67.0%, precision 79.9%, recall 83.8%, 1 false alarm.
    // End of session 25: right 66.5%, precision 79.2%, recall 84.3%, 1 false alarm.
    // End of session 26: right 67.0%, precision 78.9%, recall 84.9%, 1 false alarm.
    // End of session 27: right 67.0%, precision 78.9%, recall 84.9%, 1 false alarm.
    // End of session 28: right 67.0%, precision 78.9%, recall 84.9%, 1 false alarm.
    // End of session 29: right 67.6%, precision 78.9%, recall 84.9%, 1 false alarm.
    // End of session 30: right 67.6%, precision 79.3%, recall 84.9%, 1 false alarm.
    // End of session 31: right 68.1%, precision 78.9%, recall 84.9%, 1 false alarm.
    // End of session 32: right 68.6%, precision 78.9%, recall 84.9%, 1 false alarms.
    // End of session 33: right 69.2%, precision 79.0%, recall 85.4%, 1 false alarms.
    // End of session 34: right 69.2%, precision 79.0%, recall 85.4%, 1 false alarms.
    // End of session 35: right 69.7%, precision 79.0%, recall 85.4%, 0 false alarms.
    // End of session 36: right 69.7%, precision 79.0%, recall 85.4%, 0 false alarms.
    // End of session 37: right 70.8%, precision 79.0%, recall 85.4%, 0 false alarms.
    // End of session 38: right 71.4%, precision 79.0%, recall 85.4%, 0 false alarms.
    // End of session 39: right 71.4%, precision 79.0%, recall 85.4%, 0 false alarms.
    // End of session 40: right 71.9%, precision 79.0%, recall 85.4%, 0 false alarms.
    // End of session 41: right 72.4%, precision 78.8%, recall 86.5%, 0 false alarms.
    // End of session 42: right 72.4%, precision 78.8%, recall 86.5%, 0 false alarms.
    // End of session 43: right 72.4%, precision 78.8%, recall 86.5%, 0 false alarms.
    // End of session 44: right 72.4%, precision 78.8%, recall 86.5%, 0 false alarms.
    // End of session 45: right 72.4%, precision 78.8%, recall 86.5%, 0 false alarms.
    // End of session 46: right 72.4%, precision 78.8%, recall 86.5%, 0 false alarms.
    // End of session 47: right 72.4%, precision 79.2%, recall 86.5%, 0 false alarms.
    // End of session 48: right 72.4%, precision 79.2%, recall 86.5%, 0 false alarms.
    // End of session 49: right 72.4%, precision 79.6%, recall 86.5%, 0 false alarms.
    // End of session 50: right 73.0%, precision 80.1%, recall 87.0%, 0 false alarms.
    // End of session 51: right 73.0%, precision 80.1%, recall 87.0%, 0 false alarms.
    // End of session 52: right 73.0%, precision 80.1%, recall 87.0%, 0 false alarms.
    // End of session 53: right 73.5%, precision 80.1%, recall 87.0%, 0 false alarms.
    // End of session 54: right 73.5%, precision 80.1%, recall 87.0%, 0 false alarms.
    // End of session 55: right 73.5%, precision 80.1%, recall 87.0%, 0 false alarms.
    // End of session 56: right 73.5%, precision 80.1%, recall 87.0%, 0 false alarms.
    // End of session 57: right 74.1%, precision 80.1%, recall 87.0%, 0 false alarms.
    // End of session 58: right 74.1%, precision 80.1%, recall 87.0%, 0 false alarms.
    // End of session 59: right 74.6%, precision 80.1%, recall 87.0%, 0 false alarms.
    static let minimumRight = 0.74
    static let minimumPrecision = 0.80
    static let minimumRecall = 0.87
    static let maximumFalseAlarms = 1
}

/// The twenty-second unseen corpus (`Fixtures/unseen-22`): 20 articles (10 German, 10 English, 185 claims) by two
/// writers who had read only the corpus brief (with its seventeenth-session section) and the data files, written
/// at the start of session 17 and committed before the checker first ran on it. Held out through session 32 (only its
/// totals read); a development corpus since session 33.
@Suite("Unseen corpus 22")
struct Unseen22CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 22", folder: "Fixtures/unseen-22",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (90d51a6): 69.2% right, precision 81.5%, recall
    // 88.1%, 7 false alarms (docs/measurements/unseen-22-first-measurement-session-17.txt).
    // End of session 17: right 70.3%, precision 81.2%, recall 88.6%, 6 false alarms.
    // End of session 18: right 70.3%, precision 81.2%, recall 88.6%, 6 false alarms.
    // End of session 19: right 69.7%, precision 80.7%, recall 88.1%, 6 false alarms.
    // End of session 20: right 69.7%, precision 80.7%, recall 88.1%, 6 false alarms.
    // End of session 21: right 69.7%, precision 80.7%, recall 88.1%, 6 false alarms.
    // End of session 22: right 70.3%, precision 80.7%, recall 88.1%, 6 false alarms.
    // End of session 23: right 70.3%, precision 79.9%, recall 88.1%, 6 false alarms.
    // End of session 24: right 69.7%, precision 79.9%, recall 88.1%, 4 false alarms.
    // End of session 25: right 69.7%, precision 78.0%, recall 88.1%, 4 false alarms.
    // End of session 26: right 70.8%, precision 78.5%, recall 88.6%, 3 false alarms.
    // End of session 27: right 71.4%, precision 78.5%, recall 88.6%, 3 false alarms.
    // End of session 28: right 71.4%, precision 78.1%, recall 88.6%, 3 false alarms.
    // End of session 29: right 70.8%, precision 78.1%, recall 88.6%, 3 false alarms.
    // End of session 30: right 70.8%, precision 78.1%, recall 88.6%, 3 false alarms.
    // End of session 31: right 71.4%, precision 77.1%, recall 89.2%, 3 false alarms.
    // End of session 32: right 72.4%, precision 77.1%, recall 89.2%, 3 false alarms.
    // End of session 33: right 73.5%, precision 77.1%, recall 89.2%, 1 false alarms.
    // End of session 34: right 73.5%, precision 77.1%, recall 89.2%, 1 false alarms.
    // End of session 35: right 74.1%, precision 77.1%, recall 89.2%, 1 false alarms.
    // End of session 36: right 74.1%, precision 77.1%, recall 89.2%, 1 false alarms.
    // End of session 37: right 74.6%, precision 77.1%, recall 89.2%, 0 false alarms.
    // End of session 38: right 75.1%, precision 77.2%, recall 89.7%, 0 false alarms.
    // End of session 39: right 75.7%, precision 77.2%, recall 89.7%, 0 false alarms.
    // End of session 40: right 75.7%, precision 77.2%, recall 89.7%, 0 false alarms.
    // End of session 41: right 75.7%, precision 77.2%, recall 89.7%, 0 false alarms.
    // End of session 42: right 76.2%, precision 77.2%, recall 89.7%, 0 false alarms.
    // End of session 43: right 76.8%, precision 77.2%, recall 89.7%, 0 false alarms.
    // End of session 44: right 76.8%, precision 77.2%, recall 89.7%, 0 false alarms.
    // End of session 45: right 76.8%, precision 77.2%, recall 89.7%, 0 false alarms.
    // End of session 46: right 76.8%, precision 77.2%, recall 89.7%, 0 false alarms.
    // End of session 47: right 76.8%, precision 77.6%, recall 89.7%, 0 false alarms.
    // End of session 48: right 77.3%, precision 77.6%, recall 89.7%, 0 false alarms.
    // End of session 49: right 77.8%, precision 77.6%, recall 89.7%, 0 false alarms.
    // End of session 50: right 77.8%, precision 77.6%, recall 89.7%, 0 false alarms.
    // End of session 51: right 78.4%, precision 77.7%, recall 90.3%, 0 false alarms.
    // End of session 52: right 78.4%, precision 77.7%, recall 90.3%, 0 false alarms.
    // End of session 53: right 78.4%, precision 77.7%, recall 90.3%, 0 false alarms.
    // End of session 54: right 78.4%, precision 77.3%, recall 90.3%, 0 false alarms.
    // End of session 55: right 78.4%, precision 77.3%, recall 90.3%, 0 false alarms.
    // End of session 56: right 78.4%, precision 77.3%, recall 90.3%, 0 false alarms.
    // End of session 57: right 78.4%, precision 77.3%, recall 90.3%, 0 false alarms.
    // End of session 58: right 78.9%, precision 77.3%, recall 90.3%, 0 false alarms.
    // End of session 59: right 78.9%, precision 77.3%, recall 90.3%, 0 false alarms.
    static let minimumRight = 0.78
    static let minimumPrecision = 0.77
    static let minimumRecall = 0.90
    static let maximumFalseAlarms = 1
}

/// Development corpus S (`Fixtures/realistic-s`): 20 articles (10 German, 10 English, 184 claims) by two
/// writers who had read only the corpus brief (with its eighteenth-session section: fact checks of politicians'
/// claims, periods named by terms of office and events, op-eds and transcripts, with weight on relative periods,
/// rankings, percent changes, records and figures of another basis) and the data files, written at the start of
/// session 18 and committed before the checker first ran on it.
@Suite("Development corpus S")
struct RealisticSCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus S", folder: "Fixtures/realistic-s",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (9e1d663): 74.5% right, precision 86.4%, recall
    // 93.5%, 10 false alarms (docs/measurements/realistic-s-first-measurement-session-18.txt).
    // End of session 18: right 89.7%, precision 87.1%, recall 95.7%, 0 false alarms.
    // End of session 19: right 89.7%, precision 87.1%, recall 95.7%, 0 false alarms.
    // End of session 20: right 89.7%, precision 87.1%, recall 95.7%, 0 false alarms.
    // End of session 21: right 89.7%, precision 87.1%, recall 95.7%, 0 false alarms.
    // End of session 22: right 89.7%, precision 87.6%, recall 95.7%, 0 false alarms.
    // End of session 23: right 89.7%, precision 87.6%, recall 95.7%, 0 false alarms.
    // End of session 24: right 89.7%, precision 87.6%, recall 95.7%, 0 false alarms.
    // End of session 25: right 89.7%, precision 87.6%, recall 95.7%, 0 false alarms.
    // End of session 26: right 89.7%, precision 86.7%, recall 95.7%, 0 false alarms.
    // End of session 27: right 89.7%, precision 86.7%, recall 95.7%, 0 false alarms.
    // End of session 28: right 89.7%, precision 86.7%, recall 95.7%, 0 false alarms.
    // End of session 29: right 89.7%, precision 86.7%, recall 95.7%, 0 false alarms.
    // End of session 30: right 89.7%, precision 86.7%, recall 95.7%, 0 false alarms.
    // End of session 31: right 89.7%, precision 86.3%, recall 95.7%, 0 false alarms.
    // End of session 32: right 90.2%, precision 86.3%, recall 96.2%, 0 false alarms.
    // End of session 33: right 90.2%, precision 86.3%, recall 96.2%, 0 false alarms.
    // End of session 34: right 90.2%, precision 86.3%, recall 96.2%, 0 false alarms.
    // End of session 35: right 90.2%, precision 86.3%, recall 96.2%, 0 false alarms.
    // End of session 36: right 90.2%, precision 86.8%, recall 96.2%, 0 false alarms.
    // End of session 37: right 90.8%, precision 86.8%, recall 96.2%, 0 false alarms.
    // End of session 38: right 90.8%, precision 86.8%, recall 96.2%, 0 false alarms.
    // End of session 39: right 90.8%, precision 86.8%, recall 96.2%, 0 false alarms.
    // End of session 40: right 90.8%, precision 86.8%, recall 96.2%, 0 false alarms.
    // End of session 41: right 90.8%, precision 86.8%, recall 96.2%, 0 false alarms.
    // End of session 42: right 90.8%, precision 86.8%, recall 96.2%, 0 false alarms.
    // End of session 43: right 90.8%, precision 86.8%, recall 96.2%, 0 false alarms.
    // End of session 44: right 90.8%, precision 86.8%, recall 96.2%, 0 false alarms.
    // End of session 45: right 90.8%, precision 86.8%, recall 96.2%, 0 false alarms.
    // End of session 46: right 90.8%, precision 86.8%, recall 96.2%, 0 false alarms.
    // End of session 47: right 90.8%, precision 86.8%, recall 96.2%, 0 false alarms.
    // End of session 48: right 90.8%, precision 86.8%, recall 96.2%, 0 false alarms.
    // End of session 49: right 90.8%, precision 86.8%, recall 96.2%, 0 false alarms.
    // End of session 50: right 90.8%, precision 86.3%, recall 96.2%, 0 false alarms.
    // End of session 51: right 90.8%, precision 86.3%, recall 96.2%, 0 false alarms.
    // End of session 52: right 90.8%, precision 86.3%, recall 96.2%, 0 false alarms.
    // End of session 53: right 90.8%, precision 86.3%, recall 96.2%, 0 false alarms.
    // End of session 54: right 90.8%, precision 86.3%, recall 96.2%, 0 false alarms.
    // End of session 55: right 90.8%, precision 86.3%, recall 96.2%, 0 false alarms.
    // End of session 56: right 90.8%, precision 86.3%, recall 96.2%, 0 false alarms.
    // End of session 57: right 90.8%, precision 86.3%, recall 96.2%, 0 false alarms.
    // End of session 58: right 90.8%, precision 86.3%, recall 96.2%, 0 false alarms.
    // End of session 59: right 90.8%, precision 86.3%, recall 96.2%, 0 false alarms.
    static let minimumRight = 0.90
    static let minimumPrecision = 0.86
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The twenty-third unseen corpus (`Fixtures/unseen-23`): 20 articles (10 German, 10 English, 184 claims) by two
/// writers who had read only the corpus brief (with its eighteenth-session section) and the data files, written
/// at the start of session 18 and committed before the checker first ran on it. Held out through session 32 (only its
/// totals read); a development corpus since session 33.
@Suite("Unseen corpus 23")
struct Unseen23CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 23", folder: "Fixtures/unseen-23",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (9e1d663): 78.3% right, precision 81.4%, recall
    // 90.2%, 8 false alarms (docs/measurements/unseen-23-first-measurement-session-18.txt).
    // End of session 18: right 81.5%, precision 81.3%, recall 92.4%, 6 false alarms.
    // End of session 19: right 81.5%, precision 81.3%, recall 92.4%, 6 false alarms.
    // End of session 20: right 81.5%, precision 81.4%, recall 92.9%, 6 false alarms.
    // End of session 21: right 81.5%, precision 81.4%, recall 92.9%, 6 false alarms.
    // End of session 22: right 82.1%, precision 81.9%, recall 93.5%, 6 false alarms.
    // End of session 23: right 82.1%, precision 81.9%, recall 93.5%, 6 false alarms.
    // End of session 24: right 81.5%, precision 81.9%, recall 93.5%, 5 false alarms.
    // End of session 25: right 81.5%, precision 80.4%, recall 93.5%, 5 false alarms.
    // End of session 26: right 81.5%, precision 80.0%, recall 93.5%, 5 false alarms.
    // End of session 27: right 81.5%, precision 79.6%, recall 93.5%, 5 false alarms.
    // End of session 28: right 81.5%, precision 79.6%, recall 93.5%, 5 false alarms.
    // End of session 29: right 83.2%, precision 80.6%, recall 94.6%, 5 false alarms.
    // End of session 30: right 83.2%, precision 80.6%, recall 94.6%, 5 false alarms.
    // End of session 31: right 83.7%, precision 80.6%, recall 94.6%, 4 false alarms.
    // End of session 32: right 83.7%, precision 80.6%, recall 94.6%, 4 false alarms.
    // End of session 33: right 84.8%, precision 81.0%, recall 95.1%, 2 false alarms.
    // End of session 34: right 85.9%, precision 81.1%, recall 95.7%, 0 false alarms.
    // End of session 35: right 87.0%, precision 81.2%, recall 96.2%, 0 false alarms.
    // End of session 36: right 87.0%, precision 81.2%, recall 96.2%, 0 false alarms.
    // End of session 37: right 87.0%, precision 81.2%, recall 96.2%, 0 false alarms.
    // End of session 38: right 87.0%, precision 81.2%, recall 96.2%, 0 false alarms.
    // End of session 39: right 87.0%, precision 81.2%, recall 96.2%, 0 false alarms.
    // End of session 40: right 87.0%, precision 81.2%, recall 96.2%, 0 false alarms.
    // End of session 41: right 87.0%, precision 81.2%, recall 96.2%, 0 false alarms.
    // End of session 42: right 87.0%, precision 81.2%, recall 96.2%, 0 false alarms.
    // End of session 43: right 87.0%, precision 81.2%, recall 96.2%, 0 false alarms.
    // End of session 44: right 87.0%, precision 81.6%, recall 96.2%, 0 false alarms.
    // End of session 45: right 87.0%, precision 81.6%, recall 96.2%, 0 false alarms.
    // End of session 46: right 87.0%, precision 81.6%, recall 96.2%, 0 false alarms.
    // End of session 47: right 87.0%, precision 81.6%, recall 96.2%, 0 false alarms.
    // End of session 48: right 87.0%, precision 81.6%, recall 96.2%, 0 false alarms.
    // End of session 49: right 87.0%, precision 81.6%, recall 96.2%, 0 false alarms.
    // End of session 50: right 87.0%, precision 81.6%, recall 96.2%, 0 false alarms.
    // End of session 51: right 87.0%, precision 81.6%, recall 96.2%, 0 false alarms.
    // End of session 52: right 87.0%, precision 81.6%, recall 96.2%, 0 false alarms.
    // End of session 53: right 87.0%, precision 81.6%, recall 96.2%, 0 false alarms.
    // End of session 54: right 87.0%, precision 81.2%, recall 96.2%, 0 false alarms.
    // End of session 55: right 87.5%, precision 81.2%, recall 96.2%, 0 false alarms.
    // End of session 56: right 87.5%, precision 81.2%, recall 96.2%, 0 false alarms.
    // End of session 57: right 87.5%, precision 81.2%, recall 96.2%, 0 false alarms.
    // End of session 58: right 87.5%, precision 81.2%, recall 96.2%, 0 false alarms.
    // End of session 59: right 88.0%, precision 81.7%, recall 96.7%, 0 false alarms.
    static let minimumRight = 0.88
    static let minimumPrecision = 0.81
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The twenty-fourth unseen corpus (`Fixtures/unseen-24`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its eighteenth-session section) and the data files, written
/// at the start of session 18 and committed before the checker first ran on it. Held out through session 32 (only its
/// totals read); a development corpus since session 33.
@Suite("Unseen corpus 24")
struct Unseen24CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 24", folder: "Fixtures/unseen-24",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (9e1d663): 75.6% right, precision 84.3%, recall
    // 95.6%, 5 false alarms (docs/measurements/unseen-24-first-measurement-session-18.txt).
    // End of session 18: right 81.1%, precision 83.1%, recall 95.6%, 1 false alarm.
    // End of session 19: right 81.1%, precision 82.7%, recall 95.6%, 1 false alarm.
    // End of session 20: right 81.1%, precision 82.7%, recall 95.6%, 1 false alarm.
    // End of session 21: right 81.1%, precision 82.7%, recall 95.6%, 1 false alarm.
    // End of session 22: right 81.1%, precision 82.7%, recall 95.6%, 1 false alarm.
    // End of session 23: right 81.1%, precision 82.7%, recall 95.6%, 1 false alarm.
    // End of session 24: right 81.1%, precision 82.7%, recall 95.6%, 1 false alarm.
    // End of session 25: right 81.1%, precision 81.9%, recall 95.6%, 1 false alarm.
    // End of session 26: right 81.1%, precision 81.5%, recall 95.6%, 1 false alarm.
    // End of session 27: right 81.1%, precision 81.1%, recall 95.6%, 1 false alarm.
    // End of session 28: right 81.1%, precision 81.1%, recall 95.6%, 1 false alarm.
    // End of session 29: right 81.7%, precision 80.5%, recall 96.1%, 1 false alarm.
    // End of session 30: right 81.7%, precision 80.5%, recall 96.1%, 1 false alarm.
    // End of session 31: right 81.1%, precision 80.4%, recall 95.6%, 1 false alarm.
    // End of session 32: right 81.1%, precision 80.4%, recall 95.6%, 1 false alarms.
    // End of session 33: right 81.7%, precision 80.4%, recall 95.6%, 1 false alarms.
    // End of session 34: right 82.2%, precision 80.4%, recall 95.6%, 1 false alarms.
    // End of session 35: right 82.2%, precision 80.4%, recall 95.6%, 1 false alarms.
    // End of session 36: right 82.8%, precision 80.0%, recall 95.6%, 0 false alarms.
    // End of session 37: right 83.3%, precision 80.0%, recall 95.6%, 0 false alarms.
    // End of session 38: right 83.3%, precision 80.0%, recall 95.6%, 0 false alarms.
    // End of session 39: right 83.3%, precision 80.0%, recall 95.6%, 0 false alarms.
    // End of session 40: right 83.3%, precision 80.0%, recall 95.6%, 0 false alarms.
    // End of session 41: right 83.3%, precision 80.0%, recall 95.6%, 0 false alarms.
    // End of session 42: right 83.3%, precision 80.0%, recall 95.6%, 0 false alarms.
    // End of session 43: right 84.4%, precision 80.0%, recall 95.6%, 0 false alarms.
    // End of session 44: right 84.4%, precision 80.4%, recall 95.6%, 0 false alarms.
    // End of session 45: right 84.4%, precision 80.4%, recall 95.6%, 0 false alarms.
    // End of session 46: right 85.0%, precision 80.5%, recall 96.1%, 0 false alarms.
    // End of session 47: right 85.0%, precision 80.5%, recall 96.1%, 0 false alarms.
    // End of session 48: right 85.0%, precision 80.5%, recall 96.1%, 0 false alarms.
    // End of session 49: right 85.6%, precision 80.5%, recall 96.1%, 0 false alarms.
    // End of session 50: right 85.6%, precision 80.1%, recall 96.1%, 0 false alarms.
    // End of session 51: right 85.6%, precision 80.1%, recall 96.1%, 0 false alarms.
    // End of session 52: right 85.6%, precision 80.1%, recall 96.1%, 0 false alarms.
    // End of session 53: right 85.6%, precision 80.1%, recall 96.1%, 0 false alarms.
    // End of session 54: right 85.6%, precision 79.7%, recall 96.1%, 0 false alarms.
    // End of session 55: right 85.6%, precision 79.7%, recall 96.1%, 0 false alarms.
    // End of session 56: right 85.0%, precision 79.7%, recall 96.1%, 0 false alarms.
    // End of session 57: right 85.0%, precision 79.7%, recall 96.1%, 0 false alarms.
    // End of session 58: right 85.0%, precision 79.7%, recall 96.1%, 0 false alarms.
    // End of session 59: right 85.0%, precision 79.7%, recall 96.1%, 0 false alarms.
    static let minimumRight = 0.85
    static let minimumPrecision = 0.79
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// A twentieth development corpus (`Fixtures/realistic-t`): 20 articles (10 German, 10 English, 177 claims) by two
/// writers who had read only the corpus brief (with its nineteenth-session section: outlets outside the United
/// States, trade figures as background to tariff, sanctions and market news, headline style, with weight on relative
/// periods, rankings, percent changes, records and figures easily taken for another flow, partner or period) and
/// the data files, written at the start of session 19 and committed before the checker first ran on it.
@Suite("Development corpus T")
struct RealisticTCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus T", folder: "Fixtures/realistic-t",
            CorpusThresholds(
                articles: 20, gold: 175, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (fdf2f55): 76.8% right, precision 82.9%, recall
    // 90.4%, 5 false alarms (docs/measurements/realistic-t-first-measurement-session-19.txt).
    // End of session 19: right 83.1%, precision 82.4%, recall 92.7%, 0 false alarms.
    // End of session 20: right 83.1%, precision 82.4%, recall 92.7%, 0 false alarms.
    // End of session 21: right 83.6%, precision 82.5%, recall 93.2%, 0 false alarms.
    // End of session 22: right 83.6%, precision 82.5%, recall 93.2%, 0 false alarms.
    // End of session 23: right 83.6%, precision 82.5%, recall 93.2%, 0 false alarms.
    // End of session 24: right 83.1%, precision 82.5%, recall 93.2%, 0 false alarms.
    // End of session 25: right 84.7%, precision 82.2%, recall 93.8%, 0 false alarms.
    // End of session 26: right 84.7%, precision 81.4%, recall 93.8%, 0 false alarms.
    // End of session 27: right 84.7%, precision 81.4%, recall 93.8%, 0 false alarms.
    // End of session 28: right 84.7%, precision 81.8%, recall 93.8%, 0 false alarms.
    // End of session 29: right 84.7%, precision 81.8%, recall 93.8%, 0 false alarms.
    // End of session 30: right 84.7%, precision 81.8%, recall 93.8%, 0 false alarms.
    // End of session 31: right 85.3%, precision 81.8%, recall 93.8%, 0 false alarms.
    // End of session 32: right 85.3%, precision 81.8%, recall 93.8%, 0 false alarms.
    // End of session 33: right 85.3%, precision 81.8%, recall 93.8%, 0 false alarms.
    // End of session 34: right 85.3%, precision 81.8%, recall 93.8%, 0 false alarms.
    // End of session 35: right 85.3%, precision 81.8%, recall 93.8%, 0 false alarms.
    // End of session 36: right 85.9%, precision 81.8%, recall 93.8%, 0 false alarms.
    // End of session 37: right 86.4%, precision 81.8%, recall 93.8%, 0 false alarms.
    // End of session 38: right 86.4%, precision 81.8%, recall 93.8%, 0 false alarms.
    // End of session 39: right 87.0%, precision 81.9%, recall 94.4%, 0 false alarms.
    // End of session 40: right 87.0%, precision 81.9%, recall 94.4%, 0 false alarms.
    // End of session 41: right 87.0%, precision 81.9%, recall 94.4%, 0 false alarms.
    // End of session 42: right 88.7%, precision 81.9%, recall 94.4%, 0 false alarms.
    // End of session 43: right 88.7%, precision 81.9%, recall 94.4%, 0 false alarms.
    // End of session 44: right 89.3%, precision 82.0%, recall 94.9%, 0 false alarms.
    // End of session 45: right 89.3%, precision 82.0%, recall 94.9%, 0 false alarms.
    // End of session 46: right 89.3%, precision 82.0%, recall 94.9%, 0 false alarms.
    // End of session 47: right 89.3%, precision 82.0%, recall 94.9%, 0 false alarms.
    // End of session 48: right 89.3%, precision 82.0%, recall 94.9%, 0 false alarms.
    // End of session 49: right 89.3%, precision 82.0%, recall 94.9%, 0 false alarms.
    // End of session 50: right 89.8%, precision 82.0%, recall 94.9%, 0 false alarms.
    // End of session 51: right 89.8%, precision 82.0%, recall 94.9%, 0 false alarms.
    // End of session 52: right 89.8%, precision 82.0%, recall 94.9%, 0 false alarms.
    // End of session 53: right 89.8%, precision 82.0%, recall 94.9%, 0 false alarms.
    // End of session 54: right 89.8%, precision 81.2%, recall 94.9%, 0 false alarms.
    // End of session 55: right 89.8%, precision 81.2%, recall 94.9%, 0 false alarms.
    // End of session 56: right 89.8%, precision 81.2%, recall 94.9%, 0 false alarms.
    // End of session 57: right 89.8%, precision 81.2%, recall 94.9%, 0 false alarms.
    // End of session 58: right 89.8%, precision 81.2%, recall 94.9%, 0 false alarms.
    // End of session 59: right 89.8%, precision 81.2%, recall 94.9%, 0 false alarms.
    static let minimumRight = 0.89
    static let minimumPrecision = 0.81
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The twenty-fifth unseen corpus (`Fixtures/unseen-25`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its nineteenth-session section) and the data files, written
/// at the start of session 19 and committed before the checker first ran on it. Held out through session 32 (only its
/// totals read); a development corpus since session 33.
@Suite("Unseen corpus 25")
struct Unseen25CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 25", folder: "Fixtures/unseen-25",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (fdf2f55): 72.2% right, precision 77.0%, recall
    // 83.9%, 5 false alarms (docs/measurements/unseen-25-first-measurement-session-19.txt).
    // End of session 19: right 77.2%, precision 76.8%, recall 88.3%, 5 false alarms.
    // End of session 20: right 77.2%, precision 76.8%, recall 88.3%, 5 false alarms.
    // End of session 21: right 77.2%, precision 76.8%, recall 88.3%, 5 false alarms.
    // End of session 22: right 77.2%, precision 76.8%, recall 88.3%, 5 false alarms.
    // End of session 23: right 77.2%, precision 76.8%, recall 88.3%, 5 false alarms.
    // End of session 24: right 77.2%, precision 76.8%, recall 88.3%, 5 false alarms.
    // End of session 25: right 81.1%, precision 77.7%, recall 91.1%, 5 false alarms.
    // End of session 26: right 81.7%, precision 76.7%, recall 91.7%, 5 false alarms.
    // End of session 27: right 81.7%, precision 76.7%, recall 91.7%, 5 false alarms.
    // End of session 28: right 83.3%, precision 76.7%, recall 91.7%, 3 false alarms.
    // End of session 29: right 84.4%, precision 77.3%, recall 92.8%, 3 false alarms.
    // End of session 30: right 84.4%, precision 77.3%, recall 92.8%, 3 false alarms.
    // End of session 31: right 84.4%, precision 77.3%, recall 92.8%, 3 false alarms.
    // End of session 32: right 84.4%, precision 77.3%, recall 92.8%, 3 false alarms.
    // End of session 33: right 85.0%, precision 77.3%, recall 92.8%, 2 false alarms.
    // End of session 34: right 86.1%, precision 77.3%, recall 92.8%, 0 false alarms.
    // End of session 35: right 86.1%, precision 77.3%, recall 92.8%, 0 false alarms.
    // End of session 36: right 86.1%, precision 77.3%, recall 92.8%, 0 false alarms.
    // End of session 37: right 86.1%, precision 77.3%, recall 92.8%, 0 false alarms.
    // End of session 38: right 86.1%, precision 77.7%, recall 92.8%, 0 false alarms.
    // End of session 39: right 86.7%, precision 77.8%, recall 93.3%, 0 false alarms.
    // End of session 40: right 86.7%, precision 77.8%, recall 93.3%, 0 false alarms.
    // End of session 41: right 86.7%, precision 77.8%, recall 93.3%, 0 false alarms.
    // End of session 42: right 87.2%, precision 77.9%, recall 93.9%, 0 false alarms.
    // End of session 43: right 87.2%, precision 77.9%, recall 93.9%, 0 false alarms.
    // End of session 44: right 87.2%, precision 77.9%, recall 93.9%, 0 false alarms.
    // End of session 45: right 87.8%, precision 78.0%, recall 94.4%, 0 false alarms.
    // End of session 46: right 87.8%, precision 78.0%, recall 94.4%, 0 false alarms.
    // End of session 47: right 87.8%, precision 79.8%, recall 94.4%, 0 false alarms.
    // End of session 48: right 87.8%, precision 79.8%, recall 94.4%, 0 false alarms.
    // End of session 49: right 87.8%, precision 79.8%, recall 94.4%, 0 false alarms.
    // End of session 50: right 87.8%, precision 79.4%, recall 94.4%, 0 false alarms.
    // End of session 51: right 87.8%, precision 79.4%, recall 94.4%, 0 false alarms.
    // End of session 52: right 87.8%, precision 79.4%, recall 94.4%, 0 false alarms.
    // End of session 53: right 87.8%, precision 79.4%, recall 94.4%, 0 false alarms.
    // End of session 54: right 88.3%, precision 79.1%, recall 94.4%, 0 false alarms.
    // End of session 55: right 88.3%, precision 79.1%, recall 94.4%, 0 false alarms.
    // End of session 56: right 88.3%, precision 79.1%, recall 94.4%, 0 false alarms.
    // End of session 57: right 88.3%, precision 79.1%, recall 94.4%, 0 false alarms.
    // End of session 58: right 88.3%, precision 79.1%, recall 94.4%, 0 false alarms.
    // End of session 59: right 88.3%, precision 79.1%, recall 94.4%, 0 false alarms.
    static let minimumRight = 0.88
    static let minimumPrecision = 0.79
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The twenty-sixth unseen corpus (`Fixtures/unseen-26`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its nineteenth-session section) and the data files, written
/// at the start of session 19 and committed before the checker first ran on it. Held out through session 32 (only its
/// totals read); a development corpus since session 33.
@Suite("Unseen corpus 26")
struct Unseen26CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 26", folder: "Fixtures/unseen-26",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (fdf2f55): 70.0% right, precision 83.2%, recall
    // 87.8%, 7 false alarms (docs/measurements/unseen-26-first-measurement-session-19.txt).
    // End of session 19: right 75.0%, precision 82.9%, recall 91.7%, 7 false alarms.
    // End of session 20: right 75.6%, precision 82.9%, recall 91.7%, 7 false alarms.
    // End of session 21: right 75.6%, precision 82.9%, recall 91.7%, 7 false alarms.
    // End of session 22: right 76.1%, precision 83.4%, recall 92.2%, 7 false alarms.
    // End of session 23: right 76.1%, precision 83.4%, recall 92.2%, 7 false alarms.
    // End of session 24: right 76.1%, precision 83.4%, recall 92.2%, 6 false alarms.
    // End of session 25: right 77.2%, precision 84.0%, recall 93.3%, 6 false alarms.
    // End of session 26: right 77.2%, precision 83.2%, recall 93.3%, 6 false alarms.
    // End of session 27: right 77.8%, precision 83.2%, recall 93.3%, 6 false alarms.
    // End of session 28: right 79.4%, precision 83.7%, recall 93.9%, 5 false alarms.
    // End of session 29: right 79.4%, precision 83.7%, recall 93.9%, 5 false alarms.
    // End of session 30: right 79.4%, precision 83.7%, recall 93.9%, 5 false alarms.
    // End of session 31: right 80.0%, precision 83.7%, recall 94.4%, 5 false alarms.
    // End of session 32: right 80.0%, precision 83.7%, recall 94.4%, 5 false alarms.
    // End of session 33: right 81.7%, precision 83.7%, recall 94.4%, 2 false alarms.
    // End of session 34: right 85.0%, precision 83.7%, recall 94.4%, 1 false alarms.
    // End of session 35: right 86.1%, precision 83.7%, recall 94.4%, 0 false alarms.
    // End of session 36: right 86.1%, precision 83.7%, recall 94.4%, 0 false alarms.
    // End of session 37: right 86.1%, precision 83.7%, recall 94.4%, 0 false alarms.
    // End of session 38: right 86.1%, precision 83.7%, recall 94.4%, 0 false alarms.
    // End of session 39: right 86.1%, precision 83.7%, recall 94.4%, 0 false alarms.
    // End of session 40: right 86.1%, precision 83.7%, recall 94.4%, 0 false alarms.
    // End of session 41: right 86.1%, precision 83.7%, recall 94.4%, 0 false alarms.
    // End of session 42: right 86.1%, precision 83.7%, recall 94.4%, 0 false alarms.
    // End of session 43: right 86.1%, precision 83.7%, recall 94.4%, 0 false alarms.
    // End of session 44: right 86.1%, precision 83.7%, recall 94.4%, 0 false alarms.
    // End of session 45: right 86.1%, precision 83.7%, recall 94.4%, 0 false alarms.
    // End of session 46: right 86.1%, precision 83.7%, recall 94.4%, 0 false alarms.
    // End of session 47: right 86.1%, precision 85.4%, recall 94.4%, 0 false alarms.
    // End of session 48: right 86.1%, precision 85.4%, recall 94.4%, 0 false alarms.
    // End of session 49: right 86.7%, precision 85.4%, recall 94.4%, 0 false alarms.
    // End of session 50: right 86.7%, precision 85.4%, recall 94.4%, 0 false alarms.
    // End of session 51: right 86.7%, precision 85.4%, recall 94.4%, 0 false alarms.
    // End of session 52: right 86.7%, precision 85.4%, recall 94.4%, 0 false alarms.
    // End of session 53: right 86.7%, precision 85.4%, recall 94.4%, 0 false alarms.
    // End of session 54: right 86.7%, precision 85.4%, recall 94.4%, 0 false alarms.
    // End of session 55: right 87.2%, precision 85.4%, recall 94.4%, 0 false alarms.
    // End of session 56: right 87.2%, precision 85.4%, recall 94.4%, 0 false alarms.
    // End of session 57: right 87.2%, precision 85.4%, recall 94.4%, 0 false alarms.
    // End of session 58: right 87.2%, precision 85.4%, recall 94.4%, 0 false alarms.
    // End of session 59: right 87.2%, precision 85.4%, recall 94.4%, 0 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// A twenty-first development corpus (`Fixtures/realistic-u`): 20 articles (10 German, 10 English, 179 claims) by two
/// writers who had read only the corpus brief (with its twentieth-session section: release-day reports, long reads
/// over decades, bank research notes, explainers, parliament and hearings, with weight on comparisons, records,
/// peaks, compositions and changes with a base) and the data files, written at the start of session 20 and committed
/// before the checker first ran on it.
@Suite("Development corpus U")
struct RealisticUCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus U", folder: "Fixtures/realistic-u",
            CorpusThresholds(
                articles: 20, gold: 179, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (a59dede): 77.1% right, precision 88.4%, recall
    // 93.3%, 4 false alarms (docs/measurements/realistic-u-first-measurement-session-20.txt).
    // End of session 20: right 83.2%, precision 88.4%, recall 93.3%, 1 false alarm.
    // End of session 21: right 83.2%, precision 88.4%, recall 93.3%, 1 false alarm.
    // End of session 22: right 83.2%, precision 88.4%, recall 93.3%, 1 false alarm.
    // End of session 23: right 83.2%, precision 88.4%, recall 93.3%, 0 false alarms.
    // End of session 24: right 83.2%, precision 88.4%, recall 93.3%, 0 false alarms.
    // End of session 25: right 83.2%, precision 87.9%, recall 93.3%, 0 false alarms.
    // End of session 26: right 83.2%, precision 87.9%, recall 93.3%, 0 false alarms.
    // End of session 27: right 83.2%, precision 87.9%, recall 93.3%, 0 false alarms.
    // End of session 28: right 83.2%, precision 87.8%, recall 92.7%, 0 false alarms.
    // End of session 29: right 83.8%, precision 88.9%, recall 93.9%, 0 false alarms.
    // End of session 30: right 83.8%, precision 89.4%, recall 93.9%, 0 false alarms.
    // End of session 31: right 84.4%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 32: right 84.9%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 33: right 84.9%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 34: right 85.5%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 35: right 85.5%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 36: right 85.5%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 37: right 85.5%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 38: right 85.5%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 39: right 86.6%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 40: right 86.6%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 41: right 86.6%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 42: right 86.6%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 43: right 86.6%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 44: right 86.6%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 45: right 86.6%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 46: right 86.6%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 47: right 86.6%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 48: right 86.6%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 49: right 86.6%, precision 89.4%, recall 94.4%, 0 false alarms.
    // End of session 50: right 86.6%, precision 88.9%, recall 94.4%, 0 false alarms.
    // End of session 51: right 86.6%, precision 88.9%, recall 94.4%, 0 false alarms.
    // End of session 52: right 86.6%, precision 88.9%, recall 94.4%, 0 false alarms.
    // End of session 53: right 86.6%, precision 88.9%, recall 94.4%, 0 false alarms.
    // End of session 54: right 86.6%, precision 88.9%, recall 94.4%, 0 false alarms.
    // End of session 55: right 86.6%, precision 88.9%, recall 94.4%, 0 false alarms.
    // End of session 56: right 86.6%, precision 88.9%, recall 94.4%, 0 false alarms.
    // End of session 57: right 87.2%, precision 88.9%, recall 94.4%, 0 false alarms.
    // End of session 58: right 87.2%, precision 88.9%, recall 94.4%, 0 false alarms.
    // End of session 59: right 87.2%, precision 88.9%, recall 94.4%, 0 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.88
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The twenty-seventh unseen corpus (`Fixtures/unseen-27`): 20 articles (10 German, 10 English, 177 claims) by two
/// writers who had read only the corpus brief (with its twentieth-session section) and the data files, written
/// at the start of session 20 and committed before the checker first ran on it. Held out through session 32 (only its
/// totals read); a development corpus since session 33.
@Suite("Unseen corpus 27")
struct Unseen27CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 27", folder: "Fixtures/unseen-27",
            CorpusThresholds(
                articles: 20, gold: 177, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (a59dede): 79.7% right, precision 82.1%, recall
    // 90.4%, 3 false alarms (docs/measurements/unseen-27-first-measurement-session-20.txt).
    // End of session 20: right 79.7%, precision 82.1%, recall 90.4%, 3 false alarms.
    // End of session 21: right 79.7%, precision 82.1%, recall 90.4%, 3 false alarms.
    // End of session 22: right 79.7%, precision 82.1%, recall 90.4%, 3 false alarms.
    // End of session 23: right 79.7%, precision 82.1%, recall 90.4%, 3 false alarms.
    // End of session 24: right 79.7%, precision 82.1%, recall 91.0%, 3 false alarms.
    // End of session 25: right 79.7%, precision 82.2%, recall 91.5%, 3 false alarms.
    // End of session 26: right 79.7%, precision 81.8%, recall 91.5%, 3 false alarms.
    // End of session 27: right 79.7%, precision 81.8%, recall 91.5%, 3 false alarms.
    // End of session 28: right 80.2%, precision 81.9%, recall 92.1%, 3 false alarms.
    // End of session 29: right 80.8%, precision 81.5%, recall 92.1%, 3 false alarms.
    // End of session 30: right 80.8%, precision 81.5%, recall 92.1%, 3 false alarms.
    // End of session 31: right 80.8%, precision 81.5%, recall 92.1%, 3 false alarms.
    // End of session 32: right 80.8%, precision 81.5%, recall 92.1%, 3 false alarms.
    // End of session 33: right 80.8%, precision 81.5%, recall 92.1%, 3 false alarms.
    // End of session 34: right 81.4%, precision 81.5%, recall 92.1%, 2 false alarms.
    // End of session 35: right 81.9%, precision 81.1%, recall 92.1%, 1 false alarms.
    // End of session 36: right 81.9%, precision 81.1%, recall 92.1%, 1 false alarms.
    // End of session 37: right 82.5%, precision 81.1%, recall 92.1%, 0 false alarms.
    // End of session 38: right 82.5%, precision 81.1%, recall 92.1%, 0 false alarms.
    // End of session 39: right 83.1%, precision 81.6%, recall 92.7%, 0 false alarms.
    // End of session 40: right 83.1%, precision 81.6%, recall 92.7%, 0 false alarms.
    // End of session 41: right 83.1%, precision 81.6%, recall 92.7%, 0 false alarms.
    // End of session 42: right 83.6%, precision 81.6%, recall 92.7%, 0 false alarms.
    // End of session 43: right 83.6%, precision 81.6%, recall 92.7%, 0 false alarms.
    // End of session 44: right 83.6%, precision 81.6%, recall 92.7%, 0 false alarms.
    // End of session 45: right 83.6%, precision 81.6%, recall 92.7%, 0 false alarms.
    // End of session 46: right 83.6%, precision 81.6%, recall 92.7%, 0 false alarms.
    // End of session 47: right 83.6%, precision 82.4%, recall 92.7%, 0 false alarms.
    // End of session 48: right 83.6%, precision 82.4%, recall 92.7%, 0 false alarms.
    // End of session 49: right 83.6%, precision 82.4%, recall 92.7%, 0 false alarms.
    // End of session 50: right 84.2%, precision 82.1%, recall 93.2%, 0 false alarms.
    // End of session 51: right 84.2%, precision 82.1%, recall 93.2%, 0 false alarms.
    // End of session 52: right 84.2%, precision 82.1%, recall 93.2%, 0 false alarms.
    // End of session 53: right 84.2%, precision 82.1%, recall 93.2%, 0 false alarms.
    // End of session 54: right 84.2%, precision 82.1%, recall 93.2%, 0 false alarms.
    // End of session 55: right 84.2%, precision 82.1%, recall 93.2%, 0 false alarms.
    // End of session 56: right 84.2%, precision 82.1%, recall 93.2%, 0 false alarms.
    // End of session 57: right 84.2%, precision 82.1%, recall 93.2%, 0 false alarms.
    // End of session 58: right 84.2%, precision 82.1%, recall 93.2%, 0 false alarms.
    // End of session 59: right 84.2%, precision 82.1%, recall 93.2%, 0 false alarms.
    static let minimumRight = 0.84
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// The twenty-eighth unseen corpus (`Fixtures/unseen-28`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its twentieth-session section) and the data files, written
/// at the start of session 20 and committed before the checker first ran on it. Held out through session 32 (only its
/// totals read); a development corpus since session 33.
@Suite("Unseen corpus 28")
struct Unseen28CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 28", folder: "Fixtures/unseen-28",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (a59dede): 77.8% right, precision 85.6%, recall
    // 88.9%, 2 false alarms (docs/measurements/unseen-28-first-measurement-session-20.txt).
    // End of session 20: right 77.8%, precision 85.6%, recall 88.9%, 2 false alarms.
    // End of session 21: right 78.3%, precision 85.6%, recall 89.4%, 2 false alarms.
    // End of session 22: right 78.3%, precision 85.6%, recall 89.4%, 2 false alarms.
    // End of session 23: right 78.3%, precision 85.7%, recall 90.0%, 2 false alarms.
    // End of session 24: right 78.3%, precision 85.7%, recall 90.0%, 1 false alarm.
    // End of session 25: right 78.3%, precision 86.2%, recall 90.0%, 1 false alarm.
    // End of session 26: right 78.3%, precision 85.7%, recall 90.0%, 1 false alarm.
    // End of session 27: right 78.3%, precision 85.7%, recall 90.0%, 1 false alarm.
    // End of session 28: right 78.3%, precision 85.7%, recall 90.0%, 1 false alarm.
    // End of session 29: right 78.3%, precision 85.7%, recall 90.0%, 1 false alarm.
    // End of session 30: right 78.3%, precision 85.7%, recall 90.0%, 1 false alarm.
    // End of session 31: right 78.9%, precision 86.2%, recall 90.6%, 1 false alarm.
    // End of session 32: right 78.9%, precision 86.2%, recall 90.6%, 1 false alarms.
    // End of session 33: right 79.4%, precision 86.2%, recall 90.6%, 0 false alarms.
    // End of session 34: right 79.4%, precision 86.2%, recall 90.6%, 0 false alarms.
    // End of session 35: right 79.4%, precision 86.2%, recall 90.6%, 0 false alarms.
    // End of session 36: right 79.4%, precision 86.2%, recall 90.6%, 0 false alarms.
    // End of session 37: right 79.4%, precision 86.2%, recall 90.6%, 0 false alarms.
    // End of session 38: right 81.1%, precision 86.8%, recall 91.1%, 0 false alarms.
    // End of session 39: right 81.1%, precision 86.8%, recall 91.1%, 0 false alarms.
    // End of session 40: right 81.1%, precision 86.8%, recall 91.1%, 0 false alarms.
    // End of session 41: right 81.1%, precision 86.8%, recall 91.1%, 0 false alarms.
    // End of session 42: right 81.1%, precision 86.8%, recall 91.1%, 0 false alarms.
    // End of session 43: right 81.1%, precision 86.8%, recall 91.1%, 0 false alarms.
    // End of session 44: right 81.1%, precision 86.8%, recall 91.1%, 0 false alarms.
    // End of session 45: right 81.1%, precision 86.8%, recall 91.1%, 0 false alarms.
    // End of session 46: right 81.1%, precision 86.8%, recall 91.1%, 0 false alarms.
    // End of session 47: right 81.1%, precision 86.8%, recall 91.1%, 0 false alarms.
    // End of session 48: right 81.1%, precision 86.8%, recall 91.1%, 0 false alarms.
    // End of session 49: right 81.1%, precision 86.8%, recall 91.1%, 0 false alarms.
    // End of session 50: right 81.1%, precision 85.9%, recall 91.1%, 0 false alarms.
    // End of session 51: right 81.1%, precision 85.9%, recall 91.1%, 0 false alarms.
    // End of session 52: right 81.1%, precision 85.9%, recall 91.1%, 0 false alarms.
    // End of session 53: right 81.1%, precision 85.9%, recall 91.1%, 0 false alarms.
    // End of session 54: right 81.1%, precision 85.9%, recall 91.1%, 0 false alarms.
    // End of session 55: right 81.7%, precision 85.9%, recall 91.1%, 0 false alarms.
    // End of session 56: right 81.7%, precision 85.9%, recall 91.1%, 0 false alarms.
    // End of session 57: right 81.7%, precision 85.9%, recall 91.1%, 0 false alarms.
    // End of session 58: right 81.7%, precision 85.9%, recall 91.1%, 0 false alarms.
    // End of session 59: right 81.7%, precision 85.9%, recall 91.1%, 0 false alarms.
    static let minimumRight = 0.81
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.91
    static let maximumFalseAlarms = 1
}

/// A twenty-second development corpus (`Fixtures/realistic-v`): 20 articles (10 German, 10 English, 179 claims) by
/// two writers who had read only the corpus brief (with its twenty-first-session section: live blogs and newsletters,
/// sector pages, rates and sums over years, sentences with several figures, fact-check formats, with weight on
/// comparisons, rankings, records, shares and relative periods) and the data files, written at the start of session
/// 21 and committed before the checker first ran on it.
@Suite("Development corpus V")
struct RealisticVCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus V", folder: "Fixtures/realistic-v",
            CorpusThresholds(
                articles: 20, gold: 179, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (ba2110b): 79.3% right, precision 86.7%, recall
    // 91.1%, 5 false alarms
    // (docs/measurements/realistic-v-first-measurement-session-21.txt).
    // End of session 21: right 84.4%, precision 86.5%, recall 93.3%, 2 false alarms.
    // End of session 22: right 84.9%, precision 86.5%, recall 93.3%, 1 false alarm.
    // End of session 23: right 84.9%, precision 86.5%, recall 93.3%, 1 false alarm.
    // End of session 24: right 84.9%, precision 86.6%, recall 93.9%, 1 false alarm.
    // End of session 25: right 85.5%, precision 87.1%, recall 94.4%, 1 false alarm.
    // End of session 26: right 85.5%, precision 86.2%, recall 94.4%, 1 false alarm.
    // End of session 27: right 86.6%, precision 86.7%, recall 94.4%, 0 false alarms.
    // End of session 28: right 87.2%, precision 86.7%, recall 94.4%, 0 false alarms.
    // End of session 29: right 87.7%, precision 86.7%, recall 95.0%, 0 false alarms.
    // End of session 30: right 87.7%, precision 86.7%, recall 95.0%, 0 false alarms.
    // End of session 31: right 87.7%, precision 87.2%, recall 95.0%, 0 false alarms.
    // End of session 32: right 88.3%, precision 87.2%, recall 95.0%, 0 false alarms.
    // End of session 33: right 88.3%, precision 87.2%, recall 95.0%, 0 false alarms.
    // End of session 34: right 88.8%, precision 87.2%, recall 95.5%, 0 false alarms.
    // End of session 35: right 88.8%, precision 87.2%, recall 95.5%, 0 false alarms.
    // End of session 36: right 88.8%, precision 87.2%, recall 95.5%, 0 false alarms.
    // End of session 37: right 88.8%, precision 87.2%, recall 95.5%, 0 false alarms.
    // End of session 38: right 88.8%, precision 87.2%, recall 95.5%, 0 false alarms.
    // End of session 39: right 88.8%, precision 87.2%, recall 95.5%, 0 false alarms.
    // End of session 40: right 88.8%, precision 87.2%, recall 95.5%, 0 false alarms.
    // End of session 41: right 88.8%, precision 87.2%, recall 95.5%, 0 false alarms.
    // End of session 42: right 89.4%, precision 87.3%, recall 96.1%, 0 false alarms.
    // End of session 43: right 89.4%, precision 87.3%, recall 96.1%, 0 false alarms.
    // End of session 44: right 89.4%, precision 87.3%, recall 96.1%, 0 false alarms.
    // End of session 45: right 89.4%, precision 87.3%, recall 96.1%, 0 false alarms.
    // End of session 46: right 89.4%, precision 87.3%, recall 96.1%, 0 false alarms.
    // End of session 47: right 89.4%, precision 87.8%, recall 96.1%, 0 false alarms.
    // End of session 48: right 89.9%, precision 87.8%, recall 96.1%, 0 false alarms.
    // End of session 49: right 89.9%, precision 87.3%, recall 96.1%, 0 false alarms.
    // End of session 50: right 89.9%, precision 87.3%, recall 96.1%, 0 false alarms.
    // End of session 51: right 89.9%, precision 87.3%, recall 96.1%, 0 false alarms.
    // End of session 52: right 89.9%, precision 87.3%, recall 96.1%, 0 false alarms.
    // End of session 53: right 89.9%, precision 87.3%, recall 96.1%, 0 false alarms.
    // End of session 54: right 89.9%, precision 87.3%, recall 96.1%, 0 false alarms.
    // End of session 55: right 89.9%, precision 87.3%, recall 96.1%, 0 false alarms.
    // End of session 56: right 89.9%, precision 87.3%, recall 96.1%, 0 false alarms.
    // End of session 57: right 89.9%, precision 87.3%, recall 96.1%, 0 false alarms.
    // End of session 58: right 89.9%, precision 87.3%, recall 96.1%, 0 false alarms.
    // End of session 59: right 89.9%, precision 87.3%, recall 96.1%, 0 false alarms.
    static let minimumRight = 0.89
    static let minimumPrecision = 0.87
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The twenty-ninth unseen corpus (`Fixtures/unseen-29`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its twenty-first-session section) and the data files, written
/// at the start of session 21 and committed before the checker first ran on it. Held out through session 32 (only its
/// totals read); a development corpus since session 33.
@Suite("Unseen corpus 29")
struct Unseen29CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 29", folder: "Fixtures/unseen-29",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (ba2110b): 73.9% right, precision 79.8%, recall
    // 90.0%, 6 false alarms
    // (docs/measurements/unseen-29-first-measurement-session-21.txt).
    // End of session 21: right 73.9%, precision 79.9%, recall 90.6%, 6 false alarms.
    // End of session 22: right 73.9%, precision 79.9%, recall 90.6%, 6 false alarms.
    // End of session 23: right 73.3%, precision 79.9%, recall 90.6%, 6 false alarms.
    // End of session 24: right 73.3%, precision 79.9%, recall 90.6%, 5 false alarms.
    // End of session 25: right 73.3%, precision 78.7%, recall 90.6%, 5 false alarms.
    // End of session 26: right 73.3%, precision 78.5%, recall 91.1%, 5 false alarms.
    // End of session 27: right 73.9%, precision 79.2%, recall 91.1%, 5 false alarms.
    // End of session 28: right 73.9%, precision 79.6%, recall 91.1%, 5 false alarms.
    // End of session 29: right 73.9%, precision 79.6%, recall 91.1%, 5 false alarms.
    // End of session 30: right 73.9%, precision 79.6%, recall 91.1%, 5 false alarms.
    // End of session 31: right 73.9%, precision 79.6%, recall 91.1%, 5 false alarms.
    // End of session 32: right 73.9%, precision 79.6%, recall 91.1%, 5 false alarms.
    // End of session 33: right 76.1%, precision 79.2%, recall 91.1%, 1 false alarms.
    // End of session 34: right 77.8%, precision 79.2%, recall 91.1%, 0 false alarms.
    // End of session 35: right 78.9%, precision 79.2%, recall 91.1%, 0 false alarms.
    // End of session 36: right 79.4%, precision 79.6%, recall 91.1%, 0 false alarms.
    // End of session 37: right 79.4%, precision 79.6%, recall 91.1%, 0 false alarms.
    // End of session 38: right 79.4%, precision 79.6%, recall 91.1%, 0 false alarms.
    // End of session 39: right 79.4%, precision 79.6%, recall 91.1%, 0 false alarms.
    // End of session 40: right 80.6%, precision 79.6%, recall 91.1%, 0 false alarms.
    // End of session 41: right 80.6%, precision 79.6%, recall 91.1%, 0 false alarms.
    // End of session 42: right 80.6%, precision 79.6%, recall 91.1%, 0 false alarms.
    // End of session 43: right 80.6%, precision 79.6%, recall 91.1%, 0 false alarms.
    // End of session 44: right 80.6%, precision 79.6%, recall 91.1%, 0 false alarms.
    // End of session 45: right 81.1%, precision 79.6%, recall 91.1%, 0 false alarms.
    // End of session 46: right 81.1%, precision 79.6%, recall 91.1%, 0 false alarms.
    // End of session 47: right 81.1%, precision 79.6%, recall 91.1%, 0 false alarms.
    // End of session 48: right 81.1%, precision 79.6%, recall 91.1%, 0 false alarms.
    // End of session 49: right 81.1%, precision 79.6%, recall 91.1%, 0 false alarms.
    // End of session 50: right 81.1%, precision 79.6%, recall 91.1%, 0 false alarms.
    // End of session 51: right 81.1%, precision 79.2%, recall 91.1%, 0 false alarms.
    // End of session 52: right 81.7%, precision 79.7%, recall 91.7%, 0 false alarms.
    // End of session 53: right 81.7%, precision 79.7%, recall 91.7%, 0 false alarms.
    // End of session 54: right 81.7%, precision 79.7%, recall 91.7%, 0 false alarms.
    // End of session 55: right 81.7%, precision 79.7%, recall 91.7%, 0 false alarms.
    // End of session 56: right 81.7%, precision 80.1%, recall 91.7%, 0 false alarms.
    // End of session 57: right 81.7%, precision 80.1%, recall 91.7%, 0 false alarms.
    // End of session 58: right 81.7%, precision 80.1%, recall 91.7%, 0 false alarms.
    // End of session 59: right 81.7%, precision 80.1%, recall 91.7%, 0 false alarms.
    static let minimumRight = 0.81
    static let minimumPrecision = 0.80
    static let minimumRecall = 0.91
    static let maximumFalseAlarms = 1
}

/// The thirtieth unseen corpus (`Fixtures/unseen-30`): 20 articles (10 German, 10 English, 178 claims) by two
/// writers who had read only the corpus brief (with its twenty-first-session section) and the data files, written
/// at the start of session 21 and committed before the checker first ran on it. Held out through session 32 (only its
/// totals read); a development corpus since session 33.
@Suite("Unseen corpus 30")
struct Unseen30CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 30", folder: "Fixtures/unseen-30",
            CorpusThresholds(
                articles: 20, gold: 178, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (ba2110b): 77.0% right, precision 81.9%, recall
    // 86.5%, 3 false alarms
    // (docs/measurements/unseen-30-first-measurement-session-21.txt).
    // End of session 21: right 78.1%, precision 82.0%, recall 87.1%, 3 false alarms.
    // End of session 22: right 78.1%, precision 82.0%, recall 87.1%, 3 false alarms.
    // End of session 23: right 78.7%, precision 82.1%, recall 87.6%, 3 false alarms.
    // End of session 24: right 77.5%, precision 82.1%, recall 87.6%, 2 false alarms.
    // End of session 25: right 78.1%, precision 82.2%, recall 88.2%, 2 false alarms.
    // End of session 26: right 78.7%, precision 81.6%, recall 89.9%, 2 false alarms.
    // End of session 27: right 78.7%, precision 82.1%, recall 89.9%, 2 false alarms.
    // End of session 28: right 78.7%, precision 82.1%, recall 89.9%, 2 false alarms.
    // End of session 29: right 79.2%, precision 82.1%, recall 90.4%, 2 false alarms.
    // End of session 30: right 79.8%, precision 82.1%, recall 90.4%, 2 false alarms.
    // End of session 31: right 79.8%, precision 81.7%, recall 90.4%, 2 false alarms.
    // End of session 32: right 79.8%, precision 81.7%, recall 90.4%, 2 false alarms.
    // End of session 33: right 82.0%, precision 81.3%, recall 90.4%, 0 false alarms.
    // End of session 34: right 82.6%, precision 81.3%, recall 90.4%, 0 false alarms.
    // End of session 35: right 83.1%, precision 81.3%, recall 90.4%, 0 false alarms.
    // End of session 36: right 83.1%, precision 81.3%, recall 90.4%, 0 false alarms.
    // End of session 37: right 83.1%, precision 81.3%, recall 90.4%, 0 false alarms.
    // End of session 38: right 83.1%, precision 81.3%, recall 90.4%, 0 false alarms.
    // End of session 39: right 83.1%, precision 81.7%, recall 90.4%, 0 false alarms.
    // End of session 40: right 83.1%, precision 81.7%, recall 90.4%, 0 false alarms.
    // End of session 41: right 83.7%, precision 81.7%, recall 90.4%, 0 false alarms.
    // End of session 42: right 84.3%, precision 81.7%, recall 90.4%, 0 false alarms.
    // End of session 43: right 84.3%, precision 81.7%, recall 90.4%, 0 false alarms.
    // End of session 44: right 84.3%, precision 81.7%, recall 90.4%, 0 false alarms.
    // End of session 45: right 84.3%, precision 81.7%, recall 90.4%, 0 false alarms.
    // End of session 46: right 84.3%, precision 81.7%, recall 90.4%, 0 false alarms.
    // End of session 47: right 84.3%, precision 82.2%, recall 91.0%, 0 false alarms.
    // End of session 48: right 84.3%, precision 82.2%, recall 91.0%, 0 false alarms.
    // End of session 49: right 84.3%, precision 82.2%, recall 91.0%, 0 false alarms.
    // End of session 50: right 84.3%, precision 82.2%, recall 91.0%, 0 false alarms.
    // End of session 51: right 84.3%, precision 82.2%, recall 91.0%, 0 false alarms.
    // End of session 52: right 84.3%, precision 82.2%, recall 91.0%, 0 false alarms.
    // End of session 53: right 84.3%, precision 82.2%, recall 91.0%, 0 false alarms.
    // End of session 54: right 84.3%, precision 82.2%, recall 91.0%, 0 false alarms.
    // End of session 55: right 84.3%, precision 82.2%, recall 91.0%, 0 false alarms.
    // End of session 56: right 84.3%, precision 82.2%, recall 91.0%, 0 false alarms.
    // End of session 57: right 84.3%, precision 82.2%, recall 91.0%, 0 false alarms.
    // End of session 58: right 84.3%, precision 82.2%, recall 91.0%, 0 false alarms.
    // End of session 59: right 84.8%, precision 82.2%, recall 91.0%, 0 false alarms.
    static let minimumRight = 0.84
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.91
    static let maximumFalseAlarms = 1
}

/// A twenty-third development corpus (`Fixtures/realistic-w`): 20 articles (10 German, 10 English, 179 claims) by
/// two writers who had read only the corpus brief (with its twenty-second-session section: text pasted from PDFs,
/// web pages and e-mails, with hard-wrapped lines, split words, footnote marks, page furniture, currencies typed
/// every way and quotes in the other language, and weight on negated rankings, records, comparisons and changes
/// with their base elsewhere) and the data files, written at the start of session 22 and committed before the
/// checker first ran on it.
@Suite("Development corpus W")
struct RealisticWCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus W", folder: "Fixtures/realistic-w",
            CorpusThresholds(
                articles: 20, gold: 179, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (2fe897d): 73.2% right, precision 84.2%, recall
    // 89.4%, 1 false alarm
    // (docs/measurements/realistic-w-first-measurement-session-22.txt).
    // End of session 22: right 87.2%, precision 85.4%, recall 95.0%, 0 false alarms.
    // End of session 23: right 87.7%, precision 85.5%, recall 95.5%, 0 false alarms.
    // End of session 24: right 87.7%, precision 85.5%, recall 95.5%, 0 false alarms.
    // End of session 25: right 88.8%, precision 84.8%, recall 96.6%, 0 false alarms.
    // End of session 26: right 89.4%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 27: right 89.4%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 28: right 89.9%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 29: right 89.9%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 30: right 89.9%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 31: right 89.9%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 32: right 91.1%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 33: right 91.1%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 34: right 91.1%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 35: right 91.1%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 36: right 91.1%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 37: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 38: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 39: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 40: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 41: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 42: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 43: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 44: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 45: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 46: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 47: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 48: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 49: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 50: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 51: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 52: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 53: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 54: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 55: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 56: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 57: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 58: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    // End of session 59: right 91.6%, precision 84.5%, recall 97.2%, 0 false alarms.
    static let minimumRight = 0.91
    static let minimumPrecision = 0.84
    static let minimumRecall = 0.97
    static let maximumFalseAlarms = 1
}

/// Development corpus X (`Fixtures/realistic-x`): 20 articles (10 German, 10 English, 180 claims) by two writers who had
/// read only the corpus brief (with its twenty-third-session section: comparisons of every shape, records and lows,
/// negated rankings and products, in interview transcripts, hearings, live blogs, quoted posts, letters pages and press
/// releases, with German and EU figures next to U.S. ones) and the data files, written at the start of session 23 and
/// committed before the checker first ran on it.
@Suite("Development corpus X")
struct RealisticXCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus X", folder: "Fixtures/realistic-x",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (7fe1872): 75.0% right, precision 81.6%, recall
    // 83.9%, 2 false alarms
    // (docs/measurements/realistic-x-first-measurement-session-23.txt).
    // End of session 23: right 79.4%, precision 80.6%, recall 87.8%, 0 false alarms.
    // End of session 24: right 79.4%, precision 80.6%, recall 87.8%, 0 false alarms.
    // End of session 25: right 79.4%, precision 80.6%, recall 87.8%, 0 false alarms.
    // End of session 26: right 80.0%, precision 80.7%, recall 88.3%, 0 false alarms.
    // End of session 27: right 80.0%, precision 80.7%, recall 88.3%, 0 false alarms.
    // End of session 28: right 79.4%, precision 80.7%, recall 88.3%, 0 false alarms.
    // End of session 29: right 80.6%, precision 80.5%, recall 89.4%, 0 false alarms.
    // End of session 30: right 80.6%, precision 80.5%, recall 89.4%, 0 false alarms.
    // End of session 31: right 80.6%, precision 80.6%, recall 90.0%, 0 false alarms.
    // End of session 32: right 81.1%, precision 80.7%, recall 90.6%, 0 false alarms.
    // End of session 33: right 81.7%, precision 80.8%, recall 91.1%, 0 false alarms.
    // End of session 34: right 81.7%, precision 80.8%, recall 91.1%, 0 false alarms.
    // End of session 35: right 82.2%, precision 80.8%, recall 91.1%, 0 false alarms.
    // End of session 36: right 82.2%, precision 81.6%, recall 91.1%, 0 false alarms.
    // End of session 37: right 82.8%, precision 81.6%, recall 91.1%, 0 false alarms.
    // End of session 38: right 83.3%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 39: right 83.3%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 40: right 83.3%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 41: right 83.3%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 42: right 83.3%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 43: right 83.9%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 44: right 83.9%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 45: right 83.9%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 46: right 83.9%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 47: right 83.9%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 48: right 83.9%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 49: right 83.9%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 50: right 83.9%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 51: right 83.9%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 52: right 83.9%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 53: right 83.9%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 54: right 83.9%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 55: right 83.9%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 56: right 83.9%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 57: right 83.9%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 58: right 83.9%, precision 82.0%, recall 91.1%, 0 false alarms.
    // End of session 59: right 83.9%, precision 82.0%, recall 91.1%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.91
    static let maximumFalseAlarms = 1
}

/// Development corpus Y (`Fixtures/realistic-y`): 20 articles (10 German, 10 English, 173 claims) by two writers who had
/// read only the corpus brief (with its twenty-fourth-session section: rankings said loosely and negated, records and
/// turning points, changes with a base, the ways real errors happen, in fact checks, op-eds, speeches, explainers and
/// year-in-review pieces) and the data files, written at the start of session 24 and committed before the checker
/// first ran on it.
@Suite("Development corpus Y")
struct RealisticYCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus Y", folder: "Fixtures/realistic-y",
            CorpusThresholds(
                articles: 20, gold: 173, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (fe9ec8f): 78.0% right, precision 85.8%, recall
    // 87.3%, 2 false alarms
    // (docs/measurements/realistic-y-first-measurement-session-24.txt).
    // End of session 24: right 82.7%, precision 87.0%, recall 89.0%, 0 false alarms.
    // End of session 25: right 82.7%, precision 87.0%, recall 89.0%, 0 false alarms.
    // End of session 26: right 83.8%, precision 85.9%, recall 91.3%, 0 false alarms.
    // End of session 27: right 83.8%, precision 85.9%, recall 91.3%, 0 false alarms.
    // End of session 28: right 83.8%, precision 85.9%, recall 91.3%, 0 false alarms.
    // End of session 29: right 84.4%, precision 85.9%, recall 91.9%, 0 false alarms.
    // End of session 30: right 84.4%, precision 85.9%, recall 91.9%, 0 false alarms.
    // End of session 31: right 85.0%, precision 86.0%, recall 92.5%, 0 false alarms.
    // End of session 32: right 85.0%, precision 86.0%, recall 92.5%, 0 false alarms.
    // End of session 33: right 85.5%, precision 86.0%, recall 92.5%, 0 false alarms.
    // End of session 34: right 85.5%, precision 86.0%, recall 92.5%, 0 false alarms.
    // End of session 35: right 85.5%, precision 86.0%, recall 92.5%, 0 false alarms.
    // End of session 36: right 85.5%, precision 86.0%, recall 92.5%, 0 false alarms.
    // End of session 37: right 85.5%, precision 86.0%, recall 92.5%, 0 false alarms.
    // End of session 38: right 85.5%, precision 86.0%, recall 92.5%, 0 false alarms.
    // End of session 39: right 85.5%, precision 86.5%, recall 92.5%, 0 false alarms.
    // End of session 40: right 85.5%, precision 86.5%, recall 92.5%, 0 false alarms.
    // End of session 41: right 85.5%, precision 86.5%, recall 92.5%, 0 false alarms.
    // End of session 42: right 85.5%, precision 86.5%, recall 92.5%, 0 false alarms.
    // End of session 43: right 85.5%, precision 86.5%, recall 92.5%, 0 false alarms.
    // End of session 44: right 86.1%, precision 86.5%, recall 92.5%, 0 false alarms.
    // End of session 45: right 86.1%, precision 86.5%, recall 92.5%, 0 false alarms.
    // End of session 46: right 86.1%, precision 86.5%, recall 92.5%, 0 false alarms.
    // End of session 47: right 86.1%, precision 87.0%, recall 92.5%, 0 false alarms.
    // End of session 48: right 86.1%, precision 87.0%, recall 92.5%, 0 false alarms.
    // End of session 49: right 86.1%, precision 87.0%, recall 92.5%, 0 false alarms.
    // End of session 50: right 86.7%, precision 87.0%, recall 93.1%, 0 false alarms.
    // End of session 51: right 86.7%, precision 87.0%, recall 93.1%, 0 false alarms.
    // End of session 52: right 86.7%, precision 87.0%, recall 93.1%, 0 false alarms.
    // End of session 53: right 87.3%, precision 87.0%, recall 93.1%, 0 false alarms.
    // End of session 54: right 87.3%, precision 87.0%, recall 93.1%, 0 false alarms.
    // End of session 55: right 87.3%, precision 87.0%, recall 93.1%, 0 false alarms.
    // End of session 56: right 87.3%, precision 87.0%, recall 93.1%, 0 false alarms.
    // End of session 57: right 87.3%, precision 87.0%, recall 93.1%, 0 false alarms.
    // End of session 58: right 87.3%, precision 87.0%, recall 93.1%, 0 false alarms.
    // End of session 59: right 87.9%, precision 87.0%, recall 93.1%, 0 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.87
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}
/// Development corpus Z (`Fixtures/realistic-z`): 20 articles (10 German, 10 English, 180 claims) by two writers who had
/// read only the corpus brief (with its twenty-sixth-session section: headlines, kickers, teasers and captions; rises
/// and falls without a figure; frames set elsewhere; wire and business-page shorthand) and the data files, written at
/// the start of session 26 and committed before the checker first ran on it.
@Suite("Development corpus Z")
struct RealisticZCorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus Z", folder: "Fixtures/realistic-z",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (d3373c4): 68.3% right, precision 84.3%, recall
    // 83.3%, 3 false alarms
    // (docs/measurements/realistic-z-first-measurement-session-26.txt).
    // End of session 26: right 75.6%, precision 84.3%, recall 86.7%, 0 false alarms.
    // End of session 27: right 75.6%, precision 84.3%, recall 86.7%, 0 false alarms.
    // End of session 28: right 75.6%, precision 84.3%, recall 86.7%, 0 false alarms.
    // End of session 29: right 75.6%, precision 84.3%, recall 86.7%, 0 false alarms.
    // End of session 30: right 75.6%, precision 84.3%, recall 86.7%, 0 false alarms.
    // End of session 31: right 76.1%, precision 84.4%, recall 87.2%, 0 false alarms.
    // End of session 32: right 77.2%, precision 84.6%, recall 88.3%, 0 false alarms.
    // End of session 33: right 77.2%, precision 84.6%, recall 88.3%, 0 false alarms.
    // End of session 34: right 77.2%, precision 84.6%, recall 88.3%, 0 false alarms.
    // End of session 35: right 77.2%, precision 84.6%, recall 88.3%, 0 false alarms.
    // End of session 36: right 78.3%, precision 84.7%, recall 88.9%, 0 false alarms.
    // End of session 37: right 79.4%, precision 84.7%, recall 88.9%, 0 false alarms.
    // End of session 38: right 79.4%, precision 84.7%, recall 88.9%, 0 false alarms.
    // End of session 39: right 79.4%, precision 84.7%, recall 88.9%, 0 false alarms.
    // End of session 40: right 79.4%, precision 84.7%, recall 88.9%, 0 false alarms.
    // End of session 41: right 79.4%, precision 84.7%, recall 88.9%, 0 false alarms.
    // End of session 42: right 80.0%, precision 84.7%, recall 88.9%, 0 false alarms.
    // End of session 43: right 80.0%, precision 84.7%, recall 88.9%, 0 false alarms.
    // End of session 44: right 80.0%, precision 84.7%, recall 88.9%, 0 false alarms.
    // End of session 45: right 80.0%, precision 84.7%, recall 88.9%, 0 false alarms.
    // End of session 46: right 80.0%, precision 84.7%, recall 88.9%, 0 false alarms.
    // End of session 47: right 80.0%, precision 84.7%, recall 88.9%, 0 false alarms.
    // End of session 48: right 80.0%, precision 84.7%, recall 88.9%, 0 false alarms.
    // End of session 49: right 80.0%, precision 84.7%, recall 88.9%, 0 false alarms.
    // End of session 50: right 80.0%, precision 84.7%, recall 88.9%, 0 false alarms.
    // End of session 51: right 80.0%, precision 84.7%, recall 88.9%, 0 false alarms.
    // End of session 52: right 80.6%, precision 84.7%, recall 88.9%, 0 false alarms.
    // End of session 53: right 80.6%, precision 84.7%, recall 88.9%, 0 false alarms.
    // End of session 54: right 81.1%, precision 85.2%, recall 89.4%, 0 false alarms.
    // End of session 55: right 81.7%, precision 85.2%, recall 89.4%, 0 false alarms.
    // End of session 56: right 81.7%, precision 85.2%, recall 89.4%, 0 false alarms.
    // End of session 57: right 81.7%, precision 85.2%, recall 89.4%, 0 false alarms.
    // End of session 58: right 81.7%, precision 85.2%, recall 89.4%, 0 false alarms.
    // End of session 59: right 81.7%, precision 85.2%, recall 89.4%, 0 false alarms.
    static let minimumRight = 0.81
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.89
    static let maximumFalseAlarms = 1
}

/// The thirty-first unseen corpus (`Fixtures/unseen-31`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its twenty-second-session section) and the data files, written
/// at the start of session 22 and committed before the checker first ran on it. Held out through session 32 (only its
/// totals read); a development corpus since session 33.
@Suite("Unseen corpus 31")
struct Unseen31CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 31", folder: "Fixtures/unseen-31",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (2fe897d): 75.0% right, precision 82.2%, recall
    // 90.0%, 3 false alarms
    // (docs/measurements/unseen-31-first-measurement-session-22.txt).
    // End of session 22: right 80.6%, precision 82.5%, recall 94.4%, 3 false alarms.
    // End of session 23: right 80.6%, precision 82.1%, recall 94.4%, 3 false alarms.
    // End of session 24: right 80.6%, precision 82.1%, recall 94.4%, 3 false alarms.
    // End of session 25: right 81.1%, precision 82.2%, recall 95.0%, 3 false alarms.
    // End of session 26: right 81.7%, precision 82.3%, recall 95.6%, 3 false alarms.
    // End of session 27: right 81.7%, precision 82.3%, recall 95.6%, 3 false alarms.
    // End of session 28: right 81.7%, precision 82.3%, recall 95.6%, 3 false alarms.
    // End of session 29: right 82.2%, precision 82.8%, recall 96.1%, 3 false alarms.
    // End of session 30: right 82.2%, precision 82.8%, recall 96.1%, 3 false alarms.
    // End of session 31: right 82.2%, precision 82.8%, recall 96.1%, 3 false alarms.
    // End of session 32: right 82.2%, precision 82.8%, recall 96.1%, 3 false alarms.
    // End of session 33: right 82.8%, precision 82.8%, recall 96.1%, 2 false alarms.
    // End of session 34: right 83.3%, precision 82.8%, recall 96.1%, 1 false alarms.
    // End of session 35: right 83.3%, precision 82.8%, recall 96.1%, 1 false alarms.
    // End of session 36: right 83.3%, precision 82.8%, recall 96.1%, 1 false alarms.
    // End of session 37: right 83.9%, precision 82.8%, recall 96.1%, 1 false alarms.
    // End of session 38: right 84.4%, precision 82.8%, recall 96.1%, 1 false alarms.
    // End of session 39: right 84.4%, precision 82.8%, recall 96.1%, 1 false alarms.
    // End of session 40: right 84.4%, precision 82.8%, recall 96.1%, 1 false alarms.
    // End of session 41: right 85.0%, precision 82.8%, recall 96.1%, 0 false alarms.
    // End of session 42: right 85.0%, precision 82.8%, recall 96.1%, 0 false alarms.
    // End of session 43: right 85.0%, precision 82.8%, recall 96.1%, 0 false alarms.
    // End of session 44: right 85.0%, precision 82.8%, recall 96.1%, 0 false alarms.
    // End of session 45: right 85.0%, precision 82.8%, recall 96.1%, 0 false alarms.
    // End of session 46: right 85.0%, precision 82.8%, recall 96.1%, 0 false alarms.
    // End of session 47: right 85.0%, precision 83.6%, recall 96.1%, 0 false alarms.
    // End of session 48: right 85.0%, precision 83.6%, recall 96.1%, 0 false alarms.
    // End of session 49: right 85.0%, precision 83.6%, recall 96.1%, 0 false alarms.
    // End of session 50: right 86.1%, precision 84.1%, recall 96.7%, 0 false alarms.
    // End of session 51: right 86.1%, precision 84.1%, recall 96.7%, 0 false alarms.
    // End of session 52: right 86.1%, precision 84.1%, recall 96.7%, 0 false alarms.
    // End of session 53: right 86.1%, precision 84.1%, recall 96.7%, 0 false alarms.
    // End of session 54: right 86.1%, precision 84.1%, recall 96.7%, 0 false alarms.
    // End of session 55: right 86.7%, precision 84.1%, recall 96.7%, 0 false alarms.
    // End of session 56: right 86.7%, precision 84.1%, recall 96.7%, 0 false alarms.
    // End of session 57: right 86.7%, precision 84.1%, recall 96.7%, 0 false alarms.
    // End of session 58: right 86.7%, precision 84.1%, recall 96.7%, 0 false alarms.
    // End of session 59: right 86.7%, precision 84.1%, recall 96.7%, 0 false alarms.
    static let minimumRight = 0.86
    static let minimumPrecision = 0.84
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The thirty-second unseen corpus (`Fixtures/unseen-32`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its twenty-second-session section) and the data files, written
/// at the start of session 22 and committed before the checker first ran on it. Held out through session 32 (only its
/// totals read); a development corpus since session 33.
@Suite("Unseen corpus 32")
struct Unseen32CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 32", folder: "Fixtures/unseen-32",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (2fe897d): 74.4% right, precision 88.2%, recall
    // 91.1%, 5 false alarms
    // (docs/measurements/unseen-32-first-measurement-session-22.txt).
    // End of session 22: right 78.9%, precision 85.8%, recall 93.9%, 4 false alarms.
    // End of session 23: right 78.9%, precision 85.8%, recall 93.9%, 4 false alarms.
    // End of session 24: right 80.0%, precision 85.8%, recall 93.9%, 1 false alarm.
    // End of session 25: right 81.7%, precision 85.9%, recall 95.0%, 1 false alarm.
    // End of session 26: right 82.2%, precision 85.1%, recall 95.6%, 1 false alarm.
    // End of session 27: right 82.2%, precision 85.1%, recall 95.6%, 1 false alarm.
    // End of session 28: right 82.2%, precision 85.1%, recall 95.6%, 1 false alarm.
    // End of session 29: right 82.2%, precision 84.7%, recall 95.6%, 1 false alarm.
    // End of session 30: right 82.2%, precision 84.7%, recall 95.6%, 1 false alarm.
    // End of session 31: right 82.8%, precision 84.4%, recall 96.1%, 1 false alarm.
    // End of session 32: right 83.3%, precision 84.4%, recall 96.1%, 1 false alarms.
    // End of session 33: right 85.6%, precision 84.5%, recall 96.7%, 0 false alarms.
    // End of session 34: right 85.6%, precision 84.5%, recall 96.7%, 0 false alarms.
    // End of session 35: right 85.6%, precision 84.5%, recall 96.7%, 0 false alarms.
    // End of session 36: right 85.6%, precision 84.5%, recall 96.7%, 0 false alarms.
    // End of session 37: right 85.6%, precision 84.5%, recall 96.7%, 0 false alarms.
    // End of session 38: right 86.7%, precision 84.5%, recall 96.7%, 0 false alarms.
    // End of session 39: right 86.7%, precision 84.5%, recall 96.7%, 0 false alarms.
    // End of session 40: right 86.7%, precision 84.5%, recall 96.7%, 0 false alarms.
    // End of session 41: right 86.7%, precision 84.5%, recall 96.7%, 0 false alarms.
    // End of session 42: right 86.7%, precision 84.5%, recall 96.7%, 0 false alarms.
    // End of session 43: right 86.7%, precision 84.5%, recall 96.7%, 0 false alarms.
    // End of session 44: right 86.7%, precision 84.9%, recall 96.7%, 0 false alarms.
    // End of session 45: right 87.2%, precision 84.9%, recall 96.7%, 0 false alarms.
    // End of session 46: right 87.2%, precision 84.9%, recall 96.7%, 0 false alarms.
    // End of session 47: right 87.2%, precision 85.7%, recall 96.7%, 0 false alarms.
    // End of session 48: right 87.2%, precision 85.7%, recall 96.7%, 0 false alarms.
    // End of session 49: right 87.2%, precision 85.7%, recall 96.7%, 0 false alarms.
    // End of session 50: right 87.2%, precision 85.7%, recall 96.7%, 0 false alarms.
    // End of session 51: right 87.8%, precision 85.7%, recall 96.7%, 0 false alarms.
    // End of session 52: right 87.8%, precision 85.7%, recall 96.7%, 0 false alarms.
    // End of session 53: right 87.8%, precision 85.7%, recall 96.7%, 0 false alarms.
    // End of session 54: right 87.8%, precision 85.7%, recall 96.7%, 0 false alarms.
    // End of session 55: right 87.8%, precision 85.7%, recall 96.7%, 0 false alarms.
    // End of session 56: right 87.8%, precision 85.7%, recall 96.7%, 0 false alarms.
    // End of session 57: right 87.8%, precision 85.7%, recall 96.7%, 0 false alarms.
    // End of session 58: right 87.8%, precision 85.7%, recall 96.7%, 0 false alarms.
    // End of session 59: right 87.8%, precision 85.7%, recall 96.7%, 0 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The thirty-third unseen corpus (`Fixtures/unseen-33`): 20 articles (10 German, 10 English, 186 claims) by two
/// writers who had read only the corpus brief (with its twenty-third-session section) and the data files, written
/// at the start of session 23 and committed before the checker first ran on it. Held out through session 32 (only its
/// totals read); a development corpus since session 33.
@Suite("Unseen corpus 33")
struct Unseen33CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 33", folder: "Fixtures/unseen-33",
            CorpusThresholds(
                articles: 20, gold: 186, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (7fe1872): 75.3% right, precision 80.5%, recall
    // 84.4%, 2 false alarms
    // (docs/measurements/unseen-33-first-measurement-session-23.txt).
    // End of session 23: right 75.8%, precision 80.2%, recall 84.9%, 1 false alarm.
    // End of session 24: right 75.8%, precision 80.2%, recall 84.9%, 1 false alarm.
    // End of session 25: right 76.9%, precision 80.8%, recall 86.0%, 1 false alarm.
    // End of session 26: right 77.4%, precision 81.3%, recall 86.6%, 1 false alarm.
    // End of session 27: right 77.4%, precision 81.3%, recall 86.6%, 1 false alarm.
    // End of session 28: right 77.4%, precision 81.3%, recall 86.6%, 1 false alarm.
    // End of session 29: right 78.0%, precision 81.8%, recall 87.1%, 1 false alarm.
    // End of session 30: right 78.0%, precision 82.2%, recall 87.1%, 1 false alarm.
    // End of session 31: right 78.0%, precision 82.2%, recall 87.1%, 1 false alarm.
    // End of session 32: right 78.5%, precision 82.3%, recall 87.6%, 1 false alarms.
    // End of session 33: right 79.0%, precision 82.3%, recall 87.6%, 0 false alarms.
    // End of session 34: right 79.6%, precision 82.3%, recall 87.6%, 0 false alarms.
    // End of session 35: right 80.6%, precision 82.9%, recall 88.7%, 0 false alarms.
    // End of session 36: right 81.2%, precision 83.3%, recall 88.7%, 0 false alarms.
    // End of session 37: right 81.2%, precision 83.3%, recall 88.7%, 0 false alarms.
    // End of session 38: right 81.2%, precision 83.3%, recall 88.7%, 0 false alarms.
    // End of session 39: right 81.7%, precision 83.4%, recall 89.2%, 0 false alarms.
    // End of session 40: right 81.7%, precision 83.4%, recall 89.2%, 0 false alarms.
    // End of session 41: right 82.8%, precision 83.5%, recall 89.8%, 0 false alarms.
    // End of session 42: right 82.8%, precision 83.5%, recall 89.8%, 0 false alarms.
    // End of session 43: right 83.3%, precision 83.5%, recall 89.8%, 0 false alarms.
    // End of session 44: right 84.4%, precision 83.5%, recall 89.8%, 0 false alarms.
    // End of session 45: right 84.4%, precision 83.5%, recall 89.8%, 0 false alarms.
    // End of session 46: right 84.4%, precision 83.5%, recall 89.8%, 0 false alarms.
    // End of session 47: right 84.4%, precision 83.5%, recall 89.8%, 0 false alarms.
    // End of session 48: right 84.4%, precision 83.5%, recall 89.8%, 0 false alarms.
    // End of session 49: right 84.4%, precision 83.5%, recall 89.8%, 0 false alarms.
    // End of session 50: right 84.4%, precision 83.5%, recall 89.8%, 0 false alarms.
    // End of session 51: right 84.4%, precision 83.5%, recall 89.8%, 0 false alarms.
    // End of session 52: right 84.4%, precision 83.5%, recall 89.8%, 0 false alarms.
    // End of session 53: right 84.4%, precision 83.5%, recall 89.8%, 0 false alarms.
    // End of session 54: right 84.4%, precision 83.1%, recall 89.8%, 0 false alarms.
    // End of session 55: right 84.4%, precision 83.1%, recall 89.8%, 0 false alarms.
    // End of session 56: right 84.4%, precision 83.1%, recall 89.8%, 0 false alarms.
    // End of session 57: right 84.4%, precision 83.1%, recall 89.8%, 0 false alarms.
    // End of session 58: right 84.4%, precision 83.1%, recall 89.8%, 0 false alarms.
    // End of session 59: right 84.4%, precision 83.1%, recall 89.8%, 0 false alarms.
    static let minimumRight = 0.84
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.89
    static let maximumFalseAlarms = 1
}

/// The thirty-fourth unseen corpus (`Fixtures/unseen-34`): 20 articles (10 German, 10 English, 178 claims) by two
/// writers who had read only the corpus brief (with its twenty-third-session section) and the data files, written
/// at the start of session 23 and committed before the checker first ran on it. Held out through session 32 (only its
/// totals read); a development corpus since session 33.
@Suite("Unseen corpus 34")
struct Unseen34CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 34", folder: "Fixtures/unseen-34",
            CorpusThresholds(
                articles: 20, gold: 178, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (7fe1872): 70.2% right, precision 84.4%, recall
    // 82.0%, 0 false alarms
    // (docs/measurements/unseen-34-first-measurement-session-23.txt).
    // End of session 23: right 70.2%, precision 84.4%, recall 82.0%, 0 false alarms.
    // End of session 24: right 70.2%, precision 84.4%, recall 82.0%, 0 false alarms.
    // End of session 25: right 70.8%, precision 84.5%, recall 82.6%, 0 false alarms.
    // End of session 26: right 70.8%, precision 84.5%, recall 82.6%, 0 false alarms.
    // End of session 27: right 70.8%, precision 84.5%, recall 82.6%, 0 false alarms.
    // End of session 28: right 70.8%, precision 84.5%, recall 82.6%, 0 false alarms.
    // End of session 29: right 71.3%, precision 84.7%, recall 83.7%, 1 false alarm.
    // End of session 30: right 71.9%, precision 84.7%, recall 83.7%, 1 false alarm.
    // End of session 31: right 73.6%, precision 84.3%, recall 84.3%, 0 false alarms.
    // End of session 32: right 74.2%, precision 84.3%, recall 84.3%, 0 false alarms.
    // End of session 33: right 75.3%, precision 83.8%, recall 84.3%, 0 false alarms.
    // End of session 34: right 75.3%, precision 83.8%, recall 84.3%, 0 false alarms.
    // End of session 35: right 75.3%, precision 83.8%, recall 84.3%, 0 false alarms.
    // End of session 36: right 75.3%, precision 83.8%, recall 84.3%, 0 false alarms.
    // End of session 37: right 75.8%, precision 83.8%, recall 84.3%, 0 false alarms.
    // End of session 38: right 75.8%, precision 83.8%, recall 84.3%, 0 false alarms.
    // End of session 39: right 75.8%, precision 83.8%, recall 84.3%, 0 false alarms.
    // End of session 40: right 75.8%, precision 83.8%, recall 84.3%, 0 false alarms.
    // End of session 41: right 76.4%, precision 83.9%, recall 84.8%, 0 false alarms.
    // End of session 42: right 76.4%, precision 83.9%, recall 84.8%, 0 false alarms.
    // End of session 43: right 77.0%, precision 83.9%, recall 84.8%, 0 false alarms.
    // End of session 44: right 77.0%, precision 83.9%, recall 84.8%, 0 false alarms.
    // End of session 45: right 77.0%, precision 83.9%, recall 84.8%, 0 false alarms.
    // End of session 46: right 77.0%, precision 84.4%, recall 84.8%, 0 false alarms.
    // End of session 47: right 77.0%, precision 84.8%, recall 84.8%, 0 false alarms.
    // End of session 48: right 77.0%, precision 84.8%, recall 84.8%, 0 false alarms.
    // End of session 49: right 77.0%, precision 84.8%, recall 84.8%, 0 false alarms.
    // End of session 50: right 77.0%, precision 85.4%, recall 85.4%, 0 false alarms.
    // End of session 51: right 77.0%, precision 85.4%, recall 85.4%, 0 false alarms.
    // End of session 52: right 77.0%, precision 85.4%, recall 85.4%, 0 false alarms.
    // End of session 53: right 77.0%, precision 85.4%, recall 85.4%, 0 false alarms.
    // End of session 54: right 77.0%, precision 85.4%, recall 85.4%, 0 false alarms.
    // End of session 55: right 77.0%, precision 85.4%, recall 85.4%, 0 false alarms.
    // End of session 56: right 77.0%, precision 85.4%, recall 85.4%, 0 false alarms.
    // End of session 57: right 77.0%, precision 85.4%, recall 85.4%, 0 false alarms.
    // End of session 58: right 77.0%, precision 85.4%, recall 85.4%, 0 false alarms.
    // End of session 59: right 77.0%, precision 85.4%, recall 85.4%, 0 false alarms.
    static let minimumRight = 0.76
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.85
    static let maximumFalseAlarms = 1
}

/// The thirty-fifth unseen corpus (`Fixtures/unseen-35`): 20 articles (10 German, 10 English, 180 claims) by two
/// writers who had read only the corpus brief (with its twenty-fourth-session section) and the data files, written
/// at the start of session 24 and committed before the checker first ran on it. Held out through session 32 (only its
/// totals read); a development corpus since session 33.
@Suite("Unseen corpus 35")
struct Unseen35CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 35", folder: "Fixtures/unseen-35",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (fe9ec8f): 75.0% right, precision 79.8%, recall
    // 87.8%, 5 false alarms
    // (docs/measurements/unseen-35-first-measurement-session-24.txt).
    // End of session 24: right 75.0%, precision 79.8%, recall 87.8%, 4 false alarms.
    // End of session 25: right 75.6%, precision 79.9%, recall 88.3%, 4 false alarms.
    // End of session 26: right 75.6%, precision 79.9%, recall 88.3%, 4 false alarms.
    // End of session 27: right 75.6%, precision 79.9%, recall 88.3%, 4 false alarms.
    // End of session 28: right 76.1%, precision 79.9%, recall 88.3%, 3 false alarms.
    // End of session 29: right 76.1%, precision 79.9%, recall 88.3%, 3 false alarms.
    // End of session 30: right 76.1%, precision 80.7%, recall 88.3%, 3 false alarms.
    // End of session 31: right 76.7%, precision 80.8%, recall 88.9%, 3 false alarms.
    // End of session 32: right 76.7%, precision 80.8%, recall 88.9%, 3 false alarms.
    // End of session 33: right 78.9%, precision 80.9%, recall 89.4%, 0 false alarms.
    // End of session 34: right 78.9%, precision 80.9%, recall 89.4%, 0 false alarms.
    // End of session 35: right 78.9%, precision 80.9%, recall 89.4%, 0 false alarms.
    // End of session 36: right 78.9%, precision 80.9%, recall 89.4%, 0 false alarms.
    // End of session 37: right 78.9%, precision 80.9%, recall 89.4%, 0 false alarms.
    // End of session 38: right 79.4%, precision 81.0%, recall 90.0%, 0 false alarms.
    // End of session 39: right 79.4%, precision 81.0%, recall 90.0%, 0 false alarms.
    // End of session 40: right 79.4%, precision 81.0%, recall 90.0%, 0 false alarms.
    // End of session 41: right 79.4%, precision 81.0%, recall 90.0%, 0 false alarms.
    // End of session 42: right 79.4%, precision 81.0%, recall 90.0%, 0 false alarms.
    // End of session 43: right 79.4%, precision 81.0%, recall 90.0%, 0 false alarms.
    // End of session 44: right 79.4%, precision 81.0%, recall 90.0%, 0 false alarms.
    // End of session 45: right 79.4%, precision 81.0%, recall 90.0%, 0 false alarms.
    // End of session 46: right 79.4%, precision 81.0%, recall 90.0%, 0 false alarms.
    // End of session 47: right 79.4%, precision 82.2%, recall 90.0%, 0 false alarms.
    // End of session 48: right 79.4%, precision 82.2%, recall 90.0%, 0 false alarms.
    // End of session 49: right 80.6%, precision 82.2%, recall 90.0%, 0 false alarms.
    // End of session 50: right 82.2%, precision 83.8%, recall 92.2%, 0 false alarms.
    // End of session 51: right 82.2%, precision 83.8%, recall 92.2%, 0 false alarms.
    // End of session 52: right 82.2%, precision 83.8%, recall 92.2%, 0 false alarms.
    // End of session 53: right 82.8%, precision 83.8%, recall 92.2%, 0 false alarms.
    // End of session 54: right 82.8%, precision 83.8%, recall 92.2%, 0 false alarms.
    // End of session 55: right 82.8%, precision 83.8%, recall 92.2%, 0 false alarms.
    // End of session 56: right 82.8%, precision 83.8%, recall 92.2%, 0 false alarms.
    // End of session 57: right 82.8%, precision 83.8%, recall 92.2%, 0 false alarms.
    // End of session 58: right 82.8%, precision 83.8%, recall 92.2%, 0 false alarms.
    // End of session 59: right 82.8%, precision 83.8%, recall 92.2%, 0 false alarms.
    static let minimumRight = 0.82
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.92
    static let maximumFalseAlarms = 1
}

/// The thirty-sixth unseen corpus (`Fixtures/unseen-36`): 20 articles (10 German, 10 English, 178 claims) by two
/// writers who had read only the corpus brief (with its twenty-sixth-session section) and the data files, written
/// at the start of session 26 and committed before the checker first ran on it. Held out through session 32 (only its
/// totals read); a development corpus since session 33.
@Suite("Unseen corpus 36")
struct Unseen36CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 36", folder: "Fixtures/unseen-36",
            CorpusThresholds(
                articles: 20, gold: 178, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (d3373c4): 65.7% right, precision 77.1%, recall
    // 77.5%, 2 false alarms
    // (docs/measurements/unseen-36-first-measurement-session-26.txt).
    // End of session 26: right 68.5%, precision 80.2%, recall 82.0%, 3 false alarms.
    // End of session 27: right 68.5%, precision 80.2%, recall 82.0%, 3 false alarms.
    // End of session 28: right 68.5%, precision 80.2%, recall 82.0%, 3 false alarms.
    // End of session 29: right 69.1%, precision 80.2%, recall 82.0%, 2 false alarms.
    // End of session 30: right 69.1%, precision 80.2%, recall 82.0%, 2 false alarms.
    // End of session 31: right 69.1%, precision 80.2%, recall 82.0%, 2 false alarms.
    // End of session 32: right 69.1%, precision 80.2%, recall 82.0%, 2 false alarms.
    // End of session 33: right 70.2%, precision 80.2%, recall 82.0%, 0 false alarms.
    // End of session 34: right 70.2%, precision 80.2%, recall 82.0%, 0 false alarms.
    // End of session 35: right 71.3%, precision 80.2%, recall 82.0%, 0 false alarms.
    // End of session 36: right 71.9%, precision 80.3%, recall 82.6%, 0 false alarms.
    // End of session 37: right 72.5%, precision 80.3%, recall 82.6%, 0 false alarms.
    // End of session 38: right 72.5%, precision 80.3%, recall 82.6%, 0 false alarms.
    // End of session 39: right 72.5%, precision 80.3%, recall 82.6%, 0 false alarms.
    // End of session 40: right 72.5%, precision 80.3%, recall 82.6%, 0 false alarms.
    // End of session 41: right 73.0%, precision 80.4%, recall 83.1%, 0 false alarms.
    // End of session 42: right 74.2%, precision 80.4%, recall 83.1%, 0 false alarms.
    // End of session 43: right 74.2%, precision 80.4%, recall 83.1%, 0 false alarms.
    // End of session 44: right 74.2%, precision 80.0%, recall 83.1%, 0 false alarms.
    // End of session 45: right 74.2%, precision 80.0%, recall 83.1%, 0 false alarms.
    // End of session 46: right 74.7%, precision 80.1%, recall 83.7%, 0 false alarms.
    // End of session 47: right 74.7%, precision 80.5%, recall 83.7%, 0 false alarms.
    // End of session 48: right 74.7%, precision 80.5%, recall 83.7%, 0 false alarms.
    // End of session 49: right 75.3%, precision 82.0%, recall 84.3%, 0 false alarms.
    // End of session 50: right 76.4%, precision 82.2%, recall 85.4%, 0 false alarms.
    // End of session 51: right 76.4%, precision 82.2%, recall 85.4%, 0 false alarms.
    // End of session 52: right 76.4%, precision 82.2%, recall 85.4%, 0 false alarms.
    // End of session 53: right 76.4%, precision 82.2%, recall 85.4%, 0 false alarms.
    // End of session 54: right 76.4%, precision 82.2%, recall 85.4%, 0 false alarms.
    // End of session 55: right 76.4%, precision 82.2%, recall 85.4%, 0 false alarms.
    // End of session 56: right 76.4%, precision 82.2%, recall 85.4%, 0 false alarms.
    // End of session 57: right 76.4%, precision 82.2%, recall 85.4%, 0 false alarms.
    // End of session 58: right 76.4%, precision 82.2%, recall 85.4%, 0 false alarms.
    // End of session 59: right 76.4%, precision 82.2%, recall 85.4%, 0 false alarms.
    static let minimumRight = 0.76
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.85
    static let maximumFalseAlarms = 1
}

/// Development corpus AA (`Fixtures/realistic-aa`): 20 articles (10 German, 10 English, 180 claims) by two writers who
/// had read only the corpus brief (with its twenty-seventh-session section: look-alikes next to the national figure,
/// sums, fractions and ratios, thresholds and firsts, month-on-month moves, products by everyday names) and the data
/// files, written at the start of session 27 and committed before the checker first ran on it.
@Suite("Development corpus AA")
struct RealisticAACorpusTests {
    @Test func measuresTheCheckerArticleByArticle() throws {
        try measureCorpus(
            "Development corpus AA", folder: "Fixtures/realistic-aa",
            CorpusThresholds(
                articles: 20, gold: 180, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (55830db, with the catalog-name crash guard): 70.0%
    // right, precision 80.0%, recall 88.9%, 7 false alarms (docs/measurements/realistic-aa-first-measurement-session-27.txt).
    // End of session 27: right 75.0%, precision 79.6%, recall 88.9%, 1 false alarm.
    // End of session 28: right 75.6%, precision 79.6%, recall 88.9%, 0 false alarms.
    // End of session 29: right 76.1%, precision 80.2%, recall 90.0%, 0 false alarms.
    // End of session 30: right 76.1%, precision 80.2%, recall 90.0%, 0 false alarms.
    // End of session 31: right 77.2%, precision 80.4%, recall 91.1%, 0 false alarms.
    // End of session 32: right 77.8%, precision 80.4%, recall 91.1%, 0 false alarms.
    // End of session 33: right 77.8%, precision 80.4%, recall 91.1%, 0 false alarms.
    // End of session 34: right 78.3%, precision 80.4%, recall 91.1%, 0 false alarms.
    // End of session 35: right 78.3%, precision 80.4%, recall 91.1%, 0 false alarms.
    // End of session 36: right 78.3%, precision 80.4%, recall 91.1%, 0 false alarms.
    // End of session 37: right 78.3%, precision 80.4%, recall 91.1%, 0 false alarms.
    // End of session 38: right 78.3%, precision 80.4%, recall 91.1%, 0 false alarms.
    // End of session 39: right 78.3%, precision 80.4%, recall 91.1%, 0 false alarms.
    // End of session 40: right 78.9%, precision 80.4%, recall 91.1%, 0 false alarms.
    // End of session 41: right 78.9%, precision 80.4%, recall 91.1%, 0 false alarms.
    // End of session 42: right 78.9%, precision 80.4%, recall 91.1%, 0 false alarms.
    // End of session 43: right 79.4%, precision 80.4%, recall 91.1%, 0 false alarms.
    // End of session 44: right 79.4%, precision 80.8%, recall 91.1%, 0 false alarms.
    // End of session 45: right 79.4%, precision 80.8%, recall 91.1%, 0 false alarms.
    // End of session 46: right 80.0%, precision 80.9%, recall 91.7%, 0 false alarms.
    // End of session 47: right 80.0%, precision 80.1%, recall 91.7%, 0 false alarms.
    // End of session 48: right 80.0%, precision 80.1%, recall 91.7%, 0 false alarms.
    // End of session 49: right 80.0%, precision 80.1%, recall 91.7%, 0 false alarms.
    // End of session 50: right 80.0%, precision 80.1%, recall 91.7%, 0 false alarms.
    // End of session 51: right 80.0%, precision 80.1%, recall 91.7%, 0 false alarms.
    // End of session 52: right 80.0%, precision 80.1%, recall 91.7%, 0 false alarms.
    // End of session 53: right 80.6%, precision 80.1%, recall 91.7%, 0 false alarms.
    // End of session 54: right 80.6%, precision 80.1%, recall 91.7%, 0 false alarms.
    // End of session 55: right 80.6%, precision 80.1%, recall 91.7%, 0 false alarms.
    // End of session 56: right 80.6%, precision 80.1%, recall 91.7%, 0 false alarms.
    // End of session 57: right 80.6%, precision 80.1%, recall 91.7%, 0 false alarms.
    // End of session 58: right 80.6%, precision 80.1%, recall 91.7%, 0 false alarms.
    // End of session 59: right 80.6%, precision 80.1%, recall 91.7%, 0 false alarms.
    static let minimumRight = 0.80
    static let minimumPrecision = 0.80
    static let minimumRecall = 0.91
    static let maximumFalseAlarms = 1
}

/// The thirty-seventh unseen corpus (`Fixtures/unseen-37`): 20 articles (10 German, 10 English, 181 claims) by two
/// writers who had read only the corpus brief (with its twenty-seventh-session section) and the data files, written
/// at the start of session 27 and committed before the checker first ran on it. Held out through session 32 (only its
/// totals read); a development corpus since session 33.
@Suite("Unseen corpus 37")
struct Unseen37CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 37", folder: "Fixtures/unseen-37",
            CorpusThresholds(
                articles: 20, gold: 181, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (55830db, with the catalog-name crash guard): 65.7%
    // right, precision 73.8%, recall 87.3%, 4 false alarms (docs/measurements/unseen-37-first-measurement-session-27.txt).
    // End of session 27: right 67.4%, precision 73.8%, recall 87.3%, 3 false alarms.
    // End of session 28: right 67.4%, precision 73.8%, recall 87.3%, 3 false alarms.
    // End of session 29: right 69.6%, precision 73.6%, recall 87.8%, 2 false alarms.
    // End of session 30: right 69.6%, precision 73.6%, recall 87.8%, 2 false alarms.
    // End of session 31: right 69.6%, precision 73.3%, recall 87.8%, 2 false alarms.
    // End of session 32: right 70.7%, precision 73.3%, recall 87.8%, 2 false alarms.
    // End of session 33: right 71.3%, precision 73.3%, recall 87.8%, 1 false alarms.
    // End of session 34: right 71.8%, precision 73.3%, recall 87.8%, 1 false alarms.
    // End of session 35: right 71.8%, precision 73.3%, recall 87.8%, 1 false alarms.
    // End of session 36: right 71.8%, precision 73.3%, recall 87.8%, 1 false alarms.
    // End of session 37: right 71.8%, precision 73.3%, recall 87.8%, 1 false alarms.
    // End of session 38: right 71.8%, precision 73.3%, recall 87.8%, 1 false alarms.
    // End of session 39: right 71.8%, precision 73.3%, recall 87.8%, 1 false alarms.
    // End of session 40: right 72.4%, precision 73.3%, recall 87.8%, 0 false alarms.
    // End of session 41: right 72.4%, precision 73.3%, recall 87.8%, 0 false alarms.
    // End of session 42: right 72.4%, precision 73.3%, recall 87.8%, 0 false alarms.
    // End of session 43: right 73.5%, precision 73.3%, recall 87.8%, 0 false alarms.
    // End of session 44: right 73.5%, precision 73.3%, recall 87.8%, 0 false alarms.
    // End of session 45: right 73.5%, precision 73.3%, recall 87.8%, 0 false alarms.
    // End of session 46: right 74.6%, precision 73.4%, recall 88.4%, 0 false alarms.
    // End of session 47: right 74.6%, precision 73.4%, recall 88.4%, 0 false alarms.
    // End of session 48: right 75.1%, precision 73.4%, recall 88.4%, 0 false alarms.
    // End of session 49: right 75.7%, precision 73.4%, recall 88.4%, 0 false alarms.
    // End of session 50: right 76.8%, precision 73.5%, recall 89.0%, 0 false alarms.
    // End of session 51: right 76.8%, precision 73.5%, recall 89.0%, 0 false alarms.
    // End of session 52: right 76.8%, precision 73.5%, recall 89.0%, 0 false alarms.
    // End of session 53: right 77.3%, precision 73.5%, recall 89.0%, 0 false alarms.
    // End of session 54: right 77.3%, precision 73.5%, recall 89.0%, 0 false alarms.
    // End of session 55: right 77.9%, precision 73.5%, recall 89.0%, 0 false alarms.
    // End of session 56: right 77.9%, precision 73.5%, recall 89.0%, 0 false alarms.
    // End of session 57: right 77.9%, precision 73.5%, recall 89.0%, 0 false alarms.
    // End of session 58: right 77.9%, precision 73.5%, recall 89.0%, 0 false alarms.
    // End of session 59: right 77.9%, precision 73.5%, recall 89.0%, 0 false alarms.
    static let minimumRight = 0.77
    static let minimumPrecision = 0.73
    static let minimumRecall = 0.88
    static let maximumFalseAlarms = 1
}

/// The thirty-eighth unseen corpus (`Fixtures/unseen-38`): 20 articles (10 German, 10 English, 189 claims) by two
/// writers who had read only the corpus brief (with its thirty-third-session section) and the data files, written
/// at the start of session 33 and committed before the checker first ran on it. Held out through session 33 (only its
/// totals read); a development corpus since session 34.
@Suite("Unseen corpus 38")
struct Unseen38CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 38", folder: "Fixtures/unseen-38",
            CorpusThresholds(
                articles: 20, gold: 189, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (33e4b15): 81.5% right, precision 83.7%, recall
    // 95.2%, 5 false alarms (docs/measurements/unseen-38-41-first-measurement-session-33.txt).
    // End of session 33: right 81.5%, precision 83.7%, recall 95.2%, 5 false alarms.
    // End of session 34: right 86.8%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 35: right 86.8%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 36: right 86.8%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 37: right 87.3%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 38: right 87.3%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 39: right 87.3%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 40: right 87.3%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 41: right 87.3%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 42: right 87.3%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 43: right 87.3%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 44: right 87.3%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 45: right 87.3%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 46: right 87.3%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 47: right 87.8%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 48: right 87.8%, precision 84.5%, recall 95.2%, 0 false alarms.
    // End of session 49: right 87.8%, precision 84.5%, recall 95.2%, 0 false alarms.
    // End of session 50: right 88.4%, precision 85.0%, recall 95.8%, 0 false alarms.
    // End of session 51: right 88.4%, precision 85.0%, recall 95.8%, 0 false alarms.
    // End of session 52: right 88.4%, precision 85.0%, recall 95.8%, 0 false alarms.
    // End of session 53: right 88.4%, precision 85.0%, recall 95.8%, 0 false alarms.
    // End of session 54: right 88.4%, precision 85.0%, recall 95.8%, 0 false alarms.
    // End of session 55: right 88.4%, precision 85.0%, recall 95.8%, 0 false alarms.
    // End of session 56: right 88.4%, precision 85.0%, recall 95.8%, 0 false alarms.
    // End of session 57: right 88.4%, precision 85.0%, recall 95.8%, 0 false alarms.
    // End of session 58: right 88.4%, precision 85.0%, recall 95.8%, 0 false alarms.
    // End of session 59: right 88.4%, precision 85.0%, recall 95.8%, 0 false alarms.
    static let minimumRight = 0.88
    static let minimumPrecision = 0.84
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The thirty-ninth unseen corpus (`Fixtures/unseen-39`): 20 articles (10 German, 10 English, 188 claims) by two
/// writers who had read only the corpus brief (with its thirty-third-session section) and the data files, written
/// at the start of session 33 and committed before the checker first ran on it. Held out through session 33 (only its
/// totals read); a development corpus since session 34.
@Suite("Unseen corpus 39")
struct Unseen39CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 39", folder: "Fixtures/unseen-39",
            CorpusThresholds(
                articles: 20, gold: 188, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (33e4b15): 77.7% right, precision 80.8%, recall
    // 92.0%, 1 false alarms (docs/measurements/unseen-38-41-first-measurement-session-33.txt).
    // End of session 33: right 77.7%, precision 81.2%, recall 92.0%, 1 false alarms.
    // End of session 34: right 79.3%, precision 81.2%, recall 92.0%, 0 false alarms.
    // End of session 35: right 79.3%, precision 81.2%, recall 92.0%, 0 false alarms.
    // End of session 36: right 79.3%, precision 81.2%, recall 92.0%, 0 false alarms.
    // End of session 37: right 79.8%, precision 81.2%, recall 92.0%, 0 false alarms.
    // End of session 38: right 79.8%, precision 81.2%, recall 92.0%, 0 false alarms.
    // End of session 39: right 79.8%, precision 81.2%, recall 92.0%, 0 false alarms.
    // End of session 40: right 79.8%, precision 81.2%, recall 92.0%, 0 false alarms.
    // End of session 41: right 79.8%, precision 81.2%, recall 92.0%, 0 false alarms.
    // End of session 42: right 80.3%, precision 81.3%, recall 92.6%, 0 false alarms.
    // End of session 43: right 80.3%, precision 81.3%, recall 92.6%, 0 false alarms.
    // End of session 44: right 80.3%, precision 81.7%, recall 92.6%, 0 false alarms.
    // End of session 45: right 80.3%, precision 81.7%, recall 92.6%, 0 false alarms.
    // End of session 46: right 80.3%, precision 81.7%, recall 92.6%, 0 false alarms.
    // End of session 47: right 80.3%, precision 82.1%, recall 92.6%, 0 false alarms.
    // End of session 48: right 80.9%, precision 82.1%, recall 92.6%, 0 false alarms.
    // End of session 49: right 80.9%, precision 82.1%, recall 92.6%, 0 false alarms.
    // End of session 50: right 80.9%, precision 81.7%, recall 92.6%, 0 false alarms.
    // End of session 51: right 81.4%, precision 81.7%, recall 92.6%, 0 false alarms.
    // End of session 52: right 81.4%, precision 81.7%, recall 92.6%, 0 false alarms.
    // End of session 53: right 81.4%, precision 81.7%, recall 92.6%, 0 false alarms.
    // End of session 54: right 81.4%, precision 81.3%, recall 92.6%, 0 false alarms.
    // End of session 55: right 81.4%, precision 81.3%, recall 92.6%, 0 false alarms.
    // End of session 56: right 81.4%, precision 81.3%, recall 92.6%, 0 false alarms.
    // End of session 57: right 81.4%, precision 81.3%, recall 92.6%, 0 false alarms.
    // End of session 58: right 81.4%, precision 81.3%, recall 92.6%, 0 false alarms.
    // End of session 59: right 81.4%, precision 81.3%, recall 92.6%, 0 false alarms.
    static let minimumRight = 0.81
    static let minimumPrecision = 0.81
    static let minimumRecall = 0.92
    static let maximumFalseAlarms = 1
}

/// The fortieth unseen corpus (`Fixtures/unseen-40`): 20 articles (10 German, 10 English, 190 claims) by two
/// writers who had read only the corpus brief (with its thirty-third-session section) and the data files, written
/// at the start of session 33 and committed before the checker first ran on it. Held out through session 33 (only its
/// totals read); a development corpus since session 34.
@Suite("Unseen corpus 40")
struct Unseen40CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 40", folder: "Fixtures/unseen-40",
            CorpusThresholds(
                articles: 20, gold: 190, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (33e4b15): 74.2% right, precision 81.0%, recall
    // 83.2%, 0 false alarms (docs/measurements/unseen-38-41-first-measurement-session-33.txt).
    // End of session 33: right 74.2%, precision 81.1%, recall 83.7%, 0 false alarms.
    // End of session 34: right 75.8%, precision 81.2%, recall 84.2%, 0 false alarms.
    // End of session 35: right 75.8%, precision 81.2%, recall 84.2%, 0 false alarms.
    // End of session 36: right 75.8%, precision 81.2%, recall 84.2%, 0 false alarms.
    // End of session 37: right 75.8%, precision 81.2%, recall 84.2%, 0 false alarms.
    // End of session 38: right 76.3%, precision 81.2%, recall 84.2%, 0 false alarms.
    // End of session 39: right 76.8%, precision 81.7%, recall 84.7%, 0 false alarms.
    // End of session 40: right 77.4%, precision 81.7%, recall 84.7%, 0 false alarms.
    // End of session 41: right 77.4%, precision 81.7%, recall 84.7%, 0 false alarms.
    // End of session 42: right 77.9%, precision 81.7%, recall 84.7%, 0 false alarms.
    // End of session 43: right 77.9%, precision 81.7%, recall 84.7%, 0 false alarms.
    // End of session 44: right 77.9%, precision 81.7%, recall 84.7%, 0 false alarms.
    // End of session 45: right 77.9%, precision 81.7%, recall 84.7%, 0 false alarms.
    // End of session 46: right 78.4%, precision 81.7%, recall 84.7%, 0 false alarms.
    // End of session 47: right 78.4%, precision 81.7%, recall 84.7%, 0 false alarms.
    // End of session 48: right 78.4%, precision 81.7%, recall 84.7%, 0 false alarms.
    // End of session 49: right 78.4%, precision 81.7%, recall 84.7%, 0 false alarms.
    // End of session 50: right 79.5%, precision 83.2%, recall 86.3%, 0 false alarms.
    // End of session 51: right 79.5%, precision 83.2%, recall 86.3%, 0 false alarms.
    // End of session 52: right 79.5%, precision 83.2%, recall 86.3%, 0 false alarms.
    // End of session 53: right 79.5%, precision 83.2%, recall 86.3%, 0 false alarms.
    // End of session 54: right 79.5%, precision 82.8%, recall 86.3%, 0 false alarms.
    // End of session 55: right 79.5%, precision 82.4%, recall 86.3%, 0 false alarms.
    // End of session 56: right 79.5%, precision 82.4%, recall 86.3%, 0 false alarms.
    // End of session 57: right 79.5%, precision 82.4%, recall 86.3%, 0 false alarms.
    // End of session 58: right 79.5%, precision 82.4%, recall 86.3%, 0 false alarms.
    // End of session 59: right 79.5%, precision 82.4%, recall 86.3%, 0 false alarms.
    static let minimumRight = 0.79
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.86
    static let maximumFalseAlarms = 1
}

/// The forty-first unseen corpus (`Fixtures/unseen-41`): 20 articles (10 German, 10 English, 190 claims) by two
/// writers who had read only the corpus brief (with its thirty-third-session section) and the data files, written
/// at the start of session 33 and committed before the checker first ran on it. Held out through session 33 (only its
/// totals read); a development corpus since session 34.
@Suite("Unseen corpus 41")
struct Unseen41CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 41", folder: "Fixtures/unseen-41",
            CorpusThresholds(
                articles: 20, gold: 190, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (33e4b15): 73.7% right, precision 85.1%, recall
    // 86.8%, 2 false alarms (docs/measurements/unseen-38-41-first-measurement-session-33.txt).
    // End of session 33: right 73.7%, precision 84.6%, recall 86.8%, 2 false alarms.
    // End of session 34: right 75.3%, precision 84.6%, recall 86.8%, 0 false alarms.
    // End of session 35: right 75.8%, precision 84.6%, recall 86.8%, 0 false alarms.
    // End of session 36: right 75.8%, precision 84.6%, recall 86.8%, 0 false alarms.
    // End of session 37: right 75.8%, precision 84.6%, recall 86.8%, 0 false alarms.
    // End of session 38: right 76.3%, precision 84.7%, recall 87.4%, 0 false alarms.
    // End of session 39: right 76.8%, precision 84.7%, recall 87.4%, 0 false alarms.
    // End of session 40: right 77.4%, precision 84.3%, recall 87.4%, 0 false alarms.
    // End of session 41: right 77.4%, precision 84.3%, recall 87.4%, 0 false alarms.
    // End of session 42: right 77.4%, precision 84.3%, recall 87.9%, 0 false alarms.
    // End of session 43: right 77.4%, precision 84.3%, recall 87.9%, 0 false alarms.
    // End of session 44: right 77.4%, precision 84.3%, recall 87.9%, 0 false alarms.
    // End of session 45: right 77.4%, precision 84.3%, recall 87.9%, 0 false alarms.
    // End of session 46: right 77.4%, precision 84.3%, recall 87.9%, 0 false alarms.
    // End of session 47: right 78.4%, precision 85.6%, recall 87.9%, 0 false alarms.
    // End of session 48: right 78.4%, precision 85.6%, recall 87.9%, 0 false alarms.
    // End of session 49: right 78.4%, precision 85.6%, recall 87.9%, 0 false alarms.
    // End of session 50: right 78.9%, precision 85.7%, recall 88.4%, 0 false alarms.
    // End of session 51: right 78.9%, precision 85.7%, recall 88.4%, 0 false alarms.
    // End of session 52: right 78.9%, precision 85.7%, recall 88.4%, 0 false alarms.
    // End of session 53: right 78.9%, precision 85.7%, recall 88.4%, 0 false alarms.
    // End of session 54: right 78.9%, precision 85.7%, recall 88.4%, 0 false alarms.
    // End of session 55: right 79.5%, precision 85.7%, recall 88.4%, 0 false alarms.
    // End of session 56: right 79.5%, precision 85.7%, recall 88.4%, 0 false alarms.
    // End of session 57: right 79.5%, precision 85.7%, recall 88.4%, 0 false alarms.
    // End of session 58: right 79.5%, precision 85.7%, recall 88.4%, 0 false alarms.
    // End of session 59: right 79.5%, precision 85.7%, recall 88.4%, 0 false alarms.
    static let minimumRight = 0.79
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.88
    static let maximumFalseAlarms = 1
}

/// The forty-second unseen corpus (`Fixtures/unseen-42`): 20 articles (10 German, 10 English, 189 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-fourth-session sections) and the data
/// files, written at the start of session 34 and committed before the checker first ran on it. Held out through
/// session 34 (only its totals read); a development corpus since session 35.
@Suite("Unseen corpus 42")
struct Unseen42CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 42", folder: "Fixtures/unseen-42",
            CorpusThresholds(
                articles: 20, gold: 189, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (489a400): 79.9% right, precision 88.2%, recall
    // 95.2%, 6 false alarms (docs/measurements/unseen-42-45-first-measurement-session-34.txt).
    // End of session 34: right 81.0%, precision 88.2%, recall 95.2%, 5 false alarms.
    // End of session 35: right 87.3%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 36: right 87.3%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 37: right 87.3%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 38: right 87.3%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 39: right 87.3%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 40: right 88.4%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 41: right 88.4%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 42: right 88.4%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 43: right 88.4%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 44: right 88.4%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 45: right 88.4%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 46: right 88.4%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 47: right 88.4%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 48: right 88.4%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 49: right 88.4%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 50: right 88.4%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 51: right 88.4%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 52: right 88.4%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 53: right 88.4%, precision 88.2%, recall 95.2%, 0 false alarms.
    // End of session 54: right 88.4%, precision 87.8%, recall 95.2%, 0 false alarms.
    // End of session 55: right 88.4%, precision 87.8%, recall 95.2%, 0 false alarms.
    // End of session 56: right 88.4%, precision 87.8%, recall 95.2%, 0 false alarms.
    // End of session 57: right 88.4%, precision 87.8%, recall 95.2%, 0 false alarms.
    // End of session 58: right 88.4%, precision 87.8%, recall 95.2%, 0 false alarms.
    // End of session 59: right 88.4%, precision 87.8%, recall 95.2%, 0 false alarms.
    static let minimumRight = 0.88
    static let minimumPrecision = 0.87
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The forty-third unseen corpus (`Fixtures/unseen-43`): 20 articles (10 German, 10 English, 189 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-fourth-session sections) and the data
/// files, written at the start of session 34 and committed before the checker first ran on it. Held out through
/// session 34 (only its totals read); a development corpus since session 35.
@Suite("Unseen corpus 43")
struct Unseen43CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 43", folder: "Fixtures/unseen-43",
            CorpusThresholds(
                articles: 20, gold: 189, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (489a400): 81.5% right, precision 82.9%, recall
    // 94.7%, 3 false alarms (docs/measurements/unseen-42-45-first-measurement-session-34.txt).
    // End of session 34: right 82.0%, precision 82.9%, recall 94.7%, 3 false alarms.
    // End of session 35: right 86.2%, precision 82.9%, recall 94.7%, 0 false alarms.
    // End of session 36: right 86.2%, precision 82.9%, recall 94.7%, 0 false alarms.
    // End of session 37: right 86.2%, precision 82.9%, recall 94.7%, 0 false alarms.
    // End of session 38: right 86.2%, precision 83.3%, recall 94.7%, 0 false alarms.
    // End of session 39: right 86.8%, precision 83.3%, recall 95.2%, 0 false alarms.
    // End of session 40: right 86.8%, precision 83.3%, recall 95.2%, 0 false alarms.
    // End of session 41: right 86.8%, precision 83.3%, recall 95.2%, 0 false alarms.
    // End of session 42: right 87.8%, precision 83.3%, recall 95.2%, 0 false alarms.
    // End of session 43: right 87.8%, precision 83.3%, recall 95.2%, 0 false alarms.
    // End of session 44: right 89.4%, precision 83.3%, recall 95.2%, 0 false alarms.
    // End of session 45: right 89.4%, precision 83.3%, recall 95.2%, 0 false alarms.
    // End of session 46: right 89.4%, precision 83.3%, recall 95.2%, 0 false alarms.
    // End of session 47: right 89.4%, precision 83.3%, recall 95.2%, 0 false alarms.
    // End of session 48: right 89.4%, precision 83.3%, recall 95.2%, 0 false alarms.
    // End of session 49: right 89.4%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 50: right 89.4%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 51: right 89.4%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 52: right 89.4%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 53: right 89.4%, precision 83.7%, recall 95.2%, 0 false alarms.
    // End of session 54: right 89.4%, precision 83.3%, recall 95.2%, 0 false alarms.
    // End of session 55: right 89.4%, precision 83.3%, recall 95.2%, 0 false alarms.
    // End of session 56: right 89.4%, precision 83.3%, recall 95.2%, 0 false alarms.
    // End of session 57: right 89.4%, precision 83.3%, recall 95.2%, 0 false alarms.
    // End of session 58: right 89.4%, precision 83.3%, recall 95.2%, 0 false alarms.
    // End of session 59: right 89.4%, precision 83.3%, recall 95.2%, 0 false alarms.
    static let minimumRight = 0.89
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The forty-fourth unseen corpus (`Fixtures/unseen-44`): 20 articles (10 German, 10 English, 188 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-fourth-session sections) and the data
/// files, written at the start of session 34 and committed before the checker first ran on it. Held out through
/// session 34 (only its totals read); a development corpus since session 35.
@Suite("Unseen corpus 44")
struct Unseen44CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 44", folder: "Fixtures/unseen-44",
            CorpusThresholds(
                articles: 20, gold: 188, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (489a400): 83.0% right, precision 86.1%, recall
    // 95.2%, 2 false alarms (docs/measurements/unseen-42-45-first-measurement-session-34.txt).
    // End of session 34: right 83.0%, precision 86.1%, recall 95.2%, 2 false alarms.
    // End of session 35: right 88.3%, precision 86.2%, recall 96.3%, 0 false alarms.
    // End of session 36: right 88.3%, precision 86.2%, recall 96.3%, 0 false alarms.
    // End of session 37: right 88.3%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 38: right 88.3%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 39: right 88.3%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 40: right 88.3%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 41: right 88.3%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 42: right 88.3%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 43: right 89.4%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 44: right 89.4%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 45: right 89.4%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 46: right 89.4%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 47: right 89.4%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 48: right 89.4%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 49: right 89.4%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 50: right 89.4%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 51: right 89.4%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 52: right 89.4%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 53: right 89.4%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 54: right 89.4%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 55: right 89.4%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 56: right 89.4%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 57: right 89.4%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 58: right 89.4%, precision 86.6%, recall 96.3%, 0 false alarms.
    // End of session 59: right 89.4%, precision 86.6%, recall 96.3%, 0 false alarms.
    static let minimumRight = 0.89
    static let minimumPrecision = 0.86
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The forty-fifth unseen corpus (`Fixtures/unseen-45`): 20 articles (10 German, 10 English, 188 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-fourth-session sections) and the data
/// files, written at the start of session 34 and committed before the checker first ran on it. Held out through
/// session 34 (only its totals read); a development corpus since session 35.
@Suite("Unseen corpus 45")
struct Unseen45CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 45", folder: "Fixtures/unseen-45",
            CorpusThresholds(
                articles: 20, gold: 188, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (489a400): 80.9% right, precision 84.2%, recall
    // 93.6%, 6 false alarms (docs/measurements/unseen-42-45-first-measurement-session-34.txt).
    // End of session 34: right 80.9%, precision 84.2%, recall 93.6%, 6 false alarms.
    // End of session 35: right 86.2%, precision 84.2%, recall 93.6%, 0 false alarms.
    // End of session 36: right 86.2%, precision 84.6%, recall 93.6%, 0 false alarms.
    // End of session 37: right 86.7%, precision 84.6%, recall 93.6%, 0 false alarms.
    // End of session 38: right 87.2%, precision 85.1%, recall 94.1%, 0 false alarms.
    // End of session 39: right 87.2%, precision 85.1%, recall 94.1%, 0 false alarms.
    // End of session 40: right 87.2%, precision 85.1%, recall 94.1%, 0 false alarms.
    // End of session 41: right 87.8%, precision 85.2%, recall 94.7%, 0 false alarms.
    // End of session 42: right 87.8%, precision 85.2%, recall 94.7%, 0 false alarms.
    // End of session 43: right 88.3%, precision 85.2%, recall 94.7%, 0 false alarms.
    // End of session 44: right 88.3%, precision 85.2%, recall 94.7%, 0 false alarms.
    // End of session 45: right 88.3%, precision 85.2%, recall 94.7%, 0 false alarms.
    // End of session 46: right 89.4%, precision 85.2%, recall 94.7%, 0 false alarms.
    // End of session 47: right 89.9%, precision 85.6%, recall 95.2%, 0 false alarms.
    // End of session 48: right 89.9%, precision 85.6%, recall 95.2%, 0 false alarms.
    // End of session 49: right 89.9%, precision 85.6%, recall 95.2%, 0 false alarms.
    // End of session 50: right 89.9%, precision 85.6%, recall 95.2%, 0 false alarms.
    // End of session 51: right 89.9%, precision 85.2%, recall 95.2%, 0 false alarms.
    // End of session 52: right 89.9%, precision 85.2%, recall 95.2%, 0 false alarms.
    // End of session 53: right 89.9%, precision 85.2%, recall 95.2%, 0 false alarms.
    // End of session 54: right 89.9%, precision 85.2%, recall 95.2%, 0 false alarms.
    // End of session 55: right 89.9%, precision 85.2%, recall 95.2%, 0 false alarms.
    // End of session 56: right 89.9%, precision 85.2%, recall 95.2%, 0 false alarms.
    // End of session 57: right 89.9%, precision 85.2%, recall 95.2%, 0 false alarms.
    // End of session 58: right 89.9%, precision 85.2%, recall 95.2%, 0 false alarms.
    // End of session 59: right 89.9%, precision 85.2%, recall 95.2%, 0 false alarms.
    static let minimumRight = 0.89
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The forty-sixth unseen corpus (`Fixtures/unseen-46`): 20 articles (10 German, 10 English, 190 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-fifth-session sections) and the data
/// files, written at the start of session 35 and committed before the checker first ran on it. Held out through
/// session 35 (only its totals read); a development corpus since session 36.
@Suite("Unseen corpus 46")
struct Unseen46CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 46", folder: "Fixtures/unseen-46",
            CorpusThresholds(
                articles: 20, gold: 190, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (a14ef13): 83.7% right, precision 82.5%, recall
    // 92.1%, 4 false alarms (docs/measurements/unseen-46-49-first-measurement-session-35.txt).
    // End of session 35: right 83.7%, precision 82.5%, recall 92.1%, 4 false alarms.
    // End of session 36: right 86.3%, precision 82.9%, recall 92.1%, 0 false alarms.
    // End of session 37: right 86.3%, precision 82.9%, recall 92.1%, 0 false alarms.
    // End of session 38: right 86.3%, precision 82.9%, recall 92.1%, 0 false alarms.
    // End of session 39: right 86.3%, precision 82.9%, recall 92.1%, 0 false alarms.
    // End of session 40: right 86.3%, precision 82.9%, recall 92.1%, 0 false alarms.
    // End of session 41: right 86.8%, precision 82.9%, recall 92.1%, 0 false alarms.
    // End of session 42: right 86.8%, precision 82.9%, recall 92.1%, 0 false alarms.
    // End of session 43: right 86.8%, precision 82.9%, recall 92.1%, 0 false alarms.
    // End of session 44: right 87.9%, precision 82.5%, recall 92.1%, 0 false alarms.
    // End of session 45: right 87.9%, precision 82.5%, recall 92.1%, 0 false alarms.
    // End of session 46: right 87.9%, precision 82.5%, recall 92.1%, 0 false alarms.
    // End of session 47: right 87.9%, precision 82.5%, recall 92.1%, 0 false alarms.
    // End of session 48: right 87.9%, precision 82.5%, recall 92.1%, 0 false alarms.
    // End of session 49: right 87.9%, precision 82.5%, recall 92.1%, 0 false alarms.
    // End of session 50: right 88.4%, precision 83.0%, recall 92.6%, 0 false alarms.
    // End of session 51: right 88.4%, precision 83.0%, recall 92.6%, 0 false alarms.
    // End of session 52: right 88.4%, precision 83.0%, recall 92.6%, 0 false alarms.
    // End of session 53: right 88.4%, precision 83.0%, recall 92.6%, 0 false alarms.
    // End of session 54: right 88.4%, precision 83.0%, recall 92.6%, 0 false alarms.
    // End of session 55: right 88.4%, precision 83.0%, recall 92.6%, 0 false alarms.
    // End of session 56: right 88.4%, precision 83.0%, recall 92.6%, 0 false alarms.
    // End of session 57: right 88.4%, precision 83.0%, recall 92.6%, 0 false alarms.
    // End of session 58: right 88.4%, precision 83.0%, recall 92.6%, 0 false alarms.
    // End of session 59: right 88.4%, precision 83.0%, recall 92.6%, 0 false alarms.
    static let minimumRight = 0.88
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.92
    static let maximumFalseAlarms = 1
}

/// The forty-seventh unseen corpus (`Fixtures/unseen-47`): 20 articles (10 German, 10 English, 190 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-fifth-session sections) and the data
/// files, written at the start of session 35 and committed before the checker first ran on it. Held out through
/// session 35 (only its totals read); a development corpus since session 36.
@Suite("Unseen corpus 47")
struct Unseen47CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 47", folder: "Fixtures/unseen-47",
            CorpusThresholds(
                articles: 20, gold: 190, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (a14ef13): 76.8% right, precision 82.4%, recall
    // 91.1%, 4 false alarms (docs/measurements/unseen-46-49-first-measurement-session-35.txt).
    // End of session 35: right 76.8%, precision 82.4%, recall 91.1%, 4 false alarms.
    // End of session 36: right 81.6%, precision 84.6%, recall 92.6%, 0 false alarms.
    // End of session 37: right 81.6%, precision 84.6%, recall 92.6%, 0 false alarms.
    // End of session 38: right 81.6%, precision 84.6%, recall 92.6%, 0 false alarms.
    // End of session 39: right 81.6%, precision 84.6%, recall 92.6%, 0 false alarms.
    // End of session 40: right 81.6%, precision 84.6%, recall 92.6%, 0 false alarms.
    // End of session 41: right 81.6%, precision 84.6%, recall 92.6%, 0 false alarms.
    // End of session 42: right 81.6%, precision 84.6%, recall 92.6%, 0 false alarms.
    // End of session 43: right 82.1%, precision 84.6%, recall 92.6%, 0 false alarms.
    // End of session 44: right 82.6%, precision 84.6%, recall 92.6%, 0 false alarms.
    // End of session 45: right 82.6%, precision 84.6%, recall 92.6%, 0 false alarms.
    // End of session 46: right 82.6%, precision 84.6%, recall 92.6%, 0 false alarms.
    // End of session 47: right 82.6%, precision 84.6%, recall 92.6%, 0 false alarms.
    // End of session 48: right 82.6%, precision 84.6%, recall 92.6%, 0 false alarms.
    // End of session 49: right 82.6%, precision 84.6%, recall 92.6%, 0 false alarms.
    // End of session 50: right 84.2%, precision 86.1%, recall 94.2%, 0 false alarms.
    // End of session 51: right 84.7%, precision 86.1%, recall 94.7%, 0 false alarms.
    // End of session 52: right 84.7%, precision 86.1%, recall 94.7%, 0 false alarms.
    // End of session 53: right 84.7%, precision 86.1%, recall 94.7%, 0 false alarms.
    // End of session 54: right 84.7%, precision 86.1%, recall 94.7%, 0 false alarms.
    // End of session 55: right 85.3%, precision 86.1%, recall 94.7%, 0 false alarms.
    // End of session 56: right 85.3%, precision 86.1%, recall 94.7%, 0 false alarms.
    // End of session 57: right 85.3%, precision 86.5%, recall 94.7%, 0 false alarms.
    // End of session 58: right 85.8%, precision 86.6%, recall 95.3%, 0 false alarms.
    // End of session 59: right 85.8%, precision 86.6%, recall 95.3%, 0 false alarms.
    static let minimumRight = 0.85
    static let minimumPrecision = 0.86
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The forty-eighth unseen corpus (`Fixtures/unseen-48`): 20 articles (10 German, 10 English, 188 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-fifth-session sections) and the data
/// files, written at the start of session 35 and committed before the checker first ran on it. Held out through
/// session 35 (only its totals read); a development corpus since session 36.
@Suite("Unseen corpus 48")
struct Unseen48CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 48", folder: "Fixtures/unseen-48",
            CorpusThresholds(
                articles: 20, gold: 188, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (a14ef13): 71.3% right, precision 80.3%, recall
    // 88.8%, 3 false alarms (docs/measurements/unseen-46-49-first-measurement-session-35.txt).
    // End of session 35: right 72.3%, precision 80.3%, recall 88.8%, 3 false alarms.
    // End of session 36: right 78.2%, precision 80.4%, recall 89.4%, 0 false alarms.
    // End of session 37: right 78.2%, precision 80.4%, recall 89.4%, 0 false alarms.
    // End of session 38: right 78.2%, precision 80.4%, recall 89.4%, 0 false alarms.
    // End of session 39: right 78.2%, precision 80.4%, recall 89.4%, 0 false alarms.
    // End of session 40: right 78.7%, precision 80.4%, recall 89.4%, 0 false alarms.
    // End of session 41: right 79.3%, precision 80.5%, recall 89.9%, 0 false alarms.
    // End of session 42: right 79.8%, precision 80.6%, recall 90.4%, 0 false alarms.
    // End of session 43: right 79.8%, precision 80.6%, recall 90.4%, 0 false alarms.
    // End of session 44: right 79.8%, precision 81.0%, recall 90.4%, 0 false alarms.
    // End of session 45: right 79.8%, precision 81.0%, recall 90.4%, 0 false alarms.
    // End of session 46: right 79.8%, precision 80.6%, recall 90.4%, 0 false alarms.
    // End of session 47: right 79.8%, precision 81.0%, recall 90.4%, 0 false alarms.
    // End of session 48: right 79.8%, precision 81.0%, recall 90.4%, 0 false alarms.
    // End of session 49: right 79.8%, precision 81.0%, recall 90.4%, 0 false alarms.
    // End of session 50: right 80.3%, precision 81.0%, recall 90.4%, 0 false alarms.
    // End of session 51: right 80.3%, precision 81.0%, recall 90.4%, 0 false alarms.
    // End of session 52: right 80.9%, precision 81.0%, recall 91.0%, 0 false alarms.
    // End of session 53: right 80.9%, precision 81.0%, recall 91.0%, 0 false alarms.
    // End of session 54: right 80.9%, precision 81.0%, recall 91.0%, 0 false alarms.
    // End of session 55: right 81.4%, precision 81.0%, recall 91.0%, 0 false alarms.
    // End of session 56: right 81.4%, precision 81.0%, recall 91.0%, 0 false alarms.
    // End of session 57: right 81.4%, precision 81.0%, recall 91.0%, 0 false alarms.
    // End of session 58: right 81.4%, precision 81.0%, recall 91.0%, 0 false alarms.
    // End of session 59: right 81.4%, precision 81.0%, recall 91.0%, 0 false alarms.
    static let minimumRight = 0.81
    static let minimumPrecision = 0.81
    static let minimumRecall = 0.90
    static let maximumFalseAlarms = 1
}

/// The forty-ninth unseen corpus (`Fixtures/unseen-49`): 20 articles (10 German, 10 English, 189 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-fifth-session sections) and the data
/// files, written at the start of session 35 and committed before the checker first ran on it. Held out through
/// session 35 (only its totals read); a development corpus since session 36.
@Suite("Unseen corpus 49")
struct Unseen49CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 49", folder: "Fixtures/unseen-49",
            CorpusThresholds(
                articles: 20, gold: 189, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (a14ef13): 77.2% right, precision 80.9%, recall
    // 87.3%, 2 false alarms (docs/measurements/unseen-46-49-first-measurement-session-35.txt).
    // End of session 35: right 78.8%, precision 80.9%, recall 87.3%, 2 false alarms.
    // End of session 36: right 82.0%, precision 81.1%, recall 88.4%, 0 false alarms.
    // End of session 37: right 82.0%, precision 81.1%, recall 88.4%, 0 false alarms.
    // End of session 38: right 82.0%, precision 81.1%, recall 88.4%, 0 false alarms.
    // End of session 39: right 82.0%, precision 81.1%, recall 88.4%, 0 false alarms.
    // End of session 40: right 82.0%, precision 81.1%, recall 88.4%, 0 false alarms.
    // End of session 41: right 82.0%, precision 81.1%, recall 88.4%, 0 false alarms.
    // End of session 42: right 82.5%, precision 81.2%, recall 88.9%, 0 false alarms.
    // End of session 43: right 82.5%, precision 81.2%, recall 88.9%, 0 false alarms.
    // End of session 44: right 82.5%, precision 81.2%, recall 88.9%, 0 false alarms.
    // End of session 45: right 82.5%, precision 81.2%, recall 88.9%, 0 false alarms.
    // End of session 46: right 83.1%, precision 81.2%, recall 89.4%, 0 false alarms.
    // End of session 47: right 83.1%, precision 82.0%, recall 89.4%, 0 false alarms.
    // End of session 48: right 83.1%, precision 81.6%, recall 89.4%, 0 false alarms.
    // End of session 49: right 83.1%, precision 81.6%, recall 89.4%, 0 false alarms.
    // End of session 50: right 83.1%, precision 81.6%, recall 89.4%, 0 false alarms.
    // End of session 51: right 83.1%, precision 81.6%, recall 89.4%, 0 false alarms.
    // End of session 52: right 83.1%, precision 81.6%, recall 89.4%, 0 false alarms.
    // End of session 53: right 83.1%, precision 81.6%, recall 89.4%, 0 false alarms.
    // End of session 54: right 83.1%, precision 81.6%, recall 89.4%, 0 false alarms.
    // End of session 55: right 83.6%, precision 81.6%, recall 89.4%, 0 false alarms.
    // End of session 56: right 83.6%, precision 81.6%, recall 89.4%, 0 false alarms.
    // End of session 57: right 83.6%, precision 81.6%, recall 89.4%, 0 false alarms.
    // End of session 58: right 83.6%, precision 81.6%, recall 89.4%, 0 false alarms.
    // End of session 59: right 83.6%, precision 81.6%, recall 89.4%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.81
    static let minimumRecall = 0.89
    static let maximumFalseAlarms = 1
}

/// The fiftieth unseen corpus (`Fixtures/unseen-50`): 20 articles (10 German, 10 English, 186 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-sixth-session sections) and the data
/// files, written at the start of session 36 and committed before the checker first ran on it. Held out through
/// session 36 (only its totals read); a development corpus since session 37.
@Suite("Unseen corpus 50")
struct Unseen50CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 50", folder: "Fixtures/unseen-50",
            CorpusThresholds(
                articles: 20, gold: 186, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (d6d66c0): 81.7% right, precision 86.7%, recall
    // 90.9%, 1 false alarm (docs/measurements/unseen-50-53-first-measurement-session-36.txt).
    // End of session 36: right 82.3%, precision 86.7%, recall 91.4%, 1 false alarms.
    // End of session 37: right 84.9%, precision 86.7%, recall 91.4%, 0 false alarms.
    // End of session 38: right 85.5%, precision 86.8%, recall 91.9%, 0 false alarms.
    // End of session 39: right 86.0%, precision 86.8%, recall 91.9%, 0 false alarms.
    // End of session 40: right 86.0%, precision 86.8%, recall 91.9%, 0 false alarms.
    // End of session 41: right 86.0%, precision 86.8%, recall 91.9%, 0 false alarms.
    // End of session 42: right 86.6%, precision 86.8%, recall 91.9%, 0 false alarms.
    // End of session 43: right 86.6%, precision 86.8%, recall 91.9%, 0 false alarms.
    // End of session 44: right 87.1%, precision 86.8%, recall 91.9%, 0 false alarms.
    // End of session 45: right 87.1%, precision 86.8%, recall 91.9%, 0 false alarms.
    // End of session 46: right 87.1%, precision 86.8%, recall 91.9%, 0 false alarms.
    // End of session 47: right 87.1%, precision 86.8%, recall 91.9%, 0 false alarms.
    // End of session 48: right 87.1%, precision 85.9%, recall 91.9%, 0 false alarms.
    // End of session 49: right 87.1%, precision 85.9%, recall 91.9%, 0 false alarms.
    // End of session 50: right 87.1%, precision 86.4%, recall 92.5%, 0 false alarms.
    // End of session 51: right 87.1%, precision 86.4%, recall 92.5%, 0 false alarms.
    // End of session 52: right 87.1%, precision 86.4%, recall 92.5%, 0 false alarms.
    // End of session 53: right 87.1%, precision 86.4%, recall 92.5%, 0 false alarms.
    // End of session 54: right 87.1%, precision 86.4%, recall 92.5%, 0 false alarms.
    // End of session 55: right 87.6%, precision 86.5%, recall 93.0%, 0 false alarms.
    // End of session 56: right 87.6%, precision 86.5%, recall 93.0%, 0 false alarms.
    // End of session 57: right 87.6%, precision 86.5%, recall 93.0%, 0 false alarms.
    // End of session 58: right 87.6%, precision 86.5%, recall 93.0%, 0 false alarms.
    // End of session 59: right 87.6%, precision 86.5%, recall 93.0%, 0 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.86
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// The fifty-first unseen corpus (`Fixtures/unseen-51`): 20 articles (10 German, 10 English, 190 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-sixth-session sections) and the data
/// files, written at the start of session 36 and committed before the checker first ran on it. Held out through
/// session 36 (only its totals read); a development corpus since session 37.
@Suite("Unseen corpus 51")
struct Unseen51CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 51", folder: "Fixtures/unseen-51",
            CorpusThresholds(
                articles: 20, gold: 190, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (d6d66c0): 83.7% right, precision 86.1%, recall
    // 94.2%, 0 false alarms (docs/measurements/unseen-50-53-first-measurement-session-36.txt).
    // End of session 36: right 83.7%, precision 86.1%, recall 94.2%, 0 false alarms.
    // End of session 37: right 87.9%, precision 86.3%, recall 95.8%, 0 false alarms.
    // End of session 38: right 87.9%, precision 86.3%, recall 95.8%, 0 false alarms.
    // End of session 39: right 87.9%, precision 86.3%, recall 95.8%, 0 false alarms.
    // End of session 40: right 87.9%, precision 86.3%, recall 95.8%, 0 false alarms.
    // End of session 41: right 87.9%, precision 86.3%, recall 95.8%, 0 false alarms.
    // End of session 42: right 87.9%, precision 86.3%, recall 95.8%, 0 false alarms.
    // End of session 43: right 87.4%, precision 86.3%, recall 95.8%, 0 false alarms.
    // End of session 44: right 87.4%, precision 86.3%, recall 95.8%, 0 false alarms.
    // End of session 45: right 87.4%, precision 86.3%, recall 95.8%, 0 false alarms.
    // End of session 46: right 87.9%, precision 86.7%, recall 96.3%, 0 false alarms.
    // End of session 47: right 87.9%, precision 86.7%, recall 96.3%, 0 false alarms.
    // End of session 48: right 87.9%, precision 86.7%, recall 96.3%, 0 false alarms.
    // End of session 49: right 87.9%, precision 86.7%, recall 96.3%, 0 false alarms.
    // End of session 50: right 88.4%, precision 87.2%, recall 96.8%, 0 false alarms.
    // End of session 51: right 88.4%, precision 87.2%, recall 96.8%, 0 false alarms.
    // End of session 52: right 88.4%, precision 87.2%, recall 96.8%, 0 false alarms.
    // End of session 53: right 88.4%, precision 87.2%, recall 96.8%, 0 false alarms.
    // End of session 54: right 88.4%, precision 86.8%, recall 96.8%, 0 false alarms.
    // End of session 55: right 88.4%, precision 86.8%, recall 96.8%, 0 false alarms.
    // End of session 56: right 88.4%, precision 86.8%, recall 96.8%, 0 false alarms.
    // End of session 57: right 88.4%, precision 86.8%, recall 96.8%, 0 false alarms.
    // End of session 58: right 88.4%, precision 86.8%, recall 96.8%, 0 false alarms.
    // End of session 59: right 88.9%, precision 86.8%, recall 96.8%, 0 false alarms.
    static let minimumRight = 0.88
    static let minimumPrecision = 0.86
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The fifty-second unseen corpus (`Fixtures/unseen-52`): 20 articles (10 German, 10 English, 188 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-sixth-session sections) and the data
/// files, written at the start of session 36 and committed before the checker first ran on it. Held out through
/// session 36 (only its totals read); a development corpus since session 37.
@Suite("Unseen corpus 52")
struct Unseen52CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 52", folder: "Fixtures/unseen-52",
            CorpusThresholds(
                articles: 20, gold: 188, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (d6d66c0): 78.2% right, precision 82.6%, recall
    // 91.0%, 4 false alarms (docs/measurements/unseen-50-53-first-measurement-session-36.txt).
    // End of session 36: right 78.2%, precision 82.6%, recall 91.0%, 4 false alarms.
    // End of session 37: right 81.4%, precision 82.1%, recall 90.4%, 0 false alarms.
    // End of session 38: right 81.4%, precision 82.1%, recall 90.4%, 0 false alarms.
    // End of session 39: right 81.4%, precision 82.1%, recall 90.4%, 0 false alarms.
    // End of session 40: right 81.4%, precision 82.1%, recall 90.4%, 0 false alarms.
    // End of session 41: right 81.4%, precision 82.1%, recall 90.4%, 0 false alarms.
    // End of session 42: right 81.9%, precision 82.1%, recall 90.4%, 0 false alarms.
    // End of session 43: right 81.9%, precision 82.1%, recall 90.4%, 0 false alarms.
    // End of session 44: right 81.9%, precision 82.9%, recall 90.4%, 0 false alarms.
    // End of session 45: right 83.0%, precision 82.9%, recall 90.4%, 0 false alarms.
    // End of session 46: right 83.5%, precision 82.5%, recall 90.4%, 0 false alarms.
    // End of session 47: right 83.5%, precision 82.5%, recall 90.4%, 0 false alarms.
    // End of session 48: right 83.5%, precision 82.5%, recall 90.4%, 0 false alarms.
    // End of session 49: right 83.5%, precision 82.5%, recall 90.4%, 0 false alarms.
    // End of session 50: right 83.5%, precision 82.1%, recall 90.4%, 0 false alarms.
    // End of session 51: right 83.5%, precision 82.1%, recall 90.4%, 0 false alarms.
    // End of session 52: right 83.5%, precision 82.1%, recall 90.4%, 0 false alarms.
    // End of session 53: right 83.5%, precision 82.1%, recall 90.4%, 0 false alarms.
    // End of session 54: right 84.0%, precision 81.4%, recall 91.0%, 0 false alarms.
    // End of session 55: right 84.0%, precision 81.0%, recall 91.0%, 0 false alarms.
    // End of session 56: right 84.0%, precision 81.0%, recall 91.0%, 0 false alarms.
    // End of session 57: right 84.0%, precision 81.0%, recall 91.0%, 0 false alarms.
    // End of session 58: right 84.0%, precision 81.0%, recall 91.0%, 0 false alarms.
    // End of session 59: right 84.0%, precision 81.0%, recall 91.0%, 0 false alarms.
    static let minimumRight = 0.84
    static let minimumPrecision = 0.81
    static let minimumRecall = 0.90
    static let maximumFalseAlarms = 1
}

/// The fifty-third unseen corpus (`Fixtures/unseen-53`): 20 articles (10 German, 10 English, 188 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-sixth-session sections) and the data
/// files, written at the start of session 36 and committed before the checker first ran on it. Held out through
/// session 36 (only its totals read); a development corpus since session 37.
@Suite("Unseen corpus 53")
struct Unseen53CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 53", folder: "Fixtures/unseen-53",
            CorpusThresholds(
                articles: 20, gold: 188, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (d6d66c0): 76.1% right, precision 80.1%, recall
    // 94.1%, 6 false alarms (docs/measurements/unseen-50-53-first-measurement-session-36.txt).
    // End of session 36: right 76.1%, precision 80.1%, recall 94.1%, 6 false alarms.
    // End of session 37: right 80.9%, precision 80.1%, recall 94.1%, 1 false alarms.
    // End of session 38: right 81.4%, precision 80.1%, recall 94.1%, 0 false alarms.
    // End of session 39: right 81.9%, precision 80.1%, recall 94.1%, 0 false alarms.
    // End of session 40: right 81.9%, precision 80.1%, recall 94.1%, 0 false alarms.
    // End of session 41: right 81.9%, precision 80.1%, recall 94.1%, 0 false alarms.
    // End of session 42: right 81.9%, precision 80.1%, recall 94.1%, 0 false alarms.
    // End of session 43: right 81.9%, precision 80.1%, recall 94.1%, 0 false alarms.
    // End of session 44: right 82.4%, precision 80.1%, recall 94.1%, 0 false alarms.
    // End of session 45: right 82.4%, precision 80.1%, recall 94.1%, 0 false alarms.
    // End of session 46: right 82.4%, precision 80.1%, recall 94.1%, 0 false alarms.
    // End of session 47: right 82.4%, precision 80.8%, recall 94.1%, 0 false alarms.
    // End of session 48: right 82.4%, precision 80.8%, recall 94.1%, 0 false alarms.
    // End of session 49: right 83.0%, precision 81.2%, recall 94.1%, 0 false alarms.
    // End of session 50: right 83.5%, precision 81.7%, recall 95.2%, 0 false alarms.
    // End of session 51: right 83.5%, precision 81.7%, recall 95.2%, 0 false alarms.
    // End of session 52: right 83.5%, precision 81.7%, recall 95.2%, 0 false alarms.
    // End of session 53: right 83.5%, precision 81.7%, recall 95.2%, 0 false alarms.
    // End of session 54: right 83.5%, precision 81.7%, recall 95.2%, 0 false alarms.
    // End of session 55: right 84.6%, precision 81.4%, recall 95.2%, 0 false alarms.
    // End of session 56: right 84.6%, precision 81.4%, recall 95.2%, 0 false alarms.
    // End of session 57: right 84.6%, precision 81.4%, recall 95.2%, 0 false alarms.
    // End of session 58: right 84.6%, precision 81.4%, recall 95.2%, 0 false alarms.
    // End of session 59: right 84.6%, precision 81.4%, recall 95.2%, 0 false alarms.
    static let minimumRight = 0.84
    static let minimumPrecision = 0.81
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The fifty-fourth unseen corpus (`Fixtures/unseen-54`): 20 articles (10 German, 10 English, 189 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-seventh-session sections) and the
/// data files, written at the start of session 37 and committed before the checker first ran on it. Held out through
/// session 37 (only its totals read); a development corpus since session 38.
@Suite("Unseen corpus 54")
struct Unseen54CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 54", folder: "Fixtures/unseen-54",
            CorpusThresholds(
                articles: 20, gold: 189, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (973396e): 77.2% right, precision 89.6%, recall
    // 95.2%, 3 false alarms (docs/measurements/unseen-54-57-first-measurement-session-37.txt).
    // End of session 37: right 77.8%, precision 89.6%, recall 95.2%, 3 false alarms.
    // End of session 38: right 80.4%, precision 89.6%, recall 95.8%, 0 false alarms.
    // End of session 39: right 83.6%, precision 89.6%, recall 95.8%, 0 false alarms.
    // End of session 40: right 83.6%, precision 89.6%, recall 95.8%, 0 false alarms.
    // End of session 41: right 83.6%, precision 89.6%, recall 95.8%, 0 false alarms.
    // End of session 42: right 83.6%, precision 89.6%, recall 95.8%, 0 false alarms.
    // End of session 43: right 84.1%, precision 89.6%, recall 95.8%, 0 false alarms.
    // End of session 44: right 84.1%, precision 90.0%, recall 95.8%, 0 false alarms.
    // End of session 45: right 84.7%, precision 90.0%, recall 95.8%, 0 false alarms.
    // End of session 46: right 84.7%, precision 90.0%, recall 95.8%, 0 false alarms.
    // End of session 47: right 84.7%, precision 90.0%, recall 95.8%, 0 false alarms.
    // End of session 48: right 84.7%, precision 90.5%, recall 95.8%, 0 false alarms.
    // End of session 49: right 85.2%, precision 90.5%, recall 95.8%, 0 false alarms.
    // End of session 50: right 85.7%, precision 91.0%, recall 96.3%, 0 false alarms.
    // End of session 51: right 85.7%, precision 91.0%, recall 96.3%, 0 false alarms.
    // End of session 52: right 85.7%, precision 91.0%, recall 96.3%, 0 false alarms.
    // End of session 53: right 85.7%, precision 91.0%, recall 96.3%, 0 false alarms.
    // End of session 54: right 85.7%, precision 91.0%, recall 96.3%, 0 false alarms.
    // End of session 55: right 85.7%, precision 91.0%, recall 96.3%, 0 false alarms.
    // End of session 56: right 85.7%, precision 91.0%, recall 96.3%, 0 false alarms.
    // End of session 57: right 85.7%, precision 91.0%, recall 96.3%, 0 false alarms.
    // End of session 58: right 85.7%, precision 91.0%, recall 96.3%, 0 false alarms.
    // End of session 59: right 85.7%, precision 91.0%, recall 96.3%, 0 false alarms.
    static let minimumRight = 0.85
    static let minimumPrecision = 0.91
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The fifty-fifth unseen corpus (`Fixtures/unseen-55`): 20 articles (10 German, 10 English, 185 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-seventh-session sections) and the
/// data files, written at the start of session 37 and committed before the checker first ran on it. Held out through
/// session 37 (only its totals read); a development corpus since session 38.
@Suite("Unseen corpus 55")
struct Unseen55CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 55", folder: "Fixtures/unseen-55",
            CorpusThresholds(
                articles: 20, gold: 185, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (973396e): 78.4% right, precision 82.8%, recall
    // 96.2%, 3 false alarms (docs/measurements/unseen-54-57-first-measurement-session-37.txt).
    // End of session 37: right 78.4%, precision 82.8%, recall 96.2%, 3 false alarms.
    // End of session 38: right 80.5%, precision 82.8%, recall 96.2%, 0 false alarms.
    // End of session 39: right 80.5%, precision 82.8%, recall 96.2%, 0 false alarms.
    // End of session 40: right 82.2%, precision 82.8%, recall 96.2%, 0 false alarms.
    // End of session 41: right 82.7%, precision 82.8%, recall 96.2%, 0 false alarms.
    // End of session 42: right 82.7%, precision 82.8%, recall 96.2%, 0 false alarms.
    // End of session 43: right 82.7%, precision 82.8%, recall 96.2%, 0 false alarms.
    // End of session 44: right 82.7%, precision 82.8%, recall 96.2%, 0 false alarms.
    // End of session 45: right 82.7%, precision 82.8%, recall 96.2%, 0 false alarms.
    // End of session 46: right 82.7%, precision 82.8%, recall 96.2%, 0 false alarms.
    // End of session 47: right 82.7%, precision 82.8%, recall 96.2%, 0 false alarms.
    // End of session 48: right 82.7%, precision 82.0%, recall 96.2%, 0 false alarms.
    // End of session 49: right 84.3%, precision 82.0%, recall 96.2%, 0 false alarms.
    // End of session 50: right 84.9%, precision 82.1%, recall 96.8%, 0 false alarms.
    // End of session 51: right 84.9%, precision 82.1%, recall 96.8%, 0 false alarms.
    // End of session 52: right 84.9%, precision 82.1%, recall 96.8%, 0 false alarms.
    // End of session 53: right 84.9%, precision 82.1%, recall 96.8%, 0 false alarms.
    // End of session 54: right 84.9%, precision 82.1%, recall 96.8%, 0 false alarms.
    // End of session 55: right 84.9%, precision 82.1%, recall 96.8%, 0 false alarms.
    // End of session 56: right 85.4%, precision 82.1%, recall 96.8%, 0 false alarms.
    // End of session 57: right 85.9%, precision 82.1%, recall 96.8%, 0 false alarms.
    // End of session 58: right 85.9%, precision 82.1%, recall 96.8%, 0 false alarms.
    // End of session 59: right 85.9%, precision 82.1%, recall 96.8%, 0 false alarms.
    static let minimumRight = 0.85
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The fifty-sixth unseen corpus (`Fixtures/unseen-56`): 20 articles (10 German, 10 English, 190 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-seventh-session sections) and the
/// data files, written at the start of session 37 and committed before the checker first ran on it. Held out through
/// session 37 (only its totals read); a development corpus since session 38.
@Suite("Unseen corpus 56")
struct Unseen56CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 56", folder: "Fixtures/unseen-56",
            CorpusThresholds(
                articles: 20, gold: 190, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (973396e): 80.0% right, precision 83.3%, recall
    // 91.6%, 1 false alarm (docs/measurements/unseen-54-57-first-measurement-session-37.txt).
    // End of session 37: right 80.0%, precision 83.3%, recall 91.6%, 1 false alarms.
    // End of session 38: right 81.6%, precision 83.3%, recall 92.1%, 0 false alarms.
    // End of session 39: right 82.6%, precision 83.3%, recall 92.1%, 0 false alarms.
    // End of session 40: right 83.2%, precision 83.3%, recall 92.1%, 0 false alarms.
    // End of session 41: right 83.2%, precision 83.3%, recall 92.1%, 0 false alarms.
    // End of session 42: right 83.2%, precision 83.3%, recall 92.1%, 0 false alarms.
    // End of session 43: right 83.2%, precision 83.3%, recall 92.1%, 0 false alarms.
    // End of session 44: right 83.2%, precision 83.3%, recall 92.1%, 0 false alarms.
    // End of session 45: right 83.2%, precision 83.3%, recall 92.1%, 0 false alarms.
    // End of session 46: right 83.7%, precision 83.4%, recall 92.6%, 0 false alarms.
    // End of session 47: right 83.7%, precision 84.2%, recall 92.6%, 0 false alarms.
    // End of session 48: right 83.7%, precision 84.2%, recall 92.6%, 0 false alarms.
    // End of session 49: right 83.7%, precision 84.2%, recall 92.6%, 0 false alarms.
    // End of session 50: right 84.2%, precision 84.2%, recall 92.6%, 0 false alarms.
    // End of session 51: right 84.2%, precision 84.2%, recall 92.6%, 0 false alarms.
    // End of session 52: right 84.2%, precision 84.2%, recall 92.6%, 0 false alarms.
    // End of session 53: right 84.2%, precision 84.2%, recall 92.6%, 0 false alarms.
    // End of session 54: right 84.2%, precision 84.2%, recall 92.6%, 0 false alarms.
    // End of session 55: right 84.2%, precision 84.2%, recall 92.6%, 0 false alarms.
    // End of session 56: right 84.2%, precision 84.2%, recall 92.6%, 0 false alarms.
    // End of session 57: right 84.2%, precision 84.2%, recall 92.6%, 0 false alarms.
    // End of session 58: right 84.2%, precision 84.2%, recall 92.6%, 0 false alarms.
    // End of session 59: right 84.2%, precision 84.2%, recall 92.6%, 0 false alarms.
    static let minimumRight = 0.84
    static let minimumPrecision = 0.84
    static let minimumRecall = 0.92
    static let maximumFalseAlarms = 1
}

/// The fifty-seventh unseen corpus (`Fixtures/unseen-57`): 20 articles (10 German, 10 English, 188 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-seventh-session sections) and the
/// data files, written at the start of session 37 and committed before the checker first ran on it. Held out through
/// session 37 (only its totals read); a development corpus since session 38.
@Suite("Unseen corpus 57")
struct Unseen57CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 57", folder: "Fixtures/unseen-57",
            CorpusThresholds(
                articles: 20, gold: 188, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (973396e): 76.6% right, precision 85.4%, recall
    // 90.4%, 3 false alarms (docs/measurements/unseen-54-57-first-measurement-session-37.txt).
    // End of session 37: right 76.6%, precision 85.4%, recall 90.4%, 3 false alarms.
    // End of session 38: right 80.9%, precision 85.9%, recall 91.0%, 0 false alarms.
    // End of session 39: right 80.9%, precision 85.9%, recall 91.0%, 0 false alarms.
    // End of session 40: right 80.9%, precision 85.9%, recall 91.0%, 0 false alarms.
    // End of session 41: right 80.9%, precision 85.9%, recall 91.0%, 0 false alarms.
    // End of session 42: right 80.9%, precision 85.9%, recall 91.0%, 0 false alarms.
    // End of session 43: right 80.9%, precision 85.9%, recall 91.0%, 0 false alarms.
    // End of session 44: right 80.9%, precision 85.9%, recall 91.0%, 0 false alarms.
    // End of session 45: right 80.9%, precision 85.9%, recall 91.0%, 0 false alarms.
    // End of session 46: right 80.9%, precision 85.9%, recall 91.0%, 0 false alarms.
    // End of session 47: right 81.4%, precision 86.0%, recall 91.5%, 0 false alarms.
    // End of session 48: right 81.4%, precision 86.0%, recall 91.5%, 0 false alarms.
    // End of session 49: right 81.9%, precision 86.4%, recall 91.5%, 0 false alarms.
    // End of session 50: right 81.9%, precision 86.4%, recall 91.5%, 0 false alarms.
    // End of session 51: right 81.9%, precision 86.4%, recall 91.5%, 0 false alarms.
    // End of session 52: right 81.9%, precision 86.4%, recall 91.5%, 0 false alarms.
    // End of session 53: right 81.9%, precision 86.4%, recall 91.5%, 0 false alarms.
    // End of session 54: right 81.9%, precision 86.4%, recall 91.5%, 0 false alarms.
    // End of session 55: right 81.9%, precision 86.4%, recall 91.5%, 0 false alarms.
    // End of session 56: right 81.9%, precision 86.4%, recall 91.5%, 0 false alarms.
    // End of session 57: right 81.9%, precision 86.4%, recall 91.5%, 0 false alarms.
    // End of session 58: right 81.9%, precision 86.4%, recall 91.5%, 0 false alarms.
    // End of session 59: right 81.9%, precision 86.4%, recall 91.5%, 0 false alarms.
    static let minimumRight = 0.81
    static let minimumPrecision = 0.86
    static let minimumRecall = 0.91
    static let maximumFalseAlarms = 1
}

/// The fifty-eighth unseen corpus (`Fixtures/unseen-58`): 20 articles (10 German, 10 English, 188 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-eighth-session sections) and the
/// data files, written at the start of session 38 and committed before the checker first ran on it. Held out through
/// session 38 (only its totals read); a development corpus since session 39.
@Suite("Unseen corpus 58")
struct Unseen58CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 58", folder: "Fixtures/unseen-58",
            CorpusThresholds(
                articles: 20, gold: 188, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (cc17a93): 83.5% right, precision 81.5%, recall
    // 93.6%, 1 false alarm (docs/measurements/unseen-58-61-first-measurement-session-38.txt).
    // End of session 38: right 83.5%, precision 81.5%, recall 93.6%, 1 false alarms.
    // End of session 39: right 86.2%, precision 81.2%, recall 94.1%, 0 false alarms.
    // End of session 40: right 86.2%, precision 81.2%, recall 94.1%, 0 false alarms.
    // End of session 41: right 86.2%, precision 81.2%, recall 94.1%, 0 false alarms.
    // End of session 42: right 86.2%, precision 81.2%, recall 94.1%, 0 false alarms.
    // End of session 43: right 86.2%, precision 81.2%, recall 94.1%, 0 false alarms.
    // End of session 44: right 86.2%, precision 81.6%, recall 94.1%, 0 false alarms.
    // End of session 45: right 86.2%, precision 81.6%, recall 94.1%, 0 false alarms.
    // End of session 46: right 86.2%, precision 81.9%, recall 94.1%, 0 false alarms.
    // End of session 47: right 86.2%, precision 83.1%, recall 94.1%, 0 false alarms.
    // End of session 48: right 86.2%, precision 83.1%, recall 94.1%, 0 false alarms.
    // End of session 49: right 86.7%, precision 83.1%, recall 94.1%, 0 false alarms.
    // End of session 50: right 87.2%, precision 84.0%, recall 95.2%, 0 false alarms.
    // End of session 51: right 87.2%, precision 84.0%, recall 95.2%, 0 false alarms.
    // End of session 52: right 87.2%, precision 84.0%, recall 95.2%, 0 false alarms.
    // End of session 53: right 87.2%, precision 84.0%, recall 95.2%, 0 false alarms.
    // End of session 54: right 87.2%, precision 84.0%, recall 95.2%, 0 false alarms.
    // End of session 55: right 87.2%, precision 84.0%, recall 95.2%, 0 false alarms.
    // End of session 56: right 87.8%, precision 84.0%, recall 95.2%, 0 false alarms.
    // End of session 57: right 87.8%, precision 84.0%, recall 95.2%, 0 false alarms.
    // End of session 58: right 87.8%, precision 84.0%, recall 95.2%, 0 false alarms.
    // End of session 59: right 87.8%, precision 84.0%, recall 95.2%, 0 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.84
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The fifty-ninth unseen corpus (`Fixtures/unseen-59`): 20 articles (10 German, 10 English, 187 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-eighth-session sections) and the
/// data files, written at the start of session 38 and committed before the checker first ran on it. Held out through
/// session 38 (only its totals read); a development corpus since session 39.
@Suite("Unseen corpus 59")
struct Unseen59CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 59", folder: "Fixtures/unseen-59",
            CorpusThresholds(
                articles: 20, gold: 187, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (cc17a93): 81.8% right, precision 89.3%, recall
    // 93.6%, 1 false alarm (docs/measurements/unseen-58-61-first-measurement-session-38.txt).
    // End of session 38: right 81.8%, precision 89.3%, recall 93.6%, 1 false alarms.
    // End of session 39: right 85.0%, precision 89.9%, recall 95.7%, 0 false alarms.
    // End of session 40: right 85.0%, precision 89.9%, recall 95.7%, 0 false alarms.
    // End of session 41: right 85.0%, precision 89.9%, recall 95.7%, 0 false alarms.
    // End of session 42: right 85.0%, precision 89.9%, recall 95.7%, 0 false alarms.
    // End of session 43: right 85.0%, precision 89.9%, recall 95.7%, 0 false alarms.
    // End of session 44: right 85.0%, precision 89.9%, recall 95.7%, 0 false alarms.
    // End of session 45: right 85.0%, precision 89.9%, recall 95.7%, 0 false alarms.
    // End of session 46: right 85.0%, precision 89.9%, recall 95.7%, 0 false alarms.
    // End of session 47: right 85.0%, precision 89.9%, recall 95.7%, 0 false alarms.
    // End of session 48: right 85.6%, precision 89.9%, recall 95.7%, 0 false alarms.
    // End of session 49: right 86.1%, precision 89.9%, recall 95.7%, 0 false alarms.
    // End of session 50: right 87.2%, precision 90.5%, recall 96.8%, 0 false alarms.
    // End of session 51: right 87.2%, precision 90.5%, recall 96.8%, 0 false alarms.
    // End of session 52: right 87.2%, precision 90.5%, recall 96.8%, 0 false alarms.
    // End of session 53: right 87.2%, precision 90.5%, recall 96.8%, 0 false alarms.
    // End of session 54: right 87.2%, precision 90.5%, recall 96.8%, 0 false alarms.
    // End of session 55: right 87.2%, precision 90.5%, recall 96.8%, 0 false alarms.
    // End of session 56: right 87.2%, precision 90.5%, recall 96.8%, 0 false alarms.
    // End of session 57: right 87.2%, precision 90.5%, recall 96.8%, 0 false alarms.
    // End of session 58: right 87.2%, precision 90.5%, recall 96.8%, 0 false alarms.
    // End of session 59: right 87.2%, precision 90.5%, recall 96.8%, 0 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.90
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The sixtieth unseen corpus (`Fixtures/unseen-60`): 20 articles (10 German, 10 English, 190 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-eighth-session sections) and the
/// data files, written at the start of session 38 and committed before the checker first ran on it. Held out through
/// session 38 (only its totals read); a development corpus since session 39.
@Suite("Unseen corpus 60")
struct Unseen60CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 60", folder: "Fixtures/unseen-60",
            CorpusThresholds(
                articles: 20, gold: 190, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (cc17a93): 75.3% right, precision 83.5%, recall
    // 90.5%, 4 false alarms (docs/measurements/unseen-58-61-first-measurement-session-38.txt).
    // End of session 38: right 76.3%, precision 83.6%, recall 91.1%, 4 false alarms.
    // End of session 39: right 78.4%, precision 83.6%, recall 91.1%, 0 false alarms.
    // End of session 40: right 78.4%, precision 83.6%, recall 91.1%, 0 false alarms.
    // End of session 41: right 79.5%, precision 83.6%, recall 91.1%, 0 false alarms.
    // End of session 42: right 79.5%, precision 83.6%, recall 91.1%, 0 false alarms.
    // End of session 43: right 79.5%, precision 83.6%, recall 91.1%, 0 false alarms.
    // End of session 44: right 79.5%, precision 83.6%, recall 91.1%, 0 false alarms.
    // End of session 45: right 79.5%, precision 83.6%, recall 91.1%, 0 false alarms.
    // End of session 46: right 79.5%, precision 83.6%, recall 91.1%, 0 false alarms.
    // End of session 47: right 79.5%, precision 83.6%, recall 91.1%, 0 false alarms.
    // End of session 48: right 80.0%, precision 83.2%, recall 91.1%, 0 false alarms.
    // End of session 49: right 81.1%, precision 83.2%, recall 91.1%, 0 false alarms.
    // End of session 50: right 82.1%, precision 82.5%, recall 92.1%, 0 false alarms.
    // End of session 51: right 82.1%, precision 82.5%, recall 92.1%, 0 false alarms.
    // End of session 52: right 82.1%, precision 82.5%, recall 92.1%, 0 false alarms.
    // End of session 53: right 82.1%, precision 82.5%, recall 92.1%, 0 false alarms.
    // End of session 54: right 82.6%, precision 82.5%, recall 92.1%, 0 false alarms.
    // End of session 55: right 82.6%, precision 82.5%, recall 92.1%, 0 false alarms.
    // End of session 56: right 82.6%, precision 82.5%, recall 92.1%, 0 false alarms.
    // End of session 57: right 82.6%, precision 82.5%, recall 92.1%, 0 false alarms.
    // End of session 58: right 82.6%, precision 82.5%, recall 92.1%, 0 false alarms.
    // End of session 59: right 82.6%, precision 82.6%, recall 92.6%, 0 false alarms.
    static let minimumRight = 0.82
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.92
    static let maximumFalseAlarms = 1
}

/// The sixty-first unseen corpus (`Fixtures/unseen-61`): 20 articles (10 German, 10 English, 185 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-eighth-session sections) and the
/// data files, written at the start of session 38 and committed before the checker first ran on it. Held out through
/// session 38 (only its totals read); a development corpus since session 39.
@Suite("Unseen corpus 61")
struct Unseen61CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 61", folder: "Fixtures/unseen-61",
            CorpusThresholds(
                articles: 20, gold: 185, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (cc17a93): 76.8% right, precision 83.5%, recall
    // 90.3%, 2 false alarms (docs/measurements/unseen-58-61-first-measurement-session-38.txt).
    // End of session 38: right 76.8%, precision 83.5%, recall 90.3%, 2 false alarms.
    // End of session 39: right 82.2%, precision 84.0%, recall 90.8%, 0 false alarms.
    // End of session 40: right 82.2%, precision 84.0%, recall 90.8%, 0 false alarms.
    // End of session 41: right 82.2%, precision 84.0%, recall 90.8%, 0 false alarms.
    // End of session 42: right 82.7%, precision 84.1%, recall 91.4%, 0 false alarms.
    // End of session 43: right 82.7%, precision 84.1%, recall 91.4%, 0 false alarms.
    // End of session 44: right 82.7%, precision 84.9%, recall 91.4%, 0 false alarms.
    // End of session 45: right 82.7%, precision 84.9%, recall 91.4%, 0 false alarms.
    // End of session 46: right 82.7%, precision 84.9%, recall 91.4%, 0 false alarms.
    // End of session 47: right 82.7%, precision 84.9%, recall 91.4%, 0 false alarms.
    // End of session 48: right 82.7%, precision 84.9%, recall 91.4%, 0 false alarms.
    // End of session 49: right 83.2%, precision 84.9%, recall 91.4%, 0 false alarms.
    // End of session 50: right 83.2%, precision 84.5%, recall 91.4%, 0 false alarms.
    // End of session 51: right 83.2%, precision 84.5%, recall 91.4%, 0 false alarms.
    // End of session 52: right 83.2%, precision 84.5%, recall 91.4%, 0 false alarms.
    // End of session 53: right 83.2%, precision 84.5%, recall 91.4%, 0 false alarms.
    // End of session 54: right 83.2%, precision 83.7%, recall 91.4%, 0 false alarms.
    // End of session 55: right 83.2%, precision 83.7%, recall 91.4%, 0 false alarms.
    // End of session 56: right 83.2%, precision 83.7%, recall 91.4%, 0 false alarms.
    // End of session 57: right 83.2%, precision 83.7%, recall 91.4%, 0 false alarms.
    // End of session 58: right 83.2%, precision 83.7%, recall 91.4%, 0 false alarms.
    // End of session 59: right 83.2%, precision 83.7%, recall 91.4%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.91
    static let maximumFalseAlarms = 1
}

/// The sixty-second unseen corpus (`Fixtures/unseen-62`): 20 articles (10 German, 10 English, 188 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-ninth-session sections) and the
/// data files, written at the start of session 39 and committed before the checker first ran on it. Held out through
/// session 39 (only its totals read); a development corpus since session 40.
@Suite("Unseen corpus 62")
struct Unseen62CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 62", folder: "Fixtures/unseen-62",
            CorpusThresholds(
                articles: 20, gold: 188, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (cb39c6d): 81.4% right, precision 84.3%, recall
    // 91.5%, 0 false alarms (docs/measurements/unseen-62-65-first-measurement-session-39.txt).
    // End of session 39: right 81.9%, precision 84.3%, recall 91.5%, 0 false alarms.
    // End of session 40: right 84.0%, precision 84.3%, recall 91.5%, 0 false alarms.
    // End of session 41: right 84.0%, precision 84.3%, recall 91.5%, 0 false alarms.
    // End of session 42: right 84.0%, precision 84.3%, recall 91.5%, 0 false alarms.
    // End of session 43: right 84.0%, precision 84.3%, recall 91.5%, 0 false alarms.
    // End of session 44: right 84.0%, precision 84.7%, recall 91.5%, 0 false alarms.
    // End of session 45: right 84.0%, precision 84.7%, recall 91.5%, 0 false alarms.
    // End of session 46: right 84.0%, precision 84.3%, recall 91.5%, 0 false alarms.
    // End of session 47: right 84.0%, precision 84.3%, recall 91.5%, 0 false alarms.
    // End of session 48: right 84.0%, precision 84.3%, recall 91.5%, 0 false alarms.
    // End of session 49: right 84.0%, precision 84.7%, recall 91.5%, 0 false alarms.
    // End of session 50: right 84.6%, precision 84.7%, recall 91.5%, 0 false alarms.
    // End of session 51: right 84.6%, precision 84.7%, recall 91.5%, 0 false alarms.
    // End of session 52: right 84.6%, precision 84.7%, recall 91.5%, 0 false alarms.
    // End of session 53: right 84.6%, precision 84.7%, recall 91.5%, 0 false alarms.
    // End of session 54: right 85.1%, precision 84.8%, recall 92.0%, 0 false alarms.
    // End of session 55: right 85.1%, precision 84.8%, recall 92.0%, 0 false alarms.
    // End of session 56: right 85.1%, precision 84.8%, recall 92.0%, 0 false alarms.
    // End of session 57: right 85.1%, precision 84.0%, recall 92.0%, 0 false alarms.
    // End of session 58: right 85.1%, precision 84.0%, recall 92.0%, 0 false alarms.
    // End of session 59: right 85.1%, precision 84.0%, recall 92.0%, 0 false alarms.
    static let minimumRight = 0.85
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.92
    static let maximumFalseAlarms = 1
}

/// The sixty-third unseen corpus (`Fixtures/unseen-63`): 20 articles (10 German, 10 English, 189 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-ninth-session sections) and the
/// data files, written at the start of session 39 and committed before the checker first ran on it. Held out through
/// session 39 (only its totals read); a development corpus since session 40.
@Suite("Unseen corpus 63")
struct Unseen63CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 63", folder: "Fixtures/unseen-63",
            CorpusThresholds(
                articles: 20, gold: 189, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (cb39c6d): 79.4% right, precision 92.5%, recall
    // 91.0%, 0 false alarms (docs/measurements/unseen-62-65-first-measurement-session-39.txt).
    // End of session 39: right 79.4%, precision 92.5%, recall 91.0%, 0 false alarms.
    // End of session 40: right 80.4%, precision 92.5%, recall 91.0%, 0 false alarms.
    // End of session 41: right 80.4%, precision 92.5%, recall 91.0%, 0 false alarms.
    // End of session 42: right 80.4%, precision 92.5%, recall 91.0%, 0 false alarms.
    // End of session 43: right 80.4%, precision 92.5%, recall 91.0%, 0 false alarms.
    // End of session 44: right 80.4%, precision 92.5%, recall 91.0%, 0 false alarms.
    // End of session 45: right 80.4%, precision 92.5%, recall 91.0%, 0 false alarms.
    // End of session 46: right 80.4%, precision 92.5%, recall 91.0%, 0 false alarms.
    // End of session 47: right 80.4%, precision 92.5%, recall 91.0%, 0 false alarms.
    // End of session 48: right 80.4%, precision 92.0%, recall 91.0%, 0 false alarms.
    // End of session 49: right 80.4%, precision 92.0%, recall 91.0%, 0 false alarms.
    // End of session 50: right 80.4%, precision 92.0%, recall 91.0%, 0 false alarms.
    // End of session 51: right 80.4%, precision 92.0%, recall 91.0%, 0 false alarms.
    // End of session 52: right 80.4%, precision 92.0%, recall 91.0%, 0 false alarms.
    // End of session 53: right 80.4%, precision 92.0%, recall 91.0%, 0 false alarms.
    // End of session 54: right 80.4%, precision 92.0%, recall 91.0%, 0 false alarms.
    // End of session 55: right 81.0%, precision 92.0%, recall 91.0%, 0 false alarms.
    // End of session 56: right 81.0%, precision 92.0%, recall 91.0%, 0 false alarms.
    // End of session 57: right 81.0%, precision 92.0%, recall 91.0%, 0 false alarms.
    // End of session 58: right 81.0%, precision 92.0%, recall 91.0%, 0 false alarms.
    // End of session 59: right 81.0%, precision 92.0%, recall 91.0%, 0 false alarms.
    static let minimumRight = 0.80
    static let minimumPrecision = 0.91
    static let minimumRecall = 0.91
    static let maximumFalseAlarms = 1
}

/// The sixty-fourth unseen corpus (`Fixtures/unseen-64`): 20 articles (10 German, 10 English, 182 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-ninth-session sections) and the
/// data files, written at the start of session 39 and committed before the checker first ran on it. Held out through
/// session 39 (only its totals read); a development corpus since session 40.
@Suite("Unseen corpus 64")
struct Unseen64CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 64", folder: "Fixtures/unseen-64",
            CorpusThresholds(
                articles: 20, gold: 182, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (cb39c6d): 80.2% right, precision 84.0%, recall
    // 92.3%, 1 false alarm (docs/measurements/unseen-62-65-first-measurement-session-39.txt).
    // End of session 39: right 80.2%, precision 84.0%, recall 92.3%, 1 false alarms.
    // End of session 40: right 80.2%, precision 84.0%, recall 92.3%, 0 false alarms.
    // End of session 41: right 80.2%, precision 84.0%, recall 92.3%, 0 false alarms.
    // End of session 42: right 80.2%, precision 84.4%, recall 92.3%, 0 false alarms.
    // End of session 43: right 80.8%, precision 84.4%, recall 92.3%, 0 false alarms.
    // End of session 44: right 80.8%, precision 85.7%, recall 92.3%, 0 false alarms.
    // End of session 45: right 80.8%, precision 85.7%, recall 92.3%, 0 false alarms.
    // End of session 46: right 80.8%, precision 85.7%, recall 92.3%, 0 false alarms.
    // End of session 47: right 80.8%, precision 85.7%, recall 92.3%, 0 false alarms.
    // End of session 48: right 81.3%, precision 86.6%, recall 92.3%, 0 false alarms.
    // End of session 49: right 81.3%, precision 87.0%, recall 92.3%, 0 false alarms.
    // End of session 50: right 81.9%, precision 85.8%, recall 92.9%, 0 false alarms.
    // End of session 51: right 81.9%, precision 85.8%, recall 92.9%, 0 false alarms.
    // End of session 52: right 81.9%, precision 85.8%, recall 92.9%, 0 false alarms.
    // End of session 53: right 81.9%, precision 85.8%, recall 92.9%, 0 false alarms.
    // End of session 54: right 82.4%, precision 85.4%, recall 92.9%, 0 false alarms.
    // End of session 55: right 82.4%, precision 85.4%, recall 92.9%, 0 false alarms.
    // End of session 56: right 82.4%, precision 85.4%, recall 92.9%, 0 false alarms.
    // End of session 57: right 82.4%, precision 84.1%, recall 92.9%, 0 false alarms.
    // End of session 58: right 82.4%, precision 84.1%, recall 92.9%, 0 false alarms.
    // End of session 59: right 82.4%, precision 84.1%, recall 92.9%, 0 false alarms.
    static let minimumRight = 0.82
    static let minimumPrecision = 0.84
    static let minimumRecall = 0.92
    static let maximumFalseAlarms = 1
}

/// The sixty-fifth unseen corpus (`Fixtures/unseen-65`): 20 articles (10 German, 10 English, 190 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and thirty-ninth-session sections) and the
/// data files, written at the start of session 39 and committed before the checker first ran on it. Held out through
/// session 39 (only its totals read); a development corpus since session 40.
@Suite("Unseen corpus 65")
struct Unseen65CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 65", folder: "Fixtures/unseen-65",
            CorpusThresholds(
                articles: 20, gold: 190, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (cb39c6d): 74.7% right, precision 86.2%, recall
    // 88.9%, 3 false alarms (docs/measurements/unseen-62-65-first-measurement-session-39.txt).
    // End of session 39: right 74.7%, precision 86.2%, recall 88.9%, 3 false alarms.
    // End of session 40: right 77.9%, precision 86.3%, recall 89.5%, 0 false alarms.
    // End of session 41: right 77.9%, precision 86.3%, recall 89.5%, 0 false alarms.
    // End of session 42: right 77.9%, precision 86.3%, recall 89.5%, 0 false alarms.
    // End of session 43: right 77.9%, precision 86.3%, recall 89.5%, 0 false alarms.
    // End of session 44: right 77.9%, precision 86.3%, recall 89.5%, 0 false alarms.
    // End of session 45: right 77.9%, precision 86.3%, recall 89.5%, 0 false alarms.
    // End of session 46: right 77.9%, precision 86.3%, recall 89.5%, 0 false alarms.
    // End of session 47: right 78.4%, precision 86.4%, recall 90.0%, 0 false alarms.
    // End of session 48: right 78.4%, precision 86.4%, recall 90.0%, 0 false alarms.
    // End of session 49: right 78.4%, precision 86.4%, recall 90.0%, 0 false alarms.
    // End of session 50: right 78.4%, precision 86.4%, recall 90.0%, 0 false alarms.
    // End of session 51: right 78.4%, precision 86.4%, recall 90.0%, 0 false alarms.
    // End of session 52: right 78.4%, precision 86.4%, recall 90.0%, 0 false alarms.
    // End of session 53: right 78.4%, precision 86.4%, recall 90.0%, 0 false alarms.
    // End of session 54: right 78.4%, precision 86.4%, recall 90.0%, 0 false alarms.
    // End of session 55: right 78.4%, precision 86.4%, recall 90.0%, 0 false alarms.
    // End of session 56: right 78.4%, precision 86.4%, recall 90.0%, 0 false alarms.
    // End of session 57: right 78.4%, precision 86.4%, recall 90.0%, 0 false alarms.
    // End of session 58: right 78.4%, precision 86.4%, recall 90.0%, 0 false alarms.
    // End of session 59: right 78.4%, precision 86.4%, recall 90.0%, 0 false alarms.
    static let minimumRight = 0.78
    static let minimumPrecision = 0.86
    static let minimumRecall = 0.90
    static let maximumFalseAlarms = 1
}

/// The sixty-sixth unseen corpus (`Fixtures/unseen-66`): 20 articles (10 German, 10 English, 199 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and fortieth-session sections) and the
/// data files, written at the start of session 40 and committed before the checker first ran on it. Held out
/// through session 40 (only its totals read); a development corpus since session 41.
@Suite("Unseen corpus 66")
struct Unseen66CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 66", folder: "Fixtures/unseen-66",
            CorpusThresholds(
                articles: 20, gold: 199, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (ea11942): 80.4% right, precision 81.1%, recall
    // 93.0%, 4 false alarms (docs/measurements/unseen-66-69-first-measurement-session-40.txt).
    // End of session 40: right 80.4%, precision 81.1%, recall 93.0%, 4 false alarms.
    // End of session 41: right 83.4%, precision 81.2%, recall 93.5%, 0 false alarms.
    // End of session 42: right 83.9%, precision 81.2%, recall 93.5%, 0 false alarms.
    // End of session 43: right 83.9%, precision 81.2%, recall 93.5%, 0 false alarms.
    // End of session 44: right 83.9%, precision 81.2%, recall 93.5%, 0 false alarms.
    // End of session 45: right 84.9%, precision 81.3%, recall 94.0%, 0 false alarms.
    // End of session 46: right 84.9%, precision 81.3%, recall 94.0%, 0 false alarms.
    // End of session 47: right 85.4%, precision 81.7%, recall 94.5%, 0 false alarms.
    // End of session 48: right 85.9%, precision 81.7%, recall 94.5%, 0 false alarms.
    // End of session 49: right 85.9%, precision 81.7%, recall 94.5%, 0 false alarms.
    // End of session 50: right 85.9%, precision 81.4%, recall 94.5%, 0 false alarms.
    // End of session 51: right 85.9%, precision 81.4%, recall 94.5%, 0 false alarms.
    // End of session 52: right 85.9%, precision 81.4%, recall 94.5%, 0 false alarms.
    // End of session 53: right 85.9%, precision 81.4%, recall 94.5%, 0 false alarms.
    // End of session 54: right 85.9%, precision 81.4%, recall 94.5%, 0 false alarms.
    // End of session 55: right 85.9%, precision 81.4%, recall 94.5%, 0 false alarms.
    // End of session 56: right 85.9%, precision 81.4%, recall 94.5%, 0 false alarms.
    // End of session 57: right 85.9%, precision 81.4%, recall 94.5%, 0 false alarms.
    // End of session 58: right 85.9%, precision 81.4%, recall 94.5%, 0 false alarms.
    // End of session 59: right 85.9%, precision 81.4%, recall 94.5%, 0 false alarms.
    static let minimumRight = 0.85
    static let minimumPrecision = 0.81
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The sixty-seventh unseen corpus (`Fixtures/unseen-67`): 20 articles (10 German, 10 English, 199 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and fortieth-session sections) and the
/// data files, written at the start of session 40 and committed before the checker first ran on it. Held out
/// through session 40 (only its totals read); a development corpus since session 41.
@Suite("Unseen corpus 67")
struct Unseen67CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 67", folder: "Fixtures/unseen-67",
            CorpusThresholds(
                articles: 20, gold: 199, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (ea11942): 79.9% right, precision 86.0%, recall
    // 93.0%, 7 false alarms (docs/measurements/unseen-66-69-first-measurement-session-40.txt).
    // End of session 40: right 79.9%, precision 86.0%, recall 93.0%, 7 false alarms.
    // End of session 41: right 85.9%, precision 86.8%, recall 95.5%, 0 false alarms.
    // End of session 42: right 85.9%, precision 86.8%, recall 95.5%, 0 false alarms.
    // End of session 43: right 85.9%, precision 86.8%, recall 95.5%, 0 false alarms.
    // End of session 44: right 85.9%, precision 86.8%, recall 95.5%, 0 false alarms.
    // End of session 45: right 85.9%, precision 86.8%, recall 95.5%, 0 false alarms.
    // End of session 46: right 85.9%, precision 86.8%, recall 95.5%, 0 false alarms.
    // End of session 47: right 85.9%, precision 87.2%, recall 95.5%, 0 false alarms.
    // End of session 48: right 85.9%, precision 87.2%, recall 95.5%, 0 false alarms.
    // End of session 49: right 85.9%, precision 87.2%, recall 95.5%, 0 false alarms.
    // End of session 50: right 85.9%, precision 86.8%, recall 95.5%, 0 false alarms.
    // End of session 51: right 85.9%, precision 86.8%, recall 95.5%, 0 false alarms.
    // End of session 52: right 85.9%, precision 86.8%, recall 95.5%, 0 false alarms.
    // End of session 53: right 85.9%, precision 86.8%, recall 95.5%, 0 false alarms.
    // End of session 54: right 85.9%, precision 86.8%, recall 95.5%, 0 false alarms.
    // End of session 55: right 85.9%, precision 86.8%, recall 95.5%, 0 false alarms.
    // End of session 56: right 86.4%, precision 86.8%, recall 95.5%, 0 false alarms.
    // End of session 57: right 86.4%, precision 86.8%, recall 95.5%, 0 false alarms.
    // End of session 58: right 86.4%, precision 86.8%, recall 95.5%, 0 false alarms.
    // End of session 59: right 86.4%, precision 86.8%, recall 95.5%, 0 false alarms.
    static let minimumRight = 0.86
    static let minimumPrecision = 0.86
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The sixty-eighth unseen corpus (`Fixtures/unseen-68`): 20 articles (10 German, 10 English, 196 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and fortieth-session sections) and the
/// data files, written at the start of session 40 and committed before the checker first ran on it. Held out
/// through session 40 (only its totals read); a development corpus since session 41.
@Suite("Unseen corpus 68")
struct Unseen68CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 68", folder: "Fixtures/unseen-68",
            CorpusThresholds(
                articles: 20, gold: 196, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (ea11942): 82.7% right, precision 83.7%, recall
    // 91.8%, 2 false alarms (docs/measurements/unseen-66-69-first-measurement-session-40.txt).
    // End of session 40: right 82.7%, precision 83.7%, recall 91.8%, 2 false alarms.
    // End of session 41: right 85.7%, precision 83.9%, recall 93.4%, 0 false alarms.
    // End of session 42: right 86.2%, precision 84.0%, recall 93.9%, 0 false alarms.
    // End of session 43: right 86.7%, precision 84.0%, recall 93.9%, 0 false alarms.
    // End of session 44: right 86.7%, precision 84.0%, recall 93.9%, 0 false alarms.
    // End of session 45: right 86.7%, precision 84.0%, recall 93.9%, 0 false alarms.
    // End of session 46: right 86.7%, precision 84.0%, recall 93.9%, 0 false alarms.
    // End of session 47: right 86.7%, precision 84.8%, recall 93.9%, 0 false alarms.
    // End of session 48: right 86.7%, precision 84.8%, recall 93.9%, 0 false alarms.
    // End of session 49: right 86.7%, precision 84.8%, recall 93.9%, 0 false alarms.
    // End of session 50: right 86.7%, precision 84.4%, recall 93.9%, 0 false alarms.
    // End of session 51: right 86.7%, precision 84.4%, recall 93.9%, 0 false alarms.
    // End of session 52: right 86.7%, precision 84.4%, recall 93.9%, 0 false alarms.
    // End of session 53: right 86.7%, precision 84.4%, recall 93.9%, 0 false alarms.
    // End of session 54: right 86.7%, precision 84.4%, recall 93.9%, 0 false alarms.
    // End of session 55: right 86.7%, precision 84.4%, recall 93.9%, 0 false alarms.
    // End of session 56: right 86.7%, precision 84.4%, recall 93.9%, 0 false alarms.
    // End of session 57: right 86.7%, precision 84.4%, recall 93.9%, 0 false alarms.
    // End of session 58: right 86.7%, precision 84.4%, recall 93.9%, 0 false alarms.
    // End of session 59: right 86.7%, precision 84.4%, recall 93.9%, 0 false alarms.
    static let minimumRight = 0.86
    static let minimumPrecision = 0.84
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// The sixty-ninth unseen corpus (`Fixtures/unseen-69`): 20 articles (10 German, 10 English, 197 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and fortieth-session sections) and the
/// data files, written at the start of session 40 and committed before the checker first ran on it. Held out
/// through session 40 (only its totals read); a development corpus since session 41.
@Suite("Unseen corpus 69")
struct Unseen69CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 69", folder: "Fixtures/unseen-69",
            CorpusThresholds(
                articles: 20, gold: 197, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (ea11942): 81.7% right, precision 89.7%, recall
    // 97.0%, 10 false alarms (docs/measurements/unseen-66-69-first-measurement-session-40.txt).
    // End of session 40: right 81.7%, precision 89.7%, recall 97.0%, 10 false alarms.
    // End of session 41: right 87.8%, precision 89.7%, recall 97.0%, 0 false alarms.
    // End of session 42: right 87.8%, precision 89.7%, recall 97.0%, 0 false alarms.
    // End of session 43: right 87.8%, precision 89.7%, recall 97.0%, 0 false alarms.
    // End of session 44: right 88.3%, precision 89.7%, recall 97.0%, 0 false alarms.
    // End of session 45: right 88.3%, precision 89.7%, recall 97.0%, 0 false alarms.
    // End of session 46: right 88.3%, precision 89.7%, recall 97.0%, 0 false alarms.
    // End of session 47: right 88.8%, precision 89.7%, recall 97.0%, 0 false alarms.
    // End of session 48: right 88.8%, precision 89.7%, recall 97.0%, 0 false alarms.
    // End of session 49: right 88.8%, precision 89.7%, recall 97.0%, 0 false alarms.
    // End of session 50: right 88.8%, precision 89.3%, recall 97.0%, 0 false alarms.
    // End of session 51: right 88.8%, precision 89.3%, recall 97.0%, 0 false alarms.
    // End of session 52: right 88.8%, precision 89.3%, recall 97.0%, 0 false alarms.
    // End of session 53: right 88.8%, precision 89.3%, recall 97.0%, 0 false alarms.
    // End of session 54: right 88.8%, precision 89.3%, recall 97.0%, 0 false alarms.
    // End of session 55: right 88.8%, precision 89.3%, recall 97.0%, 0 false alarms.
    // End of session 56: right 88.8%, precision 89.3%, recall 97.0%, 0 false alarms.
    // End of session 57: right 88.8%, precision 89.3%, recall 97.0%, 0 false alarms.
    // End of session 58: right 88.8%, precision 89.3%, recall 97.0%, 0 false alarms.
    // End of session 59: right 88.8%, precision 89.3%, recall 97.0%, 0 false alarms.
    static let minimumRight = 0.88
    static let minimumPrecision = 0.89
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The seventieth unseen corpus (`Fixtures/unseen-70`): 20 articles (10 German, 10 English, 198 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-first-session sections) and the
/// data files, written at the start of session 41 and committed before the checker first ran on it. Held out
/// through session 41 (only its totals read); a development corpus since session 42.
@Suite("Unseen corpus 70")
struct Unseen70CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 70", folder: "Fixtures/unseen-70",
            CorpusThresholds(
                articles: 20, gold: 198, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (8097fc4): 75.3% right, precision 80.6%, recall
    // 90.4%, 6 false alarms (docs/measurements/unseen-70-73-first-measurement-session-41.txt).
    // End of session 41: right 75.3%, precision 80.6%, recall 90.4%, 6 false alarms.
    // End of session 42: right 81.8%, precision 80.6%, recall 90.4%, 0 false alarms.
    // End of session 43: right 82.3%, precision 80.6%, recall 90.4%, 0 false alarms.
    // End of session 44: right 82.8%, precision 80.6%, recall 90.4%, 0 false alarms.
    // End of session 45: right 82.8%, precision 80.6%, recall 90.4%, 0 false alarms.
    // End of session 46: right 82.8%, precision 80.6%, recall 90.4%, 0 false alarms.
    // End of session 47: right 82.8%, precision 80.6%, recall 90.4%, 0 false alarms.
    // End of session 48: right 82.8%, precision 80.6%, recall 90.4%, 0 false alarms.
    // End of session 49: right 82.8%, precision 80.6%, recall 90.4%, 0 false alarms.
    // End of session 50: right 83.8%, precision 80.8%, recall 91.4%, 0 false alarms.
    // End of session 51: right 83.8%, precision 80.8%, recall 91.4%, 0 false alarms.
    // End of session 52: right 83.8%, precision 80.8%, recall 91.4%, 0 false alarms.
    // End of session 53: right 83.8%, precision 80.8%, recall 91.4%, 0 false alarms.
    // End of session 54: right 83.8%, precision 80.8%, recall 91.4%, 0 false alarms.
    // End of session 55: right 83.8%, precision 80.8%, recall 91.4%, 0 false alarms.
    // End of session 56: right 84.3%, precision 80.8%, recall 91.4%, 0 false alarms.
    // End of session 57: right 84.3%, precision 80.8%, recall 91.4%, 0 false alarms.
    // End of session 58: right 84.3%, precision 80.8%, recall 91.4%, 0 false alarms.
    // End of session 59: right 84.3%, precision 80.8%, recall 91.4%, 0 false alarms.
    static let minimumRight = 0.84
    static let minimumPrecision = 0.80
    static let minimumRecall = 0.91
    static let maximumFalseAlarms = 1
}

/// The seventy-first unseen corpus (`Fixtures/unseen-71`): 20 articles (10 German, 10 English, 198 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-first-session sections) and the
/// data files, written at the start of session 41 and committed before the checker first ran on it. Held out
/// through session 41 (only its totals read); a development corpus since session 42.
@Suite("Unseen corpus 71")
struct Unseen71CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 71", folder: "Fixtures/unseen-71",
            CorpusThresholds(
                articles: 20, gold: 198, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (8097fc4): 79.8% right, precision 83.6%, recall
    // 92.9%, 3 false alarms (docs/measurements/unseen-70-73-first-measurement-session-41.txt).
    // End of session 41: right 80.8%, precision 83.6%, recall 92.9%, 3 false alarms.
    // End of session 42: right 83.8%, precision 84.1%, recall 93.4%, 0 false alarms.
    // End of session 43: right 84.8%, precision 84.1%, recall 93.4%, 0 false alarms.
    // End of session 44: right 84.8%, precision 84.1%, recall 93.4%, 0 false alarms.
    // End of session 45: right 84.8%, precision 84.1%, recall 93.4%, 0 false alarms.
    // Session 46 lowered the precision floor to 0.83: "Nur mit China, Mexiko, Vietnam, Deutschland und Japan ist das
    // Minus noch größer" is now read as Ireland's sixth place by deficit, a correct claim its writer did not annotate.
    // End of session 46: right 85.4%, precision 83.7%, recall 93.4%, 0 false alarms.
    // End of session 47: right 85.4%, precision 84.1%, recall 93.4%, 0 false alarms.
    // End of session 48: right 85.4%, precision 84.1%, recall 93.4%, 0 false alarms.
    // End of session 49: right 85.4%, precision 84.1%, recall 93.4%, 0 false alarms.
    // End of session 50: right 85.4%, precision 83.7%, recall 93.4%, 0 false alarms.
    // End of session 51: right 85.4%, precision 83.7%, recall 93.4%, 0 false alarms.
    // End of session 52: right 85.4%, precision 83.7%, recall 93.4%, 0 false alarms.
    // End of session 53: right 85.4%, precision 83.7%, recall 93.4%, 0 false alarms.
    // End of session 54: right 85.4%, precision 83.7%, recall 93.4%, 0 false alarms.
    // End of session 55: right 85.9%, precision 83.7%, recall 93.4%, 0 false alarms.
    // End of session 56: right 85.9%, precision 83.7%, recall 93.4%, 0 false alarms.
    // End of session 57: right 85.9%, precision 83.7%, recall 93.4%, 0 false alarms.
    // End of session 58: right 85.9%, precision 83.7%, recall 93.4%, 0 false alarms.
    // End of session 59: right 85.9%, precision 83.7%, recall 93.4%, 0 false alarms.
    static let minimumRight = 0.85
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// The seventy-second unseen corpus (`Fixtures/unseen-72`): 20 articles (10 German, 10 English, 199 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-first-session sections) and the
/// data files, written at the start of session 41 and committed before the checker first ran on it. Held out
/// through session 41 (only its totals read); a development corpus since session 42.
@Suite("Unseen corpus 72")
struct Unseen72CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 72", folder: "Fixtures/unseen-72",
            CorpusThresholds(
                articles: 20, gold: 199, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (8097fc4): 81.4% right, precision 88.1%, recall
    // 93.0%, 2 false alarms (docs/measurements/unseen-70-73-first-measurement-session-41.txt).
    // End of session 41: right 81.4%, precision 88.1%, recall 93.0%, 2 false alarms.
    // End of session 42: right 83.4%, precision 88.1%, recall 93.0%, 0 false alarms.
    // End of session 43: right 85.4%, precision 88.1%, recall 93.0%, 0 false alarms.
    // End of session 44: right 85.4%, precision 88.1%, recall 93.0%, 0 false alarms.
    // End of session 45: right 85.4%, precision 88.1%, recall 93.0%, 0 false alarms.
    // End of session 46: right 85.9%, precision 88.6%, recall 93.5%, 0 false alarms.
    // End of session 47: right 85.9%, precision 88.6%, recall 93.5%, 0 false alarms.
    // End of session 48: right 85.9%, precision 88.6%, recall 93.5%, 0 false alarms.
    // End of session 49: right 85.9%, precision 88.6%, recall 93.5%, 0 false alarms.
    // End of session 50: right 85.9%, precision 88.6%, recall 93.5%, 0 false alarms.
    // End of session 51: right 85.9%, precision 88.6%, recall 93.5%, 0 false alarms.
    // End of session 52: right 85.9%, precision 88.6%, recall 93.5%, 0 false alarms.
    // End of session 53: right 85.9%, precision 88.6%, recall 93.5%, 0 false alarms.
    // End of session 54: right 85.9%, precision 88.6%, recall 93.5%, 0 false alarms.
    // End of session 55: right 85.9%, precision 88.6%, recall 93.5%, 0 false alarms.
    // End of session 56: right 85.9%, precision 88.6%, recall 93.5%, 0 false alarms.
    // End of session 57: right 85.9%, precision 88.6%, recall 93.5%, 0 false alarms.
    // End of session 58: right 85.9%, precision 88.6%, recall 93.5%, 0 false alarms.
    // End of session 59: right 85.9%, precision 88.6%, recall 93.5%, 0 false alarms.
    static let minimumRight = 0.85
    static let minimumPrecision = 0.88
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// The seventy-third unseen corpus (`Fixtures/unseen-73`): 20 articles (10 German, 10 English, 199 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-first-session sections) and the
/// data files, written at the start of session 41 and committed before the checker first ran on it. Held out
/// through session 41 (only its totals read); a development corpus since session 42.
@Suite("Unseen corpus 73")
struct Unseen73CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 73", folder: "Fixtures/unseen-73",
            CorpusThresholds(
                articles: 20, gold: 199, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (8097fc4): 81.4% right, precision 85.6%, recall
    // 92.5%, 1 false alarm (docs/measurements/unseen-70-73-first-measurement-session-41.txt).
    // End of session 41: right 81.4%, precision 85.6%, recall 92.5%, 1 false alarms.
    // End of session 42: right 84.9%, precision 85.8%, recall 97.0%, 0 false alarms.
    // End of session 43: right 85.9%, precision 85.8%, recall 97.0%, 0 false alarms.
    // End of session 44: right 85.9%, precision 86.2%, recall 97.0%, 0 false alarms.
    // End of session 45: right 85.9%, precision 86.2%, recall 97.0%, 0 false alarms.
    // End of session 46: right 85.9%, precision 86.2%, recall 97.0%, 0 false alarms.
    // End of session 47: right 85.9%, precision 86.2%, recall 97.0%, 0 false alarms.
    // End of session 48: right 85.9%, precision 86.2%, recall 97.0%, 0 false alarms.
    // End of session 49: right 86.4%, precision 86.2%, recall 97.0%, 0 false alarms.
    // End of session 50: right 86.4%, precision 86.2%, recall 97.0%, 0 false alarms.
    // End of session 51: right 86.4%, precision 86.2%, recall 97.0%, 0 false alarms.
    // End of session 52: right 86.4%, precision 86.2%, recall 97.0%, 0 false alarms.
    // End of session 53: right 86.4%, precision 86.2%, recall 97.0%, 0 false alarms.
    // End of session 54: right 86.4%, precision 86.2%, recall 97.0%, 0 false alarms.
    // End of session 55: right 86.4%, precision 86.2%, recall 97.0%, 0 false alarms.
    // End of session 56: right 86.4%, precision 86.2%, recall 97.0%, 0 false alarms.
    // End of session 57: right 86.4%, precision 86.2%, recall 97.0%, 0 false alarms.
    // End of session 58: right 86.9%, precision 86.2%, recall 97.0%, 0 false alarms.
    // End of session 59: right 86.9%, precision 86.2%, recall 97.0%, 0 false alarms.
    static let minimumRight = 0.86
    static let minimumPrecision = 0.86
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The seventy-fourth unseen corpus (`Fixtures/unseen-74`): 20 articles (10 German, 10 English, 199 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-second-session sections) and the
/// data files, written at the start of session 42 and committed before the checker first ran on it. Held out
/// through session 42 (only its totals read); a development corpus since session 43.
@Suite("Unseen corpus 74")
struct Unseen74CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 74", folder: "Fixtures/unseen-74",
            CorpusThresholds(
                articles: 20, gold: 199, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (1e55bd6): 78.9% right, precision 90.8%, recall
    // 94.5%, 1 false alarm (docs/measurements/unseen-74-77-first-measurement-session-42.txt).
    // End of session 42: right 78.9%, precision 90.8%, recall 94.5%, 1 false alarms.
    // End of session 43: right 82.9%, precision 90.9%, recall 95.0%, 0 false alarms.
    // End of session 44: right 83.4%, precision 90.9%, recall 95.0%, 0 false alarms.
    // End of session 45: right 83.4%, precision 90.9%, recall 95.0%, 0 false alarms.
    // End of session 46: right 83.4%, precision 90.9%, recall 95.0%, 0 false alarms.
    // End of session 47: right 83.4%, precision 90.9%, recall 95.0%, 0 false alarms.
    // End of session 48: right 83.4%, precision 90.9%, recall 95.0%, 0 false alarms.
    // End of session 49: right 83.4%, precision 90.9%, recall 95.0%, 0 false alarms.
    // End of session 50: right 83.9%, precision 90.9%, recall 95.5%, 0 false alarms.
    // End of session 51: right 83.9%, precision 90.9%, recall 95.5%, 0 false alarms.
    // End of session 52: right 83.9%, precision 90.9%, recall 95.5%, 0 false alarms.
    // End of session 53: right 83.9%, precision 90.9%, recall 95.5%, 0 false alarms.
    // End of session 54: right 83.9%, precision 90.9%, recall 95.5%, 0 false alarms.
    // End of session 55: right 83.9%, precision 90.9%, recall 95.5%, 0 false alarms.
    // End of session 56: right 83.9%, precision 90.9%, recall 95.5%, 0 false alarms.
    // End of session 57: right 83.9%, precision 90.9%, recall 95.5%, 0 false alarms.
    // End of session 58: right 83.9%, precision 90.9%, recall 95.5%, 0 false alarms.
    // End of session 59: right 83.9%, precision 90.9%, recall 95.5%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.90
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The seventy-fifth unseen corpus (`Fixtures/unseen-75`): 20 articles (10 German, 10 English, 200 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-second-session sections) and the
/// data files, written at the start of session 42 and committed before the checker first ran on it. Held out
/// through session 42 (only its totals read); a development corpus since session 43.
@Suite("Unseen corpus 75")
struct Unseen75CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 75", folder: "Fixtures/unseen-75",
            CorpusThresholds(
                articles: 20, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (1e55bd6): 83.0% right, precision 85.8%, recall
    // 93.5%, 3 false alarms (docs/measurements/unseen-74-77-first-measurement-session-42.txt).
    // End of session 42: right 83.0%, precision 85.8%, recall 93.5%, 3 false alarms.
    // End of session 43: right 85.5%, precision 85.8%, recall 93.5%, 0 false alarms.
    // End of session 44: right 85.5%, precision 85.8%, recall 93.5%, 0 false alarms.
    // End of session 45: right 85.5%, precision 85.8%, recall 93.5%, 0 false alarms.
    // End of session 46: right 85.5%, precision 85.8%, recall 93.5%, 0 false alarms.
    // End of session 47: right 85.5%, precision 85.8%, recall 93.5%, 0 false alarms.
    // End of session 48: right 85.5%, precision 85.8%, recall 93.5%, 0 false alarms.
    // End of session 49: right 86.0%, precision 85.8%, recall 93.5%, 0 false alarms.
    // End of session 50: right 86.5%, precision 85.8%, recall 93.5%, 0 false alarms.
    // End of session 51: right 86.5%, precision 85.8%, recall 93.5%, 0 false alarms.
    // End of session 52: right 86.5%, precision 85.8%, recall 93.5%, 0 false alarms.
    // End of session 53: right 86.5%, precision 85.8%, recall 93.5%, 0 false alarms.
    // End of session 54: right 86.5%, precision 85.4%, recall 93.5%, 0 false alarms.
    // End of session 55: right 86.5%, precision 85.4%, recall 93.5%, 0 false alarms.
    // End of session 56: right 86.5%, precision 85.4%, recall 93.5%, 0 false alarms.
    // End of session 57: right 86.5%, precision 85.4%, recall 93.5%, 0 false alarms.
    // End of session 58: right 86.5%, precision 85.4%, recall 93.5%, 0 false alarms.
    // End of session 59: right 86.5%, precision 85.4%, recall 93.5%, 0 false alarms.
    static let minimumRight = 0.86
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// The seventy-sixth unseen corpus (`Fixtures/unseen-76`): 20 articles (10 German, 10 English, 196 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-second-session sections) and the
/// data files, written at the start of session 42 and committed before the checker first ran on it. Held out
/// through session 42 (only its totals read); a development corpus since session 43.
@Suite("Unseen corpus 76")
struct Unseen76CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 76", folder: "Fixtures/unseen-76",
            CorpusThresholds(
                articles: 20, gold: 196, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (1e55bd6): 79.6% right, precision 78.2%, recall
    // 93.4%, 1 false alarm (docs/measurements/unseen-74-77-first-measurement-session-42.txt).
    // End of session 42: right 79.6%, precision 78.2%, recall 93.4%, 1 false alarms.
    // End of session 43: right 83.2%, precision 78.3%, recall 93.9%, 0 false alarms.
    // End of session 44: right 83.2%, precision 78.6%, recall 93.9%, 0 false alarms.
    // End of session 45: right 83.2%, precision 78.6%, recall 93.9%, 0 false alarms.
    // End of session 46: right 83.7%, precision 78.6%, recall 93.9%, 0 false alarms.
    // End of session 47: right 83.7%, precision 78.6%, recall 93.9%, 0 false alarms.
    // End of session 48: right 83.7%, precision 78.3%, recall 93.9%, 0 false alarms.
    // End of session 49: right 83.7%, precision 78.3%, recall 93.9%, 0 false alarms.
    // End of session 50: right 83.7%, precision 78.3%, recall 93.9%, 0 false alarms.
    // End of session 51: right 83.7%, precision 78.3%, recall 93.9%, 0 false alarms.
    // End of session 52: right 84.2%, precision 78.3%, recall 93.9%, 0 false alarms.
    // End of session 53: right 84.2%, precision 78.3%, recall 93.9%, 0 false alarms.
    // End of session 54: right 84.2%, precision 78.3%, recall 93.9%, 0 false alarms.
    // End of session 55: right 84.2%, precision 78.3%, recall 93.9%, 0 false alarms.
    // End of session 56: right 84.7%, precision 78.3%, recall 93.9%, 0 false alarms.
    // End of session 57: right 84.7%, precision 78.3%, recall 93.9%, 0 false alarms.
    // End of session 58: right 84.7%, precision 78.3%, recall 93.9%, 0 false alarms.
    // End of session 59: right 84.7%, precision 78.3%, recall 93.9%, 0 false alarms.
    static let minimumRight = 0.84
    static let minimumPrecision = 0.78
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// The seventy-seventh unseen corpus (`Fixtures/unseen-77`): 20 articles (10 German, 10 English, 198 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-second-session sections) and the
/// data files, written at the start of session 42 and committed before the checker first ran on it. Held out
/// through session 42 (only its totals read); a development corpus since session 43.
@Suite("Unseen corpus 77")
struct Unseen77CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 77", folder: "Fixtures/unseen-77",
            CorpusThresholds(
                articles: 20, gold: 198, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (1e55bd6): 88.9% right, precision 84.4%, recall
    // 95.5%, 0 false alarms (docs/measurements/unseen-74-77-first-measurement-session-42.txt).
    // End of session 42: right 88.9%, precision 84.4%, recall 95.5%, 0 false alarms.
    // End of session 43: right 88.9%, precision 84.4%, recall 95.5%, 0 false alarms.
    // End of session 44: right 88.9%, precision 84.0%, recall 95.5%, 0 false alarms.
    // End of session 45: right 88.9%, precision 84.0%, recall 95.5%, 0 false alarms.
    // End of session 46: right 88.9%, precision 84.0%, recall 95.5%, 0 false alarms.
    // End of session 47: right 88.9%, precision 84.4%, recall 95.5%, 0 false alarms.
    // End of session 48: right 88.9%, precision 84.4%, recall 95.5%, 0 false alarms.
    // End of session 49: right 88.9%, precision 84.4%, recall 95.5%, 0 false alarms.
    // End of session 50: right 88.9%, precision 82.5%, recall 95.5%, 0 false alarms.
    // End of session 51: right 88.9%, precision 82.5%, recall 95.5%, 0 false alarms.
    // End of session 52: right 88.9%, precision 82.5%, recall 95.5%, 0 false alarms.
    // End of session 53: right 88.9%, precision 82.5%, recall 95.5%, 0 false alarms.
    // End of session 54: right 88.4%, precision 82.5%, recall 95.5%, 0 false alarms.
    // End of session 55: right 88.4%, precision 82.5%, recall 95.5%, 0 false alarms.
    // End of session 56: right 88.4%, precision 82.5%, recall 95.5%, 0 false alarms.
    // End of session 57: right 88.4%, precision 82.5%, recall 95.5%, 0 false alarms.
    // End of session 58: right 88.4%, precision 82.5%, recall 95.5%, 0 false alarms.
    // End of session 59: right 88.4%, precision 82.5%, recall 95.5%, 0 false alarms.
    static let minimumRight = 0.88
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The seventy-eighth unseen corpus (`Fixtures/unseen-78`): 20 articles (10 German, 10 English, 197 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-third-session sections) and the data
/// files, written at the start of session 43 and committed before the checker first ran on it. Held out through
/// session 43 (only its totals read); a development corpus since session 44.
@Suite("Unseen corpus 78")
struct Unseen78CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 78", folder: "Fixtures/unseen-78",
            CorpusThresholds(
                articles: 20, gold: 197, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (694834b): 84.3% right, precision 87.4%, recall
    // 94.9%, 3 false alarms (docs/measurements/unseen-78-81-first-measurement-session-43.txt).
    // End of session 43: right 84.3%, precision 87.4%, recall 94.9%, 3 false alarms.
    // End of session 44: right 87.8%, precision 87.4%, recall 94.9%, 0 false alarms.
    // End of session 45: right 87.8%, precision 87.4%, recall 94.9%, 0 false alarms.
    // End of session 46: right 87.8%, precision 87.4%, recall 94.9%, 0 false alarms.
    // End of session 47: right 87.8%, precision 87.4%, recall 94.9%, 0 false alarms.
    // End of session 48: right 87.8%, precision 87.4%, recall 94.9%, 0 false alarms.
    // End of session 49: right 87.8%, precision 87.4%, recall 94.9%, 0 false alarms.
    // End of session 50: right 88.8%, precision 87.9%, recall 95.9%, 0 false alarms.
    // End of session 51: right 88.8%, precision 87.9%, recall 95.9%, 0 false alarms.
    // End of session 52: right 88.8%, precision 87.9%, recall 95.9%, 0 false alarms.
    // End of session 53: right 88.8%, precision 87.9%, recall 95.9%, 0 false alarms.
    // End of session 54: right 88.8%, precision 87.5%, recall 95.9%, 0 false alarms.
    // End of session 55: right 88.8%, precision 87.5%, recall 95.9%, 0 false alarms.
    // End of session 56: right 88.8%, precision 87.5%, recall 95.9%, 0 false alarms.
    // End of session 57: right 88.8%, precision 87.5%, recall 95.9%, 0 false alarms.
    // End of session 58: right 88.8%, precision 87.5%, recall 95.9%, 0 false alarms.
    // End of session 59: right 88.8%, precision 87.5%, recall 95.9%, 0 false alarms.
    static let minimumRight = 0.88
    static let minimumPrecision = 0.87
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The seventy-ninth unseen corpus (`Fixtures/unseen-79`): 20 articles (10 German, 10 English, 200 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-third-session sections) and the data
/// files, written at the start of session 43 and committed before the checker first ran on it. Held out through
/// session 43 (only its totals read); a development corpus since session 44.
@Suite("Unseen corpus 79")
struct Unseen79CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 79", folder: "Fixtures/unseen-79",
            CorpusThresholds(
                articles: 20, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (694834b): 85.0% right, precision 83.4%, recall
    // 95.5%, 3 false alarms (docs/measurements/unseen-78-81-first-measurement-session-43.txt).
    // End of session 43: right 85.5%, precision 83.4%, recall 95.5%, 3 false alarms.
    // End of session 44: right 89.5%, precision 83.8%, recall 96.0%, 0 false alarms.
    // End of session 45: right 89.5%, precision 83.8%, recall 96.0%, 0 false alarms.
    // End of session 46: right 89.5%, precision 83.8%, recall 96.0%, 0 false alarms.
    // End of session 47: right 89.5%, precision 83.8%, recall 96.0%, 0 false alarms.
    // End of session 48: right 89.5%, precision 82.8%, recall 96.0%, 0 false alarms.
    // End of session 49: right 89.5%, precision 82.8%, recall 96.0%, 0 false alarms.
    // End of session 50: right 89.5%, precision 82.8%, recall 96.0%, 0 false alarms.
    // End of session 51: right 89.5%, precision 82.8%, recall 96.0%, 0 false alarms.
    // End of session 52: right 89.5%, precision 82.8%, recall 96.0%, 0 false alarms.
    // End of session 53: right 89.5%, precision 82.8%, recall 96.0%, 0 false alarms.
    // End of session 54: right 89.5%, precision 82.4%, recall 96.0%, 0 false alarms.
    // End of session 55: right 90.0%, precision 82.4%, recall 96.0%, 0 false alarms.
    // End of session 56: right 90.5%, precision 82.4%, recall 96.0%, 0 false alarms.
    // End of session 57: right 90.5%, precision 82.4%, recall 96.0%, 0 false alarms.
    // End of session 58: right 90.5%, precision 82.4%, recall 96.0%, 0 false alarms.
    // End of session 59: right 90.5%, precision 82.4%, recall 96.0%, 0 false alarms.
    static let minimumRight = 0.90
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The eightieth unseen corpus (`Fixtures/unseen-80`): 20 articles (10 German, 10 English, 200 claims) by two writers
/// who had read only the corpus brief (with its thirty-third- and forty-third-session sections) and the data files,
/// written at the start of session 43 and committed before the checker first ran on it. Held out through session 43
/// (only its totals read); a development corpus since session 44.
@Suite("Unseen corpus 80")
struct Unseen80CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 80", folder: "Fixtures/unseen-80",
            CorpusThresholds(
                articles: 20, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (694834b): 81.5% right, precision 83.7%, recall
    // 92.5%, 2 false alarms (docs/measurements/unseen-78-81-first-measurement-session-43.txt).
    // End of session 43: right 82.0%, precision 83.7%, recall 92.5%, 2 false alarms.
    // End of session 44: right 84.0%, precision 83.5%, recall 93.5%, 0 false alarms.
    // End of session 45: right 84.0%, precision 83.5%, recall 93.5%, 0 false alarms.
    // End of session 46: right 84.0%, precision 83.5%, recall 93.5%, 0 false alarms.
    // End of session 47: right 84.0%, precision 83.5%, recall 93.5%, 0 false alarms.
    // End of session 48: right 84.0%, precision 83.5%, recall 93.5%, 0 false alarms.
    // End of session 49: right 84.0%, precision 83.1%, recall 93.5%, 0 false alarms.
    // End of session 50: right 84.5%, precision 82.8%, recall 94.0%, 0 false alarms.
    // End of session 51: right 84.5%, precision 82.8%, recall 94.0%, 0 false alarms.
    // End of session 52: right 84.5%, precision 82.8%, recall 94.0%, 0 false alarms.
    // End of session 53: right 84.5%, precision 82.8%, recall 94.0%, 0 false alarms.
    // End of session 54: right 84.5%, precision 82.5%, recall 94.0%, 0 false alarms.
    // End of session 55: right 84.5%, precision 82.5%, recall 94.0%, 0 false alarms.
    // End of session 56: right 84.5%, precision 82.5%, recall 94.0%, 0 false alarms.
    // End of session 57: right 84.5%, precision 82.5%, recall 94.0%, 0 false alarms.
    // End of session 58: right 84.5%, precision 82.5%, recall 94.0%, 0 false alarms.
    // End of session 59: right 84.5%, precision 82.5%, recall 94.0%, 0 false alarms.
    static let minimumRight = 0.84
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The eighty-first unseen corpus (`Fixtures/unseen-81`): 20 articles (10 German, 10 English, 196 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-third-session sections) and the data
/// files, written at the start of session 43 and committed before the checker first ran on it. Held out through
/// session 43 (only its totals read); a development corpus since session 44.
@Suite("Unseen corpus 81")
struct Unseen81CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 81", folder: "Fixtures/unseen-81",
            CorpusThresholds(
                articles: 20, gold: 196, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (694834b): 87.2% right, precision 88.8%, recall
    // 96.9%, 2 false alarms (docs/measurements/unseen-78-81-first-measurement-session-43.txt).
    // End of session 43: right 87.2%, precision 88.8%, recall 96.9%, 2 false alarms.
    // End of session 44: right 89.8%, precision 89.2%, recall 96.9%, 0 false alarms.
    // End of session 45: right 89.8%, precision 89.2%, recall 96.9%, 0 false alarms.
    // End of session 46: right 90.3%, precision 89.3%, recall 97.4%, 0 false alarms.
    // End of session 47: right 90.3%, precision 89.7%, recall 97.4%, 0 false alarms.
    // End of session 48: right 90.8%, precision 89.7%, recall 97.4%, 0 false alarms.
    // End of session 49: right 91.3%, precision 89.7%, recall 97.4%, 0 false alarms.
    // End of session 50: right 91.3%, precision 89.3%, recall 97.4%, 0 false alarms.
    // End of session 51: right 91.3%, precision 89.3%, recall 97.4%, 0 false alarms.
    // End of session 52: right 91.3%, precision 88.8%, recall 97.4%, 0 false alarms.
    // End of session 53: right 91.3%, precision 88.8%, recall 97.4%, 0 false alarms.
    // End of session 54: right 91.3%, precision 88.8%, recall 97.4%, 0 false alarms.
    // End of session 55: right 91.8%, precision 88.8%, recall 97.4%, 0 false alarms.
    // End of session 56: right 91.8%, precision 88.8%, recall 97.4%, 0 false alarms.
    // End of session 57: right 91.8%, precision 88.8%, recall 97.4%, 0 false alarms.
    // End of session 58: right 91.8%, precision 88.8%, recall 97.4%, 0 false alarms.
    // End of session 59: right 91.8%, precision 88.8%, recall 97.4%, 0 false alarms.
    static let minimumRight = 0.91
    static let minimumPrecision = 0.88
    static let minimumRecall = 0.97
    static let maximumFalseAlarms = 1
}

/// The eighty-second unseen corpus (`Fixtures/unseen-82`): 20 articles (10 German, 10 English, 199 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-fourth-session sections) and the data
/// files, written at the start of session 44 and committed before the checker first ran on it. Held out through
/// session 44 (only its totals read); a development corpus since session 45.
@Suite("Unseen corpus 82")
struct Unseen82CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 82", folder: "Fixtures/unseen-82",
            CorpusThresholds(
                articles: 20, gold: 199, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (a882f27): 80.4% right, precision 82.0%, recall
    // 91.5%, 2 false alarms (docs/measurements/unseen-82-85-first-measurement-session-44.txt).
    // End of session 44: right 81.4%, precision 82.1%, recall 92.5%, 2 false alarms.
    // End of session 45: right 83.4%, precision 82.6%, recall 93.0%, 0 false alarms.
    // End of session 46: right 83.4%, precision 82.6%, recall 93.0%, 0 false alarms.
    // End of session 47: right 83.4%, precision 82.6%, recall 93.0%, 0 false alarms.
    // End of session 48: right 83.4%, precision 82.6%, recall 93.0%, 0 false alarms.
    // End of session 49: right 83.4%, precision 82.6%, recall 93.0%, 0 false alarms.
    // End of session 50: right 83.9%, precision 83.0%, recall 93.5%, 0 false alarms.
    // End of session 51: right 83.9%, precision 83.0%, recall 93.5%, 0 false alarms.
    // End of session 52: right 83.9%, precision 83.0%, recall 93.5%, 0 false alarms.
    // End of session 53: right 83.9%, precision 83.0%, recall 93.5%, 0 false alarms.
    // End of session 54: right 83.9%, precision 82.7%, recall 93.5%, 0 false alarms.
    // End of session 55: right 83.9%, precision 82.7%, recall 93.5%, 0 false alarms.
    // End of session 56: right 83.9%, precision 82.7%, recall 93.5%, 0 false alarms.
    // End of session 57: right 83.9%, precision 82.7%, recall 93.5%, 0 false alarms.
    // End of session 58: right 83.9%, precision 82.7%, recall 93.5%, 0 false alarms.
    // End of session 59: right 83.9%, precision 82.7%, recall 93.5%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// The eighty-third unseen corpus (`Fixtures/unseen-83`): 20 articles (10 German, 10 English, 199 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-fourth-session sections) and the data
/// files, written at the start of session 44 and committed before the checker first ran on it. Held out through
/// session 44 (only its totals read); a development corpus since session 45.
@Suite("Unseen corpus 83")
struct Unseen83CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 83", folder: "Fixtures/unseen-83",
            CorpusThresholds(
                articles: 20, gold: 199, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (a882f27): 82.4% right, precision 86.6%, recall
    // 94.5%, 1 false alarm (docs/measurements/unseen-82-85-first-measurement-session-44.txt).
    // End of session 44: right 82.4%, precision 86.2%, recall 94.5%, 1 false alarms.
    // End of session 45: right 82.4%, precision 86.2%, recall 94.5%, 0 false alarms.
    // End of session 46: right 82.4%, precision 86.2%, recall 94.5%, 0 false alarms.
    // End of session 47: right 82.4%, precision 87.9%, recall 94.5%, 0 false alarms.
    // End of session 48: right 82.4%, precision 87.9%, recall 94.5%, 0 false alarms.
    // End of session 49: right 82.9%, precision 87.9%, recall 94.5%, 0 false alarms.
    // End of session 50: right 83.4%, precision 88.3%, recall 95.0%, 0 false alarms.
    // End of session 51: right 83.4%, precision 88.3%, recall 95.0%, 0 false alarms.
    // End of session 52: right 83.4%, precision 88.3%, recall 95.0%, 0 false alarms.
    // End of session 53: right 83.4%, precision 88.3%, recall 95.0%, 0 false alarms.
    // End of session 54: right 83.4%, precision 88.3%, recall 95.0%, 0 false alarms.
    // End of session 55: right 83.4%, precision 88.3%, recall 95.0%, 0 false alarms.
    // End of session 56: right 83.4%, precision 88.3%, recall 95.0%, 0 false alarms.
    // End of session 57: right 83.4%, precision 88.3%, recall 95.0%, 0 false alarms.
    // End of session 58: right 83.4%, precision 88.3%, recall 95.0%, 0 false alarms.
    // End of session 59: right 83.4%, precision 88.3%, recall 95.0%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.88
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The eighty-fourth unseen corpus (`Fixtures/unseen-84`): 20 articles (10 German, 10 English, 199 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-fourth-session sections) and the data
/// files, written at the start of session 44 and committed before the checker first ran on it. Held out through
/// session 44 (only its totals read); a development corpus since session 45.
@Suite("Unseen corpus 84")
struct Unseen84CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 84", folder: "Fixtures/unseen-84",
            CorpusThresholds(
                articles: 20, gold: 199, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (a882f27): 79.9% right, precision 79.3%, recall
    // 96.0%, 2 false alarms (docs/measurements/unseen-82-85-first-measurement-session-44.txt).
    // End of session 44: right 80.4%, precision 79.3%, recall 96.0%, 2 false alarms.
    // End of session 45: right 82.4%, precision 79.3%, recall 96.0%, 0 false alarms.
    // End of session 46: right 82.9%, precision 79.3%, recall 96.0%, 0 false alarms.
    // End of session 47: right 82.9%, precision 79.6%, recall 96.0%, 0 false alarms.
    // End of session 48: right 82.9%, precision 79.6%, recall 96.0%, 0 false alarms.
    // End of session 49: right 83.4%, precision 79.6%, recall 96.0%, 0 false alarms.
    // End of session 50: right 83.4%, precision 78.9%, recall 96.0%, 0 false alarms.
    // End of session 51: right 83.4%, precision 78.9%, recall 96.0%, 0 false alarms.
    // End of session 52: right 83.4%, precision 78.9%, recall 96.0%, 0 false alarms.
    // End of session 53: right 83.4%, precision 78.9%, recall 96.0%, 0 false alarms.
    // End of session 54: right 83.4%, precision 78.3%, recall 96.0%, 0 false alarms.
    // End of session 55: right 83.4%, precision 78.3%, recall 96.0%, 0 false alarms.
    // End of session 56: right 83.4%, precision 78.3%, recall 96.0%, 0 false alarms.
    // End of session 57: right 83.4%, precision 78.3%, recall 96.0%, 0 false alarms.
    // End of session 58: right 83.4%, precision 78.3%, recall 96.0%, 0 false alarms.
    // End of session 59: right 83.4%, precision 78.3%, recall 96.0%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.78
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The eighty-fifth unseen corpus (`Fixtures/unseen-85`): 20 articles (10 German, 10 English, 198 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-fourth-session sections) and the data
/// files, written at the start of session 44 and committed before the checker first ran on it. Held out through
/// session 44 (only its totals read); a development corpus since session 45.
@Suite("Unseen corpus 85")
struct Unseen85CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 85", folder: "Fixtures/unseen-85",
            CorpusThresholds(
                articles: 20, gold: 198, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (a882f27): 84.3% right, precision 80.2%, recall
    // 96.0%, 2 false alarms (docs/measurements/unseen-82-85-first-measurement-session-44.txt).
    // End of session 44: right 84.3%, precision 80.2%, recall 96.0%, 2 false alarms.
    // End of session 45: right 86.4%, precision 80.3%, recall 96.5%, 0 false alarms.
    // End of session 46: right 86.9%, precision 80.3%, recall 97.0%, 0 false alarms.
    // End of session 47: right 86.9%, precision 80.7%, recall 97.0%, 0 false alarms.
    // End of session 48: right 86.9%, precision 80.7%, recall 97.0%, 0 false alarms.
    // End of session 49: right 87.4%, precision 80.7%, recall 97.0%, 0 false alarms.
    // End of session 50: right 87.4%, precision 80.3%, recall 97.0%, 0 false alarms.
    // End of session 51: right 87.4%, precision 80.3%, recall 97.0%, 0 false alarms.
    // End of session 52: right 87.4%, precision 80.3%, recall 97.0%, 0 false alarms.
    // End of session 53: right 87.4%, precision 80.3%, recall 97.0%, 0 false alarms.
    // End of session 54: right 87.4%, precision 80.3%, recall 97.0%, 0 false alarms.
    // End of session 55: right 87.4%, precision 80.3%, recall 97.0%, 0 false alarms.
    // End of session 56: right 87.4%, precision 80.3%, recall 97.0%, 0 false alarms.
    // End of session 57: right 87.4%, precision 80.3%, recall 97.0%, 0 false alarms.
    // End of session 58: right 87.4%, precision 80.3%, recall 97.0%, 0 false alarms.
    // End of session 59: right 87.4%, precision 80.3%, recall 97.0%, 0 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.80
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The eighty-sixth unseen corpus (`Fixtures/unseen-86`): 20 articles (10 German, 10 English, 198 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-fifth-session sections) and the data
/// files, written at the start of session 45 and committed before the checker first ran on it. Held out through
/// session 45 (only its totals read); a development corpus since session 46.
@Suite("Unseen corpus 86")
struct Unseen86CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 86", folder: "Fixtures/unseen-86",
            CorpusThresholds(
                articles: 20, gold: 198, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (f944e1f): 78.3% right, precision 85.3%, recall
    // 93.4%, 4 false alarms (docs/measurements/unseen-86-89-first-measurement-session-45.txt).
    // End of session 45: right 78.8%, precision 85.3%, recall 93.4%, 3 false alarms.
    // End of session 46: right 80.8%, precision 85.3%, recall 93.9%, 0 false alarms.
    // End of session 47: right 81.3%, precision 85.3%, recall 93.9%, 0 false alarms.
    // End of session 48: right 81.8%, precision 85.3%, recall 93.9%, 0 false alarms.
    // End of session 49: right 82.3%, precision 85.3%, recall 93.9%, 0 false alarms.
    // End of session 50: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 51: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 52: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 53: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 54: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 55: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 56: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 57: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 58: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    // End of session 59: right 82.8%, precision 84.2%, recall 94.4%, 0 false alarms.
    static let minimumRight = 0.82
    static let minimumPrecision = 0.84
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The eighty-seventh unseen corpus (`Fixtures/unseen-87`): 20 articles (10 German, 10 English, 199 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-fifth-session sections) and the data
/// files, written at the start of session 45 and committed before the checker first ran on it. Held out through
/// session 45 (only its totals read); a development corpus since session 46.
@Suite("Unseen corpus 87")
struct Unseen87CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 87", folder: "Fixtures/unseen-87",
            CorpusThresholds(
                articles: 20, gold: 199, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (f944e1f): it stopped on one article with a range
    // built backwards (10 claims, counted as missed: 79.9% right, 5 false alarms); with the range fix alone, 82.9%
    // right, precision 82.1%, recall 94.5%, 6 false alarms
    // (docs/measurements/unseen-86-89-first-measurement-session-45.txt).
    // End of session 45: right 82.9%, precision 82.1%, recall 94.5%, 6 false alarms.
    // End of session 46: right 87.9%, precision 82.2%, recall 95.0%, 0 false alarms.
    // End of session 47: right 87.9%, precision 83.3%, recall 95.0%, 0 false alarms.
    // End of session 48: right 87.9%, precision 83.3%, recall 95.0%, 0 false alarms.
    // End of session 49: right 88.4%, precision 83.3%, recall 95.0%, 0 false alarms.
    // End of session 50: right 88.4%, precision 83.3%, recall 95.0%, 0 false alarms.
    // End of session 51: right 88.4%, precision 83.3%, recall 95.0%, 0 false alarms.
    // End of session 52: right 88.4%, precision 83.3%, recall 95.0%, 0 false alarms.
    // End of session 53: right 88.4%, precision 83.3%, recall 95.0%, 0 false alarms.
    // End of session 54: right 88.4%, precision 83.3%, recall 95.0%, 0 false alarms.
    // End of session 55: right 88.4%, precision 83.3%, recall 95.0%, 0 false alarms.
    // End of session 56: right 88.4%, precision 83.3%, recall 95.0%, 0 false alarms.
    // End of session 57: right 88.4%, precision 83.3%, recall 95.0%, 0 false alarms.
    // End of session 58: right 88.4%, precision 83.3%, recall 95.0%, 0 false alarms.
    // End of session 59: right 88.4%, precision 83.3%, recall 95.0%, 0 false alarms.
    static let minimumRight = 0.88
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The eighty-eighth unseen corpus (`Fixtures/unseen-88`): 20 articles (10 German, 10 English, 199 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-fifth-session sections) and the data
/// files, written at the start of session 45 and committed before the checker first ran on it. Held out through
/// session 45 (only its totals read); a development corpus since session 46.
@Suite("Unseen corpus 88")
struct Unseen88CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 88", folder: "Fixtures/unseen-88",
            CorpusThresholds(
                articles: 20, gold: 199, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (f944e1f): 85.4% right, precision 79.8%, recall
    // 93.5%, 2 false alarms (docs/measurements/unseen-86-89-first-measurement-session-45.txt).
    // End of session 45: right 85.4%, precision 79.8%, recall 93.5%, 2 false alarms.
    // End of session 46: right 86.4%, precision 79.8%, recall 93.5%, 0 false alarms.
    // End of session 47: right 86.4%, precision 79.8%, recall 93.5%, 0 false alarms.
    // End of session 48: right 86.4%, precision 79.8%, recall 93.5%, 0 false alarms.
    // End of session 49: right 86.4%, precision 79.8%, recall 93.5%, 0 false alarms.
    // End of session 50: right 86.9%, precision 80.3%, recall 94.0%, 0 false alarms.
    // End of session 51: right 86.9%, precision 80.3%, recall 94.0%, 0 false alarms.
    // End of session 52: right 86.9%, precision 80.3%, recall 94.0%, 0 false alarms.
    // End of session 53: right 86.9%, precision 80.3%, recall 94.0%, 0 false alarms.
    // End of session 54: right 86.9%, precision 80.3%, recall 94.0%, 0 false alarms.
    // End of session 55: right 87.4%, precision 80.3%, recall 94.0%, 0 false alarms.
    // End of session 56: right 87.4%, precision 80.3%, recall 94.0%, 0 false alarms.
    // End of session 57: right 87.4%, precision 80.3%, recall 94.0%, 0 false alarms.
    // End of session 58: right 87.4%, precision 80.3%, recall 94.0%, 0 false alarms.
    // End of session 59: right 87.4%, precision 80.3%, recall 94.0%, 0 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.80
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// The eighty-ninth unseen corpus (`Fixtures/unseen-89`): 20 articles (10 German, 10 English, 199 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-fifth-session sections) and the data
/// files, written at the start of session 45 and committed before the checker first ran on it. Held out through
/// session 45 (only its totals read); a development corpus since session 46.
@Suite("Unseen corpus 89")
struct Unseen89CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 89", folder: "Fixtures/unseen-89",
            CorpusThresholds(
                articles: 20, gold: 199, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (f944e1f): 81.4% right, precision 88.8%, recall
    // 91.5%, 3 false alarms (docs/measurements/unseen-86-89-first-measurement-session-45.txt).
    // End of session 45: right 81.4%, precision 88.8%, recall 91.5%, 3 false alarms.
    // End of session 46: right 83.9%, precision 89.3%, recall 92.5%, 0 false alarms.
    // End of session 47: right 84.4%, precision 89.3%, recall 92.5%, 0 false alarms.
    // End of session 48: right 84.4%, precision 89.3%, recall 92.5%, 0 false alarms.
    // End of session 49: right 84.4%, precision 89.3%, recall 92.5%, 0 false alarms.
    // End of session 50: right 84.4%, precision 89.3%, recall 92.5%, 0 false alarms.
    // End of session 51: right 84.4%, precision 89.3%, recall 92.5%, 0 false alarms.
    // End of session 52: right 84.4%, precision 89.3%, recall 92.5%, 0 false alarms.
    // End of session 53: right 84.4%, precision 89.3%, recall 92.5%, 0 false alarms.
    // End of session 54: right 84.4%, precision 89.3%, recall 92.5%, 0 false alarms.
    // End of session 55: right 84.4%, precision 89.3%, recall 92.5%, 0 false alarms.
    // End of session 56: right 84.4%, precision 89.3%, recall 92.5%, 0 false alarms.
    // End of session 57: right 84.4%, precision 89.3%, recall 92.5%, 0 false alarms.
    // End of session 58: right 84.4%, precision 89.3%, recall 92.5%, 0 false alarms.
    // End of session 59: right 84.9%, precision 89.3%, recall 92.5%, 0 false alarms.
    static let minimumRight = 0.84
    static let minimumPrecision = 0.89
    static let minimumRecall = 0.92
    static let maximumFalseAlarms = 1
}

/// The ninetieth unseen corpus (`Fixtures/unseen-90`): 20 articles (10 German, 10 English, 198 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-sixth-session sections) and the data
/// files, written at the start of session 46 and committed before the checker first ran on it. Held out through
/// session 46 (only its totals read); a development corpus since session 47.
@Suite("Unseen corpus 90")
struct Unseen90CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 90", folder: "Fixtures/unseen-90",
            CorpusThresholds(
                articles: 20, gold: 198, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (655dfb3): 84.3% right, precision 87.4%, recall
    // 94.4%, 0 false alarms (docs/measurements/unseen-90-93-first-measurement-session-46.txt).
    // End of session 46: right 84.3%, precision 87.4%, recall 94.4%, 0 false alarms.
    // End of session 47: right 84.3%, precision 87.4%, recall 94.4%, 0 false alarms.
    // End of session 48: right 84.8%, precision 87.0%, recall 94.4%, 0 false alarms.
    // End of session 49: right 86.4%, precision 87.0%, recall 94.4%, 0 false alarms.
    // End of session 50: right 86.9%, precision 86.6%, recall 94.9%, 0 false alarms.
    // End of session 51: right 86.9%, precision 86.6%, recall 94.9%, 0 false alarms.
    // End of session 52: right 86.9%, precision 86.6%, recall 94.9%, 0 false alarms.
    // End of session 53: right 86.9%, precision 86.6%, recall 94.9%, 0 false alarms.
    // End of session 54: right 87.4%, precision 86.7%, recall 95.5%, 0 false alarms.
    // End of session 55: right 87.4%, precision 86.7%, recall 95.5%, 0 false alarms.
    // End of session 56: right 87.4%, precision 86.7%, recall 95.5%, 0 false alarms.
    // End of session 57: right 87.4%, precision 86.7%, recall 95.5%, 0 false alarms.
    // End of session 58: right 87.4%, precision 86.7%, recall 95.5%, 0 false alarms.
    // End of session 59: right 87.4%, precision 86.7%, recall 95.5%, 0 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.86
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The ninety-first unseen corpus (`Fixtures/unseen-91`): 20 articles (10 German, 10 English, 195 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-sixth-session sections) and the data
/// files, written at the start of session 46 and committed before the checker first ran on it. Held out through
/// session 46 (only its totals read); a development corpus since session 47.
@Suite("Unseen corpus 91")
struct Unseen91CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 91", folder: "Fixtures/unseen-91",
            CorpusThresholds(
                articles: 20, gold: 195, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (655dfb3): 75.9% right, precision 84.4%, recall
    // 94.4%, 3 false alarms (docs/measurements/unseen-90-93-first-measurement-session-46.txt).
    // End of session 46: right 76.4%, precision 84.0%, recall 94.4%, 3 false alarms.
    // End of session 47: right 80.5%, precision 84.0%, recall 94.4%, 0 false alarms.
    // End of session 48: right 80.5%, precision 84.0%, recall 94.4%, 0 false alarms.
    // End of session 49: right 80.5%, precision 84.0%, recall 94.4%, 0 false alarms.
    // End of session 50: right 80.5%, precision 84.0%, recall 94.4%, 0 false alarms.
    // End of session 51: right 80.5%, precision 84.0%, recall 94.4%, 0 false alarms.
    // End of session 52: right 80.5%, precision 84.0%, recall 94.4%, 0 false alarms.
    // End of session 53: right 80.5%, precision 84.0%, recall 94.4%, 0 false alarms.
    // End of session 54: right 80.5%, precision 84.0%, recall 94.4%, 0 false alarms.
    // End of session 55: right 80.5%, precision 84.0%, recall 94.4%, 0 false alarms.
    // End of session 56: right 80.5%, precision 83.6%, recall 94.4%, 0 false alarms.
    // End of session 57: right 80.5%, precision 83.6%, recall 94.4%, 0 false alarms.
    // End of session 58: right 80.5%, precision 83.6%, recall 94.4%, 0 false alarms.
    // End of session 59: right 81.0%, precision 83.6%, recall 94.4%, 0 false alarms.
    static let minimumRight = 0.81
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The ninety-second unseen corpus (`Fixtures/unseen-92`): 20 articles (10 German, 10 English, 211 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-sixth-session sections) and the data
/// files, written at the start of session 46 and committed before the checker first ran on it. Held out through
/// session 46 (only its totals read); a development corpus since session 47.
@Suite("Unseen corpus 92")
struct Unseen92CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 92", folder: "Fixtures/unseen-92",
            CorpusThresholds(
                articles: 20, gold: 211, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (655dfb3): 82.0% right, precision 85.8%, recall
    // 94.8%, 6 false alarms (docs/measurements/unseen-90-93-first-measurement-session-46.txt).
    // End of session 46: right 82.0%, precision 85.8%, recall 94.8%, 6 false alarms.
    // End of session 47: right 88.2%, precision 86.3%, recall 95.3%, 0 false alarms.
    // End of session 48: right 88.2%, precision 86.3%, recall 95.3%, 0 false alarms.
    // End of session 49: right 88.2%, precision 86.3%, recall 95.3%, 0 false alarms.
    // End of session 50: right 88.2%, precision 86.3%, recall 95.3%, 0 false alarms.
    // End of session 51: right 88.2%, precision 86.3%, recall 95.3%, 0 false alarms.
    // End of session 52: right 88.2%, precision 86.3%, recall 95.3%, 0 false alarms.
    // End of session 53: right 88.2%, precision 86.3%, recall 95.3%, 0 false alarms.
    // End of session 54: right 88.2%, precision 86.3%, recall 95.3%, 0 false alarms.
    // End of session 55: right 88.2%, precision 86.3%, recall 95.3%, 0 false alarms.
    // End of session 56: right 88.2%, precision 86.3%, recall 95.3%, 0 false alarms.
    // End of session 57: right 88.2%, precision 86.3%, recall 95.3%, 0 false alarms.
    // End of session 58: right 88.6%, precision 86.3%, recall 95.3%, 0 false alarms.
    // End of session 59: right 88.6%, precision 86.3%, recall 95.3%, 0 false alarms.
    static let minimumRight = 0.88
    static let minimumPrecision = 0.86
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The ninety-third unseen corpus (`Fixtures/unseen-93`): 20 articles (10 German, 10 English, 200 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-sixth-session sections) and the data
/// files, written at the start of session 46 and committed before the checker first ran on it. Held out through
/// session 46 (only its totals read); a development corpus since session 47.
@Suite("Unseen corpus 93")
struct Unseen93CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 93", folder: "Fixtures/unseen-93",
            CorpusThresholds(
                articles: 20, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (655dfb3): 82.5% right, precision 82.7%, recall
    // 93.5%, 3 false alarms (docs/measurements/unseen-90-93-first-measurement-session-46.txt).
    // End of session 46: right 82.5%, precision 82.7%, recall 93.5%, 3 false alarms.
    // End of session 47: right 85.0%, precision 82.9%, recall 94.5%, 0 false alarms.
    // End of session 48: right 85.0%, precision 82.9%, recall 94.5%, 0 false alarms.
    // End of session 49: right 85.0%, precision 82.9%, recall 94.5%, 0 false alarms.
    // End of session 50: right 85.5%, precision 83.0%, recall 95.0%, 0 false alarms.
    // End of session 51: right 85.5%, precision 83.0%, recall 95.0%, 0 false alarms.
    // End of session 52: right 85.5%, precision 83.0%, recall 95.0%, 0 false alarms.
    // End of session 53: right 85.5%, precision 83.0%, recall 95.0%, 0 false alarms.
    // End of session 54: right 85.5%, precision 83.3%, recall 95.0%, 0 false alarms.
    // End of session 55: right 85.5%, precision 83.3%, recall 95.0%, 0 false alarms.
    // End of session 56: right 85.5%, precision 83.3%, recall 95.0%, 0 false alarms.
    // End of session 57: right 85.5%, precision 83.3%, recall 95.0%, 0 false alarms.
    // End of session 58: right 85.5%, precision 83.3%, recall 95.0%, 0 false alarms.
    // End of session 59: right 85.5%, precision 83.3%, recall 95.0%, 0 false alarms.
    static let minimumRight = 0.85
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The ninety-fourth unseen corpus (`Fixtures/unseen-94`): 20 articles (10 German, 10 English, 199 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-seventh-session sections) and the data
/// files, written at the start of session 47 and committed before the checker first ran on it. Held out through
/// session 47 (only its totals read); a development corpus since session 48.
@Suite("Unseen corpus 94")
struct Unseen94CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 94", folder: "Fixtures/unseen-94",
            CorpusThresholds(
                articles: 20, gold: 199, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (1365670): 80.4% right, precision 89.2%, recall
    // 91.5%, 3 false alarms (docs/measurements/unseen-94-97-first-measurement-session-47.txt).
    // End of session 47: right 81.9%, precision 89.4%, recall 93.0%, 3 false alarms.
    // End of session 48: right 82.4%, precision 89.4%, recall 93.0%, 0 false alarms.
    // End of session 49: right 83.4%, precision 89.4%, recall 93.0%, 0 false alarms.
    // End of session 50: right 83.4%, precision 88.9%, recall 93.0%, 0 false alarms.
    // End of session 51: right 83.4%, precision 88.9%, recall 93.0%, 0 false alarms.
    // End of session 52: right 83.9%, precision 88.9%, recall 93.0%, 0 false alarms.
    // End of session 53: right 83.9%, precision 88.9%, recall 93.0%, 0 false alarms.
    // End of session 54: right 83.9%, precision 88.9%, recall 93.0%, 0 false alarms.
    // End of session 55: right 83.9%, precision 88.9%, recall 93.0%, 0 false alarms.
    // End of session 56: right 83.9%, precision 88.9%, recall 93.0%, 0 false alarms.
    // End of session 57: right 83.9%, precision 88.9%, recall 93.0%, 0 false alarms.
    // End of session 58: right 83.9%, precision 88.9%, recall 93.0%, 0 false alarms.
    // End of session 59: right 83.9%, precision 88.9%, recall 93.0%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.88
    static let minimumRecall = 0.92
    static let maximumFalseAlarms = 1
}

/// The ninety-fifth unseen corpus (`Fixtures/unseen-95`): 20 articles (10 German, 10 English, 198 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-seventh-session sections) and the data
/// files, written at the start of session 47 and committed before the checker first ran on it. Held out through
/// session 47 (only its totals read); a development corpus since session 48.
@Suite("Unseen corpus 95")
struct Unseen95CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 95", folder: "Fixtures/unseen-95",
            CorpusThresholds(
                articles: 20, gold: 198, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (1365670): 78.3% right, precision 84.3%, recall
    // 91.9%, 1 false alarm (docs/measurements/unseen-94-97-first-measurement-session-47.txt).
    // End of session 47: right 78.3%, precision 84.3%, recall 91.9%, 1 false alarms.
    // End of session 48: right 78.3%, precision 84.3%, recall 91.9%, 0 false alarms.
    // End of session 49: right 78.3%, precision 84.3%, recall 91.9%, 0 false alarms.
    // End of session 50: right 78.3%, precision 83.1%, recall 91.9%, 0 false alarms.
    // End of session 51: right 78.3%, precision 83.1%, recall 91.9%, 0 false alarms.
    // End of session 52: right 78.3%, precision 83.1%, recall 91.9%, 0 false alarms.
    // End of session 53: right 78.3%, precision 83.1%, recall 91.9%, 0 false alarms.
    // End of session 54: right 78.3%, precision 83.1%, recall 91.9%, 0 false alarms.
    // End of session 55: right 78.3%, precision 83.1%, recall 91.9%, 0 false alarms.
    // End of session 56: right 78.3%, precision 83.1%, recall 91.9%, 0 false alarms.
    // End of session 57: right 78.3%, precision 83.1%, recall 91.9%, 0 false alarms.
    // End of session 58: right 78.3%, precision 83.1%, recall 91.9%, 0 false alarms.
    // End of session 59: right 78.3%, precision 83.5%, recall 91.9%, 0 false alarms.
    static let minimumRight = 0.78
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.91
    static let maximumFalseAlarms = 1
}

/// The ninety-sixth unseen corpus (`Fixtures/unseen-96`): 20 articles (10 German, 10 English, 198 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-seventh-session sections) and the data
/// files, written at the start of session 47 and committed before the checker first ran on it. Held out through
/// session 47 (only its totals read); a development corpus since session 48.
@Suite("Unseen corpus 96")
struct Unseen96CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 96", folder: "Fixtures/unseen-96",
            CorpusThresholds(
                articles: 20, gold: 198, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (1365670): 84.8% right, precision 88.5%, recall
    // 97.5%, 1 false alarm (docs/measurements/unseen-94-97-first-measurement-session-47.txt).
    // End of session 47: right 84.8%, precision 88.5%, recall 97.5%, 1 false alarms.
    // End of session 48: right 84.8%, precision 88.5%, recall 97.5%, 0 false alarms.
    // End of session 49: right 85.4%, precision 88.5%, recall 97.5%, 0 false alarms.
    // End of session 50: right 85.4%, precision 88.1%, recall 97.5%, 0 false alarms.
    // End of session 51: right 85.4%, precision 88.1%, recall 97.5%, 0 false alarms.
    // End of session 52: right 85.9%, precision 88.1%, recall 97.5%, 0 false alarms.
    // End of session 53: right 85.9%, precision 88.1%, recall 97.5%, 0 false alarms.
    // End of session 54: right 85.9%, precision 88.1%, recall 97.5%, 0 false alarms.
    // End of session 55: right 85.9%, precision 87.7%, recall 97.5%, 0 false alarms.
    // End of session 56: right 85.9%, precision 87.7%, recall 97.5%, 0 false alarms.
    // End of session 57: right 86.4%, precision 87.7%, recall 97.5%, 0 false alarms.
    // End of session 58: right 86.9%, precision 87.7%, recall 97.5%, 0 false alarms.
    // End of session 59: right 86.9%, precision 87.7%, recall 97.5%, 0 false alarms.
    static let minimumRight = 0.86
    static let minimumPrecision = 0.87
    static let minimumRecall = 0.97
    static let maximumFalseAlarms = 1
}

/// The ninety-seventh unseen corpus (`Fixtures/unseen-97`): 20 articles (10 German, 10 English, 198 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-seventh-session sections) and the data
/// files, written at the start of session 47 and committed before the checker first ran on it. Held out through
/// session 47 (only its totals read); a development corpus since session 48.
@Suite("Unseen corpus 97")
struct Unseen97CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 97", folder: "Fixtures/unseen-97",
            CorpusThresholds(
                articles: 20, gold: 198, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (1365670): 81.8% right, precision 86.2%, recall
    // 94.9%, 3 false alarms (docs/measurements/unseen-94-97-first-measurement-session-47.txt).
    // End of session 47: right 81.8%, precision 86.6%, recall 94.9%, 3 false alarms.
    // End of session 48: right 82.3%, precision 86.6%, recall 94.9%, 1 false alarm.
    // End of session 49: right 82.3%, precision 86.6%, recall 94.9%, 1 false alarm.
    // End of session 50: right 82.8%, precision 86.6%, recall 94.9%, 1 false alarm.
    // End of session 51: right 82.8%, precision 86.2%, recall 94.9%, 1 false alarm.
    // End of session 52: right 82.8%, precision 86.2%, recall 94.9%, 1 false alarm.
    // End of session 53: right 83.3%, precision 86.6%, recall 94.9%, 0 false alarms.
    // End of session 54: right 83.3%, precision 86.6%, recall 94.9%, 0 false alarms.
    // End of session 55: right 83.3%, precision 86.6%, recall 94.9%, 0 false alarms.
    // End of session 56: right 83.8%, precision 86.6%, recall 94.9%, 0 false alarms.
    // End of session 57: right 83.8%, precision 86.6%, recall 94.9%, 0 false alarms.
    // End of session 58: right 83.8%, precision 86.6%, recall 94.9%, 0 false alarms.
    // End of session 59: right 83.8%, precision 86.6%, recall 94.9%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.86
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The ninety-eighth unseen corpus (`Fixtures/unseen-98`): 20 articles (10 German, 10 English, 242 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-eighth-session sections) and the data
/// files, written at the start of session 48 and committed before the checker first ran on it. Measured blind once
/// (its first measurement); a development corpus from then on in session 48, its articles read.
@Suite("Unseen corpus 98")
struct Unseen98CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 98", folder: "Fixtures/unseen-98",
            CorpusThresholds(
                articles: 20, gold: 242, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (b0ae816): 70.7% right, precision 85.1%, recall
    // 87.6%, 8 false alarms (docs/measurements/unseen-98-101-first-measurement-session-48.txt).
    // End of session 48: right 74.8%, precision 84.5%, recall 87.6%, 1 false alarm.
    // End of session 49: right 74.8%, precision 84.5%, recall 87.6%, 1 false alarm.
    // End of session 50: right 76.9%, precision 84.4%, recall 89.7%, 1 false alarm.
    // End of session 51: right 77.3%, precision 84.4%, recall 89.7%, 0 false alarms.
    // End of session 52: right 77.3%, precision 84.4%, recall 89.7%, 0 false alarms.
    // End of session 53: right 77.3%, precision 84.4%, recall 89.7%, 0 false alarms.
    // End of session 54: right 77.7%, precision 84.2%, recall 90.1%, 0 false alarms.
    // End of session 55: right 77.7%, precision 84.2%, recall 90.1%, 0 false alarms.
    // End of session 56: right 77.7%, precision 84.2%, recall 90.1%, 0 false alarms.
    // End of session 57: right 77.7%, precision 84.2%, recall 90.1%, 0 false alarms.
    // End of session 58: right 77.7%, precision 84.2%, recall 90.1%, 0 false alarms.
    // End of session 59: right 77.7%, precision 84.2%, recall 90.1%, 0 false alarms.
    static let minimumRight = 0.77
    static let minimumPrecision = 0.84
    static let minimumRecall = 0.90
    static let maximumFalseAlarms = 1
}

/// The ninety-ninth unseen corpus (`Fixtures/unseen-99`): 20 articles (10 German, 10 English, 219 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-eighth-session sections) and the data
/// files, written at the start of session 48 and committed before the checker first ran on it. Held out through
/// session 48 (only its totals read); a development corpus since session 49.
@Suite("Unseen corpus 99")
struct Unseen99CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 99", folder: "Fixtures/unseen-99",
            CorpusThresholds(
                articles: 20, gold: 219, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (b0ae816): 77.2% right, precision 86.5%, recall
    // 90.4%, 2 false alarms (docs/measurements/unseen-98-101-first-measurement-session-48.txt).
    // End of session 48: right 78.1%, precision 86.5%, recall 90.4%, 2 false alarms.
    // End of session 49: right 80.8%, precision 86.8%, recall 90.4%, 0 false alarms.
    // End of session 50: right 83.1%, precision 88.6%, recall 92.2%, 0 false alarms.
    // End of session 51: right 83.1%, precision 88.6%, recall 92.2%, 0 false alarms.
    // End of session 52: right 83.1%, precision 88.2%, recall 92.2%, 0 false alarms.
    // End of session 53: right 83.1%, precision 88.2%, recall 92.2%, 0 false alarms.
    // End of session 54: right 83.1%, precision 88.2%, recall 92.2%, 0 false alarms.
    // End of session 55: right 83.1%, precision 88.2%, recall 92.2%, 0 false alarms.
    // End of session 56: right 83.1%, precision 88.2%, recall 92.2%, 0 false alarms.
    // End of session 57: right 83.6%, precision 88.2%, recall 92.2%, 0 false alarms.
    // End of session 58: right 83.6%, precision 88.2%, recall 92.2%, 0 false alarms.
    // End of session 59: right 83.6%, precision 88.2%, recall 92.2%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.88
    static let minimumRecall = 0.92
    static let maximumFalseAlarms = 1
}

/// The hundredth unseen corpus (`Fixtures/unseen-100`): 20 articles (10 German, 10 English, 223 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-eighth-session sections) and the data
/// files, written at the start of session 48 and committed before the checker first ran on it. Measured blind once
/// (its first measurement); a development corpus from then on in session 48, its articles read.
@Suite("Unseen corpus 100")
struct Unseen100CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 100", folder: "Fixtures/unseen-100",
            CorpusThresholds(
                articles: 20, gold: 223, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (b0ae816): 67.3% right, precision 74.5%, recall
    // 89.2%, 8 false alarms (docs/measurements/unseen-98-101-first-measurement-session-48.txt).
    // End of session 48: right 70.0%, precision 74.3%, recall 89.2%, 4 false alarms.
    // End of session 49: right 71.3%, precision 74.3%, recall 89.2%, 3 false alarms.
    // End of session 50: right 72.6%, precision 74.7%, recall 90.1%, 2 false alarms.
    // End of session 51: right 72.6%, precision 74.7%, recall 90.1%, 1 false alarm.
    // End of session 52: right 73.1%, precision 74.7%, recall 90.1%, 1 false alarm.
    // End of session 53: right 73.1%, precision 74.7%, recall 90.1%, 0 false alarms.
    // End of session 54: right 73.1%, precision 74.4%, recall 90.1%, 0 false alarms.
    // End of session 55: right 73.1%, precision 74.4%, recall 90.1%, 0 false alarms.
    // End of session 56: right 73.1%, precision 74.4%, recall 90.1%, 0 false alarms.
    // End of session 57: right 73.1%, precision 74.4%, recall 90.1%, 0 false alarms.
    // End of session 58: right 73.1%, precision 74.4%, recall 90.1%, 0 false alarms.
    // End of session 59: right 73.1%, precision 74.4%, recall 90.1%, 0 false alarms.
    static let minimumRight = 0.73
    static let minimumPrecision = 0.74
    static let minimumRecall = 0.90
    static let maximumFalseAlarms = 1
}

/// The hundred-and-first unseen corpus (`Fixtures/unseen-101`): 20 articles (10 German, 10 English, 237 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-eighth-session sections) and the data
/// files, written at the start of session 48 and committed before the checker first ran on it. Held out through
/// session 48 (only its totals read); a development corpus since session 49.
@Suite("Unseen corpus 101")
struct Unseen101CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 101", folder: "Fixtures/unseen-101",
            CorpusThresholds(
                articles: 20, gold: 237, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (b0ae816): 75.1% right, precision 83.1%, recall
    // 87.3%, 2 false alarms (docs/measurements/unseen-98-101-first-measurement-session-48.txt).
    // End of session 48: right 75.1%, precision 83.1%, recall 87.3%, 2 false alarms.
    // End of session 49: right 75.5%, precision 83.1%, recall 86.9%, 0 false alarms.
    // End of session 50: right 75.9%, precision 82.5%, recall 87.3%, 0 false alarms.
    // End of session 51: right 76.4%, precision 82.5%, recall 87.3%, 0 false alarms.
    // End of session 52: right 76.4%, precision 82.5%, recall 87.3%, 0 false alarms.
    // End of session 53: right 76.4%, precision 82.8%, recall 87.3%, 0 false alarms.
    // End of session 54: right 76.4%, precision 82.5%, recall 87.3%, 0 false alarms.
    // End of session 55: right 76.8%, precision 82.5%, recall 87.3%, 0 false alarms.
    // End of session 56: right 76.8%, precision 82.5%, recall 87.3%, 0 false alarms.
    // End of session 57: right 76.8%, precision 82.5%, recall 87.3%, 0 false alarms.
    // End of session 58: right 76.8%, precision 82.5%, recall 87.3%, 0 false alarms.
    // End of session 59: right 76.8%, precision 82.5%, recall 87.3%, 0 false alarms.
    static let minimumRight = 0.76
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.87
    static let maximumFalseAlarms = 1
}

/// The hundred-and-second unseen corpus (`Fixtures/unseen-102`): 20 articles (10 German, 10 English, 227 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-ninth-session sections) and the data
/// files, written at the start of session 49 and committed before the checker first ran on it. Measured blind once
/// (its first measurement); a development corpus from then on in session 49, its articles read.
@Suite("Unseen corpus 102")
struct Unseen102CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 102", folder: "Fixtures/unseen-102",
            CorpusThresholds(
                articles: 20, gold: 227, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (872b0d6): 77.5% right, precision 86.4%, recall
    // 86.8%, 2 false alarms (docs/measurements/unseen-102-105-first-measurement-session-49.txt).
    // End of session 49: right 78.9%, precision 87.6%, recall 87.2%, 2 false alarms.
    // End of session 50: right 79.3%, precision 87.2%, recall 87.2%, 2 false alarms.
    // End of session 51: right 79.7%, precision 87.2%, recall 87.2%, 0 false alarms.
    // End of session 52: right 79.7%, precision 87.2%, recall 87.2%, 0 false alarms.
    // End of session 53: right 79.7%, precision 87.2%, recall 87.2%, 0 false alarms.
    // End of session 54: right 80.2%, precision 86.9%, recall 87.7%, 0 false alarms.
    // End of session 55: right 80.2%, precision 86.9%, recall 87.7%, 0 false alarms.
    // End of session 56: right 80.2%, precision 86.9%, recall 87.7%, 0 false alarms.
    // End of session 57: right 80.2%, precision 86.9%, recall 87.7%, 0 false alarms.
    // End of session 58: right 80.6%, precision 86.9%, recall 87.7%, 0 false alarms.
    // End of session 59: right 80.6%, precision 86.9%, recall 87.7%, 0 false alarms.
    static let minimumRight = 0.80
    static let minimumPrecision = 0.86
    static let minimumRecall = 0.87
    static let maximumFalseAlarms = 1
}

/// The hundred-and-third unseen corpus (`Fixtures/unseen-103`): 20 articles (10 German, 10 English, 233 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-ninth-session sections) and the data
/// files, written at the start of session 49 and committed before the checker first ran on it. Held out through
/// session 49 (only its totals read); a development corpus since session 50.
@Suite("Unseen corpus 103")
struct Unseen103CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 103", folder: "Fixtures/unseen-103",
            CorpusThresholds(
                articles: 20, gold: 233, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (872b0d6): 70.0% right, precision 87.0%, recall
    // 89.3%, 2 false alarms (docs/measurements/unseen-102-105-first-measurement-session-49.txt).
    // End of session 49: right 70.4%, precision 87.0%, recall 89.3%, 2 false alarms.
    // End of session 50: right 72.1%, precision 86.7%, recall 89.3%, 0 false alarms.
    // End of session 51: right 72.5%, precision 87.1%, recall 89.7%, 0 false alarms.
    // End of session 52: right 72.5%, precision 87.1%, recall 89.7%, 0 false alarms.
    // End of session 53: right 72.5%, precision 87.1%, recall 89.7%, 0 false alarms.
    // End of session 54: right 72.5%, precision 87.1%, recall 89.7%, 0 false alarms.
    // End of session 55: right 72.5%, precision 87.1%, recall 89.7%, 0 false alarms.
    // End of session 56: right 73.4%, precision 87.1%, recall 89.7%, 0 false alarms.
    // End of session 57: right 73.4%, precision 87.1%, recall 89.7%, 0 false alarms.
    // End of session 58: right 73.4%, precision 87.1%, recall 89.7%, 0 false alarms.
    // End of session 59: right 73.4%, precision 87.1%, recall 89.7%, 0 false alarms.
    static let minimumRight = 0.73
    static let minimumPrecision = 0.87
    static let minimumRecall = 0.89
    static let maximumFalseAlarms = 1
}

/// The hundred-and-fourth unseen corpus (`Fixtures/unseen-104`): 20 articles (10 German, 10 English, 248 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-ninth-session sections) and the data
/// files, written at the start of session 49 and committed before the checker first ran on it. Measured blind once
/// (its first measurement); a development corpus from then on in session 49, its articles read.
@Suite("Unseen corpus 104")
struct Unseen104CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 104", folder: "Fixtures/unseen-104",
            CorpusThresholds(
                articles: 20, gold: 248, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (872b0d6): 75.8% right, precision 93.6%, recall
    // 89.1%, 1 false alarm (docs/measurements/unseen-102-105-first-measurement-session-49.txt).
    // End of session 49: right 77.8%, precision 93.6%, recall 89.1%, 0 false alarms.
    // End of session 50: right 78.2%, precision 92.5%, recall 89.1%, 0 false alarms.
    // End of session 51: right 78.2%, precision 92.5%, recall 89.1%, 0 false alarms.
    // End of session 52: right 78.2%, precision 92.9%, recall 89.1%, 0 false alarms.
    // End of session 53: right 78.2%, precision 92.9%, recall 89.1%, 0 false alarms.
    // End of session 54: right 78.2%, precision 92.9%, recall 89.1%, 0 false alarms.
    // End of session 55: right 78.6%, precision 92.9%, recall 89.1%, 0 false alarms.
    // End of session 56: right 78.6%, precision 92.9%, recall 89.1%, 0 false alarms.
    // End of session 57: right 78.6%, precision 92.9%, recall 89.1%, 0 false alarms.
    // End of session 58: right 78.6%, precision 92.9%, recall 89.1%, 0 false alarms.
    // End of session 59: right 78.6%, precision 92.9%, recall 89.1%, 0 false alarms.
    static let minimumRight = 0.78
    static let minimumPrecision = 0.92
    static let minimumRecall = 0.89
    static let maximumFalseAlarms = 1
}

/// The hundred-and-fifth unseen corpus (`Fixtures/unseen-105`): 20 articles (10 German, 10 English, 200 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and forty-ninth-session sections) and the data
/// files, written at the start of session 49 and committed before the checker first ran on it. Held out through
/// session 49 (only its totals read); a development corpus since session 50.
@Suite("Unseen corpus 105")
struct Unseen105CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 105", folder: "Fixtures/unseen-105",
            CorpusThresholds(
                articles: 20, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (872b0d6): 76.0% right, precision 89.2%, recall
    // 94.5%, 8 false alarms (docs/measurements/unseen-102-105-first-measurement-session-49.txt).
    // End of session 49: right 76.0%, precision 89.2%, recall 94.5%, 9 false alarms.
    // End of session 50: right 81.0%, precision 89.2%, recall 94.5%, 0 false alarms.
    // End of session 51: right 81.0%, precision 89.2%, recall 94.5%, 0 false alarms.
    // End of session 52: right 81.0%, precision 89.2%, recall 94.5%, 0 false alarms.
    // End of session 53: right 81.0%, precision 89.2%, recall 94.5%, 0 false alarms.
    // End of session 54: right 81.0%, precision 89.2%, recall 94.5%, 0 false alarms.
    // End of session 55: right 81.0%, precision 89.2%, recall 94.5%, 0 false alarms.
    // End of session 56: right 81.5%, precision 89.2%, recall 94.5%, 0 false alarms.
    // End of session 57: right 81.5%, precision 89.2%, recall 94.5%, 0 false alarms.
    // End of session 58: right 81.5%, precision 89.2%, recall 94.5%, 0 false alarms.
    // End of session 59: right 81.5%, precision 89.2%, recall 94.5%, 0 false alarms.
    static let minimumRight = 0.81
    static let minimumPrecision = 0.89
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The hundred-and-sixth unseen corpus (`Fixtures/unseen-106`): 20 articles (10 German, 10 English, 205 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and fiftieth-session sections) and the data
/// files, written at the start of session 50 and committed before the checker first ran on it. Measured blind once
/// (its first measurement); a development corpus from then on in session 50, its articles read.
@Suite("Unseen corpus 106")
struct Unseen106CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 106", folder: "Fixtures/unseen-106",
            CorpusThresholds(
                articles: 20, gold: 205, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (65dc541): 82.4% right, precision 81.2%, recall
    // 94.6%, 1 false alarm (docs/measurements/unseen-106-109-first-measurement-session-50.txt).
    // End of session 50: right 82.9%, precision 81.2%, recall 94.6%, 0 false alarms.
    // End of session 51: right 82.9%, precision 81.2%, recall 94.6%, 0 false alarms.
    // End of session 52: right 83.4%, precision 81.6%, recall 95.1%, 0 false alarms.
    // End of session 53: right 83.4%, precision 81.6%, recall 95.1%, 0 false alarms.
    // End of session 54: right 83.4%, precision 81.6%, recall 95.1%, 0 false alarms.
    // End of session 55: right 83.4%, precision 81.6%, recall 95.1%, 0 false alarms.
    // End of session 56: right 83.9%, precision 81.6%, recall 95.1%, 0 false alarms.
    // End of session 57: right 83.9%, precision 81.6%, recall 95.1%, 0 false alarms.
    // End of session 58: right 83.9%, precision 81.6%, recall 95.1%, 0 false alarms.
    // End of session 59: right 83.9%, precision 81.6%, recall 95.1%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.81
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The hundred-and-seventh unseen corpus (`Fixtures/unseen-107`): 20 articles (10 German, 10 English, 265 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and fiftieth-session sections) and the data
/// files, written at the start of session 50 and committed before the checker first ran on it. Measured blind once
/// (its first measurement); a development corpus from then on in session 50, its articles read.
@Suite("Unseen corpus 107")
struct Unseen107CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 107", folder: "Fixtures/unseen-107",
            CorpusThresholds(
                articles: 20, gold: 265, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (65dc541): 79.2% right, precision 82.7%, recall
    // 91.7%, 6 false alarms (docs/measurements/unseen-106-109-first-measurement-session-50.txt).
    // End of session 50: right 81.5%, precision 82.4%, recall 91.7%, 1 false alarm.
    // End of session 51: right 81.5%, precision 82.4%, recall 91.7%, 1 false alarm.
    // End of session 52: right 81.5%, precision 82.4%, recall 91.7%, 1 false alarm.
    // End of session 53: right 81.9%, precision 82.4%, recall 91.7%, 0 false alarms.
    // End of session 54: right 81.9%, precision 82.4%, recall 91.7%, 0 false alarms.
    // End of session 55: right 81.9%, precision 82.4%, recall 91.7%, 0 false alarms.
    // End of session 56: right 81.9%, precision 82.4%, recall 91.7%, 0 false alarms.
    // End of session 57: right 81.9%, precision 82.4%, recall 91.7%, 0 false alarms.
    // End of session 58: right 81.9%, precision 82.4%, recall 91.7%, 0 false alarms.
    // End of session 59: right 81.9%, precision 82.4%, recall 91.7%, 0 false alarms.
    static let minimumRight = 0.81
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.91
    static let maximumFalseAlarms = 1
}

/// The hundred-and-eighth unseen corpus (`Fixtures/unseen-108`): 20 articles (10 German, 10 English, 255 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and fiftieth-session sections) and the data
/// files, written at the start of session 50 and committed before the checker first ran on it. Held out through
/// session 50 (only its totals read); a development corpus since session 51.
@Suite("Unseen corpus 108")
struct Unseen108CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 108", folder: "Fixtures/unseen-108",
            CorpusThresholds(
                articles: 20, gold: 255, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (65dc541): 72.5% right, precision 88.0%, recall
    // 86.3%, 5 false alarms (docs/measurements/unseen-106-109-first-measurement-session-50.txt).
    // End of session 50: right 72.9%, precision 88.0%, recall 86.3%, 4 false alarms.
    // End of session 51: right 74.1%, precision 87.6%, recall 86.3%, 0 false alarms.
    // End of session 52: right 74.5%, precision 87.6%, recall 86.3%, 0 false alarms.
    // End of session 53: right 74.5%, precision 87.6%, recall 86.3%, 0 false alarms.
    // End of session 54: right 74.5%, precision 87.6%, recall 86.3%, 0 false alarms.
    // End of session 55: right 74.5%, precision 87.6%, recall 86.3%, 0 false alarms.
    // End of session 56: right 74.5%, precision 87.6%, recall 86.3%, 0 false alarms.
    // End of session 57: right 74.5%, precision 87.6%, recall 86.3%, 0 false alarms.
    // End of session 58: right 74.5%, precision 87.6%, recall 86.3%, 0 false alarms.
    // End of session 59: right 74.5%, precision 87.6%, recall 86.3%, 0 false alarms.
    static let minimumRight = 0.74
    static let minimumPrecision = 0.87
    static let minimumRecall = 0.86
    static let maximumFalseAlarms = 1
}

/// The hundred-and-ninth unseen corpus (`Fixtures/unseen-109`): 20 articles (10 German, 10 English, 220 claims) by two
/// writers who had read only the corpus brief (with its thirty-third- and fiftieth-session sections) and the data
/// files, written at the start of session 50 and committed before the checker first ran on it. Held out through
/// session 50 (only its totals read); a development corpus since session 51.
@Suite("Unseen corpus 109")
struct Unseen109CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 109", folder: "Fixtures/unseen-109",
            CorpusThresholds(
                articles: 20, gold: 220, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (65dc541): 68.2% right, precision 86.5%, recall
    // 90.5%, 8 false alarms (docs/measurements/unseen-106-109-first-measurement-session-50.txt).
    // End of session 50: right 70.0%, precision 87.0%, recall 90.9%, 6 false alarms.
    // End of session 51: right 73.6%, precision 87.1%, recall 91.8%, 0 false alarms.
    // End of session 52: right 74.1%, precision 87.1%, recall 91.8%, 0 false alarms.
    // End of session 53: right 74.1%, precision 87.1%, recall 91.8%, 0 false alarms.
    // End of session 54: right 74.5%, precision 87.1%, recall 91.8%, 0 false alarms.
    // End of session 55: right 74.5%, precision 87.1%, recall 91.8%, 0 false alarms.
    // End of session 56: right 74.5%, precision 87.1%, recall 91.8%, 0 false alarms.
    // End of session 57: right 74.5%, precision 87.1%, recall 91.8%, 0 false alarms.
    // End of session 58: right 75.0%, precision 87.1%, recall 91.8%, 0 false alarms.
    // End of session 59: right 75.0%, precision 87.1%, recall 91.8%, 0 false alarms.
    static let minimumRight = 0.75
    static let minimumPrecision = 0.87
    static let minimumRecall = 0.91
    static let maximumFalseAlarms = 1
}

/// The hundred-and-tenth unseen corpus (`Fixtures/unseen-110`): 20 articles (10 German, 10 English, 206 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-first-session sections) and the
/// data files, written at the start of session 51 and committed before the checker first ran on it. Measured blind once
/// (its first measurement); a development corpus from then on in session 51, its articles read.
@Suite("Unseen corpus 110")
struct Unseen110CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 110", folder: "Fixtures/unseen-110",
            CorpusThresholds(
                articles: 20, gold: 206, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (362a99b): 75.2% right, precision 88.5%, recall
    // 89.3%, 0 false alarms (docs/measurements/unseen-110-113-first-measurement-session-51.txt).
    // End of session 51: right 76.2%, precision 88.6%, recall 90.3%, 0 false alarms.
    // End of session 52: right 76.2%, precision 88.6%, recall 90.3%, 0 false alarms.
    // End of session 53: right 76.2%, precision 88.6%, recall 90.3%, 0 false alarms.
    // End of session 54: right 76.2%, precision 88.6%, recall 90.3%, 0 false alarms.
    // End of session 55: right 76.2%, precision 88.6%, recall 90.3%, 0 false alarms.
    // End of session 56: right 76.2%, precision 88.6%, recall 90.3%, 0 false alarms.
    // End of session 57: right 76.2%, precision 88.6%, recall 90.3%, 0 false alarms.
    // End of session 58: right 76.2%, precision 88.6%, recall 90.3%, 0 false alarms.
    // End of session 59: right 76.2%, precision 88.6%, recall 90.3%, 0 false alarms.
    static let minimumRight = 0.76
    static let minimumPrecision = 0.88
    static let minimumRecall = 0.90
    static let maximumFalseAlarms = 1
}

/// The hundred-and-eleventh unseen corpus (`Fixtures/unseen-111`): 20 articles (10 German, 10 English, 249 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-first-session sections) and the
/// data files, written at the start of session 51 and committed before the checker first ran on it. Held out through
/// session 51 (only its totals were read); a development corpus since session 52.
@Suite("Unseen corpus 111")
struct Unseen111CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 111", folder: "Fixtures/unseen-111",
            CorpusThresholds(
                articles: 20, gold: 249, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (362a99b): 68.3% right, precision 82.6%, recall
    // 85.9%, 6 false alarms (docs/measurements/unseen-110-113-first-measurement-session-51.txt).
    // End of session 51: right 68.3%, precision 82.6%, recall 85.9%, 5 false alarms.
    // End of session 52: right 72.7%, precision 83.1%, recall 86.7%, 0 false alarms.
    // End of session 53: right 72.7%, precision 83.1%, recall 86.7%, 0 false alarms.
    // End of session 54: right 72.7%, precision 83.1%, recall 86.7%, 0 false alarms.
    // End of session 55: right 72.7%, precision 83.1%, recall 86.7%, 0 false alarms.
    // End of session 56: right 72.7%, precision 83.1%, recall 86.7%, 0 false alarms.
    // End of session 57: right 72.7%, precision 83.1%, recall 86.7%, 0 false alarms.
    // End of session 58: right 72.7%, precision 83.1%, recall 86.7%, 0 false alarms.
    // End of session 59: right 72.7%, precision 83.1%, recall 86.7%, 0 false alarms.
    static let minimumRight = 0.72
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.86
    static let maximumFalseAlarms = 1
}

/// The hundred-and-twelfth unseen corpus (`Fixtures/unseen-112`): 20 articles (10 German, 10 English, 214 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-first-session sections) and the
/// data files, written at the start of session 51 and committed before the checker first ran on it. Held out through
/// session 51 (only its totals were read); a development corpus since session 52.
@Suite("Unseen corpus 112")
struct Unseen112CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 112", folder: "Fixtures/unseen-112",
            CorpusThresholds(
                articles: 20, gold: 214, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (362a99b): 79.0% right, precision 81.2%, recall
    // 91.1%, 6 false alarms (docs/measurements/unseen-110-113-first-measurement-session-51.txt).
    // End of session 51: right 79.0%, precision 81.2%, recall 91.1%, 6 false alarms.
    // End of session 52: right 81.8%, precision 81.2%, recall 91.1%, 1 false alarm.
    // End of session 53: right 82.2%, precision 81.6%, recall 91.1%, 0 false alarms.
    // End of session 54: right 82.2%, precision 81.6%, recall 91.1%, 0 false alarms.
    // End of session 55: right 82.2%, precision 81.6%, recall 91.1%, 0 false alarms.
    // End of session 56: right 82.2%, precision 81.6%, recall 91.1%, 0 false alarms.
    // End of session 57: right 82.7%, precision 81.6%, recall 91.1%, 0 false alarms.
    // End of session 58: right 82.7%, precision 81.6%, recall 91.1%, 0 false alarms.
    // End of session 59: right 82.7%, precision 81.6%, recall 91.1%, 0 false alarms.
    static let minimumRight = 0.82
    static let minimumPrecision = 0.81
    static let minimumRecall = 0.91
    static let maximumFalseAlarms = 1
}

/// The hundred-and-thirteenth unseen corpus (`Fixtures/unseen-113`): 20 articles (10 German, 10 English, 243 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-first-session sections) and the
/// data files, written at the start of session 51 and committed before the checker first ran on it. Measured blind once
/// (its first measurement); a development corpus from then on in session 51, its articles read.
@Suite("Unseen corpus 113")
struct Unseen113CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 113", folder: "Fixtures/unseen-113",
            CorpusThresholds(
                articles: 20, gold: 243, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (362a99b): 79.4% right, precision 85.5%, recall
    // 87.7%, 3 false alarms (docs/measurements/unseen-110-113-first-measurement-session-51.txt).
    // End of session 51: right 81.1%, precision 85.9%, recall 88.1%, 0 false alarms.
    // End of session 52: right 81.1%, precision 85.9%, recall 88.1%, 0 false alarms.
    // End of session 53: right 81.1%, precision 85.9%, recall 88.1%, 0 false alarms.
    // End of session 54: right 81.1%, precision 85.9%, recall 88.1%, 0 false alarms.
    // End of session 55: right 81.1%, precision 85.9%, recall 88.1%, 0 false alarms.
    // End of session 56: right 81.1%, precision 85.9%, recall 88.1%, 0 false alarms.
    // End of session 57: right 81.1%, precision 85.9%, recall 88.1%, 0 false alarms.
    // End of session 58: right 81.1%, precision 85.9%, recall 88.1%, 0 false alarms.
    // End of session 59: right 81.1%, precision 85.9%, recall 88.1%, 0 false alarms.
    static let minimumRight = 0.81
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.88
    static let maximumFalseAlarms = 1
}

/// The hundred-and-fourteenth unseen corpus (`Fixtures/unseen-114`): 20 articles (10 German, 10 English, 192 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-second-session sections) and
/// the data files, written at the start of session 52 and committed before the checker first ran on it. Held out
/// through session 52 (only its totals were read); a development corpus since session 53.
@Suite("Unseen corpus 114")
struct Unseen114CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 114", folder: "Fixtures/unseen-114",
            CorpusThresholds(
                articles: 20, gold: 192, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (67c2acb): 83.9% right, precision 76.1%, recall
    // 94.3%, 3 false alarms (docs/measurements/unseen-114-117-first-measurement-session-52.txt).
    // End of session 52: right 83.9%, precision 76.1%, recall 94.3%, 3 false alarms.
    // End of session 53: right 86.5%, precision 76.1%, recall 94.3%, 0 false alarms.
    // End of session 54: right 87.0%, precision 76.1%, recall 94.3%, 0 false alarms.
    // End of session 55: right 87.0%, precision 76.1%, recall 94.3%, 0 false alarms.
    // End of session 56: right 87.0%, precision 76.1%, recall 94.3%, 0 false alarms.
    // End of session 57: right 87.0%, precision 76.1%, recall 94.3%, 0 false alarms.
    // End of session 58: right 87.0%, precision 76.1%, recall 94.3%, 0 false alarms.
    // End of session 59: right 87.0%, precision 76.1%, recall 94.3%, 0 false alarms.
    static let minimumRight = 0.86
    static let minimumPrecision = 0.76
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The hundred-and-fifteenth unseen corpus (`Fixtures/unseen-115`): 20 articles (10 German, 10 English, 199 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-second-session sections) and
/// the data files, written at the start of session 52 and committed before the checker first ran on it. Measured
/// blind once (its first measurement); a development corpus from then on in session 52, its articles read.
@Suite("Unseen corpus 115")
struct Unseen115CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 115", folder: "Fixtures/unseen-115",
            CorpusThresholds(
                articles: 20, gold: 199, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (67c2acb): 87.4% right, precision 82.9%, recall
    // 95.0%, 1 false alarm (docs/measurements/unseen-114-117-first-measurement-session-52.txt).
    // End of session 52: right 87.9%, precision 82.9%, recall 95.0%, 0 false alarms.
    // End of session 53: right 87.9%, precision 82.9%, recall 95.0%, 0 false alarms.
    // End of session 54: right 87.9%, precision 82.5%, recall 95.0%, 0 false alarms.
    // End of session 55: right 87.9%, precision 82.5%, recall 95.0%, 0 false alarms.
    // End of session 56: right 87.9%, precision 82.5%, recall 95.0%, 0 false alarms.
    // End of session 57: right 87.9%, precision 82.5%, recall 95.0%, 0 false alarms.
    // End of session 58: right 87.9%, precision 82.5%, recall 95.0%, 0 false alarms.
    // End of session 59: right 88.4%, precision 82.5%, recall 95.0%, 0 false alarms.
    static let minimumRight = 0.88
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The hundred-and-sixteenth unseen corpus (`Fixtures/unseen-116`): 20 articles (10 German, 10 English, 198 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-second-session sections) and
/// the data files, written at the start of session 52 and committed before the checker first ran on it. Measured
/// blind once (its first measurement); a development corpus from then on in session 52, its articles read.
@Suite("Unseen corpus 116")
struct Unseen116CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 116", folder: "Fixtures/unseen-116",
            CorpusThresholds(
                articles: 20, gold: 198, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (67c2acb): 84.8% right, precision 83.3%, recall
    // 96.0%, 2 false alarms (docs/measurements/unseen-114-117-first-measurement-session-52.txt).
    // End of session 52: right 86.9%, precision 83.4%, recall 96.5%, 0 false alarms.
    // End of session 53: right 86.9%, precision 83.4%, recall 96.5%, 0 false alarms.
    // End of session 54: right 86.9%, precision 83.4%, recall 96.5%, 0 false alarms.
    // End of session 55: right 86.9%, precision 83.4%, recall 96.5%, 0 false alarms.
    // End of session 56: right 86.9%, precision 83.4%, recall 96.5%, 0 false alarms.
    // End of session 57: right 86.9%, precision 83.0%, recall 96.5%, 0 false alarms.
    // End of session 58: right 86.9%, precision 83.0%, recall 96.5%, 0 false alarms.
    // End of session 59: right 86.9%, precision 83.0%, recall 96.5%, 0 false alarms.
    static let minimumRight = 0.86
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The hundred-and-seventeenth unseen corpus (`Fixtures/unseen-117`): 20 articles (10 German, 10 English, 197 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-second-session sections) and
/// the data files, written at the start of session 52 and committed before the checker first ran on it. Held out
/// through session 52 (only its totals were read); a development corpus since session 53.
@Suite("Unseen corpus 117")
struct Unseen117CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 117", folder: "Fixtures/unseen-117",
            CorpusThresholds(
                articles: 20, gold: 197, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (67c2acb): 79.7% right, precision 87.4%, recall
    // 94.9%, 5 false alarms (docs/measurements/unseen-114-117-first-measurement-session-52.txt).
    // End of session 52: right 79.7%, precision 87.4%, recall 94.9%, 5 false alarms.
    // End of session 53: right 83.2%, precision 87.4%, recall 94.9%, 0 false alarms.
    // End of session 54: right 83.2%, precision 87.4%, recall 94.9%, 0 false alarms.
    // End of session 55: right 83.2%, precision 87.4%, recall 94.9%, 0 false alarms.
    // End of session 56: right 83.2%, precision 87.4%, recall 94.9%, 0 false alarms.
    // End of session 57: right 83.2%, precision 87.4%, recall 94.9%, 0 false alarms.
    // End of session 58: right 83.2%, precision 87.4%, recall 94.9%, 0 false alarms.
    // End of session 59: right 83.2%, precision 87.4%, recall 94.9%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.87
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The hundred-and-eighteenth unseen corpus (`Fixtures/unseen-118`): 20 articles (10 German, 10 English, 196 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-third-session sections) and
/// the data files, written at the start of session 53 and committed before the checker first ran on it. Measured
/// blind once (its first measurement); a development corpus from then on in session 53, its articles read.
@Suite("Unseen corpus 118")
struct Unseen118CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 118", folder: "Fixtures/unseen-118",
            CorpusThresholds(
                articles: 20, gold: 196, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (239a3e6): 85.7% right, precision 88.8%, recall
    // 97.4%, 2 false alarms (docs/measurements/unseen-118-121-first-measurement-session-53.txt).
    // End of session 53: right 88.3%, precision 88.8%, recall 97.4%, 0 false alarms.
    // End of session 54: right 88.3%, precision 88.4%, recall 97.4%, 0 false alarms.
    // End of session 55: right 88.3%, precision 88.4%, recall 97.4%, 0 false alarms.
    // End of session 56: right 88.8%, precision 88.4%, recall 97.4%, 0 false alarms.
    // End of session 57: right 88.8%, precision 88.4%, recall 97.4%, 0 false alarms.
    // End of session 58: right 88.8%, precision 88.4%, recall 97.4%, 0 false alarms.
    // End of session 59: right 89.3%, precision 88.4%, recall 97.4%, 0 false alarms.
    static let minimumRight = 0.89
    static let minimumPrecision = 0.88
    static let minimumRecall = 0.97
    static let maximumFalseAlarms = 1
}

/// The hundred-and-nineteenth unseen corpus (`Fixtures/unseen-119`): 20 articles (10 German, 10 English, 195 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-third-session sections) and
/// the data files, written at the start of session 53 and committed before the checker first ran on it. Held out
/// through session 53 (only its totals read); a development corpus from session 54 on, its articles read.
@Suite("Unseen corpus 119")
struct Unseen119CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 119", folder: "Fixtures/unseen-119",
            CorpusThresholds(
                articles: 20, gold: 195, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (239a3e6): 80.5% right, precision 87.7%, recall
    // 95.4%, 5 false alarms (docs/measurements/unseen-118-121-first-measurement-session-53.txt).
    // End of session 53: right 80.5%, precision 87.7%, recall 95.4%, 5 false alarms.
    // End of session 54: right 82.1%, precision 87.7%, recall 95.4%, 2 false alarms.
    // End of session 55: right 83.1%, precision 87.7%, recall 95.4%, 0 false alarms.
    // End of session 56: right 83.1%, precision 87.7%, recall 95.4%, 0 false alarms.
    // End of session 57: right 83.1%, precision 87.7%, recall 95.4%, 0 false alarms.
    // End of session 58: right 83.1%, precision 87.7%, recall 95.4%, 0 false alarms.
    // End of session 59: right 83.1%, precision 87.7%, recall 95.4%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.87
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The hundred-and-twentieth unseen corpus (`Fixtures/unseen-120`): 20 articles (10 German, 10 English, 198 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-third-session sections) and
/// the data files, written at the start of session 53 and committed before the checker first ran on it. Measured
/// blind once (its first measurement); a development corpus from then on in session 53, its articles read.
@Suite("Unseen corpus 120")
struct Unseen120CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 120", folder: "Fixtures/unseen-120",
            CorpusThresholds(
                articles: 20, gold: 198, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (239a3e6): 74.2% right, precision 80.8%, recall
    // 91.4%, 3 false alarms (docs/measurements/unseen-118-121-first-measurement-session-53.txt).
    // End of session 53: right 75.8%, precision 80.8%, recall 91.4%, 0 false alarms.
    // End of session 54: right 76.3%, precision 80.9%, recall 91.9%, 0 false alarms.
    // End of session 55: right 76.3%, precision 80.9%, recall 91.9%, 0 false alarms.
    // End of session 56: right 76.3%, precision 80.5%, recall 91.9%, 0 false alarms.
    // End of session 57: right 76.8%, precision 80.5%, recall 91.9%, 0 false alarms.
    // End of session 58: right 76.8%, precision 80.5%, recall 91.9%, 0 false alarms.
    // End of session 59: right 76.8%, precision 80.5%, recall 91.9%, 0 false alarms.
    static let minimumRight = 0.76
    static let minimumPrecision = 0.80
    static let minimumRecall = 0.91
    static let maximumFalseAlarms = 1
}

/// The hundred-and-twenty-first unseen corpus (`Fixtures/unseen-121`): 20 articles (10 German, 10 English, 197 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-third-session sections) and
/// the data files, written at the start of session 53 and committed before the checker first ran on it. Held out
/// through session 53 (only its totals read); a development corpus from session 54 on, its articles read.
@Suite("Unseen corpus 121")
struct Unseen121CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 121", folder: "Fixtures/unseen-121",
            CorpusThresholds(
                articles: 20, gold: 197, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (239a3e6): 85.3% right, precision 84.4%, recall
    // 96.4%, 4 false alarms (docs/measurements/unseen-118-121-first-measurement-session-53.txt).
    // End of session 53: right 85.3%, precision 84.4%, recall 96.4%, 4 false alarms.
    // End of session 54: right 87.8%, precision 84.4%, recall 96.4%, 0 false alarms.
    // End of session 55: right 87.8%, precision 84.4%, recall 96.4%, 0 false alarms.
    // End of session 56: right 87.8%, precision 84.4%, recall 96.4%, 0 false alarms.
    // End of session 57: right 87.8%, precision 84.4%, recall 96.4%, 0 false alarms.
    // End of session 58: right 87.8%, precision 84.4%, recall 96.4%, 0 false alarms.
    // End of session 59: right 87.8%, precision 84.4%, recall 96.4%, 0 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.84
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The hundred-and-twenty-second unseen corpus (`Fixtures/unseen-122`): 20 articles (10 German, 10 English, 192 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-fourth-session sections) and
/// the data files, written at the start of session 54 and committed before the checker first ran on it. Held out
/// through session 54 (only its totals read); a development corpus from session 55 on, its articles read.
@Suite("Unseen corpus 122")
struct Unseen122CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 122", folder: "Fixtures/unseen-122",
            CorpusThresholds(
                articles: 20, gold: 192, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (1ab5bfa): 84.4% right, precision 84.6%, recall
    // 94.3%, 5 false alarms (docs/measurements/unseen-122-125-first-measurement-session-54.txt).
    // End of session 54: right 84.4%, precision 84.6%, recall 94.3%, 5 false alarms.
    // End of session 55: right 87.5%, precision 84.6%, recall 94.3%, 0 false alarms.
    // End of session 56: right 88.0%, precision 84.6%, recall 94.3%, 0 false alarms.
    // End of session 57: right 88.0%, precision 84.6%, recall 94.3%, 0 false alarms.
    // End of session 58: right 88.0%, precision 84.6%, recall 94.3%, 0 false alarms.
    // End of session 59: right 88.0%, precision 84.6%, recall 94.3%, 0 false alarms.
    static let minimumRight = 0.88
    static let minimumPrecision = 0.84
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The hundred-and-twenty-third unseen corpus (`Fixtures/unseen-123`): 20 articles (10 German, 10 English, 198 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-fourth-session sections) and
/// the data files, written at the start of session 54 and committed before the checker first ran on it. Held out
/// through session 54 (only its totals read); a development corpus from session 55 on, its articles read.
@Suite("Unseen corpus 123")
struct Unseen123CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 123", folder: "Fixtures/unseen-123",
            CorpusThresholds(
                articles: 20, gold: 198, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (1ab5bfa): 88.9% right, precision 77.3%, recall
    // 98.0%, 3 false alarms (docs/measurements/unseen-122-125-first-measurement-session-54.txt).
    // End of session 54: right 88.9%, precision 77.3%, recall 98.0%, 3 false alarms.
    // End of session 55: right 90.4%, precision 77.3%, recall 98.0%, 0 false alarms.
    // End of session 56: right 90.4%, precision 77.3%, recall 98.0%, 0 false alarms.
    // End of session 57: right 90.4%, precision 77.3%, recall 98.0%, 0 false alarms.
    // End of session 58: right 90.4%, precision 77.3%, recall 98.0%, 0 false alarms.
    // End of session 59: right 90.4%, precision 77.3%, recall 98.0%, 0 false alarms.
    static let minimumRight = 0.90
    static let minimumPrecision = 0.77
    static let minimumRecall = 0.97
    static let maximumFalseAlarms = 1
}

/// The hundred-and-twenty-fourth unseen corpus (`Fixtures/unseen-124`): 20 articles (10 German, 10 English, 198 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-fourth-session sections) and
/// the data files, written at the start of session 54 and committed before the checker first ran on it. Measured
/// blind once (its first measurement); a development corpus from then on in session 54, its articles read.
@Suite("Unseen corpus 124")
struct Unseen124CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 124", folder: "Fixtures/unseen-124",
            CorpusThresholds(
                articles: 20, gold: 198, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (1ab5bfa): 87.4% right, precision 85.7%, recall
    // 96.5%, 1 false alarm (docs/measurements/unseen-122-125-first-measurement-session-54.txt).
    // End of session 54: right 87.9%, precision 85.7%, recall 96.5%, 0 false alarms.
    // End of session 55: right 87.9%, precision 85.7%, recall 96.5%, 0 false alarms.
    // End of session 56: right 87.9%, precision 85.7%, recall 96.5%, 0 false alarms.
    // End of session 57: right 87.9%, precision 85.7%, recall 96.5%, 0 false alarms.
    // End of session 58: right 87.9%, precision 85.7%, recall 96.5%, 0 false alarms.
    // End of session 59: right 87.9%, precision 85.7%, recall 96.5%, 0 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The hundred-and-twenty-fifth unseen corpus (`Fixtures/unseen-125`): 20 articles (10 German, 10 English, 193 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-fourth-session sections) and
/// the data files, written at the start of session 54 and committed before the checker first ran on it. Measured
/// blind once (its first measurement); a development corpus from then on in session 54, its articles read.
@Suite("Unseen corpus 125")
struct Unseen125CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 125", folder: "Fixtures/unseen-125",
            CorpusThresholds(
                articles: 20, gold: 193, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (1ab5bfa): 83.9% right, precision 85.2%, recall
    // 92.7%, 1 false alarm (docs/measurements/unseen-122-125-first-measurement-session-54.txt).
    // End of session 54: right 86.0%, precision 84.9%, recall 93.3%, 0 false alarms.
    // End of session 55: right 86.0%, precision 84.9%, recall 93.3%, 0 false alarms.
    // End of session 56: right 86.0%, precision 84.9%, recall 93.3%, 0 false alarms.
    // End of session 57: right 86.0%, precision 84.9%, recall 93.3%, 0 false alarms.
    // End of session 58: right 86.5%, precision 84.9%, recall 93.3%, 0 false alarms.
    // End of session 59: right 86.5%, precision 84.9%, recall 93.3%, 0 false alarms.
    static let minimumRight = 0.86
    static let minimumPrecision = 0.84
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// The hundred-and-twenty-sixth unseen corpus (`Fixtures/unseen-126`): 20 articles (10 German, 10 English, 200 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-fifth-session sections) and
/// the data files, written at the start of session 55 and committed before the checker first ran on it. Measured
/// blind once (its first measurement); a development corpus from then on in session 55, its articles read.
@Suite("Unseen corpus 126")
struct Unseen126CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 126", folder: "Fixtures/unseen-126",
            CorpusThresholds(
                articles: 20, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (a7412c6): 85.0% right, precision 85.4%, recall
    // 96.5%, 3 false alarms (docs/measurements/unseen-126-129-first-measurement-session-55.txt).
    // End of session 55: right 87.5%, precision 85.4%, recall 96.5%, 0 false alarms.
    // End of session 56: right 87.5%, precision 85.4%, recall 96.5%, 0 false alarms.
    // End of session 57: right 87.5%, precision 85.4%, recall 96.5%, 0 false alarms.
    // End of session 58: right 87.5%, precision 85.4%, recall 96.5%, 0 false alarms.
    // End of session 59: right 87.5%, precision 85.4%, recall 96.5%, 0 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The hundred-and-twenty-seventh unseen corpus (`Fixtures/unseen-127`): 20 articles (10 German, 10 English, 193 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-fifth-session sections) and
/// the data files, written at the start of session 55 and committed before the checker first ran on it. Held out
/// through session 55 (only its totals read); a development corpus from session 56 on, its articles read.
@Suite("Unseen corpus 127")
struct Unseen127CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 127", folder: "Fixtures/unseen-127",
            CorpusThresholds(
                articles: 20, gold: 193, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (a7412c6): 79.8% right, precision 84.4%, recall
    // 92.2%, 6 false alarms (docs/measurements/unseen-126-129-first-measurement-session-55.txt).
    // End of session 55: right 79.8%, precision 84.4%, recall 92.2%, 6 false alarms.
    // End of session 56: right 82.9%, precision 84.4%, recall 92.2%, 0 false alarms.
    // End of session 57: right 82.9%, precision 84.4%, recall 92.2%, 0 false alarms.
    // End of session 58: right 82.9%, precision 84.4%, recall 92.2%, 0 false alarms.
    // End of session 59: right 82.9%, precision 84.4%, recall 92.2%, 0 false alarms.
    static let minimumRight = 0.82
    static let minimumPrecision = 0.84
    static let minimumRecall = 0.92
    static let maximumFalseAlarms = 1
}

/// The hundred-and-twenty-eighth unseen corpus (`Fixtures/unseen-128`): 20 articles (10 German, 10 English, 200 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-fifth-session sections) and
/// the data files, written at the start of session 55 and committed before the checker first ran on it. Held out
/// through session 55 (only its totals read); a development corpus from session 56 on, its articles read.
@Suite("Unseen corpus 128")
struct Unseen128CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 128", folder: "Fixtures/unseen-128",
            CorpusThresholds(
                articles: 20, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (a7412c6): 84.5% right, precision 82.7%, recall
    // 95.5%, 4 false alarms (docs/measurements/unseen-126-129-first-measurement-session-55.txt).
    // End of session 55: right 84.5%, precision 82.7%, recall 95.5%, 4 false alarms.
    // End of session 56: right 87.5%, precision 82.7%, recall 95.5%, 0 false alarms.
    // End of session 57: right 87.5%, precision 82.7%, recall 95.5%, 0 false alarms.
    // End of session 58: right 87.5%, precision 82.7%, recall 95.5%, 0 false alarms.
    // End of session 59: right 87.5%, precision 82.7%, recall 95.5%, 0 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The hundred-and-twenty-ninth unseen corpus (`Fixtures/unseen-129`): 20 articles (10 German, 10 English, 196 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-fifth-session sections) and
/// the data files, written at the start of session 55 and committed before the checker first ran on it. Measured
/// blind once (its first measurement); a development corpus from then on in session 55, its articles read.
@Suite("Unseen corpus 129")
struct Unseen129CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 129", folder: "Fixtures/unseen-129",
            CorpusThresholds(
                articles: 20, gold: 196, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (a7412c6): 84.2% right, precision 84.3%, recall
    // 95.9%, 2 false alarms (docs/measurements/unseen-126-129-first-measurement-session-55.txt).
    // End of session 55: right 84.7%, precision 84.3%, recall 95.9%, 1 false alarm.
    // End of session 56: right 84.7%, precision 84.3%, recall 95.9%, 1 false alarm.
    // End of session 57: right 84.7%, precision 84.3%, recall 95.9%, 1 false alarm.
    // End of session 58: right 84.7%, precision 84.3%, recall 95.9%, 1 false alarm.
    // End of session 59: right 84.7%, precision 84.3%, recall 95.9%, 1 false alarm.
    static let minimumRight = 0.84
    static let minimumPrecision = 0.84
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 2
}

/// The hundred-and-thirtieth unseen corpus (`Fixtures/unseen-130`): 20 articles (10 German, 10 English, 197 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-sixth-session sections) and
/// the data files, written at the start of session 56 and committed before the checker first ran on it. Held out
/// through session 56 (only its totals read); a development corpus from session 57 on, its articles read.
@Suite("Unseen corpus 130")
struct Unseen130CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 130", folder: "Fixtures/unseen-130",
            CorpusThresholds(
                articles: 20, gold: 197, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (7b732f5): 80.7% right, precision 83.3%, recall
    // 96.4%, 9 false alarms (docs/measurements/unseen-130-133-first-measurement-session-56.txt).
    // End of session 56: right 80.7%, precision 83.3%, recall 96.4%, 9 false alarms.
    // End of session 57: right 86.8%, precision 83.7%, recall 96.4%, 0 false alarms.
    // End of session 58: right 86.8%, precision 83.7%, recall 96.4%, 0 false alarms.
    // End of session 59: right 86.8%, precision 83.7%, recall 96.4%, 0 false alarms.
    static let minimumRight = 0.86
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The hundred-and-thirty-first unseen corpus (`Fixtures/unseen-131`): 20 articles (10 German, 10 English, 200 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-sixth-session sections) and
/// the data files, written at the start of session 56 and committed before the checker first ran on it. Held out
/// through session 56 (only its totals read); a development corpus from session 57 on, its articles read.
@Suite("Unseen corpus 131")
struct Unseen131CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 131", folder: "Fixtures/unseen-131",
            CorpusThresholds(
                articles: 20, gold: 200, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (7b732f5): 79.0% right, precision 82.9%, recall
    // 92.0%, 3 false alarms (docs/measurements/unseen-130-133-first-measurement-session-56.txt).
    // End of session 56: right 80.5%, precision 82.9%, recall 92.0%, 1 false alarm.
    // End of session 57: right 81.0%, precision 82.9%, recall 92.0%, 0 false alarms.
    // End of session 58: right 81.0%, precision 82.9%, recall 92.0%, 0 false alarms.
    // End of session 59: right 81.0%, precision 82.9%, recall 92.0%, 0 false alarms.
    static let minimumRight = 0.81
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.92
    static let maximumFalseAlarms = 1
}

/// The hundred-and-thirty-second unseen corpus (`Fixtures/unseen-132`): 20 articles (10 German, 10 English, 190 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-sixth-session sections) and
/// the data files, written at the start of session 56 and committed before the checker first ran on it. Measured
/// blind once (its first measurement); a development corpus from then on in session 56, its articles read.
@Suite("Unseen corpus 132")
struct Unseen132CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 132", folder: "Fixtures/unseen-132",
            CorpusThresholds(
                articles: 20, gold: 190, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (7b732f5): 85.8% right, precision 84.0%, recall
    // 93.7%, 1 false alarm (docs/measurements/unseen-130-133-first-measurement-session-56.txt).
    // End of session 56: right 86.3%, precision 84.0%, recall 93.7%, 0 false alarms.
    // End of session 57: right 86.3%, precision 84.0%, recall 93.7%, 0 false alarms.
    // End of session 58: right 86.3%, precision 84.0%, recall 93.7%, 0 false alarms.
    // End of session 59: right 86.8%, precision 84.0%, recall 93.7%, 0 false alarms.
    static let minimumRight = 0.86
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// The hundred-and-thirty-third unseen corpus (`Fixtures/unseen-133`): 20 articles (10 German, 10 English, 192 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-sixth-session sections) and
/// the data files, written at the start of session 56 and committed before the checker first ran on it. Measured
/// blind once (its first measurement); a development corpus from then on in session 56, its articles read.
@Suite("Unseen corpus 133")
struct Unseen133CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 133", folder: "Fixtures/unseen-133",
            CorpusThresholds(
                articles: 20, gold: 192, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (7b732f5): 80.2% right, precision 84.7%, recall
    // 94.8%, 3 false alarms (docs/measurements/unseen-130-133-first-measurement-session-56.txt).
    // End of session 56: right 83.3%, precision 84.7%, recall 94.8%, 0 false alarms.
    // End of session 57: right 83.3%, precision 84.7%, recall 94.8%, 0 false alarms.
    // End of session 58: right 83.3%, precision 84.7%, recall 94.8%, 0 false alarms.
    // End of session 59: right 83.9%, precision 84.7%, recall 94.8%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.84
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The hundred-and-thirty-fourth unseen corpus (`Fixtures/unseen-134`): 20 articles (10 German, 10 English, 190 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-seventh-session sections) and
/// the data files, written at the start of session 57 and committed before the checker first ran on it. Held out
/// through session 57 (only its totals read); a development corpus from session 58 on, its articles read.
@Suite("Unseen corpus 134")
struct Unseen134CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 134", folder: "Fixtures/unseen-134",
            CorpusThresholds(
                articles: 20, gold: 190, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (f7299f5): 81.6% right, precision 83.4%, recall
    // 92.6%, 4 false alarms (docs/measurements/unseen-134-137-first-measurement-session-57.txt).
    // End of session 57: right 81.6%, precision 83.4%, recall 92.6%, 4 false alarms.
    // End of session 58: right 84.2%, precision 83.4%, recall 92.6%, 0 false alarms.
    // End of session 59: right 84.2%, precision 83.4%, recall 92.6%, 0 false alarms.
    static let minimumRight = 0.84
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.92
    static let maximumFalseAlarms = 1
}

/// The hundred-and-thirty-fifth unseen corpus (`Fixtures/unseen-135`): 20 articles (10 German, 10 English, 195 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-seventh-session sections) and
/// the data files, written at the start of session 57 and committed before the checker first ran on it. A development
/// corpus: its articles and misses are read.
@Suite("Unseen corpus 135")
struct Unseen135CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 135", folder: "Fixtures/unseen-135",
            CorpusThresholds(
                articles: 20, gold: 195, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (f7299f5): 84.1% right, precision 87.2%, recall
    // 97.9%, 1 false alarms (docs/measurements/unseen-134-137-first-measurement-session-57.txt).
    // End of session 57: right 85.6%, precision 87.2%, recall 97.9%, 0 false alarms.
    // End of session 58: right 85.6%, precision 87.2%, recall 97.9%, 0 false alarms.
    // End of session 59: right 86.2%, precision 87.2%, recall 97.9%, 0 false alarms.
    static let minimumRight = 0.86
    static let minimumPrecision = 0.87
    static let minimumRecall = 0.97
    static let maximumFalseAlarms = 1
}

/// The hundred-and-thirty-sixth unseen corpus (`Fixtures/unseen-136`): 20 articles (10 German, 10 English, 199 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-seventh-session sections) and
/// the data files, written at the start of session 57 and committed before the checker first ran on it. A development
/// corpus: its articles and misses are read.
@Suite("Unseen corpus 136")
struct Unseen136CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 136", folder: "Fixtures/unseen-136",
            CorpusThresholds(
                articles: 20, gold: 199, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (f7299f5): 86.9% right, precision 81.5%, recall
    // 95.5%, 3 false alarms (docs/measurements/unseen-134-137-first-measurement-session-57.txt).
    // End of session 57: right 88.4%, precision 81.5%, recall 95.5%, 0 false alarms.
    // End of session 58: right 88.4%, precision 81.5%, recall 95.5%, 0 false alarms.
    // End of session 59: right 88.4%, precision 81.5%, recall 95.5%, 0 false alarms.
    static let minimumRight = 0.88
    static let minimumPrecision = 0.81
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The hundred-and-thirty-seventh unseen corpus (`Fixtures/unseen-137`): 20 articles (10 German, 10 English, 195 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-seventh-session sections) and
/// the data files, written at the start of session 57 and committed before the checker first ran on it. Held out
/// through session 57 (only its totals read); a development corpus from session 58 on, its articles read.
@Suite("Unseen corpus 137")
struct Unseen137CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 137", folder: "Fixtures/unseen-137",
            CorpusThresholds(
                articles: 20, gold: 195, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (f7299f5): 83.6% right, precision 83.2%, recall
    // 96.4%, 3 false alarms (docs/measurements/unseen-134-137-first-measurement-session-57.txt).
    // End of session 57: right 83.6%, precision 83.2%, recall 96.4%, 3 false alarms.
    // End of session 58: right 86.2%, precision 83.6%, recall 96.4%, 0 false alarms.
    // End of session 59: right 86.2%, precision 83.6%, recall 96.4%, 0 false alarms.
    static let minimumRight = 0.86
    static let minimumPrecision = 0.83
    static let minimumRecall = 0.96
    static let maximumFalseAlarms = 1
}

/// The hundred-and-thirty-eighth unseen corpus (`Fixtures/unseen-138`): 20 articles (10 German, 10 English, 195 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-eighth-session sections) and
/// the data files, written at the start of session 58 and committed before the checker first ran on it. A development
/// corpus: its articles and misses are read.
@Suite("Unseen corpus 138")
struct Unseen138CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 138", folder: "Fixtures/unseen-138",
            CorpusThresholds(
                articles: 20, gold: 195, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (8954416): 81.0% right, precision 85.8%, recall
    // 93.3%, 0 false alarms (docs/measurements/unseen-138-141-first-measurement-session-58.txt).
    // End of session 58: right 81.5%, precision 85.8%, recall 93.3%, 0 false alarms.
    // End of session 59: right 81.5%, precision 85.8%, recall 93.3%, 0 false alarms.
    static let minimumRight = 0.81
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 1
}

/// The hundred-and-thirty-ninth unseen corpus (`Fixtures/unseen-139`): 20 articles (10 German, 10 English, 198 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-eighth-session sections) and
/// the data files, written at the start of session 58 and committed before the checker first ran on it. A development
/// corpus: its articles and misses are read.
@Suite("Unseen corpus 139")
struct Unseen139CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 139", folder: "Fixtures/unseen-139",
            CorpusThresholds(
                articles: 20, gold: 198, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (8954416): 82.3% right, precision 83.0%, recall
    // 96.0%, 2 false alarms (docs/measurements/unseen-138-141-first-measurement-session-58.txt).
    // End of session 58: right 85.4%, precision 83.0%, recall 96.0%, 0 false alarms.
    // End of session 59: right 85.4%, precision 83.0%, recall 96.0%, 0 false alarms.
    static let minimumRight = 0.85
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.95
    static let maximumFalseAlarms = 1
}

/// The hundred-and-fortieth unseen corpus (`Fixtures/unseen-140`): 20 articles (10 German, 10 English, 199 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-eighth-session sections) and
/// the data files, written at the start of session 58 and committed before the checker first ran on it. Held out
/// through session 58 (only its totals read); a development corpus from session 59 on, its articles read.
@Suite("Unseen corpus 140")
struct Unseen140CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 140", folder: "Fixtures/unseen-140",
            CorpusThresholds(
                articles: 20, gold: 199, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (8954416): 83.9% right, precision 85.9%, recall
    // 95.0%, 4 false alarms (docs/measurements/unseen-138-141-first-measurement-session-58.txt).
    // End of session 58: right 83.9%, precision 85.9%, recall 95.0%, 4 false alarms.
    // End of session 59: right 86.9%, precision 85.9%, recall 95.0%, 0 false alarms.
    static let minimumRight = 0.86
    static let minimumPrecision = 0.85
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The hundred-and-forty-first unseen corpus (`Fixtures/unseen-141`): 20 articles (10 German, 10 English, 197 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-eighth-session sections) and
/// the data files, written at the start of session 58 and committed before the checker first ran on it. Held out
/// through session 58 (only its totals read); a development corpus from session 59 on, its articles read.
@Suite("Unseen corpus 141")
struct Unseen141CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 141", folder: "Fixtures/unseen-141",
            CorpusThresholds(
                articles: 20, gold: 197, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (8954416): 79.2% right, precision 80.6%, recall
    // 94.9%, 3 false alarms (docs/measurements/unseen-138-141-first-measurement-session-58.txt).
    // End of session 58: right 79.2%, precision 80.6%, recall 94.9%, 3 false alarms.
    // End of session 59: right 83.8%, precision 80.6%, recall 94.9%, 0 false alarms.
    static let minimumRight = 0.83
    static let minimumPrecision = 0.80
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The hundred-and-forty-second unseen corpus (`Fixtures/unseen-142`): 20 articles (10 German, 10 English, 193 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-ninth-session sections) and
/// the data files, written at the start of session 59 and committed before the checker first ran on it. Held out:
/// only its totals are ever read.
@Suite("Unseen corpus 142")
struct Unseen142CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 142", folder: "Fixtures/unseen-142",
            CorpusThresholds(
                articles: 20, gold: 193, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms),
            details: false)
    }

    // Measured: first, with the checker of the session's start (a1b64b0): 86.5% right, precision 80.8%, recall
    // 93.8%, 2 false alarms (docs/measurements/unseen-142-145-first-measurement-session-59.txt).
    // End of session 59: right 87.0%, precision 80.8%, recall 93.8%, 2 false alarms.
    static let minimumRight = 0.87
    static let minimumPrecision = 0.80
    static let minimumRecall = 0.93
    static let maximumFalseAlarms = 3
}

/// The hundred-and-forty-third unseen corpus (`Fixtures/unseen-143`): 20 articles (10 German, 10 English, 196 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-ninth-session sections) and
/// the data files, written at the start of session 59 and committed before the checker first ran on it. Held out:
/// only its totals are ever read.
@Suite("Unseen corpus 143")
struct Unseen143CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 143", folder: "Fixtures/unseen-143",
            CorpusThresholds(
                articles: 20, gold: 196, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms),
            details: false)
    }

    // Measured: first, with the checker of the session's start (a1b64b0): 79.1% right, precision 82.2%, recall
    // 91.8%, 3 false alarms (docs/measurements/unseen-142-145-first-measurement-session-59.txt).
    // End of session 59: right 79.1%, precision 82.2%, recall 91.8%, 3 false alarms.
    static let minimumRight = 0.79
    static let minimumPrecision = 0.82
    static let minimumRecall = 0.91
    static let maximumFalseAlarms = 4
}

/// The hundred-and-forty-fourth unseen corpus (`Fixtures/unseen-144`): 20 articles (10 German, 10 English, 198 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-ninth-session sections) and
/// the data files, written at the start of session 59 and committed before the checker first ran on it. A development
/// corpus: its articles and misses are read.
@Suite("Unseen corpus 144")
struct Unseen144CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 144", folder: "Fixtures/unseen-144",
            CorpusThresholds(
                articles: 20, gold: 198, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (a1b64b0): 85.4% right, precision 88.2%, recall
    // 94.4%, 1 false alarm (docs/measurements/unseen-142-145-first-measurement-session-59.txt).
    // End of session 59: right 86.4%, precision 88.2%, recall 94.4%, 0 false alarms.
    static let minimumRight = 0.86
    static let minimumPrecision = 0.88
    static let minimumRecall = 0.94
    static let maximumFalseAlarms = 1
}

/// The hundred-and-forty-fifth unseen corpus (`Fixtures/unseen-145`): 20 articles (10 German, 10 English, 195 claims)
/// by two writers who had read only the corpus brief (with its thirty-third- and fifty-ninth-session sections) and
/// the data files, written at the start of session 59 and committed before the checker first ran on it. A development
/// corpus: its articles and misses are read.
@Suite("Unseen corpus 145")
struct Unseen145CorpusTests {
    @Test func measuresTheCheckerOnUnseenArticles() throws {
        try measureCorpus(
            "Unseen corpus 145", folder: "Fixtures/unseen-145",
            CorpusThresholds(
                articles: 20, gold: 195, right: Self.minimumRight, precision: Self.minimumPrecision,
                recall: Self.minimumRecall, falseAlarms: Self.maximumFalseAlarms))
    }

    // Measured: first, with the checker of the session's start (a1b64b0): 82.6% right, precision 81.9%, recall
    // 90.3%, 0 false alarms (docs/measurements/unseen-142-145-first-measurement-session-59.txt).
    // End of session 59: right 82.6%, precision 81.9%, recall 90.3%, 0 false alarms.
    static let minimumRight = 0.82
    static let minimumPrecision = 0.81
    static let minimumRecall = 0.90
    static let maximumFalseAlarms = 1
}

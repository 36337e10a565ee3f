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
    }

    var language: String
    var date: String?
    var claims: [Claim]
    var non_claims: [String]?
}

/// Precision and recall of claim finding, and accuracy of verdicts, over a set of articles.
struct CorpusScore: CustomStringConvertible {
    var detected = 0
    var gold = 0
    var matched = 0
    var correctVerdicts = 0
    var misses: [String] = []
    var extras: [String] = []
    var wrongVerdicts: [String] = []

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
    let checker = ClaimChecker(database: BundledStore.database)
    var score = CorpusScore()
    let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }
        .sorted()
    for file in files {
        let article = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
        let goldURL = folder.appendingPathComponent(String(file.dropLast(4)) + ".gold.json")
        let gold = try JSONDecoder().decode(GoldArticle.self, from: Data(contentsOf: goldURL))
        let report = checker.check(
            article, language: Language(rawValue: gold.language), referenceYear: gold.date.flatMap { Int($0.prefix(4)) }
        )
        score.detected += report.claims.count
        score.gold += gold.claims.count
        var used = Set<Int>()
        for claim in gold.claims {
            guard let range = scalarRange(of: claim.figure, occurrence: claim.occurrence ?? 1, in: article) else {
                Issue.record("\(file): gold figure \"\(claim.figure)\" not found in the article")
                continue
            }
            let hit = report.claims.indices.first { index in
                !used.contains(index) && report.claims[index].claimed.start < range.upperBound
                    && report.claims[index].claimed.end > range.lowerBound
            }
            guard let hit else {
                score.misses.append("\(file): \(claim.figure)")
                continue
            }
            used.insert(hit)
            score.matched += 1
            if report.claims[hit].verdict.rawValue == claim.verdict {
                score.correctVerdicts += 1
            } else {
                score.wrongVerdicts.append(
                    "\(file): \(claim.figure) gold \(claim.verdict), got \(report.claims[hit].verdict.rawValue): \(report.claims[hit].explanation)"
                )
            }
        }
        for index in report.claims.indices where !used.contains(index) {
            score.extras.append("\(file): \(report.claims[index].claimed.text) [\(report.claims[index].kind.rawValue)]")
        }
    }
    return score
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

import Foundation
import Testing
import TradeModel

@testable import ClaimCheck

/// No input crashes the claim finder: the corpus's own sentences, mutated the way pasted text and
/// fuzzers mangle them (combining marks, joiners, emoji modifiers, stray currency signs and
/// percent signs, digits glued to words, control characters, sentences run together).
@Suite("Claim finder under mangled input")
struct FuzzTests {
    /// A small deterministic generator (SplitMix64), so a failure can be replayed.
    struct Generator: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let inserts: [String] = [
        "\u{0301}", "\u{200D}", "\u{FE0F}", "\u{1F3FB}", "\u{00A0}", "\u{2009}", "\u{202F}", "\u{0000}", "\u{FEFF}",
        "\u{2028}", "\u{1F600}", "\u{0308}", "%", "$", "€", ".", ",", "-", "–", "\n", ";", ":", "2023", "1,5", "0",
        " Milliarden", " billion", " Prozent", "%", "Mai ", "im Jahr ", "from ", "von ", "than ", "(", ")", "\"",
    ]

    /// The lines of the articles in a folder, in file order, longer than 40 characters and shorter than `maximum`.
    func sentences(in folder: URL, shorterThan maximum: Int = .max) throws -> [String] {
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "txt" }.sorted { $0.lastPathComponent < $1.lastPathComponent }
        return try files.flatMap { file in
            try String(contentsOf: file, encoding: .utf8).split(separator: "\n").map(String.init).filter {
                $0.count > 40 && $0.count < maximum
            }
        }
    }

    func seeds() throws -> [String] {
        try sentences(in: try #require(Bundle.module.url(forResource: "Fixtures/realistic", withExtension: nil)))
    }

    @Test func noMangledSentenceCrashesTheFinder() throws {
        let seeds = try seeds()
        var random = Generator(state: 20_261_130)
        let finder = ClaimFinder()
        var checked = 0
        for _ in 0..<1_500 {
            var text = Array(seeds.randomElement(using: &random) ?? "")
            if Bool.random(using: &random), let other = seeds.randomElement(using: &random) {
                text += Array(other)
            }
            for _ in 0..<Int.random(in: 1...10, using: &random) {
                let insert = Self.inserts.randomElement(using: &random) ?? ""
                text.insert(contentsOf: insert, at: Int.random(in: 0...text.count, using: &random))
            }
            let language: Language = Bool.random(using: &random) ? .de : .en
            _ = finder.claims(
                in: String(text), language: language, date: PublicationDate(year: 2024, month: 6, day: 15))
            checked += 1
        }
        #expect(checked == 1_500)
    }

    /// Words of trade put where no writer put them: names of countries, currencies named for a country
    /// ("Taiwan-Dollar", inside a figure, once made the partner reader slice text backwards and trap), flow and
    /// period words, conjunctions and punctuation, in sentences of every corpus, at word boundaries.
    static let words: [String] = [
        "Taiwan-Dollar", "Hongkong-Dollar", "Canadian dollars", "kanadische Dollar", "Mexiko", "China", "the U.S.",
        "USA", "Deutschland", "EU", "exports", "Einfuhren", "imports", "Ausfuhren", "nach", "aus", "to", "from",
        "than", "als", "und", "and", ",", ";", "–", "(", ")", "2019", "im Mai", "last year", "Vorjahr", "rund",
        "about", "$", "Milliarden Dollar", "billion", "Prozent", "percent", "größter", "largest", "Rekord",
        "record", "Defizit", "deficit", "insgesamt", "total", "zuvor", "earlier", "half", "Hälfte",
    ]

    func corpusSentences() throws -> [String] {
        let root = try #require(Bundle.module.url(forResource: "Fixtures", withExtension: nil))
        let folders = try FileManager.default.contentsOfDirectory(at: root, includingPropertiesForKeys: nil)
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        return folders.flatMap { (try? sentences(in: $0, shorterThan: 600)) ?? [] }
    }

    @Test func tradeWordsOutOfPlaceCrashNothing() throws {
        let seeds = try corpusSentences()
        var random = Generator(state: 20_261_206)
        let finder = ClaimFinder()
        var checked = 0
        for _ in 0..<3_000 {
            var words = (seeds.randomElement(using: &random) ?? "").split(separator: " ").map(String.init)
            for _ in 0..<Int.random(in: 1...4, using: &random) {
                let word = Self.words.randomElement(using: &random) ?? ""
                words.insert(word, at: Int.random(in: 0...words.count, using: &random))
            }
            if words.count > 3, Bool.random(using: &random) {
                let at = Int.random(in: 0..<(words.count - 1), using: &random)
                words.swapAt(at, at + 1)
            }
            let language: Language = Bool.random(using: &random) ? .de : .en
            _ = finder.claims(
                in: words.joined(separator: " "), language: language,
                date: PublicationDate(year: 2024, month: 6, day: 15))
            checked += 1
        }
        #expect(checked == 3_000)
    }

    /// Every name the catalog knows, in sentences that carry a figure and a flow word: a name that holds a flow
    /// word itself ("Organization of the Petroleum Exporting Countries") once made the clause reader slice a
    /// token range backwards and trap.
    @Test func everyCatalogNameInATradeSentenceIsClaimsOrNothing() {
        let finder = ClaimFinder()
        let catalog = CountryCatalog.bundled
        let names = Set(catalog.aliases.map(\.text) + catalog.all.flatMap { [$0.nameEN, $0.nameDE] })
        var checked = 0
        for name in names.sorted() {
            for (template, language) in [
                ("U.S. imports from NAME came to $80 billion in 2023, while exports to NAME fell.", Language.en),
                ("NAME shipped $80 billion of goods to the U.S. in 2023, and NAME exported more.", .en),
                ("Die Einfuhren aus NAME lagen 2023 bei 80 Milliarden Dollar; NAME exportierte mehr.", .de),
            ] {
                _ = finder.claims(
                    in: template.replacingOccurrences(of: "NAME", with: name), language: language,
                    date: PublicationDate(year: 2024, month: 6, day: 15))
                checked += 1
            }
        }
        #expect(checked == names.count * 3)
    }

    @Test func knownCrashersAreClaimsOrNothing() {
        let finder = ClaimFinder()
        for text in [
            "US exports to Russia were $528\u{0301} million in 2024.",
            "Imports from Mexico ro-se 4.6% to $475.6 billion in 2023%, from $452 billi€on a year earlier.",
            "Im ersten Halbjahr kauften die USA Waren für 1,2 Billionen Taiwan-Dollar aus Taiwan.",
            "US exports \u{0308}to Russia were $528 mill,ion in, 2024.US ex€ports to \u{200D}Russia were $528 \u{0000}million in €2024.",
        ] {
            _ = finder.claims(in: text, language: .en, date: nil)
        }
    }
}

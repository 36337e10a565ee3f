import Testing
import TradeModel

@Suite("Reference catalogs")
struct CatalogTests {
    let countries = CountryCatalog.bundled
    let products = ProductCatalog.bundled

    @Test(
        "Names in English and German",
        arguments: [
            ("USA", "USA"), ("US", "USA"), ("U.S.", "USA"), ("United States", "USA"), ("the United States", "USA"),
            ("America", "USA"), ("Vereinigte Staaten", "USA"), ("Vereinigten Staaten", "USA"), ("RUS", "RUS"),
            ("Russland", "RUS"), ("Russia", "RUS"), ("Russian Federation", "RUS"), ("russische föderation", "RUS"),
            ("China", "CHN"), ("Volksrepublik China", "CHN"), ("Deutschland", "DEU"), ("Germany", "DEU"),
            ("Türkei", "TUR"), ("Turkey", "TUR"), ("Südkorea", "KOR"), ("South Korea", "KOR"), ("Kanada", "CAN"),
            ("EU", "EU"), ("Europäische Union", "EU"), ("OPEC", "OPEC"), ("World", "WORLD"), ("Welt", "WORLD"),
            ("Sowjetunion", "SUN"), ("USSR", "SUN"), ("Czechoslovakia", "CSK"),
        ])
    func resolvesNames(name: String, code: String) throws {
        #expect(try countries.resolve(name).code == code)
    }

    @Test func groupsAreNotCountries() throws {
        for code in ["WORLD", "EU", "EURO_AREA", "OPEC", "OECD", "NATO", "APEC", "USMCA", "EUROPE", "ASIA"] {
            let group = try #require(countries.country(code: code), "\(code) missing")
            #expect(!group.isCountry, "\(code) must be a group")
        }
        #expect(countries.country(code: "SUN")?.kind == .historic)
        #expect(countries.country(code: "SUN")?.isCountry == true)
        #expect(countries.country(code: "RUS")?.kind == .country)
    }

    @Test func unknownNameSuggestsTheClosest() {
        #expect {
            try countries.resolve("Rusland")
        } throws: { error in
            let lookup = error as? CountryCatalog.LookupError
            return lookup?.suggestions.contains("Russia (RUS)") == true
                && lookup?.errorDescription?.contains("Rusland") == true
        }
    }

    @Test func sourceCodes() throws {
        #expect(countries.country(censusCode: "4621", source: .api)?.code == "RUS")
        #expect(countries.country(censusCode: "4621", source: .workbook)?.code == "RUS")
        #expect(countries.country(censusCode: "-", source: .api)?.code == "WORLD")
        #expect(countries.country(censusCode: "0015", source: .workbook)?.code == "WORLD")
        // The same aggregate code means different things in the workbook and the API.
        #expect(countries.country(censusCode: "0022", source: .api)?.code == "OECD")
        #expect(countries.country(censusCode: "0022", source: .workbook) == nil)
        #expect(countries.country(censusCode: "4610", source: .workbook)?.code == "SUN")
        #expect(countries.country(comtradeCode: 842)?.code == "USA")
        #expect(countries.country(comtradeCode: 276)?.code == "DEU")
        let russia = try #require(countries.country(code: "RUS"))
        #expect(russia.iso2 == "RU")
        #expect(russia.m49 == 643)
        #expect(russia.nameDE == "Russland")
    }

    @Test func aliasesCoverAdjectivesAndPrefixes() {
        let usa = countries.aliases.filter { $0.code == "USA" }
        #expect(usa.contains { $0.kind == .adjective && $0.language == .de && $0.text == "amerikanisch" })
        #expect(usa.contains { $0.kind == .prefix && $0.text == "US-" })
        #expect(countries.aliases.contains { $0.code == "RUS" && $0.kind == .adjective && $0.text == "russisch" })
        #expect(countries.aliases.contains { $0.code == "CHN" && $0.kind == .adjective && $0.text == "Chinese" })
    }

    @Test func harmonizedSystem() throws {
        #expect(products.entries(level: 2).count >= 97)
        #expect(products.entries(level: 4).count > 1_200)
        #expect(products.entries(level: 6).count > 5_000)
        let chapters = products.entries(level: 2).filter { $0.code < "98" && $0.code != "77" }
        #expect(chapters.allSatisfy { $0.nameDE != nil }, "every HS chapter needs a German name")
        #expect(products.name(of: .hs("31"), in: .de) == "Düngemittel")
        #expect(products.entry("2844")?.parent == "28")
        #expect(products.entry("284420")?.level == 6)
        #expect(products.entry("98") != nil, "Census chapter 98 is named")
        #expect(products.sections["XV"] != nil)
    }
}

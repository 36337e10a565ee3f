import ClaimCheck
import Foundation
import Hummingbird
import Testing
import TradeTestSupport

@testable import TradeWeb

@Suite("Pages")
struct PageTests {
    @Test("the home page offers the pair search and the checker, in the browser's language")
    func home() async throws {
        let english = try await TestApp.request("/")
        #expect(english.status == .ok)
        #expect(english.headers[.contentType]?.hasPrefix("text/html") == true)
        #expect(english.body.contains("<form method=\"get\" action=\"/pair\""))
        #expect(english.body.contains("name=\"text\""))
        #expect(english.body.contains("Check an article"))

        let german = try await TestApp.request("/", headers: [.acceptLanguage: "de-DE,de;q=0.9,en;q=0.5"])
        #expect(german.body.contains("<html lang=\"de\">"))
        #expect(german.body.contains("Artikel prüfen"))
        let forced = try await TestApp.request("/?lang=en", headers: [.acceptLanguage: "de"])
        #expect(forced.body.contains("<html lang=\"en\">"))
    }

    @Test("Accept-Language picks the language with the highest quality")
    func acceptLanguage() {
        #expect(WebLanguage.fromAcceptLanguage("fr-FR,de;q=0.4,en;q=0.8") == .en)
        #expect(WebLanguage.fromAcceptLanguage("de-AT") == .de)
        #expect(WebLanguage.fromAcceptLanguage("fr") == .en)
        #expect(WebLanguage.fromAcceptLanguage("en;q=0, de;q=0.1") == .de)
    }

    @Test("the pair search resolves German names and redirects to the pair page")
    func pairSearch() async throws {
        let response = try await TestApp.request("/pair?reporter=Vereinigte+Staaten&partner=Russland&lang=de")
        #expect(response.status == .seeOther)
        #expect(response.headers[.location] == "/pair/USA/RUS?lang=de")
        let byName = try await TestApp.request("/pair/usa/Russia")
        #expect(byName.status == .seeOther)
        #expect(byName.headers[.location] == "/pair/USA/RUS?lang=en")
        let unknown = try await TestApp.request("/pair?reporter=USA&partner=Narnia")
        #expect(unknown.status == .notFound)
        #expect(unknown.body.contains("Namibia"))
    }

    @Test("the pair page has both charts with the peaks marked, tables, sources and products")
    func pairPage() async throws {
        let response = try await TestApp.request("/pair/USA/RUS")
        #expect(response.status == .ok)
        let page = response.body
        // Two charts, each drawn for wide and for narrow screens.
        #expect(page.components(separatedBy: "<svg").count - 1 == 4)
        #expect(page.contains("<div class=\"narrow-chart\"><svg"))
        #expect(page.contains("Peak: May 2014"))  // the monthly export peak, marked
        #expect(page.contains("Peak 2013"))  // the annual export peak (complete years only)
        #expect(page.contains("U.S. Census Bureau"))
        #expect(page.contains("<td>2024</td><td class=\"num\">528.3 mn</td>"))  // the table under the chart
        #expect(page.contains("Exports (USD)"))
        #expect(page.contains("/pair/USA/RUS/annual.csv"))
        #expect(page.contains("/pair/USA/RUS/monthly.svg"))
        // Imports have HS chapters in the store, exports do not: say so instead of showing nothing.
        #expect(page.contains("Fertilizers") || page.contains("fertilizers"))
        #expect(page.contains("no product detail"))
        // Mirror statistics: the bundled data has only the U.S. side, and the page says so.
        #expect(page.contains("Mirror statistics"))
        #expect(page.contains("fetch comtrade"))

        let german = try await TestApp.request("/pair/USA/RUS?lang=de")
        #expect(german.body.contains("Vereinigte Staaten – Russland"))
        #expect(german.body.contains("528,3 Mio."))
        #expect(german.body.contains("Exporte (US-Dollar)"))
    }

    @Test("charts and data download as SVG and CSV with exact dollars")
    func downloads() async throws {
        let svg = try await TestApp.request("/pair/USA/RUS/annual.svg")
        #expect(svg.headers[.contentType]?.hasPrefix("image/svg+xml") == true)
        #expect(svg.headers[.contentDisposition]?.contains("tradecheck-USA-RUS-annual.svg") == true)
        #expect(svg.body.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""))
        let csv = try await TestApp.request("/pair/USA/RUS/annual.csv")
        #expect(csv.headers[.contentType]?.hasPrefix("text/csv") == true)
        #expect(csv.body.contains("\n2024,528319141,3007309060,3535628201,-2478989919,true\n"))
        let monthly = try await TestApp.request("/pair/USA/RUS/monthly.csv")
        #expect(monthly.body.contains("\n2014-05,1249411238,"))
        let unknown = try await TestApp.request("/pair/USA/RUS/secret.txt")
        #expect(unknown.status == .notFound)
    }

    @Test("a pair without data is a 404 page, not an empty chart")
    func pairWithoutData() async throws {
        let response = try await TestApp.request("/pair/RUS/USA")
        #expect(response.status == .notFound)
        #expect(response.body.contains("No data"))
    }
}

@Suite("Article checker page")
struct CheckPageTests {
    static let hostile = """
        <script>alert("pwned")</script><img src=x onerror=alert(1)>
        US exports to Russia peaked at $1.25 billion in May 2014. In 2024 US imports from Russia were \
        $9 billion <b>officially</b>.
        "><iframe src="javascript:alert(2)"></iframe>
        """

    @Test("an article full of HTML is shown escaped, with each claim marked by colour, symbol and word")
    func escapesAndMarks() async throws {
        let form = "text=" + (Self.hostile.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")
        let response = try await TestApp.request(
            "/check", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: form)
        #expect(response.status == .ok)
        let page = response.body
        #expect(!page.contains("<script>"))
        #expect(!page.contains("<img src=x"))
        #expect(!page.contains("<iframe"))
        #expect(!page.contains("<b>officially"))
        #expect(page.contains("&lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt;"))
        #expect(page.contains("&lt;b&gt;officially&lt;/b&gt;"))
        #expect(page.contains("class=\"v-supported\""))
        #expect(page.contains("class=\"v-contradicted\""))
        #expect(page.contains("✓ 1 supported"))
        #expect(page.contains("✓ 2 supported"))  // the peak month
        #expect(page.contains("✗ 3 contradicted"))
        // The cards: the official figure and a chart with the claimed value marked.
        #expect(page.contains("1,249,411,238 USD"))
        #expect(page.contains("Claimed: 1.25 bn"))
        #expect(response.headers[.contentSecurityPolicy]?.contains("script-src 'none'") == true)
    }

    @Test("a card is drawn and cited from the claim's typed evidence alone, without the store")
    func cardFromEvidence() throws {
        let checker = ClaimChecker(database: BundledStore.database)
        let report = checker.check(
            "In 2024 U.S. imports from Russia were $3.0 billion.", language: .en,
            date: PublicationDate(parsing: "2025-03-01"))
        let claim = try #require(report.claims.first)
        let evidence = try #require(claim.evidence)
        #expect(evidence.periods == [.year(2024)] && evidence.flow == .imports && evidence.partner == "RUS")
        #expect(evidence.series.contains { $0.period == .year(2024) && $0.value != nil })
        #expect(claim.official?.sources?.isEmpty == false)
        // The card takes everything from the claim: no store is passed in.
        let card = CheckPage.card(claim, number: 1, language: .en)
        #expect(card.contains("<svg"))
        #expect(card.contains("U.S. Census Bureau, International Trade API (release "))
        // Without evidence there is no chart, and nothing is looked up.
        var bare = claim
        bare.evidence = nil
        #expect(!CheckPage.card(bare, number: 1, language: .en).contains("<svg"))
    }

    @Test("an uploaded .txt file is checked like pasted text")
    func upload() async throws {
        let boundary = "----tradecheck-test"
        let body = """
            --\(boundary)\r
            Content-Disposition: form-data; name="text"\r
            \r
            \r
            --\(boundary)\r
            Content-Disposition: form-data; name="file"; filename="article.txt"\r
            Content-Type: text/plain\r
            \r
            Die US-Exporte nach Russland erreichten im Mai 2014 mit 1,25 Milliarden Dollar ihren Höchststand.\r
            --\(boundary)\r
            Content-Disposition: form-data; name="lang"\r
            \r
            auto\r
            --\(boundary)--\r

            """
        let response = try await TestApp.request(
            "/check?lang=de", method: .post,
            headers: [.contentType: "multipart/form-data; boundary=\(boundary)"], body: body)
        #expect(response.status == .ok)
        #expect(response.body.contains("class=\"v-supported\""))
        #expect(response.body.contains("belegt"))
    }

    @Test("an empty form or an oversized article is refused with a page that says why")
    func refusals() async throws {
        let empty = try await TestApp.request(
            "/check", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: "text=")
        #expect(empty.status == .badRequest)
        #expect(empty.body.contains("The article is empty"))
        let large = "text=" + String(repeating: "a", count: 70 * 1024)
        let tooLarge = try await TestApp.request(
            "/check", method: .post, headers: [.contentType: "application/x-www-form-urlencoded"], body: large)
        #expect(tooLarge.status == .contentTooLarge)
        #expect(tooLarge.headers[.contentType]?.hasPrefix("text/html") == true)
    }

    @Test("GET /check shows the form")
    func form() async throws {
        let response = try await TestApp.request("/check?lang=de")
        #expect(response.body.contains("enctype=\"multipart/form-data\""))
        #expect(response.body.contains("Prüfen"))
    }
}

import ClaimCheck
import Hummingbird
import TradeModel
import TradeStore

/// The HTML pages and their downloads. GET requests only read the store.
struct PageController: Sendable {
    let services: WebServices

    func register(on router: Router<WebContext>) {
        router.get("/", use: home)
        router.get("pair", use: findPair)
        router.get("pair/:reporter/:partner", use: pair)
        router.get("pair/:reporter/:partner/:file", use: pairDownload)
        router.get("check", use: checkForm)
        router.post("check", use: check)
    }

    @Sendable func home(request: Request, context: WebContext) async throws -> Response {
        Responses.html(HomePage.render(language: WebLanguage.negotiate(request)))
    }

    /// The pair search form's target: resolves names ("Russland") and redirects to the pair's page.
    @Sendable func findPair(request: Request, context: WebContext) async throws -> Response {
        let query = QueryParameters(request)
        let reporter = try services.database.countries.resolve(try query.required("reporter", example: "USA"))
        let partner = try services.database.countries.resolve(try query.required("partner", example: "RUS"))
        return Responses.redirect(
            to: "/pair/\(reporter.code)/\(partner.code)?lang=\(WebLanguage.negotiate(request).rawValue)")
    }

    @Sendable func pair(request: Request, context: WebContext) async throws -> Response {
        let (reporter, partner) = try pairParameters(context)
        let language = WebLanguage.negotiate(request)
        let (reporterCode, partnerCode) = (
            try services.database.countries.resolve(reporter).code,
            try services.database.countries.resolve(partner).code
        )
        if reporterCode != reporter || partnerCode != partner {
            return Responses.redirect(to: "/pair/\(reporterCode)/\(partnerCode)?lang=\(language.rawValue)")
        }
        // The page depends on the pair, the language and the data only: keep it until the next import.
        let body = try services.responses.body(
            for: "\(language.rawValue) \(request.uri.path)", database: services.database
        ) {
            let overview = try PairOverview(database: services.database, reporter: reporter, partner: partner)
            return ByteBuffer(string: PairPage(overview: overview, language: language).render())
        }
        return Responses.html(body: body)
    }

    /// `annual.svg`, `monthly.svg`, `annual.csv` or `monthly.csv` of a pair.
    @Sendable func pairDownload(request: Request, context: WebContext) async throws -> Response {
        let (reporter, partner) = try pairParameters(context)
        let file = try context.parameters.require("file")
        guard ["annual.svg", "monthly.svg", "annual.csv", "monthly.csv"].contains(file) else {
            throw WebError(
                status: .notFound,
                message: "No download named \(file); try annual.svg, monthly.svg, annual.csv or monthly.csv.")
        }
        let overview = try PairOverview(
            database: services.database, reporter: reporter, partner: partner, details: false)
        let page = PairPage(overview: overview, language: WebLanguage.negotiate(request))
        let name = "tradecheck-\(overview.reporter.code)-\(overview.partner.code)-\(file)"
        switch file {
        case "annual.svg": return Responses.svg(page.annualChart().render(), download: name)
        case "monthly.svg": return Responses.svg(page.monthlyChart().render(), download: name)
        case "annual.csv": return Responses.csv(PairPage.csv(overview.annual), download: name)
        default: return Responses.csv(PairPage.csv(overview.monthly), download: name)
        }
    }

    @Sendable func checkForm(request: Request, context: WebContext) async throws -> Response {
        Responses.html(CheckPage.form(language: WebLanguage.negotiate(request)))
    }

    /// The form's target (pasted text or an uploaded file): the article annotated with verdicts.
    @Sendable func check(request: Request, context: WebContext) async throws -> Response {
        let (report, text) = try await services.check(request)
        return Responses.html(
            CheckPage.result(
                report: report, source: text, language: WebLanguage.negotiate(request)))
    }

    private func pairParameters(_ context: WebContext) throws -> (String, String) {
        (
            try context.parameters.require("reporter").removingPercentEncoding ?? "",
            try context.parameters.require("partner").removingPercentEncoding ?? ""
        )
    }
}

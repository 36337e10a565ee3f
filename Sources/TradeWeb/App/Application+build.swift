import ClaimCheck
import Hummingbird
import Logging
import TradeStore

/// The request context of every route.
public typealias WebContext = BasicRequestContext

/// The web app: pages, charts and the JSON API over one store.
///
/// Tests build the same application and drive it in process with `app.test(.router)`.
public func buildApplication(
    database: TradeDatabase, configuration: WebConfiguration = .init(), logger: Logger? = nil
) -> some ApplicationProtocol {
    let logger = logger ?? Logger(label: "tradecheck.web")
    return Application(
        router: buildRouter(database: database, configuration: configuration),
        configuration: .init(
            address: .hostname(configuration.host, port: configuration.port), serverName: "tradecheck"),
        logger: logger)
}

/// The routes: `/api/...` answers JSON, everything else HTML, SVG or CSV.
public func buildRouter(database: TradeDatabase, configuration: WebConfiguration = .init()) -> Router<WebContext> {
    let router = Router(context: WebContext.self)
    router.add(middleware: ErrorMiddleware())
    let services = WebServices(database: database, configuration: configuration)
    APIController(services: services).register(on: router.group("api"))
    router.get("openapi.json") { _, _ in OpenAPIDocument.response }
    PageController(services: services).register(on: router)
    return router
}

/// What the controllers share: the store, the claim checker and the limits.
struct WebServices: Sendable {
    let database: TradeDatabase
    let checker: ClaimChecker
    let configuration: WebConfiguration
    /// Encoded API answers by URI, valid until the next import.
    let responses: ResponseCache

    init(database: TradeDatabase, configuration: WebConfiguration) {
        self.database = database
        self.checker = ClaimChecker(database: database)
        self.configuration = configuration
        self.responses = ResponseCache(capacity: configuration.responseCacheSize)
    }

    /// Reads an article from a request body (within the size limit) and checks it.
    func check(_ request: Request) async throws -> (report: CheckReport, text: String) {
        let body = try await request.body.collect(upTo: configuration.maxBodyBytes)
        let article = try ArticleSubmission(
            body: body, contentType: request.headers[.contentType] ?? "", query: QueryParameters(request))
        let date =
            article.date ?? configuration.referenceYear.map { PublicationDate(year: $0, month: 12, day: 31) }
            ?? .today()
        let report = checker.check(article.text, language: article.language, date: date)
        return (report, article.text)
    }
}

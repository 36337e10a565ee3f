import Foundation
import Hummingbird
import Logging

/// Turns every error into a response: JSON `{"error": {"status": …, "message": …}}` under
/// `/api`, a small HTML page elsewhere. Client mistakes keep their 4xx status; only a bug is a 500,
/// and its details go to the log, not to the client.
struct ErrorMiddleware: RouterMiddleware {
    typealias Context = WebContext

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws
        -> Response
    {
        do {
            return try await next(request, context)
        } catch {
            let described = WebError.describe(error)
            if described == nil {
                context.logger.error("Request failed: \(request.method) \(request.uri.path): \(error)")
            }
            let problem = described ?? WebError(status: .internalServerError, message: "Internal error.")
            if request.uri.path.hasPrefix("/api/") || request.uri.path == "/openapi.json" {
                return Responses.json(
                    ErrorBody(error: .init(status: Int(problem.status.code), message: problem.message)),
                    status: problem.status)
            }
            let language = WebLanguage.negotiate(request)
            return Responses.html(ErrorPage.render(problem, language: language), status: problem.status)
        }
    }
}

/// The JSON shape of an error.
struct ErrorBody: Codable, Sendable {
    struct Detail: Codable, Sendable {
        var status: Int
        var message: String
    }
    var error: Detail
}

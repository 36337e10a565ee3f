import ClaimCheck
import Foundation
import Hummingbird
import TradeModel
import TradeStore

/// The JSON API: the CLI's questions under `/api`, with the same parameters and answers, and
/// `POST /api/check` for an article. Described by `/openapi.json`.
struct APIController: Sendable {
    let services: WebServices

    private var database: TradeDatabase { services.database }

    func register(on group: RouterGroup<WebContext>) {
        group.get("trade", use: trade)
        group.get("series", use: series)
        group.get("peak", use: peak)
        group.get("change", use: change)
        group.get("share", use: share)
        group.get("top/partners", use: topPartners)
        group.get("top/products", use: topProducts)
        group.get("mirror", use: mirror)
        group.post("check", use: check)
    }

    @Sendable func trade(request: Request, context: WebContext) async throws -> Response {
        try answer(request) { query in
            let (reporter, partner) = try pair(query)
            return try database.trade(
                reporter: reporter, partner: partner, period: try query.period(), product: try query.product(),
                vintage: query.vintage())
        }
    }

    @Sendable func series(request: Request, context: WebContext) async throws -> Response {
        try answer(request) { query in
            let subject = try self.subject(query)
            let (from, to) = (try query.year("from"), try query.year("to"))
            if let from, let to, from > to {
                throw WebError.badParameter("from", "\(from) is after to=\(to).")
            }
            let years: ClosedRange<Int>? = (from != nil || to != nil) ? (from ?? 1900)...(to ?? 2100) : nil
            return try database.series(
                subject, frequency: try query.flag("monthly") ? .monthly : .annual, years: years,
                vintage: query.vintage())
        }
    }

    @Sendable func peak(request: Request, context: WebContext) async throws -> Response {
        try answer(request) { query in
            try database.peak(
                try subject(query), frequency: try query.flag("monthly") ? .monthly : .annual,
                lowest: try query.flag("lowest"), vintage: query.vintage())
        }
    }

    @Sendable func change(request: Request, context: WebContext) async throws -> Response {
        try answer(request) { query in
            let subject = try self.subject(query)
            let (from, to) = (try query.anyPeriod("from"), try query.anyPeriod("to"))
            return try database.change(subject, from: from, to: to, vintage: query.vintage())
        }
    }

    @Sendable func share(request: Request, context: WebContext) async throws -> Response {
        try answer(request) { query in
            try database.share(try subject(query), period: try query.period(), vintage: query.vintage())
        }
    }

    @Sendable func topPartners(request: Request, context: WebContext) async throws -> Response {
        try answer(request) { query in
            try database.topPartners(
                reporter: try query.required("reporter", example: "USA"),
                flow: try query.flow(default: .total, allowed: [.exports, .imports, .total]),
                period: try query.period(), product: try query.product(),
                limit: try query.integer("limit", default: 10, in: 1...250), vintage: query.vintage())
        }
    }

    @Sendable func topProducts(request: Request, context: WebContext) async throws -> Response {
        try answer(request) { query in
            let (reporter, partner) = try pair(query)
            let level = try query.integer("level", default: 2, in: 2...6)
            guard [2, 4, 6].contains(level) else { throw WebError.badParameter("level", "must be 2, 4 or 6.") }
            return try database.topProducts(
                reporter: reporter, partner: partner,
                flow: try query.flow(default: .imports, allowed: [.exports, .imports]), period: try query.period(),
                level: level, limit: try query.integer("limit", default: 10, in: 1...250), vintage: query.vintage())
        }
    }

    @Sendable func mirror(request: Request, context: WebContext) async throws -> Response {
        try answer(request) { query in
            let (reporter, partner) = try pair(query)
            return try database.mirror(
                reporter: reporter, partner: partner, period: try query.period(), product: try query.product())
        }
    }

    /// `POST /api/check`: JSON `{"text": …, "lang": "auto|de|en", "date": "YYYY-MM-DD"}` or the
    /// article as `text/plain` (with `lang` and `date` in the query string).
    @Sendable func check(request: Request, context: WebContext) async throws -> Response {
        let (report, text) = try await services.check(request)
        return Responses.jsonText(try report.render(.json, source: text))
    }

    /// A GET answer as JSON, from the response cache when the same URI was answered before
    /// on the same data.
    private func answer(
        _ request: Request, _ question: (QueryParameters) throws -> some Encodable
    ) throws -> Response {
        let body = try services.responses.body(for: request.uri.description, database: database) {
            ByteBuffer(bytes: try Responses.encode(try question(QueryParameters(request))))
        }
        return Responses.json(body: body)
    }

    private func pair(_ query: QueryParameters) throws -> (String, String) {
        (try query.required("reporter", example: "USA"), try query.required("partner", example: "RUS"))
    }

    private func subject(_ query: QueryParameters) throws -> TradeSubject {
        let (reporter, partner) = try pair(query)
        return TradeSubject(
            reporter: reporter, partner: partner, flow: try query.flow(default: .total), product: try query.product())
    }
}

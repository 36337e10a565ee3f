import Hummingbird
import TradeModel

/// Typed access to a request's query string, with the same names and meanings as the CLI's
/// options (`year`, `month`, `flow`, `product`, `from`, `to`, `monthly`, `limit`, `vintage`).
/// Every bad value is a ``WebError`` with status 400 that names the parameter.
struct QueryParameters: Sendable {
    private var values: [String: String] = [:]

    /// Decodes the raw query as a form does: `+` is a space, then percent-escapes.
    init(_ request: Request) {
        values = FormFields.urlEncoded(request.uri.query ?? "")
    }

    subscript(_ name: String) -> String? {
        guard let value = values[name]?.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    func required(_ name: String, example: String) throws -> String {
        guard let value = self[name] else { throw WebError.missingParameter(name, example: example) }
        return value
    }

    func flow(default defaultFlow: Flow, allowed: [Flow] = Flow.allCases) throws -> Flow {
        guard let text = self["flow"] else { return defaultFlow }
        guard let flow = Flow(parsing: text), allowed.contains(flow) else {
            throw WebError.badParameter(
                "flow", "must be one of \(allowed.map(\.rawValue).joined(separator: ", ")) (got \"\(text)\").")
        }
        return flow
    }

    func product() throws -> Product {
        guard let text = self["product"] else { return .total }
        guard let product = Product(code: text) else {
            throw WebError.badParameter("product", "must be TOTAL or an HS code of 2, 4 or 6 digits (got \"\(text)\").")
        }
        return product
    }

    /// `year=2024` or `month=2014-05`, exactly one of them.
    func period() throws -> Period {
        switch (self["year"], self["month"]) {
        case (.some, .some):
            throw WebError(status: .badRequest, message: "Give either year or month, not both.")
        case (nil, nil):
            throw WebError(status: .badRequest, message: "Give a period: year=2024 or month=2014-05.")
        case (let year?, nil):
            guard let period = Period(parsing: year), !period.isMonth else {
                throw WebError.badParameter("year", "must be a year such as 2024 (got \"\(year)\").")
            }
            return period
        case (nil, let month?):
            guard let period = Period(parsing: month), period.isMonth else {
                throw WebError.badParameter("month", "must look like 2014-05 (got \"\(month)\").")
            }
            return period
        }
    }

    /// A period given as a year or a month: `from=2014`, `to=2022-03`.
    func anyPeriod(_ name: String) throws -> Period {
        let text = try required(name, example: "2014")
        guard let period = Period(parsing: text) else {
            throw WebError.badParameter(name, "must be a year (2014) or a month (2014-05) (got \"\(text)\").")
        }
        return period
    }

    func year(_ name: String) throws -> Int? {
        guard let text = self[name] else { return nil }
        guard let year = Int(text), (1900...2100).contains(year) else {
            throw WebError.badParameter(name, "must be a year such as 2024 (got \"\(text)\").")
        }
        return year
    }

    func integer(_ name: String, default defaultValue: Int, in range: ClosedRange<Int>) throws -> Int {
        guard let text = self[name] else { return defaultValue }
        guard let value = Int(text), range.contains(value) else {
            throw WebError.badParameter(
                name, "must be a whole number from \(range.lowerBound) to \(range.upperBound) (got \"\(text)\").")
        }
        return value
    }

    func flag(_ name: String) throws -> Bool {
        guard let text = self[name] else { return false }
        switch text.lowercased() {
        case "true", "1", "yes", "on": return true
        case "false", "0", "no", "off": return false
        default: throw WebError.badParameter(name, "must be true or false (got \"\(text)\").")
        }
    }

    func vintage() -> VintageSelection {
        self["vintage"].map(VintageSelection.dataset) ?? .newest
    }
}

import Foundation

/// Why a fetch failed, with what to do about it. Nothing of a failed query is imported or cached.
public enum ConnectError: Error, Sendable, Equatable {
    /// The source needs a key and none was given.
    case missingKey(source: String, variable: String, signup: String)
    /// The source rejected the key (HTTP 401/403 or its own "invalid key" page).
    case badKey(source: String, variable: String, status: Int, message: String)
    /// The source kept answering "too many requests" after every retry.
    case rateLimited(source: String, attempts: Int)
    /// The source answered with an HTTP error that retrying did not fix.
    case httpStatus(source: String, status: Int, query: String, message: String)
    /// The source could not be reached, or the transfer broke off, after every retry.
    case network(source: String, query: String, reason: String)
    /// The response does not have the shape tradecheck reads (the API may have changed, or the
    /// body was cut short).
    case changedFormat(source: String, query: String, reason: String)
    /// Every query of the run came back without data.
    case emptyResult(source: String, queries: [String])
    /// The keyless preview returned its maximum number of records, so rows may be missing.
    case previewCapReached(query: String, cap: Int)
    /// The question cannot be asked of this source (unknown code, bad range).
    case invalidRequest(String)
    /// A downloaded archive could not be unpacked.
    case unpackFailed(file: String, reason: String)
}

extension ConnectError: LocalizedError {
    /// A source's name for messages: `census` → "The Census API".
    static func name(_ source: String) -> String {
        switch source {
        case "census": return "The Census API"
        case "comtrade": return "UN Comtrade"
        case "baci": return "CEPII BACI"
        case "comext": return "Eurostat Comext"
        default: return source
        }
    }

    public var errorDescription: String? {
        switch self {
        case .missingKey(let source, let variable, let signup):
            return "\(source) needs an API key: set \(variable) (get one at \(signup))."
        case .badKey(let source, let variable, let status, let message):
            return
                "\(source) rejected the API key (HTTP \(status)\(message.isEmpty ? "" : ": \(message)")). Check \(variable); new keys may need activating by the link in the sign-up e-mail."
        case .rateLimited(let source, let attempts):
            return
                "\(Self.name(source)) still answered \"too many requests\" after \(attempts) attempts. Wait a while and run the same command again; finished queries are cached and not fetched again."
        case .httpStatus(let source, let status, let query, let message):
            return
                "\(source) answered HTTP \(status) to \(query)\(message.isEmpty ? "" : ": \(message)"). Check the options; run again later if the service is down."
        case .network(let source, let query, let reason):
            return
                "Could not fetch \(query) from \(Self.name(source)): \(reason). Check the network or --base-url and run again; finished queries are cached."
        case .changedFormat(let source, let query, let reason):
            return
                "The response of \(source) to \(query) is not in the expected format: \(reason). Nothing of it was stored; if this persists, the API may have changed."
        case .emptyResult(let source, let queries):
            let shown = queries.prefix(3).joined(separator: "; ") + (queries.count > 3 ? "; …" : "")
            return
                "\(Self.name(source)) has no data for the question (\(queries.count) quer\(queries.count == 1 ? "y" : "ies"): \(shown)). Check the countries, the period and the product level."
        case .previewCapReached(let query, let cap):
            return
                "The keyless Comtrade preview returned its cap of \(cap) records for \(query), so rows may be missing. Ask for fewer products or periods, or set TRADECHECK_COMTRADE_KEY."
        case .invalidRequest(let message):
            return message
        case .unpackFailed(let file, let reason):
            return "Cannot unpack \(file): \(reason). Download the CSV instead, or install unzip."
        }
    }
}

import Foundation
import Hummingbird
import TradeModel
import TradeStore

/// A problem with a request, with the HTTP status it deserves and a message that says what to do.
struct WebError: Error, Sendable {
    var status: HTTPResponse.Status
    var message: String

    static func badParameter(_ name: String, _ message: String) -> WebError {
        WebError(status: .badRequest, message: "Parameter \"\(name)\": \(message)")
    }

    static func missingParameter(_ name: String, example: String) -> WebError {
        WebError(status: .badRequest, message: "Parameter \"\(name)\" is required, e.g. \(name)=\(example).")
    }

    /// The status and message for any error a handler throws; `nil` for a bug (a 500).
    static func describe(_ error: any Error) -> WebError? {
        switch error {
        case let error as WebError:
            return error
        case let error as CountryCatalog.LookupError:
            return WebError(status: .notFound, message: error.errorDescription ?? "Unknown country.")
        case let error as StoreError:
            let message = error.errorDescription ?? "\(error)"
            switch error {
            case .noData, .unknownDataset: return WebError(status: .notFound, message: message)
            case .invalidQuestion: return WebError(status: .badRequest, message: message)
            case .cannotOpen: return nil
            }
        case let error as any HTTPResponseError:
            let message =
                error.status == .contentTooLarge
                ? "The request body is too large." : (error as? HTTPError)?.body ?? error.status.reasonPhrase
            return WebError(status: error.status, message: message)
        default:
            return nil
        }
    }
}

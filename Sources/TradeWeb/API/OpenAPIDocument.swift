import Foundation
import Hummingbird

/// The OpenAPI 3.1 description of the JSON API, served at `/openapi.json`.
/// `TradeWebTests` validates real responses against it, so it stays true.
public enum OpenAPIDocument {
    /// The document as shipped in the module's resources.
    public static let text: String = {
        guard let url = Bundle.module.url(forResource: "openapi", withExtension: "json"),
            let data = try? Data(contentsOf: url)
        else {
            preconditionFailure("openapi.json is missing from TradeWeb's resources")
        }
        return String(decoding: data, as: UTF8.self)
    }()

    static var response: Response { Responses.jsonText(text) }
}

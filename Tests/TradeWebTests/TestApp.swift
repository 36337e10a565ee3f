import Foundation
import Hummingbird
import HummingbirdTesting
import TradeTestSupport
import TradeWeb

/// The web app over the bundled data, driven in process.
enum TestApp {
    static let configuration = WebConfiguration(maxBodyBytes: 64 * 1024, referenceYear: 2025)

    /// Sends one request and returns the status, the headers and the body as text.
    static func request(
        _ uri: String, method: HTTPRequest.Method = .get, headers: HTTPFields = [:], body: String? = nil
    ) async throws -> (status: HTTPResponse.Status, headers: HTTPFields, body: String) {
        let app = buildApplication(database: BundledStore.database, configuration: configuration)
        return try await app.test(.router) { client in
            try await client.execute(
                uri: uri, method: method, headers: headers, body: body.map { ByteBuffer(string: $0) }
            ) { response in
                (response.status, response.headers, String(buffer: response.body))
            }
        }
    }

    /// The body parsed as a JSON object.
    static func json(_ text: String) throws -> [String: Any] {
        try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any] ?? [:]
    }
}

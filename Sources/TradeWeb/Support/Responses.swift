import Foundation
import Hummingbird

/// Builders for the response kinds the app sends.
enum Responses {
    /// JSON with sorted keys, the same encoding as `tradecheck … --format json`.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data(#"{"error":{"status":500,"message":"Encoding failed."}}"#.utf8)
        return raw(data, contentType: "application/json; charset=utf-8", status: status)
    }

    /// JSON that is already encoded.
    static func jsonText(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        raw(Data(text.utf8), contentType: "application/json; charset=utf-8", status: status)
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        var response = raw(Data(text.utf8), contentType: "text/html; charset=utf-8", status: status)
        response.headers[.contentSecurityPolicy] =
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; script-src 'none'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
        response.headers[.xContentTypeOptions] = "nosniff"
        return response
    }

    /// An SVG chart; `download` names the file a browser saves it as.
    static func svg(_ text: String, download: String? = nil) -> Response {
        var response = raw(Data(text.utf8), contentType: "image/svg+xml; charset=utf-8", status: .ok)
        if let download { response.headers[.contentDisposition] = "attachment; filename=\"\(download)\"" }
        response.headers[.xContentTypeOptions] = "nosniff"
        return response
    }

    static func csv(_ text: String, download: String) -> Response {
        var response = raw(Data(text.utf8), contentType: "text/csv; charset=utf-8", status: .ok)
        response.headers[.contentDisposition] = "attachment; filename=\"\(download)\""
        return response
    }

    static func redirect(to location: String) -> Response {
        Response(status: .seeOther, headers: [.location: location])
    }

    private static func raw(_ data: Data, contentType: String, status: HTTPResponse.Status) -> Response {
        Response(
            status: status, headers: [.contentType: contentType],
            body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}

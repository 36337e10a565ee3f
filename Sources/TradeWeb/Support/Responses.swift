import Foundation
import Hummingbird

/// Builders for the response kinds the app sends.
enum Responses {
    /// JSON with sorted keys, the same encoding as `tradecheck … --format json`.
    static func json(_ value: some Encodable, status: HTTPResponse.Status = .ok) -> Response {
        let data = (try? encode(value)) ?? Data(#"{"error":{"status":500,"message":"Encoding failed."}}"#.utf8)
        return raw(data, contentType: "application/json; charset=utf-8", status: status)
    }

    static func encode(_ value: some Encodable) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(value)
    }

    /// A JSON body that is already encoded.
    static func json(body: ByteBuffer) -> Response {
        Response(
            status: .ok, headers: [.contentType: "application/json; charset=utf-8"],
            body: ResponseBody(byteBuffer: body))
    }

    /// JSON that is already encoded.
    static func jsonText(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        raw(Data(text.utf8), contentType: "application/json; charset=utf-8", status: status)
    }

    static func html(_ text: String, status: HTTPResponse.Status = .ok) -> Response {
        html(body: ByteBuffer(string: text), status: status)
    }

    static func html(body: ByteBuffer, status: HTTPResponse.Status = .ok) -> Response {
        var response = Response(
            status: status, headers: [.contentType: "text/html; charset=utf-8"], body: ResponseBody(byteBuffer: body))
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

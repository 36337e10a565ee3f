import ClaimCheck
import Foundation
import Hummingbird
import TradeModel

/// An article sent to be checked: as JSON, as plain text, as a form field or as an uploaded file.
struct ArticleSubmission: Sendable {
    var text: String
    /// `nil` to detect the language from the text.
    var language: Language?
    /// The publication date, for relative periods; `nil` when the request gives none.
    var date: PublicationDate?

    /// Reads the body according to its content type; `query` supplies `lang` and `date` for plain text.
    init(body: ByteBuffer, contentType: String, query: QueryParameters) throws {
        let bytes = Data(buffer: body)
        let type = contentType.split(separator: ";").first?.trimmingCharacters(in: .whitespaces).lowercased() ?? ""
        var fields: [String: String] = [:]
        switch type {
        case "application/json":
            guard let object = try? JSONSerialization.jsonObject(with: bytes) as? [String: Any] else {
                throw WebError(
                    status: .badRequest, message: #"The body is not a JSON object; send {"text": "…"}."#)
            }
            for (key, value) in object {
                if let string = value as? String { fields[key] = string }
            }
        case "application/x-www-form-urlencoded":
            fields = FormFields.urlEncoded(String(decoding: bytes, as: UTF8.self))
        case "multipart/form-data":
            fields = try FormFields.multipart(bytes, contentType: contentType)
            if let file = fields["file"], !file.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                fields["text"] = file
            }
        case "", "text/plain":
            fields["text"] = String(decoding: bytes, as: UTF8.self)
        default:
            throw WebError(
                status: .unsupportedMediaType,
                message: "Send the article as application/json, text/plain or a form (got \(type)).")
        }
        for name in ["lang", "date"] where fields[name] == nil {
            fields[name] = query[name]
        }
        guard let text = fields["text"], !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw WebError(status: .badRequest, message: "The article is empty: send its text.")
        }
        self.text = text
        switch fields["lang"]?.lowercased() ?? "auto" {
        case "auto", "": self.language = nil
        case let code:
            guard let language = Language(rawValue: code) else {
                throw WebError.badParameter("lang", "must be auto, de or en (got \"\(code)\").")
            }
            self.language = language
        }
        if let date = fields["date"], !date.isEmpty {
            guard let parsed = PublicationDate(parsing: date) else {
                throw WebError.badParameter(
                    "date", "must be a calendar day written YYYY-MM-DD, such as 2025-06-15 (got \"\(date)\").")
            }
            self.date = parsed
        }
    }
}

/// Decoders for HTML form bodies.
enum FormFields {
    /// `a=1&b=two+words` → ["a": "1", "b": "two words"].
    static func urlEncoded(_ body: String) -> [String: String] {
        var fields: [String: String] = [:]
        for pair in body.split(separator: "&") {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            func decode(_ text: Substring) -> String {
                guard text.utf8.contains(where: { $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "%") }) else {
                    return String(text)
                }
                return String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding ?? String(text)
            }
            guard let key = parts.first else { continue }
            fields[decode(key)] = parts.count > 1 ? decode(parts[1]) : ""
        }
        return fields
    }

    /// The text fields and uploaded files of a `multipart/form-data` body, by field name.
    static func multipart(_ body: Data, contentType: String) throws -> [String: String] {
        guard
            let boundaryParameter = contentType.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) })
                .first(where: { $0.lowercased().hasPrefix("boundary=") })
        else {
            throw WebError(status: .badRequest, message: "The multipart form has no boundary.")
        }
        let boundary = boundaryParameter.dropFirst("boundary=".count).trimmingCharacters(
            in: CharacterSet(charactersIn: "\""))
        let delimiter = Data(("--" + boundary).utf8)
        var fields: [String: String] = [:]
        var parts: [Data] = []
        var searchStart = body.startIndex
        var partStart: Data.Index?
        while let range = body.range(of: delimiter, in: searchStart..<body.endIndex) {
            if let start = partStart { parts.append(body[start..<range.lowerBound]) }
            partStart = range.upperBound
            searchStart = range.upperBound
        }
        guard !parts.isEmpty else {
            throw WebError(status: .badRequest, message: "The multipart form has no parts; is the boundary right?")
        }
        let separator = Data("\r\n\r\n".utf8)
        for part in parts {
            guard let split = part.range(of: separator) else { continue }
            let head = String(decoding: part[part.startIndex..<split.lowerBound], as: UTF8.self)
            var content = part[split.upperBound..<part.endIndex]
            if content.suffix(2) == Data("\r\n".utf8) { content = content.dropLast(2) }
            guard let nameRange = head.range(of: #"name="([^"]*)""#, options: .regularExpression) else { continue }
            let name = head[nameRange].dropFirst(6).dropLast()
            fields[String(name)] = String(decoding: content, as: UTF8.self)
        }
        return fields
    }
}

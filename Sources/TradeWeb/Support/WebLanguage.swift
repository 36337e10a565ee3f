import Hummingbird
import TradeModel

/// The UI language of a request: `?lang=de|en`, else the browser's Accept-Language, else English.
enum WebLanguage {
    static func negotiate(_ request: Request) -> Language {
        if let requested = request.uri.queryParameters["lang"], let language = Language(rawValue: String(requested)) {
            return language
        }
        return fromAcceptLanguage(request.headers[.acceptLanguage] ?? "")
    }

    /// The first of English or German by quality in an Accept-Language header ("de-DE,de;q=0.9,en;q=0.8").
    static func fromAcceptLanguage(_ header: String) -> Language {
        var best: (quality: Double, language: Language)?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard let tag = parts.first?.lowercased() else { continue }
            let primary = tag.split(separator: "-").first.map(String.init) ?? tag
            guard let language = Language(rawValue: primary) else { continue }
            var quality = 1.0
            for parameter in parts.dropFirst() where parameter.hasPrefix("q=") {
                quality = Double(parameter.dropFirst(2)) ?? 0
            }
            if quality > 0, quality > (best?.quality ?? 0) { best = (quality, language) }
        }
        return best?.language ?? .en
    }
}

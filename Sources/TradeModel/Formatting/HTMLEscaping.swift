extension String {
    /// The text with `&`, `<`, `>`, `"` and `'` written as entities: safe as HTML or SVG text
    /// and inside quoted attribute values. The claim checker's HTML report and the web app's
    /// pages both escape through it.
    public var htmlEscaped: String {
        var result = ""
        result.reserveCapacity(utf8.count)
        for scalar in unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }
}

/// Formats money and percentages the way English and German newsrooms write them.
///
/// ```swift
/// MoneyFormat.human(3_535_628_201, .en)  // "3.54 bn USD"
/// MoneyFormat.human(3_535_628_201, .de)  // "3,54 Mrd. US-Dollar"
/// MoneyFormat.exact(528_319_141, .en)    // "528,319,141 USD"
/// ```
public enum MoneyFormat {
    /// The value with thousands separators and the currency: "528,319,141 USD", "528.319.141 US-Dollar".
    public static func exact(_ value: Int64, _ language: Language, currency: String = "USD") -> String {
        "\(grouped(value, language)) \(currencyName(currency, language))"
    }

    /// The value in human units with the currency: "3.54 bn USD", "528.3 mn USD", "3,54 Mrd. US-Dollar".
    public static func human(_ value: Int64, _ language: Language, currency: String = "USD") -> String {
        "\(humanNumber(value, language)) \(currencyName(currency, language))"
    }

    /// The value in human units without the currency: "3.54 bn", "−295.5 bn", "3,54 Mrd.".
    public static func humanNumber(_ value: Int64, _ language: Language) -> String {
        let magnitude = Double(value.magnitude)
        let units: [(Double, String, String)] = [
            (1e12, "tn", "Bio."), (1e9, "bn", "Mrd."), (1e6, "mn", "Mio."), (1e3, "k", "Tsd."),
        ]
        let sign = value < 0 ? "−" : ""
        for (scale, en, de) in units where magnitude >= scale * 0.9995 {
            let scaled = magnitude / scale
            let digits = scaled < 9.995 ? 2 : 1
            return "\(sign)\(decimal(scaled, digits: digits, language)) \(language == .de ? de : en)"
        }
        return "\(sign)\(grouped(Int64(magnitude), language))"
    }

    /// The currency as written: "USD" / "US-Dollar", "EUR" / "Euro".
    public static func currencyName(_ currency: String, _ language: Language) -> String {
        switch (currency, language) {
        case ("USD", .de): return "US-Dollar"
        case ("EUR", .de): return "Euro"
        default: return currency
        }
    }

    /// An integer with thousands separators ("," in English, "." in German) and a true minus sign.
    public static func grouped(_ value: Int64, _ language: Language) -> String {
        let digits = String(value.magnitude)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { result.append(language == .de ? "." : ",") }
            result.append(character)
        }
        return value < 0 ? "−" + result : result
    }

    /// A decimal number with a fixed number of digits after the decimal mark ("." or ",").
    public static func decimal(_ value: Double, digits: Int, _ language: Language) -> String {
        var scale = 1.0
        for _ in 0..<digits { scale *= 10 }
        let rounded = (abs(value) * scale).rounded()
        let whole = Int64(rounded / scale)
        let fraction = Int64(rounded) - whole * Int64(scale)
        var text = grouped(whole, language)
        if digits > 0 {
            let fractionText = String(fraction)
            text +=
                (language == .de ? "," : ".") + String(repeating: "0", count: digits - fractionText.count)
                + fractionText
        }
        return value < 0 && rounded != 0 ? "−" + text : text
    }

    /// A percentage: "12.3%" in English, "12,3 %" in German; with a sign when `signed`.
    public static func percent(_ value: Double, _ language: Language, digits: Int = 1, signed: Bool = false) -> String {
        let sign = signed && value > 0 ? "+" : ""
        let number = sign + decimal(value, digits: digits, language)
        return language == .de ? number + " %" : number + "%"
    }
}

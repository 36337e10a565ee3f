/// The value of one flow in one period, with how much of the period the data covers.
public struct PeriodValue: Sendable, Hashable, Codable {
    public var period: Period
    /// The value in whole units of the currency (USD), `nil` when no month of the period has data.
    public var value: Int64?
    /// The months (1–12) whose data the value sums; all twelve for a complete year, one for a month.
    /// Empty for a year published only as an annual figure.
    public var months: [Int]
    /// Whether the value covers the whole period (a year with all 12 months, or an annual figure).
    public var isComplete: Bool
    /// The datasets that supplied the value.
    public var datasets: [String]

    public init(period: Period, value: Int64?, months: [Int], isComplete: Bool, datasets: [String]) {
        self.period = period
        self.value = value
        self.months = months
        self.isComplete = isComplete
        self.datasets = datasets
    }

    /// For an incomplete year, the months covered ("Jan–Aug 2024" / "Jan.–Aug. 2024"); `nil` otherwise.
    public func partialLabel(_ language: Language) -> String? {
        guard !isComplete, period.month == nil, let first = months.first, let last = months.last else { return nil }
        let names = MonthNames.short(language)
        let span = first == last ? names[first - 1] : "\(names[first - 1])–\(names[last - 1])"
        return "\(span) \(period.year)"
    }
}

/// Month names in English and German.
public enum MonthNames {
    /// Abbreviated month names, January first.
    public static func short(_ language: Language) -> [String] {
        switch language {
        case .en: return ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        case .de:
            return ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sep.", "Okt.", "Nov.", "Dez."]
        }
    }

    /// Full month names, January first.
    public static func full(_ language: Language) -> [String] {
        switch language {
        case .en:
            return [
                "January", "February", "March", "April", "May", "June", "July", "August", "September",
                "October", "November", "December",
            ]
        case .de:
            return [
                "Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September",
                "Oktober", "November", "Dezember",
            ]
        }
    }
}

/// A flow summed over a run of consecutive months: a partial year ("Jan–Sep 2023"), a quarter,
/// year to date, or the twelve months to March.
public struct RangeAnswer: Sendable, Hashable, Codable {
    public var reporter: Country
    public var partner: Country
    public var flow: Flow
    public var product: Product
    /// The months asked for, first and last inclusive (both months).
    public var range: PeriodRange
    /// The sum over the months with data, `nil` when none has data.
    public var value: Int64?
    /// The months that have data, in order.
    public var monthsWithData: [Period]
    /// Whether every month of the range has data.
    public var isComplete: Bool
    public var coverage: Coverage

    public init(
        reporter: Country, partner: Country, flow: Flow, product: Product, range: PeriodRange, value: Int64?,
        monthsWithData: [Period], isComplete: Bool, coverage: Coverage
    ) {
        self.reporter = reporter
        self.partner = partner
        self.flow = flow
        self.product = product
        self.range = range
        self.value = value
        self.monthsWithData = monthsWithData
        self.isComplete = isComplete
        self.coverage = coverage
    }
}

extension PeriodRange {
    /// Every month of the range, in order (a year counts as its twelve months).
    public var months: [Period] {
        let start: Period = first.isMonth ? first : .month(first.year, 1)
        let end: Period = last.isMonth ? last : .month(last.year, 12)
        var result: [Period] = []
        var period = start
        while period <= end, result.count < 1200 {
            result.append(period)
            period = period.next
        }
        return result
    }

    /// Whether the range is a run of months (not a run of years).
    public var isMonthRange: Bool { first.isMonth && last.isMonth }

    /// The same months one year earlier.
    public var yearEarlier: PeriodRange {
        func back(_ period: Period) -> Period {
            switch period {
            case .year(let year): return .year(year - 1)
            case .month(let year, let month): return .month(year - 1, month)
            }
        }
        return PeriodRange(back(first), back(last))
    }

    /// "Jan–Sep 2023", "Apr 2023–Mar 2024", "Jan. – Sep. 2023" in German; a single month by name.
    public func label(_ language: Language) -> String {
        guard let firstMonth = first.month, let lastMonth = last.month else { return description }
        let names = MonthNames.short(language)
        if first == last { return "\(names[firstMonth - 1]) \(first.year)" }
        if first.year == last.year { return "\(names[firstMonth - 1])–\(names[lastMonth - 1]) \(first.year)" }
        return "\(names[firstMonth - 1]) \(first.year)–\(names[lastMonth - 1]) \(last.year)"
    }
}

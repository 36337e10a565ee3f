import Foundation

/// A statistical period: a calendar year or one month of it.
///
/// Periods order chronologically; a year sorts before its own months. The text form is
/// `2024` for a year and `2014-05` for a month, which is also how periods encode in JSON.
public enum Period: Sendable, Hashable {
    case year(Int)
    case month(Int, Int)

    /// The calendar year of the period.
    public var year: Int {
        switch self {
        case .year(let year), .month(let year, _): return year
        }
    }

    /// The month (1–12), or `nil` for a year.
    public var month: Int? {
        if case .month(_, let month) = self { return month }
        return nil
    }

    /// Whether this is a single month.
    public var isMonth: Bool { month != nil }

    /// Parses `2024`, `2014-05` or `2014-5`; returns `nil` for anything else.
    public init?(parsing text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces).split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 4, let year = Int(first), year >= 1900, year <= 2100 else {
            return nil
        }
        switch parts.count {
        case 1:
            self = .year(year)
        case 2:
            guard (1...2).contains(parts[1].count), let month = Int(parts[1]), (1...12).contains(month) else {
                return nil
            }
            self = .month(year, month)
        default:
            return nil
        }
    }

    /// The twelve months of a year, or the month itself.
    public var months: [Period] {
        switch self {
        case .year(let year): return (1...12).map { .month(year, $0) }
        case .month: return [self]
        }
    }

    /// The month that follows this one (or the next year).
    public var next: Period {
        switch self {
        case .year(let year): return .year(year + 1)
        case .month(let year, let month): return month == 12 ? .month(year + 1, 1) : .month(year, month + 1)
        }
    }

    /// The month (or year) before this one.
    public var previous: Period {
        switch self {
        case .year(let year): return .year(year - 1)
        case .month(let year, let month): return month == 1 ? .month(year - 1, 12) : .month(year, month - 1)
        }
    }

    /// A sortable integer key: `year * 100 + month`, with month 0 for a whole year.
    public var key: Int { year * 100 + (month ?? 0) }

    /// Builds a period from its stored form (`month == 0` means the whole year).
    public init(year: Int, month: Int) {
        self = month == 0 ? .year(year) : .month(year, month)
    }
}

extension Period: Comparable {
    public static func < (lhs: Period, rhs: Period) -> Bool { lhs.key < rhs.key }
}

extension Period: CustomStringConvertible {
    public var description: String {
        switch self {
        case .year(let year): return String(year)
        case .month(let year, let month): return "\(year)-\(month < 10 ? "0" : "")\(month)"
        }
    }
}

extension Period: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let period = Period(parsing: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a period: \(text)")
        }
        self = period
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// An inclusive range of periods of one granularity, such as `2014...2022`.
public struct PeriodRange: Sendable, Hashable, Codable, CustomStringConvertible {
    public var first: Period
    public var last: Period

    public init(_ first: Period, _ last: Period) {
        self.first = min(first, last)
        self.last = max(first, last)
    }

    public var description: String { first == last ? first.description : "\(first)..\(last)" }

    public func contains(_ period: Period) -> Bool { first <= period && period <= last }
}

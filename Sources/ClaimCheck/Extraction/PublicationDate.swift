import Foundation
import TradeModel

/// The day an article appeared. Relative periods ("last month", "im Vorjahr", "in the first
/// half") are read as of this day, and only figures published by then can be meant.
public struct PublicationDate: Sendable, Hashable, Codable, CustomStringConvertible {
    public var year: Int
    public var month: Int
    public var day: Int

    /// Parses `YYYY-MM-DD` (a real calendar day between 1900 and 2100); `nil` for anything else.
    public init?(parsing text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
            let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
            (1900...2100).contains(year), (1...12).contains(month), (1...Self.days(in: month, of: year)).contains(day)
        else { return nil }
        (self.year, self.month, self.day) = (year, month, day)
    }

    public init(year: Int, month: Int, day: Int) {
        (self.year, self.month, self.day) = (year, month, day)
    }

    /// Today, in UTC.
    public static func today() -> PublicationDate {
        var calendar = Calendar(identifier: .gregorian)
        if let utc = TimeZone(secondsFromGMT: 0) { calendar.timeZone = utc }
        let parts = calendar.dateComponents([.year, .month, .day], from: Date())
        return PublicationDate(year: parts.year ?? 2000, month: parts.month ?? 1, day: parts.day ?? 1)
    }

    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    /// The latest month whose goods-trade figures had appeared by this day. Monthly trade
    /// statistics appear about five weeks after the month ends (the U.S. release for April comes
    /// out in the first days of June), so an article of 10 June knows April, one of 2 June March.
    public var latestPublishedMonth: Period {
        var monthsBack = 2
        if day < 4 { monthsBack = 3 }
        var y = year, m = month - monthsBack
        while m < 1 {
            m += 12
            y -= 1
        }
        return .month(y, m)
    }

    /// The month whose figures may or may not have appeared by this day: the release comes out in the first
    /// days of the month, on the 3rd in some years (May 2013's on 3 July 2013), so an article of the first
    /// three days may already report it.
    public var monthMaybePublished: Period? {
        day < 4 ? latestPublishedMonth.next : nil
    }

    /// The latest year whose full-year figures had appeared (the December figures are out).
    public var latestPublishedYear: Int {
        let latest = latestPublishedMonth
        return latest.month == 12 ? latest.year : latest.year - 1
    }

    private static func days(in month: Int, of year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }
}

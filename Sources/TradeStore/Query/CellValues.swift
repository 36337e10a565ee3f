import GRDB
import TradeModel

/// The stored values of one stored flow, per period, with the datasets that supplied them.
struct CellValues {
    /// Value and dataset per `year * 100 + month` (month 0 for an annual row).
    var cells: [Int: (value: Int64, dataset: Int64)] = [:]

    var isEmpty: Bool { cells.isEmpty }

    /// Months (1–12) with a value in a year.
    func months(in year: Int) -> [Int] {
        (1...12).filter { cells[year * 100 + $0] != nil }
    }

    /// The years that have any data, sorted.
    var years: [Int] { Set(cells.keys.map { $0 / 100 }).sorted() }

    /// The months with data, sorted.
    var monthKeys: [Int] { cells.keys.filter { $0 % 100 != 0 }.sorted() }

    /// The value of a period: a month as stored; a year as the sum of its published months,
    /// or the annual row when the year was published only as a whole.
    func value(of period: Period) -> PeriodValue {
        switch period {
        case .month(let year, let month):
            let cell = cells[year * 100 + month]
            return PeriodValue(
                period: period, value: cell?.value, months: cell == nil ? [] : [month], isComplete: cell != nil,
                datasets: cell.map { [String($0.dataset)] } ?? [])
        case .year(let year):
            let months = months(in: year)
            if months.isEmpty {
                let cell = cells[year * 100]
                return PeriodValue(
                    period: period, value: cell?.value, months: [], isComplete: cell != nil,
                    datasets: cell.map { [String($0.dataset)] } ?? [])
            }
            var sum: Int64 = 0
            var datasets: Set<Int64> = []
            for month in months {
                let cell = cells[year * 100 + month]!
                sum += cell.value
                datasets.insert(cell.dataset)
            }
            return PeriodValue(
                period: period, value: sum, months: months, isComplete: months.count == 12,
                datasets: datasets.sorted().map(String.init))
        }
    }

    /// The first and last period with data, at the given frequency.
    func coverage(_ frequency: Frequency) -> (Period, Period)? {
        switch frequency {
        case .monthly:
            var first = Int.max, last = Int.min
            for key in cells.keys where key % 100 != 0 {
                first = min(first, key)
                last = max(last, key)
            }
            guard first <= last else { return nil }
            return (Period(year: first / 100, month: first % 100), Period(year: last / 100, month: last % 100))
        case .annual:
            guard let first = cells.keys.min(), let last = cells.keys.max() else { return nil }
            return (.year(first / 100), .year(last / 100))
        }
    }
}

/// Combines exports and imports into total or balance, period by period.
func combine(_ exports: PeriodValue, _ imports: PeriodValue, flow: Flow) -> PeriodValue {
    guard let x = exports.value, let m = imports.value else {
        return PeriodValue(
            period: exports.period, value: nil, months: [], isComplete: false,
            datasets: [])
    }
    let months = exports.months.filter(imports.months.contains)
    return PeriodValue(
        period: exports.period, value: flow == .balance ? x - m : x + m, months: months,
        isComplete: exports.isComplete && imports.isComplete && exports.months == imports.months,
        datasets: Array(Set(exports.datasets + imports.datasets)).sorted())
}

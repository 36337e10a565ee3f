import Testing

@testable import TradeModel

@Suite("Periods and products")
struct PeriodAndProductTests {
    @Test(
        "Parsing periods",
        arguments: [
            ("2024", Period.year(2024)), ("2014-05", .month(2014, 5)), ("2014-5", .month(2014, 5)),
            (" 1992 ", .year(1992)),
        ])
    func parsesPeriods(text: String, expected: Period) {
        #expect(Period(parsing: text) == expected)
    }

    @Test("Rejecting bad periods", arguments: ["", "24", "2024-13", "2024-00", "2024-05-01", "May 2014", "abcd"])
    func rejectsBadPeriods(text: String) {
        #expect(Period(parsing: text) == nil)
    }

    @Test func periodsOrderAndPrint() {
        #expect(Period.month(2014, 5).description == "2014-05")
        #expect(Period.month(2014, 12).next == .month(2015, 1))
        #expect(Period.year(2013) < .month(2013, 1))
        #expect(Period.month(2013, 12) < .year(2014))
        #expect(Period.year(2024).months.count == 12)
    }

    @Test(
        "Parsing products",
        arguments: [
            ("TOTAL", Product.total), ("total", .total), ("27", .hs("27")), ("2844", .hs("2844")),
            ("284420", .hs("284420")),
        ])
    func parsesProducts(text: String, expected: Product) {
        #expect(Product(code: text) == expected)
        #expect(Product(code: text)?.level == expected.level)
    }

    @Test func rejectsBadProducts() {
        #expect(Product(code: "123") == nil)
        #expect(Product(code: "28a4") == nil)
        #expect(Product(code: "") == nil)
    }

    @Test func partialYearLabel() {
        let value = PeriodValue(period: .year(2024), value: 1, months: Array(1...8), isComplete: false, datasets: [])
        #expect(value.partialLabel(.en) == "Jan–Aug 2024")
        #expect(value.partialLabel(.de) == "Jan.–Aug. 2024")
        let full = PeriodValue(period: .year(2024), value: 1, months: Array(1...12), isComplete: true, datasets: [])
        #expect(full.partialLabel(.en) == nil)
    }
}

import Testing
import TradeModel

@Suite("Money and percent formatting")
struct MoneyFormatTests {
    @Test(
        "Human units",
        arguments: [
            (Int64(3_535_628_201), Language.en, "3.54 bn USD"),
            (3_535_628_201, .de, "3,54 Mrd. US-Dollar"),
            (528_319_141, .en, "528.3 mn USD"),
            (528_319_141, .de, "528,3 Mio. US-Dollar"),
            (-295_515_248_710, .en, "−295.5 bn USD"),
            (1_249_411_238, .en, "1.25 bn USD"),
            (2_100_000_000_000, .de, "2,10 Bio. US-Dollar"),
            (999_600_000, .en, "1.00 bn USD"),
            (950, .en, "950 USD"),
        ])
    func human(value: Int64, language: Language, expected: String) {
        #expect(MoneyFormat.human(value, language) == expected)
    }

    @Test func exact() {
        #expect(MoneyFormat.exact(528_319_141, .en) == "528,319,141 USD")
        #expect(MoneyFormat.exact(528_319_141, .de) == "528.319.141 US-Dollar")
        #expect(MoneyFormat.exact(-2_478_989_919, .en) == "−2,478,989,919 USD")
        #expect(MoneyFormat.grouped(100, .en) == "100")
        #expect(MoneyFormat.grouped(1000, .en) == "1,000")
    }

    @Test func percent() {
        #expect(MoneyFormat.percent(12.345, .en) == "12.3%")
        #expect(MoneyFormat.percent(12.345, .de) == "12,3 %")
        #expect(MoneyFormat.percent(-84.5, .en, signed: true) == "−84.5%")
        #expect(MoneyFormat.percent(3, .en, signed: true) == "+3.0%")
    }
}

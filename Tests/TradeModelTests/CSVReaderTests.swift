import Testing
import TradeModel

@Suite("CSV reader")
struct CSVReaderTests {
    private func records(_ text: String) throws -> [[String]] {
        let reader = CSVReader(string: text)
        var result: [[String]] = []
        while let record = try reader.next() {
            result.append((0..<record.count).map { record.string($0) })
        }
        return result
    }

    @Test func plainQuotedAndEmptyFields() throws {
        #expect(try records("a,b,c\n1,,3\n") == [["a", "b", "c"], ["1", "", "3"]])
        #expect(try records("\"x, y\",\"say \"\"hi\"\"\",z") == [["x, y", "say \"hi\"", "z"]])
        #expect(try records("a,b,\n") == [["a", "b", ""]])
    }

    @Test func lineEndingsByteOrderMarkAndBlankLines() throws {
        #expect(try records("\u{FEFF}a,b\r\n1,2\r\n\r\n3,4") == [["a", "b"], ["1", "2"], ["3", "4"]])
    }

    @Test func tracksLinesAcrossQuotedNewlines() throws {
        let reader = CSVReader(string: "h\n\"multi\nline\"\nlast\n")
        _ = try reader.next()
        let second = try #require(try reader.next())
        #expect(second.string(0) == "multi\nline")
        #expect(second.line == 2)
        let third = try #require(try reader.next())
        #expect(third.line == 4)
    }

    @Test func unclosedQuoteIsAnErrorWithItsLine() throws {
        let reader = CSVReader(string: "a\nb\n\"open", name: "bad.csv")
        _ = try reader.next()
        _ = try reader.next()
        #expect(throws: CSVError(name: "bad.csv", line: 3, reason: "a quoted field is not closed")) {
            try reader.next()
        }
    }

    @Test(
        "Scaled decimals",
        arguments: [
            ("11644.9", 6, Int64(11_644_900_000)), ("180549.80000000002", 1, 1_805_498), ("0.1", 6, 100_000),
            ("12.3456", 3, 12_346), ("-1.5", 0, -2), ("7", 3, 7_000), ("1.5e3", 0, 1_500),
        ])
    func scaled(text: String, scale: Int, expected: Int64) throws {
        let record = try #require(try CSVReader(string: text).next())
        #expect(record.scaled(0, scale: scale) == expected)
    }

    @Test func rejectsNonNumbers() throws {
        let record = try #require(try CSVReader(string: "abc,1.2.3,,12x").next())
        #expect(record.scaled(0, scale: 3) == nil)
        #expect(record.scaled(1, scale: 3) == nil)
        #expect(record.scaled(2, scale: 3) == nil)
        #expect(record.int(3) == nil)
    }
}

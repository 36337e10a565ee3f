import Foundation
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

    /// Whole lines inside the buffer take a one-pass path; lines cut by the buffer's end, quotes
    /// and odd line ends take the byte-wise one. Both must give the same fields and lines.
    @Test(arguments: [1, 3, 7, 16, 64, 1 << 20])
    func sameRecordsWhateverTheBufferSize(chunkSize: Int) throws {
        let text =
            "t,i,j,k,v,q\n2018,4,8,280630,1.894,0.565\r\n\n2018,4,8,\"311,031\",98.187,\n"
            + "2019,12,\"multi\nline\",1,2,3\n,,,\n2020,842,643,270900,12.5,\r\nlast,line"
        let path = FileManager.default.temporaryDirectory
            .appendingPathComponent("csv-chunks-\(chunkSize)-\(UUID().uuidString).csv").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let reader = try CSVReader(path: path, chunkSize: chunkSize)
        var lines: [Int] = []
        var fields: [[String]] = []
        while let record = try reader.next() {
            lines.append(record.line)
            fields.append((0..<record.count).map { record.string($0) })
        }
        #expect(
            fields == [
                ["t", "i", "j", "k", "v", "q"], ["2018", "4", "8", "280630", "1.894", "0.565"],
                ["2018", "4", "8", "311,031", "98.187", ""], ["2019", "12", "multi\nline", "1", "2", "3"],
                ["", "", "", ""], ["2020", "842", "643", "270900", "12.5", ""], ["last", "line"],
            ])
        #expect(lines == [1, 2, 4, 5, 7, 8, 9])
        #expect(reader.bytesRead == text.utf8.count)
    }
}

import Foundation
import Testing

/// Runs the built `tradecheck` binary with a private data directory, as a user would.
struct CLI {
    let dataHome: String

    init() throws {
        dataHome = NSTemporaryDirectory() + "tradecheck-cli-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: dataHome, withIntermediateDirectories: true)
    }

    static var binary: URL {
        // The test bundle sits in the build folder next to the executable.
        var url = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        while url.pathComponents.count > 1 {
            url.deleteLastPathComponent()
            let candidate = url.appendingPathComponent("tradecheck")
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue
            {
                return candidate
            }
        }
        fatalError("tradecheck binary not found next to the tests")
    }

    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    func run(_ arguments: String...) throws -> Result {
        let process = Process()
        process.executableURL = Self.binary
        process.arguments = arguments
        var environment = ProcessInfo.processInfo.environment
        environment["XDG_DATA_HOME"] = dataHome
        environment.removeValue(forKey: "TRADECHECK_DATABASE")
        process.environment = environment
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(
            status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
            stderr: String(decoding: stderr, as: UTF8.self))
    }
}

@Suite("Command line", .serialized)
struct CommandLineTests {
    /// One CLI environment for the suite: the first command builds the database.
    static let cli = try! CLI()

    @Test func firstRunBuildsTheDatabaseThenAnswers() throws {
        let result = try Self.cli.run("trade", "USA", "Russland", "--year", "2024", "--format", "json")
        #expect(result.status == 0)
        #expect(FileManager.default.fileExists(atPath: Self.cli.dataHome + "/tradecheck/trade.sqlite"))
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
        let exports = try #require(json["exports"] as? [String: Any])
        #expect((exports["value"] as? NSNumber)?.int64Value == 528_319_141)
        #expect((json["partner"] as? [String: Any])?["code"] as? String == "RUS")
        let again = try Self.cli.run("trade", "USA", "RUS", "--month", "2014-05")
        #expect(again.status == 0)
        #expect(again.stdout.contains("1,249,411,238"))
        #expect(!again.stderr.contains("Building"), "the database is built once")
    }

    @Test func unknownCountryExitsWithTwoAndSuggestions() throws {
        let result = try Self.cli.run("trade", "USA", "Rusland", "--year", "2024")
        #expect(result.status == 2)
        #expect(result.stderr.contains("Unknown country or group \"Rusland\""))
        #expect(result.stderr.contains("Russia (RUS)"))
    }

    @Test func periodWithoutDataAndBadUsage() throws {
        let noData = try Self.cli.run("trade", "USA", "RUS", "--year", "2031")
        #expect(noData.status == 2)
        #expect(noData.stderr.contains("No data for USA–RUS in 2031"))
        let usage = try Self.cli.run("trade", "USA", "RUS")
        #expect(usage.status == 2)
        #expect(usage.stderr.contains("--year"))
    }

    @Test func rankingsAndGermanOutput() throws {
        let top = try Self.cli.run(
            "top", "partners", "USA", "--flow", "exports", "--year", "2024", "--limit", "3", "--format", "csv")
        #expect(top.status == 0)
        let lines = top.stdout.split(separator: "\n")
        #expect(lines.first == "rank,code,name,value_usd,share_percent")
        #expect(lines.dropFirst().first?.hasPrefix("1,CAN,Canada,") == true)
        let peak = try Self.cli.run("peak", "USA", "RUS", "--flow", "exports", "--lang", "de")
        #expect(peak.stdout.contains("Höchstwert: 2013"))
        #expect(peak.stdout.contains("Mrd. US-Dollar"))
    }

    @Test func importTwiceIsIdempotent() throws {
        let file = Self.cli.dataHome + "/extra.csv"
        try "reporter,partner,flow,period,value_usd\nUSA,DEU,exports,2031-01,5\n".write(
            toFile: file, atomically: true, encoding: .utf8)
        let first = try Self.cli.run("import", file, "--format", "tidy-csv")
        #expect(first.status == 0)
        #expect(first.stderr.contains("Imported 1 rows"))
        let second = try Self.cli.run("import", file, "--format", "tidy-csv")
        #expect(second.stderr.contains("already imported"))
        let trade = try Self.cli.run("trade", "USA", "Germany", "--month", "2031-01", "--format", "csv")
        #expect(trade.stdout.contains("exports,5,5"))
    }
}

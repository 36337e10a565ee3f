import ArgumentParser
import Foundation
import TradeConnect
import TradeImport
import TradeModel
import TradeOutput
import TradeStore

/// The `tradecheck` command: official trade statistics on the command line.
@main
struct TradeCheck: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tradecheck",
        abstract: "Check what the news says about international trade against the official numbers.",
        discussion: """
            Data: U.S. Census Bureau goods trade by partner (1985–2025) and U.S. imports by HS chapter \
            (2023–2024) ship with tradecheck; the first command builds the local database from them.

            Exit codes: 0 success; 1 a checked claim was contradicted; 2 bad usage or input \
            (unknown country, malformed file, period without data).
            """,
        version: "0.2.0",
        subcommands: [
            Check.self, Trade.self, Series.self, Peak.self, Change.self, Share.self, Top.self,
            Mirror.self, Fetch.self, Import.self, Serve.self, Coverage.self, Setup.self, Countries.self,
        ]
    )

    /// Runs the command; maps failures to the documented exit codes.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let code as ExitCode {
            Foundation.exit(code.rawValue)
        } catch {
            if let message = inputErrorMessage(error) {
                FileHandle.standardError.write(Data(("error: " + message + "\n").utf8))
                Foundation.exit(2)
            }
            let code = exitCode(for: error)
            if code == .success {
                exit(withError: error)
            }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }
}

/// The message of an error caused by the user's input or data (exit code 2), or `nil` for
/// ArgumentParser's own errors, which it reports itself.
func inputErrorMessage(_ error: any Error) -> String? {
    switch error {
    case let error as StoreError: return error.errorDescription
    case let error as ImportError: return error.errorDescription
    case let error as CountryCatalog.LookupError: return error.errorDescription
    case let error as CSVError: return error.description
    case let error as ConnectError: return error.errorDescription
    default: return nil
    }
}

import TradeImport
import TradeStore

/// The bundled data in an in-memory store, imported once per test process and shared
/// (read-only) by the tests that check figures on it.
public enum BundledStore {
    public static let database: TradeDatabase = {
        do {
            let database = try TradeDatabase.inMemory()
            try BundledData.install(into: database)
            return database
        } catch {
            fatalError("Cannot build the bundled database: \(error)")
        }
    }()
}

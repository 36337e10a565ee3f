/// The languages tradecheck writes and reads: English and German.
public enum Language: String, Sendable, Hashable, Codable, CaseIterable {
    case en
    case de
}

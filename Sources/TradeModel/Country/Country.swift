/// A trade partner or reporter: a country, a historic entity, or a group of countries.
///
/// `code` is the ISO 3166-1 alpha-3 code for countries (`RUS`), the ISO 3166-3 code for
/// historic entities (`SUN` for the USSR) and an upper-case name for groups (`WORLD`, `EU`,
/// `OPEC`). Groups are never ranked among countries.
public struct Country: Sendable, Hashable, Codable, Identifiable {
    /// What sort of entity a code names.
    public enum Kind: String, Sendable, Hashable, Codable {
        case country
        case historic
        case world
        case bloc
        case organisation
        case continent
        case region
        /// Census pseudo-partners such as "Unidentified Countries".
        case other

        /// Whether this kind is a single country (current or historic), rankable as a partner.
        public var isCountry: Bool { self == .country || self == .historic }
    }

    public var code: String
    public var kind: Kind
    public var iso2: String?
    /// UN M49 (equal to ISO 3166-1 numeric for countries).
    public var m49: Int?
    /// UN Comtrade's reporter/partner code (USA is 842 there, not 840).
    public var comtradeCode: Int?
    /// U.S. Census Schedule C codes that stand for this entity.
    public var censusCodes: [String]
    public var nameEN: String
    public var nameDE: String

    public var id: String { code }

    /// Whether this is a single country (current or historic) rather than a group.
    public var isCountry: Bool { kind.isCountry }

    public init(
        code: String, kind: Kind, iso2: String? = nil, m49: Int? = nil, comtradeCode: Int? = nil,
        censusCodes: [String] = [], nameEN: String, nameDE: String
    ) {
        self.code = code
        self.kind = kind
        self.iso2 = iso2
        self.m49 = m49
        self.comtradeCode = comtradeCode
        self.censusCodes = censusCodes
        self.nameEN = nameEN
        self.nameDE = nameDE
    }

    /// The name in the given language.
    public func name(_ language: Language) -> String {
        language == .de ? nameDE : nameEN
    }
}

import Foundation

/// Every country, historic entity and country group tradecheck knows, with the codes of the
/// statistical sources and the names people write, in English and German.
///
/// The bundled catalog is built once from the reference tables in `Resources/reference`
/// (ISO 3166 with German names, Census Schedule C, UN Comtrade, our groups and aliases).
public struct CountryCatalog: Sendable {
    /// Which Census product a Schedule C code comes from: the aggregate codes (`0021`,
    /// `0022`, …) mean different things in the `country.xlsx` workbook and in the API.
    public enum CensusSource: Sendable {
        case workbook
        case api
    }

    /// A name in text that could not be resolved to one entity.
    public struct LookupError: Error, Sendable, Equatable, LocalizedError {
        public var name: String
        /// The closest known names with their codes, best first.
        public var suggestions: [String]

        public var errorDescription: String? {
            var message = "Unknown country or group \"\(name)\"."
            if !suggestions.isEmpty {
                message += " Did you mean: \(suggestions.joined(separator: ", "))?"
            }
            message += " Use an ISO code (RUS) or a name in English or German (Russia, Russland)."
            return message
        }
    }

    public internal(set) var all: [Country] = []
    var byCode: [String: Int] = [:]
    private var byKey: [String: Int] = [:]
    private var workbookCodes: [String: Int] = [:]
    private var apiCodes: [String: Int] = [:]
    var comtradeCodes: [Int: Int] = [:]
    /// Aliases per language and kind, for the claim checker's text matching.
    public private(set) var aliases: [Alias] = []
    /// Each country's UN M49 region and subregion ("Asia", "South-eastern Asia"), from the ISO table.
    public internal(set) var unRegions: [String: (region: String, subregion: String)] = [:]

    /// The countries of a UN M49 region or subregion ("Asia", "Latin America and the Caribbean").
    public func countries(inUNRegion name: String) -> Set<String> {
        Set(unRegions.filter { $0.value.region == name || $0.value.subregion == name }.keys)
    }

    /// One way of writing a country's name in text.
    public struct Alias: Sendable, Hashable {
        public enum Kind: String, Sendable {
            /// A name; `capital` is a capital city standing for its country ("Beijing", "Brussels").
            case name, adjective, prefix, capital
        }

        public var code: String
        public var language: Language
        public var text: String
        public var kind: Kind
    }

    /// The catalog built from the bundled reference tables.
    public static let bundled: CountryCatalog = {
        do {
            return try CountryCatalog(loadingBundled: ())
        } catch {
            fatalError("The bundled country tables are unreadable: \(error)")
        }
    }()

    /// The entity with this exact code (`RUS`, `EU`, `WORLD`), or `nil`.
    public func country(code: String) -> Country? {
        byCode[code.uppercased()].map { all[$0] }
    }

    /// The entity a Census Schedule C code stands for in the given Census product.
    public func country(censusCode: String, source: CensusSource) -> Country? {
        let table = source == .workbook ? workbookCodes : apiCodes
        return table[censusCode].map { all[$0] }
    }

    /// The entity with this UN Comtrade code (USA is 842), or `nil`.
    public func country(comtradeCode: Int) -> Country? {
        comtradeCodes[comtradeCode].map { all[$0] }
    }

    /// The entity whose code or name (English or German, official, common or alias) is `text`,
    /// ignoring case, diacritics, dots and a leading article.
    public func lookup(_ text: String) -> Country? {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let index = byCode[trimmed.uppercased()] { return all[index] }
        return byKey[trimmed.matchingKey].map { all[$0] }
    }

    /// Like ``lookup(_:)``, but throws an error with the closest names when nothing matches.
    public func resolve(_ text: String) throws -> Country {
        if let country = lookup(text) { return country }
        throw LookupError(name: text, suggestions: suggestions(for: text))
    }

    /// Up to `limit` known names closest to `text`, as "Name (CODE)".
    public func suggestions(for text: String, limit: Int = 3) -> [String] {
        let key = text.matchingKey
        guard !key.isEmpty else { return [] }
        var best: [(distance: Int, index: Int, name: String)] = []
        for (candidate, index) in byKey {
            var distance = editDistance(key, candidate)
            if candidate.hasPrefix(key) || key.hasPrefix(candidate) { distance = min(distance, 1) }
            guard distance <= max(2, key.count / 3) else { continue }
            best.append((distance, index, candidate))
        }
        best.sort { ($0.distance, $0.name) < ($1.distance, $1.name) }
        var seen: Set<Int> = []
        var result: [String] = []
        for entry in best where seen.insert(entry.index).inserted {
            result.append("\(all[entry.index].nameEN) (\(all[entry.index].code))")
            if result.count == limit { break }
        }
        return result
    }

    // MARK: - Building

    /// Builds an empty catalog (tests add entities with ``add(_:names:)``).
    public init() {}

    /// Adds an entity and the names it can be looked up by.
    public mutating func add(_ country: Country, names: [String] = []) {
        let index: Int
        if let existing = byCode[country.code] {
            index = existing
            all[index] = country
        } else {
            index = all.count
            all.append(country)
            byCode[country.code] = index
        }
        for name in [country.nameEN, country.nameDE] + names {
            let key = name.matchingKey
            if !key.isEmpty, byKey[key] == nil { byKey[key] = index }
        }
        if let code = country.iso2, country.kind == .country {
            let key = code.matchingKey
            if byKey[key] == nil { byKey[key] = index }
        }
        if let code = country.comtradeCode, comtradeCodes[code] == nil { comtradeCodes[code] = index }
    }

    mutating func mapCensus(_ code: String, to countryCode: String, source: CensusSource?) {
        guard let index = byCode[countryCode] else { return }
        if source != .api { workbookCodes[code] = index }
        if source != .workbook { apiCodes[code] = index }
        if !all[index].censusCodes.contains(code) { all[index].censusCodes.append(code) }
    }

    mutating func addAlias(_ alias: Alias) {
        guard let index = byCode[alias.code] else { return }
        aliases.append(alias)
        if alias.kind == .name || alias.kind == .capital {
            let key = alias.text.matchingKey
            if !key.isEmpty, byKey[key] == nil { byKey[key] = index }
        }
    }
}

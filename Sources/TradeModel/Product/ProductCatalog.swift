import Foundation

/// The Harmonized System nomenclature (HS 2022): sections, chapters, headings and
/// subheadings with English descriptions, German names for every chapter and for the
/// headings trade news mentions most, and the U.S. special chapters 98 and 99.
public struct ProductCatalog: Sendable {
    /// One HS code and its names.
    public struct Entry: Sendable, Hashable, Codable {
        public var code: String
        /// The HS section as a Roman numeral (I–XXI), `nil` for the U.S. chapters 98/99.
        public var section: String?
        public var level: Int
        public var parent: String?
        public var descriptionEN: String
        /// The German name, where we have written one.
        public var nameDE: String?

        /// The name in the given language (English where no German name exists).
        public func name(_ language: Language) -> String {
            language == .de ? (nameDE ?? descriptionEN) : descriptionEN
        }
    }

    private var entries: [String: Entry] = [:]
    /// Section numeral to English name.
    public private(set) var sections: [String: String] = [:]

    /// The catalog built from the bundled tables.
    public static let bundled: ProductCatalog = {
        do {
            return try ProductCatalog(loadingBundled: ())
        } catch {
            fatalError("The bundled HS tables are unreadable: \(error)")
        }
    }()

    public init() {}

    /// The entry for an HS code (2, 4 or 6 digits), or `nil`.
    public func entry(_ code: String) -> Entry? { entries[code] }

    /// The name of a product in a language: "Total" / "Insgesamt" or the HS description.
    public func name(of product: Product, in language: Language) -> String {
        switch product {
        case .total: return language == .de ? "Insgesamt" : "All goods"
        case .hs(let code): return entries[code]?.name(language) ?? "HS \(code)"
        }
    }

    /// All entries of one level (2, 4 or 6), sorted by code.
    public func entries(level: Int) -> [Entry] {
        entries.values.filter { $0.level == level }.sorted { $0.code < $1.code }
    }

    /// The number of codes per level.
    public var count: Int { entries.count }

    init(loadingBundled: Void) throws {
        try ReferenceFiles.records("harmonized-system.csv") { header, record in
            guard let code = header.value("hscode", in: record), code != "TOTAL",
                let level = header.value("level", in: record).flatMap({ Int($0) })
            else { return }
            let parent = header.value("parent", in: record)
            entries[code] = Entry(
                code: code, section: header.value("section", in: record), level: level,
                parent: parent == "TOTAL" ? nil : parent,
                descriptionEN: header.value("description", in: record) ?? code, nameDE: nil)
        }
        try ReferenceFiles.records("hs_sections.csv") { header, record in
            if let section = header.value("section", in: record), let name = header.value("name", in: record) {
                sections[section] = name
            }
        }
        try ReferenceFiles.records("census_hs2_descriptions.csv") { header, record in
            guard let code = header.value("I_COMMODITY", in: record), entries[code] == nil,
                let description = header.value("I_COMMODITY_LDESC", in: record)
            else { return }
            entries[code] = Entry(
                code: code, section: nil, level: 2, parent: nil,
                descriptionEN: description.capitalized(with: Locale(identifier: "en_US")), nameDE: nil)
        }
        try ReferenceFiles.records("hs_names_de.csv") { header, record in
            guard let code = header.value("hscode", in: record), let name = header.value("name_de", in: record) else {
                return
            }
            entries[code]?.nameDE = name
        }
        if entries["98"]?.nameDE == nil { entries["98"]?.nameDE = "Sonderbestimmungen der US-Zollstatistik" }
        if entries["99"]?.nameDE == nil { entries["99"]?.nameDE = "Besondere Einfuhrmeldungen (US)" }
    }
}

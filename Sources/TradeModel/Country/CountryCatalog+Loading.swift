import Foundation

extension CountryCatalog {
    /// Census codes that name no partner: seasonally adjusted or consumption-basis variants,
    /// and a product group. Their rows are not imported (see the data provenance).
    public static let skippedWorkbookCodes: Set<String> = ["0004", "0005", "0006", "0007", "0021", "0022"]

    /// Census codes with no ISO code in the Census tables, mapped by us.
    static let extraCensusCodes: [String: String] = [
        "4803": "XKX",  // Kosovo (user-assigned ISO code in common use)
        "5082": "PSE",  // Gaza Strip administered by Israel
        "5083": "PSE",  // West Bank administered by Israel
        "8220": "UNIDENTIFIED",
        "8500": "INTL_ORGANIZATIONS",
    ]

    init(loadingBundled: Void) throws {
        self.init()
        try ReferenceFiles.records("iso3166_countries_en_de.csv") { header, record in
            guard let iso3 = header.value("iso3", in: record) else { return }
            let nameEN =
                header.value("cldr_name_en_babel", in: record) ?? header.value("name_en_common", in: record)
                ?? header.value("cldr_name_en", in: record) ?? header.value("name_en", in: record) ?? iso3
            let nameDE = header.value("cldr_name_de", in: record) ?? header.value("name_de", in: record) ?? nameEN
            let names = [
                "name_en", "name_en_common", "name_en_official", "name_de", "name_de_official",
                "name_de_common", "cldr_name_en_babel", "unterm_en_short",
            ]
            .compactMap { header.value($0, in: record) }
            if let region = header.value("region_m49", in: record),
                let subregion = header.value("subregion_m49", in: record)
            {
                unRegions[iso3] = (region, subregion)
            }
            add(
                Country(
                    code: iso3, kind: .country, iso2: header.value("iso2", in: record),
                    m49: header.value("m49", in: record).flatMap { Int($0) },
                    nameEN: nameEN, nameDE: nameDE),
                names: names)
        }
        add(Country(code: "XKX", kind: .country, iso2: "XK", nameEN: "Kosovo", nameDE: "Kosovo"))
        try ReferenceFiles.records("iso3166_3_historic_en_de.csv") { header, record in
            guard let iso3 = header.value("iso3", in: record), country(code: iso3) == nil,
                let nameEN = header.value("name_en", in: record)
            else { return }
            add(
                Country(
                    code: iso3, kind: .historic, iso2: header.value("iso2", in: record),
                    m49: header.value("iso_numeric", in: record).flatMap { Int($0) },
                    nameEN: nameEN, nameDE: header.value("name_de", in: record) ?? nameEN))
        }
        add(
            Country(
                code: "UNIDENTIFIED", kind: .other, nameEN: "Unidentified countries", nameDE: "Nicht ermittelte Länder")
        )
        add(
            Country(
                code: "INTL_ORGANIZATIONS", kind: .other, nameEN: "International organizations",
                nameDE: "Internationale Organisationen"))
        try ReferenceFiles.records("groups.csv") { header, record in
            guard let code = header.value("code", in: record), let nameEN = header.value("name_en", in: record),
                let kind = header.value("kind", in: record).flatMap(Country.Kind.init(rawValue:))
            else { return }
            add(
                Country(
                    code: code, kind: kind, comtradeCode: header.value("comtrade", in: record).flatMap { Int($0) },
                    nameEN: nameEN, nameDE: header.value("name_de", in: record) ?? nameEN))
            if let workbook = header.value("census_xlsx", in: record), workbook != "-" {
                mapCensus(workbook, to: code, source: .workbook)
            }
            if let api = header.value("census_api", in: record) {
                mapCensus(api, to: code, source: .api)
            }
        }
        try ReferenceFiles.records("census_country_codes.csv") { header, record in
            guard let censusCode = header.value("cty_code", in: record),
                header.value("is_aggregate", in: record) != "True"
            else { return }
            let iso3 =
                header.value("iso3", in: record) ?? header.value("iso3_assigned_by_us", in: record)
                ?? Self.extraCensusCodes[censusCode]
            if let iso3 { mapCensus(censusCode, to: iso3, source: nil) }
        }
        try ReferenceFiles.records("comtrade_reporters.csv") { header, record in
            guard let id = header.value("id", in: record).flatMap({ Int($0) }),
                let iso3 = header.value("iso_3", in: record), header.value("group", in: record) != "True",
                header.value("exit_year", in: record) == nil, let index = byCode[iso3], all[index].comtradeCode == nil
            else { return }
            all[index].comtradeCode = id
            comtradeCodes[id] = index
        }
        try ReferenceFiles.records("country_aliases.csv") { header, record in
            guard let code = header.value("code", in: record),
                let language = header.value("lang", in: record).flatMap(Language.init(rawValue:)),
                let text = header.value("alias", in: record),
                let kind = header.value("kind", in: record).flatMap(Alias.Kind.init(rawValue:))
            else { return }
            addAlias(Alias(code: code, language: language, text: text, kind: kind))
        }
    }
}

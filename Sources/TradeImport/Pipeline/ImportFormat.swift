/// The file formats tradecheck imports.
public enum ImportFormat: String, Sendable, Hashable, CaseIterable {
    /// The Census workbook `country.xlsx` saved as CSV: one row per partner and year, monthly
    /// columns `IJAN…IDEC` (general imports) and `EJAN…EDEC` (total exports) in millions of USD.
    case censusCountry = "census-country"
    /// Census International Trade API responses (CSV with the API's column names, or the API's
    /// own JSON array of arrays): `YEAR`, `MONTH`, `CTY_CODE`, and `ALL_VAL_MO` (exports) or
    /// `GEN_VAL_MO` (imports) in USD, optionally `E_COMMODITY` / `I_COMMODITY` for HS detail.
    case censusAPI = "census-api"
    /// tradecheck's own tidy CSV: `reporter, partner, flow, product, period, value_usd`, and
    /// optionally `quantity, quantity_unit`. Countries as ISO codes or names.
    case tidyCSV = "tidy-csv"
    /// CEPII BACI bulk CSV: `t, i, j, k, v, q` (year, exporter, importer, HS6, value in thousands
    /// of USD, quantity in tonnes); country codes are UN Comtrade / M49 numbers.
    case baci
    /// UN Comtrade records: the API's JSON response or a CSV download, with its column names
    /// (`reporterCode, partnerCode, flowCode, cmdCode, period, primaryValue`, …); Comtrade codes,
    /// values in USD.
    case comtrade
    /// Eurostat Comext SDMX-CSV from DS-045409: `reporter, partner, product, flow, indicators,
    /// TIME_PERIOD, OBS_VALUE`; values in EUR, stored as EUR.
    case comext

    /// A one-line description for help texts.
    public var summary: String {
        switch self {
        case .censusCountry: return "Census country.xlsx as CSV (monthly, millions USD)"
        case .censusAPI: return "Census trade API extract, CSV or JSON (monthly, USD)"
        case .tidyCSV: return "tidy CSV: reporter,partner,flow,product,period,value_usd"
        case .baci: return "CEPII BACI bulk CSV: t,i,j,k,v,q (thousands USD, tonnes)"
        case .comtrade: return "UN Comtrade API JSON or CSV download (USD)"
        case .comext: return "Eurostat Comext SDMX-CSV, DS-045409 (EUR, stored as EUR)"
        }
    }
}

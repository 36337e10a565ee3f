import Foundation

/// Locates the reference tables bundled with this module.
enum ReferenceFiles {
    /// The path of a bundled reference file, e.g. `iso3166_countries_en_de.csv`.
    static func path(_ name: String) -> String {
        guard let base = Bundle.module.resourceURL else {
            fatalError("The TradeModel resource bundle is missing; rebuild the package.")
        }
        return base.appendingPathComponent("reference").appendingPathComponent(name).path
    }

    /// Reads every record of a bundled CSV file, header first.
    static func records(_ name: String, _ body: (CSVHeader, CSVRecord) throws -> Void) throws {
        let reader = try CSVReader(path: path(name))
        let header = try reader.readHeader()
        while let record = try reader.next() {
            try body(header, record)
        }
    }
}

extension CSVHeader {
    /// The field of `record` in the named column, trimmed; `nil` when missing or empty.
    func value(_ name: String, in record: CSVRecord) -> String? {
        guard let index = index(of: name) else { return nil }
        let text = record.trimmedString(index)
        return text.isEmpty ? nil : text
    }
}

import TradeModel

/// One stored cell: a reporter's exports to or imports from a partner, of one product, in one
/// month (or one year when `month` is 0).
public struct TradeRow: Sendable, Hashable {
    public var reporter: String
    public var partner: String
    /// `.exports` or `.imports`; derived flows are never stored.
    public var flow: Flow
    public var product: Product
    public var year: Int
    /// 1–12, or 0 for a figure published only per year.
    public var month: Int
    /// Whole units of the dataset's currency.
    public var value: Int64
    public var quantity: Double?
    public var quantityUnit: String?

    public init(
        reporter: String, partner: String, flow: Flow, product: Product = .total, year: Int, month: Int,
        value: Int64, quantity: Double? = nil, quantityUnit: String? = nil
    ) {
        precondition(flow.isStored, "only exports and imports are stored")
        self.reporter = reporter
        self.partner = partner
        self.flow = flow
        self.product = product
        self.year = year
        self.month = month
        self.value = value
        self.quantity = quantity
        self.quantityUnit = quantityUnit
    }
}

/// Describes the release a file belongs to, so answers can cite it.
public struct DatasetDescriptor: Sendable, Hashable {
    /// Short name, e.g. `census-api`.
    public var name: String
    /// Releases of one family replace each other cell by cell (newest vintage wins).
    public var family: String
    public var source: SourceInfo

    public init(
        name: String, family: String, publisher: String, title: String, vintage: String, note: String? = nil,
        currency: String = "USD"
    ) {
        self.name = name
        self.family = family
        self.source = SourceInfo(
            dataset: name, publisher: publisher, title: title, vintage: vintage, note: note,
            currency: currency)
    }
}

/// The file being imported, for the import log.
public struct ImportedFile: Sendable, Hashable {
    public var name: String
    public var sha256: String
    public var format: String

    public init(name: String, sha256: String, format: String) {
        self.name = name
        self.sha256 = sha256
        self.format = format
    }
}

/// What an import did.
public struct ImportOutcome: Sendable, Hashable {
    /// Rows written (0 when the file was imported before).
    public var rows: Int
    /// `true` when the same file (same SHA-256) was already in this dataset and nothing was written.
    public var alreadyImported: Bool
    /// Rows of older releases of the same source that this file's rows now replace by default.
    public var replacedRows: Int
    /// Rows of this file that a newer release already in the store replaces by default.
    public var replacedByNewerRows: Int

    public init(rows: Int, alreadyImported: Bool, replacedRows: Int, replacedByNewerRows: Int) {
        self.rows = rows
        self.alreadyImported = alreadyImported
        self.replacedRows = replacedRows
        self.replacedByNewerRows = replacedByNewerRows
    }
}

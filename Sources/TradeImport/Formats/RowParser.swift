import TradeModel
import TradeStore

/// Turns the records of one file format into trade rows.
protocol RowParser {
    /// Reads every record of `reader`, hands each good row to `emit` and reports each bad one
    /// to `diagnostics` (the caller rejects the file if any were reported).
    mutating func parse(_ reader: CSVReader, diagnostics: inout Diagnostics, emit: (TradeRow) throws -> Void) throws

    /// Notes for the user about rows deliberately left out (e.g. codes that name no partner).
    var notes: [String] { get }
}

/// Sums values that land in the same cell (e.g. two Census codes for one country) and hands
/// the cells out in the store's key order, so that inserts append to the B-tree instead of
/// landing at random places (several times faster on the bundled files).
struct CellAccumulator {
    private var order: [TradeRow] = []
    private var index: [CellKey: Int] = [:]

    private struct CellKey: Hashable {
        var partner: String
        var flow: Flow
        var product: Product
        var year: Int
        var month: Int
    }

    mutating func add(_ row: TradeRow) {
        let key = CellKey(partner: row.partner, flow: row.flow, product: row.product, year: row.year, month: row.month)
        if let position = index[key] {
            order[position].value += row.value
        } else {
            index[key] = order.count
            order.append(row)
        }
    }

    init(expectedCells: Int = 0) {
        order.reserveCapacity(expectedCells)
        index.reserveCapacity(expectedCells)
    }

    /// The cells in the store's key order: partner, flow, HS level, year, product, month.
    var rows: [TradeRow] {
        order.sorted { a, b in
            if a.partner != b.partner { return a.partner < b.partner }
            if a.flow != b.flow { return a.flow == .exports }
            if a.product.level != b.product.level { return a.product.level < b.product.level }
            if a.year != b.year { return a.year < b.year }
            if a.product.code != b.product.code { return a.product.code < b.product.code }
            return a.month < b.month
        }
    }
}

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

/// Sums values that land in the same cell (e.g. two Census codes for one country), keeping
/// the order in which cells first appear.
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

    var rows: [TradeRow] { order }
}

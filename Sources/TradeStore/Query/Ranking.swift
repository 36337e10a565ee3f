/// The positions of the `limit` largest amounts, largest first; equal amounts keep their order.
/// `nil` amounts are left out.
///
/// One pass that keeps only the best `limit` so far, so ranking thousands of HS6 products for
/// a top ten moves ten entries, not thousands. When most entries are wanted, a plain sort is
/// cheaper and is used instead.
func bestPositions(of amounts: [Int64?], limit: Int) -> [Int] {
    guard limit > 0 else { return [] }
    if limit >= amounts.count / 4 {
        let present = amounts.indices.filter { amounts[$0] != nil }
        let sorted = present.sorted { a, b in
            amounts[a]! != amounts[b]! ? amounts[a]! > amounts[b]! : a < b
        }
        return Array(sorted.prefix(limit))
    }
    var best: [(position: Int, amount: Int64)] = []
    best.reserveCapacity(limit + 1)
    for (position, amount) in amounts.enumerated() {
        guard let amount else { continue }
        // Later positions lose ties, so an amount no larger than the last kept one cannot enter.
        if best.count == limit, amount <= best[limit - 1].amount { continue }
        var slot = best.count
        while slot > 0, amount > best[slot - 1].amount { slot -= 1 }
        best.insert((position, amount), at: slot)
        if best.count > limit { best.removeLast() }
    }
    return best.map(\.position)
}

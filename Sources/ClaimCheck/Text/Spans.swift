// Half-open ranges that cannot trap.
//
// Every range the claim checker builds runs between two positions read off the text: a figure's end and a
// country's start, a verb's token and a noun's. On text no one foresaw, two such positions can come in either order
// (a country named inside a figure, "1,2 Billionen Taiwan-Dollar"), and the standard library's `..<` stops the
// process on a backwards range: the command line exits and a server dies with every request it holds. Within this
// module the two overloads below take precedence over the standard library's generic operator (Swift prefers a
// non-generic overload), and make a range whose end comes before its start empty: the span between two positions out
// of order holds nothing, which is what each rule asks about it ("is there a comma between them?").

/// The positions from `lower` up to, not including, `upper`; none when `upper` comes first.
func ..< (lower: Int, upper: Int) -> Range<Int> {
    Range(uncheckedBounds: (lower, Swift.max(lower, upper)))
}

/// The characters from `lower` up to, not including, `upper`; none when `upper` comes first.
func ..< (lower: String.Index, upper: String.Index) -> Range<String.Index> {
    Range(uncheckedBounds: (lower, Swift.max(lower, upper)))
}

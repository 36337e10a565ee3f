import Foundation
import TradeModel

/// How a hedge word bounds a figure.
public enum Hedge: String, Sendable, Hashable, Codable {
    /// rund, etwa, about, around: the official value may lie a little either side.
    case approx
    /// knapp, fast, nearly, almost, just under: the official value is at most the figure.
    case atMost = "at_most"
    /// mehr als, über, more than, topped: the official value is at least the figure.
    case atLeast = "at_least"
    /// No hedge: the figure stands as written, within its rounding.
    case exact
}

/// The unit of a figure.
public enum FigureUnit: String, Sendable, Hashable, Codable {
    case usd = "USD"
    case eur = "EUR"
    case percent
    /// Another currency (pounds, yuan, Canadian dollars, Swiss francs): no conversion in the store.
    case other
    /// A multiple: "six-fold", "verdoppelt", "dreimal so groß", "halved" (the value is the factor).
    case ratio
    /// Goods counted in tons, barrels or cars: the store holds values, not quantities.
    case quantity
    case none
}

/// A number written in an article, with its unit, hedge and rounding.
public struct Figure: Sendable, Hashable {
    /// The figure as written, hedge included ("rund 3,5 Milliarden Dollar").
    public var text: String
    /// Where the figure (with its hedge) sits in the sentence.
    public var range: Range<String.Index>
    /// The value in units (USD, EUR or percent points).
    public var value: Double
    public var unit: FigureUnit
    public var hedge: Hedge
    /// Half the place value of the last digit written, in units: 3.5 bn → 0.05 bn.
    public var rounding: Double
    /// Whether a currency is written ("$", "Dollar", "€"), not just a scale word ("Milliarden").
    public var currencyExplicit: Bool
    /// For a multiple: "three times as large as" compares two things; "tripled" is a change.
    public var comparesTwo = false
    /// "less than", "weniger als", "not even": anywhere below the figure (within a quarter), not
    /// just below it as "nearly" or "knapp".
    public var below = false
    /// "ein Sechstel dessen, was …", "a fifth of what …": a fraction read as a multiple below one; a share
    /// of the amount named after it when no other partner, flow or period is compared.
    public var fractionOfAnother = false
    /// "more than twice that", "less than half that": a multiple or fraction of the amount named before.
    public var refersBack = false
    /// "up 1.4 percentage points", "um 7,5 Prozentpunkte": a change of a share, in points.
    public var points = false
    /// "never came close to half a trillion dollars", "nowhere near $500 billion", "nicht annähernd 100
    /// Milliarden": the official value is well below the figure.
    public var farBelow = false
    /// "one dollar in five", "jeder fünfte Dollar": a share of a whole by its nature, never a change.
    public var shareOfAll = false
    /// "for every dollar the U.S. sold to India it bought back about $1.80", "für jeden Dollar … vier Dollar": a
    /// ratio of one flow to the other, said as dollars against one dollar.
    public var perDollar = false
}

import Foundation

/// A piece of an article with its position, in Unicode scalars from the start of the input.
public struct TextSpan: Sendable, Hashable, Codable {
    public var text: String
    public var start: Int
    public var end: Int

    public init(text: String, start: Int, end: Int) {
        self.text = text
        self.start = start
        self.end = end
    }
}

/// Converts `String.Index` positions of one text into Unicode scalar offsets.
struct ScalarOffsets {
    private let text: String

    init(_ text: String) { self.text = text }

    func offset(of index: String.Index) -> Int {
        text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: index)
    }
}

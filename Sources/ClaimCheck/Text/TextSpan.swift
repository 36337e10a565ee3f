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
    /// The last index asked for and its offset: offsets asked in text order cost the distance between
    /// them, so a whole article is measured in one pass (not once from the start per sentence).
    private var index: String.Index
    private var offset = 0

    init(_ text: String) {
        self.text = text
        index = text.startIndex
    }

    mutating func offset(of target: String.Index) -> Int {
        let scalars = text.unicodeScalars
        if target >= index {
            offset += scalars.distance(from: index, to: target)
        } else {
            offset -= scalars.distance(from: target, to: index)
        }
        index = target
        return offset
    }
}

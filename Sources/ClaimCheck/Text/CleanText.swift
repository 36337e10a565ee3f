import Foundation

/// An article as the finder reads it: web pages carry characters that steer layout, not meaning.
///
/// - Soft hyphens and zero-width characters ("Handels\u{AD}defizit", "Russ\u{200B}land") are dropped,
///   so the word is the word.
/// - Narrow, thin and figure spaces ("1\u{202F}535 Millionen") become no-break spaces, which the
///   figure reader takes as a thousands separator like a blank.
/// - A combining mark after a base letter is composed with it where Unicode has the composed letter
///   ("Zo\u{308}lle" is "Zölle"); variation selectors, emoji skin tones and marks that follow no letter
///   are dropped.
///
/// Offsets of what is found in the clean text map back to the input (``original(_:)``), so every span
/// the checker reports points into the article as it was given.
struct CleanText {
    let text: String
    /// For each scalar of `text`, and one past its end, the offset in the input of the scalar it came from.
    private let origin: [Int]?
    /// The input's scalars, kept when the clean text differs, to cut the input's spans.
    private let input: [Unicode.Scalar]
    /// The clean text's scalars, kept likewise.
    private let scalars: [Unicode.Scalar]

    init(_ input: String) {
        guard input.unicodeScalars.contains(where: Self.needsWork) else {
            text = input
            origin = nil
            self.input = []
            scalars = []
            return
        }
        self.input = Array(input.unicodeScalars)
        var scalars: [Unicode.Scalar] = []
        var origin: [Int] = []
        scalars.reserveCapacity(input.unicodeScalars.count)
        origin.reserveCapacity(input.unicodeScalars.count + 1)
        var offset = 0
        for scalar in input.unicodeScalars {
            defer { offset += 1 }
            switch scalar.value {
            case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF:
                continue
            case 0x2007, 0x2009, 0x202F:
                scalars.append("\u{00A0}")
                origin.append(offset)
                continue
            default:
                break
            }
            if scalar.properties.generalCategory == .nonspacingMark {
                guard let base = scalars.last, base.properties.isAlphabetic else { continue }
                let composed = String(String.UnicodeScalarView([base, scalar])).precomposedStringWithCanonicalMapping
                if composed.unicodeScalars.count == 1, let single = composed.unicodeScalars.first {
                    scalars[scalars.count - 1] = single
                    continue
                }
            }
            scalars.append(scalar)
            origin.append(offset)
        }
        origin.append(offset)
        text = String(String.UnicodeScalarView(scalars))
        self.scalars = scalars
        self.origin = origin
    }

    /// Whether the input has anything to clean (most articles do not: they are read as given).
    private static func needsWork(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0xFE00...0xFE0F, 0x1F3FB...0x1F3FF, 0x2007, 0x2009,
            0x202F:
            return true
        case 0...0x2FF:
            return false
        default:
            return scalar.properties.generalCategory == .nonspacingMark
        }
    }

    /// Whether the clean text differs from the input.
    var changed: Bool { origin != nil }

    /// The input offset of a clean-text offset (in Unicode scalars).
    func original(_ offset: Int) -> Int {
        guard let origin else { return offset }
        return origin[min(max(offset, 0), origin.count - 1)]
    }

    /// The clean text between two of its offsets.
    func slice(_ start: Int, _ end: Int) -> String {
        guard changed, start >= 0, start <= end, end <= scalars.count else { return "" }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: scalars[start..<end])
        return String(text)
    }

    /// The input's text between two clean-text offsets, with their input offsets.
    func originalSpan(start: Int, end: Int) -> TextSpan {
        let from = original(start)
        let to = max(from, original(end))
        guard changed else { return TextSpan(text: "", start: from, end: to) }
        var text = String.UnicodeScalarView()
        text.append(contentsOf: input[from..<to])
        return TextSpan(text: String(text), start: from, end: to)
    }
}

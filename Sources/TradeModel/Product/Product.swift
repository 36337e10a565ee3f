import Foundation

/// What is traded: all goods, or one Harmonized System code (chapter, heading or subheading).
public enum Product: Sendable, Hashable {
    case total
    case hs(String)

    /// `0` for the total, otherwise the number of digits of the HS code (2, 4 or 6).
    public var level: Int {
        switch self {
        case .total: return 0
        case .hs(let code): return code.count
        }
    }

    /// The stored code: `TOTAL` or the HS digits.
    public var code: String {
        switch self {
        case .total: return "TOTAL"
        case .hs(let code): return code
        }
    }

    /// Parses `TOTAL` (any case) or an HS code of 2, 4 or 6 digits.
    public init?(code: String) {
        var bytes = Substring(code).utf8[...]
        while bytes.first == UInt8(ascii: " ") { bytes = bytes.dropFirst() }
        while bytes.last == UInt8(ascii: " ") { bytes = bytes.dropLast() }
        let count = bytes.count
        if count == 2 || count == 4 || count == 6,
            bytes.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") })
        {
            self = .hs(String(Substring(bytes)))
        } else if ["TOTAL", "ALL"].contains(String(Substring(bytes)).uppercased()) {
            self = .total
        } else {
            return nil
        }
    }
}

extension Product: CustomStringConvertible {
    public var description: String { code }
}

extension Product: Codable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        guard let product = Product(code: text) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "Not a product code: \(text)")
        }
        self = product
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

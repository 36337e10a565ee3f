import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// A streaming reader of RFC 4180 CSV: comma-separated, optional double quotes, `""` for a
/// quote inside a quoted field, `\n` or `\r\n` line ends, an optional UTF-8 byte order mark.
///
/// The reader holds one chunk of the file and one record in memory, so files of any size
/// stream in constant memory. Fields are exposed as bytes and converted on demand:
///
/// ```swift
/// let reader = try CSVReader(path: "trade.csv")
/// while let record = try reader.next() {
///     let year = record.int(0)
/// }
/// ```
public final class CSVReader {
    /// Where the reader reads from.
    private enum Input {
        case file(UnsafeMutablePointer<FILE>)
        case bytes
    }

    private let input: Input
    private var chunk: [UInt8]
    private var position = 0
    private var limit = 0
    private var atEnd = false
    private var pendingLine = 1
    private var record = CSVRecord()
    private var started = false

    /// The name shown in errors (usually the file name).
    public let name: String
    /// The number of bytes consumed so far (for progress).
    public private(set) var bytesRead: Int = 0
    /// The line on which the last record returned by ``next()`` starts (1-based).
    public var line: Int { record.line }

    /// Opens a file for streaming.
    public init(path: String, chunkSize: Int = 1 << 20) throws {
        guard let file = fopen(path, "rb") else {
            throw CSVError(name: path, line: 0, reason: "cannot open the file (\(String(cString: strerror(errno))))")
        }
        self.input = .file(file)
        self.name = (path as NSString).lastPathComponent
        self.chunk = [UInt8](repeating: 0, count: chunkSize)
    }

    /// Reads CSV from bytes already in memory.
    public init(bytes: [UInt8], name: String = "<input>") {
        self.input = .bytes
        self.name = name
        self.chunk = bytes
        self.limit = bytes.count
        self.atEnd = true
    }

    /// Reads CSV from a string.
    public convenience init(string: String, name: String = "<input>") {
        self.init(bytes: Array(string.utf8), name: name)
    }

    deinit {
        if case .file(let file) = input { fclose(file) }
    }

    /// Reads the next byte, refilling the chunk as needed; `nil` at the end of the input.
    @inline(__always)
    private func nextByte() -> UInt8? {
        if position == limit {
            guard refill() else { return nil }
        }
        let byte = chunk[position]
        position &+= 1
        return byte
    }

    @inline(__always)
    private func peekByte() -> UInt8? {
        if position == limit {
            guard refill() else { return nil }
        }
        return chunk[position]
    }

    private func refill() -> Bool {
        guard !atEnd, case .file(let file) = input else { return false }
        let count = chunk.withUnsafeMutableBytes { fread($0.baseAddress, 1, $0.count, file) }
        bytesRead &+= count
        position = 0
        limit = count
        if count == 0 {
            atEnd = true
            return false
        }
        return true
    }

    /// Reads the next record; `nil` at the end. Blank lines are skipped.
    public func next() throws -> CSVRecord? {
        if !started {
            started = true
            skipByteOrderMark()
        }
        while true {
            record.reset(line: pendingLine)
            if readPlainLine() { return record }
            guard var byte = nextByte() else { return nil }
            if byte == UInt8(ascii: "\n") {
                pendingLine += 1
                continue
            }
            if byte == UInt8(ascii: "\r"), peekByte() == UInt8(ascii: "\n") {
                continue
            }
            fieldLoop: while true {
                if byte == UInt8(ascii: "\"") {
                    // Quoted field.
                    while true {
                        guard let inner = nextByte() else {
                            throw CSVError(name: name, line: record.line, reason: "a quoted field is not closed")
                        }
                        if inner == UInt8(ascii: "\"") {
                            if peekByte() == UInt8(ascii: "\"") {
                                position += 1
                                record.bytes.append(inner)
                            } else {
                                break
                            }
                        } else {
                            if inner == UInt8(ascii: "\n") { pendingLine += 1 }
                            record.bytes.append(inner)
                        }
                    }
                    guard let after = nextByte() else {
                        record.endField()
                        break fieldLoop
                    }
                    byte = after
                    if byte != UInt8(ascii: ",") && byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\r") {
                        throw CSVError(name: name, line: record.line, reason: "unexpected text after a closing quote")
                    }
                } else {
                    while byte != UInt8(ascii: ",") && byte != UInt8(ascii: "\n") && byte != UInt8(ascii: "\r") {
                        record.bytes.append(byte)
                        guard let following = nextByte() else {
                            record.endField()
                            break fieldLoop
                        }
                        byte = following
                    }
                }
                record.endField()
                if byte == UInt8(ascii: ",") {
                    guard let following = nextByte() else {
                        record.endField()
                        break fieldLoop
                    }
                    byte = following
                    if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") {
                        record.endField()
                    } else {
                        continue fieldLoop
                    }
                }
                if byte == UInt8(ascii: "\r"), peekByte() == UInt8(ascii: "\n") {
                    position += 1
                }
                pendingLine += 1
                break fieldLoop
            }
            return record
        }
    }

    /// The common case, read in one pass: a whole record without quotes that lies inside the
    /// current chunk. Its bytes are copied once and its fields are ranges of that copy.
    /// Returns `false`, consuming nothing, for anything else (a quote, a lone `\r`, a blank
    /// line, a record that runs past the chunk), which the byte-wise reader then handles.
    @inline(__always)
    private func readPlainLine() -> Bool {
        let start = position
        let end = limit
        guard start < end else { return false }
        return chunk.withUnsafeBufferPointer { buffer -> Bool in
            var cursor = start
            var lineEnd = -1
            var next = 0
            while cursor < end {
                let byte = buffer[cursor]
                if byte == UInt8(ascii: "\n") {
                    lineEnd = cursor
                    next = cursor + 1
                    break
                }
                if byte == UInt8(ascii: "\"") { return false }
                if byte == UInt8(ascii: "\r") {
                    guard cursor + 1 < end, buffer[cursor + 1] == UInt8(ascii: "\n") else { return false }
                    lineEnd = cursor
                    next = cursor + 2
                    break
                }
                cursor += 1
            }
            guard lineEnd > start else { return false }
            record.fill(line: UnsafeBufferPointer(rebasing: buffer[start..<lineEnd]))
            position = next
            pendingLine += 1
            return true
        }
    }

    private func skipByteOrderMark() {
        guard peekByte() == 0xEF else { return }
        if position + 2 < limit, chunk[position + 1] == 0xBB, chunk[position + 2] == 0xBF {
            position += 3
        }
    }

    /// Reads the header record and returns the column index of each name.
    public func readHeader() throws -> CSVHeader {
        guard let record = try next() else {
            throw CSVError(name: name, line: 1, reason: "the file is empty; expected a header line")
        }
        return CSVHeader(names: (0..<record.count).map { record.string($0).trimmingCharacters(in: .whitespaces) })
    }
}

/// One CSV record: its fields as bytes, converted to strings or numbers on demand.
public struct CSVRecord {
    fileprivate(set) var bytes: [UInt8] = []
    /// Where each field starts and ends in `bytes`.
    fileprivate(set) var starts: [Int] = []
    fileprivate(set) var ends: [Int] = []
    /// The 1-based line on which the record starts.
    public var line: Int = 0

    init() {
        bytes.reserveCapacity(256)
        starts.reserveCapacity(32)
        ends.reserveCapacity(32)
    }

    fileprivate mutating func reset(line: Int) {
        bytes.removeAll(keepingCapacity: true)
        starts.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        self.line = line
    }

    fileprivate mutating func endField() {
        starts.append(ends.last ?? 0)
        ends.append(bytes.count)
    }

    /// Takes a whole unquoted line: its bytes as they are, its fields split at the commas.
    fileprivate mutating func fill(line: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: line)
        var fieldStart = 0
        for index in 0..<line.count where line[index] == UInt8(ascii: ",") {
            starts.append(fieldStart)
            ends.append(index)
            fieldStart = index + 1
        }
        starts.append(fieldStart)
        ends.append(line.count)
    }

    /// The number of fields.
    public var count: Int { ends.count }

    @inline(__always)
    private func bounds(_ index: Int) -> Range<Int> {
        starts[index]..<ends[index]
    }

    /// The field as a string (`""` when the record has fewer fields).
    public func string(_ index: Int) -> String {
        guard index < ends.count else { return "" }
        return String(decoding: bytes[bounds(index)], as: UTF8.self)
    }

    /// The field as a string without leading and trailing blanks.
    public func trimmedString(_ index: Int) -> String {
        guard index < ends.count else { return "" }
        var range = bounds(index)
        while let first = range.first, bytes[first] == UInt8(ascii: " ") || bytes[first] == UInt8(ascii: "\t") {
            range = range.dropFirst()
        }
        while let last = range.last, bytes[last] == UInt8(ascii: " ") || bytes[last] == UInt8(ascii: "\t") {
            range = range.dropLast()
        }
        return String(decoding: bytes[range], as: UTF8.self)
    }

    /// Whether the field is empty or missing.
    public func isEmpty(_ index: Int) -> Bool {
        index >= ends.count || bounds(index).isEmpty
    }

    /// The field as an integer (optional sign, digits, surrounding blanks allowed); `nil`
    /// when it is empty or not an integer.
    public func int(_ index: Int) -> Int64? {
        guard index < ends.count else { return nil }
        var range = bounds(index)
        while let first = range.first, bytes[first] == UInt8(ascii: " ") { range = range.dropFirst() }
        while let last = range.last, bytes[last] == UInt8(ascii: " ") { range = range.dropLast() }
        guard !range.isEmpty else { return nil }
        var negative = false
        var start = range.lowerBound
        if bytes[start] == UInt8(ascii: "-") || bytes[start] == UInt8(ascii: "+") {
            negative = bytes[start] == UInt8(ascii: "-")
            start += 1
        }
        guard start < range.upperBound, range.upperBound - start <= 18 else { return nil }
        var value: Int64 = 0
        for position in start..<range.upperBound {
            let digit = bytes[position] &- UInt8(ascii: "0")
            guard digit < 10 else { return nil }
            value = value &* 10 &+ Int64(digit)
        }
        return negative ? -value : value
    }

    /// The field as a decimal number scaled by `10^scale` and rounded half away from zero
    /// to an integer, without going through floating point for up to 18 significant digits.
    /// `"12.345"` with scale 3 is `12345`; `"1.5e3"` is accepted too (via `Double`).
    public func scaled(_ index: Int, scale: Int) -> Int64? {
        guard index < ends.count else { return nil }
        let range = bounds(index)
        var negative = false
        var integer: Int64 = 0
        var fractionDigits = 0
        var seenDigit = false
        var seenPoint = false
        var roundUp = false
        var position = range.lowerBound
        while position < range.upperBound, bytes[position] == UInt8(ascii: " ") { position += 1 }
        var end = range.upperBound
        while end > position, bytes[end - 1] == UInt8(ascii: " ") { end -= 1 }
        if position < end, bytes[position] == UInt8(ascii: "-") || bytes[position] == UInt8(ascii: "+") {
            negative = bytes[position] == UInt8(ascii: "-")
            position += 1
        }
        var digits = 0
        while position < end {
            let byte = bytes[position]
            if byte == UInt8(ascii: ".") {
                guard !seenPoint else { return nil }
                seenPoint = true
            } else if byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
                return Double(string(index).trimmingCharacters(in: .whitespaces)).flatMap { value in
                    let result = (value * pow(10, Double(scale))).rounded()
                    return abs(result) < 9e18 ? Int64(result) : nil
                }
            } else {
                let digit = byte &- UInt8(ascii: "0")
                guard digit < 10 else { return nil }
                seenDigit = true
                if seenPoint {
                    if fractionDigits < scale {
                        fractionDigits += 1
                        integer = integer &* 10 &+ Int64(digit)
                        digits += 1
                    } else if fractionDigits == scale {
                        roundUp = digit >= 5
                        fractionDigits += 1
                    }
                } else {
                    integer = integer &* 10 &+ Int64(digit)
                    digits += 1
                }
                if digits > 18 { return nil }
            }
            position += 1
        }
        guard seenDigit else { return nil }
        for _ in min(fractionDigits, scale)..<scale { integer = integer &* 10 }
        if roundUp { integer += 1 }
        return negative ? -integer : integer
    }

    /// The field as a `Double`; `nil` when empty or not a number.
    public func double(_ index: Int) -> Double? {
        guard !isEmpty(index) else { return nil }
        return Double(trimmedString(index))
    }
}

/// The column names of a CSV file.
public struct CSVHeader: Sendable {
    public let names: [String]
    private let indexByName: [String: Int]

    public init(names: [String]) {
        self.names = names
        var index: [String: Int] = [:]
        for (position, name) in names.enumerated() where index[name.lowercased()] == nil {
            index[name.lowercased()] = position
        }
        self.indexByName = index
    }

    /// The column index of a name (case-insensitive), or `nil`.
    public func index(of name: String) -> Int? { indexByName[name.lowercased()] }

    /// The column index of a name, or an error naming the missing column.
    public func require(_ name: String, in file: String) throws -> Int {
        guard let index = index(of: name) else {
            throw CSVError(
                name: file, line: 1,
                reason: "missing column \"\(name)\" (found: \(names.joined(separator: ", ")))")
        }
        return index
    }
}

/// A CSV file that cannot be read, with the line where it went wrong.
public struct CSVError: Error, Sendable, Equatable, CustomStringConvertible {
    public var name: String
    public var line: Int
    public var reason: String

    public init(name: String, line: Int, reason: String) {
        self.name = name
        self.line = line
        self.reason = reason
    }

    public var description: String { "\(name):\(line): \(reason)" }
}

extension CSVError: LocalizedError {
    public var errorDescription: String? { description }
}

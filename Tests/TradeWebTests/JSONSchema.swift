import Foundation

/// A JSON value decoded without Foundation's number/bool ambiguity.
indirect enum JSONValue: Decodable, Equatable {
    case null
    case bool(Bool)
    case integer(Int64)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Int64.self) {
            self = .integer(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSONValue].self))
        }
    }

    static func parse(_ text: String) throws -> JSONValue {
        try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8))
    }

    subscript(_ key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    var string: String? {
        if case .string(let value) = self { return value }
        return nil
    }
}

/// Validates JSON against the subset of JSON Schema (2020-12, as OpenAPI 3.1 uses it) that
/// tradecheck's description uses: `$ref`, `type`, `properties`, `required`, `items`, `enum`,
/// `pattern`, `minimum`, `maximum`. Unknown properties are reported too, so the description
/// cannot silently fall behind the answers.
struct SchemaValidator {
    let document: JSONValue

    /// The problems found, each with its JSON path; empty when the value conforms.
    func validate(_ value: JSONValue, against schema: JSONValue, path: String = "$") -> [String] {
        if let reference = schema["$ref"]?.string {
            guard let resolved = resolve(reference) else { return ["\(path): unresolvable $ref \(reference)"] }
            return validate(value, against: resolved, path: path)
        }
        var problems: [String] = []
        if let type = schema["type"]?.string, !matches(value, type: type) {
            return ["\(path): expected \(type), got \(value)"]
        }
        if case .array(let allowed)? = schema["enum"], !allowed.contains(value) {
            problems.append("\(path): \(value) is not one of \(allowed)")
        }
        if let pattern = schema["pattern"]?.string, case .string(let text) = value,
            text.range(of: pattern, options: .regularExpression) == nil
        {
            problems.append("\(path): \"\(text)\" does not match \(pattern)")
        }
        if let number = numeric(value) {
            if let minimum = schema["minimum"].flatMap(numeric), number < minimum {
                problems.append("\(path): \(number) < minimum \(minimum)")
            }
            if let maximum = schema["maximum"].flatMap(numeric), number > maximum {
                problems.append("\(path): \(number) > maximum \(maximum)")
            }
        }
        if case .object(let object) = value {
            let properties: [String: JSONValue]
            if case .object(let declared)? = schema["properties"] { properties = declared } else { properties = [:] }
            if case .array(let required)? = schema["required"] {
                for case .string(let name) in required where object[name] == nil {
                    problems.append("\(path): missing required property \"\(name)\"")
                }
            }
            for (name, member) in object.sorted(by: { $0.key < $1.key }) {
                guard let memberSchema = properties[name] else {
                    if schema["properties"] != nil { problems.append("\(path): undocumented property \"\(name)\"") }
                    continue
                }
                problems += validate(member, against: memberSchema, path: "\(path).\(name)")
            }
        }
        if case .array(let items) = value, let itemSchema = schema["items"] {
            for (index, item) in items.enumerated() {
                problems += validate(item, against: itemSchema, path: "\(path)[\(index)]")
            }
        }
        return problems
    }

    private func resolve(_ reference: String) -> JSONValue? {
        guard reference.hasPrefix("#/") else { return nil }
        var node: JSONValue? = document
        for part in reference.dropFirst(2).split(separator: "/") {
            node = node?[String(part)]
        }
        return node
    }

    private func matches(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("null", .null),
            ("integer", .integer), ("number", .integer), ("number", .number):
            return true
        default:
            return false
        }
    }

    private func numeric(_ value: JSONValue) -> Double? {
        switch value {
        case .integer(let value): return Double(value)
        case .number(let value): return value
        default: return nil
        }
    }
}

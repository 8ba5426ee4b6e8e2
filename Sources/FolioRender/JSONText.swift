import Foundation

/// JSON as Foundation's `JSONSerialization` writes it with `[.sortedKeys, .prettyPrinted,
/// .withoutEscapingSlashes]`, byte for byte, without its cost: Foundation hands every character
/// (and every space of the indentation) to a closure and compares keys in the system locale at
/// each comparison of each sort, which made the data downloads a tenth of a corpus build.
///
/// Values are those the downloads are built of: `String`, `Bool`, `Int`, `Double`, `NSNull`, nil,
/// arrays and `[String: Any]`. Keys are still ordered by Foundation's comparison (numeric,
/// case-insensitive), worked out once per set of keys: the records of a file share theirs.
struct JSONText {
    private var out: [UInt8] = []
    private var indent = 0
    private var keyOrders: [[String]: [String]] = [:]

    /// The document, with a line end after it.
    static func pretty(_ value: Any) -> String {
        var writer = JSONText()
        writer.out.reserveCapacity(1 << 16)
        writer.write(value)
        writer.out.append(UInt8(ascii: "\n"))
        return String(decoding: writer.out, as: UTF8.self)
    }

    private mutating func write(_ value: Any?) {
        guard let value else { return out += "null".utf8 }
        switch value {
        case let text as String: writeString(text)
        case let flag as Bool: out += (flag ? "true" : "false").utf8
        case let number as Int: out += String(number).utf8
        case let number as Double:
            var text = number.description
            if text.hasSuffix(".0") { text.removeLast(2) }
            out += text.utf8
        case let array as [Any]:
            out += "[\n".utf8
            indent += 2
            for (index, element) in array.enumerated() {
                if index > 0 { out += ",\n".utf8 }
                writeIndent()
                write(element)
            }
            out.append(UInt8(ascii: "\n"))
            indent -= 2
            writeIndent()
            out.append(UInt8(ascii: "]"))
        case let object as [String: Any]:
            out += "{\n".utf8
            indent += 2
            for (index, key) in sortedKeys(object).enumerated() {
                if index > 0 { out += ",\n".utf8 }
                writeIndent()
                writeString(key)
                out += " : ".utf8
                write(object[key]!)
            }
            out.append(UInt8(ascii: "\n"))
            indent -= 2
            writeIndent()
            out.append(UInt8(ascii: "}"))
        default:
            // NSNull, and anything else the downloads never hold.
            out += "null".utf8
        }
    }

    private mutating func writeIndent() {
        out += repeatElement(UInt8(ascii: " "), count: indent)
    }

    private mutating func writeString(_ text: String) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += "\\\"".utf8
            case UInt8(ascii: "\\"): out += "\\\\".utf8
            case 0x08: out += "\\b".utf8
            case 0x0C: out += "\\f".utf8
            case 0x0A: out += "\\n".utf8
            case 0x0D: out += "\\r".utf8
            case 0x09: out += "\\t".utf8
            case 0x00..<0x20: out += ("\\u00" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)).utf8
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The object's keys in Foundation's order (numeric, case-insensitive, forced), sorted once per set of keys.
    private mutating func sortedKeys(_ object: [String: Any]) -> [String] {
        let keys = object.keys.sorted()
        if let order = keyOrders[keys] { return order }
        let order = keys.sorted {
            $0.compare($1, options: [.numeric, .caseInsensitive, .forcedOrdering], range: $0.startIndex..<$0.endIndex,
                       locale: NSLocale.system) == .orderedAscending
        }
        keyOrders[keys] = order
        return order
    }
}

/// A JSON value written by Folio itself, keys in the order given: the JSON-LD of every page and
/// the CSL-JSON of every citation. Foundation's JSONSerialization took more time on Linux than
/// rendering the templates of those pages.
enum JSONValue: Sendable {
    case string(String)
    case int(Int)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Compact (`indent` nil) or indented by `indent` spaces a level. `scriptSafe` writes "<" as
    /// \u003c, so that the text can stand inside a `<script>` element without closing it.
    func text(indent: Int? = nil, scriptSafe: Bool = false) -> String {
        var out = ""
        write(into: &out, indent: indent, level: 0, scriptSafe: scriptSafe)
        return out
    }

    private func write(into out: inout String, indent: Int?, level: Int, scriptSafe: Bool) {
        switch self {
        case .string(let text):
            Self.quote(text, into: &out, scriptSafe: scriptSafe)
        case .int(let number):
            out += String(number)
        case .array(let items):
            writeContainer(items.map { (nil, $0) }, open: "[", close: "]", into: &out, indent: indent, level: level, scriptSafe: scriptSafe)
        case .object(let members):
            writeContainer(members.map { ($0.0, $0.1) }, open: "{", close: "}", into: &out, indent: indent, level: level, scriptSafe: scriptSafe)
        }
    }

    private func writeContainer(_ members: [(String?, JSONValue)], open: String, close: String, into out: inout String,
                                indent: Int?, level: Int, scriptSafe: Bool) {
        out += open
        guard !members.isEmpty else { return out += close }
        for (index, (key, value)) in members.enumerated() {
            if index > 0 { out += "," }
            if let indent { out += "\n" + String(repeating: " ", count: indent * (level + 1)) }
            if let key {
                Self.quote(key, into: &out, scriptSafe: scriptSafe)
                out += indent == nil ? ":" : ": "
            }
            value.write(into: &out, indent: indent, level: level + 1, scriptSafe: scriptSafe)
        }
        if let indent { out += "\n" + String(repeating: " ", count: indent * level) }
        out += close
    }

    private static func quote(_ text: String, into out: inout String, scriptSafe: Bool) {
        out += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<" where scriptSafe: out += "\\u003c"
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out += "\""
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    init(stringLiteral value: String) { self = .string(value) }
}

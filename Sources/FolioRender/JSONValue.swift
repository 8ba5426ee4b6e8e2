/// A JSON value written by Folio itself, keys in the order given: the JSON-LD of every page and
/// the CSL-JSON of every citation. Foundation's JSONSerialization took more time on Linux than
/// rendering the templates of those pages; this writes UTF-8 bytes directly.
enum JSONValue: Sendable {
    case string(String)
    case int(Int)
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// Compact (`indent` nil) or indented by `indent` spaces a level. `scriptSafe` writes "<" as
    /// \u003c, so that the text can stand inside a `<script>` element without closing it.
    func text(indent: Int? = nil, scriptSafe: Bool = false) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(512)
        write(into: &out, indent: indent, level: 0, scriptSafe: scriptSafe)
        return String(decoding: out, as: UTF8.self)
    }

    private func write(into out: inout [UInt8], indent: Int?, level: Int, scriptSafe: Bool) {
        switch self {
        case .string(let text):
            Self.quote(text, into: &out, scriptSafe: scriptSafe)
        case .int(let number):
            out += String(number).utf8
        case .array(let items):
            out.append(UInt8(ascii: "["))
            for (index, item) in items.enumerated() {
                Self.separate(index, into: &out, indent: indent, level: level)
                item.write(into: &out, indent: indent, level: level + 1, scriptSafe: scriptSafe)
            }
            Self.close(UInt8(ascii: "]"), empty: items.isEmpty, into: &out, indent: indent, level: level)
        case .object(let members):
            out.append(UInt8(ascii: "{"))
            for (index, (key, value)) in members.enumerated() {
                Self.separate(index, into: &out, indent: indent, level: level)
                Self.quote(key, into: &out, scriptSafe: scriptSafe)
                out.append(UInt8(ascii: ":"))
                if indent != nil { out.append(UInt8(ascii: " ")) }
                value.write(into: &out, indent: indent, level: level + 1, scriptSafe: scriptSafe)
            }
            Self.close(UInt8(ascii: "}"), empty: members.isEmpty, into: &out, indent: indent, level: level)
        }
    }

    /// Before a member: a comma after the first, then a new line indented one level deeper.
    private static func separate(_ index: Int, into out: inout [UInt8], indent: Int?, level: Int) {
        if index > 0 { out.append(UInt8(ascii: ",")) }
        newLine(into: &out, indent: indent, level: level + 1)
    }

    private static func close(_ bracket: UInt8, empty: Bool, into out: inout [UInt8], indent: Int?, level: Int) {
        if !empty { newLine(into: &out, indent: indent, level: level) }
        out.append(bracket)
    }

    private static func newLine(into out: inout [UInt8], indent: Int?, level: Int) {
        guard let indent else { return }
        out.append(0x0A)
        out += repeatElement(UInt8(ascii: " "), count: indent * level)
    }

    private static func quote(_ text: String, into out: inout [UInt8], scriptSafe: Bool) {
        out.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): out += #"\""#.utf8
            case UInt8(ascii: "\\"): out += #"\\"#.utf8
            case 0x0A: out += #"\n"#.utf8
            case 0x0D: out += #"\r"#.utf8
            case 0x09: out += #"\t"#.utf8
            case UInt8(ascii: "<") where scriptSafe: out += #"\u003c"#.utf8
            case ..<0x20:
                let hex = Array("0123456789abcdef".utf8)
                out += #"\u00"#.utf8
                out += [hex[Int(byte >> 4)], hex[Int(byte & 0x0F)]]
            default: out.append(byte)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    init(stringLiteral value: String) { self = .string(value) }
}

/// A JSON value written by Folio itself, keys in the order given: the JSON-LD of every page, the
/// CSL-JSON of every citation and the data downloads. Foundation's JSONSerialization took more
/// time on Linux than rendering the templates of those pages (and sorted keys in the system locale
/// at each comparison); this writes UTF-8 bytes directly.
enum JSONValue: Sendable {
    case string(String)
    case int(Int)
    /// Written as Swift prints it, without a ".0" on a whole number (51662, 10.3).
    case number(Double)
    case bool(Bool)
    case null
    case array([JSONValue])
    case object([(String, JSONValue)])

    /// The text, or null when there is none.
    static func string(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }

    /// The number, or null when there is none.
    static func int(_ number: Int?) -> JSONValue { number.map(JSONValue.int) ?? .null }

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
        case .number(let number):
            let text = number.description
            out += (text.hasSuffix(".0") ? text.dropLast(2) : text[...]).utf8
        case .bool(let flag):
            out += (flag ? "true" : "false").utf8
        case .null:
            out += "null".utf8
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
        var text = text
        text.withUTF8 { bytes in
            // Runs of bytes that need no escape are copied whole.
            var run = 0
            for (index, byte) in bytes.enumerated() {
                let escape: String
                switch byte {
                case UInt8(ascii: "\""): escape = #"\""#
                case UInt8(ascii: "\\"): escape = #"\\"#
                case 0x0A: escape = #"\n"#
                case 0x0D: escape = #"\r"#
                case 0x09: escape = #"\t"#
                case UInt8(ascii: "<") where scriptSafe: escape = #"\u003c"#
                case ..<0x20: escape = (byte < 0x10 ? #"\u000"# : #"\u00"#) + String(byte, radix: 16)
                default: continue
                }
                out.append(contentsOf: bytes[run..<index])
                out += escape.utf8
                run = index + 1
            }
            out.append(contentsOf: bytes[run...])
        }
        out.append(UInt8(ascii: "\""))
    }
}

extension JSONValue: ExpressibleByStringLiteral {
    init(stringLiteral value: String) { self = .string(value) }
}

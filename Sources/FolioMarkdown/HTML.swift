/// Escaping for HTML text and attribute values.
public enum HTML {
    /// Escapes `& < > "` (and `'`), enough for text and double- or single-quoted attributes.
    public static func escape(_ text: String) -> String {
        escape(text, apostrophes: true)
    }

    /// Escapes text between tags as cmark does: `& < > "`, apostrophes left as they are.
    public static func escapeText(_ text: String) -> String {
        escape(text, apostrophes: false)
    }

    private static func escape(_ text: String, apostrophes: Bool) -> String {
        let needsEscaping = text.utf8.withContiguousStorageIfAvailable { bytes in
            bytes.contains { byte in
                byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">")
                    || byte == UInt8(ascii: "\"") || (apostrophes && byte == UInt8(ascii: "'"))
            }
        } ?? true
        guard needsEscaping else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for character in text.unicodeScalars {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'" where apostrophes: out += "&#39;"
            default: out.unicodeScalars.append(character)
            }
        }
        return out
    }
}

/// Typographic quotes in the conventions of each language: straight `"` and `'` in the text
/// become “…” in English, „…“ in German, «…» in Italian and Greek; apostrophes become ’.
public struct QuoteStyle: Sendable, Equatable {
    public var openDouble: Character
    public var closeDouble: Character
    public var openSingle: Character
    public var closeSingle: Character

    public init(_ openDouble: Character, _ closeDouble: Character, _ openSingle: Character, _ closeSingle: Character) {
        self.openDouble = openDouble
        self.closeDouble = closeDouble
        self.openSingle = openSingle
        self.closeSingle = closeSingle
    }

    /// The quotes of a language (by its code), English quotes for languages not listed.
    public static func forLanguage(_ code: String) -> QuoteStyle {
        switch code {
        case "de": QuoteStyle("„", "“", "‚", "‘")
        case "it": QuoteStyle("«", "»", "“", "”")
        case "el": QuoteStyle("«", "»", "“", "”")
        case "nl": QuoteStyle("“", "”", "‘", "’")
        default: QuoteStyle("“", "”", "‘", "’")
        }
    }

    /// Replaces straight quotes in `text`. `previous` is the character before the text (the end
    /// of the preceding inline text in the same block), and is updated to the text's last one.
    public func apply(to text: String, previous: inout Character?) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") }) else {
            if let last = text.last { previous = last }
            return text
        }
        var out = ""
        out.reserveCapacity(text.utf8.count + 8)
        var characters = Array(text)
        for index in characters.indices {
            let character = characters[index]
            guard character == "\"" || character == "'" else {
                out.append(character)
                continue
            }
            let before = index > 0 ? characters[index - 1] : previous
            let opens = before == nil || before!.isWhitespace || "([{—–-/".contains(before!)
            let replacement: Character
            if character == "\"" {
                replacement = opens ? openDouble : closeDouble
            } else if let before, before.isLetter || before.isNumber, index + 1 < characters.count, characters[index + 1].isLetter {
                replacement = "’"
            } else {
                replacement = opens ? openSingle : closeSingle
            }
            out.append(replacement)
            // The next character sees the quote as it now reads.
            characters[index] = replacement
        }
        previous = characters.last
        return out
    }
}

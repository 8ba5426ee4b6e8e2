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
        return Self.isOneScalarPerCharacter(text)
            ? applyOverUTF8(to: text, previous: &previous)
            : applyByCharacter(to: text, previous: &previous)
    }

    /// The rule over UTF-8, for text where every scalar is a character of its own (no combining
    /// marks, joiners or line-end pairs): the text is copied in runs, and only the neighbours of
    /// each quote are decoded.
    private func applyOverUTF8(to text: String, previous: inout Character?) -> String {
        var text = text
        return text.withUTF8 { bytes in
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count + 16)
            var copied = 0
            var replaced: (end: Int, character: Character)?
            for offset in bytes.indices where bytes[offset] == UInt8(ascii: "\"") || bytes[offset] == UInt8(ascii: "'") {
                let before: Character?
                if let replaced, replaced.end == offset {
                    before = replaced.character
                } else if offset > 0 {
                    before = Self.scalar(endingAt: offset, in: bytes).map(Character.init)
                } else {
                    before = previous
                }
                let next = Self.scalar(startingAt: offset + 1, in: bytes).map(Character.init)
                let replacement = self.replacement(for: bytes[offset] == UInt8(ascii: "\""), before: before, next: next)
                out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<offset]))
                out.append(contentsOf: String(replacement).utf8)
                copied = offset + 1
                replaced = (copied, replacement)
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            if let replaced, replaced.end == bytes.count {
                previous = replaced.character
            } else if let last = Self.scalar(endingAt: bytes.count, in: bytes) {
                previous = Character(last)
            }
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The scalar whose UTF-8 ends just before `end`.
    private static func scalar(endingAt end: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard end > 0 else { return nil }
        var start = end - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return scalar(startingAt: start, in: bytes)
    }

    /// The scalar whose UTF-8 starts at `start`.
    private static func scalar(startingAt start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Unicode.Scalar? {
        guard start < bytes.count else { return nil }
        var iterator = UnsafeBufferPointer(rebasing: bytes[start...]).makeIterator()
        var decoder = UTF8()
        if case .scalarValue(let scalar) = decoder.decode(&iterator) { return scalar }
        return nil
    }

    /// The rule over characters, for any text (internal: tests compare the two paths).
    func applyByCharacter(to text: String, previous: inout Character?) -> String {
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
            let next = index + 1 < characters.count ? characters[index + 1] : nil
            let replacement = self.replacement(for: character == "\"", before: before, next: next)
            out.append(replacement)
            // The next character sees the quote as it now reads.
            characters[index] = replacement
        }
        previous = characters.last
        return out
    }

    /// What a straight quote becomes, from the characters around it.
    private func replacement(for double: Bool, before: Character?, next: Character?) -> Character {
        let opens = before == nil || before!.isWhitespace || "([{—–-/".contains(before!)
        if double { return opens ? openDouble : closeDouble }
        if let before, before.isLetter || before.isNumber, let next, next.isLetter { return "’" }
        return opens ? openSingle : closeSingle
    }

    /// True when no scalar of the text joins the one before it into one character: the text is
    /// in Latin, Greek, common punctuation and currency signs only, without carriage returns.
    static func isOneScalarPerCharacter(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            switch scalar.value {
            case 0x0D: false
            case 0x00...0x2FF, 0x370...0x3FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF: true
            default: false
            }
        }
    }
}

import FolioModel

/// A page's description for `<meta name="description">` and link previews: plain text of at
/// most 160 characters, cut after a whole word with an ellipsis. Runs on every page, so it reads
/// UTF-8 bytes and counts characters only as far as the limit.
enum PageDescription {
    static let limit = 160

    /// `text` (a summary, or the first paragraph of a body), its white space collapsed, as a description.
    static func cut(_ text: String) -> String {
        let words = collapsed(Array(text.utf8))
        // No more UTF-8 bytes than the limit is no more characters either.
        guard words.utf8.count > limit else { return words }
        var index = words.startIndex
        var count = 0
        var lastSpace: (index: String.Index, count: Int)?
        while index < words.endIndex && count < limit {
            if words[index] == " " { lastSpace = (index, count) }
            index = words.index(after: index)
            count += 1
        }
        guard index < words.endIndex else { return words }
        // One character is kept for the ellipsis.
        var kept = lastSpace.map { words[..<$0.index] } ?? words.prefix(limit - 1)
        while let last = kept.last, last == " " || ",;:–—-(".contains(last) { kept.removeLast() }
        return kept + "…"
    }

    /// The text of the first paragraph of a rendered body that has any, without its markup and
    /// footnote marks; nil when there is none.
    static func firstParagraph(_ html: [UInt8]) -> String? {
        let body = String(decoding: html, as: UTF8.self)
        var from = body.startIndex
        while let start = TextSearch.range(of: "<p>", in: body, from: from) {
            guard let end = TextSearch.range(of: "</p>", in: body, from: start.upperBound) else { return nil }
            let text = plainText(body[start.upperBound..<end.lowerBound])
            if !text.isEmpty { return text }
            from = end.upperBound
        }
        return nil
    }

    /// The text between tags, with `<sup>` (footnote marks) left out, entities decoded and white
    /// space collapsed.
    static func plainText(_ html: Substring) -> String {
        var out: [UInt8] = []
        let bytes = Array(html.utf8)
        var index = 0
        var inSup = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), let close = bytes[index...].firstIndex(of: UInt8(ascii: ">")) {
                let tag = bytes[(index + 1)..<close]
                if tag.starts(with: "sup".utf8) { inSup += 1 } else if tag.starts(with: "/sup".utf8) { inSup = max(0, inSup - 1) }
                index = close + 1
                continue
            }
            if inSup == 0 {
                if byte == UInt8(ascii: "&"), let semicolon = bytes[index..<min(bytes.count, index + 10)].firstIndex(of: UInt8(ascii: ";")),
                   let decoded = entity(String(decoding: bytes[(index + 1)..<semicolon], as: UTF8.self)) {
                    out += decoded.utf8
                    index = semicolon + 1
                    continue
                }
                out.append(byte)
            }
            index += 1
        }
        return collapsed(out)
    }

    /// Runs of ASCII white space as one space, none at either end.
    private static func collapsed(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20) }
                pendingSpace = false
                out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    private static func entity(_ name: String) -> String? {
        switch name {
        case "amp": return "&"
        case "lt": return "<"
        case "gt": return ">"
        case "quot": return "\""
        case "nbsp": return "\u{00A0}"
        default:
            guard name.hasPrefix("#") else { return nil }
            let digits = name.dropFirst()
            let value = digits.hasPrefix("x") || digits.hasPrefix("X") ? UInt32(digits.dropFirst(), radix: 16) : UInt32(digits)
            return value.flatMap(Unicode.Scalar.init).map { String(Character($0)) }
        }
    }
}

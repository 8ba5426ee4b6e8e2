import FolioModel

/// A page's description for `<meta name="description">` and link previews: plain text of at
/// most 160 characters, cut after a whole word with an ellipsis.
enum PageDescription {
    static let limit = 160

    /// `text` (a summary, or the first paragraph of a body) as a description.
    static func cut(_ text: String) -> String {
        let words = text.split(whereSeparator: \.isWhitespace)
        // Fewer UTF-8 bytes than the limit is fewer characters too, which is quicker to know.
        if words.reduce(words.count - 1, { $0 + $1.utf8.count }) <= limit
            || words.reduce(words.count - 1, { $0 + $1.count }) <= limit {
            return words.joined(separator: " ")
        }
        var kept = ""
        var count = 0
        for word in words {
            let length = word.count
            // One character is kept for the ellipsis.
            guard count + (count == 0 ? 0 : 1) + length <= limit - 1 else {
                if count == 0 { kept = String(word.prefix(limit - 1)) }
                while let last = kept.last, ",;:–—-(".contains(last) { kept.removeLast() }
                return kept + "…"
            }
            if count > 0 { kept += " " }
            kept += word
            count += (count == 0 ? 0 : 1) + length
        }
        return kept
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

    /// The text between tags, with `<sup>` (footnote marks) left out and entities decoded.
    static func plainText(_ html: Substring) -> String {
        var out = ""
        var index = html.startIndex
        var inSup = 0
        while index < html.endIndex {
            let character = html[index]
            if character == "<", let close = html[index...].firstIndex(of: ">") {
                let tag = html[html.index(after: index)..<close]
                if tag.hasPrefix("sup") { inSup += 1 } else if tag.hasPrefix("/sup") { inSup = max(0, inSup - 1) }
                index = html.index(after: close)
                continue
            }
            if inSup == 0 {
                if character == "&", let semicolon = html[index...].prefix(10).firstIndex(of: ";"),
                   let decoded = entity(html[html.index(after: index)..<semicolon]) {
                    out.append(decoded)
                    index = html.index(after: semicolon)
                    continue
                }
                out.append(character)
            }
            index = html.index(after: index)
        }
        return out.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    private static func entity(_ name: Substring) -> Character? {
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
            return value.flatMap(Unicode.Scalar.init).map(Character.init)
        }
    }
}

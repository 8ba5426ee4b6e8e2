import Foundation
import FolioModel
/// Footnotes, which CommonMark lacks: `[^label]` references and `[^label]: text` definitions.
///
/// cmark would read a definition whose text is one word (`[^1]: Ibid.`) as a link reference
/// definition and drop it silently, so before parsing, every definition line at the start of a
/// line (outside fenced code) gets a backslash: `\[^1]: Ibid.` then parses as a paragraph whose
/// text starts with `[^1]:`, and its line keeps its number.
enum FootnoteSyntax {
    /// The source's UTF-8 with definition lines escaped (nil when none is), and the (0-based)
    /// lines that were changed.
    /// Works on UTF-8 bytes: only lines that start a definition are looked at as text.
    static func escapeDefinitions(in source: String) -> (text: [UInt8]?, escapedLines: Set<Int>) {
        guard TextSearch.contains("[^", in: source) else { return (nil, []) }
        var source = source
        let insertAt = source.withUTF8(definitionLineStarts)
        guard !insertAt.isEmpty else { return (nil, []) }
        var escaped: Set<Int> = []
        var out: [UInt8] = []
        source.withUTF8 { bytes in
            out.reserveCapacity(bytes.count + insertAt.count)
            var copied = 0
            for (position, line) in insertAt {
                out += bytes[copied..<position]
                out.append(UInt8(ascii: "\\"))
                copied = position
                escaped.insert(line)
            }
            out += bytes[copied...]
        }
        return (out, escaped)
    }

    /// The byte offsets and (0-based) numbers of the lines that start a footnote definition,
    /// outside fenced code.
    private static func definitionLineStarts(_ bytes: UnsafeBufferPointer<UInt8>) -> [(offset: Int, line: Int)] {
        var found: [(offset: Int, line: Int)] = []
        var fence: (byte: UInt8, count: Int)?
        var lineStart = 0
        var number = 0
        while lineStart <= bytes.count {
            let lineEnd = TextSearch.firstIndex(of: UInt8(ascii: "\n"), in: bytes, from: lineStart) ?? bytes.count
            var first = lineStart
            while first < lineEnd && bytes[first] == UInt8(ascii: " ") { first += 1 }
            func run(_ byte: UInt8) -> Int {
                var end = first
                while end < lineEnd && bytes[end] == byte { end += 1 }
                return end - first
            }
            if first < lineEnd, let open = fence {
                if bytes[first] == open.byte && run(open.byte) >= open.count { fence = nil }
            } else if first < lineEnd && (bytes[first] == UInt8(ascii: "`") || bytes[first] == UInt8(ascii: "~")),
                      run(bytes[first]) >= 3 {
                fence = (bytes[first], run(bytes[first]))
            } else if fence == nil, lineEnd - lineStart > 2, bytes[lineStart] == UInt8(ascii: "["),
                      bytes[lineStart + 1] == UInt8(ascii: "^"),
                      definitionLabel(in: String(decoding: UnsafeBufferPointer(rebasing: bytes[lineStart..<lineEnd]), as: UTF8.self)) != nil {
                found.append((lineStart, number))
            }
            lineStart = lineEnd + 1
            number += 1
        }
        return found
    }

    /// The label of `[^label]:` at the start of the text, and the length of that marker (in
    /// characters). The label ends at the first `]`.
    static func definitionLabel(in text: String) -> (label: String, markerLength: Int)? {
        let utf8 = text.utf8
        guard utf8.starts(with: "[^".utf8), let close = utf8.firstIndex(of: UInt8(ascii: "]")) else { return nil }
        let labelStart = utf8.index(utf8.startIndex, offsetBy: 2)
        guard close > labelStart else { return nil }
        let label = text[labelStart..<close]
        let afterClose = utf8.index(after: close)
        guard !label.contains(where: { $0.isWhitespace }), afterClose < utf8.endIndex,
              utf8[afterClose] == UInt8(ascii: ":") else { return nil }
        return (String(label), text.distance(from: text.startIndex, to: afterClose) + 1)
    }

    /// Splits text into plain runs and `[^label]` references.
    enum Piece: Equatable {
        case text(String)
        case reference(String)
    }

    /// The text's runs and references, or nil when it refers to no footnote. A `[^` whose label
    /// is empty or holds a space or `[` stays text; a label ends at the first `]`.
    static func pieces(of text: String) -> [Piece]? {
        let utf8 = text.utf8
        var pieces: [Piece] = []
        var pending = utf8.startIndex
        var search = utf8.startIndex
        while let open = TextSearch.range(of: "[^", in: text, from: search) {
            guard let close = utf8[open.upperBound...].firstIndex(of: UInt8(ascii: "]")) else { break }
            let label = text[open.upperBound..<close]
            search = open.upperBound
            if label.isEmpty || label.contains(where: { $0.isWhitespace || $0 == "[" }) { continue }
            if open.lowerBound > pending { pieces.append(.text(String(text[pending..<open.lowerBound]))) }
            pieces.append(.reference(String(label)))
            pending = utf8.index(after: close)
            search = pending
        }
        guard !pieces.isEmpty else { return nil }
        if pending < utf8.endIndex { pieces.append(.text(String(text[pending...]))) }
        return pieces
    }
}

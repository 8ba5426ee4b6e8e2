import Foundation
import FolioModel
/// Footnotes, which CommonMark lacks: `[^label]` references and `[^label]: text` definitions.
///
/// cmark would read a definition whose text is one word (`[^1]: Ibid.`) as a link reference
/// definition and drop it silently, so before parsing, every definition line at the start of a
/// line (outside fenced code) gets a backslash: `\[^1]: Ibid.` then parses as a paragraph whose
/// text starts with `[^1]:`, and its line keeps its number.
enum FootnoteSyntax {
    /// The source with definition lines escaped, and the (0-based) lines that were changed.
    static func escapeDefinitions(in source: String) -> (text: String, escapedLines: Set<Int>) {
        guard TextSearch.contains("[^", in: source) else { return (source, []) }
        var escaped: Set<Int> = []
        var out = ""
        out.reserveCapacity(source.utf8.count + 16)
        var fence: Substring?
        for (number, line) in source.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if number > 0 { out += "\n" }
            let trimmed = line.drop { $0 == " " }
            if let open = fence {
                if trimmed.hasPrefix(open) { fence = nil }
            } else if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                fence = trimmed.prefix { $0 == trimmed.first }
            } else if line.hasPrefix("[^"), definitionLabel(in: line) != nil {
                out += "\\"
                escaped.insert(number)
            }
            out += line
        }
        return (out, escaped)
    }

    /// The label of `[^label]:` at the start of the text, and the length of that marker.
    static func definitionLabel<S: StringProtocol>(in text: S) -> (label: String, markerLength: Int)? {
        guard text.hasPrefix("[^"), let close = text.firstIndex(of: "]") else { return nil }
        let label = text[text.index(text.startIndex, offsetBy: 2)..<close]
        let afterClose = text.index(after: close)
        guard !label.isEmpty, !label.contains(where: { $0.isWhitespace }),
              afterClose < text.endIndex, text[afterClose] == ":" else { return nil }
        return (String(label), text.distance(from: text.startIndex, to: afterClose) + 1)
    }

    /// Splits text into plain runs and `[^label]` references.
    enum Piece: Equatable {
        case text(String)
        case reference(String)
    }

    static func pieces(of text: String) -> [Piece]? {
        guard TextSearch.contains("[^", in: text) else { return nil }
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let open = TextSearch.range(of: "[^", in: rest) {
            guard let close = rest[open.upperBound...].firstIndex(of: "]") else { break }
            let label = rest[open.upperBound..<close]
            if label.isEmpty || label.contains(where: { $0.isWhitespace || $0 == "[" }) {
                pieces.append(.text(String(rest[..<open.upperBound])))
                rest = rest[open.upperBound...]
                continue
            }
            if open.lowerBound > rest.startIndex { pieces.append(.text(String(rest[..<open.lowerBound]))) }
            pieces.append(.reference(String(label)))
            rest = rest[rest.index(after: close)...]
        }
        if !rest.isEmpty { pieces.append(.text(String(rest))) }
        return pieces.contains { if case .reference = $0 { true } else { false } } ? mergeText(pieces) : nil
    }

    private static func mergeText(_ pieces: [Piece]) -> [Piece] {
        var out: [Piece] = []
        for piece in pieces {
            if case .text(let b) = piece, case .text(let a)? = out.last {
                out[out.count - 1] = .text(a + b)
            } else {
                out.append(piece)
            }
        }
        return out
    }
}

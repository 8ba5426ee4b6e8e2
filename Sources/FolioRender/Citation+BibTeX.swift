import Foundation

/// BibTeX (biblatex field names), one entry per file.
extension Citation {
    var bibTeX: String {
        let type = switch kind {
        case .report: "report"
        case .partOfReport, .inCollection: "incollection"
        case .book: "book"
        case .article: "article"
        case .misc: "misc"
        }
        // A container is a journal for an article, a book (or series) for a collection.
        let containerField = kind == .article ? "journaltitle" : "booktitle"
        var fields: [(String, String?)] = [
            ("author", Self.bibTeXNames(authors)), ("editor", Self.bibTeXNames(editors)),
            ("title", title.map(Self.bibTeXEscape)), ("subtitle", subtitle.map(Self.bibTeXEscape)),
            (containerField, containerTitle.map(Self.bibTeXEscape)),
            (kind == .article ? "journalsubtitle" : "booksubtitle", containerSubtitle.map(Self.bibTeXEscape)),
            ("volume", volume.map(Self.bibTeXEscape)), ("number", issue.map(Self.bibTeXEscape)),
            ("pages", pages.map(Self.bibTeXEscape)),
            (kind == .report ? "institution" : "publisher", publisher.map(Self.bibTeXEscape)),
            ("location", place.map(Self.bibTeXEscape)), ("year", year.map(Self.bibTeXEscape)),
            ("doi", doi.map(Self.bibTeXVerbatim)), ("isbn", isbn.map(Self.bibTeXEscape)),
            ("url", url.map(Self.bibTeXVerbatim)), ("note", bibTeXNote),
            ("keywords", incomplete ? Self.incompleteKeyword : nil),
        ]
        fields.removeAll { $0.1 == nil || $0.1!.isEmpty }
        let body = fields.map { "  \($0.0) = {\($0.1!)}" }.joined(separator: ",\n")
        return "@\(type){\(key),\n\(body)\n}\n"
    }

    /// The part of the publication ("Forewords") and the entry's own note, for lack of a
    /// standard field for a report's part.
    private var bibTeXNote: String? {
        let text = [part, note].compactMap { $0 }.joined(separator: ". ")
        return text.isEmpty ? nil : Self.bibTeXEscape(text)
    }

    /// "Grossmann, K. and Mallach, A.". A name given as "Family, Given" is left for BibTeX to
    /// split; any other name ("Irene Ponzo", "UN DESA") is braced whole, since splitting it
    /// would guess where the family name starts. "Greg et al." becomes "{Greg} and others".
    static func bibTeXNames(_ names: [String]) -> String? {
        guard !names.isEmpty else { return nil }
        var parts: [String] = []
        var others = false
        for name in names {
            var name = name
            if name.hasSuffix(" et al.") {
                name.removeLast(" et al.".count)
                others = true
            }
            let escaped = bibTeXEscape(name)
            parts.append(name.contains(",") ? escaped : "{" + escaped + "}")
        }
        if others { parts.append("others") }
        return parts.joined(separator: " and ")
    }

    /// Escapes TeX's special characters; letters outside ASCII are kept (biber reads UTF-8).
    static func bibTeXEscape(_ text: String) -> String {
        guard text.utf8.contains(where: { isBibTeXSpecial($0) || $0 < 0x20 }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\\"): out += "\\textbackslash{}".utf8
            case UInt8(ascii: "~"): out += "\\textasciitilde{}".utf8
            case UInt8(ascii: "^"): out += "\\textasciicircum{}".utf8
            case _ where isBibTeXSpecial(byte): out += [UInt8(ascii: "\\"), byte]
            case ..<0x20: out.append(UInt8(ascii: " "))
            default: out.append(byte)
            }
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// The ASCII characters TeX gives a meaning.
    private static func isBibTeXSpecial(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "\\"), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "&"), UInt8(ascii: "%"), UInt8(ascii: "$"),
             UInt8(ascii: "#"), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "^"): true
        default: false
        }
    }

    /// A URL or DOI, which biblatex reads verbatim: only braces, which would end the field, are
    /// percent-encoded.
    static func bibTeXVerbatim(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "}") }) else { return text }
        return text.replacingOccurrences(of: "{", with: "%7B").replacingOccurrences(of: "}", with: "%7D")
    }
}

/// RIS, the tagged format reference managers (Zotero, EndNote, Mendeley) import: one
/// `TAG  - value` line per field, ending with `ER  - `.
extension Citation {
    var ris: String {
        let type = switch kind {
        case .report: "RPRT"
        case .partOfReport, .inCollection: "CHAP"
        case .book: "BOOK"
        case .article: "JOUR"
        case .misc: "GEN"
        }
        var lines = ["TY  - " + type]
        func add(_ tag: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            lines.append(tag + "  - " + Self.risLine(value))
        }
        authors.forEach { add("AU", $0) }
        editors.forEach { add("ED", $0) }
        add("TI", fullTitle)
        // T2: the book or journal; T3: the part of the publication (a series-like grouping).
        add("T2", fullContainerTitle)
        add("T3", part)
        add("PY", year)
        add("VL", volume)
        add("IS", issue)
        add("SP", pages)
        add("PB", publisher)
        add("CY", place)
        add("SN", isbn)
        add("DO", doi)
        add("UR", url)
        add("LA", language)
        add("N1", note)
        add("KW", incomplete ? Self.incompleteKeyword : nil)
        add("ID", key)
        lines.append("ER  - ")
        return lines.joined(separator: "\r\n") + "\r\n"
    }

    /// A value on one line: RIS has no way to continue one.
    private static func risLine(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x0A || $0 == 0x0D }) else { return value }
        return String(value.map { $0 == "\n" || $0 == "\r" || $0 == "\r\n" ? " " : $0 })
    }
}

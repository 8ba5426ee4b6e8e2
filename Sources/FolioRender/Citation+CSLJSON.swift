import Foundation

/// CSL-JSON, the input of citeproc processors (Zotero, Pandoc, citeproc-js): a list holding the
/// one item.
extension Citation {
    var cslJSON: String {
        var item: [(String, JSONValue)] = [("id", .string(key)), ("type", .string(Self.cslType(kind)))]
        func set(_ name: String, _ value: String?) {
            if let value, !value.isEmpty { item.append((name, .string(value))) }
        }
        if !authors.isEmpty { item.append(("author", .array(authors.map(Self.cslName)))) }
        if !editors.isEmpty { item.append(("editor", .array(editors.map(Self.cslName)))) }
        set("title", fullTitle)
        set("container-title", fullContainerTitle)
        // A report's part ("Forewords") is the nearest CSL has to a section of a work.
        set("section", part)
        if let year {
            // "2020c" (a year with the source's letter) is kept as written, not read as 2020.
            item.append(("issued", .object([Int(year).map { ("date-parts", .array([.array([.int($0)])])) } ?? ("literal", .string(year))])))
        }
        set("volume", volume)
        set("issue", issue)
        set("page", pages)
        set("publisher", publisher)
        set("publisher-place", place)
        set("ISBN", isbn)
        set("DOI", doi)
        set("URL", url)
        set("language", language)
        set("note", note)
        set("keyword", incomplete ? Self.incompleteKeyword : nil)
        return JSONValue.array([.object(item)]).text(indent: 2) + "\n"
    }

    private static func cslType(_ kind: Kind) -> String {
        switch kind {
        case .report: "report"
        case .partOfReport, .inCollection: "chapter"
        case .book: "book"
        case .article: "article-journal"
        case .misc: "document"
        }
    }

    /// "Grossmann, K." → family and given; any other name as written (`literal`), never split
    /// by guessing.
    private static func cslName(_ name: String) -> JSONValue {
        let parts = name.split(separator: ",", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
        if parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty { return .object([("family", .string(parts[0])), ("given", .string(parts[1]))]) }
        return .object([("literal", .string(name))])
    }
}

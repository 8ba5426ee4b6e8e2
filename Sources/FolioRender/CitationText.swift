import FolioMarkdown

/// A page's citation as the "Cite this" block shows it, in the reader's language: the names,
/// the year (only when known), the title (a chapter's in the language's quotation marks, then
/// "In:" and the publication in italics, with its part), the publisher and the URL.
/// What the citation does not have is left out, never filled in.
struct CitationText {
    let strings: UIStrings

    func html(_ citation: Citation) -> String {
        var parts: [String] = []
        // The year follows the names, or the title when no names are given.
        var year = citation.year.map { " (" + HTML.escape($0) + ")" } ?? ""
        if !citation.authors.isEmpty {
            parts.append(HTML.escape(citation.authors.joined(separator: ", ")) + year)
            year = ""
        }
        if let title = citation.fullTitle {
            var marked = HTML.escape(title)
            if let language = citation.titleLanguage { marked = "<span lang=\"\(HTML.escape(language))\">\(marked)</span>" }
            if citation.kind == .report {
                parts.append("<cite>\(marked)</cite>" + year)
            } else {
                parts.append(HTML.escape(strings["cite-quote-open"]) + marked + HTML.escape(strings["cite-quote-close"]) + year)
            }
        }
        if let container = citation.fullContainerTitle {
            var text = HTML.escape(strings["cite-in"]) + " <cite>" + HTML.escape(container) + "</cite>"
            if let part = citation.part { text += ", " + HTML.escape(part) }
            parts.append(text)
        }
        if let publisher = citation.publisher { parts.append(HTML.escape(publisher)) }
        if let url = citation.url { parts.append("<a href=\"\(HTML.escape(url))\">\(HTML.escape(url))</a>") }
        return parts.joined(separator: ". ")
    }
}

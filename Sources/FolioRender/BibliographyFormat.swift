import FolioMarkdown
import FolioModel

/// One bibliography entry as HTML, author–year style; only what the entry gives is shown.
enum BibliographyFormat {
    static func html(_ entry: BibliographyEntry) -> String {
        var parts: [String] = []
        var head = HTML.escape(entry.authors.joined(separator: ", "))
        if head.isEmpty { head = HTML.escape(entry.editors.joined(separator: ", ")) }
        if let year = entry.year { head += head.isEmpty ? HTML.escape(year) : " (\(HTML.escape(year)))" }
        if !head.isEmpty { parts.append(head) }
        if let title = entry.title {
            let full = entry.subtitle.map { "\(title): \($0)" } ?? title
            parts.append("<cite>\(HTML.escape(full))</cite>")
        }
        if let container = entry.containerTitle {
            var text = "In: " + HTML.escape(container)
            if let volume = entry.volume { text += " " + HTML.escape(volume) }
            if let issue = entry.issue { text += "(\(HTML.escape(issue)))" }
            if let pages = entry.pages { text += ", " + HTML.escape(pages) }
            parts.append(text)
        }
        let imprint = [entry.place, entry.publisher].compactMap { $0 }.map(HTML.escape).joined(separator: ": ")
        if !imprint.isEmpty { parts.append(imprint) }
        if let date = entry.date { parts.append(HTML.escape(date)) }
        if let isbn = entry.isbn { parts.append("ISBN " + HTML.escape(isbn)) }
        if let doi = entry.doi {
            let href = "https://doi.org/" + doi
            parts.append("<a href=\"\(HTML.escape(href))\">doi:\(HTML.escape(doi))</a>")
        } else if let url = entry.url {
            parts.append("<a href=\"\(HTML.escape(url))\">\(HTML.escape(url))</a>")
        }
        var html = parts.joined(separator: ". ")
        if !html.hasSuffix(".") && !html.hasSuffix("</a>") { html += "." }
        if let note = entry.note { html += " <span class=\"bib-note\">\(HTML.escape(note))</span>" }
        return html
    }
}

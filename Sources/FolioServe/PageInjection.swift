import FolioMarkdown

/// What serve mode adds to the HTML it sends (never to a built file): the live-reload script before
/// `</body>`, and on the 404 page the list of the nearest existing paths before `</main>`.
enum PageInjection {
    static func liveReload(into html: [UInt8], generation: Int) -> [UInt8] {
        insert(Array(LiveReloadScript.tag(generation: generation).utf8), before: "</body>", in: html)
    }

    static func nearest(_ paths: [String], into html: [UInt8]) -> [UInt8] {
        guard !paths.isEmpty else { return html }
        let items = paths.map { "<li><a href=\"\(HTML.escape($0))\">\(HTML.escape($0))</a></li>" }.joined()
        let list = "<nav class=\"folio-nearest\" aria-label=\"Nearest pages\"><p>Nearest pages:</p><ul>\(items)</ul></nav>\n"
        return insert(Array(list.utf8), before: "</main>", in: html)
    }

    /// A page for when there is no good build yet: the errors, and the script that reloads it
    /// once they are fixed.
    static func noSite(errors: [String], generation: Int) -> [UInt8] {
        let text = errors.map { "<pre>\(HTML.escape($0))</pre>" }.joined(separator: "\n")
        let page = "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>folio serve: build failed</title></head>"
            + "<body><h1>The site does not build yet</h1>\n\(text)\n</body></html>\n"
        return liveReload(into: Array(page.utf8), generation: generation)
    }

    /// Inserts `snippet` before the last occurrence of `marker`, or at the end when there is none.
    private static func insert(_ snippet: [UInt8], before marker: String, in html: [UInt8]) -> [UInt8] {
        let needle = Array(marker.utf8)
        var index = html.count - needle.count
        while index >= 0 {
            if html[index] == needle[0], Array(html[index..<index + needle.count]) == needle { break }
            index -= 1
        }
        var out = html
        out.insert(contentsOf: snippet, at: index >= 0 ? index : html.count)
        return out
    }
}

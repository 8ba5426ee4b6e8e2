import FolioMarkdown

/// What serve mode adds to the HTML it sends (never to a built file): the live-reload script before
/// `</body>`, and on the 404 page the list of the nearest existing paths before `</main>` and a
/// `<base>` (the 404 page is built for the site's root folder, and is served at any depth).
enum PageInjection {
    static func liveReload(into html: [UInt8], generation: Int) -> [UInt8] {
        insert(Array(LiveReloadScript.tag(generation: generation).utf8), before: "</body>", in: html)
    }

    static func notFound(_ html: [UInt8], nearest paths: [String], basePath: String) -> [UInt8] {
        let base = "<base href=\"\(HTML.escape(basePath))\">"
        let items = paths.map { "<li><a href=\"\(HTML.escape($0))\">\(HTML.escape($0))</a></li>" }.joined()
        let list = paths.isEmpty ? ""
            : "<nav class=\"folio-nearest\" aria-label=\"Nearest pages\"><p>Nearest pages:</p><ul>\(items)</ul></nav>\n"
        let listed = insert(Array(list.utf8), before: "</main>", in: html)
        guard let head = find("<head>", in: listed, last: false) else { return listed }
        var out = listed
        out.insert(contentsOf: Array(base.utf8), at: head + "<head>".utf8.count)
        return out
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
        var out = html
        out.insert(contentsOf: snippet, at: find(marker, in: html, last: true) ?? html.count)
        return out
    }

    /// Where `marker` first (or last) occurs in `html`.
    private static func find(_ marker: String, in html: [UInt8], last: Bool) -> Int? {
        let needle = Array(marker.utf8)
        guard html.count >= needle.count else { return nil }
        let starts = 0...(html.count - needle.count)
        let matches = { (index: Int) in html[index..<index + needle.count].elementsEqual(needle) }
        return last ? starts.reversed().first(where: matches) : starts.first(where: matches)
    }
}

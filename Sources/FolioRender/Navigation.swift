import Foundation
import FolioMarkdown
import FolioModel
import FolioResolve

/// The publication's structure (parts and their chapters) as HTML, rendered once per language
/// and open part rather than once per page; a page only marks its own entry as current.
struct Navigation {
    /// Beyond these sizes the navigation links to the part pages instead of listing everything,
    /// so that a page's size does not grow with the size of the publication.
    static let maxParts = 30
    static let maxChaptersPerPart = 60

    /// The keys of the navigation's model besides the site-wide links (see `TemplateVocabulary`).
    static let viewKeys: Set<String> = ["nav", "href", "text", "open", "chapters"]

    /// By page depth (see `PagePlace`), part group (or -1 for none) → HTML, for one language:
    /// the links are relative, so each depth a page can sit at has its own copy.
    private let variants: [[Int: String]]
    /// By page depth, chapter group → (its part group, the opening tag of its link in the navigation).
    private let chapters: [[Int: (part: Int, anchor: String)]]

    /// Stands for a page's way back to the site root while each variant is rendered once: a
    /// Unicode noncharacter (U+FDD0, reserved for internal use, which no text contains; Swift
    /// refuses it in a literal).
    private static let rootMarker = String(decoding: [0xEF, 0xB7, 0x90] as [UInt8], as: UTF8.self)

    /// `maxDepth`: the deepest folder a page of the language sits in. Each variant is rendered
    /// once, then copied for every depth with the marker replaced by that depth's root.
    init(naming: Naming, templates: TemplateSet, siteValues: ViewModel, maxDepth: Int) {
        let resolved = naming.resolved
        let allParts = resolved.groups(.part)
        let parts = allParts.count <= Self.maxParts ? allParts : []
        func listedChapters(_ part: Int) -> [Int] {
            let chapters = resolved.chaptersOfPart[part] ?? []
            return chapters.count <= Self.maxChaptersPerPart ? chapters : []
        }
        let root = Self.rootMarker
        func model(open: Int) -> ViewModel {
            var model = naming.environment.links(root: root)
            model["nav"] = .list(parts.map { part -> ViewValue in
                .map(["href": .text(naming.url(part, root: root).href), "text": .text(naming.title(part)), "open": .flag(part == open),
                      "chapters": PageViewModel.section(listedChapters(part).map { chapter -> ViewValue in
                          .map(["href": .text(naming.url(chapter, root: root).href), "text": .text(naming.linkText(chapter))])
                      }) ?? false])
            })
            return model
        }
        var marked: [Int: String] = [-1: templates.render(model(open: -1), "nav", below: siteValues)]
        var chapters: [Int: (part: Int, anchor: String)] = [:]
        for part in parts {
            marked[part] = templates.render(model(open: part), "nav", below: siteValues)
            for chapter in listedChapters(part) {
                chapters[chapter] = (part, "<a href=\"\(HTML.escape(naming.url(chapter, root: root).href))\">")
            }
        }
        let markedPieces = marked.mapValues(Self.pieces)
        let anchorPieces = chapters.mapValues { ($0.part, Self.pieces($0.anchor)) }
        variants = (0...max(0, maxDepth)).map { depth in
            let root = PagePlace.root(depth: depth)
            return markedPieces.mapValues { $0.joined(separator: root) }
        }
        self.chapters = (0...max(0, maxDepth)).map { depth in
            let root = PagePlace.root(depth: depth)
            return anchorPieces.mapValues { ($0.0, $0.1.joined(separator: root)) }
        }
    }

    /// The text between the root markers, to be joined with a depth's root.
    private static func pieces(_ html: String) -> [Substring] {
        var pieces: [Substring] = []
        var start = html.startIndex
        while let marker = TextSearch.range(of: rootMarker, in: html, from: start) {
            pieces.append(html[start..<marker.lowerBound])
            start = marker.upperBound
        }
        pieces.append(html[start...])
        return pieces
    }

    /// The navigation for a page at `depth`: its part opened, its own chapter marked as the current page.
    func html(for group: Int?, depth: Int) -> String {
        let variants = self.variants[min(depth, self.variants.count - 1)]
        let chapters = self.chapters[min(depth, self.chapters.count - 1)]
        guard let group else { return variants[-1]! }
        if let part = variants[group] { return part }
        guard let chapter = chapters[group], let html = variants[chapter.part] else { return variants[-1]! }
        guard let range = TextSearch.range(of: chapter.anchor, in: html) else { return html }
        var marked = String(html[..<range.lowerBound])
        marked += chapter.anchor.dropLast()
        marked += " aria-current=\"page\">"
        marked += html[range.upperBound...]
        return marked
    }
}

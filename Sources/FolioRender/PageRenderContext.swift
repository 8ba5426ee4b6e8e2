import FolioMarkdown
import FolioModel
import FolioResolve

/// Answers the Markdown renderer for one page: link URLs and texts, section numbers, tables.
struct PageRenderContext: MarkdownRenderContext {
    let naming: Naming
    /// The page's way back to the site root, in front of every internal link (see `PagePlace`).
    let root: String
    let pageIndex: Int
    let group: Int
    let tables: TableRenderer
    /// "2.1" for each level-2 heading of a numbered chapter, by heading index.
    let sectionNumbers: [String?]

    init(naming: Naming, root: String, pageIndex: Int, group: Int, tables: TableRenderer) {
        self.naming = naming
        self.root = root
        self.pageIndex = pageIndex
        self.group = group
        self.tables = tables
        let resolved = naming.resolved
        var numbers: [String?] = []
        var ordinal = 0
        let chapter = resolved.site.pages[pageIndex].data.role == .chapter ? resolved.numbers[group] : nil
        for heading in resolved.site.pages[pageIndex].outline.headings {
            if heading.level == 2, let chapter {
                ordinal += 1
                numbers.append("\(chapter).\(ordinal)")
            } else {
                numbers.append(nil)
            }
        }
        self.sectionNumbers = numbers
    }

    private var resolved: ResolvedSite { naming.resolved }

    func link(at index: Int) -> RenderedLink? {
        guard let target = resolved.links[pageIndex][index] else { return nil }
        switch target {
        case .external(let url):
            return RenderedLink(href: url, attributes: url.hasPrefix("http") ? [("rel", "external")] : [])
        case .anchor(let anchor):
            return RenderedLink(href: "#" + anchor)
        case .language(let tag):
            // Text in the page's own language needs no mark (a translation may keep the original's).
            return tag == resolved.site.pages[pageIndex].language ? nil : RenderedLink(href: nil, attributes: [("lang", tag)])
        case .page(let to, let anchor):
            let (href, hreflang) = naming.url(to, root: root)
            var attributes: [(name: String, value: String)] = [("class", "xref xref-" + resolved.groups[to].kind.rawValue)]
            if let hreflang { attributes.append(("hreflang", hreflang)) }
            if resolved.site.pages[pageIndex].outline.links[index].hasEmptyText { attributes += textLanguage(of: hreflang) }
            if case .term(let term) = naming.page(to).data { attributes.append(("title", term.definition)) }
            return RenderedLink(href: href + (anchor.map { "#" + $0 } ?? ""), text: naming.linkText(to), attributes: attributes)
        case .table(let to, let id):
            let (href, hreflang) = naming.url(to, root: root)
            var attributes: [(name: String, value: String)] = [("class", "xref xref-table")]
            if let hreflang { attributes.append(("hreflang", hreflang)) }
            let number = resolved.tables[id]?.number ?? 0
            var text = naming.environment.strings["table"] + " \(number)"
            // A table numbered in another count than this page's (a report's against the
            // publication's) names whose count it is: "Table 3 (Committee of the Regions study)".
            let scope = resolved.tableScope(of: to)
            if scope != resolved.tableScope(of: group) {
                text += " (" + (scope.map { naming.environment.sourceLabel(resolved.groups[$0].id) } ?? naming.environment.publicationName) + ")"
            }
            return RenderedLink(href: (to == group ? "" : href) + "#" + id, text: text, attributes: attributes)
        case .citation(let entries, let locator):
            let full = naming.citation(entries, locator: locator)
            return RenderedLink(href: naming.bibliographyURL(entries[0], root: root), text: full, attributes: [("class", "citation")],
                                around: (String(full.dropLast()) + ", ", ")"))
        }
    }

    /// `lang` for a link text Folio fills in, when it is in another language than the text around
    /// it: the original's title of a page not translated yet (`hreflang`) in a translated page, or
    /// a title in the reader's language inside a page shown in the original.
    private func textLanguage(of hreflang: String?) -> [(name: String, value: String)] {
        let linkLanguage = hreflang ?? naming.environment.language
        return linkLanguage == resolved.site.pages[pageIndex].language ? [] : [("lang", linkLanguage)]
    }

    func sectionNumber(forHeading index: Int) -> String? {
        sectionNumbers[index]
    }

    func tableHTML(at index: Int, block: FencedBlock, parts: RenderedTableParts) -> String {
        tables.html(block: block, parts: parts, naming: naming, root: root)
    }
}

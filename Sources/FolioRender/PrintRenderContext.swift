import FolioMarkdown
import FolioModel
import FolioResolve

/// Answers the Markdown renderer for one body inside a print edition: a link to a page, heading
/// or table the edition holds becomes a link to its place on the edition's page; a link to a page
/// outside it stays a relative link and carries the page's published address in `data-url`, which
/// the print stylesheet shows after it on paper. Everything else is the page's own answer.
struct PrintRenderContext: MarkdownRenderContext {
    let page: PageRenderContext
    /// Group → the id of its section in the edition (`chapter.bridging-figures`), for the groups it holds.
    let anchors: [Int: String]
    /// Bibliography entries listed at the end of the edition.
    let references: Set<Int>
    /// The origin of `base_url` (`https://piste.uniurb.it`), in front of published paths.
    let origin: String

    private var resolved: ResolvedSite { page.naming.resolved }

    /// The id of an element of `group`'s body on the edition's page: its section's id, a dot, its own id.
    static func anchor(section: String, _ id: String) -> String { section + "." + id }

    func link(at index: Int) -> RenderedLink? {
        guard var link = page.link(at: index), let target = resolved.links[page.pageIndex][index] else { return nil }
        switch target {
        case .anchor(let id):
            link.href = "#" + Self.anchor(section: anchors[page.group] ?? "", id)
        case .page(let to, let id):
            if let section = anchors[to] {
                // A heading of the page has its section's prefix; any other anchor (a table) is unique as it is.
                let headings = page.naming.page(to).outline.headings
                link.href = "#" + (id.map { id in headings.contains { $0.id == id } ? Self.anchor(section: section, id) : id } ?? section)
                link.attributes.removeAll { $0.name == "hreflang" }
            } else {
                link.attributes.append(("data-url", origin + resolved.url(of: to, in: page.naming.environment.language)
                                        + (id.map { "#" + $0 } ?? "")))
            }
        case .table(let to, let id):
            if anchors[to] != nil {
                link.href = "#" + id
                link.attributes.removeAll { $0.name == "hreflang" }
            } else {
                link.attributes.append(("data-url", origin + resolved.url(of: to, in: page.naming.environment.language) + "#" + id))
            }
        case .citation(let entries, _):
            if references.contains(entries[0]) { link.href = "#ref-" + resolved.site.data.bibliography[entries[0]].id }
        case .external, .language:
            break
        }
        return link
    }

    func sectionNumber(forHeading index: Int) -> String? {
        page.sectionNumber(forHeading: index)
    }

    func tableHTML(at index: Int, block: FencedBlock, parts: RenderedTableParts) -> String {
        page.tableHTML(at: index, block: block, parts: parts)
    }
}

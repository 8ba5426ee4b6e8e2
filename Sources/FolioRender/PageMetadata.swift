import FolioModel
import FolioResolve

/// What a page's `<head>` tells search engines, link previews and reference managers besides
/// its title and canonical link (`head-meta` template): the description, Open Graph and Twitter
/// card tags, and JSON-LD (schema.org: `Report` for the publication, `CreativeWork` for a part or
/// a record, `Chapter` for a chapter, `WebPage` for the rest, each `isPartOf` what holds it).
/// Google Scholar's tags come with a citable page's citation (`CiteBlock`).
struct PageMetadata {
    let naming: Naming
    /// The Open Graph locale of each language (`og-locale` in the theme's UI strings).
    let locales: [String: String]

    /// The keys of `values` (see `TemplateVocabulary`).
    static let viewKeys: Set<String> = [
        "description", "description_lang", "og_type", "og_title", "og_locale", "og_alternates", "json_ld",
    ]

    private var resolved: ResolvedSite { naming.resolved }
    private var config: SiteConfig { resolved.config }
    private var language: String { naming.environment.language }

    /// `description` is the page's own (its summary or first paragraph, in `textLanguage`), or
    /// nil for the site's; `translations`, the languages the page really exists in.
    func values(group: Int?, title: String, description: String?, canonical: String, textLanguage: String?,
                translations: [String]) -> ViewModel {
        let shown = textLanguage ?? language
        let text = description ?? PageDescription.cut(config.text(config.description, in: language))
        let home = resolved.index(.page)["home"]
        let isHome = group != nil && group == home
        var values: ViewModel = [
            "description": .text(text),
            // A page shown in the original describes itself in the original's language.
            "description_lang": ViewValue(description != nil && shown != language ? shown : nil),
            "og_type": .text(isHome ? "website" : "article"),
            "og_title": .text(title),
            "og_locale": .text(locales[shown] ?? shown),
            "og_alternates": .list(translations.filter { $0 != shown }.map { .text(locales[$0] ?? $0) }),
        ]
        var node: [(String, JSONValue)] = [("@context", "https://schema.org")]
        node += group.map { self.node($0, top: true) } ?? [("@type", "WebPage"), ("name", .string(title)), ("isPartOf", .object(report()))]
        node += [("url", .string(canonical)), ("inLanguage", .string(shown)), ("description", .string(text))]
        if let publisher = config.publisher, !publisher.isEmpty {
            node.append(("publisher", .object([("@type", "Organization"), ("name", .string(publisher))])))
        }
        values["json_ld"] = .text(JSONValue.object(node).text(scriptSafe: true))
        return values
    }

    /// A group as a schema.org node: its type and name, its URL (for what holds the page), what
    /// holds it, and on the page itself its authors.
    private func node(_ group: Int, top: Bool = false) -> [(String, JSONValue)] {
        let page = naming.page(group)
        if group == resolved.index(.page)["home"] {
            // On the home page itself, the URL is the canonical one, added with the page's own fields.
            return report(withURL: !top) + (top ? authors(config.authors) : [])
        }
        let type: String
        var parent: Int?
        var names: [String] = []
        switch page.data {
        case .part, .checklist, .record:
            type = "CreativeWork"
        case .chapter(let chapter):
            type = "Chapter"
            parent = naming.part(ofChapter: group)
            names = chapter.authors
        case .recommendation(let data):
            type = "CreativeWork"
            parent = data.section.flatMap { resolved.index(.chapter)[$0.value] }
        case .challenge(let data):
            type = "CreativeWork"
            parent = data.section.flatMap { resolved.index(.chapter)[$0.value] }
        case .town, .term, .page:
            type = "WebPage"
        }
        var node: [(String, JSONValue)] = [("@type", .string(type)), ("name", .string(naming.linkText(group)))]
        if !top { node.append(("url", .string(config.origin + resolved.url(of: group, in: language)))) }
        if top { node += authors(names) }
        node.append(("isPartOf", .object(parent.map { self.node($0) } ?? report())))
        return node
    }

    private func authors(_ names: [String]) -> [(String, JSONValue)] {
        names.isEmpty ? [] : [("author", .array(names.map { .object([("@type", "Person"), ("name", .string($0))]) }))]
    }

    /// The publication in the reader's language.
    private func report(withURL: Bool = true) -> [(String, JSONValue)] {
        var report: [(String, JSONValue)] = [("@type", "Report"), ("name", .string(config.text(config.title, in: language)))]
        let subtitle = config.text(config.subtitle, in: language)
        if !subtitle.isEmpty { report.append(("alternativeHeadline", .string(subtitle))) }
        if withURL { report.append(("url", .string(config.origin + config.basePath + language + "/"))) }
        return report
    }
}

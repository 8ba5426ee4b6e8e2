import FolioModel
import FolioResolve

/// What every page of one language shares: UI strings, content labels, and the parts rendered
/// once per language (navigation), not once per page.
struct LanguageEnvironment {
    let language: String
    let strings: UIStrings
    let labels: Labels
    let defaultLabels: Labels
    /// What every page of the language shows alike (site title, UI strings, footer), looked up
    /// below each page's own model.
    let siteValues: ViewModel
    /// Paths from the site root of the pages every page links to (see `PagePlace`).
    let homePath: String
    let bibliographyPath: String
    let glossaryPath: String?
    /// Id → title in this language of the records that other records name as their source (a
    /// report), so that a figure's `source: must-a-lab` is shown as the report's title.
    let sourceTitles: [String: String]
    /// The publication's name in this language, beside the reports published with it: its
    /// subtitle ("White Paper and Policy Brief of …"), or its title when it has none.
    let publicationName: String
    /// The search page's path, when the site has search.
    let searchPath: String?
    var navigation: Navigation?

    /// The keys of `siteValues` and of `links(root:)` (see `TemplateVocabulary`). `t`'s own keys
    /// are the UI strings, which `UIStringsCheck` checks.
    static let viewKeys: Set<String> = [
        "lang", "t", "site_title", "site_subtitle", "site_description", "site_authors", "publisher", "site_isbn", "site_doi",
        "year", "licence",
        "root", "home", "assets", "glossary", "bibliography_url", "finder_url", "search_url", "pagefind_url",
    ]

    init(language: String, resolved: ResolvedSite, theme: Theme) {
        self.language = language
        let config = resolved.config
        strings = UIStrings(theme: theme, language: language, defaultLanguage: config.defaultLanguage)
        labels = resolved.site.data.labels[language] ?? Labels()
        defaultLabels = resolved.site.data.labels[config.defaultLanguage] ?? Labels()
        homePath = PagePlace.page(language + "/")
        bibliographyPath = PagePlace.page(language + "/bibliography/")
        glossaryPath = resolved.index(.page)["glossary"].map { PagePlace.page(resolved.folder(of: $0, in: language)) }
        searchPath = config.search == .off ? nil : PagePlace.page(SearchPage.folder(language))
        let sourceKinds = Set(resolved.schemas.all.flatMap { $0.originFields.flatMap(\.targets) })
        sourceTitles = Dictionary(resolved.groups.indices.filter { sourceKinds.contains(resolved.groups[$0].kind) }.map { group in
            (resolved.groups[group].id, resolved.site.pages[resolved.page(of: group, in: language).index].title)
        }, uniquingKeysWith: { first, _ in first })
        let subtitle = config.text(config.subtitle, in: language)
        publicationName = subtitle.isEmpty ? config.text(config.title, in: language) : subtitle
        siteValues = [
            "lang": .text(language),
            // Every UI string, resolved once per language for templates (`{{t.next}}`).
            "t": .map(strings.all.mapValues(ViewValue.text)),
            "site_title": .text(config.text(config.title, in: language)),
            "site_subtitle": .text(config.text(config.subtitle, in: language)),
            "site_description": .text(config.text(config.description, in: language)),
            // The publication's authors or editors (a chapter's own `authors` are the page's).
            "site_authors": ViewValue(config.authors.isEmpty ? nil : config.authors.joined(separator: ", ")),
            "publisher": ViewValue(config.publisher),
            "site_isbn": ViewValue(config.isbn),
            "site_doi": ViewValue(config.doi),
            "year": ViewValue(config.year.map(String.init)),
            "licence": ViewValue(config.licence),
        ]
    }

    /// The site-wide links for a page whose way back to the site root is `root`: set on each
    /// page's model, since they are relative to the page (`root` is given to templates too).
    /// `pagefind_url` is the language's own search index (FolioSearch's `Pagefind.bundleFolder`).
    func links(root: String) -> ViewModel {
        ["root": .text(root), "home": .text(root + homePath), "assets": .text(root + "assets/"),
         "glossary": ViewValue(glossaryPath.map { root + $0 }), "bibliography_url": .text(root + bibliographyPath),
         "finder_url": .text(root + PagePlace.page(RecommendationFinder.folder(language))),
         "search_url": ViewValue(searchPath.map { root + $0 }), "pagefind_url": .text(root + language + "/pagefind/")]
    }

    /// A source in this language: its label under `sources:` in `_labels.yaml`, or the title of
    /// the report the id names (`must-a-lab`), or the id as written.
    func sourceLabel(_ source: String) -> String {
        labels.sources[source] ?? defaultLabels.sources[source] ?? sourceTitles[source] ?? source
    }

    func label(_ table: KeyPath<Labels, [String: String]>, _ key: String) -> String {
        labels[keyPath: table][key] ?? defaultLabels[keyPath: table][key] ?? key
    }
}

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
    var navigation: Navigation?

    init(language: String, resolved: ResolvedSite, theme: Theme) {
        self.language = language
        let config = resolved.config
        strings = UIStrings(theme: theme, language: language, defaultLanguage: config.defaultLanguage)
        labels = resolved.site.data.labels[language] ?? Labels()
        defaultLabels = resolved.site.data.labels[config.defaultLanguage] ?? Labels()
        let basePath = config.basePath
        siteValues = [
            "lang": .text(language),
            // Every UI string, resolved once per language for templates (`{{t.next}}`).
            "t": .map(strings.all.mapValues(ViewValue.text)),
            "site_title": .text(config.text(config.title, in: language)),
            "site_subtitle": .text(config.text(config.subtitle, in: language)),
            "site_description": .text(config.text(config.description, in: language)),
            "home": .text(basePath + language + "/"),
            "assets": .text(basePath + "assets/"),
            "publisher": ViewValue(config.publisher),
            "site_isbn": ViewValue(config.isbn),
            "site_doi": ViewValue(config.doi),
            "year": ViewValue(config.year.map(String.init)),
            "licence": ViewValue(config.licence),
            "glossary": ViewValue(resolved.index[.page]?["glossary"].map { resolved.url(of: $0, in: language) }),
            "bibliography_url": .text(basePath + language + "/bibliography/"),
        ]
    }

    func label(_ table: KeyPath<Labels, [String: String]>, _ key: String) -> String {
        labels[keyPath: table][key] ?? defaultLabels[keyPath: table][key] ?? key
    }
}

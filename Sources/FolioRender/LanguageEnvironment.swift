import FolioModel
import FolioResolve

/// What every page of one language shares: UI strings, content labels, and the parts rendered
/// once per language (navigation), not once per page.
struct LanguageEnvironment {
    let language: String
    let strings: UIStrings
    let labels: Labels
    let defaultLabels: Labels
    /// Every UI string, resolved once per language for templates (`{{t.next}}`); typed as the
    /// templates' dictionaries so that no lookup converts it.
    let allStrings: [String: Any]
    /// What every page of the language shows alike (site title, UI strings, footer), looked up
    /// below each page's own model.
    let siteValues: [String: Any]
    var navigation: Navigation?

    init(language: String, resolved: ResolvedSite, theme: Theme) {
        self.language = language
        let config = resolved.config
        strings = UIStrings(theme: theme, language: language, defaultLanguage: config.defaultLanguage)
        labels = resolved.site.data.labels[language] ?? Labels()
        defaultLabels = resolved.site.data.labels[config.defaultLanguage] ?? Labels()
        allStrings = strings.all
        let basePath = config.basePath
        siteValues = [
            "lang": language,
            "t": allStrings,
            "site_title": config.text(config.title, in: language),
            "site_subtitle": config.text(config.subtitle, in: language),
            "site_description": config.text(config.description, in: language),
            "home": basePath + language + "/",
            "assets": basePath + "assets/",
            "publisher": config.publisher ?? false,
            "year": config.year.map(String.init) ?? false,
            "licence": config.licence ?? false,
            "glossary": resolved.index[.page]?["glossary"].map { resolved.url(of: $0, in: language) } ?? false,
            "bibliography_url": basePath + language + "/bibliography/",
        ]
    }

    func label(_ table: KeyPath<Labels, [String: String]>, _ key: String) -> String {
        labels[keyPath: table][key] ?? defaultLabels[keyPath: table][key] ?? key
    }
}

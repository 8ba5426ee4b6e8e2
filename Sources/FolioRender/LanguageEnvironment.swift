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

/// The texts that name a page or a record in a language, shared by links, lists and titles.
struct Naming {
    let resolved: ResolvedSite
    let environment: LanguageEnvironment

    func page(_ group: Int) -> Page {
        resolved.site.pages[resolved.page(of: group, in: environment.language).index]
    }

    /// "Recommendation PB2.3", "3 Local policymaking", "Bebra".
    func linkText(_ group: Int) -> String {
        let page = self.page(group)
        switch page.kind {
        case .recommendation:
            return recordLabel(group) + " " + (resolved.numbers[group] ?? page.id)
        case .chapter:
            return resolved.numbers[group].map { "\($0) \(page.title)" } ?? page.title
        default:
            return page.title
        }
    }

    /// What the recommendations of a section are called: the part's record label, or the theme's.
    func recordLabel(_ recommendation: Int) -> String {
        if case .recommendation(let data) = page(recommendation).data, let section = data.section,
           let sectionGroup = resolved.index[.chapter]?[section.value],
           case .chapter(let chapter) = page(sectionGroup).data, let part = chapter.part,
           let partGroup = resolved.index[.part]?[part.value],
           case .part(let partData) = page(partGroup).data, let label = partData.recordLabel {
            return label
        }
        return environment.strings["recommendation"]
    }

    /// The URL of a group in the reader's language. Every page exists in every language; where
    /// it is not translated, `hreflang` names the language of its text (the default language).
    func url(_ group: Int) -> (href: String, hreflang: String?) {
        let (_, isFallback) = resolved.page(of: group, in: environment.language)
        return (resolved.url(of: group, in: environment.language), isFallback ? resolved.config.defaultLanguage : nil)
    }

    /// "(Rossi 2023; Verba et al. 1995)"
    func citation(_ entries: [Int], locator: String?) -> String {
        let labels = entries.map { resolved.site.data.bibliography[$0].citationLabel }
        return "(" + labels.joined(separator: "; ") + (locator.map { ", " + $0 } ?? "") + ")"
    }

    func bibliographyURL(_ entry: Int) -> String {
        resolved.config.basePath + environment.language + "/bibliography/#ref-" + resolved.site.data.bibliography[entry].id
    }
}

import FolioMarkdown
import FolioModel
import FolioResolve

/// Wraps a page's main content in the base layout: head metadata, hreflang alternates, language
/// switcher, navigation and footer.
struct Layout {
    let resolved: ResolvedSite
    let templates: TemplateSet
    let environments: [String: LanguageEnvironment]
    let namings: [String: Naming]
    /// The Open Graph locale of each language (`og-locale`).
    let locales: [String: String]

    /// The keys `page` adds to a page's model, and those of its `languages` and `alternates` (see `TemplateVocabulary`).
    static let viewKeys: Set<String> = [
        "page_title", "text_lang", "canonical", "nav_html", "languages", "alternates", "main",
        "code", "name", "current", "untranslated", "href",
    ]

    init(resolved: ResolvedSite, templates: TemplateSet, environments: [String: LanguageEnvironment], namings: [String: Naming]) {
        self.resolved = resolved
        self.templates = templates
        self.environments = environments
        self.namings = namings
        locales = environments.mapValues { $0.strings["og-locale"] }
    }

    /// Renders `template` for the main content, then the base layout around it, both with the
    /// page's model over the language's site-wide values (built once per language).
    /// `place` is where the page is written, which its links are relative to; `canonical`, its
    /// published path when it is not `place`'s folder (404.html).
    /// `textLanguage` is the language the page's text is in, when it is not the reader's (a page
    /// shown in the original): the main content is marked with it and the canonical URL is the original's.
    func page(model: ViewModel, template: String, group: Int?, language: String, title: String,
              place: PagePlace, canonical: String? = nil, textLanguage: String? = nil, capacity: Int = 32_768) -> [UInt8] {
        let config = resolved.config
        let environment = environments[language]!
        var full = model
        full.merge(environment.links(root: place.root)) { _, link in link }
        let ownPath = canonical ?? config.basePath + place.folder
        let isHome = group != nil && group == resolved.index(.page)["home"]
        full["page_title"] = .text(isHome ? config.text(config.title, in: language)
            : title + " · " + config.text(config.title, in: language))
        let isShownInOriginal = textLanguage != nil && textLanguage != language
        let canonicalURL: String
        if isShownInOriginal, let group {
            canonicalURL = absolute(resolved.url(of: group, in: textLanguage!))
            full["text_lang"] = .text(textLanguage!)
        } else {
            canonicalURL = absolute(ownPath)
            full["text_lang"] = false
        }
        full["canonical"] = .text(canonicalURL)
        full["nav_html"] = .text(environment.navigation?.html(for: group, depth: place.depth) ?? "")
        var languages: [ViewValue] = []
        var alternates: [ViewValue] = []
        for code in config.languages {
            var entry: ViewModel = ["code": .text(code), "name": .text(environments[code]!.strings["language-name"]),
                                    "current": false, "untranslated": false]
            if let group {
                let translated = resolved.groups[group].variants[code] != nil
                entry["href"] = .text(place.root + PagePlace.page(resolved.folder(of: group, in: code)))
                if translated {
                    alternates.append(["code": .text(code), "href": .text(absolute(resolved.url(of: group, in: code)))])
                } else {
                    entry["untranslated"] = true
                }
            } else {
                entry["href"] = .text(place.root + PagePlace.page(code + "/"))
            }
            if code == language { entry["current"] = true }
            languages.append(.map(entry))
        }
        full["languages"] = .list(languages)
        let description: String? = if case .text(let text)? = model["description"] { text } else { nil }
        let translations = group.map { group in config.languages.filter { resolved.groups[group].variants[$0] != nil } } ?? []
        let metadata = PageMetadata(naming: namings[language]!, locales: locales)
            .values(group: group, title: isHome ? config.text(config.title, in: language) : title, description: description,
                    canonical: canonicalURL, textLanguage: isShownInOriginal ? textLanguage : nil, translations: translations)
        full.merge(metadata) { _, new in new }
        if alternates.count > 1 { full["alternates"] = .list(alternates) }
        // The page template is rendered where base.mustache says {{{main}}}. `main` is set beside
        // the site's values, since setting it on `full` would copy the model the template holds.
        var outer = environment.siteValues
        outer["main"] = .inline(InlineTemplate(name: template, model: full, below: environment.siteValues))
        return templates.renderBytes(full, "base", below: outer, capacity: capacity)
    }

    /// The absolute URL of a site path, for canonical links and alternates.
    func absolute(_ path: String) -> String { resolved.config.origin + path }
}

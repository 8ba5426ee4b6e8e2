import FolioResolve

/// The site root's `index.html`: with JavaScript, it opens the first of the reader's languages
/// (`navigator.languages`) that the publication has; without it, or when the reader's languages
/// are not among them, it shows every language with the publication's title in it (`root`
/// template), never sending everyone to the default language. Its links are relative
/// (`de/index.html`), so it works from disk and under any sub-path.
struct LanguageChooser {
    let layout: Layout

    /// The keys of the chooser's model and of its languages (see `TemplateVocabulary`).
    static let viewKeys: Set<String> = ["languages", "canonical", "description", "code", "name", "choose", "title", "absolute", "last"]

    func page() -> [UInt8] {
        let config = layout.resolved.config
        let codes = config.languages
        let languages = codes.enumerated().map { index, code -> ViewValue in
            let strings = layout.environments[code]!.strings
            return ["code": .text(code), "name": .text(strings["language-name"]), "choose": .text(strings["choose-language"]),
                    "title": .text(config.text(config.title, in: code)),
                    "absolute": .text(layout.absolute(config.basePath + code + "/")), "last": .flag(index == codes.count - 1)]
        }
        let model: ViewModel = ["languages": .list(languages), "canonical": .text(layout.absolute(config.basePath)),
                                "description": .text(PageDescription.cut(config.text(config.description, in: config.defaultLanguage)))]
        return layout.templates.renderBytes(model, "root", below: layout.environments[config.defaultLanguage]!.siteValues)
    }
}

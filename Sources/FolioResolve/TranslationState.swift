import FolioModel

/// Where a page stands in a language.
public enum TranslationState: String, Sendable, CaseIterable {
    /// The default language's page itself.
    case original
    /// Translated from the current version of the original.
    case translated
    /// Translated, but the original has changed since (`source_hash` differs).
    case outdated
    /// Translated, with no record of which version of the original (no `source_hash`).
    case unmarked
    /// Not translated: readers get the original inside the language's pages.
    case missing
}

extension ResolvedSite {
    public func translationState(of group: Int, in language: String) -> TranslationState {
        if language == config.defaultLanguage { return .original }
        guard let index = groups[group].variants[language] else { return .missing }
        guard let recorded = site.pages[index].translatedFromHash else { return .unmarked }
        return recorded == site.pages[groups[group].original].contentHash ? .translated : .outdated
    }
}

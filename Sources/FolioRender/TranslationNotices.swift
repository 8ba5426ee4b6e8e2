import FolioResolve

/// The notices that keep readers informed: a page shown in the original language, or a
/// translation whose original has changed since.
enum TranslationNotices {
    /// The keys `add` sets (see `TemplateVocabulary`).
    static let viewKeys: Set<String> = ["fallback_notice", "outdated_notice", "text", "href", "link", "lang"]

    /// `root`: the page's way back to the site root, in front of the link to the original (see `PagePlace`).
    static func add(to model: inout ViewModel, job: PageJob, root: String, resolved: ResolvedSite, strings: UIStrings) {
        let original = root + PagePlace.page(resolved.folder(of: job.group, in: resolved.config.defaultLanguage))
        switch resolved.translationState(of: job.group, in: job.language) {
        case .missing:
            model["fallback_notice"] = [
                "text": .text(strings["fallback-notice"]), "href": .text(original),
                "link": .text(strings["fallback-link"]), "lang": .text(resolved.config.defaultLanguage),
            ]
        case .outdated:
            model["outdated_notice"] = [
                "text": .text(strings["outdated-notice"]), "href": .text(original),
                "link": .text(strings["outdated-link"]), "lang": .text(resolved.config.defaultLanguage),
            ]
        case .original, .translated, .unmarked:
            break
        }
    }
}

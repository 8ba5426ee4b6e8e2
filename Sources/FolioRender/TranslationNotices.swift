import FolioResolve

/// The notices that keep readers informed: a page shown in the original language, or a
/// translation whose original has changed since.
enum TranslationNotices {
    static func add(to model: inout ViewModel, job: PageJob, resolved: ResolvedSite, strings: UIStrings) {
        let original = resolved.url(of: job.group, in: resolved.config.defaultLanguage)
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

import FolioResolve

/// The notices that keep readers informed: a page shown in the original language, or a
/// translation whose original has changed since.
enum TranslationNotices {
    static func add(to model: inout [String: Any], job: PageJob, resolved: ResolvedSite, strings: UIStrings) {
        let original = resolved.url(of: job.group, in: resolved.config.defaultLanguage)
        switch resolved.translationState(of: job.group, in: job.language) {
        case .missing:
            let notice: [String: Any] = ["text": strings["fallback-notice"], "href": original,
                                         "link": strings["fallback-link"], "lang": resolved.config.defaultLanguage]
            model["fallback_notice"] = notice
        case .outdated:
            let notice: [String: Any] = ["text": strings["outdated-notice"], "href": original,
                                         "link": strings["outdated-link"], "lang": resolved.config.defaultLanguage]
            model["outdated_notice"] = notice
        case .original, .translated, .unmarked:
            break
        }
    }
}

import FolioResolve

/// The notices that keep readers informed: a page shown in the original language, or a
/// translation whose original has changed since.
enum TranslationNotices {
    static func add(to model: inout [String: Any], job: PageJob, resolved: ResolvedSite, strings: UIStrings) {
        let original = resolved.url(of: job.group, in: resolved.config.defaultLanguage)
        switch resolved.translationState(of: job.group, in: job.language) {
        case .missing:
            model["fallback_notice"] = ["text": strings["fallback-notice"], "href": original,
                                        "link": strings["fallback-link"], "lang": resolved.config.defaultLanguage]
        case .outdated:
            model["outdated_notice"] = ["text": strings["outdated-notice"], "href": original,
                                        "link": strings["outdated-link"], "lang": resolved.config.defaultLanguage]
        case .original, .translated, .unmarked:
            break
        }
    }
}

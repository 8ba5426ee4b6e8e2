import FolioResolve

/// One page to write: a group in a language, from its own translation or, where there is none,
/// from the original shown inside that language's pages.
struct PageJob {
    let group: Int
    let language: String
    /// The page whose text is shown.
    let page: Int
    let isFallback: Bool

    /// Every group in every language, in a fixed order.
    static func all(_ resolved: ResolvedSite) -> [PageJob] {
        var jobs: [PageJob] = []
        jobs.reserveCapacity(resolved.groups.count * resolved.config.languages.count)
        for group in resolved.groups.indices {
            for language in resolved.config.languages {
                let (page, isFallback) = resolved.page(of: group, in: language)
                jobs.append(PageJob(group: group, language: language, page: page, isFallback: isFallback))
            }
        }
        return jobs
    }
}

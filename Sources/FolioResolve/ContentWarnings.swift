import FolioModel

/// Warnings about what is not wrong but worth a look, found once every link is resolved: a
/// glossary term no page uses, a recommendation no chapter cites, a bibliography entry never
/// cited, two pages of one language with the same title. Run only when the site resolved without
/// errors, so that a broken link does not also show up as something unused.
enum ContentWarnings {
    static func collect(_ resolved: ResolvedSite) -> [Diagnostic] {
        let site = resolved.site
        // Which groups are linked to from another group, by chapters, and which entries are cited.
        var linked = Array(repeating: false, count: resolved.groups.count)
        var citedByChapter = Array(repeating: false, count: resolved.groups.count)
        var cited = Array(repeating: false, count: site.data.bibliography.count)
        for (pageIndex, targets) in resolved.links.enumerated() {
            let from = resolved.groupOfPage[pageIndex]
            let fromChapter = site.pages[pageIndex].data.role == .chapter
            for target in targets {
                switch target {
                case .page(let to, _)?, .table(let to, _)?:
                    if to != from { linked[to] = true }
                    if fromChapter { citedByChapter[to] = true }
                case .citation(let entries, _)?:
                    for entry in entries { cited[entry] = true }
                default: break
                }
            }
        }
        var warnings: [Diagnostic] = []
        for (group, entry) in resolved.groups.enumerated() {
            let page = site.pages[entry.original]
            let role = page.data.role
            if role == .term, !linked[group] {
                warnings.append(.warning("unused.term", "no page uses the glossary term '\(page.title)'",
                                         at: page.titleLocation,
                                         hint: "link to it where the text uses the term: [\(page.title)](term:\(page.id)), or remove it"))
            }
            // Recommendations from another source stand beside the publication; its chapters need not cite them.
            if role == .recommendation, page.origins.isEmpty, !citedByChapter[group] {
                warnings.append(.warning("unused.recommendation", "no chapter cites the recommendation '\(page.id)'",
                                         at: page.titleLocation,
                                         hint: "cite it where a chapter draws on it: [](rec:\(page.id))"))
            }
        }
        for (index, entry) in site.data.bibliography.enumerated() where !cited[index] {
            warnings.append(.warning("unused.reference", "no page cites the bibliography entry '\(entry.id)'",
                                     at: entry.location, hint: "cite it where the text draws on it: [](cite:\(entry.id)), or remove it"))
        }
        warnings += duplicateTitles(site)
        return warnings
    }

    /// Two pages of one language with the same title, which readers cannot tell apart in lists,
    /// search results and browser tabs. Reported at the later page, naming the first.
    private static func duplicateTitles(_ site: LoadedSite) -> [Diagnostic] {
        var first: [String: [String: Page]] = [:]
        var warnings: [Diagnostic] = []
        for page in site.pages {
            if let other = first[page.language]?[page.title] {
                warnings.append(.warning("title.duplicate", "the title '\(page.title)' is also the title of \(other.source)",
                                         at: page.titleLocation, hint: "give one of the pages a title of its own"))
            } else {
                first[page.language, default: [:]][page.title] = page
            }
        }
        return warnings
    }
}

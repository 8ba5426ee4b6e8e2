import FolioModel

/// Stage 2: groups translations, checks ids, numbers chapters, recommendations and tables,
/// resolves every cross-reference and collects backlinks. Pure: no I/O.
public enum SiteResolver {
    public static func resolve(_ site: LoadedSite, threads: Int = Parallel.defaultThreads,
                               into diagnostics: inout Diagnostics) -> ResolvedSite {
        resolve(structure(of: site, threads: threads), into: &diagnostics)
    }

    /// The site `structure` resolved, and its problems.
    public static func resolve(_ structure: ResolvedStructure, into diagnostics: inout Diagnostics) -> ResolvedSite {
        var problems = structure.problems + structure.linkProblems.joined() + structure.warnings
        if !problems.contains(where: { $0.severity == .error }) {
            problems += structure.untranslated.joined()
        }
        diagnostics.append(contentsOf: BrokenInputs.folded(problems))
        return structure.resolved
    }

    /// Everything resolving `site` decides.
    public static func structure(of site: LoadedSite, threads: Int = Parallel.defaultThreads) -> ResolvedStructure {
        var problems: [Diagnostic] = []
        var resolved = ResolvedSite(
            site: site, groups: [], index: [:], groupOfPage: Array(repeating: -1, count: site.pages.count),
            numbers: [:], tables: [:], links: [], backlinks: [:], readingOrder: [], chaptersOfPart: [:],
            recommendationsOfSection: [:], challengesOfSection: [:], recommendationsOfChallenge: [:],
            groupsOfKind: [:], bibliographyIndex: [:])
        OutputPaths.check(site, &problems)
        buildGroups(&resolved, &problems)
        indexBibliography(&resolved, &problems)
        Numbering.assign(&resolved, &problems)
        RecordReferences.check(&resolved, &problems)
        let linkProblems = LinkResolver.resolveAll(&resolved, threads: threads)
        let position = resolved.readingPosition
        let keys = resolved.groups.indices.map { group -> (Int, String, Int, String) in
            let page = site.pages[resolved.groups[group].original]
            return (position[group] ?? Int.max, page.kind.rawValue, page.order, page.id)
        }
        for (group, sources) in resolved.backlinks {
            resolved.backlinks[group] = Array(Set(sources)).sorted { keys[$0] < keys[$1] }
        }
        for (group, sources) in resolved.evidence {
            resolved.evidence[group] = Array(Set(sources)).sorted { keys[$0] < keys[$1] }
        }
        for (group, records) in resolved.recordsOfSource {
            resolved.recordsOfSource[group] = Array(Set(records)).sorted { keys[$0] < keys[$1] }
        }
        let failed = (problems + linkProblems.joined()).contains { $0.severity == .error }
        return ResolvedStructure(resolved: resolved, problems: problems, linkProblems: linkProblems,
                                 warnings: failed ? [] : ContentWarnings.collect(resolved),
                                 untranslated: resolved.groups.map { UntranslatedParagraphs.collect(in: $0, of: site.pages) })
    }

    /// `previous` with `site`'s pages, for a site whose pages show each other what the pages
    /// `previous` was resolved from showed (`ResolvedStructure`): only bodies differ, so every
    /// group, number, link target and backlink is the same; the problems of the links that moved
    /// in a body are found again at their new places.
    public static func structure(_ previous: ResolvedStructure, withBodiesOf site: LoadedSite) -> ResolvedStructure {
        var structure = previous
        structure.resolved.site = site
        let before = previous.resolved.site.pages
        for (index, page) in site.pages.enumerated() where !page.isUnchanged(since: before[index])
        && page.outline.links.map(\.location) != before[index].outline.links.map(\.location) {
            structure.linkProblems[index] = LinkResolver.problems(of: page, resolved: structure.resolved)
        }
        for (index, group) in previous.resolved.groups.enumerated()
        where group.variants.values.contains(where: { !site.pages[$0].isUnchanged(since: before[$0]) }) {
            structure.untranslated[index] = UntranslatedParagraphs.collect(in: group, of: site.pages)
        }
        return structure
    }

    /// Gathers the languages of one page into a group and indexes ids per kind.
    private static func buildGroups(_ resolved: inout ResolvedSite, _ problems: inout [Diagnostic]) {
        let site = resolved.site
        var groupOfPath: [String: Int] = [:]
        for (index, page) in site.pages.enumerated() where page.language == site.config.defaultLanguage {
            if let existing = resolved.index[page.kind]?[page.id] {
                let other = site.pages[resolved.groups[existing].original]
                problems.append(.error("id.duplicate", "the \(page.kind.rawValue) id '\(page.id)' is already used by \(other.source)",
                                       at: page.idLocation, hint: "give one of them another file name or 'id:'"))
                continue
            }
            let group = resolved.groups.count
            resolved.groups.append(PageGroup(kind: page.kind, id: page.id, path: page.path,
                                             variants: [page.language: index], original: index))
            resolved.index[page.kind, default: [:]][page.id] = group
            groupOfPath[page.path] = group
            resolved.groupOfPath[page.path] = group
            resolved.groupOfPage[index] = group
        }
        for (index, page) in site.pages.enumerated() where page.language != site.config.defaultLanguage {
            guard let group = groupOfPath[page.path] else { continue }
            resolved.groups[group].variants[page.language] = index
            resolved.groupOfPage[index] = group
        }
    }

    private static func indexBibliography(_ resolved: inout ResolvedSite, _ problems: inout [Diagnostic]) {
        resolved.citationLabels = resolved.site.data.bibliography.map(\.citationLabel)
        for (index, entry) in resolved.site.data.bibliography.enumerated() {
            if let existing = resolved.bibliographyIndex[entry.id] {
                let other = resolved.site.data.bibliography[existing].location
                problems.append(.error("id.duplicate", "the bibliography id '\(entry.id)' is already used at \(other)",
                                       at: entry.location, hint: "keep one entry, or add a/b to the ids"))
                continue
            }
            resolved.bibliographyIndex[entry.id] = index
        }
    }
}


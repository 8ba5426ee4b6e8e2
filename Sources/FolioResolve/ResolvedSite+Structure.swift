import FolioModel

extension ResolvedSite {
    /// Whether `other` resolved to the same structure: the same groups, ids, numbers, tables,
    /// link targets, backlinks, reading order, lists and evidence, over the same page files in the
    /// same order. When it did, the sites differ at most in what their pages say of themselves
    /// (titles, summaries, fields), which a preview renders again only where it is shown.
    public func hasSameStructure(as other: ResolvedSite) -> Bool {
        site.pages.count == other.site.pages.count
            && zip(site.pages, other.site.pages).allSatisfy { $0.source == $1.source }
            && groups == other.groups && index == other.index && groupOfPage == other.groupOfPage
            && numbers == other.numbers
            && tables.count == other.tables.count
            && tables.allSatisfy { id, table in other.tables[id].map { $0 == table } ?? false }
            && links == other.links && backlinks == other.backlinks && readingOrder == other.readingOrder
            && readingPosition == other.readingPosition && groupOfPath == other.groupOfPath
            && chaptersOfPart == other.chaptersOfPart && recommendationsOfSection == other.recommendationsOfSection
            && challengesOfSection == other.challengesOfSection && recommendationsOfChallenge == other.recommendationsOfChallenge
            && groupsOfKind == other.groupsOfKind && bibliographyIndex == other.bibliographyIndex
            && citationLabels == other.citationLabels && evidence == other.evidence && recordsOfSource == other.recordsOfSource
    }
}

import FolioModel

/// A page in all its languages: the unit that ids, numbers and links point at.
public struct PageGroup: Sendable, Equatable {
    public var kind: PageKind
    public var id: String
    public var path: String
    /// Language → index into `LoadedSite.pages`.
    public var variants: [String: Int]
    /// The default-language page, which every group has.
    public var original: Int
}

/// Where a link goes, decided by the Resolve stage; the Render stage writes the text and URL
/// in the reader's language.
public enum LinkTarget: Sendable, Equatable {
    /// A page, optionally a heading or table on it.
    case page(group: Int, anchor: String?)
    /// A numbered table on a page.
    case table(group: Int, id: String)
    /// One or more bibliography entries (indices), with an optional locator ("p. 12").
    case citation(entries: [Int], locator: String?)
    /// A place on the same page.
    case anchor(String)
    /// Anything outside the site, kept as written.
    case external(String)
    /// Text in another language than the page (`[Carta dei Sindaci](lang:it)`): a `span` with
    /// `lang`, not a link.
    case language(String)
}

/// The output of stage 2: every id known, every number given, every link decided.
public struct ResolvedSite: Sendable {
    public var site: LoadedSite
    public var groups: [PageGroup]
    /// Kind → id → group.
    public var index: [PageKind: [String: Int]]
    /// The group of each page.
    public var groupOfPage: [Int]
    /// Display numbers: chapters ("3", "PB2") and recommendations ("PB2.3").
    public var numbers: [Int: String]
    /// Table id → (number, group).
    public var tables: [String: (number: Int, group: Int)]
    /// Per page, per link (outline order): the target, or nil when it could not be resolved.
    public var links: [[LinkTarget?]]
    /// Group → groups that refer to it, in reading order.
    public var backlinks: [Int: [Int]]
    /// Parts, then each part's chapters, in reading order (groups).
    public var readingOrder: [Int]
    /// Group → its position in `readingOrder`.
    public var readingPosition: [Int: Int] = [:]
    /// Page path ("towns/bebra") → group, for relative `.md` links.
    public var groupOfPath: [String: Int] = [:]
    /// Part group → its chapters in order.
    public var chaptersOfPart: [Int: [Int]]
    /// Section (chapter) group → its recommendations / challenges in order.
    public var recommendationsOfSection: [Int: [Int]]
    public var challengesOfSection: [Int: [Int]]
    /// Challenge group → its recommendations in order.
    public var recommendationsOfChallenge: [Int: [Int]]
    /// Kind → groups of that kind in order (for list pages).
    public var groupsOfKind: [PageKind: [Int]]
    /// Bibliography id → index.
    public var bibliographyIndex: [String: Int]
    /// Each bibliography entry's `citationLabel`, made once: citations and sorts read it per use.
    public var citationLabels: [String] = []
    /// Group → the evidence that names it: records from a source (see `FieldSchema.origin`)
    /// whose references name the group, in reading order ("evidence from other towns").
    public var evidence: [Int: [Int]] = [:]
    /// Source group (a report) → the records that come from it, sorted by kind, then as listed.
    public var recordsOfSource: [Int: [Int]] = [:]

    public var config: SiteConfig { site.config }

    /// Bibliography entries (indices) in the order references are listed: by citation label,
    /// ignoring case, then id.
    public func bibliographyOrder(_ entries: some Sequence<Int>) -> [Int] {
        entries.map { (key: (citationLabels[$0].lowercased(), site.data.bibliography[$0].id), index: $0) }
            .sorted { $0.key < $1.key }
            .map(\.index)
    }
    public var schemas: KindSchemas { site.schemas }

    /// The facets recommendations are tagged with: those no schema field takes its values from
    /// (`type: enum, facet: size-class`), which the finder and the downloads offer.
    public var tagFacets: [(id: String, values: [String])] {
        let claimed = Set(schemas.all.flatMap { $0.fields.compactMap(\.facet) })
        return site.data.facets.filter { !claimed.contains($0.id) }
    }

    /// The group a typed reference names, if it exists.
    public func group(of reference: RecordReference) -> Int? { index[reference.kind]?[reference.id] }

    /// Id → group for the kind that takes a role (empty when no kind does).
    public func index(_ role: KindRole) -> [String: Int] {
        schemas.kind(role).flatMap { index[$0] } ?? [:]
    }

    /// The groups of the kind that takes a role, in list order.
    public func groups(_ role: KindRole) -> [Int] {
        schemas.kind(role).flatMap { groupsOfKind[$0] } ?? []
    }

    /// The groups of the kind that takes a role and are the publication's own (no source):
    /// what its lists, tables, charts and downloads show.
    public func ownGroups(_ role: KindRole) -> [Int] {
        groups(role).filter { site.pages[groups[$0].original].origins.isEmpty }
    }

    /// The records of the kind that takes a role and come from a source (a report's
    /// recommendations), by source: the sources in their kind's list order, each one's records in
    /// its list order. Empty when no record of the role has a source.
    public func groupsBySource(_ role: KindRole) -> [(source: Int, groups: [Int])] {
        guard let kind = schemas.kind(role) else { return [] }
        func position(_ source: Int) -> (String, Int) {
            let sourceKind = groups[source].kind
            return (sourceKind.rawValue, groupsOfKind[sourceKind]?.firstIndex(of: source) ?? Int.max)
        }
        return recordsOfSource.keys.sorted { position($0) < position($1) }.compactMap { source in
            let records = (recordsOfSource[source] ?? []).filter { groups[$0].kind == kind }
            return records.isEmpty ? nil : (source, records)
        }
    }

    /// The record that numbers a group's tables (see `KindSchema.TableNumbers`): the group itself
    /// when its kind numbers its own, else the first source it comes from whose kind does; nil for
    /// the publication's numbering.
    public func tableScope(of group: Int) -> Int? {
        func numbersOwn(_ kind: PageKind) -> Bool { schemas[kind]?.tableNumbers == .own }
        if numbersOwn(groups[group].kind) { return group }
        return site.pages[groups[group].original].origins.lazy.compactMap(self.group(of:))
            .first { numbersOwn(groups[$0].kind) }
    }

    /// The page of a group in a language, and whether it is the default-language fallback.
    public func page(of group: Int, in language: String) -> (index: Int, isFallback: Bool) {
        if let index = groups[group].variants[language] { return (index, false) }
        return (groups[group].original, true)
    }

    /// `en/towns/bebra/`: the folder of a group's page in a language, relative to the site root.
    public func folder(of group: Int, in language: String) -> String {
        let path = groups[group].path
        return language + "/" + (path.isEmpty ? "" : path + "/")
    }

    /// `/en/towns/bebra/` with the base path in front: the published address, for canonical
    /// links, hreflang alternates and the sitemap (links inside pages are relative).
    public func url(of group: Int, in language: String) -> String {
        config.basePath + folder(of: group, in: language)
    }
}

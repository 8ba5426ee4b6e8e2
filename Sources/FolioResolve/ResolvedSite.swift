import FolioModel

/// A page in all its languages: the unit that ids, numbers and links point at.
public struct PageGroup: Sendable {
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

    public var config: SiteConfig { site.config }

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

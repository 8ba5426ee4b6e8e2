import FolioModel
import FolioResolve

/// The texts and URLs that name a page or a record in one language, shared by links, lists and
/// titles. Made once per language: each group's page, URL and link text are computed up front,
/// so that the thousands of links on a large site are array reads. A value, copied into each
/// page's job: a class shared by the rendering threads would have its reference count bounced
/// between their caches on every access.
struct Naming {
    let resolved: ResolvedSite
    let environment: LanguageEnvironment
    /// What a language's naming works out for every group, from what pages show each other only
    /// (no body): a preview render keeps it while that is unchanged (`RenderCache`).
    struct Tables {
        /// Per group: the page shown in this language, whether it is the original standing in for
        /// a missing translation, its path from the site root (`en/towns/bebra/index.html`) and
        /// its link text.
        fileprivate var pageIndex: [Int]
        fileprivate var isFallback: [Bool]
        fileprivate var paths: [String]
        fileprivate var linkTexts: [String]
        /// The publication's own recommendations in reading order (section by section), and each
        /// one's place in it: for their previous/next links, the recommendations index and download.
        fileprivate var recommendationOrder: [Int]
        fileprivate var recommendationPosition: [Int: Int]
    }

    private(set) var tables: Tables
    private var pageIndex: [Int] { tables.pageIndex }
    private var isFallback: [Bool] { tables.isFallback }
    private var paths: [String] { tables.paths }
    var recommendationOrder: [Int] { tables.recommendationOrder }
    var recommendationPosition: [Int: Int] { tables.recommendationPosition }

    /// `kept`: the tables of an earlier render whose pages showed each other the same.
    init(resolved: ResolvedSite, environment: LanguageEnvironment, kept: Tables? = nil) {
        self.resolved = resolved
        self.environment = environment
        if let kept {
            tables = kept
            return
        }
        let language = environment.language
        let shown = resolved.groups.indices.map { resolved.page(of: $0, in: language) }
        let order = resolved.readingOrder.flatMap { resolved.recommendationsOfSection[$0] ?? [] }
        tables = Tables(pageIndex: shown.map(\.index), isFallback: shown.map(\.isFallback),
                        paths: resolved.groups.indices.map { PagePlace.page(resolved.folder(of: $0, in: language)) },
                        linkTexts: [], recommendationOrder: order,
                        recommendationPosition: Dictionary(order.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first }))
        tables.linkTexts = resolved.groups.indices.map(makeLinkText)
    }

    func page(_ group: Int) -> Page {
        resolved.site.pages[pageIndex[group]]
    }

    func title(_ group: Int) -> String {
        resolved.site.pages[pageIndex[group]].title
    }

    func summary(_ group: Int) -> String? {
        resolved.site.pages[pageIndex[group]].summary
    }

    /// "Recommendation PB2.3", "3 Local policymaking", "Bebra".
    func linkText(_ group: Int) -> String {
        // Made in advance, outside any record of reads: made again (and thrown away) so that a
        // preview's page notes the pages its link text reads (a recommendation's part's label too).
        if PageReads.isOpen { _ = makeLinkText(group) }
        return tables.linkTexts[group]
    }

    private func makeLinkText(_ group: Int) -> String {
        let page = resolved.site.pages[pageIndex[group]]
        switch page.data.role {
        case .recommendation:
            // A recommendation from another source has no number in this publication: its title.
            if resolved.numbers[group] == nil && !page.origins.isEmpty { return page.title }
            return recordLabel(group) + " " + (resolved.numbers[group] ?? page.id)
        case .chapter:
            return resolved.numbers[group].map { "\($0) \(page.title)" } ?? page.title
        default:
            return page.title
        }
    }

    /// What the recommendations of a section are called: the part's record label, or the theme's.
    func recordLabel(_ recommendation: Int) -> String {
        if case .recommendation(let data) = page(recommendation).data, let section = data.section,
           let sectionGroup = resolved.index(.chapter)[section.value],
           let partGroup = part(ofChapter: sectionGroup),
           case .part(let partData) = page(partGroup).data, let label = partData.recordLabel {
            return label
        }
        return environment.strings["recommendation"]
    }

    /// The part a chapter is in, if it names one that exists.
    func part(ofChapter chapter: Int) -> Int? {
        guard case .chapter(let data) = page(chapter).data, let part = data.part else { return nil }
        return resolved.index(.part)[part.value]
    }

    /// The URL of a group in the reader's language, relative to a page whose way back to the
    /// site root is `root` (see `PagePlace`). Every page exists in every language; where it is not
    /// translated, `hreflang` names the language of its text (the default language).
    func url(_ group: Int, root: String) -> (href: String, hreflang: String?) {
        (root + paths[group], isFallback[group] ? resolved.config.defaultLanguage : nil)
    }

    /// "(Rossi 2023; Verba et al. 1995)"
    func citation(_ entries: [Int], locator: String?) -> String {
        let labels = entries.map { resolved.citationLabels[$0] }
        return "(" + labels.joined(separator: "; ") + (locator.map { ", " + $0 } ?? "") + ")"
    }

    /// A bibliography entry's place on the references page, relative to a page (see `url`).
    func bibliographyURL(_ entry: Int, root: String) -> String {
        root + environment.bibliographyPath + "#ref-" + resolved.site.data.bibliography[entry].id
    }
}

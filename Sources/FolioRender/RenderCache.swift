import Foundation
import FolioModel

/// Keeps what a render made that a preview server's next render can reuse while what the pages
/// show each other is unchanged (`SiteRenderer.render`'s `only` is given only then):
///
/// - its set-up: the templates compiled with the theme's problems, each language's navigation and
///   naming tables (they read only the theme, folio.yaml, the schemas and what the pages show each other);
/// - the sections of the print editions (each group's heading, byline, body and notes as the
///   edition shows them): an edition holds the body of every page of its parts, so rendering all
///   its sections again after a one-page edit costs as much as rendering every page. A section
///   reads what the group's own page reads (the files of its page group, and what the pages show
///   each other), so the sections of the groups whose pages are not rendered again are the last
///   render's.
///
/// - the bytes each print-edition chapter rendered to, with its challenges, recommendations and
///   options (`LazyList.rendered`): kept while the pages it shows are the same objects (a page
///   file whose reading is kept keeps its `Page`), so that an edition of thousands of chapters is
///   mostly copied, not rendered, after a one-page edit; and, in a preview, the print editions
///   themselves are left to be rendered when requested (`defersPrintEditions`).
///
/// One cache per render, like `PageReadCache`: `RenderCache(after: last)` reuses what `last`
/// holds and keeps what this render made or reused, so the caller keeps the cache of the render
/// whose site it kept (a failed build's cache is dropped with its site).
public final class RenderCache: @unchecked Sendable {
    /// A render's set-up, made before its pages.
    struct Setup {
        var templates: TemplateSet
        var problems: [Diagnostic]
        /// Language → its navigation.
        var navigation: [String: Navigation]
        /// Language → what its naming worked out for every group.
        var naming: [String: Naming.Tables]
        /// How deep the deepest page sits (for the navigation's relative links).
        var maxDepth: Int
        /// Every page to render, in render order, and each one's index by its output path, so
        /// that a render of a few pages finds them without making every page's path.
        var jobs: [PageJob]
        var jobIndex: [String: Int]
        /// The pages each language's navigation read (by index), kept with it.
        var navigationReads: Set<Int>
    }

    private let previous: [String: ViewModel]
    private var current: [String: ViewModel] = [:]
    /// The bytes each print-edition chapter (with its challenges, recommendations and options)
    /// rendered to, by the same keys, with the pages it showed; handed on from render to render
    /// (an edition left unrendered does not lose them) until a render of everything.
    private var chapters: [String: KeptChapter]
    /// Each print edition's size when last made (by its path), to reserve before it is made
    /// again; handed on like the chapters.
    private var sizes: [String: Int]
    private let lock = NSLock()
    /// The last render's set-up, and this one's (set before the pages are rendered).
    let keptSetup: Setup?
    var setup: Setup?

    public init(after last: RenderCache? = nil) {
        previous = last?.sections ?? [:]
        chapters = last.map { last in last.lock.withLock { last.chapters } } ?? [:]
        reads = last.map { last in last.lock.withLock { last.reads } } ?? [:]
        sizes = last.map { last in last.lock.withLock { last.sizes } } ?? [:]
        keptSetup = last?.setup
    }

    private var sections: [String: ViewModel] {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// A print chapter's bytes and the pages they show (`Page.isUnchanged(since:)` tells whether
    /// they still hold while what pages show each other is unchanged).
    private struct KeptChapter {
        let bytes: [UInt8]
        let shown: [Page]
    }

    /// The pages (by index) each output page read when it was last rendered, handed on from
    /// render to render for the pages not rendered again; and what the set-up read, which every
    /// page shows.
    private var reads: [String: Set<Int>]
    private var setupReads: Set<Int> = []

    /// Whether this render makes the naming tables again although what pages show each other is
    /// otherwise kept (`only` given): a preview's render after a title or other front matter
    /// changed without changing the site's structure. Kept print chapters are forgotten then.
    public var renewsNaming = false

    /// The print editions this render left to be rendered when requested (a preview's), by path.
    private var deferred: [String: () -> [UInt8]] = [:]

    /// Whether the render leaves the print editions to be rendered when they are requested
    /// (`takeDeferred`) instead of emitting them: a preview's, where an edition of thousands of
    /// chapters would otherwise be made again on every save that reaches it.
    public var defersPrintEditions = false

    func deferFile(_ path: String, render: @escaping () -> [UInt8]) {
        lock.withLock { deferred[path] = render }
    }

    /// The files the render deferred, by path; the cache keeps none of them.
    public func takeDeferred() -> [String: () -> [UInt8]] {
        lock.withLock {
            defer { deferred = [:] }
            return deferred
        }
    }

    func keepReads(setup: Set<Int>, everything: Bool) {
        lock.withLock {
            setupReads = setup
            if everything { reads = [:] }
        }
    }

    func keepReads(_ pages: Set<Int>, of path: String) {
        lock.withLock { reads[path] = pages }
    }

    /// The output pages and groups of site-wide files (`SiteRenderer.siteWideKey`) that read any
    /// of `pages` (by index) when last rendered, or nil when the render's set-up read one (the
    /// navigation, the layout), which every page shows.
    public func readers(of pages: Set<Int>) -> Set<String>? {
        lock.withLock {
            guard setupReads.isDisjoint(with: pages) else { return nil }
            return Set(reads.compactMap { $0.value.isDisjoint(with: pages) ? nil : $0.key })
        }
    }

    /// Forgets the kept print chapters: a render of everything, after what pages show each other changed.
    func forgetChapters() {
        lock.withLock { chapters = [:] }
    }

    /// The size of the file at `path` when it was last made.
    func size(of path: String) -> Int? { lock.withLock { sizes[path] } }

    func keepSize(_ size: Int, of path: String) {
        lock.withLock { sizes[path] = size }
    }

    /// What the chapter `group` of `edition` in `language` rendered to before, when the pages
    /// it shows (`shown`) are those it showed then, and where this render's goes.
    func renderedChapter(_ group: Int, edition: String, language: String, shown: [Page]) -> RenderedItem {
        let key = "\(edition)\u{0}\(language)\u{0}\(group)"
        let kept = lock.withLock { chapters[key] }
        let holds = kept.map { kept in
            kept.shown.count == shown.count && zip(shown, kept.shown).allSatisfy { $0.isUnchanged(since: $1) }
        } ?? false
        return RenderedItem(kept: holds ? kept?.bytes : nil) { [self] bytes in
            lock.withLock { chapters[key] = KeptChapter(bytes: bytes, shown: shown) }
        }
    }

    /// The section of `group` in `edition` and `language`: the last render's when `reuse` and it
    /// has one, else `render()`'s.
    func section(_ group: Int, edition: String, language: String, reuse: Bool, _ render: () -> ViewModel) -> ViewModel {
        let key = "\(edition)\u{0}\(language)\u{0}\(group)"
        let section = reuse ? previous[key] ?? render() : render()
        lock.lock()
        current[key] = section
        lock.unlock()
        return section
    }
}

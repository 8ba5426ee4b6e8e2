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
    }

    private let previous: [String: ViewModel]
    private var current: [String: ViewModel] = [:]
    private let lock = NSLock()
    /// The last render's set-up, and this one's (set before the pages are rendered).
    let keptSetup: Setup?
    var setup: Setup?

    public init(after last: RenderCache? = nil) {
        previous = last?.sections ?? [:]
        keptSetup = last?.setup
    }

    private var sections: [String: ViewModel] {
        lock.lock()
        defer { lock.unlock() }
        return current
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

import Foundation

/// Keeps the sections of the print editions (each group's heading, byline, body and notes as the
/// edition shows them) from one render to the next, for a preview server: an edition holds the
/// body of every page of its parts, so rendering all its sections again after a one-page edit
/// costs as much as rendering every page. A section reads what the group's own page reads (the
/// files of its page group, and what the pages show each other), so the sections of the groups
/// whose pages are not rendered again (`SiteRenderer.render`'s `only`) are the last render's.
///
/// One cache per render, like `PageReadCache`: `PrintSectionCache(after: last)` reuses the
/// sections `last` holds and keeps every section this render shows, so the caller keeps the
/// cache of the render whose site it kept (a failed build's cache is dropped with its site).
public final class PrintSectionCache: @unchecked Sendable {
    private let previous: [String: ViewModel]
    private var current: [String: ViewModel] = [:]
    private let lock = NSLock()

    public init(after last: PrintSectionCache? = nil) {
        previous = last?.sections ?? [:]
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

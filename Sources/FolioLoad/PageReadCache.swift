import Foundation
import FolioMarkdown
import FolioModel

/// Keeps each page file's reading (front matter split and parsed, body compiled by cmark) from one
/// build to the next, keyed by the file's path and a hash of its text, so that a preview server
/// rebuilding after a save parses again only the files whose text changed. Everything after the
/// reading (decoding, merging translations, resolving) runs again on every build: it depends on
/// other files too.
///
/// One cache per build: `PageReadCache(after: last)` reuses what `last` read and keeps only the
/// files this build reads, so it never holds a deleted file. Used from the loader's threads.
public final class PageReadCache: @unchecked Sendable {
    /// What a build learnt about one page file.
    public struct Fingerprint: Sendable, Equatable {
        /// The whole text: the file changed when this did.
        public var text: UInt64
        /// What other pages can see of the file (see `shared(of:)`): when only `text` changed,
        /// only the pages that show this file's body can change.
        public var shared: UInt64
    }

    private struct Entry {
        var text: UInt64
        var options: Options
        var page: RawPage
        var shared: UInt64
    }

    /// How a file was read; a reading is reused only with the same options.
    private struct Options: Equatable {
        var allowRawHTML: Bool
        var compressHTML: Bool
        var isOriginal: Bool
    }

    private let previous: [String: Entry]
    private var current: [String: Entry] = [:]
    private let lock = NSLock()

    public init(after last: PageReadCache? = nil) {
        previous = last?.entries ?? [:]
    }

    private var entries: [String: Entry] {
        lock.lock()
        defer { lock.unlock() }
        return current
    }

    /// Source path ("content/en/towns/bebra.md") → fingerprint, for every page file read so far.
    public var fingerprints: [String: Fingerprint] {
        entries.mapValues { Fingerprint(text: $0.text, shared: $0.shared) }
    }

    /// The reading of `file` with this `text`: the last build's when the text and options are the
    /// same, else `read()`'s.
    func page(_ file: ContentScanner.PageFile, text: String, allowRawHTML: Bool, compressHTML: Bool, isOriginal: Bool,
              read: () -> RawPage) -> RawPage {
        let hash = ContentHash.value(text)
        let options = Options(allowRawHTML: allowRawHTML, compressHTML: compressHTML, isOriginal: isOriginal)
        var entry: Entry
        if let last = previous[file.source], last.text == hash, last.options == options {
            entry = last
            entry.page.file = file
        } else {
            let page = read()
            entry = Entry(text: hash, options: options, page: page, shared: Self.shared(of: page))
        }
        lock.lock()
        current[file.source] = entry
        lock.unlock()
        return entry.page
    }

    /// A hash of what other pages can see of a page file: its path, its front matter as written
    /// (every field a record has comes from it), and the parts of its body's outline that other
    /// pages show or point at (headings, link targets, which feed backlinks, and tables). Left
    /// out, because only the page itself shows them: paragraph text, footnotes and source
    /// locations. A translation's notice that its original changed reads the original's text
    /// hash, and the dependency record counts every file of a page group as an input of each of
    /// the group's pages.
    private static func shared(of page: RawPage) -> UInt64 {
        var text = page.file.source + "\u{0}"
        if let frontMatter = page.frontMatter {
            text += "\(frontMatter.source.firstLine)\u{0}\(frontMatter.yaml)\u{0}"
        }
        text += page.isUnreadable ? "unreadable\u{0}" : ""
        let outline = page.document.outline
        for heading in outline.headings { text += "h\(heading.level) \(heading.id) \(heading.text)\u{0}" }
        for link in outline.links { text += "l\(link.hasEmptyText ? 1 : 0) \(link.destination)\u{0}" }
        for table in outline.tables { text += "t \(table.id) \(table.caption) \(table.source)\u{0}" }
        return ContentHash.value(text)
    }
}

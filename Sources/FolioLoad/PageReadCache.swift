import Foundation
import FolioMarkdown
import FolioModel

/// Keeps each page file's reading (front matter split and parsed, body compiled by cmark) and the
/// page loaded from it (decoded, merged over its original) from one build to the next, keyed by
/// the file's path and a hash of its text, so that a preview server rebuilding after a save
/// parses again only the files whose text changed. A loaded page is reused only when what else
/// loading it read is unchanged too: the cache's `inputs` (folio.yaml and the data files, hashed
/// by the caller) and, for a translation, its original's identity and front matter.
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

    /// A class, so that keeping a file's entry from one build to the next is a reference.
    private final class Entry {
        let text: UInt64
        let options: Options
        var page: RawPage
        let shared: UInt64
        /// The page as loaded from this reading (decoded, merged over its original, in a `Loaded`
        /// box), and a hash of what else loading it read.
        var loaded: (inputs: UInt64, extra: UInt64, value: AnyObject)?

        init(text: UInt64, options: Options, page: RawPage, shared: UInt64) {
            self.text = text
            self.options = options
            self.page = page
            self.shared = shared
        }
    }

    /// A loaded value of the type its caller asks for (a class: casting it back is a type check).
    private final class Loaded<T> {
        let value: T
        init(_ value: T) { self.value = value }
    }

    /// How a file was read; a reading is reused only with the same options.
    private struct Options: Equatable {
        var allowRawHTML: Bool
        var compressHTML: Bool
        var isOriginal: Bool
    }

    private let previous: [String: Entry]
    private let previousScan: KeptScan?
    /// This build's scan, for the next one.
    private var scan: KeptScan?
    /// The files that may have changed since `last` (a file watcher's report); nil when unknown.
    private let changed: Set<String>?
    /// A hash of what loading any page reads besides page files (folio.yaml, the data files).
    private let inputs: UInt64
    private var current: [String: Entry] = [:]
    private let lock = NSLock()
    /// The data files' parsed values, kept the same way.
    public let data: DataFileCache

    /// `changed`: the files that may have changed since `last` was filled, when the caller knows
    /// them (a file watcher); the others are not even read again. Nil reads every file.
    /// `inputs`: a hash of folio.yaml and the data files, taken before the build reads them (a
    /// file changed after it is hashed makes a next build, whose hash differs).
    public init(after last: PageReadCache? = nil, changed: Set<String>? = nil, inputs: UInt64 = 0) {
        previous = last?.entries ?? [:]
        current.reserveCapacity(previous.count)
        previousScan = last?.scan
        self.changed = last == nil ? nil : changed
        self.inputs = inputs
        data = DataFileCache(after: last?.data)
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

    /// The content scan: the last build's brought up to date when the changed files allow it
    /// (see `KeptScan`), else a new one; kept for the next build either way.
    func scan(languages: [String], files: ProjectFiles, into problems: inout [Diagnostic]) -> ContentScanner.Result {
        let made = changed.flatMap { previousScan?.updated(languages: languages, changed: $0, files: files) } ?? {
            var found: [Diagnostic] = []
            let result = ContentScanner(files: files, languages: languages).scan(into: &found)
            return KeptScan(languages: languages, result: result, problems: found)
        }()
        problems += made.problems
        scan = made
        return made.result
    }

    /// The last build's reading of `file`, when the caller said which files changed and this one
    /// is not among them; nil when it must be read.
    func kept(_ file: ContentScanner.PageFile, allowRawHTML: Bool, compressHTML: Bool, isOriginal: Bool) -> RawPage? {
        keptEntry(file, options: Options(allowRawHTML: allowRawHTML, compressHTML: compressHTML, isOriginal: isOriginal))?.page
    }

    /// What the last build loaded from `file`, when the file is kept (see `kept`) and was loaded
    /// with the same `extra` (see `loaded`); nil when it must be loaded. Takes no copy of the reading.
    func keptLoaded<T>(_ file: ContentScanner.PageFile, given extra: @autoclosure () -> UInt64, allowRawHTML: Bool,
                       compressHTML: Bool, isOriginal: Bool) -> T? {
        guard let entry = keptEntry(file, options: Options(allowRawHTML: allowRawHTML, compressHTML: compressHTML, isOriginal: isOriginal)),
              let loaded = entry.loaded, loaded.inputs == inputs, loaded.extra == extra(), let box = loaded.value as? Loaded<T>
        else { return nil }
        return box.value
    }

    /// The last build's entry of `file`, kept for this build, when the caller said which files
    /// changed and this one is not among them.
    private func keptEntry(_ file: ContentScanner.PageFile, options: Options) -> Entry? {
        guard let changed, !changed.contains(file.source), let entry = previous[file.source], entry.options == options
        else { return nil }
        entry.page.file = file
        lock.lock()
        current[file.source] = entry
        lock.unlock()
        return entry
    }

    /// The reading of `file` with this `text`: the last build's when the text and options are the
    /// same, else `read()`'s.
    func page(_ file: ContentScanner.PageFile, text: String, allowRawHTML: Bool, compressHTML: Bool, isOriginal: Bool,
              read: () -> RawPage) -> RawPage {
        let hash = ContentHash.value(text)
        let options = Options(allowRawHTML: allowRawHTML, compressHTML: compressHTML, isOriginal: isOriginal)
        let entry: Entry
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

    /// What `load` made of the file read last (`page`) the last time it was given the same
    /// `extra` (a hash of what else it reads) and `inputs`, else `load()`'s result, kept for the next build.
    func loaded<T>(_ source: String, given extra: UInt64, _ load: () -> T) -> T {
        lock.lock()
        let kept = current[source]?.loaded
        lock.unlock()
        if let kept, kept.inputs == inputs, kept.extra == extra, let box = kept.value as? Loaded<T> { return box.value }
        let value = load()
        lock.lock()
        current[source]?.loaded = (inputs, extra, Loaded(value))
        lock.unlock()
        return value
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

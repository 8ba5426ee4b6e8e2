#if canImport(Glibc)
import Glibc
#endif

/// The pages a piece of work read, so that a preview server knows which output pages show which
/// pages and renders again, after a title or other front matter changed, only the pages that
/// read it. A `Page` notes itself when one of its fields other than its identity (kind, id,
/// language, path, source) is read on a thread where a record is open (`record(_:)`): every
/// path by which a page's title or data reaches another page's output is covered, without the
/// render code naming them. One record per thread at a time; nothing is noted when none is open.
public final class PageReads {
    /// The pages read, by `Page.identity`.
    public private(set) var pages: Set<ObjectIdentifier> = []

    public init() {}

    /// Runs `work` with this record open on the current thread (the one open before is set
    /// aside and open again afterwards).
    public func record<T>(_ work: () throws -> T) rethrows -> T {
        let outer = pthread_getspecific(Self.key)
        pthread_setspecific(Self.key, Unmanaged.passUnretained(self).toOpaque())
        defer { pthread_setspecific(Self.key, outer) }
        return try work()
    }

    /// Whether a record is open on this thread.
    public static var isOpen: Bool { pthread_getspecific(key) != nil }

    /// Notes `page` in the record open on this thread, if any.
    @inline(__always)
    static func note(_ page: ObjectIdentifier) {
        guard let open = pthread_getspecific(key) else { return }
        Unmanaged<PageReads>.fromOpaque(open).takeUnretainedValue().pages.insert(page)
    }

    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()
}

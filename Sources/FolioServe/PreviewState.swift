import Foundation

/// What the server serves right now: the last good build and the errors of the latest build, if
/// it failed. Swapped under a lock; readers take the whole value at once.
final class PreviewState: @unchecked Sendable {
    struct Current {
        var site: SiteSnapshot
        /// The latest build's diagnostics as the CLI prints them; empty when it succeeded.
        var errors: [String]
        /// Counts finished builds, failed ones too (tests wait on it).
        var builds: Int
    }

    private let lock = NSLock()
    private var value = Current(site: .empty, errors: [], builds: 0)

    var current: Current {
        lock.lock()
        defer { lock.unlock() }
        return value
    }

    /// Records a build: a new site replaces the old one only when the build succeeded. Called
    /// from one thread at a time (the watcher's).
    func record(_ build: PreviewBuild) -> Current {
        let generation = current.site.generation + 1
        let site = build.site.map { SiteSnapshot(files: $0, generation: generation, basePath: build.basePath) }
        lock.lock()
        // Released after the lock: the old site is freed (tens of thousands of files) while requests are answered.
        let replaced = value
        if let site {
            value.site = site
            value.errors = []
        } else {
            value.errors = build.errors
        }
        value.builds += 1
        let recorded = value
        lock.unlock()
        withExtendedLifetime(replaced) {}
        return recorded
    }
}

extension PreviewState.Current {
    /// The state as JSON, sent to open pages over the event stream and answered at /__folio/state.
    var json: String {
        let object: [String: Any] = ["builds": builds, "generation": site.generation, "ok": errors.isEmpty, "diagnostics": errors]
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self)
    }
}

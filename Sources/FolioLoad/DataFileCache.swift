import Foundation
import FolioModel

/// Keeps what the data files (facets, figures, schemas, labels, termbases, the bibliography)
/// were parsed into from one build to the next, with the diagnostics parsing reported, keyed by
/// a hash of everything parsing read, so that a preview server rebuilding after a save parses
/// again only the data files whose text changed. The same text gives the same value and the
/// same diagnostics, so a kept result is what parsing it again would give.
///
/// One cache per build, like `PageReadCache`: `DataFileCache(after: last)` reuses what `last`
/// parsed and keeps only what this build parses. Used from the loader's thread only.
public final class DataFileCache: @unchecked Sendable {
    private struct Entry {
        var input: UInt64
        var value: Any
        var diagnostics: [Diagnostic]
    }

    private let previous: [String: Entry]
    private var current: [String: Entry] = [:]

    public init(after last: DataFileCache? = nil) {
        previous = last?.current ?? [:]
    }

    /// What `parse` made of `input` (the text it parses, and anything else it reads) under the
    /// name `key` in the last build, its diagnostics added to `diagnostics`; else `parse`'s result now.
    func parsed<T>(_ key: String, input: String, into diagnostics: inout [Diagnostic],
                   _ parse: (inout [Diagnostic]) -> T) -> T {
        let hash = ContentHash.value(input)
        if let kept = previous[key], kept.input == hash, let value = kept.value as? T {
            current[key] = kept
            diagnostics += kept.diagnostics
            return value
        }
        var found: [Diagnostic] = []
        let value = parse(&found)
        current[key] = Entry(input: hash, value: value, diagnostics: found)
        diagnostics += found
        return value
    }
}

import ArgumentParser
import Foundation
import FolioLoad
import FolioModel
import FolioSearch

/// Whether a build makes a search index, decided before it starts from folio.yaml's `search:` and
/// whether Pagefind can be found: `required` without Pagefind stops the build with a usage error
/// that says how to install it; `optional` builds without search and says so; `off` never indexes.
struct SearchPlan {
    let indexer: Pagefind?

    init(root: URL, pagefind explicit: String?) throws {
        var diagnostics = Diagnostics()
        let config = SiteLoader.loadConfig(root: root, into: &diagnostics)
        let mode = config?.search ?? .required
        guard mode != .off, config != nil else {
            indexer = nil
            return
        }
        let path = explicit ?? config?.pagefind
        indexer = Pagefind.locate(explicit: path)
        guard indexer == nil else { return }
        let missing = path.map { "Pagefind is not at \($0)" } ?? "Pagefind is not installed (neither pagefind on PATH nor python3 -m pagefind_bin)"
        if mode == .optional {
            FileHandle.standardError.write(Data("warning: \(missing); building without search (folio.yaml search: optional)\n".utf8))
            return
        }
        throw ValidationError("\(missing). Install it with `python3 -m pip install pagefind-bin`, "
                              + "give its path with --pagefind, or set `search: optional` in folio.yaml to build without search.")
    }
}

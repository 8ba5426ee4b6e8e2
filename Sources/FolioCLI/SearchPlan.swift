import Foundation
import FolioLoad
import FolioModel
import FolioSearch

/// Whether a build makes a search index, decided before it starts from folio.yaml's `search:` and
/// whether Pagefind can be found: `required` without Pagefind fails the build (after the content
/// is checked, so that content errors come first) with how to install it; `optional` builds
/// without search and warns; `off` never indexes.
struct SearchPlan {
    /// The indexer, when the build makes an index.
    let indexer: Pagefind?
    /// Whether pages are rendered without the search box and page.
    let withoutSearch: Bool
    /// Why a build that requires search cannot make its index.
    let missing: String?

    init(root: URL, pagefind explicit: String?) {
        var diagnostics = Diagnostics()
        let config = SiteLoader.loadConfig(root: root, into: &diagnostics)
        let mode = config?.search ?? .required
        let path = explicit ?? config?.pagefind
        let found = mode == .off || config == nil ? nil : Pagefind.locate(explicit: path)
        indexer = found
        let problem = path.map { "Pagefind is not at \($0)" }
            ?? "Pagefind is not installed (neither pagefind on PATH nor python3 -m pagefind_bin)"
        switch (mode, found) {
        case (.off, _):
            withoutSearch = true
            missing = nil
        case (.optional, nil):
            FileHandle.standardError.write(Data("warning: \(problem); building without search (folio.yaml search: optional)\n".utf8))
            withoutSearch = true
            missing = nil
        case (.required, nil) where config != nil:
            withoutSearch = false
            missing = problem + ". Install it with `python3 -m pip install pagefind-bin`, give its path with --pagefind, "
                + "or set `search: optional` in folio.yaml to build without search."
        default:
            withoutSearch = false
            missing = nil
        }
    }
}

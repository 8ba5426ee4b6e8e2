import FolioModel

/// The last build's content scan (`ContentScanner.Result`) and what it reported, for a preview
/// rebuild after a save: when every file the watcher named is a page or data file the scan found
/// and still a regular file, or a file that came and went (an editor's temporary file), a new scan
/// would find the same files, so the scan (a `stat` of every content file) is not made again; the
/// named pages' sizes are read afresh. Anything else (a new or deleted file, a folder, folio.yaml,
/// whose languages the scan follows) makes a full scan.
struct KeptScan {
    var languages: [String]
    var result: ContentScanner.Result
    var problems: [Diagnostic]
    /// Page file → its index in `result.pages`; made once per full scan.
    private let pageIndex: [String: Int]

    init(languages: [String], result: ContentScanner.Result, problems: [Diagnostic]) {
        self.languages = languages
        self.result = result
        self.problems = problems
        pageIndex = Dictionary(uniqueKeysWithValues: result.pages.enumerated().map { ($1.source, $0) })
    }

    /// This scan brought up to date with the `changed` files, or nil when a full scan is needed.
    func updated(languages: [String], changed: Set<String>, files: ProjectFiles) -> KeptScan? {
        guard languages == self.languages else { return nil }
        var updated = self
        let dataFiles = Set(result.labels.values).union(result.termbases.values).union(result.bibliography).union(result.schemas)
        let refused = Set(result.refusedPages.map(\.source)).union(result.refusedFolders.map(\.source))
        for path in changed where path.hasPrefix("content/") {
            let entry = files.entry(path)
            if let index = pageIndex[path] {
                guard case .file(let size) = entry else { return nil }
                updated.result.pages[index].size = size
            } else if dataFiles.contains(path) || path == "content/facets.yaml" || path == "content/figures.yaml" {
                // facets.yaml and figures.yaml are read by name whether or not they exist.
                guard case .file = entry else { return nil }
            } else if entry != .missing || refused.contains(path) {
                return nil
            }
        }
        return changed.contains("folio.yaml") ? nil : updated
    }
}

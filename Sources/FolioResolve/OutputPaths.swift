import FolioModel

/// Every output path has exactly one producer. Checked before anything is rendered or written: two
/// pages with one address (`towns/bebra.md` next to `towns/bebra/index.md`), or a page where a
/// generated page goes (`bibliography.md`), is an error naming every source. A citable page also
/// produces its citation files, and each bibliography entry its own (`CitationFiles`).
enum OutputPaths {
    /// The pages Folio generates in every language, by their address inside the language folder.
    static let generatedPages = ["bibliography": "the generated bibliography page",
                                 "finder": "the generated recommendation finder", "search": "the generated search page"]

    /// The folder of each language's search index (FolioSearch's `Pagefind.bundleFolder`): no page
    /// may be in it.
    static let searchIndexFolder = "pagefind"

    static func check(_ site: LoadedSite, _ problems: inout [Diagnostic]) {
        var producers: [String: [(name: String, location: SourceLocation?)]] = [:]
        let editions = PrintEdition.names(site)
        for language in site.config.languages {
            for (path, name) in generatedPages {
                producers[language + "/" + path + "/index.html", default: []].append((name, nil))
            }
            for edition in editions {
                producers[PrintEdition.folder(edition, language: language) + "index.html", default: []]
                    .append(("the generated print edition", nil))
            }
        }
        for page in site.pages {
            let folder = page.language + "/" + (page.path.isEmpty ? "" : page.path + "/")
            producers[folder + "index.html", default: []].append((page.source, .file(page.source)))
            if site.config.search != .off && (page.path == searchIndexFolder || page.path.hasPrefix(searchIndexFolder + "/")) {
                producers[folder + "index.html", default: []].append(("the search index's folder \(page.language)/\(searchIndexFolder)/", nil))
            }
            if CitationFiles.isCitable(site.schemas.role(of: page.kind), path: page.path) {
                for format in CitationFiles.Format.allCases {
                    producers[CitationFiles.page(folder: folder, format), default: []].append((page.source, .file(page.source)))
                }
            }
        }
        // Entries with the same id are reported as duplicates already: one producer per id here.
        for id in Set(site.data.bibliography.map(\.id)) {
            for format in CitationFiles.Format.allCases {
                producers[CitationFiles.entry(id, format), default: []].append(("the bibliography entry '\(id)'", nil))
            }
        }
        for (output, sources) in producers.filter({ $0.value.count > 1 }).sorted(by: { $0.key < $1.key }) {
            let names = sources.map { $0.location.map(\.description) ?? $0.name }
            let first = sources.compactMap(\.location).min()
            problems.append(.error("output.collision",
                                   "\(sources.count) sources produce \(output): \(names.joined(separator: ", "))",
                                   at: first,
                                   hint: "every page needs its own address: rename or move all but one of them"))
        }
    }
}

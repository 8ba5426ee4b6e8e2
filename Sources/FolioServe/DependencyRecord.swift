import FolioRender
import FolioResolve

/// Which inputs each page of a build read, so that a rebuild re-renders only the pages whose
/// inputs changed. Inputs are named by what editors save, by file path, never by page kind, so a
/// record kind declared in a schema file is covered like the built-in ones.
///
/// Every page reads the site's shared inputs (`SharedInputs`: what pages show of each other,
/// folio.yaml, the data files, the theme); when they change, everything is rendered again and a
/// new record made, unless only what pages show of themselves changed: then the pages that read
/// them are found by what each page read when rendered (`RenderCache.readers(of:)`). Beside
/// them, a page reads the files of its own page group, in every language:
/// its text, or the original's when it falls back to it, and the original's text hash for the
/// "translation outdated" notice. A print edition reads the files of every group it holds (it
/// shows their bodies). Coarse on purpose: a page is rendered again when any file of its group
/// changed, never missed.
struct DependencyRecord {
    /// Output path ("de/towns/bebra/index.html") → the page files it reads besides the shared inputs.
    private(set) var files: [String: [String]] = [:]
    /// Page file ("content/en/towns/bebra.md") → the output paths that read it.
    private var readers: [String: [String]] = [:]

    init(_ resolved: ResolvedSite) {
        func sources(of group: Int) -> [String] {
            resolved.groups[group].variants.values.map { resolved.site.pages[$0].source }
        }
        for group in resolved.groups.indices {
            for language in resolved.config.languages {
                add(SiteRenderer.pagePath(of: group, in: language, resolved), reading: sources(of: group).sorted())
            }
        }
        for edition in PrintEdition.all(resolved) {
            let held = edition.groups(resolved).flatMap(sources(of:)).sorted()
            for language in resolved.config.languages {
                add(SiteRenderer.printEditionPath(edition, in: language), reading: held)
            }
        }
    }

    private mutating func add(_ path: String, reading sources: [String]) {
        files[path] = sources
        for source in sources { readers[source, default: []].append(path) }
    }

    /// The pages that read any of `changed` (page files whose text changed, the shared inputs
    /// being the same).
    func pages(reading changed: some Sequence<String>) -> Set<String> {
        var pages = Set<String>()
        for file in changed { pages.formUnion(readers[file] ?? []) }
        return pages
    }
}

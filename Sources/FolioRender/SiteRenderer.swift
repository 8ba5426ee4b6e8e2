import Foundation
import FolioMarkdown
import FolioModel
import FolioResolve

/// Stage 3: renders every page (in parallel) through its kind's template and the base layout,
/// and adds the site-wide files: the language chooser, 404, bibliography, citation files, sitemap,
/// robots.txt, assets.
public enum SiteRenderer {
    /// The keys of the bibliography's, search page's and 404 page's models (see `TemplateVocabulary`).
    static let viewKeys: Set<String> = Set(["kind", "title", "entries", "id", "html", "incomplete", "unindexed", "text"]
                                           + CitationFiles.Format.allCases.map(\.rawValue))

    /// Renders the site and returns its files sorted by path (for `check` and tests).
    /// `only`, `cache`: see the other `render`.
    public static func render(_ resolved: ResolvedSite, documents: [MarkdownDocument], theme: Theme,
                              threads: Int = Parallel.defaultThreads, only: Set<String>? = nil, pdfLanguages: Set<String> = [],
                              cache: RenderCache? = nil, into diagnostics: inout Diagnostics) -> [OutputFile] {
        let lock = NSLock()
        var files: [OutputFile] = []
        render(resolved, documents: documents, theme: theme, threads: threads, only: only, pdfLanguages: pdfLanguages,
               cache: cache, into: &diagnostics) { file in
            lock.lock()
            files.append(file)
            lock.unlock()
        }
        return files.sorted { $0.path < $1.path }
    }

    /// Renders the site and hands each file to `emit` as soon as it is ready, from several threads,
    /// so that a build can write pages while it renders others and never hold the whole site.
    /// Nothing is emitted when the theme has errors. `pdfLanguages`: the languages whose print
    /// editions `folio pdf` prints in this build, which the pages then link (see `PrintLinks`). `only`: the paths of the pages to render
    /// (`pagePath`, `printEditionPath`) and the groups of site-wide files (bibliography, data, finder, search,
    /// 404, sitemap, assets: `siteWideKey`), for a preview server that re-renders what a change can reach. `cache`: what
    /// this render keeps for the next (`RenderCache`); with `only`, the set-up and the print
    /// editions' sections of the groups whose pages are not rendered are taken from it.
    public static func render(_ resolved: ResolvedSite, documents: [MarkdownDocument], theme: Theme,
                              threads: Int = Parallel.defaultThreads, only: Set<String>? = nil, pdfLanguages: Set<String> = [],
                              cache: RenderCache? = nil,
                              into diagnostics: inout Diagnostics, emit: @escaping (OutputFile) -> Void) {
        render(resolved, documents: documents, theme: theme, threads: threads, only: only, pdfLanguages: pdfLanguages,
               cache: cache, keyLog: nil, into: &diagnostics, emit: emit)
    }

    /// The same; `keyLog` collects the keys of every view model rendered (see `ViewModelKeyLog`).
    static func render(_ resolved: ResolvedSite, documents: [MarkdownDocument], theme: Theme, threads: Int, only: Set<String>?,
                       pdfLanguages: Set<String>, cache: RenderCache?, keyLog: ViewModelKeyLog?,
                       into diagnostics: inout Diagnostics, emit: @escaping (OutputFile) -> Void) {
        // With `only`, the theme, folio.yaml, the schemas and what pages show each other are the last render's.
        let kept = only == nil ? nil : cache?.keptSetup
        var problems: [Diagnostic] = kept?.problems ?? []
        let templates = kept?.templates ?? TemplateSet.compile(theme, kinds: resolved.schemas.all, keyLog: keyLog, into: &problems)
        if kept == nil {
            let recordKinds = resolved.schemas.all.filter { $0.role == .record || !$0.originFields.isEmpty }.map(\.kind)
            problems += UIStringsCheck.run(theme: theme, themeName: resolved.config.theme, languages: resolved.config.languages,
                                           defaultLanguage: resolved.config.defaultLanguage, recordKinds: recordKinds)
        }
        diagnostics.append(contentsOf: problems)
        guard !problems.contains(where: { $0.severity == .error }) else { return }

        let config = resolved.config
        var environments: [String: LanguageEnvironment] = [:]
        var namings: [String: Naming] = [:]
        let editions = PrintEdition.all(resolved)
        // What the set-up reads of the pages is shown on every page (see `RenderCache.readers`).
        let setupReads = PageReads()
        let printLinks = setupReads.record { PrintLinks(resolved: resolved, editions: editions, pdfLanguages: pdfLanguages) }
        // How deep the deepest page of a language sits: its group's folder, the bibliography's or a print edition's.
        let generatedDepth = max(PagePlace.depth(of: config.defaultLanguage + "/bibliography/"),
                                 PagePlace.depth(of: PrintEdition.folder("edition", language: config.defaultLanguage)))
        let maxDepth = kept?.maxDepth ?? resolved.groups.indices.reduce(generatedDepth) { deepest, group in
            max(deepest, PagePlace.depth(of: resolved.folder(of: group, in: config.defaultLanguage)))
        }
        let allJobs = kept?.jobs ?? PageJob.all(resolved)
        // Made for a preview's later renders (`cache`); a kept one is this render's too.
        let jobIndex = kept?.jobIndex ?? (cache == nil ? [:] : Dictionary(uniqueKeysWithValues: allJobs.enumerated().map { index, job in
            (pagePath(of: job.group, in: job.language, resolved), index)
        }))
        let renewsNaming = cache?.renewsNaming ?? false
        let navigationReads = PageReads()
        for language in config.languages {
            var environment = setupReads.record { LanguageEnvironment(language: language, resolved: resolved, theme: theme) }
            // Its link texts are noted where they are used (`Naming.linkText`).
            let naming = Naming(resolved: resolved, environment: environment, kept: renewsNaming ? nil : kept?.naming[language])
            environment.navigation = kept?.navigation[language] ?? navigationReads.record {
                Navigation(naming: naming, templates: templates, siteValues: environment.siteValues, maxDepth: maxDepth)
            }
            environments[language] = environment
            namings[language] = naming
        }
        let layout = setupReads.record { Layout(resolved: resolved, templates: templates, environments: environments, namings: namings) }
        let pageIndex = cache == nil ? [:] : Dictionary(uniqueKeysWithValues: resolved.site.pages.enumerated().map { ($1.identity, $0) })
        func indices(_ reads: PageReads) -> Set<Int> { Set(reads.pages.compactMap { pageIndex[$0] }) }
        let keptNavigationReads = kept == nil ? indices(navigationReads) : kept!.navigationReads
        cache?.setup = RenderCache.Setup(templates: templates, problems: problems,
                                            navigation: environments.compactMapValues(\.navigation),
                                            naming: namings.mapValues(\.tables), maxDepth: maxDepth, jobs: allJobs,
                                            jobIndex: jobIndex, navigationReads: keptNavigationReads)
        cache?.keepReads(setup: indices(setupReads).union(keptNavigationReads), everything: only == nil)

        let jobs = only.map { only in
            cache == nil ? allJobs.filter { only.contains(pagePath(of: $0.group, in: $0.language, resolved)) }
                : only.compactMap { jobIndex[$0] }.sorted().map { allJobs[$0] }
        } ?? allJobs
        _ = Parallel.map(jobs.count, threads: threads) { number in
            let job = jobs[number]
            guard let cache else { return renderPage(job) }
            let reads = PageReads()
            reads.record { renderPage(job) }
            cache.keepReads(indices(reads), of: pagePath(of: job.group, in: job.language, resolved))
        }
        /// Renders one page and the files that go with it (its citation files).
        func renderPage(_ job: PageJob) {
            let page = resolved.site.pages[job.page]
            let environment = environments[job.language]!
            let naming = namings[job.language]!
            let place = PagePlace(folder: resolved.folder(of: job.group, in: job.language))
            let context = PageRenderContext(naming: naming, root: place.root, pageIndex: job.page, group: job.group,
                                            tables: TableRenderer())
            let body = documents[job.page].render(in: context)
            var model = PageViewModel(naming: naming, root: place.root, pageIndex: job.page, group: job.group)
                .build(body: body, sectionNumbers: context.sectionNumbers)
            TranslationNotices.add(to: &model, job: job, root: place.root, resolved: resolved, strings: environment.strings)
            printLinks.add(to: &model, group: job.group, language: job.language, root: place.root, naming: naming)
            if let citation = Citation.page(job.group, naming: naming) {
                CiteBlock.add(citation, to: &model, strings: environment.strings)
                CiteBlock.files(citation) { CitationFiles.page(folder: place.folder, $0) }.forEach(emit)
            }
            let html = layout.page(model: model, template: resolved.schemas[page.kind]?.template ?? page.kind.rawValue, group: job.group,
                                   language: job.language, title: page.title, place: place, textLanguage: page.language)
            emit(OutputFile(path: PagePlace.page(place.folder), bytes: html))
        }
        let printJobs = config.languages.flatMap { language in editions.map { (language: language, edition: $0) } }
            .filter { only?.contains(printEditionPath($0.edition, in: $0.language)) ?? true }
        if only == nil || renewsNaming { cache?.forgetChapters() }
        let defers = cache?.defersPrintEditions ?? false
        _ = Parallel.map(printJobs.count, threads: defers ? 1 : threads) { number in
            let (language, edition) = printJobs[number]
            var page = PrintEditionPage(naming: namings[language]!, edition: edition, documents: documents,
                                        pdf: printLinks.pdfURL(edition, language: language))
            if let cache {
                page.sections = (cache, { group in only.map { !$0.contains(pagePath(of: group, in: language, resolved)) } ?? false })
                if defers {
                    cache.deferFile(printEditionPath(edition, in: language)) { [page] in page.file(layout: layout).bytes }
                    return
                }
            }
            emit(page.file(layout: layout))
        }
        /// Makes one group of site-wide files (`key`: see `siteWideKey`) when the render makes
        /// everything or `only` names it, recording what it reads for a preview's next render.
        func siteWide(_ name: String, _ make: () -> Void) {
            let key = siteWideKey(name)
            guard only?.contains(key) ?? true else { return }
            guard let cache else { return make() }
            let reads = PageReads()
            reads.record(make)
            cache.keepReads(indices(reads), of: key)
        }
        for language in config.languages {
            siteWide(language + "/bibliography") { emit(bibliography(resolved, layout: layout, environment: environments[language]!)) }
            siteWide(language + "/data") { DataDownloads(naming: namings[language]!).files().forEach(emit) }
            siteWide(language + "/finder") { emit(finder(layout: layout, naming: namings[language]!)) }
            if config.search != .off {
                siteWide(language + "/search") { emit(search(layout: layout, environment: environments[language]!)) }
            }
        }
        siteWide("citations") {
            for entry in resolved.site.data.bibliography {
                CiteBlock.files(Citation(entry)) { CitationFiles.entry(entry.id, $0) }.forEach(emit)
            }
        }
        siteWide("root") {
            emit(OutputFile(path: "index.html", bytes: LanguageChooser(layout: layout).page()))
            emit(OutputFile(path: "robots.txt", text: Robots.txt(config)))
            emit(notFound(layout: layout, environment: environments[config.defaultLanguage]!))
            emit(OutputFile(path: "sitemap.xml", text: Sitemap.xml(resolved)))
        }
        siteWide("assets") {
            for (path, bytes) in theme.assets.sorted(by: { $0.key < $1.key }) {
                emit(OutputFile(path: "assets/" + path, bytes: bytes))
            }
        }
    }

    /// The name under which a group of site-wide files is named in `render`'s `only` and in a
    /// preview's record of reads ("en/finder" after a NUL, which no output path holds).
    static func siteWideKey(_ name: String) -> String { "\u{0}site-wide " + name }

    /// The path of a group's page in a language: "en/towns/bebra/index.html".
    public static func pagePath(of group: Int, in language: String, _ resolved: ResolvedSite) -> String {
        PagePlace.page(resolved.folder(of: group, in: language))
    }

    /// The path of a print edition's page in a language: "en/print/white-paper/index.html".
    public static func printEditionPath(_ edition: PrintEdition, in language: String) -> String {
        PagePlace.page(PrintEdition.folder(edition.name, language: language))
    }

    private static func bibliography(_ resolved: ResolvedSite, layout: Layout, environment: LanguageEnvironment) -> OutputFile {
        let strings = environment.strings
        let place = PagePlace(folder: environment.language + "/bibliography/")
        let entries = resolved.bibliographyOrder(resolved.site.data.bibliography.indices).map { resolved.site.data.bibliography[$0] }
        let items = entries.map { entry -> ViewValue in
            var item: ViewModel = ["id": .text(entry.id), "html": .text(BibliographyFormat.html(entry))]
            for format in CitationFiles.Format.allCases {
                item[format.rawValue] = .text(place.root + CitationFiles.entry(entry.id, format))
            }
            if entry.incomplete { item["incomplete"] = .text(strings["incomplete-reference"]) }
            return .map(item)
        }
        let title = strings["bibliography"]
        let model: ViewModel = ["kind": "bibliography", "title": .text(title), "entries": .list(items)]
        let html = layout.page(model: model, template: "bibliography", group: nil, language: environment.language,
                               title: title, place: place)
        return OutputFile(path: environment.bibliographyPath, bytes: html)
    }

    private static func finder(layout: Layout, naming: Naming) -> OutputFile {
        let language = naming.environment.language
        let place = PagePlace(folder: RecommendationFinder.folder(language))
        let model = RecommendationFinder(naming: naming, root: place.root).model()
        let html = layout.page(model: model, template: "finder", group: nil, language: language,
                               title: naming.environment.strings["finder-title"], place: place)
        return OutputFile(path: PagePlace.page(place.folder), bytes: html)
    }

    private static func search(layout: Layout, environment: LanguageEnvironment) -> OutputFile {
        let title = environment.strings["search-title"]
        let place = PagePlace(folder: SearchPage.folder(environment.language))
        let html = layout.page(model: ["kind": "search", "title": .text(title), "unindexed": true], template: "search", group: nil,
                               language: environment.language, title: title, place: place)
        return OutputFile(path: PagePlace.page(place.folder), bytes: html)
    }

    private static func notFound(layout: Layout, environment: LanguageEnvironment) -> OutputFile {
        let title = environment.strings["not-found-title"]
        let model: ViewModel = ["kind": "not-found", "title": .text(title), "text": .text(environment.strings["not-found-text"]),
                                "unindexed": true]
        return OutputFile(path: "404.html", bytes: layout.page(model: model, template: "404", group: nil,
                                                              language: environment.language, title: title,
                                                              place: PagePlace(folder: ""),
                                                              canonical: layout.resolved.config.basePath + "404.html"))
    }
}

import Foundation
import FolioLoad
import FolioModel
import FolioRender
import FolioResolve

/// The four stages in order. It stops at a stage boundary when there are errors, so a failed
/// build never reaches the Write stage.
public struct Pipeline {
    public struct Outcome {
        public var files: [OutputFile]
        public var diagnostics: Diagnostics
        /// Language → pages.
        public var pagesPerLanguage: [String: Int]
        public var languages: [String]
        /// The path the site is published under ("/" or "/pub/"), from base_url; "/" until loaded.
        public var basePath = "/"
        /// The print editions' names (`white-paper`), once resolved.
        public var printEditions: [String] = []
        /// Stage name → seconds, in the order the stages ran.
        public var timings: [(stage: String, seconds: Double)] = []
    }

    public let root: URL
    /// Threads for the parallel stages; the output is the same for any number.
    public let threads: Int

    /// Builds without search (no search box, no search page) whatever folio.yaml says: set when
    /// Pagefind is missing and folio.yaml's `search` is `optional`.
    public var withoutSearch = false

    /// The languages whose print editions are printed to PDF in this build (`folio pdf`), so that
    /// the pages link the PDFs; `folio build` makes none.
    public var pdfLanguages: Set<String> = []

    /// Page readings kept from an earlier build (`folio serve`); nil reads every file afresh.
    public var cache: PageReadCache?

    /// What an earlier render kept for this one (`folio serve`; see `RenderCache`).
    public var renderCache: RenderCache?

    /// Decides how the theme is loaded, given the loader (the theme folio.yaml names, from disk);
    /// nil calls the loader. `folio serve` sets it to keep the theme while no theme file changed.
    public var themeLoader: ((_ load: (inout Diagnostics) -> Theme?, _ diagnostics: inout Diagnostics) -> Theme?)?

    /// Resolves the loaded site (after the theme is loaded); nil resolves it whole. `folio
    /// serve` sets it to keep what an earlier build resolved (`ResolvedStructure`).
    public var resolver: ((LoadedSite) -> ResolvedStructure)?

    /// Decides, once the site is resolved, which pages to render (`SiteRenderer.render`'s `only`);
    /// nil renders everything. `folio serve` sets it to re-render only what a change can reach.
    public var plan: ((ResolvedSite, Theme) -> Set<String>?)?

    public init(root: URL, threads: Int = Parallel.defaultThreads) {
        self.root = root
        self.threads = max(1, threads)
    }

    /// Runs Load, Resolve and Render. Without `emit`, the files are collected in the outcome
    /// (empty when any stage reported an error); with it, each file goes to `emit` as it is
    /// rendered, and the caller discards what it wrote when the outcome has errors. `stage` is
    /// told the name of each stage as it starts (for progress).
    public func run(emit: ((OutputFile) -> Void)? = nil, stage: (String) -> Void = { _ in }) -> Outcome {
        var diagnostics = Diagnostics()
        var outcome = Outcome(files: [], diagnostics: diagnostics, pagesPerLanguage: [:], languages: [])
        var clock = Date()
        func lap(_ stage: String) {
            let now = Date()
            outcome.timings.append((stage, now.timeIntervalSince(clock)))
            clock = now
        }
        stage("load")
        let loadedSite = SiteLoader.load(root: root, threads: threads, cache: cache, into: &diagnostics)
        lap("load")
        guard var loaded = loadedSite else {
            outcome.diagnostics = diagnostics
            return outcome
        }
        if withoutSearch { loaded.site.config.search = .off }
        outcome.languages = loaded.site.config.languages
        outcome.basePath = loaded.site.config.basePath
        for page in loaded.site.pages { outcome.pagesPerLanguage[page.language, default: 0] += 1 }
        stage("resolve")
        let config = loaded.site.config
        func loadTheme(_ diagnostics: inout Diagnostics) -> Theme? {
            ThemeLoader.load(root: root, name: config.theme, installed: InstalledThemes.folders, limits: config.limits, into: &diagnostics)
        }
        let theme = themeLoader.map { $0(loadTheme, &diagnostics) } ?? loadTheme(&diagnostics)
        let resolved = resolver.map { SiteResolver.resolve($0(loaded.site), into: &diagnostics) }
            ?? SiteResolver.resolve(loaded.site, threads: threads, into: &diagnostics)
        lap("resolve")
        guard !diagnostics.hasErrors, let theme else {
            outcome.diagnostics = diagnostics
            return outcome
        }
        outcome.printEditions = PrintEdition.all(resolved).map(\.name)
        stage("render")
        let only = plan?(resolved, theme)
        if let emit {
            SiteRenderer.render(resolved, documents: loaded.documents, theme: theme, threads: threads, only: only,
                                pdfLanguages: pdfLanguages, cache: renderCache, into: &diagnostics, emit: emit)
        } else {
            let files = SiteRenderer.render(resolved, documents: loaded.documents, theme: theme, threads: threads, only: only,
                                            pdfLanguages: pdfLanguages, cache: renderCache, into: &diagnostics)
            outcome.files = diagnostics.hasErrors ? [] : files
        }
        lap("render")
        outcome.diagnostics = diagnostics
        return outcome
    }

    /// Load and Resolve only, for the commands that report on the content (`stats`,
    /// `translations`); nil when loading failed or `stopOnErrors` and there are errors.
    public func resolve(stopOnErrors: Bool) -> (site: ResolvedSite?, diagnostics: Diagnostics) {
        var diagnostics = Diagnostics()
        guard let loaded = SiteLoader.load(root: root, threads: threads, into: &diagnostics) else { return (nil, diagnostics) }
        let resolved = SiteResolver.resolve(loaded.site, threads: threads, into: &diagnostics)
        return (stopOnErrors && diagnostics.hasErrors ? nil : resolved, diagnostics)
    }
}

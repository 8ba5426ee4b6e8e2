import Foundation
import FolioCLI
import FolioLoad
import FolioModel
import FolioResolve
import FolioRender

/// Builds the site in memory (the same Load → Resolve → Render as `folio build`, without the
/// Write stage: nothing is written to output/, so `folio build` can run beside the server), and
/// after the first build only what a change can reach: page files whose text is unchanged are
/// not parsed again (`PageReadCache`), and only the pages that read a changed input are rendered
/// again (`SharedInputs`, `DependencyRecord`), with the last render's set-up, and of the print
/// editions only the sections of those pages (`RenderCache`); the other files are the last good
/// build's. When only page bodies changed, the last good build's resolution is kept
/// (`ResolvedStructure`) with the problems of the changed bodies found again, so the diagnostics
/// are a full build's. When what pages show each other changed (a title, a summary, a field)
/// but the site's structure did not (`ResolvedSite.hasSameStructure`), the site is resolved
/// again and only the pages that read a changed page when last rendered (`PageReads`, kept in
/// `RenderCache`), those pages' own groups, the site-wide files and the print editions are
/// rendered again. Print editions are made when first requested (`DeferredFile`).
/// Used from one thread at a time (the watcher's).
final class PreviewBuilder {
    /// What the last successful build leaves for the next one.
    private struct Good {
        var shared: UInt64
        /// The digests of folio.yaml with the data files, and of the theme, that `shared` covers.
        var data: UInt64
        var theme: UInt64
        /// Page file → hash of its text, and of what it shows the other pages.
        var texts: [String: UInt64]
        var shows: [String: UInt64]
        var record: DependencyRecord
        var files: [String: SiteFile]
        var renderCache: RenderCache
        var structure: ResolvedStructure
    }

    /// What the plan decided for the build under way.
    private struct Plan {
        var shared: UInt64
        var theme: UInt64
        var texts: [String: UInt64]
        var shows: [String: UInt64]
        var record: DependencyRecord
        /// The pages to render; nil for everything.
        var pages: Set<String>?
    }

    private let root: URL
    private let threads: Int
    /// Whether to keep the diagnostics and summary off standard error (tests).
    private let quiet: Bool
    /// The latest build's readings, failed builds' too: a fix after an error reuses them.
    private var cache: PageReadCache?
    private let themes = ThemeCache()
    private var good: Good?
    /// The last build's hash of folio.yaml and the data files, and those files (`SharedInputs.data`).
    private var data: (digest: UInt64, files: Set<String>)?

    init(root: URL, threads: Int, quiet: Bool = false) {
        self.root = root
        self.threads = threads
        self.quiet = quiet
    }

    /// `changed`: the files that changed since the last build (the watcher's report), nil when
    /// unknown; the other page files are not read again.
    func build(changed: Set<String>? = nil) -> PreviewBuild {
        let start = Date()
        // Hashed again only when a named file can change it (hashing walks all of content/).
        let last = self.data.flatMap { SharedInputs.dataMayDiffer(changed: changed, root: root, files: $0.files) ? nil : $0 }
        let dataInputs = last ?? SharedInputs.data(root: root)
        self.data = dataInputs
        let data = dataInputs.digest
        let cache = PageReadCache(after: self.cache, changed: changed, inputs: data)
        self.cache = cache
        var pipeline = Pipeline(root: root, threads: threads)
        pipeline.cache = cache
        let renderCache = RenderCache(after: good?.renderCache)
        renderCache.defersPrintEditions = true
        pipeline.renderCache = renderCache
        pipeline.themeLoader = { [themes] load, diagnostics in themes.theme(changed: changed, load: load, into: &diagnostics) }
        var shared: UInt64?
        var structure: ResolvedStructure?
        var fingerprints: [String: PageReadCache.Fingerprint] = [:]
        pipeline.resolver = { [good, threads, themes] site in
            fingerprints = cache.fingerprints
            // Nothing that pages show each other changed: only bodies did (see `ResolvedStructure`).
            shared = themes.digest.map { SharedInputs.digest(data: data, theme: $0, pages: fingerprints) }
            if let good, good.shared == shared {
                structure = SiteResolver.structure(good.structure, withBodiesOf: site)
            } else {
                structure = SiteResolver.structure(of: site, threads: threads)
            }
            return structure!
        }
        var plan: Plan?
        pipeline.plan = { [good, themes] resolved, _ in
            let texts = fingerprints.mapValues(\.text)
            let shows = fingerprints.mapValues(\.shared)
            guard let shared, let theme = themes.digest else { return nil }
            guard let good, good.data == data, good.theme == theme else {
                plan = Plan(shared: shared, theme: theme, texts: texts, shows: shows, record: DependencyRecord(resolved), pages: nil)
                return nil
            }
            let changed = texts.filter { good.texts[$0.key] != $0.value }.keys
            var pages = good.record.pages(reading: changed)
            if good.shared != shared {
                // What pages show each other changed: a title, a summary, a field. Unless the
                // structure changed too, only the pages that read a changed page are rendered again.
                let shown = Set(resolved.site.pages.indices.filter { shows[resolved.site.pages[$0].source] != good.shows[resolved.site.pages[$0].source] })
                guard resolved.hasSameStructure(as: good.structure.resolved), let readers = good.renderCache.readers(of: shown) else {
                    plan = Plan(shared: shared, theme: theme, texts: texts, shows: shows, record: DependencyRecord(resolved), pages: nil)
                    return nil
                }
                pages.formUnion(readers)
                // Made on request; each shows every title of its parts and chapters.
                for edition in PrintEdition.all(resolved) {
                    pages.formUnion(resolved.config.languages.map { SiteRenderer.printEditionPath(edition, in: $0) })
                }
                renderCache.renewsNaming = true
            }
            plan = Plan(shared: shared, theme: theme, texts: texts, shows: shows, record: good.record, pages: pages)
            return pages
        }
        let outcome = pipeline.run()
        let printed = Report.formatted(outcome.diagnostics, root: root)
        let failed = outcome.diagnostics.hasErrors
        var files: [String: SiteFile]?
        let deferred = renderCache.takeDeferred()
        if !failed, let plan, let structure {
            var merged = plan.pages == nil ? [:] : good?.files ?? [:]
            for file in outcome.files { merged[file.path] = .bytes(file.bytes) }
            for (path, make) in deferred { merged[path] = .deferred(DeferredFile(make)) }
            good = Good(shared: plan.shared, data: data, theme: plan.theme, texts: plan.texts, shows: plan.shows, record: plan.record,
                        files: merged, renderCache: renderCache, structure: structure)
            files = merged
        }
        let rendered = plan.map { $0.pages.map { "\($0.count) pages rendered again" } ?? "all rendered" } ?? "not rendered"
        let stages = outcome.timings.map { "\($0.stage) \(Int(($0.seconds * 1000).rounded())) ms" }.joined(separator: ", ")
        let summary = Report.summary(outcome, seconds: Date().timeIntervalSince(start),
                                     verb: failed ? "build failed, still serving the last good site" : "built (\(rendered); \(stages))")
        if !quiet { FileHandle.standardError.write(Data((printed + [summary]).map { $0 + "\n" }.joined().utf8)) }
        return PreviewBuild(site: files, diagnostics: printed, errors: failed ? printed : [], basePath: outcome.basePath, summary: summary,
                            rendered: plan?.pages)
    }
}

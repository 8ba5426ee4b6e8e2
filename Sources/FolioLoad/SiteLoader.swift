import Foundation
import FolioMarkdown
import FolioModel

/// What the Load stage hands on: the typed site, and each page's compiled body (same order as
/// `site.pages`), whose holes the Render stage fills.
public struct LoadResult: @unchecked Sendable {
    public var site: LoadedSite
    public var documents: [MarkdownDocument]
}

/// Stage 1: reads `folio.yaml` and `content/`, and decodes every file into typed records.
/// Files are read and parsed in parallel; the result does not depend on the thread count.
public enum SiteLoader {
    /// `cache`: readings of page files kept from an earlier build (a preview server's); each file
    /// whose text is unchanged is not parsed again.
    public static func load(root: URL, threads: Int = Parallel.defaultThreads, cache: PageReadCache? = nil,
                            into diagnostics: inout Diagnostics) -> LoadResult? {
        guard let config = loadConfig(root: root, into: &diagnostics) else { return nil }
        var problems: [Diagnostic] = []
        defer { diagnostics.append(contentsOf: problems) }
        var files = ProjectFiles(root: root)
        files.maximumFileBytes = config.limits.fileBytes

        var data = PublicationData()
        var broken = BrokenInputs()
        /// `parse`'s result, or the last build's when `input` (all it reads) is unchanged (see `DataFileCache`).
        func parsed<T>(_ key: String, input: @autoclosure () -> String, _ parse: (inout [Diagnostic]) -> T) -> T {
            guard let cache else { return parse(&problems) }
            return cache.data.parsed(key, input: input(), into: &problems, parse)
        }
        /// Parses one data file's text, remembering the file as broken when that reported an error.
        func loadData<T>(_ file: String, _ text: String, _ parse: (inout [Diagnostic]) -> T) -> T {
            let before = problems.count
            let value = parsed(file, input: text, parse)
            if problems[before...].contains(where: { $0.severity == .error }) { broken.dataFiles.insert(file) }
            return value
        }
        /// Reads one data file, remembering it as broken when it cannot be read.
        func readData(_ file: String) -> String? {
            let text = read(files, file, &problems)
            if text == nil { broken.dataFiles.insert(file) }
            return text
        }
        if files.entry("content/facets.yaml") != .missing, let text = readData("content/facets.yaml") {
            data.facets = loadData("content/facets.yaml", text) { PublicationDataLoader.facets(text, file: "content/facets.yaml", into: &$0) }
        }
        if files.entry("content/figures.yaml") != .missing, let text = readData("content/figures.yaml") {
            data.figures = loadData("content/figures.yaml", text) { PublicationDataLoader.figures(text, file: "content/figures.yaml", into: &$0) }
        }
        let scan = cache?.scan(languages: config.languages, files: files, into: &problems)
            ?? ContentScanner(files: files, languages: config.languages).scan(into: &problems)
        if let crossing = firstPageOverLimit(scan.pages, limit: config.limits.siteBytes) {
            problems.append(crossing)
            return nil
        }
        let schemaFiles = scan.schemas.compactMap { file in readData(file).map { (path: file, text: $0) } }
        let facets = broken.dataFiles.contains("content/facets.yaml") ? nil : data.facets
        let schemas = parsed("content/_schema/", input: "\(schemaFiles)\u{0}\(String(describing: facets))") {
            SchemaLoader.load(schemaFiles, facets: facets, into: &$0)
        }
        for (language, file) in scan.labels.sorted(by: { $0.key < $1.key }) {
            if let text = readData(file) {
                data.labels[language] = loadData(file, text) { PublicationDataLoader.labels(text, file: file, into: &$0) }
            }
        }
        // Only where the language's folder and label file loaded: a refused one is its own error.
        if files.entry("content") == .directory {
            let checked = config.languages.filter { language in
                !scan.refusedFolders.contains { $0.source == "content/\(language)" }
                    && !(scan.labels[language].map(broken.dataFiles.contains) ?? false)
            }
            LabelCompleteness.check(data, labelFiles: scan.labels, languages: checked, into: &problems)
        }
        for (language, file) in scan.termbases.sorted(by: { $0.key < $1.key }) {
            if let text = readData(file) {
                data.termbases[language] = loadData(file, text) { TermbaseLoader.load(text, file: file, into: &$0) }
            }
        }
        for file in scan.bibliography {
            guard let text = readData(file) else { continue }
            data.bibliography += loadData(file, text) { PublicationDataLoader.bibliography(text, file: file, into: &$0) }
        }

        let reading = PageReading(files: files, allowRawHTML: config.allowRawHTML, cache: cache,
                                  compressHTML: scan.pages.reduce(0) { $0 + $1.size } > compressionThreshold)
        for page in scan.refusedPages where page.language == config.defaultLanguage {
            broken.pages.append(.init(kind: nil, id: RawPage.defaultID(of: page.relativePath), source: page.source))
        }
        broken.folders = scan.refusedFolders.filter { $0.language == config.defaultLanguage }.map(\.source)
        let (pages, documents) = loadPages(scan.pages, reading: reading, config: config,
                                           decoder: PageDecoder(data: data, schemas: schemas.schemas, brokenData: broken.dataFiles),
                                           brokenKinds: schemas.broken, threads: threads, broken: &broken, into: &problems)
        return LoadResult(site: LoadedSite(config: config, data: data, pages: pages, schemas: schemas.schemas, broken: broken),
                          documents: documents)
    }

    /// Above this much Markdown, compiled bodies are held compressed between the load and render
    /// stages: every body waits in memory for the whole site to be resolved, and on a site of
    /// thousands of pages that is hundreds of megabytes. Below it, speed is worth more.
    static let compressionThreshold = 64 << 20

    /// The page at which the pages' total size passes the site's limit, checked before any page is
    /// read so that an oversized site fails at once instead of exhausting memory.
    static func firstPageOverLimit(_ pages: [ContentScanner.PageFile], limit: Int) -> Diagnostic? {
        var total = 0
        for page in pages {
            total += page.size
            guard total > limit else { continue }
            return .error("content.too-large",
                          "the pages reach \(InputLimits.megabytes(total)) with \(page.source), more than the site's limit of \(InputLimits.megabytes(limit))",
                          at: .file(page.source),
                          hint: "raise the limit in folio.yaml (limits: {site_mb: …}) if the machine has the memory for it")
        }
        return nil
    }

    /// Reads `folio.yaml` alone, for commands that need the languages but not the content.
    public static func loadConfig(root: URL, into diagnostics: inout Diagnostics) -> SiteConfig? {
        var problems: [Diagnostic] = []
        defer { diagnostics.append(contentsOf: problems) }
        let files = ProjectFiles(root: root)
        if files.entry("folio.yaml") == .missing {
            problems.append(.error("file.unreadable", "there is no folio.yaml in \(root.path)", at: nil,
                                   hint: "run folio in the folder that holds folio.yaml, or pass --root"))
            return nil
        }
        guard let text = read(files, "folio.yaml", &problems) else { return nil }
        return SiteConfigLoader.load(text: text, file: "folio.yaml", into: &problems)
    }

    /// How page files are read.
    private struct PageReading {
        let files: ProjectFiles
        let allowRawHTML: Bool
        let cache: PageReadCache?
        let compressHTML: Bool

        /// Reads and parses one page file; an unreadable file becomes a page with that error.
        func read(_ file: ContentScanner.PageFile, isOriginal: Bool) -> RawPage {
            if let kept = cache?.kept(file, allowRawHTML: allowRawHTML, compressHTML: compressHTML, isOriginal: isOriginal) {
                return kept
            }
            let text: String
            var notes: [Diagnostic] = []
            switch files.text(file.source, notes: &notes) {
            case .success(let read): text = read
            case .failure(let problem):
                var page = RawPage.read(file, text: "---\n---\n", allowRawHTML: allowRawHTML, compressHTML: false,
                                        isOriginal: isOriginal)
                page.diagnostics = [problem]
                page.isUnreadable = true
                return page
            }
            let read = { () -> RawPage in
                var page = RawPage.read(file, text: text, allowRawHTML: allowRawHTML, compressHTML: compressHTML, isOriginal: isOriginal)
                page.diagnostics += notes
                return page
            }
            guard let cache else { return read() }
            return cache.page(file, text: text, allowRawHTML: allowRawHTML, compressHTML: compressHTML, isOriginal: isOriginal,
                              read: read)
        }

        /// `load` of the file's reading, or, with a cache, the last build's result when the file,
        /// the cache's `inputs` (folio.yaml, the data files) and `input` (what else `load` reads)
        /// are unchanged.
        func loaded<T>(_ file: ContentScanner.PageFile, isOriginal: Bool, input: @autoclosure () -> UInt64 = 0,
                       _ load: (RawPage) -> T) -> T {
            if let kept: T = cache?.keptLoaded(file, given: input(), allowRawHTML: allowRawHTML, compressHTML: compressHTML,
                                               isOriginal: isOriginal) {
                return kept
            }
            let raw = read(file, isOriginal: isOriginal)
            guard let cache, !raw.isUnreadable else { return load(raw) }
            return cache.loaded(file.source, given: input()) { load(raw) }
        }
    }

    /// What a translation needs of its original: its identity and its front matter, kept as text
    /// (a few hundred bytes) rather than as YAML nodes (kilobytes), and read again per translation.
    /// A class: a preview rebuild hands every original's basis on from the last build.
    private final class OriginalBasis {
        let file: String
        let identity: PageIdentity
        let frontMatter: RawPage.FrontMatter
        /// A hash of all the above: what a translation reads of its original (never 1 or 2 in
        /// practice, which stand for a broken original and none).
        let digest: UInt64

        init(file: String, identity: PageIdentity, frontMatter: RawPage.FrontMatter) {
            self.file = file
            self.identity = identity
            self.frontMatter = frontMatter
            let source = frontMatter.source
            digest = ContentHash.value([file, identity.kind.rawValue, identity.id, source.file, "\(source.firstLine)",
                                        "\(source.columnOffset)", frontMatter.yaml].joined(separator: "\u{0}"))
        }

        func fields() -> Fields {
            var ignored: [Diagnostic] = []
            guard case .success(let node) = frontMatter.source.compose(frontMatter.yaml),
                  let fields = Fields(node, source: frontMatter.source, what: "the front matter", diagnostics: &ignored)
            else { return Fields(start: .file(file)) }
            return fields
        }
    }

    /// Reads, parses and decodes every page: the originals first, then the translations merged
    /// over their originals, each in parallel, each page decoded as soon as it is read, so that no
    /// page's YAML nodes outlive it. Pages keep file order: originals, then translations.
    /// Originals that fail to load are added to `broken`; their translations are not reported again.
    private static func loadPages(_ files: [ContentScanner.PageFile], reading: PageReading, config: SiteConfig,
                                  decoder: PageDecoder, brokenKinds: Set<PageKind>, threads: Int, broken: inout BrokenInputs,
                                  into problems: inout [Diagnostic]) -> ([Page], [MarkdownDocument]) {
        let originalFiles = files.filter { $0.language == config.defaultLanguage }
        let translationFiles = files.filter { $0.language != config.defaultLanguage }

        let originals = Parallel.map(originalFiles.count, threads: threads) { index in
            reading.loaded(originalFiles[index], isOriginal: true) { raw
                -> (page: Page?, document: MarkdownDocument, basis: OriginalBasis?, diagnostics: [Diagnostic]) in
                var found = raw.diagnostics
                guard !raw.isUnreadable, let frontMatter = raw.frontMatter,
                      let identity = PageIdentity(of: raw, schemas: decoder.schemas, brokenKinds: brokenKinds, problems: &found) else { return (nil, raw.document, nil, found) }
                let (page, decodeProblems) = decode(raw, fields: raw.fields, identity: identity, recordedHash: nil, decoder: decoder)
                found += decodeProblems
                return (page, raw.document, OriginalBasis(file: raw.file.source, identity: identity, frontMatter: frontMatter), found)
            }
        }
        var basisOf: [String: OriginalBasis] = [:]
        basisOf.reserveCapacity(originals.count)
        for (index, original) in originals.enumerated() {
            let file = originalFiles[index]
            if let basis = original.basis { basisOf[file.relativePath] = basis }
            if original.page == nil {
                let identity = original.basis?.identity
                broken.pages.append(.init(kind: identity?.kind, id: identity?.id ?? RawPage.defaultID(of: file.relativePath),
                                    source: file.source))
            }
        }
        let brokenOriginals = broken

        let translations = Parallel.map(translationFiles.count, threads: threads) { index in
            let file = translationFiles[index]
            // What a translation reads besides itself: its original's identity and front matter.
            func input() -> UInt64 {
                guard let basis = basisOf[file.relativePath] else {
                    return brokenOriginals.source(holding: "content/\(config.defaultLanguage)/\(file.relativePath)") != nil ? 1 : 2
                }
                return basis.digest
            }
            return reading.loaded(file, isOriginal: false, input: input()) { raw
                -> (page: Page?, document: MarkdownDocument, diagnostics: [Diagnostic]) in
                var found = raw.diagnostics
                guard !raw.isUnreadable else { return (nil, raw.document, found) }
                guard let original = basisOf[raw.file.relativePath] else {
                    let originalSource = "content/\(config.defaultLanguage)/\(raw.file.relativePath)"
                    // An original that failed to load is reported once, at itself.
                    if brokenOriginals.source(holding: originalSource) != nil { return (nil, raw.document, found) }
                    found.append(.error("translation.orphan",
                                        "\(raw.file.source) has no original content/\(config.defaultLanguage)/\(raw.file.relativePath)",
                                        at: .file(raw.file.source),
                                        hint: "every page starts in the default language; check the file name"))
                    return (nil, raw.document, found)
                }
                var (fields, mergeProblems) = TranslationMerger.merge(original: original.fields(), translation: raw.fields,
                                                                      shared: decoder.schemas[original.identity.kind]?.sharedFields ?? KindSchema.commonShared,
                                                                      originalFile: original.file)
                found += mergeProblems
                let recordedHash = fields["source_hash"]?.value.scalar?.string
                fields.remove("source_hash")
                var identity = original.identity
                identity.location = .file(raw.file.source)
                let (page, decodeProblems) = decode(raw, fields: fields, identity: identity, recordedHash: recordedHash,
                                                    decoder: decoder)
                found += decodeProblems
                return (page, raw.document, found)
            }
        }

        // Sized up front: the site holds these arrays until it is written.
        var pages: [Page] = []
        var documents: [MarkdownDocument] = []
        pages.reserveCapacity(originals.count + translations.count)
        documents.reserveCapacity(originals.count + translations.count)
        for original in originals {
            problems += original.diagnostics
            if let page = original.page {
                pages.append(page)
                documents.append(original.document)
            }
        }
        for translation in translations {
            problems += translation.diagnostics
            if let page = translation.page {
                pages.append(page)
                documents.append(translation.document)
            }
        }
        return (pages, documents)
    }

    private static func decode(_ raw: RawPage, fields: Fields, identity: PageIdentity, recordedHash: String?,
                               decoder: PageDecoder) -> (Page?, [Diagnostic]) {
        let (decoded, found) = decoder.decode(
            fields, kind: identity.kind, id: identity.id, idLocation: identity.location, language: raw.file.language,
            path: raw.path, source: raw.file.source, outline: raw.document.outline)
        guard var page = decoded else { return (nil, found) }
        page.contentHash = raw.contentHash
        page.translatedFromHash = recordedHash
        return (page, found)
    }

    private static func read(_ files: ProjectFiles, _ file: String, _ problems: inout [Diagnostic]) -> String? {
        switch files.text(file, notes: &problems) {
        case .success(let text): return text
        case .failure(let problem):
            problems.append(problem)
            return nil
        }
    }
}

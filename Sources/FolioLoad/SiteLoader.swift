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
    public static func load(root: URL, threads: Int = Parallel.defaultThreads, into diagnostics: inout Diagnostics) -> LoadResult? {
        guard let config = loadConfig(root: root, into: &diagnostics) else { return nil }
        var problems: [Diagnostic] = []
        defer { diagnostics.append(contentsOf: problems) }

        var data = PublicationData()
        if let text = readIfPresent(root, "content/facets.yaml") {
            data.facets = PublicationDataLoader.facets(text, file: "content/facets.yaml", into: &problems)
        }
        if let text = readIfPresent(root, "content/figures.yaml") {
            data.figures = PublicationDataLoader.figures(text, file: "content/figures.yaml", into: &problems)
        }
        let scan = ContentScanner(root: root, languages: config.languages).scan(into: &problems)
        for (language, file) in scan.labels.sorted(by: { $0.key < $1.key }) {
            if let text = read(root, file, &problems) {
                data.labels[language] = PublicationDataLoader.labels(text, file: file, into: &problems)
            }
        }
        for file in scan.bibliography {
            if let text = read(root, file, &problems) {
                data.bibliography += PublicationDataLoader.bibliography(text, file: file, into: &problems)
            }
        }

        let compressHTML = scan.pages.reduce(0) { $0 + $1.size } > compressionThreshold
        let raw = readPages(scan.pages, root: root, allowRawHTML: config.allowRawHTML, compressHTML: compressHTML,
                            defaultLanguage: config.defaultLanguage, threads: threads)
        for page in raw { problems += page.diagnostics }
        let (pages, documents) = decode(raw, config: config, data: data, threads: threads, into: &problems)
        return LoadResult(site: LoadedSite(config: config, data: data, pages: pages), documents: documents)
    }

    /// Above this much Markdown, compiled bodies are held compressed between the load and render
    /// stages: every body waits in memory for the whole site to be resolved, and on a site of
    /// thousands of pages that is hundreds of megabytes. Below it, speed is worth more.
    static let compressionThreshold = 64 << 20

    /// Reads `folio.yaml` alone, for commands that need the languages but not the content.
    public static func loadConfig(root: URL, into diagnostics: inout Diagnostics) -> SiteConfig? {
        var problems: [Diagnostic] = []
        defer { diagnostics.append(contentsOf: problems) }
        guard let text = read(root, "folio.yaml", &problems) else { return nil }
        return SiteConfigLoader.load(text: text, file: "folio.yaml", into: &problems)
    }

    /// Reads and parses every page file, in parallel, into slots in file order.
    private static func readPages(_ files: [ContentScanner.PageFile], root: URL, allowRawHTML: Bool, compressHTML: Bool,
                                  defaultLanguage: String, threads: Int) -> [RawPage] {
        Parallel.map(files.count, threads: threads) { index in
            let file = files[index]
            let isOriginal = file.language == defaultLanguage
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(file.source).path),
                  let text = String(validatingUTF8Data: data) else {
                var page = RawPage.read(file, text: "---\n---\n", allowRawHTML: allowRawHTML, compressHTML: false,
                                        isOriginal: isOriginal)
                page.diagnostics = [.error("file.unreadable", "cannot read \(file.source) as UTF-8 text",
                                           at: .file(file.source), hint: "save the file as UTF-8")]
                page.isUnreadable = true
                return page
            }
            return RawPage.read(file, text: text, allowRawHTML: allowRawHTML, compressHTML: compressHTML, isOriginal: isOriginal)
        }
    }

    /// Decodes every page's front matter: the originals first (in parallel), then the
    /// translations merged over their originals (in parallel). Pages keep file order within each.
    private static func decode(_ raw: [RawPage], config: SiteConfig, data: PublicationData, threads: Int,
                               into problems: inout [Diagnostic]) -> ([Page], [MarkdownDocument]) {
        let decoder = PageDecoder(data: data)
        let originals = raw.filter { $0.file.language == config.defaultLanguage && !$0.isUnreadable }
        let translations = raw.filter { $0.file.language != config.defaultLanguage && !$0.isUnreadable }

        let identities = Parallel.map(originals.count, threads: threads) { index -> (PageIdentity?, [Diagnostic]) in
            var found: [Diagnostic] = []
            let identity = PageIdentity(of: originals[index], problems: &found)
            return (identity, found)
        }
        var originalOf: [String: (page: RawPage, identity: PageIdentity)] = [:]
        for (index, (identity, found)) in identities.enumerated() {
            problems += found
            if let identity { originalOf[originals[index].file.relativePath] = (originals[index], identity) }
        }

        let decodedOriginals = Parallel.map(originals.count, threads: threads) { index -> (Page?, [Diagnostic]) in
            guard let identity = identities[index].0 else { return (nil, []) }
            return decode(originals[index], fields: originals[index].fields, identity: identity,
                          recordedHash: nil, decoder: decoder)
        }
        let decodedTranslations = Parallel.map(translations.count, threads: threads) { index -> (Page?, [Diagnostic]) in
            let page = translations[index]
            guard let original = originalOf[page.file.relativePath] else {
                return (nil, [.error("translation.orphan",
                                     "\(page.file.source) has no original content/\(config.defaultLanguage)/\(page.file.relativePath)",
                                     at: .file(page.file.source),
                                     hint: "every page starts in the default language; check the file name")])
            }
            var (fields, found) = TranslationMerger.merge(original: original.page.fields, translation: page.fields,
                                                          kind: original.identity.kind, originalFile: original.page.file.source)
            let recordedHash = fields["source_hash"]?.value.scalar?.string
            fields.remove("source_hash")
            var identity = original.identity
            identity.location = .file(page.file.source)
            let (decoded, decodeProblems) = decode(page, fields: fields, identity: identity, recordedHash: recordedHash,
                                                   decoder: decoder)
            found += decodeProblems
            return (decoded, found)
        }

        var pages: [Page] = []
        var documents: [MarkdownDocument] = []
        for (list, results) in [(originals, decodedOriginals), (translations, decodedTranslations)] {
            for (index, (page, found)) in results.enumerated() {
                problems += found
                if let page {
                    pages.append(page)
                    documents.append(list[index].document)
                }
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

    private static func read(_ root: URL, _ file: String, _ problems: inout [Diagnostic]) -> String? {
        do {
            return try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
        } catch {
            problems.append(.error("file.unreadable", "cannot read \(file)", at: nil,
                                   hint: "run folio in the folder that holds folio.yaml, or pass --root"))
            return nil
        }
    }

    private static func readIfPresent(_ root: URL, _ file: String) -> String? {
        try? String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
    }
}

extension String {
    /// The text of UTF-8 bytes, or nil when they are not valid UTF-8.
    init?(validatingUTF8Data data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        guard text.utf8.count == data.count || !text.contains("\u{FFFD}") else { return nil }
        self = text
    }
}

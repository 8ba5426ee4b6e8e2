import Foundation
import FolioMarkdown
import FolioModel

/// What the Load stage hands on: the typed site, and each page's parsed body (same order as
/// `site.pages`), which the Render stage turns into HTML.
public struct LoadResult: @unchecked Sendable {
    public var site: LoadedSite
    public var documents: [MarkdownDocument]
}

/// Stage 1: reads `folio.yaml` and `content/`, and decodes every file into typed records.
/// Files are read and parsed in parallel; the result does not depend on the thread count.
public enum SiteLoader {
    public static func load(root: URL, threads: Int = Parallel.defaultThreads, into diagnostics: inout Diagnostics) -> LoadResult? {
        var problems: [Diagnostic] = []
        defer { diagnostics.append(contentsOf: problems) }
        guard let configText = read(root, "folio.yaml", &problems) else { return nil }
        guard let config = SiteConfigLoader.load(text: configText, file: "folio.yaml", into: &problems) else { return nil }

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

        let raw = readPages(scan.pages, root: root, allowRawHTML: config.allowRawHTML, threads: threads)
        for page in raw { problems += page.diagnostics }
        let (pages, documents) = decode(raw, config: config, data: data, into: &problems)
        return LoadResult(site: LoadedSite(config: config, data: data, pages: pages), documents: documents)
    }

    /// Reads and parses every page file, in parallel, into slots in file order.
    private static func readPages(_ files: [ContentScanner.PageFile], root: URL, allowRawHTML: Bool,
                                  threads: Int) -> [RawPage] {
        Parallel.map(files.count, threads: threads) { index in
            let file = files[index]
            guard let data = FileManager.default.contents(atPath: root.appendingPathComponent(file.source).path),
                  let text = String(validatingUTF8Data: data) else {
                var page = RawPage.read(file, text: "---\n---\n", allowRawHTML: allowRawHTML)
                page.diagnostics = [.error("file.unreadable", "cannot read \(file.source) as UTF-8 text",
                                           at: .file(file.source), hint: "save the file as UTF-8")]
                return page
            }
            return RawPage.read(file, text: text, allowRawHTML: allowRawHTML)
        }
    }

    /// Merges translations over their originals and decodes every page's front matter.
    private static func decode(_ raw: [RawPage], config: SiteConfig, data: PublicationData,
                               into problems: inout [Diagnostic]) -> ([Page], [MarkdownDocument]) {
        let decoder = PageDecoder(data: data)
        var originals: [String: (fields: Fields, kind: PageKind, id: String, source: String)] = [:]
        var pages: [Page] = []
        var documents: [MarkdownDocument] = []
        let ordered = raw.filter { $0.file.language == config.defaultLanguage }
            + raw.filter { $0.file.language != config.defaultLanguage }
        for page in ordered where !page.isUnreadable {
            let isOriginal = page.file.language == config.defaultLanguage
            var fields = page.fields
            var kind: PageKind
            var id: String
            var idLocation = SourceLocation.file(page.file.source)
            if isOriginal {
                kind = .page
                if let entry = fields["kind"] {
                    let name = entry.value.scalar?.string ?? ""
                    if let parsed = PageKind(rawValue: name) {
                        kind = parsed
                    } else {
                        problems.append(.error("kind.unknown", "no page kind '\(name)'\(NearestName.suggestion(for: name, among: PageKind.allCases.map(\.rawValue)))",
                                               at: entry.source.location(of: entry.value),
                                               hint: "use one of: " + PageKind.allCases.map(\.rawValue).joined(separator: ", ")))
                        continue
                    }
                }
                id = page.defaultID
                if let entry = fields["id"] {
                    var idProblems: [Diagnostic] = []
                    if let explicit = FieldReader.id(entry.value, source: entry.source, field: "id", diagnostics: &idProblems) {
                        id = explicit.value
                        idLocation = explicit.location
                    }
                    problems += idProblems
                }
                originals[page.file.relativePath] = (fields, kind, id, page.file.source)
            } else {
                guard let original = originals[page.file.relativePath] else {
                    problems.append(.error("translation.orphan",
                                           "\(page.file.source) has no original content/\(config.defaultLanguage)/\(page.file.relativePath)",
                                           at: .file(page.file.source),
                                           hint: "every page starts in the default language; check the file name"))
                    continue
                }
                kind = original.kind
                id = original.id
                let merged = TranslationMerger.merge(original: original.fields, translation: fields, kind: kind,
                                                     originalFile: original.source)
                fields = merged.0
                problems += merged.1
            }
            var recordedHash: String?
            if !isOriginal, let entry = fields["source_hash"] {
                recordedHash = entry.value.scalar?.string
                fields.remove("source_hash")
            }
            let path = page.path
            let (decoded, decodeProblems) = decoder.decode(
                fields, kind: kind, id: id, idLocation: idLocation, language: page.file.language, path: path,
                source: page.file.source, outline: page.document.outline)
            problems += decodeProblems
            if var decoded {
                decoded.contentHash = page.contentHash
                decoded.translatedFromHash = recordedHash
                pages.append(decoded)
                documents.append(page.document)
            }
        }
        return (pages, documents)
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

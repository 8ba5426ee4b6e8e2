import FolioMarkdown
import FolioModel
import Yams

/// One content file after reading: its own fields and its parsed body, before translations merge.
struct RawPage {
    /// The front matter's YAML as written, and where it sits in the file.
    struct FrontMatter {
        var yaml: String
        var source: YAMLSource
    }

    var file: ContentScanner.PageFile
    var fields: Fields
    /// Nil when the file has none that could be split off.
    var frontMatter: FrontMatter?
    var document: MarkdownDocument
    var diagnostics: [Diagnostic]
    /// The front matter could not be read; the page is reported once and not decoded further.
    var isUnreadable: Bool
    /// The hash of the file's text, recorded by translations made from it (originals only).
    var contentHash: String

    /// The page's address inside its language folder: "towns/bebra", "white-paper/themes" for
    /// an index.md, "" for the home page.
    var path: String { Self.path(of: file.relativePath) }

    /// The default id: the file name, or the folder's for an index.md, "home" for the home page.
    var defaultID: String { Self.defaultID(of: file.relativePath) }

    static func path(of relativePath: String) -> String {
        var path = String(relativePath.dropLast(3))
        if path == "index" { return "" }
        if path.hasSuffix("/index") { path.removeLast(6) }
        return path
    }

    static func defaultID(of relativePath: String) -> String {
        let path = path(of: relativePath)
        return path.split(separator: "/").last.map(String.init) ?? "home"
    }

    /// Reads and parses one file; never fails, problems are kept in `diagnostics`.
    static func read(_ file: ContentScanner.PageFile, text: String, allowRawHTML: Bool, compressHTML: Bool,
                     isOriginal: Bool) -> RawPage {
        var diagnostics: [Diagnostic] = []
        var fields = Fields(start: .file(file.source))
        var body = ""
        var bodyLineOffset = 0
        var isUnreadable = false
        var frontMatter: FrontMatter?
        switch FrontMatterSplitter.split(text, file: file.source) {
        case .failure(let problem):
            diagnostics.append(problem)
            isUnreadable = true
        case .success(let split):
            body = split.body
            bodyLineOffset = split.bodyLineOffset
            let source = YAMLSource(file: file.source, firstLine: split.yamlFirstLine)
            frontMatter = FrontMatter(yaml: split.yaml, source: source)
            switch source.compose(split.yaml) {
            case .failure(let problem):
                diagnostics.append(problem)
                isUnreadable = true
            case .success(let node):
                if let parsed = Fields(node, source: source, what: "the front matter", diagnostics: &diagnostics) {
                    fields = parsed
                } else {
                    isUnreadable = true
                }
            }
        }
        let document = MarkdownDocument(
            body, options: .init(file: file.source, lineOffset: bodyLineOffset, allowRawHTML: allowRawHTML,
                                 quotes: QuoteStyle.forLanguage(file.language), compressHTML: compressHTML),
            decodeBlock: { info, literal, location in TableBlockDecoder.decode(info: info, literal: literal, at: location) })
        diagnostics += document.diagnostics
        return RawPage(file: file, fields: fields, frontMatter: frontMatter, document: document, diagnostics: diagnostics,
                       isUnreadable: isUnreadable, contentHash: isOriginal ? ContentHash.of(text) : "")
    }
}

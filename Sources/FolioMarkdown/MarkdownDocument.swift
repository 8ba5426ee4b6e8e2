import FolioModel

/// A Markdown body, read once: its outline (headings, links, tables, footnotes) for the other
/// stages, the problems found in it, and its HTML, rendered at parse time with holes where only
/// the resolved site can fill in (link targets, section numbers, tables).
///
/// Parsing never fails; problems (unknown footnotes, raw HTML, unsafe URLs, bad tables) become
/// diagnostics. cmark's trees are freed before `init` returns, so a large site never holds them
/// all; the document is immutable and can be rendered any number of times, in any page.
public final class MarkdownDocument: Sendable {
    /// How the body is read.
    public struct Options: Sendable {
        /// The file the body comes from, for diagnostics.
        public var file: String
        /// Lines of the file before the body (front matter), added to every line number.
        public var lineOffset: Int
        /// Passes raw HTML through instead of showing it as text.
        public var allowRawHTML: Bool
        /// The quotation marks of the text's language; nil leaves straight quotes as written.
        public var quotes: QuoteStyle?
        /// Holds the body's HTML compressed until it is rendered (for large sites, whose bodies
        /// all wait in memory between the load and render stages).
        public var compressHTML: Bool

        public init(file: String, lineOffset: Int = 0, allowRawHTML: Bool = false, quotes: QuoteStyle? = nil,
                    compressHTML: Bool = false) {
            self.file = file
            self.lineOffset = lineOffset
            self.allowRawHTML = allowRawHTML
            self.quotes = quotes
            self.compressHTML = compressHTML
        }
    }

    public let outline: DocumentOutline
    public let diagnostics: [Diagnostic]
    let compiled: CompiledBody

    /// Parses and compiles a body. `decodeBlock` reads the YAML of ` ```table ` and ` ```towns ` blocks.
    public init(_ source: String, options: Options, decodeBlock: FencedBlockDecoder? = nil) {
        let parsed = ParsedMarkdown(source, options: options, decodeBlock: decodeBlock)
        compiled = parsed.compile()
        outline = parsed.outline
        diagnostics = parsed.diagnostics
    }
}

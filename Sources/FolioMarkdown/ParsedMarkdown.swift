import CCmark
import FolioModel

/// A Markdown body while it is being read: cmark's tree, owned here, and what the outline pass
/// finds in it. Lives only inside `MarkdownDocument.init`, which compiles it and frees the trees.
final class ParsedMarkdown {
    struct HeadingNode {
        let node: CmarkNode
        let level: Int
        let id: String
    }

    struct FootnoteDefinition {
        let label: String
        let paragraph: CmarkNode
        var number: Int
    }

    /// A ` ```table `/` ```towns ` block: the code node it replaces and its parsed parts.
    struct BlockNode {
        let node: CmarkNode
        let block: FencedBlock
        let tableIndex: Int
        /// Parsed inline Markdown: caption, column heads, cells row by row, notes.
        let caption: CmarkNode
        let columns: [CmarkNode]
        let cells: [[CmarkNode]]
        let notes: [CmarkNode]
    }

    let root: CmarkNode
    let options: MarkdownDocument.Options
    var headings: [HeadingNode] = []
    var footnotes: [FootnoteDefinition] = []
    var blocks: [BlockNode] = []
    /// The text nodes typography applies to, in document order within each block (the order of
    /// the blocks does not matter: quotes start afresh in each), found by the outline pass so
    /// that compiling needs no walk of its own.
    var texts: [CmarkNode] = []
    /// The registered link nodes: link `index` is `links[index]` (tag index + 1).
    var links: [CmarkNode] = []
    /// Trees parsed apart from the root (table cells), freed with the document.
    var detached: [CmarkNode] = []
    private var treesFreed = false

    private(set) var outline = DocumentOutline()
    private(set) var diagnostics: [Diagnostic] = []

    /// The UTF-8 offset where each line of the source starts, found once, when a location is needed.
    private lazy var lineStarts: [Int] = {
        var starts = [0]
        var text = source
        text.withUTF8 { bytes in
            var offset = 0
            while let found = TextSearch.firstIndex(of: UInt8(ascii: "\n"), in: bytes, from: offset) {
                offset = found + 1
                starts.append(offset)
            }
        }
        return starts
    }()
    private let escapedLines: Set<Int>
    private let source: String

    /// Parses a body. `decodeBlock` reads the YAML of ` ```table ` and ` ```towns ` blocks.
    init(_ source: String, options: MarkdownDocument.Options, decodeBlock: FencedBlockDecoder?) {
        self.options = options
        self.source = source
        let (escapedText, escaped) = FootnoteSyntax.escapeDefinitions(in: source)
        self.escapedLines = escaped
        self.root = escapedText.map(CmarkNode.parse(bytes:)) ?? CmarkNode.parse(source)
        root.consolidateText()
        OutlineBuilder(document: self, decodeBlock: decodeBlock).build()
    }

    deinit { freeTrees() }

    /// Frees cmark's trees; once compiled they are spent, and a large site should not keep them.
    func freeTrees() {
        guard !treesFreed else { return }
        treesFreed = true
        for footnote in footnotes where footnote.paragraph.parent == nil { footnote.paragraph.free() }
        for tree in detached { tree.free() }
        root.free()
    }

    /// Where a node starts, in the file's lines and Unicode-scalar columns.
    func location(of node: CmarkNode) -> SourceLocation {
        location(line: node.startLine, byteColumn: node.startColumn)
    }

    func location(line: Int, byteColumn: Int) -> SourceLocation {
        var column = byteColumn
        if escapedLines.contains(line - 1), column > 1 { column -= 1 }
        if line >= 1, line <= lineStarts.count, column > 1 {
            let start = lineStarts[line - 1]
            let end = min(start + column - 1, source.utf8.count)
            // Locations are asked for in reading order, so counting goes on from the last one on
            // the same line: a line of n links costs O(n), not O(n²).
            let (from, counted) = lastCount.line == line && lastCount.byte <= end ? (lastCount.byte, lastCount.scalars) : (start, 0)
            let scalars = counted + (source.utf8.withContiguousStorageIfAvailable { bytes in
                TextSearch.scalarCount(bytes[from..<end])
            } ?? (end - from))
            lastCount = (line, end, scalars)
            column = 1 + scalars
        }
        return SourceLocation(file: options.file, line: line + options.lineOffset, column: column)
    }

    /// The last column worked out: its line, the byte it ends at, the scalars before it.
    private var lastCount = (line: 0, byte: 0, scalars: 0)

    func report(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }

    func setOutline(_ outline: DocumentOutline) { self.outline = outline }
}

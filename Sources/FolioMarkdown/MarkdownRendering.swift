import CCmark
import FolioModel

/// A resolved link, as the renderer will write it.
public struct RenderedLink: Sendable {
    public var href: String
    /// Fills a link whose text the editor left empty.
    public var text: String?
    /// Extra attributes (class, hreflang, title), written in this order.
    public var attributes: [(name: String, value: String)]
    /// Text put around the editor's own link text: a citation's "(Rossi 2023, " and ")".
    public var around: (before: String, after: String)?

    public init(href: String, text: String? = nil, attributes: [(name: String, value: String)] = [],
                around: (before: String, after: String)? = nil) {
        self.href = href
        self.text = text
        self.attributes = attributes
        self.around = around
    }
}

/// A written table's parts, already rendered to inline HTML.
public struct RenderedTableParts {
    public var caption: String
    public var columns: [String]
    public var rows: [[String]]
    public var notes: [String]
}

/// What the renderer asks of the page around a body: link resolutions, section numbers, tables.
public protocol MarkdownRenderContext {
    /// The resolution of link `index` (its position in the outline), or nil to keep only its text.
    func link(at index: Int) -> RenderedLink?
    /// A number to show before heading `index` ("2.1"), if any.
    func sectionNumber(forHeading index: Int) -> String?
    /// The complete HTML of table `index` (its position among the outline's tables).
    func tableHTML(at index: Int, block: FencedBlock, parts: RenderedTableParts) -> String
    /// The quotation marks of the text's language; nil leaves straight quotes as written.
    var quotes: QuoteStyle? { get }
}

/// The HTML of a body: the text, and its footnotes as a separate list for the template to place.
public struct RenderedBody: Sendable {
    public var html: String
    public var footnotes: [(number: Int, html: String)]
}

extension MarkdownDocument {
    /// Applies the resolutions to the tree and renders it. Call once per document.
    public func render(in context: MarkdownRenderContext) -> RenderedBody {
        precondition(!rendered, "a MarkdownDocument renders once")
        rendered = true
        let options = self.options.allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT

        if let quotes = context.quotes {
            applyQuotes(quotes, in: root)
            for footnote in footnotes { applyQuotes(quotes, in: footnote.paragraph) }
            for tree in detached { applyQuotes(quotes, in: tree) }
        }
        rewriteLinks(in: root, context: context)
        for footnote in footnotes { rewriteLinks(in: footnote.paragraph, context: context) }
        for tree in detached { rewriteLinks(in: tree, context: context) }

        for (index, heading) in headings.enumerated() {
            let paragraph = CmarkNode.make(CMARK_NODE_PARAGRAPH)
            heading.node.moveChildren(to: paragraph)
            let inner = Self.innerHTML(of: paragraph, options: options)
            paragraph.free()
            let number = context.sectionNumber(forHeading: index)
                .map { "<span class=\"section-number\">\(HTML.escape($0))</span> " } ?? ""
            let level = heading.level
            let html = "<h\(level) id=\"\(HTML.escape(heading.id))\">\(number)\(inner)</h\(level)>"
            heading.node.insertBefore(.customBlock(html: html))
            heading.node.unlink()
            heading.node.free()
        }

        for block in blocks {
            let parts = RenderedTableParts(
                caption: Self.innerHTML(of: block.caption, options: options),
                columns: block.columns.map { Self.innerHTML(of: $0, options: options) },
                rows: block.cells.map { $0.map { Self.innerHTML(of: $0, options: options) } },
                notes: block.notes.map { Self.innerHTML(of: $0, options: options) })
            let html = context.tableHTML(at: block.tableIndex, block: block.block, parts: parts)
            block.node.insertBefore(.customBlock(html: html))
            block.node.unlink()
            block.node.free()
        }

        let body = root.renderHTML(options: options)
        let notes = footnotes.map { footnote in
            (footnote.number, Self.innerHTML(of: footnote.paragraph, options: options))
        }
        freeTrees()
        return RenderedBody(html: body, footnotes: notes)
    }

    /// Typographic quotes in every text node, block by block.
    private func applyQuotes(_ style: QuoteStyle, in tree: CmarkNode) {
        var texts: [(node: CmarkNode, block: CmarkNode?)] = []
        tree.walk { node, entering in
            guard entering, node.type == CMARK_NODE_TEXT, node.tag != CmarkNode.verbatim else { return }
            var block = node.parent
            while let candidate = block, candidate.type.rawValue >= CMARK_NODE_FIRST_INLINE.rawValue,
                  candidate.type.rawValue <= CMARK_NODE_LAST_INLINE.rawValue {
                block = candidate.parent
            }
            texts.append((node, block))
        }
        var previous: Character?
        var currentBlock: CmarkNode?
        for (node, block) in texts {
            if block != currentBlock {
                previous = nil
                currentBlock = block
            }
            guard node.literalContainsAny(of: "\"'") else {
                if let last = node.literalLastScalar { previous = Character(last) }
                continue
            }
            let literal = node.literal
            let replaced = style.apply(to: literal, previous: &previous)
            if replaced != literal { node.literal = replaced }
        }
    }

    private func rewriteLinks(in tree: CmarkNode, context: MarkdownRenderContext) {
        var links: [CmarkNode] = []
        tree.walk { node, entering in
            if entering, node.type == CMARK_NODE_LINK, node.tag > 0 { links.append(node) }
        }
        for node in links {
            let replacement: CmarkNode
            if let link = context.link(at: node.tag - 1) {
                var enter = "<a href=\"\(HTML.escape(link.href))\""
                for attribute in link.attributes {
                    enter += " \(attribute.name)=\"\(HTML.escape(attribute.value))\""
                }
                if !node.title.isEmpty { enter += " title=\"\(HTML.escape(node.title))\"" }
                enter += ">"
                replacement = .customInline(enter: enter, exit: "</a>")
                if node.firstChild == nil, let text = link.text {
                    replacement.append(.text(text))
                } else if let around = link.around {
                    replacement.append(.text(around.before))
                    node.moveChildren(to: replacement)
                    replacement.append(.text(around.after))
                }
            } else {
                replacement = .customInline(enter: "", exit: "")
            }
            node.moveChildren(to: replacement)
            node.insertBefore(replacement)
            node.unlink()
            node.free()
        }
    }

    /// Renders a paragraph-like node and removes the `<p>` around it.
    static func innerHTML(of node: CmarkNode, options: Int32) -> String {
        var html = Substring(node.renderHTML(options: options))
        if html.hasSuffix("\n") { html = html.dropLast() }
        if html.hasPrefix("<p>") && html.hasSuffix("</p>") { html = html.dropFirst(3).dropLast(4) }
        return String(html)
    }
}

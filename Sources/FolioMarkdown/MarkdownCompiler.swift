import CCmark
import FolioModel

/// Turns a parsed body into `CompiledBody`: typographic quotes are applied, links, headings and
/// table blocks become markers, cmark renders the trees, and the trees are freed.
extension ParsedMarkdown {
    func compile() -> CompiledBody {
        defer { freeTrees() }
        let renderOptions = options.allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT
        let trees = [root] + footnotes.map(\.paragraph) + detached

        if let quotes = options.quotes {
            for tree in trees { applyQuotes(quotes, in: tree) }
        }
        var linkTitles: [Int: String] = [:]
        for tree in trees { markLinks(in: tree, titles: &linkTitles) }
        for (index, heading) in headings.enumerated() {
            let marker = CmarkNode.customInline(enter: CompiledHTML.marker("H", index))
            if let first = heading.node.firstChild { first.insertBefore(marker) } else { heading.node.append(marker) }
        }
        for (index, block) in blocks.enumerated() {
            block.node.insertBefore(.customBlock(html: CompiledHTML.marker("T", index)))
            block.node.unlink()
            block.node.free()
        }

        let headingIDs = headings.map(\.id)
        let body = root.withRenderedHTML(options: renderOptions) {
            CompiledHTML(marked: $0, headingIDs: headingIDs, compress: options.compressHTML)
        }
        func inline(_ node: CmarkNode) -> CompiledHTML {
            node.withRenderedHTML(options: renderOptions) { html in
                // A paragraph-like node renders as "<p>…</p>\n"; only its inside is wanted.
                var inner = html[...]
                if inner.last == UInt8(ascii: "\n") { inner = inner.dropLast() }
                if inner.starts(with: "<p>".utf8) && inner.reversed().starts(with: ">p/<".utf8) {
                    inner = inner.dropFirst(3).dropLast(4)
                }
                return CompiledHTML(marked: UnsafeBufferPointer(rebasing: inner))
            }
        }
        return CompiledBody(
            body: body,
            footnotes: footnotes.map { .init(number: $0.number, html: inline($0.paragraph)) },
            tables: blocks.map { block in
                .init(block: block.block, tableIndex: block.tableIndex, caption: inline(block.caption),
                      columns: block.columns.map(inline), rows: block.cells.map { $0.map(inline) },
                      notes: block.notes.map(inline))
            },
            linkTitles: linkTitles)
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

    /// Replaces every registered link (tag = index + 1) with markers around its children.
    private func markLinks(in tree: CmarkNode, titles: inout [Int: String]) {
        var links: [CmarkNode] = []
        tree.walk { node, entering in
            if entering, node.type == CMARK_NODE_LINK, node.tag > 0 { links.append(node) }
        }
        for node in links {
            let index = node.tag - 1
            let title = node.title
            if !title.isEmpty { titles[index] = title }
            let replacement = CmarkNode.customInline(enter: CompiledHTML.marker("O", index),
                                                     exit: CompiledHTML.marker("C", index))
            node.moveChildren(to: replacement)
            node.insertBefore(replacement)
            node.unlink()
            node.free()
        }
    }
}

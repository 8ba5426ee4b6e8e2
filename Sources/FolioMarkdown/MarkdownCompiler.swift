import CCmark
import FolioModel

/// Turns a parsed body into `CompiledBody`: typographic quotes are applied, links, headings and
/// table blocks become markers, cmark renders the trees, and the trees are freed.
extension ParsedMarkdown {
    func compile() -> CompiledBody {
        defer { freeTrees() }
        let renderOptions = options.allowRawHTML ? CMARK_OPT_UNSAFE : CMARK_OPT_DEFAULT

        // The outline pass found the texts and links (there is no second walk over the trees).
        var linkTitles: [Int: String] = [:]
        if let quotes = options.quotes { applyQuotes(quotes, to: texts) }
        markLinks(links, titles: &linkTitles)
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

    /// Typographic quotes in text nodes (in document order), block by block.
    private func applyQuotes(_ style: QuoteStyle, to texts: [CmarkNode]) {
        var previous: Character?
        var currentBlock: CmarkNode?
        for node in texts {
            var block = node.parent
            while let candidate = block, candidate.type.rawValue >= CMARK_NODE_FIRST_INLINE.rawValue,
                  candidate.type.rawValue <= CMARK_NODE_LAST_INLINE.rawValue {
                block = candidate.parent
            }
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

    /// Replaces registered links (link `index` is `links[index]`) with markers around their children.
    private func markLinks(_ links: [CmarkNode], titles: inout [Int: String]) {
        for (index, node) in links.enumerated() {
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

import Foundation
import CCmark
import FolioModel

/// The parse-time pass over a fresh cmark tree: it records headings, links, tables, footnotes and
/// paragraph fingerprints for the outline, makes the tree safe (raw HTML to text, unsafe URLs
/// removed) and warns about what readers would miss (an empty heading, an image without a text).
struct OutlineBuilder {
    let document: ParsedMarkdown
    let decodeBlock: FencedBlockDecoder?

    func build() {
        var headingNodes: [CmarkNode] = []
        var linkNodes: [CmarkNode] = []
        var imageNodes: [CmarkNode] = []
        var htmlNodes: [CmarkNode] = []
        var textNodes: [CmarkNode] = []
        var definitionParagraphs: [CmarkNode] = []
        var codeBlocks: [CmarkNode] = []
        var paragraphs: [CmarkNode] = []

        document.root.walk { node, entering in
            guard entering else { return }
            switch node.type {
            case CMARK_NODE_HEADING: headingNodes.append(node)
            case CMARK_NODE_LINK: linkNodes.append(node)
            case CMARK_NODE_IMAGE: imageNodes.append(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE: htmlNodes.append(node)
            case CMARK_NODE_TEXT: textNodes.append(node)
            case CMARK_NODE_CODE_BLOCK: codeBlocks.append(node)
            case CMARK_NODE_PARAGRAPH:
                paragraphs.append(node)
                if let first = node.firstChild, first.type == CMARK_NODE_TEXT, first.literalHasPrefix("[^"),
                   node.parent?.type == CMARK_NODE_DOCUMENT,
                   FootnoteSyntax.definitionLabel(in: first.literal) != nil {
                    definitionParagraphs.append(node)
                }
            default: break
            }
        }

        var outline = DocumentOutline()
        outline.headings = collectHeadings(headingNodes)
        reportUnreadLinks(textNodes)
        document.texts = collectFootnotes(definitionParagraphs, textNodes: textNodes)
        outline.footnoteCount = document.footnotes.count
        neutralizeHTML(htmlNodes)
        checkImages(imageNodes)
        var links: [DocumentOutline.Link] = []
        register(linkNodes, into: &links)
        outline.tables = collectBlocks(codeBlocks, links: &links)
        outline.links = links
        outline.paragraphs = fingerprint(paragraphs)
        document.setOutline(outline)
    }

    // MARK: Headings

    private func collectHeadings(_ nodes: [CmarkNode]) -> [DocumentOutline.Heading] {
        var uniquer = Slug.Uniquer()
        var out: [DocumentOutline.Heading] = []
        out.reserveCapacity(nodes.count)
        for node in nodes {
            var explicitID: String?
            if let last = node.lastChild, last.type == CMARK_NODE_TEXT {
                let text = last.literal
                if text.hasSuffix("}"), let open = text.range(of: "{#", options: .backwards) {
                    let id = String(text[open.upperBound..<text.index(before: text.endIndex)])
                    if Identifier.isValid(id) {
                        explicitID = id
                        last.literal = String(text[..<open.lowerBound]).trimmingTrailingSpaces()
                    } else {
                        document.report(.error("heading.id", "heading id '\(id)' is not a valid id",
                                               at: document.location(of: node), hint: Identifier.rule))
                    }
                }
            }
            let text = node.plainText
            if text.allSatisfy(\.isWhitespace) {
                document.report(.warning("heading.empty", "the heading has no text", at: document.location(of: node),
                                         hint: "write the heading's text after the #, or remove the line"))
            }
            let id = uniquer.claim(explicitID ?? Slug.make(text))
            if let explicitID, id != explicitID {
                document.report(.error("heading.duplicate-id", "heading id '\(explicitID)' is used twice on this page",
                                       at: document.location(of: node), hint: "give one of the headings another {#id}"))
            }
            document.headings.append(.init(node: node, level: node.headingLevel, id: id))
            out.append(.init(level: node.headingLevel, text: text, id: id, location: document.location(of: node)))
        }
        return out
    }

    // MARK: Footnotes

    /// Moves footnote definitions out of the tree and replaces references with their markers.
    /// Returns `textNodes` as they now stand (a text with references is replaced by its pieces).
    private func collectFootnotes(_ paragraphs: [CmarkNode], textNodes: [CmarkNode]) -> [CmarkNode] {
        var definitions: [String: CmarkNode] = [:]
        var definitionOrder: [String] = []
        // Where each definition starts: its first node may be replaced below (a definition whose
        // text is a reference), and a node cmark did not parse has no line.
        var definitionStarts: [String: (line: Int, column: Int)] = [:]
        // The characters each definition's first node lost with its `[^label]:` marker, for the
        // column of a reference that follows in the same node.
        var markerScalars: [CmarkNode: Int] = [:]
        for paragraph in splitConsecutiveDefinitions(paragraphs) {
            let first = paragraph.firstChild!
            let (label, length) = FootnoteSyntax.definitionLabel(in: first.literal)!
            if definitions[label] != nil {
                document.report(.error("footnote.duplicate", "footnote [^\(label)] is defined twice",
                                       at: document.location(of: first), hint: "give each note its own label"))
                continue
            }
            let literal = first.literal
            let text = String(literal.dropFirst(length)).trimmingLeadingSpaces()
            first.literal = text
            // The text is what is left at the end of the literal; the marker is the bytes before it.
            markerScalars[first] = TextSearch.scalarCount(literal.utf8.prefix(literal.utf8.count - text.utf8.count))
            paragraph.unlink()
            definitions[label] = paragraph
            definitionOrder.append(label)
            definitionStarts[label] = (first.startLine, first.startColumn)
        }

        var numbers: [String: Int] = [:]
        var referenceCounts: [String: Int] = [:]
        var texts: [CmarkNode] = []
        texts.reserveCapacity(textNodes.count)
        for node in textNodes {
            guard node.parent != nil && node.literalContains("[^") else {
                texts.append(node)
                continue
            }
            let literal = node.literal
            guard let pieces = FootnoteSyntax.pieces(of: literal) else {
                texts.append(node)
                continue
            }
            // Where each piece starts in the literal, in bytes; a column is worked out only for an error.
            var offset = 0
            for piece in pieces {
                switch piece {
                case .text(let text):
                    let piece = CmarkNode.text(text)
                    node.insertBefore(piece)
                    texts.append(piece)
                    offset += text.utf8.count
                case .reference(let label):
                    defer { offset += label.utf8.count + 3 }
                    guard definitions[label] != nil else {
                        var location = document.location(of: node)
                        location.column += (markerScalars[node] ?? 0) + TextSearch.scalarCount(literal.utf8.prefix(offset))
                        document.report(.error("footnote.undefined", "footnote [^\(label)] has no definition",
                                               at: location,
                                               hint: "add a line '[^\(label)]: the note' at the end of the file"))
                        let piece = CmarkNode.text("[^\(label)]")
                        node.insertBefore(piece)
                        texts.append(piece)
                        continue
                    }
                    let number = numbers[label] ?? (numbers.count + 1)
                    numbers[label] = number
                    let count = (referenceCounts[label] ?? 0) + 1
                    referenceCounts[label] = count
                    let refID = count == 1 ? "fnref-\(number)" : "fnref-\(number)-\(count)"
                    node.insertBefore(.customInline(
                        enter: "<sup class=\"footnote-ref\"><a href=\"#fn-\(number)\" id=\"\(refID)\">\(number)</a></sup>"))
                }
            }
            node.unlink()
            node.free()
        }

        for label in definitionOrder {
            guard let number = numbers[label] else {
                document.report(.warning("footnote.unused", "footnote [^\(label)] is never referred to",
                                         at: document.location(line: definitionStarts[label]!.line, byteColumn: definitionStarts[label]!.column),
                                         hint: "refer to it with [^\(label)] in the text, or remove it"))
                document.detached.append(definitions[label]!)
                continue
            }
            document.footnotes.append(.init(label: label, paragraph: definitions[label]!, number: number))
        }
        document.footnotes.sort { $0.number < $1.number }
        return texts
    }

    // MARK: Links Markdown could not read

    /// `[](cite:a; b)` is plain text to CommonMark (a link target has no spaces); say so rather
    /// than publish the brackets.
    private func reportUnreadLinks(_ textNodes: [CmarkNode]) {
        let prefixes = ["part:", "chapter:", "rec:", "challenge:", "town:", "term:", "checklist:", "table:", "cite:"]
        for node in textNodes where node.literalContains("](") {
            let text = node.literal
            guard let range = TextSearch.range(of: "](", in: text) else { continue }
            let target = text[range.upperBound...]
            guard prefixes.contains(where: { target.hasPrefix($0) }) else { continue }
            document.report(.error("link.unread", "this cross-reference is not read as a link: '\(target.prefix(40))'",
                                   at: document.location(of: node),
                                   hint: "a link target cannot contain spaces: write cite:a-2020;b-2021"))
        }
    }

    /// Definitions on consecutive lines arrive as one paragraph; split it at each `[^label]:`.
    private func splitConsecutiveDefinitions(_ paragraphs: [CmarkNode]) -> [CmarkNode] {
        var out: [CmarkNode] = []
        for paragraph in paragraphs {
            var current = paragraph
            out.append(current)
            var child = current.firstChild?.next
            while let node = child {
                child = node.next
                guard node.type == CMARK_NODE_SOFTBREAK, let next = node.next, next.type == CMARK_NODE_TEXT,
                      FootnoteSyntax.definitionLabel(in: next.literal) != nil else { continue }
                let split = CmarkNode.make(CMARK_NODE_PARAGRAPH)
                while let sibling = node.next {
                    sibling.unlink()
                    split.append(sibling)
                }
                node.unlink()
                node.free()
                current.insertAfter(split)
                current = split
                out.append(split)
                child = split.firstChild?.next
            }
        }
        return out
    }

    // MARK: Safety

    /// Raw HTML becomes text shown as written: its new text nodes are not among `document.texts`,
    /// so typography leaves them alone.
    private func neutralizeHTML(_ nodes: [CmarkNode]) {
        guard !document.options.allowRawHTML else { return }
        for node in nodes {
            let literal = node.literal
            document.report(.warning("markdown.raw-html", "raw HTML is not published; it is shown as text",
                                     at: document.location(of: node),
                                     hint: "write it in Markdown, or set 'allow_raw_html: true' in folio.yaml"))
            if node.type == CMARK_NODE_HTML_BLOCK {
                let paragraph = CmarkNode.make(CMARK_NODE_PARAGRAPH)
                let text = CmarkNode.text(literal.trimmingTrailingNewlines())
                paragraph.append(text)
                node.insertBefore(paragraph)
            } else {
                let text = CmarkNode.text(literal)
                node.insertBefore(text)
            }
            node.unlink()
            node.free()
        }
    }

    /// Removes unsafe image sources; warns about a source from the server's root, and about an
    /// image without alternative text, which a reader who cannot see it never learns about.
    private func checkImages(_ nodes: [CmarkNode]) {
        for node in nodes {
            if URLSafety.isDangerous(node.url) {
                document.report(.error("link.unsafe", "image source '\(node.url.prefix(40))' uses a forbidden scheme",
                                       at: document.location(of: node),
                                       hint: "javascript:, vbscript: and data: URLs are never published"))
                node.url = ""
            }
            if ServerRootPath.matches(node.url) {
                document.report(ServerRootPath.warning(node.url, what: "image source", at: document.location(of: node),
                                                       hint: "write the path relative to the page"))
            }
            if node.plainText.allSatisfy(\.isWhitespace) {
                document.report(.warning("image.alt", "the image has no alternative text", at: document.location(of: node),
                                         hint: "say what the image shows between the brackets: ![A map of the four towns](map.png)"))
            }
        }
    }

    // MARK: Paragraphs

    /// The fingerprints of the paragraphs still in the tree (footnote definitions are moved out)
    /// that have at least `Paragraph.minimumWords` words.
    private func fingerprint(_ nodes: [CmarkNode]) -> [DocumentOutline.Paragraph] {
        var out: [DocumentOutline.Paragraph] = []
        // One buffer for every paragraph's text: it is hashed as UTF-8 and never made a String.
        var text: [UInt8] = []
        for node in nodes where node.parent != nil {
            text.removeAll(keepingCapacity: true)
            node.appendPlainText(to: &text)
            guard Self.hasWords(DocumentOutline.Paragraph.minimumWords, text) else { continue }
            out.append(.init(fingerprint: text.withUnsafeBufferPointer(ContentHash.value(utf8:)),
                             location: document.location(of: node)))
        }
        return out
    }

    /// Whether `text` has at least `count` words separated by ASCII spaces, tabs or line ends
    /// (read as bytes, stopping at the count: paragraphs are many, and most are long).
    private static func hasWords(_ count: Int, _ text: [UInt8]) -> Bool {
        var words = 0
        var inWord = false
        for byte in text {
            let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
            if !isSpace && !inWord {
                words += 1
                if words >= count { return true }
            }
            inWord = !isSpace
        }
        return false
    }

    // MARK: Links

    /// Numbers link nodes (in `document.links`) and records them in the outline.
    private func register(_ nodes: [CmarkNode], into links: inout [DocumentOutline.Link]) {
        links.reserveCapacity(links.count + nodes.count)
        document.links.append(contentsOf: nodes)
        for node in nodes {
            links.append(.init(destination: node.url, hasEmptyText: node.firstChild == nil,
                               location: document.location(of: node)))
        }
    }

    // MARK: Tables

    private func collectBlocks(_ codeBlocks: [CmarkNode], links: inout [DocumentOutline.Link]) -> [DocumentOutline.TableBlock] {
        var tables: [DocumentOutline.TableBlock] = []
        for node in codeBlocks {
            let info = node.fenceInfo.split(separator: " ").first.map(String.init) ?? ""
            guard info == "table" || info == "towns", let decodeBlock else { continue }
            let start = document.location(line: node.startLine + 1, byteColumn: 1)
            let (block, problems) = decodeBlock(info, node.literal, start)
            for problem in problems { document.report(problem) }
            guard let block else { continue }

            func inline(_ markdown: String) -> CmarkNode {
                let tree = CmarkNode.parse(Self.inlineOnly(markdown))
                tree.consolidateText()
                var nodes: [CmarkNode] = []
                tree.walk { child, entering in
                    if entering && child.type == CMARK_NODE_LINK { nodes.append(child) }
                    if entering && child.type == CMARK_NODE_TEXT { document.texts.append(child) }
                    if entering && (child.type == CMARK_NODE_HTML_INLINE || child.type == CMARK_NODE_HTML_BLOCK) {
                        document.report(.warning("markdown.raw-html", "raw HTML in a table is not published",
                                                 at: start, hint: "write it in Markdown"))
                    }
                }
                let before = links.count
                register(nodes, into: &links)
                for index in before..<links.count { links[index].location = start }
                document.detached.append(tree)
                return tree
            }

            let tableIndex = tables.count
            switch block {
            case .table(let table):
                tables.append(.init(id: table.id, caption: table.caption, source: .written, location: start))
                document.blocks.append(.init(
                    node: node, block: block, tableIndex: tableIndex, caption: inline(table.caption),
                    columns: table.columns.map(inline), cells: table.rows.map { $0.map(inline) },
                    notes: table.notes.map(inline)))
            case .towns(let id, let caption, let spec, let notes):
                tables.append(.init(id: id, caption: caption, source: .towns(spec), location: start))
                document.blocks.append(.init(
                    node: node, block: block, tableIndex: tableIndex, caption: inline(caption),
                    columns: [], cells: [], notes: notes.map(inline)))
            }
        }
        return tables
    }
}

extension OutlineBuilder {
    /// Table cells, captions and notes are inline text: a leading "* ", "- ", "1. ", "# " or "> "
    /// is a character to show (a note marker, an empty cell), not the start of a list or heading.
    static func inlineOnly(_ markdown: String) -> String {
        guard let first = markdown.first else { return markdown }
        if "*-+#>".contains(first) { return "\\" + markdown }
        let digits = markdown.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, let after = markdown.dropFirst(digits.count).first, after == "." || after == ")" {
            return digits + "\\" + markdown.dropFirst(digits.count)
        }
        return markdown
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = Substring(self)
        while s.last == " " || s.last == "\t" { s = s.dropLast() }
        return String(s)
    }

    func trimmingLeadingSpaces() -> String { String(drop { $0 == " " || $0 == "\t" }) }

    func trimmingTrailingNewlines() -> String {
        var s = Substring(self)
        while s.last == "\n" { s = s.dropLast() }
        return String(s)
    }
}

import FolioModel

/// A resolved link, as the renderer will write it.
public struct RenderedLink: Sendable {
    /// The link's URL; nil for a `span` that only carries attributes (text in another language).
    public var href: String?
    /// Fills a link whose text the editor left empty.
    public var text: String?
    /// Extra attributes (class, hreflang, title), written in this order.
    public var attributes: [(name: String, value: String)]
    /// Text put around the editor's own link text: a citation's "(Rossi 2023, " and ")".
    public var around: (before: String, after: String)?

    public init(href: String?, text: String? = nil, attributes: [(name: String, value: String)] = [],
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
}

/// The HTML of a body: the text, and its footnotes as a separate list for the template to place.
public struct RenderedBody: Sendable {
    /// The body as UTF-8, as it goes into the page.
    public var bytes: [UInt8]
    public var footnotes: [(number: Int, html: String)]

    public var html: String { String(decoding: bytes, as: UTF8.self) }
}

extension MarkdownDocument {
    /// Fills the compiled body's holes from the context. A document renders any number of times.
    /// `anchorPrefix` goes in front of the body's own ids and same-page links (heading ids, footnote
    /// references), for a page that holds several bodies; the context's links are written as given.
    public func render(in context: MarkdownRenderContext, anchorPrefix: String? = nil) -> RenderedBody {
        let prefix = anchorPrefix.map { Array($0.utf8) }
        let links = outline.links.indices.map { context.link(at: $0) }
        func write(_ hole: CompiledHTML.Hole, into out: inout [UInt8]) {
            switch hole {
            case .linkOpen(let index):
                guard let link = links[index] else { return }
                if let href = link.href {
                    out += "<a href=\"".utf8
                    HTML.appendEscaped(href, to: &out)
                    out.append(UInt8(ascii: "\""))
                } else {
                    out += "<span".utf8
                }
                for attribute in link.attributes {
                    out.append(UInt8(ascii: " "))
                    out += attribute.name.utf8
                    out += "=\"".utf8
                    HTML.appendEscaped(attribute.value, to: &out)
                    out.append(UInt8(ascii: "\""))
                }
                if let title = compiled.linkTitles[index] {
                    out += " title=\"".utf8
                    HTML.appendEscaped(title, to: &out)
                    out.append(UInt8(ascii: "\""))
                }
                out.append(UInt8(ascii: ">"))
                if outline.links[index].hasEmptyText, let text = link.text {
                    HTML.appendEscapedText(text, to: &out)
                } else if let around = link.around {
                    HTML.appendEscapedText(around.before, to: &out)
                }
            case .linkClose(let index):
                guard let link = links[index] else { return }
                if !(outline.links[index].hasEmptyText && link.text != nil), let around = link.around {
                    HTML.appendEscapedText(around.after, to: &out)
                }
                out += link.href == nil ? "</span>".utf8 : "</a>".utf8
            case .sectionNumber(let index):
                guard let number = context.sectionNumber(forHeading: index) else { return }
                out += "<span class=\"section-number\">".utf8
                HTML.appendEscaped(number, to: &out)
                out += "</span> ".utf8
            case .table(let index):
                let table = compiled.tables[index]
                let parts = RenderedTableParts(
                    caption: table.caption.filled(write, anchorPrefix: prefix),
                    columns: table.columns.map { $0.filled(write, anchorPrefix: prefix) },
                    rows: table.rows.map { $0.map { $0.filled(write, anchorPrefix: prefix) } },
                    notes: table.notes.map { $0.filled(write, anchorPrefix: prefix) })
                out += context.tableHTML(at: table.tableIndex, block: table.block, parts: parts).utf8
            }
        }
        return RenderedBody(bytes: compiled.body.filledBytes(write, anchorPrefix: prefix),
                            footnotes: compiled.footnotes.map { ($0.number, $0.html.filled(write, anchorPrefix: prefix)) })
    }
}

@testable import FolioLoad
@testable import FolioMarkdown
import FolioModel
import FuzzDriver

runFuzzer(fuzzMarkdown)

/// A Markdown body, as a page's body is read: cross-references, footnotes and ` ```table ` /
/// ` ```towns ` blocks (their YAML read by the loader's decoder), compiled and rendered in a page
/// that resolves links four ways (unresolved, plain, filled with text and attributes, a citation).
/// Besides not crashing: every hole is filled, nothing the text writes becomes a script or a
/// `javascript:` link, rendering twice and rendering from compressed HTML give the same bytes,
/// and every diagnostic points into the body (or just after it).
func fuzzMarkdown(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let source = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let language = ["en", "de", "it", "nl", "el"][size % 5]
    let lineOffset = 5
    func read(compressed: Bool) -> MarkdownDocument {
        MarkdownDocument(source, options: .init(file: "content/\(language)/page.md", lineOffset: lineOffset,
                                                quotes: .forLanguage(language), compressHTML: compressed),
                         decodeBlock: { info, literal, location in TableBlockDecoder.decode(info: info, literal: literal, at: location) })
    }
    let document = read(compressed: false)
    let context = FakePage(outline: document.outline)
    let body = document.render(in: context)
    require(document.render(in: context).bytes == body.bytes, "a document renders the same twice")
    require(read(compressed: true).render(in: context).bytes == body.bytes, "compression changes nothing")
    require(document.render(in: context, anchorPrefix: "").bytes == body.bytes, "an empty anchor prefix changes nothing")

    let html = (body.bytes + body.footnotes.flatMap { Array($0.html.utf8) }).map { $0 >= 0x41 && $0 <= 0x5A ? $0 | 0x20 : $0 }
    require(!html.contains(CompiledHTML.markerStart), "every hole is filled")
    for forbidden in ["<script", "href=\"javascript:", "src=\"javascript:", "<iframe"] {
        require(!contains(html, Array(forbidden.utf8)), "the text wrote \(forbidden): \(source.debugDescription)")
    }
    let lines = lineCount(source)
    for diagnostic in document.diagnostics {
        guard let location = diagnostic.location else { continue }
        // An error at the end of an unclosed block's YAML may stand just after the last line.
        require(location.line > lineOffset && location.line <= lineOffset + lines + 1,
                "\(diagnostic.code) at line \(location.line) is outside the body's lines \(lineOffset + 1)...\(lineOffset + lines)")
    }
    return 0
}

private func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
    guard haystack.count >= needle.count else { return false }
    return (0...(haystack.count - needle.count)).contains { haystack[$0..<($0 + needle.count)].elementsEqual(needle) }
}

/// A page around the body: link `i` resolves one of four ways by `i % 4`; even headings are numbered.
private struct FakePage: MarkdownRenderContext {
    let outline: DocumentOutline

    func link(at index: Int) -> RenderedLink? {
        let destination = outline.links[index].destination
        if URLSafety.isDangerous(destination) { return nil }
        switch index % 4 {
        case 0: return nil
        case 1: return RenderedLink(href: "../x/" + destination)
        case 2: return RenderedLink(href: "../t/" + destination + "/", text: "Term <&> \"q\"",
                                    attributes: [("class", "xref"), ("title", "a \"title\" <b>")])
        default: return RenderedLink(href: "#ref-" + destination, around: (before: "(Rossi & Co 2023, ", after: ")"))
        }
    }

    func sectionNumber(forHeading index: Int) -> String? { index % 2 == 0 ? "\(index + 1).\(index % 3)" : nil }

    func tableHTML(at index: Int, block: FencedBlock, parts: RenderedTableParts) -> String {
        "<table id=\"t\(index)\"><caption>\(parts.caption)</caption><tr>" + parts.columns.map { "<th>\($0)</th>" }.joined() + "</tr>"
            + parts.rows.map { "<tr>" + $0.map { "<td>\($0)</td>" }.joined() + "</tr>" }.joined() + "</table>"
            + parts.notes.map { "<p>\($0)</p>" }.joined()
    }
}

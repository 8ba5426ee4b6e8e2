import FolioModel
import XCTest
@testable import FolioMarkdown

/// A body is rendered at parse time with holes; these tests fill the same document more than once.
final class CompiledBodyTests: XCTestCase {
    private let source = """
    ## First {#first}

    See [](chapter:a) and [the town](town:b "Town b").

    ## Second

    Note.[^1]

    [^1]: About [](chapter:a).
    """

    func testOneDocumentRendersInSeveralContextsWithoutReparsing() {
        let document = MarkdownDocument(source, options: .init(file: "t.md"))
        let plain = document.render(in: TestContext(outline: document.outline))
        let numbered = document.render(in: NumberedContext(base: TestContext(outline: document.outline)))
        XCTAssertEqual(plain.html, document.render(in: TestContext(outline: document.outline)).html)
        XCTAssertTrue(plain.html.contains("<h2 id=\"first\">First</h2>"), plain.html)
        XCTAssertTrue(numbered.html.contains("<h2 id=\"first\"><span class=\"section-number\">9.1</span> First</h2>"),
                      numbered.html)
        XCTAssertTrue(numbered.html.contains("<h2 id=\"second\"><span class=\"section-number\">9.2</span> Second</h2>"))
        XCTAssertTrue(plain.html.contains("<a href=\"/x/chapter:a\">T</a>"), plain.html)
        XCTAssertTrue(plain.html.contains("<a href=\"/x/town:b\" title=\"Town b\">the town</a>"), plain.html)
        XCTAssertEqual(plain.footnotes.map(\.html), ["About <a href=\"/x/chapter:a\">T</a>."])
    }

    func testACompressedBodyRendersAsThePlainOne() {
        let plain = MarkdownDocument(source, options: .init(file: "t.md"))
        let compressed = MarkdownDocument(source, options: .init(file: "t.md", compressHTML: true))
        guard case .compressed = compressed.compiled.body.storage else { return XCTFail("the body is not compressed") }
        XCTAssertEqual(compressed.render(in: TestContext(outline: plain.outline)).html,
                       plain.render(in: TestContext(outline: plain.outline)).html)
        XCTAssertEqual(compressed.render(in: NumberedContext(base: TestContext(outline: plain.outline))).html,
                       plain.render(in: NumberedContext(base: TestContext(outline: plain.outline))).html)
    }

    func testAnUnresolvedLinkKeepsOnlyItsText() {
        let document = MarkdownDocument("Go [there](javascript:alert(1)) now.\n", options: .init(file: "t.md"))
        XCTAssertEqual(document.render(in: TestContext(outline: document.outline)).html, "<p>Go there now.</p>\n")
    }

    /// For a page holding several bodies (a print edition): the body's own ids and same-page links
    /// get the prefix; the context's links and text that only looks like an attribute do not.
    func testAnAnchorPrefixGoesOnTheBodysOwnIdsAndSamePageLinksOnly() {
        let document = MarkdownDocument(source + "\n\nWrite `id=\"x\" href=\"#y\"`.\n",
                                        options: .init(file: "t.md"))
        let body = document.render(in: TestContext(outline: document.outline), anchorPrefix: "chapter.a.")
        XCTAssertTrue(body.html.contains("<h2 id=\"chapter.a.first\">First</h2>"), body.html)
        XCTAssertTrue(body.html.contains("<h2 id=\"chapter.a.second\">Second</h2>"), body.html)
        XCTAssertTrue(body.html.contains("<a href=\"#chapter.a.fn-1\" id=\"chapter.a.fnref-1\">1</a>"), body.html)
        XCTAssertTrue(body.html.contains("<a href=\"/x/chapter:a\">T</a>"), "a link from the context is kept: \(body.html)")
        XCTAssertTrue(body.html.contains("<code>id=&quot;x&quot; href=&quot;#y&quot;</code>"), body.html)
        XCTAssertEqual(body.footnotes.map(\.html), ["About <a href=\"/x/chapter:a\">T</a>."])
    }

    func testTheHoleMarkerCannotComeFromTheText() {
        let document = MarkdownDocument("A \u{1}O0\u{2} B [x](y)\n", options: .init(file: "t.md"))
        let html = document.render(in: TestContext(outline: document.outline)).html
        XCTAssertEqual(html, "<p>A \u{FFFD}O0\u{2} B <a href=\"/x/y\">x</a></p>\n")
    }
}

/// Numbers level-2 headings 9.1, 9.2, … and resolves links like `TestContext`.
private struct NumberedContext: MarkdownRenderContext {
    let base: TestContext
    func link(at index: Int) -> RenderedLink? { base.link(at: index) }
    func sectionNumber(forHeading index: Int) -> String? { "9.\(index + 1)" }
    func tableHTML(at index: Int, block: FencedBlock, parts: RenderedTableParts) -> String {
        base.tableHTML(at: index, block: block, parts: parts)
    }
}

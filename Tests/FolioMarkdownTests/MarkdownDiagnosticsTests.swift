import FolioModel
import XCTest
@testable import FolioMarkdown

final class MarkdownDiagnosticsTests: XCTestCase {
    private func parse(_ text: String, offset: Int = 0) -> MarkdownDocument {
        MarkdownDocument(text, options: .init(file: "content/en/a.md", lineOffset: offset))
    }

    func testAnUndefinedFootnoteIsAnErrorAtItsLine() {
        let document = parse("Intro.\n\nText with a note[^x].\n", offset: 4)
        XCTAssertEqual(document.diagnostics.map(\.headline),
                       ["content/en/a.md:7:17: error: footnote [^x] has no definition"])
    }

    func testAnUndefinedFootnoteAfterOtherTextIsPlacedInCharacters() {
        let document = parse("Ärger über[^a] und «so»[^x] [^ not] [^].\n\n[^a]: Note.\n")
        XCTAssertEqual(document.diagnostics.map(\.headline),
                       ["content/en/a.md:1:24: error: footnote [^x] has no definition"])
    }

    func testAnUnusedFootnoteIsAWarning() {
        let document = parse("Text.\n\n[^1]: Never referred to.\n")
        XCTAssertEqual(document.diagnostics.map(\.headline),
                       ["content/en/a.md:3:1: warning: footnote [^1] is never referred to"])
    }

    /// Found by FuzzMarkdown: a definition whose text is only a reference lost its place (line 0,
    /// before the body) once the reference had replaced its first node, and the reference's column
    /// left out the `[^0]:` marker before it.
    func testAnUnusedFootnoteWhoseTextIsAReferenceKeepsItsPlace() {
        let document = parse("Text.\n\n[^0]:[^1]\n", offset: 5)
        XCTAssertEqual(document.diagnostics.map(\.headline),
                       ["content/en/a.md:8:6: error: footnote [^1] has no definition",
                        "content/en/a.md:8:1: warning: footnote [^0] is never referred to"])
    }

    func testRawHTMLIsAWarningNamingItsLineAndColumn() {
        let document = parse("A line.\nSome <b>bold</b>.\n", offset: 10)
        XCTAssertEqual(document.diagnostics.first?.headline,
                       "content/en/a.md:12:6: warning: raw HTML is not published; it is shown as text")
        XCTAssertEqual(document.diagnostics.count, 2)
    }

    func testLinksAreOutlinedWithTheirPlaceInTheFile() {
        let document = parse("# Title\n\nSee [](rec:pb1-2) and [Ä text](town:bebra).\n", offset: 3)
        XCTAssertEqual(document.outline.links.map(\.destination), ["rec:pb1-2", "town:bebra"])
        XCTAssertEqual(document.outline.links.map(\.hasEmptyText), [true, false])
        XCTAssertEqual(document.outline.links.map(\.location.description),
                       ["content/en/a.md:6:5", "content/en/a.md:6:23"])
    }

    func testAcrossReferenceWithASpaceIsReportedInsteadOfPrintedAsText() {
        let document = parse("Cited [](cite:a-2020; b-2021).\n")
        XCTAssertEqual(document.diagnostics.map(\.code), ["link.unread"])
    }

    func testAllowingRawHTMLPassesItThrough() {
        let document = MarkdownDocument("Some <b>bold</b>.\n", options: .init(file: "a.md", allowRawHTML: true))
        XCTAssertTrue(document.diagnostics.isEmpty)
        let html = document.render(in: TestContext(outline: document.outline)).html
        XCTAssertEqual(html, "<p>Some <b>bold</b>.</p>\n")
    }
}

import FolioModel
import XCTest
@testable import FolioRender

/// The print editions of the fixture site: `white-paper` (its one part, Part A, with chapters
/// Alpha and Beta, Beta's challenge c1 and its recommendations r1 and r2) in English and German.
final class PrintEditionTests: XCTestCase {
    private func edition(_ language: String, pdfLanguages: Set<String> = []) throws -> String {
        let files = try FixtureSiteRenderingTests.renderFixture(threads: 2, pdfLanguages: pdfLanguages)
        let file = try XCTUnwrap(files.first { $0.path == "\(language)/print/white-paper/index.html" })
        return String(decoding: file.bytes, as: UTF8.self)
    }

    private func matches(_ pattern: String, in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).map { String(html[Range($0.range(at: 1), in: html)!]) }
    }

    func testEveryIdIsUniqueAndEverySamePageLinkFindsItsTarget() throws {
        for language in ["en", "de"] {
            let html = try edition(language)
            let ids = matches(##" id="([^"]+)""##, in: html)
            XCTAssertEqual(ids.count, Set(ids).count, "duplicate ids in \(language): \(ids.filter { id in ids.filter { $0 == id }.count > 1 })")
            let targets = Set(matches(##"href="#([^"]*)""##, in: html))
            XCTAssertEqual(targets.subtracting(ids), [], "same-page links without a target in \(language)")
            // Both chapters have headings of their own, each under its chapter's id.
            XCTAssertTrue(ids.contains(language == "en" ? "chapter.alpha.context-and-aims" : "chapter.alpha.übersicht-der-städte"))
            XCTAssertTrue(ids.contains("chapter.beta.results"))
        }
        let english = try edition("en")
        XCTAssertTrue(english.contains(##"<a href="#chapter.alpha.fn-1" id="chapter.alpha.fnref-1">1</a>"##))
        XCTAssertTrue(english.contains(##"<li id="chapter.alpha.fn-1">"##))
    }

    func testPartsChaptersAndRecordsFollowTheReadingOrder() throws {
        let html = try edition("en")
        let sections = matches(##"<(?:section|article) class="print-[a-z]+" id="([^"]+)""##, in: html)
        XCTAssertEqual(sections, ["part.part-a", "chapter.alpha", "chapter.beta", "challenge.c1", "recommendation.r1", "recommendation.r2",
                                  "references"])
        // The cover has the edition's title: its part's, as the edition has one part.
        let headings = matches(##"<h1>(?:<span class="number">[^<]*</span> )?([^<]+)</h1>"##, in: html)
        XCTAssertEqual(headings, ["Part A", "Part A", "Alpha chapter", "Beta chapter", "References"])
        XCTAssertTrue(html.contains(##"<h3><span class="number">Option A2.1</span> Open a meeting place</h3>"##), "recommendations keep theirs")
        XCTAssertTrue(html.contains(##"<h1><span class="number">A1</span> Alpha chapter</h1>"##), "chapters keep their numbering")
    }

    func testCrossReferencesToTheEditionStayOnThePage() throws {
        let html = try edition("en")
        XCTAssertTrue(html.contains(##"<a href="#chapter.beta.results" class="xref xref-chapter">"##), "a heading of another chapter")
        XCTAssertTrue(html.contains(##"<a href="#recommendation.r1" class="xref xref-recommendation">"##), "a recommendation the edition holds")
        XCTAssertTrue(html.contains(##"<a href="#town-figures" class="xref xref-table">"##), "a table")
        XCTAssertTrue(html.contains(##"<a href="#chapter.alpha.data">"##), "a heading of the same chapter")
        XCTAssertTrue(html.contains(##"href="#ref-rossi-2023""##), "a citation, to the edition's references")
        // A town is outside the edition: a relative link, with its published address for paper.
        XCTAssertTrue(html.contains(##"<a href="../../../en/towns/north/index.html" class="xref xref-town" data-url="https://folio.test/pub/en/towns/north/">"##))
    }

    func testPDFLinksAppearOnlyWhenThePDFIsMade() throws {
        XCTAssertFalse(try edition("en").contains("pdf/white-paper-en.pdf"))
        let files = try FixtureSiteRenderingTests.renderFixture(threads: 2, pdfLanguages: ["en"])
        func page(_ path: String) -> String { String(decoding: files.first { $0.path == path }!.bytes, as: UTF8.self) }
        let meta = ##"<meta name="citation_pdf_url" content="https://folio.test/pub/en/pdf/white-paper-en.pdf">"##
        XCTAssertTrue(page("en/print/white-paper/index.html").contains(meta))
        XCTAssertTrue(page("en/white-paper/part-a/alpha/index.html").contains(meta))
        XCTAssertTrue(page("en/white-paper/part-a/index.html").contains(##"<a href="../../../en/pdf/white-paper-en.pdf" type="application/pdf">PDF</a>"##))
        XCTAssertFalse(page("de/white-paper/part-a/index.html").contains("pdf"), "German PDFs are not made in this build")
    }

    func testEachPartAndChapterHasItsRunningHeadOnItsRightHandPages() throws {
        let html = try edition("en")
        XCTAssertTrue(html.contains(##"@page { @top-center { content: "Part A"; } }"##), "the edition's title, on every other page")
        XCTAssertTrue(html.contains(##"[id="part.part-a"] { page: folio-1; } @page folio-1:right { @top-center { content: "Part A"; } }"##))
        XCTAssertTrue(html.contains(##"[id="chapter.beta"] { page: folio-3; } @page folio-3:right { @top-center { content: "A2 Beta chapter"; } }"##))
        XCTAssertTrue(html.contains(##"[id="references"] { page: folio-4; } @page folio-4:right { @top-center { content: "References"; } }"##))
    }

    func testRunningHeadIsAnEscapedCSSString() {
        XCTAssertEqual(PrintLinks.cssString(##"A "quoted" \ title</style>"##), ##"A \"quoted\" \\ title\3C /style>"##)
    }
}

import FolioModel
import FolioTestSupport
import XCTest
@testable import FolioMarkdown

/// Renders each example of Golden/markdown.txt and compares it with the expected HTML.
final class GoldenMarkdownTests: XCTestCase {
    func testEveryGoldenExampleRendersAsExpected() throws {
        let cases = try Golden.cases(in: "markdown.txt")
        XCTAssertGreaterThanOrEqual(cases.count, 10)
        for example in cases {
            let document = MarkdownDocument(example.input, options: .init(file: "t.md", quotes: .forLanguage("en")), decodeBlock: TestTables.decode)
            let body = document.render(in: TestContext(outline: document.outline))
            var actual = body.html
            if !body.footnotes.isEmpty {
                actual += "notes: " + body.footnotes.map { "\($0.number)=\($0.html)" }.joined(separator: " | ") + "\n"
            }
            XCTAssertEqual(actual, example.expected, "example at markdown.txt:\(example.line) (\(example.name))")
        }
    }
}

/// Resolves every link to `/x/<destination>`, except dangerous ones, which it drops.
struct TestContext: MarkdownRenderContext {
    let outline: DocumentOutline

    func link(at index: Int) -> RenderedLink? {
        let destination = outline.links[index].destination
        if URLSafety.isDangerous(destination) { return nil }
        return RenderedLink(href: "/x/" + destination, text: "T")
    }

    func sectionNumber(forHeading index: Int) -> String? { nil }

    func tableHTML(at index: Int, block: FencedBlock, parts: RenderedTableParts) -> String {
        "[table \(index): \(parts.caption) / " + parts.rows.map { $0.joined(separator: " | ") }.joined(separator: "; ") + "]"
    }
}

/// A tiny stand-in for the YAML table decoder: `caption: …` and `cells: a|b` lines.
enum TestTables {
    static func decode(info: String, literal: String, location: SourceLocation) -> (block: FencedBlock?, diagnostics: [Diagnostic]) {
        var caption = ""
        var cells: [String] = []
        for line in literal.split(separator: "\n") {
            if line.hasPrefix("caption: ") { caption = String(line.dropFirst(9)) }
            if line.hasPrefix("cells: ") { cells = line.dropFirst(7).split(separator: "|").map(String.init) }
        }
        return (.table(WrittenTable(id: "t", caption: caption, columns: [], rows: [cells], notes: [], headerColumn: false)), [])
    }
}

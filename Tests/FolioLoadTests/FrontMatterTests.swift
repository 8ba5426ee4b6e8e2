import FolioModel
import XCTest
@testable import FolioLoad

final class FrontMatterTests: XCTestCase {
    func testFrontMatterAndBodyAreSplitWithTheirLineOffsets() throws {
        let split = try FrontMatterSplitter.split("---\ntitle: A\nkind: page\n---\n# Body\n", file: "a.md").get()
        XCTAssertEqual(split.yaml, "title: A\nkind: page")
        XCTAssertEqual(split.yamlFirstLine, 2)
        XCTAssertEqual(split.body, "# Body\n")
        XCTAssertEqual(split.bodyLineOffset, 4)
    }

    func testWindowsLineEndsAndAByteOrderMarkAreAccepted() throws {
        let split = try FrontMatterSplitter.split("\u{FEFF}---\r\ntitle: Ä\r\n---\r\nBody\r\n", file: "a.md").get()
        XCTAssertEqual(split.yaml, "title: Ä")
        XCTAssertEqual(split.body, "Body\r\n")
        XCTAssertEqual(split.bodyLineOffset, 3)
        let empty = try FrontMatterSplitter.split("---\n---\nBody", file: "a.md").get()
        XCTAssertEqual(empty.yaml, "")
        XCTAssertEqual(empty.body, "Body")
    }

    func testAFileWithoutFrontMatterIsReported() {
        guard case .failure(let problem) = FrontMatterSplitter.split("# Just a title\n", file: "a.md") else {
            return XCTFail("expected a failure")
        }
        XCTAssertEqual(problem.headline, "a.md:1:1: error: the file does not start with front matter")
    }

    func testUnterminatedFrontMatterIsReported() {
        guard case .failure(let problem) = FrontMatterSplitter.split("---\ntitle: A\n# Body\n", file: "a.md") else {
            return XCTFail("expected a failure")
        }
        XCTAssertEqual(problem.code, "frontmatter.unterminated")
    }

    func testMalformedYAMLNamesItsLineInTheFile() {
        let source = YAMLSource(file: "content/en/a.md", firstLine: 2)
        guard case .failure(let problem) = source.compose("title: A\nsummary: [unclosed\n") else {
            return XCTFail("expected a failure")
        }
        XCTAssertEqual(problem.code, "yaml.invalid")
        XCTAssertEqual(problem.location?.file, "content/en/a.md")
        XCTAssertEqual(problem.location?.line, 4)
    }

    /// Yams' reader gives a control character's offset, not a mark: it was reported at 1:1.
    func testAControlCharacterInTheYAMLIsReportedAtItsLineAndColumn() {
        let source = YAMLSource(file: "content/en/a.md", firstLine: 2)
        guard case .failure(let problem) = source.compose("kind: page\ntitle: \"Grant\u{0}access\"\n") else {
            return XCTFail("expected a failure")
        }
        XCTAssertEqual(problem.code, "yaml.invalid")
        XCTAssertEqual(problem.location, SourceLocation(file: "content/en/a.md", line: 3, column: 14))
    }

    /// Found by FuzzMarkdown: a control character in a table block's YAML was reported at line 1,
    /// column 1 of the file, far from the block (libyaml's reader errors carry no line).
    func testAControlCharacterIsReportedWhereItStands() {
        let source = YAMLSource(file: "content/en/a.md", firstLine: 12)
        guard case .failure(let problem) = source.compose("id: t\ncaption: Ä \u{2}x\n") else {
            return XCTFail("expected a failure")
        }
        XCTAssertEqual(problem.headline, "content/en/a.md:13:12: error: malformed YAML: control characters are not allowed (U+0002)")
        guard case .failure(let crlf) = source.compose("id: t\r\n\r\ncaption: \u{1F}\r\n") else {
            return XCTFail("expected a failure")
        }
        XCTAssertEqual(crlf.location, SourceLocation(file: "content/en/a.md", line: 14, column: 10))
    }

    func testADuplicatedKeyIsReported() {
        let source = YAMLSource(file: "a.md", firstLine: 2)
        guard case .failure(let problem) = source.compose("title: A\ntitle: B\n") else {
            return XCTFail("expected a failure")
        }
        XCTAssertEqual(problem.code, "yaml.duplicate-key")
    }
}

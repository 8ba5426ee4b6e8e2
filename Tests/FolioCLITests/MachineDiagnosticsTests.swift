import FolioModel
import FolioTestSupport
import XCTest
@testable import FolioCLI

/// `--format github` and `--format json` on the broken-content fixture.
final class MachineDiagnosticsTests: XCTestCase {
    func testOneGitHubAnnotationPerDiagnosticWithItsFileLineAndColumn() throws {
        let site = try Fixtures.copySite("broken", group: "InvalidSites")
        let diagnostics = Pipeline(root: site, threads: 2).run().diagnostics.sorted
        let lines = MachineDiagnostics.github(diagnostics, prefix: "site/").split(separator: "\n").map(String.init)
        let expected = try String(contentsOf: Fixtures.fixtures.appendingPathComponent("InvalidSites/broken/expected-diagnostics.txt"),
                                  encoding: .utf8).split(separator: "\n")
        XCTAssertEqual(lines.count, expected.count)
        XCTAssertEqual(lines.count, diagnostics.count)
        for (line, headline) in zip(lines, expected) {
            // content/en/index.md:4:5: error: message
            let parts = headline.split(separator: ":", maxSplits: 4).map { $0.trimmingCharacters(in: .whitespaces) }
            let file = MachineDiagnostics.property("site/" + parts[0])
            XCTAssertTrue(line.hasPrefix("::\(parts[3]) file=\(file),line=\(parts[1]),col=\(parts[2]),title=F"), line)
            XCTAssertTrue(line.contains("::" + MachineDiagnostics.data(parts[4])), line)
        }
        XCTAssertTrue(lines.contains { $0.hasPrefix("::error file=site/content/en/index.md,line=4,col=5,title=F101 unknown-reference::no recommendation 'pb1-9'") },
                      lines.joined(separator: "\n"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("::warning file=site/content/en/index.md,line=5,col=3,title=F307 raw-html::") })
    }

    func testGitHubEscaping() {
        let diagnostic = Diagnostic.error("link.unresolved", "100% wrong\r\nhere", at: SourceLocation(file: "a,b:c.md", line: 2, column: 3),
                                          hint: "fix: it")
        XCTAssertEqual(MachineDiagnostics.github([diagnostic], prefix: ""),
                       "::error file=a%2Cb%3Ac.md,line=2,col=3,title=F101 unknown-reference::100%25 wrong%0D%0Ahere%0Ahint: fix: it\n")
        let unplaced = Diagnostic.warning("content.missing", "none", at: nil)
        XCTAssertEqual(MachineDiagnostics.github([unplaced], prefix: ""), "::warning title=F003 no-content-folder::none\n")
        let note = Diagnostic.note("encoding.byte-order-mark", "BOM", at: SourceLocation(file: "a.md", line: 1, column: 1))
        XCTAssertEqual(MachineDiagnostics.github([note], prefix: ""),
                       "::notice file=a.md,line=1,col=1,title=F083 byte-order-mark::BOM\n", "GitHub calls a note a notice")
    }

    func testJSONIsOneArrayWithEveryFieldOfEveryDiagnostic() throws {
        let site = try Fixtures.copySite("broken", group: "InvalidSites")
        let diagnostics = Pipeline(root: site, threads: 2).run().diagnostics.sorted
        let json = MachineDiagnostics.json(diagnostics, prefix: "")
        let array = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        XCTAssertEqual(array.count, diagnostics.count)
        let first = try XCTUnwrap(array.first { ($0["line"] as? Int) == 4 && ($0["column"] as? Int) == 5 })
        XCTAssertEqual(first["file"] as? String, "content/en/index.md")
        XCTAssertEqual(first["severity"] as? String, "error")
        XCTAssertEqual(first["code"] as? String, "link.unresolved")
        XCTAssertEqual(first["number"] as? String, "F101")
        XCTAssertEqual(first["message"] as? String, "no recommendation 'pb1-9' (did you mean 'rec:pb1-2'?)")
        XCTAssertNotNil(first["hint"] as? String)
        for entry in array {
            XCTAssertEqual(Set(entry.keys), ["file", "line", "column", "severity", "code", "number", "name", "message", "hint"])
        }
    }

    func testStrictFailsOnWarningsOnly() throws {
        var warnings = Diagnostics()
        warnings.warning("footnote.unused", "unused", at: nil)
        let lenient = try DiagnosticOptions.parse([])
        let strict = try DiagnosticOptions.parse(["--strict"])
        XCTAssertFalse(lenient.fails(warnings))
        XCTAssertTrue(strict.fails(warnings))
        XCTAssertFalse(strict.fails(Diagnostics()))
    }
}

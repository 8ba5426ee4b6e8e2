import FolioModel
import FolioTestSupport
import XCTest
@testable import FolioCLI

/// The registry of diagnostic codes is complete, consistent and documented.
final class DiagnosticCatalogTests: XCTestCase {
    /// Every dotted string literal in Sources/ outside comments, except file names and domains:
    /// the codes the stages report, including those added on other branches.
    static func codesUsedInSources() throws -> [String: String] {
        let literal = try NSRegularExpression(pattern: #""([a-z][a-z0-9]*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+)""#)
        let notCodes: Set<String> = ["yaml", "yml", "html", "xml", "h", "md", "css", "js", "json", "txt",
                                     "mustache", "swift", "csv", "pagefind", "org", "com", "net"]
        var found: [String: String] = [:]
        let sources = Fixtures.repository.appendingPathComponent("Sources")
        let enumerator = try XCTUnwrap(FileManager.default.enumerator(at: sources, includingPropertiesForKeys: nil))
        for case let url as URL in enumerator where url.pathExtension == "swift" {
            let text = try String(contentsOf: url, encoding: .utf8)
            for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//") {
                let code = String(line.split(separator: "//", maxSplits: 1, omittingEmptySubsequences: false)[0])
                for match in literal.matches(in: code, range: NSRange(code.startIndex..., in: code)) {
                    let value = String(code[Range(match.range(at: 1), in: code)!])
                    guard let suffix = value.split(separator: ".").last, !notCodes.contains(String(suffix)) else { continue }
                    found[value] = url.lastPathComponent
                }
            }
        }
        return found
    }

    func testEveryCodeUsedInSourcesIsRegistered() throws {
        let used = try Self.codesUsedInSources()
        XCTAssertGreaterThan(used.count, 40, "the scan finds the codes")
        XCTAssertNotNil(used["link.unresolved"])
        for (code, file) in used.sorted(by: { $0.key < $1.key }) {
            XCTAssertNotNil(DiagnosticCatalog.entry(for: code),
                            "\(file) reports '\(code)', which Sources/FolioModel/DiagnosticCatalog.swift does not list")
        }
    }

    func testNumbersNamesAndCodesAreUniqueAndWellFormed() {
        let all = DiagnosticCatalog.all
        XCTAssertEqual(Set(all.map(\.code)).count, all.count)
        XCTAssertEqual(Set(all.map(\.number)).count, all.count)
        XCTAssertEqual(Set(all.map(\.name)).count, all.count)
        XCTAssertEqual(all.map(\.number), all.map(\.number).sorted(), "in number order")
        for entry in all {
            XCTAssertNotNil(entry.number.range(of: #"^F[0-9]{3}$"#, options: .regularExpression), entry.number)
            XCTAssertNotNil(entry.name.range(of: #"^[a-z0-9]+(-[a-z0-9]+)*$"#, options: .regularExpression), entry.name)
            XCTAssertFalse(entry.summary.isEmpty || entry.example.isEmpty || entry.fix.isEmpty, entry.code)
        }
        XCTAssertEqual(DiagnosticCatalog.entry(for: "link.unresolved")?.number, "F101")
        XCTAssertEqual(DiagnosticCatalog.entry(for: "link.unresolved")?.name, "unknown-reference")
    }

    /// docs/diagnostics.md is the registry's Markdown; `FOLIO_WRITE_DOCS=1` regenerates it.
    func testTheDocumentationIsGeneratedFromTheRegistry() throws {
        let url = Fixtures.repository.appendingPathComponent("docs/diagnostics.md")
        if ProcessInfo.processInfo.environment["FOLIO_WRITE_DOCS"] == "1" {
            try Data(DiagnosticReference.markdown.utf8).write(to: url)
        }
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertEqual(text, DiagnosticReference.markdown,
                       "docs/diagnostics.md is out of date: run FOLIO_WRITE_DOCS=1 swift test --filter DiagnosticCatalogTests")
    }
}

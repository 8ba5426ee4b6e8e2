import FolioLoad
import FolioModel
import FolioResolve
import FolioTestSupport
import XCTest
@testable import FolioRender

/// Renders the fixture site and compares every file with `Tests/Fixtures/Sites/minimal/expected/`.
/// A missing expected file is recorded and the test fails; FOLIO_RECORD=1 records them all again.
final class FixtureSiteRenderingTests: XCTestCase {
    private func render(threads: Int) throws -> [OutputFile] {
        try Self.renderFixture(threads: threads)
    }

    /// The fixture site's files; `pdfLanguages` as for `folio pdf` (print editions whose PDFs the pages link).
    static func renderFixture(threads: Int, pdfLanguages: Set<String> = []) throws -> [OutputFile] {
        let site = try Fixtures.copySite("minimal")
        var diagnostics = Diagnostics()
        let loaded = try XCTUnwrap(SiteLoader.load(root: site, threads: threads, into: &diagnostics))
        let theme = try XCTUnwrap(ThemeLoader.load(root: site, name: "default", into: &diagnostics))
        let resolved = SiteResolver.resolve(loaded.site, into: &diagnostics)
        let files = SiteRenderer.render(resolved, documents: loaded.documents, theme: theme, threads: threads,
                                        pdfLanguages: pdfLanguages, into: &diagnostics)
        XCTAssertEqual(Fixtures.headlines(diagnostics), [])
        return files
    }

    func testTheFixtureSiteRendersAsItsGoldenFiles() throws {
        let files = try render(threads: 4)
        let expectedRoot = Fixtures.fixtures.appendingPathComponent("Sites/minimal/expected")
        let record = ProcessInfo.processInfo.environment["FOLIO_RECORD"] == "1"
        var recorded: [String] = []
        for file in files where !file.path.hasPrefix("assets/") {
            let url = expectedRoot.appendingPathComponent(file.path)
            let actual = String(decoding: file.bytes, as: UTF8.self)
            if !record, let expected = try? String(contentsOf: url, encoding: .utf8) {
                XCTAssertEqual(actual, expected, "output \(file.path) differs from expected/\(file.path)")
            } else {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(file.bytes).write(to: url)
                recorded.append(file.path)
            }
        }
        XCTAssertEqual(recorded, [], "recorded new golden files; check them and run the tests again")
        let expectedFiles = Set(Fixtures.tree(expectedRoot).keys)
        XCTAssertEqual(expectedFiles, Set(files.map(\.path).filter { !$0.hasPrefix("assets/") }),
                       "the site has the same files as expected/")
    }

    /// Links inside pages are relative, so the site works from disk and under any sub-path;
    /// canonical, hreflang and sitemap URLs are absolute on base_url.
    func testNoPageLinksFromTheServerRoot() throws {
        let files = try render(threads: 2)
        for file in files where file.path.hasSuffix(".html") {
            let html = String(decoding: file.bytes, as: UTF8.self)
            for rootAbsolute in ["href=\"/", "src=\"/", "url=/"] {
                XCTAssertFalse(html.contains(rootAbsolute), "\(file.path) has \(rootAbsolute)")
            }
        }
        let chapter = try XCTUnwrap(files.first { $0.path == "de/white-paper/part-a/alpha/index.html" })
        let html = String(decoding: chapter.bytes, as: UTF8.self)
        XCTAssertTrue(html.contains("<link rel=\"stylesheet\" href=\"../../../../assets/folio.css\">"))
        XCTAssertTrue(html.contains("<link rel=\"canonical\" href=\"https://folio.test/pub/de/white-paper/part-a/alpha/\">"))
        XCTAssertTrue(html.contains("href=\"../../../../de/towns/north/index.html\""))
    }

    func testTheOutputIsTheSameWithOneAndManyThreads() throws {
        let one = try render(threads: 1)
        let many = try render(threads: 8)
        XCTAssertEqual(one.map(\.path), many.map(\.path))
        for (a, b) in zip(one, many) { XCTAssertEqual(a.bytes, b.bytes, a.path) }
    }

    func testNumbersAreFormattedPerLanguage() {
        XCTAssertEqual(NumberFormat.integer(13855, "en"), "13,855")
        XCTAssertEqual(NumberFormat.integer(13855, "de"), "13.855")
        XCTAssertEqual(NumberFormat.integer(1_234_567, "el"), "1.234.567")
        XCTAssertEqual(NumberFormat.decimal(3.6, "en"), "3.6")
        XCTAssertEqual(NumberFormat.decimal(3.6, "it"), "3,6")
        XCTAssertEqual(NumberFormat.percent(13.3, "en"), "13.3%")
        XCTAssertEqual(NumberFormat.percent(13.3, "nl"), "13,3\u{00A0}%")
        XCTAssertEqual(NumberFormat.decimal(148, "de"), "148")
    }
}

import FolioLoad
import FolioModel
import FolioResolve
import FolioTestSupport
import XCTest
@testable import FolioRender

/// Renders the fixture sites and compares every file with `Tests/Fixtures/Sites/<site>/expected/`:
/// `minimal` has a page of every built-in kind (its golden files are unchanged since the kinds
/// moved into schemas), `evidence` adds kinds declared in `content/_schema/`.
/// A missing expected file is recorded and the test fails; FOLIO_RECORD=1 records them all again.
final class FixtureSiteRenderingTests: XCTestCase {
    private func render(_ name: String = "minimal", threads: Int) throws -> [OutputFile] {
        try Self.renderFixture(name, threads: threads)
    }

    /// A fixture site's files; `pdfLanguages` as for `folio pdf` (print editions whose PDFs the pages link).
    static func renderFixture(_ name: String = "minimal", threads: Int, pdfLanguages: Set<String> = []) throws -> [OutputFile] {
        let site = try Fixtures.copySite(name)
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
        try assertGolden("minimal")
    }

    /// The pages the declared kinds make or change (the rest of the site is `minimal`'s).
    func testTheEvidenceFixtureRendersAsItsGoldenFiles() throws {
        try assertGolden("evidence") { path in
            ["/evidence/", "/towns/east/", "/recommendations/r1/", "/recommendations/index.html", "/checklist/", "/data/", "/finder/"].contains { path.contains($0) }
        }
    }

    /// Compares the files `golden` selects (all but the assets by default) with `expected/`.
    private func assertGolden(_ name: String, golden: (String) -> Bool = { _ in true }) throws {
        let files = try render(name, threads: 4).filter { !$0.path.hasPrefix("assets/") && golden($0.path) }
        let expectedRoot = Fixtures.fixtures.appendingPathComponent("Sites/\(name)/expected")
        let record = ProcessInfo.processInfo.environment["FOLIO_RECORD"] == "1"
        var recorded: [String] = []
        for file in files {
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
        XCTAssertEqual(expectedFiles, Set(files.map(\.path)), "the site has the same files as expected/")
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

    /// A white-paper recommendation lists the evidence that names it; a best practice shows its
    /// city, its report and what it addresses; a town from a report stays out of the partner
    /// towns' table, charts and downloads; the finder lists a report's recommendations after the
    /// publication's own, under their report, and offers the source as a choice (the
    /// publication's own by default); the recommendations index gives them a group of their own.
    func testEvidenceIsShownBothWaysAndReportTownsStayOutOfThePartnerTowns() throws {
        let files = try render("evidence", threads: 2)
        func html(_ path: String) throws -> String {
            String(decoding: try XCTUnwrap(files.first { $0.path == path }, path).bytes, as: UTF8.self)
        }
        let r1 = try html("en/recommendations/r1/index.html")
        XCTAssertTrue(r1.contains("<h2>Evidence from other towns</h2>"))
        XCTAssertTrue(r1.contains("<a href=\"../../../en/evidence/test-report/harbour-club/index.html\">Harbour Club</a> <span class=\"meta\">Best practice · A Test Report on Harbour Towns</span>"))
        XCTAssertTrue(try html("de/recommendations/r1/index.html").contains("<h2>Belege aus anderen Städten</h2>"))
        let club = try html("en/evidence/test-report/harbour-club/index.html")
        XCTAssertTrue(club.contains("<dt>City</dt><dd><a href=\"../../../../en/towns/east/index.html\">Eastport</a></dd>"))
        XCTAssertTrue(club.contains("<dt>Systematised</dt><dd>Yes</dd>"))
        XCTAssertTrue(club.contains("<li><a href=\"../../../../en/recommendations/r1/index.html\">Option A2.1</a></li>"))
        let report = try html("en/evidence/test-report/index.html")
        XCTAssertTrue(report.contains("<section class=\"records\"><h2>Localities</h2>"))
        let locality = try html("de/evidence/test-report/loc-01/index.html")
        XCTAssertTrue(locality.contains("<dt>Gemeindegröße</dt><dd>Kleinstadt</dd>"), "enum values by their facet labels")
        let east = try html("en/towns/east/index.html")
        XCTAssertTrue(east.contains("12,000<span class=\"figure-detail\">2019 · A Test Report on Harbour Towns</span>"), "a figure's source names its report")
        for path in ["en/white-paper/part-a/alpha/index.html", "en/data/towns.csv", "en/data/towns.json", "en/finder/index.html"] {
            XCTAssertFalse(try html(path).contains("Eastport"), path)
        }
        XCTAssertTrue(try html("en/white-paper/part-a/alpha/index.html").contains("Northtown"))
        let finder = try html("en/finder/index.html")
        XCTAssertTrue(finder.contains("<select name=\"source\"><option value=\"\">A Test Publication with Evidence</option>"
                                      + "<option value=\"test-report\">A Test Report on Harbour Towns</option><option value=\"*\">All sources</option></select>"),
                      "the publication's own recommendations are the default; a report is named by its title when _labels.yaml has no label for it")
        let own = try XCTUnwrap(finder.range(of: "<li data-facets=\"capacity=some level=municipality\">"))
        let fromReport = try XCTUnwrap(finder.range(of: "<li data-facets=\"\" data-source=\"test-report\"><a href=\"../../en/evidence/test-report/report-rec-1/index.html\">Share staff between towns</a>"),
                                   "a report's recommendation is unnumbered and marked with its source")
        XCTAssertLessThan(own.lowerBound, fromReport.lowerBound, "after the publication's own")
        XCTAssertTrue(finder.contains("All recommendations (3)"), "without a script every recommendation is listed")
        let index = try html("en/recommendations/index.html")
        XCTAssertTrue(index.contains("<section class=\"source-records\">\n<h2><a href=\"../../en/evidence/test-report/index.html\">A Test Report on Harbour Towns</a></h2>"))
    }

    /// A report numbers its tables, and those of the records that come from it, within itself
    /// (`table_numbers: own` in its schema); a reference from another count names whose it is.
    func testAReportNumbersItsTablesWithinItself() throws {
        let files = try render("evidence", threads: 2)
        func html(_ path: String) throws -> String {
            String(decoding: try XCTUnwrap(files.first { $0.path == path }, path).bytes, as: UTF8.self)
        }
        let alpha = try html("en/white-paper/part-a/alpha/index.html")
        XCTAssertTrue(alpha.contains("<span class=\"table-number\">Table 2.</span> A <em>written</em> table"), "the publication's own count")
        let report = try html("en/evidence/test-report/index.html")
        XCTAssertTrue(report.contains("<span class=\"table-number\">Table 1.</span> Visits to the harbour club"))
        XCTAssertTrue(report.contains(">Table 2</a>; the publication"), "a table of a record from the report continues the report's count")
        XCTAssertTrue(report.contains("class=\"xref xref-table\">Table 2 (A Test Publication with Evidence)</a>"))
        XCTAssertTrue(try html("en/evidence/test-report/finding-one/index.html").contains("<span class=\"table-number\">Table 2.</span> Visits of partners"))
        XCTAssertTrue(try html("en/white-paper/part-a/beta/index.html")
            .contains("href=\"../../../../en/evidence/test-report/index.html#harbour-visits\" class=\"xref xref-table\">Table 1 (A Test Report on Harbour Towns)</a>"))
        XCTAssertTrue(try html("de/evidence/test-report/index.html").contains("<span class=\"table-number\">Tabelle 1.</span> Besuche im Hafenclub"))
    }

    /// The towns index (a page with `include_sources: true`) lists the towns of the publication and
    /// of every source, by country, with each town's filter values, its sources, its size class and
    /// every population with its source; its filters and their labels come from the records.
    func testTheTownsIndexListsEveryTownOfEverySourceWithItsValues() throws {
        let files = try render("evidence", threads: 2)
        func html(_ path: String) throws -> String {
            String(decoding: try XCTUnwrap(files.first { $0.path == path }, path).bytes, as: UTF8.self)
        }
        let en = try html("en/evidence/all-towns/index.html")
        XCTAssertEqual(en.components(separatedBy: "<li data-town=").count - 1, 3, "every town of every source")
        XCTAssertTrue(en.contains("<li data-town=\"east\" data-filters=\"source=test-report country=de size-class=small-town\">"))
        XCTAssertTrue(en.contains("<li data-town=\"north\" data-filters=\"source=publication country=de size-class=none\">"))
        XCTAssertTrue(en.contains("<dd>12,000 <span class=\"figure-detail\">· 2019 · A Test Report on Harbour Towns</span>; 12,500 <span class=\"figure-detail\">· A Test Report on Harbour Towns · about</span></dd>"),
                      "both populations, each with its source")
        XCTAssertTrue(en.contains("<option value=\"publication\">Test White Paper</option><option value=\"test-report\">A Test Report on Harbour Towns</option>"))
        XCTAssertTrue(en.contains("<section class=\"towns-country\" data-group=\"none\">\n<h3>Not stated</h3>"), "a town without a country code")
        XCTAssertEqual(en.components(separatedBy: "<circle class=\"dot\"").count - 1, 3)
        XCTAssertFalse(en.contains("<a href=\"../../../en/data/towns.csv\""), "the partner towns' downloads are not offered as all towns'")
        let de = try html("de/evidence/all-towns/index.html")
        XCTAssertTrue(de.contains("<select name=\"country\"><option value=\"\">Beliebig</option><option value=\"de\">Deutschland</option>"))
        XCTAssertTrue(de.contains("<h3>Deutschland</h3>"))
        XCTAssertTrue(de.contains("<option value=\"publication\">Test-Weißbuch</option>"))
        XCTAssertTrue(de.contains("13.855 <span class=\"figure-detail\">· 2022 · Statistical office</span>"))
        XCTAssertTrue(try html("de/evidence/test-report/loc-01/index.html").contains("<dt>Land</dt><dd>Deutschland</dd>"),
                      "a locality names its country in the reader's language")
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

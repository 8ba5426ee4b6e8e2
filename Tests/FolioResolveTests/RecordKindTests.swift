import FolioLoad
import FolioModel
import FolioTestSupport
import XCTest
@testable import FolioResolve

/// Kinds declared in `content/_schema/` (the evidence fixture: a report, its best practices,
/// finding, recommendation, locality and town): typed references in front matter and in
/// Markdown with their checks, evidence named both ways, and the counts of `folio stats`.
final class RecordKindTests: XCTestCase {
    private func group(_ resolved: ResolvedSite, _ kind: String, _ id: String) throws -> Int {
        try XCTUnwrap(resolved.index[PageKind(kind)]?[id], "\(kind) \(id)")
    }

    private func ids(_ resolved: ResolvedSite, _ groups: [Int]?) -> [String] {
        (groups ?? []).map { resolved.groups[$0].kind.rawValue + ":" + resolved.groups[$0].id }
    }

    func testTheEvidenceFixtureResolvesWithoutProblems() throws {
        let (resolved, diagnostics) = try ResolvedFixture.resolve(try Fixtures.copySite("evidence"))
        XCTAssertEqual(Fixtures.headlines(diagnostics), [])
        let practice = resolved.site.pages[resolved.groups[try group(resolved, "best-practice", "harbour-club")].original]
        XCTAssertEqual(practice.origins.map(\.id), ["test-report"])
        XCTAssertEqual(practice.fields.reference("town")?.id, "east")
        XCTAssertEqual(practice.fields.references("related").map { $0.kind.rawValue + ":" + $0.id }, ["recommendation:r1", "chapter:alpha"])
    }

    func testEvidenceIsNamedBothWays() throws {
        let (resolved, _) = try ResolvedFixture.resolve(try Fixtures.copySite("evidence"))
        let r1 = try group(resolved, "recommendation", "r1")
        XCTAssertEqual(ids(resolved, resolved.evidence[r1]), ["best-practice:harbour-club", "finding:finding-one"],
                       "a white-paper recommendation lists the evidence that names it")
        XCTAssertFalse(ids(resolved, resolved.backlinks[r1]).contains("best-practice:harbour-club"), "evidence is not repeated as a backlink")
        let r2 = try group(resolved, "recommendation", "r2")
        XCTAssertEqual(ids(resolved, resolved.evidence[r2]), ["recommendation:report-rec-1"])
        let club = try group(resolved, "best-practice", "harbour-club")
        XCTAssertEqual(ids(resolved, resolved.evidence[club]), ["best-practice:market-days"])
        let report = try group(resolved, "report", "test-report")
        XCTAssertEqual(Set(ids(resolved, resolved.recordsOfSource[report])),
                       ["best-practice:harbour-club", "best-practice:market-days", "finding:finding-one",
                        "recommendation:report-rec-1", "locality:loc-01", "town:east"])
    }

    func testARecordFromASourceIsNotNumberedNorCountedAsThePublicationsOwn() throws {
        let (resolved, _) = try ResolvedFixture.resolve(try Fixtures.copySite("evidence"))
        XCTAssertNil(resolved.numbers[try group(resolved, "recommendation", "report-rec-1")])
        XCTAssertEqual(resolved.numbers[try group(resolved, "recommendation", "r1")], "A2.1")
        XCTAssertEqual(ids(resolved, resolved.ownGroups(.town)), ["town:north", "town:south"])
        XCTAssertEqual(resolved.tagFacets.map(\.id), ["capacity", "level"], "facets of enum fields are not tags")
    }

    func testStatsCountRecordsPerKindAndPerSourceWithTheStatedCountsAndTheirLines() throws {
        let (resolved, _) = try ResolvedFixture.resolve(try Fixtures.copySite("evidence"))
        let stats = SiteStatistics(resolved)
        XCTAssertEqual(stats.counts["recommendations"], 2, "the publication's own")
        XCTAssertEqual(stats.counts["towns"], 2)
        XCTAssertEqual(stats.breakdowns["records_per_kind"]?["best-practice"], 2)
        XCTAssertEqual(stats.breakdowns["records_per_kind"]?["recommendation"], 3)
        XCTAssertEqual(stats.breakdowns["records_per_source"], ["test-report": 6])
        XCTAssertEqual(stats.breakdowns["records_per_source_and_kind"], [
            "test-report/best-practice": 2, "test-report/finding": 1, "test-report/locality": 1,
            "test-report/recommendation": 1, "test-report/town": 1,
        ])
        XCTAssertEqual(stats.breakdowns["distinct_per_source"], [
            "test-report/best-practice/town": 1, "test-report/locality/country_code": 1, "test-report/town/country_code": 1,
        ])
        XCTAssertEqual(stats.breakdowns["stated_counts"], ["test-report/best-practice": 2, "test-report/locality": 1, "test-report/countries": 1])
        XCTAssertEqual(stats.breakdowns["stated_count_lines"], ["test-report/best-practice": 12, "test-report/locality": 40, "test-report/countries": 41])
        XCTAssertTrue(stats.json.contains("\"records_per_source_and_kind\": {\n    \"test-report/best-practice\": 2,"))
    }

    func testTypedReferencesInMarkdownNameTheKindAndTheNearestId() throws {
        let site = try Fixtures.copySite("evidence")
        try Fixtures.write("""
        ---
        title: Links
        ---
        [](best-practice:harbour-club) [](report:test-report) [](finding:finding-one) [](locality:loc-01)
        [](finding:harbour-club) [](best-practice:harbor-club) [](best-practise:harbour-club)
        """, to: "content/en/links.md", in: site)
        let (resolved, diagnostics) = try ResolvedFixture.resolve(site)
        XCTAssertEqual(Fixtures.headlines(diagnostics), [
            "content/en/links.md:5:1: error: no finding 'harbour-club' (did you mean 'best-practice:harbour-club'? 'harbour-club' is a best-practice)",
            "content/en/links.md:5:26: error: no best-practice 'harbor-club' (did you mean 'best-practice:harbour-club'?)",
            "content/en/links.md:5:56: error: unknown link type 'best-practise:' (did you mean 'best-practice'?)",
        ])
        let page = try XCTUnwrap(resolved.site.pages.firstIndex { $0.id == "links" })
        XCTAssertEqual(resolved.links[page].prefix(4).map { target -> String in
            guard case .page(let group, _)? = target else { return "-" }
            return resolved.groups[group].kind.rawValue
        }, ["best-practice", "report", "finding", "locality"])
    }

    func testTypedReferencesInFrontMatterAreCheckedByKind() throws {
        let site = try Fixtures.copySite("evidence")
        try Fixtures.write("""
        ---
        kind: finding
        report: test-reprot
        related: [town:east, best-practise:harbour-club, rec:r9, finding:finding-two]
        title: Another finding
        ---
        """, to: "content/en/evidence/test-report/finding-two.md", in: site)
        let (_, diagnostics) = try ResolvedFixture.resolve(site)
        XCTAssertEqual(Fixtures.headlines(diagnostics), [
            "content/en/evidence/test-report/finding-two.md:3:9: error: 'report' names no report 'test-reprot' (did you mean 'test-report'?)",
            "content/en/evidence/test-report/finding-two.md:4:11: error: 'related' cannot name a town",
            "content/en/evidence/test-report/finding-two.md:4:22: error: 'related' names no kind of record 'best-practise:' (did you mean 'best-practice'?)",
            "content/en/evidence/test-report/finding-two.md:4:50: error: 'related' names no recommendation 'r9' (did you mean 'r1'?)",
            "content/en/evidence/test-report/finding-two.md:4:58: error: a finding cannot be related to itself",
        ])
        XCTAssertEqual(diagnostics.sorted.map(\.code), ["reference.unresolved", "reference.kind", "reference.kind",
                                                         "reference.unresolved", "reference.self"])
    }

    func testRequiredExcludedAndEnumFieldsFollowTheSchema() throws {
        let site = try Fixtures.copySite("evidence")
        try Fixtures.write("---\nkind: best-practice\ntitle: No report\nsystematized: maybe\n---\n",
                           to: "content/en/evidence/test-report/no-report.md", in: site)
        try Fixtures.write("---\nkind: recommendation\nsource: test-report\nsection: beta\ntitle: Both\n---\n",
                           to: "content/en/evidence/test-report/both.md", in: site)
        try Fixtures.write("---\nkind: locality\nreport: test-report\ncountry_code: de\nsize_class: smal-town\ntitle: L\n---\n",
                           to: "content/en/evidence/test-report/loc-02.md", in: site)
        let (_, diagnostics) = try ResolvedFixture.resolve(site)
        XCTAssertEqual(Fixtures.headlines(diagnostics), [
            "content/en/evidence/test-report/both.md:4:1: error: 'section' cannot be given together with 'source'",
            "content/en/evidence/test-report/loc-02.md:5:13: error: 'size_class' has no value 'smal-town' (did you mean 'small-town'?)",
            "content/en/evidence/test-report/no-report.md:2:1: error: the required field 'report' is missing",
            "content/en/evidence/test-report/no-report.md:4:15: error: 'systematized' has no value 'maybe'",
        ])
    }
}

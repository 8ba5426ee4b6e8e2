import FolioLoad
import FolioModel
import FolioTestSupport
import XCTest
@testable import FolioResolve

final class CrossReferenceTests: XCTestCase {
    private func pageWithLinks(_ body: String) throws -> (ResolvedSite, Diagnostics, [LinkTarget?]) {
        let site = try Fixtures.copySite("minimal")
        try Fixtures.write("---\ntitle: Links\n---\n" + body + "\n", to: "content/en/links.md", in: site)
        let (resolved, diagnostics) = try ResolvedFixture.resolve(site)
        let index = try XCTUnwrap(resolved.site.pages.firstIndex { $0.id == "links" })
        return (resolved, diagnostics, resolved.links[index])
    }

    func testEveryKindOfCrossReferenceResolves() throws {
        let (resolved, diagnostics, targets) = try pageWithLinks("""
        [](chapter:alpha) [](chapter:beta#results) [](part:part-a) [](rec:r1) [](challenge:c1) [](town:north)
        [](term:smst) [](cite:rossi-2023;verba-1995) [](table:written) [x](white-paper/part-a/beta.md) [y](#z) [w](https://example.org)
        [*Leitbild*](lang:de) [carta](lang:pt-br)

        ## Z
        """)
        XCTAssertEqual(Fixtures.headlines(diagnostics), [])
        func group(_ role: KindRole, _ id: String) -> Int { resolved.index(role)[id]! }
        XCTAssertEqual(targets, [
            .page(group: group(.chapter, "alpha"), anchor: nil),
            .page(group: group(.chapter, "beta"), anchor: "results"),
            .page(group: group(.part, "part-a"), anchor: nil),
            .page(group: group(.recommendation, "r1"), anchor: nil),
            .page(group: group(.challenge, "c1"), anchor: nil),
            .page(group: group(.town, "north"), anchor: nil),
            .page(group: group(.term, "smst"), anchor: nil),
            .citation(entries: [0, 1], locator: nil),
            .table(group: group(.chapter, "alpha"), id: "written"),
            .page(group: group(.chapter, "beta"), anchor: nil),
            .anchor("z"),
            .external("https://example.org"),
            .language("de"),
            .language("pt-br"),
        ])
    }

    func testEveryKindOfBrokenReferenceIsAnErrorWithTheNearestId() throws {
        let (_, diagnostics, targets) = try pageWithLinks("""
        [](chapter:alfa) [](chapter:beta#result) [](part:part-b) [](rec:r9) [](challenge:c2)
        [](town:nort) [](term:smsts) [](cite:rosi-2023) [](table:writen) [x](missing.md) [y](#nowhere) [](foo:bar)
        [](javascript:alert(1)) [x](lang:Italian)
        """)
        XCTAssertTrue(targets.allSatisfy { $0 == nil })
        XCTAssertEqual(Fixtures.headlines(diagnostics), [
            "content/en/links.md:4:1: error: no chapter 'alfa' (did you mean 'chapter:alpha'?)",
            "content/en/links.md:4:18: error: content/en/white-paper/part-a/beta.md has no heading 'result' (did you mean 'results'?)",
            "content/en/links.md:4:42: error: no part 'part-b' (did you mean 'part:part-a'?)",
            "content/en/links.md:4:58: error: no recommendation 'r9' (did you mean 'rec:r1'?)",
            "content/en/links.md:4:69: error: no challenge 'c2' (did you mean 'challenge:c1'?)",
            "content/en/links.md:5:1: error: no town 'nort' (did you mean 'town:north'?)",
            "content/en/links.md:5:15: error: no term 'smsts' (did you mean 'term:smst'?)",
            "content/en/links.md:5:30: error: no bibliography entry 'rosi-2023' (did you mean 'cite:rossi-2023'?)",
            "content/en/links.md:5:49: error: no table 'writen' (did you mean 'table:written'?)",
            "content/en/links.md:5:66: error: no page content/en/missing.md",
            "content/en/links.md:5:82: error: no heading 'nowhere' on this page",
            "content/en/links.md:5:96: error: unknown link type 'foo:'",
            "content/en/links.md:6:1: error: links to 'javascript:alert(1)…' are never published",
            "content/en/links.md:6:25: error: 'Italian' is not a language tag",
        ])
    }

    func testChaptersRecommendationsAndTablesAreNumbered() throws {
        let (resolved, _) = try ResolvedFixture.resolve(try Fixtures.copySite("minimal"))
        func number(_ role: KindRole, _ id: String) -> String? { resolved.numbers[resolved.index(role)[id]!] }
        XCTAssertEqual(number(.chapter, "alpha"), "A1")
        XCTAssertEqual(number(.chapter, "beta"), "A2")
        XCTAssertEqual(number(.recommendation, "r1"), "A2.1")
        XCTAssertEqual(number(.recommendation, "r2"), "A2.2")
        XCTAssertEqual(resolved.tables["town-figures"]?.number, 1)
        XCTAssertEqual(resolved.tables["written"]?.number, 2)
    }

    func testBacklinksComeFromLinksAndFromRecordFields() throws {
        let (resolved, _) = try ResolvedFixture.resolve(try Fixtures.copySite("minimal"))
        let north = resolved.index(.town)["north"]!
        let sources = (resolved.backlinks[north] ?? []).map { resolved.groups[$0].id }
        XCTAssertEqual(Set(sources), ["alpha", "home", "r1"])
    }

    func testATranslationFallsBackToTheOriginalWhenTheTargetIsNotTranslated() throws {
        let (resolved, _) = try ResolvedFixture.resolve(try Fixtures.copySite("minimal"))
        let beta = resolved.index(.chapter)["beta"]!
        let north = resolved.index(.town)["north"]!
        XCTAssertTrue(resolved.page(of: beta, in: "de").isFallback)
        XCTAssertFalse(resolved.page(of: north, in: "de").isFallback)
        XCTAssertEqual(resolved.url(of: north, in: "de"), "/pub/de/towns/north/")
    }

    func testDuplicateIdsAreReported() throws {
        let site = try Fixtures.copySite("minimal")
        try Fixtures.write("---\nkind: town\nname: Other\n---\n", to: "content/en/more/north.md", in: site)
        let (_, diagnostics) = try ResolvedFixture.resolve(site)
        XCTAssertEqual(Fixtures.headlines(diagnostics), [
            "content/en/towns/north.md:1:1: error: the town id 'north' is already used by content/en/more/north.md",
        ])
    }

    func testRecordFieldsMustNameExistingRecords() throws {
        let site = try Fixtures.copySite("minimal")
        try Fixtures.write("---\nkind: recommendation\nsection: beta\ntitle: T\ntowns: [north, sud]\nrelated: [r7]\n---\n",
                           to: "content/en/recommendations/r3.md", in: site)
        let (_, diagnostics) = try ResolvedFixture.resolve(site)
        XCTAssertEqual(Fixtures.headlines(diagnostics), [
            "content/en/recommendations/r3.md:5:16: error: 'towns' names no town 'sud'",
            "content/en/recommendations/r3.md:6:11: error: 'related' names no recommendation 'r7' (did you mean 'r1'?)",
        ])
    }
}

import FolioModel
import FolioTestSupport
import XCTest
@testable import FolioLoad

final class SiteLoaderTests: XCTestCase {
    private func load(_ site: URL) -> (LoadResult?, Diagnostics) {
        var diagnostics = Diagnostics()
        let result = SiteLoader.load(root: site, threads: 2, into: &diagnostics)
        return (result, diagnostics)
    }

    func testTheFixtureSiteLoadsWithTypedRecords() throws {
        let site = try Fixtures.copySite("minimal")
        let (result, diagnostics) = load(site)
        XCTAssertEqual(Fixtures.headlines(diagnostics), [])
        let pages = try XCTUnwrap(result).site.pages
        XCTAssertEqual(pages.filter { $0.language == "en" }.count, 10)
        let north = try XCTUnwrap(pages.first { $0.id == "north" && $0.language == "en" })
        guard case .town(let town) = north.data else { return XCTFail("north is not a town") }
        XCTAssertEqual(town.figures["population"]?.value, .integer(13855))
        XCTAssertEqual(town.figures["population"]?.year, 2022)
        XCTAssertEqual(town.figures["foreign-share"]?.value, .percent(13.3))
        XCTAssertEqual(town.figures["trend"]?.value, .choice("growing"))
        XCTAssertEqual(town.representation?.formal.first?.name, "Integration Committee")
        let r1 = try XCTUnwrap(pages.first { $0.id == "r1" })
        guard case .recommendation(let recommendation) = r1.data else { return XCTFail("r1 is not a recommendation") }
        XCTAssertEqual(recommendation.tags["capacity"]?.map(\.value), ["some"])
        XCTAssertEqual(recommendation.towns.map(\.value), ["north"])
        XCTAssertEqual(recommendation.towns.first?.location.description, "content/en/recommendations/r1.md:11:9")
    }

    func testATranslationInheritsSharedFieldsAndCarriesItsOwnText() throws {
        let site = try Fixtures.copySite("minimal")
        let pages = try XCTUnwrap(load(site).0).site.pages
        let german = try XCTUnwrap(pages.first { $0.id == "north" && $0.language == "de" })
        guard case .town(let town) = german.data else { return XCTFail("not a town") }
        XCTAssertEqual(town.name, "Nordstadt")
        XCTAssertEqual(town.country, "Deutschland")
        XCTAssertEqual(town.figures["population"]?.value, .integer(13855), "figures are inherited from the original")
        XCTAssertEqual(town.region, "Hesse", "an untranslated text field keeps the original's text")
        let chapter = try XCTUnwrap(pages.first { $0.id == "alpha" && $0.language == "de" })
        guard case .chapter(let data) = chapter.data else { return XCTFail("not a chapter") }
        XCTAssertEqual(data.part?.value, "part-a")
        XCTAssertEqual(chapter.order, 10)
    }

    func testATranslationThatChangesASharedFieldIsAnError() throws {
        let site = try Fixtures.copySite("minimal")
        try Fixtures.write("---\nname: Nordstadt\ncountry_code: AT\n---\nText.\n", to: "content/de/towns/north.md", in: site)
        let (_, diagnostics) = load(site)
        XCTAssertEqual(Fixtures.headlines(diagnostics), [
            "content/de/towns/north.md:3:1: error: 'country_code' is shared by all languages and differs from content/en/towns/north.md",
        ])
    }

    func testAnUnknownFieldSuggestsTheNearName() throws {
        let site = try Fixtures.copySite("minimal")
        try Fixtures.write("---\nkind: recommendation\nsection: beta\ntitle: T\nfit_best: all\n---\nText.\n",
                           to: "content/en/recommendations/r3.md", in: site)
        let (_, diagnostics) = load(site)
        XCTAssertEqual(Fixtures.headlines(diagnostics), [
            "content/en/recommendations/r3.md:5:1: error: unknown field 'fit_best' in the front matter (did you mean 'fits_best'?)",
        ])
    }

    func testWrongTypesAndUnknownTagsAreReportedAtTheValue() throws {
        let site = try Fixtures.copySite("minimal")
        try Fixtures.write("""
        ---
        kind: recommendation
        section: beta
        title: T
        order: first
        tags:
          capacity: [much]
          size: [small]
        ---
        Text.

        """, to: "content/en/recommendations/r3.md", in: site)
        let (_, diagnostics) = load(site)
        XCTAssertEqual(Fixtures.headlines(diagnostics), [
            "content/en/recommendations/r3.md:5:8: error: 'order' must be a whole number",
            "content/en/recommendations/r3.md:7:14: error: facet 'capacity' has no value 'much'",
            "content/en/recommendations/r3.md:8:3: error: no facet 'size'",
        ])
    }

    func testAFigureOfTheWrongTypeIsReported() throws {
        let site = try Fixtures.copySite("minimal")
        try Fixtures.write("---\nkind: town\nname: X\nfigures:\n  population: {value: \"13.855\"}\n  trend: {value: shrinking}\n---\n",
                           to: "content/en/towns/x.md", in: site)
        let (_, diagnostics) = load(site)
        XCTAssertEqual(Fixtures.headlines(diagnostics), [
            "content/en/towns/x.md:5:23: error: figure 'population' must be a whole number, written without separators (13855)",
            "content/en/towns/x.md:6:18: error: figure 'trend' must be one of: growing, declining",
        ])
    }

    func testUnsafeFileNamesAndOrphanTranslationsAreRejected() throws {
        let site = try Fixtures.copySite("minimal")
        try Fixtures.write("---\ntitle: A\n---\n", to: "content/en/Bad Name.md", in: site)
        try Fixtures.write("---\ntitle: A\n---\n", to: "content/de/only-german.md", in: site)
        try Fixtures.write("---\ntitle: A\n---\n", to: "content/fr/page.md", in: site)
        let (_, diagnostics) = load(site)
        XCTAssertEqual(diagnostics.sorted.map(\.code), ["path.invalid", "content.unexpected", "translation.orphan"])
    }

    func testFrontMatterTextGetsTheQuotationMarksOfItsLanguage() throws {
        let site = try Fixtures.copySite("minimal")
        try Fixtures.write("---\ntitle: 'Die \"Stadt\" und das Land'\n---\nText.\n", to: "content/de/index.md", in: site)
        let pages = try XCTUnwrap(load(site).0).site.pages
        XCTAssertEqual(pages.first { $0.id == "home" && $0.language == "de" }?.title, "Die „Stadt“ und das Land")
        XCTAssertEqual(pages.first { $0.id == "home" && $0.language == "en" }?.title, "Home")
    }

    func testAFileThatIsNotUTF8IsReportedOnce() throws {
        let site = try Fixtures.copySite("minimal")
        try Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A]).write(to: site.appendingPathComponent("content/en/latin1.md"))
        let (_, diagnostics) = load(site)
        XCTAssertEqual(Fixtures.headlines(diagnostics), ["content/en/latin1.md:2:1: error: content/en/latin1.md is not valid UTF-8: byte 0xFF here starts no character"])
    }

    func testAFacetOrFigureWithoutALabelInALanguageIsAnErrorInThatLanguagesLabelFile() throws {
        let site = try Fixtures.copySite("minimal")
        let german = site.appendingPathComponent("content/de/_labels.yaml")
        let lines = try String(contentsOf: german, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        try Data(lines.filter { !$0.hasPrefix("  level") && !$0.hasPrefix("  trend.declining") }.joined(separator: "\n").utf8).write(to: german)
        XCTAssertEqual(Fixtures.headlines(load(site).1), [
            "content/de/_labels.yaml:1:1: error: content/de/_labels.yaml has no choices label for 'trend.declining'",
            "content/de/_labels.yaml:1:1: error: content/de/_labels.yaml has no facet_values label for 'level.municipality', 'level.region'",
            "content/de/_labels.yaml:1:1: error: content/de/_labels.yaml has no facets label for 'level'",
        ])
    }

    func testFolioYAMLRefusesABaseURLThatIsNotAWebAddressAndALanguageThatIsNotACode() throws {
        let site = try Fixtures.copySite("minimal")
        let config = site.appendingPathComponent("folio.yaml")
        let text = try String(contentsOf: config, encoding: .utf8)
            .replacingOccurrences(of: "base_url: \"https://folio.test/pub/\"", with: "base_url: \"javascript:alert(1)\"")
            .replacingOccurrences(of: "languages: [en, de]", with: "languages: [en, de, english]")
        try Data(text.utf8).write(to: config)
        let headlines = Fixtures.headlines(load(site).1)
        XCTAssertTrue(headlines.contains { $0.hasSuffix("error: base_url 'javascript:alert(1)' is not an http:// or https:// address") }, headlines.joined(separator: "\n"))
        XCTAssertTrue(headlines.contains { $0.hasSuffix("error: 'english' is not a language code") }, headlines.joined(separator: "\n"))
        for good in ["https://piste.uniurb.it/", "http://localhost:8080/sub/"] { XCTAssertTrue(SiteConfigLoader.isWebAddress(good), good) }
        for bad in ["javascript:alert(1)", "https://", "https:///x", "https://a b/", "https://x/\"onload=", "//cdn/"] {
            XCTAssertFalse(SiteConfigLoader.isWebAddress(bad), bad)
        }
    }
}

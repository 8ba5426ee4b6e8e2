import FolioModel
import FolioTestSupport
import XCTest
@testable import FolioCLI

/// Fallback pages, alternates, the language switcher, staleness and UI-string fallback, on the
/// fixture site (English original; German for home, the alpha chapter and the town north).
final class TranslationTests: XCTestCase {
    private func build(_ site: URL) throws -> [String: String] {
        let outcome = Pipeline(root: site, threads: 2).run()
        XCTAssertFalse(outcome.diagnostics.hasErrors, Fixtures.headlines(outcome.diagnostics).joined(separator: "\n"))
        return Dictionary(uniqueKeysWithValues: outcome.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
    }

    func testAnUntranslatedPageIsBuiltInTheReadersLanguageWithTheOriginalText() throws {
        let files = try build(try Fixtures.copySite("minimal"))
        let page = try XCTUnwrap(files["de/white-paper/part-a/beta/index.html"])
        XCTAssertTrue(page.contains("<html lang=\"de\">"))
        XCTAssertTrue(page.contains("<p class=\"translation-notice\" role=\"note\" data-pagefind-ignore>Diese Seite liegt noch nicht auf Deutsch vor;"))
        XCTAssertTrue(page.contains("<div lang=\"en\">"))
        XCTAssertTrue(page.contains("<h1><span class=\"number\">A2</span> Beta chapter</h1>"), "the text is the original's")
        XCTAssertTrue(page.contains("<link rel=\"canonical\" href=\"https://folio.test/pub/en/white-paper/part-a/beta/\">"))
        XCTAssertTrue(page.contains(">Zurück</span>"), "navigation is in the reader's language")
        XCTAssertFalse(page.contains("rel=\"alternate\""), "alternates list only real translations")
    }

    func testAlternatesAndTheSitemapListOnlyRealTranslations() throws {
        let files = try build(try Fixtures.copySite("minimal"))
        let north = try XCTUnwrap(files["de/towns/north/index.html"])
        XCTAssertTrue(north.contains("<link rel=\"alternate\" hreflang=\"en\" href=\"https://folio.test/pub/en/towns/north/\">"))
        XCTAssertTrue(north.contains("<link rel=\"alternate\" hreflang=\"de\" href=\"https://folio.test/pub/de/towns/north/\">"))
        let sitemap = try XCTUnwrap(files["sitemap.xml"])
        XCTAssertTrue(sitemap.contains("<loc>https://folio.test/pub/de/towns/north/</loc>"))
        XCTAssertFalse(sitemap.contains("/pub/de/towns/south/"))
        XCTAssertFalse(sitemap.contains("/pub/de/white-paper/part-a/beta/"))
    }

    func testTheSwitcherLeadsToTheSamePageAndShowsItsState() throws {
        let files = try build(try Fixtures.copySite("minimal"))
        let south = try XCTUnwrap(files["en/towns/south/index.html"])
        XCTAssertTrue(south.contains("<a href=\"../../../de/towns/south/index.html\" hreflang=\"de\" lang=\"de\" class=\"untranslated\""))
        let north = try XCTUnwrap(files["en/towns/north/index.html"])
        XCTAssertTrue(north.contains("<a href=\"../../../de/towns/north/index.html\" hreflang=\"de\" lang=\"de\">Deutsch</a>"))
    }

    func testAChangedOriginalMarksItsTranslationOutdatedUntilItIsMarkedAgain() throws {
        let site = try Fixtures.copySite("minimal")
        let translation = "content/de/towns/north.md"
        try TranslationMarker(root: site).mark([translation])
        XCTAssertTrue(try String(contentsOf: site.appendingPathComponent(translation), encoding: .utf8).contains("source_hash: "))
        var files = try build(site)
        XCTAssertFalse(files["de/towns/north/index.html"]!.contains("translation-notice outdated"))

        let original = site.appendingPathComponent("content/en/towns/north.md")
        try Data((try String(contentsOf: original, encoding: .utf8) + "\nIt also has a harbour.\n").utf8).write(to: original)
        files = try build(site)
        XCTAssertTrue(files["de/towns/north/index.html"]!.contains(
            "<p class=\"translation-notice outdated\" role=\"note\" data-pagefind-ignore>Das Original wurde geändert"))
        var check = try XCTUnwrap(FolioCommand.parseAsRoot(["translations", "--root", site.path, "--strict"]) as? TranslationsCommand)
        XCTAssertThrowsError(try check.run(), "--strict fails on an outdated translation")

        try TranslationMarker(root: site).mark(["content/de"])
        files = try build(site)
        XCTAssertFalse(files["de/towns/north/index.html"]!.contains("translation-notice outdated"))
        check = try XCTUnwrap(FolioCommand.parseAsRoot(["translations", "--root", site.path, "--strict"]) as? TranslationsCommand)
        XCTAssertNoThrow(try check.run())
    }

    func testAMissingUIStringFallsBackToTheDefaultLanguageAndIsReported() throws {
        let site = try Fixtures.copySite("minimal")
        let german = site.appendingPathComponent("themes/default/i18n/de.yaml")
        let lines = try String(contentsOf: german, encoding: .utf8).split(separator: "\n").filter { !$0.hasPrefix("next:") }
        try Data(lines.joined(separator: "\n").utf8).write(to: german)
        let outcome = Pipeline(root: site, threads: 1).run()
        XCTAssertEqual(Fixtures.headlines(outcome.diagnostics),
                       ["themes/default/i18n/de.yaml:1:1: warning: the UI string 'next' is missing in de; the en text is used"])
        let page = String(decoding: outcome.files.first { $0.path == "de/white-paper/part-a/alpha/index.html" }!.bytes, as: UTF8.self)
        XCTAssertTrue(page.contains("<span>Next</span>"))
    }

    func testAUIStringUsedByATemplateButDefinedNowhereIsAnError() throws {
        let site = try Fixtures.copySite("minimal")
        try Fixtures.write("<p>{{t.no-such-string}}</p>\n", to: "themes/default/templates/404.mustache", in: site)
        let outcome = Pipeline(root: site, threads: 1).run()
        XCTAssertEqual(Fixtures.headlines(outcome.diagnostics), [
            "themes/default/templates/404.mustache:1:4: error: the UI string 'no-such-string' is used but not defined in en.yaml",
        ])
        XCTAssertTrue(outcome.files.isEmpty)
    }

    func testATermLeftInEnglishFailsStrictTranslationsAndATermbaseTypoIsAnError() throws {
        let site = try Fixtures.copySite("minimal")
        let termbase = site.appendingPathComponent("content/de/_terms.yaml")
        let page = site.appendingPathComponent("content/de/towns/north.md")
        try Data("station:\n  en: [station]\n  preferred: [Bahnhof]\n".utf8).write(to: termbase)
        try TranslationMarker(root: site).mark(["content/de"])
        var check = try XCTUnwrap(FolioCommand.parseAsRoot(["translations", "--root", site.path, "--strict"]) as? TranslationsCommand)
        XCTAssertNoThrow(try check.run(), "the page uses the preferred term")

        try Data((try String(contentsOf: page, encoding: .utf8) + " Die station ist alt.\n").utf8).write(to: page)
        try TranslationMarker(root: site).mark(["content/de"])
        check = try XCTUnwrap(FolioCommand.parseAsRoot(["translations", "--root", site.path, "--strict"]) as? TranslationsCommand)
        XCTAssertThrowsError(try check.run(), "--strict fails on a key term left in English")

        try Data("station:\n  en: [station]\n  prefered: [Bahnhof]\n".utf8).write(to: termbase)
        let outcome = Pipeline(root: site, threads: 1).run()
        XCTAssertEqual(Fixtures.headlines(outcome.diagnostics).first,
                       "content/de/_terms.yaml:1:1: error: term 'station' gives no preferred translation")
        XCTAssertTrue(Fixtures.headlines(outcome.diagnostics).contains { $0.contains("'prefered'") && $0.hasPrefix("content/de/_terms.yaml:3:3:") },
                      Fixtures.headlines(outcome.diagnostics).joined(separator: "\n"))
    }

    func testAParagraphLeftInTheOriginalsWordsFailsStrictTranslations() throws {
        let site = try Fixtures.copySite("minimal")
        let original = try String(contentsOf: site.appendingPathComponent("content/en/towns/north.md"), encoding: .utf8)
        let paragraph = try XCTUnwrap(original.split(separator: "\n").last { $0.split(separator: " ").count >= 5 && !$0.contains(":") })
        let page = site.appendingPathComponent("content/de/towns/north.md")
        try Data((try String(contentsOf: page, encoding: .utf8) + "\n" + paragraph + "\n").utf8).write(to: page)
        try TranslationMarker(root: site).mark(["content/de"])
        let check = try XCTUnwrap(FolioCommand.parseAsRoot(["translations", "--root", site.path, "--strict"]) as? TranslationsCommand)
        XCTAssertThrowsError(try check.run(), "--strict fails on a paragraph left untranslated")
    }
}

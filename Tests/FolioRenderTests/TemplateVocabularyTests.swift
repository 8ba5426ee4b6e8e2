import FolioLoad
import FolioModel
import FolioResolve
import FolioTestSupport
import Foundation
import XCTest
@testable import FolioRender

/// The names templates use against what view models provide (`TemplateVocabulary`,
/// `TemplateNameCheck`): a typo is one warning at its tag, the real theme has none, and every key
/// the view models hold on the real site and the fixtures is declared.
final class TemplateVocabularyTests: XCTestCase {
    /// One site rendered with its view models' keys collected.
    struct Rendered {
        var resolved: ResolvedSite
        var diagnostics: Diagnostics
        var keys: Set<String>
    }

    /// `root` loaded, resolved and rendered in full (every page, print edition and PDF link).
    static func render(root: URL) throws -> Rendered {
        var diagnostics = Diagnostics()
        let loaded = try XCTUnwrap(SiteLoader.load(root: root, threads: 2, into: &diagnostics))
        let theme = try XCTUnwrap(ThemeLoader.load(root: root, name: loaded.site.config.theme, into: &diagnostics))
        let resolved = SiteResolver.resolve(loaded.site, threads: 2, into: &diagnostics)
        let log = ViewModelKeyLog()
        var files = 0
        let lock = NSLock()
        SiteRenderer.render(resolved, documents: loaded.documents, theme: theme, threads: 2, only: nil,
                            pdfLanguages: Set(resolved.config.languages), cache: nil, keyLog: log, into: &diagnostics) { _ in
            lock.lock()
            files += 1
            lock.unlock()
        }
        XCTAssertGreaterThan(files, 0, "\(root.lastPathComponent) rendered")
        return Rendered(resolved: resolved, diagnostics: diagnostics, keys: log.keys)
    }

    /// The real publication, rendered once for the tests that need it (it takes seconds in debug).
    static let publication = Result { try render(root: Fixtures.repository) }

    func testATypoInAFixtureThemeIsOneWarningAtItsTagWithTheNearestName() throws {
        let site = try Fixtures.copySite("minimal")
        defer { try? FileManager.default.removeItem(at: site) }
        let page = "themes/default/templates/page.mustache"
        let text = try String(contentsOf: site.appendingPathComponent(page), encoding: .utf8)
        let old = "<h1>{{site_title}}</h1>"
        XCTAssertNotNil(text.range(of: old))
        try Fixtures.write(text.replacingOccurrences(of: old, with: "<h1>{{titel}}</h1>"), to: page, in: site)

        let rendered = try Self.render(root: site)
        let line = try XCTUnwrap(text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(old) }) + 1
        XCTAssertEqual(Fixtures.headlines(rendered.diagnostics), [
            "\(page):\(line):7: warning: no view model provides 'titel': the template renders nothing for it",
        ])
        let warning = try XCTUnwrap(rendered.diagnostics.sorted.first)
        XCTAssertEqual(warning.code, "template.unknown-name")
        XCTAssertEqual(warning.hint, "did you mean 'title'?")
    }

    func testTheRealThemeUsesOnlyNamesAViewModelProvides() throws {
        let rendered = try Self.publication.get()
        XCTAssertEqual(rendered.diagnostics.sorted.filter { $0.code == "template.unknown-name" }.map(\.headline), [])
        XCTAssertEqual(rendered.diagnostics.warningCount, 0, Fixtures.headlines(rendered.diagnostics).joined(separator: "\n"))
    }

    /// Every key the builders put in a view model, at any depth, is declared in a `viewKeys` (or is
    /// a declared field): a key added without being declared fails here, before any template
    /// using it is warned about. The fixtures add what the real site lacks (a site without
    /// schemas; the evidence kinds).
    func testEveryKeyTheViewModelsHoldOnTheRealSiteAndTheFixturesIsDeclared() throws {
        let sites = try [Self.publication.get()] + ["minimal", "evidence"].map { name in
            let root = try Fixtures.copySite(name)
            defer { try? FileManager.default.removeItem(at: root) }
            return try Self.render(root: root)
        }
        for site in sites {
            let vocabulary = TemplateVocabulary(kinds: site.resolved.schemas.all)
            XCTAssertTrue(site.keys.isSuperset(of: ["title", "record", "t", "nav", "languages", "entries", "facets"]),
                          "the log sees the models of pages, navigation, the chooser, bibliography and finder")
            XCTAssertEqual(site.keys.subtracting(vocabulary.names).sorted(), [],
                           "keys of view models that no `viewKeys` declares")
        }
        XCTAssertTrue(sites[0].keys.contains("systematized"), "a record's own fields are logged")
    }

    /// `systematized` is declared only in content/_schema/best-practice.yaml: known on the real
    /// site, bare inside `{{#record}}` (or under `record`, whose parts are never checked), unknown
    /// to a site without that schema.
    func testAFieldDeclaredOnlyInThePublicationsSchemaIsKnown() throws {
        let template = try TemplateParser.parse("{{record.systematized}}\n{{#record}}{{systematized}}{{/record}}")
        func warnings(_ kinds: [KindSchema]) -> [String] {
            TemplateNameCheck.run(["best-practice": template], rendered: ["best-practice"],
                                  vocabulary: TemplateVocabulary(kinds: kinds)) { "themes/t/templates/\($0).mustache" }
                .map(\.headline)
        }
        let real = try Self.publication.get().resolved.schemas.all
        XCTAssertTrue(real.contains { $0.file == "content/_schema/best-practice.yaml" && $0.fields.contains { $0.name == "systematized" } })
        XCTAssertEqual(warnings(real), [])
        XCTAssertEqual(warnings(real.filter { $0.kind.rawValue != "best-practice" }), [
            "themes/t/templates/best-practice.mustache:2:12: warning: no view model provides 'systematized': the template renders nothing for it",
        ])
    }

    /// Mustache's own `.`, the parts after `t` (UI strings, checked by `i18n.undefined`) and
    /// `record` (a site's fields), closing tags, comments and partials are not names to check;
    /// the parts of other dotted names are; a template no build renders is not checked.
    func testOnlyTheNamesOfRenderedTemplatesAreChecked() throws {
        let templates = try [
            "base": TemplateParser.parse("{{#list}}{{.}}{{/list}}{{t.anything}}{{! titel }}{{> part}}{{^nothing}}{{/nothing}}{{record.any}}"),
            "part": TemplateParser.parse("{{{main}}}\n{{& tilte}}{{#cite.titel}}{{/cite.titel}}{{cite.html}}"),
            "unused": TemplateParser.parse("{{titel}}"),
        ]
        let warnings = TemplateNameCheck.run(templates, rendered: ["base"], vocabulary: TemplateVocabulary(kinds: [])) {
            "themes/t/templates/\($0).mustache"
        }
        XCTAssertEqual(warnings.map(\.headline), [
            "themes/t/templates/base.mustache:1:60: warning: no view model provides 'nothing': the template renders nothing for it",
            "themes/t/templates/part.mustache:2:1: warning: no view model provides 'tilte': the template renders nothing for it",
            "themes/t/templates/part.mustache:2:12: warning: no view model provides 'cite.titel': the template renders nothing for it",
        ])
        XCTAssertEqual(warnings.map(\.hint), ["docs/themes.md lists the names each template sees", "did you mean 'title'?",
                                               "did you mean 'cite.title'?"])
    }
}

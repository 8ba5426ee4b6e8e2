import FolioModel
import XCTest
@testable import FolioRender

final class TemplateTests: XCTestCase {
    private func render(_ text: String, _ model: ViewModel, partials: [String: String] = [:]) throws -> String {
        var templates = ["main": try TemplateParser.parse(text)]
        for (name, partial) in partials { templates[name] = try TemplateParser.parse(partial) }
        return TemplateRenderer(templates: templates).render("main", model)
    }

    func testVariablesAreEscapedUnlessTripled() throws {
        XCTAssertEqual(try render("{{a}} {{{a}}} {{& a}}", ["a": "<b>&"]), "&lt;b&gt;&amp; <b>& <b>&")
    }

    func testSectionsIterateListsAndSkipFalseEmptyAndMissingValues() throws {
        let model: ViewModel = ["items": [["n": 1], ["n": 2]], "no": false, "empty": [], "blank": ""]
        XCTAssertEqual(try render("{{#items}}[{{n}}]{{/items}}{{#no}}x{{/no}}{{#empty}}x{{/empty}}{{#blank}}x{{/blank}}{{#missing}}x{{/missing}}", model), "[1][2]")
        XCTAssertEqual(try render("{{^no}}shown{{/no}}{{^items}}hidden{{/items}}", model), "shown")
    }

    func testLookupsClimbTheContextAndFollowDottedNames() throws {
        let model: ViewModel = ["title": "Outer", "t": ["next": "Weiter"], "list": [["x": "1"]]]
        XCTAssertEqual(try render("{{#list}}{{x}} {{title}} {{t.next}}{{/list}}", model), "1 Outer Weiter")
        XCTAssertEqual(try render("{{#list}}{{.}}{{/list}}", ["list": ["a", "b"]]), "ab")
    }

    func testStandaloneTagsTakeTheirLineAndPartialsRender() throws {
        let text = "<ul>\n  {{#items}}\n  <li>{{> item}}</li>\n  {{/items}}\n</ul>\n{{! a comment }}\n"
        XCTAssertEqual(try render(text, ["items": [["n": "a"]]], partials: ["item": "{{n}}"]), "<ul>\n  <li>a</li>\n</ul>\n")
    }

    func testProblemsNameTheirLineAndColumn() {
        XCTAssertThrowsError(try TemplateParser.parse("a\n  {{#open}}\nb")) { error in
            let failure = error as! TemplateParser.Failure
            XCTAssertEqual([failure.line, failure.column], [2, 3])
            XCTAssertEqual(failure.message, "{{#open}} is never closed")
        }
        XCTAssertThrowsError(try TemplateParser.parse("{{#a}}{{/b}}")) { error in
            XCTAssertEqual((error as! TemplateParser.Failure).message, "{{/b}} closes nothing: 'a' is open")
        }
        XCTAssertThrowsError(try TemplateParser.parse("x {{name")) { error in
            XCTAssertEqual((error as! TemplateParser.Failure).column, 3)
        }
    }

    func testAPartialThatIncludesItselfIsAnErrorAtItsTagAndRenderingEnds() {
        var templates: [String: (text: String, file: String)] = [:]
        for name in ["base", "nav", "bibliography", "finder", "search", "404", "print", "root", "part", "chapter", "recommendation", "challenge", "town", "term", "checklist", "page"] {
            templates[name] = ("x", "themes/t/templates/\(name).mustache")
        }
        templates["root"] = ("x", "themes/t/templates/root.mustache")
        templates["page"] = ("<main>\n  {{> a}}\n</main>", "themes/t/templates/page.mustache")
        templates["a"] = ("A\n{{#x}}{{> a}}{{/x}}", "themes/t/templates/a.mustache")
        templates["b"] = ("{{> c}}", "themes/t/templates/b.mustache")
        templates["c"] = ("\n\n   {{> b}}", "themes/t/templates/c.mustache")
        var diagnostics: [Diagnostic] = []
        let set = TemplateSet.compile(Theme(templates: templates, strings: [:], assets: [:]), into: &diagnostics)
        XCTAssertEqual(diagnostics.map(\.headline), [
            "themes/t/templates/a.mustache:2:7: error: the partial 'a' includes itself: a → a",
            "themes/t/templates/c.mustache:3:4: error: the partial 'b' includes itself: b → c → b",
        ])
        XCTAssertEqual(set.render(["x": true], "page"), "<main>\n</main>", "the cycle's templates are left out, so rendering ends")
    }

    func testSectionsNestedTooDeeplyAreRefusedWithTheirPlace() {
        let depth = 101
        let text = String(repeating: "{{#a}}", count: depth) + String(repeating: "{{/a}}", count: depth)
        XCTAssertThrowsError(try TemplateParser.parse(text)) { error in
            let failure = error as! TemplateParser.Failure
            XCTAssertEqual(failure.message, "sections are nested more than 100 deep")
            XCTAssertEqual([failure.line, failure.column], [1, 601])
        }
        XCTAssertNoThrow(try TemplateParser.parse(String(repeating: "{{#a}}", count: 100) + String(repeating: "{{/a}}", count: 100)))
    }
}

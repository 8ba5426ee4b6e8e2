import FolioLoad
import FolioModel
import FolioResolve
import FolioTestSupport
import XCTest
@testable import FolioCLI

/// The build's contract (issue 19), each item on the real publication with one defect: one
/// producer per URL, the root cause first, honest messages, every field shown or refused, one
/// symlink policy, line endings that do not change translation status.
final class BuildContractTests: XCTestCase {
    private var site: URL!

    override func setUpWithError() throws { site = try Fixtures.copyPublication() }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: site) }

    private func check() -> Pipeline.Outcome { Pipeline(root: site, threads: 2).run() }

    private func write(_ text: String, _ relative: String) throws { try Fixtures.write(text, to: relative, in: site) }

    /// Replaces the first occurrence of `old` in a file of the copy.
    private func edit(_ relative: String, _ old: String, _ new: String) throws {
        let url = site.appendingPathComponent(relative)
        let text = try String(contentsOf: url, encoding: .utf8)
        let range = try XCTUnwrap(text.range(of: old), "\(relative) has no '\(old)'")
        try Data(text.replacingCharacters(in: range, with: new).utf8).write(to: url)
    }

    private func link(_ relative: String, to target: String) throws {
        let url = site.appendingPathComponent(relative)
        try? FileManager.default.removeItem(at: url)
        try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: target)
    }

    // MARK: 1. One producer per output path

    func testTwoSourcesForOneAddressAreAnErrorNamingEverySourceAndNothingIsRendered() throws {
        try write("---\ntitle: Bebra again\n---\nText.\n", "content/en/towns/bebra/index.md")
        try write("---\ntitle: References\n---\nText.\n", "content/en/bibliography.md")
        let outcome = check()
        XCTAssertEqual(Fixtures.headlines(outcome.diagnostics).filter { $0.contains("sources produce") }, [
            "content/en/bibliography.md:1:1: error: 2 sources produce en/bibliography/index.html: "
                + "the generated bibliography page, content/en/bibliography.md:1:1",
            "content/en/towns/bebra.md:1:1: error: 2 sources produce en/towns/bebra/index.html: "
                + "content/en/towns/bebra/index.md:1:1, content/en/towns/bebra.md:1:1",
        ])
        XCTAssertEqual(outcome.files.count, 0)
    }

    // MARK: 2. The root cause first

    func testAMalformedGlossaryTermIsOneErrorAndOneNoteNotAHundred() throws {
        try edit("content/en/glossary/smst.md", "term: Small", "term: [Small")
        let diagnostics = check().diagnostics
        let headlines = Fixtures.headlines(diagnostics)
        XCTAssertEqual(headlines.first,
                       "content/en/glossary/smst.md:4:8: error: malformed YAML: did not find expected ',' or ']' while parsing a flow sequence")
        XCTAssertEqual(headlines.filter { $0.contains("smst") }.count, 2, headlines.joined(separator: "\n"))
        let note = try XCTUnwrap(headlines.first { $0.hasPrefix("content/en/glossary/smst.md:1:1: warning: ") })
        XCTAssertTrue(note.hasSuffix(" references to content/en/glossary/smst.md are not checked until it loads"), note)
        XCTAssertGreaterThan(Int(note.split(separator: " ")[2]) ?? 0, 50, "the term is used all over the publication")
        XCTAssertEqual(diagnostics.errorCount, 1)
    }

    func testADefaultLanguageOutsideTheLanguagesIsTheOnlyError() throws {
        try edit("folio.yaml", "default_language: en", "default_language: fr")
        let config = try String(contentsOf: site.appendingPathComponent("folio.yaml"), encoding: .utf8)
        let line = try XCTUnwrap(config.split(separator: "\n", omittingEmptySubsequences: false)
            .firstIndex { $0.hasPrefix("default_language:") }) + 1
        XCTAssertEqual(Fixtures.headlines(check().diagnostics),
                       ["folio.yaml:\(line):19: error: the default language 'fr' is not in 'languages'"])
    }

    func testAMalformedFacetsFileIsTheOnlyError() throws {
        try edit("content/facets.yaml", "capacity: [limited, some]", "capacity: [limited, some")
        XCTAssertEqual(Fixtures.headlines(check().diagnostics), [
            "content/facets.yaml:5:14: error: malformed YAML: did not find expected ',' or ']' while parsing a flow sequence",
        ])
    }

    func testAPageThatFailsToDecodeIsNotAlsoReportedAsMissingByItsReferencesOrItsTranslations() throws {
        // The recommendation exists but its front matter has a wrong type: 'pb1-2' is present but broken.
        try edit("content/en/recommendations/pb1-2.md", "order: 20", "order: twenty")
        let headlines = Fixtures.headlines(check().diagnostics)
        XCTAssertEqual(headlines.filter { $0.contains("error") },
                       ["content/en/recommendations/pb1-2.md:4:8: error: 'order' must be a whole number"])
        XCTAssertFalse(headlines.contains { $0.contains("did you mean") || $0.contains("has no original") })
    }

    // MARK: 3. Honest messages

    func testAFIFOIsNotARegularFile() throws {
        XCTAssertEqual(mkfifo(site.appendingPathComponent("content/en/towns/pipe.md").path, 0o644), 0)
        XCTAssertEqual(Fixtures.headlines(check().diagnostics),
                       ["content/en/towns/pipe.md:1:1: error: content/en/towns/pipe.md is a FIFO (named pipe), not a regular file"])
    }

    func testInvalidUTF8AndNULAreReportedAtTheirOwnByte() throws {
        try Data("---\ntitle: Latin\n---\n\nCaf".utf8 + [0xE9] + " au lait.\n".utf8)
            .write(to: site.appendingPathComponent("content/en/latin1.md"))
        try Data("---\r\ntitle: Nul\r\n---\r\n\r\nA\u{0}B\r\n".utf8).write(to: site.appendingPathComponent("content/en/nul.md"))
        XCTAssertEqual(Fixtures.headlines(check().diagnostics), [
            "content/en/latin1.md:5:4: error: content/en/latin1.md is not valid UTF-8: byte 0xE9 here starts no character",
            "content/en/nul.md:5:2: error: content/en/nul.md contains a NUL byte",
        ])
    }

    func testALanguageFolderLinkedInsideTheProjectIsFollowed() throws {
        let before = check().pagesPerLanguage
        try FileManager.default.moveItem(at: site.appendingPathComponent("content/de"),
                                         to: site.appendingPathComponent("translations-de"))
        try link("content/de", to: "../translations-de")
        let outcome = check()
        XCTAssertEqual(Fixtures.headlines(outcome.diagnostics), [])
        XCTAssertEqual(outcome.pagesPerLanguage, before)
    }

    func testFilesThatAreNotMarkdownAreWarningsAsDocumented() throws {
        try write("notes", "content/en/towns/notes.txt")
        try write("backup", "content/en/towns/bebra.md~")
        let diagnostics = check().diagnostics
        XCTAssertEqual(Fixtures.headlines(diagnostics), [
            "content/en/towns/bebra.md~:1:1: warning: content/en/towns/bebra.md~ is not a Markdown file and is not published",
            "content/en/towns/notes.txt:1:1: warning: content/en/towns/notes.txt is not a Markdown file and is not published",
        ])
    }

    func testATemplateThatDoesNotCompileIsOneErrorAtTheOpenTag() throws {
        try edit("themes/default/templates/challenge.mustache", "<h1>{{title}}</h1>", "<h1>{{title</h1>")
        XCTAssertEqual(Fixtures.headlines(check().diagnostics), [
            "themes/default/templates/challenge.mustache:5:7: error: the template does not compile: this tag is never closed with }}",
        ])
    }

    // MARK: 4. Every documented field shown or refused

    func testEmptyRequiredTextsSelfReferencesAndOneStringQuestionsAreRefused() throws {
        try edit("content/en/challenges/pb1-c1.md", "title: \"Basic material needs first\"", "title: \"\"")
        try edit("content/en/challenges/pb1-c2.md", "title: ", "title: null\nold_title: ")
        try edit("content/en/recommendations/pb1-2.md", "chapters: [preconditions]",
                 "chapters: [preconditions]\nrelated: [pb1-2]")
        try edit("content/en/checklist/available-resources.md", "questions:\n", "questions: \"One question?\"\nold_questions:\n")
        try edit("content/bibliography/front-and-annex.yaml", "url: \"https://www.espon.eu/rural-shrinking\"",
                 "url: \"javascript:alert(1)\"")
        let headlines = Fixtures.headlines(check().diagnostics).filter { !$0.contains("unknown field 'old_") }
        XCTAssertEqual(headlines, [
            "content/bibliography/front-and-annex.yaml:23:8: error: the URL 'javascript:alert(1)…' is never published",
            "content/en/challenges/pb1-c1.md:5:8: error: the required field 'title' is empty",
            "content/en/challenges/pb1-c2.md:5:8: error: the required field 'title' is empty",
            "content/en/checklist/available-resources.md:5:12: error: 'questions' must be a list, written [a, b] or as '- a' lines",
            "content/en/recommendations/pb1-2.md:9:11: error: a recommendation cannot be related to itself",
        ])
    }

    func testAChallengesEditorialNoteABibliographyEntrysDateAndISBNAndATownsCountryCodeAreShown() throws {
        try edit("content/en/challenges/pb1-c1.md", "order: 10", "order: 10\neditorial_note: \"A note from the editors.\"")
        try edit("content/bibliography/front-and-annex.yaml", "date: \"October 2017\"",
                 "date: \"October 2017\"\n  isbn: \"978-0-00-000000-0\"")
        let outcome = check()
        XCTAssertEqual(Fixtures.headlines(outcome.diagnostics), [])
        let files = Dictionary(uniqueKeysWithValues: outcome.files.map { ($0.path, String(decoding: $0.bytes, as: UTF8.self)) })
        XCTAssertTrue(try XCTUnwrap(files["en/challenges/pb1-c1/index.html"]).contains(
            "<aside class=\"editorial-note\" role=\"note\"><strong>Editorial note:</strong> A note from the editors.</aside>"))
        XCTAssertTrue(try XCTUnwrap(files["en/bibliography/index.html"]).contains(
            "In: Espon Policy Brief. October 2017. ISBN 978-0-00-000000-0. <a href=\"https://www.espon.eu/rural-shrinking\">"))
        XCTAssertTrue(try XCTUnwrap(files["en/towns/bebra/index.html"]).contains(
            "<dt>Country</dt><dd>Germany<span class=\"figure-detail\">DE</span></dd>"), "country_code is shown")
    }

    // MARK: 5. One symlink policy

    func testLinksOutOfTheProjectAreRefusedForEveryKindOfInputAndLinksInsideAreFollowed() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("folio-outside-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        for file in ["content/facets.yaml", "content/bibliography/experiments.yaml", "content/de/_labels.yaml",
                     "content/en/towns/voio.md", "themes/default/static/folio.css"] {
            let copy = outside.appendingPathComponent(file.replacingOccurrences(of: "/", with: "_"))
            try FileManager.default.copyItem(at: site.appendingPathComponent(file), to: copy)
            try link(file, to: copy.path)
        }
        // Inside the project: followed.
        try FileManager.default.moveItem(at: site.appendingPathComponent("content/en/towns/bebra.md"),
                                         to: site.appendingPathComponent("bebra-store.md"))
        try link("content/en/towns/bebra.md", to: "../../../bebra-store.md")
        let diagnostics = check().diagnostics
        XCTAssertEqual(diagnostics.errorCount, 5, Fixtures.headlines(diagnostics).joined(separator: "\n"))
        let headlines = Fixtures.headlines(diagnostics).filter { $0.contains("symbolic link") }
        XCTAssertEqual(headlines, [
            "content/bibliography/experiments.yaml", "content/de/_labels.yaml", "content/en/towns/voio.md",
            "content/facets.yaml", "themes/default/static/folio.css",
        ].map { file in
            let target = outside.appendingPathComponent(file.replacingOccurrences(of: "/", with: "_"))
            return "\(file):1:1: error: \(file) is a symbolic link to \(target.resolvingSymlinksInPath().path), outside the project"
        })
    }

    func testContentOrAThemeLinkedOutOfTheProjectIsRefused() throws {
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("folio-outside-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: outside) }
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        for folder in ["content", "themes/default"] {
            let copy = outside.appendingPathComponent(folder.replacingOccurrences(of: "/", with: "_"))
            try FileManager.default.moveItem(at: site.appendingPathComponent(folder), to: copy)
            try link(folder, to: copy.path)
        }
        let headlines = Fixtures.headlines(check().diagnostics)
        XCTAssertEqual(headlines.map { $0.components(separatedBy: " is a symbolic link").first! }, [
            "content:1:1: error: content", "themes/default:1:1: error: themes/default",
        ])
        XCTAssertEqual(Fixtures.headlines(Pipeline(root: site).run().diagnostics), headlines)
        // The theme is refused too, once the content is back.
        try FileManager.default.removeItem(at: site.appendingPathComponent("content"))
        try FileManager.default.moveItem(at: outside.appendingPathComponent("content"), to: site.appendingPathComponent("content"))
        XCTAssertEqual(Fixtures.headlines(check().diagnostics).map { $0.components(separatedBy: " is a symbolic link").first! },
                       ["themes/default:1:1: error: themes/default"])
    }

    // MARK: 6. Line endings do not change translation status

    private func translationReport() throws -> TranslationReport {
        let (resolved, diagnostics) = Pipeline(root: site, threads: 2).resolve(stopOnErrors: true)
        XCTAssertFalse(diagnostics.hasErrors, Fixtures.headlines(diagnostics).joined(separator: "\n"))
        return TranslationReport(try XCTUnwrap(resolved))
    }

    func testAWindowsCheckoutMarksNoTranslationOutdated() throws {
        let lf = try translationReport()
        XCTAssertEqual(lf.outdatedCount, 0)
        var converted = 0
        let enumerator = FileManager.default.enumerator(atPath: site.appendingPathComponent("content").path)
        while let name = enumerator?.nextObject() as? String {
            guard name.hasSuffix(".md") || name.hasSuffix(".yaml") else { continue }
            let url = site.appendingPathComponent("content/" + name)
            let text = try String(contentsOf: url, encoding: .utf8).replacingOccurrences(of: "\n", with: "\r\n")
            // Some editors add a byte-order mark as well.
            let bom: [UInt8] = converted % 2 == 0 ? [0xEF, 0xBB, 0xBF] : []
            try Data(bom + Array(text.utf8)).write(to: url)
            converted += 1
        }
        XCTAssertGreaterThan(converted, 300)
        let crlf = try translationReport()
        XCTAssertEqual(crlf.outdatedCount, 0)
        XCTAssertEqual(crlf.pages.mapValues { $0.mapValues(\.count) }, lf.pages.mapValues { $0.mapValues(\.count) })
    }

    func testMarkingATranslationWrittenWithCRLFKeepsItsLineEndings() {
        let crlf = "\u{FEFF}---\r\ntitle: Bebra\r\n---\r\nText.\r\n"
        XCTAssertEqual(TranslationMarker.setHash("0387f5ba896dfb91", in: crlf),
                       "\u{FEFF}---\r\ntitle: Bebra\r\nsource_hash: 0387f5ba896dfb91\r\n---\r\nText.\r\n")
    }

    func testTheHashOfAnLFFileIsUnchangedAndCRLFOrABOMHashesTheSame() {
        let lf = "---\ntitle: A\n---\nText.\n"
        // The value recorded by translations made before line endings were normalised.
        XCTAssertEqual(ContentHash.of(lf), "0387f5ba896dfb91")
        for variant in ["\u{FEFF}" + lf, lf.replacingOccurrences(of: "\n", with: "\r\n"), lf.replacingOccurrences(of: "\n", with: "\r")] {
            let text = try? SourceText.decode(Array(variant.utf8), file: "a.md").get()
            XCTAssertEqual(text.map(ContentHash.of), ContentHash.of(lf))
        }
    }
}

import FolioModel
import FolioTestSupport
import XCTest
@testable import FolioCLI

/// `folio init` and `folio new`, tested by building what they write.
final class ScaffoldTests: XCTestCase {
    private func newFolder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("folio-init-\(UUID().uuidString)")
    }

    private func run(_ arguments: [String]) throws {
        var command = try FolioCommand.parseAsRoot(arguments)
        try command.run()
    }

    func testInitWritesASiteThatBuildsStrictlyWithTheInstalledTheme() throws {
        let root = newFolder()
        try run(["init", root.path])
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("themes").path),
                       "the site uses the theme that comes with Folio")
        let outcome = Pipeline(root: root, threads: 2).run()
        XCTAssertEqual(Fixtures.headlines(outcome.diagnostics), [])
        XCTAssertEqual(outcome.languages, ["en", "de"])
        let paths = Set(outcome.files.map(\.path))
        for page in ["en/index.html", "de/index.html", "en/white-paper/first-part/index.html",
                     "en/white-paper/first-part/first-chapter/index.html", "en/recommendations/first-recommendation/index.html"] {
            XCTAssertTrue(paths.contains(page), "\(page) in \(paths.sorted())")
        }
        try run(["build", "--root", root.path, "--strict"])
        XCTAssertTrue(FileManager.default.fileExists(atPath: root.appendingPathComponent("output/en/index.html").path))
    }

    func testInitRefusesAFolderThatIsNotEmpty() throws {
        let root = newFolder()
        try Fixtures.write("mine", to: "notes.txt", in: root)
        XCTAssertThrowsError(try run(["init", root.path]))
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: root.path), ["notes.txt"])
    }

    /// The kinds every site has without a schema file of its own.
    static let builtInKinds = ["part", "chapter", "recommendation", "challenge", "town", "term", "checklist", "page"]

    func testNewWritesEveryKindWithItsFullFrontMatterAndTheSiteStillBuilds() throws {
        let root = newFolder()
        try run(["init", root.path])
        for kind in Self.builtInKinds {
            try run(["new", kind, "new-\(kind)", "--root", root.path])
        }
        try run(["new", "chapter", "new-chapter", "--lang", "de", "--root", root.path])
        let chapter = try String(contentsOf: root.appendingPathComponent("content/en/white-paper/first-part/new-chapter.md"), encoding: .utf8)
        for field in ["title: \"New chapter\"", "part: first-part", "# order: ", "# number: ", "# authors: ", "# author_role: ",
                      "# original_language: ", "# summary: ", "# editorial_note: ", "# id: "] {
            XCTAssertTrue(chapter.contains("\n" + field), "\(field) in\n\(chapter)")
        }
        let translation = try String(contentsOf: root.appendingPathComponent("content/de/white-paper/first-part/new-chapter.md"), encoding: .utf8)
        XCTAssertTrue(translation.contains("# author_role: "))
        XCTAssertFalse(translation.contains("part:"), "a translation leaves shared fields out")
        let outcome = Pipeline(root: root, threads: 2).run()
        XCTAssertEqual(outcome.diagnostics.errorCount, 0, Fixtures.headlines(outcome.diagnostics).joined(separator: "\n"))
        XCTAssertEqual(outcome.pagesPerLanguage["en"], 4 + Self.builtInKinds.count)
        XCTAssertTrue(outcome.files.contains { $0.path == "de/white-paper/first-part/new-chapter/index.html" })
    }

    func testNewNeverOverwritesAndRefusesATranslationWithoutOriginal() throws {
        let root = newFolder()
        try run(["init", root.path])
        let file = root.appendingPathComponent("content/en/recommendations/first-recommendation.md")
        let before = try Data(contentsOf: file)
        XCTAssertThrowsError(try run(["new", "recommendation", "first-recommendation", "--root", root.path]))
        XCTAssertEqual(try Data(contentsOf: file), before)
        XCTAssertThrowsError(try run(["new", "town", "nowhere", "--lang", "de", "--root", root.path]))
        XCTAssertFalse(FileManager.default.fileExists(atPath: root.appendingPathComponent("content/de/towns/nowhere.md").path))
        XCTAssertThrowsError(try run(["new", "town", "Bad_Id", "--root", root.path]))
    }
}

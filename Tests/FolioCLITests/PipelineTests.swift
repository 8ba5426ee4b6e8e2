import FolioModel
@testable import FolioSearch
import FolioTestSupport
import FolioWrite
import XCTest
@testable import FolioCLI

final class PipelineTests: XCTestCase {
    /// Runs an invalid fixture site and compares its diagnostics with its `expected-diagnostics.txt`.
    private func runAndCompare(_ name: String) throws -> Pipeline.Outcome {
        let site = try Fixtures.copySite(name, group: "InvalidSites")
        let outcome = Pipeline(root: site, threads: 2).run()
        let expected = try String(contentsOf: Fixtures.fixtures.appendingPathComponent("InvalidSites/\(name)/expected-diagnostics.txt"),
                                  encoding: .utf8)
        XCTAssertEqual(Fixtures.headlines(outcome.diagnostics), expected.split(separator: "\n").map(String.init))
        return outcome
    }

    func testBrokenContentYieldsExactlyTheExpectedDiagnostics() throws {
        let outcome = try runAndCompare("broken")
        XCTAssertEqual(outcome.files.count, 0, "a build with errors renders nothing to write")
    }

    /// Each kind of warning once, at its file, line and column; warnings alone still build.
    func testWarningsNameTheirPlaceAndDoNotStopTheBuild() throws {
        let outcome = try runAndCompare("warnings")
        XCTAssertEqual(Set(outcome.diagnostics.all.map(\.code)),
                       ["unused.reference", "translation.untranslated", "unused.term", "unused.recommendation",
                        "heading.empty", "image.alt", "title.duplicate", "config.placeholder-url", "link.root-absolute"])
        XCTAssertFalse(outcome.files.isEmpty, "warnings do not stop the build")
    }

    func testAFailingBuildLeavesThePreviousOutputByteIdentical() throws {
        let site = try Fixtures.copySite("minimal")
        var build = try XCTUnwrap(FolioCommand.parseAsRoot(["build", "--root", site.path]) as? BuildCommand)
        try build.run()
        let output = site.appendingPathComponent("output")
        let before = Fixtures.tree(output)
        XCTAssertNotNil(before["en/index.html"])
        XCTAssertNotNil(before[SiteWriter.marker])

        try Fixtures.write("---\ntitle: Home\n---\nNow broken: [](rec:nothing).\n", to: "content/en/index.md", in: site)
        build = try XCTUnwrap(FolioCommand.parseAsRoot(["build", "--root", site.path]) as? BuildCommand)
        XCTAssertThrowsError(try build.run())
        XCTAssertEqual(Fixtures.tree(output), before)
    }

    func testCheckWritesNothing() throws {
        let site = try Fixtures.copySite("minimal")
        var check = try XCTUnwrap(FolioCommand.parseAsRoot(["check", "--root", site.path]) as? CheckCommand)
        try check.run()
        XCTAssertFalse(FileManager.default.fileExists(atPath: site.appendingPathComponent("output").path))
    }

    func testTwoBuildsWithOneAndManyThreadsAreByteIdentical() throws {
        let site = try Fixtures.copySite("minimal")
        for (jobs, folder) in [("1", "one"), ("8", "many")] {
            var build = try XCTUnwrap(FolioCommand.parseAsRoot(
                ["build", "--root", site.path, "--jobs", jobs, "--output", site.appendingPathComponent(folder).path]) as? BuildCommand)
            try build.run()
        }
        // Pagefind's search index (pagefind/) is not reproducible: its filter and metadata files
        // come out of hash maps (Pagefind issue #638). Everything Folio writes itself is compared,
        // and the .folio-output manifest without the index's names.
        func folioFiles(_ folder: String) -> [String: Data] {
            var tree = Fixtures.tree(site.appendingPathComponent(folder)).filter { !$0.key.hasPrefix("pagefind/") }
            tree[SiteWriter.marker] = tree[SiteWriter.marker].map { manifest in
                Data(String(decoding: manifest, as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix("pagefind/") }
                    .joined(separator: "\n").utf8)
            }
            return tree
        }
        let one = folioFiles("one")
        XCTAssertGreaterThan(one.count, 10)
        XCTAssertEqual(one, folioFiles("many"))
        XCTAssertNotNil(Fixtures.tree(site.appendingPathComponent("one"))["pagefind/pagefind-entry.json"], "the site has its index")
    }
}

/// The glob that keeps Pagefind out of the print editions' folders.
final class PagefindGlobTests: XCTestCase {
    func testTheGlobListsTheFoldersAboveAnExcludedOneEntryByEntry() throws {
        let site = FileManager.default.temporaryDirectory.appendingPathComponent("folio-glob-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: site) }
        for path in ["index.html", "404.html", "robots.txt", "en/index.html", "en/towns/a/index.html",
                     "en/print/white-paper/index.html", "en/print/policy-brief/index.html", "de/index.html"] {
            try Fixtures.write("x", to: path, in: site)
        }
        XCTAssertEqual(Pagefind.glob(site, excluding: ["en/print/white-paper"]),
                       "{404.html,de/**/*.html,en/index.html,en/print/policy-brief/**/*.html,en/towns/**/*.html,index.html}")
        XCTAssertEqual(Pagefind.glob(site, excluding: ["en/print"]), "{404.html,de/**/*.html,en/index.html,en/towns/**/*.html,index.html}")
        try Fixtures.write("x", to: "en/a{b}/index.html", in: site)
        XCTAssertNil(Pagefind.glob(site, excluding: ["en/print"]), "a name that would need escaping keeps Pagefind's own glob")
    }
}

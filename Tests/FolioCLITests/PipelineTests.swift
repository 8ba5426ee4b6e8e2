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
        // Pagefind's search indexes (<language>/pagefind/) are not reproducible: their filter and
        // metadata files come out of hash maps (Pagefind issue #638). Everything Folio writes itself
        // is compared, the .folio-output manifest without the indexes' names, and of the indexes'
        // record (.folio-search) the keys, which name the pages each index was made from.
        func isIndex(_ path: Substring) -> Bool { path.contains("/pagefind/") }
        func folioFiles(_ folder: String) -> [String: Data] {
            var tree = Fixtures.tree(site.appendingPathComponent(folder)).filter { !isIndex($0.key[...]) }
            tree[SiteWriter.marker] = tree[SiteWriter.marker].map { manifest in
                Data(String(decoding: manifest, as: UTF8.self).split(separator: "\n").filter { !isIndex($0) }.joined(separator: "\n").utf8)
            }
            tree[".folio-search"] = tree[".folio-search"].map { record in
                Data(String(decoding: record, as: UTF8.self).split(separator: "\n").filter { !$0.hasPrefix("file ") }.joined(separator: "\n").utf8)
            }
            return tree
        }
        let one = folioFiles("one")
        XCTAssertGreaterThan(one.count, 10)
        XCTAssertEqual(one, folioFiles("many"))
        let tree = Fixtures.tree(site.appendingPathComponent("one"))
        for language in ["en", "de"] {
            XCTAssertNotNil(tree["\(language)/pagefind/pagefind-entry.json"], "\(language) has its own index")
        }
        XCTAssertNil(tree["pagefind/pagefind-entry.json"], "no index for the whole site")
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

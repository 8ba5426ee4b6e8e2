import FolioModel
import FolioTestSupport
import XCTest
@testable import FolioWrite

final class SiteWriterTests: XCTestCase {
    private var parent: URL!

    override func setUpWithError() throws {
        parent = FileManager.default.temporaryDirectory.appendingPathComponent("folio-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: parent, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: parent) }

    private let site = [OutputFile(path: "index.html", text: "home"), OutputFile(path: "en/a/index.html", text: "a")]

    func testASiteIsWrittenWithItsMarkerAndNoStagingLeftBehind() throws {
        let output = parent.appendingPathComponent("output")
        try SiteWriter.write(site, to: output, threads: 2)
        XCTAssertEqual(Set(Fixtures.tree(output).keys), ["index.html", "en/a/index.html", SiteWriter.marker])
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["output"])
    }

    func testASecondBuildReplacesTheFirstCompletely() throws {
        let output = parent.appendingPathComponent("output")
        try SiteWriter.write(site, to: output)
        try SiteWriter.write([OutputFile(path: "new.html", text: "new")], to: output)
        XCTAssertEqual(Set(Fixtures.tree(output).keys), ["new.html", SiteWriter.marker])
    }

    func testAFailedWriteLeavesThePreviousOutputByteIdentical() throws {
        let output = parent.appendingPathComponent("output")
        try SiteWriter.write(site, to: output)
        let before = Fixtures.tree(output)
        XCTAssertThrowsError(try SiteWriter.write([OutputFile(path: "ok.html", text: "x"),
                                                   OutputFile(path: "../escape.html", text: "x")], to: output))
        XCTAssertEqual(Fixtures.tree(output), before)
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["output"])
    }

    func testANonEmptyFolderThatFolioDidNotMakeIsNeverReplaced() throws {
        let home = parent.appendingPathComponent("home")
        try Fixtures.write("precious", to: "notes.txt", in: home)
        XCTAssertThrowsError(try SiteWriter.write(site, to: home)) { error in
            XCTAssertTrue("\(error)".contains("holds files Folio did not write (notes.txt)"), "\(error)")
        }
        XCTAssertEqual(Fixtures.tree(home).keys.sorted(), ["notes.txt"])
    }

    func testAnEmptyMarkerFileDoesNotMakeAFolderReplaceable() throws {
        let home = parent.appendingPathComponent("home")
        try Fixtures.write("precious", to: "notes.txt", in: home)
        try Fixtures.write("", to: SiteWriter.marker, in: home)
        XCTAssertThrowsError(try SiteWriter.write(site, to: home))
        XCTAssertEqual(Fixtures.tree(home)["notes.txt"], Data("precious".utf8))
    }

    func testTheManifestListsWhatFolioWroteAndAFileAddedLaterBlocksTheNextBuildUnlessForced() throws {
        let output = parent.appendingPathComponent("output")
        try SiteWriter.write(site, to: output)
        let manifest = String(decoding: try XCTUnwrap(Fixtures.tree(output)[SiteWriter.marker]), as: UTF8.self)
        XCTAssertEqual(manifest.split(separator: "\n").dropFirst(), ["en/a/index.html", "index.html"])
        try SiteWriter.write(site, to: output)
        try Fixtures.write("mine", to: "en/mine.txt", in: output)
        XCTAssertThrowsError(try SiteWriter.write(site, to: output)) { error in
            XCTAssertTrue("\(error)".contains("(en/mine.txt)"), "\(error)")
        }
        XCTAssertEqual(Fixtures.tree(output)["en/mine.txt"], Data("mine".utf8))
        try SiteWriter.write(site, to: output, force: true)
        XCTAssertEqual(Fixtures.tree(output).keys.sorted(), [SiteWriter.marker, "en/a/index.html", "index.html"])
    }

    func testOnePathIsNeverWrittenTwice() throws {
        let output = parent.appendingPathComponent("output")
        let twice = site + [OutputFile(path: "en/a/index.html", text: "other")]
        XCTAssertThrowsError(try SiteWriter.write(twice, to: output, threads: 1)) { error in
            XCTAssertEqual("\(error)", "two files of this build would be written to en/a/index.html; refusing to write it twice")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: output.path))
    }

    func testAnOutputThatIsALinkIsFollowedAndKept() throws {
        let target = parent.appendingPathComponent("real")
        try SiteWriter.write(site, to: target)
        let link = parent.appendingPathComponent("output")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: target)
        try SiteWriter.write([OutputFile(path: "index.html", text: "new")], to: link)
        XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), target.path)
        XCTAssertEqual(Fixtures.tree(target)["index.html"], Data("new".utf8))
        XCTAssertNil(Fixtures.tree(target)["en/a/index.html"], "the target is replaced, not merged")
    }

    func testAnEmptyFolderMayBeUsed() throws {
        let empty = parent.appendingPathComponent("empty")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        try SiteWriter.write(site, to: empty)
        XCTAssertNotNil(Fixtures.tree(empty)["index.html"])
    }

    func testOnlyPlainRelativePathsAreSafe() {
        XCTAssertTrue(SiteWriter.isSafe("en/a/index.html"))
        for unsafe in ["", "/etc/passwd", "../x", "a/../../x", "a//b", "./a"] {
            XCTAssertFalse(SiteWriter.isSafe(unsafe), unsafe)
        }
    }
}

final class StagingFolderTests: XCTestCase {
    func testAKilledBuildsStagingFolderIsRemovedByTheNextBuildButNotOneNamedLikeIt() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("folio-staging-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        // A killed build: its folder and its lock file with Folio's identity, locked by no one.
        try Fixtures.write("half", to: ".output.folio-staging-1-a/en/index.html", in: parent)
        try Fixtures.write(StagingClaim.identity + "\nbuild: process 1\n", to: ".output.folio-staging-1-a.lock", in: parent)
        // A user's folder that only looks like one, and one whose lock file is not Folio's.
        try Fixtures.write("mine", to: ".output.folio-staging-999999/notes.txt", in: parent)
        try Fixtures.write("mine", to: ".output.folio-staging-2-b/notes.txt", in: parent)
        try Fixtures.write("", to: ".output.folio-staging-2-b.lock", in: parent)
        let staging = try StagingFolder(replacing: parent.appendingPathComponent("output"))
        try staging.write(OutputFile(path: "en/index.html", text: "whole"))
        try staging.commit()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path).sorted(),
                       [".output.folio-staging-2-b", ".output.folio-staging-2-b.lock", ".output.folio-staging-999999", "output"])
        XCTAssertEqual(Fixtures.tree(parent.appendingPathComponent("output"))["en/index.html"], Data("whole".utf8))
    }

    func testARunningBuildsStagingFolderIsLeftAlone() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("folio-staging-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        let running = try StagingFolder(replacing: parent.appendingPathComponent("output"))
        try running.write(OutputFile(path: "index.html", text: "running"))
        let next = try StagingFolder(replacing: parent.appendingPathComponent("output"))
        XCTAssertTrue(FileManager.default.fileExists(atPath: running.url.appendingPathComponent("index.html").path),
                      "a staging folder whose lock is held is not removed")
        next.discard()
        try running.commit()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["output"])
    }
}

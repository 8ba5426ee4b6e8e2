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
            XCTAssertTrue("\(error)".contains("was not made by Folio"))
        }
        XCTAssertEqual(Fixtures.tree(home).keys.sorted(), ["notes.txt"])
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
    func testAKilledBuildsStagingFolderIsRemovedByTheNextBuild() throws {
        let parent = FileManager.default.temporaryDirectory.appendingPathComponent("folio-staging-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: parent) }
        // A process id that cannot be running: above the kernel's maximum.
        try Fixtures.write("half", to: ".output.folio-staging-99999999/en/index.html", in: parent)
        let staging = try StagingFolder(replacing: parent.appendingPathComponent("output"))
        try staging.write(OutputFile(path: "en/index.html", text: "whole"))
        try staging.commit()
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: parent.path), ["output"])
        XCTAssertEqual(Fixtures.tree(parent.appendingPathComponent("output"))["en/index.html"], Data("whole".utf8))
    }
}

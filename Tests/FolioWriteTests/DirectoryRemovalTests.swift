import Foundation
import XCTest
@testable import FolioWrite

final class DirectoryRemovalTests: XCTestCase {
    func testATreeIsRemovedAndLinksInItAreNotFollowed() throws {
        let base = FileManager.default.temporaryDirectory.appendingPathComponent("folio-removal-\(UUID().uuidString)")
        let tree = base.appendingPathComponent("tree")
        let outside = base.appendingPathComponent("outside")
        try FileManager.default.createDirectory(at: tree.appendingPathComponent("a/b/c"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: outside, withIntermediateDirectories: true)
        try Data("keep".utf8).write(to: outside.appendingPathComponent("kept.txt"))
        for file in ["index.html", "a/index.html", "a/b/c/index.html", "a/b/ü.html"] {
            try Data("x".utf8).write(to: tree.appendingPathComponent(file))
        }
        try FileManager.default.createSymbolicLink(at: tree.appendingPathComponent("a/link"), withDestinationURL: outside)
        defer { try? FileManager.default.removeItem(at: base) }

        try DirectoryRemoval.removeTree(at: tree.path)

        XCTAssertFalse(FileManager.default.fileExists(atPath: tree.path))
        XCTAssertEqual(try String(contentsOf: outside.appendingPathComponent("kept.txt"), encoding: .utf8), "keep")
    }

    func testAMissingFolderIsAnError() {
        XCTAssertThrowsError(try DirectoryRemoval.removeTree(at: "/nonexistent/folio-\(UUID().uuidString)"))
    }
}

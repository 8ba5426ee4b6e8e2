import Foundation
@testable import FolioSearch
import FolioTestSupport
import XCTest
@testable import FolioCLI

/// `folio build` keeps a language's search index when its pages are the ones the last build
/// indexed (the index's files are linked from the output being replaced), and makes it again when
/// they changed or the kept index is incomplete. Real builds of the minimal fixture, real Pagefind.
final class SearchIndexReuseTests: XCTestCase {
    private func build(_ site: URL) throws {
        var build = try XCTUnwrap(FolioCommand.parseAsRoot(["build", "--root", site.path]) as? BuildCommand)
        try build.run()
    }

    /// The inode of a language's index entry file: the same inode after a build means the file was kept.
    private func entryInode(_ site: URL, _ language: String) throws -> Int {
        let path = site.appendingPathComponent("output/\(language)/pagefind/pagefind-entry.json").path
        return try XCTUnwrap(FileManager.default.attributesOfItem(atPath: path)[.systemFileNumber] as? Int)
    }

    private func indexFiles(_ site: URL) -> [String: Data] {
        Fixtures.tree(site.appendingPathComponent("output")).filter { $0.key.contains("/pagefind/") }
    }

    func testAnUnchangedSiteKeepsEveryIndexByteForByte() throws {
        let site = try Fixtures.copySite("minimal")
        try build(site)
        let first = indexFiles(site)
        let inodes = try ["en", "de"].map { try entryInode(site, $0) }
        XCTAssertGreaterThan(first.count, 10)
        try build(site)
        XCTAssertEqual(try ["en", "de"].map { try entryInode(site, $0) }, inodes, "both indexes were kept, not made again")
        // Pagefind alone would write other filter and metadata bytes (its issue #638): kept, the
        // site is byte-identical from one build to the next.
        XCTAssertEqual(indexFiles(site), first)
    }

    func testAChangedPageMakesOnlyItsLanguagesIndexAgain() throws {
        let site = try Fixtures.copySite("minimal")
        try build(site)
        let (english, german) = (try entryInode(site, "en"), try entryInode(site, "de"))
        try Fixtures.write("---\ntitle: Startseite\n---\nWillkommen im Zeughaus. Beginnen Sie mit [](part:part-a) oder der Stadt [](town:north).\n",
                           to: "content/de/index.md", in: site)
        try build(site)
        XCTAssertEqual(try entryInode(site, "en"), english, "English pages did not change: their index is kept")
        XCTAssertNotEqual(try entryInode(site, "de"), german, "a German page changed: its index is made again")
        let words = try XCTUnwrap(Fixtures.tree(site.appendingPathComponent("output"))
            .filter { $0.key.hasPrefix("de/pagefind/fragment/") }.values.map { try gunzip($0) }.joined(separator: " "))
        XCTAssertTrue(words.contains("Zeughaus"), "the new German text is in the German index")
    }

    func testAnIncompleteKeptIndexIsMadeAgain() throws {
        let site = try Fixtures.copySite("minimal")
        try build(site)
        let english = try entryInode(site, "en")
        let fragments = site.appendingPathComponent("output/en/pagefind/fragment")
        let fragment = try XCTUnwrap(FileManager.default.contentsOfDirectory(atPath: fragments.path).sorted().first)
        try FileManager.default.removeItem(at: fragments.appendingPathComponent(fragment))
        try build(site)
        XCTAssertNotEqual(try entryInode(site, "en"), english)
        XCTAssertTrue(FileManager.default.fileExists(atPath: fragments.appendingPathComponent(fragment).path), "the index is whole again")
    }

    func testARecordNamingFilesOutsideTheIndexIsNotFollowed() throws {
        let previous = FileManager.default.temporaryDirectory.appendingPathComponent("folio-keep-\(UUID().uuidString)")
        let staging = previous.appendingPathComponent("staging")
        defer { try? FileManager.default.removeItem(at: previous) }
        try Fixtures.write("secret", to: "secret.txt", in: previous)
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: true)
        for path in ["en/pagefind/../../secret.txt", "secret.txt", "de/pagefind/x"] {
            let entry = IndexRecord.Entry(key: "k", files: [path: 6])
            XCTAssertFalse(Pagefind.keep(entry, bundle: "en/pagefind", from: previous, into: staging), path)
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: staging.path), [])
    }

    func testTheRecordReadsBackWhatItWrote() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("folio-record-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let record = IndexRecord(entries: ["en": .init(key: "0f", files: ["en/pagefind/a": 1, "en/pagefind/index/b": 22]),
                                           "el": .init(key: "a0", files: ["el/pagefind/c": 3])])
        try Fixtures.write(record.text, to: IndexRecord.name, in: folder)
        XCTAssertEqual(IndexRecord(in: folder).entries, record.entries)
        try Fixtures.write("index en 0f\nfile en/pagefind/a 1\n", to: IndexRecord.name, in: folder)
        XCTAssertEqual(IndexRecord(in: folder).entries, [:], "a file without the header is not a record")
        try Fixtures.write(IndexRecord.header + "\nindex en 0f\nfile en/pagefind/a one\n", to: IndexRecord.name, in: folder)
        XCTAssertEqual(IndexRecord(in: folder).entries, [:], "nothing is kept from a record that does not parse")
    }

    func testTheDigestTellsInputsApart() {
        func digest(_ parts: [String]) -> String {
            var digest = InputDigest()
            parts.forEach { digest.add($0) }
            return digest.hex
        }
        let long = String(repeating: "Folio ", count: 40)
        XCTAssertEqual(digest(["ab", "c"]), digest(["ab", "c"]))
        XCTAssertEqual(digest(["ab", "c"]).count, 32)
        XCTAssertNotEqual(digest(["ab", "c"]), digest(["a", "bc"]))
        XCTAssertNotEqual(digest([long]), digest([long + "x"]))
        XCTAssertNotEqual(digest([long]), digest(["x" + long.dropFirst()]))
        XCTAssertNotEqual(digest([]), digest([""]))
    }

    /// A Pagefind fragment's JSON text (each is gzip-compressed).
    private func gunzip(_ data: Data) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/gzip")
        process.arguments = ["-dc"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        try process.run()
        input.fileHandleForWriting.write(data)
        try input.fileHandleForWriting.close()
        let text = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: text, as: UTF8.self)
    }
}

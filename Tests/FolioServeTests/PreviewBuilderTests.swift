import FolioCLI
import FolioTestSupport
import Foundation
import XCTest
@testable import FolioServe

/// The preview's incremental builds against clean builds: after each of a seeded sequence of the
/// edits editors make, the builder's site equals, byte for byte, a full build of the same files
/// (or, when the files have an error, it reports exactly the same diagnostics), and an edit of a
/// page's body renders that page's group again and nothing else.
final class PreviewBuilderTests: XCTestCase {
    private var site: URL!

    override func setUpWithError() throws { site = try Fixtures.copySite("minimal") }
    override func tearDownWithError() throws { try? FileManager.default.removeItem(at: site) }

    func testEveryIncrementalBuildEqualsACleanBuild() throws {
        try compareSeededEdits(seed: 11, namingFiles: false)
    }

    /// As a running server builds: told the files the watcher saw change, with an editor's
    /// temporary file that came and went among them, so that the kept scan, data digest and theme
    /// are used whenever those files allow.
    func testEveryBuildFromTheWatchersReportEqualsACleanBuild() throws {
        try compareSeededEdits(seed: 14, namingFiles: true)
    }

    private func compareSeededEdits(seed: UInt64, namingFiles: Bool) throws {
        let builder = PreviewBuilder(root: site, threads: 2, quiet: true)
        XCTAssertNil(builder.build().rendered, "the first build renders everything")
        var editor = SiteEditor(root: site, random: SeededRandom(seed: seed))
        var bodyEdits = 0
        var tree = Fixtures.tree(site)
        for step in 1...60 {
            let edit = try editor.step(step)
            let before = tree
            tree = Fixtures.tree(site)
            let named = Set(before.keys).union(tree.keys).filter { before[$0] != tree[$0] }
            let preview = builder.build(changed: namingFiles ? named.union(["content/en/towns/north.md.tmp"]) : nil)
            let clean = Pipeline(root: site, threads: 1).run()
            XCTAssertEqual(preview.diagnostics, Report.formatted(clean.diagnostics, root: site), "step \(step): \(edit)")
            if clean.diagnostics.hasErrors {
                XCTAssertNil(preview.files, "step \(step): \(edit)")
                XCTAssertEqual(preview.errors, Report.formatted(clean.diagnostics, root: site), "step \(step): \(edit)")
                continue
            }
            let expected = Dictionary(uniqueKeysWithValues: clean.files.map { ($0.path, $0.bytes) })
            guard let files = preview.site else { return XCTFail("step \(step): \(edit): \(preview.errors)") }
            XCTAssertEqual(Set(files.keys), Set(expected.keys), "step \(step): \(edit)")
            // Every third build's print editions are not asked for, as when nobody opens them (they
            // are made on request): the next builds' must be right all the same.
            let unrequested = step % 3 == 0
            for (path, bytes) in expected where !(unrequested && path.contains("/print/")) && files[path]?.bytes != bytes {
                XCTFail("step \(step): \(edit): \(path) differs from a clean build")
            }
            if case .body(let page) = edit {
                bodyEdits += 1
                let group = page.replacingOccurrences(of: "content/en/", with: "").replacingOccurrences(of: ".md", with: "")
                // The white paper's print edition shows the bodies of its chapters and of their challenges
                // and recommendations (all in chapter beta); the towns and the glossary are not in it.
                let printed = group.hasPrefix("white-paper/") || group.hasPrefix("challenges/") || group.hasPrefix("recommendations/")
                let editions = printed ? ["en/print/white-paper/index.html", "de/print/white-paper/index.html"] : []
                XCTAssertEqual(preview.rendered, Set(["en/\(group)/index.html", "de/\(group)/index.html"] + editions),
                               "step \(step): \(edit)")
            }
        }
        XCTAssertGreaterThan(bodyEdits, 5)
    }

    func testOnlyTheFilesTheWatcherNamesAreReadAgain() throws {
        let builder = PreviewBuilder(root: site, threads: 1, quiet: true)
        _ = builder.build()
        let page = "content/en/towns/north.md"
        let text = try String(contentsOf: site.appendingPathComponent(page), encoding: .utf8)
        try Fixtures.write(text + "\nA sentence the watcher has not named yet.\n", to: page, in: site)
        let unnamed = builder.build(changed: ["content/en/towns/south.md"])
        XCTAssertEqual(unnamed.rendered, [])
        XCTAssertFalse(String(decoding: unnamed.files?["en/towns/north/index.html"] ?? [], as: UTF8.self).contains("not named yet"))
        let named = builder.build(changed: [page])
        XCTAssertEqual(named.rendered, ["en/towns/north/index.html", "de/towns/north/index.html"])
        XCTAssertTrue(String(decoding: named.files?["en/towns/north/index.html"] ?? [], as: UTF8.self).contains("not named yet"))
    }

    func testADataFileTheWatcherNamesIsReadAgain() throws {
        let builder = PreviewBuilder(root: site, threads: 1, quiet: true)
        _ = builder.build()
        // Only a page named: the data files are not hashed again.
        XCTAssertEqual(builder.build(changed: ["content/en/towns/north.md"]).rendered, [])
        let figures = "content/figures.yaml"
        let text = try String(contentsOf: site.appendingPathComponent(figures), encoding: .utf8)
        try Fixtures.write(text.replacingOccurrences(of: "{type: percent}", with: "{type: decimal}"), to: figures, in: site)
        let named = builder.build(changed: [figures])
        let clean = Pipeline(root: site, threads: 1).run()
        XCTAssertNil(named.rendered, "a data file changes what every page can show")
        XCTAssertEqual(named.files, Dictionary(uniqueKeysWithValues: clean.files.map { ($0.path, $0.bytes) }))
    }
}

/// Edits a copy of the minimal fixture as editors do, reproducibly from a seed.
private struct SiteEditor {
    enum Edit {
        case body(String), heading(String), title(String), add(String), delete(String), translate(String)
        case breakReference(String), fixReference(String), template(String), labels, figures, config, breakData(String), link(String)
        case untranslated(String), movedTownsTable(String)
    }

    let root: URL
    var random: SeededRandom
    var added: [String] = []
    var broken: [(file: String, good: String)] = []

    /// Originals that are not a folder's index page, and no added ones (their groups change).
    private var originals: [String] {
        ["content/en/towns/north.md", "content/en/towns/south.md", "content/en/recommendations/r1.md",
         "content/en/recommendations/r2.md", "content/en/challenges/c1.md", "content/en/glossary/smst.md",
         "content/en/white-paper/part-a/alpha.md", "content/en/white-paper/part-a/beta.md"]
    }

    private func read(_ file: String) throws -> String {
        try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
    }

    private func write(_ file: String, _ text: String) throws { try Fixtures.write(text, to: file, in: root) }

    private mutating func pick<T>(_ items: [T]) -> T { items[random.next(0...(items.count - 1))] }

    mutating func step(_ count: Int) throws -> Edit {
        if !broken.isEmpty, random.next(0...9) < 6 {
            let fixed = broken.removeLast()
            try write(fixed.file, fixed.good)
            return .fixReference(fixed.file)
        }
        let file = pick(originals)
        switch random.next(0...24) {
        case 0...2:
            try write(file, try read(file) + "\nParagraph added by edit \(count).\n")
            return .body(file)
        case 3...6:
            // Before the rest of the body: every later link, paragraph and note moves down.
            let text = try read(file)
            guard let end = text.range(of: "\n---\n", range: text.index(after: text.startIndex)..<text.endIndex) else { fallthrough }
            try write(file, text.replacingCharacters(in: end, with: "\n---\nParagraph added by edit \(count).\n\n"))
            // A towns table's figure names are checked at their places when the site is resolved:
            // moving them is not a body-only edit.
            return text.contains("```towns") ? .movedTownsTable(file) : .body(file)
        case 7:
            try write(file, try read(file) + "\n## Heading of edit \(count)\n")
            return .heading(file)
        case 8, 9:
            let text = try read(file).replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Edit \(count) ")
            try write(file, text)
            return .title(file)
        case 10, 11:
            let page = file.replacingOccurrences(of: ".md", with: "-added-\(count).md")
            // Its tables get ids of their own: two tables with one id are an error until the copy is deleted.
            try write(page, try read(file).replacingOccurrences(of: "\nid: ", with: "\nid: added-\(count)-"))
            added.append(page)
            return .add(page)
        case 12 where !added.isEmpty:
            let page = added.remove(at: random.next(0...(added.count - 1)))
            try FileManager.default.removeItem(at: root.appendingPathComponent(page))
            return .delete(page)
        case 13:
            let target = file.replacingOccurrences(of: "content/en/", with: "content/de/")
            try write(target, try read(file).replacingOccurrences(of: "\n\n", with: "\n\nÜbersetzt. "))
            return .translate(target)
        case 14, 15:
            let good = try read(file)
            guard let reference = good.range(of: "](town:") ?? good.range(of: "](rec:") else { fallthrough }
            try write(file, good.replacingCharacters(in: reference, with: "](town:nowhere-"))
            broken.append((file, good))
            return .breakReference(file)
        case 16, 17:
            let template = "themes/default/templates/" + pick(["base", "town", "nav", "chapter"]) + ".mustache"
            try write(template, try read(template) + "<!-- edit \(count) -->\n")
            return .template(template)
        case 18:
            try write("content/de/_labels.yaml", try read("content/de/_labels.yaml") + "# edit \(count)\n")
            return .labels
        case 19:
            // Changes how every town's figure is decoded and shown: a page loaded before must not be kept.
            let text = try read("content/figures.yaml")
            try write("content/figures.yaml", text.contains("{type: percent}")
                ? text.replacingOccurrences(of: "{type: percent}", with: "{type: decimal}")
                : text.replacingOccurrences(of: "{type: decimal}", with: "{type: percent}"))
            return .figures
        case 21:
            // A warning of the page's own: a footnote nobody refers to.
            try write(file, try read(file) + "\n[^unused-\(count)]: A note of edit \(count).\n")
            return .body(file)
        case 23:
            // A link that draws a warning at its place (it starts at the server's root).
            try write(file, try read(file) + "\nSee [the towns](/en/towns/) of edit \(count).\n")
            return .link(file)
        case 24:
            // The same paragraph in the original and its translation: a body-only edit that draws
            // (or, once the original changes again, keeps) a warning on the translation.
            let translation = file.replacingOccurrences(of: "content/en/", with: "content/de/")
            guard FileManager.default.fileExists(atPath: root.appendingPathComponent(translation).path) else { fallthrough }
            let paragraph = "\nThis paragraph of edit \(count) was left in English in both languages.\n"
            try write(file, try read(file) + paragraph)
            try write(translation, try read(translation) + paragraph)
            return .untranslated(translation)
        case 22:
            let data = pick(["content/de/_labels.yaml", "content/figures.yaml", "content/facets.yaml"])
            let good = try read(data)
            try write(data, good + "broken-by-edit-\(count): [\n")
            broken.append((data, good))
            return .breakData(data)
        default:
            let text = try read("folio.yaml").replacingOccurrences(of: "\npublisher: \"", with: "\npublisher: \"Edit \(count) ")
            try write("folio.yaml", text)
            return .config
        }
    }
}

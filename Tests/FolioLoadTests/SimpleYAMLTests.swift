import FolioTestSupport
import Foundation
import XCTest
import Yams
@testable import FolioLoad

/// `SimpleYAML` must read its subset exactly as Yams does (text, tags, styles, lines, columns)
/// and leave everything else to Yams.
final class SimpleYAMLTests: XCTestCase {
    private let resolver = YAMLSource.resolver

    func testMarksCanBeMade() {
        XCTAssertTrue(MarkMaker.isAvailable)
    }

    func testTheSubsetReadsAsYamsReadsIt() throws {
        let documents = [
            "title: Hello\n",
            "kind: \"chapter\"\norder: 14\nnumbered: true\nflag: no\nratio: 3.5\n",
            "title: The \"best\" town\n",
            "a:\n  b:\n    c: d\n  e: f\ng: h\n",
            "title: Straße und Ölmühle\nsummary: \"Ünïcode — «quoted»\"\n",
            "authors: [\"Anna Jäger\", \"Sören Öztürk\"]\ntowns: [bebra, ninove]\nempty: []\n",
            "tags:\n  capacity: [\"some\", \"strong\"]\n  level: [municipality]\nnext: x\n",
            "towns:\n- fermignano\n- bebra\nchapters:\n  - a\n  - \"b\"\n",
            "rows:\n  - [\"[](town:x)\", \"results\", \"32206\"]\n  - [a, b]\nnotes:\n  - \"* Everyday.\"\n",
            "title:    spaced out   \nurl: https://example.org/a#b\n",
            "\n\ntitle: after blank lines\n\n",
            "figures:\n  population: {value: 13855}\n  voio: {value: 18836, year: 2011, note: \"census\"}\n  empty: {}\n",
            "formal:\n    - name: \"Committee\"\n      pros: \"Recognised\"\n    - name: Council\n      cons: [a, b]\nnext: x\n",
            "list:\n- name: x\n  pros: y\n- plain item\n",
            "# a comment line\ntitle: x\n  # indented comment\nnext: y\n",
            "- id: a\n  year: 2019\n- id: b\n",
            "population-trend.growing: Growing\n",
            "\"yes\": \"Ja\"\n\"no\": Nein\nok: yes\n",
            "  indented: at the start\n",
        ]
        for yaml in documents {
            let fast = SimpleYAML.compose(yaml, resolver: resolver)
            if yaml.hasPrefix("  ") {
                XCTAssertNil(fast, "a document that starts indented is left to Yams")
                continue
            }
            let reference = try Yams.compose(yaml: yaml, resolver, .default, .utf8)
            XCTAssertNotNil(fast, yaml.debugDescription)
            assertSame(fast, reference, yaml.debugDescription)
        }
    }

    func testEverythingElseIsLeftToYams() {
        let outside = [
            "title: a # comment\n", "title: 'single'\n", "title: \"esc\\\"aped\"\n",
            "a: {b: {c: d}}\n", "a: {b c: d}\n", "a: {b: c, b: d}\n", "summary: one\n  two\n", "title: a\ntitle: b\n",
            "title: The \"best\" town: really\n", "list:\n  - name: x\n   pros: y\n", "title:\tx\n", "title: x\r\n", "key:\n",
            "title: -5\n", "title: &anchor x\n", "text: |\n  block\n", "---\ntitle: a\n", "title: ends with:\n",
            "a: [x, [y]]\n", "\"a\": b\na: c\n", "\"a\" : b\n", "a: [x,]\n", "a b: c\n", "", "-item\n",
            // Found by FuzzSimpleYAML: Yams refuses control characters and breaks lines at NEL, LS and PS.
            "source_hash: 2a8e\u{19}c95c\n", "title: a\u{7F}b\n", "title: \"a\u{85}b\"\n", "title: a\u{2028}b\n",
            "title: [a\u{2029}b]\n", "title: a\u{FEFF}b\n", "title: a\u{FFFE}\n", "title: \u{9F}\n",
        ]
        for yaml in outside {
            XCTAssertNil(SimpleYAML.compose(yaml, resolver: resolver), yaml.debugDescription)
        }
    }

    /// Every front matter and table block of the publication that the subset covers reads the same.
    func testThePublicationsFrontMatterReadsAsYamsReadsIt() throws {
        let content = Fixtures.repository.appendingPathComponent("content")
        var covered = 0
        var total = 0
        let files = FileManager.default.enumerator(atPath: content.path)!.compactMap { $0 as? String }
        for file in files where file.hasSuffix(".md") {
            let text = try String(contentsOf: content.appendingPathComponent(file), encoding: .utf8)
            guard case .success(let split) = FrontMatterSplitter.split(text, file: file) else { continue }
            total += 1
            guard let fast = SimpleYAML.compose(split.yaml, resolver: resolver) else { continue }
            covered += 1
            assertSame(fast, try Yams.compose(yaml: split.yaml, resolver, .default, .utf8), file)
        }
        XCTAssertGreaterThan(total, 300)
        XCTAssertGreaterThan(covered, total * 9 / 10, "nearly all front matter is in the subset")
    }

    /// So does every data file (facets, figures, labels, bibliography, UI strings, configuration).
    func testThePublicationsDataFilesReadAsYamsReadsThem() throws {
        let root = Fixtures.repository
        var files = ["folio.yaml", "content/facets.yaml", "content/figures.yaml"]
        for directory in ["content", "content/bibliography", "themes/default/i18n"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(directory).path)
            files += names.filter { $0.hasSuffix(".yaml") }.map { "\(directory)/\($0)" }
        }
        for language in ["en", "de", "it", "nl", "el"] { files.append("content/\(language)/_labels.yaml") }
        var covered = 0
        for file in Set(files).sorted() {
            let yaml = try String(contentsOf: root.appendingPathComponent(file), encoding: .utf8)
            guard let fast = SimpleYAML.compose(yaml, resolver: resolver) else { continue }
            covered += 1
            assertSame(fast, try Yams.compose(yaml: yaml, resolver, .default, .utf8), file)
        }
        XCTAssertGreaterThan(covered, files.count / 2)
    }

    private func assertSame(_ a: Node?, _ b: Node?, _ context: String, file: StaticString = #filePath, line: UInt = #line) {
        guard let a, let b else {
            XCTAssertTrue(a == nil && b == nil, "\(context): one side is empty", file: file, line: line)
            return
        }
        XCTAssertEqual(a.mark?.line, b.mark?.line, "\(context): line of \(a)", file: file, line: line)
        XCTAssertEqual(a.mark?.column, b.mark?.column, "\(context): column of \(a)", file: file, line: line)
        switch (a, b) {
        case let (.scalar(x), .scalar(y)):
            XCTAssertEqual(x.string, y.string, context, file: file, line: line)
            XCTAssertEqual(a.tag.description, b.tag.description, "\(context): tag of \(x.string)", file: file, line: line)
            XCTAssertEqual(x, y, context, file: file, line: line)
            XCTAssertEqual(x.style, y.style, "\(context): style of \(x.string)", file: file, line: line)
            XCTAssertEqual(a.bool, b.bool, context, file: file, line: line)
        case let (.mapping(x), .mapping(y)):
            XCTAssertEqual(a.tag.description, b.tag.description, context, file: file, line: line)
            XCTAssertEqual(x.count, y.count, context, file: file, line: line)
            for (p, q) in zip(x, y) {
                assertSame(p.key, q.key, context, file: file, line: line)
                assertSame(p.value, q.value, context, file: file, line: line)
            }
        case let (.sequence(x), .sequence(y)):
            XCTAssertEqual(a.tag.description, b.tag.description, context, file: file, line: line)
            XCTAssertEqual(x.count, y.count, context, file: file, line: line)
            for (p, q) in zip(x, y) { assertSame(p, q, context, file: file, line: line) }
        default:
            XCTFail("\(context): \(a) against \(b)", file: file, line: line)
        }
    }
}

/// Random documents built from the subset's pieces and the characters that end it: whatever
/// `SimpleYAML` reads, Yams must read the same (and not reject).
final class SimpleYAMLDifferentialTests: XCTestCase {
    func testRandomDocumentsReadAsYamsReadsThem() throws {
        var random = SeededRandom(seed: 20231)
        let words = ["a", "title", "x-y", "b.c", "yes", "No", "12", "3.5", "-1", "~", "null", "Straße", "«q»", "ü",
                     "a:b", "a: b", "a #b", "#c", "'s", "it's", "\"q\"", "[x]", "{y}", "a, b", "é:", "- d", "http://e.f/g#h",
                     "", " ", "  lead", "trail  ", "@", "`", "%", "&a", "*b", "!t", "|", ">", "?"]
        var read = 0
        for _ in 0..<10_000 {
            var lines: [String] = []
            for _ in 0..<random.next(1...5) {
                let key = ["title", "a", "tags", "\"yes\"", "x.y", "-k", "k k", "towns"][random.next(0...7)]
                let indent = String(repeating: " ", count: [0, 0, 0, 2, 4][random.next(0...4)])
                let word = words[random.next(0...(words.count - 1))]
                let other = words[random.next(0...(words.count - 1))]
                switch random.next(0...7) {
                case 0: lines.append("\(indent)\(key): \(word)")
                case 1: lines.append("\(indent)\(key): \"\(word)\"")
                case 2: lines.append("\(indent)\(key): [\(word), \"\(other)\"]")
                case 3: lines.append("\(indent)\(key):")
                case 4: lines.append("\(indent)- \(word)")
                case 5: lines.append("\(indent)- \(key): \(word)")
                case 6: lines.append("\(indent)\(key): {v: \(word), w: \"\(other)\"}")
                default: lines.append("\(indent)# \(word)")
                }
            }
            let yaml = lines.joined(separator: "\n") + "\n"
            guard let fast = SimpleYAML.compose(yaml, resolver: YAMLSource.resolver) else { continue }
            read += 1
            guard let reference = try? Yams.compose(yaml: yaml, YAMLSource.resolver, .default, .utf8) else {
                XCTFail("SimpleYAML read what Yams rejects: \(yaml.debugDescription)")
                continue
            }
            XCTAssertTrue(YAMLTrees.same(fast, reference), "differs from Yams: \(yaml.debugDescription)")
        }
        XCTAssertGreaterThan(read, 600, "the generator should reach the subset often")
    }
}

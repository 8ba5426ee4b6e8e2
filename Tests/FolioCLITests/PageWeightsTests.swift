import XCTest
import FolioModel
@testable import FolioCLI

/// A page weighs its HTML plus the style sheets and scripts it names, found as the browser would
/// resolve them; the summary names the heaviest home page and the heaviest page.
final class PageWeightsTests: XCTestCase {
    func testAPageNamesItsStyleSheetsAndScriptsResolvedAgainstItsFolder() {
        let html = """
        <!DOCTYPE html><html><head><link rel="canonical" href="https://example.org/en/">
        <link rel="alternate stylesheet" href="../../assets/print.css?v=2"><LINK REL=stylesheet HREF=../../assets/folio.css>
        <link rel="icon" href="../../favicon.svg"><script src='../../assets/folio.js' defer></script>
        <!-- <script src="commented.js"></script> --><script>var s = "<script src='inline.js'>";</script>
        <script src="https://cdn.example.net/x.js"></script><script src="//cdn.example.net/y.js"></script>
        <style>a::after { content: "<link rel=stylesheet href=style.css>" }</style>
        </head><body><a href="x.css" title="<script src=no.js>">x</a><script src="./local%20file.js"></script></body></html>
        """
        XCTAssertEqual(PageWeights.resources(of: Array(html.utf8), at: "en/towns/index.html"),
                       ["assets/print.css", "assets/folio.css", "assets/folio.js", "en/towns/local file.js"])
    }

    func testTheSummaryNamesTheHeaviestHomeAndPageWithTheirResources() {
        let weights = PageWeights()
        let head = #"<link rel="stylesheet" href="../assets/site.css"><script src="../assets/site.js"></script>"#
        let deeper = head.replacingOccurrences(of: "../assets", with: "../../assets")
        let files = [OutputFile(path: "assets/site.css", text: String(repeating: "c", count: 1000)),
                     OutputFile(path: "assets/site.js", text: String(repeating: "j", count: 500)),
                     OutputFile(path: "en/index.html", text: head),
                     OutputFile(path: "de/index.html", text: head + "<p>länger</p>"),
                     OutputFile(path: "de/data/table.html", text: String(repeating: "t", count: 3000)),
                     OutputFile(path: "en/b/index.html", text: "<p>" + String(repeating: "b", count: 2000)),
                     OutputFile(path: "en/c/index.html", text: "<p>" + String(repeating: "c", count: 1600) + deeper)]
        for file in files { weights.add(file) }
        let read = Reader(files)
        let homes: Set = ["en/index.html", "de/index.html"]
        let (home, page) = weights.heaviest(homes: homes, read: read.bytes)
        XCTAssertEqual(home, .init(path: "de/index.html", bytes: head.utf8.count + 14 + 1500))
        XCTAssertEqual(page, .init(path: "en/c/index.html", bytes: 1603 + deeper.utf8.count + 1500))
        // Pages are read from the heaviest HTML down, until none left could weigh more.
        XCTAssertEqual(read.asked.sorted(), ["de/data/table.html", "de/index.html", "en/b/index.html", "en/c/index.html", "en/index.html"])
        XCTAssertEqual(weights.summary(homes: homes, read: read.bytes),
                       "page weight (HTML + CSS + JS): home de/index.html \(head.utf8.count + 1514) bytes, heaviest en/c/index.html \(3103 + deeper.utf8.count) bytes")
    }

    func testTiesGoToTheFirstPathWhateverTheOrderPagesWereWritten() {
        for order in [["b/index.html", "a/index.html"], ["a/index.html", "b/index.html"]] {
            let weights = PageWeights()
            let files = order.map { OutputFile(path: $0, text: "same") }
            for file in files { weights.add(file) }
            XCTAssertEqual(weights.heaviest(homes: [], read: Reader(files).bytes).page?.path, "a/index.html")
            XCTAssertNil(weights.heaviest(homes: [], read: Reader(files).bytes).home)
        }
        XCTAssertNil(PageWeights().summary(homes: ["en/index.html"], read: { _ in nil }))
    }

    /// The written files by path, noting which were read.
    final class Reader {
        let files: [String: [UInt8]]
        var asked: [String] = []
        init(_ files: [OutputFile]) { self.files = Dictionary(uniqueKeysWithValues: files.map { ($0.path, $0.bytes) }) }
        func bytes(_ path: String) -> [UInt8]? {
            asked.append(path)
            return files[path]
        }
    }
}

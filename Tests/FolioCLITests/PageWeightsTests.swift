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
        weights.add(OutputFile(path: "assets/site.css", text: String(repeating: "c", count: 1000)))
        weights.add(OutputFile(path: "assets/site.js", text: String(repeating: "j", count: 500)))
        weights.add(OutputFile(path: "en/index.html", text: head))
        weights.add(OutputFile(path: "de/index.html", text: head + "<p>länger</p>"))
        weights.add(OutputFile(path: "de/data/table.html", text: String(repeating: "t", count: 3000)))
        weights.add(OutputFile(path: "en/b/index.html", text: "<p>" + String(repeating: "b", count: 2000)))
        let homes: Set = ["en/index.html", "de/index.html"]
        let (home, page) = weights.heaviest(homes: homes)
        XCTAssertEqual(home, .init(path: "de/index.html", bytes: head.utf8.count + 14 + 1500))
        XCTAssertEqual(page, .init(path: "de/data/table.html", bytes: 3000))
        XCTAssertEqual(weights.summary(homes: homes),
                       "page weight (HTML + CSS + JS): home de/index.html \(head.utf8.count + 1514) bytes, heaviest de/data/table.html 3000 bytes")
    }

    func testTiesGoToTheFirstPathWhateverTheOrderPagesWereWritten() {
        for order in [["b/index.html", "a/index.html"], ["a/index.html", "b/index.html"]] {
            let weights = PageWeights()
            for path in order { weights.add(OutputFile(path: path, text: "same")) }
            XCTAssertEqual(weights.heaviest(homes: []).page?.path, "a/index.html")
            XCTAssertNil(weights.heaviest(homes: []).home)
        }
        XCTAssertNil(PageWeights().summary(homes: ["en/index.html"]))
    }
}

import Foundation
import XCTest
@testable import FolioRender

/// The description every page's head carries, and JSON-LD that no text can break out of.
final class PageMetadataTests: XCTestCase {
    func testADescriptionIsCutAtAWordWithAnEllipsis() {
        XCTAssertEqual(PageDescription.cut("  Short   text\nas it is. "), "Short text as it is.")
        let long = String(repeating: "Participation matters, ", count: 10)
        let cut = PageDescription.cut(long)
        XCTAssertLessThanOrEqual(cut.count, 160)
        XCTAssertEqual(cut, String(repeating: "Participation matters, ", count: 6) + "Participation…")
        let exactly160 = String(repeating: "abcd ", count: 31) + "abcd"
        XCTAssertEqual(exactly160.count, 159)
        XCTAssertEqual(PageDescription.cut(exactly160 + "e"), exactly160 + "e")
        XCTAssertEqual(PageDescription.cut(String(repeating: "x", count: 200)), String(repeating: "x", count: 159) + "…")
        // A dash before the cut goes with the space before it.
        let dashed = String(repeating: "word ", count: 30) + "before — " + String(repeating: "after ", count: 10)
        XCTAssertEqual(PageDescription.cut(dashed), String(repeating: "word ", count: 30) + "before…")
    }

    func testTheFirstParagraphIsReadWithoutMarkupOrFootnoteMarks() {
        let html = Array("""
        <h2 id="a">Context</h2>
        <p></p>
        <p>Towns such as <a href="x">Bebra</a> &amp; <em>Voio</em> differ.<sup class="footnote-ref"><a href="#fn-1">1</a></sup> &#8220;Yes&#x201D;</p>
        <p>Second.</p>
        """.utf8)
        XCTAssertEqual(PageDescription.firstParagraph(html), "Towns such as Bebra & Voio differ. “Yes”")
        XCTAssertNil(PageDescription.firstParagraph(Array("<h2>Only a heading</h2><pre>code</pre>".utf8)))
    }

    func testJSONLDCannotCloseItsScriptElement() {
        let value = JSONValue.object([("name", "</script><script>alert(1)</script>"), ("url", "https://x.example/a/")])
        let script = value.text(scriptSafe: true)
        XCTAssertFalse(script.contains("<"))
        XCTAssertEqual(script, #"{"name":"\u003c/script>\u003cscript>alert(1)\u003c/script>","url":"https://x.example/a/"}"#)
    }

    func testJSONIsEscapedAndIndentedAsJSONSerializationReadsIt() throws {
        let value = JSONValue.object([("text", "quote \" slash \\ line\n tab\t bell\u{07} é"), ("n", .int(-3)),
                                      ("list", .array([.int(1), "two", .array([]), .object([])]))])
        XCTAssertEqual(value.text(indent: 2), """
        {
          "text": "quote \\" slash \\\\ line\\n tab\\t bell\\u0007 é",
          "n": -3,
          "list": [
            1,
            "two",
            [],
            {}
          ]
        }
        """)
        let read = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(value.text().utf8)) as? [String: Any])
        XCTAssertEqual(read["text"] as? String, "quote \" slash \\ line\n tab\t bell\u{07} é")
        XCTAssertEqual(read["n"] as? Int, -3)
    }

    /// The data downloads' values: numbers as Swift prints them without a whole number's ".0",
    /// booleans, null, and every string JSONSerialization reads back as written.
    func testDownloadValuesReadBackAsTheyWereGiven() throws {
        let strange = "Say \"yes\" \\ to C:/paths\r\u{8}\u{c}\u{1}\u{1f}\u{7f} Πόλεις «μικρές» 🏘"
        let value = JSONValue.array([.object([
            ("value", .number(233.2)), ("whole", .number(51662)), ("small", .number(0.1)), ("tiny", .number(1e-7)),
            ("huge", .number(1.5e300)), ("negative", .number(-4)), ("flag", .bool(true)), ("off", .bool(false)),
            ("none", .null), ("missing", .string(nil)), ("year", .int(nil)), ("text", .string(strange)),
        ])])
        let text = value.text(indent: 2)
        XCTAssertTrue(text.contains(#""whole": 51662,"#) && text.contains(#""negative": -4,"#), text)
        let read = try XCTUnwrap((JSONSerialization.jsonObject(with: Data(text.utf8)) as? [[String: Any]])?.first)
        XCTAssertEqual(read["value"] as? Double, 233.2)
        XCTAssertEqual(read["small"] as? Double, 0.1)
        XCTAssertEqual(read["tiny"] as? Double, 1e-7)
        XCTAssertEqual(read["huge"] as? Double, 1.5e300)
        XCTAssertEqual(read["flag"] as? Bool, true)
        XCTAssertEqual(read["off"] as? Bool, false)
        for key in ["none", "missing", "year"] { XCTAssertTrue(read[key] is NSNull, key) }
        XCTAssertEqual(read["text"] as? String, strange)
    }
}

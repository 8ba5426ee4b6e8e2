import XCTest
@testable import FolioModel

final class URLSafetyTests: XCTestCase {
    func testDangerousSchemesAreFoundHoweverTheyAreCasedOrPadded() {
        for url in ["javascript:alert(1)", "JavaScript:alert(1)", "  javascript:x", "java\tscript:x", "java\nscript:x",
                    "\u{1}javascript:x", "VBScript:msgbox", "data:text/html,<b>", "DATA:x", "d a t a:x"] {
            XCTAssertTrue(URLSafety.isDangerous(url), url.debugDescription)
        }
    }

    func testOrdinaryLinksAreSafe() {
        for url in ["https://example.org", "mailto:a@b.c", "rec:pb1-1", "../towns/bebra.md", "#results", "",
                    "javascript", "datum:x", "ｊavascript:x", "https://example.org/javascript:x"] {
            XCTAssertFalse(URLSafety.isDangerous(url), url.debugDescription)
        }
    }

    func testNonASCIIBeforeTheSchemeIsReadAsUnicode() {
        // U+00A0 (no-break space) is above U+0020 and so is kept: the scheme is not "javascript:".
        XCTAssertFalse(URLSafety.isDangerous("\u{A0}javascript:x"))
        XCTAssertTrue(URLSafety.isDangerous("javascript:é"))
    }
}

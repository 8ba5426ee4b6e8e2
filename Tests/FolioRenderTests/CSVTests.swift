import XCTest
@testable import FolioRender

final class CSVTests: XCTestCase {
    func testFieldsAreQuotedOnlyWhenTheyHoldACommaAQuoteOrALineBreak() {
        XCTAssertEqual(CSV.document(header: ["a", "b,c"], rows: [["say \"hi\"", "line\nbreak"], ["plain", ""]]),
                       "a,\"b,c\"\r\n\"say \"\"hi\"\"\",\"line\nbreak\"\r\nplain,\r\n")
    }
}

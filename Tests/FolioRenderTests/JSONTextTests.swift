import Foundation
import XCTest
@testable import FolioRender

/// JSONText must write what `JSONSerialization` writes with the options the downloads used, byte
/// for byte: published files keep their bytes when the writer changes.
final class JSONTextTests: XCTestCase {
    private func foundation(_ value: Any) throws -> String {
        let data = try JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes])
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    func testRecordsAreWrittenAsFoundationWritesThem() throws {
        let records: [[String: Any]] = [
            ["id": "pb1-2", "number": "PB1.2", "title": "Say \"yes\" \\ to C:/paths, tabs\tand\nlines\r\u{8}\u{c}",
             "control": "\u{1}\u{1f}\u{7f}", "greek": "Πόλεις «μικρές» ß ü 🏘", "section": NSNull(),
             "facets": ["scale": ["town", "region"], "empty": [String](), "none": NSNull()] as [String: Any],
             "url": "https://example.org/en/a/b/"],
            ["value": 233.2, "whole": 51662.0, "int": 13855, "negative": -4, "small": 0.1, "tiny": 1e-7, "huge": 1.5e300,
             "flag": true, "off": false, "also": [[String: Any]](), "nothing": [String: Any](),
             "nested": [["year": 2021, "note": NSNull()] as [String: Any], ["year": NSNull()] as [String: Any]]],
        ]
        XCTAssertEqual(JSONText.pretty(records), try foundation(records))
    }

    func testKeysAreSortedAsFoundationSortsThem() throws {
        // Numeric and case-insensitive: item2 before item10, B between a and c, - and _ where Foundation puts them.
        let object: [String: Any] = ["item10": 1, "item2": 2, "B": 3, "a": 4, "c": 5, "foreign-share": 6, "foreign_share": 7,
                                     "foreigner": 8, "country": 9, "country_code": 10, "Ä": 11, "z": 12]
        XCTAssertEqual(JSONText.pretty([object]), try foundation([object]))
        XCTAssertEqual(JSONText.pretty([object, object]), try foundation([object, object]))
    }

    func testEmptyDocumentsAreWrittenAsFoundationWritesThem() throws {
        XCTAssertEqual(JSONText.pretty([Any]()), try foundation([Any]()))
        XCTAssertEqual(JSONText.pretty([[String: Any]()]), try foundation([[String: Any]()]))
    }
}

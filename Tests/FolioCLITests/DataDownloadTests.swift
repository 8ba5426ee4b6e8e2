import Foundation
import FolioModel
import FolioResolve
import FolioTestSupport
import XCTest
@testable import FolioCLI

/// The recommendations and towns as CSV and JSON, per language: read back and compared with what
/// `folio stats` counts from the same content.
final class DataDownloadTests: XCTestCase {
    private static let built: (files: [String: [UInt8]], statistics: SiteStatistics) = {
        let pipeline = Pipeline(root: Fixtures.repository, threads: 2)
        let outcome = pipeline.run()
        let statistics = SiteStatistics(pipeline.resolve(stopOnErrors: true).site!)
        return (Dictionary(uniqueKeysWithValues: outcome.files.map { ($0.path, $0.bytes) }), statistics)
    }()

    func testEveryLanguageHasTheRecordsAsCSVAndJSONAndTheyAgreeWithStats() throws {
        let (files, statistics) = Self.built
        for language in ["en", "de", "it", "nl", "el"] {
            let csv = try XCTUnwrap(files["\(language)/data/recommendations.csv"], language)
            let rows = try Self.parseCSV(String(decoding: csv, as: UTF8.self))
            let header = try XCTUnwrap(rows.first)
            XCTAssertEqual(Array(header.prefix(3)), ["id", "number", "title"])
            let records = rows.dropFirst().map { Dictionary(uniqueKeysWithValues: zip(header, $0)) }
            // The publication's own (no source), then the reports' recommendations, report by report.
            let own = records.filter { $0["source"] == "" }
            XCTAssertEqual(own.count, statistics.counts["recommendations"], language)
            XCTAssertEqual(Dictionary(grouping: own, by: { $0["section"]! }).mapValues(\.count),
                           statistics.breakdowns["recommendations_per_section"], language)
            XCTAssertTrue(own.allSatisfy { $0["url"]!.hasPrefix("https://") && $0["url"]!.contains("/\(language)/recommendations/") })
            let fromReports = records.filter { $0["source"] != "" }
            let perSource = try XCTUnwrap(statistics.breakdowns["records_per_source_and_kind"]).filter { $0.key.hasSuffix("/recommendation") }
            XCTAssertFalse(perSource.isEmpty, "the real site has recommendations of a report")
            XCTAssertEqual(Dictionary(grouping: fromReports, by: { $0["source"]! + "/recommendation" }).mapValues(\.count), perSource, language)
            XCTAssertEqual(Array(records.prefix(own.count).map { $0["id"] }), own.map { $0["id"] }, "the publication's own come first")
            XCTAssertTrue(fromReports.allSatisfy { $0["number"] == "" && $0["section"] == "" && $0["source_title"] != "" },
                          "a report's recommendations are not numbered with the publication's")

            let json = try XCTUnwrap(files["\(language)/data/recommendations.json"])
            let objects = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json)) as? [[String: Any]])
            XCTAssertEqual(objects.map { $0["id"] as? String }, records.map { $0["id"] })
            XCTAssertEqual(objects.map { $0["title"] as? String }, records.map { $0["title"] })
            XCTAssertEqual(objects.map { ($0["source"] as? [String: Any])?["id"] as? String ?? "" }, records.map { $0["source"] },
                           "JSON gives the source as {id, title}, null for the publication's own")

            let towns = try Self.parseCSV(String(decoding: try XCTUnwrap(files["\(language)/data/towns.csv"]), as: UTF8.self))
            XCTAssertEqual(towns.count - 1, statistics.counts["towns"], language)
            XCTAssertTrue(towns.allSatisfy { $0.count == towns[0].count }, "every row has every column")
            let townObjects = try XCTUnwrap(try JSONSerialization.jsonObject(
                with: Data(try XCTUnwrap(files["\(language)/data/towns.json"]))) as? [[String: Any]])
            let bebra = try XCTUnwrap(townObjects.first { $0["id"] as? String == "bebra" })
            let population = try XCTUnwrap((bebra["figures"] as? [String: Any])?["population"] as? [String: Any])
            XCTAssertEqual(population["value"] as? Int, 13855, "numbers are plain in every language")
            let row = Dictionary(uniqueKeysWithValues: zip(towns[0], try XCTUnwrap(towns.first { $0.first == "bebra" })))
            XCTAssertEqual(row["population"], "13855")
            XCTAssertEqual(row["foreign-residents-share"], "13.3")
        }
    }

    func testTheOverviewPagesLinkTheirDownloads() throws {
        let page = String(decoding: try XCTUnwrap(Self.built.files["de/towns/index.html"]), as: UTF8.self)
        XCTAssertTrue(page.contains("<a href=\"../../de/data/towns.csv\" download>"), "relative, in the reader's language")
    }

    /// RFC 4180: fields in quotes may hold commas, doubled quotes and line breaks; records end in CRLF.
    static func parseCSV(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)[...]
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else { field.unicodeScalars.append(c) }
            } else if c == "\"" {
                quoted = true
            } else if c == "," {
                row.append(field); field = ""
            } else if c == "\r" {
                guard chars.popFirst() == "\n" else { throw CocoaError(.coderReadCorrupt) }
                row.append(field); rows.append(row); row = []; field = ""
            } else if c == "\n" {
                throw CocoaError(.coderReadCorrupt)
            } else { field.unicodeScalars.append(c) }
        }
        XCTAssertTrue(row.isEmpty && field.isEmpty, "the last record ends in CRLF")
        return rows
    }
}

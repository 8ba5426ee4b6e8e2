import FolioLoad
import FolioModel
import FolioResolve
import FolioTestSupport
import XCTest

/// The evidence library in content/, counted against its three source reports (shared/seeds/001
/// MUST-a-Lab D2.1, 003 the Committee of the Regions study, 004 Whole-COMM D3.2): what each report
/// page states it counted (`counts:`, with the seed's line) must be what the records add up to.
final class EvidenceContentTests: XCTestCase {
    private static let resolved: ResolvedSite = {
        var diagnostics = Diagnostics()
        let loaded = SiteLoader.load(root: Fixtures.repository, threads: 2, into: &diagnostics)!
        return SiteResolver.resolve(loaded.site, into: &diagnostics)
    }()
    private static let statistics = SiteStatistics(resolved)

    private func breakdown(_ name: String) -> [String: Int] { Self.statistics.breakdowns[name] ?? [:] }

    func testTheRecordsAddUpToWhatEachReportStatesAtItsLine() {
        let records = breakdown("records_per_source_and_kind")
        let distinct = breakdown("distinct_per_source")
        let stated = breakdown("stated_counts")
        let lines = breakdown("stated_count_lines")
        // MUST-a-Lab: 14 best practices (annex headings, the 14th at 001:1295) in 7 cities (001:99).
        XCTAssertEqual(records["must-a-lab/best-practice"], 14)
        XCTAssertEqual(stated["must-a-lab/best-practice"], 14)
        XCTAssertEqual(lines["must-a-lab/best-practice"], 1295)
        XCTAssertEqual(distinct["must-a-lab/best-practice/town"], 7)
        XCTAssertEqual(stated["must-a-lab/town"], 7)
        XCTAssertEqual(lines["must-a-lab/town"], 99)
        // The Committee of the Regions: 7 recommendations (003:1590), 13 key findings (003:17).
        XCTAssertEqual(records["cor-study/recommendation"], 7)
        XCTAssertEqual(stated["cor-study/recommendation"], 7)
        XCTAssertEqual(lines["cor-study/recommendation"], 1590)
        XCTAssertEqual(records["cor-study/finding"], 13)
        XCTAssertEqual(lines["cor-study/finding"], 17)
        // Whole-COMM: 49 localities (004:55) in 10 countries (004:135).
        XCTAssertEqual(records["whole-comm/locality"], 49)
        XCTAssertEqual(stated["whole-comm/locality"], 49)
        XCTAssertEqual(lines["whole-comm/locality"], 55)
        XCTAssertEqual(distinct["whole-comm/locality/country_code"], 10)
        XCTAssertEqual(stated["whole-comm/country"], 10)
        XCTAssertEqual(lines["whole-comm/country"], 135)
    }

    /// 15 case-study towns in 5 countries (Annex 1 headings from 003:1691; the countries at 003:1622),
    /// as the report page lists them, each a town record that names the study as a source.
    func testTheStudysFifteenCaseStudyTownsInFiveCountriesAreTownRecords() throws {
        let page = try String(contentsOf: Fixtures.repository.appendingPathComponent("content/en/evidence/cor-study/index.md"), encoding: .utf8)
        let section = try XCTUnwrap(page.components(separatedBy: "### Case studies").dropFirst().first?.components(separatedBy: "\n## ").first)
        let countries = section.split(separator: "\n").filter { $0.hasPrefix("- **") }
        let towns = countries.flatMap { line in line.components(separatedBy: "(town:").dropFirst().map { String($0.prefix { $0 != ")" }) } }
        XCTAssertEqual(countries.count, 5)
        XCTAssertEqual(Set(towns).count, 15)
        XCTAssertEqual(Self.statistics.breakdowns["stated_counts"]?["cor-study/town"], 15)
        for town in towns {
            let record = try String(contentsOf: Fixtures.repository.appendingPathComponent("content/en/towns/\(town).md"), encoding: .utf8)
            XCTAssertTrue(record.contains("sources: [") && record.split(separator: "\n").contains { $0.hasPrefix("sources:") && $0.contains("cor-study") }, town)
        }
    }

    /// The working paper keeps its 49 localities anonymous: a locality record, in any language,
    /// names no town of the towns database and carries only the keys of its profile (country,
    /// region as the source's tables print it, size class, policy outcome, type).
    /// The Whole-COMM page numbers its six tables 1 to 6 in the order it shows them, within the
    /// report (`table_numbers: own`); the publication's tables keep one count of their own, 1 … n.
    func testAReportsTablesAreNumberedWithinTheReport() throws {
        let resolved = Self.resolved
        let report = try XCTUnwrap(resolved.index[PageKind("report")]?["whole-comm"])
        let page = resolved.site.pages[resolved.groups[report].original]
        XCTAssertEqual(page.outline.tables.count, 6)
        XCTAssertEqual(page.outline.tables.map { resolved.tables[$0.id]?.number }, Array(1...6))
        let publication = resolved.tables.values.filter { resolved.tableScope(of: $0.group) == nil }.map(\.number).sorted()
        XCTAssertFalse(publication.isEmpty)
        XCTAssertEqual(publication, Array(1...publication.count), "the White Paper's tables keep their numbers")
    }

    func testNoLocalityRecordNamesAPlace() throws {
        let content = Fixtures.repository.appendingPathComponent("content")
        let townNames = try FileManager.default.contentsOfDirectory(atPath: content.appendingPathComponent("en/towns").path)
            .filter { $0 != "index.md" }
            .compactMap { file -> String? in
                let text = try String(contentsOf: content.appendingPathComponent("en/towns/\(file)"), encoding: .utf8)
                return text.split(separator: "\n").first { $0.hasPrefix("name: ") }.map { String($0.dropFirst(6)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
            }
        XCTAssertGreaterThan(townNames.count, 40)
        let allowedKeys: Set<String> = ["kind", "report", "country_code", "region", "size_class", "policy_outcome", "locality_type",
                                        "title", "summary", "editorial_note", "source_hash"]
        var checked = 0
        for language in ["en", "de", "it", "nl", "el"] {
            let folder = content.appendingPathComponent("\(language)/evidence/whole-comm/localities")
            for file in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                for name in townNames where text.range(of: "\\b\(NSRegularExpression.escapedPattern(for: name))\\b", options: .regularExpression) != nil {
                    XCTFail("\(language)/\(file) names the town \(name)")
                }
                let frontMatter = text.components(separatedBy: "---\n")[1]
                for line in frontMatter.split(separator: "\n") where !line.hasPrefix(" ") {
                    let key = String(line.prefix { $0 != ":" })
                    XCTAssertTrue(allowedKeys.contains(key), "\(language)/\(file): \(key)")
                }
                checked += 1
            }
        }
        XCTAssertEqual(checked, 49 * 5)
    }
}

import FolioLoad
import FolioModel
import FolioResolve
import FolioTestSupport
import XCTest

/// The real publication in content/, counted against the source document
/// (shared/seeds/000_e80e461c434360f5.txt, the PISTE White Paper and Policy Brief). Each count
/// says how it was counted in the source, by line numbers of that text file.
final class PublicationContentTests: XCTestCase {
    private static let resolved: ResolvedSite = {
        var diagnostics = Diagnostics()
        let loaded = SiteLoader.load(root: Fixtures.repository, threads: 2, into: &diagnostics)!
        return SiteResolver.resolve(loaded.site, into: &diagnostics)
    }()

    private var statistics: SiteStatistics { SiteStatistics(Self.resolved) }

    /// No errors and no warnings either: every term, recommendation and reference is used, every
    /// translated paragraph translated, and base_url is the publication's real address.
    func testTheContentChecksWithoutErrorsOrWarnings() throws {
        var diagnostics = Diagnostics()
        let loaded = try XCTUnwrap(SiteLoader.load(root: Fixtures.repository, threads: 2, into: &diagnostics))
        _ = SiteResolver.resolve(loaded.site, into: &diagnostics)
        XCTAssertEqual(diagnostics.sorted.map(\.headline), [])
    }

    func testPartsAndChaptersMatchTheSource() {
        let perPart = statistics.breakdowns["chapters_per_part"]!
        // Forewords: Knoche 22–83, Feduzi 84–117, De Jonge 118–166, Zefklis 167–176, Pella 177–204,
        // Van Cauwenberge 205–214, Aroni 215–231, Ponzo 232–247, Beloe 248–262.
        XCTAssertEqual(perPart["forewords"], 9)
        // Introduction: opening + PISTE (263–335), partner towns (336), participation (724),
        // aim and scope (741), "One measure fits all?" (752).
        XCTAssertEqual(perPart["introduction"], 5)
        // Thematic chapters: titles at 795, 1052, 1134, 1339 under "issues at stake" (792).
        XCTAssertEqual(perPart["themes"], 4)
        // Policy experiments: "Policy experiment:" headings at 1819, 1952, 2009, 2064.
        XCTAssertEqual(perPart["experiments"], 4)
        // Policy Brief sections a–e listed at 2150–2152, headings at 2154, 2207, 2249, 2295, 2342.
        XCTAssertEqual(perPart["policy-brief"], 5)
        // Annex: partners (2431), resources (2514), and the report introduction (seed 002).
        XCTAssertEqual(perPart["annex"], 3)
        // Parts: about, forewords, introduction, themes, experiments, policy brief, annex.
        XCTAssertEqual(statistics.counts["parts"], 7)
    }

    func testRecommendationsPerSectionAndChallengeMatchTheBrief() {
        let perSection = statistics.breakdowns["recommendations_per_section"]!
        // One recommendation per "This option fits best" line between 2181 and 2380.
        XCTAssertEqual(perSection["pb-preconditions"], 6)  // 2179, 2183, 2187, 2196, 2200, 2204
        XCTAssertEqual(perSection["pb-visibility"], 5)     // 2217, 2223, 2226, 2236, 2242
        XCTAssertEqual(perSection["pb-voice"], 6)          // 2259, 2265, 2270, 2278, 2285, 2289
        XCTAssertEqual(perSection["pb-political"], 6)      // 2304, 2308, 2314, 2319, 2329, 2335
        XCTAssertEqual(perSection["pb-scaling"], 4)        // 2352, 2358, 2369, 2375
        // Challenges: lines starting "Challenge:" at 2175, 2192, 2213, 2232, 2255, 2274, 2300, 2325, 2348, 2365.
        XCTAssertEqual(statistics.counts["challenges"], 10)
        XCTAssertEqual(statistics.breakdowns["recommendations_per_challenge"], [
            "pb1-c1": 3, "pb1-c2": 3, "pb2-c1": 3, "pb2-c2": 2, "pb3-c1": 3,
            "pb3-c2": 3, "pb4-c1": 4, "pb4-c2": 2, "pb5-c1": 2, "pb5-c2": 2,
        ])
    }

    func testThematicPolicyOptionsPerChapterMatchTheSource() {
        let perSection = statistics.breakdowns["recommendations_per_section"]!
        // "Policy recommendation" + "This option fits best" pairs in each chapter.
        XCTAssertEqual(perSection["bridging-figures"], 8)      // 1a–1d, 2a–2d at 1019–1051
        XCTAssertEqual(perSection["spaces-of-visibility"], 4)  // 1112–1133
        XCTAssertEqual(perSection["local-policymaking"], 7)    // 1a–1d, 2a, 2b, 3 at 1305–1338
        XCTAssertEqual(perSection["preconditions"], 13)        // 1a–1d, 2a–2c, 3a–3c, 4a, 4b, 5 at 1756–1817
        XCTAssertEqual(statistics.counts["recommendations"], 27 + 32)
    }

    func testRecordsChecklistTablesNotesAndReferencesMatchTheSource() {
        XCTAssertEqual(statistics.counts["towns"], 4)             // Table 1 rows, 382–521
        XCTAssertEqual(statistics.counts["glossary_terms"], 6)    // LNPP 6, EPP 8, Participation 10, migration background 12, policy experiment 13, SMSTs 15
        XCTAssertEqual(statistics.counts["checklist_groups"], 3)  // headings at 2385, 2398, 2408
        XCTAssertEqual(statistics.counts["checklist_questions"], 15)  // 6 (2387–2397) + 4 (2400–2406) + 5 (2410–2418)
        // White Paper: captions Table 1 (525), 2 (705), 3 (963), 4 (1234), 5 (1508, continued 1616), 6 (1697);
        // the Whole-COMM report page: typology (seed 004: 143), interviews (126), national and regional policies
        // (240), comparisons by size (284), by type (section 2.2.2) and by political orientation (2.2.3).
        XCTAssertEqual(statistics.counts["tables"], 6 + 6)
        XCTAssertEqual(statistics.counts["footnotes"], 1)         // Ponzo foreword: marker at 239, note at 247
        // Bibliography: 7 works listed by the report introduction (seed 002, 23–35), 5 more it cites
        // without listing (its sixth, Foroutan 2019, is the Bebra experiment's), 4 from Ponzo's foreword and its footnote (232, 247), 16 cited in the
        // introduction (265–316, 715, 732, 735), 3 in chapter 2 (1060, 1074), 1 in Bebra's experiment (1858).
        XCTAssertEqual(statistics.counts["bibliography_entries"], 7 + 5 + 4 + 16 + 3 + 1)
    }

    func testEveryTownFigureEqualsTheSourceTables() throws {
        // Table 1 (rows 382–521) and Table 2 (rows 564–701); "-" cells are absent; * = 2011 Greek census.
        let expected: [String: [String: FigureValue.Value]] = [
            "bebra": ["population": .integer(13855), "density": .decimal(148), "population-trend": .choice("stable-after-decline"),
                      "foreign-residents-share": .percent(13.3), "foreign-population-trend": .choice("slightly-growing"),
                      "reception-centre": .boolean(false), "nationalities": .integer(60),
                      "immigration-destination": .choice("lasting")],
            "fermignano": ["population": .integer(8243), "density": .decimal(190), "population-trend": .choice("declining"),
                           "foreign-residents-share": .percent(10.3), "foreign-population-trend": .choice("declining"),
                           "reception-centre": .boolean(false), "main-country-of-origin": .choice("morocco"),
                           "nationalities": .integer(45), "immigration-destination": .choice("former")],
            "ninove": ["population": .integer(39251), "density": .decimal(538), "population-trend": .choice("growing"),
                       "foreign-residents-share": .percent(6.7), "foreign-population-trend": .choice("growing"),
                       "reception-centre": .boolean(false), "immigration-destination": .choice("new")],
            "voio": ["population": .integer(18836), "density": .decimal(18), "population-trend": .choice("declining"),
                     "foreign-residents-share": .percent(3.6), "foreign-population-trend": .choice("growing"),
                     "reception-centre": .boolean(true), "main-country-of-origin": .choice("albania"),
                     "nationalities": .integer(22), "immigration-destination": .choice("new")],
        ]
        let resolved = Self.resolved
        for (id, figures) in expected {
            let group = try XCTUnwrap(resolved.index(.town)[id])
            guard case .town(let town) = resolved.site.pages[resolved.groups[group].original].data else {
                return XCTFail("\(id) is not a town")
            }
            XCTAssertEqual(town.figures.mapValues(\.value), figures, id)
        }
        guard case .town(let voio) = resolved.site.pages[resolved.groups[resolved.index(.town)["voio"]!].original].data else {
            return XCTFail("voio")
        }
        XCTAssertEqual(voio.figures["population"]?.year, 2011, "the starred Voio figures are from the 2011 Greek census")
    }

    /// The forewords and the report's introduction are signed, but their text here is the editors'
    /// rewording: each says so (issue 17), and a signed chapter without the mark fails.
    func testEverySignedTextIsMarkedAsTheEditorsSummary() {
        let resolved = Self.resolved
        var signed: [String] = []
        for group in resolved.groups {
            guard case .chapter(let chapter) = resolved.site.pages[group.original].data, !chapter.authors.isEmpty else { continue }
            signed.append(group.id)
            XCTAssertTrue(chapter.paraphrased, "\(group.id) is signed but not marked `paraphrased: true`")
        }
        XCTAssertEqual(signed.count, 9 + 1, "nine forewords and the report introduction")
    }
}

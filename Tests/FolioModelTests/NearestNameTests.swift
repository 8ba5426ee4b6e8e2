import XCTest
@testable import FolioModel

final class NearestNameTests: XCTestCase {
    func testATypoSuggestsTheNearestName() {
        XCTAssertEqual(NearestName.find("pb1-9", among: ["pb1-2", "pb2-1", "to1-1"]), "pb1-2")
        XCTAssertEqual(NearestName.find("fit_best", among: ["fits_best", "title", "towns"]), "fits_best")
    }

    /// Two letters swapped are one slip: `titel` is nearer `title` than `cite` (two edits each by
    /// insertions, deletions and replacements alone).
    func testSwappedLettersCountAsOneEdit() {
        XCTAssertEqual(NearestName.editDistance(Array("titel".unicodeScalars), Array("title".unicodeScalars)), 1)
        XCTAssertEqual(NearestName.editDistance(Array("titel".unicodeScalars), Array("cite".unicodeScalars)), 2)
        XCTAssertEqual(NearestName.find("titel", among: ["cite", "title", "text"]), "title")
    }

    func testANameFarFromEveryCandidateSuggestsNothing() {
        XCTAssertNil(NearestName.find("population", among: ["id", "kind"]))
        XCTAssertEqual(NearestName.suggestion(for: "zzz", among: ["title"]), "")
    }

    func testTheSuggestionCarriesThePrefix() {
        XCTAssertEqual(NearestName.suggestion(for: "bebr", among: ["bebra"], prefix: "town:"), " (did you mean 'town:bebra'?)")
    }
}

final class IdentifierTests: XCTestCase {
    func testIdsAreLowercaseLettersDigitsAndSingleHyphens() {
        for valid in ["pb1-2", "bebra", "a", "x-1-y"] { XCTAssertTrue(Identifier.isValid(valid), valid) }
        for invalid in ["", "Bebra", "pb1_2", "-a", "a-", "a--b", "../etc", "a/b", "stadt-ß", "a b"] {
            XCTAssertFalse(Identifier.isValid(invalid), invalid)
        }
    }

    func testAnInvalidIdThatLowerCaseAndHyphensMendIsSuggested() {
        XCTAssertEqual(Identifier.hint(for: "DE"), "did you mean 'de'? " + Identifier.rule)
        XCTAssertEqual(Identifier.hint(for: "Pb1_2"), "did you mean 'pb1-2'? " + Identifier.rule)
        XCTAssertEqual(Identifier.hint(for: "Stadt Bebra"), "did you mean 'stadt-bebra'? " + Identifier.rule)
        XCTAssertEqual(Identifier.hint(for: "../etc"), Identifier.rule, "no suggestion that is not an id either")
        XCTAssertEqual(Identifier.hint(for: "a--b"), Identifier.rule)
    }
}

final class DiagnosticFormatterTests: XCTestCase {
    func testADiagnosticPrintsItsLineWithACaretUnderTheColumn() {
        let diagnostic = Diagnostic.error("link.unresolved", "no recommendation 'pb1-9'",
                                          at: SourceLocation(file: "content/en/a.md", line: 2, column: 5),
                                          hint: "check the id")
        let formatter = DiagnosticFormatter { file, line in
            XCTAssertEqual(file, "content/en/a.md")
            return line == 2 ? "See [](rec:pb1-9)." : nil
        }
        XCTAssertEqual(formatter.format(diagnostic), """
        content/en/a.md:2:5: error: no recommendation 'pb1-9'
            See [](rec:pb1-9).
                ^
            hint: check the id
        """)
    }

    func testDiagnosticsSortByCauseThenPlaceAndCountWithoutRepeats() {
        var diagnostics = Diagnostics()
        diagnostics.error("link.unresolved", "second", at: SourceLocation(file: "b.md", line: 1, column: 1))
        diagnostics.warning("a", "first", at: SourceLocation(file: "a.md", line: 9, column: 1))
        diagnostics.error("link.unresolved", "second", at: SourceLocation(file: "b.md", line: 1, column: 1))
        diagnostics.error("yaml.invalid", "the cause", at: SourceLocation(file: "z.md", line: 3, column: 1))
        XCTAssertEqual(diagnostics.sorted.map(\.message), ["the cause", "first", "second"])
        XCTAssertEqual(diagnostics.errorCount, 2, "a repeated diagnostic is counted once")
        XCTAssertEqual(diagnostics.warningCount, 1)
    }
}

final class ParallelTests: XCTestCase {
    func testResultsKeepTheirOrderWhateverTheThreadCount() {
        let expected = (0..<1000).map { $0 * $0 }
        for threads in [1, 2, 7, 64] {
            XCTAssertEqual(Parallel.map(1000, threads: threads) { $0 * $0 }, expected)
        }
    }
}

final class SiteConfigTests: XCTestCase {
    func testTheBasePathComesFromTheBaseURL() {
        func config(_ url: String) -> SiteConfig {
            SiteConfig(title: [:], baseURL: url, languages: ["en"], defaultLanguage: "en")
        }
        XCTAssertEqual(config("https://example.org/").basePath, "/")
        XCTAssertEqual(config("https://example.org/piste").basePath, "/piste/")
        XCTAssertEqual(config("https://example.org").basePath, "/")
        XCTAssertEqual(config("/").basePath, "/")
    }
}

final class TextSearchTests: XCTestCase {
    func testFindsTheFirstOccurrenceInAnyScript() {
        let text = "Βόιο [^1] and [^2]"
        let range = TextSearch.range(of: "[^", in: text)
        XCTAssertEqual(range.map { String(text[$0.lowerBound...].prefix(4)) }, "[^1]")
        XCTAssertEqual(text[..<range!.lowerBound], "Βόιο ")
        XCTAssertEqual(TextSearch.range(of: "[^", in: text, from: text.index(after: range!.lowerBound)).map { String(text[$0.lowerBound...]) }, "[^2]")
    }

    func testReportsAbsenceAndEdges() {
        XCTAssertFalse(TextSearch.contains("](", in: "no link here"))
        XCTAssertTrue(TextSearch.contains("ab", in: "ab"))
        XCTAssertFalse(TextSearch.contains("abc", in: "ab"))
        XCTAssertTrue(TextSearch.contains("ß", in: "Straße"))
    }
}

import FolioLoad
import FolioModel
import FolioTestSupport
import XCTest
@testable import FolioRender

/// The citation of a page and of a bibliography entry in every format: only the fields the
/// source gives, never one made up; the human citation in each language's words and quotation marks.
final class CitationTests: XCTestCase {
    private func strings(_ language: String) throws -> UIStrings {
        var diagnostics = Diagnostics()
        let theme = try XCTUnwrap(ThemeLoader.load(root: Fixtures.repository, name: "default", into: &diagnostics))
        return UIStrings(theme: theme, language: language, defaultLanguage: "en")
    }

    /// A chapter as the real publication has it: authors, a part, a publisher, no year.
    private var chapter: Citation {
        var citation = Citation(kind: .partOfReport, key: "foreword-ponzo")
        citation.authors = ["Irene Ponzo"]
        citation.title = "Foreword"
        citation.containerTitle = "Experimenting migrant participation"
        citation.containerSubtitle = "White Paper"
        citation.part = "Forewords"
        citation.publisher = "PISTE project"
        citation.url = "https://piste.example/en/white-paper/forewords/foreword-ponzo/"
        citation.language = "en"
        return citation
    }

    func testAChapterIsCitedInEachLanguagesWordsAndQuotationMarksWithoutAYear() throws {
        let link = "<a href=\"https://piste.example/en/white-paper/forewords/foreword-ponzo/\">https://piste.example/en/white-paper/forewords/foreword-ponzo/</a>"
        let expected = [
            "en": "Irene Ponzo. “Foreword”. In: <cite>Experimenting migrant participation: White Paper</cite>, Forewords. PISTE project. ",
            "de": "Irene Ponzo. „Foreword“. In: <cite>Experimenting migrant participation: White Paper</cite>, Forewords. PISTE project. ",
            "it": "Irene Ponzo. «Foreword». In: <cite>Experimenting migrant participation: White Paper</cite>, Forewords. PISTE project. ",
            "nl": "Irene Ponzo. ‘Foreword’. In: <cite>Experimenting migrant participation: White Paper</cite>, Forewords. PISTE project. ",
            "el": "Irene Ponzo. «Foreword». Στο: <cite>Experimenting migrant participation: White Paper</cite>, Forewords. PISTE project. ",
        ]
        for (language, text) in expected {
            XCTAssertEqual(CitationText(strings: try strings(language)).html(chapter), text + link, language)
        }
    }

    func testTheThemesWordsAreEscapedLikeTheCitationsOwn() {
        let theme = Theme(templates: [:], strings: ["en": ["cite-in": "<b>In</b>", "cite-quote-open": "\"><img src=x>",
                                                          "cite-quote-close": "&"]], assets: [:])
        var citation = chapter
        citation.url = nil
        XCTAssertEqual(CitationText(strings: UIStrings(theme: theme, language: "en", defaultLanguage: "en")).html(citation),
                       "Irene Ponzo. &quot;&gt;&lt;img src=x&gt;Foreword&amp;. &lt;b&gt;In&lt;/b&gt; <cite>Experimenting migrant participation: White Paper</cite>, Forewords. PISTE project")
    }

    func testTheYearFollowsTheNamesOrTheTitleAndATitleInAnotherLanguageIsMarked() throws {
        var report = Citation(kind: .report, key: "home")
        report.title = "A <Small> Publication"
        report.year = "2023"
        XCTAssertEqual(CitationText(strings: try strings("en")).html(report), "<cite>A &lt;Small&gt; Publication</cite> (2023)")
        report.authors = ["Ada Author", "Test Author"]
        XCTAssertEqual(CitationText(strings: try strings("en")).html(report), "Ada Author, Test Author (2023). <cite>A &lt;Small&gt; Publication</cite>")
        var shownInOriginal = chapter
        shownInOriginal.titleLanguage = "en"
        shownInOriginal.url = nil
        XCTAssertEqual(CitationText(strings: try strings("de")).html(shownInOriginal),
                       "Irene Ponzo. „<span lang=\"en\">Foreword</span>“. In: <cite>Experimenting migrant participation: White Paper</cite>, Forewords. PISTE project")
    }

    func testAChapterInBibTeXRISAndCSLJSONHasOnlyTheFieldsItHas() throws {
        XCTAssertEqual(chapter.bibTeX, """
        @incollection{foreword-ponzo,
          author = {{Irene Ponzo}},
          title = {Foreword},
          booktitle = {Experimenting migrant participation},
          booksubtitle = {White Paper},
          publisher = {PISTE project},
          url = {https://piste.example/en/white-paper/forewords/foreword-ponzo/},
          note = {Forewords}
        }

        """)
        XCTAssertEqual(chapter.ris, [
            "TY  - CHAP", "AU  - Irene Ponzo", "TI  - Foreword", "T2  - Experimenting migrant participation: White Paper",
            "T3  - Forewords", "PB  - PISTE project", "UR  - https://piste.example/en/white-paper/forewords/foreword-ponzo/",
            "LA  - en", "ID  - foreword-ponzo", "ER  - ", "",
        ].joined(separator: "\r\n"))
        let items = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(chapter.cslJSON.utf8)) as? [[String: Any]])
        XCTAssertEqual(items.count, 1)
        XCTAssertEqual(Set(items[0].keys), ["id", "type", "title", "container-title", "section", "author", "publisher", "URL", "language"])
        XCTAssertEqual(items[0]["type"] as? String, "chapter")
        XCTAssertEqual(items[0]["author"] as? [[String: String]], [["literal": "Irene Ponzo"]])
        XCTAssertNil(items[0]["issued"], "no year is made up")
    }

    func testABibliographyEntryKeepsItsNamesAndItsIncompleteMark() {
        let entry = BibliographyEntry(id: "greg-2018", authors: ["Greg et al."], year: "2018c", incomplete: true,
                                      note: "Cited as “Greg et al., 2018”.", location: .file("refs.yaml"))
        let citation = Citation(entry)
        XCTAssertEqual(citation.bibTeX, """
        @misc{greg-2018,
          author = {{Greg} and others},
          year = {2018c},
          note = {Cited as “Greg et al., 2018”.},
          keywords = {incomplete-reference}
        }

        """)
        XCTAssertEqual(citation.ris, ["TY  - GEN", "AU  - Greg et al.", "PY  - 2018c", "N1  - Cited as “Greg et al., 2018”.",
                                      "KW  - incomplete-reference", "ID  - greg-2018", "ER  - ", ""].joined(separator: "\r\n"))
        XCTAssertEqual(citation.cslJSON, """
        [
          {
            "id": "greg-2018",
            "type": "document",
            "author": [
              {
                "literal": "Greg et al."
              }
            ],
            "issued": {
              "literal": "2018c"
            },
            "note": "Cited as “Greg et al., 2018”.",
            "keyword": "incomplete-reference"
          }
        ]

        """)
    }

    func testEntriesAreTypedByWhatTheyGive() {
        func kind(_ entry: BibliographyEntry) -> Citation.Kind { Citation(entry).kind }
        let at = SourceLocation.file("refs.yaml")
        XCTAssertEqual(kind(BibliographyEntry(id: "a", title: "T", containerTitle: "J", volume: "3", location: at)), .article)
        XCTAssertEqual(kind(BibliographyEntry(id: "a", title: "T", containerTitle: "Series", location: at)), .inCollection)
        XCTAssertEqual(kind(BibliographyEntry(id: "a", title: "T", publisher: "P", location: at)), .book)
        XCTAssertEqual(kind(BibliographyEntry(id: "a", title: "T", url: "https://x.example/", location: at)), .misc)
    }

    func testBibTeXNamesAreNeverSplitByGuessAndSpecialCharactersAreEscaped() {
        XCTAssertEqual(Citation.bibTeXNames(["Grossmann, K.", "Sabine Van Cauwenberge", "Ministry of Migration and Asylum"]),
                       "Grossmann, K. and {Sabine Van Cauwenberge} and {Ministry of Migration and Asylum}")
        XCTAssertNil(Citation.bibTeXNames([]))
        XCTAssertEqual(Citation.bibTeXEscape("R&D {50%} $1 #2 a_b ~ ^ \\"),
                       "R\\&D \\{50\\%\\} \\$1 \\#2 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}")
        XCTAssertEqual(Citation.bibTeXVerbatim("https://x.example/{id}?q=50%"), "https://x.example/%7Bid%7D?q=50%")
    }

    func testAValueIsKeptOnOneRISLine() {
        var citation = Citation(kind: .misc, key: "x")
        citation.title = "Two\nlines"
        XCTAssertTrue(citation.ris.contains("TI  - Two lines\r\n"))
    }
}

extension Citation.Kind: Equatable {}

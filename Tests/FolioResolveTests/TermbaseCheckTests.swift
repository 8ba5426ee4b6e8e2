import FolioModel
import FolioResolve
import XCTest

/// The termbase check of `folio translations`: avoided forms and key terms left in English are
/// reported at their line and column; markup, ids, quotations and titles are not text.
final class TermbaseCheckTests: XCTestCase {
    private let termbase = Termbase(entries: [
        Termbase.Entry(id: "smst", english: ["SMSTs", "small and medium-sized towns"],
                       preferred: ["kleine und mittelgroße Städte", "SMSTs"], avoid: ["Kleinstädte"],
                       location: SourceLocation(file: "content/de/_terms.yaml", line: 2, column: 1)),
        Termbase.Entry(id: "participation", english: ["participation"], preferred: ["Teilhabe"], avoid: ["Partizipation"],
                       location: SourceLocation(file: "content/de/_terms.yaml", line: 6, column: 1)),
    ])

    private func headlines(_ text: String) -> [String] {
        TermbaseCheck(termbase, file: "content/de/_terms.yaml").check(text, file: "content/de/page.md").map(\.headline)
    }

    func testAnAvoidedFormAndAnEnglishTermAreReportedWhereTheyStand() {
        let page = """
        ---
        title: "Partizipation in Städten"
        ---

        Die Teilhabe in Kleinstädten ist anders als die participation in Kleinstädte.
        """
        XCTAssertEqual(headlines(page), [
            "content/de/page.md:2:9: warning: 'Partizipation' is a form the termbase avoids for 'participation'",
            "content/de/page.md:5:66: warning: 'Kleinstädte' is a form the termbase avoids for 'smst'",
            "content/de/page.md:5:49: warning: 'participation' is left in English",
        ])
    }

    func testAKeptAcronymIdsLinkTargetsQuotationsAndTitlesAreNotReported() {
        let page = """
        ---
        title: "Teilhabe"
        participation_note: "Feldnamen sind keine Texte"
        ---

        ## Teilhabe {#participation}

        In [SMSTs](term:smst) zählt [die Teilhabe](chapter:participation); das Projekt heißt
        *Participation in small- and medium-sized towns*, auf Englisch „participation“ (`participation`).

        ```table
        id: participation
        caption: "Teilhabe"
        ```
        """
        XCTAssertEqual(headlines(page), [])
    }

    func testWordsAreMatchedWholeAndWithoutRegardToCase() {
        XCTAssertEqual(headlines("PARTICIPATION, participations, Participationsrecht\n"),
                       ["content/de/page.md:1:1: warning: 'participation' is left in English"])
    }
}

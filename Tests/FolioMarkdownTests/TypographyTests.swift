import FolioTestSupport
import XCTest
@testable import FolioMarkdown

final class TypographyTests: XCTestCase {
    private func quote(_ text: String, _ language: String) -> String {
        var previous: Character?
        return QuoteStyle.forLanguage(language).apply(to: text, previous: &previous)
    }

    func testEachLanguageGetsItsOwnQuotationMarks() {
        XCTAssertEqual(quote("a \"word\" here", "en"), "a “word” here")
        XCTAssertEqual(quote("ein \"Wort\" hier", "de"), "ein „Wort“ hier")
        XCTAssertEqual(quote("una \"parola\" qui", "it"), "una «parola» qui")
        XCTAssertEqual(quote("μια \"λέξη\" εδώ", "el"), "μια «λέξη» εδώ")
        XCTAssertEqual(quote("een 'woord' hier", "nl"), "een ‘woord’ hier")
    }

    func testApostrophesAreNotQuotes() {
        XCTAssertEqual(quote("the town's people", "de"), "the town’s people")
    }

    func testTheCharacterBeforeTheTextDecidesAnOpeningQuote() {
        var previous: Character? = "x"
        XCTAssertEqual(QuoteStyle.forLanguage("en").apply(to: "\" end", previous: &previous), "” end")
        XCTAssertEqual(previous, "d")
    }
}

/// The scalar path (taken for Latin and Greek text) must quote exactly as the character path.
final class QuoteStylePathsTests: XCTestCase {
    func testBothPathsAgreeOnEveryMixOfQuotesAndNeighbours() {
        let pieces = ["\"", "'", "a", "Ä", "λ", "7", " ", "(", "—", "/", ".", "’", "«", "é", "ß"]
        var random = SeededRandom(seed: 7)
        for _ in 0..<5000 {
            let text = random.text(from: pieces, count: 8)
            guard text.contains("\"") || text.contains("'") else { continue }
            XCTAssertTrue(QuoteStyle.isOneScalarPerCharacter(text), text)
            for language in ["en", "de", "it"] {
                let style = QuoteStyle.forLanguage(language)
                for start in [nil, "x", " ", "'"] as [Character?] {
                    var fast = start, slow = start
                    let byScalar = style.apply(to: text, previous: &fast)
                    let byCharacter = style.applyByCharacter(to: text, previous: &slow)
                    XCTAssertEqual(byScalar, byCharacter, text.debugDescription)
                    XCTAssertEqual(fast, slow, text.debugDescription)
                }
            }
        }
    }

    func testCombiningMarksAndJoinersTakeTheCharacterPath() {
        XCTAssertFalse(QuoteStyle.isOneScalarPerCharacter("e\u{301}'s"))
        XCTAssertFalse(QuoteStyle.isOneScalarPerCharacter("a\r\n'b'"))
        XCTAssertEqual(QuoteStyle.forLanguage("en").apply(to: "'\u{301}x'", previous: &Self.none), "'\u{301}x’")
    }

    private static var none: Character?
}

final class SlugTests: XCTestCase {
    func testAsciiAndUnicodeHeadingsFollowTheSameRule() {
        XCTAssertEqual(Slug.make("Results & Replicability (2023)"), "results-replicability-2023")
        XCTAssertEqual(Slug.make("  Policy_brief -- PB1 "), "policy-brief-pb1")
        XCTAssertEqual(Slug.make("Übersicht der Städte"), "übersicht-der-städte")
        XCTAssertEqual(Slug.make("Δήμος Βοΐου"), "δήμος-βοΐου")
        XCTAssertEqual(Slug.make("!!!"), "section")
        XCTAssertEqual(Slug.make("ÄRGER über Straßen – À la carte"), "ärger-über-straßen-à-la-carte")
        XCTAssertEqual(Slug.make("ÄRGER über Straßen, à la carte"), "ärger-über-straßen-à-la-carte")
    }

    func testTheLatin1PathAgreesWithTheUnicodeRule() {
        let pieces = ["A", "z", "Ä", "ö", "ß", "À", "ÿ", "Þ", "×", "÷", " ", "-", "_", "9", ",", "(", "ª", "\t"]
        var random = SeededRandom(seed: 11)
        for _ in 0..<3000 {
            let text = random.text(from: pieces, count: 10)
            if let fast = Slug.latin1(text) {
                XCTAssertEqual(fast, Slug.unicode(text), text.debugDescription)
            }
        }
    }
}

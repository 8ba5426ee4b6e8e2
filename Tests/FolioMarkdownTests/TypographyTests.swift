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

final class SlugTests: XCTestCase {
    func testAsciiAndUnicodeHeadingsFollowTheSameRule() {
        XCTAssertEqual(Slug.make("Results & Replicability (2023)"), "results-replicability-2023")
        XCTAssertEqual(Slug.make("  Policy_brief -- PB1 "), "policy-brief-pb1")
        XCTAssertEqual(Slug.make("Übersicht der Städte"), "übersicht-der-städte")
        XCTAssertEqual(Slug.make("Δήμος Βοΐου"), "δήμος-βοΐου")
        XCTAssertEqual(Slug.make("!!!"), "section")
    }
}

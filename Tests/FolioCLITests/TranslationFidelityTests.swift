import FolioTestSupport
import XCTest

/// Every translated page of the real content keeps what is not prose from its English original:
/// the same cross-references and links, footnotes, table blocks, and numbers (read with each
/// language's separators), so that a translation cannot drop or alter a fact unnoticed.
final class TranslationFidelityTests: XCTestCase {
    /// What a page says that must survive translation.
    struct Facts: Equatable {
        var links: [String] = []
        var footnotes: [String] = []
        var tables: [String] = []
        var numbers: Set<String> = []
    }

    func testEveryTranslatedPageKeepsTheOriginalsReferencesFootnotesTablesAndNumbers() throws {
        let content = Fixtures.repository.appendingPathComponent("content")
        var problems: [String] = []
        var compared = 0
        for language in ["de", "it", "nl", "el"] {
            let folder = content.appendingPathComponent(language)
            let files = FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String } ?? []
            for file in files.sorted() where file.hasSuffix(".md") {
                let original = content.appendingPathComponent("en/" + file)
                guard let english = try? String(contentsOf: original, encoding: .utf8) else { continue }
                let translated = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                let expected = Self.facts(english, decimalComma: false)
                let found = Self.facts(translated, decimalComma: true)
                compared += 1
                let page = "content/\(language)/\(file)"
                // A phrase marked as in the translation's own language (`lang:it` in Italian) needs no mark there.
                let ownLanguage = "lang:" + language
                let expectedLinks = expected.links.filter { $0 != ownLanguage }, foundLinks = found.links.filter { $0 != ownLanguage }
                if foundLinks != expectedLinks {
                    problems.append("\(page): links \(Self.difference(expectedLinks, foundLinks))")
                }
                if found.footnotes != expected.footnotes { problems.append("\(page): footnotes \(expected.footnotes) → \(found.footnotes)") }
                if found.tables != expected.tables { problems.append("\(page): tables \(expected.tables) → \(found.tables)") }
                if found.numbers != expected.numbers {
                    problems.append("\(page): numbers missing \(expected.numbers.subtracting(found.numbers).sorted()), added \(found.numbers.subtracting(expected.numbers).sorted())")
                }
            }
        }
        XCTAssertGreaterThan(compared, 250)
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    func testTheFactsOfAPageAreReadWithItsLanguagesSeparators() {
        let english = Self.facts("Bebra has 13,855 inhabitants (10.6%), see [](town:bebra)[^1].\n\n[^1]: In 2022.\n", decimalComma: false)
        let german = Self.facts("Bebra hat 13.855 Einwohner (10,6 %), siehe [](town:bebra)[^1].\n\n[^1]: Im Jahr 2022.\n", decimalComma: true)
        XCTAssertEqual(english, german)
        XCTAssertEqual(english.numbers, ["13855", "10.6", "2022"])
        XCTAssertEqual(Self.facts("dalla metà del XIX secolo", decimalComma: true).numbers, ["19"])
        XCTAssertEqual(Self.facts("Abschnitt 4.13 und 2.2.2", decimalComma: true).numbers,
                       Self.facts("section 4.13 and 2.2.2", decimalComma: false).numbers, "section numbers")
        XCTAssertNotEqual(english, Self.facts("Bebra hat 13.856 Einwohner (10,6 %), siehe [](town:bebra)[^1].\n\n[^1]: 2022.\n", decimalComma: true))
    }

    /// The front-matter fields a translation carries; the others (ids, order, figures) are shared.
    static let textFields: Set<String> = [
        "title", "summary", "author_role", "fits_best", "editorial_note", "record_label", "name", "country",
        "region", "province", "representation", "term", "acronym", "definition", "questions",
    ]

    /// Links (targets, in order), footnote labels, table ids and numbers of a Markdown page. The
    /// front matter is skipped but for its text (numbers in a title or summary count).
    static func facts(_ text: String, decimalComma: Bool) -> Facts {
        var facts = Facts()
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var inFrontMatter = lines.first == "---"
        var fieldIsShared = false
        for (index, line) in lines.enumerated() {
            if index == 0 && inFrontMatter { continue }
            if inFrontMatter && line == "---" { inFrontMatter = false; continue }
            if inFrontMatter {
                if let first = line.first, first != " " && first != "-" {
                    fieldIsShared = !textFields.contains(String(line.prefix { $0 != ":" }))
                }
                if fieldIsShared { continue }
            }
            let chars = Array(line)
            var position = 0
            while position < chars.count {
                if chars[position] == "]", position + 1 < chars.count, chars[position + 1] == "(",
                   let close = chars[(position + 2)...].firstIndex(of: ")") {
                    facts.links.append(String(chars[(position + 2)..<close]))
                    position = close + 1
                    continue
                }
                if chars[position] == "[", position + 1 < chars.count, chars[position + 1] == "^",
                   let close = chars[position...].firstIndex(of: "]") {
                    facts.footnotes.append(String(chars[(position + 2)..<close]))
                    position = close + 1
                    continue
                }
                if chars[position].isLetter {
                    // Digits inside a word ("pb1", "G2") are part of a name, not a number; a Roman
                    // numeral before "century" is one ("XIX secolo" for "19th century").
                    let start = position
                    while position < chars.count && (chars[position].isLetter || chars[position].isNumber) { position += 1 }
                    if let value = romanValue(String(chars[start..<position])) {
                        let next = String(chars[position..<min(position + 14, chars.count)]).lowercased()
                        if ["secolo", "αιώνα", "αι.", "eeuw", "jahrhundert"].contains(where: { next.hasPrefix(" " + $0) }) {
                            facts.numbers.insert(String(value))
                        }
                    }
                    continue
                }
                if chars[position].isASCII && chars[position].isNumber {
                    var end = position
                    while end < chars.count, chars[end].isASCII && chars[end].isNumber
                            || (end + 1 < chars.count && ".,".contains(chars[end]) && chars[end + 1].isASCII && chars[end + 1].isNumber) {
                        end += 1
                    }
                    let (thousands, decimal): (Character, Character) = decimalComma ? (".", ",") : (",", ".")
                    let token = String(chars[position..<end])
                    // A thousands separator stands before groups of three digits; "4.1" or "2.2.2"
                    // (a section's number) is written the same way in every language.
                    let groups = token.split(separator: decimal, maxSplits: 1)[0].split(separator: thousands)
                    let isSectionNumber = token.contains(thousands) && groups.dropFirst().contains { $0.count != 3 }
                    let number = isSectionNumber ? token.replacingOccurrences(of: ",", with: ".")
                        : String(token.filter { $0 != thousands }.map { $0 == decimal ? "." : $0 })
                    facts.numbers.insert(number)
                    position = end
                    continue
                }
                position += 1
            }
            if line.hasPrefix("id: ") { facts.tables.append(String(line.dropFirst(4))) }
        }
        return facts
    }

    /// The value of an upper-case Roman numeral of two or more letters ("XIX" → 19), or nil.
    static func romanValue(_ word: String) -> Int? {
        let values: [Character: Int] = ["I": 1, "V": 5, "X": 10, "L": 50, "C": 100]
        let digits = word.compactMap { values[$0] }
        guard word.count >= 2, digits.count == word.count else { return nil }
        return digits.indices.reduce(0) { total, index in
            index + 1 < digits.count && digits[index] < digits[index + 1] ? total - digits[index] : total + digits[index]
        }
    }

    private static func difference(_ expected: [String], _ found: [String]) -> String {
        var missing = expected, added: [String] = []
        for link in found {
            if let index = missing.firstIndex(of: link) { missing.remove(at: index) } else { added.append(link) }
        }
        return "missing \(missing), added \(added)" + (missing.isEmpty && added.isEmpty ? " (order differs)" : "")
    }
}

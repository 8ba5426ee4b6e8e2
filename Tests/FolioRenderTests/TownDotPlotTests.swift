import FolioLoad
import FolioModel
import FolioResolve
import FolioTestSupport
import XCTest
@testable import FolioRender

/// The dot plot of town sizes: one dot per town with a population, a marked diamond per other
/// value a source gives, one row per country that has such a town, and a logarithmic axis whose
/// ticks are the powers of ten, in the reader's number format and language.
final class TownDotPlotTests: XCTestCase {
    private func environment(_ language: String) throws -> LanguageEnvironment {
        let site = try Fixtures.copySite("evidence")
        var diagnostics = Diagnostics()
        let loaded = try XCTUnwrap(SiteLoader.load(root: site, threads: 1, into: &diagnostics))
        let theme = try XCTUnwrap(ThemeLoader.load(root: site, name: "default", into: &diagnostics))
        let resolved = SiteResolver.resolve(loaded.site, into: &diagnostics)
        return LanguageEnvironment(language: language, resolved: resolved, theme: theme)
    }

    private func town(_ id: String, _ value: Int, also: [Int] = []) -> TownDotPlot.Town {
        var figure = FigureValue(value: .integer(value), year: nil, source: nil, note: nil, location: .file("test"))
        figure.alternatives = also.map { FigureValue.Alternative(value: .integer($0), source: "cor-study", note: "about") }
        return TownDotPlot.Town(id: id, name: id.capitalized, population: figure)
    }

    private func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (1..<match.numberOfRanges).map { String(text[Range(match.range(at: $0), in: text)!]) }
        }
    }

    func testEachTownWithAPopulationIsOneDotAndEachOtherValueAMarkedDiamond() throws {
        let rows = [
            TownDotPlot.Row(country: "Belgien", towns: [town("mechelen", 87000, also: [90000]), town("chimay", 10000)]),
            TownDotPlot.Row(country: "Kanada", towns: []),
            TownDotPlot.Row(country: "Österreich", towns: [town("vienna", 1_900_000), town("steyr", 5000)]),
        ]
        let svg = try XCTUnwrap(TownDotPlot(environment: try environment("de"), definition: nil).svg(rows, title: "Einwohner"))
        XCTAssertEqual(matches(#"<circle class="dot" data-town="([a-z]+)""#, in: svg).map { $0[0] }, ["mechelen", "chimay", "vienna", "steyr"])
        XCTAssertEqual(matches(#"<path class="chart-also" data-town="([a-z]+)""#, in: svg).map { $0[0] }, ["mechelen"])
        XCTAssertTrue(svg.contains("<title>Mechelen: 90.000 (about)</title>"), "the other value is labelled with its note")
        XCTAssertEqual(matches(#"<text class="chart-label"[^>]*>([^<]+)</text>"#, in: svg).map { $0[0] }, ["Belgien", "Österreich"],
                       "a country without a population figure has no row")
        // 5,000 … 1,900,000: the axis runs over the powers of ten from 1,000 to 10,000,000.
        let ticks = matches(#"<text class="chart-tick" x="([0-9.]+)"[^>]*>([^<]+)</text>"#, in: svg)
        XCTAssertEqual(ticks.map { $0[1] }, ["1.000", "10.000", "100.000", "1.000.000", "10.000.000"])
        XCTAssertTrue(svg.contains(">Einwohnerzahl (logarithmische Skala)</text>"))
        // On a log scale 10,000 sits on its tick, and each power of ten is the same distance further.
        let chimay = try XCTUnwrap(matches(#"data-town="chimay" cx="([0-9.]+)""#, in: svg).first?[0])
        XCTAssertEqual(chimay, ticks[1][0])
        let positions = ticks.compactMap { Double($0[0]) }
        let steps = zip(positions.dropFirst(), positions).map { $0 - $1 }
        XCTAssertEqual(steps.count, 4)
        for step in steps { XCTAssertEqual(step, steps[0], accuracy: 0.11) }
        XCTAssertTrue(svg.contains("<desc id=\"town-sizes-desc\">Belgien: Mechelen 87.000 / 90.000 (about), Chimay 10.000; Österreich: Vienna 1.900.000, Steyr 5.000</desc>"))
    }

    func testWithoutAnyPopulationThereIsNoPlot() throws {
        XCTAssertNil(TownDotPlot(environment: try environment("en"), definition: nil).svg([TownDotPlot.Row(country: "Belgium", towns: [])], title: "Population"))
    }
}

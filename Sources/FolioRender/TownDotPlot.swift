import Foundation
import FolioMarkdown
import FolioModel

/// Town sizes by country, drawn at build time as SVG: one row per country (its name above the
/// row's line), one dot per town at its population on a logarithmic axis whose ticks are the
/// powers of ten in the reader's number format, and a diamond, joined to the town's dot, for every
/// other population a source gives, so that a disagreement is seen rather than hidden. A log
/// scale, because the towns range from a village of a few thousand to a city of millions. Dots
/// carry `data-town` (the town's id), so that a filter can dim the towns it leaves out.
struct TownDotPlot {
    let environment: LanguageEnvironment
    /// The population figure's definition (its unit, if any).
    let definition: FigureDefinition?

    /// A town with a population figure.
    struct Town {
        var id: String
        var name: String
        var population: FigureValue
    }

    /// A country's row: its name and its towns that have a population figure.
    struct Row {
        var country: String
        var towns: [Town]
    }

    static let width = 500.0
    static let margin = 14.0
    static let rowHeight = 38.0

    /// The plot, or nil when no town has a population figure. `title` names it (its `<title>`);
    /// `<desc>` gives every value, country by country.
    func svg(_ rows: [Row], title: String, id: String = "town-sizes") -> String? {
        let numbers = rows.flatMap { row in row.towns.flatMap { Self.populations($0.population) } }.filter { $0 > 0 }
        guard let smallest = numbers.min(), let largest = numbers.max() else { return nil }
        let low = floor(log10(smallest))
        let high = max(ceil(log10(largest)), low + 1)
        let span = Self.width - 2 * Self.margin
        func x(_ value: Double) -> Double { Self.margin + (log10(value) - low) / (high - low) * span }
        let formatter = FigureFormatter(environment: environment)
        /// A value as the tooltips and the description say it: with its note ("90,000 (about)").
        func said(_ value: FigureValue.Value, note: String?) -> String {
            formatter.format(value, definition: definition) + (note.map { " (" + formatter.note($0) + ")" } ?? "")
        }

        var body = ""
        var description: [String] = []
        var y = 8.0
        for row in rows where !row.towns.isEmpty {
            body += "<text class=\"chart-label\" x=\"\(Self.f(Self.margin))\" y=\"\(Self.f(y + 12))\">\(HTML.escape(row.country))</text>"
            let lineY = y + 26
            body += "<line class=\"dot-row\" x1=\"\(Self.f(Self.margin))\" y1=\"\(Self.f(lineY))\" x2=\"\(Self.f(Self.width - Self.margin))\" y2=\"\(Self.f(lineY))\"></line>"
            var towns: [String] = []
            for town in row.towns {
                guard let value = town.population.value.number, value > 0 else { continue }
                let name = HTML.escape(town.name)
                let text = said(town.population.value, note: town.population.note)
                var others: [String] = []
                for alternative in town.population.alternatives {
                    guard let other = alternative.value.number, other > 0 else { continue }
                    let otherText = said(alternative.value, note: alternative.note)
                    body += "<line class=\"dot-link\" data-town=\"\(town.id)\" x1=\"\(Self.f(x(value)))\" y1=\"\(Self.f(lineY))\" x2=\"\(Self.f(x(other)))\" y2=\"\(Self.f(lineY))\"></line>"
                    body += "<path class=\"chart-also\" data-town=\"\(town.id)\" d=\"M\(Self.f(x(other))) \(Self.f(lineY - 7))l7 7-7 7-7-7z\"><title>\(name): \(HTML.escape(otherText))</title></path>"
                    others.append(otherText)
                }
                body += "<circle class=\"dot\" data-town=\"\(town.id)\" cx=\"\(Self.f(x(value)))\" cy=\"\(Self.f(lineY))\" r=\"5\"><title>\(name): \(HTML.escape(text))</title></circle>"
                towns.append(([town.name + " " + text] + others).joined(separator: " / "))
            }
            description.append(row.country + ": " + towns.joined(separator: ", "))
            y += Self.rowHeight
        }
        let axisY = y + 6
        body += "<line class=\"chart-axis\" x1=\"\(Self.f(Self.margin))\" y1=\"\(Self.f(axisY))\" x2=\"\(Self.f(Self.width - Self.margin))\" y2=\"\(Self.f(axisY))\"></line>"
        for power in Int(low)...Int(high) {
            let tickX = x(pow(10, Double(power)))
            let anchor = power == Int(low) ? "start" : power == Int(high) ? "end" : "middle"
            body += "<line class=\"chart-tick-mark\" x1=\"\(Self.f(tickX))\" y1=\"\(Self.f(axisY))\" x2=\"\(Self.f(tickX))\" y2=\"\(Self.f(axisY + 5))\"></line>"
            body += "<text class=\"chart-tick\" x=\"\(Self.f(tickX))\" y=\"\(Self.f(axisY + 18))\" text-anchor=\"\(anchor)\">"
                + HTML.escape(NumberFormat.integer(Int(pow(10, Double(power))), environment.language)) + "</text>"
        }
        body += "<text class=\"chart-axis-title\" x=\"\(Self.f(Self.width / 2))\" y=\"\(Self.f(axisY + 38))\" text-anchor=\"middle\">"
            + HTML.escape(environment.strings["town-sizes-axis"]) + "</text>"
        let height = axisY + 48
        return "<svg class=\"chart dot-plot\" viewBox=\"0 0 \(Int(Self.width)) \(Int(height.rounded(.up)))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
            + "<title id=\"\(id)-title\">\(HTML.escape(title))</title>"
            + "<desc id=\"\(id)-desc\">\(HTML.escape(description.joined(separator: "; ")))</desc>" + body + "</svg>"
    }

    /// The main value and every other value of a figure, as numbers.
    private static func populations(_ figure: FigureValue) -> [Double] {
        ([figure.value] + figure.alternatives.map(\.value)).compactMap(\.number)
    }

    private static func f(_ value: Double) -> String { TownCharts.f(value) }
}

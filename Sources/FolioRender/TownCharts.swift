import FolioMarkdown
import FolioModel

/// One horizontal bar chart per numeric town figure, drawn at build time as SVG: a bar and its
/// value per town, the axis from 0 to the largest value in the reader's number format, and a
/// diamond for every other value the sources give for the same figure, labelled, so that a
/// disagreement between sources is seen rather than hidden. No script is needed to read it.
struct TownCharts {
    let environment: LanguageEnvironment
    private var formatter: FigureFormatter { FigureFormatter(environment: environment) }

    /// A town as the charts see it: its name and figures.
    struct Row {
        var name: String
        var figures: [String: FigureValue]
    }

    static let width = 420.0
    static let labelWidth = 96.0
    static let valueRoom = 84.0
    static let rowHeight = 34.0

    /// A chart, and the other values it marks with a diamond, described in full for its caption.
    struct Chart {
        var svg: String
        var alternatives: [String]
    }

    /// The charts of every integer, decimal and percent figure that some town has.
    func charts(_ rows: [Row], figures: [FigureDefinition]) -> [Chart] {
        figures.filter { [.integer, .decimal, .percent].contains($0.kind) }.compactMap { definition in
            let values = rows.map { ($0.name, $0.figures[definition.id]) }
            guard values.contains(where: { $0.1 != nil }) else { return nil }
            return chart(definition, values)
        }
    }

    private func chart(_ definition: FigureDefinition, _ values: [(String, FigureValue?)]) -> Chart {
        let id = "chart-" + definition.id
        let label = environment.label(\.figures, definition.id)
        let unit = definition.unit.map { environment.label(\.units, $0) } ?? (definition.kind == .percent ? "%" : nil)
        let axisTitle = label + (unit.map { " (\($0))" } ?? "")
        let numbers = values.flatMap { _, figure -> [Double] in
            guard let figure else { return [] }
            return ([figure.value] + figure.alternatives.map(\.value)).compactMap(\.number)
        }
        let largest: Double = numbers.max() ?? 1
        let scale = (Self.width - Self.labelWidth - Self.valueRoom) / max(largest, .leastNonzeroMagnitude)
        let alternativeRows = values.reduce(0) { $0 + ($1.1?.alternatives.count ?? 0) }
        let height = Self.rowHeight * (Double(values.count) + 0.75 * Double(alternativeRows)) + 56
        var description: [String] = []
        var captions: [String] = []
        var svg = "<svg class=\"chart\" viewBox=\"0 0 \(Int(Self.width)) \(Int(height))\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
        var body = ""
        var y = 8.0
        for (name, figure) in values {
            let escapedName = HTML.escape(name)
            body += "<text class=\"chart-label\" x=\"\(Int(Self.labelWidth - 8))\" y=\"\(Self.f(y + 20))\" text-anchor=\"end\">\(escapedName)</text>"
            guard let figure, let number = figure.value.number else {
                body += "<text class=\"chart-value\" x=\"\(Int(Self.labelWidth))\" y=\"\(Self.f(y + 20))\">–</text>"
                description.append("\(name): –")
                y += Self.rowHeight
                continue
            }
            let text = formatter.value(figure, definition: definition)
            let barWidth = number * scale
            body += "<rect class=\"chart-bar\" x=\"\(Int(Self.labelWidth))\" y=\"\(Self.f(y + 6))\" width=\"\(Self.f(barWidth))\" height=\"20\"></rect>"
            body += "<text class=\"chart-value\" x=\"\(Self.f(Self.labelWidth + barWidth + 6))\" y=\"\(Self.f(y + 20))\">\(HTML.escape(text))</text>"
            var said = "\(name): \(text)"
            y += Self.rowHeight
            for (alternative, caption) in zip(figure.alternatives, formatter.alternatives(figure, definition: definition)) {
                guard let other = alternative.value.number else { continue }
                let x = Self.labelWidth + other * scale
                let shortText = formatter.format(alternative.value, definition: definition)
                body += "<path class=\"chart-also\" d=\"M\(Self.f(x)) \(Self.f(y + 4))l7 7-7 7-7-7z\"></path>"
                body += "<text class=\"chart-also-label\" x=\"\(Self.f(x + 12))\" y=\"\(Self.f(y + 16))\">"
                    + HTML.escape(shortText) + "</text>"
                said += "; " + environment.strings["figure-also"] + " " + caption
                captions.append(name + ": " + caption)
                y += Self.rowHeight * 0.75
            }
            description.append(said)
        }
        let axisY = y + 4
        body += "<line class=\"chart-axis\" x1=\"\(Int(Self.labelWidth))\" y1=\"\(Self.f(axisY))\" x2=\"\(Self.f(Self.labelWidth + largest * scale))\" y2=\"\(Self.f(axisY))\"></line>"
        body += "<text class=\"chart-tick\" x=\"\(Int(Self.labelWidth))\" y=\"\(Self.f(axisY + 16))\">0</text>"
        body += "<text class=\"chart-tick\" x=\"\(Self.f(Self.labelWidth + largest * scale))\" y=\"\(Self.f(axisY + 16))\" text-anchor=\"end\">"
            + HTML.escape(formatter.format(Self.typed(largest, definition.kind), definition: definition)) + "</text>"
        body += "<text class=\"chart-axis-title\" x=\"\(Self.f(Self.labelWidth + (largest * scale) / 2))\" y=\"\(Self.f(axisY + 34))\" text-anchor=\"middle\">\(HTML.escape(axisTitle))</text>"
        svg += "<title id=\"\(id)-title\">\(HTML.escape(axisTitle))</title>"
        svg += "<desc id=\"\(id)-desc\">\(HTML.escape(description.joined(separator: "; ")))</desc>"
        return Chart(svg: svg + body + "</svg>", alternatives: captions)
    }

    private static func typed(_ number: Double, _ kind: FigureDefinition.Kind) -> FigureValue.Value {
        switch kind {
        case .integer: .integer(Int(number.rounded()))
        case .percent: .percent(number)
        default: .decimal(number)
        }
    }

    /// Coordinates with at most one decimal, so that the SVG is small and the same on every machine.
    static func f(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() ? String(Int(rounded)) : String(rounded)
    }
}

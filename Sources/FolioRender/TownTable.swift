import FolioMarkdown
import FolioModel

/// The towns side by side: one row per town, one column per figure, every value formatted in the
/// reader's language with its year and note, and with a `data-sort` key (the plain number) that
/// the theme's script sorts by when a column header is chosen. Complete and readable without it.
struct TownTable {
    let environment: LanguageEnvironment

    struct Row {
        var name: String
        var href: String
        var country: String?
        var figures: [String: FigureValue]
    }

    func html(_ rows: [Row], figures: [FigureDefinition], caption: String) -> String {
        let formatter = FigureFormatter(environment: environment)
        let shown = figures.filter { definition in rows.contains { $0.figures[definition.id] != nil } }
        var html = "<div class=\"table-scroll\"><table class=\"sortable towns-table\"><caption>\(HTML.escape(caption))</caption><thead><tr>"
        html += "<th scope=\"col\">\(HTML.escape(environment.strings["town"]))</th><th scope=\"col\">\(HTML.escape(environment.strings["country"]))</th>"
        for definition in shown {
            let numeric = [.integer, .decimal, .percent].contains(definition.kind)
            html += "<th scope=\"col\" data-figure=\"\(definition.id)\"\(numeric ? " data-type=\"number\"" : "")>\(HTML.escape(environment.label(\.figures, definition.id)))</th>"
        }
        html += "</tr></thead><tbody>"
        for row in rows {
            html += "<tr><th scope=\"row\" data-sort=\"\(HTML.escape(row.name))\"><a href=\"\(HTML.escape(row.href))\">\(HTML.escape(row.name))</a></th>"
            html += "<td>\(HTML.escape(row.country ?? "–"))</td>"
            for definition in shown {
                guard let figure = row.figures[definition.id] else {
                    html += "<td data-sort=\"\">–</td>"
                    continue
                }
                var cell = formatter.cell(figure, definition: definition)
                for other in formatter.alternatives(figure, definition: definition) {
                    cell += "<span class=\"figure-also\">\(HTML.escape(environment.strings["figure-also"] + " " + other))</span>"
                }
                html += "<td data-sort=\"\(HTML.escape(Self.sortKey(figure.value, formatter: formatter, definition: definition)))\">\(cell)</td>"
            }
            html += "</tr>"
        }
        return html + "</tbody></table></div>"
    }

    private static func sortKey(_ value: FigureValue.Value, formatter: FigureFormatter, definition: FigureDefinition) -> String {
        if let number = value.number { return NumberFormat.plain(number) }
        if case .boolean(let flag) = value { return flag ? "1" : "0" }
        return formatter.format(value, definition: definition)
    }
}

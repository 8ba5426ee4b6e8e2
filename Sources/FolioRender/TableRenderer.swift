import FolioMarkdown
import FolioModel
import FolioResolve

/// Writes accessible `<table>` markup: numbered captions, header cells with scope, notes.
/// Town tables are built from the town records, so each figure is written once.
struct TableRenderer {
    /// `root`: the page's way back to the site root, in front of its links to towns (see `PagePlace`).
    func html(block: FencedBlock, parts: RenderedTableParts, naming: Naming, root: String) -> String {
        switch block {
        case .table(let table):
            return written(table, parts: parts, naming: naming)
        case .towns(let id, _, let spec, _):
            return towns(id: id, spec: spec, parts: parts, naming: naming, root: root)
        }
    }

    private func frame(id: String, parts: RenderedTableParts, naming: Naming, head: String, body: String) -> String {
        let number = naming.resolved.tables[id]?.number ?? 0
        var html = "<figure class=\"table\" id=\"\(HTML.escape(id))\">\n<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-labelledby=\"\(HTML.escape(id))-caption\">\n<table>\n"
        html += "<caption id=\"\(HTML.escape(id))-caption\"><span class=\"table-number\">\(HTML.escape(naming.environment.strings["table"])) \(number).</span> \(parts.caption)</caption>\n"
        html += "<thead>\n<tr>" + head + "</tr>\n</thead>\n<tbody>\n" + body + "</tbody>\n</table>\n</div>\n"
        if !parts.notes.isEmpty {
            html += "<figcaption class=\"table-notes\">" + parts.notes.map { "<p>\($0)</p>" }.joined() + "</figcaption>\n"
        }
        return html + "</figure>"
    }

    private func written(_ table: WrittenTable, parts: RenderedTableParts, naming: Naming) -> String {
        let head = parts.columns.map { "<th scope=\"col\">\($0)</th>" }.joined()
        var body = ""
        for row in parts.rows {
            body += "<tr>"
            for (column, cell) in row.enumerated() {
                body += column == 0 && table.headerColumn ? "<th scope=\"row\">\(cell)</th>" : "<td>\(cell)</td>"
            }
            body += "</tr>\n"
        }
        return frame(id: table.id, parts: parts, naming: naming, head: head, body: body)
    }

    private func towns(id: String, spec: TownTableSpec, parts: RenderedTableParts, naming: Naming, root: String) -> String {
        let resolved = naming.resolved
        let environment = naming.environment
        let townIndex = resolved.index(.town)
        // Without a list, the publication's own towns: towns from other sources are not its partners.
        let groups = spec.towns.isEmpty ? resolved.ownGroups(.town) : spec.towns.compactMap { townIndex[$0.value] }
        let definitions = Dictionary(resolved.site.data.figures.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        var head = "<th scope=\"col\">\(HTML.escape(environment.strings["town"]))</th>"
        switch spec.show {
        case .figures:
            for figure in spec.figures {
                let label = TownColumns.builtIn.contains(figure.value)
                    ? environment.strings[figure.value] : environment.label(\.figures, figure.value)
                head += "<th scope=\"col\">\(HTML.escape(label))</th>"
            }
        case .formal, .informal, .electoral:
            head += "<th scope=\"col\">\(HTML.escape(environment.strings["representation-" + spec.show.rawValue]))</th>"
        }
        var body = ""
        for group in groups {
            let page = naming.page(group)
            guard case .town(let town) = page.data else { continue }
            let (href, hreflang) = naming.url(group, root: root)
            let langAttribute = hreflang.map { " hreflang=\"\($0)\"" } ?? ""
            body += "<tr><th scope=\"row\"><a href=\"\(HTML.escape(href))\"\(langAttribute)>\(HTML.escape(town.name))</a></th>"
            switch spec.show {
            case .figures:
                for figure in spec.figures {
                    let cell: String
                    switch figure.value {
                    case "name": cell = HTML.escape(town.name)
                    case "country": cell = HTML.escape(town.country ?? "–")
                    case "region": cell = HTML.escape(town.region ?? "–")
                    case "province": cell = HTML.escape(town.province ?? "–")
                    default:
                        cell = town.figures[figure.value].map {
                            FigureFormatter(environment: environment).cell($0, definition: definitions[figure.value])
                        } ?? "–"
                    }
                    body += "<td>\(cell)</td>"
                }
            case .formal, .informal:
                let forms = spec.show == .formal ? town.representation?.formal ?? [] : town.representation?.informal ?? []
                body += "<td>" + RepresentationList.html(forms, strings: environment.strings) + "</td>"
            case .electoral:
                body += "<td>\(HTML.escape(town.representation?.electoral ?? "–"))</td>"
            }
            body += "</tr>\n"
        }
        return frame(id: id, parts: parts, naming: naming, head: head, body: body)
    }
}

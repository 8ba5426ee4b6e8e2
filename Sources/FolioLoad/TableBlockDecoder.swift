import FolioMarkdown
import FolioModel
import Yams

/// Decodes the YAML inside ` ```table ` and ` ```towns ` blocks.
enum TableBlockDecoder {
    static func decode(info: String, literal: String, at start: SourceLocation) -> (FencedBlock?, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let source = YAMLSource(file: start.file, firstLine: start.line)
        let node: Node?
        switch source.compose(literal) {
        case .success(let composed): node = composed
        case .failure(let problem): return (nil, [problem])
        }
        guard let fields = Fields(node, source: source, what: "a \(info) block", diagnostics: &diagnostics) else {
            return (nil, diagnostics)
        }
        var reader = FieldReader(fields, context: "\(info) block")
        let id = reader.id("id", required: true)
        let caption = reader.text("caption", required: true) ?? ""
        let notes = reader.texts("notes")
        var block: FencedBlock?
        if info == "table" {
            let columns = reader.texts("columns")
            if columns.isEmpty {
                reader.report(.error("field.missing", "the table has no 'columns'", at: start,
                                     hint: "name its columns: columns: [Town, Country]"))
            }
            var rows: [[String]] = []
            if let entry = reader.entry("rows") {
                for row in entry.value.sequence.map(Array.init) ?? [] {
                    let cells = (row.sequence.map(Array.init) ?? [row]).map { $0.scalar?.string ?? "" }
                    if !columns.isEmpty, cells.count != columns.count {
                        reader.report(.error("table.row-width",
                                             "this row has \(cells.count) cells but the table has \(columns.count) columns",
                                             at: source.location(of: row), hint: "give every row one cell per column"))
                    }
                    rows.append(cells)
                }
            } else {
                reader.report(.error("field.missing", "the table has no 'rows'", at: start))
            }
            let headerColumn = reader.bool("header_column") ?? false
            if let id {
                block = .table(WrittenTable(id: id.value, caption: caption, columns: columns, rows: rows,
                                            notes: notes, headerColumn: headerColumn))
            }
        } else {
            let showName = reader.text("show") ?? "figures"
            let show = TownTableSpec.Show(rawValue: showName)
            if show == nil {
                reader.report(.error("table.show", "a towns table cannot show '\(showName)'",
                                     at: fields["show"].map { source.location(of: $0.value) },
                                     hint: "use one of: " + TownTableSpec.Show.allCases.map(\.rawValue).joined(separator: ", ")))
            }
            let figures = reader.ids("figures")
            let towns = reader.ids("towns")
            if show == .figures && figures.isEmpty {
                reader.report(.error("table.figures", "a towns table of figures needs 'figures: [...]'", at: start))
            }
            if let id, let show {
                block = .towns(id: id.value, caption: caption, spec: TownTableSpec(show: show, figures: figures, towns: towns),
                               notes: notes)
            }
        }
        diagnostics.append(contentsOf: reader.finish())
        return (block, diagnostics)
    }
}

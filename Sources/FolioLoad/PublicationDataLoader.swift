import FolioModel
import Yams

/// Reads the shared data files: `content/facets.yaml`, `content/figures.yaml`,
/// `content/<lang>/_labels.yaml` and `content/bibliography/*.yaml`.
enum PublicationDataLoader {
    static func compose(_ text: String, file: String, into diagnostics: inout [Diagnostic]) -> (Node, YAMLSource)? {
        let source = YAMLSource(file: file)
        switch source.compose(text) {
        case .success(let node?): return (node, source)
        case .success(nil): return nil
        case .failure(let problem):
            diagnostics.append(problem)
            return nil
        }
    }

    static func facets(_ text: String, file: String, into diagnostics: inout [Diagnostic]) -> [(id: String, values: [String])] {
        guard let (node, source) = compose(text, file: file, into: &diagnostics),
              let mapping = mapping(node, source, "facets.yaml", &diagnostics) else { return [] }
        var out: [(id: String, values: [String])] = []
        for (key, value) in mapping {
            guard let id = FieldReader.id(key, source: source, field: "facet", diagnostics: &diagnostics) else { continue }
            let items = value.sequence.map(Array.init) ?? [value]
            let values = items.compactMap { FieldReader.id($0, source: source, field: id.value, diagnostics: &diagnostics)?.value }
            out.append((id.value, values))
        }
        return out
    }

    static func figures(_ text: String, file: String, into diagnostics: inout [Diagnostic]) -> [FigureDefinition] {
        guard let (node, source) = compose(text, file: file, into: &diagnostics),
              let mapping = mapping(node, source, "figures.yaml", &diagnostics) else { return [] }
        var out: [FigureDefinition] = []
        for (key, value) in mapping {
            guard let id = FieldReader.id(key, source: source, field: "figure", diagnostics: &diagnostics),
                  let fields = Fields(value, source: source, what: "figure '\(id.value)'", diagnostics: &diagnostics)
            else { continue }
            var reader = FieldReader(fields, context: "figure definition")
            let typeName = reader.text("type", required: true) ?? "text"
            guard let kind = FigureDefinition.Kind(rawValue: typeName) else {
                reader.report(.error("figure.type", "no figure type '\(typeName)'",
                                     at: fields["type"].map { source.location(of: $0.value) },
                                     hint: "use one of: " + FigureDefinition.Kind.allCases.map(\.rawValue).joined(separator: ", ")))
                diagnostics.append(contentsOf: reader.finish())
                continue
            }
            let definition = FigureDefinition(id: id.value, kind: kind, unit: reader.text("unit"),
                                              choices: reader.ids("choices").map(\.value))
            if kind == .choice && definition.choices.isEmpty {
                reader.report(.error("figure.choices", "figure '\(id.value)' is a choice but lists no 'choices'",
                                     at: id.location))
            }
            _ = reader.text("description")
            diagnostics.append(contentsOf: reader.finish())
            out.append(definition)
        }
        return out
    }

    static func labels(_ text: String, file: String, into diagnostics: inout [Diagnostic]) -> Labels {
        guard let (node, source) = compose(text, file: file, into: &diagnostics),
              let fields = Fields(node, source: source, what: "_labels.yaml", diagnostics: &diagnostics) else { return Labels() }
        var reader = FieldReader(fields, context: "labels")
        func table(_ name: String) -> [String: String] {
            guard let nested = reader.mapping(name) else { return [:] }
            var values: [String: String] = [:]
            var inner = FieldReader(nested)
            for key in nested.names { values[key] = inner.text(key) }
            return values
        }
        let labels = Labels(facets: table("facets"), facetValues: table("facet_values"), figures: table("figures"),
                            choices: table("choices"), units: table("units"), notes: table("notes"),
                            sources: table("sources"))
        diagnostics.append(contentsOf: reader.finish())
        return labels
    }

    static func bibliography(_ text: String, file: String, into diagnostics: inout [Diagnostic]) -> [BibliographyEntry] {
        guard let (node, source) = compose(text, file: file, into: &diagnostics) else { return [] }
        guard let items = node.sequence else {
            diagnostics.append(.error("bibliography.shape", "a bibliography file is a list of '- id: …' entries",
                                      at: source.location(of: node)))
            return []
        }
        var out: [BibliographyEntry] = []
        for item in items {
            guard let fields = Fields(item, source: source, what: "a bibliography entry", diagnostics: &diagnostics) else { continue }
            var reader = FieldReader(fields, context: "bibliography entry")
            guard let id = reader.id("id", required: true) else {
                diagnostics.append(contentsOf: reader.finish())
                continue
            }
            let entry = BibliographyEntry(
                id: id.value, authors: reader.texts("authors"), editors: reader.texts("editors"),
                year: reader.text("year"), title: reader.text("title"), subtitle: reader.text("subtitle"),
                containerTitle: reader.text("container_title"), volume: reader.text("volume"),
                issue: reader.text("issue"), pages: reader.text("pages"), publisher: reader.text("publisher"),
                place: reader.text("place"), url: reader.text("url"), doi: reader.text("doi"), isbn: reader.text("isbn"),
                date: reader.text("date"), incomplete: reader.bool("incomplete") ?? false, note: reader.text("note"),
                location: id.location)
            if let url = entry.url, URLSafety.isDangerous(url) {
                reader.report(.error("link.unsafe", "the URL '\(url.prefix(20))…' is never published",
                                     at: fields["url"].map { source.location(of: $0.value) },
                                     hint: "javascript:, vbscript: and data: URLs are refused; give an http(s) address"))
            }
            diagnostics.append(contentsOf: reader.finish())
            out.append(entry)
        }
        return out
    }

    private static func mapping(_ node: Node, _ source: YAMLSource, _ what: String,
                                _ diagnostics: inout [Diagnostic]) -> Node.Mapping? {
        guard let mapping = node.mapping else {
            diagnostics.append(.error("yaml.not-mapping", "\(what) must be a set of 'name: …' lines",
                                      at: source.location(of: node)))
            return nil
        }
        return mapping
    }
}

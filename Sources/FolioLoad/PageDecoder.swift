import FolioMarkdown
import FolioModel

/// Turns the merged front matter of one page into a typed `Page`.
struct PageDecoder {
    let data: PublicationData
    /// Data files that failed to load: what they would declare is not checked against them.
    var brokenData: Set<String> = []

    /// Decodes fields for a page whose kind, id and path are already known.
    func decode(_ fields: Fields, kind: PageKind, id: String, idLocation: SourceLocation, language: String,
                path: String, source: String, outline: DocumentOutline) -> (Page?, [Diagnostic]) {
        let quotes = QuoteStyle.forLanguage(language)
        var reader = FieldReader(fields, typography: { text in
            var previous: Character?
            return quotes.apply(to: text, previous: &previous)
        })
        _ = reader.entry("kind")
        _ = reader.entry("id")
        let title = reader.text("title", required: kind != .term && kind != .town)
        let summary = reader.text("summary")
        let editorialNote = reader.text("editorial_note")
        let order = reader.int("order") ?? 0
        let pageData: PageData
        var displayTitle = title ?? ""

        switch kind {
        case .part:
            pageData = .part(Part(numbered: reader.bool("numbered") ?? false,
                                  numberPrefix: reader.text("number_prefix") ?? "",
                                  recordLabel: reader.text("record_label")))
        case .chapter:
            pageData = .chapter(Chapter(part: reader.id("part", required: true), number: reader.text("number"),
                                        authors: reader.texts("authors"), authorRole: reader.text("author_role"),
                                        originalLanguage: reader.text("original_language"),
                                        paraphrased: reader.bool("paraphrased") ?? false))
        case .recommendation:
            pageData = .recommendation(Recommendation(
                section: reader.id("section", required: true), challenge: reader.id("challenge"),
                tags: decodeTags(&reader), towns: reader.ids("towns"), chapters: reader.ids("chapters"),
                related: reader.ids("related"), fitsBest: reader.text("fits_best")))
        case .challenge:
            pageData = .challenge(Challenge(section: reader.id("section", required: true)))
        case .town:
            let name = reader.text("name", required: true) ?? id
            if title == nil { displayTitle = name }
            pageData = .town(Town(name: name, country: reader.text("country"), region: reader.text("region"),
                                  province: reader.text("province"), countryCode: reader.text("country_code"),
                                  figures: FigureDecoder(data: data, isBroken: brokenData.contains("content/figures.yaml")).decode(&reader),
                                  representation: RepresentationDecoder.decode(&reader)))
        case .term:
            let term = reader.text("term", required: true) ?? id
            displayTitle = term
            pageData = .term(Term(term: term, acronym: reader.text("acronym"),
                                  definition: reader.text("definition", required: true) ?? ""))
        case .checklist:
            pageData = .checklist(Checklist(questions: reader.texts("questions", single: false)))
        case .page:
            var list: PageKind?
            if let name = reader.text("list") {
                list = PageKind(rawValue: name)
                if list == nil {
                    reader.report(.error("field.value", "'list' names no kind '\(name)'",
                                         at: reader.entry("list").map { $0.source.location(of: $0.value) },
                                         hint: "use one of: " + PageKind.allCases.map(\.rawValue).joined(separator: ", ")))
                }
            }
            pageData = .page(PlainPage(list: list))
        }
        if kind == .town, title != nil {
            reader.report(.warning("field.redundant", "a town's title is its 'name'; 'title' is ignored",
                                   at: fields["title"].map { $0.source.location(of: $0.key) }))
        }
        let diagnostics = reader.finish()
        var page = Page(kind: kind, id: id, language: language, path: path, source: source,
                        idLocation: idLocation, title: displayTitle, summary: summary,
                        editorialNote: editorialNote, order: order, data: pageData, outline: outline)
        let titleField = kind == .term ? "term" : kind == .town && title == nil ? "name" : "title"
        if let entry = fields[titleField] { page.titleLocation = entry.source.location(of: entry.value) }
        return (page, diagnostics)
    }

    /// `tags: {facet: [value, …]}`, checked against `content/facets.yaml`.
    private func decodeTags(_ reader: inout FieldReader) -> [String: [Located<String>]] {
        guard let fields = reader.mapping("tags") else { return [:] }
        guard !brokenData.contains("content/facets.yaml") else { return [:] }
        var tags: [String: [Located<String>]] = [:]
        let facets = Dictionary(data.facets.map { ($0.id, $0.values) }, uniquingKeysWith: { a, _ in a })
        for name in fields.names {
            let entry = fields[name]!
            guard let allowed = facets[name] else {
                reader.report(.error("tag.unknown-facet", "no facet '\(name)'\(NearestName.suggestion(for: name, among: facets.keys))",
                                     at: entry.source.location(of: entry.key),
                                     hint: "the facets are declared in content/facets.yaml"))
                continue
            }
            var values: [Located<String>] = []
            var nested = FieldReader(fields)
            for value in nested.ids(name) {
                if allowed.contains(value.value) {
                    values.append(value)
                } else {
                    reader.report(.error("tag.unknown-value",
                                         "facet '\(name)' has no value '\(value.value)'\(NearestName.suggestion(for: value.value, among: allowed))",
                                         at: value.location, hint: "its values are: \(allowed.joined(separator: ", "))"))
                }
            }
            for problem in nested.diagnostics { reader.report(problem) }
            tags[name] = values
        }
        return tags
    }
}

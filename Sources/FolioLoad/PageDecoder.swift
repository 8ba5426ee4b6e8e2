import FolioMarkdown
import FolioModel

/// Turns the merged front matter of one page into a typed `Page`: its declared fields by its
/// kind's schema (`RecordDecoder`), then what its role needs of them.
struct PageDecoder {
    let data: PublicationData
    let schemas: KindSchemas
    /// Data files that failed to load: what they would declare is not checked against them.
    var brokenData: Set<String> = []

    /// Decodes fields for a page whose kind, id and path are already known.
    func decode(_ fields: Fields, kind: PageKind, id: String, idLocation: SourceLocation, language: String,
                path: String, source: String, outline: DocumentOutline) -> (Page?, [Diagnostic]) {
        guard let schema = schemas[kind] else { return (nil, []) }
        let quotes = QuoteStyle.forLanguage(language)
        var reader = FieldReader(fields, typography: { text in
            var previous: Character?
            return quotes.apply(to: text, previous: &previous)
        })
        _ = reader.entry("kind")
        _ = reader.entry("id")
        let title = reader.text("title", required: schema.titleField == nil)
        let summary = reader.text("summary")
        let editorialNote = reader.text("editorial_note")
        let order = reader.int("order") ?? 0
        let record = RecordDecoder(schema: schema, schemas: schemas, data: data, brokenData: brokenData).decode(&reader)
        var displayTitle = title ?? ""
        if let titleField = schema.titleField {
            let named = record.text(titleField) ?? id
            // A town may keep a title of its own (reported below); a term is always its term.
            if title == nil || schema.role != .town { displayTitle = named }
        }
        let pageData = Self.data(of: schema.role, record)
        if schema.role == .town, title != nil {
            reader.report(.warning("field.redundant", "a town's title is its 'name'; 'title' is ignored",
                                   at: fields["title"].map { $0.source.location(of: $0.key) }))
        }
        let diagnostics = reader.finish()
        var page = Page(kind: kind, id: id, language: language, path: path, source: source,
                        idLocation: idLocation, title: displayTitle, summary: summary,
                        editorialNote: editorialNote, order: order, data: pageData, outline: outline)
        page.fields = record
        page.origins = schema.originFields.flatMap { record.references($0.name) }
        let titleField = title == nil || schema.role == .term ? schema.titleField ?? "title" : "title"
        if let entry = fields[titleField] { page.titleLocation = entry.source.location(of: entry.value) }
        return (page, diagnostics)
    }

    /// What a role keeps of the declared fields, under the names its schema gives them.
    static func data(of role: KindRole, _ record: RecordFields) -> PageData {
        switch role {
        case .part:
            return .part(Part(numbered: record.bool("numbered") ?? false, numberPrefix: record.text("number_prefix") ?? "",
                              recordLabel: record.text("record_label")))
        case .chapter:
            return .chapter(Chapter(part: record.reference("part")?.located, number: record.text("number"),
                                    authors: record.texts("authors"), authorRole: record.text("author_role"),
                                    originalLanguage: record.text("original_language"),
                                    paraphrased: record.bool("paraphrased") ?? false))
        case .recommendation:
            var tags: [String: [Located<String>]] = [:]
            if case .tags(let given)? = record["tags"] { tags = given }
            return .recommendation(Recommendation(
                section: record.reference("section")?.located, challenge: record.reference("challenge")?.located,
                tags: tags, towns: record.references("towns").map(\.located), chapters: record.references("chapters").map(\.located),
                related: record.references("related"), fitsBest: record.text("fits_best")))
        case .challenge:
            return .challenge(Challenge(section: record.reference("section")?.located))
        case .town:
            var figures: [String: FigureValue] = [:]
            if case .figures(let given)? = record["figures"] { figures = given }
            var representation: Representation?
            if case .representation(let given)? = record["representation"] { representation = given }
            return .town(Town(name: record.text("name") ?? "", country: record.text("country"), region: record.text("region"),
                              province: record.text("province"), countryCode: record.text("country_code"),
                              figures: figures, representation: representation))
        case .term:
            return .term(Term(term: record.text("term") ?? "", acronym: record.text("acronym"),
                              definition: record.text("definition") ?? ""))
        case .checklist:
            return .checklist(Checklist(questions: record.texts("questions")))
        case .page:
            return .page(PlainPage(list: record.text("list").map(PageKind.init(rawValue:)),
                                   includeSources: record.bool("include_sources") ?? false, ownSource: record.text("own_source")))
        case .record:
            return .record
        }
    }
}

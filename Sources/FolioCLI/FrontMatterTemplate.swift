import FolioModel

/// The full front matter of a page kind, every field with a comment, for `folio new`. Required
/// fields are written with a value; optional ones are commented out with an example.
struct FrontMatterTemplate {
    struct Field {
        var name: String
        /// Written once, in the default language (the kind's schema); a translation leaves it out.
        var shared: Bool
        var required: Bool
        /// A YAML value: the one written for a required field, the example for an optional one.
        var value: String
        var comment: String
    }

    let schema: KindSchema
    private var kind: PageKind { schema.kind }

    /// Where a new page of this kind goes, below `content/<language>/`; a chapter goes into its
    /// part's folder when there is one, a record of a kind without a role into its kind's folder.
    func path(id: String, partFolder: String? = nil) -> String {
        switch schema.role {
        case .part: "white-paper/\(id)/index.md"
        case .chapter: "\(partFolder ?? "white-paper")/\(id).md"
        case .recommendation: "recommendations/\(id).md"
        case .challenge: "challenges/\(id).md"
        case .town: "towns/\(id).md"
        case .term: "glossary/\(id).md"
        case .checklist: "checklist/\(id).md"
        case .page: "\(id).md"
        case .record: "\(kind.rawValue)/\(id).md"
        }
    }

    /// The file's text. `reference` is the id that a required reference field (a chapter's part,
    /// a recommendation's or challenge's section) is set to; `translation` leaves out shared fields.
    func text(id: String, title: String, reference: String?, translation: Bool) -> String {
        var lines = ["---"]
        if !translation { lines.append("kind: \(kind.rawValue)") }
        for field in fields(title: title, reference: reference) where !(translation && field.shared) {
            lines.append("# \(field.comment)\(field.shared ? " (shared: written in the original only)" : "")")
            lines.append(field.required ? "\(field.name): \(field.value)" : "# \(field.name): \(field.value)")
        }
        lines.append("---")
        lines.append(translation ? "The text of '\(title)' in this language." : "The text of '\(title)'.")
        return lines.joined(separator: "\n") + "\n"
    }

    private func fields(title: String, reference: String?) -> [Field] {
        let quoted = "\"\(title)\""
        let titleField = Field(name: "title", shared: false, required: true, value: quoted, comment: "The title, as readers see it.")
        let summary = Field(name: "summary", shared: false, required: false, value: "\"One sentence for lists and search results.\"",
                            comment: "A one-sentence summary.")
        let order = Field(name: "order", shared: true, required: false, value: "10", comment: "Position among its siblings (ascending).")
        var list: [Field]
        switch schema.role {
        case .part:
            list = [titleField, summary, order,
                    Field(name: "numbered", shared: true, required: false, value: "true", comment: "Number the part's chapters 1, 2, 3 …"),
                    Field(name: "number_prefix", shared: true, required: false, value: "PB", comment: "Put before chapter numbers, e.g. PB1."),
                    Field(name: "record_label", shared: false, required: false, value: "\"Policy option\"",
                          comment: "What the recommendations of this part are called.")]
        case .chapter:
            list = [titleField, summary,
                    Field(name: "part", shared: true, required: true, value: reference ?? "part-id", comment: "The id of the part this chapter belongs to."),
                    order,
                    Field(name: "number", shared: true, required: false, value: "A", comment: "Overrides the chapter's number."),
                    Field(name: "authors", shared: true, required: false, value: "[First Author, Second Author]", comment: "The chapter's authors."),
                    Field(name: "author_role", shared: false, required: false, value: "\"Mayor of the town\"", comment: "The authors' role, shown after their names."),
                    Field(name: "original_language", shared: true, required: false, value: "de",
                          comment: "The language the chapter was written in, when not the default one.")]
        case .recommendation:
            list = [titleField,
                    Field(name: "fits_best", shared: false, required: false, value: "\"Towns with some capacity to invest.\"",
                          comment: "The \"this option fits best\" sentence."),
                    Field(name: "section", shared: true, required: true, value: reference ?? "chapter-id",
                          comment: "The id of the chapter whose number the recommendation carries."),
                    order,
                    Field(name: "challenge", shared: true, required: false, value: "challenge-id", comment: "The id of the challenge it answers."),
                    Field(name: "tags", shared: true, required: false, value: "{facet: [value]}",
                          comment: "Facet values from content/facets.yaml; a facet left out fits every value."),
                    Field(name: "towns", shared: true, required: false, value: "[town-id]", comment: "Towns where it was tried."),
                    Field(name: "chapters", shared: true, required: false, value: "[chapter-id]", comment: "Chapters that ground it."),
                    Field(name: "related", shared: true, required: false, value: "[recommendation-id]", comment: "Recommendations saying the same thing.")]
        case .challenge:
            list = [Field(name: "title", shared: false, required: true, value: quoted, comment: "A short label for the challenge."),
                    Field(name: "section", shared: true, required: true, value: reference ?? "chapter-id",
                          comment: "The id of the chapter the challenge belongs to."),
                    order]
        case .town:
            list = [Field(name: "name", shared: false, required: true, value: quoted, comment: "The town's name (its title)."),
                    Field(name: "country", shared: false, required: false, value: "Germany", comment: "The country, in this language."),
                    Field(name: "region", shared: false, required: false, value: "Hesse", comment: "The region."),
                    Field(name: "province", shared: false, required: false, value: "\"North County\"", comment: "The province or district."),
                    summary,
                    Field(name: "country_code", shared: true, required: false, value: "de",
                          comment: "The ISO 3166 country code, in lower case (one of the facet country, where facets.yaml has it)."),
                    Field(name: "figures", shared: true, required: false, value: "{population: {value: 13855, year: 2022}}",
                          comment: "Figures declared in content/figures.yaml: value, and optionally year, source, note."),
                    Field(name: "representation", shared: false, required: false,
                          value: "{electoral: \"No\", formal: [{name: Committee, pros: \"…\", cons: \"…\"}], informal: []}",
                          comment: "Forms of representation; a translation repeats the whole block.")]
        case .term:
            list = [Field(name: "term", shared: false, required: true, value: quoted, comment: "The term, as readers see it."),
                    Field(name: "acronym", shared: false, required: false, value: "SMSTs", comment: "Its acronym."),
                    Field(name: "definition", shared: false, required: true, value: "\"One plain sentence.\"",
                          comment: "One plain sentence, shown in tooltips.")]
        case .checklist:
            list = [titleField, order,
                    Field(name: "questions", shared: false, required: false, value: "[\"A question to ask?\"]", comment: "The group's questions.")]
        case .page:
            list = [titleField, summary, order,
                    Field(name: "list", shared: true, required: false, value: "recommendation",
                          comment: "A kind whose records this page lists: recommendation, town, term, challenge, checklist."),
                    Field(name: "include_sources", shared: true, required: false, value: "true",
                          comment: "List the records of every source too; with list: town, the towns index with its filters."),
                    Field(name: "own_source", shared: false, required: false, value: "\"The White Paper\"",
                          comment: "How the list names the publication itself as a source.")]
        case .record:
            list = [titleField, summary, order] + schema.fields.map { field in
                Field(name: field.name, shared: field.shared, required: field.required,
                      value: field.required && field.type == .reference ? reference ?? "\(field.targets.first?.rawValue ?? "record")-id"
                          : Self.example(field),
                      comment: "\(field.type.rawValue)\(field.list ? " list" : "")"
                          + (field.targets.isEmpty ? "" : " of " + field.targets.map(\.rawValue).joined(separator: ", "))
                          + (field.facet.map { " from facet \($0)" } ?? "") + ".")
            }
        }
        list.append(Field(name: "editorial_note", shared: false, required: false, value: "\"Where the source is inconsistent …\"",
                          comment: "A visible note from the editors."))
        list.append(Field(name: "id", shared: true, required: false, value: "other-id", comment: "Overrides the id taken from the file name."))
        return list
    }

    /// An example value of a declared field's type.
    private static func example(_ field: FieldSchema) -> String {
        let one: String = switch field.type {
        case .text, .string: "\"…\""
        case .integer, .number: "10"
        case .year: "2020"
        case .boolean: "true"
        case .reference: (field.targets.first?.rawValue ?? "record") + "-id"
        case .enum: field.values.first ?? "value"
        case .id: "some-id"
        case .kind: "page"
        case .url: "https://…"
        case .figures: "{population: {value: 13855, year: 2022}}"
        case .tags: "{facet: [value]}"
        case .representation: "{electoral: \"No\", formal: [], informal: []}"
        case .counts: "{kind: {value: 10, line: 1}}"
        }
        return field.list ? "[\(one)]" : one
    }
}

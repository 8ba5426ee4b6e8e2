/// The schemas of Folio's own kinds, in the format of `content/_schema/<kind>.yaml`. A site's
/// schema file of the same name adds fields to one of them or changes its keys (see `SchemaLoader`).
enum BuiltInSchemas {
    static let file = "built-in"

    static let yaml: [(kind: String, text: String)] = [
        ("part", """
        role: part
        prefix: part
        fields:
          numbered: {type: boolean}
          number_prefix: {type: string}
          record_label: {type: text}
        """),
        ("chapter", """
        role: chapter
        prefix: chapter
        numbering: in-part
        fields:
          part: {type: reference, to: part, required: true, backlink: false}
          number: {type: string}
          authors: {type: string, list: true}
          author_role: {type: text}
          original_language: {type: string}
          paraphrased: {type: boolean}
        """),
        ("recommendation", """
        role: recommendation
        prefix: rec
        numbering: in-section
        fields:
          section: {type: reference, to: chapter, required: true, backlink: false}
          challenge: {type: reference, to: challenge, backlink: false}
          tags: {type: tags}
          towns: {type: reference, list: true, to: town}
          chapters: {type: reference, list: true, to: chapter}
          related: {type: reference, list: true, to: recommendation}
          fits_best: {type: text}
        """),
        ("challenge", """
        role: challenge
        prefix: challenge
        fields:
          section: {type: reference, to: chapter, required: true, backlink: false}
        """),
        ("town", """
        role: town
        prefix: town
        title_field: name
        fields:
          name: {type: text, required: true}
          country: {type: text}
          region: {type: text}
          province: {type: text}
          country_code: {type: string}
          figures: {type: figures}
          representation: {type: representation, shared: false}
        """),
        ("term", """
        role: term
        prefix: term
        title_field: term
        fields:
          term: {type: text, required: true}
          acronym: {type: text}
          definition: {type: text, required: true}
        """),
        ("checklist", """
        role: checklist
        prefix: checklist
        fields:
          questions: {type: text, list: true, single: false}
        """),
        ("page", """
        role: page
        fields:
          list: {type: kind}
          include_sources: {type: boolean}
          own_source: {type: text}
        """),
    ]
}

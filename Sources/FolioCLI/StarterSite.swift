/// The files `folio init` writes: the smallest site that uses every part of the model a new
/// publication starts with (a part, a chapter citing a recommendation, two languages, the default
/// theme, found next to the binary) and builds with no warning.
enum StarterSite {
    /// Relative path → text.
    static let files: [(path: String, text: String)] = [
        ("folio.yaml", """
        # The publication. Text fields carry one value per language; shared fields are written once.
        title:
          en: "A new publication"
          de: "Eine neue Publikation"
        description:
          en: "What the publication is about, in one sentence."
          de: "Worum es in der Publikation geht, in einem Satz."
        authors: []
        publisher: ""
        licence: ""
        # The address the site is published at (canonical links, hreflang, the sitemap).
        base_url: "http://localhost:8000/"
        languages: [en, de]
        default_language: en
        # themes/default in this folder if there is one, else the theme installed with Folio.
        theme: default

        """),
        ("content/facets.yaml", """
        # The tags a recommendation can carry: facet: [values].
        {}

        """),
        ("content/figures.yaml", """
        # The figures a town can carry: name: {type: integer | decimal | percent | choice | boolean}.
        {}

        """),
        ("content/en/index.md", """
        ---
        title: Home
        summary: The start page.
        ---
        Welcome. Start with [](part:first-part).

        """),
        ("content/en/white-paper/first-part/index.md", """
        ---
        kind: part
        title: First part
        order: 10
        numbered: true
        ---
        What this part covers.

        """),
        ("content/en/white-paper/first-part/first-chapter.md", """
        ---
        kind: chapter
        part: first-part
        order: 10
        title: First chapter
        ---
        ## What we found

        The chapter's text. It grounds [](rec:first-recommendation).

        """),
        ("content/en/recommendations/first-recommendation.md", """
        ---
        kind: recommendation
        section: first-chapter
        order: 10
        title: First recommendation
        ---
        What towns should do.

        """),
        ("content/de/index.md", """
        ---
        title: Startseite
        summary: Die Startseite.
        ---
        Willkommen. Beginnen Sie mit [](part:first-part).

        """),
    ]
}

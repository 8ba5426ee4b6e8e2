/// One content file in one language, with its typed front matter and the outline of its body.
/// A translation has already inherited the shared fields of its original when it becomes a Page.
public struct Page: Sendable {
    public var kind: PageKind
    public var id: String
    public var language: String
    /// The path inside the language folder without `.md`, `index` removed: "towns/bebra", "" for home.
    public var path: String
    /// The file, relative to the site root: "content/en/towns/bebra.md".
    public var source: String
    /// Where the id was written (or the file start), for duplicate-id errors.
    public var idLocation: SourceLocation
    public var title: String
    /// Where the title was written (a town's `name`, a term's `term`), else `idLocation`.
    public var titleLocation: SourceLocation
    public var summary: String?
    public var editorialNote: String?
    public var order: Int
    public var data: PageData
    /// Every declared field's value, as its kind's schema types it.
    public var fields = RecordFields()
    /// The sources (reports) the record comes from, from its schema's origin fields; empty for
    /// the publication's own records.
    public var origins: [RecordReference] = []
    public var outline: DocumentOutline
    /// A hash of an original's text, which translations record to tell when they are outdated
    /// ("" for translations, whose own hash nothing reads).
    public var contentHash: String = ""
    /// In a translation: the hash of the original it was made from (`source_hash:`), if marked.
    public var translatedFromHash: String?

    public init(kind: PageKind, id: String, language: String, path: String, source: String,
                idLocation: SourceLocation, title: String, summary: String?, editorialNote: String?,
                order: Int, data: PageData, outline: DocumentOutline) {
        self.kind = kind
        self.id = id
        self.language = language
        self.path = path
        self.source = source
        self.idLocation = idLocation
        self.title = title
        self.titleLocation = idLocation
        self.summary = summary
        self.editorialNote = editorialNote
        self.order = order
        self.data = data
        self.outline = outline
    }
}

/// The kind-specific part of a page.
public enum PageData: Sendable {
    case part(Part)
    case chapter(Chapter)
    case recommendation(Recommendation)
    case challenge(Challenge)
    case town(Town)
    case term(Term)
    case checklist(Checklist)
    case page(PlainPage)
    /// A record of a kind without a role: its fields are all in `Page.fields`.
    case record

    /// The role whose behaviour the page takes part in.
    public var role: KindRole {
        switch self {
        case .part: .part
        case .chapter: .chapter
        case .recommendation: .recommendation
        case .challenge: .challenge
        case .town: .town
        case .term: .term
        case .checklist: .checklist
        case .page: .page
        case .record: .record
        }
    }
}

/// A part of the publication (a group of chapters).
public struct Part: Sendable {
    /// Whether its chapters are numbered 1, 2, 3 …
    public var numbered: Bool
    /// Put before chapter numbers: "PB" gives PB1, PB2.
    public var numberPrefix: String
    /// What its recommendations are called ("Policy option"); nil uses the theme's word.
    public var recordLabel: String?

    public init(numbered: Bool, numberPrefix: String, recordLabel: String?) {
        self.numbered = numbered
        self.numberPrefix = numberPrefix
        self.recordLabel = recordLabel
    }
}

/// A chapter of the white paper or a section of the policy brief.
public struct Chapter: Sendable {
    public var part: Located<String>?
    public var number: String?
    public var authors: [String]
    public var authorRole: String?
    /// The language a foreword was first written in, when it differs from the default.
    public var originalLanguage: String?
    /// The signed text is the editors' summary of what the author wrote, not the author's own words.
    public var paraphrased: Bool

    public init(part: Located<String>?, number: String?, authors: [String], authorRole: String?,
                originalLanguage: String?, paraphrased: Bool = false) {
        self.part = part
        self.number = number
        self.authors = authors
        self.authorRole = authorRole
        self.originalLanguage = originalLanguage
        self.paraphrased = paraphrased
    }
}

/// One recommendation of the policy brief, or one policy option of a thematic chapter.
public struct Recommendation: Sendable {
    /// The chapter whose number the recommendation carries.
    public var section: Located<String>?
    public var challenge: Located<String>?
    /// Facet id → values; a facet left out fits every value.
    public var tags: [String: [Located<String>]]
    public var towns: [Located<String>]
    public var chapters: [Located<String>]
    /// Records saying the same thing: recommendations, or evidence of another kind.
    public var related: [RecordReference]
    public var fitsBest: String?

    public init(section: Located<String>?, challenge: Located<String>?, tags: [String: [Located<String>]],
                towns: [Located<String>], chapters: [Located<String>], related: [RecordReference],
                fitsBest: String?) {
        self.section = section
        self.challenge = challenge
        self.tags = tags
        self.towns = towns
        self.chapters = chapters
        self.related = related
        self.fitsBest = fitsBest
    }
}

/// A challenge of the policy brief, answered by recommendations.
public struct Challenge: Sendable {
    public var section: Located<String>?

    public init(section: Located<String>?) { self.section = section }
}

/// A glossary term.
public struct Term: Sendable {
    public var term: String
    public var acronym: String?
    public var definition: String

    public init(term: String, acronym: String?, definition: String) {
        self.term = term
        self.acronym = acronym
        self.definition = definition
    }
}

/// One group of the decision-makers' checklist.
public struct Checklist: Sendable {
    public var questions: [String]

    public init(questions: [String]) { self.questions = questions }
}

/// A plain page; it may list the records of one kind.
public struct PlainPage: Sendable {
    public var list: PageKind?
    /// Whether the list holds the records of every source (report) too, not only the
    /// publication's own; for towns this makes the page the towns index with its filters.
    public var includeSources: Bool
    /// How the publication itself is named where the list names each record's source
    /// ("PISTE White Paper"); the theme's generic wording when absent.
    public var ownSource: String?

    public init(list: PageKind?, includeSources: Bool = false, ownSource: String? = nil) {
        self.list = list
        self.includeSources = includeSources
        self.ownSource = ownSource
    }
}

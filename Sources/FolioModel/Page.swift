/// One content file in one language, with its typed front matter and the outline of its body.
/// A translation has already inherited the shared fields of its original when it becomes a Page.
///
/// A value type whose fields are held in one shared object: pages are copied wherever the site
/// is (arrays, caches, every stage of a preview rebuild) and almost never changed after loading,
/// so a copy costs one reference count rather than one per field, and a change to a shared copy
/// copies the fields first. `isUnchanged(since:)` tells a page kept from an earlier build in O(1).
/// Reading a field other than the identity fields is noted in an open `PageReads` record.
public struct Page: Sendable {
    private var storage: Storage

    public init(kind: PageKind, id: String, language: String, path: String, source: String,
                idLocation: SourceLocation, title: String, summary: String?, editorialNote: String?,
                order: Int, data: PageData, outline: DocumentOutline) {
        storage = Storage(kind: kind, id: id, language: language, path: path, source: source, idLocation: idLocation,
                          title: title, titleLocation: idLocation, summary: summary, editorialNote: editorialNote,
                          order: order, data: data, outline: outline)
    }

    /// Whether this page is `earlier` itself, neither changed nor made again since (a preview
    /// rebuild keeps unchanged pages as they were); false says nothing about equality.
    public func isUnchanged(since earlier: Page) -> Bool { storage === earlier.storage }

    /// The page as an object (the same for every copy of it), by which `PageReads` names it.
    public var identity: ObjectIdentifier { ObjectIdentifier(storage) }

    /// Notes this page in the `PageReads` record open on this thread, if any: called by every
    /// field but the identity fields, and by callers that show what they read of it earlier.
    @inline(__always)
    public func noteRead() { PageReads.note(ObjectIdentifier(storage)) }

    /// Gives this page its own fields before a change, when another copy shares them.
    private mutating func ownStorage() {
        if !isKnownUniquelyReferenced(&storage) { storage = storage.copy() }
    }

    public var kind: PageKind {
        get { storage.kind }
        _modify { ownStorage(); yield &storage.kind }
    }

    public var id: String {
        get { storage.id }
        _modify { ownStorage(); yield &storage.id }
    }

    public var language: String {
        get { storage.language }
        _modify { ownStorage(); yield &storage.language }
    }

    /// The path inside the language folder without `.md`, `index` removed: "towns/bebra", "" for home.
    public var path: String {
        get { storage.path }
        _modify { ownStorage(); yield &storage.path }
    }

    /// The file, relative to the site root: "content/en/towns/bebra.md".
    public var source: String {
        get { storage.source }
        _modify { ownStorage(); yield &storage.source }
    }

    /// Where the id was written (or the file start), for duplicate-id errors.
    public var idLocation: SourceLocation {
        get { storage.idLocation }
        _modify { ownStorage(); yield &storage.idLocation }
    }

    public var title: String {
        get { noteRead(); return storage.title }
        _modify { ownStorage(); yield &storage.title }
    }

    /// Where the title was written (a town's `name`, a term's `term`), else `idLocation`.
    public var titleLocation: SourceLocation {
        get { noteRead(); return storage.titleLocation }
        _modify { ownStorage(); yield &storage.titleLocation }
    }

    public var summary: String? {
        get { noteRead(); return storage.summary }
        _modify { ownStorage(); yield &storage.summary }
    }

    public var editorialNote: String? {
        get { noteRead(); return storage.editorialNote }
        _modify { ownStorage(); yield &storage.editorialNote }
    }

    public var order: Int {
        get { noteRead(); return storage.order }
        _modify { ownStorage(); yield &storage.order }
    }

    public var data: PageData {
        get { noteRead(); return storage.data }
        _modify { ownStorage(); yield &storage.data }
    }

    /// Every declared field's value, as its kind's schema types it.
    public var fields: RecordFields {
        get { noteRead(); return storage.fields }
        _modify { ownStorage(); yield &storage.fields }
    }

    /// The sources (reports) the record comes from, from its schema's origin fields; empty for
    /// the publication's own records.
    public var origins: [RecordReference] {
        get { noteRead(); return storage.origins }
        _modify { ownStorage(); yield &storage.origins }
    }

    public var outline: DocumentOutline {
        get { noteRead(); return storage.outline }
        _modify { ownStorage(); yield &storage.outline }
    }

    /// A hash of an original's text, which translations record to tell when they are outdated
    /// ("" for translations, whose own hash nothing reads).
    public var contentHash: String {
        get { noteRead(); return storage.contentHash }
        _modify { ownStorage(); yield &storage.contentHash }
    }

    /// In a translation: the hash of the original it was made from (`source_hash:`), if marked.
    public var translatedFromHash: String? {
        get { noteRead(); return storage.translatedFromHash }
        _modify { ownStorage(); yield &storage.translatedFromHash }
    }

    /// The fields themselves; changed only through a `Page` that holds the sole reference.
    private final class Storage: @unchecked Sendable {
        var kind: PageKind
        var id: String
        var language: String
        var path: String
        var source: String
        var idLocation: SourceLocation
        var title: String
        var titleLocation: SourceLocation
        var summary: String?
        var editorialNote: String?
        var order: Int
        var data: PageData
        var fields: RecordFields = RecordFields()
        var origins: [RecordReference] = []
        var outline: DocumentOutline
        var contentHash: String = ""
        var translatedFromHash: String? = nil

        init(kind: PageKind, id: String, language: String, path: String, source: String, idLocation: SourceLocation,
             title: String, titleLocation: SourceLocation, summary: String?, editorialNote: String?, order: Int,
             data: PageData, outline: DocumentOutline) {
            self.kind = kind
            self.id = id
            self.language = language
            self.path = path
            self.source = source
            self.idLocation = idLocation
            self.title = title
            self.titleLocation = titleLocation
            self.summary = summary
            self.editorialNote = editorialNote
            self.order = order
            self.data = data
            self.outline = outline
        }

        func copy() -> Storage {
            let copy = Storage(kind: kind, id: id, language: language, path: path, source: source, idLocation: idLocation,
                               title: title, titleLocation: titleLocation, summary: summary, editorialNote: editorialNote,
                               order: order, data: data, outline: outline)
            copy.fields = fields
            copy.origins = origins
            copy.contentHash = contentHash
            copy.translatedFromHash = translatedFromHash
            return copy
        }
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

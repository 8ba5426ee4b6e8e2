import FolioModel

/// A work as a reader cites it: the publication, one of its chapters or recommendations, or a
/// bibliography entry. It holds only what the sources give: every format (`Citation+BibTeX`,
/// `Citation+RIS`, `Citation+CSLJSON`, `CitationText`) leaves out a field that is nil or empty
/// and never completes one.
struct Citation {
    enum Kind {
        /// The publication as a whole.
        case report
        /// A chapter or recommendation of the publication (`containerTitle` is the publication).
        case partOfReport
        case book
        /// An article in a journal (a container with a volume or issue).
        case article
        /// A chapter in a book or a number of a series (a container without a volume or issue).
        case inCollection
        case misc
    }

    var kind: Kind
    /// The citation key of BibTeX and the id of CSL-JSON: the page's or entry's id.
    var key: String
    /// Names as the source writes them: "Grossmann, K." (family, given) or "Irene Ponzo".
    var authors: [String] = []
    var editors: [String] = []
    var year: String?
    var title: String?
    var subtitle: String?
    /// The language of the title, when it is not the reader's (a page not translated yet).
    var titleLanguage: String?
    var containerTitle: String?
    var containerSubtitle: String?
    /// The part of the publication a chapter or recommendation is in ("Forewords").
    var part: String?
    var volume: String?
    var issue: String?
    var pages: String?
    var publisher: String?
    var place: String?
    var url: String?
    var doi: String?
    var isbn: String?
    /// The language the cited text is in.
    var language: String?
    var note: String?
    /// The source gives only part of the reference (`incomplete: true`): every format marks it.
    var incomplete = false

    init(kind: Kind, key: String) {
        self.kind = kind
        self.key = key
    }

    /// "Title: Subtitle".
    var fullTitle: String? { Self.join(title, subtitle) }
    var fullContainerTitle: String? { Self.join(containerTitle, containerSubtitle) }

    private static func join(_ title: String?, _ subtitle: String?) -> String? {
        guard let title else { return subtitle }
        return subtitle.map { title + ": " + $0 } ?? title
    }

    /// The keyword every format gives an incomplete reference.
    static let incompleteKeyword = "incomplete-reference"
}

extension Citation {
    /// A bibliography entry, typed by what it gives: a container with a volume or issue is a
    /// journal, another container a collection or series, a publisher or ISBN a book.
    init(_ entry: BibliographyEntry) {
        let kind: Kind = if entry.containerTitle != nil {
            entry.volume != nil || entry.issue != nil ? .article : .inCollection
        } else if entry.title != nil && (entry.publisher != nil || entry.isbn != nil) {
            .book
        } else {
            .misc
        }
        self.init(kind: kind, key: entry.id)
        authors = entry.authors
        editors = entry.editors
        year = entry.year
        title = entry.title
        subtitle = entry.subtitle
        containerTitle = entry.containerTitle
        volume = entry.volume
        issue = entry.issue
        pages = entry.pages
        publisher = entry.publisher
        place = entry.place
        url = entry.url
        doi = entry.doi
        isbn = entry.isbn
        note = entry.note
        incomplete = entry.incomplete
    }
}

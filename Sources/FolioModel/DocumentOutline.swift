/// What later stages need to know about a Markdown body without touching its syntax tree:
/// headings (for ids and tables of contents), links (to resolve), tables (to number), footnotes
/// and the fingerprints of its paragraphs (to find text a translation left in the original).
public struct DocumentOutline: Sendable {
    public var headings: [Heading]
    /// Every link in document order; a link's position here is its index everywhere after.
    public var links: [Link]
    public var tables: [TableBlock]
    public var footnoteCount: Int
    /// The paragraphs long enough to be worth comparing across languages, in document order.
    public var paragraphs: [Paragraph] = []

    public init(headings: [Heading] = [], links: [Link] = [], tables: [TableBlock] = [], footnoteCount: Int = 0) {
        self.headings = headings
        self.links = links
        self.tables = tables
        self.footnoteCount = footnoteCount
    }

    public struct Heading: Sendable {
        public var level: Int
        public var text: String
        /// Unique within the page.
        public var id: String
        public var location: SourceLocation

        public init(level: Int, text: String, id: String, location: SourceLocation) {
            self.level = level
            self.text = text
            self.id = id
            self.location = location
        }
    }

    /// A paragraph's text as readers see it, fingerprinted (`ContentHash.value`), and its place.
    public struct Paragraph: Sendable {
        /// Paragraphs with fewer words (a signature, a name, a single cross-reference) read the
        /// same in every language, so they are not compared.
        public static let minimumWords = 5

        public var fingerprint: UInt64
        public var location: SourceLocation

        public init(fingerprint: UInt64, location: SourceLocation) {
            self.fingerprint = fingerprint
            self.location = location
        }
    }

    public struct Link: Sendable {
        public var destination: String
        /// True when the editor left the text empty for Folio to fill in.
        public var hasEmptyText: Bool
        public var location: SourceLocation

        public init(destination: String, hasEmptyText: Bool, location: SourceLocation) {
            self.destination = destination
            self.hasEmptyText = hasEmptyText
            self.location = location
        }
    }

    /// A numbered, referable table: written out (` ```table `) or built from town records (` ```towns `).
    public struct TableBlock: Sendable {
        public enum Source: Sendable {
            case written
            case towns(TownTableSpec)
        }

        public var id: String
        public var caption: String
        public var source: Source
        public var location: SourceLocation

        public init(id: String, caption: String, source: Source, location: SourceLocation) {
            self.id = id
            self.caption = caption
            self.source = source
            self.location = location
        }
    }
}

/// Which town data a ` ```towns ` table shows.
public struct TownTableSpec: Sendable {
    public enum Show: String, Sendable, CaseIterable {
        case figures, formal, informal, electoral
    }

    public var show: Show
    public var figures: [Located<String>]
    /// Empty means every town.
    public var towns: [Located<String>]

    public init(show: Show, figures: [Located<String>], towns: [Located<String>]) {
        self.show = show
        self.figures = figures
        self.towns = towns
    }
}

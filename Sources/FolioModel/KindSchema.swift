/// A kind of record as a schema file declares it: its fields, its role, how it is referred to,
/// numbered, shown and listed.
public struct KindSchema: Sendable {
    /// How records of a kind are numbered.
    public enum Numbering: String, CaseIterable, Sendable {
        /// Not numbered.
        case none
        /// 1, 2, 3 … by `order` inside the record its `part` names (with the part's `number_prefix`),
        /// when that part is `numbered`; a record's own `number` overrides. These records follow
        /// their part in the reading order.
        case inPart = "in-part"
        /// The number of the record its `section` names, then its position there by `order` (PB2.3).
        case inSection = "in-section"
    }

    /// Whose count a table on a record's page takes its number from.
    public enum TableNumbers: String, CaseIterable, Sendable {
        /// The publication's: tables are numbered through it in reading order, then the other
        /// pages by path.
        case publication
        /// The record's own: it numbers the tables on its page and on the records that come from
        /// it (`origin`) 1, 2, 3 …, as a report numbers its tables within itself.
        case own
    }

    /// How lists of the kind are sorted.
    public enum Sort: String, CaseIterable, Sendable {
        /// By `order`, then id.
        case order
        case id
        case title
    }

    public var kind: PageKind
    public var role: KindRole
    /// The cross-reference prefix (`rec` in `[](rec:pb1-2)`), nil for a kind nobody refers to.
    public var prefix: String?
    /// The theme's template that shows a record (`templates/<template>.mustache`).
    public var template: String
    public var numbering: Numbering
    public var tableNumbers: TableNumbers
    public var sort: Sort
    /// The field that holds a record's display title instead of `title` (a term's `term`).
    public var titleField: String?
    /// Fields whose distinct values `folio stats` counts per source (a best practice's `town`).
    public var countDistinct: [String]
    /// The declared fields, in the order the schema gives them (the common ones excluded).
    public var fields: [FieldSchema]
    /// The schema file ("content/_schema/town.yaml", or "built-in" for Folio's own kinds).
    public var file: String

    public init(kind: PageKind, role: KindRole = .record, prefix: String? = nil, template: String? = nil,
                numbering: Numbering = .none, tableNumbers: TableNumbers = .publication, sort: Sort = .order, titleField: String? = nil,
                countDistinct: [String] = [], fields: [FieldSchema] = [], file: String) {
        self.kind = kind
        self.role = role
        self.prefix = prefix
        self.template = template ?? kind.rawValue
        self.numbering = numbering
        self.tableNumbers = tableNumbers
        self.sort = sort
        self.titleField = titleField
        self.countDistinct = countDistinct
        self.fields = fields
        self.file = file
    }

    /// Fields every kind has: `kind`, `id` and `order` shared; `title`, `summary` and
    /// `editorial_note` translated.
    public static let commonShared: Set<String> = ["kind", "id", "order"]
    public static let commonText: [String] = ["title", "summary", "editorial_note"]

    /// The names of the fields written once, in the default language.
    public var sharedFields: Set<String> {
        KindSchema.commonShared.union(fields.filter(\.shared).map(\.name))
    }

    public func field(_ name: String) -> FieldSchema? { fields.first { $0.name == name } }

    /// The fields that name a record's source (see `FieldSchema.origin`).
    public var originFields: [FieldSchema] { fields.filter(\.origin) }
}

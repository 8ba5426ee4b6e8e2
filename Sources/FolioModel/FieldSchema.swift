/// One field of a kind, as its schema declares it (`population: {type: number, unit: per-km2}`).
public struct FieldSchema: Sendable {
    /// What a field holds.
    public enum FieldType: String, CaseIterable, Sendable {
        /// Translated text (each language writes its own).
        case text
        /// Text written once, shared by every language (a publisher, a country code).
        case string
        /// A whole number; `number` a decimal one (with an optional `unit`); `year` a year.
        case integer, number, year
        case boolean
        /// An id that names nothing (`a-z 0-9 -`).
        case id
        /// One of a facet's values (`facet: size-class`) or of the values listed (`values: […]`).
        case `enum`
        /// A record of another kind (`to: town`, or a list of kinds), written `id` or `prefix:id`.
        case reference
        /// A town's figures, typed by `content/figures.yaml`.
        case figures
        /// Facet → values (a recommendation's `tags`), checked against `content/facets.yaml`.
        case tags
        /// A town's forms of representation.
        case representation
        /// What is counted (a kind, or another id) → `{value: n, line: n}`: how many a source
        /// states, and the line of the source that says so.
        case counts
        /// The name of a declared kind (a page's `list`).
        case kind
        /// An address (`https://…`); `javascript:`, `vbscript:` and `data:` are refused.
        case url
    }

    public var name: String
    public var type: FieldType
    /// A list of values (`[a, b]`); `single` accepts one value written alone as a list of one.
    public var list: Bool
    public var single: Bool
    public var required: Bool
    /// Written once and inherited by translations (the default for every type but `text`).
    public var shared: Bool
    /// For references: the kinds it may name; a plain id names the first.
    public var targets: [PageKind]
    /// For enums: the facet whose values it takes, or its own values.
    public var facet: String?
    public var values: [String]
    public var unit: String?
    /// For references: the named record lists this one among the pages that refer to it.
    public var backlink: Bool
    /// For references: the source (a report) a record comes from. Records with an origin are
    /// evidence beside the publication, kept out of its own lists, tables and charts.
    public var origin: Bool
    /// Fields that must be absent when this one is given, and are then not required.
    public var excludes: [String]
    /// Where the field is declared, for errors about it.
    public var location: SourceLocation

    public init(name: String, type: FieldType, location: SourceLocation) {
        self.name = name
        self.type = type
        self.list = false
        self.single = true
        self.required = false
        self.shared = type != .text
        self.targets = []
        self.facet = nil
        self.values = []
        self.unit = nil
        self.backlink = true
        self.origin = false
        self.excludes = []
        self.location = location
    }
}

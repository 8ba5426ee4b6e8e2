/// Every kind a site declares, by name and by cross-reference prefix.
public struct KindSchemas: Sendable {
    public private(set) var all: [KindSchema] = []
    private var byKind: [PageKind: Int] = [:]
    private var byPrefix: [String: Int] = [:]
    /// The first kind (by name) that takes each role: looked up for every page rendered.
    private var byRole: [KindRole: PageKind] = [:]

    public init(_ schemas: [KindSchema] = []) {
        for schema in schemas.sorted(by: { $0.kind < $1.kind }) {
            byKind[schema.kind] = all.count
            if let prefix = schema.prefix { byPrefix[prefix] = all.count }
            if byRole[schema.role] == nil { byRole[schema.role] = schema.kind }
            all.append(schema)
        }
    }

    public subscript(kind: PageKind) -> KindSchema? { byKind[kind].map { all[$0] } }

    public func kind(prefix: String) -> PageKind? { byPrefix[prefix].map { all[$0].kind } }

    /// The kinds, sorted by name.
    public var kinds: [PageKind] { all.map(\.kind) }

    public var prefixes: [String] { all.compactMap(\.prefix) }

    /// The kind that takes a role (the first by name, if several do), for Folio's own behaviours.
    public func kind(_ role: KindRole) -> PageKind? { byRole[role] }

    /// The kinds that take a role or are numbered in a way.
    public func kinds(_ role: KindRole) -> [PageKind] { all.filter { $0.role == role }.map(\.kind) }

    public func kinds(numbered numbering: KindSchema.Numbering) -> [PageKind] {
        all.filter { $0.numbering == numbering }.map(\.kind)
    }

    public func role(of kind: PageKind) -> KindRole { self[kind]?.role ?? .record }
}

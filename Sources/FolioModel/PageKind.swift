/// What a content file is: the name of a kind declared in a schema (`content/_schema/<kind>.yaml`
/// or one of Folio's built-in kinds). The kind's `KindSchema` decides its fields, its template,
/// its cross-reference prefix and which of Folio's behaviours (its `KindRole`) it takes part in.
public struct PageKind: RawRepresentable, Hashable, Comparable, Sendable {
    /// The kind's name as pages write it (`kind: best-practice`).
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    public init(_ name: String) { self.rawValue = name }

    public static func < (a: PageKind, b: PageKind) -> Bool { a.rawValue < b.rawValue }
}

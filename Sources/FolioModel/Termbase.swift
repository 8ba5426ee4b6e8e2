/// One language's preferred translations of the publication's key terms
/// (`content/<lang>/_terms.yaml`), which `folio translations` checks translated pages against.
public struct Termbase: Sendable {
    /// A key term: its English forms, the forms this language uses, and the forms it must not.
    public struct Entry: Sendable {
        public var id: String
        public var english: [String]
        public var preferred: [String]
        public var avoid: [String]
        public var location: SourceLocation

        public init(id: String, english: [String], preferred: [String], avoid: [String], location: SourceLocation) {
            self.id = id
            self.english = english
            self.preferred = preferred
            self.avoid = avoid
            self.location = location
        }
    }

    public var entries: [Entry]

    public init(entries: [Entry] = []) { self.entries = entries }
}

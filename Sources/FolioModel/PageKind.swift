/// What a content file is. The kind decides its schema, its template and how it is referred to.
public enum PageKind: String, CaseIterable, Sendable, Comparable {
    case part, chapter, recommendation, challenge, town, term, checklist, page

    /// The prefix of a typed cross-reference to this kind (`rec:pb1-2`), if it has one.
    public var referencePrefix: String? {
        switch self {
        case .part: "part"
        case .chapter: "chapter"
        case .recommendation: "rec"
        case .challenge: "challenge"
        case .town: "town"
        case .term: "term"
        case .checklist: "checklist"
        case .page: nil
        }
    }

    public init?(referencePrefix: String) {
        guard let kind = PageKind.allCases.first(where: { $0.referencePrefix == referencePrefix }) else { return nil }
        self = kind
    }

    public static func < (a: PageKind, b: PageKind) -> Bool { a.rawValue < b.rawValue }
}

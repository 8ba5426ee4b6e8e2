import FolioModel

/// What an original page is and what it is called: its kind (`kind:`, one the site declares,
/// default `page`) and its
/// id (`id:`, default the file name), with where the id was written. Translations inherit both.
struct PageIdentity {
    var kind: PageKind
    var id: String
    var location: SourceLocation

    /// Reads the identity of an original page; nil when its kind is unknown (reported) or its
    /// kind's schema is broken (reported at the schema).
    init?(of page: RawPage, schemas: KindSchemas, brokenKinds: Set<PageKind>, problems: inout [Diagnostic]) {
        kind = PageKind("page")
        id = page.defaultID
        location = .file(page.file.source)
        if let entry = page.fields["kind"] {
            let name = entry.value.scalar?.string ?? ""
            let parsed = PageKind(name)
            if brokenKinds.contains(parsed) { return nil }
            guard schemas[parsed] != nil else {
                let kinds = schemas.kinds.map(\.rawValue)
                problems.append(.error("kind.unknown", "no page kind '\(name)'\(NearestName.suggestion(for: name, among: kinds))",
                                       at: entry.source.location(of: entry.value),
                                       hint: "use one of: " + kinds.joined(separator: ", ")))
                return nil
            }
            kind = parsed
        }
        if let entry = page.fields["id"],
           let explicit = FieldReader.id(entry.value, source: entry.source, field: "id", diagnostics: &problems) {
            id = explicit.value
            location = explicit.location
        }
    }
}

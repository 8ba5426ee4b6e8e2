/// The behaviour Folio gives the records of a kind beyond checking and showing their fields,
/// chosen by the kind's schema (`role: chapter`): a part groups chapters and starts the reading
/// order, a chapter is numbered in its part, a recommendation is numbered in its section and
/// offered by the finder, a town has figures drawn in tables and charts, a term gives tooltips, a
/// page may list a kind. A kind without a role (`record`) is a plain typed record.
public enum KindRole: String, CaseIterable, Sendable {
    case part, chapter, recommendation, challenge, town, term, checklist, page, record
}

extension KindRole {
    /// The fields a role reads by name (`PageDecoder`) and shows in its own way; a kind's other
    /// declared fields reach its template as they are, under `record` (see `RecordView`).
    public var fields: Set<String> { Self.fieldsOfRole[self] ?? [] }

    private static let fieldsOfRole: [KindRole: Set<String>] = [
        .part: ["numbered", "number_prefix", "record_label"],
        .chapter: ["part", "number", "authors", "author_role", "original_language", "paraphrased"],
        .recommendation: ["section", "challenge", "tags", "towns", "chapters", "related", "fits_best"],
        .challenge: ["section"],
        .town: ["name", "country", "region", "province", "country_code", "figures", "representation"],
        .term: ["term", "acronym", "definition"],
        .checklist: ["questions"],
        .page: ["list", "include_sources", "own_source"],
        .record: [],
    ]
}

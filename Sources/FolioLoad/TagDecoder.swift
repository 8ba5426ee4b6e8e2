import FolioModel

/// Reads `tags: {facet: [value, …]}` and checks it against `content/facets.yaml`.
struct TagDecoder {
    let data: PublicationData
    /// Data files that failed to load: what they would declare is not checked against them.
    let brokenData: Set<String>

    func decode(_ reader: inout FieldReader, field: String) -> [String: [Located<String>]] {
        guard let fields = reader.mapping(field) else { return [:] }
        guard !brokenData.contains("content/facets.yaml") else { return [:] }
        var tags: [String: [Located<String>]] = [:]
        let facets = Dictionary(data.facets.map { ($0.id, $0.values) }, uniquingKeysWith: { a, _ in a })
        for name in fields.names {
            let entry = fields[name]!
            guard let allowed = facets[name] else {
                reader.report(.error("tag.unknown-facet", "no facet '\(name)'\(NearestName.suggestion(for: name, among: facets.keys))",
                                     at: entry.source.location(of: entry.key),
                                     hint: "the facets are declared in content/facets.yaml"))
                continue
            }
            var values: [Located<String>] = []
            var nested = FieldReader(fields)
            for value in nested.ids(name) {
                if allowed.contains(value.value) {
                    values.append(value)
                } else {
                    reader.report(.error("tag.unknown-value",
                                         "facet '\(name)' has no value '\(value.value)'\(NearestName.suggestion(for: value.value, among: allowed))",
                                         at: value.location, hint: "its values are: \(allowed.joined(separator: ", "))"))
                }
            }
            for problem in nested.diagnostics { reader.report(problem) }
            tags[name] = values
        }
        return tags
    }
}

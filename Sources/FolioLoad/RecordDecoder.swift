import FolioModel
import Yams

/// Reads the declared fields of one page by its kind's schema: one path for every kind's field
/// types, required fields and typed references. What a role does with the values is up to
/// `PageDecoder`.
struct RecordDecoder {
    let schema: KindSchema
    let schemas: KindSchemas
    let data: PublicationData
    let brokenData: Set<String>

    func decode(_ reader: inout FieldReader) -> RecordFields {
        var record = RecordFields()
        var excludedBy: [String: String] = [:]
        for field in schema.fields where !field.excludes.isEmpty && reader.fields[field.name] != nil {
            for excluded in field.excludes { excludedBy[excluded] = field.name }
        }
        // By index: a loop variable would copy each field's schema (a dozen reference counts) per page.
        for index in schema.fields.indices {
            let name = schema.fields[index].name
            if !excludedBy.isEmpty, let by = excludedBy[name] {
                if let entry = reader.entry(name) {
                    reader.report(.error("field.excluded", "'\(name)' cannot be given together with '\(by)'",
                                         at: entry.source.location(of: entry.key),
                                         hint: "a \(schema.kind.rawValue) with '\(by)' has no '\(name)': remove it"))
                }
                continue
            }
            if let value = decode(schema.fields[index], &reader) { record[name] = value }
        }
        return record
    }

    private func decode(_ field: FieldSchema, _ reader: inout FieldReader) -> FieldValue? {
        let name = field.name
        switch field.type {
        case .text, .string:
            if field.list {
                if absent(name, &reader) { return field.required ? missing(field, &reader) : nil }
                return .list(reader.texts(name, single: field.single).map(FieldValue.text))
            }
            return reader.text(name, required: field.required).map(FieldValue.text)
        case .url:
            guard let url = reader.text(name, required: field.required) else { return nil }
            guard !URLSafety.isDangerous(url) else {
                reader.report(.error("link.unsafe", "the URL '\(url.prefix(20))…' is never published",
                                     at: reader.fields[name].map { $0.source.location(of: $0.value) },
                                     hint: "javascript:, vbscript: and data: URLs are not allowed"))
                return nil
            }
            return .text(url)
        case .integer:
            return reader.int(name, required: field.required).map(FieldValue.integer)
        case .year:
            guard let year = reader.int(name, required: field.required) else { return nil }
            guard (1000...2999).contains(year) else {
                reader.report(.error("field.type", "'\(name)' must be a year, written with four digits (2019)",
                                     at: reader.fields[name].map { $0.source.location(of: $0.value) }))
                return nil
            }
            return .integer(year)
        case .number:
            guard let entry = reader.entry(name) else { return field.required ? missing(field, &reader) : nil }
            guard let number = entry.value.finiteNumber else {
                reader.report(.error("field.type", "'\(name)' must be a number (148 or 3.5)", at: entry.source.location(of: entry.value)))
                return nil
            }
            return .number(number)
        case .boolean:
            guard let value = reader.bool(name) else { return field.required && reader.fields[name] == nil ? missing(field, &reader) : nil }
            return .boolean(value)
        case .id:
            if field.list { return absent(name, &reader) ? nil : .list(reader.ids(name).map { .text($0.value) }) }
            return reader.id(name, required: field.required).map { .text($0.value) }
        case .enum:
            let values = field.list ? reader.ids(name) : reader.id(name, required: field.required).map { [$0] } ?? []
            let valid = values.filter { value in
                guard !field.values.isEmpty, !field.values.contains(value.value) else { return true }
                reader.report(.error("field.enum", "'\(name)' has no value '\(value.value)'\(NearestName.suggestion(for: value.value, among: field.values))",
                                     at: value.location, hint: "its values are: \(field.values.joined(separator: ", "))"))
                return false
            }
            if field.list { return reader.fields[name] == nil ? nil : .list(valid.map { .text($0.value) }) }
            return valid.first.map { .text($0.value) }
        case .reference:
            return references(field, &reader)
        case .figures:
            let figures = FigureDecoder(data: data, isBroken: brokenData.contains("content/figures.yaml")).decode(&reader, field: name)
            return reader.fields[name] == nil ? nil : .figures(figures)
        case .tags:
            return absent(name, &reader) ? nil : .tags(TagDecoder(data: data, brokenData: brokenData).decode(&reader, field: name))
        case .representation:
            return RepresentationDecoder.decode(&reader, field: name).map(FieldValue.representation)
        case .counts:
            return counts(field, &reader)
        case .kind:
            guard let text = reader.text(name, required: field.required) else { return nil }
            guard schemas[PageKind(text)] != nil else {
                reader.report(.error("field.value", "'\(name)' names no kind '\(text)'",
                                     at: reader.fields[name].map { $0.source.location(of: $0.value) },
                                     hint: "use one of: " + schemas.kinds.map(\.rawValue).joined(separator: ", ")))
                return nil
            }
            return .text(text)
        }
    }

    /// True when the field is not written (it is marked as known all the same).
    private func absent(_ name: String, _ reader: inout FieldReader) -> Bool { reader.entry(name) == nil }

    private func missing(_ field: FieldSchema, _ reader: inout FieldReader) -> FieldValue? {
        reader.report(.error("field.missing", "the required field '\(field.name)' is missing", at: reader.fields.start,
                             hint: "add '\(field.name): …'"))
        return nil
    }

    /// One reference, or a list: `id` names the field's first kind, `prefix:id` the kind of that prefix.
    private func references(_ field: FieldSchema, _ reader: inout FieldReader) -> FieldValue? {
        let name = field.name
        guard let entry = reader.entry(name) else {
            if field.required {
                reader.report(.error("field.missing", "the required field '\(name)' is missing", at: reader.fields.start,
                                     hint: "add '\(name): some-id'"))
            }
            return nil
        }
        if !field.list {
            return reference(entry.value, entry.source, field, &reader).map(FieldValue.reference)
        }
        let items = entry.value.sequence.map(Array.init) ?? [entry.value]
        return .list(items.compactMap { reference($0, entry.source, field, &reader).map(FieldValue.reference) })
    }

    private func reference(_ node: Node, _ source: YAMLSource, _ field: FieldSchema,
                           _ reader: inout FieldReader) -> RecordReference? {
        guard let first = field.targets.first else { return nil }
        var diagnostics: [Diagnostic] = []
        defer { diagnostics.forEach { reader.report($0) } }
        guard let text = node.scalar?.string, let colon = text.firstIndex(of: ":") else {
            return FieldReader.id(node, source: source, field: field.name, diagnostics: &diagnostics)
                .map { RecordReference(kind: first, id: $0.value, location: $0.location) }
        }
        let location = source.location(of: node)
        let prefix = String(text[..<colon])
        let id = String(text[text.index(after: colon)...])
        let accepted = field.targets.compactMap { schemas[$0]?.prefix }
        guard let kind = schemas.kind(prefix: prefix) else {
            diagnostics.append(.error("reference.kind", "'\(field.name)' names no kind of record '\(prefix):'\(NearestName.suggestion(for: prefix, among: accepted))",
                                      at: location, hint: "write one of: " + accepted.map { $0 + ":id" }.joined(separator: ", ")))
            return nil
        }
        guard field.targets.contains(kind) else {
            diagnostics.append(.error("reference.kind", "'\(field.name)' cannot name a \(kind.rawValue)",
                                      at: location, hint: "it names: " + field.targets.map(\.rawValue).joined(separator: ", ")))
            return nil
        }
        guard Identifier.isValid(id) else {
            diagnostics.append(.error("id.invalid", "'\(id)' is not a valid id", at: location, hint: Identifier.hint(for: id)))
            return nil
        }
        return RecordReference(kind: kind, id: id, location: location)
    }

    /// `counts: {best-practice: {value: 14, line: 123}, countries: {value: 10, line: 40}}`: what is
    /// counted is named by an id (a kind, or anything else the source counts).
    private func counts(_ field: FieldSchema, _ reader: inout FieldReader) -> FieldValue? {
        guard let kinds = reader.mapping(field.name) else { return nil }
        var counts: [String: StatedCount] = [:]
        for kind in kinds.names {
            let entry = kinds[kind]!
            var problems: [Diagnostic] = []
            guard FieldReader.id(entry.key, source: entry.source, field: field.name, diagnostics: &problems) != nil else {
                problems.forEach { reader.report($0) }
                continue
            }
            guard let fields = Fields(entry.value, source: entry.source, what: "'\(kind)'", diagnostics: &problems) else {
                problems.forEach { reader.report($0) }
                continue
            }
            var nested = FieldReader(fields, context: "count of '\(kind)'")
            if let value = nested.int("value", required: true) { counts[kind] = StatedCount(value: value, line: nested.int("line")) }
            _ = nested.entry("line")
            nested.finish().forEach { reader.report($0) }
        }
        return .counts(counts)
    }
}

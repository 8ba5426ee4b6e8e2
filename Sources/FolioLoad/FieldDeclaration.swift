import FolioModel
import Yams

/// Reads one field of a schema file: `name: text` or `name: {type: reference, to: town, …}`.
enum FieldDeclaration {
    static func read(_ name: String, _ entry: Fields.Entry, into schema: inout FieldReader) -> FieldSchema? {
        let location = entry.source.location(of: entry.key)
        if let typeName = entry.value.scalar?.string {
            guard let type = self.type(typeName, at: entry.source.location(of: entry.value), into: &schema) else { return nil }
            return FieldSchema(name: name, type: type, location: location)
        }
        var problems: [Diagnostic] = []
        guard let fields = Fields(entry.value, source: entry.source, what: "the field '\(name)'", diagnostics: &problems) else {
            problems.forEach { schema.report($0) }
            return nil
        }
        var reader = FieldReader(fields, context: "field '\(name)'")
        defer { SchemaLoader.renamed(reader.finish()).forEach { schema.report($0) } }
        guard let typeName = reader.text("type", required: true),
              let type = self.type(typeName, at: fields["type"].map { $0.source.location(of: $0.value) }, into: &reader) else {
            ["list", "single", "required", "shared", "to", "facet", "values", "unit", "backlink", "origin", "excludes"]
                .forEach { _ = reader.entry($0) }
            return nil
        }
        var field = FieldSchema(name: name, type: type, location: location)
        field.list = reader.bool("list") ?? false
        field.single = reader.bool("single") ?? true
        field.required = reader.bool("required") ?? false
        field.shared = reader.bool("shared") ?? field.shared
        field.targets = reader.ids("to").map { PageKind($0.value) }
        field.facet = reader.id("facet")?.value
        field.values = reader.ids("values").map(\.value)
        field.unit = reader.text("unit")
        field.backlink = reader.bool("backlink") ?? true
        field.origin = reader.bool("origin") ?? false
        field.excludes = reader.texts("excludes")
        if type == .reference && field.targets.isEmpty {
            reader.report(.error("schema.kind", "the reference '\(name)' names no kind to refer to", at: location,
                                 hint: "add 'to: <kind>' (or a list of kinds; a plain id then names the first)"))
        }
        if type == .enum && field.facet == nil && field.values.isEmpty {
            reader.report(.error("schema.value", "the enum '\(name)' has neither a 'facet' nor 'values'", at: location,
                                 hint: "add 'facet: <facet id>' (from content/facets.yaml) or 'values: [a, b]'"))
        }
        return field
    }

    private static func type(_ name: String, at location: SourceLocation?, into reader: inout FieldReader) -> FieldSchema.FieldType? {
        if let type = FieldSchema.FieldType(rawValue: name) { return type }
        let names = FieldSchema.FieldType.allCases.map(\.rawValue)
        reader.report(.error("schema.type", "no field type '\(name)'\(NearestName.suggestion(for: name, among: names))",
                             at: location, hint: "use one of: " + names.joined(separator: ", ")))
        return nil
    }
}

import FolioModel
import Yams

/// Reads the kinds a site declares: Folio's built-in kinds (`BuiltInSchemas`) and the site's
/// `content/_schema/<kind>.yaml` files. A site file for a built-in kind changes the keys it gives
/// and adds (or replaces) the fields it lists; any other file declares a new kind. Every problem
/// is reported at its line and column; a kind whose file has errors is returned in `broken`.
public enum SchemaLoader {
    /// What one file declares; nil keys are not given (a built-in's value then stands).
    struct Declaration {
        var role: KindRole?
        var prefix: String?
        var template: String?
        var numbering: KindSchema.Numbering?
        var tableNumbers: KindSchema.TableNumbers?
        var sort: KindSchema.Sort?
        var titleField: String?
        var countDistinct: [String]?
        var fields: [FieldSchema] = []
        var file: String
    }

    public struct Result {
        public var schemas: KindSchemas
        /// Kinds whose schema file has errors: their pages are not decoded (nor reported).
        public var broken: Set<PageKind>
    }

    /// `files` are (path, text) of the site's schema files; `facets` are checked when given.
    public static func load(_ files: [(path: String, text: String)], facets: [(id: String, values: [String])]?,
                            into diagnostics: inout [Diagnostic]) -> Result {
        var declarations: [String: [Declaration]] = [:]
        var broken: Set<PageKind> = []
        for (kind, text) in BuiltInSchemas.yaml {
            var ignored: [Diagnostic] = []
            if let declaration = declaration(text, file: BuiltInSchemas.file, into: &ignored) {
                declarations[kind, default: []].append(declaration)
            }
        }
        for (path, text) in files {
            let name = String(path.split(separator: "/").last ?? "").replacingOccurrences(of: ".yaml", with: "")
            guard Identifier.isValid(name) else {
                diagnostics.append(.error("schema.value", "'\(name)' cannot be the name of a kind", at: .file(path),
                                          hint: "name the file after the kind: \(Identifier.rule)"))
                continue
            }
            let before = diagnostics.count
            if let declaration = declaration(text, file: path, into: &diagnostics) {
                declarations[name, default: []].append(declaration)
            }
            if diagnostics[before...].contains(where: { $0.severity == .error }) { broken.insert(PageKind(name)) }
        }
        let schemas = declarations.keys.sorted().map { merge(PageKind($0), declarations[$0]!) }
        let checked = check(schemas, facets: facets, into: &diagnostics, broken: &broken)
        return Result(schemas: KindSchemas(checked), broken: broken)
    }

    /// A built-in declaration overlaid by the site's file for the same kind.
    private static func merge(_ kind: PageKind, _ layers: [Declaration]) -> KindSchema {
        var schema = KindSchema(kind: kind, file: layers.last!.file)
        var fields: [FieldSchema] = []
        for layer in layers {
            if let role = layer.role { schema.role = role }
            if let prefix = layer.prefix { schema.prefix = prefix }
            if let template = layer.template { schema.template = template }
            if let numbering = layer.numbering { schema.numbering = numbering }
            if let tableNumbers = layer.tableNumbers { schema.tableNumbers = tableNumbers }
            if let sort = layer.sort { schema.sort = sort }
            if let titleField = layer.titleField { schema.titleField = titleField }
            if let countDistinct = layer.countDistinct { schema.countDistinct = countDistinct }
            for field in layer.fields {
                if let index = fields.firstIndex(where: { $0.name == field.name }) { fields[index] = field } else { fields.append(field) }
            }
        }
        schema.fields = fields
        return schema
    }

    /// Reads one schema file's keys.
    static func declaration(_ text: String, file: String, into diagnostics: inout [Diagnostic]) -> Declaration? {
        let source = YAMLSource(file: file)
        let node: Node
        switch source.compose(text) {
        case .success(let composed?): node = composed
        case .success(nil): return Declaration(file: file)
        case .failure(let problem):
            diagnostics.append(problem)
            return nil
        }
        guard let fields = Fields(node, source: source, what: "a schema", diagnostics: &diagnostics) else { return nil }
        var reader = FieldReader(fields, context: "schema")
        var declaration = Declaration(file: file)
        declaration.role = choice(&reader, "role", KindRole.self)
        declaration.prefix = reader.id("prefix")?.value
        declaration.template = reader.text("template")
        declaration.numbering = choice(&reader, "numbering", KindSchema.Numbering.self)
        declaration.tableNumbers = choice(&reader, "table_numbers", KindSchema.TableNumbers.self)
        declaration.sort = choice(&reader, "sort", KindSchema.Sort.self)
        declaration.titleField = reader.text("title_field")
        if reader.fields["count_distinct"] != nil { declaration.countDistinct = reader.texts("count_distinct") }
        if let list = reader.mapping("fields") {
            for name in list.names.sorted(by: { order(list, $0) < order(list, $1) }) {
                if let field = FieldDeclaration.read(name, list[name]!, into: &reader) { declaration.fields.append(field) }
            }
        }
        diagnostics += renamed(reader.finish())
        return declaration
    }

    /// Fields keep the order the file gives them (a mapping's names come sorted).
    private static func order(_ fields: Fields, _ name: String) -> (Int, Int) {
        let mark = fields[name]?.key.mark
        return (mark?.line ?? 0, mark?.column ?? 0)
    }

    /// One of an enumeration's raw values, or an error naming them all.
    static func choice<T: RawRepresentable & CaseIterable>(_ reader: inout FieldReader, _ name: String, _ type: T.Type) -> T?
    where T.RawValue == String {
        guard let text = reader.text(name) else { return nil }
        if let value = T(rawValue: text) { return value }
        let names = T.allCases.map(\.rawValue)
        reader.report(.error("schema.value", "'\(name)' cannot be '\(text)'\(NearestName.suggestion(for: text, among: names))",
                             at: reader.fields[name].map { $0.source.location(of: $0.value) },
                             hint: "use one of: " + names.joined(separator: ", ")))
        return nil
    }

    /// A schema's unknown keys are schema errors, with their own code.
    static func renamed(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { diagnostic in
            var copy = diagnostic
            if copy.code == "field.unknown" { copy.code = "schema.unknown-key" }
            return copy
        }
    }

    /// Checks what one schema says about the others and about the data files.
    private static func check(_ schemas: [KindSchema], facets: [(id: String, values: [String])]?,
                              into diagnostics: inout [Diagnostic], broken: inout Set<PageKind>) -> [KindSchema] {
        let kinds = Set(schemas.map(\.kind.rawValue))
        var prefixes: [String: KindSchema] = [:]
        var out: [KindSchema] = []
        // Built-in kinds first, so that a clash is reported at the site's file.
        for var schema in schemas.filter({ $0.file == BuiltInSchemas.file }) + schemas.filter({ $0.file != BuiltInSchemas.file }) {
            var problems: [Diagnostic] = []
            if let prefix = schema.prefix {
                if let other = prefixes[prefix] {
                    problems.append(.error("schema.duplicate", "the prefix '\(prefix):' is already used by the kind '\(other.kind.rawValue)'",
                                           at: .file(schema.file), hint: "give each kind a prefix of its own"))
                    schema.prefix = nil
                } else {
                    prefixes[prefix] = schema
                }
            }
            let names = Set(schema.fields.map(\.name))
            if let titleField = schema.titleField, !names.contains(titleField) {
                problems.append(.error("schema.value", "'title_field' names no field '\(titleField)'\(NearestName.suggestion(for: titleField, among: names))",
                                       at: .file(schema.file), hint: "declare the field under 'fields:'"))
            }
            for index in schema.fields.indices {
                let field = schema.fields[index]
                for target in field.targets where !kinds.contains(target.rawValue) {
                    problems.append(.error("schema.kind", "'\(field.name)' refers to no kind '\(target.rawValue)'\(NearestName.suggestion(for: target.rawValue, among: kinds))",
                                           at: field.location, hint: "declare it in content/_schema/\(target.rawValue).yaml, or name a declared kind"))
                }
                if let facet = field.facet, let facets, !facets.contains(where: { $0.id == facet }) {
                    problems.append(.error("schema.value", "'\(field.name)' takes its values from no facet '\(facet)'\(NearestName.suggestion(for: facet, among: facets.map(\.id)))",
                                           at: field.location, hint: "facets are declared in content/facets.yaml"))
                }
                if let facet = field.facet, let values = facets?.first(where: { $0.id == facet })?.values {
                    schema.fields[index].values = values
                }
                for excluded in field.excludes where !names.contains(excluded) {
                    problems.append(.error("schema.value", "'\(field.name)' excludes no field '\(excluded)'\(NearestName.suggestion(for: excluded, among: names))",
                                           at: field.location, hint: "name a field of this kind"))
                }
            }
            if problems.contains(where: { $0.severity == .error }) && schema.file != BuiltInSchemas.file { broken.insert(schema.kind) }
            diagnostics += problems
            out.append(schema)
        }
        return out
    }
}

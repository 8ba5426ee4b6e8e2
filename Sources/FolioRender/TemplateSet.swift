import FolioModel

/// The theme's templates, compiled once. A template that does not compile is reported with its
/// file, line and column; a partial that no template defines is reported where it is used.
struct TemplateSet: Sendable {
    private let renderer: TemplateRenderer

    /// The templates Folio renders by name, besides those of the declared kinds.
    static let renderedByName = ["base", "nav", "bibliography", "finder", "search", "404", "print", "root"]

    /// `kinds` name the template each declared kind is shown with; each must exist. A name a
    /// rendered template uses that no view model provides is a warning (`TemplateNameCheck`).
    /// `keyLog`, when given, collects the keys of every view model rendered (tests).
    static func compile(_ theme: Theme, kinds: [KindSchema] = [], keyLog: ViewModelKeyLog? = nil,
                        into diagnostics: inout [Diagnostic]) -> TemplateSet {
        var templates: [String: Template] = [:]
        for name in theme.templates.keys.sorted() {
            let (text, file) = theme.templates[name]!
            do {
                templates[name] = try TemplateParser.parse(text)
            } catch let failure as TemplateParser.Failure {
                diagnostics.append(.error("template.syntax", "the template does not compile: \(failure.message)",
                                          at: SourceLocation(file: file, line: failure.line, column: failure.column),
                                          hint: "every {{#section}} needs its {{/section}}, and every {{ its }}"))
            } catch {
                diagnostics.append(.error("template.syntax", "the template does not compile: \(error)", at: .file(file)))
            }
        }
        for name in templates.keys.sorted() {
            for partial in partials(in: templates[name]!.nodes) where theme.templates[partial] == nil {
                diagnostics.append(.error("template.partial", "the template uses a partial '\(partial)' that the theme does not have",
                                          at: .file(theme.templates[name]!.file),
                                          hint: "add templates/\(partial).mustache to the theme"))
            }
        }
        for cycle in PartialCycles.find(in: templates) {
            let (name, line, column) = cycle.closingTag
            diagnostics.append(.error("template.partial-cycle",
                                      "the partial '\(cycle.names[0])' includes itself: " + (cycle.names + [cycle.names[0]]).joined(separator: " → "),
                                      at: SourceLocation(file: theme.templates[name]!.file, line: line, column: column),
                                      hint: "a partial cannot include itself, directly or through others: remove one {{> …}} of the cycle"))
            for member in cycle.names { templates[member] = nil }
        }
        for (name, _) in PartialExpansion.excessive(in: templates) {
            diagnostics.append(.error("template.partial-expansion",
                                      "the template '\(name)' renders more than \(PartialExpansion.maximumNodes) pieces once its partials are included in it",
                                      at: .file(theme.templates[name]!.file),
                                      hint: "a partial included several times in a partial that is itself included several times multiplies at each level: include it once and loop over a list instead"))
            templates[name] = nil
        }
        let rendered = renderedByName + Set(kinds.map(\.template)).sorted()
        for required in rendered where theme.templates[required] == nil {
            diagnostics.append(.error("template.missing", "the theme has no template '\(required).mustache'",
                                      at: nil, hint: "add templates/\(required).mustache to the theme"))
        }
        diagnostics += TemplateNameCheck.run(templates, rendered: rendered, vocabulary: TemplateVocabulary(kinds: kinds)) {
            theme.templates[$0]!.file
        }
        return TemplateSet(renderer: TemplateRenderer(templates: templates, keyLog: keyLog))
    }

    private static func partials(in nodes: [Template.Node]) -> Set<String> {
        Set(PartialCycles.partialTags(in: nodes).map(\.name))
    }

    /// Renders a template; names the model does not have are looked up in `below`.
    func render(_ model: ViewModel, _ name: String, below: ViewModel? = nil) -> String {
        renderer.render(name, model, below: below)
    }

    /// The same, as UTF-8 bytes ready to be written.
    func renderBytes(_ model: ViewModel, _ name: String, below: ViewModel? = nil, capacity: Int = 32_768) -> [UInt8] {
        renderer.renderBytes(name, model, below: below, capacity: capacity)
    }
}

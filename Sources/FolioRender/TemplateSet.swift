import FolioModel
import Mustache

/// The theme's templates, parsed once. A template that does not parse is reported with its
/// file, line and column.
struct TemplateSet: @unchecked Sendable {
    let library: MustacheLibrary

    static func compile(_ theme: Theme, into diagnostics: inout [Diagnostic]) -> TemplateSet {
        var library = MustacheLibrary()
        for name in theme.templates.keys.sorted() {
            let (text, file) = theme.templates[name]!
            do {
                library.register(try MustacheTemplate(string: text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                diagnostics.append(.error("template.syntax", "the template does not parse: \(error.error)",
                                          at: SourceLocation(file: file, line: error.context.lineNumber,
                                                             column: error.context.columnNumber),
                                          hint: "check that every {{#section}} has its {{/section}}"))
            } catch {
                diagnostics.append(.error("template.syntax", "the template does not parse: \(error)", at: .file(file)))
            }
        }
        for required in ["base", "nav", "bibliography", "404"] + PageKind.allCases.map(\.rawValue) where library.getTemplate(named: required) == nil {
            diagnostics.append(.error("template.missing", "the theme has no template '\(required).mustache'",
                                      at: nil, hint: "add templates/\(required).mustache to the theme"))
        }
        return TemplateSet(library: library)
    }

    func render(_ model: [String: Any], _ name: String) -> String {
        library.render(model, withTemplate: name) ?? ""
    }
}

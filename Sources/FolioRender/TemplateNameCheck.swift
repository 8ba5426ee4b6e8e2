import FolioModel

/// Warns about each variable, section and inverted-section name of a template that no view model
/// can provide (`TemplateVocabulary`), at its tag, suggesting the nearest known name: Mustache
/// renders an unknown name as nothing, so a typo (`{{titel}}`) would otherwise vanish without a
/// word. Runs once per template when the theme is compiled, not per page.
///
/// Only the templates a build renders are checked: those Folio renders by name, the declared
/// kinds' templates and the partials they include. Another template (that of a kind the site does
/// not declare) is never rendered, and the fields of its kind are not known.
enum TemplateNameCheck {
    static func run(_ templates: [String: Template], rendered: [String], vocabulary: TemplateVocabulary,
                    file: (String) -> String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for name in reachable(from: rendered, in: templates).sorted() {
            for tag in templates[name]!.names {
                guard let index = vocabulary.unknownPart(of: tag.path) else { continue }
                let known = tag.path[..<index].map { $0 + "." }.joined()
                let near = NearestName.find(tag.path[index], among: vocabulary.names)
                problems.append(.warning("template.unknown-name",
                                         "no view model provides '\(tag.path.joined(separator: "."))': the template renders nothing for it",
                                         at: SourceLocation(file: file(name), line: tag.line, column: tag.column),
                                         hint: near.map { "did you mean '\(known)\($0)'?" }
                                             ?? "docs/themes.md lists the names each template sees"))
            }
        }
        return problems
    }

    /// `rendered` and every template they include, directly or through other partials.
    private static func reachable(from rendered: [String], in templates: [String: Template]) -> Set<String> {
        var seen: Set<String> = []
        var pending = rendered.filter { templates[$0] != nil }
        while let name = pending.popLast() {
            guard seen.insert(name).inserted else { continue }
            pending += PartialCycles.partialTags(in: templates[name]!.nodes).map(\.name).filter { templates[$0] != nil }
        }
        return seen
    }
}

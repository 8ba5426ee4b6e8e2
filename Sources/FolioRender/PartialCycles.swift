/// Finds partials that include themselves, directly (`{{> a}}` in a.mustache) or through others,
/// which would make rendering recurse without end.
enum PartialCycles {
    struct Cycle {
        /// The templates on the cycle, from where it was entered.
        var names: [String]
        /// The `{{> …}}` tag that closes it: the template it is in, its line and column.
        var closingTag: (template: String, line: Int, column: Int)
    }

    /// Each cycle once, in the order of the templates' names.
    static func find(in templates: [String: Template]) -> [Cycle] {
        var cycles: [Cycle] = []
        var finished: Set<String> = []
        for start in templates.keys.sorted() where !finished.contains(start) {
            var path: [String] = []
            visit(start, templates, &path, &finished, &cycles)
        }
        return cycles
    }

    private static func visit(_ name: String, _ templates: [String: Template], _ path: inout [String],
                              _ finished: inout Set<String>, _ cycles: inout [Cycle]) {
        guard let template = templates[name], !finished.contains(name) else { return }
        path.append(name)
        for (partial, line, column) in partialTags(in: template.nodes) {
            if let index = path.firstIndex(of: partial) {
                cycles.append(Cycle(names: Array(path[index...]), closingTag: (name, line, column)))
            } else {
                visit(partial, templates, &path, &finished, &cycles)
            }
        }
        path.removeLast()
        finished.insert(name)
    }

    /// Every `{{> name}}` tag in a template, with its line and column.
    static func partialTags(in nodes: [Template.Node]) -> [(name: String, line: Int, column: Int)] {
        nodes.flatMap { node -> [(name: String, line: Int, column: Int)] in
            switch node {
            case .partial(let name, let line, let column): [(name, line, column)]
            case .section(_, _, let body): partialTags(in: body)
            case .text, .variable: []
            }
        }
    }
}
